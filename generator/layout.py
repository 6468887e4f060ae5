"""Black's layout for the lines the templates leave too long.

The templates write code already in black's style: black's quotes and
spacing, magic trailing commas where a call is laid out one argument per
line. What they cannot know is whether a statement fits in the line length
once spec data fills it in. This module splits each overlong line the way
black would, so black itself need not run over the output (it is most of a
generation's time otherwise):

- a statement (an expression, ``x = ...``, ``x: T = ...``, ``return ...``,
  ``def ...:`` or ``from ... import ...``) or an item of an argument list,
  collection or parameter list (a line ending with a comma);
- split at its last opening bracket (black's "right hand split"); the
  content goes on one line when it fits, except in a collection display
  with several items, which black always explodes one item per line; an
  exploded list gets a trailing comma;
- a long type union, as an annotation or an alias, goes in parentheses and,
  if still too long, is split before each ``|``;
- what black cannot split either (a long string) stays as it is.

A line in a shape this module does not know raises ``Unsure``: the caller
then formats that file with black instead. Tests compare the result with
black's on the generated output of many specs.
"""

from __future__ import annotations

import ast
import functools
import re
import unicodedata
from collections.abc import Iterator

from .memo import kept

WIDTH = 100
INDENT = "    "


class Unsure(Exception):
    """A line this module cannot lay out exactly as black would."""


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def width(text: str) -> int:
    """The width black gives a line: wide East Asian characters count twice."""
    if text.isascii():
        return len(text)
    beyond = _BEYOND_ASCII.findall(text)  # ASCII characters count once
    return len(text) - len(beyond) + sum(map(_char_width, beyond))


@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    """Two for an East Asian wide or full-width character, else one, as
    black's table says for the characters whose width every Unicode version
    of Python 3.10 to 3.13 agrees on with it: the Basic Multilingual Plane's
    letters, digits, punctuation, spaces and symbols (but the Yijing
    symbols), and the emoji. Any other character (marks, controls, other
    planes) is looked up in black's table itself, importing black then only."""
    code = ord(char)
    if code < 0x80:
        return 1
    category = unicodedata.category(char)
    if (code < 0x10000 and category[0] in "LNPZS" and not _is_yijing(code)) or (
        0x1F000 <= code < 0x1FB00 and category == "So"
    ):
        return 2 if unicodedata.east_asian_width(char) in "WF" else 1
    from black.strings import str_width  # slow to import: only for such characters

    return str_width(char)


def _is_yijing(code: int) -> bool:
    """Trigram, digram and hexagram symbols: black counts them as wide."""
    return 0x2630 <= code <= 0x2637 or 0x268A <= code <= 0x268F or 0x4DC0 <= code <= 0x4DFF


# -- string literals -----------------------------------------------------------------------


@kept(longest=1000, size=65536)
def string(text: str) -> str:
    """``text`` as a string literal in black's style: double quotes, unless
    that needs more escapes than single quotes. (Kept: specs repeat their
    names and values many times over.)"""
    literal = repr(text)
    if literal[0] == "'" and '"' not in text:
        return '"' + literal[1:-1] + '"'  # the common case: nothing to re-escape
    return _requoted(literal, text.count('"'), text.count("'"))


def _requoted(literal: str, doubles: int, singles: int) -> str:
    """A literal as ``repr`` writes it (prefix, then quotes), with black's
    choice of quotes: double, unless the text has more double quotes than
    single ones (each would need escaping)."""
    prefix = literal[: len(literal) - len(literal.lstrip("bru"))]
    body = literal[len(prefix) + 1 : -1]
    if literal[len(prefix)] == '"' or doubles > singles:
        return literal
    if not doubles and "\\" not in body:
        return prefix + '"' + body + '"'  # the common case: nothing to re-escape
    out = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            escaped = body[index + 1]
            out.append("'" if escaped == "'" else char + escaped)
            index += 2
            continue
        out.append('\\"' if char == '"' else char)
        index += 1
    return prefix + '"' + "".join(out) + '"'


