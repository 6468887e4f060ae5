"""Format stage: black, in-process, plus a syntax check of every Python file.

A file whose rendered text is the same as last run's (the manifest keeps a
hash of it) is taken from disk as it is, without running black again. When
many files need black, they are spread over the machine's cores (black is
most of a first generation's time); the result is the same either way.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .errors import Problem, SpecError

MODE = Mode(target_versions={TargetVersion.PY310}, line_length=100)
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 12


def formatter_key() -> str:
    """Names the formatter: text formatted by another black, or in another
    mode, is formatted again."""
    return f"black {version('black')} {MODE!r}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _format(item: tuple[str, str]) -> tuple[str, str | None, str]:
    """(path, formatted text or None, error)."""
    path, text = item
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as exc:
        return path, None, f"the generated code does not parse: {exc}"
    missing = undefined_names(tree)
    if missing:
        return path, None, f"the generated code uses names it never defines: {', '.join(missing)}"
    try:
        return path, black.format_str(text, mode=MODE), ""
    except InvalidInput as exc:
        return path, None, f"the generated code does not parse: {exc}"


_BUILTINS = frozenset(dir(builtins)) | {"__file__", "__name__", "__doc__", "__spec__"}


def undefined_names(tree: ast.Module) -> list[str]:
    """Names the code reads (annotations included) but binds nowhere: the
    mark of a generator bug that would fail at import or type-check time.
    A name bound anywhere in the file counts as defined everywhere, which is
    coarse but cheap, and enough for generated code."""
    bound: set[str] = set()
    read: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        for text in _type_strings(node):
            read.update(_names_in(text))
    return sorted(read - bound - _BUILTINS)


def _type_strings(node: ast.AST) -> list[str]:
    """Types written as strings: a TypeAlias's value, a functional TypedDict's."""
    if (
        isinstance(node, ast.AnnAssign)
        and isinstance(node.annotation, ast.Name)
        and node.annotation.id == "TypeAlias"
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ):
        return [node.value.value]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "TypedDict"
        and len(node.args) == 2
        and isinstance(node.args[1], ast.Dict)
    ):
        return [
            v.value
            for v in node.args[1].values
            if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ]
    return []


def _names_in(text: str) -> set[str]:
    try:
        expression = ast.parse(text, mode="eval")
    except SyntaxError:
        return {text}
    return {n.id for n in ast.walk(expression) if isinstance(n, ast.Name)}


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
        # fork where the platform has it (fast to start); spawn elsewhere (Windows).
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
            done = list(pool.map(_format, todo, chunksize=4))
    else:
        done = [_format(item) for item in todo]
    problems = [Problem(path, error) for path, _, error in done if error]
    if problems:
        raise SpecError(problems)
    result.update({path: text for path, text, _ in done if text is not None})
    return result
