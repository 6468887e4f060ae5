"""Spec text is untrusted: it must never become code or escape the output directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import minimal_spec, run_python

EVIL = "__import__('os').system('touch PWNED')"
TRIPLE = '"""; import os; os.system("touch PWNED"); """'


def hostile_spec() -> dict:
    schema = {
        "type": "object",
        "description": TRIPLE + "\\",
        "properties": {
            "__class__": {"type": "string"},
            "from_dict": {"type": "string"},
            "extra_fields": {"type": "string"},
            "a-b": {"type": "string", "example": TRIPLE},
            "123": {"type": "integer"},
            "class": {"type": "string", "enum": ["'", '"', "\\"]},
            "self": {"$ref": "#/components/schemas/Evil"},
        },
    }
    body = {
        "type": "object",
        "required": ["self"],
        "properties": {
            "self": {"type": "string"},
            "timeout": {"type": "string"},
            "limit": {"type": "integer"},
            "import": {"type": "string", "description": "\\\n" + TRIPLE},
            "nested": {
                "type": "object",
                "properties": {"from": {"type": "string"}, "ok": {"type": "string"}},
            },
        },
    }
    op = {
        "operationId": EVIL,
        "summary": TRIPLE,
        "description": "ends with a backslash \\",
        "tags": ["../../../escape", "x"],
        "parameters": [
            {
                "name": "; os.system('x')",
                "in": "query",
                "schema": {"type": "string", "pattern": "^'\"$"},
            },
            {"name": "../id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "X-Evil'+", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}},
            }
        },
    }
    spec = minimal_spec(
        **{
            "/things/{../id}": {"post": op},
            "/__init__": {
                "get": {"operationId": "class", "responses": {"204": {"description": "none"}}}
            },
        }
    )
    spec["info"]["title"] = TRIPLE
    spec["components"] = {"schemas": {"Evil": schema}}
    return spec


def test_hostile_spec_generates_safe_code(cli, write_spec, tmp_path):
    spec = write_spec(hostile_spec())
    before = set(p.name for p in tmp_path.iterdir())
    status, out, err = cli("generate", str(spec), "--out", "out", "--package", "evil")
    assert status == 0, err
    # nothing was written beside the output directory
    assert set(p.name for p in tmp_path.iterdir()) - before == {"out"}
    out_dir = tmp_path / "out"
    for path in out_dir.rglob("*"):
        assert path.resolve().is_relative_to(out_dir.resolve())
    # importing runs nothing from the spec
    probe = run_python("import evil, evil.models, evil.resources; print('imported')", out_dir)
    assert probe.returncode == 0, probe.stderr
    assert not (out_dir / "PWNED").exists()
    # and the generated tests (which call every operation) pass without side effects
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out_dir,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert not (out_dir / "PWNED").exists() and not (tmp_path / "PWNED").exists()
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "evil"],
        cwd=out_dir,
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout[-3000:]


def test_header_name_that_would_split_the_request_is_refused(cli, write_spec):
    spec = minimal_spec(
        **{
            "/a": {
                "get": {
                    "parameters": [
                        {"name": "X\r\nInjected: 1", "in": "header", "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            }
        }
    )
    status, _, err = cli("validate", str(write_spec(spec)))
    assert (
        status == 1
        and "not a valid HTTP header name" in err
        and "/paths/~1a/get/parameters/0/name" in err
    )


def test_a_referenced_or_path_level_header_name_is_checked_too(cli, write_spec):
    evil = {"name": "X\r\nInjected: 1", "in": "header", "schema": {"type": "string"}}
    spec = minimal_spec(
        **{
            "/a": {
                "parameters": [evil],
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/Evil"}],
                    "responses": {"204": {"description": "none"}},
                },
            }
        }
    )
    spec["components"] = {"parameters": {"Evil": dict(evil, name="Y\nInjected: 2")}}
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "pkg")
    assert status == 1
    assert "/paths/~1a/parameters/0/name: header name" in err
    assert "/paths/~1a/get/parameters/0/name: header name 'Y\\nInjected: 2'" in err
    assert not Path("out").exists()


def test_the_undefined_name_check_reads_the_symbol_tables_as_symtable_does():
    """The check reads the raw tables (``_symtable``) the public ``symtable``
    module wraps: on this Python, both say the same of every generated
    module, whole and with an import taken out."""
    import re
    import symtable

    from generator.format import _BUILTINS, undefined_names

    def as_symtable_says(text: str) -> list[str]:
        tables = [
            symtable.symtable(
                text.replace("from __future__ import annotations\n", "\n", 1), "m", "exec"
            )
        ]
        bound: set[str] = set()
        read: set[str] = set()
        while tables:
            table = tables.pop()
            tables += table.get_children()
            for symbol in table.get_symbols():
                if symbol.is_assigned() or symbol.is_imported() or symbol.is_parameter():
                    bound.add(symbol.get_name())
                if symbol.is_referenced():
                    read.add(symbol.get_name())
        return sorted(read - bound - _BUILTINS)

    generated = Path(__file__).parent.parent / "generated"
    modules = sorted(generated.glob("twilio_flex/**/*.py")) + sorted(generated.glob("tests/*.py"))
    assert len(modules) > 30
    missing = 0
    for module in modules:
        text = module.read_text(encoding="utf-8")
        assert undefined_names(text) == as_symtable_says(text) == [], module
        lacking = re.sub(
            r"^from (?!__future__)[.\w]+ import [^(\n]+\n", "", text, count=1, flags=re.M
        )
        assert undefined_names(lacking) == as_symtable_says(lacking), module
        missing += lacking != text and undefined_names(lacking) != []
    assert missing > 30  # most modules then lack a name


def test_code_that_uses_a_name_it_never_defines_is_never_written(cli, write_spec, monkeypatch):
    """The safety net: a generator bug that would make a package fail to import
    (or to type-check) stops the run before anything is written."""
    from generator import render
    from generator.format import undefined_names

    assert undefined_names("x: Missing = 1\nclass A: ...\nA()\n") == ["Missing"]
    assert undefined_names(
        "from __future__ import annotations\ndef f(a: Gone) -> A:\n    return g\nclass A: ...\n"
    ) == ["Gone", "g"]
    assert undefined_names(
        "from typing import TypeAlias\nP: TypeAlias = 'A | B'\nclass A: ...\n"
    ) == ["B"]
    assert undefined_names(
        "from typing import TypedDict\nT = TypedDict('T', {'a-b': 'Gone'})\n"
    ) == ["Gone"]
    assert undefined_names(
        "from typing import TypedDict\nT = TypedDict(\n    'T',\n    {\n        'a': 'int',\n        'b': 'Gone | None',\n    },\n)\n"
    ) == ["Gone"]
    assert undefined_names("class A:\n    def f(self):\n        return super().f()\n") == []
    with pytest.raises(SyntaxError):
        undefined_names('x = "\\p"\n')  # an escape Python warns of

    original = render.Renderer.models_module
    monkeypatch.setattr(
        render.Renderer, "models_module", lambda self: original(self) + "\nbroken: Nowhere = None\n"
    )
    status, _, err = cli(
        "generate", str(write_spec(minimal_spec())), "--out", "out", "--package", "pkg"
    )
    assert status == 70 and "uses names it never defines: Nowhere" in err
    assert err.startswith("internal error: ") and "bug in the generator" in err
    assert not Path("out").exists()


def test_a_generator_bug_is_never_reported_as_bad_input(cli, write_spec, monkeypatch):
    from generator import render

    spec = write_spec(minimal_spec())
    monkeypatch.setattr(render.TestCases, "retry_cases", lambda self: 1 / 0)
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 70 and "internal error: ZeroDivisionError" in err
    assert "not a problem with your spec" in err and "error: " not in err.split("\n")[0][:7]
    monkeypatch.undo()
    monkeypatch.setattr(render, "toml_string", lambda value: repr(str(value)) + "'")
    status, _, err = cli("generate", str(spec), "--out", "out", "--package", "pkg")
    assert status == 70 and "pyproject.toml does not load" in err
    assert not Path("out").exists()


def test_every_data_file_written_loads_whatever_the_spec_says(cli, write_spec, tmp_path):
    import json
    import tomllib

    spec = minimal_spec()
    spec["info"]["title"] = 'Emoji 😀 "quoted" \\ back\x7fslash ]] ] [x]'
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "pkg")
    assert status == 0, err
    project = tomllib.loads((tmp_path / "out" / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        project["project"]["description"] == "Typed Python client for the " + spec["info"]["title"]
    )
    for path in (tmp_path / "out").rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_a_server_default_outside_its_enum_is_a_warning_and_the_client_starts(
    cli, write_spec, tmp_path
):
    from conftest import run_python

    spec = minimal_spec()
    spec["servers"] = [
        {
            "url": "https://{region}.example.com",
            "variables": {"region": {"default": "moon", "enum": ["eu", "us"]}},
        }
    ]
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "pkg")
    assert status == 0 and "/servers/0/variables/region/default: the default 'moon'" in err
    probe = run_python(
        "import pkg; print(pkg.Client().base_url, pkg.Client(region='eu').base_url)",
        tmp_path / "out",
    )
    assert probe.stdout.split() == ["https://moon.example.com", "https://eu.example.com"]


def _spec_answering(schema: dict, **components: dict) -> dict:
    spec = minimal_spec(
        **{
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                }
            }
        }
    )
    spec["components"] = {"schemas": components}
    return spec


@pytest.mark.parametrize("token", ["²", "١", "01", "-0", "1.0", " 1"])
def test_an_array_position_is_ascii_digits_with_no_leading_zero(cli, write_spec, token):
    """RFC 6901: ``²`` (a digit to str.isdigit, not to int), ``١`` (an
    Arabic-Indic one) and ``01`` name no element: the reference points to
    nothing, said at the reference, never an internal error."""
    parts = {"allOf": [{"type": "object"}, {"type": "object", "properties": {"b": {}}}]}
    spec = _spec_answering({"$ref": f"#/components/schemas/Y/allOf/{token}"}, Y=parts)
    status, _, err = cli("validate", str(write_spec(spec, "spec.json")))
    assert status == 1 and "points to nothing" in err, err
    assert "/paths/~1a/get/responses/200/content/application~1json/schema/$ref" in err
    spec = _spec_answering({"$ref": "#/components/schemas/Y/allOf/1"}, Y=parts)
    assert cli("validate", str(write_spec(spec, "spec.json")))[0] == 0


def test_numbers_beyond_a_float_and_counts_beyond_a_test_value(cli, write_spec, tmp_path):
    """A bound no float holds (10**400, as 1e400 reads as infinity) is taken
    as unsaid, and the package generates; a minimum length no test value
    could have is refused at its pointer."""
    huge = 10**400
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "integer", "minimum": -huge, "maximum": huge, "multipleOf": huge},
            "s": {"type": "string", "maxLength": huge},
            "l": {"type": "array", "items": {"type": "string"}, "maxItems": huge},
        },
    }
    generate = ("generate", str(tmp_path / "spec.json"), "--out", str(tmp_path / "out"))
    write_spec(_spec_answering(schema), "spec.json")
    status, _, err = cli(*generate, "--package", "huge")
    assert status == 0, err
    schema["properties"]["s"]["minLength"] = huge
    write_spec(_spec_answering(schema), "spec.json")
    status, _, err = cli(*generate, "--package", "huge")
    assert status == 1 and "/properties/s/minLength: asks for more than" in err, err


def test_long_spec_texts_are_not_kept_after_use():
    """What is worked out once per name, reference, pattern, literal,
    docstring or long line is kept for texts of a usual size only: a spec's
    huge texts would otherwise stay in memory, several times over, long
    after the run that used them."""
    from generator import layout, literals, naming, refs, typemodel

    kept = [naming._words, refs.tokens, refs.pointer_of, layout._lay_out]
    kept += [typemodel._pattern_widths, layout.string, literals._docstring]

    def sizes() -> list[int]:
        return [function.cache.cache_info().currsize for function in kept]

    def use(size: int) -> None:
        naming.words("aB" * size)
        refs.pointer_of("#/components/schemas/" + "a" * size)
        line = "x = f(" + ", ".join(["a" * 50] * (size // 10)) + ")"
        assert layout.lay_out(line)[0] == "x = f("
        typemodel.lengths_fit("^[a-z]{1,%d}$" % size + "a" * size, None, None)
        assert literals.pyrepr("q" * size) == '"' + "q" * size + '"'
        assert literals.docstring("word " * size).startswith("word word")

    for function in kept:
        function.cache.cache_clear()
    use(5_000)
    assert sizes() == [0] * len(kept)
    use(50)
    assert 0 not in sizes()