def literal(value: object) -> str:
    """A Python literal for plain data, on one line, as black writes it."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, dict):
        return "{" + ", ".join([f"{literal(k)}: {literal(v)}" for k, v in value.items()]) + "}"
    if isinstance(value, list):
        return "[" + ", ".join([literal(v) for v in value]) + "]"
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f"float({string(str(value))})"
        return repr(value)
    if isinstance(value, bytes):
        return _requoted(repr(value), value.count(b'"'), value.count(b"'"))
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


# -- the layout of one overlong line --------------------------------------------------------


class _Source:
    """One line of code and the byte offsets ast reports into it."""

    def __init__(self, text: str) -> None:
        self.text = text
        # In ASCII, byte offsets are character offsets: the text is cut as it is.
        self.data: str | bytes = text if text.isascii() else text.encode("utf-8")

    def of(self, node: ast.AST) -> str:
        return self.between(getattr(node, "col_offset"), getattr(node, "end_col_offset"))

    def between(self, start: int, end: int) -> str:
        part = self.data[start:end]
        return part if isinstance(part, str) else part.decode("utf-8")


_DEF_OPENING = re.compile(r"(?:async )?def [A-Za-z_][A-Za-z0-9_]*\(")


def _fits(text: str) -> bool:
    return width(text) <= WIDTH


def lay_out(line: str) -> list[str]:
    """``line`` (too long) split as black would split it."""
    return list(_lay_out(line))


# Kept: a file repeats its long lines (a method's parameters in the sync and
# the async class, a long ``Literal`` in every method that filters by it).
@kept(longest=20_000, size=512)
def _lay_out(line: str) -> tuple[str, ...]:
    stripped = line.lstrip(" ")
    depth, remainder = divmod(len(line) - len(stripped), len(INDENT))
    if remainder:
        raise Unsure(line)
    if _DEF_OPENING.fullmatch(stripped):
        return (line,)  # an exploded def's first line: a name black cannot split
    # A line ending with a comma is an item of an exploded list (as a
    # statement it would be a tuple, which the templates never write).
    shapes = (
        (_item, _parameter)
        if stripped.endswith(",")
        else (_statement, _decorator, _def_header, _class_header, _return_tail)
    )
    for shape in shapes:
        found = shape(stripped, depth)
        if found is not None:
            return tuple(found)
    raise Unsure(line)


def lay_out_exploded(lines: list[str]) -> list[str]:
    """A statement written over several lines, its value a call already
    exploded one argument per line (a magic trailing comma), whose first
    line is too long: black then either leaves it or moves the call into
    the value's parentheses, one level deeper."""
    first = lines[0]
    stripped = first.lstrip(" ")
    depth, remainder = divmod(len(first) - len(stripped), len(INDENT))
    indent = INDENT * depth
    if remainder or not first.endswith("(") or lines[-1] != indent + ")":
        raise Unsure(first)
    tree = _parse("\n".join(line[len(indent) :] for line in lines))
    if not isinstance(tree, ast.Module) or len(tree.body) != 1:
        raise Unsure(first)
    node = tree.body[0]
    value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign, ast.Return)) else None
    call = value.value if isinstance(value, ast.Await) else value
    if value is None or not isinstance(call, ast.Call) or call.end_lineno != len(lines):
        raise Unsure(first)
    if isinstance(node, ast.Assign) and len(node.targets) != 1:
        raise Unsure(first)
    source = _Source(stripped)
    prefix = source.between(0, value.col_offset)
    before = source.between(value.col_offset, call.func.end_col_offset or 0)
    head = indent + prefix + before + "("
    call_lines = [indent + stripped[len(prefix) :], *lines[1:]]
    wrapped = [indent + prefix + "(", *_relaid(call_lines, INDENT), indent + ")"]
    prefer_own = _Lines(source, depth).prefer_own_bracket(prefix, head, depth, before)
    if not prefer_own or all(_fits(line) for line in wrapped):
        return wrapped
    # Black's second opinion fails too: the call stays, and the first line
    # splits on its own, at the annotation if it has one.
    rest = _relaid(lines[1:], "")
    if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
        return [first, *rest]
    first_lines = _Lines(source, depth).optional(
        node.target.id + ": ", node.annotation, " = " + before + "(", depth
    )
    return [*first_lines, *rest]


