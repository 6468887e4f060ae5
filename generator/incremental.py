"""What a run takes from the last one, so that it does only what changed:
the key of a spec set already validated, the key of each resource's files
(a resource whose key the last run recorded is not rendered again), the
previous run's API surface (kept in the output as ``API_RECORD``, with those
records, or else built from the previous spec) to tell what changed in the
client's API, and the changelog entry for it.

The pure stages (load, compose, validate, build, name, render, format) are in
``pipeline``; nothing here changes what they make, only whether they run
and what the summary says.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from . import apidiff, ir
from .apidiff import Change, Input, Method, ModelSurface, Surface
from .config import Target
from .errors import Problem, SpecError
from .fingerprint import code_key, installed_version, spec_set_key
from .format import digest
from .load import Document, load
from .testplan import Planner
from .typemodel import Term, spell

COMPOSED_SPEC = "openapi.json"
# The client's API as the last run made it: what the next run compares its own
# with, after a fresh clone too (it is committed with the output).
API_RECORD = ".generator-api.json"
CHANGELOG = "CHANGELOG.md"
CHANGELOG_TITLE = "# Changelog\n\n"
CHANGELOG_INTRO = (
    "What each regeneration changed in the client's Python API, newest first\n"
    "(`python -m generator diff`), with the version bump it calls for.\n\n"
)


def validation_key(target: Target) -> str:
    """Names this spec set under these validation rules: a composed document
    that passed once need not be checked again. The files and the generator's
    code (composing and validating) decide the document, so they name it."""
    spec_set = spec_set_key(target)
    validator = installed_version("openapi-spec-validator")
    return digest(spec_set + code_key() + validator) if spec_set else ""


def resource_keys(api: ir.Api, target: Target, planner: Planner) -> tuple[str, list[str]]:
    """The key of the models module, and of each resource's files: a digest
    of all they are made from. The models module is made from the
    generator, its settings and the API but its resources; a resource's
    module and test module (and what building its tests finds) from those,
    the resource, and what live mode reads of the other resources for its
    tests: each operation's plan, and the operations it makes objects with.
    Equal keys, equal files: a resource whose key is unchanged is not
    rendered again."""
    shared = hashlib.sha256(code_key().encode("ascii") + _settings(target))
    shared.update(pickle.dumps(replace(api, resources=()), protocol=pickle.HIGHEST_PROTOCOL))
    keys = []
    for resource in api.resources:
        plans = [planner.plan(op) for op in resource.operations]
        steps = [step for plan in plans for step in plan.get("make", [])]
        makers = [planner.operation(step["resource"], step["method"]) for step in steps]
        reads = (resource, plans, makers, [planner.references(op) for op in makers])
        key = shared.copy()
        key.update(pickle.dumps(reads, protocol=pickle.HIGHEST_PROTOCOL))
        keys.append(key.hexdigest())
    return shared.hexdigest(), keys


class PreviousSurface:
    """The API surface of the composed spec the last run left in ``out``, to
    compare the new one with: read from the record that run left beside it
    (``API_RECORD``), or, where there is none for this spec and generator,
    built from that spec (``surface_of``: the pipeline's pure stages). Made
    where the record is read; ``changes`` is asked in a forked process
    (``pipeline``), which reads or builds the old surface there."""

    def __init__(
        self, out: Path, target: Target, surface_of: Callable[[Document], Surface]
    ) -> None:
        self.path = out / COMPOSED_SPEC
        self.target = target
        self.surface_of = surface_of
        self.data: Any = None  # the record, as read
        # What rendering each resource's files found last time, by key.
        self.rendered: dict[str, Any] = {}
        try:
            self.text: bytes | None = self.path.read_bytes()
        except OSError:
            self.text = None  # a fresh output: nothing to compare with
            return
        try:
            self.data = json.loads((out / API_RECORD).read_bytes())
        except (OSError, ValueError, RecursionError):  # not a record: as if there were none
            return
        if isinstance(self.data, dict) and isinstance(self.data.get("rendered"), dict):
            self.rendered = self.data["rendered"]

    def changes(self, new: Surface, composed: bytes) -> tuple[list[Change], list[Problem]]:
        """What ``new`` (the surface of ``composed``) changes in the client's
        API, and a warning when the last run's spec no longer builds."""
        if self.text is None or self.text == composed:
            return [], []
        old = read_record(self.data, surface_key(self.target, self.text))
        if old is None:
            try:
                old = self.surface_of(load(self.path))
            except SpecError:
                warning = "not compared with the new spec: it no longer builds"
                return [], [Problem(str(self.path), warning)]
        return apidiff.compare(old, new), []


def surface_key(target: Target, composed: bytes) -> str:
    """Names the surface of ``composed`` as this generator, with these
    settings, makes it: a record made another way is not used."""
    return digest(code_key().encode("ascii") + _settings(target) + digest(composed).encode("ascii"))


def _settings(target: Target) -> bytes:
    """Every setting of ``target`` but where its files are: what else it
    says (selected operations, client settings, names) shapes the client."""
    where = replace(target, spec=Path(), overlays=(), fragments=(), out=Path())
    return repr(where).encode("utf-8")


# -- the record: the surface as JSON, one method, model or type a line -------------------------
#
# A type is listed once under "types", by a digest of it, and named by that
# digest where it is used: a list of terms, each a plain name ("str", "Pet")
# as a string, else [name, args, values, more]. An argument or field is
# [name, wire, where, required, type, description, position], a method
# [endpoint, arguments, type returned, paginated, deprecated, doc], a model
# [name, request, fields, doc], a union [name, members as a type].
# Documentation is kept as its digest (``apidiff.text_key``). Beside the
# surface, "rendered" keeps what rendering each resource's files found, by
# the key of what they are made from (``resource_keys``).


def surface_entries(surface: Surface) -> dict[str, str]:
    """The surface's sections of the record, as JSON text."""
    types: dict[tuple[Term, ...], str] = {}  # each type's digest
    written: dict[str, str] = {}  # digest: the type as JSON

    def type_of(terms: tuple[Term, ...]) -> str:
        found = types.get(terms)
        if found is None:
            text = _line([_term(term) for term in terms])
            found = types[terms] = digest(text.encode("utf-8"))[:16]
            written[found] = text
        return found

    def item(i: Input) -> list[Any]:
        return [i.name, i.wire, i.where, i.required, type_of(i.terms), i.description, i.position]

    def method(m: Method) -> list[Any]:
        arguments = {name: item(i) for name, i in m.arguments.items()}
        return [m.endpoint, arguments, type_of(m.terms), m.paginated, m.deprecated, m.doc]

    resources = {
        resource: _block({name: _line(method(m)) for name, m in methods.items()}, "  ")
        for resource, methods in surface.resources.items()
    }
    models = {
        key: _line([m.name, m.request, {name: item(i) for name, i in m.fields.items()}, m.doc])
        for key, m in surface.models.items()
    }
    unions = {
        key: _line([name, type_of(_in_order(members))])
        for key, (name, members) in surface.unions.items()
    }
    return {
        "resources": _block(resources, " "),
        "models": _block(models, " "),
        "unions": _block(unions, " "),
        "types": _block(dict(sorted(written.items())), " "),
    }


def record_start(key: str, surface: Surface) -> bytes:
    """The record of ``surface``, the surface of the spec ``key`` names, as
    far as what rendering found (``record_end`` adds it). Bytes: a text
    holding one character past the BMP takes four bytes a character."""
    entries = {"key": _line(key), **surface_entries(surface)}
    return ("{\n" + _members(entries, "") + ',\n "rendered": ').encode("utf-8")


def record_end(start: bytes, rendered: dict[str, Any]) -> bytes:
    """The whole record: ``start``, and what rendering found (``rendered``),
    one resource a line."""
    found = _block({name: _line(entry) for name, entry in rendered.items()}, " ")
    return start + found.encode("utf-8") + b"\n}\n"


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _block(entries: dict[str, str], indent: str) -> str:
    """A JSON object of values already written, one a line."""
    if not entries:
        return "{}"
    return "{\n" + _members(entries, indent) + "\n" + indent + "}"


def _members(entries: dict[str, str], indent: str) -> str:
    """The members of such an object, without its braces."""
    return ",\n".join(f"{indent} {_line(name)}: {value}" for name, value in entries.items())


def read_record(data: Any, key: str) -> Surface | None:
    """The surface a record (``data``, as read) keeps, if it is the one
    ``key`` names (None for a missing record, another spec's or generator's,
    or one that does not read)."""
    try:
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        types = {
            name: tuple(_read_term(term) for term in terms) for name, terms in data["types"].items()
        }
        spelt = {name: (apidiff.members(terms), spell(terms)) for name, terms in types.items()}

        def item(entry: list[Any]) -> Input:
            name, wire, where, required, type_name, description, position = entry
            members, annotation = spelt[type_name]
            return Input(
                str(name), str(wire), str(where), bool(required), members, annotation,
                str(description), None if position is None else int(position), types[type_name],
            )  # fmt: skip

        def method(target: str, entry: list[Any]) -> Method:
            endpoint, arguments, type_name, paginated, deprecated, doc = entry
            members, returns = spelt[type_name]
            inputs = {name: item(i) for name, i in arguments.items()}
            return Method(
                target, str(endpoint), inputs, returns, members, bool(paginated),
                bool(deprecated), str(doc), types[type_name],
            )  # fmt: skip

        def model(entry: list[Any]) -> ModelSurface:
            name, request, fields, doc = entry
            inputs = {field: item(i) for field, i in fields.items()}
            return ModelSurface(str(name), bool(request), inputs, str(doc))

        return Surface(
            {
                resource: {name: method(f"{resource}.{name}", m) for name, m in methods.items()}
                for resource, methods in data["resources"].items()
            },
            {key: model(entry) for key, entry in data["models"].items()},
            {key: (str(name), spelt[t][0]) for key, (name, t) in data["unions"].items()},
        )
    except Exception:  # missing, or not a record: the surface is built again, which is always right
        return None


def _term(term: Term) -> Any:
    if not term.args and term.values is None and not term.more:
        return term.name
    args = [[_term(t) for t in arg] for arg in term.args]
    return [term.name, args, None if term.values is None else list(term.values), term.more]


def _in_order(members: frozenset[Term]) -> tuple[Term, ...]:
    """A union's members in a stable order (a set's changes with the run)."""
    return tuple(sorted(members, key=lambda term: json.dumps(_term(term), ensure_ascii=False)))


def _read_term(data: Any) -> Term:
    if isinstance(data, str):
        return Term(data)
    name, args, values, more = data
    return Term(
        str(name),
        tuple(tuple(_read_term(t) for t in arg) for arg in args),
        None if values is None else tuple(str(v) for v in values),
        bool(more),
    )


def changelog(out: Path, target: Target, changes: list[Change]) -> str | None:
    """CHANGELOG.md in ``out`` with an entry for ``changes`` on top, or as it
    is when there are none (None when there is no changelog yet)."""
    try:
        text = (out / CHANGELOG).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if not changes:
        return text or None
    if not text.startswith(CHANGELOG_TITLE):
        text = CHANGELOG_TITLE + CHANGELOG_INTRO + text
    head, rest = (
        text[: len(CHANGELOG_TITLE + CHANGELOG_INTRO)],
        text[len(CHANGELOG_TITLE + CHANGELOG_INTRO) :],
    )
    entry = apidiff.changelog_entry(changes, target.version, _today())
    return head + entry + ("\n" + rest if rest else "")


def _today() -> str:
    """Today's date, or the one SOURCE_DATE_EPOCH fixes (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()
