"""Responses: the answer a method returns, the documented error answers, and
whether a list is paged (Twilio's ``meta`` envelope)."""

from __future__ import annotations

from typing import Any

from . import ir
from .errors import pointer_join
from .refs import example_of, mapping
from .typemodel import RESPONSE, OperationSite, json_media

SUCCESS_ORDER = ("200", "201", "202", "203", "204", "205", "206", "2XX", "2xx")


def answer_kind(media: str) -> ir.AnswerKind:
    """How an answer in ``media`` is read."""
    base = media.split(";")[0].strip().lower()
    if not base:
        return ir.NO_CONTENT
    if json_media(base) or base in ("*/*", "application/*"):
        return ir.JSON_ANSWER
    if base == "text/event-stream":
        return ir.EVENTS
    if base.startswith("text/") or base in ("application/xml", "application/javascript"):
        return ir.TEXT_ANSWER
    return ir.BINARY


def read_responses(
    site: OperationSite,
) -> tuple[tuple[ir.Response, ...], tuple[ir.Response, ...]]:
    """The success answers of the operation (the usual one first) and its
    documented error answers."""
    responses = site.op.get("responses")
    hint = site.hint
    if not isinstance(responses, dict) or not responses:
        site.problems.warning(
            site.pointer + "/responses", "no responses are declared: the method returns None"
        )
        return (), ()
    codes = [str(code) for code in responses]
    successes = [c for c in SUCCESS_ORDER if c in codes]
    successes += sorted(c for c in codes if c.startswith("2") and c not in successes)
    if not successes and "default" in codes:
        successes = ["default"]  # the only answer documented is the usual one
    found = tuple(
        _response(site, responses, code, hint + "Response" + ("" if i == 0 else code))
        for i, code in enumerate(successes)
    )
    errors = tuple(
        _response(site, responses, code, hint + "Error" + code.title())
        for code in codes
        if code not in successes and (code[:1] in ("4", "5") or code == "default")
    )
    return found, tuple(e for e in errors if e.type is not None and e.kind == ir.JSON_ANSWER)


def documented_redirects(site: OperationSite) -> tuple[str, ...]:
    """The 3xx answers the operation documents ("302", "3XX"), upper case."""
    responses = site.op.get("responses")
    if not isinstance(responses, dict):
        return ()
    codes = (str(code).upper() for code in responses)
    return tuple(sorted({c for c in codes if len(c) == 3 and c[0] == "3" and c[1:] in _REST}))


_REST = {f"{n:02d}" for n in range(100)} | {"XX"}


def _response(site: OperationSite, responses: dict[Any, Any], code: str, hint: str) -> ir.Response:
    """The answer documented for ``code``; ``hint`` names its types."""
    raw = responses.get(code, responses.get(int(code) if code.isdigit() else code))
    response, response_pointer = site.resolver.follow(
        raw, site.pointer + pointer_join("responses", code)
    )
    if not isinstance(response, dict):
        return ir.Response(code, "", None, kind=ir.NO_CONTENT)
    description = _text(response.get("description"))
    headers = tuple(str(h) for h in mapping(response.get("headers")))
    content = response.get("content")
    if code == "204" or not isinstance(content, dict) or not content:
        return ir.Response(
            code, "", None, description=description, kind=ir.NO_CONTENT, headers=headers
        )
    # JSON when it is offered, else the first media type described.
    media = next((m for m in content if answer_kind(m) == ir.JSON_ANSWER), next(iter(content)))
    kind = answer_kind(media)
    media_object = mapping(content[media])
    media_pointer = response_pointer + pointer_join("content", media)
    base = media.split(";")[0].strip()
    if kind == ir.BINARY:
        return ir.Response(
            code, base, ir.Scalar(ir.BYTES), description=description, kind=kind, headers=headers
        )
    if kind in (ir.TEXT_ANSWER, ir.EVENTS):
        return ir.Response(
            code, base, ir.Scalar(ir.STR), description=description, kind=kind, headers=headers
        )
    if "schema" not in media_object:
        return ir.Response(
            code, base, ir.AnyValue(), description=description, kind=kind, headers=headers
        )
    schema_pointer = media_pointer + "/schema"
    found = site.reader.read(media_object["schema"], schema_pointer, RESPONSE, hint)
    return ir.Response(
        code,
        base,
        found,
        schema_pointer,
        example_of(media_object, site.resolver),
        description,
        kind,
        headers,
    )


# Page-size query parameters worth filling in from a list's limit, when their
# schema gives a maximum.
PAGE_SIZE_PARAMETERS = ("PageSize", "per_page", "page_size", "pageSize")
PROFILES: tuple[ir.Profile, ...] = ("twilio", "next-link", "link-header", "cursor")


