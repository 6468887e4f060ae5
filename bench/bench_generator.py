"""Generation speed and memory against openapi-python-client (the peer: a
Jinja2 + httpx generator like us, formatting with ruff), side by side.

Three real specs, fetched from npm (never committed): Twilio's Flex v1 (73
operations) and API v2010 (197), from the twilio-oai copy inside
@twilio-alpha/mcp, and GitHub's REST API (1,223) from @octokit/openapi.

Each figure is the wall time of the whole process (interpreter start
included), the median of --runs rounds; in each round the tools run one
after the other, alternating, so both see the same machine:

    cold        ours and the peer, each into a fresh output folder
    one op      ours, regenerating into its existing output after one
                operation changed (a new optional query parameter)
    no change   ours, regenerating with nothing changed
    check       ours, `check` on an output that is up to date

Peak memory is the largest resident set of any one process of the run.
Lines are the lines of the Python files each tool writes.

    make bench-generator   (or: python bench/bench_generator.py [--runs N] [--spec NAME])
    python bench/bench_generator.py --smoke   (Flex v1 once: shows it works, no figures)
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from corpus import fetch  # noqa: E402

TWILIO = ("@twilio-alpha/mcp", "0.7.0")
GITHUB = ("@octokit/openapi", "23.0.2")
SPECS = {
    "flex-v1": (TWILIO, "twilio-oai/spec/json/twilio_flex_v1.json"),
    "api-v2010": (TWILIO, "twilio-oai/spec/json/twilio_api_v2010.json"),
    "github": (GITHUB, "generated/api.github.com.json"),
}

# Runs a command and prints its wall time and peak RSS: a launcher per run
# keeps each run's high-water mark apart from the others', and timing the
# command inside it leaves the launcher's own start out of the figure.
LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "elapsed = time.perf_counter() - start\n"
    "sys.stderr.write(code.stderr.decode(errors='replace')[-3000:])\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code.returncode)\n"
)


def run(command: list[str], cwd: Path = ROOT, ok: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest process) of one run."""
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, cwd=cwd
    )
    if result.returncode not in ok:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    elapsed, rss = result.stdout.split()[-2:]
    return float(elapsed), int(rss)


def python_lines(folder: Path) -> int:
    """Lines of Python written, not counting our pristine copies (.pristine/)."""
    return sum(
        len(path.read_text(encoding="utf-8").splitlines())
        for path in folder.rglob("*.py")
        if ".pristine" not in path.relative_to(folder).parts
    )


def one_operation_changed(spec: Path, target: Path) -> None:
    """``spec`` with one more optional query parameter on its first operation."""
    document = json.loads(spec.read_text(encoding="utf-8"))
    changed = copy.deepcopy(document)
    for item in changed["paths"].values():
        operation = next(
            (item[m] for m in ("get", "post", "put", "patch", "delete") if m in item), None
        )
        if operation is not None:
            operation.setdefault("parameters", []).append(
                {
                    "name": "BenchmarkFilter",
                    "in": "query",
                    "required": False,
                    "description": "A parameter the benchmark adds.",
                    "schema": {"type": "string"},
                }
            )
            break
    target.write_text(json.dumps(changed), encoding="utf-8")


def measure(name: str, spec: Path, peer: str, runs: int) -> dict[str, list[tuple[float, int]]]:
    results: dict[str, list[tuple[float, int]]] = {
        key: [] for key in ("peer cold", "ours cold", "ours one op", "ours no change")
    }
    lines: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        work = Path(scratch)
        changed = work / "changed.json"
        one_operation_changed(spec, changed)
        for i in range(runs):
            ours, theirs = work / f"ours{i}", work / f"theirs{i}"

            def ours_generate(source: Path) -> list[str]:
                return [
                    sys.executable, "-m", "generator", "generate", str(source),
                    "--out", str(ours), "--package", "bench_client",
                ]  # fmt: skip

            peer_generate = [
                peer, "generate", "--path", str(spec), "--output-path", str(theirs),
                "--overwrite",
            ]  # fmt: skip
            # Alternate which tool goes first, round by round.
            order = ["ours", "peer"] if i % 2 == 0 else ["peer", "ours"]
            for tool in order:
                if tool == "ours":
                    results["ours cold"].append(run(ours_generate(spec)))
                else:
                    results["peer cold"].append(run(peer_generate, cwd=work))
            lines = {"ours": python_lines(ours), "peer": python_lines(theirs)}
            results["ours one op"].append(run(ours_generate(changed)))
            results["ours no change"].append(run(ours_generate(changed)))
            shutil.rmtree(ours)
            shutil.rmtree(theirs, ignore_errors=True)
    print_table(name, results, lines)
    return results


def print_table(
    name: str, results: dict[str, list[tuple[float, int]]], lines: dict[str, int]
) -> None:
    peer_time = statistics.median(t for t, _ in results["peer cold"])
    peer_rss = statistics.median(m for _, m in results["peer cold"])
    for run_name, values in results.items():
        seconds = statistics.median(t for t, _ in values)
        rss = statistics.median(m for _, m in values)
        tool = run_name.split()[0]
        shown_lines = f"{lines.get(tool, 0):>9,}" if run_name.endswith("cold") else " " * 9
        print(
            f"{name:<11}{run_name:<16}{seconds:>8.2f}s{seconds / peer_time:>7.2f}x"
            f"{rss / 1024:>8.0f}MiB{rss / peer_rss:>7.2f}x{shown_lines}",
            flush=True,
        )


def check_time(runs: int) -> float:
    """`check` on the project's own, up-to-date output."""
    times = [run([sys.executable, "-m", "generator", "check"])[0] for _ in range(runs)]
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--peer", default=str(ROOT / ".venv-bench" / "bin" / "openapi-python-client")
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--spec", action="append", choices=sorted(SPECS))
    parser.add_argument(
        "--smoke", action="store_true", help="one round on Flex v1, to show the benchmark works"
    )
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.spec = 1, ["flex-v1"]
    args.peer = os.path.abspath(args.peer)  # the peer runs in a scratch folder
    if not os.access(args.peer, os.X_OK):
        raise SystemExit(
            f"openapi-python-client not found at {args.peer}: run 'make bench-generator'"
        )
    if args.runs < 3 and not args.smoke:
        raise SystemExit("--runs: at least 3 (a median of fewer says little)")
    chosen = args.spec or list(SPECS)
    specs = {name: fetch(*SPECS[name][0]) / SPECS[name][1] for name in chosen}
    print(
        f"median of {args.runs} rounds, whole process; ratios against the peer's cold run\n"
        f"{'spec':<11}{'run':<16}{'time':>9}{'ratio':>8}{'peak RSS':>11}{'ratio':>8}{'lines':>9}"
    )
    for name in chosen:
        measure(name, specs[name], args.peer, args.runs)
    print(f"\ncheck on generated/ (up to date): {check_time(args.runs):.2f}s")
    if args.smoke:
        print("smoke run: one round, the figures mean nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
