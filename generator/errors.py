"""Located problems in the input, collected and reported together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is and what is wrong."""

    file: str
    message: str
    pointer: str = ""
    line: int | None = None

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


def pointer_escape(token: str | int) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_join(*tokens: str | int) -> str:
    return "".join("/" + pointer_escape(t) for t in tokens)


def pointer_unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