def _relaid(lines: list[str], extra: str) -> list[str]:
    """``lines`` indented by ``extra``, each too long one laid out."""
    done: list[str] = []
    for line in lines:
        line = extra + line
        done += lay_out(line) if not _fits(line) else [line]
    return done


def _parse(text: str, mode: str = "exec") -> ast.AST | None:
    try:
        return ast.parse(text, mode=mode)
    except (SyntaxError, ValueError):
        return None


def _statement(text: str, depth: int) -> list[str] | None:
    tree = _parse(text)
    if not isinstance(tree, ast.Module) or len(tree.body) != 1:
        return None
    node = tree.body[0]
    if getattr(node, "end_lineno", 1) != 1:
        return None
    source = _Source(text)
    if isinstance(node, ast.Expr):
        return _Lines(source, depth).rhs("", node.value, "")
    if isinstance(node, ast.Return) and node.value is not None:
        return _Lines(source, depth).optional("return ", node.value, "", depth)
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        prefix = source.between(0, node.value.col_offset)
        return _Lines(source, depth).optional(prefix, node.value, "", depth)
    if isinstance(node, ast.AnnAssign) and node.simple:
        return _Lines(source, depth).annotated(node.target, node.annotation, node.value, "")
    if isinstance(node, ast.ImportFrom) and node.module:
        names = [f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names]
        head = f"from {'.' * node.level}{node.module} import ("
        indent = INDENT * depth
        return [indent + head, *(indent + INDENT + n + "," for n in names), indent + ")"]
    return None


def _decorator(text: str, depth: int) -> list[str] | None:
    """``@name(...)``: its call split as an expression statement's would be."""
    if not text.startswith("@"):
        return None
    tree = _parse(text[1:], "eval")
    if not isinstance(tree, ast.Expression) or not isinstance(tree.body, ast.Call):
        return None
    return _Lines(_Source(text[1:]), depth).rhs("@", tree.body, "")


def _item(text: str, depth: int) -> list[str] | None:
    """An argument, keyword argument, dict item or collection element on a
    line of its own, with its trailing comma."""
    if not text.endswith(","):
        return None
    body = text[:-1]
    call = _parse(f"f({body})", mode="eval")
    if isinstance(call, ast.Expression) and isinstance(call.body, ast.Call):
        args = call.body.args + call.body.keywords
        if len(args) == 1:
            source = _Source(f"f({body})")
            node = args[0]
            lines = _Lines(source, depth)
            if isinstance(node, ast.keyword):
                if node.arg is None:
                    return lines.rhs("**", node.value, ",", inside=True)
                return lines.rhs(f"{node.arg}=", node.value, ",", inside=True)
            if isinstance(node, ast.Starred):
                return lines.rhs("*", node.value, ",", inside=True)
            return lines.rhs("", node, ",", inside=True)
    pair = _parse("{" + body + "}", mode="eval")
    if isinstance(pair, ast.Expression) and isinstance(pair.body, ast.Dict):
        keys, values = pair.body.keys, pair.body.values
        # The templates key dicts by string; ``name: T,`` is a parameter.
        if len(values) == 1 and isinstance(keys[0], ast.Constant):
            source = _Source("{" + body + "}")
            lines = _Lines(source, depth)
            key = source.between(keys[0].col_offset, values[0].col_offset)
            return lines.rhs(key, values[0], ",", inside=True)
    return None


