"""Whether a run has anything to do: a fingerprint of everything the output
depends on (the spec set, the settings, this generator's code and templates,
the formatter), kept in the manifest. When it matches and the files on disk
are still the ones the last run wrote, generate and check stop there.

Imports stay light on purpose: this runs before anything heavy is loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from msgspec.structs import replace

from .config import Target
from .refs import is_remote

ROOT = Path(__file__).resolve().parent


def _templates() -> Path:
    """The templates: at the top of a checkout (beside generator/), or inside
    the installed package, where the wheel puts them."""
    beside = ROOT.parent / "templates"
    return beside if (beside / "pyproject.toml.j2").is_file() else ROOT / "templates"


TEMPLATES = _templates()
MANIFEST = ".generator-manifest.json"


@lru_cache(maxsize=1)
def formatter_key() -> str:
    """Names the formatter: text formatted by another black, in another mode
    or by another version of ``format`` and ``layout``, is formatted again."""
    code = hashlib.sha256()
    for module in ("format.py", "layout.py"):
        code.update((ROOT / module).read_bytes())
    black = installed_version("black")
    return f"black {black} line-length 100 target py310 layout {code.hexdigest()[:16]}"


def installed_version(name: str) -> str:
    """The version of the installed distribution ``name``, from the name of
    its ``.dist-info`` folder beside the package: importing importlib.metadata
    costs more than the rest of a run that has nothing to do."""
    import importlib.util

    module = name.replace("-", "_")  # also how a .dist-info folder spells it
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.origin:
        site = Path(spec.origin).parent.parent
        found = sorted(site.glob(f"{module}-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len(module) + 1 : -len(".dist-info")]
    from importlib.metadata import version

    return version(name)


def fingerprint(target: Target) -> str:
    """The inputs' hash. The output folder is not part of it."""
    whole = hashlib.sha256()
    # Where the files are does not matter, only what they hold.
    where = replace(
        target,
        spec=Path(target.spec.name),
        overlays=tuple(Path(p.name) for p in target.overlays),
        fragments=tuple(Path(p.name) for p in target.fragments),
        out=Path(),
    )
    spec_set = spec_set_key(target)
    if not spec_set:
        return ""  # unreadable: the full run reports it
    for part in (repr(where), formatter_key(), code_key(), spec_set):
        whole.update(part.encode() + b"\0")
    return whole.hexdigest()


def spec_set_key(target: Target) -> str:
    """A hash of what the spec set's files hold, and the files their $refs
    name (a spec split over files), "" when one cannot be read."""
    whole = hashlib.sha256()
    declared = [target.spec, *target.overlays, *target.fragments]
    pending = list(declared)
    seen: set[Path] = set()
    while pending:
        path = pending.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            text = path.read_bytes()
        except OSError:
            if path in declared:
                return ""
            text = b"\0missing"  # no such file (or no reference at all): as it is
        for part in (path.name.encode() + b"\0", text, b"\0"):  # not joined: a copy
            whole.update(part)
        # Read as text, not parsed: a name found here that is no reference
        # costs a file read; the parse of the full run decides.
        for found in _FILE_REF.findall(text):
            name = unquote(found.decode("utf-8", "replace"))
            if not is_remote(name):
                pending.append(Path(os.path.normpath(path.parent / name)))
    return whole.hexdigest()


# A $ref's file part, in YAML or JSON: $ref: 'schemas/order.yaml#/x'.
# (It begins with the literal "$ref": a 10 MB spec is scanned in milliseconds.)
_FILE_REF = re.compile(rb"""\$ref["']?\s*:\s*["']?([^"'#\s,}{]+)""")


def code_files() -> list[Path]:
    """The generator's code and templates (no caches, no hidden files)."""
    templates = (
        p
        for p in TEMPLATES.rglob("*")
        if p.is_file()
        and not any(
            part == "__pycache__" or part.startswith(".") for part in p.relative_to(TEMPLATES).parts
        )
    )
    return [*sorted(ROOT.glob("*.py")), *sorted(templates)]


