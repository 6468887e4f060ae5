"""Render stage: IR -> {relative path: text}.

The renderer turns the IR into small views of plain strings (a method's
signature lines, a model's fields...) with the type model, and Jinja2
(``StrictUndefined``) lays them out. Spec text reaches the output in exactly
three ways: Python literals through ``pyrepr`` (``repr`` of plain data,
checked), docstrings through ``docstring`` (escaped), and identifiers from
the name stage. The runtime files under ``templates/runtime`` are copied as
they are.
"""

from __future__ import annotations

import keyword
import math
import re
import textwrap
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import jinja2

from . import ir, layout, naming, readme, refusals, samples, testplan
from .errors import GeneratorBug
from .config import Target
from .fingerprint import TEMPLATES, cache_dir
from .signatures import (
    answer_of,
    argument_annotation,
    distinct_results,
    fixed_value,
    method_result,
    optional,
    returns,
    typed_dict_annotation,
)
from .typemodel import FIELD, PARAM, RESPONSE, Imports, PythonTypes, Usage

RUNTIME_FILES = (
    "_auth.py",
    "_base_client.py",
    "_config.py",
    "_encoding.py",
    "_exceptions.py",
    "_models.py",
    "_pagination.py",
    "_resource.py",
    "_streaming.py",
    "_types.py",
)
HARNESS_FILES = ("_conformance.py", "_schemas.py", "_servers.py")


def verbatim_files(target: Target) -> frozenset[str]:
    """The output files copied as they are from ``templates/``: black-clean
    and type-checked where they live, so never formatted again."""
    runtime = {f"{target.package}/{name}" for name in RUNTIME_FILES}
    return frozenset(runtime | {f"tests/{name}" for name in HARNESS_FILES})


# The account the generated tests authenticate as (_conformance.TEST_AUTH).
TEST_USERNAME = "AC00000000000000000000000000000000"


def pyrepr(value: Any) -> str:
    """A Python literal for plain data, in black's style; anything else is refused."""
    return layout.literal(value)


