"""Write stage: {path: content} -> the output directory, all or nothing.

The new tree is built in a staging directory beside the output, unchanged
files hard-linked from the old tree (so they are not rewritten), then the two
directories are swapped. Files the generator made before and no longer makes
are dropped; files it never made are kept. A manifest in the output
directory says which files are the generator's own.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath
from collections.abc import Mapping
from typing import Any

from msgspec import Struct

from .errors import Problem, SpecError
from .fingerprint import formatter_key
from .forked import Forked
from .format import digest
from .interrupts import held

MANIFEST = ".generator-manifest.json"
# Making a file is the kernel's work, which two processes share well: past
# this many new files, a forked helper writes every second one.
SHARED_WRITES = 64

# What a file holds: text, or bytes written as they are (a JSON spec's own,
# copied as it was read: as text it could take four times the memory).
Content = str | bytes


def encoded(content: Content) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def check_relative(path: str) -> None:
    """Refuse any path that could land outside the output directory."""
    pure = PurePosixPath(path)
    if (
        pure.is_absolute()
        or ".." in pure.parts
        or "\\" in path
        or not pure.parts
        or path != str(pure)
        or ":" in path
    ):
        raise SpecError([Problem(path, "refusing to write a file outside the output directory")])


def _manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_manifest(out: Path) -> dict[str, dict[str, str]]:
    """The generator's own files in ``out``, with the hashes of their text."""
    files = _manifest(out).get("files", {})
    return files if isinstance(files, dict) else {}


def read_manifest_field(out: Path, name: str) -> Any:
    return _manifest(out).get(name)


class Recorded(Struct, frozen=True):
    """What rendering a resource's files (or the models module) gave last
    time: each file as formatted, with the digest of its rendered text, and
    what building its tests found (``render.ResourceFiles``)."""

    files: dict[str, tuple[str, str]]  # path: (formatted text, digest of the rendered text)
    readme_arguments: tuple[list[str], ...]
    problems: tuple[tuple[str, str], ...]
    given_way: tuple[tuple[str, str], ...]


