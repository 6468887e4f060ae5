"""Method signatures from the IR: the annotation of each argument, the one
value a parameter may have, and what a method returns, as the type model's
terms. The renderer prints them (``spell``) and ``apidiff`` compares them;
neither decides them again, and this module needs neither Jinja nor the
renderer.
"""

from __future__ import annotations

from typing import Any

from . import ir
from .typemodel import FIELD, NONE, PARAM, PythonTypes, Term, spell


def fixed_value(p: ir.Parameter) -> Any:
    """The one value a required parameter can have (an enum of one, a const),
    sent unless the caller says otherwise; NO_DEFAULT for any other
    parameter. (AWS tells its operations apart by such an X-Amz-Target header.)"""
    if p.required and p.location != "path" and isinstance(p.type, ir.Literal):
        if len(p.type.values) == 1 and p.type.values[0] is not None:
            return p.type.values[0]
    return ir.NO_DEFAULT


def argument_terms(op: ir.Operation, p: ir.Parameter, types: PythonTypes) -> tuple[Term, ...]:
    """A parameter's annotation: files and raw bodies take what httpx sends."""
    if p.is_file:
        return types.file_terms(p.type)
    if p.location == "body" and op.body is not None and op.body.kind == ir.RAW:
        return types.raw_terms()
    return types.terms(p.type, PARAM)


def argument_annotation(op: ir.Operation, p: ir.Parameter, types: PythonTypes) -> str:
    return spell(argument_terms(op, p, types))


def method_result(
    api: ir.Api, op: ir.Operation, types: PythonTypes
) -> tuple[tuple[Term, ...], str, bool]:
    """A method's result (a list method's: its items'), the cast of its
    answer, and whether the cast's own type is the result's (so it is
    returned directly)."""
    if op.pagination is not None:
        item = types.terms(op.pagination.item, FIELD)
        return item, types.converter(op.pagination.item) or "json_body", True
    answer = answer_of(op)
    if answer == ir.EVENTS:
        return (Term("Stream", ((Term("ServerSentEvent"),),)),), "json_body", True
    results = distinct_results(op)
    if not any(results):
        return (NONE,), "no_content", True
    terms = tuple(term for t in results for term in (types.terms(t, FIELD) if t else (NONE,)))
    if len(results) > 1:
        return terms, "json_body", False  # each status has its cast
    only = results[0]
    assert only is not None
    if isinstance(only, ir.ModelRef):
        return terms, f"{api.models[only.key].name}.from_dict", True
    return terms, types.converter(only) or "json_body", False


def answer_of(op: ir.Operation) -> ir.AnswerKind:
    """How the answer a method returns is read."""
    return op.success.kind if op.success is not None else ir.NO_CONTENT


def distinct_results(op: ir.Operation) -> list[ir.Type | None]:
    """The types the successes answer with, each once (None: no content)."""
    found: list[ir.Type | None] = []
    for response in op.successes:
        if response.type not in found:
            found.append(response.type)
    return found


def returns(op: ir.Operation, result: tuple[Term, ...]) -> tuple[tuple[Term, ...], ...]:
    """The sync and async methods' returns, for ``result`` (a list method's
    items): a pager, a stream, or the result itself."""
    if op.pagination is not None:
        return (Term("SyncPager", (result,)),), (Term("AsyncPager", (result,)),)
    if answer_of(op) == ir.EVENTS:
        return result, tuple(Term("Async" + term.name, term.args) for term in result)
    return result, result


def optional(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """A field's annotation when the API may leave it out (``None`` then)."""
    return terms if NONE in terms else (*terms, NONE)


def typed_dict_annotation(annotation: str, required: bool) -> str:
    """A TypedDict key's annotation: ``Required[...]`` in a ``total=False`` dict."""
    return f"Required[{annotation}]" if required else annotation
