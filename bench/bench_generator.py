"""How long the generator takes, and how much memory, against
openapi-python-client (the peer: Jinja2 + httpx like us) on the same spec in
the same run.

Each run is a fresh process writing into an empty directory; the median of
the runs is reported with the ratio. Spec: Twilio's published Flex v1 spec
(73 operations), the project's composed spec, or any given with --spec.
Both tools format their output (black here, ruff for the peer).

    make bench-generator   (or: python bench/bench_generator.py --peer PATH)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = [
    ROOT.parent / "shared" / "reference" / "twilio_flex_v1.yaml",
    ROOT / "generated" / "openapi.json",
]


# Runs a command and prints its peak RSS: a launcher per run keeps each
# run's memory high-water mark apart from the others'.
LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def run(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest process) of one run."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, cwd=ROOT
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed, int(result.stdout.split()[-1])


def measure(spec: Path, peer: str, runs: int) -> dict[str, list[tuple[float, int]]]:
    results: dict[str, list[tuple[float, int]]] = {
        "ours": [],
        "ours, nothing changed": [],
        "peer": [],
    }
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for i in range(runs):
            ours, theirs = work / f"ours{i}", work / f"theirs{i}"
            generate = [sys.executable, "-m", "generator", "generate", str(spec)]
            generate += ["--out", str(ours), "--package", "bench_client"]
            results["ours"].append(run(generate))
            results["ours, nothing changed"].append(run(generate))
            results["peer"].append(
                run(
                    [
                        peer,
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(theirs),
                        "--overwrite",
                    ]
                )
            )
            shutil.rmtree(ours)
            shutil.rmtree(theirs, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--peer", default=str(ROOT / ".venv-bench" / "bin" / "openapi-python-client")
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--spec", action="append", type=Path)
    args = parser.parse_args()
    if not os.access(args.peer, os.X_OK):
        raise SystemExit(
            f"openapi-python-client not found at {args.peer}: run 'make bench-generator'"
        )
    print(f"generation, median of {args.runs} runs (peer: openapi-python-client)\n")
    print(f"{'spec':<22}{'run':<24}{'seconds':>9}{'vs peer':>9}{'peak RSS':>11}{'vs peer':>9}")
    for spec in args.spec or SPECS:
        if not spec.exists():
            print(f"{spec.name:<22}missing, skipped")
            continue
        results = measure(spec, args.peer, args.runs)
        peer_time = statistics.median(t for t, _ in results["peer"])
        peer_rss = statistics.median(m for _, m in results["peer"])
        for name, values in results.items():
            seconds = statistics.median(t for t, _ in values)
            rss = statistics.median(m for _, m in values)
            print(
                f"{spec.name:<22}{name:<24}{seconds:>8.2f}s{seconds / peer_time:>8.2f}x"
                f"{rss / 1024:>8.0f}MiB{rss / peer_rss:>8.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
