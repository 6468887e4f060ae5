"""Test values from the type model: schema-valid samples for arguments and
answers, and the exact request the client must send for them.

The spec's examples win when they fit the type (``conforms``); otherwise a
value is made from the type and its facts (enums, simple regex patterns,
formats, bounds, lengths). The expected wire form is computed here,
independently of the generated runtime, so a generated test checks the
runtime rather than repeating it.
"""

from __future__ import annotations

import base64
import datetime
import json
import math
import importlib
import re
from typing import Any
from urllib.parse import quote

from msgspec.structs import replace


from . import ir
from .typemodel import PATTERN_BEYOND_LENGTHS

DATE_TIME = "2020-01-10T20:00:00Z"
UUID = "123e4567-e89b-12d3-a456-426614174000"
# How deep optional parts of a sample go, and how many optional parts one
# sample fills; required ones go on (a required field that can only recur
# forever makes an invalid sample, said below). The budget keeps samples of
# deeply nested models (Microsoft Graph's) in proportion to the spec.
_DEEPEST = 96  # levels of nesting a sample may have at most
_MAX_DEPTH = 4
_OPTIONAL_BUDGET = 40


class Sampler:
    """Makes JSON values for ``ir`` types of one API."""

    def __init__(self, api: ir.Api) -> None:
        self.models = api.models
        self.unions = api.unions
        self.problems: dict[tuple[str, str], None] = {}  # (pointer, message), in order
        # (pointer, keyword) of schemas whose keyword no value can meet beside
        # the others: the samples leave it aside, and the tests' check too.
        self.given_way: dict[tuple[str, str], None] = {}
        self._left = _OPTIONAL_BUDGET  # optional parts the sample being made may still fill

    def warn(self, pointer: str, message: str) -> None:
        self.problems[(pointer, message)] = None

    # -- samples -----------------------------------------------------------------------

    def value(self, t: ir.Type, name: str = "") -> Any:
        """A JSON value valid for ``t``."""
        self._left = _OPTIONAL_BUDGET
        return self._value(t, name, 0, ())

    def _value(self, t: ir.Type, name: str, depth: int, path: tuple[str, ...]) -> Any:
        for example in t.facts.examples:
            if self.conforms(example, t):
                return example
            self.warn(
                t.facts.pointer,
                f"the example {_short(example)} does not fit the schema; the tests use another value",
            )
        default = t.facts.default
        if default is not ir.NO_DEFAULT and default is not None:
            if self.conforms(default, t):
                return default
            self.warn(t.facts.pointer, f"the default {_short(default)} does not fit the schema")
        if isinstance(t, ir.Nullable):
            return self._value(t.inner, name, depth, path)
        if isinstance(t, ir.Literal):
            return next((v for v in t.values if v is not None), None)
        if isinstance(t, ir.Scalar):
            return self._scalar(t, name)
        if isinstance(t, ir.JsonText):
            return self._value(t.inner, name, depth, path)
        if isinstance(t, ir.ListOf):
            fill = depth < _MAX_DEPTH and self._spend()
            count = max(1, t.facts.min_items or 0) if fill else t.facts.min_items or 0
            items = [self._value(t.item, name, depth + 1, path) for _ in range(count)]
            if t.facts.unique_items and len(items) > 1:
                items = _distinct(
                    items, lambda i: self._value(t.item, f"{name}{i}", depth + 1, path)
                )
            return items
        if isinstance(t, ir.TupleOf):
            return [self._value(item, name, depth + 1, path) for item in t.items]
        if isinstance(t, ir.MapOf):
            if isinstance(t.value, ir.Never):
                return {}
            wanted = bool(t.facts.min_properties)  # minProperties: one entry at least
            if not wanted and (depth >= _MAX_DEPTH or not self._spend()):
                return {}
            return {"key": self._value(t.value, "key", depth + 1, path)}
        if isinstance(t, ir.ModelRef):
            facts = t.facts
            return self._model(t.key, depth, path, facts.max_properties, facts.min_properties)
        if isinstance(t, ir.UnionOf):
            union = self.unions.get(t.key)
            variants = union.variants if union is not None else t.variants
            inside = path + (t.key,) if t.key else path
            # Prefer a variant that does not lead back to where we are.
            chosen = next(
                (
                    v
                    for v in variants
                    if not (isinstance(v, (ir.ModelRef, ir.UnionOf)) and v.key in inside)
                ),
                variants[0] if variants and depth <= _MAX_DEPTH + 8 else None,
            )
            if chosen is None:
                return None  # a union of nothing but itself
            value = self._value(chosen, name, depth + 1, inside)
            tag = union.discriminator if union is not None else None
            if tag is not None and isinstance(value, dict):
                # The discriminator names the variant the value is (petType: cat).
                named = next((v for v, target in tag.mapping if target == chosen), None)
                if named is not None:
                    value = {**value, tag.property: named}
            return value
        return "value"

    def _model(
        self,
        key: str,
        depth: int,
        path: tuple[str, ...],
        max_properties: int | None = None,
        min_properties: int | None = None,
    ) -> Any:
        model = self.models[key]
        # Deep nesting is fine (Open Banking's products nest twenty levels);
        # only a model inside itself, or a depth no spec reaches, stops here.
        if depth > _MAX_DEPTH + 8 and key in path or depth > _DEEPEST:
            # Only a required field that can only lead back here gets this deep.
            self.warn(
                model.key.partition(":")[2],
                "the schema requires itself without end: the tests' sample value stops here",
            )
            return {}
        deep = depth >= _MAX_DEPTH
        # Optional fields fill what maxProperties leaves beside the required ones.
        room = len(model.fields) if max_properties is None else max_properties
        room -= sum(f.required for f in model.fields)
        # minProperties: optional fields too, when the required ones are fewer.
        owed = (min_properties or 0) - sum(f.required for f in model.fields)
        result: dict[str, Any] = {}
        for f in model.fields:
            if not f.required and owed <= 0 and (deep or room <= 0 or not self._spend()):
                continue
            room -= 0 if f.required else 1
            owed -= 0 if f.required else 1
            result[f.wire_name] = self._value(f.type, f.wire_name, depth + 1, path + (key,))
        return result

    def _spend(self) -> bool:
        """Whether one more optional part fits this sample's budget."""
        if self._left <= 0:
            return False
        self._left -= 1
        return True

    def _scalar(self, t: ir.Scalar, name: str) -> Any:
        facts = t.facts
        if t.kind == ir.BOOL:
            return True
        if t.kind == ir.NULL:
            return None
        if t.kind in (ir.INT, ir.FLOAT):
            return _number(facts, t.kind == ir.INT)
        if t.kind == ir.DATETIME:
            return DATE_TIME
        if t.kind == ir.DATE:
            return DATE_TIME[:10]
        if t.kind == ir.UUID:
            return UUID
        value = _string(facts, name)
        if facts.pattern and not _length_ok(value, facts):
            # No value matches the pattern at the length asked (Linode's
            # label: a lookahead leaves two characters, minLength is 3).
            self.warn(facts.pointer + "/pattern", PATTERN_BEYOND_LENGTHS)
            self.given_way[(facts.pointer, "pattern")] = None
            value = _string(replace(facts, pattern=""), name)
        return value

    # -- does a value fit a type ----------------------------------------------------------

    def conforms(self, value: Any, t: ir.Type, depth: int = 0) -> bool:
        """Whether ``value`` is a valid ``t`` (types, enums, patterns, bounds,
        required fields): good enough to trust a spec's example."""
        if depth > 32:
            return True
        if isinstance(t, ir.Nullable):
            return value is None or self.conforms(value, t.inner, depth + 1)
        if isinstance(t, ir.AnyValue):
            return True
        if isinstance(t, ir.Never):
            return False
        if isinstance(t, ir.Literal):
            return any(value == v and type(value) is type(v) for v in t.values)
        if isinstance(t, ir.JsonText):
            return self.conforms(value, t.inner, depth + 1)
        if isinstance(t, ir.Scalar):
            return _scalar_conforms(value, t)
        if isinstance(t, ir.ListOf):
            return (
                isinstance(value, list)
                and _count_ok(len(value), t.facts)
                and all(self.conforms(v, t.item, depth + 1) for v in value)
            )
        if isinstance(t, ir.TupleOf):
            if not isinstance(value, list) or len(value) < len(t.items):
                return False
            if t.rest is None and len(value) > len(t.items):
                return False
            return all(
                self.conforms(
                    v, t.items[i] if i < len(t.items) else t.rest or ir.AnyValue(), depth + 1
                )
                for i, v in enumerate(value)
            )
        if isinstance(t, ir.MapOf):
            return isinstance(value, dict) and all(
                self.conforms(v, t.value, depth + 1) for v in value.values()
            )
        if isinstance(t, ir.ModelRef):
            model = self.models.get(t.key)
            if model is None or not isinstance(value, dict):
                return False
            if t.facts.max_properties is not None and len(value) > t.facts.max_properties:
                return False
            if model.closed and not value.keys() <= {f.wire_name for f in model.fields}:
                return False
            return all(
                (f.wire_name in value or not f.required)
                and (
                    f.wire_name not in value or self.conforms(value[f.wire_name], f.type, depth + 1)
                )
                for f in model.fields
            )
        if isinstance(t, ir.UnionOf):
            variants = self.unions[t.key].variants if t.key in self.unions else t.variants
            return any(self.conforms(value, v, depth + 1) for v in variants)
        return True


