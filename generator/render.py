"""Render stage: IR -> {relative path: text}.

Jinja2 with ``StrictUndefined``. Spec text reaches the output in exactly
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
from typing import Any

import jinja2

from . import ir, samples
from .errors import SpecError, Problem

from .shipped import TEMPLATES

RUNTIME_FILES = (
    "_base_client.py",
    "_config.py",
    "_encoding.py",
    "_exceptions.py",
    "_models.py",
    "_pagination.py",
    "_types.py",
)
HARNESS_FILES = ("_conformance.py", "_schemas.py")


def pyrepr(value: Any) -> str:
    """A Python literal for plain data; anything else is refused."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(pyrepr(v) for v in value)
        return (
            f"[{inner}]"
            if isinstance(value, list)
            else f"({inner}{',' if len(value) == 1 else ''})"
        )
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


def docstring(text: Any, indent: int = 4, width: int = 88) -> str:
    """Spec text made safe and tidy inside a triple-quoted docstring.

    Control characters are dropped; each line is wrapped on its own, keeping
    its indentation.
    """
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in text)
    # Backslashes doubled, so none can escape; quotes escaped only where three
    # in a row or a quote at the end could close the docstring.
    text = text.replace("\\", "\\\\")
    text = re.sub(r'"{3,}', lambda m: '\\"' * len(m.group()), text).rstrip()
    text = re.sub(r'"+$', lambda m: '\\"' * len(m.group()), text)
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
    return ("\n" + " " * indent).join(out).replace("\n" + " " * indent + "\n", "\n\n")


