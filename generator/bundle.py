"""Specs split over files: references to other local files, made local.

``$ref: schemas/order.yaml``, ``$ref: common.yaml#/components/responses/NotFound``
or a path item in its own file are resolved against the file they are
written in, YAML or JSON, at any depth. What they point at joins the
document: as a component of the kind the reference expects (a schema under
``components/schemas``, a response under ``components/responses``, ...),
named after the pointer's last token or the file's name, and the reference
becomes ``#/components/...``; a path item is written in place. A reference
that is itself a component of the main file (``components: schemas: Order:
$ref: order.yaml``) becomes that component. Lines of the other files stay
theirs: a later problem names the file and line it is in.

A file outside the main file's folder tree, a remote URL (left to
validation) or a missing file or pointer is an error naming the file and
line of the reference.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from msgspec import Struct

from .errors import Problem, SpecError, pointer_join, pointer_unescape
from .load import Document, Source, load
from .compose import HTTP_METHODS
from .refs import DATA_KEYS, MISSING, NAME_MAPS, is_local, is_remote, step

# Where each kind of object lives among the components.
SECTIONS = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "link": "links",
    "securityScheme": "securitySchemes",
    "callback": "callbacks",
}
KINDS = {section: kind for kind, section in SECTIONS.items()}


def external_refs(data: Any) -> bool:
    """Whether ``data`` holds a reference to another file: a walk that stops
    at the first one (most specs have none, and it runs on every spec)."""
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, names = stack.pop()
        if isinstance(value, dict):
            if not names:
                ref = value.get("$ref")
                if isinstance(ref, str) and not is_local(ref) and not is_remote(ref):
                    return True
            for key, child in value.items():
                if isinstance(child, (dict, list)):
                    if names or not (key in DATA_KEYS or str(key).startswith("x-")):
                        stack.append((child, not names and key in NAME_MAPS))
        elif isinstance(value, list):
            stack.extend((child, False) for child in value if isinstance(child, (dict, list)))
    return False


def bundle(doc: Document) -> Document:
    """``doc`` with every reference to another file made local."""
    if not external_refs(doc.data):
        return doc
    bundler = _Bundler(doc)
    data = bundler.run()
    if bundler.problems:
        raise SpecError(bundler.problems)
    return Document(doc.path, data, bundler.source)


def kind_after(kind: str, tokens: list[str]) -> str:
    """The kind of object found by following ``tokens`` from an object of
    ``kind`` ("document", "pathItem", "operation", "schema", ...)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        step = 1
        if kind == "document":
            if token in ("paths", "webhooks") and index + 1 < len(tokens):
                kind, step = "pathItem", 2
            elif token == "components" and index + 2 < len(tokens):
                section = tokens[index + 1]
                kind, step = ("pathItem" if section == "pathItems" else KINDS.get(section, "")), 3
            else:
                return ""
        elif kind == "pathItem":
            if token in HTTP_METHODS:
                kind = "operation"
            elif token == "parameters":
                kind, step = "parameter", 2
        elif kind == "operation":
            if token == "parameters":
                kind, step = "parameter", 2
            elif token == "requestBody":
                kind = "requestBody"
            elif token == "responses":
                kind, step = "response", 2
            elif token == "callbacks":
                kind, step = "pathItem", 3
        elif kind in ("parameter", "header", "mediaType"):
            if token == "schema":
                kind = "schema"
            elif token == "content":
                kind, step = "mediaType", 2
            elif token == "examples":
                kind, step = "example", 2
        elif kind == "requestBody" and token == "content":
            kind, step = "mediaType", 2
        elif kind == "response":
            if token == "headers":
                kind, step = "header", 2
            elif token == "content":
                kind, step = "mediaType", 2
            elif token == "links":
                kind, step = "link", 2
        elif kind == "callback":
            kind = "pathItem"
        index += step
    return kind


