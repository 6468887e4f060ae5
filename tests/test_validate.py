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
    from generator.bundle import bundle

    spec = write_spec(minimal_spec(**{"/a": op_with_schema("../../etc/passwd#/x")}))
    with pytest.raises(SpecError) as info:
        bundle(load(spec))
    assert "points outside the spec's folder" in str(info.value)
    # Left unbundled (as an overlay could write it), validation still refuses it.
    assert "external $ref" in errors(write_spec, minimal_spec(**{"/a": op_with_schema("x.yaml")}))


def test_wrong_types_are_reported_with_location(write_spec):
    path = write_spec(
        "openapi: 3.1.0\ninfo:\n  title: 5\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: 7\n"
    )
    with pytest.raises(SpecError) as info:
        validate(load(path))
    text = str(info.value)
    assert f"{path}:" in text and "/paths/~1a/get/responses" in text


def test_a_long_invalid_value_still_says_what_is_wrong_with_it(write_spec):
    # Content that is a long list, not a map of media types: the value is
    # cut short in the middle, and the reason is kept.
    response = {"description": "ok", "content": [f"application/x-{i}" for i in range(100)]}
    spec = minimal_spec(**{"/a": {"get": {"responses": {"200": response}}}})
    message = errors(write_spec, spec)
    assert "/paths/~1a/get/responses/200/content: " in message
    assert " ... " in message
    assert message.rstrip().endswith('is not of type "object"'), message


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


def _with_schemas(schemas: dict) -> dict:
    spec = minimal_spec(**{"/a": op_with_schema("#/components/schemas/A")})
    spec["components"] = {"schemas": schemas}
    return spec


@pytest.mark.parametrize(
    "schemas, pointer, message",
    [
        (
            {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}},
            "/components/schemas/A/$ref",
            "references that only lead to each other: #/components/schemas/A -> "
            "#/components/schemas/B -> #/components/schemas/A",
        ),
        ({"A": {"$ref": "#"}}, "/components/schemas/A/$ref", "names the whole document"),
        (
            {"A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]}},
            "/components/schemas/A",
            "contains itself with nothing in between",
        ),
        (
            {
                "A": {"oneOf": [{"$ref": "#/components/schemas/B"}]},
                "B": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]},
            },
            "/components/schemas/A",
            "/components/schemas/A -> /components/schemas/B -> /components/schemas/A",
        ),
        (
            {
                "A": {
                    "oneOf": [{"$ref": "#/components/schemas/B"}],
                    "discriminator": {"propertyName": "k", "mapping": {"b": "Nope"}},
                },
                "B": {"type": "object"},
            },
            "/components/schemas/A/discriminator/mapping/b",
            "no schema 'Nope' in #/components/schemas",
        ),
        (
            {
                "A": {
                    "oneOf": [{"$ref": "#/components/schemas/B"}],
                    "discriminator": {
                        "propertyName": "k",
                        "mapping": {"b": "#/components/schemas/Gone"},
                    },
                },
                "B": {"type": "object"},
            },
            "/components/schemas/A/discriminator/mapping/b",
            "'#/components/schemas/Gone' points to nothing",
        ),
    ],
)
def test_schemas_without_end_or_target_are_located_errors(write_spec, schemas, pointer, message):
    found = errors(write_spec, _with_schemas(schemas))
    assert f": {pointer}: " in found and message in found, found


def test_cycles_among_parameters_responses_and_path_items_are_errors(write_spec):
    spec = minimal_spec(
        **{
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/P"}],
                    "responses": {"200": {"$ref": "#/components/responses/R"}},
                }
            },
            "/b": {"$ref": "#/paths/~1c"},
            "/c": {"$ref": "#/paths/~1b"},
        }
    )
    spec["components"] = {
        "parameters": {
            "P": {"$ref": "#/components/parameters/Q"},
            "Q": {"$ref": "#/components/parameters/P"},
        },
        "responses": {"R": {"$ref": "#/components/responses/R"}},
    }
    found = errors(write_spec, spec)
    assert "/components/parameters/P/$ref: references that only lead to each other" in found
    assert "/components/responses/R/$ref: references that only lead to each other" in found
    assert "/paths/~1c/$ref: references that only lead to each other" in found


def test_recursion_through_an_array_or_a_map_is_kept_and_typed(write_spec, cli, tmp_path):
    import subprocess
    import sys

    spec = _with_schemas(
        {
            "A": {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
            "M": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/M"}},
        }
    )
    spec["paths"]["/m"] = op_with_schema("#/components/schemas/M")
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "pkg")
    assert status == 0 and "inside itself it is typed as any JSON value" in err
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout[-2000:]
