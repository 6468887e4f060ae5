"""The generator as a tool: its wheel, installed into a fresh venv, generates a
working client from any folder, with no file of this repo at hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import FEATURES, ROOT


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_wheel_installs_and_generates_a_working_client_anywhere(tmp_path):
    wheels = tmp_path / "wheels"
    built = run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)], tmp_path)  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("*.whl")
    venv = tmp_path / "tool"
    assert run([sys.executable, "-m", "venv", str(venv)], tmp_path).returncode == 0
    installed = run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "-c", str(ROOT / "constraints.txt"), str(wheel)], tmp_path)  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-2000:]
    # Far from the repo: the spec is copied, and the tool runs in an empty folder.
    work = tmp_path / "elsewhere"
    work.mkdir()
    spec = work / "api.yaml"
    spec.write_text((FEATURES / "pages.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    for command, out in (
        ([str(venv / "bin" / "flex-generator")], "by_script"),
        ([str(venv / "bin" / "python"), "-m", "generator"], "by_module"),
    ):
        generated = run([*command, "generate", str(spec), "--out", out, "--package", "acme_pages"], work)  # fmt: skip
        assert generated.returncode == 0, generated.stderr[-2000:]
        # The client's own tests (pytest and jsonschema come from the test environment).
        tests = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], work / out)  # fmt: skip
        assert tests.returncode == 0, tests.stdout[-2000:]
        assert " passed" in tests.stdout
