"""Name stage: ``ir.Api`` -> the same with every name filled in; the one
place that turns spec text into Python identifiers.

Everything is reduced to ASCII letters, digits and underscores. Each kind
of name lives in a namespace that starts with the names the generated code
itself uses there (the table below); a name already taken gets a number, so
two things never share a name. Dotted wire names read naturally:
``Integration.FlowSid`` -> ``integration_flow_sid``.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections import Counter

from msgspec.structs import replace

from . import ir
from .memo import kept

# The same whatever Python runs the generator (3.11 to 3.13), so that the
# same spec gives the same client on each: Python 3.12 made ``type`` a soft
# keyword (still a valid name, left free), and 3.13 added a builtin.
_KEYWORDS = frozenset(keyword.kwlist) | {"_", "case", "match"}
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_")) | {
    "PythonFinalizationError"  # Python 3.13's
}

# -- the table of names the generated code uses -------------------------------------------

# Class-like names (PascalCase) any generated module imports or defines
# besides the models, unions and resources: from typing, and the runtime.
RESERVED_CLASSES = frozenset(
    {
        # typing
        "Any", "ClassVar", "Dict", "List", "Literal", "Mapping", "Optional", "Sequence",
        "Tuple", "TypeAlias", "TypedDict", "Required", "NotRequired", "Union", "Unpack",
        "Never", "Iterator", "AsyncIterator",
        # the runtime
        "Model", "Client", "AsyncClient", "ClientConfig", "Server", "ServerVariable",
        "Setting", "SyncAPIClient", "AsyncAPIClient", "PageRequest", "SyncPager",
        "AsyncPager", "Page", "RawResponse", "NotGiven", "RequestOptions", "Timeout",
        "ClientWithRawResponse", "AsyncClientWithRawResponse", "ClientWithStreamingResponse",
        "AsyncClientWithStreamingResponse", "Scheme", "Stream", "AsyncStream", "ServerSentEvent",
        "StreamedResponse", "AsyncStreamedResponse", "FileTypes", "RawBody", "Callable",
        "ApiError", "ApiConnectionError", "ApiTimeoutError", "ApiStatusError",
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
        "UnreadableResponseError", "Call",
    }
)  # fmt: skip
# Attributes of Client and AsyncClient: a resource may not take one.
CLIENT_ATTRIBUTES = frozenset(
    {
        "base_url", "timeout", "max_retries", "username", "close", "request",
        "with_options", "with_raw_response", "with_streaming_response", "copy",
    }
)  # fmt: skip
# Keyword arguments of Client and AsyncClient besides server variables and settings.
CLIENT_KWARGS = frozenset(
    {"self", "auth", "base_url", "timeout", "max_retries", "headers", "http_client"}
)
# What Client takes for OAuth 2 client credentials, beside token=.
OAUTH_KWARGS = ("client_id", "client_secret")
# Keyword arguments every method has or list methods add, and the names a
# method's body uses (its locals and the module's helpers): a parameter may
# not take one. The union parsers a body calls are kept free too.
PARAM_RESERVED = frozenset(
    {
        "self", "limit", "options", "timeout", "max_retries", "extra_headers",
        "extra_query", "extra_body", "expand_path", "json_body", "no_content", "styled",
        "file_field", "part_field", "request_options", "answer", "deprecated_argument",
        "isinstance",
    }
)  # fmt: skip
# Attributes of every resource class: a method may not take one.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
# Names a resource class body uses as it runs (the decorator of a deprecated
# method): a method of that name defined before would hide it.
CLASS_BODY_NAMES = frozenset({"deprecated"})
# Scalars and modules named in annotations: a model field or a method of that
# name would hide them from the annotations after it in its class.
ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "datetime", "uuid"})
# Attributes of every generated model, and the names its class body uses as
# it runs (``default_factory=dict``) or its annotations name
# (``ClassVar[tuple[str, ...]]``): a field of that name would hide them.
FIELD_RESERVED = (
    frozenset(
        {"from_dict", "to_dict", "extra_fields", "dataclasses", "classmethod", "dict", "tuple"}
    )
    | ANNOTATION_NAMES
)
# The generated test modules that are not a resource's.
TEST_MODULES = frozenset(
    {"test_retries", "test_client", "conftest", "_conformance", "_schemas", "_servers"}
)
# The four classes made for each resource.
RESOURCE_CLASSES = (
    "{}",
    "Async{}",
    "{}WithRawResponse",
    "Async{}WithRawResponse",
    "{}WithStreamingResponse",
    "Async{}WithStreamingResponse",
)


def words(text: str) -> list[str]:
    """Split any text into lower-case ASCII words, camelCase and acronyms included."""
    return list(_words(text))


@kept(longest=100, size=8192)
def _words(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return tuple(w.lower() for w in re.findall(r"[A-Za-z0-9]+", text))


def snake(text: str, fallback: str = "value") -> str:
    name = "_".join(words(text)) or fallback
    return f"{fallback}_{name}" if name[0].isdigit() else name


def pascal(text: str, fallback: str = "Model") -> str:
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    name = f"{fallback}{name}" if name[0].isdigit() else name
    return name + "_" if name in _KEYWORDS else name  # None, True, False


def _safe(
    name: str, reserved: frozenset[str] | set[str] = frozenset(), avoid_builtins: bool = False
) -> str:
    while name in _KEYWORDS or name in reserved or (avoid_builtins and name in _BUILTINS):
        name += "_"
    return name


def _unique(name: str, taken: set[str], sep: str = "_") -> str:
    candidate, n = name, 2
    stem = name.rstrip("_") or name  # "dict_" -> "dict_2", not "dict__2"
    while candidate in taken:
        candidate, n = f"{stem}{sep}{n}", n + 1
    taken.add(candidate)
    return candidate


def singular(word_list: list[str]) -> list[str]:
    if not word_list:
        return word_list
    last = word_list[-1]
    if last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return word_list[:-1] + [last]


def method_name(operation_id: str, resource_words: list[str]) -> str:
    """The operationId in snake_case with the resource's own name taken out.

    ``listFlexFlows`` in "Flex Flows" -> ``list``; ``listInteractionChannels``
    in "Interactions" -> ``list_channels``.
    """
    op_words = words(operation_id)
    for phrase in (resource_words, singular(resource_words)):
        n = len(phrase)
        if not n:
            continue
        for start in range(len(op_words) - n + 1):
            if op_words[start : start + n] == phrase:
                rest = op_words[:start] + op_words[start + n :]
                if rest:
                    return "_".join(rest)
    return "_".join(op_words) or "call"


def method_names_of(resource: ir.Resource, models: dict[str, ir.Model]) -> list[str]:
    """The method name of each operation of ``resource``, none repeated
    where the HTTP method and path tell the operations apart.

    Each operation has names in order of preference: its operationId without
    the resource's name, nor the parents its path goes through
    (``create-booking-payment`` of Payments at /bookings/{id}/payment ->
    ``create``), a collection's ``get`` being ``list``; then the operationId
    without the resource's name; then that with the words of the path that
    set it apart. Where several want one name, the one it suits best (its
    HTTP method and path say so, or the shortest path) keeps it and the
    others take their next. A number is the last resort."""
    tag_words = words(resource.tag)
    # How many operations' paths have each word: a word sets a path apart
    # unless every other path has it too (counted once, not per pair).
    path_words = [_path_words(op.path, tag_words) for op in resource.operations]
    counts = Counter(word for found in path_words for word in set(found))
    shared = {w for w, n in counts.items() if n == len(path_words)}
    choices = [
        _name_choices(op, tag_words, found, shared, resource.operations, models)
        for op, found in zip(resource.operations, path_words)
    ]
    chosen = [0] * len(choices)
    for _ in range(8):
        names = [c[min(i, len(c) - 1)] for c, i in zip(choices, chosen)]
        wanted: dict[str, list[int]] = {}
        for index, name in enumerate(names):
            wanted.setdefault(name, []).append(index)
        clashes = [indexes for indexes in wanted.values() if len(indexes) > 1]
        if not clashes:
            break
        for indexes in clashes:
            name = names[indexes[0]]
            keeper = min(
                indexes,
                key=lambda i: (
                    rest_verb(resource.operations[i], models) != name,
                    len(resource.operations[i].path),
                    i,
                ),
            )
            for index in indexes:
                if index != keeper and chosen[index] < len(choices[index]) - 1:
                    chosen[index] += 1
    return [c[min(i, len(c) - 1)] for c, i in zip(choices, chosen)]


def _name_choices(
    op: ir.Operation,
    tag_words: list[str],
    path_words: list[str],
    shared: set[str],
    siblings: tuple[ir.Operation, ...],
    models: dict[str, ir.Model],
) -> list[str]:
    plain = method_name(op.operation_id, tag_words)
    first = _without_parent(op, tag_words) or plain
    verb = rest_verb(op, models)
    if first == "get" and (verb == "list" or _has_items(op, siblings)):
        first = "list"  # a collection's GET, beside the GET of one of its items
    choices = [first, plain]
    if verb in ("get", "update", "delete"):
        choices.append(verb)  # what it does to the one item its path names
    extra = [w for w in path_words if w not in plain.split("_")]
    telling = [w for w in extra if w not in shared]
    if telling:
        choices.append("_".join([*plain.split("_"), *telling[-2:]]))
    choices.append("_".join(words(op.operation_id)) or plain)  # the whole operationId
    return list(dict.fromkeys(choices))


def _inner(t: ir.Type) -> ir.Type:
    return t.inner if isinstance(t, ir.Nullable) else t


def _has_items(op: ir.Operation, siblings: tuple[ir.Operation, ...]) -> bool:
    """Whether ``op`` is a GET of a collection whose items have a GET too
    (at ``/keys/{name}``, or ``/keys/{name}/{version}``)."""
    path = op.path.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    if op.method.lower() != "get" or path.endswith("}"):
        return False
    return any(
        s.method.lower() == "get"
        and re.match(re.escape(path) + r"/\{[^/]+\}(/\{[^/]+\})*$", s.path)
        for s in siblings
    )


def rest_verb(op: ir.Operation, models: dict[str, ir.Model]) -> str:
    """What the HTTP method and path make an operation: list, get, create,
    update or delete ("" when they say nothing plain)."""
    segments = [s for s in op.path.split("#", 1)[0].split("?", 1)[0].split("/") if s]
    item = bool(segments) and segments[-1].startswith("{")
    method = op.method.lower()
    if method == "get":
        if item:
            return "get"
        result = op.result.inner if isinstance(op.result, ir.Nullable) else op.result
        if op.pagination is not None or isinstance(result, ir.ListOf):
            return "list"
        # A page of items in an object ({"data": [...], "links": ...}).
        model = models.get(result.key) if isinstance(result, ir.ModelRef) else None
        listed = {"data", "items", "results", "records", "entries", "values"}
        listed |= {segments[-1].lower()} if segments else set()
        if model is not None and any(
            f.wire_name.lower() in listed and isinstance(_inner(f.type), ir.ListOf)
            for f in model.fields
        ):
            return "list"
        return ""
    if method == "post" and not item:
        return "create"
    if method in ("put", "patch") and item:
        return "update"
    if method == "delete" and item:
        return "delete"
    return ""


def _without_parent(op: ir.Operation, tag_words: list[str]) -> str:
    """The operationId without the resource's name and, right beside it, the
    name of the parent whose id the path takes (``create-booking-payment`` of
    Payments at /bookings/{bookingId}/payment -> ``create``); "" when the
    operationId does not read so."""
    op_words = words(op.operation_id)
    segments = [s for s in op.path.split("#", 1)[0].split("?", 1)[0].split("/") if s]
    parents = [
        words(segment)
        for segment, following in zip(segments, segments[1:])
        if not segment.startswith("{") and following.startswith("{")
    ]
    for phrase in (tag_words, singular(tag_words)):
        n = len(phrase)
        # The last place it is named: GitHub's ids begin with their tag too.
        for start in reversed(range(len(op_words) - n + 1)) if n else ():
            if op_words[start : start + n] != phrase:
                continue
            before, after = op_words[:start], op_words[start + n :]
            for parent in parents:
                for noun in (parent, singular(parent)):
                    k = len(noun)
                    if k and before[-k:] == noun and before[:-k] and not after:
                        name = method_name("_".join(before[:-k]), tag_words)
                        if name.split("_") not in (tag_words, singular(tag_words)):
                            return name
    return ""


def _path_words(path: str, tag_words: list[str]) -> list[str]:
    """The words of a path (its parameters' names too), but the resource's."""
    skip = set(tag_words) | set(singular(tag_words))
    found: list[str] = []
    for segment in path.split("#", 1)[0].split("?", 1)[0].split("/"):
        for word in words(segment.strip("{}")):
            if word not in skip and word not in found:
                found.append(word)
    return found


def apply(api: ir.Api) -> ir.Api:
    """Fill every ``name`` in the IR."""
    classes: set[str] = set(RESERVED_CLASSES)
    functions: set[str] = set()
    models = _name_models(api, classes)
    unions = _name_unions(api, classes, functions)
    resources = _name_resources(api, classes, functions)
    schemes = _name_schemes(api)
    api = replace(api, security_schemes=schemes)
    return replace(
        api,
        resources=resources,
        models=models,
        unions=unions,
        servers=_name_servers(api),
        webhooks=_name_webhooks(api),
    )


def _name_webhooks(api: ir.Api) -> tuple[ir.Webhook, ...]:
    """A webhook's parse function: ``parse_pet_adopted`` for ``petAdopted``;
    a second of one name (a callback of each of two operations) gets a number."""
    taken: set[str] = set()
    return tuple(
        replace(w, name=_unique("parse_" + snake(w.wire_name, "webhook"), taken))
        for w in api.webhooks
    )


def _name_schemes(api: ir.Api) -> tuple[ir.SecurityScheme, ...]:
    """Credentials become keyword arguments of Client: ``auth`` for HTTP basic,
    ``token`` for bearer tokens, ``api_key`` for the API's only API key, else
    one per key scheme, named after it."""
    keys = [s for s in api.security_schemes if s.kind == "apiKey"]
    taken = set(CLIENT_KWARGS - {"auth"}) | {"token"} | {s.name for s in api.settings}
    if any(s.kind == "basic" for s in api.security_schemes):
        taken.add("auth")  # a key scheme named so is another keyword
    if any(s.kind == "oauth2" for s in api.security_schemes):
        taken |= set(OAUTH_KWARGS)
    named = []
    for scheme in api.security_schemes:
        if scheme.kind == "basic":
            name = "auth"
        elif scheme.kind in ("bearer", "oauth2"):
            name = "token"
        elif len(keys) == 1:
            name = "api_key"
        else:
            name = _unique(_safe(snake(scheme.key, "api_key"), frozenset(taken)), taken)
        named.append(replace(scheme, name=name))
    return tuple(named)


def _name_models(api: ir.Api, classes: set[str]) -> dict[str, ir.Model]:
    # Answers first: they get the plain names, request TypedDicts add "Param".
    order = sorted(
        api.models.items(), key=lambda kv: (kv[1].role != "response", kv[1].base_name, kv[0])
    )
    named = {}
    for key, model in order:
        base = pascal(model.base_name) + ("Param" if model.role == "request" else "")
        name = _unique(base, classes, sep="")
        taken: set[str] = set()
        fields = tuple(
            replace(f, name=_unique(_safe(snake(f.wire_name), FIELD_RESERVED), taken))
            for f in model.fields
        )
        named[key] = replace(model, name=name, fields=fields)
    return {key: named[key] for key in api.models}


def _name_unions(api: ir.Api, classes: set[str], functions: set[str]) -> dict[str, ir.UnionDef]:
    named = {}
    for key, union in sorted(api.unions.items(), key=lambda kv: (kv[1].base_name, kv[0])):
        suffix = "Param" if key.startswith("request:") else ""
        name = _unique(pascal(union.base_name) + suffix, classes, sep="")
        parser = _unique("parse_" + snake(name), functions)
        named[key] = replace(union, name=name, parser=parser)
    return {key: named[key] for key in api.unions}


def _name_resources(api: ir.Api, classes: set[str], functions: set[str]) -> tuple[ir.Resource, ...]:
    attributes: set[str] = set()
    test_modules: set[str] = set(TEST_MODULES)
    reserved_params = PARAM_RESERVED | ANNOTATION_NAMES | frozenset(functions)
    resources = []
    for resource in api.resources:
        attr = _unique(
            _safe(_fits_a_file(snake(resource.tag, "resource")), CLIENT_ATTRIBUTES), attributes
        )
        class_name = _claim_resource_classes(pascal(resource.tag, "Resource"), classes)
        method_names: set[str] = set()
        operations = []
        for op, wanted in zip(resource.operations, method_names_of(resource, api.models)):
            name = wanted if not wanted[0].isdigit() else "call_" + wanted
            reserved = ANNOTATION_NAMES | RESOURCE_ATTRIBUTES | CLASS_BODY_NAMES
            name = _unique(_safe(name, reserved), method_names)
            # A method without pages has no limit= of its own: its parameter keeps the name.
            reserved = reserved_params if op.pagination else reserved_params - {"limit"}
            parameters = _name_parameters(op, reserved)
            operations.append(replace(op, name=name, parameters=parameters))
        resources.append(
            replace(
                resource,
                name=attr,
                class_name=class_name,
                operations=tuple(operations),
                test_module=_unique("test_" + attr, test_modules),
            )
        )
    return tuple(resources)


# A module's name is its file's: most file systems take 255 bytes, and
# test_<name>.py must fit too.
MODULE_NAME_BYTES = 100


def _fits_a_file(name: str) -> str:
    cut = name.encode("utf-8")[:MODULE_NAME_BYTES].decode("utf-8", "ignore")
    return cut.rstrip("_") or name[:1]


def unique_names(wanted: list[str]) -> list[str]:
    """``wanted`` with a number added to each name already taken before it:
    the test functions of one generated module, which may not repeat."""
    taken: set[str] = set()
    return [_unique(name, taken) for name in wanted]


def _claim_resource_classes(base: str, classes: set[str]) -> str:
    """A resource's class name such that its async and raw-response twins are free too."""
    candidate, n = base, 2
    while any(pattern.format(candidate) in classes for pattern in RESOURCE_CLASSES):
        candidate, n = f"{base}{n}", n + 1
    classes.update(pattern.format(candidate) for pattern in RESOURCE_CLASSES)
    return candidate


def _name_parameters(op: ir.Operation, reserved: frozenset[str]) -> tuple[ir.Parameter, ...]:
    taken: set[str] = set()
    named = []
    for p in op.parameters:
        name = _safe(snake(p.wire_name), reserved)
        named.append(replace(p, name=_unique(name, taken)))
    return tuple(named)


def _name_servers(api: ir.Api) -> tuple[ir.Server, ...]:
    """Server variables become keyword arguments of Client: one name per variable."""
    taken = set(CLIENT_KWARGS) | {setting.name for setting in api.settings}
    taken |= {scheme.name for scheme in api.security_schemes} | {"token", "api_key"}
    if any(s.kind == "oauth2" for s in api.security_schemes):
        taken |= set(OAUTH_KWARGS)
    names: dict[str, str] = {}
    for variable in api.server_variables:
        names[variable.wire_name] = _unique(
            _safe(snake(variable.wire_name), frozenset(taken)), taken
        )
    return tuple(
        replace(
            server,
            variables=tuple(replace(v, name=names[v.wire_name]) for v in server.variables),
        )
        for server in api.servers
    )
