"""Load stage: a YAML or JSON file -> a plain document plus a map of line numbers.

JSON is read with ``json.loads``, and a pointer's line is found in its text
only when a problem asks for it. YAML is read by ``load_yaml``, which records
the line of every mapping and sequence as it reads them. Either way later
stages can say where a problem is.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
import sys
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from .errors import Problem, SpecError, pointer_join, pointer_unescape

# Larger files are not API descriptions; refuse before parsing anything.
MAX_BYTES = 64 * 1024 * 1024


class Source(Struct, eq=False):
    """Where each JSON pointer of a document came from (file and 1-based line).

    A YAML file records every line as it is read. A JSON file keeps its
    bytes instead, and a pointer's line is found in them when a problem asks
    for it: reading JSON stays as fast as ``json.loads``. It grows as it is
    asked: two are equal only when they are one."""

    lines: dict[str, tuple[str, int]] = field(default_factory=dict)
    json_raw: bytes = b""
    json_file: str = ""
    # Parts taken from other files (a spec split over files): (pointer here,
    # pointer there, that file's Source, its name).
    mounts: list[tuple[str, str, Source, str]] = field(default_factory=list)
    finder: JsonLines | None = None  # made when a JSON pointer's line is first asked for

    def locate(self, pointer: str, default_file: str) -> tuple[str, int | None]:
        """The file and line of ``pointer`` or of its nearest located ancestor."""
        for here, there, source, name in sorted(self.mounts, key=lambda m: -len(m[0])):
            if pointer == here or pointer.startswith(here + "/"):
                return source.locate(there + pointer[len(here) :], name)
        probe = pointer
        while True:
            if probe in self.lines:
                return self.lines[probe]
            if self.json_raw:
                if self.finder is None:
                    self.finder = JsonLines(self.json_raw)
                line = self.finder.line(probe)
                if line is not None:
                    self.lines[probe] = (self.json_file, line)
                    return self.lines[probe]
            if not probe:
                return default_file, None
            probe = probe.rsplit("/", 1)[0] if "/" in probe else ""

    def problem(self, pointer: str, message: str, default_file: str) -> Problem:
        file, line = self.locate(pointer, default_file)
        return Problem(file, message, pointer or "/", line)


class Document(Struct):
    path: str
    data: dict[str, Any]
    source: Source
    # The file's own bytes, when it is JSON and ``data`` is all it holds (not
    # composed or bundled): the composed spec is then written as it was read.
    # Bytes, not text: a str of a spec with one emoji takes 4 bytes a character.
    raw: bytes = b""


def load(path: str | Path) -> Document:
    """Read one spec, overlay or fragment file."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SpecError([Problem(name, f"cannot read file: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(name, f"file is larger than {MAX_BYTES} bytes")])
    if b"\0" in raw:
        raise SpecError(
            [Problem(name, "binary file (contains NUL bytes), expected YAML or JSON text")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError([Problem(name, f"not UTF-8 text (byte {exc.start})")]) from None

    # A JSON document is YAML too, read faster as JSON: so is any file that
    # starts with "{", unless it is YAML in flow style ({openapi: 3.0.3, ...}).
    is_json = name.endswith(".json") or text.lstrip().startswith("{")
    loaded = None
    if is_json:
        raw = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
        loaded = _load_json(name, text, raw, only_if_json=not name.endswith(".json"))
        is_json = loaded is not None
    if loaded is not None:
        data, source = loaded
    else:
        from .load_yaml import load_yaml  # not imported for a JSON spec

        data, lines = load_yaml(name, text)
        source = Source(lines)
    if not isinstance(data, dict):
        raise SpecError(
            [Problem(name, f"the document must be a mapping, not {_kind(data)}", "/", 1)]
        )
    return Document(name, data, source, raw if is_json else b"")


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", type(None): "empty"}.get(
        type(value), type(value).__name__
    )


def _load_json(
    name: str, text: str, raw: bytes, only_if_json: bool = False
) -> tuple[Any, Source] | None:
    """The JSON document and its lines; None for text that is not JSON when
    ``only_if_json`` (then read as YAML)."""
    source = Source({"": (name, 1)}, raw, name)
    try:
        data = json.loads(text, object_pairs_hook=_json_object(name))
    except json.JSONDecodeError as exc:
        if only_if_json:
            return None
        raise SpecError(
            [Problem(name, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)]
        ) from None
    except _DuplicateKey as exc:
        raise _located_duplicate(name, text) or SpecError([Problem(name, str(exc))]) from None
    except ValueError as exc:
        # Python reads integers of at most sys.get_int_max_str_digits() digits.
        found = re.search(r"[0-9]{%d,}" % (sys.get_int_max_str_digits() + 1), text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        message = f"an integer of {len(found.group())} digits is too long" if found else str(exc)
        raise SpecError([Problem(name, message, line=line)]) from None
    if _MAYBE_LONE_SURROGATE.search(text) and not _is_unicode(data):
        lone = _lone_surrogate(data, "")
        if lone is not None:
            file, line = source.locate(lone, name)
            raise SpecError(
                [Problem(file, "the text holds a lone surrogate (not Unicode text)", lone, line)]
            )
    return data, source


# A surrogate escape with no partner beside it, or text a backslash escape
# could make look like one (``\\ud83d``): only then is every string of the
# document checked. Pairs (emoji) are common; a lone one never is. Each
# alternative starts with the backslash: the search stays as fast as a plain
# one (a lookbehind first would be tried at every position).
_MAYBE_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
    r"|\\u[dD][c-fC-F](?<!\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F])"
    r"|\\\\u[dD]"
)


def _is_unicode(data: Any) -> bool:
    """Whether every string of ``data`` is valid Unicode (no lone surrogate
    escaped into it): json's C encoder checks it faster than a walk would."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _lone_surrogate(value: Any, pointer: str) -> str | None:
    """The pointer of a string (or key) that is not valid Unicode, if any."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return pointer
        return None
    if isinstance(value, dict):
        for key, child in value.items():
            found = _lone_surrogate(key, pointer) or _lone_surrogate(
                child, pointer + pointer_join(key)
            )
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found = _lone_surrogate(child, pointer + pointer_join(index))
            if found is not None:
                return found
    return None


_BLANK = re.compile(r"[ \t\n\r]*")


class JsonLines:
    """Finds the lines of JSON pointers in one JSON file's bytes. Each object
    or array is read once, up to the member looked for, and what was read is
    kept: a large spec with many warnings costs one pass, not one per warning.

    The bytes are read as Latin-1, a character each: a quarter of the memory
    of the decoded text where one character is outside the BMP, and
    positions that are the file's. UTF-8 never puts a byte below 0x80 inside
    a character, so quotes, brackets and line ends are found as they are; a
    key with other characters is decoded again from its own bytes."""

    def __init__(self, raw: bytes) -> None:
        self.text = raw.decode("latin-1")
        self.decoder = json.JSONDecoder()
        # Container start -> (its members read so far: key or index -> (where
        # the key or item starts, where its value starts); where reading goes on,
        # or -1 once the container is read to its end).
        self.read: dict[int, tuple[dict[str, tuple[int, int]], list[int]]] = {}
        # Positions whose line is known, and those lines: a line is counted
        # from the nearest known position before it.
        self.known: list[int] = [0]
        self.lines: list[int] = [1]

    def line(self, pointer: str) -> int | None:
        text = self.text
        tokens = [pointer_unescape(t) for t in pointer.split("/")[1:]] if pointer else []
        position = _BLANK.match(text).end()  # type: ignore[union-attr]
        key_at = position
        try:
            for token in tokens:
                if text[position] not in "{[" or (text[position] == "[" and not token.isdigit()):
                    return None
                found = self._member(position, token)
                if found is None:
                    return None
                at, value_at = found
                key_at, position = at, value_at
        except (IndexError, ValueError):
            return None
        nearest = bisect.bisect_right(self.known, key_at) - 1
        line = self.lines[nearest] + text.count("\n", self.known[nearest], key_at)
        self.known.insert(nearest + 1, key_at)
        self.lines.insert(nearest + 1, line)
        return line

    def _member(self, container: int, token: str) -> tuple[int, int] | None:
        """(where the member starts, where its value starts) of ``token`` in
        the object or array at ``container``."""
        text, blank = self.text, _BLANK
        members, resume = self.read.setdefault(container, ({}, [-2]))
        if token in members:
            return members[token]
        position = resume[0]
        if position == -1:
            return None  # read to its end
        is_object = text[container] == "{"
        if position == -2:  # nothing read yet
            position = blank.match(text, container + 1).end()  # type: ignore[union-attr]
        while text[position] not in "}]":
            at = position
            if is_object:
                key, position = self.decoder.raw_decode(text, position)
                if not key.isascii():  # read from Latin-1: decoded from its UTF-8 bytes
                    key = json.loads(text[at:position].encode("latin-1").decode("utf-8"))
                position = blank.match(text, position).end() + 1  # type: ignore[union-attr]
                position = blank.match(text, position).end()  # type: ignore[union-attr]
            else:
                key = str(len(members))
            members[key] = (at, position)
            position = _after(self.decoder, text, position)
            resume[0] = position
            if key == token:
                return members[key]
        resume[0] = -1
        return None


def _after(decoder: json.JSONDecoder, text: str, position: int) -> int:
    """Where the next member starts, after the value at ``position``."""
    position = decoder.raw_decode(text, position)[1]
    position = _BLANK.match(text, position).end()  # type: ignore[union-attr]
    if text[position] == ",":
        position = _BLANK.match(text, position + 1).end()  # type: ignore[union-attr]
    return position


class _DuplicateKey(ValueError):
    pass


def _located_duplicate(name: str, text: str) -> SpecError | None:
    """The duplicate key's line and pointer, which the JSON reader does not
    tell: the YAML reader (JSON is YAML) says them."""
    from .load_yaml import load_yaml

    try:
        load_yaml(name, text)
    except SpecError as exc:
        found = [p for p in exc.problems if "duplicate key" in p.message and p.line]
        return SpecError(found) if found else None
    except RecursionError:
        return None
    return None


def _json_object(name: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _DuplicateKey(f"duplicate key {key!r}")
            result[key] = value
        return result

    return hook
