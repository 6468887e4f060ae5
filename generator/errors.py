"""Located problems in the input, collected and reported together.

A problem is a value: where it is (file, line, JSON pointer), what is wrong
and how bad it is. Errors stop the run (the CLI exits 1 and names each);
warnings are reported and the run goes on.
"""

from __future__ import annotations

from typing import Final, Literal, Protocol

from msgspec import Struct

Severity = Literal["error", "warning"]
ERROR: Final = "error"
WARNING: Final = "warning"


class Locator(Protocol):
    """Finds the file and line of a JSON pointer (``load.Source`` does)."""

    def locate(self, pointer: str, default_file: str) -> tuple[str, int | None]: ...


class Located(Protocol):
    """A document problems are found in (``load.Document`` is one)."""

    @property
    def path(self) -> str: ...

    @property
    def source(self) -> Locator: ...


class Problem(Struct, frozen=True):
    """One thing wrong with the input: where it is and what is wrong."""

    file: str
    message: str
    pointer: str = ""
    line: int | None = None
    severity: Severity = ERROR

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.pointer:
            where += f": {self.pointer or '/'}"
        return f"{where}: {self.message}"


class SpecError(Exception):
    """The input is wrong; carries every problem found (the CLI exits 1)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class GeneratorBug(Exception):
    """The generator made something wrong from input it accepted: a template
    that fails, code that does not parse or names what it never defines, a
    data file that does not load. Its own bug, never the input's (the CLI
    exits 70 and asks for a report)."""


class Problems:
    """The problems found in one document, located by JSON pointer."""

    def __init__(self, doc: Located) -> None:
        self.doc = doc
        self.found: list[Problem] = []
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, pointer: str, message: str, severity: Severity = ERROR) -> None:
        if (pointer, message, severity) in self._seen:
            return  # a schema read for answers and for requests says it once
        self._seen.add((pointer, message, severity))
        file, line = self.doc.source.locate(pointer, self.doc.path)
        self.found.append(Problem(file, message, pointer or "/", line, severity))

    def error(self, pointer: str, message: str) -> None:
        self.add(pointer, message, ERROR)

    def warning(self, pointer: str, message: str) -> None:
        self.add(pointer, message, WARNING)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.found if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.found if p.severity == WARNING]

    def raise_errors(self) -> None:
        """Stop with every error found so far, if there is one."""
        if self.errors:
            raise SpecError(self.errors)


def pointer_escape(token: str | int) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_join(*tokens: str | int) -> str:
    return "".join("/" + pointer_escape(t) for t in tokens)


def pointer_unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
