"""Format stage: black, in-process, plus a syntax check of every Python file.

A file whose rendered text is the same as last run's (the manifest keeps a
hash of it) is taken from disk as it is, without running black again. When
many files need black, they are spread over the machine's cores (black is
most of a first generation's time); the result is the same either way.
"""

from __future__ import annotations

import ast
import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import black

from .errors import Problem, SpecError

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 12


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _format(item: tuple[str, str]) -> tuple[str, str | None, str]:
    """(path, formatted text or None, error)."""
    path, text = item
    try:
        ast.parse(text, filename=path)
        return path, black.format_str(text, mode=MODE), ""
    except (SyntaxError, black.InvalidInput) as exc:
        return path, None, str(exc)


def format_files(rendered: dict[str, str], reuse: dict[str, str] | None = None) -> dict[str, str]:
    """Formatted text for each file; ``reuse`` maps path -> already formatted
    text for files whose rendered text has not changed."""
    reuse = reuse or {}
    result = {path: reuse.get(path, text) for path, text in rendered.items()}
    todo = [
        (path, text)
        for path, text in rendered.items()
        if path.endswith(".py") and path not in reuse
    ]
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) >= PARALLEL_FROM and workers > 1:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            done = list(pool.map(_format, todo, chunksize=4))
    else:
        done = [_format(item) for item in todo]
    problems = [
        Problem(path, f"the generated code does not parse: {error}")
        for path, _, error in done
        if error
    ]
    if problems:
        raise SpecError(problems)
    result.update({path: text for path, text, _ in done if text is not None})
    return result
