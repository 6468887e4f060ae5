"""Method signatures from the IR: the annotation of each argument, the one
value a parameter may have, and what a method returns. The renderer prints
them and ``apidiff`` compares them; neither decides them again, and this
module needs neither Jinja nor the renderer.
"""

from __future__ import annotations

from typing import Any

from . import ir
from .typemodel import FIELD, PARAM, PythonTypes


def fixed_value(p: ir.Parameter) -> Any:
    """The one value a required parameter can have (an enum of one, a const),
    sent unless the caller says otherwise; NO_DEFAULT for any other
    parameter. (AWS tells its operations apart by such an X-Amz-Target header.)"""
    if p.required and p.location != "path" and isinstance(p.type, ir.Literal):
        if len(p.type.values) == 1 and p.type.values[0] is not None:
            return p.type.values[0]
    return ir.NO_DEFAULT


def argument_annotation(op: ir.Operation, p: ir.Parameter, types: PythonTypes) -> str:
    """A parameter's annotation: files and raw bodies take what httpx sends."""
    if p.is_file:
        return types.file_annotation(p.type)
    if p.location == "body" and op.body is not None and op.body.kind == ir.RAW:
        return types.raw_annotation()
    return types.annotation(p.type, PARAM)


def method_result(api: ir.Api, op: ir.Operation, types: PythonTypes) -> tuple[str, str, bool]:
    """A method's result annotation (a list method's: its items'), the cast of
    its answer, and whether the cast's own type is the result's (so it is
    returned directly)."""
    if op.pagination is not None:
        item = types.annotation(op.pagination.item, FIELD)
        return item, types.converter(op.pagination.item) or "json_body", True
    answer = answer_of(op)
    if answer == ir.EVENTS:
        return "Stream[ServerSentEvent]", "json_body", True
    results = distinct_results(op)
    if not any(results):
        return "None", "no_content", True
    result = " | ".join(dict.fromkeys(types.annotation(t, FIELD) if t else "None" for t in results))
    if len(results) > 1:
        return result, "json_body", False  # each status has its cast
    only = results[0]
    assert only is not None
    if isinstance(only, ir.ModelRef):
        return result, f"{api.models[only.key].name}.from_dict", True
    return result, types.converter(only) or "json_body", False


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


def returns(op: ir.Operation, result: str) -> tuple[str, str]:
    """The sync and async methods' return annotations, for ``result`` (a
    list method's items): a pager, a stream, or the result itself."""
    if op.pagination is not None:
        return f"SyncPager[{result}]", f"AsyncPager[{result}]"
    if answer_of(op) == ir.EVENTS:
        return result, "Async" + result  # Stream[...] -> AsyncStream[...]
    return result, result


def optional(annotation: str) -> str:
    """A field's annotation when the API may leave it out (``None`` then)."""
    return (
        annotation
        if annotation.endswith("| None") or annotation == "None"
        else f"{annotation} | None"
    )


def typed_dict_annotation(annotation: str, required: bool) -> str:
    """A TypedDict key's annotation: ``Required[...]`` in a ``total=False`` dict."""
    return f"Required[{annotation}]" if required else annotation
