from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "tests" / "features"
sys.path.insert(0, str(ROOT))

# The golden trees hold generated test modules: they are read, never run here.
collect_ignore_glob = ["features/golden/*"]


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


def children() -> set[int]:
    """The processes this one started and has not waited for (Linux)."""
    return {
        int(pid)
        for task in Path("/proc/self/task").iterdir()
        for pid in (task / "children").read_text().split()
    }


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
    """The generator's caches (output files' digests; compiled templates
    where the generator's installation is read-only) go to a folder of the
    test session's, not the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


# -- the feature specs, each generated once per session ---------------------------------


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[Path, str]]:
    """Generate a feature spec once per session: (output folder, stderr)."""
    made: dict[str, tuple[Path, str]] = {}

    def make(name: str) -> tuple[Path, str]:
        if name not in made:
            out = tmp_path_factory.mktemp(name) / "out"
            spec = FEATURES / f"{name}.yaml"
            if not spec.exists():
                spec = FEATURES / name / "openapi.yaml"  # a spec split over files
            run = subprocess.run(
                [
                    sys.executable, "-m", "generator", "generate", str(spec),
                    "--out", str(out), "--package", f"feat_{name}",
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )  # fmt: skip
            assert run.returncode == 0, run.stderr
            assert "Traceback" not in run.stderr
            made[name] = (out, run.stderr)
        return made[name]

    return make


def package(generated: Callable[[str], tuple[Path, str]], name: str) -> Any:
    out, _ = generated(name)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return importlib.import_module(f"feat_{name}")


def both(
    pkg: Any, answer: Any, action: Callable[[Any], Any], **options: Any
) -> list[tuple[Any, list[httpx.Request]]]:
    """``action(client)`` with a Client and with an AsyncClient (awaiting what
    it returns): [(result, requests sent)] for each."""
    results = []
    for asynchronous in (False, True):
        sent: list[httpx.Request] = []

        def handle(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            body = answer(request)
            return body if isinstance(body, httpx.Response) else httpx.Response(200, json=body)

        transport = httpx.MockTransport(handle)
        if not asynchronous:
            c = pkg.Client(http_client=httpx.Client(transport=transport), max_retries=0, **options)
            results.append((action(c), sent))
            continue

        async def run() -> Any:
            c = pkg.AsyncClient(
                http_client=httpx.AsyncClient(transport=transport), max_retries=0, **options
            )
            result = action(c)
            return await result if inspect.isawaitable(result) else result

        results.append((asyncio.run(run()), sent))
    return results


def nothing(request: httpx.Request) -> httpx.Response:
    return httpx.Response(204)
