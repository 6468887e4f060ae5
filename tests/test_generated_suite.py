"""The generated test suite as a conformance suite users can trust: it covers
more than the happy path, it never passes a check it could not run, it is
safe on a live account, it survives vendoring, and it catches real faults.

Live mode runs against ``fake_flex``, a stateful stand-in for Twilio's Flex
API seeded like a working account."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
import pytest

from conftest import ROOT
from fake_flex import FakeFlex

GENERATED = ROOT / "generated"
ACCOUNT = "AC" + "b" * 32
TOKEN = "live-auth-token"


def run_suite(
    tree: Path, *args: str, env: dict[str, str] | None = None, tests: str = "tests"
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("FLEX_", "TWILIO_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", tests, "-p", "no:cacheprovider", "-q", "-rs", *args],
        cwd=tree,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def summary(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    last = result.stdout.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|error)", last)}


# -- what the suite covers ------------------------------------------------------------------


def test_every_list_walks_two_pages_and_every_documented_error_is_tested():
    spec = json.loads((GENERATED / "openapi.json").read_text())
    tests = "\n".join(p.read_text() for p in (GENERATED / "tests").glob("test_*.py"))
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            body = _test_bodies(tests, op["operationId"])
            errors = [s for s in op["responses"] if not s.startswith("2")]
            assert errors, op["operationId"]
            for status in errors:
                wanted = status if status.isdigit() else ("404" if "get" in item else "400")
                if status == "default":
                    continue  # tested as 404 (a read) or 400 (a write) unless documented
                assert f"expect_error(" in body and f"{wanted},\n" in body, (
                    op["operationId"],
                    status,
                )
            if op["operationId"].startswith("list"):
                assert "api.walk(" in body, op["operationId"]
    retries = (GENERATED / "tests" / "test_retries.py").read_text()
    assert "def test_a_read_is_retried_after_503" in retries
    assert "def test_a_write_is_not_retried_after_503" in retries
    assert "def test_a_write_is_retried_after_429" in retries


def test_each_answer_body_is_written_once_per_module():
    """A body several tests send (a list's first page, walked again; one
    error body for every 404) is a module constant, not pasted into each."""
    import ast

    modules = sorted((GENERATED / "tests").glob("test_*.py"))
    modules += sorted((ROOT / "tests" / "features" / "golden").glob("*/tests/test_*.py"))
    constants = 0
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        sent: list[str] = []
        for node in ast.walk(tree):
            harness = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "api"
            )
            if not harness:
                continue
            values = [k.value for k in node.keywords if k.arg in ("body", "first")]
            if node.func.attr == "respond":
                values += node.args[1:2]
            sent += [ast.dump(v) for v in values if isinstance(v, (ast.Dict, ast.List))]
        repeated = {body for body in sent if sent.count(body) > 1}
        assert not repeated, f"{module.name}: {len(repeated)} answer bodies written twice"
        constants += sum(isinstance(n, ast.Assign) and n.targets[0].id.isupper() for n in tree.body)
    assert constants > 20  # the check above read real modules


def _test_bodies(text: str, operation_id: str) -> str:
    """The text of every test that begins with ``operation_id``."""
    found = re.findall(
        r"\ndef test_[^\n]*\n(?:    [^\n]*\n|\n)*?    api\.begin\(\s*\""
        + re.escape(operation_id)
        + r"\"(?:.|\n)*?(?=\n\ndef |\Z)",
        text,
    )
    assert found, operation_id
    return "\n".join(found)


# -- honest by construction -------------------------------------------------------------------


def test_without_jsonschema_the_run_stops_saying_what_to_install(tmp_path):
    blocked = tmp_path / "blocked" / "jsonschema"
    blocked.mkdir(parents=True)
    (blocked / "__init__.py").write_text("raise ImportError('not installed')\n")
    result = run_suite(GENERATED, env={"PYTHONPATH": str(blocked.parent)})
    assert result.returncode == 4, result.stdout + result.stderr
    assert "jsonschema is not installed" in result.stderr
    assert "pip install jsonschema" in result.stderr
    assert "passed" not in result.stdout


def test_without_the_spec_beside_it_the_run_stops_saying_what_to_restore(tmp_path):
    copy = tmp_path / "generated"
    _copy_tree(GENERATED, copy)
    (copy / "openapi.json").unlink()
    result = run_suite(copy)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "openapi.json is missing" in result.stderr
    assert "Restore it" in result.stderr


def test_a_header_sent_twice_fails_the_request_check(monkeypatch):
    monkeypatch.syspath_prepend(str(GENERATED / "tests"))
    from _servers import Sent

    sent = Sent(
        "GET",
        "/v1/PluginService/Plugins",
        [],
        [("Accept", "application/json"), ("accept", "application/json")],
        b"",
    )
    assert sent.header_values("ACCEPT") == ["application/json", "application/json"]
    with pytest.raises(AssertionError, match="header Accept sent 2 times"):
        sent.header("Accept")


def test_an_unknown_test_mode_is_refused():
    result = run_suite(GENERATED, env={"FLEX_TEST_MODE": "livee"})
    assert result.returncode == 4
    assert "FLEX_TEST_MODE must be one of offline, loopback, server, live" in result.stderr


# -- live mode, against a stateful fake of the Flex API --------------------------------------------


def live_env(flex: FakeFlex, **flags: str) -> dict[str, str]:
    return {
        "FLEX_TEST_MODE": "live",
        "FLEX_BASE_URL": flex.url + "/v1",
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "FLEX_KNOWN_DRIFT": str(ROOT / "tests" / "flex_known_drift.txt"),
        **flags,
    }


def skip_reasons(result: subprocess.CompletedProcess[str]) -> set[str]:
    return {
        re.sub(r"^SKIPPED \[\d+\] [^:]+:\d+: ", "", line)
        for line in result.stdout.splitlines()
        if line.startswith("SKIPPED")
    }


def test_live_mode_reads_only_by_default():
    with FakeFlex(ACCOUNT, TOKEN) as flex:
        flex.seed()
        before = json.dumps(flex.configuration, sort_keys=True)
        result = run_suite(GENERATED, env=live_env(flex))
    assert result.returncode == 0, result.stdout[-3000:]
    counts = summary(result)
    assert counts.get("failed", 0) == 0 and counts["passed"] >= 60, counts
    assert {r.method for r in flex.received} == {"GET"}, "a write reached the account"
    assert json.dumps(flex.configuration, sort_keys=True) == before
    assert "changes data on a live account: set FLEX_ALLOW_WRITES=1 to run it" in skip_reasons(
        result
    )


def test_live_mode_with_writes_cleans_up_and_never_touches_the_configuration():
    with FakeFlex(ACCOUNT, TOKEN) as flex:
        flex.seed()
        before = json.dumps(flex.configuration, sort_keys=True)
        result = run_suite(GENERATED, "-W", "always", env=live_env(flex, FLEX_ALLOW_WRITES="1"))
        output = result.stdout
        assert result.returncode == 0, output[-3000:]
        assert summary(result).get("failed", 0) == 0
        # Writes ran on resources the tests made, found real ids by listing...
        made = [r for r in flex.received if r.method == "POST" and r.path.endswith("/Plugins")]
        assert made, "no plugin was created"
        assert not any(
            "PluginSid-1" in r.path or "FlexFlowSid-1" in dict(r.form).get("FlexFlowSid", "")
            for r in flex.received
        ), "a placeholder id reached the account"
        # ...and left nothing behind, the Flex Configuration untouched.
        assert flex.leftovers() == []
        assert flex.configuration_writes == []
        assert json.dumps(flex.configuration, sort_keys=True) == before
    # A value outside an enum that is listed as known drift is reported, not failed.
    assert "listFlexFlows: known drift at /flex_flows/0/channel_type: 'telegram' is not one of" in (
        output
    )
    # What is skipped says why; a missing id is never a skip when the account has one.
    reasons = skip_reasons(result)
    assert reasons <= {
        "changes the account itself (its configuration, or what cannot be undone): "
        "set FLEX_ALLOW_CONFIG_WRITES=1 to run it",
        "nothing lists what this call works on, and making one could not be undone: "
        "live mode has no id to use",
    }, reasons


def test_live_mode_fails_a_value_outside_an_enum_unless_it_is_known_drift():
    with FakeFlex(ACCOUNT, TOKEN) as flex:
        flex.seed()
        env = live_env(flex, FLEX_KNOWN_DRIFT=str(ROOT / "no-such-file.txt"))
        result = run_suite(GENERATED, env=env, tests="tests/test_flex_flows.py")
    assert result.returncode == 1
    assert "listFlexFlows: the 200 response does not match its schema in the spec:" in result.stdout
    assert "at /flex_flows/0/channel_type: 'telegram' is not one of" in result.stdout


def test_live_configuration_writes_send_back_what_they_read():
    with FakeFlex(ACCOUNT, TOKEN) as flex:
        flex.seed()
        flex.configuration["ui_language"] = "fr-FR"
        before = json.loads(json.dumps(flex.configuration))
        env = live_env(flex, FLEX_ALLOW_WRITES="1", FLEX_ALLOW_CONFIG_WRITES="1")
        result = run_suite(GENERATED, env=env, tests="tests/test_configuration.py")
        assert result.returncode == 0, result.stdout[-3000:]
        assert summary(result)["passed"] == 14
        # The update, and the valid call before and after its limits, sync and
        # async: each sends back what it read (the broken ones were all refused).
        assert len(flex.configuration_writes) == 6
        for write in flex.configuration_writes:
            assert write["account_sid"] == ACCOUNT  # from the credentials
            assert {k: v for k, v in write.items() if k != "account_sid"} == {
                "ui_attributes": before["ui_attributes"],
                "ui_language": "fr-FR",
            }
        assert flex.configuration == before


# -- vendoring ------------------------------------------------------------------------------------


def test_a_client_generated_under_another_name_runs_its_own_tests(tmp_path, cli):
    out = tmp_path / "vendored"
    status, _, err = cli(
        "--config",
        str(ROOT / "pyproject.toml"),
        "generate",
        "--package",
        "acme_flex",
        "--out",
        str(out),
    )
    assert status == 0, err
    tests = out / "tests"
    assert "import acme_flex" in (tests / "conftest.py").read_text()
    assert not any("twilio_flex" in p.read_text() for p in tests.glob("*.py"))
    result = run_suite(out, "-k", "plugins or configuration or retries")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert summary(result)["passed"] >= 40


# -- mutation testing ----------------------------------------------------------------------------


def test_every_planted_fault_is_caught():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mutation.py")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mutation score (offline): 6 of 6 faults caught" in result.stdout


def test_every_planted_api_bug_is_caught_and_the_unchanged_fake_passes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_bugs.py")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated suite, unchanged fake: passes" in result.stdout
    assert "API bugs (generated suite): 24 of 24 caught, 0 false failure(s)" in result.stdout


def _copy_tree(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
