"""`python -m generator diff`: each kind of change, made to a copy of the
composed Flex spec, is reported in Python terms and judged as it should be."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLEX = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
PLUGINS = "/PluginService/Plugins"
PLUGIN = "/PluginService/Plugins/{Sid}"


def form(spec: dict[str, Any], path: str) -> dict[str, Any]:
    """The form schema of the POST at ``path``, inline or referenced."""
    schema = spec["paths"][path]["post"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]["schema"]
    if "$ref" in schema:
        return spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


@pytest.fixture
def diff(cli, tmp_path) -> Callable[..., list[dict[str, Any]]]:
    """Edit a copy of the Flex spec, diff it against the original, and give
    the JSON report's entries."""

    def run(edit: Callable[[dict[str, Any]], None], *flags: str) -> list[dict[str, Any]]:
        new = copy.deepcopy(FLEX)
        edit(new)
        (tmp_path / "old.json").write_text(json.dumps(FLEX))
        (tmp_path / "new.json").write_text(json.dumps(new))
        status, out, err = cli("diff", "old.json", "new.json", "--format", "json", *flags)
        assert status == 0, err
        return json.loads(out)

    return run


def only(entries: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = [e for e in entries if e["kind"] == kind]
    assert len(found) == 1, entries
    return found[0]


# -- breaking ---------------------------------------------------------------------------------


def test_a_removed_method_breaks(diff):
    entries = diff(lambda s: s["paths"][PLUGIN].pop("get"))
    entry = only(entries, "method-removed")
    assert entry["target"] == "plugins.fetch" and entry["breaking"] is True
    assert "GET /PluginService/Plugins/{Sid}" in entry["message"]


def test_a_renamed_method_is_one_breaking_entry(diff):
    def rename(spec):
        spec["paths"][PLUGIN]["get"]["operationId"] = "getPlugin"

    entries = diff(rename)
    entry = only(entries, "method-renamed")
    assert entry["breaking"] and "`plugins.fetch` is now `plugins.get`" in entry["message"]
    assert not [e for e in entries if e["kind"] in ("method-removed", "method-added")]


def test_a_removed_resource_breaks_once(diff):
    def drop(spec):
        for path in [p for p in spec["paths"] if p.startswith("/PluginService/Plugins")]:
            for op in spec["paths"][path].values():
                if isinstance(op, dict) and op.get("tags") == ["Plugins"]:
                    op["tags"] = ["Plugins"]
        for path in [PLUGINS, PLUGIN, PLUGIN + "/Archive"]:
            spec["paths"].pop(path)

    entries = diff(drop)
    entry = only(entries, "resource-removed")
    assert entry["target"] == "plugins" and entry["breaking"]
    assert not [e for e in entries if e["kind"] == "method-removed"]


def test_a_renamed_resource_is_reported_as_a_rename(diff):
    def retag(spec):
        for path in [PLUGINS, PLUGIN, PLUGIN + "/Archive"]:
            for op in spec["paths"][path].values():
                if isinstance(op, dict) and "operationId" in op:
                    op["tags"] = ["Flex Plugins"]

    entries = diff(retag)
    entry = only(entries, "resource-renamed")
    assert entry["breaking"] and entry["message"] == "`plugins` is now `flex_plugins`"


def test_a_removed_and_a_renamed_argument_break(diff):
    def remove(spec):
        del form(spec, PLUGINS)["properties"]["Description"]

    entry = only(diff(remove), "argument-removed")
    assert entry["target"] == "plugins.create(description=)" and entry["breaking"]
    assert entry["wire"] == "Description"

    def rename(spec):
        props = form(spec, PLUGINS)["properties"]
        props["Summary"] = props.pop("Description")

    entries = diff(rename)
    # Another wire name is another argument: a caller sees one gone, one new.
    assert only(entries, "argument-removed")["target"] == "plugins.create(description=)"
    assert only(entries, "argument-added")["target"] == "plugins.create(summary=)"


def test_a_new_required_argument_and_one_made_required_break(diff):
    def add(spec):
        schema = form(spec, PLUGINS)
        schema["properties"]["Owner"] = {"type": "string"}
        schema["required"] = [*schema["required"], "Owner"]

    entry = only(diff(add), "argument-added-required")
    assert entry["target"] == "plugins.create(owner=)" and entry["breaking"]

    def require(spec):
        schema = form(spec, PLUGINS)
        schema["required"] = [*schema["required"], "FriendlyName"]

    entry = only(diff(require), "argument-made-required")
    assert entry["target"] == "plugins.create(friendly_name=)" and entry["breaking"]
    assert entry["wire"] == "FriendlyName"


def test_types_compare_as_sets_of_members():
    """Annotations are compared as the type model's terms, never re-parsed text."""
    from generator import ir
    from generator.apidiff import covers, members
    from generator.typemodel import NONE, PARAM, Imports, PythonTypes, Term

    types = PythonTypes({}, {}, Imports())

    def of(t: ir.Type) -> frozenset[Term]:
        return members(types.terms(t, PARAM))

    text, number = ir.Scalar(ir.STR), ir.Scalar(ir.INT)
    enum = of(ir.Literal(("a", "b", None)))
    assert {m.text for m in enum} == {'Literal["a"]', 'Literal["b"]', "None"} and NONE in enum
    both = ir.UnionOf((text, number))
    assert covers(of(ir.ListOf(both)), of(ir.ListOf(text)))
    assert not covers(of(ir.ListOf(text)), of(ir.ListOf(both)))
    assert covers(of(ir.Nullable(text)), of(text))
    assert not covers(of(number), of(text))
    assert covers(of(ir.MapOf(both)), of(ir.MapOf(number)))
    assert not covers(of(ir.TupleOf((text,), rest=text)), of(ir.TupleOf((text,), None)))


def test_a_changed_argument_and_a_removed_enum_value_break(diff):
    def narrow(spec):
        form(spec, "/FlexFlows")["properties"]["FriendlyName"] = {"type": "integer"}

    entry = only(diff(narrow), "argument-type-changed")
    assert entry["target"] == "flex_flows.create(friendly_name=)" and entry["breaking"]
    assert "now takes int, was str" in entry["message"]

    def drop_value(spec):
        form(spec, "/FlexFlows")["properties"]["ChannelType"]["enum"].remove("line")

    entry = only(diff(drop_value), "argument-enum-value-removed")
    assert entry["target"] == "flex_flows.create(channel_type=)" and entry["breaking"]
    assert entry["message"].endswith('no longer accepts "line"')


def test_an_answer_field_removed_or_changed_breaks(diff):
    def remove(spec):
        del spec["components"]["schemas"]["FlexFlow"]["properties"]["friendly_name"]

    entry = only(diff(remove), "field-removed")
    assert entry["target"] == "FlexFlow.friendly_name" and entry["breaking"]

    def change(spec):
        spec["components"]["schemas"]["FlexFlow"]["properties"]["enabled"] = {"type": "string"}

    entry = only(diff(change), "field-type-changed")
    assert entry["target"] == "FlexFlow.enabled" and entry["breaking"]
    assert "is now str | None, was bool | None" in entry["message"]


def test_a_changed_return_type_breaks(diff):
    def answer(spec):
        content = spec["paths"][PLUGIN]["get"]["responses"]["200"]["content"]
        content["application/json"]["schema"] = {"$ref": "#/components/schemas/PluginVersion"}

    entry = only(diff(answer), "return-type-changed")
    assert entry["target"] == "plugins.fetch" and entry["breaking"]
    assert entry["message"] == "`plugins.fetch` now returns PluginVersion, was Plugin"


def test_pagination_removed_breaks(diff):
    def unpage(spec):
        list_op = spec["paths"][PLUGINS]["get"]
        list_op["x-pagination"] = False
        list_op.pop("x-pagination")
        schema = {"type": "object", "properties": {"plugins": {"type": "array"}}}
        list_op["responses"]["200"]["content"]["application/json"]["schema"] = schema

    entries = diff(unpage)
    entry = only(entries, "pagination-removed")
    assert entry["target"] == "plugins.list" and entry["breaking"]
    assert "was SyncPager[Plugin]" in entry["message"]


# -- not breaking ------------------------------------------------------------------------------


def test_additions_do_not_break(diff):
    def add(spec):
        spec["paths"]["/PluginService/Plugins/{Sid}/Restore"] = copy.deepcopy(
            spec["paths"][PLUGIN + "/Archive"]
        )
        restore = spec["paths"]["/PluginService/Plugins/{Sid}/Restore"]["post"]
        restore["operationId"] = "restorePlugin"
        form(spec, PLUGINS)["properties"]["Owner"] = {"type": "string"}
        spec["components"]["schemas"]["Plugin"]["properties"]["owner"] = {"type": "string"}

    entries = diff(add)
    assert {(e["kind"], e["target"]) for e in entries} >= {
        ("method-added", "plugins.restore"),
        ("argument-added", "plugins.create(owner=)"),
        ("field-added", "Plugin.owner"),
    }
    assert not [e for e in entries if e["breaking"]]


def test_a_widened_argument_does_not_break(diff):
    def widen(spec):
        form(spec, "/FlexFlows")["properties"]["ChannelType"]["enum"].append("email")
        form(spec, "/FlexFlows")["properties"]["Enabled"] = {"type": ["boolean", "string"]}

    entries = diff(widen)
    added = only(entries, "argument-enum-value-added")
    assert added["target"] == "flex_flows.create(channel_type=)" and not added["breaking"]
    assert added["message"].endswith('also accepts "email"')
    widened = only(entries, "argument-type-widened")
    assert widened["target"] == "flex_flows.create(enabled=)" and not widened["breaking"]


def test_documentation_is_a_patch(cli, diff, tmp_path):
    def document(spec):
        spec["paths"][PLUGIN]["get"]["description"] = "Fetches one plugin."
        form(spec, PLUGINS)["properties"]["FriendlyName"]["description"] = "A friendlier name."

    entries = diff(document)
    assert {(e["kind"], e["target"], e["level"]) for e in entries} == {
        ("documentation", "plugins.fetch", "patch"),
        ("documentation", "plugins.create(friendly_name=)", "patch"),
    }
    status, out, _ = cli("diff", "old.json", "new.json")
    assert status == 0 and "suggested bump: patch" in out


def test_judgement_a_new_enum_value_in_an_answer_does_not_break(diff):
    def add_value(spec):
        props = spec["components"]["schemas"]["FlexFlow"]["properties"]
        props["channel_type"]["enum"].append("email")

    entry = only(diff(add_value), "answer-enum-value-added")
    assert entry["target"] == "FlexFlow.channel_type" and not entry["breaking"]
    assert entry["level"] == "minor"


def test_judgement_a_field_that_can_no_longer_be_none_does_not_break(diff):
    def require(spec):
        plugin = spec["components"]["schemas"]["Plugin"]
        plugin["required"] = [*plugin["required"], "unique_name"]

    entry = only(diff(require), "field-type-narrowed")
    assert entry["target"] == "Plugin.unique_name" and not entry["breaking"]


# -- the contract -----------------------------------------------------------------------------


def test_no_change_prints_an_empty_list(diff):
    assert diff(lambda spec: None) == []


def test_exit_status(cli, diff, tmp_path):
    diff(lambda s: s["paths"][PLUGIN].pop("get"))
    assert cli("diff", "old.json", "new.json")[0] == 0
    status, out, _ = cli("diff", "old.json", "new.json", "--fail-on-breaking")
    assert status == 3 and "BREAKING" in out and "plugins.fetch" in out
    assert cli("diff", "old.json", "old.json", "--fail-on-breaking")[0] == 0
    (tmp_path / "broken.yaml").write_text("openapi: 3.1.0\ninfo: [oops\n")
    status, _, err = cli("diff", "old.json", "broken.yaml")
    assert status == 1 and "broken.yaml" in err
    assert cli("diff", "old.json")[0] == 2
    assert cli("diff", "old.json", "new.json", "--format", "xml")[0] == 2


def test_markdown_lists_breaking_changes_first(cli, diff):
    def mixed(spec):
        spec["paths"][PLUGIN].pop("get")
        form(spec, PLUGINS)["properties"]["Owner"] = {"type": "string"}

    diff(mixed)
    status, out, _ = cli("diff", "old.json", "new.json", "--format", "markdown")
    assert status == 0
    assert out.index("### Breaking") < out.index("plugins.fetch") < out.index("### Added")
    assert "`plugins.create(owner=)` added (optional)" in out


def test_the_overlay_applies_to_new(cli, tmp_path):
    (tmp_path / "old.json").write_text(json.dumps(FLEX))
    (tmp_path / "drop.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: drop, version: 1.0.0}\nactions:\n"
        "  - target: \"$.paths['/PluginService/Plugins/{Sid}'].get\"\n    remove: true\n"
    )
    status, out, err = cli(
        "diff", "old.json", "old.json", "--overlay", "drop.yaml", "--format", "json"
    )
    assert status == 0, err
    assert [e["kind"] for e in json.loads(out) if e["breaking"]] == ["method-removed"]


def test_the_command_runs_without_black_or_jinja_rendering(tmp_path):
    """The diff compares the IR: black is never imported."""
    code = (
        "import sys\nfrom generator.cli import main\n"
        f"status = main(['diff', {str(ROOT / 'generated' / 'openapi.json')!r},"
        f" {str(ROOT / 'generated' / 'openapi.json')!r}])\n"
        "assert 'black' not in sys.modules, 'black was imported'\n"
        "sys.exit(status)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "no change" in run.stdout


# -- in the regeneration workflow -------------------------------------------------------------


def test_regenerating_reports_the_changes_and_keeps_a_changelog(
    cli, write_spec, tmp_path, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795305600")  # 2026-11-22
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    }
    paths = {
        "/users": {"get": {"operationId": "listUsers", "tags": ["users"], "responses": ok}},
        "/users/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {"operationId": "getUser", "tags": ["users"], "responses": ok},
        },
    }
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}
    path = write_spec(spec, "spec.json")
    args = ("generate", str(path), "--out", "out", "--package", "pkg")
    status, out, _ = cli(*args)
    assert status == 0 and "API changes" not in out
    assert not (tmp_path / "out" / "CHANGELOG.md").exists()

    del paths["/users/{id}"]
    write_spec(spec, "spec.json")
    status, out, _ = cli(*args)
    assert status == 0
    assert "API changes: 1, 1 breaking; suggested version bump: major (0.1.0 -> 1.0.0)" in out
    assert "`users.get` removed" in out
    log = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert "## 2026-11-22: major (0.1.0 -> 1.0.0 suggested)" in log
    assert "CHANGELOG.md" in (tmp_path / "out" / ".generator-manifest.json").read_text()
    assert "nothing written" in cli(*args)[1]

    paths["/users"]["post"] = {"operationId": "createUser", "tags": ["users"], "responses": ok}
    write_spec(spec, "spec.json")
    status, out, _ = cli(*args)
    assert status == 0 and "suggested version bump: minor" in out
    log = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert log.index("`users.create` added") < log.index("`users.get` removed")
    assert log.count("## 2026-11-22") == 2
    assert cli("check", str(path), "--out", "out", "--package", "pkg")[0] == 0


