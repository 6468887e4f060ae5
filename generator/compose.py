"""Compose stage: base spec + overlays + fragments -> one document.

Overlays follow the OpenAPI Overlay Specification 1.0: each action selects
nodes with an RFC 9535 JSONPath ``target`` and either merges ``update`` into
them or removes them. Fragments are partial OpenAPI documents whose
``paths``, ``components`` and ``tags`` are merged into the base; the same
path and method, or a different component under the same name, defined in
two files is an error naming both.
"""

from __future__ import annotations

import copy
from typing import Any, Sequence


from .errors import Problem, SpecError, pointer_join
from .load import Document, Source

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def compose(
    base: Document, overlays: Sequence[Document] = (), fragments: Sequence[Document] = ()
) -> Document:
    """Apply fragments, then overlays, to a copy of ``base`` (``base`` itself
    when there are none: copying a large spec costs seconds)."""
    if not overlays and not fragments:
        return base
    data = copy.deepcopy(base.data)
    source = Source(
        dict(base.source.lines),
        base.source.json_raw,
        base.source.json_file,
        list(base.source.mounts),
    )
    problems: list[Problem] = []
    owners = _owners(base)
    for fragment in fragments:
        problems += _merge_fragment(data, source, owners, fragment)
    if problems:
        raise SpecError(problems)
    for overlay in overlays:
        problems += _apply_overlay(data, source, overlay)
    if problems:
        raise SpecError(problems)
    return Document(base.path, data, source)


# -- fragments ---------------------------------------------------------------


