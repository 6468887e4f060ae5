"""Hand edits of generated files survive regeneration.

Each run keeps what it generated, untouched, in ``DIR/.pristine/``. A file
that differs from its pristine copy was edited by hand; the next run applies
that edit on top of the new generated text (a three-way merge, ``merge.py``).
When the edit and the spec's change touch the same lines, nothing is written:
the merge with conflict markers goes to ``FILE.conflict`` beside the file,
and once its markers are resolved the next run takes it as the file.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from msgspec import Struct, field

from .errors import Problem, SpecError
from .merge import has_markers, merge3
from .write import Content

PRISTINE = ".pristine"
CONFLICT = ".conflict"
# Files no edit is kept in: the run's own records.
_UNKEPT = (".generator-manifest.json", "openapi.json", ".generator-api.json")


class Rebased(Struct):
    files: dict[str, Content]  # what to write, pristine copies included
    kept: list[str] = field(default_factory=list)  # files written with the user's edit
    conflicts: list[tuple[str, int, str]] = field(default_factory=list)  # path, line, merge
    resolved: list[str] = field(default_factory=list)  # FILE.conflict files taken as FILE


def keeps_edits(path: str) -> bool:
    return path not in _UNKEPT and not path.startswith(PRISTINE + "/")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def rebase(out: Path, fresh: dict[str, Content], drop: frozenset[str] = frozenset()) -> Rebased:
    """``fresh`` (what the generator makes now) with the edits found in
    ``out`` applied; ``drop`` names files to write pristine, edits dropped."""
    unknown = sorted(path for path in drop if path not in fresh or not keeps_edits(path))
    if unknown:  # a typo would keep the edit it meant to drop, silently
        raise SpecError(
            [
                Problem(
                    path,
                    f"--pristine names no file the generator writes in {out} "
                    "(give its path inside that folder, as the kept-edits list shows it)",
                )
                for path in unknown
            ]
        )
    result = Rebased(dict(fresh))
    for path, new in fresh.items():
        if not keeps_edits(path) or isinstance(new, bytes):  # bytes: a copy, no edit kept
            continue
        result.files[f"{PRISTINE}/{path}"] = new
        if path in drop:
            continue
        yours, base = _read(out / path), _read(out / PRISTINE / path)
        if yours is None or base is None or yours == base:
            continue  # not edited (or never generated here): the new text
        merged = merge3(base, yours, new)
        if not merged.conflicts:
            _check_parses(out, path, merged.text)
            result.files[path] = merged.text
            result.kept.append(path)
            continue
        resolution = _read(out / (path + CONFLICT))
        if resolution is not None and not has_markers(resolution):
            _check_parses(out, path + CONFLICT, resolution)
            result.files[path] = resolution
            result.kept.append(path)
            result.resolved.append(path + CONFLICT)
            continue
        result.conflicts.append((path, merged.conflicts[0], merged.text))
    return result


def _check_parses(out: Path, path: str, text: str) -> None:
    """A module with a hand edit kept in it must still parse: a package that
    would not import is never written, whoever broke it."""
    if not path.removesuffix(CONFLICT).endswith(".py"):
        return
    try:
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = exc.lineno if isinstance(exc, SyntaxError) else None
        reason = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        raise SpecError(
            [
                Problem(
                    str(out / path),
                    f"with your hand edit kept, this module does not parse ({reason}): "
                    f"fix the edit, or drop it with --pristine {path.removesuffix(CONFLICT)}",
                    line=line,
                )
            ]
        ) from None


def kept_edits(out: Path, paths: list[str]) -> str:
    """The hand edits in ``out`` as one unified diff against the pristine
    copies (``git apply``-able from ``out``)."""
    patch: list[str] = []
    for path in sorted(paths):
        if not keeps_edits(path):
            continue
        yours, base = _read(out / path), _read(out / PRISTINE / path)
        if yours is None or base is None or yours == base:
            continue
        patch += difflib.unified_diff(
            base.splitlines(keepends=True),
            yours.splitlines(keepends=True),
            f"a/{path}",
            f"b/{path}",
        )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in patch
    )