def _parameter(text: str, depth: int) -> list[str] | None:
    """A parameter of an exploded ``def``: ``name: T = default,``."""
    if not text.endswith(","):
        return None
    tree = _parse(f"def f({text[:-1]}): pass")
    if not isinstance(tree, ast.Module):
        return None
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    args = function.args
    every = args.posonlyargs + args.args + args.kwonlyargs
    if len(every) != 1 or args.vararg or args.kwarg or every[0].annotation is None:
        return None
    source = _Source(f"def f({text[:-1]}): pass")
    defaults = [d for d in args.defaults + args.kw_defaults if d is not None]
    return _Lines(source, depth).annotated(
        every[0], every[0].annotation, defaults[0] if defaults else None, ","
    )


def _def_header(text: str, depth: int) -> list[str] | None:
    """``def name(params) -> T:`` on one line: black splits at the first
    bracket, the parameters on one line if they fit (a lone one with a
    trailing comma)."""
    if not (text.startswith(("def ", "async def ")) and text.endswith(":")):
        return None
    tree = _parse(text + " pass")
    if not isinstance(tree, ast.Module) or not isinstance(
        tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)
    ):
        return None
    opening = text.index("(")
    closing = _matching(text, opening)
    params = text[opening + 1 : closing]
    indent = INDENT * depth
    head = indent + text[: opening + 1]
    inner = indent + INDENT + params + ("" if "," in params else ",")
    # A name too long for any line stays on a line too long (black cannot
    # split a name), when nothing after the parameters has a bracket to split.
    plain_tail = not any(b in text[closing + 1 :] for b in "([{")
    if not (params and (_fits(head) or plain_tail) and _fits(inner)):
        raise Unsure(text)  # one parameter per line: the templates write those themselves
    tail = text[closing:]
    if _fits(indent + tail):
        return [head, inner, indent + tail]
    return [head, inner, *(_return_tail(tail, depth) or [indent + tail])]


def _class_header(text: str, depth: int) -> list[str] | None:
    """``class Name(Bases):``: black splits at the bracket, the bases on one line."""
    if not (text.startswith("class ") and text.endswith("):") and "(" in text):
        return None
    tree = _parse(text + " pass")
    if not isinstance(tree, ast.Module) or not isinstance(tree.body[0], ast.ClassDef):
        return None
    opening = text.index("(")
    indent = INDENT * depth
    lines = [indent + text[: opening + 1], indent + INDENT + text[opening + 1 : -2], indent + "):"]
    if not all(_fits(line) for line in lines[1:]):
        raise Unsure(text)
    return lines


def _return_tail(text: str, depth: int) -> list[str] | None:
    """The last line of an exploded ``def``: ``) -> T:``. The return type
    sits in optional parentheses, like the value of an assignment."""
    if not (text.startswith(") -> ") and text.endswith(":")):
        return None
    tree = _parse(text[5:-1], mode="eval")
    if not isinstance(tree, ast.Expression):
        return None
    source = _Source(text[5:-1])
    return _Lines(source, depth).optional(") -> ", tree.body, ":", depth)


def _matching(text: str, opening: int) -> int:
    depth = 0
    quote = ""
    index = opening
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise Unsure(text)


_GROUPS = (ast.Call, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.Subscript)