def _scalar_conforms(value: Any, t: ir.Scalar) -> bool:
    facts = t.facts
    if t.kind == ir.BOOL:
        return isinstance(value, bool)
    if t.kind == ir.NULL:
        return value is None
    if t.kind in (ir.INT, ir.FLOAT):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if t.kind == ir.INT and not (isinstance(value, int) or float(value).is_integer()):
            return False
        return _in_bounds(value, facts)
    if not isinstance(value, str):
        return False
    if t.kind == ir.DATETIME:  # a real date and time (no September 31st)
        try:
            return bool(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d", value)) and bool(
                datetime.datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", value))
            )
        except ValueError:
            return False
    if t.kind == ir.DATE:
        try:
            return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)) and bool(
                datetime.date.fromisoformat(value)
            )
        except ValueError:
            return False
    if t.kind == ir.UUID:
        return bool(re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", value))
    if facts.min_length is not None and len(value) < facts.min_length:
        return False
    if facts.max_length is not None and len(value) > facts.max_length:
        return False
    if facts.pattern:
        try:
            return re.search(facts.pattern, value) is not None
        except re.error:
            return True  # a pattern in another regex dialect: cannot tell
    return True


def _in_bounds(value: float, facts: ir.Facts) -> bool:
    if facts.minimum is not None and value < facts.minimum:
        return False
    if facts.maximum is not None and value > facts.maximum:
        return False
    if facts.exclusive_minimum is not None and value <= facts.exclusive_minimum:
        return False
    if facts.exclusive_maximum is not None and value >= facts.exclusive_maximum:
        return False
    if facts.multiple_of:
        ratio = value / facts.multiple_of
        return math.isclose(ratio, round(ratio), abs_tol=1e-9)
    return True


def _count_ok(count: int, facts: ir.Facts) -> bool:
    return (facts.min_items is None or count >= facts.min_items) and (
        facts.max_items is None or count <= facts.max_items
    )


def _number(facts: ir.Facts, integer: bool) -> float | int:
    if not integer:
        return _real(facts)
    low = facts.minimum
    if facts.exclusive_minimum is not None:
        low = facts.exclusive_minimum + 1
    high = facts.maximum
    if facts.exclusive_maximum is not None:
        high = facts.exclusive_maximum - 1
    value: float = 1
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    step = facts.multiple_of
    if step:
        value = math.ceil(value / step) * step
        if high is not None and value > high:
            value -= step
    if integer:
        return int(math.ceil(value)) if low is not None and value < low else int(value)
    return float(value)


def _real(facts: ir.Facts) -> float:
    """1.5, or a number inside the bounds: halfway between two, since a
    range may be narrower than any fixed step (0.1 to 0.2)."""
    lows = [(v, False) for v in (facts.minimum,) if v is not None]
    lows += [(v, True) for v in (facts.exclusive_minimum,) if v is not None]
    highs = [(v, False) for v in (facts.maximum,) if v is not None]
    highs += [(v, True) for v in (facts.exclusive_maximum,) if v is not None]
    low = max(lows, default=None, key=lambda bound: bound[0])
    high = min(highs, default=None, key=lambda bound: bound[0])
    value = 1.5
    if _within(value, low, high):
        pass
    elif low is not None and high is not None:
        value = (low[0] + high[0]) / 2
    elif low is not None:
        value = low[0] + 0.5 if low[1] else low[0]
    elif high is not None:
        value = high[0] - 0.5 if high[1] else high[0]
    step = facts.multiple_of
    if step:
        above = math.ceil(value / step) * step
        below = math.floor(value / step) * step
        inside = [v for v in (above, below) if _within(v, low, high)]
        value = inside[0] if inside else above
    return float(value)


def _within(value: float, low: tuple[float, bool] | None, high: tuple[float, bool] | None) -> bool:
    if low is not None and (value < low[0] or low[1] and value == low[0]):
        return False
    return high is None or not (value > high[0] or high[1] and value == high[0])


def _distinct(items: list[Any], make: Any) -> list[Any]:
    seen: list[Any] = []
    for index, item in enumerate(items):
        if item in seen:
            item = make(index)
        if item in seen and isinstance(item, str):
            item = f"{item}-{index}"  # any text will do (items: {}), and the name did not show
        seen.append(item)
    return seen


_FORMATS = {
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "time": "20:00:00Z",
    "byte": "dmFsdWU=",
    "password": "secret-1",
}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _string(facts: ir.Facts, name: str) -> str:
    if facts.format in _FORMATS:
        formatted = _FORMATS[facts.format]
        if not facts.pattern or _matches(facts.pattern, formatted):
            return formatted
    if facts.pattern:
        value = from_pattern(facts.pattern) or from_any_pattern(facts.pattern)
        if value is not None:
            return _fit_length(value, facts)
    text = re.sub(r"[^A-Za-z0-9]", "", name)[:20] or "value"
    text = f"{text}-1"
    if facts.min_length is not None and len(text) < facts.min_length:
        text = text + "x" * (facts.min_length - len(text))
    if facts.max_length is not None:
        text = text[: facts.max_length]
    return text


def _length_ok(value: str, facts: ir.Facts) -> bool:
    low, high = facts.min_length or 0, facts.max_length
    return low <= len(value) and (high is None or len(value) <= high)


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # another dialect: the format's value stands


def _fit_length(value: str, facts: ir.Facts) -> str:
    """A pattern's value, no shorter than minLength (nor longer than
    maxLength) where its last character can repeat, or the pattern lets a
    repetition grow, and it still matches."""
    short = (facts.min_length or 0) - len(value)
    if short <= 0:
        return value
    longest = facts.max_length if facts.max_length is not None else len(value) + short
    for longer in (value + value[-1:] * short, from_any_pattern(facts.pattern, short)):
        try:
            fits = longer is not None and (facts.min_length or 0) <= len(longer) <= longest
            if fits and longer is not None and re.search(facts.pattern, longer):
                return longer
        except re.error:
            break
    return value


_TOKEN = re.compile(r"\\(.)|\[(\^?)((?:\\.|[^\]])*)\]|(\()|(\))|(\|)|([{][0-9,]+[}]|[*+?])|(.)")


def from_pattern(pattern: str) -> str | None:
    """A string matching a simple regular expression, or None if too complex.

    Handles what API specs use for identifiers: literals, character classes,
    escapes and ``{n}``, ``{n,m}``, ``+``, ``*``, ``?`` repetition.
    """
    body = pattern[1:] if pattern.startswith("^") else pattern
    body = body[:-1] if body.endswith("$") and not body.endswith("\\$") else body
    out: list[str] = []
    last: str | None = None
    for m in _TOKEN.finditer(body):
        escape, negate, klass, open_group, close_group, alt, repeat, literal = m.groups()
        if open_group or close_group or alt or negate:
            return None
        if repeat:
            if last is None:
                return None
            if repeat == "?" or repeat == "*":
                out.pop()
            elif repeat.startswith("{"):
                count = int(repeat[1:-1].split(",")[0] or 0)
                out[-1] = last * count
            last = None
            continue
        if escape is not None:
            char = {"d": "1", "w": "a", "s": " "}.get(escape, escape)
            if escape in "DWSpP":
                return None
        elif klass is not None:
            found = _class_char(klass)
            if found is None:
                return None
            char = found
        elif literal == ".":
            char = "a"
        else:
            char = literal
        out.append(char)
        last = char
    value = "".join(out)
    try:
        return value if re.search(pattern, value) else None
    except re.error:
        return None


def from_any_pattern(pattern: str, longer_by: int = 0) -> str | None:
    """A string matching ``pattern`` built from its parse tree (groups,
    alternatives, classes, repetition), for what ``from_pattern`` cannot
    read, its repetitions taking ``longer_by`` more characters where they
    may; None when the pattern is not Python's or no value comes of it."""
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(pattern)
        # Lookaheads first left out, then written as what they look for.
        for lookaheads in (False, True):
            value = _emit(parser, tree, [longer_by], lookaheads)
            if value is not None and re.search(pattern, value):
                return value
        return None
    except (ImportError, re.error, RecursionError, ValueError, TypeError):
        return None


def _emit(parser: Any, items: Any, stretch: list[int], lookaheads: bool = False) -> str | None:
    c = parser  # its opcodes (LITERAL, IN, MAX_REPEAT...) are its attributes
    out: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is c.ANY:
            out.append("a")
        elif op is c.IN:
            found = _in(c, arg)
            if found is None:
                return None
            out.append(found)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            count = low if low > 0 else min(1, high)
            more = min(stretch[0], high - count)
            count, stretch[0] = count + more, stretch[0] - more
            for _ in range(min(count, 256)):
                part = _emit(parser, sub, stretch, lookaheads)
                if part is None:
                    return None
                out.append(part)
        elif op is c.SUBPATTERN:
            part = _emit(parser, arg[-1], stretch, lookaheads)
            if part is None:
                return None
            out.append(part)
        elif op is c.BRANCH:
            part = _emit(parser, arg[1][0], stretch, lookaheads)
            if part is None:
                return None
            out.append(part)
        elif op is c.ASSERT and lookaheads and arg[0] == 1:
            part = _emit(parser, arg[1], stretch, lookaheads)
            if part is None:
                return None
            out.append(part)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # anchors and lookarounds: the result is checked at the end
        elif op is c.CATEGORY:
            out.append(_CATEGORY_CHARS.get(str(arg), "a"))
        else:
            return None  # back references and the like
    return "".join(out)


_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _in(c: Any, items: Any) -> str | None:
    """A character of a class ``[...]``: a letter or digit where it allows one."""
    negate = any(op is c.NEGATE for op, _ in items)
    allowed: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            allowed.append(chr(arg))
        elif op is c.RANGE:
            allowed.append(chr(arg[0]))
        elif op is c.CATEGORY:
            allowed.append(_CATEGORY_CHARS.get(str(arg), "a"))
    if not negate:
        preferred = [ch for ch in allowed if ch.isalnum()] or allowed
        return preferred[0] if preferred else None
    return next((ch for ch in "a1A-_ x" if ch not in allowed), None)


def _class_char(klass: str) -> str | None:
    # Prefer a lower-case letter, then a digit: reads like a typical SID.
    for candidate in "abcdef0123456789ABCDEFxyz_-":
        try:
            if re.fullmatch(f"[{klass}]", candidate):
                return candidate
        except re.error:
            return None
    return None


# -- what the client must send ---------------------------------------------------

# Test values for what is not JSON.
FILE = ("upload.bin", b"file-content", "application/octet-stream")
RAW = b"raw-content"
TEXT = "text-content"
BINARY_ANSWER = b"binary-content"
TEXT_ANSWER = "text-answer"
EVENTS = [
    {"event": "update", "data": "first", "id": "1"},
    {"data": "line one\nline two", "retry": 1500},
]


def wire_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def wire_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, list):
        return [(name, wire_text(item)) for item in value]
    return [(name, wire_text(value))]


