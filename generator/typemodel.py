"""The type model: the one place that decides what Python type a schema is.

``SchemaReader`` reads JSON Schemas (OpenAPI 3.0 and 3.1) into ``ir`` types,
registering the models and unions they need. ``PythonTypes`` turns those
types into Python: an annotation per role, the expression that converts a
JSON value into the type, the predicate a union uses to recognise it, and
the imports all of these need. Everything else asks these two.

Roles: a schema read for a "response" becomes dataclasses (writeOnly
properties left out); for a "request", TypedDicts (readOnly ones left out).
An annotation is for a "field" (what the API answers: a model attribute or
a method's result) or a "param" (what a caller passes).
"""

from __future__ import annotations

import importlib
import math
import re
import sys
from typing import Any, Callable, Final, Iterable, Literal

from msgspec import Struct, field
from msgspec.structs import replace

from . import ir, layout
from .errors import Problems, pointer_join
from .memo import kept
from .refs import Resolver, resolve

RESPONSE: Final = ir.RESPONSE
REQUEST: Final = ir.REQUEST
# Where an annotation is written: a model field, or a method parameter.
Usage = Literal["field", "param"]
FIELD: Final = "field"
PARAM: Final = "param"

_SCHEMA_POINTER = re.compile(r"^/components/schemas/([^/]+)$")
_STRING_FORMATS: dict[str, ir.ScalarKind] = {
    "date-time": ir.DATETIME,
    "date": ir.DATE,
    "uuid": ir.UUID,
    "binary": ir.BYTES,
}
_JSON_TYPES: dict[str, ir.ScalarKind] = {
    "string": ir.STR,
    "integer": ir.INT,
    "number": ir.FLOAT,
    "boolean": ir.BOOL,
    "null": ir.NULL,
}
# Keywords that say what a value is; a schema with none of them (only
# "required", say) only constrains the schema beside it.
_SHAPE_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "items",
        "prefixItems",
        "additionalProperties",
        "enum",
        "const",
        "$ref",
        "oneOf",
        "anyOf",
        "allOf",
        "format",
    }
)


