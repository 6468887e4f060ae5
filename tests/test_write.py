"""The write stage: all or nothing, nothing rewritten needlessly, nothing outside."""

from __future__ import annotations

import os

import pytest

from conftest import children, minimal_spec
from generator import format as fmt
from generator.errors import SpecError
from generator.write import MANIFEST, check_relative, write_tree

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


def spec_with(*tags: str) -> dict:
    return minimal_spec(
        **{
            f"/{t}": {"get": {"operationId": f"list{t.title()}", "tags": [t], "responses": OK}}
            for t in tags
        }
    )


def snapshot(root):
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in root.rglob("*")
        if p.is_file()
    }


def test_second_run_rewrites_nothing(cli, write_spec, tmp_path):
    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    before = snapshot(tmp_path / "out")
    status, out, _ = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "nothing written" in out
    assert snapshot(tmp_path / "out") == before


def test_only_changed_files_are_formatted_again(cli, write_spec, monkeypatch):
    spec = write_spec(spec_with("users", "orders"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    changed = spec_with("users", "orders")
    changed["paths"]["/users"]["get"]["description"] = "Lists the users, newest first."
    write_spec(changed)
    formatted: list[str] = []
    real = fmt.format_one

    def record(item):
        formatted.append(item[0])
        return real(item)

    monkeypatch.setattr(fmt, "format_one", record)
    monkeypatch.setattr(fmt.Formatter, "ALONE", 1000)  # in this process, where it is recorded
    status, out, _ = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "pkg/resources/users.py" in out
    assert formatted == ["pkg/resources/users.py"]


def test_nothing_changed_stops_before_loading_the_spec(cli, write_spec, tmp_path, monkeypatch):
    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    from generator import pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("ran the pipeline with nothing changed")

    monkeypatch.setattr(pipeline, "generate", refuse)
    status, out, _ = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "up to date, nothing written" in out
    status, out, _ = cli("check", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "is up to date" in out


def test_unchanged_files_are_not_read_again_and_an_edit_is_still_seen(
    cli, write_spec, tmp_path, monkeypatch
):
    """A run with nothing to do knows each output file by its status and the
    digest recorded with it: it reads none of them again. A file written
    back with its old size and modification time is still read (its ctime
    moved), and the run sees the edit."""
    from pathlib import Path

    from generator import fingerprint

    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    assert "nothing written" in cli("generate", str(spec), "--out", "out", "--package", "pkg")[1]
    # Files written less than two seconds ago are hashed every time, not
    # recorded: pretend the clock moved on, so that this run records them.
    assert fingerprint._FileDigests(tmp_path / "out").known == {}
    later = fingerprint.time.time_ns() + 10_000_000_000
    monkeypatch.setattr(fingerprint.time, "time_ns", lambda: later)
    assert "nothing written" in cli("generate", str(spec), "--out", "out", "--package", "pkg")[1]
    assert len(fingerprint._FileDigests(tmp_path / "out").known) > 10

    out = tmp_path / "out"
    read: list[str] = []
    real_read = Path.read_bytes

    def reading(path: Path) -> bytes:
        full = path if path.is_absolute() else Path.cwd() / path
        if out in full.parents and path.name != MANIFEST:
            read.append(full.relative_to(out).as_posix())
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", reading)
    status, printed, _ = cli("check", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "is up to date" in printed
    assert read == []

    client = out / "pkg" / "_client.py"
    text, status_before = client.read_text(), client.stat()
    assert text.startswith('"""')
    client.write_text('"""' + ("X" if text[3] != "X" else "Y") + text[4:])  # the same size
    os.utime(client, ns=(status_before.st_atime_ns, status_before.st_mtime_ns))
    assert client.stat().st_size == status_before.st_size
    assert client.stat().st_mtime_ns == status_before.st_mtime_ns
    status, printed, _ = cli("check", str(spec), "--out", "out", "--package", "pkg")
    assert "pkg/_client.py" in printed and "pkg/_client.py" in read


def test_a_hand_edited_file_is_noticed_kept_and_restored_on_request(cli, write_spec, tmp_path):
    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    client = tmp_path / "out" / "pkg" / "_client.py"
    pristine = client.read_text()
    client.write_text(pristine + "# edited\n")
    status, out, err = cli("check", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "kept hand edits in 1 file(s)" in out and "pkg/_client.py" in out, err
    status, out, _ = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 0 and "kept hand edits in 1 file(s)" in out
    assert client.read_text() == pristine + "# edited\n"
    status, out, _ = cli(
        "generate", str(spec), "--out", "out", "--package", "pkg", "--pristine", "pkg/_client.py"
    )
    assert status == 0 and "pkg/_client.py" in out
    assert client.read_text() == pristine


def test_a_failed_run_leaves_the_old_output_untouched(cli, write_spec, tmp_path):
    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    before = snapshot(tmp_path / "out")
    spec.write_text("openapi: 3.1.0\ninfo: [broken\n")
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 1
    assert snapshot(tmp_path / "out") == before
    assert [p.name for p in tmp_path.iterdir() if "staging" in p.name or ".old-" in p.name] == []


def test_files_no_longer_generated_are_removed_and_foreign_files_kept(cli, write_spec, tmp_path):
    spec = write_spec(spec_with("users", "orders"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    out = tmp_path / "out"
    (out / "NOTES.md").write_text("mine")
    assert (out / "pkg/resources/orders.py").exists()
    write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    assert not (out / "pkg/resources/orders.py").exists()
    assert not (out / "tests/test_orders.py").exists()
    assert (out / "pkg/resources/users.py").exists()
    assert (out / "NOTES.md").read_text() == "mine"


def test_refuses_a_non_empty_directory_it_did_not_make(cli, write_spec, tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "pyproject.toml").write_text("precious")
    status, _, err = cli(
        "generate", str(write_spec(spec_with("users"))), "--out", "project", "--package", "pkg"
    )
    assert status == 1 and "did not make" in err
    assert (tmp_path / "project" / "pyproject.toml").read_text() == "precious"


@pytest.mark.parametrize(
    "path", ["/etc/passwd", "../x.py", "a/../../x", "a\\..\\x", "", "C:/x", "./a"]
)
def test_paths_outside_are_refused(path):
    with pytest.raises(SpecError):
        check_relative(path)


def test_write_tree_swaps_atomically(tmp_path):
    out = tmp_path / "out"
    write_tree(out, {"a.txt": "1", MANIFEST: '{"files": {"a.txt": {}}}'})
    inode = (out / "a.txt").stat().st_ino
    write_tree(out, {"a.txt": "1", "b.txt": "2", MANIFEST: '{"files": {"a.txt": {}, "b.txt": {}}}'})
    assert (out / "b.txt").read_text() == "2"
    assert (out / "a.txt").stat().st_ino == inode  # unchanged file carried over, not rewritten
    assert sorted(os.listdir(tmp_path)) == ["out"]


def _manifest_of(files: dict[str, str]) -> str:
    import json

    return json.dumps({"files": {path: {} for path in files}})


def test_many_files_are_written_by_two_processes_all_or_nothing(tmp_path, monkeypatch):
    """Past SHARED_WRITES new files, a forked helper writes every second
    one. Stopped halfway (Ctrl-C), the run leaves the old output as it was,
    no staging folder and no helper behind."""
    from generator import write

    out = tmp_path / "out"
    old = {f"pkg/m{i}.py": f"old {i}\n" for i in range(3 * write.SHARED_WRITES)}
    write_tree(out, {**old, MANIFEST: _manifest_of(old)})
    assert all((out / path).read_text() == text for path, text in old.items())

    new = {path: text.replace("old", "new") for path, text in old.items()}
    before = children()
    helpers: list[int] = []
    real_write = write._write_files
    here = os.getpid()

    def interrupted(files: list[tuple[str, str]]) -> None:
        if os.getpid() == here:  # this process's half: the helper has started
            helpers.extend(children() - before)
            raise KeyboardInterrupt
        real_write(files)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "_write_files", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tree(out, {**new, MANIFEST: _manifest_of(new)})
    assert len(helpers) == 1 and children() == before  # the helper was stopped
    assert sorted(os.listdir(tmp_path)) == ["out"]
    assert all((out / path).read_text() == text for path, text in old.items())

    monkeypatch.setattr(write, "_write_files", real_write)
    write_tree(out, {**new, MANIFEST: _manifest_of(new)})
    assert all((out / path).read_text() == text for path, text in new.items())
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_validation_is_skipped_only_for_the_very_same_document(cli, write_spec, monkeypatch):
    spec = write_spec(spec_with("users"))
    assert cli("generate", str(spec), "--out", "out", "--package", "pkg")[0] == 0
    from generator import validate

    def refuse(*args, **kwargs):
        raise AssertionError("validated an unchanged document again")

    with monkeypatch.context() as patch:
        patch.setattr(validate, "_check_structure", refuse)
        # Another package name: a new run over the very same document.
        status, out, _ = cli("generate", str(spec), "--out", "out", "--package", "other")
        assert status == 0 and "other/_client.py" in out
    broken = spec_with("users")
    broken["paths"]["/users"]["get"]["responses"] = 7
    write_spec(broken)
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 1 and "/paths/~1users/get/responses" in err


def test_the_output_folder_follows_the_umask(cli, write_spec, tmp_path):
    import os

    old = os.umask(0o022)
    try:
        status, _, err = cli(
            "generate", str(write_spec(minimal_spec())), "--out", "out", "--package", "pkg"
        )
    finally:
        os.umask(old)
    assert status == 0, err
    modes = {oct((tmp_path / "out" / sub).stat().st_mode & 0o777) for sub in ("", "pkg", "tests")}
    assert modes == {"0o755"}
    (tmp_path / "out").chmod(0o750)  # a mode the user chose is kept on the next run
    spec = minimal_spec()
    spec["info"]["version"] = "2"
    assert cli("generate", str(write_spec(spec)), "--out", "out", "--package", "pkg")[0] == 0
    assert oct((tmp_path / "out").stat().st_mode & 0o777) == "0o750"


def test_ctrl_c_during_the_swap_comes_once_the_new_tree_is_in(tmp_path, monkeypatch):
    """The swap of the old tree for the new and the old one's removal are
    done whole: an interrupt meanwhile leaves the new output, and nothing
    beside it."""
    import signal

    from generator import write

    out = tmp_path / "out"
    old = {"a.txt": "1", "b.txt": "2"}
    write_tree(out, {**old, MANIFEST: _manifest_of(old)})
    real_swap = write._swap

    def interrupted(staging: object, target: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C lands
        real_swap(staging, target)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "_swap", interrupted)
    new = {"a.txt": "one", "c.txt": "3"}
    with pytest.raises(KeyboardInterrupt):
        write_tree(out, {**new, MANIFEST: _manifest_of(new)})
    assert {p.name: p.read_text() for p in out.iterdir() if p.name != MANIFEST} == new
    assert sorted(os.listdir(tmp_path)) == ["out"]
