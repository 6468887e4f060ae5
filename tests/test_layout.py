"""generator/layout.py against black itself: random lines in the shapes the
templates write, too long to stay on one line, must come out exactly as
black lays them out, or be refused (then black formats the file)."""

from __future__ import annotations

import random

import black
import pytest

from generator import layout
from generator.layout import Unsure, docstring, lay_out, literal

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=layout.WIDTH)
CASES = 300


class Lines:
    """Random lines in the generated code's shapes, at their usual depth."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def word(self, size: int) -> str:
        return "".join(self.random.choice("abcdefghij_xyz") for _ in range(size))

    def text(self) -> str:
        found = self.word(self.random.choice([1, 3, 8, 15, 30, 60, 85, 95, 110]))
        if self.random.random() < 0.1:
            found = found[:5] + "'" + found[5:]
        if self.random.random() < 0.1:
            found = found[:5] + '"' + found[5:]
        return found

    def value(self, depth: int = 0) -> object:
        roll = self.random.random()
        if depth > 4 or roll < 0.35:
            return self.random.choice([self.text(), self.text(), 10**12 + 7, None, True, 1.5])
        if roll < 0.6:
            count = self.random.choice([0, 1, 1, 2, 3, 6])
            return {self.text(): self.value(depth + 1) for _ in range(count)}
        if roll < 0.85:
            return [self.value(depth + 1) for _ in range(self.random.choice([0, 1, 2, 3, 5]))]
        return tuple(self.value(depth + 1) for _ in range(self.random.choice([1, 2, 3])))

    def type(self) -> str:
        if self.random.random() < 0.3:
            count = self.random.randint(1, 12)
            words = ", ".join(literal(self.word(self.random.randint(3, 30))) for _ in range(count))
            return f"Literal[{words}]"
        return self.random.choice(
            ["A", "str", "NotGiven", "Sequence[SomeModelParam]", "Mapping[str, Any]",
             "VeryLongModelNameForTestingPurposesXxxxxxxxx",
             "List[VeryLongModelNameForTestingPurposesXxxxxxxxx]"]
        )  # fmt: skip

    def union(self, members: int = 0) -> str:
        count = members or self.random.choice([1, 2, 2, 3, 4])
        return " | ".join(self.type() for _ in range(count))

    def line(self) -> tuple[int, str]:
        """(depth, statement) for one random shape."""
        w, v = self.word, literal(self.value())
        r = self.random.randint
        shapes = [
            (2, f"api.respond(200, {v})"),
            (1, f"values = api.path({v})"),
            (2, f'api.begin("{w(r(3, 40))}", plan={v})'),
            (2, f'return self._client._request("GET", "/{w(r(1, 50))}", params={v}, cast={self.type()}.from_dict)'),
            (3, f"{v},"),
            (3, f'"{w(r(1, 40))}": {v},'),
            (3, f"{w(r(1, 30))}={v},"),
            (1, f"{w(r(1, 30))}: {self.union()} | None = None"),
            (1, f"{w(r(5, 60))}: {self.union()}"),
            (2, f"{w(r(1, 30))}: {self.union()} | NotGiven = NOT_GIVEN,"),
            (0, f"{w(r(5, 30))}: TypeAlias = {self.union(r(2, 6))}"),
            (r(0, 1), f"{w(r(5, 40))}: TypeAlias = {literal(w(r(50, 110)))}"),
            (2, f'get = _models.as_object(data, "{w(r(10, 90))}").get'),
            (2, f"{w(r(1, 30))} = {literal(w(r(60, 100)))}"),
            (2, f"return {w(r(1, 5))}.{w(r(30, 60))}.{w(r(30, 60))}"),
            (2, f"self.{w(r(40, 95))} = to_streamed_response(resource.{w(r(40, 95))})"),
            (2, f"self.{w(r(40, 95))} = api.x({v})"),
            (0, f"class {w(r(60, 100))}(_models.Model):"),
            (1, f"@deprecated({literal(w(r(40, 130)))})"),
            (r(0, 1), f"from .{w(r(3, 30))} import " + ", ".join(
                f"{n} as {n}" if self.random.random() < 0.7 else n
                for n in (w(r(5, 40)) for _ in range(r(1, 4)))
            )),
            (1, ") -> " + self.random.choice([w(r(80, 100)), self.union(), f"SyncPager[{w(r(60, 100))}]"]) + ":"),
        ]  # fmt: skip
        return self.random.choice(shapes)


def black_lines(depth: int, statement: str) -> list[str]:
    """``statement`` at ``depth``, inside the block black needs to see it in."""
    indent = "    " * depth
    if statement.startswith("class "):
        return black.format_str(statement + "\n    pass\n", mode=MODE).split("\n")[:-2]
    if statement.startswith(") -> "):
        source = f"class C:\n    def f(\n        self,\n    {statement}\n        pass\n"
        return black.format_str(source, mode=MODE).split("\n")[3:-2]
    if statement.endswith(",") and "NOT_GIVEN" in statement:
        source = f"class C:\n    def f(\n        self,\n{indent}{statement}\n    ) -> None:\n        pass\n"
        out = black.format_str(source, mode=MODE).split("\n")
        return out[out.index("        self,") + 1 : out.index("    ) -> None:")]
    if statement.endswith(","):
        dict_item = statement.startswith('"') and '": ' in statement
        opening, closing = ("{", "}") if dict_item else ("f(", ")")
        source = (
            f"def f():\n    if x:\n        x = {opening}\n{indent}{statement}\n        {closing}\n"
        )
        return black.format_str(source, mode=MODE).split("\n")[3:-2]
    if statement.startswith("@"):
        source = f"class C:\n{indent}{statement}\n{indent}def f(self):\n{indent}    pass\n"
        out = black.format_str(source, mode=MODE).split("\n")
        return out[1 : out.index(f"{indent}def f(self):")]
    blocks = ["class C:\n", "    def f(self):\n", "        if x:\n"][:depth]
    out = black.format_str("".join(blocks) + indent + statement + "\n", mode=MODE).split("\n")
    return [line for line in out[depth:] if line.strip()]


@pytest.mark.parametrize("seed", range(4))
def test_long_lines_are_laid_out_as_black_would(seed):
    lines = Lines(seed)
    compared = 0
    for _ in range(CASES):
        depth, statement = lines.line()
        line = "    " * depth + statement
        if len(line) <= layout.WIDTH:
            continue
        try:
            ours = lay_out(line)
        except Unsure:
            continue  # black formats such a file itself
        assert ours == black_lines(depth, statement), line
        compared += 1
    assert compared > CASES // 2


@pytest.mark.parametrize("seed", range(2))
def test_docstrings_are_normalized_as_black_would(seed):
    chooser = random.Random(seed)
    pieces = ["word", "x" * 60, "x" * 110, '"quoted"', '\\"', "\\\\", "  ", " trailing ", "`code`"]
    compared = 0
    for _ in range(CASES):
        count = chooser.choice([1, 1, 2, 3, 5])
        texts = [
            " ".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 4)))
            for _ in range(count)
        ]
        indent = chooser.choice(["", "    ", "        "])
        body = texts[0] + "".join(f"\n{indent}{chooser.choice(['', '  '])}{t}" for t in texts[1:])
        if chooser.random() < 0.3:
            body += "\n" + indent
        source_literal = '"""' + body + '"""'
        if source_literal.endswith('""""') and not source_literal.endswith('\\""""'):
            continue
        depth = len(indent) // 4
        blocks = "".join(
            "    " * k + ("class C:\n" if k == 0 else "def f(self):\n") for k in range(depth)
        )
        after = indent + "x = 1\n" if depth else ""
        formatted = black.format_str(blocks + indent + source_literal + "\n" + after, mode=MODE)
        assert indent + docstring(source_literal, indent) + "\n" in formatted, source_literal
        compared += 1
    assert compared > CASES // 2


def test_a_shape_it_does_not_know_is_refused_not_guessed():
    with pytest.raises(Unsure):
        lay_out(
            "        x = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb + ccccccccccccccccccccccc"
        )


def test_line_width_is_black_s_for_every_character():
    """The width of a non-ASCII line is black's, character by character,
    for all of Unicode, whether worked out here or taken from black."""
    from black.strings import str_width

    different = [
        hex(code)
        for code in range(0x80, 0x110000)
        if layout._char_width.__wrapped__(chr(code)) != str_width(chr(code))  # type: ignore[attr-defined]
    ]
    assert different == []
    assert layout.width("caf\u00e9 \u65e5\u672c \U0001f680") == len("café ") + 4 + 1 + 2


def test_width_of_mixed_text_is_the_sum_of_its_characters_widths():
    """``width`` counts only the characters beyond ASCII one by one: on any
    mix of ASCII, combining, wide and astral characters it gives the sum."""
    chooser = random.Random(7)
    characters = ["a", " ", "\x00", "\x7f", "\x80", "\u00e9", "\u0301", "\u65e5", "\uff71"]
    characters += ["\u2713", "\u4dc0", "\U0001f680", "\U00020000", "\u200b"]
    for _ in range(2000):
        text = "".join(chooser.choice(characters) for _ in range(chooser.randint(0, 30)))
        assert layout.width(text) == sum(layout._char_width(c) for c in text), repr(text)


def test_a_long_line_laid_out_again_gives_the_same_lines_not_the_same_list():
    """A line met again (kept from the first time) comes out the same, and
    changing what one call gave changes nothing for the next."""
    line = "        result = client.call(" + ", ".join(f"argument_{n}={n}" for n in range(12)) + ")"
    first = lay_out(line)
    first.append("changed")
    assert lay_out(line) == first[:-1] == black_lines(2, line.strip())


def _string_statements_by_ast(text: str) -> list[tuple[int, int, int, int, bool]]:
    """What ``format.string_statements`` must find, from the syntax tree:
    (first line, last line, start column, depth, docstring)."""
    import ast

    found = []

    def visit(body: list[ast.stmt], depth: int, first_is_docstring: bool) -> None:
        for index, node in enumerate(body):
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                if isinstance(node.value.value, str):
                    string = node.value
                    start = len(
                        text.split("\n")[string.lineno - 1].encode()[: string.col_offset].decode()
                    )
                    docstring = first_is_docstring and index == 0
                    found.append(
                        (string.lineno - 1, (string.end_lineno or 0) - 1, start, depth, docstring)
                    )
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(node.body, depth + 1, True)
            elif isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
                for block in (node.body, getattr(node, "orelse", [])):
                    visit(block, depth + 1, False)

    visit(ast.parse(text).body, 0, True)
    return found


def test_strings_standing_as_statements_are_found_as_the_syntax_tree_has_them():
    """The formatter finds docstrings without parsing each file: on every
    generated module, committed and golden, it finds what the syntax tree has."""
    from pathlib import Path

    from generator.format import string_statements

    root = Path(__file__).parent.parent
    files = [*(root / "generated").rglob("*.py"), *(root / "tests/features/golden").rglob("*.py")]
    samples = [
        'def f(\n    a,\n) -> None:\n    r"""Doc."""\n    "not a docstring"\n',
        'class A(\n    B,\n):\n    # comment\n\n    """Doc\n    more."""\n',
        'x = 1\n"""after code"""\nif x:\n    """in a block"""\n',
        '\'\'\'one\'\'\' \nx = (\n    """part of\n    an expression"""\n)\ny = \'#\' # """\n',
        '"""Module\n"""\nT = TypedDict(\n    "T",\n    {},\n)\n"""After a call."""\n',
    ]
    texts = [p.read_text(encoding="utf-8") for p in files if ".pristine" not in p.parts]
    assert len(texts) > 100
    for text in [*texts, *samples]:
        found = [
            (s.first, s.last, s.start, s.depth, s.is_docstring)
            for s in string_statements(text, text.split("\n"))
        ]
        assert found == _string_statements_by_ast(text), text[:300]