def json_media(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in ("application/json", "text/json") or base.endswith("+json")


# -- schemas -> ir types -----------------------------------------------------------------


class _Part(Struct):
    """One property of an object schema, wherever in its allOf it came from."""

    name: str
    schema: Any
    pointer: str


class Site(Struct, frozen=True):
    """Where a schema is read: the schema itself, its JSON pointer, the role
    it is read for (request or answer), the hint its names are made from, and
    the facts (limits, format, examples) read off it."""

    schema: dict[str, Any]
    pointer: str
    role: ir.Role
    hint: str
    facts: ir.Facts


class OperationSite(Struct, frozen=True):
    """An operation being read (its object in the spec, its JSON pointer, the
    hint its types are named from) and the reader that reads its schemas,
    which also holds the resolver and the problems found."""

    reader: SchemaReader
    op: dict[str, Any]
    pointer: str
    hint: str

    @property
    def resolver(self) -> Resolver:
        return self.reader.resolver

    @property
    def problems(self) -> Problems:
        return self.reader.problems


class SchemaReader:
    """Reads schemas into ``ir`` types: ``reader.read(schema, pointer, role, hint)``."""

    def __init__(self, resolver: Resolver, problems: Problems) -> None:
        self.resolver = resolver
        self.problems = problems
        self.models: dict[str, ir.Model] = {}
        self.unions: dict[str, ir.UnionDef] = {}
        self._cache: dict[tuple[str, str], ir.Type] = {}
        self._building: set[str] = set()
        self._recursive: set[str] = set()
        # Arrays and maps being read, with how many models had begun then.
        self._open: dict[str, int] = {}
        self._models_begun = 0
        # (pointer, keyword) a later allOf part overrules: no value meets both.
        self.given_way: dict[tuple[str, str], None] = {}
        schemas = (resolver.data.get("components") or {}).get("schemas") or {}
        self._schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}

    def read(self, schema: Any, pointer: str, role: ir.Role, hint: str) -> ir.Type:
        """The type of the schema at ``pointer``; ``hint`` names what it makes."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            target, target_pointer = self.resolver.follow(schema, pointer)
            if target is schema:
                return ir.AnyValue()  # unresolvable: the validate stage reports it
            match = _SCHEMA_POINTER.match(target_pointer)
            if match:
                hint = match.group(1).replace("~1", "/").replace("~0", "~")
            found = self._read_at(target, target_pointer, role, hint)
            if schema.get("nullable") is True and not isinstance(found, ir.Nullable):
                found = ir.Nullable(found)
            return found
        return self._read_at(schema, pointer, role, hint)

    def _read_at(self, schema: Any, pointer: str, role: ir.Role, hint: str) -> ir.Type:
        key = (pointer, role)
        found = self._cache.get(key)
        if found is None:
            found = self._read(schema, pointer, role, hint)
            self._cache[key] = found
        return found

    # -- one schema ----------------------------------------------------------------

    def _read(self, schema: Any, pointer: str, role: ir.Role, hint: str) -> ir.Type:
        if schema is True or schema == {}:
            return ir.AnyValue()
        if schema is False:
            return ir.Never()
        if not isinstance(schema, dict):
            return ir.AnyValue()
        facts = self.facts(schema, pointer)
        for keyword in ("minLength", "minItems", "minProperties"):
            count = schema.get(keyword)
            if type(count) is int and count > COUNT_LIMIT:
                self.problems.error(
                    f"{pointer}/{keyword}",
                    f"asks for more than a test value can hold ({COUNT_LIMIT:,} at most)",
                )
        written = regex_of(schema.get("pattern"))
        if written and written != schema.get("pattern"):
            self.problems.warning(
                pointer + "/pattern",
                "the pattern is written as a JavaScript literal (/.../): it is read as what is "
                "between the slashes",
            )
        if written and not facts.pattern:
            self.problems.warning(
                pointer + "/pattern",
                PATTERN_BEYOND_LENGTHS,
            )
        if facts.pattern:
            try:
                re.compile(facts.pattern)
            except re.error:
                self.problems.warning(
                    pointer + "/pattern",
                    "the pattern is not a Python regular expression (another dialect?): "
                    "the tests' values do not follow it",
                )
        declared = schema.get("type")
        if declared is not None and not isinstance(declared, (str, list)):
            self.problems.warning(
                pointer + "/type",
                "type must be a string or a list of them: it is left out",
            )
        types = (
            [t for t in declared if isinstance(t, str)]
            if isinstance(declared, list)
            else [declared] if isinstance(declared, str) else []
        )
        nullable = schema.get("nullable") is True or "null" in types
        if types == ["null"]:
            return ir.Scalar(ir.NULL, facts)
        types = [t for t in types if t != "null"]

        found = self._read_shape(Site(schema, pointer, role, hint, facts), types)
        if isinstance(found, ir.Literal) and None in found.values:
            values = tuple(v for v in found.values if v is not None)
            found = ir.Nullable(ir.Literal(values, found.facts)) if values else found
        elif nullable and not isinstance(found, (ir.Nullable, ir.AnyValue)):
            if not (isinstance(found, ir.Scalar) and found.kind == ir.NULL):
                found = ir.Nullable(found)
        return found

    def _read_shape(self, site: Site, types: list[str]) -> ir.Type:
        schema, pointer, role, hint = site.schema, site.pointer, site.role, site.hint
        if "const" in schema:
            return self._literal([schema["const"]], types, site)
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._literal(schema["enum"], types, site)
        for keyword in ("oneOf", "anyOf"):
            variants = schema.get(keyword)
            if isinstance(variants, list) and variants and not _constraints_only(variants):
                return self._union(site, keyword)
        parts = schema.get("allOf")
        if isinstance(parts, list) and _null_part(parts):
            # No value is both null and something else: the spec means "or null".
            self.problems.warning(
                pointer + "/allOf",
                'an allOf with {"type": "null"} beside other parts is read as "or null"',
            )
            rest = [p for p in parts if not _is_null(p)]
            others = {k: v for k, v in schema.items() if k != "allOf"}
            return ir.Nullable(
                self._read({**others, "allOf": rest} if rest else others, pointer, role, hint)
            )
        if isinstance(parts, list) and parts:
            distributed = self._choice_distributed(schema, parts, pointer)
            if distributed is not None:
                return self._read(distributed, pointer, role, hint)
            single = self._single_part(schema, parts)
            if single is not None:
                return self.read(single, pointer + "/allOf/0", role, hint)
            scalar = self._merged_scalar(schema, parts)
            if scalar is not None:
                return self._read(scalar, pointer, role, hint)
            array = self._merged_array(schema, parts)
            if array is not None:
                return self._read(array, pointer, role, hint)
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and not schema.get("oneOf") and not schema.get("anyOf"):
            variants = self._subtypes(schema, pointer)
            if variants:
                return self._polymorphic(site, variants)
        if len(types) > 1:
            return self._type_union(site, types)
        kind = types[0] if types else _inferred_type(schema)
        return self._of_type(kind, site)

    def _choice_distributed(self, schema: dict[str, Any], parts: list[Any], pointer: str) -> Any:
        """``allOf: [A, {oneOf: [B, C]}]`` as ``oneOf: [A and B, A and C]``: a
        value is one of the variants and the other parts at once. Read as an
        object, the choice would be lost (none of B's or C's fields); with
        several choices, or a discriminator that names the variants, the
        parts are read as they are."""
        choices = []
        for index, part in enumerate(parts):
            found = self.resolver.deref(part)
            if not isinstance(found, dict):
                continue
            for keyword in ("oneOf", "anyOf"):
                variants = found.get(keyword)
                if isinstance(variants, list) and variants and not _constraints_only(variants):
                    choices.append((index, keyword, variants, found))
        if len(choices) != 1 or schema.get("discriminator") or choices[0][3].get("discriminator"):
            return None
        index, keyword, variants, found = choices[0]
        own = {k: v for k, v in found.items() if k not in (keyword, "description", "title")}
        rest = [p for i, p in enumerate(parts) if i != index] + ([own] if own else [])
        whole = {k: v for k, v in schema.items() if k in _OBJECT_KEYWORDS}
        self.problems.warning(
            pointer + pointer_join("allOf", index),
            f"a {keyword} among allOf's parts is read as a {keyword} of the whole: each "
            "variant together with the other parts",
        )
        outside = {k: v for k, v in schema.items() if k != "allOf" and k not in _OBJECT_KEYWORDS}
        return {
            **outside,
            keyword: [{**whole, "allOf": [*rest, variant]} for variant in variants],
        }

    def _of_type(self, kind: str | None, site: Site) -> ir.Type:
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        if kind == "object":
            return self._object(site)
        if kind == "array":
            return self._array(site)
        if kind == "string":
            media = schema.get("contentMediaType")
            content = schema.get("contentSchema")
            if isinstance(media, str) and json_media(media) and isinstance(content, dict):
                if role == REQUEST:
                    inner = self.read(content, pointer + "/contentSchema", role, hint)
                    return ir.JsonText(inner, facts)
                return ir.Scalar(ir.STR, facts)
            return ir.Scalar(_STRING_FORMATS.get(str(schema.get("format", "")), ir.STR), facts)
        if kind in _JSON_TYPES:
            return ir.Scalar(_JSON_TYPES[kind], facts)
        return ir.AnyValue(facts)

    # -- literals ----------------------------------------------------------------------

    def _literal(self, values: list[Any], types: list[str], site: Site) -> ir.Type:
        schema, pointer, facts = site.schema, site.pointer, site.facts
        if types:
            # Values the declared type does not allow can never be valid.
            kept = [v for v in values if v is None or any(_of_json_type(v, t) for t in types)]
            if len(kept) < len(values):
                self.problems.warning(
                    pointer + "/enum",
                    f"values that are not of type {'/'.join(types)} are left out of the enum"
                    + ("" if kept else ": none is left, so the type rules alone"),
                )
            if not [v for v in kept if v is not None]:
                rest = {k: v for k, v in schema.items() if k not in ("enum", "const")}
                return self._of_type(types[0], replace(site, schema=rest))
            values = kept
        usable = all(
            v is None or isinstance(v, (str, bool)) or type(v) is int for v in values
        ) and any(v is not None for v in values)
        if usable:
            # By type too: True == 1 and False == 0, yet both are values of the enum.
            unique = tuple({(type(v), v): v for v in values}.values())
            return ir.Literal(unique, facts)
        if values == [None]:
            return ir.Scalar(ir.NULL, facts)
        # Floats and objects cannot be Literal values: fall back to the type,
        # with the enum's values first among the examples the tests send.
        rest = {k: v for k, v in schema.items() if k not in ("enum", "const")}
        kind = types[0] if len(types) == 1 else _inferred_type(rest)
        examples = tuple(v for v in values if v is not None) + facts.examples
        return self._of_type(
            kind, replace(site, schema=rest, facts=replace(facts, examples=examples))
        )

    # -- unions -------------------------------------------------------------------------

    def _union(self, site: Site, keyword: str) -> ir.Type:
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        key = f"{role}:{pointer}"
        if key in self._building:
            self._recursive.add(key)
            return ir.UnionOf((), key, facts)
        self._building.add(key)
        try:
            base = {k: v for k, v in schema.items() if k not in (keyword, "discriminator")}
            merge_base = bool(base.get("properties") or base.get("allOf"))
            variants: list[ir.Type] = []
            nullable = False
            for index, raw in enumerate(schema[keyword]):
                variant_pointer = pointer + pointer_join(keyword, index)
                if merge_base:
                    variant = self._merged_variant(base, raw, variant_pointer, role, hint, index)
                else:
                    variant = self.read(raw, variant_pointer, role, _variant_hint(hint, raw, index))
                if isinstance(variant, ir.Nullable):
                    nullable = True
                    variant = variant.inner
                if isinstance(variant, ir.Scalar) and variant.kind == ir.NULL:
                    nullable = True
                    continue
                if isinstance(variant, ir.Never):
                    continue
                members = (
                    variant.variants
                    if isinstance(variant, ir.UnionOf) and not variant.key
                    else (variant,)
                )
                for member in members:
                    if member not in variants:
                        variants.append(member)
            discriminator = self._discriminator(schema, variants, pointer, role)
        finally:
            self._building.discard(key)
        result: ir.Type
        if not variants:
            result = ir.AnyValue(facts)
        elif len(variants) == 1 and key not in self._recursive:
            result = variants[0]
        elif any(isinstance(v, ir.AnyValue) for v in variants):
            result = ir.AnyValue(facts)
        elif self._named(key, pointer, variants, role):
            self.unions[key] = ir.UnionDef(
                key,
                role,
                hint,
                _text(schema.get("description") or schema.get("title")),
                tuple(variants),
                discriminator,
            )
            result = ir.UnionOf(tuple(variants), key, facts)
        else:
            result = ir.UnionOf(tuple(variants), "", facts)
        return ir.Nullable(result) if nullable else result

    def _named(self, key: str, pointer: str, variants: list[ir.Type], role: ir.Role) -> bool:
        """A union gets a name of its own when it needs a parse function, refers
        to itself, or is a component."""
        return (
            key in self._recursive
            or bool(_SCHEMA_POINTER.match(pointer))
            or role == RESPONSE
            and any(self.converts(v) for v in variants)
        )

    def converts(self, t: ir.Type) -> bool:
        """Whether an answer of type ``t`` needs converting from its JSON form."""
        if isinstance(t, ir.Scalar):
            return t.kind in (ir.DATETIME, ir.DATE, ir.UUID)
        if isinstance(t, (ir.ModelRef, ir.TupleOf)):
            return isinstance(t, ir.TupleOf) or t.key.startswith(RESPONSE)
        if isinstance(t, (ir.ListOf,)):
            return self.converts(t.item)
        if isinstance(t, ir.MapOf):
            return self.converts(t.value)
        if isinstance(t, ir.Nullable):
            return self.converts(t.inner)
        if isinstance(t, ir.UnionOf):
            if t.key:
                return t.key.startswith(RESPONSE)
            return any(self.converts(v) for v in t.variants)
        return False

    def _merged_variant(
        self, base: dict[str, Any], raw: Any, pointer: str, role: ir.Role, hint: str, index: int
    ) -> ir.Type:
        """A variant of a schema that has properties of its own beside its oneOf:
        the variant with the base's properties merged in."""
        merged = {"allOf": [base, raw]}
        return self._read_at(merged, pointer, role, _variant_hint(hint, raw, index))

    def _discriminator(
        self, schema: dict[str, Any], variants: list[ir.Type], pointer: str, role: ir.Role
    ) -> ir.Discriminator | None:
        spec = schema.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        mapping: list[tuple[str, ir.Type]] = []
        explicit = spec.get("mapping")
        if isinstance(explicit, dict):
            for value, ref in explicit.items():
                target = ref if ref.startswith("#") else f"#/components/schemas/{ref}"
                variant = self.read({"$ref": target}, pointer + "/discriminator", role, str(value))
                mapping.append((str(value), variant))
        seen = {value for value, _ in mapping}
        raw_variants = schema.get("oneOf") or schema.get("anyOf") or []
        for raw in raw_variants:
            ref = raw.get("$ref") if isinstance(raw, dict) else None
            match = _SCHEMA_POINTER.match(ref[1:]) if isinstance(ref, str) else None
            if match and match.group(1) not in seen:
                variant = self.read(raw, pointer + "/discriminator", role, match.group(1))
                # The schema's name, unless the variant fixes the property to
                # one value of its own (as most specs that leave out the mapping do).
                value = fixed_tag(self.resolver, raw, spec["propertyName"]) or match.group(1)
                mapping.append((value, variant))
        return ir.Discriminator(spec["propertyName"], tuple(mapping))

    def _subtypes(self, schema: dict[str, Any], pointer: str) -> list[tuple[str, str]]:
        """For a base schema with a discriminator and no oneOf: the schemas that
        extend it, as (discriminator value, reference)."""
        spec = schema["discriminator"]
        if not isinstance(spec.get("propertyName"), str):
            return []
        explicit = spec.get("mapping")
        if isinstance(explicit, dict) and explicit:
            return [
                (str(v), r if r.startswith("#") else f"#/components/schemas/{r}")
                for v, r in explicit.items()
                if isinstance(r, str)
            ]
        own = "#" + pointer
        found = []
        for name, candidate in self._schemas.items():
            parts = candidate.get("allOf") if isinstance(candidate, dict) else None
            if isinstance(parts, list) and any(
                isinstance(p, dict) and p.get("$ref") == own for p in parts
            ):
                found.append((name, "#" + pointer_join("components", "schemas", name)))
        return found

    def _polymorphic(self, site: Site, subtypes: list[tuple[str, str]]) -> ir.Type:
        """A base schema whose discriminator names its subtypes: a union of them,
        with the base itself last for values of an unknown kind."""
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        key = f"{role}:{pointer}"
        if key in self._building:
            # Read from inside a subtype's allOf: here it is the base object.
            return self._object(site, base_key=f"{role}:base:{pointer}")
        self._building.add(key)
        try:
            mapping = []
            variants: list[ir.Type] = []
            for value, ref in subtypes:
                if ref == "#" + pointer:
                    continue
                variant = self.read({"$ref": ref}, pointer + "/discriminator", role, value)
                mapping.append((value, variant))
                if variant not in variants:
                    variants.append(variant)
            base = self._object(site, base_key=f"{role}:base:{pointer}")
            variants.append(base)
        finally:
            self._building.discard(key)
        discriminator = ir.Discriminator(schema["discriminator"]["propertyName"], tuple(mapping))
        union_key = f"{role}:{pointer}"
        if role == RESPONSE or key in self._recursive:
            self.unions[union_key] = ir.UnionDef(
                union_key,
                role,
                hint,
                _text(schema.get("description")),
                tuple(variants),
                discriminator,
            )
            return ir.UnionOf(tuple(variants), union_key, facts)
        return ir.UnionOf(tuple(variants), "", facts)

    def _type_union(self, site: Site, types: list[str]) -> ir.Type:
        """``type: [string, integer]`` (3.1): a union of the types."""
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        variants: list[ir.Type] = []
        for kind in types:
            variant = self._of_type(kind, replace(site, pointer=pointer + "/type/" + kind))
            if variant not in variants:
                variants.append(variant)
        key = f"{role}:{pointer}"
        if role == RESPONSE and any(self.converts(v) for v in variants):
            self.unions[key] = ir.UnionDef(
                key, role, hint, _text(schema.get("description")), tuple(variants)
            )
            return ir.UnionOf(tuple(variants), key, facts)
        return ir.UnionOf(tuple(variants), "", facts)

    @staticmethod
    def _single_part(schema: dict[str, Any], parts: list[Any]) -> Any:
        """The one schema an allOf wraps (``allOf: [$ref]`` beside a
        description, or beside parts that only describe it, as AWS writes
        them), or None when the allOf merges objects."""
        own = {
            k for k in schema if k != "allOf" and k not in _ANNOTATIONS and not k.startswith("x-")
        }
        meaningful = [
            p
            for p in parts
            if not (
                isinstance(p, dict)
                and p
                and all(k in _ANNOTATIONS or k.startswith("x-") for k in p)
            )
        ]
        if len(meaningful) == 1 and not own:
            return meaningful[0]
        return None

    def _merged_scalar(self, schema: dict[str, Any], parts: list[Any]) -> dict[str, Any] | None:
        """An allOf of scalar schemas (``[{type: string}, {minLength: 1}]``)
        as the one schema it means, or None when it merges objects."""
        merged: dict[str, Any] = {}
        for part in [*parts, {k: v for k, v in schema.items() if k != "allOf"}]:
            part = self.resolver.deref(part)
            if not isinstance(part, dict) or any(k in part for k in _STRUCTURE):
                return None
            kind = part.get("type")
            if kind is not None and (kind not in _SCALAR_TYPES or merged.get("type", kind) != kind):
                return None
            before, after = merged.get("enum"), part.get("enum")
            merged.update(part)
            if isinstance(before, list) and isinstance(after, list):
                # A value is in both enums; none in common: the later's is read.
                common = [v for v in after if any(_same_value(v, w) for w in before)]
                merged["enum"] = common or after
        return merged if merged.get("type") in _SCALAR_TYPES else None

    # -- objects and arrays ----------------------------------------------------------------

    def _object(self, site: Site, base_key: str = "") -> ir.Type:
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        parts, required = self._object_parts(schema, pointer, set())
        extra = schema.get("additionalProperties")
        if not parts and extra is False:
            return ir.MapOf(ir.Never(), facts)  # {} and nothing else
        if not parts:
            if isinstance(extra, dict) and extra:
                value = self._inside(
                    pointer,
                    role,
                    lambda: self.read(
                        extra, pointer + "/additionalProperties", role, hint + "Value"
                    ),
                    {},
                )
                return ir.MapOf(value, facts)
            patterns = schema.get("patternProperties")
            if isinstance(patterns, dict) and len(patterns) == 1:
                ((name, value_schema),) = patterns.items()
                value = self.read(
                    value_schema,
                    pointer + pointer_join("patternProperties", name),
                    role,
                    hint + "Value",
                )
                return ir.MapOf(value, facts)
            return ir.MapOf(ir.AnyValue(), facts)
        key = base_key or f"{role}:{pointer}"
        if key in self.models or key in self._building:
            return ir.ModelRef(key, facts)
        self._building.add(key)
        self._models_begun += 1
        try:
            fields = []
            for part in parts:
                resolved = self.resolver.deref(part.schema)
                if isinstance(resolved, dict):
                    if role == REQUEST and resolved.get("readOnly") is True:
                        continue
                    if role == RESPONSE and resolved.get("writeOnly") is True:
                        continue
                field_type = self.read(part.schema, part.pointer, role, hint + _pascal(part.name))
                if isinstance(field_type, ir.Never):
                    continue
                doc = resolved if isinstance(resolved, dict) else {}
                own = part.schema if isinstance(part.schema, dict) else {}
                fields.append(
                    ir.Field(
                        wire_name=part.name,
                        type=field_type,
                        required=part.name in required,
                        description=describe(own, doc),
                        deprecated=bool(own.get("deprecated") or doc.get("deprecated")),
                    )
                )
            # Names the schema requires without describing them: still required.
            described = {f.wire_name for f in fields} | {part.name for part in parts}
            for name in sorted(required - described):
                fields.append(ir.Field(wire_name=name, type=ir.AnyValue(), required=True))
            extra_type: ir.Type | None = None
            if isinstance(extra, dict) and extra:
                extra_type = self.read(
                    extra, pointer + "/additionalProperties", role, hint + "Value"
                )
                if not self.converts(extra_type):
                    extra_type = None
            self.models[key] = ir.Model(
                key,
                role,
                hint,
                _text(schema.get("description") or schema.get("title")),
                tuple(fields),
                extra_type,
                closed=extra is False or schema.get("unevaluatedProperties") is False,
            )
        finally:
            self._building.discard(key)
        return ir.ModelRef(key, facts)

    def _object_parts(
        self, schema: Any, pointer: str, seen: set[str]
    ) -> tuple[list[_Part], set[str]]:
        """The properties of an object schema with its allOf merged in (later
        parts win), and the names it requires."""
        schema, pointer = self.resolver.follow(schema, pointer)
        if not isinstance(schema, dict) or pointer in seen:
            return [], set()
        seen = seen | {pointer}
        found: dict[str, _Part] = {}
        required: set[str] = set()
        for index, part in enumerate(schema.get("allOf") or []):
            more, more_required = self._object_parts(
                part, pointer + pointer_join("allOf", index), seen
            )
            for p in more:
                found[p.name] = self._both(found.get(p.name), p)
            required |= more_required
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, value in properties.items():
                part = _Part(str(name), value, pointer + pointer_join("properties", name))
                found[str(name)] = self._both(found.get(str(name)), part)
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return list(found.values()), required

    def _both(self, earlier: _Part | None, later: _Part) -> _Part:
        """A property that two allOf parts define. A value must fit both
        (GitHub's SCIM ``members``, whose items require ``$ref`` in one part
        only), so two schemas of one type are kept as an allOf of both;
        otherwise the later part wins (two types no value has at once)."""
        if earlier is None or earlier.schema == later.schema:
            return later
        kinds = {_structure_kind(self.resolver.deref(p.schema)) for p in (earlier, later)}
        if len(kinds) != 1 or kinds == {""}:
            return later
        self._contradictions(earlier.schema, earlier.pointer, later.schema, later.pointer, 0)
        return _Part(later.name, {"allOf": [earlier.schema, later.schema]}, later.pointer)

    def _contradictions(self, earlier: Any, at: str, later: Any, later_at: str, depth: int) -> None:
        """Where two schemas a value must fit at once list enums with no value
        in common (SendGrid's bounce_type, soft|hard in one part and
        bounced|blocked|expired in the other), the later part's enum is read:
        said, and kept in ``given_way`` so the tests' check reads it so too."""
        earlier, at = self.resolver.follow(earlier, at)
        later, later_at = self.resolver.follow(later, later_at)
        if not isinstance(earlier, dict) or not isinstance(later, dict) or depth > 16:
            return
        mine, theirs = earlier.get("enum"), later.get("enum")
        if isinstance(mine, list) and isinstance(theirs, list) and mine and theirs:
            if not any(_same_value(a, b) for a in mine for b in theirs) and self._at(at, earlier):
                self.given_way[(at, "enum")] = None
                self.problems.warning(
                    at + "/enum",
                    f"no value is in both this enum and the one at {later_at} that an allOf "
                    "joins it with: the later one is used",
                )
        if isinstance(earlier.get("items"), dict) and isinstance(later.get("items"), dict):
            self._contradictions(
                earlier["items"], at + "/items", later["items"], later_at + "/items", depth + 1
            )
        mine, theirs = earlier.get("properties"), later.get("properties")
        if isinstance(mine, dict) and isinstance(theirs, dict):
            for name in mine.keys() & theirs.keys():
                self._contradictions(
                    mine[name],
                    at + pointer_join("properties", name),
                    theirs[name],
                    later_at + pointer_join("properties", name),
                    depth + 1,
                )

    def _at(self, pointer: str, node: Any) -> bool:
        """Whether ``node`` is what ``pointer`` names in the document (not
        part of a schema merged from several)."""
        try:
            return resolve(self.resolver.data, "#" + pointer) is node
        except KeyError:
            return False

    def _merged_array(self, schema: dict[str, Any], parts: list[Any]) -> dict[str, Any] | None:
        """An allOf of array schemas as one array whose items fit every
        part's items; None unless every part is an array."""
        items: list[Any] = []
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        merged["type"] = "array"
        for part in parts:
            part = self.resolver.deref(part)
            if not isinstance(part, dict) or _structure_kind(part) != "array":
                return None
            if isinstance(part.get("items"), dict) and part["items"] not in items:
                items.append(part["items"])
            if isinstance(part.get("minItems"), int):
                merged["minItems"] = max(part["minItems"], merged.get("minItems", 0))
            if isinstance(part.get("maxItems"), int):
                merged["maxItems"] = min(part["maxItems"], merged.get("maxItems", part["maxItems"]))
        if items:
            merged["items"] = items[0] if len(items) == 1 else {"allOf": items}
        return merged

    def _array(self, site: Site) -> ir.Type:
        schema, pointer, role, hint, facts = (
            site.schema,
            site.pointer,
            site.role,
            site.hint,
            site.facts,
        )
        prefix = schema.get("prefixItems")
        items = schema.get("items")
        if isinstance(prefix, list) and prefix:
            members = tuple(
                self.read(p, pointer + pointer_join("prefixItems", i), role, f"{hint}Item{i}")
                for i, p in enumerate(prefix)
            )
            rest: ir.Type | None
            if items is False:
                rest = None
            elif isinstance(items, dict):
                rest = self.read(items, pointer + "/items", role, hint + "Item")
            else:
                rest = ir.AnyValue()
            return ir.TupleOf(members, rest, facts)
        if isinstance(items, dict) or items is True:
            item = self._inside(
                pointer, role, lambda: self.read(items, pointer + "/items", role, hint + "Item"), []
            )
            return ir.ListOf(item, facts)
        return ir.ListOf(ir.AnyValue(), facts)

    def _inside(
        self,
        pointer: str,
        role: ir.Role,
        read: Callable[[], ir.Type],
        empty: list[Any] | dict[str, Any],
    ) -> ir.Type:
        """``read()`` of an array's items or a map's values; where they lead
        back to the array or map itself (``A: {items: {$ref: A}}``), the inner
        one is any JSON value: Python's types have no name to refer back to."""
        key = f"{role}:{pointer}"
        begun = self._open.get(key)
        # Back at the same array or map with no model begun on the way: no
        # model's name will end the loop.
        if begun is not None and begun == self._models_begun:
            self.problems.warning(
                pointer,
                "the schema contains itself with no object between: inside itself it is "
                "typed as any JSON value",
            )
            # The tests' samples stop here with a value that fits the schema.
            return ir.AnyValue(ir.Facts(examples=(empty,)))
        self._open[key] = self._models_begun
        try:
            return read()
        finally:
            if begun is None:
                del self._open[key]
            else:
                self._open[key] = begun

    # -- facts -----------------------------------------------------------------------------

    @staticmethod
    def facts(schema: dict[str, Any], pointer: str = "") -> ir.Facts:
        # Most schemas have none of these keywords: only those present are read.
        number = {key: _finite(schema[key]) for key in _NUMBER_KEYWORDS if key in schema}
        count = {key: _count(schema[key]) for key in _COUNT_KEYWORDS if key in schema}
        minimum, maximum = number.get("minimum"), number.get("maximum")
        exclusive_min = number.get("exclusiveMinimum")
        exclusive_max = number.get("exclusiveMaximum")
        if schema.get("exclusiveMinimum") is True:  # OpenAPI 3.0
            exclusive_min, minimum = minimum, None
        if schema.get("exclusiveMaximum") is True:
            exclusive_max, maximum = maximum, None
        examples: list[Any] = []
        if "example" in schema:
            examples.append(schema["example"])
        if isinstance(schema.get("examples"), list):
            examples += schema["examples"]
        names = schema.get("x-enum-varnames") or schema.get("x-enumNames")
        values = schema.get("enum")
        enum_names: tuple[tuple[Any, str], ...] = ()
        if isinstance(names, list) and isinstance(values, list) and len(names) == len(values):
            enum_names = tuple((v, str(n)) for v, n in zip(values, names) if isinstance(n, str))
        pattern = regex_of(schema.get("pattern"))
        min_length, max_length = count.get("minLength"), count.get("maxLength")
        if pattern and not lengths_fit(pattern, min_length, max_length):
            pattern = ""  # no value could match it and have its length: the lengths rule
        return ir.Facts(
            format=str(schema.get("format") or ""),
            pattern=pattern,
            min_length=min_length,
            max_length=max_length,
            minimum=minimum,
            maximum=maximum,
            exclusive_minimum=exclusive_min,
            exclusive_maximum=exclusive_max,
            multiple_of=number.get("multipleOf"),
            min_items=count.get("minItems"),
            max_items=count.get("maxItems"),
            max_properties=count.get("maxProperties"),
            min_properties=count.get("minProperties"),
            unique_items=schema.get("uniqueItems") is True,
            examples=tuple(examples),
            default=schema.get("default", ir.NO_DEFAULT),
            read_only=schema.get("readOnly") is True,
            write_only=schema.get("writeOnly") is True,
            enum_names=enum_names,
            pointer=pointer,
        )


