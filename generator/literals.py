"""Spec text made safe in generated files.

Spec text reaches the output in exactly three ways: Python literals through
``pyrepr`` (``repr`` of plain data, checked), docstrings through
``docstring`` (escaped), TOML strings through ``toml_string``; identifiers
come from the name stage. The view builders and the templates use these and
nothing else.
"""

from __future__ import annotations

import keyword
import math
import re
import textwrap
from typing import Any

from . import ir, layout
from .memo import kept


def pyrepr(value: Any) -> str:
    """A Python literal for plain data, in black's style; anything else is refused."""
    return layout.literal(value)


def docstring(text: Any, indent: int = 4, width: int = 88) -> str:
    """Spec text made safe and tidy inside a triple-quoted docstring.

    Control characters are dropped; each line is wrapped on its own, keeping
    its indentation.
    """
    return _docstring(str(text or ""), indent, width)


@kept(longest=5000, size=4096)
def _docstring(text: str, indent: int, width: int) -> str:
    """``docstring``, kept: a description is written for the sync and the
    async method, and often for many operations."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    if not text.replace("\n", "").isprintable():
        text = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in text)
    # Backslashes doubled, so none can escape.
    text = text.replace("\\", "\\\\")
    out: list[str] = []
    for line in text.strip("\n").split("\n"):
        stripped = line.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if not stripped:
            if out and out[-1]:
                out.append("")
            continue
        room = max(width - indent - lead, 20)
        if len(stripped) <= room:
            out.append(stripped)  # fits: as textwrap would leave it
            continue
        wrapped = textwrap.wrap(
            stripped.strip(),
            room,
            break_long_words=False,
            break_on_hyphens=False,
            initial_indent=" " * lead,
            subsequent_indent=" " * (lead + 4 if lead else 0),
        )
        out.extend(wrapped)
    while out and not out[-1]:
        out.pop()
    text = ("\n" + " " * indent).join(out).replace("\n" + " " * indent + "\n", "\n\n")
    # Quotes escaped only where they could close the docstring: three in a row,
    # or any at its very end (next to the closing quotes).
    return re.sub(r'"{3,}|"+$', lambda m: '\\"' * len(m.group()), text)


def toml_string(value: Any) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped,
    any other character (an emoji too) as it is."""
    out = ['"']
    for ch in str(value):
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch < " " or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def plain_identifier(name: str) -> bool:
    return (
        name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )


def tuple_code(items: list[str]) -> str:
    """A tuple display of code items."""
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def default_text(value: Any) -> str:
    """A default value as a docstring shows it."""
    text = pyrepr(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return f"``{text}``" if len(text) <= 60 else "the spec's default"


def enum_names(t: ir.Type) -> str:
    """The names an enum's values have in the spec, for a docstring."""
    inner = t.inner if isinstance(t, ir.Nullable) else t
    names = inner.facts.enum_names
    if not names:
        return ""
    return "Values: " + ", ".join(f"{pyrepr(v)} ({n})" for v, n in names) + "."