@lru_cache(maxsize=1)
def code_key() -> str:
    """A hash of the generator's code and templates."""
    whole = hashlib.sha256()
    for path in code_files():
        whole.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return whole.hexdigest()


def cache_dir(name: str) -> Path | None:
    """A folder of the user's cache directory, made if need be (None if it cannot be)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "flex-client-generator" / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def compiled_templates() -> Path | None:
    """Where compiled templates are kept: where the generator is installed,
    beside the templates (``templates/__pycache__``, as Python keeps compiled
    modules), compiled once, not once per user or per cache folder; in the
    user's cache where the installation is read-only. Jinja checks each
    against its template's source before using it."""
    folder = TEMPLATES / "__pycache__"
    return folder if _writable(folder) else cache_dir("jinja")


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def kept_in(out: Path) -> list[str]:
    """The files the last run wrote with a hand edit kept in them."""
    try:
        files = json.loads((out / MANIFEST).read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return []
    if not isinstance(files, dict):
        return []
    return sorted(p for p, e in files.items() if isinstance(e, dict) and "written" in e)


def up_to_date(out: Path, key: str) -> bool:
    """Whether ``out`` holds exactly what the run with fingerprint ``key`` wrote."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not key or not isinstance(manifest, dict) or manifest.get("inputs") != key:
        return False
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        return False
    digests = _FileDigests(out)
    for path, entry in files.items():
        if path.startswith(".pristine/"):
            # The generator's own record of what it wrote (edits.py): it must
            # be there, but it is nobody's to edit, so it is not read again.
            if not (out / path).is_file():
                return False
            continue
        if not isinstance(entry, dict):
            return False
        # A file holding a hand edit the last run kept was written so.
        if digests.of(path) != entry.get("written", entry.get("output")):
            return False
    digests.keep()
    return True


class _FileDigests:
    """The SHA-256 of the files of ``out``, each read and hashed only when
    its status (size, times, inode) is not the one recorded with its digest
    in the user's cache the last time, as git's index does: GitHub's output
    is 27 MB, Microsoft Graph's 193 MB. Any write to a file changes its
    ctime, which no tool sets back. A file changed less than two seconds
    before its digest was recorded is hashed again next time: it could
    still change within the same tick of the file system's clock."""

    RACY_NS = 2_000_000_000

    def __init__(self, out: Path) -> None:
        self.out = out
        folder = cache_dir("digests")
        name = hashlib.sha256(str(out.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
        self.record = folder / name[:32] if folder is not None else None
        self.known: dict[str, list[Any]] = {}
        self.found: dict[str, list[Any]] = {}
        try:
            known = json.loads(self.record.read_text(encoding="utf-8")) if self.record else {}
            self.known = known if isinstance(known, dict) else {}
        except (OSError, ValueError):
            pass
        self.now = time.time_ns()

    def of(self, path: str) -> str | None:
        """The digest of ``out/path``, None if it cannot be read."""
        try:
            status = os.stat(self.out / path)
            stamp = [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]
            known = self.known.get(path)
            if isinstance(known, list) and len(known) == 5 and known[:4] == stamp:
                digest = str(known[4])
            else:
                digest = hashlib.sha256((self.out / path).read_bytes()).hexdigest()
        except OSError:
            return None
        if self.now - max(status.st_mtime_ns, status.st_ctime_ns) > self.RACY_NS:
            self.found[path] = [*stamp, digest]
        return digest

    def keep(self) -> None:
        """Records what was found (a cache: losing it costs time only)."""
        if self.record is None or self.found == self.known:
            return
        try:
            staging = self.record.with_name(f".{self.record.name}.{os.getpid()}")
            staging.write_text(json.dumps(self.found), encoding="utf-8")
            os.replace(staging, self.record)
        except OSError:
            pass