_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_COUNT_KEYWORDS = (
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
)


def _finite(value: Any) -> float | None:
    """A keyword's number, if it is a finite one (not a boolean)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):  # beyond a float, as 1e400 is (which JSON reads as inf)
        return value if abs(value) <= sys.float_info.max else None
    return value if math.isfinite(value) else None


# The longest string or array, or largest object, a test value is made
# with: a schema asking for a larger one is refused (``_read``).
COUNT_LIMIT: Final = 1_000_000


def _count(value: Any) -> int | None:
    """A keyword's count, if it is a natural number."""
    return value if type(value) is int and value >= 0 else None


def describe(own: dict[str, Any], resolved: dict[str, Any]) -> str:
    """A property's description: its own (beside a $ref), else its schema's."""
    return _text(own.get("description") or resolved.get("description") or resolved.get("title"))


def _constraints_only(variants: list[Any]) -> bool:
    """oneOf/anyOf whose branches only say which properties are required."""
    return all(isinstance(v, dict) and v and not (set(v) & _SHAPE_KEYWORDS) for v in variants)


# Said where a pattern and the lengths asked leave no value (here, and by
# the sampler when it finds so).
PATTERN_BEYOND_LENGTHS = (
    "no value can both match the pattern and have the length minLength and "
    "maxLength ask: the tests' values follow the lengths"
)
_JS_LITERAL = re.compile(r"/(.+)/[dgimsuy]*")


