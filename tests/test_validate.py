"""The validate stage: refs, openapi-spec-validator, and the generator's own checks."""

from __future__ import annotations

import pytest

from conftest import minimal_spec
from generator.errors import SpecError
from generator.load import load
from generator.validate import validate


def errors(write_spec, spec) -> str:
    with pytest.raises(SpecError) as info:
        validate(load(write_spec(spec)))
    return str(info.value)


def op_with_schema(ref: str) -> dict:
    return {
        "get": {
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": ref}}},
                }
            }
        }
    }


def test_missing_ref_names_pointer(write_spec):
    message = errors(
        write_spec, minimal_spec(**{"/a": op_with_schema("#/components/schemas/Nope")})
    )
    assert "/paths/~1a/get/responses/200/content/application~1json/schema/$ref" in message
    assert "points to nothing" in message


def test_remote_ref_is_refused(write_spec):
    message = errors(
        write_spec, minimal_spec(**{"/a": op_with_schema("https://evil.example/schema.json")})
    )
    assert "remote $ref" in message


def test_out_of_tree_ref_is_refused(write_spec):
    message = errors(write_spec, minimal_spec(**{"/a": op_with_schema("../../etc/passwd#/x")}))
    assert "external $ref" in message


def test_wrong_types_are_reported_with_location(write_spec):
    path = write_spec(
        "openapi: 3.1.0\ninfo:\n  title: 5\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: 7\n"
    )
    with pytest.raises(SpecError) as info:
        validate(load(path))
    text = str(info.value)
    assert f"{path}:" in text and "/paths/~1a/get/responses" in text


def test_duplicate_operation_ids_are_a_warning_and_an_error_when_strict(write_spec):
    op = {"operationId": "same", "responses": {"200": {"description": "ok"}}}
    path = write_spec(minimal_spec(**{"/a": {"get": op}, "/b": {"get": op}}))
    seen: list[str] = []
    validate(load(path), report=lambda problem: seen.append(str(problem)))
    assert any("operationId 'same' is also used by GET /a" in s for s in seen)
    with pytest.raises(SpecError, match="operationId 'same' is also used by GET /a"):
        validate(load(path), strict=True)


def test_unsupported_version(write_spec):
    assert "expected 3.0.x or 3.1.x" in errors(
        write_spec, {"swagger": "2.0", "info": {}, "paths": {}}
    )


def test_valid_spec_passes(write_spec):
    spec = minimal_spec(
        **{"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok"}}}}}
    )
    assert validate(load(write_spec(spec))).data["paths"]