def read_pagination(
    site: OperationSite,
    method: str,
    success: ir.Response | None,
    params: list[ir.Parameter],
    declared: dict[str, Any] | None,
) -> ir.Pagination | None:
    """How a list operation pages, if it does.

    ``declared`` is an ``x-pagination`` (of the operation, else the
    document's) or the generator's ``pagination`` setting; without one, a
    Twilio envelope (``meta`` beside one array) or a declared ``Link`` header
    on an array answer is recognised.
    """
    if method != "get" or success is None or success.type is None or success.kind != ir.JSON_ANSWER:
        return None
    models = site.reader.models
    if declared:
        found = _declared(site, declared, success, params)
        if found is not None:
            return found
    twilio = _twilio(success.type, models)
    if twilio is not None:
        return ir.Pagination(twilio[0], twilio[1], _page_size(params, "PageSize"))
    body = _unwrap(success.type)
    if any(h.lower() == "link" for h in success.headers) and isinstance(body, ir.ListOf):
        return ir.Pagination("", body.item, _page_size(params), profile="link-header")
    return None


def _declared(
    site: OperationSite,
    declared: dict[str, Any],
    success: ir.Response,
    params: list[ir.Parameter],
) -> ir.Pagination | None:
    models, problems, pointer = site.reader.models, site.problems, site.pointer
    profile = declared.get("profile")
    if profile not in PROFILES:
        problems.warning(
            pointer, f"x-pagination profile {profile!r} is not one of {', '.join(PROFILES)}"
        )
        return None
    assert success.type is not None
    if profile == "twilio":
        found = _twilio(success.type, models)
        return (
            None
            if found is None
            else ir.Pagination(found[0], found[1], _page_size(params, "PageSize"))
        )
    items_path = _path(declared.get("items"))
    items = _walk(success.type, items_path, models)
    if not isinstance(items, ir.ListOf):
        return None  # this operation's answer is not such a list
    next_path = _path(declared.get("next"))
    cursor = str(declared.get("cursor_param") or declared.get("cursor-param") or "")
    if profile == "cursor" and not any(
        p.wire_name == cursor and p.location == "query" for p in params
    ):
        return None
    if profile in ("next-link", "cursor") and not next_path:
        problems.warning(
            pointer,
            f"x-pagination profile {profile} needs 'next': where the next link or cursor is",
        )
        return None
    size_name = str(declared.get("page_size_param") or declared.get("page-size-param") or "")
    largest = declared.get("max_page_size") or declared.get("max-page-size")
    page_size = _page_size(params, size_name) if size_name else _page_size(params)
    if size_name and type(largest) is int and largest > 0:
        page_size = (size_name, largest) if any(p.wire_name == size_name for p in params) else None
    return ir.Pagination(
        ".".join(items_path),
        items.item,
        page_size,
        profile=next(p for p in PROFILES if p == profile),
        next_path=next_path,
        cursor_param=cursor,
    )


def _twilio(t: ir.Type, models: dict[str, ir.Model]) -> tuple[str, ir.Type] | None:
    """A Twilio list envelope: a ``meta`` object beside exactly one array."""
    if not isinstance(t, ir.ModelRef) or t.key not in models:
        return None
    model = models[t.key]
    meta = next((f for f in model.fields if f.wire_name == "meta"), None)
    if meta is None:
        return None
    described = _unwrap(meta.type)
    if isinstance(described, ir.ModelRef) and described.key in models:
        # A meta that describes its fields but has no next link is another
        # API's envelope (Open Banking's totals), not Twilio's.
        fields = {f.wire_name for f in models[described.key].fields}
        if fields and "next_page_url" not in fields:
            return None
    arrays = [
        f for f in model.fields if f.wire_name != "meta" and isinstance(_unwrap(f.type), ir.ListOf)
    ]
    if len(arrays) != 1:
        return None
    items = _unwrap(arrays[0].type)
    assert isinstance(items, ir.ListOf)
    return arrays[0].wire_name, items.item


def _page_size(params: list[ir.Parameter], name: str = "") -> tuple[str, int] | None:
    for p in params:
        if p.location == "query" and (
            p.wire_name == name or not name and p.wire_name in PAGE_SIZE_PARAMETERS
        ):
            largest = p.type.facts.maximum
            if largest is not None and largest >= 1:
                return (p.wire_name, int(largest))
    return None


def _path(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) and value:
        return tuple(value.split("."))
    return ()


def _walk(t: ir.Type, path: tuple[str, ...], models: dict[str, ir.Model]) -> ir.Type | None:
    """The type at ``path`` (wire names) inside ``t``."""
    for key in path:
        t = _unwrap(t)
        if not isinstance(t, ir.ModelRef) or t.key not in models:
            return None
        found = next((f for f in models[t.key].fields if f.wire_name == key), None)
        if found is None:
            return None
        t = found.type
    return _unwrap(t)


def _unwrap(t: ir.Type) -> ir.Type:
    return t.inner if isinstance(t, ir.Nullable) else t


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
