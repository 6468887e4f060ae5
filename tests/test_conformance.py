"""The generated suite as a conformance check: every operation has a test, and
a client that sends what the spec forbids is caught by Prism."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from conformance import Prism, ensure_prism  # noqa: E402

GENERATED = ROOT / "generated"


def test_every_operation_has_a_conformance_test():
    spec = json.loads((GENERATED / "openapi.json").read_text())
    operations = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    tested = set()
    for path in (GENERATED / "tests").glob("test_*.py"):
        tested |= set(re.findall(r'api\.begin\(\s*"([^"]+)"', path.read_text()))
    assert len(operations) == 40
    assert (
        operations - tested == set()
    ), f"operations without a conformance test: {sorted(operations - tested)}"


def test_a_misspelled_wire_name_fails_against_prism(tmp_path):
    ensure_prism()
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    module = copy / "twilio_flex" / "resources" / "plugins.py"
    source = module.read_text()
    assert '"UniqueName": unique_name' in source
    module.write_text(source.replace('"UniqueName": unique_name', '"UniqeName": unique_name'))
    with Prism(copy / "openapi.json") as prism:
        env = {**os.environ, "FLEX_TEST_MODE": "server", "FLEX_BASE_URL": prism.url}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_plugins.py",
                "-k",
                "test_create",
            ],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "createPlugin: the server rejected the request with 422" in output
    assert "must have required property 'UniqueName'" in output


def test_without_node_the_prism_run_fails_saying_how_to_install_it(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # no node, no npm
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "conformance.py")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Node.js 18.20 or newer, with npm, is needed" in result.stderr
    assert "apt-get install nodejs npm" in result.stderr


def test_a_response_that_breaks_its_schema_fails_naming_the_pointer(monkeypatch):
    import pytest

    monkeypatch.syspath_prepend(str(GENERATED / "tests"))
    import _conformance

    settings = _conformance.Settings.from_env("FLEX", GENERATED / "openapi.json")
    answer = _conformance.Answer(200, {"sid": "nope", "archived": False})
    with pytest.raises(
        pytest.fail.Exception, match=r"fetchPlugin: .*\n  at /sid: 'nope' does not match"
    ):
        _conformance.validate_response(settings, "fetchPlugin", answer, "")
    valid = _conformance.Answer(200, {"sid": "FP" + "a" * 32, "friendly_name": None})
    _conformance.validate_response(settings, "fetchPlugin", valid, "")


def test_openapi_30_nullable_is_understood(monkeypatch):
    monkeypatch.syspath_prepend(str(GENERATED / "tests"))
    from _schemas import SchemaChecker

    spec = {
        "openapi": "3.0.1",
        "paths": {},
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "properties": {
                        "n": {"type": "string", "nullable": True},
                        "nullable": {"type": "integer"},  # a property, not the keyword
                    },
                }
            }
        },
    }
    checker = SchemaChecker(spec)
    assert checker.errors("/components/schemas/X", {"n": None, "nullable": 1}) == []
    assert checker.errors("/components/schemas/X", {"n": 3}) == [
        "/n: 3 is not of type 'string', 'null'"
    ]
    assert checker.errors("/components/schemas/X", {"nullable": "x"}) == [
        "/nullable: 'x' is not of type 'integer'"
    ]


def test_a_discriminated_answer_is_checked_against_the_variant_it_names(monkeypatch):
    monkeypatch.syspath_prepend(str(GENERATED / "tests"))
    from _schemas import SchemaChecker

    def user(view: str) -> dict[str, object]:
        return {
            "type": "object",
            "required": ["login", view],
            "properties": {"login": {"type": "string"}, view: {"type": "integer"}},
        }

    spec = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {
            "schemas": {
                "User": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Private"},
                        {"$ref": "#/components/schemas/Public"},
                    ],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {
                            "private": "#/components/schemas/Private",
                            "public": "#/components/schemas/Public",
                        },
                    },
                },
                "Private": user("plan"),
                "Public": user("followers"),
            }
        },
    }
    checker = SchemaChecker(spec)
    at = "/components/schemas/User"
    assert checker.errors(at, {"kind": "private", "login": "a", "plan": 1}) == []
    # It names a variant it does not fit, though it fits the other one.
    assert checker.errors(at, {"kind": "private", "login": "a", "followers": 1}) != []
    assert checker.errors(at, {"kind": "robot", "login": "a", "plan": 1}) != []
    # Without the property (as GitHub's own examples are), it must fit a variant.
    assert checker.errors(at, {"login": "a", "followers": 1}) == []
    assert checker.errors(at, {"login": "a"}) != []
    assert checker.errors(at, "a string") != []


# Feature specs whose every operation Prism can mock (the others use what
# Prism does not route or validate: matrix and label paths, multipart files,
# two schemes in one requirement, fragments in paths).
PRISM_FEATURES = ["names", "pages", "relative", "safety", "unions", "values"]


@pytest.mark.parametrize("name", PRISM_FEATURES)
def test_a_feature_client_keeps_to_its_spec_against_prism(generated, name):
    out, _ = generated(name)
    prefix = re.search(r"from_env\(\s*['\"](\w+)", (out / "tests" / "conftest.py").read_text())
    assert prefix is not None
    ensure_prism()
    with Prism(out / "openapi.json") as prism:
        env = {
            **os.environ,
            f"{prefix.group(1)}_TEST_MODE": "server",
            f"{prefix.group(1)}_BASE_URL": prism.url,
        }
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "tests", "-q", "-rs", "-p", "no:cacheprovider"],
            cwd=out,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stdout[-3000:]
    # The spec's limits ran against the server, none skipped.
    assert "a server must refuse these" not in result.stdout


def test_a_broken_request_keeps_one_cookie_header_and_shows_no_credential(monkeypatch):
    monkeypatch.syspath_prepend(str(GENERATED / "tests"))
    from _conformance import _broken, _shown_request
    from _servers import Sent

    sent = Sent(
        "GET",
        "/items",
        [("api_key", "SECRET-Q"), ("page", "1")],
        [("X-Api-Key", "SECRET-H"), ("Cookie", "theme=dark; session=SECRET-C")],
        b"",
    )
    wrong = {
        "what": "with wrong credentials",
        "where": "credentials",
        "name": "",
        "value": [{"where": "cookie", "name": "session", "value": "wrong-credential"}],
    }
    broken = _broken(sent, wrong)
    assert broken.header_values("Cookie") == ["theme=dark; session=wrong-credential"]
    shown = _shown_request(sent, {"api_key", "x-api-key", "session"})
    assert "SECRET" not in shown and "page=1" in shown and "<hidden>" in shown
