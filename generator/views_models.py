"""The models module's view: IR models and unions -> what ``models.py.j2``
prints (dataclasses for answers, TypedDicts for request objects, union
aliases and their parsers) and the imports they need. Pure: the same IR
gives the same view.
"""

from __future__ import annotations

import re

from msgspec import Struct, field

from . import ir
from .literals import default_text, enum_names, plain_identifier, pyrepr
from .signatures import optional, typed_dict_annotation
from .typemodel import FIELD, PARAM, RESPONSE, Imports, PythonTypes, Usage, spell


class ModelField(Struct, frozen=True):
    name: str
    annotation: str  # as printed: with "| None" when the API may leave it out
    required: bool
    doc: str


class ModelView(Struct, frozen=True):
    name: str
    doc: str
    fields: list[ModelField]
    wire_names: list[tuple[str, str]]  # attribute, wire name
    required: list[str]
    parses: list[tuple[str, str]]  # attribute, parse expression of get(wire)
    shape: str = ""  # a Shape(...) expression, for union variants
    extra: str = ""  # the converter of additional properties


class TypedDictKey(Struct, frozen=True):
    wire_name: str
    annotation: str  # as printed: Required[...] when it must be there
    required: bool


class TypedDictView(Struct, frozen=True):
    name: str
    doc: str
    keys: list[TypedDictKey]
    functional: bool  # a key that cannot be a class attribute: TypedDict("Name", {...})


class UnionView(Struct):
    name: str
    alias: str  # the annotation the alias stands for
    parser: str
    doc: str
    variants: list[tuple[str, str]]  # fits, convert
    tag: str = ""
    mapping: list[tuple[str, str]] = field(default_factory=list)  # value, convert
    evaluated: bool = False  # written as the type itself, not as text


class ModelsView(Struct, frozen=True):
    dataclasses: list[ModelView]
    typeddicts: list[TypedDictView]
    unions: list[UnionView]
    modules: list[str]  # imported whole: datetime, uuid
    typing: list[str]  # names imported from typing
    runtime: bool  # the runtime's _models is imported
    needs_required: bool  # Required[...] is imported (from typing_extensions before 3.11)
    exported: list[str]  # __all__


def models_view(api: ir.Api) -> ModelsView:
    imports = Imports()
    types = PythonTypes(api.models, api.unions, imports, local_models=True)
    variants = _union_variants(api)
    dataclasses: list[ModelView] = []
    typeddicts: list[TypedDictView] = []
    for model in sorted(api.models.values(), key=lambda m: m.name):
        if model.role == RESPONSE:
            dataclasses.append(_model_view(model, types, model.key in variants))
        else:
            typeddicts.append(_typeddict_view(model, types))
    unions = [_union_view(u, types) for u in sorted(api.unions.values(), key=lambda u: u.name)]
    if dataclasses:
        imports.runtime = True
        imports.typing.update({"Any", "ClassVar", "Dict", "Mapping"})
    if any(u.parser for u in unions):
        imports.typing.add("Any")
    if unions:
        imports.typing.add("TypeAlias")
    if typeddicts:
        imports.typing.add("TypedDict")
    needs_required = any(key.required for t in typeddicts for key in t.keys)
    classes = {m.name for m in dataclasses} | {t.name for t in typeddicts}
    unions = _defined_in_order(unions, classes | imports.typing | imports.modules)
    names = sorted(
        [m.name for m in dataclasses] + [t.name for t in typeddicts] + [u.name for u in unions]
    )
    names += sorted(u.parser for u in unions if u.parser)
    typing = imports.typing | ({"TYPE_CHECKING"} if needs_required else set())
    return ModelsView(
        dataclasses,
        typeddicts,
        unions,
        sorted(imports.modules),
        sorted(typing, key=str.lower),  # as the models' import line always had them
        imports.runtime,
        needs_required,
        names,
    )


_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*")
_BUILTIN_TYPES = frozenset({"None", "str", "int", "float", "bool", "bytes"})


def _defined_in_order(unions: list[UnionView], known: set[str]) -> list[UnionView]:
    """The unions in the order they are written. One whose alias names only
    what is defined above it (the models, what the module imports, the
    unions before it) is the type itself, so that typing.get_type_hints
    resolves whatever uses it; one that names itself or another still to
    come (a recursive union) stays text, after the others."""
    wants = {u.name: set(_NAME.findall(_QUOTED.sub("", u.alias))) for u in unions}
    defined = known | _BUILTIN_TYPES
    written: list[UnionView] = []
    pending = list(unions)
    while True:
        ready = [u for u in pending if wants[u.name] <= defined]
        if not ready:
            break
        for union in ready:
            union.evaluated = True
            defined.add(union.name)
        written += ready
        pending = [u for u in pending if not u.evaluated]
    return written + pending


def _union_variants(api: ir.Api) -> set[str]:
    """Keys of the models some union must recognise."""
    keys: set[str] = set()
    for union in api.unions.values():
        if union.role == RESPONSE:
            keys |= {v.key for v in union.variants if isinstance(v, ir.ModelRef)}
    return keys


def _model_view(model: ir.Model, types: PythonTypes, variant: bool) -> ModelView:
    fields = []
    required = []
    parses = []
    for f in model.fields:
        always = f.required and not isinstance(f.type, ir.Nullable)
        if always:
            required.append(f.name)
        terms = types.terms(f.type, FIELD)
        printed = spell(terms if always else optional(terms))
        fields.append(ModelField(f.name, printed, always, _field_doc(f)))
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


def _typeddict_view(model: ir.Model, types: PythonTypes) -> TypedDictView:
    keys = [
        TypedDictKey(
            f.wire_name,
            typed_dict_annotation(types.annotation(f.type, PARAM), f.required),
            f.required,
        )
        for f in model.fields
    ]
    functional = any(
        not plain_identifier(f.wire_name) or f.wire_name in _TYPEDDICT_UNSAFE for f in model.fields
    )
    return TypedDictView(model.name, model.description or model.name, keys, functional)


def _union_view(union: ir.UnionDef, types: PythonTypes) -> UnionView:
    role: Usage = FIELD if union.role == RESPONSE else PARAM
    alias = " | ".join(dict.fromkeys(types.annotation(v, role) for v in union.variants))
    view = UnionView(union.name, alias, "", union.description or f"One of {alias}.", [])
    if union.role != RESPONSE:
        return view
    view.parser = union.parser
    view.variants = [(types.fits(v), types.converter(v) or "None") for v in union.variants]
    if union.discriminator is not None:
        view.tag = union.discriminator.property
        view.mapping = [
            (value, types.converter(v) or "None") for value, v in union.discriminator.mapping
        ]
    return view


def _field_doc(f: ir.Field) -> str:
    parts = [f.description] if f.description else []
    facts = f.type.facts
    if facts.default is not ir.NO_DEFAULT:
        parts.append(f"Defaults to {default_text(facts.default)}.")
    names = enum_names(f.type)
    if names:
        parts.append(names)
    if f.deprecated:
        parts.append("Deprecated.")
    return " ".join(parts)


# TypedDict keys that cannot be class attributes next to the annotations
# that name them: they take the functional form.
_TYPEDDICT_UNSAFE = frozenset({"str", "int", "float", "bool", "bytes", "datetime", "uuid"})
