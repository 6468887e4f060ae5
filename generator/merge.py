"""A three-way merge of text by lines, as diff3 does it.

``base`` is what the generator wrote last time, ``yours`` the file as the
user left it, ``new`` what the generator makes now. Lines only one side
changed take that side; lines both changed the same way are taken once;
lines both changed differently are a conflict, written between markers.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from msgspec import Struct

YOURS = "<<<<<<< your edit"
BETWEEN = "======="
NEW = ">>>>>>> generated now"


class Merged(Struct, frozen=True):
    text: str
    conflicts: tuple[int, ...]  # the line (1-based) of each conflict's first marker


def _hunks(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """Where ``other`` differs from ``base``: (base start, base end, its lines)."""
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def merge3(base: str, yours: str, new: str) -> Merged:
    b = base.splitlines(keepends=True)
    changes = [(start, end, lines, 0) for start, end, lines in _hunks(b, yours.splitlines(True))]
    changes += [(start, end, lines, 1) for start, end, lines in _hunks(b, new.splitlines(True))]
    changes.sort(key=lambda c: (c[0], c[1]))
    out: list[str] = []
    conflicts: list[int] = []
    position = 0
    index = 0
    while index < len(changes):
        # A cluster: changes whose base ranges overlap or touch.
        start, end = changes[index][0], changes[index][1]
        cluster = [changes[index]]
        index += 1
        while index < len(changes) and changes[index][0] <= end:
            end = max(end, changes[index][1])
            cluster.append(changes[index])
            index += 1
        out += b[position:start]
        position = end
        sides = [_apply(b, start, end, [c for c in cluster if c[3] == side]) for side in (0, 1)]
        touched = {c[3] for c in cluster}
        if touched == {0}:
            out += sides[0]
        elif touched == {1} or sides[0] == sides[1]:
            out += sides[1]
        else:
            conflicts.append(len(out) + 1)
            out += [f"{YOURS}\n", *_ended(sides[0]), f"{BETWEEN}\n", *_ended(sides[1]), f"{NEW}\n"]
    out += b[position:]
    return Merged("".join(out), tuple(conflicts))


def _apply(
    base: list[str], start: int, end: int, changes: list[tuple[int, int, list[str], int]]
) -> list[str]:
    """Base lines ``start:end`` with one side's ``changes`` made."""
    result: list[str] = []
    position = start
    for change_start, change_end, lines, _ in changes:
        result += base[position:change_start]
        result += lines
        position = change_end
    return result + base[position:end]


def _ended(lines: list[str]) -> list[str]:
    """Lines each ending with a newline, so a marker starts its own line."""
    return [line if line.endswith("\n") else line + "\n" for line in lines]


def has_markers(text: str) -> bool:
    return any(line in (YOURS, BETWEEN, NEW) for line in text.splitlines())