class _Lines:
    """Black's right hand split over the ast of one line."""

    def __init__(self, source: _Source, depth: int) -> None:
        self.source = source
        self.depth = depth

    def text(self, node: ast.AST) -> str:
        return self.source.of(node)

    def rhs(
        self,
        prefix: str,
        node: ast.expr,
        suffix: str,
        depth: int | None = None,
        inside: bool = False,
    ) -> list[str]:
        """``prefix + node + suffix`` at ``depth``, split at its last bracket."""
        depth = self.depth if depth is None else depth
        indent = INDENT * depth
        line = indent + prefix + self.text(node) + suffix
        if _fits(line):
            return [line]
        if inside and isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self.union(prefix, node, suffix, depth)
        group, before, after = self.last_group(node)
        if group is None:
            if not _is_atom(node):
                raise Unsure(line)  # black would split it at an operator
            return [line]  # nothing black could split either
        items = _items(group)
        if not items:
            if not inside:
                raise Unsure(line)
            return [line]  # empty brackets: black does not split them
        head = indent + prefix + before + self.opening(group)
        tail = indent + _closing(group) + after + suffix
        return [head, *self.body(group, items, depth + 1), tail]

    def optional(self, prefix: str, node: ast.expr, suffix: str, depth: int) -> list[str]:
        """``prefix + node + suffix`` where ``node`` sits in black's invisible
        parentheses (the value of an assignment, a return value or type)."""
        indent = INDENT * depth
        line = indent + prefix + self.text(node) + suffix

        def wrapped() -> list[str]:
            return [
                indent + prefix + "(",
                *self.rhs("", node, "", depth + 1, inside=True),
                indent + ")" + suffix,
            ]

        if _is_union(node):
            return wrapped()  # a delimiter at the top: the parentheses read better
        group, before, after = self.last_group(node)
        if group is None:
            if not _is_atom(node):
                raise Unsure(line)
            inner = INDENT * (depth + 1) + self.text(node)
            if isinstance(node, (ast.Name, ast.Constant)) and not _fits(inner):
                return [line]  # one leaf that cannot fit anywhere: left as it is
            return wrapped()
        if not _items(group):
            raise Unsure(line)
        head = indent + prefix + before + self.opening(group)
        if not self.prefer_own_bracket(prefix, head, depth, before):
            return wrapped()
        split = [
            head,
            *self.body(group, _items(group), depth + 1),
            indent + _closing(group) + after + suffix,
        ]
        if _fits(split[0]):
            return split
        # Black's second opinion: the parentheses win if then every line fits.
        second = wrapped()
        return second if all(_fits(text) for text in second) else split

    def prefer_own_bracket(self, prefix: str, head: str, depth: int, before: str) -> bool:
        """Whether black splits at the value's own last bracket rather than
        at the invisible parentheses around it."""
        if not prefix.endswith("= "):
            return True  # not right after an assignment
        target = prefix[:-2]
        if not any(char in target for char in "([{"):
            return True  # the target holds no brackets
        if not _fits(INDENT * depth + prefix + "("):
            return True
        if any(char in before for char in ")]}"):
            return True
        return _fits(head)

    def last_group(self, node: ast.expr) -> tuple[ast.expr | None, str, str]:
        """The node whose closing bracket ends ``node``, the text of ``node``
        before that group's opening part, and after its closing bracket."""
        if isinstance(node, _GROUPS):
            return node, "", ""
        if isinstance(node, ast.Attribute) and isinstance(node.value, _GROUPS):
            whole = self.text(node)
            return node.value, "", whole[len(self.text(node.value)) :]
        inner = node.body if isinstance(node, ast.Lambda) else None
        if isinstance(node, ast.Await):
            inner = node.value
        if inner is None:
            return None, "", ""
        group, before, after = self.last_group(inner)
        if group is None:
            return None, "", ""
        lead = self.source.between(node.col_offset, inner.col_offset)
        return group, lead + before, after

    def opening(self, group: ast.expr) -> str:
        """The text of ``group`` up to and including its opening bracket."""
        if isinstance(group, ast.Call):
            return self.text(group.func) + "("
        if isinstance(group, ast.Subscript):
            return self.text(group.value) + "["
        return self.text(group)[0]

    def body(self, group: ast.expr, items: list[ast.AST], depth: int) -> list[str]:
        """The content of a split group: on one line when it fits (and the
        group is not a collection of several items), else one item per line."""
        indent = INDENT * depth
        texts = [self.item_text(item) for item in items]
        one_tuple = isinstance(group, ast.Tuple) and len(items) == 1
        collection = isinstance(group, (ast.List, ast.Tuple, ast.Dict, ast.Set))
        if not (collection and len(items) > 1):
            line = indent + ", ".join(texts) + ("," if one_tuple else "")
            if _fits(line):
                return [line]
        if len(items) == 1:
            return self.item_lines(items[0], depth, "," if one_tuple else "")
        lines: list[str] = []
        for item in items:
            lines += self.item_lines(item, depth, ",")
        return lines

    def item_text(self, item: ast.AST) -> str:
        if isinstance(item, _DictItem):
            return self.source.between(item.key.col_offset, item.value.end_col_offset)  # type: ignore[arg-type]
        return self.source.of(item)

    def item_lines(self, item: ast.AST, depth: int, suffix: str) -> list[str]:
        if isinstance(item, _DictItem):
            key = self.source.between(item.key.col_offset, item.value.col_offset)
            return self.rhs(key, item.value, suffix, depth, inside=True)
        if isinstance(item, ast.keyword):
            prefix = "**" if item.arg is None else f"{item.arg}="
            return self.rhs(prefix, item.value, suffix, depth, inside=True)
        if isinstance(item, ast.Starred):
            return self.rhs("*", item.value, suffix, depth, inside=True)
        assert isinstance(item, ast.expr)
        return self.rhs("", item, suffix, depth, inside=True)

    def union(self, prefix: str, node: ast.BinOp, suffix: str, depth: int) -> list[str]:
        """A ``|`` union split before each ``|``."""
        members = list(_union_members(node))
        indent = INDENT * depth
        lines: list[str] = []
        for index, member in enumerate(members):
            lead = prefix if index == 0 else "| "
            end = suffix if index == len(members) - 1 else ""
            lines += self.rhs(lead, member, end, depth, inside=True)
        return lines

    def annotated(
        self,
        target: ast.AST,
        annotation: ast.expr,
        value: ast.expr | None,
        suffix: str,
    ) -> list[str]:
        """``name: T = value`` (a field or a parameter): a long union type
        goes in parentheses; any other type splits at its last bracket; a
        long value splits at its own."""
        name = self.text(target) if not isinstance(target, ast.arg) else target.arg
        default = f" = {self.text(value)}" if value is not None else ""
        indent = INDENT * self.depth
        line = f"{indent}{name}: {self.text(annotation)}{default}{suffix}"
        if _fits(line):
            return [line]
        if value is not None and (self.last_group(value)[0] is not None or _is_union(value)):
            # The value holds the last bracket (or is a union): black splits there.
            prefix = f"{name}: {self.text(annotation)} = "
            return self.optional(prefix, value, suffix, self.depth)
        head = f"{indent}{name}: {self.text(annotation)} = ("
        if isinstance(value, (ast.Name, ast.Constant)) and not isinstance(target, ast.arg):
            # A field's annotation and value both sit in invisible parentheses:
            # black opens the value's when the line up to them fits, else the
            # annotation's.
            if _fits(head):
                value_line = INDENT * (self.depth + 1) + self.text(value)
                return [head, value_line, f"{indent}){suffix}"]
            return self.optional(f"{name}: ", annotation, default + suffix, self.depth)
        if value is not None and not isinstance(target, ast.arg) and _fits(head):
            # A field's value sits in optional parentheses black makes visible
            # when the line up to them fits.
            value_line = INDENT * (self.depth + 1) + self.text(value)
            if not _is_atom(value) or not _fits(value_line):
                raise Unsure(line)
            return [head, value_line, f"{indent}){suffix}"]
        if value is None and not isinstance(target, ast.arg):
            return self.optional(f"{name}: ", annotation, suffix, self.depth)
        if _is_union(annotation):
            return [
                f"{indent}{name}: (",
                *self.rhs("", annotation, "", self.depth + 1, inside=True),
                f"{indent}){default}{suffix}",
            ]
        return self.rhs(f"{name}: ", annotation, default + suffix)


