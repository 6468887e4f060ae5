"""How the corpus's methods are named: how many need a numeric suffix.

    python scripts/method_names.py [--group G]... [--show N]

Reads each corpus document (see scripts/corpus.py) as far as the named IR
(no rendering), and counts its client's methods and those whose name ends in
a number the generator added (``get_2``) rather than one the operationId has.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents  # noqa: E402
from generator.config import Target  # noqa: E402
from generator.errors import SpecError  # noqa: E402
from generator.naming import words  # noqa: E402
from generator.pipeline import client_api, load_composed  # noqa: E402

_SUFFIX = re.compile(r"_(\d+)$")


def suffixed(name: str, operation_id: str) -> bool:
    """A trailing number the operationId does not have (``v0.1`` has one)."""
    found = _SUFFIX.search(name)
    return bool(found) and found.group(1) not in words(operation_id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", action="append", help="only these groups (repeatable)")
    parser.add_argument("--show", type=int, default=0, help="list this many suffixed methods")
    parser.add_argument("--dump", metavar="FILE", help="write every method's name to FILE (JSON)")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    shown: list[str] = []
    names: dict[str, str] = {}
    for group, paths in documents().items():
        if args.group and group not in args.group:
            continue
        counts = totals.setdefault(group, [0, 0, 0])
        for path in paths:
            if "microsoft.com/graph" in str(path):
                continue
            try:
                target = Target(spec=path)
                api = client_api(target, load_composed(target), report=None)
            except (SpecError, RecursionError):
                continue
            counts[0] += 1
            for resource in api.resources:
                for op in resource.operations:
                    counts[1] += 1
                    names[f"{group}/{path.name}/{op.operation_id}/{op.method} {op.path}"] = (
                        f"{resource.name}.{op.name}"
                    )
                    if suffixed(op.name, op.operation_id):
                        counts[2] += 1
                        shown.append(
                            f"{path.name}: {op.method} {op.path} -> {resource.name}.{op.name}"
                        )
    print(f"{'group':<12}{'documents':>10}{'methods':>10}{'suffixed':>10}")
    for group, (docs, methods, bad) in totals.items():
        print(f"{group:<12}{docs:>10}{methods:>10}{bad:>10}")
    docs, methods, bad = (sum(c[i] for c in totals.values()) for i in range(3))
    print(f"{'all':<12}{docs:>10}{methods:>10}{bad:>10}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(names, indent=0, sort_keys=True), encoding="utf-8")
    for line in shown[: args.show]:
        print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
