"""Only the operations asked for: --include-tag, --exclude-tag,
--include-operation, --exclude-operation and their [tool.generator] keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import minimal_spec, run_python


def _op(op_id: str, tag: str | None, schema: str | None = None) -> dict:
    op: dict = {"operationId": op_id, "responses": {"204": {"description": "done"}}}
    if tag:
        op["tags"] = [tag]
    if schema:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
        op["responses"] = {"200": {"description": "ok", "content": content}}
    return op


def shop_spec() -> dict:
    spec = minimal_spec(
        **{
            "/orders": {"get": _op("listOrders", "Orders", "OrderList")},
            "/orders/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": _op("getOrder", "Orders", "Order"),
                "delete": _op("deleteOrder", "Orders"),
            },
            "/invoices": {"get": _op("listInvoices", "Billing", "Invoice")},
            "/health": {"get": _op("health", None)},  # no tag: grouped as "health"
        }
    )
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    spec["components"] = {
        "schemas": {
            "Order": {
                **item,
                "properties": {
                    "id": {"type": "string"},
                    "line": {"$ref": "#/components/schemas/Line"},
                },
            },
            "Line": item,
            "OrderList": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}},
            "Invoice": item,
        }
    }
    return spec


def methods(out: Path, package: str) -> str:
    code = (
        f"import inspect, {package} as p\n"
        "c = p.Client()\n"
        "print(sorted(f'{r}.{m}' for r in dir(c) if type(getattr(c, r)).__module__.startswith"
        f"('{package}.resources') for m, _ in inspect.getmembers(type(getattr(c, r)), "
        "inspect.isfunction) if not m.startswith('_')))"
    )
    probe = run_python(code, out)
    assert probe.returncode == 0, probe.stderr
    return probe.stdout.strip()


def test_only_the_operations_asked_for_and_the_schemas_they_reach(cli, write_spec, tmp_path):
    spec = write_spec(shop_spec())
    status, _, err = cli(
        "generate", str(spec), "--out", "out", "--package", "shop",
        "--include-tag", "Orders", "--include-operation", "health",
        "--exclude-operation", "deleteOrder",
    )  # fmt: skip
    assert status == 0, err
    out = tmp_path / "out"
    assert methods(out, "shop") == "['health.health', 'orders.get', 'orders.list']"
    models = (out / "shop" / "models.py").read_text()
    assert "class Order" in models and "class Line" in models and "Invoice" not in models
    assert not (out / "shop" / "resources" / "billing.py").exists()
    # The client type-checks and passes its own tests.
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out, capture_output=True, text=True,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-2000:]
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "shop"], cwd=out, capture_output=True, text=True
    )
    assert typed.returncode == 0, typed.stdout[-2000:]


def test_excluding_a_tag_keeps_everything_else(cli, write_spec, tmp_path):
    spec = write_spec(shop_spec())
    status, _, err = cli(
        "generate", str(spec), "--out", "out", "--package", "shop", "--exclude-tag", "Orders"
    )
    assert status == 0, err
    assert methods(tmp_path / "out", "shop") == "['billing.list_invoices', 'health.health']"
    assert "class Order" not in (tmp_path / "out" / "shop" / "models.py").read_text()


def test_a_tag_or_operation_no_operation_has_is_an_error_naming_it(cli, write_spec, tmp_path):
    spec = write_spec(shop_spec())
    status, _, err = cli(
        "generate", str(spec), "--out", "out", "--package", "shop",
        "--include-tag", "Order", "--exclude-operation", "removeOrder",
    )  # fmt: skip
    assert status == 1
    assert "--include-tag: no operation has the tag 'Order'" in err
    assert "--exclude-operation: no operation has the operationId 'removeOrder'" in err
    assert not (tmp_path / "out").exists()


def test_the_selection_lives_in_tool_generator_too(cli, write_spec, tmp_path):
    write_spec(shop_spec())
    config = tmp_path / "pyproject.toml"
    config.write_text(
        '[tool.generator]\nspec = "spec.yaml"\npackage = "shop"\nout = "out"\n'
        'include_tags = ["Billing"]\n'
    )
    status, _, err = cli("generate")
    assert status == 0, err
    assert methods(tmp_path / "out", "shop") == "['billing.list_invoices']"
    # The command line's choice replaces the file's.
    status, _, err = cli("generate", "--include-operation", "health")
    assert status == 0, err
    assert methods(tmp_path / "out", "shop") == "['health.health']"
    config.write_text(config.read_text().replace('["Billing"]', '"Billing"'))
    status, _, err = cli("generate")
    assert status == 1 and "include_tags must be a list of strings" in err