class _DictItem(ast.AST):
    """A key and its value, as one item of a dict display."""

    _fields = ("key", "value")

    def __init__(self, key: ast.expr, value: ast.expr) -> None:
        super().__init__()
        self.key = key
        self.value = value


def _items(group: ast.expr) -> list[ast.AST]:
    if isinstance(group, ast.Call):
        found: list[ast.expr | ast.keyword] = [*group.args, *group.keywords]
        found.sort(key=lambda n: n.col_offset)
        return list(found)
    if isinstance(group, (ast.List, ast.Tuple, ast.Set)):
        return list(group.elts)
    if isinstance(group, ast.Dict):
        if any(k is None for k in group.keys):
            raise Unsure("a dict display with ** unpacking")
        return [_DictItem(k, v) for k, v in zip(group.keys, group.values)]  # type: ignore[arg-type]
    if isinstance(group, ast.Subscript):
        index = group.slice
        return list(index.elts) if isinstance(index, ast.Tuple) else [index]
    raise Unsure(type(group).__name__)


def _closing(group: ast.expr) -> str:
    if isinstance(group, (ast.Call, ast.Tuple)):
        return ")"
    if isinstance(group, (ast.List, ast.Subscript)):
        return "]"
    return "}"


def _is_union(node: ast.expr) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)