def _query(p: ir.Parameter, value: Any) -> list[tuple[str, str]]:
    """A query parameter as OpenAPI says to write it."""
    if p.content_type:
        return [(p.wire_name, json.dumps(value, separators=(",", ":")))]
    style, explode = p.serialization or ("form", True)
    if style == "deepObject":
        return _deep(p.wire_name, value)
    if isinstance(value, dict):
        if explode:
            return [(str(k), wire_text(v)) for k, v in value.items()]
        return [
            (p.wire_name, ",".join(x for k, v in value.items() for x in (str(k), wire_text(v))))
        ]
    if isinstance(value, list):
        if explode and style == "form":
            return [(p.wire_name, wire_text(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(p.wire_name, separator.join(wire_text(v) for v in value))]
    return [(p.wire_name, wire_text(value))]


def _deep(name: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _deep(f"{name}[{k}]", v)]
    if isinstance(value, list):
        return [pair for v in value for pair in _deep(f"{name}[]", v)]
    return [(name, wire_text(value))]


def _simple(value: Any, explode: bool, encode: Any) -> list[str]:
    if isinstance(value, dict):
        if explode:
            return [f"{encode(str(k))}={encode(wire_text(v))}" for k, v in value.items()]
        return [encode(x) for k, v in value.items() for x in (str(k), wire_text(v))]
    if isinstance(value, list):
        return [encode(wire_text(v)) for v in value]
    return [encode(wire_text(value))]


def _path(p: ir.Parameter, value: Any) -> str:
    def encode(text: str) -> str:
        return quote(text, safe="")

    if p.content_type:
        return encode(json.dumps(value, separators=(",", ":")))
    style, explode = p.serialization or ("simple", False)
    parts = _simple(value, explode, encode)
    if style == "label":
        return "." + ("." if explode else ",").join(parts)
    if style == "matrix":
        if explode and isinstance(value, list):
            return "".join(f";{p.wire_name}={v}" for v in parts)
        if explode and isinstance(value, dict):
            return "".join(f";{v}" for v in parts)
        return f";{p.wire_name}=" + ",".join(parts)
    return ",".join(parts)


def _header(p: ir.Parameter, value: Any) -> str:
    if p.content_type:
        return json.dumps(value, separators=(",", ":"))
    _, explode = p.serialization or ("simple", False)
    return ",".join(_simple(value, explode, lambda text: text))


def _part(p: ir.Parameter, value: Any) -> list[tuple[str, Any, Any, str]]:
    """The multipart parts a field makes: (name, filename, content type, content)."""
    if p.is_file:
        files = value if isinstance(value, list) else [value]
        return [(p.wire_name, f[0], f[2], f[1].decode()) for f in files]
    if p.part_type:
        text = value if isinstance(value, str) else wire_text(value)
        return [(p.wire_name, None, p.part_type, text)]
    if (
        isinstance(value, dict)
        or isinstance(value, list)
        and any(isinstance(v, (dict, list)) for v in value)
    ):
        return [(p.wire_name, None, "application/json", wire_text(value))]
    if isinstance(value, list):
        return [(p.wire_name, None, None, wire_text(v)) for v in value]
    return [(p.wire_name, None, None, wire_text(value))]


def operation_args(op: ir.Operation, sampler: Sampler, defaulted: set[str]) -> dict[str, Any]:
    """A sample for every argument of ``op`` (its Python name -> value: one
    wire name may be a path, a query and a header parameter at once), each of
    its parameter's own type (as the README shows it), but those that default
    to one of the ``defaulted`` settings. ``wire_args`` gives what the tests pass."""
    args: dict[str, Any] = {}
    kind = op.body.kind if op.body is not None else ""
    for p in op.parameters:
        if p.default_from in defaulted:
            continue  # left out on purpose: the client fills it in
        if p.is_file:
            inner = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
            args[p.name] = [FILE] if isinstance(inner, ir.ListOf) else FILE
            continue
        if p.location == "body" and kind in (ir.RAW, ir.TEXT):
            args[p.name] = RAW if kind == ir.RAW else TEXT
            continue
        if p.example is not ir.NO_DEFAULT and sampler.conforms(p.example, p.type):
            value = p.example
        else:
            value = sampler.value(p.type, p.wire_name)
        if p.location == "path" and value in _UNSENDABLE_PATH_VALUES:
            value = "value-1"  # the client refuses an empty path argument, or "." and ".."
        args[p.name] = value
    return args


_UNSENDABLE_PATH_VALUES: tuple[Any, ...] = ("", [], {}, ".", "..")


def wire_args(op: ir.Operation, args: dict[str, Any]) -> dict[str, Any]:
    """``args`` as the generated tests pass them: a path, header or cookie
    value as its text."""
    by_name = {p.name: p for p in op.parameters}
    wired = dict(args)
    for name, value in args.items():
        p = by_name[name]
        if p.location in ("path", "header", "cookie") and not isinstance(value, (str, list, dict)):
            value = wire_text(value)
            if p.location == "path" and value in _UNSENDABLE_PATH_VALUES:
                value = "value-1"
            wired[name] = value
    return wired


# As the runtime's cookie_header writes cookie values (RFC 6265's cookie-octet).
COOKIE_SAFE = "!#$%&'()*+-./:<=>?@[]^_`{|}~"


def expected_request(
    op: ir.Operation, args: dict[str, Any], defaults: dict[str, Any]
) -> dict[str, Any]:
    """The request ``op`` must send for ``args`` (Python name -> sample value);
    ``defaults`` are the client's settings, for arguments left out."""
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    cookies: dict[str, str] = {}
    form: list[tuple[str, str]] = []
    parts: list[tuple[str, Any, Any, str]] = []
    body: dict[str, Any] = {}
    whole: Any = None
    kind = op.body.kind if op.body is not None else ""
    for p in op.parameters:
        if p.name not in args and p.default_from not in defaults:
            continue
        value = args[p.name] if p.name in args else defaults[p.default_from]
        if p.location == "path":
            path = path.replace("{" + p.wire_name + "}", _path(p, value))
        elif p.location == "query":
            query += _query(p, value)
        elif p.location == "header":
            headers[p.wire_name] = _header(p, value)
        elif p.location == "cookie":
            cookies[p.wire_name] = quote(_header(p, value), safe=COOKIE_SAFE)
        elif kind == ir.FORM:
            form += (
                _deep(p.wire_name, value)
                if p.style == "deepObject"
                else wire_pairs(p.wire_name, value)
            )
        elif kind == ir.MULTIPART:
            parts += _part(p, value)
        elif kind in (ir.JSON_WHOLE, ir.FORM_WHOLE, ir.RAW, ir.TEXT):
            whole = value
        else:
            body[p.wire_name] = value
    result: dict[str, Any] = {"method": op.method, "path": path, "query": query, "headers": headers}
    if cookies:
        result["cookies"] = cookies
    media = op.body.media_type if op.body is not None else ""
    if kind == ir.FORM:
        result["form"] = form
    elif kind == ir.FORM_WHOLE:
        result["form"] = [pair for k, v in (whole or {}).items() for pair in wire_pairs(k, v)]
    elif kind == ir.JSON:
        result["json"] = body
        result["content_type"] = media
    elif kind == ir.JSON_WHOLE:
        result["json"] = whole
        result["content_type"] = media
    elif kind == ir.MULTIPART:
        result["multipart"] = parts
    elif kind in (ir.RAW, ir.TEXT):
        result["content"] = whole
        result["content_type"] = media
    return result


def test_secret(scheme: ir.SecurityScheme, username: str) -> Any:
    """What the generated tests give the client for a scheme's keyword."""
    if scheme.kind == "basic":
        return (username, "test-password")
    if scheme.kind in ("bearer", "oauth2"):
        return "test-token"
    return f"test-{scheme.name.replace('_', '-')}"


def expected_auth(
    requirement: tuple[tuple[str, ...], ...],
    schemes: tuple[ir.SecurityScheme, ...],
    credentials: dict[str, Any],
) -> dict[str, Any]:
    """What the test client must send for its credentials: the first
    alternative of ``requirement`` (the tests give every credential)."""
    found: dict[str, Any] = {"headers": {}, "query": [], "cookies": {}}
    if not requirement:
        return found
    by_key = {s.key: s for s in schemes}
    for key in requirement[0]:
        scheme = by_key[key]
        secret = credentials[scheme.name]
        # One header carries one credential: the first scheme that names it.
        if scheme.kind == "basic":
            token = base64.b64encode(f"{secret[0]}:{secret[1]}".encode()).decode()
            found["headers"].setdefault("Authorization", f"Basic {token}")
        elif scheme.kind in ("bearer", "oauth2"):
            found["headers"].setdefault("Authorization", f"Bearer {secret}")
        elif scheme.location == "header":
            found["headers"].setdefault(scheme.parameter, secret)
        elif scheme.location == "query":
            found["query"].append((scheme.parameter, secret))
        else:
            found["cookies"][scheme.parameter] = quote(secret, safe=COOKIE_SAFE)
    return found


def operation_response(op: ir.Operation, sampler: Sampler) -> tuple[Any, str, str]:
    """The body a server would answer ``op`` with (None: no content), how it
    is read, and its content type."""
    success = op.success
    if success is None or success.type is None:
        return None, "json", ""
    if success.kind == ir.BINARY:
        return BINARY_ANSWER, "binary", success.media_type
    if success.kind == ir.TEXT_ANSWER:
        return TEXT_ANSWER, "text", success.media_type
    if success.kind == ir.EVENTS:
        return EVENTS, "events", success.media_type
    if success.example is not ir.NO_DEFAULT and sampler.conforms(success.example, success.type):
        body = success.example
    else:
        body = sampler.value(success.type)
    pagination = op.pagination
    if pagination is not None and pagination.profile == "twilio" and isinstance(body, dict):
        body = dict(body)
        items = body.get(pagination.items_key)
        if not isinstance(items, list) or not items:
            body[pagination.items_key] = [sampler.value(pagination.item)]
        meta = dict(body.get("meta") or {})
        meta["key"] = pagination.items_key
        # The only page: no link onward or back (null where the spec allows
        # it, else left out, as Twilio's own specs say it is a string).
        for name, field in _meta_fields(sampler, success.type).items():
            if name in ("next_page_url", "previous_page_url"):
                if isinstance(field.type, ir.Nullable) or field is _ANY_FIELD:
                    meta[name] = None
                elif not field.required:
                    meta.pop(name, None)
        body["meta"] = meta
    elif pagination is not None and pagination.profile in ("next-link", "cursor"):
        body = _without(body, pagination.next_path)  # the first page is the last
    return body, "json", success.media_type if success.media_type != "application/json" else ""


_ANY_FIELD = ir.Field("", ir.AnyValue(), required=False)


def _meta_fields(sampler: Sampler, answer: ir.Type | None) -> dict[str, ir.Field]:
    """The fields of a Twilio page's ``meta`` as the spec describes them (any
    value, for a meta it does not describe)."""
    known = {"next_page_url": _ANY_FIELD, "previous_page_url": _ANY_FIELD}
    page = sampler.models.get(answer.key) if isinstance(answer, ir.ModelRef) else None
    meta = next((f.type for f in page.fields if f.wire_name == "meta"), None) if page else None
    meta = meta.inner if isinstance(meta, ir.Nullable) else meta
    if isinstance(meta, ir.ModelRef) and meta.key in sampler.models:
        fields = {f.wire_name: f for f in sampler.models[meta.key].fields}
        return {name: fields.get(name, _ANY_FIELD) for name in known}
    return known


def _without(body: Any, path: tuple[str, ...]) -> Any:
    if not path or not isinstance(body, dict) or path[0] not in body:
        return body
    body = dict(body)
    if len(path) == 1:
        del body[path[0]]
    else:
        body[path[0]] = _without(body[path[0]], path[1:])
    return body
