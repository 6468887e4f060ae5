"""The stages joined up: paths in, files out."""

from __future__ import annotations

import datetime
import json
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import apidiff, edits, ir, naming
from .apidiff import Change
from .build import build
from .bundle import bundle
from .compose import compose
from .config import Target
from .errors import GeneratorBug, Problem, Problems, SpecError
from .fingerprint import cache_dir, code_key, fingerprint, spec_set_key
from .format import Formatter, digest
from .load import Document, load
from .render import Renderer, verbatim_files
from .validate import validate
from .write import MANIFEST, Previous, manifest_text, read_manifest_field

COMPOSED_SPEC = "openapi.json"
CHANGELOG = "CHANGELOG.md"
CHANGELOG_TITLE = "# Changelog\n\n"
CHANGELOG_INTRO = (
    "What each regeneration changed in the client's Python API, newest first\n"
    "(`python -m generator diff`), with the version bump it calls for.\n\n"
)


def load_all(target: Target, strict: bool = False) -> Document:
    """Load, compose and validate, reporting the problems of every file together."""
    return validate(load_composed(target), strict=strict, report=warn)


def load_composed(target: Target) -> Document:
    """Load and compose, reporting the problems of every file together."""
    problems: list[Problem] = []
    documents: dict[Path, Document] = {}
    for path in (target.spec, *target.overlays, *target.fragments):
        try:
            document = load(path)
            # An overlay's $refs are data it writes; the others' may name files.
            documents[path] = document if path in target.overlays else bundle(document)
        except SpecError as exc:
            problems += exc.problems
    if problems:
        raise SpecError(problems)
    return compose(
        documents[target.spec],
        [documents[p] for p in target.overlays],
        [documents[p] for p in target.fragments],
    )


def validation_key(target: Target) -> str:
    """Names this spec set under these validation rules: a composed document
    that passed once need not be checked again. The files and the generator's
    code (composing and validating) decide the document, so they name it."""
    from importlib.metadata import version

    spec_set = spec_set_key(target)
    return digest(spec_set + code_key() + version("openapi-spec-validator")) if spec_set else ""


def warn(problem: Problem) -> None:
    print(f"warning: {problem}", file=sys.stderr)


def client_api(
    target: Target, doc: Document, report: Callable[[Problem], None] | None = warn
) -> ir.Api:
    """The named IR of ``doc``; SpecError for its errors, its warnings to ``report``."""
    problems = Problems(doc)
    api = build(
        doc,
        problems,
        target.settings,
        target.pagination,
        target.idempotency_header,
        target.selection,
    )
    problems.raise_errors()
    if report is not None:
        for problem in problems.warnings:
            report(problem)
    return naming.apply(api)


def rendered_files(target: Target, doc: Document, api: ir.Api) -> Iterator[tuple[str, str]]:
    """Each output file as rendered, before formatting, as soon as it is."""
    renderer = Renderer(api, target)
    yield from renderer.files()
    samples = Problems(doc)
    for pointer, message in renderer.sampler.problems:
        samples.warning(pointer, message)
    for problem in samples.warnings:
        warn(problem)
    yield COMPOSED_SPEC, json.dumps(doc.data, indent=2, ensure_ascii=False) + "\n"


def generate(
    target: Target,
    out: Path | None = None,
    inputs: str | None = None,
    changes: list[Change] | None = None,
    drop: frozenset[str] = frozenset(),
    kept: list[edits.Rebased] | None = None,
) -> dict[str, str]:
    """The finished files for ``target`` (manifest included), reusing what is
    already formatted on disk in ``out`` where the rendered text is unchanged.
    ``inputs`` is the fingerprint of the run, kept in the manifest. When the
    composed spec differs from the one in ``out``, what that changes in the
    client's API goes into ``changes`` and a dated entry of CHANGELOG.md.
    Hand edits of the files in ``out`` are applied on top (``edits``), but
    for the files ``drop`` names; what was kept, and any conflict, goes into
    ``kept``."""
    out = out or target.out
    inputs = fingerprint(target) if inputs is None else inputs
    doc = load_composed(target)
    key = validation_key(target)
    if not key or read_manifest_field(out, "validated") != key:
        validate(doc, report=warn)
    rendered: dict[str, str] = {}
    # The last run's API surface, read in another process meanwhile.
    previous = PreviousSurface(out, target)
    api = client_api(target, doc)
    formatter = Formatter(Previous(out).reuse, verbatim_files(target))
    try:
        # Files are formatted (in worker processes) while the next ones render.
        for path, text in rendered_files(target, doc, api):
            rendered[path] = text
            formatter.add(path, text)
        outputs = formatter.finish()
    finally:
        formatter.close()
    check_data_files(outputs)
    found = previous.changes(api, outputs[COMPOSED_SPEC])
    if changes is not None:
        changes[:] = found
    log = changelog(out, target, found)
    if log is not None:
        rendered[CHANGELOG] = outputs[CHANGELOG] = log
    rebased = edits.rebase(out, outputs, drop)
    if kept is not None:
        kept.append(rebased)
    files = rebased.files
    files[MANIFEST] = manifest_text(rendered, files, outputs, validated=key, inputs=inputs)
    return files


def check_data_files(outputs: dict[str, str]) -> None:
    """Every TOML and JSON file written loads: anything else is the
    generator's bug (a spec's text that was not escaped)."""
    import tomllib

    for path, text in outputs.items():
        try:
            if path.endswith(".toml"):
                tomllib.loads(text)
            elif path.endswith(".json") and path != COMPOSED_SPEC:  # that one is json.dumps'
                json.loads(text)
        except ValueError as exc:
            raise GeneratorBug(f"{path} does not load: {exc}") from exc


class PreviousSurface:
    """The API surface of the composed spec the last run left in ``out``, to
    compare the new one with. Surfaces are kept in the user's cache by the
    spec's text; one not there yet is built in a forked process while this
    run renders (where the platform can fork)."""

    def __init__(self, out: Path, target: Target) -> None:
        self.path = out / COMPOSED_SPEC
        self.target = target
        self.folder = cache_dir("surfaces")
        self.worker: Any = None
        try:
            self.text: str | None = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
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
            old = load(self.path)
            surface = apidiff.surface_of(client_api(self.target, old, report=None))
        except SpecError:
            return None
        keep(self.folder, self.key, surface)
        return surface

    def changes(self, api: ir.Api, composed: str) -> list[Change]:
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
            warn(Problem(str(self.path), "not compared with the new spec: it no longer builds"))
            return []
        return apidiff.compare(old, new)


def surface_key(target: Target, composed: str) -> str:
    settings = repr((target.settings, target.pagination))
    return digest(code_key() + settings + composed)


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