def docstring(text: Any, indent: int = 4, width: int = 88) -> str:
    """Spec text made safe and tidy inside a triple-quoted docstring.

    Control characters are dropped; each line is wrapped on its own, keeping
    its indentation.
    """
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
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
        wrapped = textwrap.wrap(
            stripped.strip(),
            max(width - indent - lead, 20),
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


def _plain_identifier(name: str) -> bool:
    return (
        name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )


# -- views ------------------------------------------------------------------------------


@dataclass
class ModelView:
    name: str
    doc: str
    fields: list[tuple[str, str, bool, str]]  # name, annotation, required, doc
    wire_names: list[tuple[str, str]]
    required: list[str]
    parses: list[tuple[str, str]]  # wire name, parse expression of get(wire)
    shape: str = ""  # a Shape(...) expression, for union variants
    extra: str = ""  # the converter of additional properties


@dataclass
class TypedDictView:
    name: str
    doc: str
    fields: list[tuple[str, str, bool]]  # wire name, annotation, required
    functional: bool


@dataclass
class UnionView:
    name: str
    alias: str  # the annotation the alias stands for
    parser: str
    doc: str
    variants: list[tuple[str, str]]  # fits, convert
    tag: str = ""
    mapping: list[tuple[str, str]] = field(default_factory=list)  # value, convert


@dataclass
class MethodView:
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
    paging: list[tuple[str, str]] = field(default_factory=list)  # PageRequest's profile arguments


class Renderer:
    def __init__(self, api: ir.Api, target: Target) -> None:
        self.api = api
        self.target = target
        self.package = package = target.package
        self.auth_env = target.auth_env
        self.sampler = samples.Sampler(api)
        self.planner = testplan.Planner(api)
        # What live mode passes to each create it calls to set a test up.
        self.makers: dict[str, dict[str, Any]] = {}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            bytecode_cache=_bytecode_cache(),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            pyrepr=pyrepr,
            docstring=docstring,
            pyrepr_tuple=lambda v: pyrepr(tuple(v)),
            toml=toml_string,
            fence=readme.fence,
            markdown=readme.text,
        )
        self.env.globals.update(
            api=api,
            package=package,
            version=target.version,
            env_prefix=target.env_prefix,
            client_doc=self.client_doc,
            credentials=self.credentials,
            test_credentials=self.test_credentials,
            makers=lambda: dict(sorted(self.makers.items())),
            given_way=lambda: sorted({*api.given_way, *self.sampler.given_way}),
            client_config=self.client_config,
            client_config_code=self.client_config_code,
        )

    def _types(self, imports: Imports, local_models: bool = False) -> PythonTypes:
        return PythonTypes(self.api.models, self.api.unions, imports, local_models)

    # -- models.py ------------------------------------------------------------------------

    def models_module(self) -> str:
        imports = Imports()
        types = self._types(imports, local_models=True)
        variants = self._union_variants()
        dataclasses: list[ModelView] = []
        typeddicts: list[TypedDictView] = []
        for model in sorted(self.api.models.values(), key=lambda m: m.name):
            if model.role == RESPONSE:
                dataclasses.append(self._model_view(model, types, model.key in variants))
            else:
                typeddicts.append(self._typeddict_view(model, types))
        unions = [
            self._union_view(u, types)
            for u in sorted(self.api.unions.values(), key=lambda u: u.name)
        ]
        if dataclasses:
            imports.runtime = True
            imports.typing.update({"Any", "ClassVar", "Dict", "Mapping"})
        if any(u.parser for u in unions):
            imports.typing.add("Any")
        if unions:
            imports.typing.add("TypeAlias")
        if any(not t.functional for t in typeddicts) or any(t.functional for t in typeddicts):
            if typeddicts:
                imports.typing.add("TypedDict")
        needs_required = any(required for t in typeddicts for _, _, required in t.fields)
        names = sorted(
            [m.name for m in dataclasses] + [t.name for t in typeddicts] + [u.name for u in unions]
        )
        names += sorted(u.parser for u in unions if u.parser)
        return self._render(
            "package/models.py.j2",
            dataclasses=dataclasses,
            typeddicts=typeddicts,
            unions=unions,
            imports=imports,
            needs_required=needs_required,
            exported=names,
        )

    def _union_variants(self) -> set[str]:
        """Keys of the models some union must recognise."""
        keys: set[str] = set()
        for union in self.api.unions.values():
            if union.key.startswith(RESPONSE):
                keys |= {v.key for v in union.variants if isinstance(v, ir.ModelRef)}
        return keys

    def _model_view(self, model: ir.Model, types: PythonTypes, variant: bool) -> ModelView:
        fields = []
        required = []
        parses = []
        for f in model.fields:
            always = f.required and not isinstance(f.type, ir.Nullable)
            if always:
                required.append(f.name)
            annotation = types.annotation(f.type, FIELD)
            printed = annotation if always else optional(annotation)
            fields.append((f.name, printed, always, self._field_doc(f)))
            parses.append((f.name, types.parse(f.type, f"get({pyrepr(f.wire_name)})")))
        shape = ""
        if variant:
            wanted, literals, kinds = types.shape(model)
            shape = f"_models.Shape({pyrepr(tuple(wanted))}, {pyrepr(literals)}, {pyrepr(kinds)})"
        extra = types.converter(model.extra) or "" if model.extra is not None else ""
        return ModelView(
            model.name,
            model.description or model.name,
            fields,
            [(f.name, f.wire_name) for f in model.fields],
            required,
            parses,
            shape,
            extra,
        )

    def _typeddict_view(self, model: ir.Model, types: PythonTypes) -> TypedDictView:
        fields = [
            (
                f.wire_name,
                typed_dict_annotation(types.annotation(f.type, PARAM), f.required),
                f.required,
            )
            for f in model.fields
        ]
        functional = any(
            not _plain_identifier(f.wire_name) or f.wire_name in _TYPEDDICT_UNSAFE
            for f in model.fields
        )
        return TypedDictView(model.name, model.description or model.name, fields, functional)

    def _union_view(self, union: ir.UnionDef, types: PythonTypes) -> UnionView:
        role: Usage = FIELD if union.key.startswith(RESPONSE) else PARAM
        alias = " | ".join(dict.fromkeys(types.annotation(v, role) for v in union.variants))
        view = UnionView(union.name, alias, "", union.description or f"One of {alias}.", [])
        if not union.key.startswith(RESPONSE):
            return view
        view.parser = union.parser
        view.variants = [(types.fits(v), types.converter(v) or "None") for v in union.variants]
        if union.discriminator is not None:
            view.tag = union.discriminator.property
            view.mapping = [
                (value, types.converter(v) or "None") for value, v in union.discriminator.mapping
            ]
        return view

    @staticmethod
    def _field_doc(f: ir.Field) -> str:
        text = f.description
        facts = f.type.facts
        if facts.default is not ir.NO_DEFAULT:
            text = (text + " " if text else "") + f"Defaults to {_default_text(facts.default)}."
        names = _enum_names(f.type)
        if names:
            text = (text + " " if text else "") + names
        if f.deprecated:
            text = (text + " " if text else "") + "Deprecated."
        return text

    # -- resources --------------------------------------------------------------------------

    def resource_module(self, resource: ir.Resource) -> str:
        imports = Imports()
        types = self._types(imports)
        methods = [self._method_view(op, types) for op in resource.operations]
        return self._render(
            "package/resources/resource.py.j2",
            resource=resource,
            methods=methods,
            import_lines=self._resource_imports(methods, imports),
        )

    @staticmethod
    def _resource_imports(methods: list[MethodView], imports: Imports) -> list[str]:
        """The import lines of a resource module: what its methods name."""
        text = "\n".join(
            " ".join([*m.signature, m.path, m.cast, m.result, *(a for _, a in m.args)])
            for m in methods
        )
        used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
        lists = any(m.is_list for m in methods)
        lines = [f"import {module}" for module in sorted(imports.modules)]
        lines.append(f"from typing import {', '.join(sorted(imports.typing | {'Any', 'Mapping'}))}")
        lines.append("")
        base = [n for n in ("json_body", "no_content") if n in used]
        if not all(m.is_list for m in methods):
            base += ["to_raw_response", "async_to_raw_response"]
        if any(m.streams for m in methods):
            base += ["to_streamed_response", "async_to_streamed_response"]
        if base:
            lines.append(f"from .._base_client import {', '.join(sorted(base))}")
        encoding = [n for n in ("expand_path", "file_field", "part_field", "styled") if n in used]
        if encoding:
            lines.append(f"from .._encoding import {', '.join(encoding)}")
        if imports.runtime:
            lines.append("from .. import _models")
        if lists:
            lines.append(
                "from .._pagination import "
                "AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page"
            )
        lines.append("from .._resource import AsyncAPIResource, SyncAPIResource")
        if "Stream" in used:
            lines.append("from .._streaming import AsyncStream, ServerSentEvent, Stream")
        names = {"NOT_GIVEN", "NotGiven", "Timeout", "request_options", *imports.runtime_types}
        lines.append(f"from .._types import {', '.join(sorted(names))}")
        if imports.models:
            lines.append(f"from ..models import {', '.join(sorted(imports.models))}")
        return lines

    def _method_view(self, op: ir.Operation, types: PythonTypes) -> MethodView:
        path_params = [p for p in op.parameters if p.location == "path"]
        keyword_params = [p for p in op.parameters if p.location != "path"]
        signature = [f"{p.name}: {self._argument(op, p, types)}" for p in path_params]
        required, fixed, optional = [], [], []
        for p in keyword_params:
            declaration = f"{p.name}: {self._argument(op, p, types)}"
            value = fixed_value(p)
            if value is not ir.NO_DEFAULT:
                fixed.append(f"{declaration} = {pyrepr(value)}")
            elif p.required:
                required.append(declaration)
            else:
                optional.append(f"{declaration} | NotGiven = NOT_GIVEN")
        extra = ["limit: int | None = None"] if op.pagination else []
        signature += ["*", *required, *fixed, *optional, *extra, *OPTION_PARAMETERS]

        result, cast, typed_cast = self._result(op, types)
        args = self._request_args(op, types)
        return MethodView(
            name=op.name,
            is_list=op.pagination is not None,
            signature=signature,
            result=result,
            returns=returns(op, result),
            doc=self._operation_doc(op),
            method=op.method,
            path=self._path_expression(op),
            args=args,
            cast=cast,
            typed_cast=typed_cast,
            raw_wrapper="to_raw_page" if op.pagination else "to_raw_response",
            items_key=op.pagination.items_key if op.pagination else "",
            page_size=op.pagination.page_size if op.pagination else None,
            streams=op.pagination is None and answer_of(op) != ir.EVENTS,
            paging=self._paging(op),
        )

    @staticmethod
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

    def _argument(self, op: ir.Operation, p: ir.Parameter, types: PythonTypes) -> str:
        return argument_annotation(op, p, types)

    def _result(self, op: ir.Operation, types: PythonTypes) -> tuple[str, str, bool]:
        return method_result(self.api, op, types)

    def _request_args(self, op: ir.Operation, types: PythonTypes) -> list[tuple[str, str]]:
        """The keyword arguments a method hands the runtime, besides its path,
        cast and options."""
        args: list[tuple[str, str]] = []
        for location, name in (("query", "params"), ("header", "headers"), ("cookie", "cookies")):
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
            usual = {
                ir.FORM: "application/x-www-form-urlencoded",
                ir.FORM_WHOLE: "application/x-www-form-urlencoded",
                ir.JSON: "application/json",
                ir.JSON_WHOLE: "application/json",
                ir.MULTIPART: "multipart/form-data",
            }.get(body.kind)
            if body.media_type != usual:
                args.append(("content_type", pyrepr(body.media_type)))
        answer = answer_of(op)
        if answer not in (ir.JSON_ANSWER, ir.NO_CONTENT) and op.pagination is None:
            args.append(("answer", pyrepr(answer)))
        if op.pagination is None and len(distinct_results(op)) > 1:
            casts = ", ".join(
                f"{pyrepr(r.status)}: {self._cast_of(r, types)}" for r in op.successes
            )
            args.append(("casts", "{" + casts + "}"))
        models = [(r.status, types.converter(r.type)) for r in op.errors if r.type is not None]
        models = [(status, convert) for status, convert in models if convert]
        if models:
            args.append(("errors", "{" + ", ".join(f"{pyrepr(s)}: {c}" for s, c in models) + "}"))
        if op.security is not None and op.security != self.api.security:
            args.append(("security", pyrepr(op.security)))
        if op.server:
            args.append(("server", pyrepr(op.server)))
        if op.idempotent and op.pagination is None:
            args.append(("idempotent", "True"))
        if op.idempotency_header and op.pagination is None:
            args.append(("idempotency_header", pyrepr(op.idempotency_header)))
        return args

    def _cast_of(self, response: ir.Response, types: PythonTypes) -> str:
        if response.type is None:
            return "no_content"
        if response.kind in (ir.BINARY, ir.TEXT_ANSWER):
            return "json_body"
        return types.converter(response.type) or "json_body"

    def _mapping(self, op: ir.Operation, location: str) -> str:
        entries = []
        for p in op.parameters:
            if p.location != location:
                continue
            value = p.name
            if p.default_from:
                value = f"self._client._setting({pyrepr(p.default_from)}, {p.name})"
            if p.is_file:
                value = f"file_field({value}{', ' + pyrepr(p.part_type) if p.part_type else ''})"
            elif p.part_type:
                value = f"part_field({value}, {pyrepr(p.part_type)})"
            elif p.content_type:
                value = f'styled({value}, "", False, {pyrepr(p.content_type)})'
            elif p.serialization is not None:
                style, explode = p.serialization
                value = f"styled({value}, {pyrepr(style)}, {pyrepr(explode)})"
            entries.append(f"{pyrepr(p.wire_name)}: {value}")
        return "{" + ", ".join(entries) + "}"

    @staticmethod
    def _path_expression(op: ir.Operation) -> str:
        path_params = [p for p in op.parameters if p.location == "path"]
        if not path_params:
            return pyrepr(op.path)
        values = []
        for p in path_params:
            value = p.name
            if p.content_type:
                value = f'styled({value}, "", False, {pyrepr(p.content_type)})'
            elif p.serialization is not None:
                style, explode = p.serialization
                value = f"styled({value}, {pyrepr(style)}, {pyrepr(explode)})"
            values.append(f"{pyrepr(p.wire_name)}: {value}")
        return f"expand_path({pyrepr(op.path)}, {{{', '.join(values)}}})"

    def _operation_doc(self, op: ir.Operation) -> str:
        lines = [op.summary or op.description.split("\n")[0] or op.operation_id]
        if op.description and op.description != lines[0]:
            lines += ["", op.description]
        if op.deprecated:
            lines += ["", "Deprecated."]
        if op.idempotent and op.method not in ("GET", "HEAD", "OPTIONS", "TRACE"):
            lines += ["", "Safe to repeat (the spec says so): retried after a failure like a read."]
        documented = []
        for p in op.parameters:
            text = " ".join(p.description.split())
            default = p.type.facts.default
            if default is not ir.NO_DEFAULT and not p.required:
                text = (text + " " if text else "") + f"Defaults to {_default_text(default)}."
            if p.default_from:
                text = (text + " " if text else "") + f"Defaults to the client's {p.default_from}."
            names = _enum_names(p.type)
            if names:
                text = (text + " " if text else "") + names
            if p.deprecated:
                text = (text + " " if text else "") + "Deprecated."
            if p.location == "header" and p.wire_name == op.idempotency_header:
                text = (text + " " if text else "") + (
                    "Left out, the client makes a fresh key; every retry of this call sends "
                    "the same one, so the API applies the call at most once."
                )
            if text:
                documented.append(f"    {p.name}: {text}")
        if documented:
            lines += ["", "Args:"] + documented
        if op.pagination is not None:
            lines += [
                "",
                "Returns a lazy iterator over every item, fetching pages as needed; `limit` caps the number of items.",
            ]
        return "\n".join(lines)

    # -- the client ---------------------------------------------------------------------------

    def credentials(self) -> list[tuple[str, str, str]]:
        """The Client's credential keywords: (name, annotation, what it is)."""
        found: dict[str, tuple[str, str, str]] = {}
        for scheme in self.api.security_schemes:
            if scheme.name in found:
                continue
            if scheme.kind == "basic":
                what = "(username, password) for HTTP basic authentication"
                found[scheme.name] = (scheme.name, "tuple[str, str] | None", what)
            elif scheme.kind == "bearer":
                what = "a bearer token, or a function giving one (asked on every request)"
                found[scheme.name] = (scheme.name, "str | Callable[[], str] | None", what)
            else:
                what = f"the API key sent in the {scheme.location} {scheme.parameter!r}, or a function giving it"
                found[scheme.name] = (scheme.name, "str | Callable[[], str] | None", what)
        return list(found.values())

    def scheme_env(self, scheme: ir.SecurityScheme) -> tuple[str, ...]:
        """The environment variables a scheme's credentials are read from."""
        target = self.target
        if scheme.kind == "basic":
            return tuple(target.auth_env or ())
        if scheme.kind == "bearer":
            return (target.token_env,) if target.token_env else ()
        by_name = dict(target.api_key_env)
        env = by_name.get(scheme.key) or by_name.get(scheme.name)
        return (env,) if env else ()

    def client_config(self) -> dict[str, Any]:
        return {
            "schemes": [
                (s.key, s.kind, s.name, s.location, s.parameter, self.scheme_env(s))
                for s in self.api.security_schemes
            ],
            "security": self.api.security,
            "operation_servers": sorted(
                {op.server for r in self.api.resources for op in r.operations if op.server}
            ),
            "request_id_header": self.target.request_id_header,
            "log_env": self.package.upper() + "_LOG",
            "typing": sorted(
                {"Mapping"}
                | (
                    {"Callable"}
                    if any("Callable" in a for _, a, _ in self.credentials())
                    else set()
                )
                | ({"Literal"} if any(v.enum for v in self.api.server_variables) else set())
            ),
        }

    def client_config_code(self) -> str:
        """The client's ``ClientConfig(...)``, on one line (the format stage
        lays it out)."""
        config = self.client_config()
        servers = []
        for server in self.api.servers:
            if not server.variables:
                servers.append(f"Server({pyrepr(server.url)})")
                continue
            variables = ", ".join(
                f"{pyrepr(v.wire_name)}: ServerVariable({pyrepr(v.default)}, "
                f"{pyrepr(v.enum)}, {pyrepr(v.name)})"
                for v in server.variables
            )
            servers.append(f"Server({pyrepr(server.url)}, {{{variables}}})")
        schemes = []
        for key, kind, keyword, location, parameter, env in config["schemes"]:
            args = [pyrepr(key), pyrepr(kind), pyrepr(keyword)]
            if location:
                args += [pyrepr(location), pyrepr(parameter)]
            if env:
                args.append(f"env={pyrepr(env)}")
            schemes.append(f"Scheme({', '.join(args)})")
        settings = [
            f"Setting({pyrepr(s.name)}, env={pyrepr(s.env or None)}, "
            f"from_username={pyrepr(s.from_username or None)}, description={pyrepr(s.description)})"
            for s in self.api.settings
        ]
        args = [
            f"servers={_tuple_code(servers)}",
            f'user_agent=f"{self.package}/{{__version__}}"',
            f"schemes={_tuple_code(schemes)}",
            f"security={pyrepr(config['security'])}",
            f"settings={_tuple_code(settings)}",
            f"request_id_header={pyrepr(config['request_id_header'])}",
            f"log_env={pyrepr(config['log_env'])}",
        ]
        if config["operation_servers"]:
            args.append(f"operation_servers={pyrepr(tuple(config['operation_servers']))}")
        return f"ClientConfig({', '.join(args)})"

    def client_doc(self, flavour: str) -> str:
        api = self.api
        kind = "Asynchronous" if flavour else "Synchronous"
        http = "httpx.AsyncClient" if flavour else "httpx.Client"
        args = []
        for name, _, what in self.credentials():
            env = [
                env for s in api.security_schemes if s.name == name for env in self.scheme_env(s)
            ]
            where = f"; by default from {' and '.join(env)}" if env else ""
            args.append(f"{name}: {what[:1].upper() + what[1:]}{where}.")
        for s in api.settings:
            text = s.description[:1].upper() + s.description[1:] + "; " if s.description else ""
            sources = []
            if s.from_username:
                sources.append("the credentials' user name when it is one")
            if s.env:
                sources.append(f"the {s.env} environment variable")
            args.append(f"{s.name}: {text}by default {', else '.join(sources) or 'none'}.")
        for v in api.server_variables:
            servers = " or ".join(
                sv.url
                for sv in api.servers
                if any(x.wire_name == v.wire_name for x in sv.variables)
            )
            text = f"{v.description} " if v.description else ""
            args.append(f"{v.name}: {text}Chooses the server {servers}.")
        default = api.servers[0].url if api.servers else ""
        if "://" in default:
            base = f"the spec's server ({default})"
        elif default:
            base = f"no default: the spec's server ({default}) is relative to where it is published"
        else:
            base = "no default: the spec names no server"
        if api.server_variables:
            base = "the server the arguments above choose"
        args += [
            f"base_url: The API's URL, instead of {base}.",
            "timeout: Seconds (or an httpx.Timeout) per request; 30 by default.",
            "max_retries: How many times a failed request is tried again; 2 by default. "
            "Reads are retried after a 408, 429, 5xx or a lost connection; writes only "
            "when the API cannot have acted on them (a 429, a connection never made) "
            "or when they carry an idempotency key, the same on every try.",
            "headers: Headers sent with every request.",
            f"http_client: Your own {http} (proxies, certificates, event hooks); it is left open.",
        ]
        lines = [f"{kind} client for the {api.title}.", "", "Args:"]
        lines += ["    " + arg for arg in args]
        return "\n".join(lines)

    # -- tests ----------------------------------------------------------------------------------

    def test_credentials(self) -> dict[str, Any]:
        """The credentials the generated tests give the client, by keyword."""
        found: dict[str, Any] = {}
        for scheme in self.api.security_schemes:
            found[scheme.name] = samples.test_secret(scheme, TEST_USERNAME)
        return found

    def test_case(self, op: ir.Operation) -> dict[str, Any]:
        """What the generated tests of ``op`` send and expect."""
        # A setting the test client resolves from its credentials is left out,
        # so the test sees the client fill it in; any other is passed.
        defaults = {
            s.name: TEST_USERNAME
            for s in self.api.settings
            if s.from_username and re.fullmatch(s.from_username, TEST_USERNAME)
        }
        typed = samples.operation_args(op, self.sampler, set(defaults))
        args = samples.wire_args(op, typed)
        by_name = {p.name: p for p in op.parameters}
        positional = [args[p.name] for p in op.parameters if p.location == "path"]
        keywords = {n: v for n, v in args.items() if by_name[n].location != "path"}
        status = op.success.status if op.success is not None else "200"
        requirement = op.security if op.security is not None else self.api.security
        request = samples.expected_request(op, args, defaults)
        if op.server:
            request["server_path"] = urlsplit(op.server).path.rstrip("/")
        request["auth"] = samples.expected_auth(
            requirement, self.api.security_schemes, self.test_credentials()
        )
        response, kind, content_type = samples.operation_response(op, self.sampler)
        plan = self.planner.plan(op)
        for step in plan.get("make", []):
            maker = self.planner.operation(step["resource"], step["method"])
            # Written once, in conftest.py, for every test that makes one.
            made = f"{step['resource']}.{step['method']}"
            if made not in self.makers:
                self.makers[made] = self._create_keywords(maker)
            refs = self.planner.references(maker)
            if refs:
                step["refs"] = refs
        errors: list[tuple[int, str, Any, str | None, bool]] = []
        for code, error in testplan.error_statuses(op):
            if error is None or error.type is None:
                # Undocumented: the usual error of a JSON API, and only the class checked.
                message = "not found" if code == 404 else "bad request"
                errors.append((code, testplan.error_class(code), {"message": message}, None, False))
                continue
            model = (
                self.api.models.get(error.type.key) if isinstance(error.type, ir.ModelRef) else None
            )
            body = error.example
            if body is ir.NO_DEFAULT or not self.sampler.conforms(body, error.type):
                body = self.sampler.value(error.type)
            name = model.name if model else None
            errors.append((code, testplan.error_class(code), body, name, True))
        paging = op.pagination
        unique = [
            n for n in args if "unique" in by_name[n].wire_name.lower() and isinstance(args[n], str)
        ]
        if "same" in plan.get("after", {}):
            # An update sends new text in live mode, so a later fetch can show it took.
            unique += [
                n
                for n in args
                if _free_text(by_name[n]) and n not in unique and n not in plan.get("refs", {})
            ]
        write_back = (
            {p.name: p.wire_name for p in op.parameters if p.location == "body"}
            if "write_back" in plan
            else None
        )
        # The call with the samples as they are, and as a live account needs
        # it: path values found or made there, unique names, a configuration
        # sent back as it was read.
        arguments = [pyrepr(v) for v in positional]
        arguments += [f"{name}={pyrepr(v)}" for name, v in keywords.items()]
        live_arguments = [f"values[{i}]" for i in range(len(positional))]
        # A live list starts at its first page, unfiltered: a sample page
        # token or filter names nothing real there.
        page_size = paging.page_size[0] if paging is not None and paging.page_size else ""
        sample_only = (
            {
                p.name
                for p in op.parameters
                if p.location == "query" and not p.required and p.wire_name != page_size
            }
            if paging is not None
            else set()
        )
        if write_back is not None:
            live_arguments.append("**keywords")
        else:
            refs = plan.get("refs", {})
            live_arguments += [
                (
                    f"{name}=api.unique({pyrepr(v)})"
                    if name in unique
                    else (
                        f"{name}=api.found({pyrepr(name)}, {pyrepr(v)})"
                        if name in refs
                        else (
                            f"{name}=api.sample_only({pyrepr(v)})"
                            if name in sample_only
                            else f"{name}={pyrepr(v)}"
                        )
                    )
                )
                for name, v in keywords.items()
            ]
        # The same call with the optional arguments left out, when it has any.
        needed = {p.name for p in op.parameters if p.required}
        minimal = [a for a in live_arguments if a.split("=", 1)[0] in needed or "=" not in a]
        fields = [p for p in op.parameters if p.location == "body"]
        if op.body is not None and op.body.required and not any(p.required for p in fields):
            minimal = live_arguments  # a body it must have, but no field it must hold
        references = {by_name[n].wire_name for n in plan.get("refs", {})}
        return {
            "arguments": arguments,
            "readme_arguments": _readme_arguments(op, typed),
            "live_arguments": live_arguments,
            "positional": positional,
            "keywords": keywords,
            "request": request,
            "response": response,
            "kind": kind,
            "content_type": content_type,
            "status": int(status) if status.isdigit() else 200,
            "pointer": op.success.pointer if op.success is not None else "",
            "items": paging.items_key if paging is not None else None,
            "plan": plan,
            "write_back": write_back,
            "errors": errors,
            "refusals": refusals.refusals(op, request, requirement),
            "accepted": [
                edge for edge in refusals.accepted(op, request) if edge["name"] not in references
            ],
            "minimal_arguments": minimal if minimal != live_arguments else None,
            "secret_names": self._secret_names(),
            "walk": (
                {
                    "profile": paging.profile,
                    "items": paging.items_key,
                    "next": list(paging.next_path),
                    "cursor": paging.cursor_param,
                    "page_size": tuple(paging.page_size) if paging.page_size else None,
                }
                if paging is not None
                else None
            ),
        }

    def _secret_names(self) -> tuple[str, ...]:
        """Every header, query parameter and cookie a credential travels in."""
        names = {s.parameter for s in self.api.security_schemes if s.kind == "apiKey"}
        return tuple(sorted(names | {"Authorization"}))

    def _create_keywords(self, op: ir.Operation) -> dict[str, Any]:
        """The sample keywords of a create call that live mode makes."""
        case = samples.wire_args(op, samples.operation_args(op, self.sampler, set()))
        keywords = {p.name for p in op.parameters if p.location != "path"}
        return {name: v for name, v in case.items() if name in keywords}

    def retry_cases(self) -> dict[str, Any]:
        """The operations the retry tests call: a read, a plain write, and a
        write that is safe to repeat (idempotent, or with an idempotency key)."""
        ops = [(r, op) for r in self.api.resources for op in r.operations if op.success]

        def pick(found: list[tuple[ir.Resource, ir.Operation]]) -> Any:
            plain = [
                (r, op) for r, op in found if not any(p.location == "path" for p in op.parameters)
            ]
            chosen = (plain or found)[:1]
            return [(r, op, self.test_case(op)) for r, op in chosen]

        def repeatable(op: ir.Operation) -> bool:
            return op.idempotent or bool(op.idempotency_header)

        writes = [(r, op) for r, op in ops if op.method not in ("GET", "HEAD", "OPTIONS", "TRACE")]
        cases = {
            "read": pick([(r, op) for r, op in ops if op.method == "GET"]),
            "write": pick(
                [(r, op) for r, op in writes if op.method == "POST" and not repeatable(op)]
            ),
            "repeatable": pick([(r, op) for r, op in writes if repeatable(op)]),
        }
        return {name: found[0] for name, found in cases.items() if found}

    # -- files ------------------------------------------------------------------------------------

    def render(self) -> dict[str, str]:
        return dict(self.files())

    def files(self) -> Iterator[tuple[str, str]]:
        """(path, text) of each file, the largest first."""
        pkg = self.package
        yield f"{pkg}/models.py", self.models_module()
        calls: list[readme.Call] = []
        for resource in self.api.resources:
            yield f"{pkg}/resources/{resource.name}.py", self.resource_module(resource)
            cases = [(op, self.test_case(op)) for op in resource.operations]
            _name_tests(cases)
            calls += [_readme_call(resource, op, case["readme_arguments"]) for op, case in cases]
            yield f"tests/{resource.test_module}.py", self._render(
                "tests/test_resource.py.j2", resource=resource, cases=cases
            )
        retries = self.retry_cases()
        if retries:
            yield "tests/test_retries.py", self._render("tests/test_retries.py.j2", cases=retries)
        if not self.api.resources:
            # No operation to test: the suite still checks the client starts.
            yield "tests/test_client.py", self._render("tests/test_client.py.j2")
        for name in RUNTIME_FILES:
            yield f"{pkg}/{name}", (TEMPLATES / "runtime" / name).read_text(encoding="utf-8")
        for name in HARNESS_FILES:
            yield f"tests/{name}", (TEMPLATES / "tests" / name).read_text(encoding="utf-8")
        yield f"{pkg}/py.typed", ""
        single = {
            f"{pkg}/__init__.py": "package/__init__.py.j2",
            f"{pkg}/_client.py": "package/_client.py.j2",
            f"{pkg}/_version.py": "package/_version.py.j2",
            f"{pkg}/resources/__init__.py": "package/resources/__init__.py.j2",
            "tests/conftest.py": "tests/conftest.py.j2",
            "pyproject.toml": "pyproject.toml.j2",
        }
        for path, template in single.items():
            yield path, self._render(template)
        yield "README.md", self.readme(calls)

    def readme(self, calls: list[readme.Call]) -> str:
        examples = {"basic": '("your-username", "your-password")'}
        credentials = [
            readme.Credential(
                name,
                what,
                examples.get(kind, '"your-' + name.replace("_", "-") + '"'),
                tuple(
                    e
                    for s in self.api.security_schemes
                    if s.name == name
                    for e in self.scheme_env(s)
                ),
            )
            for name, _, what in self.credentials()
            for kind in [next(s.kind for s in self.api.security_schemes if s.name == name)]
        ]
        view = readme.build(
            self.api, self.package, calls, credentials, self.package.upper() + "_LOG"
        )
        return self._render("README.md.j2", readme=view)

    def _render(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except (jinja2.TemplateError, TypeError) as exc:
            raise GeneratorBug(f"{TEMPLATES / template}: rendering failed: {exc}") from exc


def _free_text(p: ir.Parameter) -> bool:
    """A body field of plain text, which any longer text fits too."""
    t = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
    if p.location != "body" or not isinstance(t, ir.Scalar) or t.kind != ir.STR:
        return False
    facts = t.facts
    return not (facts.pattern or facts.format or facts.max_length is not None)


def _has_limits(case: dict[str, Any]) -> bool:
    return bool(case["refusals"] or case["accepted"] or case["minimal_arguments"])


def _name_tests(cases: list[tuple[ir.Operation, dict[str, Any]]]) -> None:
    """The names of one module's test functions, none repeated: each case's
    call test, error tests and walk."""
    wanted = []
    for op, case in cases:
        # Short enough that a test's line stays one line (Graph's names are long).
        name = op.name[:60].rstrip("_")
        wanted.append(f"test_{name}")
        wanted += [f"test_{name}_answers_{error[0]}" for error in case["errors"]]
        if case["walk"] is not None:
            wanted.append(f"test_{name}_walks_two_pages")
        if _has_limits(case):
            wanted.append(f"test_{name}_at_the_spec_limits")
    names = iter(naming.unique_names(wanted))
    for op, case in cases:
        case["test"] = next(names)
        case["error_tests"] = [next(names) for _ in case["errors"]]
        case["walk_test"] = next(names) if case["walk"] is not None else ""
        case["limits_test"] = next(names) if _has_limits(case) else ""


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, kept in the user's cache directory across runs
    (jinja checks each against its template's source before using it)."""
    folder = cache_dir("jinja")
    return jinja2.FileSystemBytecodeCache(str(folder)) if folder is not None else None


def _tuple_code(items: list[str]) -> str:
    """A tuple display of code items."""
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _readme_arguments(op: ir.Operation, args: dict[str, Any]) -> list[str]:
    """The samples the tests call ``op`` with, each of its parameter's own
    type; an optional union is left out (mypy cannot tell which member a
    literal is meant as)."""
    by_name = {p.name: p for p in op.parameters}
    arguments = [
        pyrepr(args[p.name]) for p in op.parameters if p.location == "path" and p.name in args
    ]
    for name, value in args.items():
        p = by_name[name]
        inner = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
        if p.location == "path" or (not p.required and isinstance(inner, ir.UnionOf)):
            continue
        arguments.append(f"{name}={pyrepr(value)}")
    return arguments


def _readme_call(resource: ir.Resource, op: ir.Operation, arguments: list[str]) -> readme.Call:
    events = answer_of(op) == ir.EVENTS
    if op.pagination is not None:
        # A list starts at its first page: the tests' page tokens and
        # filters are left out, what it requires is not.
        required = {p.name for p in op.parameters if p.required}
        arguments = [a for a in arguments if "=" not in a or a.split("=", 1)[0] in required]
    return readme.Call(
        resource.name,
        op.name,
        op,
        tuple(arguments),
        is_list=op.pagination is not None,
        returns=op.pagination is not None or events or any(distinct_results(op)),
        streams=op.pagination is None and not events,
        events=events,
    )


# The per-call options every method takes, after its own arguments.
OPTION_PARAMETERS = (
    "timeout: Timeout | NotGiven = NOT_GIVEN",
    "max_retries: int | NotGiven = NOT_GIVEN",
    "extra_headers: Mapping[str, str | None] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_body: Mapping[str, Any] | None = None",
)

# TypedDict keys that cannot be class attributes next to the annotations
# that name them: they take the functional form.
_TYPEDDICT_UNSAFE = frozenset({"str", "int", "float", "bool", "bytes", "datetime", "uuid"})


def _default_text(value: Any) -> str:
    text = pyrepr(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return f"``{text}``" if len(text) <= 60 else "the spec's default"


def _enum_names(t: ir.Type) -> str:
    inner = t.inner if isinstance(t, ir.Nullable) else t
    names = inner.facts.enum_names
    if not names:
        return ""
    return "Values: " + ", ".join(f"{pyrepr(v)} ({n})" for v, n in names) + "."
