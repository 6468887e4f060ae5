"""The intermediate model between the spec and the templates.

Plain frozen dataclasses. ``name`` fields are empty until the name stage
fills them; nothing else in the generator invents a Python identifier.
Schemas that refer to themselves stay references (``TypeRef.ref``) into
``Api.models``, never recursion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# TypeRef.kind values
SCALARS = ("str", "int", "float", "bool", "datetime", "date", "any")


@dataclass(frozen=True)
class TypeRef:
    kind: str  # one of SCALARS, "list", "dict", "enum", "model" (dataclass), "typeddict"
    item: TypeRef | None = None  # list items, dict values
    ref: str = ""  # key into Api.models for "model" / "typeddict"
    values: tuple[Any, ...] = ()  # enum values
    nullable: bool = False


@dataclass(frozen=True)
class Field:
    """A property of a model, or a key of a request TypedDict."""

    wire_name: str
    type: TypeRef
    required: bool
    description: str = ""
    name: str = ""


@dataclass(frozen=True)
class Model:
    key: str  # unique, e.g. "response:#/components/schemas/Plugin"
    base_name: str  # what the class name is made from
    description: str
    fields: tuple[Field, ...]
    role: str  # "response" (a dataclass) or "request" (a TypedDict)
    name: str = ""


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: str  # "path", "query", "header" or "body"
    type: TypeRef
    required: bool
    description: str = ""
    schema: Any = None  # the resolved schema, for test values
    default_from: str = ""  # a client setting's name: filled from the client when omitted
    name: str = ""


@dataclass(frozen=True)
class Pagination:
    items_key: str
    item: TypeRef
    page_size: tuple[str, int] | None = None  # the page-size query parameter and its maximum


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: str  # "", "form", "json" (fields flattened) or "json-whole" (one `body` argument)
    status: str  # the success status the spec declares, e.g. "200"
    result: TypeRef | None  # None: no content
    response_schema: Any = None  # resolved JSON schema of the success response
    response_example: Any = None  # the spec's example of the success response
    response_pointer: str = ""  # JSON pointer of that schema in the document
    pagination: Pagination | None = None
    name: str = ""


@dataclass(frozen=True)
class Resource:
    tag: str
    description: str
    operations: tuple[Operation, ...]
    name: str = ""  # attribute on the client and module name
    class_name: str = ""


@dataclass(frozen=True)
class ServerVariable:
    wire_name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""
    name: str = ""  # the keyword argument of Client


@dataclass(frozen=True)
class Server:
    url: str
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Setting:
    """A client-level value operations can default to (``x-client-default``)."""

    name: str
    env: str = ""
    from_username: str = ""
    description: str = ""


@dataclass(frozen=True)
class Api:
    title: str
    description: str
    version: str
    servers: tuple[Server, ...]
    basic_auth: bool
    resources: tuple[Resource, ...]
    models: dict[str, Model] = field(default_factory=dict)
    settings: tuple[Setting, ...] = ()

    @property
    def server_variables(self) -> tuple[ServerVariable, ...]:
        """Every server variable, once per name, in order of first use."""
        seen: dict[str, ServerVariable] = {}
        for server in self.servers:
            for variable in server.variables:
                seen.setdefault(variable.wire_name, variable)
        return tuple(seen.values())
