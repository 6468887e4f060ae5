"""Plant API bugs in the fake Flex API, one at a time, and count how many the
generated suite catches in live mode (with writes allowed). With
--schemathesis, Schemathesis runs against the same fakes and is scored the
same way.

Each bug is one a real API ships with: a field of the wrong type, a date in
another format, a create answering 200 where the spec says 201, a next link
that never moves on, invalid input accepted, an HTML content type,
unauthenticated requests served... A bug is caught when the run fails
against the fake with it; the unchanged fake must give no failure (a false
failure is counted, and is an error too). The copy of the fake is thrown
away; tests/fake_flex.py is never touched.

    python scripts/api_bugs.py [--schemathesis PATH] [--only TEXT]

Exit status 0 when our suite catches every bug and passes on the unchanged
fake, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
FAKE = ROOT / "tests" / "fake_flex.py"
DRIFT = ROOT / "tests" / "flex_known_drift.txt"
ACCOUNT, TOKEN = "AC" + "b" * 32, "api-bugs-auth-token"


@dataclass(frozen=True)
class Bug:
    name: str
    old: str  # text of tests/fake_flex.py that must appear exactly once
    new: str


BUGS = (
    Bug(
        "a field of the wrong type (a plugin's archived as a number)",
        '            "archived": False,\n            "date_created": NOW,\n'
        '            "date_updated": NOW,\n            "url": f"{base}/PluginService/Plugins/{sid}",',
        '            "archived": 0,\n            "date_created": NOW,\n'
        '            "date_updated": NOW,\n            "url": f"{base}/PluginService/Plugins/{sid}",',
    ),
    Bug(
        "dates in another format (RFC 2822, not RFC 3339)",
        'NOW = "2020-01-10T20:00:00Z"',
        'NOW = "Fri, 10 Jan 2020 20:00:00 +0000"',
    ),
    Bug(
        "a create answers 200 where the spec says 201",
        '        self.server.created.append(plugin["sid"])\n        return 201, plugin',
        '        self.server.created.append(plugin["sid"])\n        return 200, plugin',
    ),
    Bug(
        "a delete answers 200 with a body where the spec says 204",
        "        del self.server.flex_flows[m[1]]\n        return 204, None",
        '        del self.server.flex_flows[m[1]]\n        return 200, {"deleted": True}',
    ),
    Bug(
        "a next link that never moves on",
        '"next_page_url": url(page + 1) if more else None',
        '"next_page_url": url(page) if more else None',
    ),
    Bug(
        "pages larger than the page size asked for",
        "chunk = items[page * size : (page + 1) * size]",
        "chunk = items[page * size : (page + 1) * size + 1]",
    ),
    Bug(
        "meta.key names another key than the items'",
        '                "key": key,\n            },',
        '                "key": "items",\n            },',
    ),
    Bug(
        "a required argument left out is accepted",
        'base, r.required("UniqueName"), r.form.get("FriendlyName")',
        'base, r.form.get("UniqueName", ""), r.form.get("FriendlyName")',
    ),
    Bug(
        "a page size out of bounds is accepted",
        "not 1 <= int(size_text) <= 1000",
        "not 0 <= int(size_text)",
    ),
    Bug(
        "a boolean that is not one is accepted",
        '        if value not in ("true", "false"):\n'
        '            raise invalid(f"{name} must be true or false, not {value!r}")',
        "        if value not in ('true', 'false'):\n            value = 'false'",
    ),
    Bug(
        "an answer served as HTML",
        'self.send_header("Content-Type", "application/json")',
        'self.send_header("Content-Type", "text/html; charset=utf-8")',
    ),
    Bug(
        "requests without credentials are served",
        'if self.headers.get("Authorization") != self.server.expected_auth:',
        'if self.headers.get("Authorization") not in (None, self.server.expected_auth):',
    ),
    Bug(
        "wrong credentials are accepted",
        'if self.headers.get("Authorization") != self.server.expected_auth:',
        'if not self.headers.get("Authorization"):',
    ),
    Bug(
        "a value outside a closed enum (a configuration status)",
        '            "status": "ok",',
        '            "status": "OK",',
    ),
    Bug(
        "a URI that is not absolute (a plugin's url)",
        '            "url": f"{base}/PluginService/Plugins/{sid}",',
        '            "url": f"/v1/PluginService/Plugins/{sid}",',
    ),
    Bug(
        "a required answer field missing (a fetched plugin's sid)",
        "    def fetch_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:\n"
        "        return 200, self._plugin(m[1])",
        "    def fetch_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:\n"
        '        return 200, {k: v for k, v in self._plugin(m[1]).items() if k != "sid"}',
    ),
    Bug(
        "an update answered but not stored",
        "            if name in r.form:\n                plugin[key] = r.form[name]",
        "            if name in r.form:\n                plugin = {**plugin, key: r.form[name]}",
    ),
    Bug(
        "a delete that leaves the channel there",
        "        self._channel(m[1])\n        del self.server.channels[m[1]]",
        "        self._channel(m[1])",
    ),
    Bug(
        "a created channel missing from the list",
        'return self._page(r, "flex_chat_channels", list(self.server.channels.values()))',
        'return self._page(r, "flex_chat_channels", list(self.server.channels.values())[:2])',
    ),
    Bug(
        "invalid input answered with a server error, not a 4xx",
        "    return Refused(400, 20001, message)",
        "    return Refused(500, 20001, message)",
    ),
    Bug(
        "text beyond ASCII stored mangled (a plugin's friendly name)",
        "            if name in r.form:\n                plugin[key] = r.form[name]",
        "            if name in r.form:\n"
        '                plugin[key] = r.form[name].encode().decode("latin-1")',
    ),
    Bug(
        "an optional argument required (a plugin's friendly name)",
        'base, r.required("UniqueName"), r.form.get("FriendlyName")',
        'base, r.required("UniqueName"), r.required("FriendlyName")',
    ),
    Bug(
        "the documented largest page size refused",
        "not 1 <= int(size_text) <= 1000",
        "not 1 <= int(size_text) <= 100",
    ),
    Bug(
        "error bodies without Twilio's code and message",
        '            {\n                "code": code,\n                "message": message,',
        '            {\n                "error": message,',
    ),
)


class Fake:
    """A fake Flex API from ``source``, served in its own process."""

    def __init__(self, source: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(source), ACCOUNT, TOKEN],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url:
            raise SystemExit(f"error: {source}: the fake did not start")

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@dataclass(frozen=True)
class Outcome:
    failed: bool
    failures: frozenset[str]  # what failed, as (operation, check) text
    said: str


def ours(url: str) -> Outcome:
    """Our generated suite in live mode."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLEX_", "TWILIO_"))}
    env.update(
        FLEX_TEST_MODE="live",
        FLEX_BASE_URL=url + "/v1",
        FLEX_ALLOW_WRITES="1",
        FLEX_KNOWN_DRIFT=str(DRIFT),
        TWILIO_ACCOUNT_SID=ACCOUNT,
        TWILIO_AUTH_TOKEN=TOKEN,
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests", "-x", "-q", "-p", "no:cacheprovider"],
        cwd=GENERATED,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"error: the generated suite could not run:\n{result.stdout[-3000:]}")
    failed = [line for line in result.stdout.splitlines() if line.startswith("E   ")]
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    said = failed[0].strip()[:160] if failed else last
    return Outcome(result.returncode == 1, frozenset(failed[:1]), said)


