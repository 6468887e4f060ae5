from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def minimal_spec(**paths: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
    }


@pytest.fixture
def write_spec(tmp_path: Path):
    """Write a spec (dict, or raw text/bytes) to a file and return its path."""

    def write(content: Any, name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        elif name.endswith(".json"):

            path.write_text(json.dumps(content), encoding="utf-8")
        else:
            import yaml

            # A JSON round trip unshares objects, so the YAML has no anchors.
            path.write_text(
                yaml.safe_dump(json.loads(json.dumps(content)), sort_keys=False), encoding="utf-8"
            )
        return path

    return write


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run the CLI in-process (from an empty directory); returns (status, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    from generator.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        try:
            status = main(list(args))
        except SystemExit as exc:
            status = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err

    return run


def run_python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


@pytest.fixture(autouse=True, scope="session")
def _own_cache_directory(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The generator's caches (compiled templates, API surfaces) go to a
    folder of the test session's, not the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
