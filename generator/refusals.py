"""Requests at the spec's limits, for the generated suite to send to a
server: those it forbids, one broken rule each, which the server must
refuse, and those at the edge of what it allows, which it must take.

Each refusal is a change to the valid request of an operation's test, made
on the wire (the harness's proxy makes it, so the client's own checks never
stop it): a required argument left out, a value of the wrong type, outside
its bounds or its enum, too long or too short, no credentials or wrong ones.
Only what the spec states is used; a rule it does not state is never
guessed, so a correct server refuses every one.

The edges it allows (``accepted``) are made the same way: a documented
page size of 1 and its largest, a number at its minimum and maximum, a
string of its longest allowed length, and text beyond ASCII where any text
will do.
"""

from __future__ import annotations

from typing import Any

from . import ir, naming

# Where a refusal changes the request: a query parameter, a header, a field
# of a form or JSON object body, or the credentials.
QUERY, HEADER, FORM, JSON, CREDENTIALS = "query", "header", "form", "json", "credentials"
# A value no enum of the spec's could hold by chance.
NOT_IN_ENUM = "not-one-of-the-documented-values"
# Text beyond ASCII: accents, a symbol, CJK and an emoji, as a user writes them.
NON_ASCII = "Zoë ✓ 日本 🚀"


def refusals(
    op: ir.Operation, request: dict[str, Any], requirement: tuple[tuple[str, ...], ...]
) -> list[dict[str, Any]]:
    """The refusals of ``op``, whose valid test request is ``request`` (as
    ``samples.expected_request`` writes it, with the ``auth`` that meets the
    operation's security ``requirement``)."""
    found: list[dict[str, Any]] = []
    body_kind = op.body.kind if op.body is not None else ""
    for p in op.parameters:
        where = _where(p, body_kind)
        if not where or p.content_type or p.serialization is not None:
            continue
        sent = _sent(request, where, p.wire_name)
        if p.required and sent:
            what = f"without the required {_place(where)} {p.wire_name}"
            found.append(_refusal(what, where, p, None, drop=True))
        for what, value in _broken_values(p.type, where):
            what = f"{_place(where)} {p.wire_name} {what}"
            found.append(_refusal(what, where, p, value, drop=False))
    found += _credentials(request.get("auth") or {}, requirement)
    unique: dict[str, dict[str, Any]] = {}
    for refusal in found:
        unique.setdefault(refusal["what"], refusal)
    return list(unique.values())


def accepted(op: ir.Operation, request: dict[str, Any]) -> list[dict[str, Any]]:
    """The edges of what ``op`` allows, each a change to its valid request
    that a correct server takes."""
    found: dict[str, dict[str, Any]] = {}
    body_kind = op.body.kind if op.body is not None else ""
    for p in op.parameters:
        where = _where(p, body_kind)
        if not where or p.content_type or p.serialization is not None or where == HEADER:
            continue
        for what, value in _edge_values(p.type, where, _written_by_people(p.wire_name)):
            what = f"{_place(where)} {p.wire_name} {what}"
            found.setdefault(what, _refusal(what, where, p, value, drop=False))
    return list(found.values())


# Fields people write in their own words (a name, a description), where any
# text must do; an id, a key or a unique name may have rules a spec leaves out.
_PEOPLES_WORDS = ("name", "description", "title", "label", "comment", "note", "summary", "text")
_MACHINES_WORDS = ("unique", "sid", "id", "key", "token", "url", "uri", "identity", "code")


def _written_by_people(wire_name: str) -> bool:
    found = set(naming.words(wire_name))
    return bool(found & set(_PEOPLES_WORDS)) and not found & set(_MACHINES_WORDS)


def _edge_values(t: ir.Type, where: str, free_text: bool) -> list[tuple[str, Any]]:
    if isinstance(t, ir.Nullable):
        t = t.inner
    if not isinstance(t, ir.Scalar):
        return []
    text, facts = where != JSON, t.facts
    edges: list[tuple[str, Any]] = []
    # A bound is an edge only where nothing else rules the value: no
    # multipleOf, no exclusive bound beside it (3.1 writes both).
    plain = (
        facts.multiple_of is None
        and facts.exclusive_minimum is None
        and facts.exclusive_maximum is None
    )
    if t.kind == ir.INT and plain:
        for what, bound in (("at its minimum", facts.minimum), ("at its maximum", facts.maximum)):
            if bound is not None and float(bound).is_integer() and _exact(bound):
                edges.append((f"{what} {_num(bound)}", _wire(bound, t, text)))
    elif t.kind == ir.STR and not (facts.pattern or facts.format):
        shortest = facts.min_length or 0
        longest = facts.max_length
        # The longest text only where any text will do (an id of x's names nothing).
        if free_text and longest is not None and shortest <= longest <= 10_000:
            edges.append((f"of its longest, {longest} characters", "x" * longest))
        if free_text and (longest is None or longest >= len(NON_ASCII)):
            if shortest <= len(NON_ASCII):
                edges.append(("beyond ASCII", NON_ASCII))
    return edges


