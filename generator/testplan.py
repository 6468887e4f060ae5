"""What the generated tests do for each operation, beyond its one happy call:
its documented error answers, a walk of two pages for a list, the retry
rules, and how live mode finds (or makes, and then removes) the resources a
call needs.

Live mode reads only what the account has: a path argument of a read comes
from listing its collection first. A write works on resources of its own:
created through the collection's create call, removed afterwards by the
resource's delete or archive call. A write that cannot be undone (no delete
or archive), or that changes a resource without identity (a singleton such
as a configuration), changes the account itself and needs the stronger
opt-in; a singleton write then sends back what it read.
"""

from __future__ import annotations

import re
from typing import Any

from msgspec import Struct

from . import ir

# What a test does to a live account.
READ, WRITE, ACCOUNT = "read", "write", "account"
# The error class a status raises (the runtime's _exceptions).
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
_PARAM = re.compile(r"\{([^{}]+)\}")


def error_class(status: int) -> str:
    if status >= 500:
        return "InternalServerError"
    return ERROR_CLASSES.get(status, "ApiStatusError")


def error_statuses(op: ir.Operation) -> list[tuple[int, ir.Response | None]]:
    """The error answers to test: each documented status; ``default`` (or
    ``4XX``) as 404 for a read, 400 for a write. An operation that documents
    none is tested with one of those all the same (None: no documented body)."""
    usual = 404 if op.method == "GET" else 400
    if not op.errors:
        return [(usual, None)]
    found: list[tuple[int, ir.Response | None]] = []
    for response in op.errors:
        if response.status.isdigit():
            status = int(response.status)
        elif response.status.upper() == "5XX":
            status = 500
        else:
            status = usual
        if status not in [s for s, _ in found]:
            found.append((status, response))
    return found


class Step(Struct, frozen=True):
    """One call live mode makes before or after the tested one."""

    resource: str  # the client attribute
    method: str
    args: tuple[int, ...]  # indexes of the path values found so far, as positional arguments
    field: str = ""  # the field of the answer (or its items) holding the value wanted