def regex_of(pattern: Any) -> str:
    """A schema's pattern; one written as a JavaScript literal (``/^a+$/``),
    which no string could match as it is, is read as what the slashes hold."""
    if not isinstance(pattern, str):
        return ""
    found = _JS_LITERAL.fullmatch(pattern)
    if found:
        try:
            re.compile(pattern)
            matchable = not re.search(r"^/\^|\$/$", pattern)
        except re.error:
            matchable = False
        if not matchable:
            return found.group(1)
    return pattern


def _is_null(part: Any) -> bool:
    return isinstance(part, dict) and part.get("type") == "null" and len(part) == 1


def _null_part(parts: list[Any]) -> bool:
    return len(parts) > 1 and any(_is_null(p) for p in parts)


def _of_json_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return type(value) is int or type(value) is float and value.is_integer()
    if kind == "number":
        return type(value) in (int, float)
    if kind == "boolean":
        return type(value) is bool
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return value is None if kind == "null" else True


def fixed_tag(resolver: Resolver, schema: Any, name: str) -> str:
    """The one value a schema (or one of its allOf parts) fixes property
    ``name`` to (a single-valued enum, or a const), else ""."""
    schema = resolver.deref(schema)
    if not isinstance(schema, dict):
        return ""
    own = resolver.deref((schema.get("properties") or {}).get(name))
    if isinstance(own, dict):
        values = own.get("enum") if isinstance(own.get("enum"), list) else None
        if "const" in own:
            values = [own["const"]]
        if values and len(values) == 1 and isinstance(values[0], str):
            return values[0]
    for part in schema.get("allOf") or []:
        found = fixed_tag(resolver, part, name)
        if found:
            return found
    return ""