def _where(p: ir.Parameter, body_kind: str) -> str:
    if p.location in (QUERY, HEADER):
        return p.location
    if p.location == "body" and body_kind in (ir.FORM, ir.JSON):
        return FORM if body_kind == ir.FORM else JSON
    return ""  # path (a wrong one is a 404 anyway), cookie, multipart, whole bodies


def _place(where: str) -> str:
    return {QUERY: "query parameter", HEADER: "header", FORM: "form field", JSON: "field"}[where]


def _sent(request: dict[str, Any], where: str, name: str) -> bool:
    if where == QUERY:
        return any(k == name for k, _ in request.get("query") or [])
    if where == HEADER:
        return any(k.lower() == name.lower() for k in request.get("headers") or {})
    if where == FORM:
        return any(k == name for k, _ in request.get("form") or [])
    body = request.get("json")
    return isinstance(body, dict) and name in body


def _refusal(what: str, where: str, p: ir.Parameter, value: Any, drop: bool) -> dict[str, Any]:
    return {"what": what, "where": where, "name": p.wire_name, "value": value, "drop": drop}


def _broken_values(t: ir.Type, where: str) -> list[tuple[str, Any]]:
    """(what is wrong, the value on the wire) for each rule ``t`` states
    that one value can break; ``where`` says how it is written."""
    if isinstance(t, ir.Nullable):
        return [] if where != JSON else _broken_values(t.inner, where)
    text = where != JSON  # a query, header or form value is text
    broken: list[tuple[str, Any]] = []
    if isinstance(t, ir.Literal):
        values = [v for v in t.values if v is not None]
        if values and all(isinstance(v, str) for v in values):
            broken.append((f"not one of {values!r}", NOT_IN_ENUM))
        return broken
    if not isinstance(t, ir.Scalar):
        return broken
    facts = t.facts
    if t.kind in (ir.INT, ir.FLOAT):
        broken.append(("not a number", "not-a-number"))
        if facts.minimum is not None and _exact(facts.minimum):
            low = facts.minimum - 1
            broken.append((f"below its minimum {_num(facts.minimum)}", _wire(low, t, text)))
        if facts.exclusive_minimum is not None:
            low = facts.exclusive_minimum
            broken.append((f"not above {_num(low)}", _wire(low, t, text)))
        if facts.maximum is not None and _exact(facts.maximum):
            high = facts.maximum + 1
            broken.append((f"above its maximum {_num(facts.maximum)}", _wire(high, t, text)))
        if facts.exclusive_maximum is not None:
            high = facts.exclusive_maximum
            broken.append((f"not below {_num(high)}", _wire(high, t, text)))
    elif t.kind == ir.BOOL:
        broken.append(("not a boolean", "not-a-boolean"))
    elif t.kind == ir.STR and not facts.format:
        if not text:
            broken.append(("not a string", 12345))
        if facts.max_length is not None and facts.max_length < 10_000:
            broken.append(
                (f"longer than {facts.max_length} characters", "x" * (facts.max_length + 1))
            )
        if facts.min_length:
            broken.append(
                (f"shorter than {facts.min_length} characters", "x" * (facts.min_length - 1))
            )
    return broken


def _exact(bound: float) -> bool:
    """Whether one past ``bound`` is another number (not lost to float precision)."""
    return abs(bound) < 2**53


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _wire(value: float, t: ir.Scalar, text: bool) -> Any:
    number: Any = int(value) if t.kind == ir.INT and float(value).is_integer() else value
    return str(number) if text else number


def _credentials(
    auth: dict[str, Any], requirement: tuple[tuple[str, ...], ...]
) -> list[dict[str, Any]]:
    """Without credentials, and with wrong ones, when every alternative of
    the operation's requirement needs some."""
    carriers = [{"where": "header", "name": name} for name in (auth.get("headers") or {})] + [
        {"where": "query", "name": name} for name, _ in auth.get("query") or []
    ]
    carriers += [{"where": "cookie", "name": name} for name in auth.get("cookies") or {}]
    if not carriers or () in requirement:
        return []  # nothing sent, or the API also takes no credentials
    wrong = []
    for carrier in carriers:
        value = "wrong-credential"
        if carrier["where"] == "header" and carrier["name"].lower() == "authorization":
            sent = str(auth["headers"][carrier["name"]])
            scheme = sent.split(" ", 1)[0]
            # Basic "wrong:credential"; a bearer token no one was given.
            value = f"{scheme} d3Jvbmc6Y3JlZGVudGlhbA==" if scheme == "Basic" else f"{scheme} wrong"
        wrong.append({**carrier, "value": value})
    return [
        {"what": "without credentials", "where": CREDENTIALS, "name": "", "value": carriers},
        {"what": "with wrong credentials", "where": CREDENTIALS, "name": "", "value": wrong},
    ]
