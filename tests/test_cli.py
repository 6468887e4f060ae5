"""The command line: exit codes, messages, and generation for any spec."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, children, minimal_spec, run_python

OK = {
    "200": {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"id": {"type": "string"}}}
            }
        },
    }
}


def generate_command(spec: Path, *args: str) -> list[str]:
    """``python -m generator generate SPEC ARGS``, as a user runs it."""
    return [sys.executable, "-m", "generator", "generate", str(spec), *args]


def test_usage_errors_exit_2(cli, write_spec):
    spec = write_spec(minimal_spec())
    assert cli()[0] == 2
    status, _, err = cli("generate", str(spec))
    assert status == 2 and "--out" in err
    status, _, err = cli(
        "generate", str(spec), "--out", "x", "--package", "ok", "--env-prefix", "a b"
    )
    assert status == 2 and "environment variable names" in err
    assert cli("validate")[0] == 2  # no SPEC and no [tool.generator] here


@pytest.mark.parametrize(
    "name", ["Not-Valid", "class", "httpx", "os", "json", "typing", "tests", "test_x", "pytest"]
)
def test_a_package_name_that_would_not_import_is_refused(cli, write_spec, tmp_path, name):
    spec = write_spec(minimal_spec())
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", name)
    assert status == 1 and f"--package: package {name!r}" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "content, expected",
    [
        ("openapi: 3.1.0\ninfo: {title: [\n", "invalid YAML"),
        ("a: &x [1]\nb: *x\n", "anchor 'x' is not allowed"),
        (b"\x00\x01\x02binary", "binary file"),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n",
            "points to nothing",
        ),
        ("openapi: 3.1.0\ninfo: {title: t, version: 1}\npaths: {}\n", 'is not of type "string"'),
    ],
)
def test_bad_input_exits_1_with_location(cli, write_spec, content, expected):
    spec = write_spec(content)
    for command in (
        ["validate", str(spec)],
        ["generate", str(spec), "--out", "out", "--package", "pkg"],
    ):
        status, _, err = cli(*command)
        assert status == 1
        assert f"error: {spec}" in err and expected in err
    assert not Path("out").exists()


def test_bad_input_in_a_real_process_prints_no_traceback(write_spec):
    spec = write_spec("openapi: 3.1.0\ninfo: {title: [\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and f"{spec}:" in result.stderr


def test_a_real_process_prints_everything_before_it_exits(write_spec, tmp_path):
    """The command ends without the interpreter's teardown: what it printed
    into a pipe (buffered, not a terminal) still arrives whole, and a reader
    gone before the end is an exit status, not a traceback."""
    spec = write_spec(minimal_spec(**{"/items": {"get": {"operationId": "listItems", "responses": OK}}}))  # fmt: skip
    command = generate_command(spec, "--package", "items_client")
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}

    result = subprocess.run([*command, "--out", str(tmp_path / "a")], capture_output=True, text=True, env=buffered)  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary, *paths = result.stdout.splitlines()
    written = sorted(
        p.relative_to(tmp_path / "a").as_posix() for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    assert summary == f"{tmp_path / 'a'}: {len(written)} file(s) changed"
    assert [p.strip() for p in paths] == written

    process = subprocess.Popen(
        [*command, "--out", str(tmp_path / "b")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffered,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader leaves before anything is printed
    errors = process.stderr.read().decode()
    assert process.wait() == 120, errors  # as Python itself ends when it cannot flush
    assert "Traceback" not in errors
    assert (tmp_path / "b" / "items_client" / "__init__.py").exists()


def test_a_run_that_fails_leaves_no_process_of_its_own_running(cli, write_spec, monkeypatch):
    """The processes a run forks (validation, the API record) are stopped
    when it fails, whatever failed: none outlives the command."""
    import time

    from generator import pipeline

    def slow(doc: object) -> tuple[list[object], list[object]]:
        time.sleep(60)
        return [], []

    def broken(doc: object) -> bytes:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(pipeline, "_validated", slow)  # forked: the child sleeps
    monkeypatch.setattr(pipeline, "composed_spec", broken)
    spec = write_spec(minimal_spec(**{"/items": {"get": {"responses": OK}}}))
    before = children()
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", "items_client")
    assert status == 70 and "broken on purpose" in err
    assert children() == before


def test_a_closed_error_stream_does_not_fail_a_good_run(write_spec, tmp_path):
    """Started with its standard error closed (``2>&-``), the command still
    writes the client and exits 0."""
    spec = write_spec(minimal_spec(**{"/items": {"get": {"responses": OK}}}))
    command = generate_command(spec, "--out", str(tmp_path / "out"))
    result = subprocess.run(
        [*command, "--package", "items_client"],
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),
    )
    assert result.returncode == 0
    assert (tmp_path / "out" / "items_client" / "__init__.py").exists()


def test_untagged_spec_groups_by_first_path_segment(cli, write_spec, tmp_path):
    document = minimal_spec(
        **{
            "/users": {"get": {"operationId": "listUsers", "responses": OK}},
            "/users/{id}": {
                "get": {
                    "operationId": "getUser",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": OK,
                }
            },
            "/orders": {"post": {"operationId": "createOrder", "responses": OK}},
        }
    )
    document["components"] = {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}}
    document["security"] = [{"basic": []}]
    spec = write_spec(document)
    status, out, err = cli(
        "generate",
        str(spec),
        "--out",
        "out",
        "--package",
        "shop",
        "--auth-env",
        "SHOP_USER",
        "SHOP_KEY",
    )
    assert status == 0, err
    out_dir = tmp_path / "out"
    assert (out_dir / "shop" / "__init__.py").exists()
    assert (out_dir / "shop" / "resources" / "users.py").exists()
    assert (out_dir / "tests" / "test_orders.py").exists()
    assert (out_dir / "pyproject.toml").exists()
    probe = run_python(
        "import os, shop, inspect; os.environ.update(SHOP_USER='env-user', SHOP_KEY='k'); assert shop.Client().username == 'env-user';"
        "c = shop.Client(auth=('u', 'p'));"
        "print(sorted(n for n in ('users', 'orders') if hasattr(c, n)), inspect.signature(c.users.get))",
        out_dir,
    )
    assert probe.returncode == 0, probe.stderr
    assert "['orders', 'users']" in probe.stdout and "(id: 'str'" in probe.stdout
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests"], cwd=out_dir, capture_output=True, text=True
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "18 passed" in tests.stdout  # 3 calls, 3 errors, 3 retry rules; sync and async


def test_twilio_reference_spec_generates_a_working_client(cli, tmp_path):
    """Twilio's own published Flex v1 spec: 3.0, nullable, x-twilio, form bodies, headers."""
    reference = ROOT.parent / "shared" / "reference" / "twilio_flex_v1.yaml"
    if not reference.exists():
        pytest.skip("the shared reference specs are not beside this checkout")
    status, _, err = cli("generate", str(reference), "--out", "ref", "--package", "flex_v1")
    assert status == 0, err
    out_dir = tmp_path / "ref"
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out_dir,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-3000:]
    # 73 operations (a call and an error answer each), 18 lists walked, 3 retry
    # rules: sync and async.
    assert "334 passed" in tests.stdout
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "flex_v1"],
        cwd=out_dir,
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout[-3000:]


