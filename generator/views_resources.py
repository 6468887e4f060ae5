"""A resource module's view: an IR resource -> what ``resource.py.j2`` prints
for each method (signature, return annotations, the runtime call and its
arguments, the docstring) and the module's import lines, made from the
names the methods use. Pure: the same IR gives the same view.
"""

from __future__ import annotations

import re

from msgspec import Struct, field

from . import ir
from .literals import default_text, enum_names, pyrepr
from .signatures import (
    answer_of,
    argument_annotation,
    distinct_results,
    fixed_value,
    method_result,
    returns,
)
from .typemodel import Imports, PythonTypes, spell


class MethodView(Struct, frozen=True):
    name: str
    is_list: bool
    signature: list[str]
    result: str  # for a list: the pager's item
    returns: tuple[str, str]  # the sync and the async method's return annotation
    doc: str
    method: str
    path: str  # a Python expression
    args: list[tuple[str, str]]  # keyword arguments handed to the runtime
    cast: str
    typed_cast: bool  # the cast's own type is the result's: return it directly
    raw_wrapper: str  # to_raw_response or to_raw_page
    items_key: str = ""
    page_size: tuple[str, int] | None = None
    streams: bool = True  # has a with_streaming_response twin
    events: bool = False  # returns a stream of server-sent events
    deprecation: str = ""  # the warning of a deprecated method
    deprecated_arguments: list[tuple[str, str]] = field(default_factory=list)  # name, warning
    paging: list[tuple[str, str]] = field(default_factory=list)  # PageRequest's profile arguments


class ResourceView(Struct, frozen=True):
    name: str  # the client's attribute and the module's name
    class_name: str
    tag: str
    description: str
    methods: list[MethodView]
    import_lines: list[str]
    deprecated: bool  # some method is


# The per-call options every method takes, after its own arguments.
OPTION_PARAMETERS = (
    "timeout: Timeout | NotGiven = NOT_GIVEN",
    "max_retries: int | NotGiven = NOT_GIVEN",
    "extra_headers: Mapping[str, str | None] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_body: Mapping[str, Any] | None = None",
)

# The runtime helpers a method's code may call, and the module of each.
_HELPERS = {
    "json_body": "_base_client",
    "no_content": "_base_client",
    "expand_path": "_encoding",
    "file_field": "_encoding",
    "part_field": "_encoding",
    "styled": "_encoding",
}


def resource_view(api: ir.Api, resource: ir.Resource) -> ResourceView:
    builder = _Methods(api, resource.name)
    methods = [builder.method(op) for op in resource.operations]
    return ResourceView(
        resource.name,
        resource.class_name,
        resource.tag,
        resource.description,
        methods,
        _import_lines(methods, builder.imports, builder.helpers),
        any(m.deprecation for m in methods),
    )


def _import_lines(methods: list[MethodView], imports: Imports, helpers: set[str]) -> list[str]:
    """The import lines of a resource module: what its methods name."""
    deprecated = any(m.deprecation for m in methods)
    modules = imports.modules | ({"sys"} if deprecated else set())
    lines = [f"import {module}" for module in sorted(modules)]
    typing = imports.typing | {"Any", "Mapping"} | ({"TYPE_CHECKING"} if deprecated else set())
    lines.append(f"from typing import {', '.join(sorted(typing))}")
    lines.append("")
    base = sorted(n for n in helpers if _HELPERS[n] == "_base_client")
    if not all(m.is_list for m in methods):
        base += ["to_raw_response", "async_to_raw_response"]
    if any(m.streams for m in methods):
        base += ["to_streamed_response", "async_to_streamed_response"]
    if base:
        lines.append(f"from .._base_client import {', '.join(sorted(base))}")
    if any(m.deprecated_arguments for m in methods):
        lines.append("from .._deprecation import deprecated_argument")
    encoding = [n for n in _HELPERS if _HELPERS[n] == "_encoding" and n in helpers]
    if encoding:
        lines.append(f"from .._encoding import {', '.join(encoding)}")
    if imports.runtime:
        lines.append("from .. import _models")
    if any(m.is_list for m in methods):
        lines.append(
            "from .._pagination import "
            "AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page"
        )
    lines.append("from .._resource import AsyncAPIResource, SyncAPIResource")
    if any(m.events for m in methods):
        lines.append("from .._streaming import AsyncStream, ServerSentEvent, Stream")
    names = {"NOT_GIVEN", "NotGiven", "Timeout", "request_options", *imports.runtime_types}
    lines.append(f"from .._types import {', '.join(sorted(names))}")
    if imports.models:
        lines.append(f"from ..models import {', '.join(sorted(imports.models))}")
    if deprecated:
        # Type checkers and IDEs mark a method decorated with it (PEP 702).
        lines += [
            "",
            "if sys.version_info >= (3, 13):",
            "    from warnings import deprecated",
            "elif TYPE_CHECKING:",
            "    from typing_extensions import deprecated",
            "else:",
            "    from .._deprecation import deprecated",
        ]
    return lines


