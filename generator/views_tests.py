"""The generated tests' views: each operation of the IR -> a ``TestCase``
saying what its tests send and expect (samples, the exact request, the
answer, the documented errors, a walk of pages, the spec's limits), and the
conftest's data (credentials, what live mode creates, what the spec gives
way on). The builder keeps what the cases share: one sampler, one planner,
and the creates the cases need, which the conftest writes once.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from msgspec import Struct, field

from . import ir, naming, readme, refusals, samples, testplan
from .literals import pyrepr

# The account the generated tests authenticate as (_conformance.TEST_AUTH).
TEST_USERNAME = "AC00000000000000000000000000000000"


class ErrorCase(Struct):
    status: int
    error_class: str
    body: Any  # the answer's body
    parsed: str | None  # the model it is read as, when the spec documents one
    documented: bool
    body_code: str = ""  # as the module writes it: a literal, or the constant holding it


class Walk(Struct, frozen=True):
    """How a list's pages chain, for the two-page walk."""

    profile: ir.Profile
    items_key: str
    next_path: list[str]
    cursor_param: str
    page_size: tuple[str, int] | None


class TestCase(Struct):
    """What the generated tests of one operation send and expect."""

    __test__ = False  # not a pytest class

    resource: str  # the client's attribute
    method: str
    operation_id: str
    idempotency_header: str
    deprecated: bool  # the operation is: each call must warn
    arguments: list[str]  # the samples, as Python source
    readme_arguments: list[str]
    live_arguments: list[str]  # as a live account needs them
    positional: list[Any]
    keywords: dict[str, Any]
    request: dict[str, Any]  # the exact request on the wire
    response: Any
    kind: str
    content_type: str
    status: int
    pointer: str  # of the success answer's schema
    items_key: str | None
    plan: dict[str, Any]  # live mode's setup and checks (testplan)
    write_back: dict[str, str] | None
    errors: list[ErrorCase]
    refusals: list[dict[str, Any]]
    accepted: list[dict[str, Any]]
    minimal_arguments: list[str] | None
    secret_names: tuple[str, ...]
    walk: Walk | None
    response_code: str = ""  # as the module writes it: a literal, or the constant holding it
    answer_name: str = ""  # what a constant holding the answer is called
    # The test functions' names, unique in their module.
    test: str = ""
    error_tests: list[str] = field(default_factory=list)
    walk_test: str = ""
    limits_test: str = ""


class TestModule(Struct, frozen=True):
    """One test module: its cases, and the answers more than one test sends,
    each written once as a module constant."""

    __test__ = False

    tag: str
    cases: list[TestCase]
    constants: list[tuple[str, str]]  # name, Python literal


class ConftestView(Struct, frozen=True):
    package: str
    env_prefix: str
    given_way: tuple[tuple[str, str], ...]
    credentials: dict[str, Any]
    makers: dict[str, dict[str, Any]]


