"""What a run takes from the last one, so that it does only what changed:
the key of a spec set already validated, the previous run's API surface (kept
in the user's cache, or built in a forked process while this run renders) to
tell what changed in the client's API, and the changelog entry for it.

The pure stages (load, compose, validate, build, name, render, format) are in
``pipeline``; nothing here changes what they make, only whether they run
and what the summary says.
"""

from __future__ import annotations

import datetime
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import apidiff, ir
from .apidiff import Change
from .config import Target
from .errors import Problem, SpecError
from .fingerprint import cache_dir, code_key, installed_version, spec_set_key
from .format import digest
from .load import Document, load

COMPOSED_SPEC = "openapi.json"
CHANGELOG = "CHANGELOG.md"
CHANGELOG_TITLE = "# Changelog\n\n"
CHANGELOG_INTRO = (
    "What each regeneration changed in the client's Python API, newest first\n"
    "(`python -m generator diff`), with the version bump it calls for.\n\n"
)


def validation_key(target: Target) -> str:
    """Names this spec set under these validation rules: a composed document
    that passed once need not be checked again. The files and the generator's
    code (composing and validating) decide the document, so they name it."""
    spec_set = spec_set_key(target)
    validator = installed_version("openapi-spec-validator")
    return digest(spec_set + code_key() + validator) if spec_set else ""


class PreviousSurface:
    """The API surface of the composed spec the last run left in ``out``, to
    compare the new one with. Surfaces are kept in the user's cache by the
    spec's text; one not there yet is built in a forked process while this
    run renders (where the platform can fork)."""

    def __init__(
        self,
        out: Path,
        target: Target,
        surface_of: Callable[[Document], apidiff.Surface],
        report: Callable[[Problem], None],
    ) -> None:
        self.path = out / COMPOSED_SPEC
        self.target = target
        self.surface_of = surface_of  # the spec's API surface: the pipeline's pure stages
        self.report = report
        self.folder = cache_dir("surfaces")
        self.worker: Any = None
        try:
            self.text: bytes | None = self.path.read_bytes()
        except OSError:
            self.text = None  # a fresh output: nothing to compare with
            return
        self.key = surface_key(target, self.text)
        if self.folder is None or (self.folder / self.key).exists():
            return
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods():
            self.worker = multiprocessing.get_context("fork").Process(
                target=self._build, daemon=True
            )
            self.worker.start()

    def _build(self) -> apidiff.Surface | None:
        try:
            surface = self.surface_of(load(self.path))
        except SpecError:
            return None
        keep(self.folder, self.key, surface)
        return surface

    def changes(self, api: ir.Api, composed: bytes) -> list[Change]:
        """What ``api`` (made from ``composed``) changes in the client's API."""
        if self.worker is not None and self.text == composed:
            self.worker.terminate()  # no change to compare: its work is not needed
        if self.text is None or self.text == composed:
            return []
        new = apidiff.surface_of(api)
        keep(self.folder, surface_key(self.target, composed), new)
        if self.worker is not None:
            self.worker.join()
        old = kept(self.folder, self.key) or self._build()
        if old is None:
            self.report(
                Problem(str(self.path), "not compared with the new spec: it no longer builds")
            )
            return []
        return apidiff.compare(old, new)


def surface_key(target: Target, composed: bytes) -> str:
    settings = repr((target.settings, target.pagination))
    return digest((code_key() + settings).encode("utf-8") + digest(composed).encode("ascii"))


def keep(folder: Path | None, key: str, surface: apidiff.Surface) -> None:
    if folder is None or (folder / key).exists():
        return
    try:
        staging = folder / f".{key}.{os.getpid()}"
        staging.write_bytes(pickle.dumps(surface, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(staging, folder / key)
    except OSError:
        pass  # a cache: losing it costs time only


def kept(folder: Path | None, key: str) -> apidiff.Surface | None:
    if folder is None:
        return None
    try:
        surface = pickle.loads((folder / key).read_bytes())
    except Exception:  # missing, or written by another version: build it again
        return None
    return surface if isinstance(surface, apidiff.Surface) else None


def changelog(out: Path, target: Target, changes: list[Change]) -> str | None:
    """CHANGELOG.md in ``out`` with an entry for ``changes`` on top, or as it
    is when there are none (None when there is no changelog yet)."""
    try:
        text = (out / CHANGELOG).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if not changes:
        return text or None
    if not text.startswith(CHANGELOG_TITLE):
        text = CHANGELOG_TITLE + CHANGELOG_INTRO + text
    head, rest = (
        text[: len(CHANGELOG_TITLE + CHANGELOG_INTRO)],
        text[len(CHANGELOG_TITLE + CHANGELOG_INTRO) :],
    )
    entry = apidiff.changelog_entry(changes, target.version, _today())
    return head + entry + ("\n" + rest if rest else "")


def _today() -> str:
    """Today's date, or the one SOURCE_DATE_EPOCH fixes (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()