def lengths_fit(pattern: str, min_length: int | None, max_length: int | None) -> bool:
    """Whether a string matching ``pattern`` (anchored at both ends) can have
    a length within the bounds; True when the pattern says nothing of it."""
    widths = _pattern_widths(pattern)
    if widths is None:
        return True
    shortest, longest = widths
    # A longer string holding a match matches too, unless the pattern is
    # anchored at both ends; a shorter one never does.
    anchored = pattern.startswith("^") and pattern.endswith("$")
    too_short = anchored and min_length is not None and longest < min_length
    too_long = max_length is not None and shortest > max_length
    return not (too_short or too_long)


@kept(longest=200, size=1024)  # a spec repeats its patterns, one per field of a kind
def _pattern_widths(pattern: str) -> tuple[int, int] | None:
    """The shortest and longest a match of ``pattern`` can be, if Python's
    parser of regular expressions says."""
    try:
        parser: Any = importlib.import_module("re._parser")
        shortest, longest = parser.parse(pattern).getwidth()
    except (ImportError, re.error, OverflowError, AttributeError):
        return None
    return int(shortest), int(longest)


_SCALAR_TYPES = ("string", "number", "integer", "boolean")


def _same_value(a: Any, b: Any) -> bool:
    """JSON equality: 1 and 1.0 are one value, 1 and true are two."""
    return bool(a == b and isinstance(a, bool) == isinstance(b, bool))


