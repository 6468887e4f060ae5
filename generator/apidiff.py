"""What changed in the client's Python API between two specs, and what of it
breaks existing callers.

Both specs go through load, compose and build; what is compared is the
surface a user's code touches, taken from the IR (no rendering, no black):
resources and methods (``plugins.fetch``), their arguments
(``plugins.create(unique_name=)``), what methods return, and the fields of
the models (``FlexFlow.friendly_name``). Types are compared as the sets of
their annotation's members, an enum's values each a member of its own, so
"narrowed" and "widened" mean what a type checker would say.

Judgement calls (README, "What changed"): a new enum value or a new union
member in an answer is not breaking (the client reads unknown values without
failing); an answer type that narrows (a field no longer None) is not
breaking; a moved or re-spelled wire name, a new URL or HTTP method behind
the same Python method, and a new default are not breaking (callers' code
is unchanged), but are listed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from . import ir
from .config import Target
from .load import Document
from .signatures import argument_terms, fixed_value, method_result, optional, returns
from .typemodel import FIELD, PARAM, REQUEST, Imports, PythonTypes, Term, spell

MAJOR, MINOR, PATCH = "major", "minor", "patch"


class Change(Struct, frozen=True):
    kind: str
    target: str  # in Python terms: plugins.fetch, plugins.create(unique_name=), FlexFlow.sid
    breaking: bool
    message: str
    wire: str = ""  # the name on the wire, where it differs from the Python one
    level: str = MINOR  # the version bump it calls for on its own

    def as_json(self) -> dict[str, Any]:
        found = {
            "kind": self.kind,
            "target": self.target,
            "breaking": self.breaking,
            "level": self.level,
            "message": self.message,
        }
        if self.wire:
            found["wire"] = self.wire
        return found


# -- the surface -----------------------------------------------------------------------------


class Input(Struct, frozen=True):
    """An argument, a key of a dict callers build, or a field of an answer."""

    name: str
    wire: str
    where: str  # path, query, header, cookie, body; "key" or "field" in a model
    required: bool
    members: frozenset[Term]  # the annotation's members, each enum value on its own
    annotation: str
    description: str  # a digest of it (``text_key``): only compared, never shown
    position: int | None = None  # path arguments are positional
    # The annotation's terms as spelled (members and annotation come from them).
    terms: tuple[Term, ...] = ()


class Method(Struct, frozen=True):
    target: str  # resource.method
    endpoint: str  # METHOD /path
    arguments: dict[str, Input]
    returns: str
    members: frozenset[Term]
    paginated: bool
    deprecated: bool
    doc: str  # a digest of its summary and description (``text_key``)
    terms: tuple[Term, ...] = ()  # of what it returns: members and returns come from them


class ModelSurface(Struct, frozen=True):
    name: str
    request: bool  # a TypedDict callers build, not a dataclass they read
    fields: dict[str, Input]
    doc: str  # a digest of its description (``text_key``)


class Surface(Struct):
    resources: dict[str, dict[str, Method]] = field(default_factory=dict)
    models: dict[str, ModelSurface] = field(default_factory=dict)  # by schema key
    unions: dict[str, tuple[str, frozenset[Term]]] = field(
        default_factory=dict
    )  # key: (name, members)


def reading_target(target: Target, doc: Document) -> Target:
    """``target`` for reading ``doc`` when its settings are not known: the
    client settings its values default to (``x-client-default``) declared."""
    if target.settings:
        return target
    names = sorted(_client_defaults(doc.data))
    return replace(target, settings=tuple(ir.Setting(name) for name in names))


def text_key(text: str) -> str:
    """Stands for a documentation text, which the surface only compares:
    short, so that a surface kept on disk stays small."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] if text else ""


