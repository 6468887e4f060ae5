"""Format stage: black, in-process, plus a syntax check of every Python file.

A file whose rendered text is the same as last run's (the manifest keeps a
hash of it) is taken from disk as it is, without running black again.
"""

from __future__ import annotations

import ast
import hashlib

import black

from .errors import Problem, SpecError

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def format_files(rendered: dict[str, str], reuse: dict[str, str] | None = None) -> dict[str, str]:
    """Formatted text for each file; ``reuse`` maps path -> already formatted
    text for files whose rendered text has not changed."""
    reuse = reuse or {}
    problems: list[Problem] = []
    result: dict[str, str] = {}
    for path, text in rendered.items():
        if path in reuse:
            result[path] = reuse[path]
            continue
        if not path.endswith(".py"):
            result[path] = text
            continue
        try:
            ast.parse(text, filename=path)
            result[path] = black.format_str(text, mode=MODE)
        except (SyntaxError, black.InvalidInput) as exc:
            problems.append(Problem(path, f"the generated code does not parse: {exc}"))
    if problems:
        raise SpecError(problems)
    return result
