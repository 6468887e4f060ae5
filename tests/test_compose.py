"""The compose stage: Overlay 1.0 actions and fragments."""

from __future__ import annotations

import json

import pytest

from conftest import minimal_spec
from generator.compose import compose
from generator.errors import SpecError
from generator.load import load

OP = {"responses": {"200": {"description": "ok"}}}


def overlay(*actions):
    return {"overlay": "1.0.0", "info": {"title": "o", "version": "1"}, "actions": list(actions)}


def test_update_merges_and_remove_deletes(write_spec):
    base = write_spec(minimal_spec(**{"/a": {"get": dict(OP, tags=["x"])}, "/b": {"get": OP}}))
    ov = write_spec(
        overlay(
            {"target": "$.info", "update": {"title": "New", "contact": {"email": "a@b.c"}}},
            {"target": "$.paths['/a'].get.tags", "update": "y"},
            {"target": "$.paths['/b']", "remove": True},
        ),
        "overlay.yaml",
    )
    doc = compose(load(base), [load(ov)])
    assert doc.data["info"] == {"title": "New", "version": "1.0", "contact": {"email": "a@b.c"}}
    assert doc.data["paths"]["/a"]["get"]["tags"] == ["x", "y"]
    assert "/b" not in doc.data["paths"]
    # Lines of merged values point into the overlay file.
    assert doc.source.locate("/info/contact/email", "?")[0] == str(ov)


def test_filter_target_applies_to_every_match(write_spec):
    spec = minimal_spec(**{"/a": {"get": OP, "post": OP}})
    ov = overlay({"target": "$.paths.*[?@.responses]", "update": {"x-seen": True}})
    doc = compose(load(write_spec(spec)), [load(write_spec(ov, "o.yaml"))])
    assert doc.data["paths"]["/a"]["get"]["x-seen"] is True
    assert doc.data["paths"]["/a"]["post"]["x-seen"] is True


def test_target_matching_nothing_is_an_error(write_spec):
    ov = write_spec(
        overlay({"target": "$.components.schemas.Nope", "update": {"type": "string"}}), "o.yaml"
    )
    with pytest.raises(SpecError) as info:
        compose(load(write_spec(minimal_spec())), [load(ov)])
    message = str(info.value)
    assert str(ov) in message and "matches nothing" in message and "/actions/0/target" in message


def test_invalid_jsonpath_is_an_error(write_spec):
    ov = write_spec(overlay({"target": "$[", "update": {}}), "o.yaml")
    with pytest.raises(SpecError, match="invalid JSONPath"):
        compose(load(write_spec(minimal_spec())), [load(ov)])


def test_not_an_overlay(write_spec):
    with pytest.raises(SpecError, match="not an overlay document"):
        compose(load(write_spec(minimal_spec())), [load(write_spec({"actions": []}, "o.yaml"))])


def test_fragment_adds_paths_components_and_tags(write_spec):
    fragment = {
        "paths": {"/c": {"get": OP}},
        "components": {"schemas": {"C": {"type": "string"}}},
        "tags": [{"name": "C"}],
    }
    doc = compose(
        load(write_spec(minimal_spec(**{"/a": {"get": OP}}))),
        fragments=[load(write_spec(fragment, "f.yaml"))],
    )
    assert set(doc.data["paths"]) == {"/a", "/c"}
    assert doc.data["components"]["schemas"]["C"] == {"type": "string"}
    assert doc.data["tags"] == [{"name": "C"}]


def test_same_path_and_method_names_both_files(write_spec):
    base = write_spec(minimal_spec(**{"/a": {"get": OP}}))
    fragment = write_spec({"paths": {"/a": {"get": OP, "post": OP}}}, "f.yaml")
    with pytest.raises(SpecError) as info:
        compose(load(base), fragments=[load(fragment)])
    [problem] = info.value.problems
    assert (
        problem.file == str(fragment)
        and str(base) in problem.message
        and "GET /a" in problem.message
    )


def test_different_component_with_same_name_names_both_files(write_spec):
    base = minimal_spec()
    base["components"] = {"schemas": {"X": {"type": "string"}}}
    first = write_spec(base)
    same = write_spec({"components": {"schemas": {"X": {"type": "string"}}}}, "same.yaml")
    other = write_spec({"components": {"schemas": {"X": {"type": "integer"}}}}, "other.yaml")
    compose(load(first), fragments=[load(same)])  # identical: fine
    with pytest.raises(SpecError) as info:
        compose(load(first), fragments=[load(other)])
    [problem] = info.value.problems
    assert problem.file == str(other) and str(first) in problem.message


def test_the_composed_spec_is_the_json_file_as_read_when_nothing_is_composed(
    cli, write_spec, tmp_path
):
    """A JSON spec with no overlay or fragment is kept byte for byte (its
    key order, spacing, numbers and characters); one with an overlay is the
    composed data."""
    text = '{"openapi": "3.0.3",  "info": {"title": "T \U0001f680 \\u00e9", "version": "1.0"},\n"paths": {}, "x-big": 1E+2}'
    spec = write_spec(text, "spec.json")
    status, _, err = cli("generate", str(spec), "--out", "plain", "--package", "pkg")
    assert status == 0, err
    assert (tmp_path / "plain" / "openapi.json").read_bytes() == text.encode("utf-8")

    overlay = write_spec(
        {
            "overlay": "1.0.0",
            "info": {"title": "o", "version": "1"},
            "actions": [{"target": "$.info", "update": {"title": "Changed"}}],
        },
        "overlay.yaml",
    )
    status, _, err = cli(
        "generate", str(spec), "--overlay", str(overlay), "--out", "composed", "--package", "pkg"
    )
    assert status == 0, err
    composed = (tmp_path / "composed" / "openapi.json").read_text(encoding="utf-8")
    assert json.loads(composed)["info"]["title"] == "Changed"
    assert composed.startswith('{\n  "openapi": "3.0.3",\n  "info": {\n')