def surface_of(api: ir.Api) -> Surface:
    types = PythonTypes(api.models, api.unions, Imports(), local_models=True)
    found = Surface()
    made: dict[tuple[Term, ...], frozenset[Term]] = {}

    def members_of(terms: tuple[Term, ...]) -> frozenset[Term]:
        """Each type's members once: a spec repeats its types (a long enum
        in every method taking it)."""
        if terms not in made:
            made[terms] = members(terms)
        return made[terms]

    for resource in api.resources:
        methods: dict[str, Method] = {}
        for op in resource.operations:
            arguments: dict[str, Input] = {}
            path = [p for p in op.parameters if p.location == "path"]
            for p in op.parameters:
                terms = argument_terms(op, p, types)
                arguments[p.name] = Input(
                    name=p.name,
                    wire=p.wire_name,
                    where=p.location,
                    required=p.required and fixed_value(p) is ir.NO_DEFAULT,
                    members=members_of(terms),
                    annotation=spell(terms),
                    description=text_key(p.description),
                    position=path.index(p) if p.location == "path" else None,
                    terms=terms,
                )
            result = returns(op, method_result(api, op, types)[0])[0]
            methods[op.name] = Method(
                target=f"{resource.name}.{op.name}",
                endpoint=f"{op.method} {op.path}",
                arguments=arguments,
                returns=spell(result),
                members=members_of(result),
                paginated=op.pagination is not None,
                deprecated=op.deprecated,
                doc=text_key(f"{op.summary}\n{op.description}".strip()),
                terms=result,
            )
        found.resources[resource.name] = methods
    for key, model in api.models.items():
        request = model.role == REQUEST
        fields = {}
        for f in model.fields:
            terms = types.terms(f.type, PARAM if request else FIELD)
            if not request and not f.required:
                terms = optional(terms)  # what reading an absent field gives
            where = "key" if request else "field"
            fields[f.name] = Input(
                f.name,
                f.wire_name,
                where,
                f.required,
                members_of(terms),
                spell(terms),
                text_key(f.description),
                terms=terms,
            )
        found.models[key] = ModelSurface(model.name, request, fields, text_key(model.description))
    for key, union in api.unions.items():
        variants = tuple(term for v in union.variants for term in types.terms(v, FIELD))
        found.unions[key] = (union.name, members_of(variants))
    return found


