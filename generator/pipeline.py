"""The stages joined up: paths in, files out."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from . import naming
from . import validate as validate_module
from .build import build
from .compose import compose
from .config import Target
from .errors import Problem, Problems, SpecError
from .format import digest, format_files
from .load import Document, load
from .render import Renderer
from .validate import validate
from .write import MANIFEST, manifest_text, read_manifest_field, reusable

COMPOSED_SPEC = "openapi.json"


def load_all(target: Target, strict: bool = False) -> Document:
    """Load, compose and validate, reporting the problems of every file together."""
    return validate(load_composed(target), strict=strict, report=warn)


def load_composed(target: Target) -> Document:
    """Load and compose, reporting the problems of every file together."""
    problems: list[Problem] = []
    documents: dict[Path, Document] = {}
    for path in (target.spec, *target.overlays, *target.fragments):
        try:
            documents[path] = load(path)
        except SpecError as exc:
            problems += exc.problems
    if problems:
        raise SpecError(problems)
    return compose(
        documents[target.spec],
        [documents[p] for p in target.overlays],
        [documents[p] for p in target.fragments],
    )


def validation_key(doc: Document) -> str:
    """Names this exact document under these validation rules: a document
    that passed once need not go through openapi-spec-validator again."""
    rules = Path(validate_module.__file__).read_bytes() + openapi_spec_validator_version().encode()
    text = json.dumps(doc.data, sort_keys=True, ensure_ascii=False)
    return digest(text + hashlib.sha256(rules).hexdigest())


def openapi_spec_validator_version() -> str:
    from importlib.metadata import version

    return version("openapi-spec-validator")


def warn(problem: Problem) -> None:
    print(f"warning: {problem}", file=sys.stderr)


def render_files(target: Target, doc: Document) -> dict[str, str]:
    """Every output file as rendered, before formatting."""
    problems = Problems(doc)
    api = build(doc, problems, target.settings, target.pagination)
    problems.raise_errors()
    for problem in problems.warnings:
        warn(problem)
    api = naming.apply(api)
    renderer = Renderer(api, target)
    files = renderer.render()
    samples = Problems(doc)
    for pointer, message in renderer.sampler.problems:
        samples.warning(pointer, message)
    for problem in samples.warnings:
        warn(problem)
    files[COMPOSED_SPEC] = json.dumps(doc.data, indent=2, ensure_ascii=False) + "\n"
    return files


def generate(target: Target, out: Path | None = None) -> dict[str, str]:
    """The finished files for ``target`` (manifest included), reusing what is
    already formatted on disk in ``out`` where the rendered text is unchanged."""
    out = out or target.out
    doc = load_composed(target)
    key = validation_key(doc)
    if read_manifest_field(out, "validated") != key:
        validate(doc, report=warn)
    rendered = render_files(target, doc)
    outputs = format_files(rendered, reusable(out, rendered))
    outputs[MANIFEST] = manifest_text(rendered, outputs, validated=key)
    return outputs
