"""Format stage: {path: text} -> the same, every Python file laid out as
black would, plus a syntax check and a check that it defines every name it
uses.

The templates write black's style; what they cannot know is which lines
spec data makes too long, and ``layout`` splits those as black would. Only a
file holding a line in a shape ``layout`` does not know goes through black
itself (in-process; spread over the machine's cores when there are many).
Either way the text is what black makes of it (line length 100, Python 3.10).
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from . import layout

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
from .errors import GeneratorBug

LINE_LENGTH = layout.WIDTH
TARGET = "py310"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def black_format(text: str) -> str:
    """``text`` through black itself (imported only when needed: it is slow to load)."""
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
    return black.format_str(text, mode=mode)


def _check_and_lay_out(path: str, text: str) -> tuple[str | None, str]:
    """(the text laid out, or None when black must do it; an error)."""
    try:
        with warnings.catch_warnings():
            # An escape Python warns of ("\p" in a string) would be a bug to come.
            warnings.simplefilter("error", SyntaxWarning)
            warnings.simplefilter("error", DeprecationWarning)
            tree = ast.parse(text, filename=path)
    except SyntaxError as exc:
        return None, f"the generated code does not parse: {exc}"
    missing = undefined_names(tree)
    if missing:
        return None, f"the generated code uses names it never defines: {', '.join(missing)}"
    try:
        return lay_out_long_lines(text, tree), ""
    except layout.Unsure as unsure:
        if os.environ.get("GENERATOR_DEBUG"):
            print(
                f"debug: {path}: black formats this file, for: {str(unsure)[:200]}", file=sys.stderr
            )
        return None, ""


def lay_out_long_lines(text: str, tree: ast.Module) -> str:
    """``text`` with its docstrings as black leaves them and each line
    longer than the limit split as black would (the lines of strings that
    stand as statements, such as docstrings, left alone)."""
    lines = text.split("\n")
    in_strings: set[int] = set()  # line indexes
    edits: list[tuple[int, ast.expr | None, str]] = []  # (line index, docstring, its indent)
    for node, depth, is_docstring in _string_statements(tree.body, 0, True):
        in_strings.update(range(node.lineno - 1, node.end_lineno or node.lineno))
        if is_docstring:
            edits.append((node.lineno - 1, node, layout.INDENT * depth))
    statements: dict[int, int] = {}  # first line -> last line, laid out as one
    covered = -1
    for index, line in enumerate(lines):
        too_long = len(line) > LINE_LENGTH or not line.isascii()
        if index <= covered or not too_long or index in in_strings:
            continue
        if layout.width(line) <= LINE_LENGTH:
            continue
        if line.endswith("(") and (end := _closing_line(lines, index)) is not None:
            # The first line of a call the template wrote exploded: black may
            # move the whole call a level deeper, so its lines go with it.
            statements[index] = covered = end
        edits.append((index, None, ""))
    # Bottom up, so that the line numbers of what is left to do stay right.
    for index, string, indent in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if string is None:
            if index in statements:
                end = statements[index]
                lines[index : end + 1] = layout.lay_out_exploded(lines[index : end + 1])
            else:
                lines[index : index + 1] = layout.lay_out(lines[index])
            continue
        last = (string.end_lineno or string.lineno) - 1
        start = _char_offset(lines[index], string.col_offset)
        end = len(lines[last]) - _char_offset(lines[last], string.end_col_offset or 0)
        joined = "\n".join(lines[index : last + 1])
        literal = joined[start : len(joined) - end]
        fixed = layout.docstring(literal, indent)
        if fixed != literal:
            lines[index : last + 1] = (joined[:start] + fixed + joined[len(joined) - end :]).split(
                "\n"
            )
    return "\n".join(lines)


def _closing_line(lines: list[str], index: int) -> int | None:
    """The index of the line that closes the bracket ``lines[index]`` opens
    when it ends a statement written over several lines, else None."""
    line = lines[index]
    closing = line[: len(line) - len(line.lstrip(" "))] + ")"
    for end in range(index + 1, len(lines)):
        if lines[end] == closing:
            return end
        if not lines[end].startswith(closing[:-1] + " "):
            return None
    return None


def _char_offset(line: str, byte_offset: int) -> int:
    """ast counts columns in UTF-8 bytes; this is the index in ``line``."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", "replace"))