def test_a_fresh_clone_compares_with_the_api_its_output_records(cli, tmp_path, monkeypatch):
    """The output keeps its client's API (.generator-api.json), so the first
    run after a clone, with an empty cache, compares with it rather than
    building the old spec again. Without it, or with one made from another
    spec or that does not read, the old spec is built, and the report is the
    same."""
    from generator import pipeline

    def without_client_defaults(node: Any) -> Any:  # generated here with no client settings
        if isinstance(node, dict):
            return {
                k: without_client_defaults(v) for k, v in node.items() if k != "x-client-default"
            }
        return [without_client_defaults(v) for v in node] if isinstance(node, list) else node

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795305600")
    old = without_client_defaults(FLEX)
    (tmp_path / "old.json").write_text(json.dumps(old))
    new = copy.deepcopy(old)
    del new["paths"][PLUGIN]["get"]
    new["paths"][PLUGINS]["get"]["description"] = "Lists them, newest first."
    form(new, PLUGINS)["properties"]["FriendlyName"]["enum"] = ["a", "b"]
    (tmp_path / "new.json").write_text(json.dumps(new))
    assert cli("generate", "old.json", "--out", "out", "--package", "pkg")[0] == 0
    record = json.loads((tmp_path / "out" / ".generator-api.json").read_text(encoding="utf-8"))
    assert set(record) == {"key", "resources", "models", "unions", "types", "rendered"}
    assert "fetch" in record["resources"]["plugins"]
    assert not (tmp_path / "out" / ".pristine" / ".generator-api.json").exists()

    built = tmp_path / "built"  # written by whichever process builds the old spec
    surface_of = pipeline._surface_of

    def noted(target: Any) -> Any:
        def build(doc: Any) -> Any:
            built.write_text("the old spec was built")
            return surface_of(target)(doc)

        return build

    monkeypatch.setattr(pipeline, "_surface_of", noted)

    def clone(name: str, change: Callable[[Path], None] | None = None) -> tuple[str, bool]:
        shutil.copytree(tmp_path / "out", tmp_path / name)
        if change is not None:
            change(tmp_path / name / ".generator-api.json")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / f"cache-{name}"))
        built.unlink(missing_ok=True)
        status, _, err = cli("generate", "new.json", "--out", name, "--package", "pkg")
        assert status == 0, err
        return (tmp_path / name / "CHANGELOG.md").read_text(encoding="utf-8"), built.exists()

    log, rebuilt = clone("clone")
    assert not rebuilt
    assert "`plugins.fetch` removed" in log
    assert "`plugins.list`: its documentation changed" in log
    assert "`plugins.create(friendly_name=)` now takes" in log
    assert clone("no-record", lambda path: path.unlink()) == (log, True)

    def other_key(path: Path) -> None:
        path.write_text(path.read_text(encoding="utf-8").replace('"key": "', '"key": "0', 1))

    assert clone("other-spec", other_key) == (log, True)

    def unreadable(path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["types"] = {name: [[1, 2]] for name in data["types"]}
        path.write_text(json.dumps(data))

    assert clone("unreadable", unreadable) == (log, True)
    # What a run records is what a cold run of the same spec records.
    assert cli("generate", "new.json", "--out", "fresh", "--package", "pkg")[0] == 0
    fresh = (tmp_path / "fresh" / ".generator-api.json").read_bytes()
    assert (tmp_path / "clone" / ".generator-api.json").read_bytes() == fresh


def test_a_record_made_with_other_settings_is_not_compared_with(cli, write_spec, tmp_path):
    """The record names the settings it was made with. The changelog tells
    what the spec's change does to the client under this run's settings:
    after a run that left an operation out, one that keeps it compares the
    old spec made as it is made now, whether the record is there or not."""
    ok = {"200": {"description": "ok"}}
    paths = {
        "/pets": {"get": {"operationId": "listPets", "tags": ["pets"], "responses": ok}},
        "/pets/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "delete": {"operationId": "deletePet", "tags": ["pets"], "responses": ok},
        },
    }
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}
    path = write_spec(spec, "spec.json")
    args = ("generate", str(path), "--package", "pkg")
    assert cli(*args, "--out", "out", "--exclude-operation", "deletePet")[0] == 0
    shutil.copytree(tmp_path / "out", tmp_path / "bare")
    (tmp_path / "bare" / ".generator-api.json").unlink()
    paths["/pets"]["get"]["description"] = "All of them."
    write_spec(spec, "spec.json")
    logs = []
    for out in ("out", "bare"):
        assert cli(*args, "--out", out)[0] == 0
        logs.append((tmp_path / out / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert logs[0] == logs[1]
    assert "`pets.list`: its documentation changed" in logs[0] and "delete" not in logs[0]


def _pets_generated(cli: Any, write_spec: Any) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A one-operation spec, generated into ``out``; the command that did it."""
    ok = {"200": {"description": "ok"}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/pets": {"get": {"operationId": "listPets", "responses": ok}}},
    }
    args = ("generate", str(write_spec(spec, "spec.json")), "--out", "out", "--package", "pkg")
    assert cli(*args)[0] == 0
    return spec, args


def test_a_last_spec_that_no_longer_builds_is_not_compared_with(cli, write_spec, tmp_path):
    """With no record of the last run's API, its spec is built again; where
    that spec no longer reads, the run still writes the new client, says
    why it could not compare, and adds no changelog entry."""
    spec, args = _pets_generated(cli, write_spec)
    (tmp_path / "out" / ".generator-api.json").unlink()
    (tmp_path / "out" / "openapi.json").write_text('{"openapi": "3.1.0", "paths": [')
    spec["paths"]["/pets"]["get"]["description"] = "All of them."
    write_spec(spec, "spec.json")
    status, out, err = cli(*args)
    assert status == 0, err
    assert "warning: out/openapi.json: not compared with the new spec: it no longer builds" in err
    assert "All of them." in (tmp_path / "out" / "pkg" / "resources" / "pets.py").read_text()
    assert not (tmp_path / "out" / "CHANGELOG.md").exists()


def test_a_record_that_does_not_read_is_as_good_as_none(cli, write_spec, tmp_path):
    """A broken record in the output (here nested past what JSON reading
    allows) is not the input's fault: the run compares with the old spec."""
    spec, args = _pets_generated(cli, write_spec)
    (tmp_path / "out" / ".generator-api.json").write_text("[" * 100_000 + "]" * 100_000)
    spec["paths"]["/pets"]["get"]["description"] = "All of them."
    write_spec(spec, "spec.json")
    status, _, err = cli(*args)
    assert status == 0, err
    log = (tmp_path / "out" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "`pets.list`: its documentation changed" in log
