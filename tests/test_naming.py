"""The name stage: every identifier the generated code uses."""

from __future__ import annotations

import keyword

import pytest

from generator.naming import method_name, pascal, snake, words


@pytest.mark.parametrize(
    "operation_id, tag, expected",
    [
        ("listFlexFlows", "Flex Flows", "list"),
        ("createFlexFlow", "Flex Flows", "create"),
        ("fetchPluginConfiguration", "Plugin Configurations", "fetch"),
        ("listInteractionChannels", "Interactions", "list_channels"),
        ("updateInteractionChannel", "Interactions", "update_channel"),
        ("listQuestionnaires", "Insights", "list_questionnaires"),
        ("fetchConfiguration", "Configuration", "fetch"),
        ("createWebChannel", "Web Channels", "create"),
        ("listConfiguredPlugins", "Configured Plugins", "list"),
        ("Plugins", "Plugins", "plugins"),  # nothing would be left: keep the whole name
    ],
)
def test_method_names_drop_the_resource_name(operation_id, tag, expected):
    assert method_name(operation_id, words(tag)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Integration.FlowSid", "integration_flow_sid"),
        ("Flex-Metadata", "flex_metadata"),
        ("PageSize", "page_size"),
        ("HTTPStatusCode", "http_status_code"),
        ("ui_attributes", "ui_attributes"),
        ("2fa code", "value_2fa_code"),
        ("", "value"),
        ("ünïcödé näme", "unicode_name"),
        ("a/../../b", "a_b"),
    ],
)
def test_snake(text, expected):
    assert snake(text) == expected


def test_pascal_never_starts_with_a_digit():
    assert pascal("3d model") == "Model3dModel"
    assert pascal("flex flows") == "FlexFlows"


def test_generated_names_are_identifiers_for_hostile_input():
    for text in ["class", "import os", "'; DROP", "__init__", "None", "\n\t", "def", "x" * 300]:
        name = snake(text)
        assert name.isidentifier()
        assert not name.startswith("_")
    # keywords are made safe by the name stage when applied
    from generator.naming import _safe

    assert not keyword.iskeyword(_safe("class"))
    assert _safe("type", avoid_builtins=True) == "type_"