def _union_members(node: ast.expr) -> Iterator[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        yield from _union_members(node.left)
        yield node.right
    else:
        yield node


def _is_atom(node: ast.expr) -> bool:
    """A name, a constant, a dotted name or a negative number: what black
    leaves on its line, however long, inside brackets."""
    if isinstance(node, (ast.Name, ast.Constant, ast.JoinedStr)):
        return True
    if isinstance(node, ast.Attribute):
        return _is_atom(node.value)
    return isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)


# -- docstrings ------------------------------------------------------------------------------


def docstring(literal: str, indent: str) -> str:
    """A docstring literal as black leaves it: the first line stripped, the
    others re-indented to ``indent`` (their common indentation removed),
    trailing spaces dropped, a space between the text and a quote mark that
    would touch the closing quotes, and those closing quotes on a line of
    their own when the last line leaves no room for them."""
    if not literal.startswith('"""') or re.search(r"\\\s*\n", literal):
        return literal  # black leaves these as they are
    body = literal[3:-3]
    if "\n" in body:
        lines = [_expand_leading_tabs(line) for line in body.splitlines()]
        if body.endswith("\n"):
            lines.append("")
        rest = [line for line in lines[1:] if line.strip()]
        common = min((len(line) - len(line.lstrip()) for line in rest), default=-1)
        trimmed = [lines[0].strip()]
        if common >= 0:
            last = len(lines) - 2
            for index, line in enumerate(lines[1:]):
                text = line[common:].rstrip()
                trimmed.append(indent + text if text or index == last else "")
        body = "\n".join(trimmed)
    else:
        body = body.strip()
    trailing_backslash = False
    if body:
        if body[0] == '"':
            body = " " + body
        if body[-1] == '"':
            body += " "
        if body[-1] == "\\" and (len(body) - len(body.rstrip("\\"))) % 2:
            body += " "
            trailing_backslash = True
    else:
        body = " "
    lines = body.splitlines()
    last_width = 0 if body.endswith("\n") else len(lines[-1])
    if len(lines) > 1 and last_width + 3 > WIDTH and not trailing_backslash:
        # Black's second pass then strips the padding it added to that line.
        return '"""' + body.rstrip(" ") + "\n" + indent + '"""'
    return '"""' + body + '"""'


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip()
    if not stripped or stripped == line:
        return line
    return line[: len(line) - len(stripped)].expandtabs() + stripped