def record_of(
    files: list[str],
    readme_arguments: tuple[Any, ...] = (),
    problems: tuple[tuple[str, str], ...] = (),
    given_way: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """What ``Previous.recorded`` reads back: a resource's files and what
    building its tests found, as JSON data."""
    return {
        "files": files,
        "readme": [list(a) for a in readme_arguments],
        "problems": [list(p) for p in problems],
        "given_way": [list(w) for w in given_way],
    }


class Previous:
    """What the last run left in ``out``: a file whose rendered text has not
    changed since is reused as it is on disk, not formatted again, and a
    resource whose key has not changed is not rendered again (``rendered``:
    what rendering found then, by key, as the API record keeps it)."""

    def __init__(self, out: Path, rendered: dict[str, Any] | None = None) -> None:
        self.out = out
        manifest = _manifest(out)
        same = manifest.get("formatter") == formatter_key()
        files, resources = (manifest.get("files"), rendered) if same else ({}, {})
        files = files if isinstance(files, dict) else {}
        # An entry of another shape was not written here: as if there were none.
        self.files: dict[str, dict[str, str]] = {
            path: entry for path, entry in files.items() if isinstance(entry, dict)
        }
        self.resources: dict[str, Any] = resources if isinstance(resources, dict) else {}

    def reuse(self, path: str, rendered: str) -> str | None:
        entry = self.files.get(path)
        if not entry or entry.get("rendered") != digest(rendered):
            return None
        return self._as_generated(path, entry)

    def _as_generated(self, path: str, entry: dict[str, str]) -> str | None:
        """The file as last generated: as it is on disk, or its pristine copy
        when a hand edit is kept in it."""
        for source in (self.out / path, self.out / ".pristine" / path):
            try:
                current = source.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if digest(current) == entry.get("output"):
                return current
        return None

    def recorded(self, key: str) -> Recorded | None:
        """What the last run recorded under ``key``, if each of its files is
        still as it generated it (None for anything else)."""
        record: Any = self.resources.get(key)
        try:
            files = {}
            for path in record["files"]:
                entry = self.files[path]
                text = self._as_generated(path, entry)
                if text is None or not isinstance(entry["rendered"], str):
                    return None
                files[str(path)] = (text, entry["rendered"])
            found = Recorded(
                files,
                tuple([str(a) for a in arguments] for arguments in record["readme"]),
                tuple((str(p), str(m)) for p, m in record["problems"]),
                tuple((str(p), str(k)) for p, k in record["given_way"]),
            )
        except (KeyError, TypeError, ValueError):  # none, or not one this generator wrote
            return None
        pointers = [p for p, _ in (*found.problems, *found.given_way)]
        return found if all(p == "" or p.startswith("/") for p in pointers) else None


def manifest_text(
    rendered: Mapping[str, str],
    files: Mapping[str, Content],
    outputs: Mapping[str, Content] | None = None,
    validated: str = "",
    inputs: str = "",
) -> str:
    """The manifest: the generator's ``files`` with the hashes that let the
    next run skip formatting unchanged files (``rendered``: the digest of
    the text rendered; and of its formatted ``outputs``, before any hand
    edit), the hash of a file as written when a hand edit was kept in it,
    the key of the validated spec and the fingerprint of the inputs (see
    ``fingerprint``)."""
    outputs = files if outputs is None else outputs
    digests: dict[int, str] = {}  # by the text itself: a pristine copy is its file's own text

    def hashed(content: Content) -> str:
        found = digests.get(id(content))
        if found is None:
            found = digests[id(content)] = digest(content)
        return found

    entries: dict[str, dict[str, str]] = {}
    for path in sorted(files):
        entry = {"output": hashed(outputs.get(path, files[path]))}
        if path in rendered:
            entry["rendered"] = rendered[path]
        if path in outputs and files[path] != outputs[path]:
            entry["written"] = hashed(files[path])
        entries[path] = entry
    manifest = {
        "generator": "flex-client-generator",
        "formatter": formatter_key(),
        "files": entries,
        "inputs": inputs,
        "validated": validated,
    }
    return json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def same_but_kept(out: Path, manifest: Content) -> bool:
    """Whether the manifest in ``out`` is ``manifest`` but for the records
    of which files hold a kept hand edit."""

    def plain(data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("files"), dict):
            data["files"] = {
                path: {k: v for k, v in entry.items() if k != "written"}
                for path, entry in data["files"].items()
                if isinstance(entry, dict)
            }
        return data

    return bool(plain(_manifest(out)) == plain(json.loads(manifest)))


def _compare(
    out: Path, files: Mapping[str, Content], manifest: Mapping[str, Any] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """The paths of ``files`` that differ from ``out``, those missing from it,
    and the generator's old files it no longer makes (by ``manifest``, the
    old one's files, read here unless given)."""
    changed, missing = [], []
    for path, text in sorted(files.items()):
        try:
            with open(os.path.join(out, path), "rb") as handle:
                if handle.read() != encoded(text):
                    changed.append(path)
        except OSError:
            missing.append(path)
    dropped = [
        path
        for path in sorted(set(read_manifest(out) if manifest is None else manifest) - set(files))
        if (out / path).exists()
    ]
    return changed, missing, dropped


def differences(out: Path, files: Mapping[str, Content]) -> list[str]:
    """What differs between ``files`` and the output directory, a line each."""
    changed, missing, dropped = _compare(out, files)
    return (
        [f"changed: {p}" for p in changed]
        + [f"missing: {p}" for p in missing]
        + [f"no longer generated: {p}" for p in dropped]
    )


def write_tree(out: Path, files: Mapping[str, Content]) -> list[str]:
    """Make ``out`` hold ``files``; returns the paths written or removed."""
    for path in files:
        check_relative(path)
    out = out.resolve() if out.exists() else Path(os.path.abspath(out))
    if out.exists() and not out.is_dir():
        raise SpecError([Problem(str(out), "the output path exists and is not a directory")])
    old_manifest = read_manifest(out)
    if out.exists() and any(out.iterdir()) and not (out / MANIFEST).exists():
        raise SpecError(
            [
                Problem(
                    str(out),
                    f"refusing to write into a non-empty directory the generator did not make (no {MANIFEST})",
                )
            ]
        )
    changed, missing, dropped = _compare(out, files, old_manifest)
    # A file of the user's where the generator now writes one is not
    # overwritten; one with a pristine copy beside it is a kept hand edit,
    # merged into what is written. (A manifest that cannot be read, say
    # after a merge conflict in it, tells nothing: the old way, then.)
    in_the_way = [
        p
        for p in changed
        if old_manifest
        and p not in old_manifest
        and p != MANIFEST
        and not p.startswith(".pristine/")
        and not os.path.exists(os.path.join(out, ".pristine", p))
    ]
    if in_the_way:
        raise SpecError(
            [
                Problem(
                    str(out / path),
                    "a file the generator did not write is where it now writes one: "
                    "move it away (or delete it) and generate again",
                )
                for path in in_the_way
            ]
        )
    # One it no longer makes that holds a hand edit stays, as the user's own,
    # with its pristine copy: should the generator make it again, the edit
    # is merged in.
    edited = [p for p in dropped if _hand_edited(out, p, old_manifest[p])]
    edited += [f".pristine/{p}" for p in edited if f".pristine/{p}" in dropped]
    for path in (p for p in edited if not p.startswith(".pristine/")):
        print(
            f"warning: {out / path}: no longer generated, but it holds a hand edit: "
            "kept, as a file of yours",
            file=sys.stderr,
        )
    dropped = [p for p in dropped if p not in edited]
    if not (changed or missing or dropped) and out.exists():
        return []
    rewrite = set(changed) | set(missing)

    staging: Path | None = None
    helper: Forked[None] | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with held():  # Ctrl-C waits until the folder is known, to be removed
            staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
        # mkdtemp makes it private (700); the output keeps its mode, or a new one
        # follows the umask like every other folder.
        os.chmod(staging, out.stat().st_mode & 0o7777 if out.exists() else 0o777 & ~_umask())
        if out.exists():
            _keep_unowned(out, staging, (set(files) | set(old_manifest)) - set(edited))
        made = {str(staging)}  # the folders made so far (plain strings: a large
        # output's thousands of paths cost more as Path objects than written)
        new: list[tuple[str, Content]] = []
        for path, text in files.items():
            target = os.path.join(staging, path)
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            source = os.path.join(out, path)
            if path not in rewrite and not os.path.islink(source):
                try:
                    os.link(source, target)  # unchanged: carried over, not rewritten
                    continue
                except OSError:
                    pass
            new.append((target, text))
        if len(new) > SHARED_WRITES:
            helper = Forked(functools.partial(_write_files, new[1::2]))
            new = new[::2]
        _write_files(new)
        if helper is not None:
            helper.result()  # its half, written there (or else here)
        with held():  # Ctrl-C meanwhile comes once the new tree is in, the old one gone
            _swap(staging, out)
    except BaseException as exc:
        with held():
            if helper is not None:
                helper.cancel()  # stopped before its folder goes
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):  # no room, no right to write there, --out under a file
            name = exc.filename if isinstance(exc.filename, str) else ""
            if staging is not None and name.startswith(str(staging)):
                name = str(out) + name[len(str(staging)) :]  # as the user knows it
            elif f".{out.name}.staging-" in name:
                name = ""  # the staging folder it could not make: the output's own folder
            shown = f" ({name})" if name and name != str(out) else ""
            message = f"cannot write the output folder: {exc.strerror or exc}{shown}"
            raise SpecError([Problem(str(out), message)]) from None
        raise
    return sorted(rewrite) + dropped


def _hand_edited(out: Path, path: str, entry: Any) -> bool:
    """Whether ``path`` in ``out`` differs from what the generator wrote there."""
    made = entry.get("output") if isinstance(entry, dict) else None
    if path.startswith(".pristine/") or not isinstance(made, str):
        return False  # a pristine copy, or a record with no hash to tell
    try:
        with open(os.path.join(out, path), "rb") as handle:
            return digest(handle.read()) != made
    except OSError:
        return False


def _write_files(files: list[tuple[str, Content]]) -> None:
    for target, text in files:
        with open(target, "wb") as handle:
            handle.write(encoded(text))  # as generated: no newline translated


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _keep_unowned(out: Path, staging: Path, owned: set[str]) -> None:
    """Carry over files in ``out`` that the generator does not own."""
    for root, dirs, names in os.walk(out):
        rel_root = Path(root).relative_to(out)
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in names:
            rel = (rel_root / name).as_posix()
            if rel in owned or "__pycache__" in rel:
                continue
            source, target = Path(root) / name, staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                try:
                    os.link(source, target)
                except OSError:
                    shutil.copy2(source, target)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(backup)
    os.replace(out, backup)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(backup, out)
        raise
    shutil.rmtree(backup, ignore_errors=True)