class _Methods:
    """Builds the method views of one module, noting the names they use."""

    def __init__(self, api: ir.Api, resource: str) -> None:
        self.api = api
        self.resource = resource
        self.imports = Imports()
        self.types = PythonTypes(api.models, api.unions, self.imports)
        self.helpers: set[str] = set()

    def method(self, op: ir.Operation) -> MethodView:
        types = self.types
        path_params = [p for p in op.parameters if p.location == "path"]
        keyword_params = [p for p in op.parameters if p.location != "path"]
        signature = [f"{p.name}: {argument_annotation(op, p, types)}" for p in path_params]
        required, fixed, optional = [], [], []
        for p in keyword_params:
            declaration = f"{p.name}: {argument_annotation(op, p, types)}"
            value = fixed_value(p)
            if value is not ir.NO_DEFAULT:
                fixed.append(f"{declaration} = {pyrepr(value)}")
            elif p.required:
                required.append(declaration)
            else:
                optional.append(f"{declaration} | NotGiven = NOT_GIVEN")
        extra = ["limit: int | None = None"] if op.pagination else []
        signature += ["*", *required, *fixed, *optional, *extra, *OPTION_PARAMETERS]

        result_terms, cast, typed_cast = method_result(self.api, op, types)
        result = spell(result_terms)
        sync_returns, async_returns = returns(op, result_terms)
        self._helper(cast)
        args = self._request_args(op)
        return MethodView(
            name=op.name,
            is_list=op.pagination is not None,
            signature=signature,
            result=result,
            returns=(spell(sync_returns), spell(async_returns)),
            doc=_operation_doc(op),
            method=op.method,
            path=self._path_expression(op),
            args=args,
            cast=cast,
            typed_cast=typed_cast,
            raw_wrapper="to_raw_page" if op.pagination else "to_raw_response",
            items_key=op.pagination.items_key if op.pagination else "",
            page_size=op.pagination.page_size if op.pagination else None,
            streams=op.pagination is None and answer_of(op) != ir.EVENTS,
            events=op.pagination is None and answer_of(op) == ir.EVENTS,
            deprecation=self._deprecation(op),
            deprecated_arguments=[
                (p.name, self._deprecation(op, p)) for p in op.parameters if p.deprecated
            ],
            paging=_paging(op),
        )

    def _deprecation(self, op: ir.Operation, p: ir.Parameter | None = None) -> str:
        """The warning of a deprecated method, or of one of its arguments,
        with the replacement when the spec's description names one."""
        call = f"{self.resource}.{op.name}()"
        if p is None:
            if not op.deprecated:
                return ""
            return f"{call} is deprecated" + _replacement(op.description or op.summary)
        return f"{call}: the argument {p.name} is deprecated" + _replacement(p.description)

    def _helper(self, name: str) -> str:
        """``name``, noted as used when it is a runtime helper."""
        if name in _HELPERS:
            self.helpers.add(name)
        return name

    def _request_args(self, op: ir.Operation) -> list[tuple[str, str]]:
        """The keyword arguments a method hands the runtime, besides its path,
        cast and options."""
        types = self.types
        args: list[tuple[str, str]] = []
        for location, name in _MAPPINGS:
            if any(p.location == location for p in op.parameters):
                args.append((name, self._mapping(op, location)))
        body = op.body
        if body is not None:
            whole = next((p.name for p in op.parameters if p.location == "body"), "None")
            if body.kind in (ir.FORM, ir.JSON, ir.MULTIPART):
                args.append((body.kind, self._mapping(op, "body")))
            elif body.kind == ir.FORM_WHOLE:
                args.append(("form", whole))
            elif body.kind == ir.JSON_WHOLE:
                args.append(("json", whole))
            elif body.kind == ir.TEXT:
                args.append(("text", whole))
            else:
                args.append(("content", whole))
            if body.media_type != _USUAL_MEDIA_TYPES.get(body.kind):
                args.append(("content_type", pyrepr(body.media_type)))
        answer = answer_of(op)
        if answer not in (ir.JSON_ANSWER, ir.NO_CONTENT) and op.pagination is None:
            args.append(("answer", pyrepr(answer)))
        if op.pagination is None and len(distinct_results(op)) > 1:
            casts = ", ".join(f"{pyrepr(r.status)}: {self._cast_of(r)}" for r in op.successes)
            args.append(("casts", "{" + casts + "}"))
        models = [(r.status, types.converter(r.type)) for r in op.errors if r.type is not None]
        models = [(status, convert) for status, convert in models if convert]
        if models:
            args.append(("errors", "{" + ", ".join(f"{pyrepr(s)}: {c}" for s, c in models) + "}"))
        if op.security is not None and op.security != self.api.security:
            args.append(("security", pyrepr(op.security)))
        if op.server:
            args.append(("server", pyrepr(op.server)))
        if op.redirects and op.pagination is None:
            args.append(("redirects", pyrepr(op.redirects)))
        if op.idempotent and op.pagination is None:
            args.append(("idempotent", "True"))
        if op.idempotency_header and op.pagination is None:
            args.append(("idempotency_header", pyrepr(op.idempotency_header)))
        return args

    def _cast_of(self, response: ir.Response) -> str:
        if response.type is None:
            return self._helper("no_content")
        if response.kind in (ir.BINARY, ir.TEXT_ANSWER):
            return self._helper("json_body")
        return self.types.converter(response.type) or self._helper("json_body")

    def _value(self, p: ir.Parameter, value: str) -> str:
        """The expression a parameter's value is sent as: styled as the spec says."""
        if p.content_type:
            return f'{self._helper("styled")}({value}, "", False, {pyrepr(p.content_type)})'
        if p.serialization is not None:
            style, explode = p.serialization
            return f"{self._helper('styled')}({value}, {pyrepr(style)}, {pyrepr(explode)})"
        return value

    def _mapping(self, op: ir.Operation, location: ir.Location) -> str:
        entries = []
        for p in op.parameters:
            if p.location != location:
                continue
            value = p.name
            if p.default_from:
                value = f"self._client._setting({pyrepr(p.default_from)}, {p.name})"
            if p.is_file:
                part = ", " + pyrepr(p.part_type) if p.part_type else ""
                value = f"{self._helper('file_field')}({value}{part})"
            elif p.part_type:
                value = f"{self._helper('part_field')}({value}, {pyrepr(p.part_type)})"
            else:
                value = self._value(p, value)
            entries.append(f"{pyrepr(p.wire_name)}: {value}")
        return "{" + ", ".join(entries) + "}"

    def _path_expression(self, op: ir.Operation) -> str:
        path_params = [p for p in op.parameters if p.location == "path"]
        if not path_params:
            return pyrepr(op.path)
        values = [f"{pyrepr(p.wire_name)}: {self._value(p, p.name)}" for p in path_params]
        return f"{self._helper('expand_path')}({pyrepr(op.path)}, {{{', '.join(values)}}})"


