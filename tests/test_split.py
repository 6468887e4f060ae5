"""Specs split over files: references to other local files (YAML and JSON,
at any depth, with pointers into them) are resolved within the spec's
folder tree; anything else is an error naming the file and line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FEATURES, run_python

SPLIT = FEATURES / "split"


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """A copy of the split feature spec, free to break."""
    shutil.copytree(SPLIT, tmp_path / "api")
    return tmp_path / "api"


def test_a_split_spec_generates_a_client_that_works(cli, split, tmp_path):
    status, _, err = cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")
    assert status == 0, err
    out = tmp_path / "out"
    composed = json.loads((out / "openapi.json").read_text())
    refs = [r for r in _refs(composed) if not r.startswith("#/")]
    assert refs == []  # everything is in the one document the client ships
    assert set(composed["components"]["schemas"]) == {"Order", "line", "Money", "Error", "category"}
    # A path item in its own file sits at its path; shared parameters and
    # responses of common.yaml are components of their kind.
    assert composed["paths"]["/orders"]["post"]["operationId"] == "createOrder"
    assert "OrderId" in composed["components"]["parameters"]
    assert "NotFound" in composed["components"]["responses"]
    probe = run_python(
        "from shop import Client, models\n"
        "import httpx\n"
        "order = {'id': 'o1', 'total': {'amount': 5, 'currency': 'EUR'},"
        " 'lines': [{'sku': 'a', 'quantity': 2, 'price': {'amount': 5, 'currency': 'EUR'}}]}\n"
        "tree = [{'name': 'root', 'children': [{'name': 'leaf'}]}]\n"
        "def answer(request):\n"
        "    return httpx.Response(200, json=order if 'orders' in request.url.path else tree)\n"
        "c = Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "o = c.orders.get('ord_1')\n"
        "print(type(o).__name__, type(o.lines[0]).__name__, o.lines[0].price.currency)\n"
        "t = c.catalog.list_categories()\n"
        "print(type(t[0].children[0]).__name__)\n",
        out,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["Order", "Line", "EUR", "Category"]
    for command in (
        ["pytest", "-q", "-p", "no:cacheprovider", "tests"],
        ["mypy", "--strict", "shop"],
    ):
        run = subprocess.run(
            [sys.executable, "-m", *command], cwd=out, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stdout[-2000:]


def test_a_change_in_a_referenced_file_is_seen(cli, split):
    assert cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")[0] == 0
    status, out, _ = cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")
    assert "up to date" in out
    line = split / "schemas" / "line.yaml"
    line.write_text(
        line.read_text().replace(
            "sku: {type: string}", "sku: {type: string}\n  note: {type: string}"
        )
    )
    status, out, err = cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")
    assert status == 0 and "shop/models.py" in out, err


def test_what_cannot_be_resolved_is_an_error_naming_file_and_line(cli, split, tmp_path):
    (tmp_path / "outside.yaml").write_text("type: string\n")
    spec = split / "openapi.yaml"
    spec.write_text(
        spec.read_text()
        .replace("$ref: paths/orders.yaml", "$ref: paths/nope.yaml")
        .replace("responses/NotFound", "responses/Gone")
    )
    order = split / "schemas" / "order.yaml"
    order.write_text(order.read_text().replace("$ref: line.yaml", "$ref: ../../outside.yaml"))
    status, _, err = cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")
    assert status == 1
    lines = err.splitlines()
    assert any(
        l.startswith("error: api/openapi.yaml:10: /paths/~1orders/$ref: $ref 'paths/nope.yaml'")
        for l in lines
    ), err
    assert any(
        l.startswith("error: api/openapi.yaml:25: ") and "common.yaml has nothing at" in l
        for l in lines
    ), err
    assert any(
        l.startswith("error: api/schemas/order.yaml:10: /properties/lines/items/$ref")
        and "points outside the spec's folder" in l
        for l in lines
    ), err
    assert not (tmp_path / "out").exists()


def test_a_symbolic_link_out_of_the_folder_is_refused(cli, split, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("type: string\n")
    os.symlink(secret, split / "schemas" / "linked.yaml")
    order = split / "schemas" / "order.yaml"
    order.write_text(order.read_text().replace("$ref: line.yaml", "$ref: linked.yaml"))
    status, _, err = cli("generate", "api/openapi.yaml", "--out", "out", "--package", "shop")
    assert status == 1 and "points outside the spec's folder" in err


def test_a_problem_inside_a_referenced_file_is_located_there(cli, split):
    line = split / "schemas" / "line.yaml"
    line.write_text(line.read_text().replace("minimum: 1", "minimum: one"))
    status, _, err = cli("validate", "api/openapi.yaml")
    assert status == 1 and "error: api/schemas/line.yaml:" in err


def _refs(value):
    if isinstance(value, dict):
        if isinstance(value.get("$ref"), str):
            yield value["$ref"]
        for child in value.values():
            yield from _refs(child)
    elif isinstance(value, list):
        for child in value:
            yield from _refs(child)
