"""Whether a Python satisfies the project's requires-python: exit 0, or say
why and exit 1. Runs on any Python 3 (it reads pyproject.toml without tomllib).

    python3.12 scripts/python_ok.py
"""

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def main() -> int:
    found = re.search(
        r'^requires-python\s*=\s*">=\s*(\d+)\.(\d+)', PYPROJECT.read_text(encoding="utf-8"), re.M
    )
    needed = (int(found.group(1)), int(found.group(2))) if found else (3, 11)
    have = sys.version_info[:2]
    if have >= needed:
        return 0
    print(
        f"Python {have[0]}.{have[1]} ({sys.executable}) is too old: this project needs "
        f"{needed[0]}.{needed[1]} or newer; choose one with PYTHON=, e.g. "
        f"'make regenerate PYTHON=python{needed[0]}.{needed[1]}'",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
