"""Recursive schemas become references between models, not endless recursion."""

from __future__ import annotations

from conftest import minimal_spec, run_python


def test_recursive_schema(cli, write_spec, tmp_path):
    spec = minimal_spec(
        **{
            "/nodes/{id}": {
                "get": {
                    "operationId": "fetchNode",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Node"}
                                }
                            },
                        }
                    },
                }
            }
        }
    )
    spec["components"] = {
        "schemas": {
            "Node": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"$ref": "#/components/schemas/Node"},
                },
            }
        }
    }
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "tree")
    assert status == 0, err
    probe = run_python(
        "from tree.models import Node\n"
        "n = Node.from_dict({'name': 'a', 'children': [{'name': 'b', 'children': [{'name': 'c'}]}], 'parent': {'name': 'root'}})\n"
        "print(n.children[0].children[0].name, n.parent.name, n.to_dict()['children'][0]['name'])",
        tmp_path / "out",
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["c", "root", "b"]
