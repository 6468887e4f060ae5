"""Hand edits of a generated client survive regeneration: merged on top of
the new text, a conflict stops the run with nothing written, `check` tells
kept edits from drift, `--pristine` drops one, `edits` shows them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


from conftest import ROOT, minimal_spec, run_python
from generator.merge import merge3


def pets_spec(summary: str = "List the pets") -> dict:
    pet = {"$ref": "#/components/schemas/Pet"}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": pet}}}}
    spec = minimal_spec(
        **{
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["Pets"],
                    "summary": summary,
                    "responses": ok,
                }
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["Pets"],
                    "summary": "One pet",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": ok,
                }
            },
        }
    )
    spec["components"] = {
        "schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}
    }
    return spec


def generator(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=folder, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def generate(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return generator(folder, "generate", "spec.yaml", "--out", "out", "--package", "pets", *extra)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts
    }


def write(folder: Path, spec: dict) -> None:
    (folder / "spec.yaml").write_text(json.dumps(spec), encoding="utf-8")  # JSON is YAML


HELPER = (
    '\n\ndef pet_names(pets: list[Pet]) -> list[str]:\n    return [p.name or "" for p in pets]\n'
)


def test_an_edit_is_kept_when_the_spec_changes_and_check_lists_it(tmp_path):
    write(tmp_path, pets_spec())
    assert generate(tmp_path).returncode == 0
    models = tmp_path / "out" / "pets" / "models.py"
    models.write_text(models.read_text() + HELPER)
    resource = tmp_path / "out" / "pets" / "resources" / "pets.py"
    write(tmp_path, pets_spec("Every pet, oldest first"))
    run = generate(tmp_path)
    assert run.returncode == 0, run.stderr
    assert "kept hand edits in 1 file(s)" in run.stdout and "  pets/models.py" in run.stdout
    assert models.read_text().endswith(HELPER) and "Every pet, oldest first" in resource.read_text()
    probe = run_python(
        "from pets.models import pet_names, Pet; print(pet_names([Pet(name='a')]))",
        tmp_path / "out",
    )
    assert probe.stdout.strip() == "['a']", probe.stderr
    # The client with the edit still passes its tests and mypy --strict.
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tmp_path / "out", capture_output=True, text=True,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-2000:]
    check = generator(tmp_path, "check", "spec.yaml", "--out", "out", "--package", "pets")
    assert check.returncode == 0 and "pets/models.py" in check.stdout, check.stdout + check.stderr
    patch = generator(tmp_path, "edits", "--out", "out")
    assert patch.returncode == 0 and patch.stdout.startswith(
        "--- a/pets/models.py\n+++ b/pets/models.py\n"
    )
    assert "+def pet_names(pets: list[Pet]) -> list[str]:\n" in patch.stdout
    # The patch applies to the pristine copies and gives the edited files.
    pristine = tmp_path / "out" / ".pristine"
    applied = subprocess.run(
        ["patch", "-p1", "-d", str(pristine)], input=patch.stdout, capture_output=True, text=True
    )
    assert applied.returncode == 0, applied.stdout
    assert (pristine / "pets" / "models.py").read_text() == models.read_text()


def test_check_still_fails_on_drift_from_the_spec(tmp_path):
    write(tmp_path, pets_spec())
    assert generate(tmp_path).returncode == 0
    models = tmp_path / "out" / "pets" / "models.py"
    models.write_text(models.read_text() + HELPER)
    write(tmp_path, pets_spec("Changed"))
    check = generator(tmp_path, "check", "spec.yaml", "--out", "out", "--package", "pets")
    assert check.returncode == 1 and "changed: pets/resources/pets.py" in check.stderr


def test_a_conflict_stops_the_run_names_the_line_and_writes_nothing(tmp_path):
    write(tmp_path, pets_spec())
    assert generate(tmp_path).returncode == 0
    resource = tmp_path / "out" / "pets" / "resources" / "pets.py"
    text = resource.read_text()
    resource.write_text(text.replace('"""List the pets', '"""List the pets (cached for a minute)'))
    line = next(i for i, l in enumerate(resource.read_text().splitlines(), 1) if "cached" in l)
    write(tmp_path, pets_spec("Every pet"))
    before = snapshot(tmp_path / "out")
    run = generate(tmp_path)
    assert run.returncode == 1
    assert (
        f"out/pets/resources/pets.py:{line}: your hand edit and the regenerated text" in run.stderr
    )
    assert "Traceback" not in run.stderr
    after = snapshot(tmp_path / "out")
    conflict = after.pop("pets/resources/pets.py.conflict").decode()
    assert after == before  # nothing else written
    assert "<<<<<<< your edit\n" in conflict and ">>>>>>> generated now\n" in conflict
    # Resolved there, the next run takes it; the conflict file goes.
    resolved = conflict.replace("<<<<<<< your edit\n", "").replace(">>>>>>> generated now\n", "")
    resolved = "\n".join(
        l for l in resolved.split("\n") if "List the pets" not in l and l != "======="
    )
    (tmp_path / "out" / "pets" / "resources" / "pets.py.conflict").write_text(resolved)
    run = generate(tmp_path)
    assert run.returncode == 0, run.stderr
    assert resource.read_text() == resolved
    assert not (tmp_path / "out" / "pets" / "resources" / "pets.py.conflict").exists()
    # --pristine drops the edit: the file is as generated again.
    run = generate(tmp_path, "--pristine", "pets/resources/pets.py")
    assert run.returncode == 0, run.stderr
    assert (
        resource.read_text()
        == (tmp_path / "out" / ".pristine" / "pets" / "resources" / "pets.py").read_text()
    )
    assert generator(tmp_path, "edits", "--out", "out").stdout == ""


def test_a_kept_edit_that_does_not_parse_stops_the_run(tmp_path):
    write(tmp_path, pets_spec())
    assert generate(tmp_path).returncode == 0
    models = tmp_path / "out" / "pets" / "models.py"
    models.write_text(models.read_text() + "\n\ndef broken(:\n    pass\n")
    line = len(models.read_text().splitlines()) - 1
    write(tmp_path, pets_spec("Every pet"))
    before = snapshot(tmp_path / "out")
    run = generate(tmp_path)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"out/pets/models.py:{line}: with your hand edit kept, this module does not parse" in (
        run.stderr
    )
    assert "--pristine pets/models.py" in run.stderr and snapshot(tmp_path / "out") == before
    assert generate(tmp_path, "--pristine", "pets/models.py").returncode == 0


def test_merge3_takes_each_side_and_marks_what_both_change():
    base = "a\nb\nc\nd\ne\n"
    assert merge3(base, "a\nB\nc\nd\ne\n", "a\nb\nc\nd\nE\n").text == "a\nB\nc\nd\nE\n"
    assert merge3(base, "a\nX\nc\nd\ne\n", "a\nX\nc\nd\ne\n").text == "a\nX\nc\nd\ne\n"
    merged = merge3(base, "a\nmine\nc\nd\ne\n", "a\ntheirs\nc\nd\ne\n")
    assert merged.conflicts == (2,)
    assert (
        merged.text
        == "a\n<<<<<<< your edit\nmine\n=======\ntheirs\n>>>>>>> generated now\nc\nd\ne\n"
    )
    assert merge3(base, base + "added\n", "new\n" + base).text == "new\n" + base + "added\n"