def _structure_kind(schema: Any) -> str:
    """The type of a schema that is plainly one ("array", "object", "string",
    ...), else ""."""
    if not isinstance(schema, dict):
        return ""
    kind = schema.get("type")
    if kind in _SCALAR_TYPES and not any(k in schema for k in _STRUCTURE):
        return str(kind)
    if kind == "array" or kind is None and "items" in schema:
        return "array"
    if kind == "object" or kind is None and ("properties" in schema or "allOf" in schema):
        return "object"
    return ""


# Keywords of objects, arrays and compositions: an allOf holding them merges more than scalars.
_STRUCTURE = frozenset(
    {"properties", "additionalProperties", "items", "prefixItems", "allOf", "oneOf", "anyOf"}
    | {"not", "patternProperties", "discriminator", "$ref"}
)


# Keywords that describe a schema without constraining its values.
_ANNOTATIONS = frozenset(
    {"description", "title", "nullable", "readOnly", "writeOnly", "example", "examples"}
    | {"default", "deprecated", "externalDocs", "xml", "$comment"}
)


# What an object schema says of its fields: each variant of a distributed
# choice (``_choice_distributed``) says it too.
_OBJECT_KEYWORDS = frozenset(
    {"type", "properties", "required", "additionalProperties", "unevaluatedProperties"}
)