def _string_statements(
    body: list[ast.stmt], depth: int, first_is_docstring: bool
) -> Iterator[tuple[ast.expr, int, bool]]:
    """Each string standing as a statement: (the string, its block's depth,
    whether it is the block's docstring)."""
    for index, statement in enumerate(body):
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            if isinstance(statement.value.value, str):
                yield statement.value, depth, first_is_docstring and index == 0
        if isinstance(statement, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from _string_statements(statement.body, depth + 1, True)
        elif isinstance(statement, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
            for block in (statement.body, getattr(statement, "orelse", [])):
                yield from _string_statements(block, depth + 1, False)


_BUILTINS = frozenset(dir(builtins)) | {"__file__", "__name__", "__doc__", "__spec__"}


def undefined_names(tree: ast.Module) -> list[str]:
    """Names the code reads (annotations included) but binds nowhere: the
    mark of a generator bug that would fail at import or type-check time.
    A name bound anywhere in the file counts as defined everywhere, which is
    coarse but cheap, and enough for generated code."""
    bound: set[str] = set()
    read: set[str] = set()
    for node in ast.walk(tree):
        kind = type(node)
        if kind is ast.Name:
            (read if type(node.ctx) is ast.Load else bound).add(node.id)  # type: ignore[attr-defined]
        elif kind is ast.Constant or kind is ast.Load or kind is ast.Attribute:
            continue  # the most common nodes, none of them binds or names a type
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif kind is ast.arg:
            bound.add(node.arg)  # type: ignore[attr-defined]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif kind is ast.AnnAssign or kind is ast.Call:
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


class Formatter:
    """Formats files as the renderer hands them over. With cores to spare and
    enough to do, worker processes format while the renderer goes on."""

    # Starting workers costs more than formatting this many files in-process.
    ALONE = 4

    def __init__(
        self,
        reuse: Callable[[str, str], str | None] | None = None,
        verbatim: frozenset[str] = frozenset(),
        workers: int | None = None,
    ) -> None:
        self.reuse = reuse or (lambda path, text: None)
        self.verbatim = verbatim
        self.done: dict[str, str] = {}
        self.problems: list[str] = []
        self.waiting: list[tuple[str, str]] = []
        self.pending: list[Future[tuple[str, str | None, str]]] = []
        self.workers = min(os.cpu_count() or 1, 8) if workers is None else workers
        self.pool: ProcessPoolExecutor | None = None

    def add(self, path: str, text: str) -> None:
        if not path.endswith(".py") or path in self.verbatim:
            self.done[path] = text
            return
        kept = self.reuse(path, text)
        if kept is not None:
            self.done[path] = kept
            return
        self.waiting.append((path, text))
        if self.pool is None and len(self.waiting) > self.ALONE:
            self.pool = self._start_pool()
        if self.pool is not None:
            for item in self.waiting:
                self.pending.append(self.pool.submit(format_one, item))
            self.waiting.clear()

    def _start_pool(self) -> ProcessPoolExecutor | None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Workers are forked (cheap, nothing to import again); where the
        # platform cannot fork (Windows) everything is formatted here.
        if self.workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            self.workers = 1
            return None
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))

    def finish(self) -> dict[str, str]:
        """Every file formatted; GeneratorBug naming each file that failed."""
        for item in self.waiting:
            self._collect(format_one(item))
        self.waiting.clear()
        for future in self.pending:
            self._collect(future.result())
        self.close()
        if self.problems:
            raise GeneratorBug("; ".join(self.problems))
        return self.done

    def _collect(self, result: tuple[str, str | None, str]) -> None:
        path, text, error = result
        if text is None:
            self.problems.append(f"{path}: {error}")
        else:
            self.done[path] = text

    def close(self) -> None:
        """Stop the workers (at the end, or after an error elsewhere)."""
        if self.pool is not None:
            # Waited for: a pool left to shut down while the interpreter exits
            # can print "Bad file descriptor" from its queue thread.
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def format_one(item: tuple[str, str]) -> tuple[str, str | None, str]:
    """(path, formatted text or None, error): laid out here when every long
    line has a shape ``layout`` knows, else by black."""
    path, text = item
    laid_out, error = _check_and_lay_out(path, text)
    if error:
        return path, None, error
    if laid_out is not None:
        return path, laid_out, ""
    try:
        return path, black_format(text), ""
    except Exception as exc:  # black's InvalidInput, or a bug of its own
        return path, None, f"the generated code does not parse: {exc}"
