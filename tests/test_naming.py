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


def test_the_same_spec_gives_the_same_client_whatever_python_runs_the_generator(tmp_path):
    """Python 3.12 made ``type`` a soft keyword and 3.13 added a builtin:
    the names the generator gives do not follow the Python it runs on. A run
    that sees 3.13's tables writes what this one writes."""
    import json

    from conftest import ROOT, minimal_spec, run_python

    fields = {"type": {"type": "string"}, "match": {"type": "string"}, "id": {"type": "string"}}
    spec = minimal_spec(
        **{
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [{"name": "type", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "$ref": "#/components/schemas/PythonFinalizationError"
                                    }
                                }
                            },
                        }
                    },
                }
            }
        }
    )
    spec["components"] = {
        "schemas": {"PythonFinalizationError": {"type": "object", "properties": fields}}
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    generate = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "{}\n"
        "from generator.cli import main\n"
        "sys.exit(main(['generate', 'spec.json', '--out', sys.argv[1], '--package', 'p']))\n"
    )
    as_313 = (
        "import builtins, keyword\n"
        "keyword.softkwlist = [*keyword.softkwlist, 'type']\n"
        "builtins.PythonFinalizationError = RuntimeError"
    )
    for out, setup in (("here", ""), ("as_313", as_313)):
        result = run_python(generate.format(setup).replace("sys.argv[1]", repr(out)), tmp_path)
        assert result.returncode == 0, result.stderr
    for path in sorted((tmp_path / "here").rglob("*.py")):
        twin = tmp_path / "as_313" / path.relative_to(tmp_path / "here")
        assert twin.read_text() == path.read_text(), path
    models = (tmp_path / "here" / "p" / "models.py").read_text()
    assert "    type: str | None" in models and "    match_: str | None" in models