def _inferred_type(schema: dict[str, Any]) -> str | None:
    if schema.get("properties") or "additionalProperties" in schema or schema.get("allOf"):
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if schema.get("format") in _STRING_FORMATS or "pattern" in schema or "minLength" in schema:
        return "string"
    return None


def _variant_hint(hint: str, raw: Any, index: int) -> str:
    title = raw.get("title") if isinstance(raw, dict) else None
    return hint + (_pascal(title) if isinstance(title, str) and title else f"Variant{index + 1}")


def _pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


# -- ir types -> Python ----------------------------------------------------------------------


class Term(Struct, frozen=True):
    """One member of a ``|`` annotation, as structure: a name (``str``,
    ``Pet``, ``datetime.datetime``, ``None``), a generic with its arguments
    (each a union of terms; ``more`` for ``Tuple[X, ...]``), or ``Literal``
    with its values. The renderer prints terms (``spell``); the API diff
    compares them."""

    name: str
    args: tuple[tuple[Term, ...], ...] = ()
    values: tuple[str, ...] | None = None  # a Literal's values, each as Python source
    more: bool = False

    @property
    def text(self) -> str:
        if self.values is not None:
            return f"{self.name}[{', '.join(self.values)}]"
        if self.args:
            more = ", ..." if self.more else ""
            return f"{self.name}[{', '.join(spell(arg) for arg in self.args)}{more}]"
        return self.name


NONE: Final = Term("None")


def spell(terms: Iterable[Term]) -> str:
    """An annotation's text: its members joined by ``|``, none repeated."""
    return " | ".join(dict.fromkeys(term.text for term in terms))


class Imports(Struct):
    """What one generated module needs imported for the types it spells out."""

    typing: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)  # "datetime", "uuid"
    runtime: bool = False  # the runtime's _models module
    models: set[str] = field(default_factory=set)  # names from the models module
    runtime_types: set[str] = field(default_factory=set)  # names from the runtime's _types

    def typing_line(self) -> str:
        return f"from typing import {', '.join(sorted(self.typing))}" if self.typing else ""


_KIND_CHARS = {
    ir.STR: "s",
    ir.DATETIME: "s",
    ir.DATE: "s",
    ir.UUID: "s",
    ir.BYTES: "s",
    ir.INT: "i",
    ir.FLOAT: "n",
    ir.BOOL: "b",
    ir.NULL: "z",
}