class Planner:
    """Works out, from the IR, what live mode needs for each operation."""

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.ops: list[tuple[ir.Resource, ir.Operation]] = [
            (r, op) for r in api.resources for op in r.operations
        ]
        self._by_name = {(r.name, op.name): op for r, op in self.ops}
        self._patterns_of: dict[int, list[str]] = {}  # by id of the type: its string patterns
        # Each operation by its method and path shape (the first one, as listed).
        self._by_shape: dict[tuple[str, str], tuple[ir.Resource, ir.Operation]] = {}
        for resource, op in self.ops:
            self._by_shape.setdefault((op.method, _shape(op.path)), (resource, op))
        # Each path parameter's resource: the path up to it (the shortest).
        self._items_by_param: dict[str, str] = {}
        self._items: set[str] = set()
        for _, op in self.ops:
            for match in _PARAM.finditer(op.path):
                item = op.path[: match.end()]
                self._items.add(item)
                known = self._items_by_param.get(match.group(1))
                if known is None or len(item) < len(known):
                    self._items_by_param[match.group(1)] = item
        self._lists_by_pattern = self._id_patterns()

    def _find(self, method: str, path: str) -> tuple[ir.Resource, ir.Operation] | None:
        return self._by_shape.get((method, _shape(path)))

    def _is_collection(self, path: str) -> bool:
        """Whether ``path`` lists or holds resources: ``path/{id}`` is one."""
        return any(self._find(m, path + "/{id}") is not None for m in ("GET", "DELETE"))

    def kind(self, op: ir.Operation) -> str:
        """read, write (undone afterwards) or account (changes the account)."""
        if op.method in ("GET", "HEAD", "OPTIONS"):
            return READ
        return WRITE if self._write_plan(op) is not None else ACCOUNT

    def plan(self, op: ir.Operation) -> dict[str, Any]:
        """What live mode does for ``op``: how each path value is found or
        made, and what removes what was made."""
        kind = self.kind(op)
        plan: dict[str, Any] = {"kind": kind}
        if kind in (READ, ACCOUNT) and _PARAM.search(op.path):
            steps = self._listing_steps(op.path)
            plan["find"] = [_step(s) for s in steps] if steps is not None else None
            made = self._making_steps(self._item_path(op.path) or "") if steps is None else None
            if kind == READ and made and all(undo is not None for _, undo in made):
                # Nothing lists it: with writes allowed, one is made (and removed).
                plan["make"] = [_step(s) for s, _ in made]
                plan["undo"] = [_step(u) for _, u in made if u is not None]
        elif kind == WRITE:
            plan.update(self._write_plan(op) or {})
            after = self._after(op)
            if after:
                plan["after"] = after
        elif not _PARAM.search(op.path):
            # A singleton (a configuration): it sends back what it read.
            read = self._find("GET", op.path)
            if read is not None and op.body is not None and _singleton(read[1]):
                plan["write_back"] = {"resource": read[0].name, "method": read[1].name}
        refs = self.references(op)
        if refs:
            plan["refs"] = refs
        return plan

    def operation(self, resource: str, method: str) -> ir.Operation:
        """The operation a step calls."""
        return self._by_name[(resource, method)]

    def references(self, op: ir.Operation) -> dict[str, list[tuple[str, list[dict[str, Any]]]]]:
        """Arguments of ``op`` that name other resources, each with the lists
        that find real ones: (pattern, steps) pairs, where the pattern says
        which strings in the argument's value are such names ("" for the
        whole value).

        An argument names a resource when it is called like that resource's
        path parameter (``FlexFlowSid``), or where its value holds strings of
        the pattern the resource's id has (a plugin version ``^FV...``, inside
        a list of objects too)."""
        found: dict[str, list[tuple[str, list[dict[str, Any]]]]] = {}
        for p in op.parameters:
            if p.location in ("path", "header", "cookie"):
                continue
            item = self._items_by_param.get(p.wire_name)
            steps = self._listing_steps(item) if item is not None else None
            if steps:
                found[p.name] = [("", [_step(s) for s in steps])]
                continue
            pairs = []
            for pattern in self._patterns(p.type):
                listed = self._lists_by_pattern.get(pattern)
                if listed is not None:
                    pairs.append((pattern, [_step(s) for s in listed]))
            if pairs:
                found[p.name] = pairs
        return found

    def _patterns(self, t: ir.Type) -> list[str]:
        """The patterns of the strings a value of type ``t`` holds, worked
        out once per type (Graph's operations share their big models)."""
        found = self._patterns_of.get(id(t))
        if found is None:
            found = self._patterns_of[id(t)] = sorted(_patterns(t, self.api.models, set()))
        return found

    def _id_patterns(self) -> dict[str, list[Step]]:
        """The pattern of each listable resource's id, with the lists that find one."""
        found: dict[str, list[Step]] = {}
        for item in sorted(self._items, key=lambda path: (len(path), path)):
            steps = self._listing_steps(item)
            if not steps:
                continue
            listing = self._find("GET", item.rpartition("/")[0])
            paging = listing[1].pagination if listing is not None else None
            t = paging.item if paging is not None else None
            if isinstance(t, ir.ModelRef) and t.key in self.api.models:
                for f in self.api.models[t.key].fields:
                    if f.wire_name == steps[-1].field and f.type.facts.pattern:
                        found.setdefault(f.type.facts.pattern, steps)
        return found

    def _write_plan(self, op: ir.Operation) -> dict[str, Any] | None:
        """How a write works on resources of its own, or None if it cannot."""
        params = _PARAM.findall(op.path)
        if op.method == "POST" and self._is_collection(op.path):
            # A create: make its parents, and remove what it creates.
            cleanup = self._cleanup_for(op.path + "/{id}")
            field = self._id_field(op, "id", listing=False)
            if cleanup is None or field is None:
                return None
            made = self._making_steps(op.path.rpartition("/")[0]) if params else []
            if made is None:
                return None
            undo_created = Step(cleanup.resource, cleanup.method, tuple(range(len(params) + 1)))
            return {
                "make": [_step(s) for s, _ in made],
                "undo": [_step(u) if u else None for _, u in made],
                "undo_created": _step(undo_created),
                "created_field": field,
            }
        item = self._item_path(op.path)
        if item is None:
            return None
        made = self._making_steps(item)
        if made is None or not made:
            return None
        undo = [_step(u) if u else None for _, u in made]
        if _removes(op, item):
            undo[-1] = None  # the tested call removes it
        if undo[-1] is None and not _removes(op, item):
            return None  # what it works on could not be removed afterwards
        return {"make": [_step(s) for s, _ in made], "undo": undo}

    def _after(self, op: ir.Operation) -> dict[str, Any]:
        """The reads that show a write took effect: what a create made can be
        fetched and is listed; after an update or archive, a fetch answers
        what the write did; after a delete, a fetch finds nothing."""
        params = len(_PARAM.findall(op.path))
        if op.method == "POST" and self._is_collection(op.path):
            item = op.path + "/{id}"
            field = self._id_field(op, "id", listing=False)
            fetch, listing = self._find("GET", item), self._find("GET", op.path)
            after: dict[str, Any] = {}
            if field is not None and fetch is not None and op.result is not None:
                after["fetch"] = _step(Step(fetch[0].name, fetch[1].name, tuple(range(params + 1))))
                after["field"] = field
                if listing is not None and listing[1].pagination is not None:
                    list_field = self._id_field(listing[1], "id", listing=True)
                    if list_field is not None:
                        after["list"] = _step(
                            Step(listing[0].name, listing[1].name, tuple(range(params)), list_field)
                        )
            return after
        target = self._item_path(op.path)
        found = self._find("GET", target) if target is not None else None
        if target is None or found is None:
            return {}
        count = len(_PARAM.findall(target))
        step = _step(Step(found[0].name, found[1].name, tuple(range(count))))
        if op.method == "DELETE" and op.path == target:
            return {"gone": step}
        # An update or archive answers the resource a fetch answers; an
        # action answering something else (a refund) is not compared.
        if isinstance(op.result, ir.ModelRef) and op.result == found[1].result:
            return {"same": step}
        return {}

    # -- paths ---------------------------------------------------------------------------

    @staticmethod
    def _item_path(path: str) -> str | None:
        """The resource a path works on: itself, or its parent for an action
        such as ``/Archive``."""
        if path.endswith("}"):
            return path
        head, _, _ = path.rpartition("/")
        return head if head.endswith("}") else None

    def _listing_steps(self, path: str) -> list[Step] | None:
        """Lists that give each path value of ``path``, outermost first."""
        steps: list[Step] = []
        for index, match in enumerate(_PARAM.finditer(path)):
            collection = path[: match.start() - 1]
            found = self._find("GET", collection)
            if found is None:
                return None
            resource, op = found
            field = self._id_field(op, match.group(1), listing=True)
            if field is None:
                return None
            steps.append(Step(resource.name, op.name, tuple(range(index)), field))
        return steps

    def _making_steps(self, item: str) -> list[tuple[Step, Step | None]] | None:
        """Creates that make each resource along ``item``, with what removes each."""
        made: list[tuple[Step, Step | None]] = []
        for index, match in enumerate(_PARAM.finditer(item)):
            head = item[: match.end()]
            create = self._create_for(head)
            if create is None:
                return None
            resource, op = create
            field = self._id_field(op, match.group(1), listing=False)
            if field is None:
                return None
            cleanup = self._cleanup_for(head)
            undo = (
                Step(cleanup.resource, cleanup.method, tuple(range(index + 1)))
                if cleanup is not None
                else None
            )
            made.append((Step(resource.name, op.name, tuple(range(index)), field), undo))
        return made

    def _create_for(self, item: str) -> tuple[ir.Resource, ir.Operation] | None:
        collection = item.rpartition("/")[0]
        found = self._find("POST", collection)
        if found is None or found[1].result is None:
            return None
        return found

    def _cleanup_for(self, item: str) -> Step | None:
        for method, path in (
            ("DELETE", item),
            ("POST", item + "/Archive"),
            ("POST", item + "/archive"),
        ):
            found = self._find(method, path)
            if found is not None:
                return Step(found[0].name, found[1].name, ())
        return None

    def _id_field(self, op: ir.Operation, param: str, listing: bool) -> str | None:
        """The field of ``op``'s answer (its items, for a list) that holds the
        value of path parameter ``param``."""
        t = op.pagination.item if listing and op.pagination else op.result
        if isinstance(t, ir.ListOf):
            t = t.item
        if not isinstance(t, ir.ModelRef) or t.key not in self.api.models:
            return None
        names = [f.wire_name for f in self.api.models[t.key].fields]
        wanted = _snake(param)
        for candidate in (wanted, "sid", "id", wanted.rpartition("_")[2]):
            if candidate in names:
                return candidate
        return None


def _patterns(t: ir.Type, models: dict[str, ir.Model], seen: set[str]) -> set[str]:
    """The patterns of the strings a value of type ``t`` holds."""
    if isinstance(t, ir.Scalar):
        return {t.facts.pattern} if t.kind == ir.STR and t.facts.pattern else set()
    if isinstance(t, (ir.Nullable, ir.JsonText)):
        return _patterns(t.inner, models, seen)
    if isinstance(t, ir.ListOf):
        return _patterns(t.item, models, seen)
    if isinstance(t, ir.ModelRef) and t.key in models and t.key not in seen:
        seen.add(t.key)
        return {p for f in models[t.key].fields for p in _patterns(f.type, models, seen)}
    return set()


def _singleton(op: ir.Operation) -> bool:
    return op.pagination is None and isinstance(op.result, ir.ModelRef)


def _removes(op: ir.Operation, item: str) -> bool:
    return op.method == "DELETE" and op.path == item or op.path.lower() == item.lower() + "/archive"


def _step(step: Step) -> dict[str, Any]:
    return {
        "resource": step.resource,
        "method": step.method,
        "args": list(step.args),
        "field": step.field,
    }


def _shape(path: str) -> str:
    return _PARAM.sub("{}", path)


def _snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
