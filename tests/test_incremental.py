"""A regeneration renders again only what a spec change reaches: a resource
whose files are made from the same things as last time (its key) keeps
them, with what building its tests found. Whatever changed, the result is
what a cold run of the new spec makes, file for file and warning for
warning."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLEX = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
# The records of a run's own history, which a cold run does not have.
HISTORY = ("CHANGELOG.md", ".pristine/CHANGELOG.md")


def _without_client_defaults(node: Any) -> Any:
    """The Flex spec as a generic run reads it (no client settings)."""
    if isinstance(node, dict):
        return {k: _without_client_defaults(v) for k, v in node.items() if k != "x-client-default"}
    return [_without_client_defaults(v) for v in node] if isinstance(node, list) else node


def _base() -> dict[str, Any]:
    spec: dict[str, Any] = _without_client_defaults(FLEX)
    # An example that does not fit: the plugin tests warn of it, every run.
    query = spec["paths"]["/PluginService/Plugins"]["get"]["parameters"]
    query.append({"name": "Shape", "in": "query", "schema": {"type": "integer", "example": "x"}})
    return spec


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def _form(spec: dict[str, Any], path: str) -> dict[str, Any]:
    schema = _operation(spec, "post", path)["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]["schema"]
    if "$ref" in schema:
        found: dict[str, Any] = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        return found
    return dict(schema)


def _add_query(spec: dict[str, Any]) -> None:
    _operation(spec, "get", "/FlexFlows")["parameters"].append(
        {"name": "Newest", "in": "query", "schema": {"type": "boolean"}}
    )


def _change_a_maker(spec: dict[str, Any]) -> None:
    """What live mode sends to make a channel, which other resources' tests need."""
    form = _form(spec, "/Channels")
    form["properties"]["Region"] = {"type": "string", "example": "eu-1"}
    form.setdefault("required", []).append("Region")


def _rename_a_listing(spec: dict[str, Any]) -> None:
    """Plugin versions' live tests find a plugin with ``plugins.list``."""
    _operation(spec, "get", "/PluginService/Plugins")["operationId"] = "listAllPlugins"


def _refer_from_a_maker(spec: dict[str, Any]) -> None:
    """Plugin versions' live tests make a plugin: now one that names a Flex Flow."""
    _form(spec, "/PluginService/Plugins")["properties"]["FlexFlowSid"] = {"type": "string"}


