"""Mutation testing of the generated suite: plant one deliberate fault at a
time in a copy of the generated client and check that its tests fail.

Each fault is a bug a client could plausibly ship with. A fault the suite
does not catch is a hole in the suite. The copy is thrown away; generated/
is never touched.

    make mutation        (or: python scripts/mutation.py [--mode offline|loopback])

Exit status 0 when every fault is caught, 1 otherwise (or when the
unchanged suite does not pass to begin with).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Fault:
    name: str
    file: str  # under the package
    old: str  # text that must appear exactly once
    new: str


FAULTS = (
    Fault(
        "pagination stops after page 1",
        "_pagination.py",
        "    if not items:\n        next_url = next_cursor = None",
        "    next_url = next_cursor = None",
    ),
    Fault(
        "a header is dropped on later pages",
        "_pagination.py",
        '"GET", "", None, self.headers, self.cookies,',
        '"GET", "", None, {}, self.cookies,',
    ),
    Fault(
        "a dotted form name is sent undotted",
        "_encoding.py",
        "            for item in value:\n                yield name, scalar_text(item)\n"
        "        else:\n            yield name, scalar_text(value)",
        "            for item in value:\n                yield name, scalar_text(item)\n"
        '        else:\n            yield name.replace(".", ""), scalar_text(value)',
    ),
    Fault(
        "404 is mapped to the wrong class",
        "_exceptions.py",
        "    404: NotFoundError,",
        "    404: BadRequestError,",
    ),
    Fault(
        "a create is retried on 503",
        "_base_client.py",
        "status == 429 or safe and (status == 408 or status >= 500)",
        "status == 429 or (status == 408 or status >= 500)",
    ),
    Fault(
        "a datetime is left unparsed",
        "_models.py",
        "    if not isinstance(value, str) or not value:\n        return value\n    try:\n"
        "        return _dt.datetime.fromisoformat(value)",
        "    if True:\n        return value\n    try:\n"
        "        return _dt.datetime.fromisoformat(value)",
    ),
)


def package_name(tree: Path) -> str:
    found = [p.parent.name for p in tree.glob("*/_base_client.py")]
    if len(found) != 1:
        raise SystemExit(f"error: {tree}: expected one generated package, found {found}")
    return found[0]


def run_suite(tree: Path, mode: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TEST_MODE")}
    found = re.search(r"from_env\(\s*['\"](\w+)['\"]", (tree / "tests/conftest.py").read_text())
    if found is None:
        raise SystemExit(f"error: {tree}/tests/conftest.py: no environment prefix found")
    prefix = found.group(1)
    if mode != "offline":
        env[f"{prefix}_TEST_MODE"] = mode
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests", "-x", "-q", "-p", "no:cacheprovider"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    return result.returncode, (lines[0] if lines else result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("offline", "loopback"), default="offline")
    parser.add_argument("--generated", type=Path, default=GENERATED)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mutation-") as scratch:
        tree = Path(scratch) / "generated"
        shutil.copytree(args.generated, tree, ignore=shutil.ignore_patterns("__pycache__"))
        package = tree / package_name(tree)
        code, summary = run_suite(tree, args.mode)
        if code != 0:
            print(f"the unchanged suite does not pass ({summary}): nothing to measure")
            return 1
        print(f"unchanged suite: {summary}")
        caught = 0
        for fault in FAULTS:
            path = package / fault.file
            original = path.read_text(encoding="utf-8")
            if original.count(fault.old) != 1:
                print(f"error: {fault.file}: the code the fault '{fault.name}' changes is gone")
                return 1
            path.write_text(original.replace(fault.old, fault.new), encoding="utf-8")
            started = time.perf_counter()
            try:
                code, summary = run_suite(tree, args.mode)
            finally:
                path.write_text(original, encoding="utf-8")
            seconds = time.perf_counter() - started
            # 1: tests failed. Anything else (an error collecting them) is not a catch.
            verdict = "caught" if code == 1 else "MISSED" if code == 0 else f"ERROR ({code})"
            caught += code == 1
            print(f"{verdict:8} {fault.name}  [{seconds:.1f}s]\n         {summary}")
        print(f"mutation score ({args.mode}): {caught} of {len(FAULTS)} faults caught")
        return 0 if caught == len(FAULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
