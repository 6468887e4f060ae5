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

# The tables and flags the public symtable module wraps (no type stubs).
import _symtable  # type: ignore[import-not-found]
import ast
import bisect
import builtins
import functools
import hashlib
import itertools
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from msgspec import Struct

from . import layout
from .errors import GeneratorBug
from .forked import Workers, can_fork

LINE_LENGTH = layout.WIDTH
TARGET = "py310"


def digest(content: str | bytes) -> str:
    """The SHA-256 of ``content`` (text as UTF-8)."""
    return hashlib.sha256(
        content.encode("utf-8") if isinstance(content, str) else content
    ).hexdigest()


def black_format(text: str) -> str:
    """``text`` through black itself (imported only when needed: it is slow to load)."""
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
    return black.format_str(text, mode=mode)


def _check_and_lay_out(path: str, text: str) -> tuple[str | None, str]:
    """(the text laid out, or None when black must do it; an error)."""
    try:
        missing = undefined_names(text, path)
    except SyntaxError as exc:
        return None, f"the generated code does not parse: {exc}"
    if missing:
        return None, f"the generated code uses names it never defines: {', '.join(missing)}"
    try:
        return lay_out_long_lines(text), ""
    except layout.Unsure as unsure:
        if os.environ.get("GENERATOR_DEBUG"):
            print(
                f"debug: {path}: black formats this file, for: {str(unsure)[:200]}", file=sys.stderr
            )
        return None, ""


class StringStatement(Struct, frozen=True):
    """A string standing as a statement (a docstring, most often): its first
    and last line (indexes), where it starts in the first and how much of
    the last follows it (in characters), its block's depth, and whether it
    opens its block (a docstring, which black normalizes)."""

    first: int
    last: int
    start: int
    after: int
    depth: int
    is_docstring: bool


# Comments and string literals, matched whole from the start of a file: in
# code for Python 3.10 (no quotes of one kind nested in an f-string of the
# same kind), this finds each string as Python's tokenizer does, at a small
# part of the cost of parsing the file.
_STRING_OR_COMMENT = (
    r"#[^\n]*"
    r'|"""(?:[^"\\]+|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]+|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]+|\\.)*"'
    r"|'(?:[^'\\\n]+|\\.)*'"
)
# Splits a file into code and, between, each string or comment.
_SPLIT_AT_STRINGS = re.compile("(" + _STRING_OR_COMMENT + ")", re.DOTALL)
_BLOCK_OPENING = re.compile(r"(?:async def|def|class) ")


