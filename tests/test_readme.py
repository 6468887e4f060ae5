"""The README's Python examples type-check against the committed client."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

FENCE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def examples() -> list[str]:
    return FENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_python_examples():
    assert len(examples()) >= 8


def test_the_readme_examples_pass_mypy_strict(tmp_path):
    files = []
    for index, code in enumerate(examples()):
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