class TestCases:
    """Builds the test cases of one API."""

    __test__ = False

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.sampler = samples.Sampler(api)
        self.planner = testplan.Planner(api)
        # What live mode passes to each create it calls to set a test up.
        self.makers: dict[str, dict[str, Any]] = {}

    def resource_module(self, resource: ir.Resource) -> TestModule:
        """The test module of a resource's operations, its tests named."""
        cases = [self.case(resource, op) for op in resource.operations]
        _name_tests(cases)
        return TestModule(resource.tag, cases, shared_answers(cases))

    def conftest(self, package: str, env_prefix: str) -> ConftestView:
        """The conftest's data: call after every case is built (they add makers)."""
        return ConftestView(
            package,
            env_prefix,
            tuple(sorted({*self.api.given_way, *self.sampler.given_way})),
            self.credentials(),
            dict(sorted(self.makers.items())),
        )

    def credentials(self) -> dict[str, Any]:
        """The credentials the generated tests give the client, by keyword."""
        found: dict[str, Any] = {}
        for scheme in self.api.security_schemes:
            found[scheme.name] = samples.test_secret(scheme, TEST_USERNAME)
        return found

    def case(self, resource: ir.Resource, op: ir.Operation) -> TestCase:
        """What the generated tests of ``op`` send and expect."""
        # A setting the test client resolves from its credentials is left out,
        # so the test sees the client fill it in; any other is passed.
        defaults = {
            s.name: TEST_USERNAME
            for s in self.api.settings
            if s.from_username and re.fullmatch(s.from_username, TEST_USERNAME)
        }
        typed = samples.operation_args(op, self.sampler, set(defaults))
        args = samples.wire_args(op, typed)
        by_name = {p.name: p for p in op.parameters}
        positional = [args[p.name] for p in op.parameters if p.location == "path"]
        keywords = {n: v for n, v in args.items() if by_name[n].location != "path"}
        status = op.success.status if op.success is not None else "200"
        requirement = op.security if op.security is not None else self.api.security
        request = samples.expected_request(op, args, defaults)
        if op.server:
            request["server_path"] = urlsplit(op.server).path.rstrip("/")
        request["auth"] = samples.expected_auth(
            requirement, self.api.security_schemes, self.credentials()
        )
        response, kind, content_type = samples.operation_response(op, self.sampler)
        plan = self.planner.plan(op)
        self.add_makers(plan)
        errors: list[ErrorCase] = []
        for code, error in testplan.error_statuses(op):
            if error is None or error.type is None:
                # Undocumented: the usual error of a JSON API, and only the class checked.
                message = "not found" if code == 404 else "bad request"
                body = {"message": message}
                errors.append(
                    ErrorCase(code, testplan.error_class(code), body, None, False, pyrepr(body))
                )
                continue
            model = (
                self.api.models.get(error.type.key) if isinstance(error.type, ir.ModelRef) else None
            )
            body = error.example
            if body is ir.NO_DEFAULT or not self.sampler.conforms(body, error.type):
                body = self.sampler.value(error.type)
            name = model.name if model else None
            errors.append(
                ErrorCase(code, testplan.error_class(code), body, name, True, pyrepr(body))
            )
        paging = op.pagination
        unique = [
            n for n in args if "unique" in by_name[n].wire_name.lower() and isinstance(args[n], str)
        ]
        if "same" in plan.get("after", {}):
            # An update sends new text in live mode, so a later fetch can show it took.
            unique += [
                n
                for n in args
                if _free_text(by_name[n]) and n not in unique and n not in plan.get("refs", {})
            ]
        write_back = (
            {p.name: p.wire_name for p in op.parameters if p.location == "body"}
            if "write_back" in plan
            else None
        )
        # The call with the samples as they are, and as a live account needs
        # it: path values found or made there, unique names, a configuration
        # sent back as it was read.
        arguments = [pyrepr(v) for v in positional]
        arguments += [f"{name}={pyrepr(v)}" for name, v in keywords.items()]
        live_arguments = [f"values[{i}]" for i in range(len(positional))]
        # A live list starts at its first page, unfiltered: a sample page
        # token or filter names nothing real there.
        page_size = paging.page_size[0] if paging is not None and paging.page_size else ""
        sample_only = (
            {
                p.name
                for p in op.parameters
                if p.location == "query" and not p.required and p.wire_name != page_size
            }
            if paging is not None
            else set()
        )
        if write_back is not None:
            live_arguments.append("**keywords")
        else:
            refs = plan.get("refs", {})
            live_arguments += [
                (
                    f"{name}=api.unique({pyrepr(v)})"
                    if name in unique
                    else (
                        f"{name}=api.found({pyrepr(name)}, {pyrepr(v)})"
                        if name in refs
                        else (
                            f"{name}=api.sample_only({pyrepr(v)})"
                            if name in sample_only
                            else f"{name}={pyrepr(v)}"
                        )
                    )
                )
                for name, v in keywords.items()
            ]
        # The same call with the optional arguments left out, when it has any.
        needed = {p.name for p in op.parameters if p.required}
        minimal = [a for a in live_arguments if a.split("=", 1)[0] in needed or "=" not in a]
        fields = [p for p in op.parameters if p.location == "body"]
        if op.body is not None and op.body.required and not any(p.required for p in fields):
            minimal = live_arguments  # a body it must have, but no field it must hold
        references = {by_name[n].wire_name for n in plan.get("refs", {})}
        return TestCase(
            resource=resource.name,
            method=op.name,
            operation_id=op.operation_id,
            idempotency_header=op.idempotency_header,
            deprecated=op.deprecated,
            arguments=arguments,
            readme_arguments=readme.sample_arguments(op, typed),
            live_arguments=live_arguments,
            positional=positional,
            keywords=keywords,
            request=request,
            response=response,
            kind=kind,
            content_type=content_type,
            status=int(status) if status.isdigit() else 200,
            pointer=op.success.pointer if op.success is not None else "",
            items_key=paging.items_key if paging is not None else None,
            plan=plan,
            write_back=write_back,
            errors=errors,
            refusals=refusals.refusals(op, request, requirement),
            accepted=[
                edge for edge in refusals.accepted(op, request) if edge["name"] not in references
            ],
            minimal_arguments=minimal if minimal != live_arguments else None,
            secret_names=self._secret_names(),
            response_code=pyrepr(response),
            answer_name=self._answer_name(op),
            walk=(
                Walk(
                    paging.profile,
                    paging.items_key,
                    list(paging.next_path),
                    paging.cursor_param,
                    paging.page_size,
                )
                if paging is not None
                else None
            ),
        )

    def _answer_name(self, op: ir.Operation) -> str:
        """The answer's model, as a constant's name; else the method's answer."""
        t = op.success.type if op.success is not None else None
        if isinstance(t, ir.ModelRef) and t.key in self.api.models:
            return naming.snake(self.api.models[t.key].name)
        return f"{op.name}_answer"

    def _secret_names(self) -> tuple[str, ...]:
        """Every header, query parameter and cookie a credential travels in."""
        names = {s.parameter for s in self.api.security_schemes if s.kind == "apiKey"}
        return tuple(sorted(names | {"Authorization"}))

    def add_makers(self, plan: dict[str, Any]) -> None:
        """What live mode passes to each create ``plan`` calls to set a test
        up, into ``makers`` (written once, in conftest.py, for every test that
        makes one); the fields each made object refers to, into its step."""
        for step in plan.get("make", []):
            maker = self.planner.operation(step["resource"], step["method"])
            made = f"{step['resource']}.{step['method']}"
            if made not in self.makers:
                self.makers[made] = self._create_keywords(maker)
            refs = self.planner.references(maker)
            if refs:
                step["refs"] = refs

    def makers_of(self, resource: ir.Resource) -> dict[str, dict[str, Any]]:
        """The makers live mode calls for ``resource``'s tests, worked out
        without its cases (when its files are kept as they were): what
        making their samples finds is not added to the sampler's findings."""
        sampler = self.sampler
        kept = sampler.problems, sampler.given_way, self.makers
        sampler.problems, sampler.given_way, self.makers = {}, {}, {}
        try:
            for op in resource.operations:
                self.add_makers(self.planner.plan(op))
            return self.makers
        finally:
            sampler.problems, sampler.given_way, self.makers = kept

    def _create_keywords(self, op: ir.Operation) -> dict[str, Any]:
        """The sample keywords of a create call that live mode makes."""
        case = samples.wire_args(op, samples.operation_args(op, self.sampler, set()))
        keywords = {p.name for p in op.parameters if p.location != "path"}
        return {name: v for name, v in case.items() if name in keywords}

    def retry_cases(self) -> dict[str, TestCase]:
        """The operations the retry tests call: a read, a plain write, and a
        write that is safe to repeat (idempotent, or with an idempotency key)."""
        ops = [(r, op) for r in self.api.resources for op in r.operations if op.success]

        def pick(found: list[tuple[ir.Resource, ir.Operation]]) -> list[TestCase]:
            plain = [
                (r, op) for r, op in found if not any(p.location == "path" for p in op.parameters)
            ]
            chosen = (plain or found)[:1]
            return [self.case(r, op) for r, op in chosen]

        def repeatable(op: ir.Operation) -> bool:
            return op.idempotent or bool(op.idempotency_header)

        writes = [(r, op) for r, op in ops if op.method not in ("GET", "HEAD", "OPTIONS", "TRACE")]
        cases = {
            "read": pick([(r, op) for r, op in ops if op.method == "GET"]),
            "write": pick(
                [(r, op) for r, op in writes if op.method == "POST" and not repeatable(op)]
            ),
            "repeatable": pick([(r, op) for r, op in writes if repeatable(op)]),
        }
        return {name: found[0] for name, found in cases.items() if found}


