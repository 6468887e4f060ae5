"""The golden trees: what the generator makes of each feature spec, committed.

Every spec in tests/features/ is generated, and the files rendered from
templates (models, resources, client, tests, README, pyproject) are kept
under tests/features/golden/NAME/, so that a change to a template or the
generator shows its effect in review, as generated/ does for Flex. The files
copied as they are from templates/ (the runtime, the tests' harness), the
composed spec, the pristine copies and the manifest are left out.

    python scripts/golden.py           write the trees again
    python scripts/golden.py --check   exit 1, with a diff, when one is stale
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "tests" / "features"
GOLDEN = FEATURES / "golden"
sys.path.insert(0, str(ROOT))

from generator.render import HARNESS_FILES, RUNTIME_FILES  # noqa: E402

# Not kept: copies of templates/ files, and what the generator writes for itself.
LEFT_OUT = frozenset(
    {"openapi.json", ".generator-manifest.json", "CHANGELOG.md"}
    | {f"tests/{name}" for name in HARNESS_FILES}
)


def specs() -> dict[str, Path]:
    """Each feature spec by name: the YAML files, and the spec split over files."""
    found = {path.stem: path for path in sorted(FEATURES.glob("*.yaml"))}
    found["split"] = FEATURES / "split" / "openapi.yaml"
    return found


def package_of(name: str) -> str:
    return f"feat_{name}"


def kept_files(out: Path, package: str) -> dict[str, str]:
    """The files of a generated folder a golden tree keeps, by relative path."""
    runtime = {f"{package}/{name}" for name in (*RUNTIME_FILES, "py.typed")}
    found = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out).as_posix()
        if not path.is_file() or relative.startswith(".pristine/") or "__pycache__" in relative:
            continue
        if relative in LEFT_OUT or relative in runtime or relative.endswith(".pyc"):
            continue
        found[relative] = path.read_text(encoding="utf-8")
    return found


def differences(name: str, made: dict[str, str]) -> list[str]:
    """A unified diff of the golden tree of ``name`` against ``made``."""
    committed = kept_files(GOLDEN / name, package_of(name)) if (GOLDEN / name).is_dir() else {}
    lines: list[str] = []
    for relative in sorted(committed.keys() | made.keys()):
        old, new = committed.get(relative), made.get(relative)
        if old == new:
            continue
        lines += difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            f"golden/{name}/{relative}" if old is not None else "/dev/null",
            f"generated/{name}/{relative}" if new is not None else "/dev/null",
        )
    return lines


def generate(name: str, spec: Path, out: Path) -> dict[str, str]:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out),
         "--package", package_of(name)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if run.returncode != 0:
        sys.exit(f"{spec}: generation failed:\n{run.stderr}")
    return kept_files(out, package_of(name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    check = parser.parse_args().check
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        # A cache of the run's own: nothing read from or left in the user's.
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        for name, spec in specs().items():
            made = generate(name, spec, Path(tmp) / name)
            diff = differences(name, made)
            if not diff:
                continue
            stale.append(name)
            if check:
                sys.stdout.writelines(diff[:200])
                continue
            shutil.rmtree(GOLDEN / name, ignore_errors=True)
            for relative, text in made.items():
                path = GOLDEN / name / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for gone in sorted({p.name for p in GOLDEN.glob("*") if p.is_dir()} - specs().keys()):
        stale.append(gone)
        if not check:
            shutil.rmtree(GOLDEN / gone)
    if check and stale:
        print(f"stale golden trees: {', '.join(stale)}; run `make regenerate`", file=sys.stderr)
        return 1
    print(
        f"golden trees: {len(specs())} specs, {'rewritten: ' + ', '.join(stale) if stale else 'up to date'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
