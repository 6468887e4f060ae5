"""The type model, table-driven: a schema in, its Python spelling out, for an
answer's field and for a caller's argument, and how an answer is parsed."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir, naming
from generator.errors import Problems
from generator.load import Document, Source
from generator.refs import Resolver
from generator.typemodel import FIELD, PARAM, REQUEST, RESPONSE, Imports, PythonTypes, SchemaReader

COMPONENTS = {
    "Pet": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "id": {"type": "integer", "readOnly": True}},
    },
    "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}}},
    "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}}},
    "Tree": {
        "type": "object",
        "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}
        },
    },
}


def spell(schema: Any, role: str = RESPONSE, openapi: str = "3.1.0") -> tuple[str, str, str]:
    """(field annotation, param annotation, parse expression of ``v``)."""
    data = {"openapi": openapi, "components": {"schemas": COMPONENTS}, "x": schema}
    doc = Document("spec.yaml", data, Source())
    reader = SchemaReader(Resolver(data), Problems(doc))
    t = reader.read(schema, "/x", role, "Thing")
    api = naming.apply(ir.Api("t", "", "1", (), (), models=reader.models, unions=reader.unions))
    types = PythonTypes(api.models, api.unions, Imports(), local_models=True)
    return types.annotation(t, FIELD), types.annotation(t, PARAM), types.parse(t, "v")


ref = {"$ref": "#/components/schemas/Pet"}

TABLE = [
    # scalars and formats
    ({"type": "string"}, "str", "str", "v"),
    ({"type": "integer", "format": "int64"}, "int", "int", "v"),
    ({"type": "number"}, "float", "float", "v"),
    ({"type": "boolean"}, "bool", "bool", "v"),
    (
        {"type": "string", "format": "date-time"},
        "datetime.datetime",
        "datetime.datetime | str",
        "_models.parse_datetime(v)",
    ),
    (
        {"type": "string", "format": "date"},
        "datetime.date",
        "datetime.date | str",
        "_models.parse_date(v)",
    ),
    ({"type": "string", "format": "uuid"}, "uuid.UUID", "uuid.UUID | str", "_models.parse_uuid(v)"),
    ({"type": "string", "format": "email"}, "str", "str", "v"),
    ({}, "Any", "Any", "v"),
    (True, "Any", "Any", "v"),
    # enums and const
    ({"type": "string", "enum": ["a", "b"]}, 'Literal["a", "b"]', 'Literal["a", "b"]', "v"),
    ({"type": "integer", "enum": [1, 2]}, "Literal[1, 2]", "Literal[1, 2]", "v"),
    (
        {"type": "string", "enum": ["a", None], "nullable": True},
        'Literal["a"] | None',
        'Literal["a"] | None',
        "v",
    ),
    ({"const": "x"}, 'Literal["x"]', 'Literal["x"]', "v"),
    ({"type": "number", "enum": [1.5, 2.5]}, "float", "float", "v"),
    # nullability, 3.0 and 3.1
    ({"type": "string", "nullable": True}, "str | None", "str | None", "v"),
    ({"type": ["string", "null"]}, "str | None", "str | None", "v"),
    ({"type": ["string", "integer"]}, "str | int", "str | int", "v"),
    # arrays, tuples, maps
    ({"type": "array", "items": {"type": "string"}}, "List[str]", "Sequence[str]", "v"),
    (
        {"type": "array", "items": ref},
        "List[Pet]",
        "Sequence[Pet]",
        "_models.parse_list(Pet._parse, v)",
    ),
    (
        {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False},
        "Tuple[str, int]",
        "Tuple[str, int]",
        "_models.parse_tuple((None, None), None, v)",
    ),
    (
        {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
        "Tuple[str | int, ...]",
        "Tuple[str | int, ...]",
        "_models.parse_tuple((None,), _models.keep, v)",
    ),
    (
        {"type": "object", "additionalProperties": ref},
        "Dict[str, Pet]",
        "Mapping[str, Pet]",
        "_models.parse_map(Pet._parse, v)",
    ),
    (
        {"type": "object", "additionalProperties": {"type": "integer"}},
        "Dict[str, int]",
        "Mapping[str, int]",
        "v",
    ),
    ({"type": "object"}, "Dict[str, Any]", "Mapping[str, Any]", "v"),
    # models
    (ref, "Pet", "Pet", "Pet._parse(v)"),
    ({"allOf": [ref], "description": "a pet"}, "Pet", "Pet", "Pet._parse(v)"),
    ({"allOf": [ref], "nullable": True}, "Pet | None", "Pet | None", "Pet._parse(v)"),
    (
        {"type": "object", "properties": {"a": {"type": "string"}}},
        "Thing",
        "Thing",
        "Thing._parse(v)",
    ),
    # unions
    ({"oneOf": [ref]}, "Pet", "Pet", "Pet._parse(v)"),
    ({"oneOf": [ref, {"type": "null"}]}, "Pet | None", "Pet | None", "Pet._parse(v)"),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "str | int", "str | int", "v"),
    (
        {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
        "Thing",
        "Thing",
        "parse_thing(v)",
    ),
    ({"anyOf": [{"type": "string"}, {}]}, "Any", "Any", "v"),
    ({"oneOf": [{"required": ["a"]}, {"required": ["b"]}], "type": "string"}, "str", "str", "v"),
]


@pytest.mark.parametrize("schema, field, param, parse", TABLE)
def test_schema_to_python(schema, field, param, parse):
    assert spell(schema) == (field, param, parse)


def test_requests_get_typed_dicts_without_read_only_fields():
    data = {"openapi": "3.1.0", "components": {"schemas": COMPONENTS}}
    doc = Document("spec.yaml", data, Source())
    reader = SchemaReader(Resolver(data), Problems(doc))
    request = reader.read(ref, "/x", REQUEST, "Thing")
    response = reader.read(ref, "/x", RESPONSE, "Thing")
    assert isinstance(request, ir.ModelRef) and isinstance(response, ir.ModelRef)
    assert [f.wire_name for f in reader.models[request.key].fields] == ["name"]
    assert [f.wire_name for f in reader.models[response.key].fields] == ["name", "id"]
    api = naming.apply(ir.Api("t", "", "1", (), (), models=reader.models))
    assert {m.name for m in api.models.values()} == {"Pet", "PetParam"}


def test_recursion_is_a_reference_not_a_loop():
    data = {"openapi": "3.1.0", "components": {"schemas": COMPONENTS}}
    doc = Document("spec.yaml", data, Source())
    reader = SchemaReader(Resolver(data), Problems(doc))
    tree = reader.read({"$ref": "#/components/schemas/Tree"}, "/x", RESPONSE, "T")
    model = reader.models[tree.key]  # type: ignore[union-attr]
    children = model.fields[0].type
    assert isinstance(children, ir.ListOf) and children.item == ir.ModelRef(tree.key, children.item.facts)  # type: ignore[union-attr]


def test_a_false_schema_property_is_left_out():
    field, _, _ = spell({"type": "object", "properties": {"a": {"type": "string"}, "b": False}})
    data = {"openapi": "3.1.0", "components": {"schemas": {}}}
    doc = Document("spec.yaml", data, Source())
    reader = SchemaReader(Resolver(data), Problems(doc))
    t = reader.read({"type": "object", "properties": {"a": True, "b": False}}, "/x", RESPONSE, "T")
    assert [f.wire_name for f in reader.models[t.key].fields] == ["a"]  # type: ignore[union-attr]