def _client_defaults(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = item.get("x-client-default")
            if isinstance(name, str):
                found.add(name)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def members(terms: tuple[Term, ...]) -> frozenset[Term]:
    """The members of an annotation, each enum value on its own:
    ``Literal["a", "b"] | None`` -> {Literal["a"], Literal["b"], None}."""
    found: set[Term] = set()
    for term in terms:
        if term.values is not None:
            found.update(Term(term.name, term.args, (value,), term.more) for value in term.values)
        else:
            found.add(term)
    return frozenset(found)


def _literals(items: frozenset[Term]) -> bool:
    return bool(items) and all(item.values is not None for item in items)


def covers(wide: frozenset[Term], narrow: frozenset[Term]) -> bool:
    """Whether every value of the ``narrow`` type is one of the ``wide`` type:
    each member of one is a member of the other, or the same container of
    members that cover (``Sequence[str | int]`` covers ``Sequence[str]``)."""
    missing = narrow - wide
    if not missing:
        return True
    # Only containers can cover what they do not hold as such.
    containers = [w for w in wide if w.args]
    return all(any(_member_covers(w, n) for w in containers) for n in missing)


def _member_covers(wide: Term, narrow: Term) -> bool:
    if wide == narrow:
        return True
    if wide.name != narrow.name or wide.more != narrow.more:
        return False
    return len(wide.args) == len(narrow.args) and all(
        covers(members(w), members(n)) for w, n in zip(wide.args, narrow.args)
    )


def _shown(items: frozenset[Term]) -> str:
    return ", ".join(sorted(item.values[0] if item.values else item.text for item in items))


# -- comparing -------------------------------------------------------------------------------


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first."""
    changes: list[Change] = []
    renamed = _renamed_resources(old, new)
    for name, methods in old.resources.items():
        if name in new.resources:
            changes += _compare_methods(methods, new.resources[name])
        elif name in renamed:
            target = renamed[name]
            changes.append(
                Change("resource-renamed", name, True, f"`{name}` is now `{target}`", level=MAJOR)
            )
            changes += _compare_methods(methods, new.resources[target])
        else:
            changes.append(
                Change(
                    "resource-removed",
                    name,
                    True,
                    f"`{name}` removed, with its {len(methods)} method(s)",
                    level=MAJOR,
                )
            )
    for name, methods in new.resources.items():
        if name not in old.resources and name not in renamed.values():
            listed = ", ".join(sorted(methods))
            changes.append(Change("resource-added", name, False, f"`{name}` added: {listed}"))
    changes += _compare_models(old, new)
    changes += _compare_unions(old, new)
    order = {MAJOR: 0, MINOR: 1, PATCH: 2}
    return sorted(changes, key=lambda c: (not c.breaking, order[c.level]))


def _renamed_resources(old: Surface, new: Surface) -> dict[str, str]:
    """Resources gone from ``old`` whose endpoints all moved to one resource
    new in ``new`` (a renamed tag)."""
    found: dict[str, str] = {}
    gone = [name for name in old.resources if name not in new.resources]
    fresh = {name: m for name, m in new.resources.items() if name not in old.resources}
    for name in gone:
        endpoints = {m.endpoint for m in old.resources[name].values()}
        for candidate, methods in fresh.items():
            if endpoints and endpoints <= {m.endpoint for m in methods.values()}:
                found[name] = candidate
                break
    return found


def _compare_methods(old: dict[str, Method], new: dict[str, Method]) -> list[Change]:
    changes: list[Change] = []
    gone = {name: m for name, m in old.items() if name not in new}
    added = {name: m for name, m in new.items() if name not in old}
    for name, method in gone.items():
        twin = next((m for m in added.values() if m.endpoint == method.endpoint), None)
        if twin is not None:
            twin_name = twin.target.rsplit(".", 1)[1]
            del added[twin_name]
            changes.append(
                Change(
                    "method-renamed",
                    method.target,
                    True,
                    f"`{method.target}` is now `{twin.target}` ({method.endpoint})",
                    level=MAJOR,
                )
            )
            changes += _compare_method(method, twin)
        else:
            changes.append(
                Change(
                    "method-removed",
                    method.target,
                    True,
                    f"`{method.target}` removed ({method.endpoint})",
                    level=MAJOR,
                )
            )
    for method in added.values():
        changes.append(
            Change(
                "method-added", method.target, False, f"`{method.target}` added ({method.endpoint})"
            )
        )
    for name, method in old.items():
        if name in new:
            changes += _compare_method(method, new[name])
    return changes


def _compare_method(old: Method, new: Method) -> list[Change]:
    at = new.target
    changes: list[Change] = []
    if old.paginated != new.paginated:
        kind = "pagination-added" if new.paginated else "pagination-removed"
        changes.append(
            Change(
                kind, at, True, f"`{at}` now returns {new.returns}, was {old.returns}", level=MAJOR
            )
        )
    elif old.members != new.members and not (
        covers(new.members, old.members) and covers(old.members, new.members)
    ):
        # What a caller reads: a narrower type is safe, any other change is not.
        narrowed = covers(old.members, new.members)
        changes.append(
            Change(
                "return-type-narrowed" if narrowed else "return-type-changed",
                at,
                not narrowed,
                f"`{at}` now returns {new.returns}, was {old.returns}",
                level=MINOR if narrowed else MAJOR,
            )
        )
    if old.endpoint != new.endpoint:
        changes.append(
            Change(
                "endpoint-changed",
                at,
                False,
                f"`{at}` now calls {new.endpoint}, was {old.endpoint}",
                level=PATCH,
            )
        )
    if new.deprecated and not old.deprecated:
        changes.append(Change("method-deprecated", at, False, f"`{at}` is deprecated"))
    if old.doc != new.doc:
        changes.append(
            Change("documentation", at, False, f"`{at}`: its documentation changed", level=PATCH)
        )
    changes += _compare_inputs(at, old.arguments, new.arguments, "argument")
    old_order = [
        a.name for a in sorted(old.arguments.values(), key=_position) if a.position is not None
    ]
    new_order = [
        a.name for a in sorted(new.arguments.values(), key=_position) if a.position is not None
    ]
    if old_order != new_order and set(old_order) == set(new_order):
        changes.append(
            Change(
                "argument-order-changed",
                at,
                True,
                f"`{at}` takes its positional arguments as ({', '.join(new_order)}),"
                f" was ({', '.join(old_order)})",
                level=MAJOR,
            )
        )
    return changes


def _position(argument: Input) -> int:
    return -1 if argument.position is None else argument.position


def _input_target(owner: str, name: str, what: str) -> str:
    return f"{owner}({name}=)" if what == "argument" else f"{owner}.{name}"


def _compare_inputs(
    owner: str, old: dict[str, Input], new: dict[str, Input], what: str
) -> list[Change]:
    """What a caller sends: arguments of a method, or keys of a request TypedDict."""
    changes: list[Change] = []
    gone = {n: i for n, i in old.items() if n not in new}
    added = {n: i for n, i in new.items() if n not in old}
    for name, item in gone.items():
        at = _input_target(owner, name, what)
        twin = next(
            (i for i in added.values() if (i.wire, i.where) == (item.wire, item.where)), None
        )
        if twin is not None:
            del added[twin.name]
            changes.append(
                Change(
                    f"{what}-renamed",
                    at,
                    True,
                    f"`{at}` is now `{_input_target(owner, twin.name, what)}`",
                    wire=item.wire if item.wire != name else "",
                    level=MAJOR,
                )
            )
            changes += _compare_input(owner, item, twin, what)
            continue
        changes.append(
            Change(f"{what}-removed", at, True, f"`{at}` removed", wire=_wire(item), level=MAJOR)
        )
    for name, item in added.items():
        at = _input_target(owner, name, what)
        if item.required:
            changes.append(
                Change(
                    f"{what}-added-required",
                    at,
                    True,
                    f"`{at}` added, and required: {item.annotation}",
                    wire=_wire(item),
                    level=MAJOR,
                )
            )
        else:
            changes.append(
                Change(
                    f"{what}-added",
                    at,
                    False,
                    f"`{at}` added (optional): {item.annotation}",
                    wire=_wire(item),
                )
            )
    for name, item in old.items():
        if name in new:
            changes += _compare_input(owner, item, new[name], what)
    return changes


def _wire(item: Input) -> str:
    return item.wire if item.wire != item.name else ""


def _compare_input(owner: str, old: Input, new: Input, what: str) -> list[Change]:
    at = _input_target(owner, new.name, what)
    wire = _wire(new)
    changes: list[Change] = []
    if new.required and not old.required:
        changes.append(
            Change(f"{what}-made-required", at, True, f"`{at}` is now required", wire, MAJOR)
        )
    elif old.required and not new.required:
        changes.append(Change(f"{what}-made-optional", at, False, f"`{at}` is now optional", wire))
    removed, added = old.members - new.members, new.members - old.members
    wider = covers(new.members, old.members) if removed or added else True
    narrower = covers(old.members, new.members) if removed or added else True
    if not (wider and narrower):
        if wider:
            enum = _literals(added)
            kind, breaking = (f"{what}-enum-value-added" if enum else f"{what}-type-widened"), False
            message = f"`{at}` also accepts {_shown(added)}" if enum else ""
        else:
            enum = _literals(removed) and not added
            kind = f"{what}-enum-value-removed" if enum else f"{what}-type-narrowed"
            if not narrower and not enum:
                kind = f"{what}-type-changed"
            breaking = True
            message = f"`{at}` no longer accepts {_shown(removed)}" if enum else ""
        message = message or f"`{at}` now takes {new.annotation}, was {old.annotation}"
        changes.append(Change(kind, at, breaking, message, wire, MAJOR if breaking else MINOR))
    if (old.wire, old.where) != (new.wire, new.where):
        changes.append(
            Change(
                f"{what}-wire-changed",
                at,
                False,
                f"`{at}` is sent as {new.where} {new.wire!r}, was {old.where} {old.wire!r}",
                wire,
                PATCH,
            )
        )
    if old.description != new.description:
        changes.append(
            Change("documentation", at, False, f"`{at}`: its documentation changed", wire, PATCH)
        )
    return changes


def _compare_models(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    for key, model in old.models.items():
        if key not in new.models:
            changes.append(
                Change("model-removed", model.name, True, f"`{model.name}` removed", level=MAJOR)
            )
            continue
        now = new.models[key]
        if now.name != model.name:
            changes.append(
                Change(
                    "model-renamed",
                    model.name,
                    True,
                    f"`{model.name}` is now `{now.name}`",
                    level=MAJOR,
                )
            )
        if model.doc != now.doc:
            changes.append(
                Change(
                    "documentation",
                    now.name,
                    False,
                    f"`{now.name}`: its documentation changed",
                    level=PATCH,
                )
            )
        if model.request:
            changes += _compare_inputs(now.name, model.fields, now.fields, "key")
        else:
            changes += _compare_fields(now.name, model.fields, now.fields)
    for key, model in new.models.items():
        if key not in old.models:
            kind = "a dict callers build" if model.request else "an answer model"
            changes.append(
                Change("model-added", model.name, False, f"`{model.name}` added ({kind})")
            )
    return changes


def _compare_fields(owner: str, old: dict[str, Input], new: dict[str, Input]) -> list[Change]:
    """Fields of an answer: what a caller reads."""
    changes: list[Change] = []
    by_wire = {f.wire: f for name, f in new.items() if name not in old}
    for name, item in old.items():
        at = f"{owner}.{name}"
        wire = item.wire if item.wire != name else ""
        if name not in new:
            twin = by_wire.get(item.wire)
            if twin is not None:
                changes.append(
                    Change(
                        "field-renamed",
                        at,
                        True,
                        f"`{at}` is now `{owner}.{twin.name}`",
                        wire,
                        MAJOR,
                    )
                )
            else:
                changes.append(Change("field-removed", at, True, f"`{at}` removed", wire, MAJOR))
            continue
        now = new[name]
        changes += _answer_type(
            at, item.members, now.members, item.annotation, now.annotation, wire
        )
        if item.description != now.description:
            changes.append(
                Change(
                    "documentation", at, False, f"`{at}`: its documentation changed", wire, PATCH
                )
            )
    renamed_to = {
        by_wire[f.wire].name for n, f in old.items() if n not in new and f.wire in by_wire
    }
    for name, item in new.items():
        if name not in old and name not in renamed_to:
            at = f"{owner}.{name}"
            wire = item.wire if item.wire != name else ""
            changes.append(
                Change("field-added", at, False, f"`{at}` added: {item.annotation}", wire)
            )
    return changes


def _answer_type(
    at: str, old: frozenset[Term], new: frozenset[Term], was: str, now: str, wire: str
) -> list[Change]:
    """A type a caller reads (an answer's field): narrower is safe, a new
    enum value is one the client reads anyway, anything else breaks."""
    removed, added = old - new, new - old
    if not (removed or added) or (covers(new, old) and covers(old, new)):
        return []
    if covers(old, new):
        return [Change("field-type-narrowed", at, False, f"`{at}` is now {now}, was {was}", wire)]
    if _literals(added) and not removed:
        return [
            Change(
                "answer-enum-value-added", at, False, f"`{at}` may also be {_shown(added)}", wire
            )
        ]
    return [Change("field-type-changed", at, True, f"`{at}` is now {now}, was {was}", wire, MAJOR)]


def _compare_unions(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    for key, (name, variants) in old.unions.items():
        if key not in new.unions:
            changes.append(Change("union-removed", name, True, f"`{name}` removed", level=MAJOR))
            continue
        now_name, now_variants = new.unions[key]
        if now_name != name:
            changes.append(
                Change("union-renamed", name, True, f"`{name}` is now `{now_name}`", level=MAJOR)
            )
        request = key.startswith(REQUEST + ":")
        removed, added = variants - now_variants, now_variants - variants
        # Callers send a request union: fewer members breaks them. They read
        # an answer union: a new member is one the client parses anyway.
        if removed or added:
            breaking = bool(removed) if request else bool(removed and added)
            changes.append(
                Change(
                    "union-changed",
                    now_name,
                    breaking,
                    f"`{now_name}` is now {_shown(now_variants)}, was {_shown(variants)}",
                    level=MAJOR if breaking else MINOR,
                )
            )
    for key, (name, _) in new.unions.items():
        if key not in old.unions:
            changes.append(Change("union-added", name, False, f"`{name}` added"))
    return changes


# -- reporting -------------------------------------------------------------------------------


def bump(changes: list[Change]) -> str | None:
    """The semantic-version bump the changes call for, None for none."""
    if not changes:
        return None
    if any(c.breaking for c in changes):
        return MAJOR
    if any(c.level == MINOR for c in changes):
        return MINOR
    return PATCH


def next_version(version: str, level: str | None) -> str:
    parts = version.split(".")
    if level is None or len(parts) != 3 or not all(p.isdigit() for p in parts):
        return version
    major, minor, patch = (int(p) for p in parts)
    if level == MAJOR:
        return f"{major + 1}.0.0"
    if level == MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def as_text(changes: list[Change]) -> str:
    if not changes:
        return "no change to the client's API\n"
    lines = []
    for change in changes:
        mark = "BREAKING" if change.breaking else change.level
        wire = f" [wire: {change.wire}]" if change.wire else ""
        lines.append(f"{mark:<9} {change.kind:<28} {change.message}{wire}")
    breaking = sum(c.breaking for c in changes)
    lines.append(f"{len(changes)} change(s), {breaking} breaking; suggested bump: {bump(changes)}")
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change]) -> str:
    return json.dumps([c.as_json() for c in changes], indent=2) + "\n"


def as_markdown(changes: list[Change], heading: str = "") -> str:
    lines = [heading, ""] if heading else []
    if not changes:
        return "\n".join([*lines, "No change to the client's API.", ""])
    sections = (
        ("Breaking", [c for c in changes if c.breaking]),
        ("Added and changed", [c for c in changes if not c.breaking and c.level == MINOR]),
        ("Other", [c for c in changes if not c.breaking and c.level == PATCH and c.kind != "documentation"]),
        ("Documentation", [c for c in changes if c.kind == "documentation"]),
    )  # fmt: skip
    for title, found in sections:
        if not found:
            continue
        lines += [f"### {title}", ""]
        for change in found:
            wire = f" (wire: `{change.wire}`)" if change.wire else ""
            lines.append(f"- {change.message}{wire}")
        lines.append("")
    return "\n".join(lines)


def changelog_entry(changes: list[Change], version: str, date: str) -> str:
    level = bump(changes)
    suggested = next_version(version, level)
    heading = f"## {date}: {level} ({version} -> {suggested} suggested)"
    return as_markdown(changes, heading)
