"""Odd but valid specs give a package that imports, type-checks and passes
its own tests; specs that cannot work are refused with their pointer; and
what the user wrote in the output folder is never lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import minimal_spec, run_python

LONG_TAG = "x" * 260


def odd_spec() -> dict[str, Any]:
    def answering(schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    spec = minimal_spec(
        **{
            "/things": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["True"],
                    "parameters": [
                        # Python holds True == 1: both are values all the same.
                        {"name": "flag", "in": "query", "schema": {"enum": [True, 1, 0, False]}},
                    ],
                    "responses": answering({"$ref": "#/components/schemas/None"}),
                },
            },
            "/odd places/ünïcode": {
                "get": {
                    "operationId": "getOdd",
                    "tags": [LONG_TAG],
                    "responses": answering({"$ref": "#/components/schemas/False"}),
                },
            },
            "/items/{item id}": {
                "get": {
                    "operationId": "getItem",
                    "parameters": [
                        {
                            "name": "item id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"204": {"description": "ok"}},
                },
            },
            "/names/{name}": {
                "get": {
                    "operationId": "getName",
                    "tags": ["None"],
                    "parameters": [
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "example": "..",
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": answering({"type": "object"}),
                },
            },
        }
    )
    spec["servers"] = [{"url": "https://api.example.com/données v1"}]
    spec["security"] = [{"basic": []}]
    spec["components"] = {
        "securitySchemes": {
            "auth": {"type": "apiKey", "in": "header", "name": "X-Auth"},
            "other": {"type": "apiKey", "in": "header", "name": "X-Other"},
            "basic": {"type": "http", "scheme": "basic"},
        },
        "schemas": {
            "None": {
                "type": "object",
                "required": ["share", "ratio", "tags", "either"],
                "properties": {
                    "share": {"type": "number", "minimum": 0.1, "exclusiveMaximum": 0.2},
                    "ratio": {"enum": [0.5, 1.5]},
                    "tags": {"type": "array", "items": {}, "minItems": 2, "uniqueItems": True},
                    "either": {"$ref": "#/components/schemas/False"},
                },
            },
            "False": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/True"}]},
            "True": {"type": "object", "properties": {"n": {"type": "integer"}}},
        },
    }
    return spec


def test_an_odd_spec_gives_a_package_that_works(cli, write_spec, tmp_path):
    status, _, err = cli(
        "generate", str(write_spec(odd_spec())), "--out", "out", "--package", "odd"
    )
    assert status == 0, err
    out = tmp_path / "out"
    probe = run_python(
        "import odd, inspect\n"
        "from odd.models import None_, True_, False_\n"
        "params = inspect.signature(odd.Client).parameters\n"
        "print(sorted(p for p in params if p.startswith('auth')))",
        out,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["['auth',", "'auth_']"]  # basic's, and the key's
    modules = [p.name for p in (out / "odd" / "resources").iterdir()]
    assert all(len(name.encode()) <= 103 for name in modules), modules
    for command in (
        ["pytest", "-q", "-p", "no:cacheprovider", "tests"],
        ["mypy", "--strict", "odd"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", *command], cwd=out, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    client = (out / "odd" / "_client.py").read_text()
    assert "https://api.example.com/donn%C3%A9es%20v1" in client


def test_yaml_in_flow_style_is_yaml(cli, write_spec):
    flow = "{openapi: 3.0.3, info: {title: flow, version: '1'}, paths: {/a: {get: {operationId: getA, responses: {'204': {description: ok}}}}}}\n"
    status, out, err = cli("validate", str(write_spec(flow, "flow.yaml")))
    assert status == 0 and "valid (1 operations)" in out, err
    status, _, err = cli("validate", str(write_spec("{openapi: 3.0.3", "broken.json")))
    assert status == 1 and "broken.json:1: invalid JSON" in err


@pytest.mark.parametrize(
    "path, said",
    [
        ("/a/../b", "a '.' or '..' segment in a path"),
        ("/%2e%2e/b", "a '.' or '..' segment in a path"),
        ("/a/./b", "a '.' or '..' segment in a path"),
        ("/a/https://b", "a path holds '://'"),
    ],
)
def test_a_path_no_request_could_reach_is_refused_at_its_pointer(cli, write_spec, path, said):
    op = {"get": {"operationId": "getA", "responses": {"204": {"description": "ok"}}}}
    spec = write_spec(minimal_spec(**{path: op}), "spec.json")
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", "p")
    pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1")
    assert status == 1 and f"spec.json:1: {pointer}: {said}" in err, err


@pytest.mark.parametrize(
    "url",
    ["https://api.example.com/v1?x=1", "https://u:pw@api.example.com", "https://a.example/#f"],
)
def test_a_server_that_cannot_be_a_base_url_is_left_out_with_a_warning(
    cli, write_spec, url, tmp_path
):
    op = {"get": {"operationId": "getA", "responses": {"204": {"description": "ok"}}}}
    spec = minimal_spec(**{"/a": op})
    spec["servers"] = [{"url": url}]
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "p")
    assert status == 0 and "/servers/0/url: this URL holds " in err, err
    assert "which no base URL can" in err and "left out" in err
    assert url not in (tmp_path / "out" / "p" / "_client.py").read_text()


def test_an_output_folder_that_cannot_be_made_is_bad_input(cli, write_spec, tmp_path):
    (tmp_path / "afile").write_text("mine")
    spec = write_spec(odd_spec())
    status, _, err = cli("generate", str(spec), "--out", "afile/sub", "--package", "p")
    assert status == 1 and "afile/sub: cannot write the output folder: " in err, err
    assert (tmp_path / "afile").read_text() == "mine"
    assert {p.name for p in tmp_path.iterdir()} == {"afile", "spec.yaml"}  # nothing beside


def _two_resources(*tags: str) -> dict[str, Any]:
    return minimal_spec(
        **{
            f"/{tag}": {
                "get": {
                    "operationId": f"get{tag.title()}",
                    "tags": [tag],
                    "responses": {"204": {"description": "ok"}},
                }
            }
            for tag in tags
        }
    )


def test_a_file_of_the_users_is_never_lost(cli, write_spec, tmp_path):
    generate = ("generate", str(tmp_path / "spec.yaml"), "--out", "out", "--package", "p")
    b = tmp_path / "out" / "p" / "resources" / "b.py"
    write_spec(_two_resources("a", "b"))
    assert cli(*generate)[0] == 0
    b.write_text(b.read_text() + "# mine\n")
    # Its resource gone, the edited module stays, as the user's own.
    write_spec(_two_resources("a"))
    status, _, err = cli(*generate)
    assert status == 0 and "b.py: no longer generated, but it holds a hand edit: kept" in err
    assert b.read_text().endswith("# mine\n")
    # Back again, the edit is merged into what the generator makes.
    write_spec(_two_resources("a", "b"))
    status, printed, err = cli(*generate)
    assert status == 0 and "kept hand edits in 1 file(s)" in printed, err
    assert b.read_text().endswith("# mine\n") and "def get(" in b.read_text()
    # A file of the user's own where the generator comes to write one: refused.
    c = tmp_path / "out" / "p" / "resources" / "c.py"
    c.write_text("MINE = 1\n")
    write_spec(_two_resources("a", "b", "c"))
    before = {p: p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    status, _, err = cli(*generate)
    assert status == 1 and "c.py: a file the generator did not write is where it now" in err
    assert before == {p: p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    c.unlink()
    assert cli(*generate)[0] == 0 and "MINE" not in c.read_text()


def test_a_manifest_that_cannot_be_read_does_not_block_a_regeneration(cli, write_spec, tmp_path):
    # As a merge conflict in it leaves it: every file then looks like a stranger's.
    generate = ("generate", str(tmp_path / "spec.yaml"), "--out", "out", "--package", "p")
    write_spec(_two_resources("a"))
    assert cli(*generate)[0] == 0
    manifest = tmp_path / "out" / ".generator-manifest.json"
    manifest.write_text("<<<<<<< ours\n" + manifest.read_text() + "=======\n>>>>>>> theirs\n")
    write_spec(_two_resources("a", "b"))
    status, _, err = cli(*generate)
    assert status == 0, err


def test_pristine_must_name_a_file_the_generator_writes(cli, write_spec, tmp_path):
    generate = ("generate", str(write_spec(_two_resources("a"))), "--out", "out", "--package", "p")
    assert cli(*generate)[0] == 0
    for wrong in ("../../etc/passwd", "p/resources/nothing.py", "out/p/resources/a.py"):
        status, _, err = cli(*generate, "--pristine", wrong)
        assert status == 1 and f"{wrong}: --pristine names no file the generator writes" in err
    assert cli(*generate, "--pristine", "p/resources/a.py")[0] == 0