def test_an_api_with_no_operations_gives_a_package_that_type_checks(cli, write_spec, tmp_path):
    """A spec with no paths still makes a client (its suite checks it
    starts), and its empty resources package passes mypy --strict too."""
    spec = {"openapi": "3.1.0", "info": {"title": "Empty", "version": "1"}, "paths": {}}
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "empty")
    assert status == 0, err
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "empty"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout[-3000:]


def test_validation_runs_beside_the_build_and_still_decides(cli, write_spec, tmp_path):
    """The spec is validated in another process while the client is built:
    its warnings still come first, and when it finds an error that is what
    the run reports (exit 1, nothing written), not the build's warnings."""
    answer = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"count": {"type": "integer", "example": "not a number"}},
                    }
                }
            },
        }
    }
    spec = minimal_spec(
        **{
            "/things": {"get": {"operationId": "getThing", "responses": answer}},
            "/others": {"get": {"operationId": "getThing", "responses": answer}},
        }
    )
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "good", "--package", "pkg")
    assert status == 0, err
    lines = [line for line in err.splitlines() if line.startswith("warning:")]
    assert "is also used by" in lines[0] and "does not fit the schema" in lines[-1], err

    spec["paths"]["/things"]["get"]["parameters"] = [{"$ref": "#/components/parameters/Gone"}]
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "bad", "--package", "pkg")
    assert status == 1
    assert "/components/parameters/Gone" in err and "points to nothing" in err, err
    assert "does not fit the schema" not in err
    assert not (tmp_path / "bad").exists()


