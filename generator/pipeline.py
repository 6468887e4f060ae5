"""The stages joined up: paths in, files out.

load (load.py, load_yaml.py, bundle.py) -> compose (compose.py) -> validate (validate.py)
-> build the IR (build.py) -> name (naming.py) -> render (render.py) ->
format (format.py) -> hand edits kept (edits.py); each takes what the one
before gives. What a run reuses from the last one (the validation key, the
previous API surface, the changelog) is in incremental.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any
from pathlib import Path

from msgspec import Struct, field
from msgspec.structs import replace

from . import apidiff, edits, ir, naming
from .apidiff import Change
from .build import build
from .bundle import bundle
from .compose import compose
from .config import Target
from .errors import GeneratorBug, Problem, Problems, SpecError
from .fingerprint import fingerprint
from .forked import Forked
from .format import Formatter, digest
from .load import Document, load
from .render import Renderer, ResourceFiles, verbatim_files
from .incremental import (
    API_RECORD,
    CHANGELOG,
    COMPOSED_SPEC,
    PreviousSurface,
    changelog,
    record_end,
    record_start,
    resource_keys,
    surface_key,
    validation_key,
)
from .validate import validate
from .write import (
    MANIFEST,
    Content,
    Previous,
    Recorded,
    manifest_text,
    read_manifest_field,
    record_of,
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


class Rendering(Struct):
    """What rendering gave besides the files (handed to the formatter): the
    digest of each file's rendered text (for the manifest), and the record
    of each resource's files and findings by its key (``resource_keys``,
    for the API record)."""

    rendered: dict[str, str] = field(default_factory=dict)
    resources: dict[str, dict[str, Any]] = field(default_factory=dict)


def render_and_format(
    target: Target,
    doc: Document,
    api: ir.Api,
    formatter: Formatter,
    report: Callable[[Problem], None] = warn,
    previous: Previous | None = None,
) -> Rendering:
    """Every output file rendered and handed to ``formatter``. The
    resources' modules and tests, most of the work, are rendered and
    formatted by the formatter's workers, each holding the renderer as this
    process had it (forked); the rest here, while they render. The models
    module and each resource whose key ``previous`` recorded, with its files
    as that run wrote them, are not rendered again: files and findings are
    taken from there."""
    renderer = Renderer(api, target)
    rendering = Rendering()

    def add(path: str, text: str) -> str:
        rendering.rendered[path] = digest(text)
        formatter.add(path, text)
        return path

    def take(kept: Recorded) -> list[str]:
        for path, (text, rendered) in kept.files.items():
            rendering.rendered[path] = rendered
            formatter.take((path, text, ""))
        return list(kept.files)

    def recorded(key: str, index: int | None) -> Recorded | None:
        """The last run's record of these files, if it is one of the files
        rendering makes here, with a README call per operation."""
        found = previous.recorded(key) if previous is not None else None
        calls = len(api.resources[index].operations) if index is not None else 0
        if found is None or set(found.files) != set(renderer.paths(index)):
            return None
        return found if len(found.readme_arguments) == calls else None

    # The keys decide what is rendered where the last run recorded some;
    # else they are only recorded, and worked out while the workers render.
    keyed, kept_files = None, {}
    if previous is not None and previous.resources:
        keyed = resource_keys(api, target, renderer.tests.planner)
        kept_files = {i: recorded(key, i) for i, key in enumerate(keyed[1])}
    kept = recorded(keyed[0], None) if keyed else None
    models = take(kept) if kept is not None else [add(*renderer.models_file())]
    renderer.prepare()
    largest_first = sorted(
        range(len(api.resources)), key=lambda i: -len(api.resources[i].operations)
    )
    todo = [i for i in largest_first if kept_files.get(i) is None]
    jobs = formatter.run(_resource_job, todo, (renderer, formatter))
    for path, text in renderer.package_files():
        add(path, text)  # now: queued behind the resources, not rendered once they are done
    models_key, keys = keyed or resource_keys(api, target, renderer.tests.planner)
    rendering.resources[models_key] = record_of(models)
    for index, key in enumerate(keys):
        kept = kept_files.get(index)
        if kept is None:
            files, rendered, results = next(jobs)
            rendering.rendered.update(rendered)
            for result in results:
                formatter.take(result)
            paths = list(rendered)
        else:
            makers = renderer.tests.makers_of(api.resources[index])
            files = ResourceFiles(
                index, (), kept.readme_arguments, kept.problems, kept.given_way, makers
            )
            paths = take(kept)
        renderer.adopt(files)
        rendering.resources[key] = record_of(
            paths, files.readme_arguments, files.problems, files.given_way
        )
        for pointer, _ in files.problems:
            doc.source.locate(pointer, doc.path)  # found now, while the workers go on
    for path, text in renderer.other_files():
        add(path, text)
    samples = Problems(doc)
    for pointer, message in renderer.sampler.problems:
        samples.warning(pointer, message)
    for problem in samples.warnings:
        report(problem)
    return rendering


def _resource_job(
    shared: tuple[Renderer, Formatter], index: int
) -> tuple[ResourceFiles, dict[str, str], list[tuple[str, str | None, str]]]:
    """What rendering a resource's files found, the digest of each file's
    rendered text, and each formatted (in a worker, most often: the
    rendered text itself does not go back)."""
    renderer, formatter = shared
    files = renderer.resource_files(index)
    rendered = {path: digest(text) for path, text in files.files}
    results = [formatter.format(path, text) for path, text in files.files]
    return replace(files, files=()), rendered, results


def composed_spec(doc: Document) -> bytes:
    """The composed spec as the output keeps it: a JSON spec nothing was
    composed into byte for byte as it was read, else ``doc.data`` as
    indented JSON."""
    if doc.raw:
        return doc.raw
    return (json.dumps(doc.data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def generate(
    target: Target,
    out: Path | None = None,
    inputs: str | None = None,
    changes: list[Change] | None = None,
    drop: frozenset[str] = frozenset(),
    kept: list[edits.Rebased] | None = None,
) -> dict[str, Content]:
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
    validation: Forked[tuple[list[Problem], list[Problem]]] | None = None
    api_record: Forked[ApiRecord] | None = None
    try:
        if not key or read_manifest_field(out, "validated") != key:
            validation = Forked(lambda: _validated(doc))
        previous = PreviousSurface(out, target, _surface_of(target))
        held: list[Problem] = []  # warnings, shown after validation's own
        last = Previous(out, previous.rendered)
        formatter = Formatter(last.reuse, verbatim_files(target))
        composed = composed_spec(doc)  # copied, not rendered or formatted
        try:
            api = client_api(target, doc, report=held.append)
            # The new API's record and what it changes, worked out while this
            # process and the workers render.
            api_record = Forked(lambda: _api_record(target, api, composed, previous))
            rendering = render_and_format(
                target, doc, api, formatter, report=held.append, previous=last
            )
            outputs = formatter.finish()
        except Exception:
            # An invalid spec is reported as such, not as what building it broke.
            if validation is not None:
                _report_validation(validation.result(), warn)
            raise
        finally:
            formatter.close()
        if validation is not None:
            _report_validation(validation.result(), warn)
        start, found, notes = api_record.result()
    finally:
        # After an error no child is left running: their answers are not wanted.
        if validation is not None:
            validation.cancel()
        if api_record is not None:
            api_record.cancel()
    for problem in held + notes:
        warn(problem)
    check_data_files(outputs)
    record = record_end(start, rendering.resources)
    files_made: dict[str, Content] = {**outputs, COMPOSED_SPEC: composed, API_RECORD: record}
    if changes is not None:
        changes[:] = found
    log = changelog(out, target, found)
    if log is not None:
        files_made[CHANGELOG] = log
        rendering.rendered[CHANGELOG] = digest(log)
    rebased = edits.rebase(out, files_made, drop)
    if kept is not None:
        kept.append(rebased)
    files = rebased.files
    files[MANIFEST] = manifest_text(
        rendering.rendered,
        files,
        files_made,
        validated=key,
        inputs=inputs,
    )
    return files


def _validated(doc: Document) -> tuple[list[Problem], list[Problem]]:
    """The warnings and the errors validating ``doc`` finds."""
    warnings: list[Problem] = []
    try:
        validate(doc, report=warnings.append)
    except SpecError as exc:
        return warnings, exc.problems
    return warnings, []


def _report_validation(
    outcome: tuple[list[Problem], list[Problem]], report: Callable[[Problem], None]
) -> None:
    """The warnings to ``report``; SpecError naming the errors."""
    warnings, errors = outcome
    if errors:
        raise SpecError(errors)
    for problem in warnings:
        report(problem)


# The start of the API's record, what the API changes, and the warnings
# comparing it with the last run's gave.
ApiRecord = tuple[bytes, list[Change], list[Problem]]


def _api_record(
    target: Target, api: ir.Api, composed: bytes, previous: PreviousSurface
) -> ApiRecord:
    """The start of the API's record (``record_start``), what the API
    changes since the last run, and the warnings comparing them gave."""
    surface = apidiff.surface_of(api)
    found, notes = previous.changes(surface, composed)
    return record_start(surface_key(target, composed), surface), found, notes


def _surface_of(target: Target) -> Callable[[Document], apidiff.Surface]:
    """The API surface of a spec, as the pure stages make its client."""
    return lambda doc: apidiff.surface_of(client_api(target, doc, report=None))


def check_data_files(outputs: dict[str, str]) -> None:
    """Every TOML and JSON file written loads: anything else is the
    generator's bug (a spec's text that was not escaped)."""
    import tomllib

    for path, text in outputs.items():
        try:
            if path.endswith(".toml"):
                tomllib.loads(text)
            elif path.endswith(".json"):
                json.loads(text)
        except ValueError as exc:
            raise GeneratorBug(f"{path} does not load: {exc}") from exc