def _change_a_model(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    name = next(
        n for n in schemas if "properties" in schemas[n] and "sid" in schemas[n]["properties"]
    )
    schemas[name]["properties"]["sid"]["description"] = "Now described."


def _rename_a_resource(spec: dict[str, Any]) -> None:
    for method in ("get", "post"):
        _operation(spec, method, "/Insights/QualityManagement/Questionnaires")["tags"] = ["Surveys"]


def _fix_the_example(spec: dict[str, Any]) -> None:
    _operation(spec, "get", "/PluginService/Plugins")["parameters"][-1]["schema"]["example"] = 3


EDITS = {
    "a query parameter added": _add_query,
    "a maker changed": _change_a_maker,
    "a method other tests call renamed": _rename_a_listing,
    "what another resource's maker refers to changed": _refer_from_a_maker,
    "a shared model changed": _change_a_model,
    "a resource renamed": _rename_a_resource,
    "a warning gone": _fix_the_example,
}


# The resources each edit reaches (None: all of them).
REACHES: dict[str, set[str] | None] = {
    "a query parameter added": {"flex_flows"},
    "a maker changed": {"channels"},
    "a method other tests call renamed": {"plugins", "plugin_versions", "plugin_configurations"},
    "what another resource's maker refers to changed": {"plugins", "plugin_versions"},
    "a shared model changed": None,
    "a resource renamed": {"surveys"},
    "a warning gone": {"plugins"},
}


@pytest.fixture
def regenerate(cli: Any, tmp_path: Path) -> Callable[..., list[str]]:
    """Generate ``spec`` into ``out``; gives the warnings."""

    def run(spec: dict[str, Any], out: str) -> list[str]:
        (tmp_path / "spec.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
        status, _, err = cli("generate", "spec.json", "--out", out, "--package", "flex")
        assert status == 0, err
        return [line for line in err.splitlines() if line.startswith("warning:")]

    return run


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and str(p.relative_to(folder)) not in (*HISTORY, ".generator-manifest.json")
    }


def _rendered(folder: Path) -> dict[str, Any]:
    """What rendering found, by key, as the API record keeps it."""
    found: dict[str, Any] = json.loads((folder / ".generator-api.json").read_text())["rendered"]
    return found


def _manifest(folder: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((folder / ".generator-manifest.json").read_text())
    for path in HISTORY:
        manifest["files"].pop(path, None)
    return manifest


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_a_regeneration_gives_what_a_cold_run_gives(regenerate, tmp_path, monkeypatch, edit):
    from generator.render import Renderer

    base = _base()
    assert len(regenerate(base, "base")) == 1
    new = copy.deepcopy(base)
    EDITS[edit](new)
    cold_warnings = regenerate(new, "cold")

    rendered = tmp_path / "rendered"  # each resource rendered, by whichever process
    resource_files = Renderer.resource_files

    def noted(renderer: Renderer, index: int) -> Any:
        with rendered.open("a", encoding="utf-8") as log:
            log.write(renderer.api.resources[index].name + "\n")
        return resource_files(renderer, index)

    monkeypatch.setattr(Renderer, "resource_files", noted)
    shutil.copytree(tmp_path / "base", tmp_path / "again")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-cache"))  # as after a clone
    assert regenerate(new, "again") == cold_warnings
    again, cold = tmp_path / "again", tmp_path / "cold"
    files, wanted = _tree(again), _tree(cold)
    assert files.keys() == wanted.keys()
    assert [path for path, text in files.items() if wanted[path] != text] == []
    assert _manifest(again) == _manifest(cold)

    # Only what the edit reaches was rendered again.
    everything = len(_rendered(cold)) - 1  # but the models module
    reached = REACHES[edit] or set(rendered.read_text(encoding="utf-8").split())
    assert sorted(rendered.read_text(encoding="utf-8").split()) == sorted(reached)
    assert len(reached) == everything if REACHES[edit] is None else len(reached) < everything


def test_a_resource_file_edited_or_removed_is_made_again(regenerate, tmp_path):
    """A kept resource's files must be as the last run wrote them: one
    removed is rendered again; a hand edit is kept, as in any run."""
    base = _base()
    regenerate(base, "out")
    module = tmp_path / "out" / "flex" / "resources" / "flex_flows.py"
    tests = tmp_path / "out" / "tests" / "test_flex_flows.py"
    wanted = module.read_text(encoding="utf-8")
    module.write_text(wanted + "# mine\n", encoding="utf-8")
    tests.unlink()
    new = copy.deepcopy(base)
    _fix_the_example(new)
    regenerate(new, "out")
    assert module.read_text(encoding="utf-8") == wanted + "# mine\n"
    assert (tmp_path / "out" / ".pristine" / "flex" / "resources" / "flex_flows.py").read_text(
        encoding="utf-8"
    ) == wanted
    assert tests.exists()


def test_records_this_generator_did_not_write_are_not_used(regenerate, tmp_path):
    """An API record edited by hand (or by anyone): its records of what
    rendering a resource found, whatever they hold, only cost that resource
    its rendering."""
    base = _base()
    regenerate(base, "out")
    new = copy.deepcopy(base)
    _add_query(new)
    cold_warnings = regenerate(new, "cold")
    record_path = tmp_path / "out" / ".generator-api.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    rendered = record["rendered"]
    odd = [
        {"files": "flex/models.py", "readme": [], "problems": [], "given_way": []},
        {"files": [], "readme": [], "problems": [], "given_way": []},
        {"files": ["flex/models.py"], "readme": [], "problems": [], "given_way": []},
        {"files": [], "readme": [[1, 2]], "problems": [["1", "not a pointer"]], "given_way": []},
        {"files": [], "readme": None, "problems": [], "given_way": [[None]]},
        {"files": ["../../etc/passwd"], "readme": [], "problems": [], "given_way": []},
        "not a record",
    ]
    assert len(rendered) > len(odd)
    for key, entry in zip(rendered, odd):
        if isinstance(entry, dict) and entry["readme"] == []:  # a call per operation, as written
            entry["readme"] = rendered[key]["readme"]
        rendered[key] = entry  # the first key is the models module's
    record_path.write_text(json.dumps(record), encoding="utf-8")
    assert regenerate(new, "out") == cold_warnings
    files, wanted = _tree(tmp_path / "out"), _tree(tmp_path / "cold")
    assert [
        path for path in files.keys() | wanted.keys() if files.get(path) != wanted.get(path)
    ] == []