class PythonTypes:
    """``ir`` types spelled in Python, for the module a renderer is writing.

    ``local_models``: the module defines the model classes (models.py), so
    they need no import.
    """

    def __init__(
        self,
        models: dict[str, ir.Model],
        unions: dict[str, ir.UnionDef],
        imports: Imports,
        local_models: bool = False,
    ) -> None:
        self.models = models
        self.unions = unions
        self.imports = imports
        self.local_models = local_models

    def _model_name(self, name: str) -> str:
        if not self.local_models:
            self.imports.models.add(name)
        return name

    def _typing(self, name: str) -> str:
        self.imports.typing.add(name)
        return name

    def _runtime(self, name: str) -> str:
        self.imports.runtime = True
        return f"_models.{name}"

    # -- annotations -----------------------------------------------------------------

    def annotation(self, t: ir.Type, role: Usage) -> str:
        """How ``t`` is spelled in an annotation for ``role`` ("field" or "param")."""
        return spell(self.terms(t, role))

    def terms(self, t: ir.Type, role: Usage) -> tuple[Term, ...]:
        """The members of ``t``'s annotation for ``role``, as structure."""
        if isinstance(t, ir.Nullable):
            inner = self.terms(t.inner, role)
            return inner if NONE in inner else (*inner, NONE)
        if isinstance(t, ir.UnionOf):
            if t.key in self.unions:
                return (Term(self._model_name(self.unions[t.key].name)),)
            return tuple(term for variant in t.variants for term in self.terms(variant, role))
        if isinstance(t, ir.Literal):
            values = tuple(_literal(v) for v in t.values if v is not None)
            term = Term(self._typing("Literal"), values=values)
            return (term, NONE) if None in t.values else (term,)
        if isinstance(t, ir.Scalar):
            return self._scalar(t.kind, role)
        if isinstance(t, ir.ListOf):
            outer = "List" if role == FIELD else "Sequence"
            return (Term(self._typing(outer), (self.terms(t.item, role),)),)
        if isinstance(t, ir.TupleOf):
            tuple_name = self._typing("Tuple")
            if t.rest is None:
                return (Term(tuple_name, tuple(self.terms(i, role) for i in t.items)),)
            every = tuple(term for i in (*t.items, t.rest) for term in self.terms(i, role))
            return (Term(tuple_name, (every,), more=True),)
        if isinstance(t, ir.MapOf):
            outer = "Dict" if role == FIELD else "Mapping"
            return (Term(self._typing(outer), ((Term("str"),), self.terms(t.value, role))),)
        if isinstance(t, ir.ModelRef):
            return (Term(self._model_name(self.models[t.key].name)),)
        if isinstance(t, ir.JsonText):
            return self.terms(t.inner, role) if role == PARAM else (Term("str"),)
        return (Term(self._typing("Any")),)

    def _scalar(self, kind: str, role: Usage) -> tuple[Term, ...]:
        if kind in (ir.DATETIME, ir.DATE):
            self.imports.modules.add("datetime")
            term = Term(f"datetime.{'datetime' if kind == ir.DATETIME else 'date'}")
            return (term, Term("str")) if role == PARAM else (term,)
        if kind == ir.UUID:
            self.imports.modules.add("uuid")
            return (Term("uuid.UUID"), Term("str")) if role == PARAM else (Term("uuid.UUID"),)
        return (NONE,) if kind == ir.NULL else (Term(kind),)

    def file_terms(self, t: ir.Type) -> tuple[Term, ...]:
        """A multipart field that holds a file (or, for an array, files)."""
        self.imports.runtime_types.add("FileTypes")
        inner = t.inner if isinstance(t, ir.Nullable) else t
        term = Term("FileTypes")
        if isinstance(inner, ir.ListOf):
            term = Term(self._typing("Sequence"), ((term,),))
        return (term, NONE) if isinstance(t, ir.Nullable) else (term,)

    def raw_terms(self) -> tuple[Term, ...]:
        """A raw request body: bytes, a file, or bytes streamed from an iterable."""
        self.imports.runtime_types.add("RawBody")
        return (Term("RawBody"),)

    # -- converting answers ----------------------------------------------------------------

    def converter(self, t: ir.Type) -> str | None:
        """A callable turning the JSON form of ``t`` into ``t``; None if the JSON
        form is already right."""
        if isinstance(t, ir.Scalar):
            name = {ir.DATETIME: "parse_datetime", ir.DATE: "parse_date", ir.UUID: "parse_uuid"}
            return self._runtime(name[t.kind]) if t.kind in name else None
        if isinstance(t, ir.Nullable):
            return self.converter(t.inner)
        if isinstance(t, ir.ModelRef):
            model = self.models[t.key]
            return f"{self._model_name(model.name)}._parse" if model.role == RESPONSE else None
        if isinstance(t, ir.UnionOf):
            union = self.unions.get(t.key)
            if union is not None and union.parser:
                if not self.local_models:
                    self.imports.models.add(union.parser)
                return union.parser
            return None
        if isinstance(t, ir.ListOf):
            item = self.converter(t.item)
            return f"{self._runtime('list_of')}({item})" if item else None
        if isinstance(t, ir.MapOf):
            value = self.converter(t.value)
            return f"{self._runtime('map_of')}({value})" if value else None
        if isinstance(t, ir.TupleOf):
            return f"{self._runtime('tuple_of')}({self._tuple_args(t)})"
        return None

    def parse(self, t: ir.Type, value: str) -> str:
        """An expression turning the JSON value ``value`` into ``t``."""
        inner = t.inner if isinstance(t, ir.Nullable) else t
        if isinstance(inner, ir.ListOf):
            item = self.converter(inner.item)
            return f"{self._runtime('parse_list')}({item}, {value})" if item else value
        if isinstance(inner, ir.MapOf):
            item = self.converter(inner.value)
            return f"{self._runtime('parse_map')}({item}, {value})" if item else value
        if isinstance(inner, ir.TupleOf):
            return f"{self._runtime('parse_tuple')}({self._tuple_args(inner)}, {value})"
        convert = self.converter(t)
        return f"{convert}({value})" if convert else value

    def _tuple_args(self, t: ir.TupleOf) -> str:
        items = ", ".join(self.converter(i) or "None" for i in t.items)
        rest = "None" if t.rest is None else self.converter(t.rest) or "_models.keep"
        if t.rest is not None and rest == "_models.keep":
            self.imports.runtime = True
        return f"({items}{',' if len(t.items) == 1 else ''}), {rest}"

    # -- recognising a union's variants --------------------------------------------------------

    def fits(self, t: ir.Type) -> str:
        """A predicate telling whether a JSON value can be a ``t``."""
        if isinstance(t, ir.Nullable):
            return f"{self._runtime('or_none')}({self.fits(t.inner)})"
        if isinstance(t, ir.Scalar):
            name = {
                ir.STR: "is_str",
                ir.BYTES: "is_str",
                ir.INT: "is_int",
                ir.FLOAT: "is_number",
                ir.BOOL: "is_bool",
                ir.NULL: "is_none",
                ir.DATETIME: "is_datetime",
                ir.DATE: "is_date",
                ir.UUID: "is_uuid",
            }[t.kind]
            return self._runtime(name)
        if isinstance(t, ir.Literal):
            return f"{self._runtime('one_of')}({', '.join(map(_literal, t.values))})"
        if isinstance(t, (ir.ListOf, ir.TupleOf)):
            return self._runtime("is_list")
        if isinstance(t, ir.MapOf):
            return self._runtime("is_dict")
        if isinstance(t, ir.ModelRef):
            return f"{self._model_name(self.models[t.key].name)}._fits"
        if isinstance(t, ir.UnionOf) and not t.key:
            return f"{self._runtime('any_of')}({', '.join(self.fits(v) for v in t.variants)})"
        return self._runtime("is_anything")

    def shape(self, model: ir.Model) -> tuple[list[str], dict[str, list[Any]], dict[str, str]]:
        """What a value must look like to be ``model``, for union parsing: the
        wire names it requires, the fixed values some fields take, and the
        JSON kind of each field (a trailing "?" where null is allowed)."""
        required = [f.wire_name for f in model.fields if f.required]
        literals: dict[str, list[Any]] = {}
        kinds: dict[str, str] = {}
        for f in model.fields:
            t = f.type
            nullable = isinstance(t, ir.Nullable)
            t = t.inner if isinstance(t, ir.Nullable) else t
            if isinstance(t, ir.Literal):
                literals[f.wire_name] = list(t.values) + ([None] if nullable else [])
                continue
            kind = _json_kind(t)
            if kind:
                kinds[f.wire_name] = kind + ("?" if nullable else "")
        return required, literals, kinds


def _json_kind(t: ir.Type) -> str:
    if isinstance(t, ir.Scalar):
        return _KIND_CHARS[t.kind]
    if isinstance(t, (ir.ListOf, ir.TupleOf)):
        return "a"
    if isinstance(t, (ir.MapOf, ir.ModelRef)):
        return "o"
    if isinstance(t, ir.JsonText):
        return "s"
    return ""


def _literal(value: Any) -> str:
    return layout.literal(value)


def needs_typing(names: Iterable[str]) -> list[str]:
    return sorted(set(names))
