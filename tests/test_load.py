"""The load stage: YAML and JSON in, plain data and line numbers out; bad files refused."""

from __future__ import annotations

import pytest

from generator.errors import SpecError
from generator.load import load


def problems(path) -> list[str]:
    with pytest.raises(SpecError) as info:
        load(path)
    return [str(p) for p in info.value.problems]


def test_yaml_keeps_line_numbers(write_spec):
    path = write_spec(
        "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get: {}\n"
    )
    doc = load(path)
    assert doc.data["paths"]["/a"] == {"get": {}}
    assert doc.source.locate("/paths/~1a/get", str(path)) == (str(path), 7)
    assert doc.source.locate("/paths/~1a/get/responses/200", str(path)) == (str(path), 7)


def test_json_is_loaded(write_spec):
    doc = load(write_spec({"openapi": "3.1.0", "info": {}}, "spec.json"))
    assert doc.data["openapi"] == "3.1.0"


def test_broken_yaml_names_file_and_line(write_spec):
    path = write_spec("openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n")
    [message] = problems(path)
    assert message.startswith(f"{path}:")
    assert "invalid YAML" in message


def test_yaml_bomb_is_refused_before_expansion(write_spec):
    bomb = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n"
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        bomb += f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
    [message] = problems(write_spec(bomb))
    assert "anchor 'a' is not allowed" in message
    assert ":1:" in message


def test_alias_alone_is_refused(write_spec):
    with pytest.raises(SpecError):
        load(write_spec("a: 1\nb: *x\n"))


def test_binary_file_is_refused(write_spec):
    [message] = problems(write_spec(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "spec.yaml"))
    assert "binary file" in message


def test_non_utf8_is_refused(write_spec):
    [message] = problems(write_spec(b"openapi: \xff\xfe3.1\n"))
    assert "not UTF-8" in message


def test_duplicate_keys_are_refused(write_spec):
    [message] = problems(write_spec("openapi: 3.1.0\ninfo: {}\ninfo: {}\n"))
    assert "duplicate key 'info'" in message and ":3:" in message


def test_a_duplicate_key_in_json_is_located_by_line_and_pointer(write_spec):
    text = '{\n "openapi": "3.1.0",\n "paths": {"/a": {\n  "get": {},\n  "get": {}}}\n}\n'
    [message] = problems(write_spec(text, "spec.json"))
    assert message.endswith("spec.json:5: /paths/~1a/get: duplicate key 'get'"), message


def test_document_must_be_a_mapping(write_spec):
    [message] = problems(write_spec("- just\n- a list\n"))
    assert "must be a mapping" in message


def test_missing_file(tmp_path):
    [message] = problems(tmp_path / "nope.yaml")
    assert "cannot read file" in message


def test_dates_stay_strings(write_spec):
    doc = load(write_spec("example: 2020-01-10\nwhen: 2020-01-10T20:00:00Z\n"))
    assert doc.data == {"example": "2020-01-10", "when": "2020-01-10T20:00:00Z"}


def test_a_mapping_key_is_its_text(write_spec):
    doc = load(write_spec("a:\n  true: 1\n  null: 2\n  010: 3\n  200: 4\n  1.50: 5\n"))
    assert list(doc.data["a"]) == ["true", "null", "010", "200", "1.50"]


@pytest.mark.parametrize("name", ["spec.yaml", "spec.json"])
def test_a_huge_integer_is_a_located_error(write_spec, name):
    digits = "1" * 5000
    text = (
        f'{{\n"openapi": "3.1.0",\n"x-big": {digits}\n}}\n'
        if name.endswith(".json")
        else f"openapi: 3.1.0\nx-big: {digits}\n"
    )
    [message] = problems(write_spec(text, name))
    line = 3 if name.endswith(".json") else 2
    assert message.startswith(f"{write_spec(text, name)}:{line}: ")
    assert "an integer of 5000 digits is too long" in message


def test_a_lone_surrogate_is_a_located_error(write_spec):
    path = write_spec('{\n "openapi": "3.1.0",\n "info": {"title": "A\\udc00B"}\n}', "s.json")
    [message] = problems(path)
    assert message == f"{path}:3: /info/title: the text holds a lone surrogate (not Unicode text)"
    # A pair is one character, and fine.
    assert load(write_spec('{"t": "\\ud83d\\ude00"}', "ok.json")).data["t"] == "\U0001f600"
    # A half is found whatever stands beside it: another string's half, an
    # escaped backslash, or text that only looks like an escape.
    for text in (
        '{"a": "\\ud83d", "b": "\\ude00"}',
        '{"a": "\\ud83d\\\\ude00"}',
        '{"a": "\\\\ud83d\\ude00"}',
        '{"a": "x\\uDE00"}',
    ):
        [message] = problems(write_spec(text, "half.json"))
        assert message.endswith("the text holds a lone surrogate (not Unicode text)"), text
    assert load(write_spec('{"a": "\\\\ud83d \\ud83d\\ude00"}', "ok.json")).data["a"] == (
        "\\ud83d \U0001f600"
    )


def test_json_problems_are_located_on_their_own_line(write_spec, cli):
    import json

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/b": {"get": {"parameters": [{"name": "x", "in": "nowhere"}], "responses": {}}},
        },
    }
    path = write_spec(json.dumps(spec, indent=2), "spec.json")
    line = json.dumps(spec, indent=2).splitlines().index('            "in": "nowhere"') + 1
    status, _, err = cli("validate", str(path))
    assert status == 1 and line > 15
    assert f"{path}:{line}: /paths/~1b/get/parameters/0/in: " in err


def test_json_lines_are_found_past_any_character_and_under_non_ascii_keys(write_spec):
    """Lines come from the file's bytes: characters of one to four bytes
    before a pointer, and keys written as they are or escaped, all find
    their own line."""
    text = (
        '{"info": {"title": "\U0001f680 \u00e9\u4e2d \\ud83d\\ude00"},\n'
        ' "paths": {\n'
        '  "/caf\u00e9": {\n'
        '   "get": {"x": 1}},\n'
        '  "/\\u00fcber": {\n'
        '   "post": {"y": "\U0001f600"}},\n'
        '  "/\U0001f680": {\n'
        '   "put": {}},\n'
        '  "/\\u00c3\\u00a9": {"a": 1},\n'
        '  "/\u00e9": {\n'
        '   "b": 2},\n'
        '  "/caf\u00e9 \\u00f1": {\n'
        '   "c": 3}}}\n'
    )
    path = write_spec(text, "spec.json")
    doc = load(path)
    assert doc.data["paths"]["/\u00fcber"]["post"]["y"] == "\U0001f600"
    where = {
        pointer: doc.source.locate(pointer, "")[1]
        for pointer in (
            "/info/title",
            "/paths/~1caf\u00e9/get",
            "/paths/~1\u00fcber",
            "/paths/~1\u00fcber/post/y",
            "/paths/~1\U0001f680/put",
            "/paths/~1\u00c3\u00a9/a",
            "/paths/~1\u00e9/b",
            "/paths/~1caf\u00e9 \u00f1/c",
        )
    }
    assert where == {
        "/info/title": 1,
        "/paths/~1caf\u00e9/get": 4,
        "/paths/~1\u00fcber": 5,
        "/paths/~1\u00fcber/post/y": 6,
        "/paths/~1\U0001f680/put": 8,
        "/paths/~1\u00c3\u00a9/a": 9,  # the same bytes as the next key's, but escaped
        "/paths/~1\u00e9/b": 11,
        "/paths/~1caf\u00e9 \u00f1/c": 13,  # one character as is, one escaped
    }
