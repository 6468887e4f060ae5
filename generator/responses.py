"""Responses: the answer a method returns, the documented error answers, and
whether a list is paged (Twilio's ``meta`` envelope)."""

from __future__ import annotations

from typing import Any

from . import ir
from .errors import Problems, pointer_join
from .refs import Resolver, example_of
from .typemodel import RESPONSE, SchemaReader, json_media

SUCCESS_ORDER = ("200", "201", "202", "203", "204", "205", "206", "2XX", "2xx")
# The query parameter Twilio's lists take their page size from.
PAGE_SIZE_PARAMETER = "PageSize"


def read_responses(
    reader: SchemaReader,
    resolver: Resolver,
    problems: Problems,
    op: dict[str, Any],
    pointer: str,
    hint: str,
) -> tuple[ir.Response | None, tuple[ir.Response, ...]]:
    """The success answer of ``op`` and its documented error answers."""
    responses = op.get("responses")
    if not isinstance(responses, dict) or not responses:
        problems.warning(
            pointer + "/responses", "no responses are declared: the method returns None"
        )
        return None, ()
    codes = [str(code) for code in responses]
    success_code = next((c for c in SUCCESS_ORDER if c in codes), None)
    if success_code is None:
        success_code = next((c for c in sorted(codes) if c.startswith("2")), None)
    if success_code is None and "default" in codes:
        success_code = "default"  # the only answer documented is the usual one
    success = None
    if success_code is not None:
        success = _response(reader, resolver, responses, success_code, pointer, hint + "Response")
    errors = tuple(
        _response(reader, resolver, responses, code, pointer, hint + "Error" + code.title())
        for code in codes
        if code != success_code and (code[:1] in ("4", "5") or code == "default")
    )
    return success, tuple(e for e in errors if e.type is not None)


def _response(
    reader: SchemaReader,
    resolver: Resolver,
    responses: dict[Any, Any],
    code: str,
    pointer: str,
    hint: str,
) -> ir.Response:
    raw = responses.get(code, responses.get(int(code) if code.isdigit() else code))
    response, response_pointer = resolver.follow(raw, pointer + pointer_join("responses", code))
    if not isinstance(response, dict):
        return ir.Response(code, "", None)
    description = _text(response.get("description"))
    content = response.get("content")
    if code == "204" or not isinstance(content, dict) or not content:
        return ir.Response(code, "", None, description=description)
    media = next((m for m in content if json_media(m)), None)
    if media is None:
        media = next(
            (m for m in content if m.split(";")[0].strip() in ("*/*", "application/*")), None
        )
    if media is None:
        return ir.Response(code, next(iter(content)), None, description=description)
    media_object = content[media] if isinstance(content[media], dict) else {}
    media_pointer = response_pointer + pointer_join("content", media)
    if "schema" not in media_object:
        return ir.Response(code, media, ir.AnyValue(), description=description)
    schema_pointer = media_pointer + "/schema"
    found = reader.read(media_object["schema"], schema_pointer, RESPONSE, hint)
    return ir.Response(
        code,
        media.split(";")[0].strip(),
        found,
        schema_pointer,
        example_of(media_object, resolver),
        description,
    )


def twilio_pagination(
    success: ir.Response | None, params: list[ir.Parameter], models: dict[str, ir.Model]
) -> ir.Pagination | None:
    """A Twilio list envelope: a ``meta`` object beside exactly one array."""
    if success is None or not isinstance(success.type, ir.ModelRef):
        return None
    model = models.get(success.type.key)
    if model is None or not any(f.wire_name == "meta" for f in model.fields):
        return None
    arrays = [
        f for f in model.fields if f.wire_name != "meta" and isinstance(_unwrap(f.type), ir.ListOf)
    ]
    if len(arrays) != 1:
        return None
    items = _unwrap(arrays[0].type)
    assert isinstance(items, ir.ListOf)
    page_size = None
    for p in params:
        if p.location == "query" and p.wire_name == PAGE_SIZE_PARAMETER:
            facts = p.type.facts
            if facts.maximum is not None and facts.maximum >= 1:
                page_size = (p.wire_name, int(facts.maximum))
    return ir.Pagination(arrays[0].wire_name, items.item, page_size)


def _unwrap(t: ir.Type) -> ir.Type:
    return t.inner if isinstance(t, ir.Nullable) else t


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
