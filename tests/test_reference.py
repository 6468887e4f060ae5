"""Our composed spec against Twilio's published one: every difference is either
gone or listed, with a reason, in spec/reference-allowlist.yaml."""

from __future__ import annotations

from fnmatch import fnmatchcase

import pytest
import yaml

from conftest import ROOT
from generator.config import read_config
from generator.pipeline import load_all
from reference_check import differences, load_reference

REFERENCE = ROOT.parent / "shared" / "reference" / "twilio_flex_v1.yaml"
ALLOWLIST = ROOT / "spec" / "reference-allowlist.yaml"


@pytest.fixture(scope="module")
def found() -> list[str]:
    if not REFERENCE.exists():
        pytest.fail(f"the reference spec is missing: {REFERENCE}")
    ours = load_all(read_config(ROOT / "pyproject.toml")).data
    return list(differences(ours, load_reference(REFERENCE)))


def allowlist() -> list[dict[str, str]]:
    entries = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
    for entry in entries:
        assert entry.get("difference") and entry.get(
            "reason"
        ), f"every allow-list entry needs a reason: {entry}"
    return entries


def test_every_difference_is_allowed(found):
    patterns = [entry["difference"] for entry in allowlist()]
    unexplained = [line for line in found if not any(fnmatchcase(line, p) for p in patterns)]
    assert not unexplained, "differences from Twilio's spec not in the allow-list:\n" + "\n".join(
        unexplained
    )


def test_every_allowance_is_still_needed(found):
    stale = [
        e["difference"]
        for e in allowlist()
        if not any(fnmatchcase(line, e["difference"]) for line in found)
    ]
    assert not stale, f"allow-list entries that match nothing any more: {stale}"


def test_the_plugin_resources_match_exactly(found):
    plugin_lines = [line for line in found if "/PluginService/" in line and "/Archive:" not in line]
    assert plugin_lines == []


def test_the_check_catches_a_wrong_wire_name():
    ours = load_all(read_config(ROOT / "pyproject.toml")).data
    schema = ours["paths"]["/PluginService/Releases"]["post"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]["schema"]
    schema["properties"]["ConfigurationSid"] = schema["properties"].pop("ConfigurationId")
    schema["required"] = ["ConfigurationSid"]
    lines = list(differences(ours, load_reference(REFERENCE)))
    assert "POST /PluginService/Releases: body field ConfigurationId is missing" in lines