def test_templates_are_compiled_once_per_installation_not_per_cache_folder(write_spec, tmp_path):
    """A fresh cache folder (a new user, a CI job, a fresh clone) finds the
    templates the generator's installation compiled before, and changes none."""
    spec = write_spec(minimal_spec(**{"/items": {"get": {"responses": OK}}}))
    compiled = ROOT / "templates" / "__pycache__"

    def generate(cache: str) -> dict[Path, int]:
        command = generate_command(
            spec, "--out", str(tmp_path / cache), "--package", "items_client"
        )
        environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / f"{cache}-cache")}
        result = subprocess.run(command, capture_output=True, text=True, env=environment)
        assert result.returncode == 0, result.stderr
        assert not (tmp_path / f"{cache}-cache" / "flex-client-generator" / "jinja").exists()
        tag = sys.implementation.cache_tag
        return {p: p.stat().st_mtime_ns for p in compiled.glob(f"*.{tag}.*.jinja")}

    first = generate("first")
    assert len(first) >= 10  # each template rendered: package, tests, README, pyproject
    assert generate("second") == first  # read, none compiled again


def test_ctrl_c_ends_the_command_with_130_and_a_word_not_a_traceback(tmp_path):
    """Interrupted while it reads its spec (a pipe that nothing writes to),
    the command says so in a line and exits 130, as shells expect."""
    import signal
    import time

    spec = tmp_path / "spec.json"
    os.mkfifo(spec)
    process = subprocess.Popen(
        generate_command(spec, "--out", str(tmp_path / "out"), "--package", "p"),
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # started, and waiting for the spec
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert err.strip() == "interrupted" and not (tmp_path / "out").exists()


def test_ctrl_c_while_the_generator_loads_is_an_interrupt_too(tmp_path):
    """Before the command's own code runs, its modules load: an interrupt
    then ends it the same way, with no traceback."""
    interrupting = (
        "import runpy, sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'generator.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['generator', 'validate']\n"
        "runpy.run_module('generator', run_name='__main__', alter_sys=True)\n"
    )
    result = run_python(interrupting, ROOT)
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == "interrupted" and not result.stdout


def test_ctrl_c_while_the_workers_start_is_an_interrupt_not_an_internal_error(
    write_spec, tmp_path, monkeypatch
):
    """Ctrl-C can land anywhere, also between the forks of two workers; the
    run stops as interrupted, leaving no output and no process running."""
    from generator import forked
    from generator.cli import main

    started = forked.Workers.__init__
    workers: list[int] = []

    def interrupted_as_they_start(self: forked.Workers[object], *args: object) -> None:
        fork = os.fork

        def second_interrupted() -> int:
            if workers:
                raise KeyboardInterrupt
            pid = fork()
            workers.append(pid)
            return pid

        monkeypatch.setattr(os, "fork", second_interrupted)
        try:
            started(self, *args)  # type: ignore[arg-type]
        finally:
            monkeypatch.setattr(os, "fork", fork)

    monkeypatch.setattr(forked.Workers, "__init__", interrupted_as_they_start)
    paths = {f"/items{i}": {"get": {"tags": [f"t{i}"], "responses": OK}} for i in range(6)}
    spec = write_spec(minimal_spec(**paths))
    before = children()
    with pytest.raises(KeyboardInterrupt):
        main(["generate", str(spec), "--out", str(tmp_path / "out"), "--package", "items_client"])
    assert not (tmp_path / "out").exists()
    assert len(workers) == 1 and children() == before  # the one started is stopped and waited for