def _owners(base: Document) -> dict[str, str]:
    """Which file defined each operation and component so far."""
    owners: dict[str, str] = {}
    for path, item in (base.data.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in item:
                owners[pointer_join("paths", path, method)] = base.path
    for section, entries in (base.data.get("components") or {}).items():
        if isinstance(entries, dict):
            for name in entries:
                owners[pointer_join("components", section, name)] = base.path
    return owners


def _merge_fragment(
    data: dict[str, Any], source: Source, owners: dict[str, str], fragment: Document
) -> list[Problem]:
    problems: list[Problem] = []
    frag = fragment.data
    unknown = sorted(
        set(frag)
        - {"openapi", "info", "paths", "components", "tags", "servers"}
        - {k for k in frag if k.startswith("x-")}
    )
    for key in unknown:
        problems.append(
            fragment.source.problem(
                pointer_join(key),
                f"a fragment may hold only paths, components and tags, not {key!r}",
                fragment.path,
            )
        )

    paths = frag.get("paths") or {}
    if not isinstance(paths, dict):
        return problems + [
            fragment.source.problem("/paths", "paths must be a mapping", fragment.path)
        ]
    target_paths = data.setdefault("paths", {})
    for path, item in paths.items():
        item_pointer = pointer_join("paths", path)
        if not isinstance(item, dict):
            problems.append(
                fragment.source.problem(
                    item_pointer, "a path item must be a mapping", fragment.path
                )
            )
            continue
        target_item = target_paths.setdefault(path, {})
        for key, value in item.items():
            pointer = pointer_join("paths", path, key)
            if key in target_item:
                if key in HTTP_METHODS:
                    first = owners.get(pointer, "the base spec")
                    problems.append(
                        fragment.source.problem(
                            pointer,
                            f"{key.upper()} {path} is already defined in {first}",
                            fragment.path,
                        )
                    )
                    continue
                if target_item[key] != value:
                    problems.append(
                        fragment.source.problem(
                            pointer,
                            f"{path} {key} differs from the one already defined",
                            fragment.path,
                        )
                    )
                continue
            target_item[key] = copy.deepcopy(value)
            owners[pointer] = fragment.path
            _copy_lines(source, fragment.source, pointer, pointer)

    components = frag.get("components") or {}
    if not isinstance(components, dict):
        return problems + [
            fragment.source.problem("/components", "components must be a mapping", fragment.path)
        ]
    target_components = data.setdefault("components", {})
    for section, entries in components.items():
        if not isinstance(entries, dict):
            problems.append(
                fragment.source.problem(
                    pointer_join("components", section), "must be a mapping", fragment.path
                )
            )
            continue
        target_section = target_components.setdefault(section, {})
        for name, value in entries.items():
            pointer = pointer_join("components", section, name)
            if name in target_section:
                if target_section[name] != value:
                    first = owners.get(pointer, "the base spec")
                    problems.append(
                        fragment.source.problem(
                            pointer,
                            f"a different {section[:-1] if section.endswith('s') else section} named {name!r} is already defined in {first}",
                            fragment.path,
                        )
                    )
                continue
            target_section[name] = copy.deepcopy(value)
            owners[pointer] = fragment.path
            _copy_lines(source, fragment.source, pointer, pointer)

    tags = frag.get("tags") or []
    known = {t.get("name") for t in data.get("tags") or [] if isinstance(t, dict)}
    for tag in tags if isinstance(tags, list) else []:
        if isinstance(tag, dict) and tag.get("name") not in known:
            data.setdefault("tags", []).append(copy.deepcopy(tag))
            known.add(tag.get("name"))
    return problems


def _copy_lines(target: Source, origin: Source, from_pointer: str, to_pointer: str) -> None:
    prefix = from_pointer
    for pointer, location in origin.lines.items():
        if pointer == prefix or pointer.startswith(prefix + "/"):
            target.lines[to_pointer + pointer[len(prefix) :]] = location


# -- overlays ----------------------------------------------------------------


def _apply_overlay(data: dict[str, Any], source: Source, overlay: Document) -> list[Problem]:
    import jsonpath_rfc9535 as jsonpath  # loaded only for specs with overlays

    doc = overlay.data
    where = overlay.source
    version = doc.get("overlay")
    if not isinstance(version, str) or not version.startswith("1."):
        return [
            where.problem(
                "/overlay", "not an overlay document: 'overlay: 1.0.0' is missing", overlay.path
            )
        ]
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        return [
            where.problem("/actions", "an overlay needs a non-empty list of actions", overlay.path)
        ]
    problems: list[Problem] = []
    for index, action in enumerate(actions):
        pointer = pointer_join("actions", index)
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            problems.append(
                where.problem(pointer, "an action needs a JSONPath 'target'", overlay.path)
            )
            continue
        if "update" not in action and not action.get("remove"):
            problems.append(
                where.problem(pointer, "an action needs 'update' or 'remove: true'", overlay.path)
            )
            continue
        try:
            nodes = list(jsonpath.find(action["target"], data))
        except jsonpath.JSONPathError as exc:
            problems.append(
                where.problem(pointer + "/target", f"invalid JSONPath: {exc}", overlay.path)
            )
            continue
        if not nodes:
            problems.append(
                where.problem(
                    pointer + "/target",
                    f"target {action['target']!r} matches nothing in the spec",
                    overlay.path,
                )
            )
            continue
        if action.get("remove"):
            # Remove from the deepest, last index first so earlier locations stay valid.
            for node in sorted(
                nodes,
                key=lambda n: [str(p) if isinstance(p, str) else f"{p:012d}" for p in n.location],
                reverse=True,
            ):
                if not node.location:
                    problems.append(
                        where.problem(
                            pointer + "/target", "cannot remove the whole document", overlay.path
                        )
                    )
                    continue
                parent = _resolve(data, node.location[:-1])
                del parent[node.location[-1]]
            continue
        update = action["update"]
        for node in nodes:
            doc_pointer = pointer_join(*node.location)
            if isinstance(node.value, dict) and isinstance(update, dict):
                _merge(node.value, copy.deepcopy(update))
            elif isinstance(node.value, list):
                node.value.extend(
                    copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
                )
            else:
                problems.append(
                    where.problem(
                        pointer + "/update",
                        f"cannot merge into {doc_pointer or '/'}: the target is not an object or array",
                        overlay.path,
                    )
                )
                continue
            _copy_lines(source, where, pointer + "/update", doc_pointer)
    return problems


def _resolve(data: Any, location: Any) -> Any:
    for part in location:
        data = data[part]
    return data


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay merge: objects merge recursively, arrays append, scalars replace."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(value)
        else:
            target[key] = value
