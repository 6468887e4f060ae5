"""Checking JSON values against the schemas of an OpenAPI document.

Shared by the generated tests (to validate answers) and by the generator
(to check the spec's own examples before using them as test data), so both
judge a value the same way. Needs jsonschema; the client itself does not.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

DRAFT_04 = "http://json-schema.org/draft-04/schema#"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


class SchemaChecker:
    """Validates values against the schema at a JSON pointer of ``document``."""

    def __init__(self, document: dict[str, Any]) -> None:
        openapi_30 = str(document.get("openapi", "")).startswith("3.0")
        self.document = document
        self.root = nullable_to_json_schema(document) if openapi_30 else document
        self.dialect = (
            DRAFT_04 if openapi_30 else document.get("jsonSchemaDialect") or DRAFT_2020_12
        )

    def errors(self, pointer: str, value: Any) -> list[str]:
        """Each mismatch as ``/json/pointer: message``; none if ``value`` is valid."""
        return [message for _, message in self.found(pointer, value)]

    def found(self, pointer: str, value: Any) -> list[tuple[str, str]]:
        """Each mismatch as (the JSON Schema keyword it breaks, ``/pointer: message``)."""
        import jsonschema

        # The whole document is the root, so the schema's own $refs resolve.
        schema = dict(self.root, **{"$ref": "#" + pointer, "$schema": self.dialect})
        validator = jsonschema.validators.validator_for(schema)(schema)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
        return [
            (str(e.validator), f"/{'/'.join(str(p) for p in e.absolute_path)}: {e.message}")
            for e in errors
        ]

    def response_pointer(self, operation_id: str, status: int) -> str | None:
        """The pointer of the JSON schema ``operation_id`` answers ``status`` with."""
        for path, item in (self.document.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if not isinstance(op, dict) or op.get("operationId") != operation_id:
                    continue
                responses = op.get("responses") or {}
                codes = (str(status), f"{str(status)[0]}XX", "default")
                code = next((c for c in codes if c in responses), None)
                if code is None:
                    return None
                base = f"/paths/{_escape(path)}/{method}/responses/{code}"
                response = responses[code]
                if isinstance(response.get("$ref"), str):
                    base = response["$ref"][1:]
                    response = self._resolve(base)
                content = response.get("content") or {}
                media = next((m for m in content if "json" in m), None)
                if media is None or "schema" not in content[media]:
                    return None
                return f"{base}/content/{_escape(media)}/schema"
        return None

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("/").split("/"):
            node = node[unquote(token).replace("~1", "/").replace("~0", "~")]
        return node


def nullable_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` in JSON Schema terms (a "null" type)."""
    if isinstance(node, list):
        return [nullable_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: nullable_to_json_schema(value) for key, value in node.items()}
    # Only the keyword (a boolean): a property named "nullable" holds a schema.
    flag = node.pop("nullable") if isinstance(node.get("nullable"), bool) else False
    if flag:
        if isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"] = node["enum"] + [None]
        else:
            node = {"anyOf": [node, {"type": "null"}]}
    return node


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