# Where parameters go, and the runtime keyword that takes them.
_MAPPINGS: tuple[tuple[ir.Location, str], ...] = (
    ("query", "params"),
    ("header", "headers"),
    ("cookie", "cookies"),
)

_USUAL_MEDIA_TYPES: dict[ir.BodyKind, str] = {
    ir.FORM: "application/x-www-form-urlencoded",
    ir.FORM_WHOLE: "application/x-www-form-urlencoded",
    ir.JSON: "application/json",
    ir.JSON_WHOLE: "application/json",
    ir.MULTIPART: "multipart/form-data",
}


# A sentence of a description that names what to use instead.
_REPLACED = re.compile(
    r"[^.!?\n]*\b(?:instead|replaced by|superseded by|in favou?r of)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)


def _replacement(description: str) -> str:
    """ ": " and the sentence of ``description`` that names a replacement, or ""."""
    found = _REPLACED.search(description or "")
    if found is None:
        return ""
    sentence = " ".join(found.group().split())
    return f": {sentence[:200]}" if sentence else ""


def _paging(op: ir.Operation) -> list[tuple[str, str]]:
    paging = op.pagination
    if paging is None or paging.profile == "twilio":
        return []
    found = [("profile", pyrepr(paging.profile))]
    if paging.next_path:
        found.append(("next_path", pyrepr(paging.next_path)))
    if paging.cursor_param:
        found.append(("cursor_param", pyrepr(paging.cursor_param)))
    return found


def _operation_doc(op: ir.Operation) -> str:
    lines = [op.summary or op.description.split("\n")[0] or op.operation_id]
    if op.description and op.description != lines[0]:
        lines += ["", op.description]
    if op.deprecated:
        lines += ["", "Deprecated."]
    if op.idempotent and op.method not in ("GET", "HEAD", "OPTIONS", "TRACE"):
        lines += ["", "Safe to repeat (the spec says so): retried after a failure like a read."]
    documented = []
    for p in op.parameters:
        parts = [" ".join(p.description.split())] if p.description.strip() else []
        default = p.type.facts.default
        if default is not ir.NO_DEFAULT and not p.required:
            parts.append(f"Defaults to {default_text(default)}.")
        if p.default_from:
            parts.append(f"Defaults to the client's {p.default_from}.")
        names = enum_names(p.type)
        if names:
            parts.append(names)
        if p.deprecated:
            parts.append("Deprecated.")
        if p.location == "header" and p.wire_name == op.idempotency_header:
            parts.append(
                "Left out, the client makes a fresh key; every retry of this call sends "
                "the same one, so the API applies the call at most once."
            )
        if parts:
            documented.append(f"    {p.name}: {' '.join(parts)}")
    if documented:
        lines += ["", "Args:"] + documented
    if op.pagination is not None:
        lines += [
            "",
            "Returns a lazy iterator over every item, fetching pages as needed; `limit` caps the number of items.",
        ]
    return "\n".join(lines)