def string_statements(text: str, lines: list[str]) -> list[StringStatement]:
    """Each string of ``text`` (split into ``lines``) that stands alone on
    its lines, outside any bracket: a statement. It is its block's docstring
    when the code line before it ends a ``def`` or ``class`` header, or when
    no code comes before it in the file.

    The regular expression engine splits the file; only the strings that
    start a line are looked at one by one (most strings do not)."""
    found: list[StringStatement] = []
    parts = _SPLIT_AT_STRINGS.split(text)  # code, then (string, code) each
    line_starts: list[int] = []
    brackets = 0  # open brackets in the code before the string
    counted = 0  # the code parts before this one are counted in ``brackets``
    offset, measured = 0, 0  # parts[measured] starts at text[offset]
    last_code = len(parts) - 1
    for at in range(1, last_code, 2):
        before = parts[at - 1]
        if "\n" not in before and at != 1:
            continue  # not the first on its line
        head = before[before.rfind("\n") + 1 :]
        start = len(head.rstrip("rRbBuUfF"))  # the string's prefix is part of it
        string, code_after = parts[at], parts[at + 1]
        if head[:start].strip(" ") or string[0] == "#":
            continue
        line_end = code_after.find("\n")
        if line_end < 0 and at + 1 != last_code:
            continue  # another string or a comment follows on its line
        if code_after[: line_end if line_end >= 0 else None].strip(" "):
            continue  # part of an expression
        code = "".join(parts[counted:at:2])
        counted = at + 1
        brackets += sum(map(code.count, "([{")) - sum(map(code.count, ")]}"))
        if brackets:
            continue
        offset += sum(map(len, parts[measured:at]))
        measured = at
        line_starts = line_starts or _line_starts(lines)
        first = bisect.bisect_right(line_starts, offset) - 1
        last = bisect.bisect_right(line_starts, offset + len(string) - 1, lo=first) - 1
        after = line_starts[last] + len(lines[last]) - offset - len(string)
        depth, is_docstring = start // 4, _opens_block(lines, first, start)
        found.append(StringStatement(first, last, start, after, depth, is_docstring))
    return found


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in the text they were split from."""
    starts = [0] * len(lines)
    offset = 0
    for index, line in enumerate(lines):
        starts[index] = offset
        offset += len(line) + 1
    return starts


def _opens_block(lines: list[str], index: int, indent: int) -> bool:
    """Whether the statement on line ``index``, indented by ``indent``, is
    the first of the module, of a ``def`` or of a ``class``."""
    before = index - 1
    while before >= 0 and (not lines[before].strip() or lines[before].lstrip().startswith("#")):
        before -= 1
    if before < 0:
        return indent == 0
    if not lines[before].endswith(":") or indent < 4:
        return False
    # A header written over several lines ends with its closing bracket at
    # the header's own indentation, and starts on the line before that is
    # at that indentation too.
    outer = indent - 4
    if _indent(lines[before]) == outer and lines[before][outer] == ")":
        before -= 1
        while before > 0 and _indent(lines[before]) != outer:
            before -= 1
    header = lines[before]
    return _indent(header) == outer and bool(_BLOCK_OPENING.match(header, outer))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def lay_out_long_lines(text: str) -> str:
    """``text`` with its docstrings as black leaves them and each line
    longer than the limit split as black would (the lines of strings that
    stand as statements, such as docstrings, left alone)."""
    lines = text.split("\n")
    in_strings: set[int] = set()  # line indexes
    edits: list[tuple[int, StringStatement | None]] = []  # (line index, docstring)
    for statement in string_statements(text, lines):
        in_strings.update(range(statement.first, statement.last + 1))
        if statement.is_docstring:
            edits.append((statement.first, statement))
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
        edits.append((index, None))
    # Bottom up, so that the line numbers of what is left to do stay right.
    for index, string in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if string is None:
            if index in statements:
                end = statements[index]
                lines[index : end + 1] = layout.lay_out_exploded(lines[index : end + 1])
            else:
                lines[index : index + 1] = layout.lay_out(lines[index])
            continue
        joined = "\n".join(lines[string.first : string.last + 1])
        end = len(joined) - string.after
        literal = joined[string.start : end]
        fixed = layout.docstring(literal, layout.INDENT * string.depth)
        if fixed != literal:
            lines[string.first : string.last + 1] = (
                joined[: string.start] + fixed + joined[end:]
            ).split("\n")
    return "\n".join(lines)


def _closing_line(lines: list[str], index: int) -> int | None:
    """The index of the line that closes the bracket ``lines[index]`` opens
    when it ends a statement written over several lines, else None."""
    closing = " " * _indent(lines[index]) + ")"
    for end in range(index + 1, len(lines)):
        if lines[end] == closing:
            return end
        if not lines[end].startswith(closing[:-1] + " "):
            return None
    return None


# `__class__` is the cell `super()` reads.
_BUILTINS = frozenset(dir(builtins)) | {"__file__", "__name__", "__doc__", "__spec__", "__class__"}
_FUTURE_ANNOTATIONS = "from __future__ import annotations\n"
_BINDS = _symtable.DEF_LOCAL | _symtable.DEF_IMPORT | _symtable.DEF_PARAM
_TYPE_ALIAS_STRING = re.compile(
    r": TypeAlias = ([rRbBuU]{0,2}(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'))$", re.M
)
_TYPED_DICT_CALL = re.compile(r"^\w+ = TypedDict\(", re.M)
_CLOSING_LINE = re.compile(r"^\)[^\n]*$", re.M)


def undefined_names(text: str, path: str = "<generated>") -> list[str]:
    """Names the code reads (annotations included) but binds nowhere: the
    mark of a generator bug that would fail at import or type-check time.
    A name bound anywhere in the file counts as defined everywhere, which is
    coarse but cheap, and enough for generated code. SyntaxError when the
    code does not parse, or has an escape Python warns of.

    Python's symbol tables say which names are read and bound without
    building a syntax tree; with the ``__future__`` import taken out, they
    count the names annotations read too. Each table's flags are read as
    they are: ``symtable``'s wrapper objects, one per name and scope, cost
    a fifth of the check."""
    source = text.replace(_FUTURE_ANNOTATIONS, "\n", 1)  # the same line numbers
    with warnings.catch_warnings():
        # An escape Python warns of ("\p" in a string) would be a bug to come.
        warnings.simplefilter("error", SyntaxWarning)
        warnings.simplefilter("error", DeprecationWarning)
        tables = [_symtable.symtable(source, path, "exec")]
    bound: set[str] = set()
    read: set[str] = set()
    while tables:
        scope = tables.pop()
        tables += scope.children
        for name, flags in scope.symbols.items():
            if flags & _BINDS:  # what Symbol.is_assigned, is_imported, is_parameter say
                bound.add(name)
            if flags & _symtable.USE:  # Symbol.is_referenced
                read.add(name)
    for type_text in _type_strings(text):
        read.update(_names_in(type_text))
    return sorted(read - bound - _BUILTINS)


def _type_strings(text: str) -> list[str]:
    """Types written as strings: a TypeAlias's value, a functional TypedDict's."""
    found = [ast.literal_eval(m.group(1)) for m in _TYPE_ALIAS_STRING.finditer(text)]
    for match in _TYPED_DICT_CALL.finditer(text):
        # The call alone: to the end of its line, or else of the next line
        # that closes a bracket (the template's layout), that parses.
        line_end = text.find("\n", match.start())
        ends = itertools.chain(
            [len(text) if line_end < 0 else line_end],
            (m.end() for m in _CLOSING_LINE.finditer(text, match.end())),
        )
        for end in ends:
            try:
                statement = ast.parse(text[match.start() : end]).body[0]
            except SyntaxError:
                continue
            value = getattr(statement, "value", None)
            if isinstance(value, ast.Call) and len(value.args) == 2:
                if isinstance(value.args[1], ast.Dict):
                    found += [
                        v.value
                        for v in value.args[1].values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str)
                    ]
            break
    return [t for t in found if isinstance(t, str)]


def _names_in(text: str) -> set[str]:
    try:
        expression = ast.parse(text, mode="eval")
    except SyntaxError:
        return {text}
    return {n.id for n in ast.walk(expression) if isinstance(n, ast.Name)}


class Formatter:
    """Formats files as the renderer hands them over. With cores to spare and
    enough to do, worker processes (``forked.Workers``) format the files
    waiting and run whole jobs (``run``: render and format a resource's
    files) while the renderer goes on. They are given all their tasks as
    they fork: a file handed over after that is formatted here."""

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
        self.workers = min(os.cpu_count() or 1, 8) if workers is None else workers
        self.pool: Workers[Any] | None = None
        self.started = False  # whether workers were tried (they stay off where they cannot run)
        self.formatting = 0  # the pool's first tasks are files to format; the rest, jobs
        self.jobs: list[int] = []  # the index of each job given to the pool, in order
        self.early: dict[int, Any] = {}  # job answers that came before their turn, by index

    def add(self, path: str, text: str) -> None:
        result = self.settled(path, text)
        if result is not None:
            self.take(result)
        elif self.started:
            self.take(format_one((path, text)))  # the workers have all they will get
        else:
            self.waiting.append((path, text))
            if len(self.waiting) > self.ALONE:
                self.start([])

    def settled(self, path: str, text: str) -> tuple[str, str | None, str] | None:
        """The result for a file that needs no formatting (not Python, copied
        as it is, or formatted last time from the same text), else None."""
        if not path.endswith(".py") or path in self.verbatim:
            return path, text, ""
        kept = self.reuse(path, text)
        return None if kept is None else (path, kept, "")

    def format(self, path: str, text: str) -> tuple[str, str | None, str]:
        """One file's result, worked out here (in whatever process this is)."""
        return self.settled(path, text) or format_one((path, text))

    def start(self, jobs: list[Callable[[], Any]]) -> None:
        """Starts the workers on the files waiting, then on ``jobs``. Where
        the platform cannot fork (Windows) or there is one core, everything
        is done in this process."""
        self.started = True
        if self.workers < 2 or not can_fork():
            return
        files = [functools.partial(format_one, item) for item in self.waiting]
        self.formatting, self.waiting = len(files), []
        self.pool = Workers(self.workers, files + jobs)

    def run(
        self, job: Callable[[Any, int], Job], indexes: list[int], shared: object
    ) -> Iterator[Job]:
        """``job(shared, index)`` for each of ``indexes``, given in ascending
        order of index: in the workers (started now, if they are not, with
        these jobs in the order given: the longest first keeps both busy to
        the end), each forked holding ``shared`` as it is; else here, one by
        one as they are asked for."""
        # A job makes two files; the files waiting (a large models module) count too.
        if not self.started and 2 * len(indexes) + len(self.waiting) > self.ALONE:
            self.start([functools.partial(job, shared, index) for index in indexes])
            if self.pool is not None:
                self.jobs = indexes
                return self._answers(self.pool)
        return (job(shared, index) for index in sorted(indexes))

    def _answers(self, pool: Workers[Any]) -> Iterator[Any]:
        """The jobs' answers in ascending order of index, as the workers give
        them; the files' come meanwhile, and are taken."""
        for index in sorted(self.jobs):
            while index not in self.early:
                self._take_answer(pool)
            yield self.early.pop(index)

    def _take_answer(self, pool: Workers[Any]) -> None:
        task, answer = pool.answer()
        if task < self.formatting:
            self.take(answer)
        else:
            self.early[self.jobs[task - self.formatting]] = answer

    def finish(self) -> dict[str, str]:
        """Every file formatted; GeneratorBug naming each file that failed."""
        for item in self.waiting:
            self.take(format_one(item))
        self.waiting.clear()
        if self.pool is not None:
            while self.pool.unanswered:
                self._take_answer(self.pool)  # the files' answers, and any job's not asked for
        self.close()
        if self.problems:
            raise GeneratorBug("; ".join(self.problems))
        return self.done

    def take(self, result: tuple[str, str | None, str]) -> None:
        """A file's result (path, text or None, error), wherever it was worked out."""
        path, text, error = result
        if text is None:
            self.problems.append(f"{path}: {error}")
        else:
            self.done[path] = text

    def close(self) -> None:
        """Stop the workers (at the end, or after an error elsewhere)."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.close()


Job = TypeVar("Job")


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