_SECTION = re.compile(r"^_+ (\S+ \S+) _+$")
_CHECK = re.compile(r"^- (ST\d+ .+)$")


def schemathesis(command: str, url: str) -> Outcome:
    """Schemathesis's CLI against the fake: every check, every phase, 25
    examples an operation, a fixed seed. Its failures are (operation, check)."""
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as scratch:
        result = subprocess.run(
            [
                command,
                "run",
                str(GENERATED / "openapi.json"),
                "--url",
                url + "/v1",
                "--auth",
                f"{ACCOUNT}:{TOKEN}",
                "--checks",
                "all",
                "--max-examples",
                "25",
                "--seed",
                "1",
                "--generation-database",
                "none",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=1800,
            cwd=scratch,
        )
    if result.returncode not in (0, 1):
        raise SystemExit(f"error: schemathesis could not run:\n{result.stderr[-3000:]}")
    failures: set[str] = set()
    operation = ""
    for line in result.stdout.splitlines():
        section, check = _SECTION.match(line), _CHECK.match(line)
        if section:
            operation = section.group(1)
        elif check and operation:
            failures.add(f"{operation}: {check.group(1)}")
    return Outcome(result.returncode == 1, frozenset(failures), "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schemathesis", help="the schemathesis command, to score it too")
    parser.add_argument("--only", help="only the bugs whose name contains this text")
    args = parser.parse_args(argv)
    runners: dict[str, Callable[[str], Outcome]] = {"generated suite": ours}
    if args.schemathesis:
        command = args.schemathesis
        runners["schemathesis"] = lambda url: schemathesis(command, url)
    bugs = [b for b in BUGS if not args.only or args.only in b.name]
    source = FAKE.read_text(encoding="utf-8")
    caught = {name: 0 for name in runners}
    baseline: dict[str, Outcome] = {}
    with tempfile.TemporaryDirectory(prefix="api-bugs-") as scratch:
        copy = Path(scratch) / "fake_flex.py"
        copy.write_text(source, encoding="utf-8")
        fake = Fake(copy)
        try:
            for name, run in runners.items():
                baseline[name] = outcome = run(fake.url)
                verdict = "FALSE FAILURE" if outcome.failed else "passes"
                print(f"{name}, unchanged fake: {verdict}")
                for failure in sorted(outcome.failures)[:40]:
                    print(f"    {failure}")
        finally:
            fake.close()
        for bug in bugs:
            if source.count(bug.old) != 1:
                print(f"error: tests/fake_flex.py: the code the bug '{bug.name}' changes is gone")
                return 1
            copy.write_text(source.replace(bug.old, bug.new), encoding="utf-8")
            fake = Fake(copy)
            try:
                for name, run in runners.items():
                    started = time.perf_counter()
                    outcome = run(fake.url)
                    # A run that fails on the unchanged fake catches a bug only
                    # with a failure it did not have there.
                    new = sorted(outcome.failures - baseline[name].failures)
                    found = outcome.failed and (not baseline[name].failed or bool(new))
                    caught[name] += found
                    seconds = time.perf_counter() - started
                    verdict = "caught" if found else "MISSED"
                    print(f"{verdict:7} {name}: {bug.name} [{seconds:.1f}s]")
                    for line in ([outcome.said] if outcome.said else new[:3]):
                        print(f"    {line}")
            finally:
                fake.close()
    for name in runners:
        false = len(baseline[name].failures) if baseline[name].failed else 0
        print(
            f"API bugs ({name}): {caught[name]} of {len(bugs)} caught, "
            f"{false} false failure(s) on the unchanged fake"
        )
    ok = caught["generated suite"] == len(bugs) and not baseline["generated suite"].failed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
