"""The render stage's two doors for spec text: literals and docstrings."""

from __future__ import annotations

import ast
import textwrap

import pytest

from generator.literals import docstring, pyrepr

HOSTILE = [
    '"""; import os; os.system("echo pwned") #',
    "\\",
    'ends with a quote"',
    'two at the end""',
    '"starts with one and has four """" inside',
    "ends with a backslash\\",
    "line\nbreaks\r\nand\ttabs \x00 nul \x1b[31m",
    "'''",
    "{{ jinja }} {% raw %}",
    'ends in three quotes """',
    'ends in four """"',
    'escaped quote at the end \\"',
    "x " * 60 + '"quoted at a wrap"',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_cannot_escape(text):
    source = f'def f():\n    """{docstring(text)}"""\n    return 1\n'
    tree = ast.parse(source)
    function = tree.body[0]
    assert len(function.body) == 2  # the docstring and the return: nothing injected
    assert isinstance(function.body[0].value, ast.Constant)


@pytest.mark.parametrize(
    "value", HOSTILE + [1, 1.5, True, None, ["a", {"b": [1, 2]}], {"k": "v"}, float("nan")]
)
def test_pyrepr_gives_a_literal_of_the_same_value(value):
    text = pyrepr(value)
    if isinstance(value, float) and value != value:
        assert text == 'float("nan")'
        return
    assert ast.literal_eval(text) == value


def test_pyrepr_refuses_anything_else():
    with pytest.raises(TypeError):
        pyrepr(object())


def test_docstring_wraps_long_lines_and_keeps_structure():
    text = docstring("Summary\n\nArgs:\n    name: " + "word " * 40, indent=4)
    lines = text.split("\n")
    assert lines[0] == "Summary" and lines[1] == "" and lines[2] == "    Args:"
    assert all(len(line) <= 88 for line in lines)


@pytest.mark.parametrize("indent", [0, 4, 8, 80])
def test_docstring_lines_that_fit_stay_and_one_more_character_wraps(indent):
    """Each line is wrapped as textwrap would, at the edge too: a line that
    just fits is kept whole, one character more moves its last word down."""
    for lead in ("", "    "):
        room = max(88 - indent - len(lead), 20)
        for extra in (0, 1):
            line = (lead + " ".join(["w" * 9] * 20))[: room + extra]
            line = line[:-1] + "x" if line.endswith(" ") else line
            expected = textwrap.wrap(
                line.strip(),
                room,
                break_long_words=False,
                break_on_hyphens=False,
                initial_indent=lead,
                subsequent_indent=lead + "    " if lead else "",
            )
            assert docstring(line, indent=indent).split("\n" + " " * indent) == expected
            assert len(expected) == 1 + extra


def test_compiled_templates_go_to_the_users_cache_where_the_installation_is_read_only(
    monkeypatch, tmp_path
):
    from generator import fingerprint, render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert render._bytecode_cache().directory == str(render.TEMPLATES / "__pycache__")
    monkeypatch.setattr(fingerprint, "_writable", lambda folder: False)
    assert render._bytecode_cache().directory == str(tmp_path / "flex-client-generator" / "jinja")


def test_templates_compiled_another_way_are_kept_apart(monkeypatch):
    """A compiled template is checked against its source by Jinja; the
    options and the Jinja it was compiled with name its file."""
    from generator import render

    pattern = render._bytecode_cache().pattern
    monkeypatch.setitem(render._OPTIONS, "trim_blocks", False)
    other_options = render._bytecode_cache().pattern
    monkeypatch.setitem(render._OPTIONS, "trim_blocks", True)
    monkeypatch.setattr(render.jinja2, "__version__", "0.0")
    other_jinja = render._bytecode_cache().pattern
    assert len({pattern, other_options, other_jinja}) == 3