class Renderer:
    def __init__(
        self,
        api: ir.Api,
        package: str,
        version: str,
        auth_env: tuple[str, str] | None,
        env_prefix: str,
        request_id_header: str,
        deref: Any,
        checker: samples.SchemaChecker,
        warn: Any,
    ):
        self.api = api
        self.package = package
        self.version = version
        self.auth_env = auth_env
        self.env_prefix = env_prefix
        self.request_id_header = request_id_header
        self.deref = deref
        self.checker = checker
        self.warn = warn
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            pyrepr=pyrepr, docstring=docstring, pyrepr_tuple=lambda v: pyrepr(tuple(v))
        )
        # A TypedDict key can be a class attribute only if it is a plain identifier.
        self.env.filters["is_identifier"] = _plain_identifier
        self.env.globals.update(
            api=api,
            package=package,
            version=version,
            auth_env=auth_env,
            env_prefix=env_prefix,
            request_id_header=request_id_header,
            log_env=package.upper() + "_LOG",
            ann=self.annotation,
            parse=self.parser,
            signature=self.signature,
            result_annotation=self.result_annotation,
            cast=self.cast,
            item_cast=self.item_cast,
            models_used=self.models_used,
            test_case=self.test_case,
            request_args=self.request_args,
            operation_doc=self.operation_doc,
            client_doc=self.client_doc,
            path_expression=self.path_expression,
            import_block=import_block,
        )

    # -- types -------------------------------------------------------------------------

    def annotation(self, t: ir.TypeRef, role: str) -> str:
        """The Python annotation for ``t``: ``role`` is "field" (a response model's
        attribute: tolerant of what the API sends) or "param" (what callers pass)."""
        k = t.kind
        if k in ("str", "int", "float", "bool"):
            text = k
        elif k == "datetime":
            text = "DateTime | str" if role != "field" else "DateTime"
        elif k == "date":
            text = "Date | str" if role != "field" else "Date"
        elif k == "enum":
            text = (
                "str"
                if role == "field"
                else "Literal[" + ", ".join(pyrepr(v) for v in t.values) + "]"
            )
        elif k == "list":
            inner = self.annotation(t.item or ir.TypeRef("any"), role)
            text = f"List[{inner}]" if role == "field" else f"Sequence[{inner}]"
        elif k == "dict":
            inner = self.annotation(t.item or ir.TypeRef("any"), role)
            text = f"Dict[str, {inner}]" if role == "field" else f"Mapping[str, {inner}]"
        elif k in ("model", "typeddict"):
            text = self.api.models[t.ref].name
        else:
            return "Any"
        return f"{text} | None" if t.nullable and role != "field" else text

    def parser(self, t: ir.TypeRef, expr: str) -> str:
        """Python expression converting the raw JSON ``expr`` to type ``t``."""
        if t.kind == "datetime":
            return f"parse_datetime({expr})"
        if t.kind == "date":
            return f"parse_date({expr})"
        if t.kind == "model":
            return f"parse_model({self.api.models[t.ref].name}.from_dict, {expr})"
        if t.kind == "list" and t.item is not None:
            if t.item.kind == "model":
                return f"parse_models({self.api.models[t.item.ref].name}.from_dict, {expr})"
            if t.item.kind in ("datetime", "date"):
                return f"parse_list(parse_{t.item.kind}, {expr})"
        return expr

    def result_annotation(self, op: ir.Operation, pager: str) -> str:
        if op.pagination is not None:
            return f"{pager}[{self.item_annotation(op)}]"
        if op.result is None:
            return "None"
        if op.result.kind == "model":
            return self.api.models[op.result.ref].name
        if (
            op.result.kind == "list"
            and op.result.item is not None
            and op.result.item.kind == "model"
        ):
            return f"List[{self.api.models[op.result.item.ref].name}]"
        return "Any"

    def item_annotation(self, op: ir.Operation) -> str:
        item = op.pagination.item if op.pagination else None
        return (
            self.api.models[item.ref].name if item is not None and item.kind == "model" else "Any"
        )

    def cast(self, op: ir.Operation) -> str:
        if op.result is None:
            return "no_content"
        if op.result.kind == "model":
            return f"{self.api.models[op.result.ref].name}.from_dict"
        if (
            op.result.kind == "list"
            and op.result.item is not None
            and op.result.item.kind == "model"
        ):
            return f"lambda body: parse_models({self.api.models[op.result.item.ref].name}.from_dict, body) or []"
        return "json_body"

    def item_cast(self, op: ir.Operation) -> str:
        item = op.pagination.item if op.pagination else None
        return (
            f"{self.api.models[item.ref].name}.from_dict"
            if item is not None and item.kind == "model"
            else "json_body"
        )

    def signature(self, op: ir.Operation) -> list[str]:
        """Parameter declarations: path parameters positional, the rest keyword-only."""
        positional = [
            f"{p.name}: {self.annotation(p.type, 'param')}"
            for p in op.parameters
            if p.location == "path"
        ]
        keyword = [p for p in op.parameters if p.location != "path"]
        required = [f"{p.name}: {self.annotation(p.type, 'param')}" for p in keyword if p.required]
        optional = [
            f"{p.name}: {self.annotation(p.type, 'param')} | NotGiven = NOT_GIVEN"
            for p in keyword
            if not p.required
        ]
        extra = ["limit: int | None = None"] if op.pagination else []
        keyword_only = required + optional + extra
        star = ["*"] if keyword_only else []
        return positional + star + keyword_only + ["**options: Unpack[RequestOptions]"]

    def path_expression(self, op: ir.Operation) -> str:
        path_params = [p for p in op.parameters if p.location == "path"]
        if not path_params:
            return pyrepr(op.path)
        values = ", ".join(f"{pyrepr(p.wire_name)}: {p.name}" for p in path_params)
        return f"expand_path({pyrepr(op.path)}, {{{values}}})"

    def request_args(self, op: ir.Operation) -> dict[str, str]:
        """Keyword arguments handing query, headers and body to the runtime."""

        def mapping(location: str) -> str:
            entries = []
            for p in op.parameters:
                if p.location != location:
                    continue
                value = p.name
                if p.default_from:
                    value = f"self._client._setting({pyrepr(p.default_from)}, {p.name})"
                entries.append(f"{pyrepr(p.wire_name)}: {value}")
            return "{" + ", ".join(entries) + "}"

        args = {}
        if any(p.location == "query" for p in op.parameters):
            args["params"] = mapping("query")
        if any(p.location == "header" for p in op.parameters):
            args["headers"] = mapping("header")
        if op.body == "form":
            args["form"] = mapping("body")
        elif op.body == "json":
            args["json"] = mapping("body")
        elif op.body == "json-whole":
            args["json"] = next(p.name for p in op.parameters if p.location == "body")
        return args

    def operation_doc(self, op: ir.Operation) -> str:
        lines = [op.summary or op.operation_id]
        if op.description and op.description != op.summary:
            lines += ["", op.description]
        if op.deprecated:
            lines += ["", "Deprecated."]
        documented = [p for p in op.parameters if p.description or p.default_from]
        if documented:
            lines += ["", "Args:"]
            for p in documented:
                text = " ".join(p.description.split())
                if p.default_from:
                    text = (
                        text + " " if text else ""
                    ) + f"Defaults to the client's {p.default_from}."
                lines.append(f"    {p.name}: {text}")
        if op.pagination is not None:
            lines += [
                "",
                "Returns a lazy iterator over every item, fetching pages as needed; `limit` caps the number of items.",
            ]
        return "\n".join(lines)

    def client_doc(self, flavour: str) -> str:
        api = self.api
        kind = "Asynchronous" if flavour else "Synchronous"
        http = "httpx.AsyncClient" if flavour else "httpx.Client"
        auth = "(username, password) for HTTP Basic authentication"
        if self.auth_env:
            auth += f"; by default from the {self.auth_env[0]} and {self.auth_env[1]} environment variables"
        args = [f"auth: {auth}."]
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
        base = (
            f"the spec's server ({default})" if default else "no default: the spec names no server"
        )
        if api.server_variables:
            base = "the server the arguments above choose"
        args += [
            f"base_url: The API's URL, instead of {base}.",
            "timeout: Seconds (or an httpx.Timeout) per request; 30 by default.",
            "max_retries: How many times a failed request is retried; 2 by default.",
            "headers: Headers sent with every request.",
            f"http_client: Your own {http} (proxies, certificates, event hooks); it is left open.",
        ]
        lines = [f"{kind} client for the {api.title}.", "", "Args:"]
        lines += ["    " + arg for arg in args]
        return "\n".join(lines)

    def models_used(self, resource: ir.Resource) -> list[str]:
        names: set[str] = set()

        def visit(t: ir.TypeRef | None) -> None:
            if t is None:
                return
            if t.kind in ("model", "typeddict"):
                names.add(self.api.models[t.ref].name)
            visit(t.item)

        for op in resource.operations:
            for p in op.parameters:
                visit(p.type)
            if op.result is not None and op.result.kind in ("model", "list"):
                visit(op.result)
            if op.pagination is not None:
                visit(op.pagination.item)
        return sorted(names)

    # -- tests ---------------------------------------------------------------------------

    def test_case(self, op: ir.Operation) -> dict[str, Any]:
        # A setting the test client resolves from its credentials is left out,
        # so the test sees the client fill it in; any other is passed.
        defaults = {
            s.name: TEST_USERNAME
            for s in self.api.settings
            if s.from_username and re.fullmatch(s.from_username, TEST_USERNAME)
        }
        args = samples.operation_args(op, self.deref, set(defaults))
        by_wire = {p.wire_name: p for p in op.parameters}
        positional = [args[p.wire_name] for p in op.parameters if p.location == "path"]
        keywords = {by_wire[w].name: v for w, v in args.items() if by_wire[w].location != "path"}
        return {
            "positional": positional,
            "keywords": keywords,
            "request": samples.expected_request(op, args, defaults),
            "response": samples.checked_response(op, self.deref, self.checker, self.warn),
            "status": int(op.status) if op.status.isdigit() else 200,
        }

    # -- files ---------------------------------------------------------------------------

    def render(self) -> dict[str, str]:
        pkg = self.package
        files: dict[str, str] = {}
        for name in RUNTIME_FILES:
            files[f"{pkg}/{name}"] = (TEMPLATES / "runtime" / name).read_text(encoding="utf-8")
        for name in HARNESS_FILES:
            files[f"tests/{name}"] = (TEMPLATES / "tests" / name).read_text(encoding="utf-8")
        files[f"{pkg}/py.typed"] = ""
        single = {
            f"{pkg}/__init__.py": "package/__init__.py.j2",
            f"{pkg}/_client.py": "package/_client.py.j2",
            f"{pkg}/_version.py": "package/_version.py.j2",
            f"{pkg}/models.py": "package/models.py.j2",
            f"{pkg}/resources/__init__.py": "package/resources/__init__.py.j2",
            "tests/conftest.py": "tests/conftest.py.j2",
            "pyproject.toml": "pyproject.toml.j2",
        }
        for path, template in single.items():
            files[path] = self._render(template)
        for resource in self.api.resources:
            files[f"{pkg}/resources/{resource.name}.py"] = self._render(
                "package/resources/resource.py.j2", resource=resource
            )
            files[f"tests/test_{resource.name}.py"] = self._render(
                "tests/test_resource.py.j2", resource=resource
            )
        return files

    def _render(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except (jinja2.TemplateError, TypeError) as exc:
            raise SpecError(
                [Problem(str(TEMPLATES / template), f"rendering failed: {exc}")]
            ) from None


_STRING = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"' + r"|'(?:\\.|[^'\\\n])*'")


def import_block(body: str, groups: list[list[tuple[str, list[str]]]]) -> str:
    """Import lines for the names ``body`` uses (outside string literals), one
    paragraph per group of modules."""
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", _STRING.sub(" ", body)))
    paragraphs = []
    for group in groups:
        lines = []
        for module, names in group:
            wanted = [n for n in names if n.split(" as ")[-1] in used]
            if wanted:
                lines.append(f"from {module} import {', '.join(wanted)}")
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _plain_identifier(name: str) -> bool:
    return (
        name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )


# The account the generated tests authenticate as (_conformance.TEST_AUTH).
TEST_USERNAME = "AC00000000000000000000000000000000"
