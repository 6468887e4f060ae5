"""Which operations a client is generated for: ``--include-tag``,
``--exclude-tag``, ``--include-operation`` and ``--exclude-operation``.

An operation is kept when nothing is included, or when one of its tags or
its operationId is; then it is dropped when one of its tags or its
operationId is excluded. An operation without tags is grouped (and so
selected) by the first segment of its path, as its resource is named.
The schemas a client has are those its operations reach: the IR keeps only
those (``build._reachable``).
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from .errors import Problem


class Selection(Struct, frozen=True):
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(
            (self.include_tags, self.exclude_tags, self.include_operations, self.exclude_operations)
        )

    def wants(self, tags: list[str], operation_id: str) -> bool:
        if self.include_tags or self.include_operations:
            if not (set(tags) & set(self.include_tags) or operation_id in self.include_operations):
                return False
        return not (set(tags) & set(self.exclude_tags) or operation_id in self.exclude_operations)

    def unknown(self, tags: set[str], ids: set[str]) -> list[Problem]:
        """A problem for each tag or operationId given that no operation has."""
        problems = []
        for option, names, known, what in (
            ("--include-tag", self.include_tags, tags, "tag"),
            ("--exclude-tag", self.exclude_tags, tags, "tag"),
            ("--include-operation", self.include_operations, ids, "operationId"),
            ("--exclude-operation", self.exclude_operations, ids, "operationId"),
        ):
            for name in names:
                if name not in known:
                    problems.append(Problem(option, f"no operation has the {what} {name!r}"))
        return problems


def tags_of(path: str, op: dict[str, Any]) -> list[str]:
    """The operation's tags, or the first segment of its path without any."""
    tags = op.get("tags") if isinstance(op.get("tags"), list) else []
    return [str(t) for t in tags] if tags else [first_segment(path.split("#", 1)[0])]


def operation_id(path: str, method: str, op: dict[str, Any]) -> str:
    found = op.get("operationId")
    return found if isinstance(found, str) and found else f"{method}_{path}"


def first_segment(path: str) -> str:
    for segment in path.split("/"):
        if segment and not segment.startswith("{"):
            return segment
    return "default"
