"""The intermediate model between the spec and the templates.

Plain frozen records (msgspec Structs) holding plain data: no spec dicts,
no callbacks. A Struct class is made in C; a dataclass writes and compiles
its methods at import, which cost a run from 30 to 40 ms for the
generator's 75 records.
``name`` fields are empty until the name stage fills them; nothing else in
the generator invents a Python identifier. Schemas that refer to themselves
stay references (``ModelRef``) into ``Api.models``, never recursion.

Types form a small tagged union (``Type``); ``typemodel`` turns schemas
into them and them into Python.
"""

from __future__ import annotations

import typing
from typing import Any, Final, Union

from msgspec import Struct, field

# Decided by the configuration (config.py, which a run that has nothing to do
# reads without loading this module).
from .config import Setting as Setting

# -- value types -------------------------------------------------------------------


class _NoDefault:
    """The schema gives no default (None is a default: JSON null)."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"

    def __reduce__(self) -> str:
        # One of it, also after a copy or a pickle: code tests it with ``is``.
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


class Facts(Struct, frozen=True):
    """What a schema says of its values besides their type: constraints for
    making sample values, and documentation."""

    format: str = ""
    pattern: str = ""
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    max_properties: int | None = None
    min_properties: int | None = None
    unique_items: bool = False
    examples: tuple[Any, ...] = ()  # JSON values from example / examples
    default: Any = NO_DEFAULT
    read_only: bool = False
    write_only: bool = False
    enum_names: tuple[tuple[Any, str], ...] = ()  # x-enum-varnames: (value, name)
    pointer: str = ""  # where the schema is, for warnings about its examples


NO_FACTS = Facts()

# Kinds are Literal types, so mypy checks every value the IR holds.
ScalarKind = typing.Literal[
    "str", "int", "float", "bool", "null", "datetime", "date", "uuid", "bytes"
]
STR: Final = "str"
INT: Final = "int"
FLOAT: Final = "float"
BOOL: Final = "bool"
NULL: Final = "null"
DATETIME: Final = "datetime"
DATE: Final = "date"
UUID: Final = "uuid"
BYTES: Final = "bytes"
SCALAR_KINDS: tuple[ScalarKind, ...] = (STR, INT, FLOAT, BOOL, NULL, DATETIME, DATE, UUID, BYTES)
# A model is an answer (a dataclass) or part of a request (a TypedDict).
Role = typing.Literal["response", "request"]
RESPONSE: Final = "response"
REQUEST: Final = "request"
Location = typing.Literal["path", "query", "header", "cookie", "body"]
BodyKind = typing.Literal["json", "form", "multipart", "json-whole", "form-whole", "raw", "text"]
AnswerKind = typing.Literal["none", "json", "binary", "text", "events"]
Profile = typing.Literal["twilio", "next-link", "link-header", "cursor"]
SchemeKind = typing.Literal["basic", "bearer", "oauth2", "apiKey"]


class Scalar(Struct, frozen=True):
    kind: ScalarKind
    facts: Facts = NO_FACTS


class AnyValue(Struct, frozen=True):
    """Any JSON value (an empty or ``true`` schema, or one the model cannot say more of)."""

    facts: Facts = NO_FACTS


class Never(Struct, frozen=True):
    """No value at all (a ``false`` schema)."""

    facts: Facts = NO_FACTS


class Literal(Struct, frozen=True):
    """One of fixed values: an enum, or a const."""

    values: tuple[Any, ...]  # str, int, float, bool or None
    facts: Facts = NO_FACTS


class ListOf(Struct, frozen=True):
    item: Type
    facts: Facts = NO_FACTS


class TupleOf(Struct, frozen=True):
    """``prefixItems``: a fixed first few items, then ``rest`` (None: no more)."""

    items: tuple[Type, ...]
    rest: Type | None
    facts: Facts = NO_FACTS


class MapOf(Struct, frozen=True):
    """An object used as a map: ``additionalProperties`` without properties."""

    value: Type
    facts: Facts = NO_FACTS


class ModelRef(Struct, frozen=True):
    """An object with properties: a dataclass (answers) or a TypedDict (requests)."""

    key: str  # into Api.models
    facts: Facts = NO_FACTS


class UnionOf(Struct, frozen=True):
    """oneOf / anyOf / a type array. Unions that need parsing (a variant is a
    model, a date...) are named: ``key`` into Api.unions."""

    variants: tuple[Type, ...]
    key: str = ""
    facts: Facts = NO_FACTS


class Nullable(Struct, frozen=True):
    inner: Type
    facts: Facts = NO_FACTS


class JsonText(Struct, frozen=True):
    """A string holding JSON (``contentMediaType: application/json`` with a
    ``contentSchema``): callers pass the value, the client sends its text."""

    inner: Type
    facts: Facts = NO_FACTS


Type = Union[
    Scalar, AnyValue, Never, Literal, ListOf, TupleOf, MapOf, ModelRef, UnionOf, Nullable, JsonText
]


# -- named types ---------------------------------------------------------------------


class Field(Struct, frozen=True):
    """A property of a model, or a key of a request TypedDict."""

    wire_name: str
    type: Type
    required: bool
    description: str = ""
    deprecated: bool = False
    name: str = ""


class Model(Struct, frozen=True):
    key: str  # role + ":" + JSON pointer of the schema
    role: Role
    base_name: str  # what the class name is made from
    description: str
    fields: tuple[Field, ...]
    extra: Type | None = None  # additionalProperties beside the properties
    name: str = ""
    closed: bool = False  # additionalProperties: false: no other key is valid


class Discriminator(Struct, frozen=True):
    property: str
    mapping: tuple[tuple[str, Type], ...]  # wire value -> variant


class UnionDef(Struct, frozen=True):
    """A union that needs a parse function (answers only)."""

    key: str
    role: Role
    base_name: str
    description: str
    variants: tuple[Type, ...]
    discriminator: Discriminator | None = None
    name: str = ""  # the type alias
    parser: str = ""  # the parse function


# -- operations ------------------------------------------------------------------------


class Parameter(Struct, frozen=True):
    """An argument of a method: a path, query, header or cookie parameter, or
    a field of an object request body (location "body")."""

    wire_name: str
    location: Location
    type: Type
    required: bool
    description: str = ""
    deprecated: bool = False
    example: Any = NO_DEFAULT  # the spec's example for this argument, a JSON value
    default_from: str = ""  # a client setting's name: filled from the client when omitted
    # How the value is written (OpenAPI style and explode); "" for the usual
    # way of its location: form for query and cookie, simple for path and header.
    style: str = ""
    explode: bool | None = None
    content_type: str = ""  # a parameter declared with content: its value in that media type
    # A multipart body field: the part's content type, and whether it is a file.
    part_type: str = ""
    is_file: bool = False
    name: str = ""

    @property
    def serialization(self) -> tuple[str, bool] | None:
        """(style, explode) when it differs from the location's usual way."""
        usual = {"query": ("form", True), "cookie": ("form", True), "body": ("form", True)}.get(
            self.location, ("simple", False)
        )
        style = self.style or usual[0]
        explode = self.explode if self.explode is not None else style == "form"
        return None if (style, explode) == usual else (style, explode)