class _Bundler:
    def __init__(self, doc: Document) -> None:
        self.main = Path(os.path.abspath(doc.path))
        self.root = self.main.parent
        self.doc = doc
        self.source = Source(dict(doc.source.lines), doc.source.json_raw, doc.source.json_file)
        self.data: dict[str, Any] = copy.deepcopy(doc.data)
        self.files: dict[Path, Document] = {self.main: doc}
        self.done: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local reference
        self.inlining: list[tuple[Path, str]] = []
        self.problems: list[Problem] = []

    def run(self) -> dict[str, Any]:
        components = self.data.get("components")
        if isinstance(components, dict):
            # A component of the main file that is a reference to another
            # file becomes what it points at, under its own name.
            for section, entries in components.items():
                if section not in KINDS or not isinstance(entries, dict):
                    continue
                for name, value in list(entries.items()):
                    ref = value.get("$ref") if isinstance(value, dict) else None
                    if isinstance(ref, str) and not is_local(ref) and not is_remote(ref):
                        at = pointer_join("components", section, name)
                        target = self._target(ref, self.main, at + "/$ref")
                        if target is not None and target not in self.done:
                            self.done[target] = "#" + at
        self._walk(self.data, _Site(self.main, "document", (), "", ""), False)
        return self.data

    # -- walking --------------------------------------------------------------------

    def _walk(self, node: Any, site: _Site, names: bool) -> Any:
        """``node`` with its references made local; returns what replaces it."""
        if isinstance(node, list):
            for index, child in enumerate(node):
                node[index] = self._walk(child, site.below(str(index)), False)
            return node
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref") if not names else None
        if isinstance(ref, str):
            replaced = self._reference(node, ref, site)
            if replaced is not node:
                return replaced
        for key, child in list(node.items()):
            if not names and (key == "$ref" or key in DATA_KEYS or str(key).startswith("x-")):
                continue
            child_names = not names and key in NAME_MAPS and isinstance(child, dict)
            node[key] = self._walk(child, site.below(str(key)), child_names)
        return node

    def _reference(self, node: dict[str, Any], ref: str, site: _Site) -> Any:
        file, anchor, tokens, at = site.file, site.anchor, site.tokens, site.at
        if is_remote(ref) or (is_local(ref) and file == self.main):
            return node  # remote: validation refuses it; local to the main file: as it is
        target = self._target(ref, file, site.here + "/$ref")
        if target is None:
            return node
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if target[0] == self.main:
            return {**siblings, "$ref": "#" + target[1]}  # back into the main file
        kind = self._kind(target, anchor, tokens)
        local = self.done.get(target)
        if kind == "pathItem" or not kind or local == "#" + at:
            # A path item is written in place, and so is the component of
            # the main file that names the target.
            return self._inline(node, target, kind or anchor, at)
        if local is None:
            local = self._component(target, kind)
        if local is None:
            return node
        return {**siblings, "$ref": local}

    def _kind(self, target: tuple[Path, str], anchor: str, tokens: tuple[str, ...]) -> str:
        """What the target is: from its own place (components/responses/X)
        when it has one, else from where the reference is written."""
        path_tokens = [pointer_unescape(t) for t in target[1].split("/")[1:]]
        if len(path_tokens) == 3 and path_tokens[0] == "components" and path_tokens[1] in KINDS:
            return KINDS[path_tokens[1]]
        return kind_after(anchor, list(tokens))

    def _component(self, target: tuple[Path, str], kind: str) -> str | None:
        file, pointer = target
        value = self._value(target)
        section = SECTIONS[kind]
        components = self.data.setdefault("components", {})
        entries = components.setdefault(section, {})
        name = self._name(target, entries)
        at = pointer_join("components", section, name)
        local = "#" + at
        self.done[target] = local
        entries[name] = {}  # taken, so a reference back to it finds it
        self._mount(at, target)
        entries[name] = self._walk(copy.deepcopy(value), _Site(file, kind, (), at, pointer), False)
        return local

    def _inline(self, node: dict[str, Any], target: tuple[Path, str], kind: str, at: str) -> Any:
        if target in self.inlining:
            self._problem(target[0], target[1], "a path item that includes itself")
            return node
        value = self._value(target)
        self.inlining.append(target)
        self._mount(at, target)
        content = self._walk(copy.deepcopy(value), _Site(target[0], kind, (), at, target[1]), False)
        self.inlining.pop()
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return {**content, **siblings} if isinstance(content, dict) else content

    # -- files ----------------------------------------------------------------------

    def _target(self, ref: str, file: Path, at: str) -> tuple[Path, str] | None:
        """(file, pointer) a reference written in ``file`` names, or None after
        saying what is wrong."""
        relative, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            self._problem(file, at, f"$ref {ref!r}: the part after '#' must be a JSON pointer")
            return None
        if not relative:
            return self._found(file, fragment, ref, file, at)
        path = Path(os.path.normpath(file.parent / unquote(relative)))
        if not (path == self.root or self.root in path.parents) or not _inside(path, self.root):
            self._problem(file, at, f"$ref {ref!r} points outside the spec's folder ({self.root})")
            return None
        if path not in self.files:
            try:
                self.files[path] = load(self._shown(path))  # named as the user would
            except SpecError as exc:
                reason = exc.problems[0].message if exc.problems else "cannot be read"
                self._problem(file, at, f"$ref {ref!r}: {path.name}: {reason}")
                return None
        return self._found(path, fragment, ref, file, at)

    def _found(
        self, path: Path, pointer: str, ref: str, file: Path, at: str
    ) -> tuple[Path, str] | None:
        """(path, pointer) when ``path`` has something there; else None, said
        at the reference (``at`` in ``file``)."""
        if self._value((path, pointer)) is MISSING:
            self._problem(file, at, f"$ref {ref!r}: {path.name} has nothing at {pointer!r}")
            return None
        return path, pointer

    def _value(self, target: tuple[Path, str]) -> Any:
        file, pointer = target
        node: Any = self.files[file].data
        for token in pointer.split("/")[1:]:
            node = step(node, pointer_unescape(token))
            if node is MISSING:
                break
        return node

    def _name(self, target: tuple[Path, str], entries: dict[str, Any]) -> str:
        file, pointer = target
        last = pointer_unescape(pointer.rsplit("/", 1)[-1]) if pointer else ""
        base = last if last and not last.isdigit() else file.stem
        base = re.sub(r"[^A-Za-z0-9._-]", "_", base) or "Shared"
        name, count = base, 1
        while name in entries:
            count += 1
            name = f"{base}_{count}"
        return name

    def _mount(self, at: str, target: tuple[Path, str]) -> None:
        """Problems at ``at`` and below are located in the target's file."""
        file, pointer = target
        self.source.mounts.append((at, pointer, self.files[file].source, self._shown(file)))

    def _problem(self, file: Path, pointer: str, message: str) -> None:
        source = self.files[file].source if file in self.files else Source()
        self.problems.append(source.problem(pointer, message, self._shown(file)))

    def _shown(self, file: Path) -> str:
        """``file`` named as the main file was: ``specs/schemas/order.yaml``
        beside ``specs/openapi.yaml``."""
        return os.path.join(os.path.dirname(self.doc.path), os.path.relpath(file, self.root))


class _Site(Struct, frozen=True):
    """Where the walk is: in ``file``, ``tokens`` below an object of kind
    ``anchor``; ``at`` in the bundled document, ``here`` in ``file``."""

    file: Path
    anchor: str
    tokens: tuple[str, ...]
    at: str
    here: str

    def below(self, token: str) -> _Site:
        step = pointer_join(token)
        return _Site(
            self.file, self.anchor, (*self.tokens, token), self.at + step, self.here + step
        )


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path``, symbolic links followed, is still under ``root``."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return os.path.commonpath([real, top]) == top