def _free_text(p: ir.Parameter) -> bool:
    """A body field of plain text, which any longer text fits too."""
    t = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
    if p.location != "body" or not isinstance(t, ir.Scalar) or t.kind != ir.STR:
        return False
    facts = t.facts
    return not (facts.pattern or facts.format or facts.max_length is not None)


def shared_answers(cases: list[TestCase]) -> list[tuple[str, str]]:
    """Give each answer body its code in the module: one that several tests
    send (a list's first page, the same error body) becomes a module
    constant, written once; the others stay literals in their test."""
    uses: list[tuple[str, str, Any]] = []  # literal, the constant's wanted name, the user
    for case in cases:
        # The call test sends it, and a walk's first page is it again.
        for _ in range(2 if case.walk is not None else 1):
            uses.append((case.response_code, case.answer_name, case))
        for error in case.errors:
            wanted = naming.snake(error.parsed) if error.parsed else f"error_{error.status}"
            uses.append((error.body_code, wanted, error))
    counts: dict[str, int] = {}
    for literal, _, _ in uses:
        counts[literal] = counts.get(literal, 0) + 1
    repeated = list(dict.fromkeys(literal for literal, _, _ in uses if counts[literal] > 1))
    wanted_of = {literal: wanted for literal, wanted, _ in reversed(uses)}  # the first use's
    names = naming.unique_names([wanted_of[literal].upper() for literal in repeated])
    constant = dict(zip(repeated, names))
    for case in cases:
        case.response_code = constant.get(case.response_code, case.response_code)
        for error in case.errors:
            error.body_code = constant.get(error.body_code, error.body_code)
    return [(name, literal) for literal, name in constant.items()]


def _has_limits(case: TestCase) -> bool:
    return bool(case.refusals or case.accepted or case.minimal_arguments)


def _name_tests(cases: list[TestCase]) -> None:
    """The names of one module's test functions, none repeated: each case's
    call test, error tests and walk."""
    wanted = []
    for case in cases:
        # Short enough that a test's line stays one line (Graph's names are long).
        name = case.method[:60].rstrip("_")
        wanted.append(f"test_{name}")
        wanted += [f"test_{name}_answers_{error.status}" for error in case.errors]
        if case.walk is not None:
            wanted.append(f"test_{name}_walks_two_pages")
        if _has_limits(case):
            wanted.append(f"test_{name}_at_the_spec_limits")
    names = iter(naming.unique_names(wanted))
    for case in cases:
        case.test = next(names)
        case.error_tests = [next(names) for _ in case.errors]
        case.walk_test = next(names) if case.walk is not None else ""
        case.limits_test = next(names) if _has_limits(case) else ""