# Body kinds: fields as arguments (json, form, multipart), or one body argument.
JSON: Final = "json"
FORM: Final = "form"
MULTIPART: Final = "multipart"
JSON_WHOLE: Final = "json-whole"
FORM_WHOLE: Final = "form-whole"
RAW: Final = "raw"
TEXT: Final = "text"


class Body(Struct, frozen=True):
    """The request body. For json, form and multipart, its object's fields
    are arguments; for the other kinds one ``body`` argument is the body."""

    media_type: str  # the exact content type sent
    kind: BodyKind
    required: bool
    example: Any = NO_DEFAULT


# Answer kinds: how an answer is read.
NO_CONTENT: Final = "none"
JSON_ANSWER: Final = "json"
BINARY: Final = "binary"
TEXT_ANSWER: Final = "text"
EVENTS: Final = "events"


class Response(Struct, frozen=True):
    status: str  # "200", "2XX", "default"...
    media_type: str  # "" when there is no content
    type: Type | None  # None: no content, or content the spec does not describe
    pointer: str = ""  # JSON pointer of the schema in the composed document
    example: Any = NO_DEFAULT
    description: str = ""
    kind: AnswerKind = JSON_ANSWER
    headers: tuple[str, ...] = ()  # the response headers the spec declares


class Pagination(Struct, frozen=True):
    """How a list answers with more pages.

    ``profile``: "twilio" (``meta.next_page_url``), "next-link" (a URL in the
    body at ``next_path``), "link-header" (``Link: <...>; rel="next"``) or
    "cursor" (the query parameter ``cursor_param`` fed from ``next_path``).
    """

    items_key: str  # where the items are: a key of the body, "" for the body itself
    item: Type
    page_size: tuple[str, int] | None = None  # the page-size query parameter and its maximum
    profile: Profile = "twilio"
    next_path: tuple[str, ...] = ()  # keys leading to the next link or cursor in the body
    cursor_param: str = ""


