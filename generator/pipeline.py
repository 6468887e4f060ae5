"""The stages joined up: paths in, files out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import naming
from .build import Builder
from .compose import compose
from .config import Target
from .errors import Problem, SpecError
from .format import format_files
from .load import Document, load
from .render import Renderer
from .samples import SchemaChecker
from .validate import validate
from .write import MANIFEST, manifest_text, reusable

COMPOSED_SPEC = "openapi.json"


def load_all(target: Target) -> Document:
    """Load, compose and validate, reporting the problems of every file together."""
    problems: list[Problem] = []
    documents: dict[Path, Document] = {}
    for path in (target.spec, *target.overlays, *target.fragments):
        try:
            documents[path] = load(path)
        except SpecError as exc:
            problems += exc.problems
    if problems:
        raise SpecError(problems)
    composed = compose(
        documents[target.spec],
        [documents[p] for p in target.overlays],
        [documents[p] for p in target.fragments],
    )
    return validate(composed)


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def render_files(target: Target, doc: Document) -> dict[str, str]:
    """Every output file as rendered, before formatting."""
    builder = Builder(doc, warn)
    api = naming.apply(builder.api())
    checker = SchemaChecker(doc.data)
    renderer = Renderer(
        api,
        target.package,
        target.version,
        target.auth_env,
        target.env_prefix,
        builder.deref,
        checker,
        warn,
    )
    files = renderer.render()
    files[COMPOSED_SPEC] = json.dumps(doc.data, indent=2, ensure_ascii=False) + "\n"
    return files


def generate(target: Target, out: Path | None = None) -> dict[str, str]:
    """The finished files for ``target`` (manifest included), reusing what is
    already formatted on disk in ``out`` where the rendered text is unchanged."""
    out = out or target.out
    rendered = render_files(target, load_all(target))
    outputs = format_files(rendered, reusable(out, rendered))
    outputs[MANIFEST] = manifest_text(rendered, outputs)
    return outputs
