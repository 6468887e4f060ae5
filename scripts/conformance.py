"""Run the generated test suite against a Prism mock server built from the
composed spec (generated/openapi.json), and stop Prism whatever happens.

Prism validates every request against the spec (a violation fails the test,
naming the operation and what Prism rejected) and answers with values
generated from the response schemas, which the tests validate in turn.

    make conformance        (or: python scripts/conformance.py [pytest args])
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
INSTALLED = ROOT / "node_modules" / ".installed"
NODE_HELP = (
    "Node.js 18.20 or newer, with npm, is needed to run the Prism mock server.\n"
    "Install it (on Debian or Ubuntu: apt-get install nodejs npm; elsewhere: https://nodejs.org)\n"
    "and run 'make conformance' again."
)


class ConformanceError(Exception):
    pass


def ensure_prism() -> str:
    """Install the pinned Prism (package-lock.json, scripts disabled) if needed; its version."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise ConformanceError(NODE_HELP)
    lock = ROOT / "package-lock.json"
    if (
        not PRISM.exists()
        or not INSTALLED.exists()
        or INSTALLED.stat().st_mtime < lock.stat().st_mtime
    ):
        print("installing Prism from package-lock.json (npm ci --ignore-scripts)", flush=True)
        result = subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=ROOT
        )
        if result.returncode != 0:
            raise ConformanceError("npm ci failed: see above")
        INSTALLED.touch()
    return subprocess.run(
        [str(PRISM), "--version"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    """A Prism mock server on 127.0.0.1, as a context manager."""

    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile("w+", prefix="prism-", suffix=".log", delete=False)
        self.process: subprocess.Popen[bytes] | None = None
        self.keep_log = False

    def __enter__(self) -> Prism:
        command = [
            str(PRISM),
            "mock",
            str(self.spec),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        # Schema-generated answers, the same on every run; violations are errors.
        command += ["--dynamic", "--seed", "flex", "--errors"]
        self.process = subprocess.Popen(
            command, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ConformanceError(
                    f"Prism exited with {self.process.returncode}:\n{self.output()}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise ConformanceError(f"Prism did not start listening within 60 s:\n{self.output()}")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()
        self.log.close()
        if not self.keep_log:
            Path(self.log.name).unlink(missing_ok=True)

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-5000:]


def main(argv: list[str]) -> int:
    generated = ROOT / "generated"
    spec = generated / "openapi.json"
    try:
        version = ensure_prism()
        with Prism(spec) as prism:
            print(
                f"Prism {version} mock server at {prism.url}, from {spec.relative_to(ROOT)}",
                flush=True,
            )
            env = {**os.environ, "FLEX_TEST_MODE": "server", "FLEX_BASE_URL": prism.url}
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-p",
                    "no:cacheprovider",
                    str(generated / "tests"),
                    *argv,
                ],
                env=env,
                cwd=ROOT,
            )
            if result.returncode != 0:
                prism.keep_log = True
                print(
                    f"the conformance run against Prism failed; Prism's log: {prism.log.name}",
                    file=sys.stderr,
                )
            else:
                print(f"conformance against Prism {version}: passed")
            return result.returncode
    except ConformanceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