class SecurityScheme(Struct, frozen=True):
    """How a client authenticates: ``kind`` "basic", "bearer" (also OpenID
    Connect and OAuth 2 flows other than client credentials), "oauth2" (the
    client credentials flow: the client can fetch its own token) or "apiKey"
    (in a header, query parameter or cookie)."""

    key: str  # the scheme's name in components/securitySchemes
    kind: SchemeKind
    location: str = ""  # apiKey: "header", "query" or "cookie"
    parameter: str = ""  # apiKey: the header, query parameter or cookie name
    description: str = ""
    name: str = ""  # the keyword argument of Client: auth, token, api_key or the scheme's
    token_url: str = ""  # oauth2: the client credentials flow's tokenUrl
    scopes: tuple[str, ...] = ()  # oauth2: the scopes the operations need


class Operation(Struct, frozen=True):
    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]  # path ones first, in path order
    body: Body | None
    success: Response | None  # the answer the method returns
    errors: tuple[Response, ...] = ()  # documented error answers
    pagination: Pagination | None = None
    # Security: alternatives, each a set of scheme keys all needed; None for
    # the API's default, () for none at all.
    security: tuple[tuple[str, ...], ...] | None = None
    server: str = ""  # the operation's own server URL, when it has one
    successes: tuple[Response, ...] = ()  # every documented success answer
    # Sending it twice is safe (``x-idempotent: true``), so a failed try is
    # sent again like a read.
    idempotent: bool = False
    # The header parameter carrying an idempotency key: the client fills it
    # with a fresh key when the caller gives none, the same on every try.
    idempotency_header: str = ""
    # The redirects (3xx) the spec documents: the method returns on these;
    # any other that comes, not followed, raises rather than pass for success.
    redirects: tuple[str, ...] = ()
    name: str = ""

    @property
    def result(self) -> Type | None:
        return self.success.type if self.success is not None else None


class Resource(Struct, frozen=True):
    tag: str
    description: str
    operations: tuple[Operation, ...]
    name: str = ""  # attribute on the client and module name
    class_name: str = ""
    test_module: str = ""  # the generated tests' module, tests/<test_module>.py


# -- the client --------------------------------------------------------------------------


class ServerVariable(Struct, frozen=True):
    wire_name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""
    name: str = ""  # the keyword argument of Client


class Server(Struct, frozen=True):
    url: str
    variables: tuple[ServerVariable, ...] = ()


class Webhook(Struct, frozen=True):
    """A request the API sends to the user's server: an OpenAPI 3.1 webhook,
    or an operation's callback. Its payload is read as answers are."""

    wire_name: str  # the webhook's or the callback's name in the spec
    method: str
    description: str
    type: Type  # of the payload (the JSON request body)
    pointer: str  # of the payload's schema
    deprecated: bool = False
    name: str = ""  # the parse function: parse_<name>


class Api(Struct, frozen=True):
    title: str
    description: str
    version: str
    servers: tuple[Server, ...]
    resources: tuple[Resource, ...]
    models: dict[str, Model] = field(default_factory=dict)
    unions: dict[str, UnionDef] = field(default_factory=dict)
    settings: tuple[Setting, ...] = ()
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: tuple[tuple[str, ...], ...] = ()  # the default requirement
    # (pointer, keyword) of schema keywords the spec contradicts elsewhere, so
    # no value could meet them: the client reads the spec without them.
    given_way: tuple[tuple[str, str], ...] = ()
    webhooks: tuple[Webhook, ...] = ()

    @property
    def server_variables(self) -> tuple[ServerVariable, ...]:
        """Every server variable, once per name, in order of first use."""
        seen: dict[str, ServerVariable] = {}
        for server in self.servers:
            for variable in server.variables:
                seen.setdefault(variable.wire_name, variable)
        return tuple(seen.values())
