"""OpenAPI features end to end: each spec in tests/features/ is generated, its
package imported and type-checked with mypy --strict, its generated tests
run, and its client exercised over httpx.MockTransport: what it sends and
what it parses."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

from conftest import ROOT

FEATURES = ROOT / "tests" / "features"
SPECS = sorted(p.stem for p in FEATURES.glob("*.yaml"))


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[Path, str]]:
    """Generate a feature spec once per session: (output folder, stderr)."""
    made: dict[str, tuple[Path, str]] = {}

    def make(name: str) -> tuple[Path, str]:
        if name not in made:
            out = tmp_path_factory.mktemp(name) / "out"
            run = subprocess.run(
                [
                    sys.executable, "-m", "generator", "generate", str(FEATURES / f"{name}.yaml"),
                    "--out", str(out), "--package", f"feat_{name}",
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )  # fmt: skip
            assert run.returncode == 0, run.stderr
            assert "Traceback" not in run.stderr
            made[name] = (out, run.stderr)
        return made[name]

    return make


def package(generated: Callable[[str], tuple[Path, str]], name: str) -> Any:
    out, _ = generated(name)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return importlib.import_module(f"feat_{name}")


def client(pkg: Any, answer: Any, sent: list[httpx.Request], asynchronous: bool = False) -> Any:
    """A client of ``pkg`` whose transport records requests and answers with
    ``answer(request)`` (a JSON value, or an httpx.Response)."""

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = answer(request)
        return body if isinstance(body, httpx.Response) else httpx.Response(200, json=body)

    transport = httpx.MockTransport(handle)
    if asynchronous:
        return pkg.AsyncClient(http_client=httpx.AsyncClient(transport=transport), max_retries=0)
    return pkg.Client(http_client=httpx.Client(transport=transport), max_retries=0)


def test_every_feature_package_type_checks(generated):
    """One mypy --strict run over every feature package (they share its cache)."""
    outs = [generated(name)[0] for name in SPECS]
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
        + [arg for name in SPECS for arg in ("-p", f"feat_{name}")],
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, outs))},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert typed.returncode == 0, typed.stdout


@pytest.mark.parametrize("name", SPECS)
def test_the_generated_tests_pass(generated, name):
    out, _ = generated(name)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout and " skipped" not in tests.stdout


# -- unions ---------------------------------------------------------------------------------

CAT = {"petType": "cat", "name": "Tom", "lives": 9, "born": "2019-04-01"}
DOG = {"petType": "dog", "name": "Rex", "goodBoy": True}


def test_a_discriminated_union_is_parsed_by_its_tag(generated):
    pkg = package(generated, "unions")
    models = pkg.models
    sent: list[httpx.Request] = []
    answers = iter([CAT, DOG, {"petType": "ferret", "name": "F"}])
    c = client(pkg, lambda r: next(answers), sent)
    cat, dog, unknown = (c.pets.get("1"), c.pets.get("2"), c.pets.get("3"))
    assert isinstance(cat, models.Cat) and cat.born == dt.date(2019, 4, 1) and cat.lives == 9
    assert isinstance(dog, models.Dog) and dog.good_boy is True
    # An unknown tag fits no variant: the value is kept as it came.
    assert unknown == {"petType": "ferret", "name": "F"}
    assert models.parse_pet(CAT) == cat


def test_an_undiscriminated_union_takes_the_first_variant_that_fits(generated):
    pkg = package(generated, "unions")
    models = pkg.models
    c = client(pkg, lambda r: [DOG, CAT, "Felix", 42], [])
    dog, cat, name, other = c.pets.list()
    assert isinstance(dog, models.Dog) and isinstance(cat, models.Cat)
    assert name == "Felix" and other == 42  # a value that fits none is kept


def test_a_union_is_sent_as_the_callers_json(generated):
    pkg = package(generated, "unions")
    sent: list[httpx.Request] = []
    created = client(pkg, lambda r: DOG, sent).pets.create(
        body={"petType": "dog", "name": "Rex", "goodBoy": True}
    )
    assert json.loads(sent[0].content) == DOG and created.name == "Rex"
    signature = inspect.signature(pkg.resources.pets.Pets.create)
    assert signature.parameters["body"].annotation == "PetParam"
    assert pkg.models.PetParam == "CatParam | DogParam"  # the alias mypy reads


def test_single_reference_unions_and_nullable_unions(generated):
    pkg = package(generated, "unions")
    models = pkg.models
    hints = models.Owner.__annotations__
    assert hints["favourite"] == "Pet"  # a oneOf of one $ref is not made nullable
    assert hints["spare"] == "Pet | None"
    owner = client(
        pkg, lambda r: {"id": 1, "favourite": DOG, "spare": None, "contact": {"phone": "1"}}, []
    ).owners.get(1)
    assert isinstance(owner.favourite, models.Dog) and owner.spare is None
    assert owner.contact.phone == "1"
    by_mail = models.Owner.from_dict({"id": 1, "favourite": CAT, "contact": "a@b.example"})
    assert by_mail.contact == "a@b.example" and isinstance(by_mail.favourite, models.Cat)


def test_a_base_schema_discriminator_reads_its_subtypes(generated):
    pkg = package(generated, "unions")
    models = pkg.models
    answers = iter(
        [
            {"kind": "Bird", "name": "Tweety", "wingspan": 0.2},
            {"kind": "Fish", "name": "Nemo", "fins": 3},
            {"kind": "Plant", "name": "Fern"},
        ]
    )
    c = client(pkg, lambda r: next(answers), [])
    bird, fish, base = (c.animals.get("1"), c.animals.get("2"), c.animals.get("3"))
    assert isinstance(bird, models.Bird) and bird.wingspan == 0.2
    assert isinstance(fish, models.Fish) and fish.fins == 3
    assert isinstance(base, models.Animal) and base.name == "Fern"


# -- OpenAPI 3.1 ---------------------------------------------------------------------------------

THING = {
    "kind": "thing",
    "label": 7,
    "maybe": None,
    "point": [1.0, 2.5],
    "tagged": ["a", 1, 2],
    "anything": {"free": ["form"]},
    "when": "2020-01-10T20:00:00Z",
    "parent": {"kind": "thing", "label": "root", "point": [0, 0], "anything": None},
}


def test_type_arrays_const_prefix_items_and_boolean_schemas(generated):
    pkg = package(generated, "openapi31")
    models = pkg.models
    sent: list[httpx.Request] = []
    thing = client(pkg, lambda r: THING, sent).things.get(5, on=True)
    assert sent[0].url.path == "/things/5" and sent[0].url.params["on"] == "true"
    assert thing.kind == "thing" and thing.label == 7 and thing.maybe is None
    assert thing.point == (1.0, 2.5) and thing.tagged == ("a", 1, 2)
    assert thing.anything == {"free": ["form"]}
    assert thing.when == dt.datetime(2020, 1, 10, 20, tzinfo=dt.timezone.utc)
    assert isinstance(thing.parent, models.Thing) and thing.parent.label == "root"
    assert "nothing" not in models.Thing._wire_names.values()  # a false schema: never there
    hints = models.Thing.__annotations__
    assert hints["kind"] == "Literal['thing']"
    assert hints["label"] == "str | int"
    assert hints["point"] == "Tuple[float, float]"
    assert thing.to_dict()["point"] == [1.0, 2.5]


def test_a_recursive_union_of_json_values(generated):
    pkg = package(generated, "openapi31")
    document = {"a": [1, "two", None, {"b": True}]}
    assert client(pkg, lambda r: document, []).documents.get("d") == document


# -- values ----------------------------------------------------------------------------------------

ACCOUNT = {
    "id": "123e4567-e89b-12d3-a456-426614174000",
    "name": "Ada",
    "status": "frozen",
    "level": 2,
    "created": "2020-01-10T20:00:00Z",
    "birthday": "not a date",
    "manager": None,
    "nullable": {"flag": True},
    "scores": {"math": 1},
    "labels": [{"name": "vip", "seen": "2021-02-03T04:05:06Z"}],
}


def test_formats_enums_and_tolerance(generated):
    pkg = package(generated, "values")
    account = client(pkg, lambda r: ACCOUNT, []).accounts.get(uuid.UUID(ACCOUNT["id"]))
    assert account.id == uuid.UUID(ACCOUNT["id"])
    assert account.created.year == 2020 and account.labels[0].seen.month == 2
    assert account.status == "frozen"  # an unknown enum value is kept
    assert account.birthday == "not a date"  # a value that cannot be read is kept
    assert account.nullable.flag is True and account.scores == {"math": 1}
    assert account.to_dict()["id"] == ACCOUNT["id"]


def test_required_fields_are_typed_without_none_and_missing_ones_say_so(generated):
    pkg = package(generated, "values")
    models = pkg.models
    hints = models.Account.__annotations__
    assert hints["name"] == "str" and hints["created"] == "datetime.datetime"
    assert hints["manager"] == "str | None"  # required, but nullable
    assert hints["nickname"] == "str | None"
    partial = models.Account.from_dict({"id": ACCOUNT["id"], "status": "active"})
    with pytest.raises(
        AttributeError, match=r"Account.name: the API's answer has no usable 'name'"
    ):
        partial.name
    assert not re.search(r"\bname=", repr(partial)) and partial.to_dict() == {
        "id": ACCOUNT["id"],
        "status": "active",
    }


def test_read_only_and_write_only_fields_stay_on_their_side(generated):
    pkg = package(generated, "values")
    models = pkg.models
    assert "password" not in models.Account._wire_names.values()
    assert {"id", "created"} <= set(models.Account._wire_names.values())
    create = inspect.signature(pkg.resources.accounts.Accounts.create).parameters
    assert "id" not in create and "created" not in create
    assert create["password"].default is inspect.Parameter.empty  # required, write-only
    sent: list[httpx.Request] = []
    client(pkg, lambda r: ACCOUNT, sent).accounts.create(name="Ada", status="active", password="pw")
    assert json.loads(sent[0].content) == {"name": "Ada", "status": "active", "password": "pw"}


def test_typed_maps_are_parsed(generated):
    pkg = package(generated, "values")
    models = pkg.models
    label = {"name": "vip", "seen": "2021-02-03T04:05:06Z"}
    answers = iter([{"vip": label}, {"group": {"vip": label}}])
    c = client(pkg, lambda r: next(answers), [])
    labels = c.labels.list(sort="created", priority=3)
    assert isinstance(labels["vip"], models.Label) and labels["vip"].seen.day == 3
    groups = c.labels.list_groups()
    assert isinstance(groups["group"]["vip"], models.Label)


def test_defaults_and_enum_names_are_documented(generated):
    pkg = package(generated, "values")
    doc = pkg.resources.labels.Labels.list.__doc__
    assert "Defaults to ``'name'``" in doc and "3 (HIGH)" in doc
    assert "Defaults to ``'active'``" in (pkg.models.Account.__doc__ or "") + str(
        inspect.getsource(pkg.models.Account)
    )


# -- names ---------------------------------------------------------------------------------------------


def test_colliding_names_are_kept_apart(generated):
    pkg = package(generated, "names")
    paths: list[str] = []

    async def main() -> None:
        async with client(pkg, lambda r: [{"id": 1}], [], asynchronous=True) as c:
            await c.jobs.list()
            await c.async_jobs.list()

    sent: list[httpx.Request] = []
    c = client(pkg, lambda r: [{"id": 1}], sent)
    c.jobs.list()
    c.async_jobs.list()
    paths = [r.url.path for r in sent]
    assert paths == ["/jobs", "/async-jobs"]
    asyncio.run(main())
    models = pkg.models
    # Schemas named like names the generated code uses get names of their own.
    names = set(models.__all__)
    assert {"Required", "Client", "Any", "Model"}.isdisjoint(names)
    assert len([n for n in names if n.startswith(("Required", "Client", "Any", "Model"))]) == 4
    # Inline request objects keyed by where they are, not by their name hint.
    foo = inspect.signature(pkg.resources.things.Things.create_foo).parameters["bar_baz"]
    foo_bar = inspect.signature(pkg.resources.things.Things.create_foo_bar).parameters["baz"]
    assert foo.annotation.split(" |")[0] != foo_bar.annotation.split(" |")[0]


def test_field_names_that_would_hide_annotations_are_renamed(generated):
    pkg = package(generated, "names")
    required = next(getattr(pkg.models, n) for n in pkg.models.__all__ if n.startswith("Required"))
    assert {"datetime_", "str_", "from_dict_", "class_"} <= set(required._wire_names)
    parsed = required.from_dict({"datetime": "2020-01-10T20:00:00Z", "str": "s", "class": 1})
    assert parsed.datetime_.year == 2020 and parsed.str_ == "s" and parsed.class_ == 1


# -- quibbles are warnings ---------------------------------------------------------------------------


def test_quibbles_are_warnings_with_locations(generated):
    out, stderr = generated("lenient")
    spec = "tests/features/lenient.yaml"
    assert f"warning: {FEATURES / 'lenient.yaml'}" in stderr or f"warning: {spec}" in stderr
    assert "/schema/pattern: the pattern is not a Python regular expression" in stderr
    assert "the example 42 does not fit the schema" in stderr
    assert 'the default "none" does not fit the schema' in stderr
    assert "no responses are declared" in stderr
    pkg = package(generated, "lenient")
    sent: list[httpx.Request] = []
    client(pkg, lambda r: httpx.Response(204), sent).items.copy("a b")
    assert sent[0].url.raw_path == b"/items/a%20b/copy"  # the percent-encoded $ref resolved


def test_strict_validation_refuses_the_quibbles(cli):
    status, _, err = cli("validate", str(FEATURES / "lenient.yaml"), "--strict")
    assert status == 1 and "error:" in err and "responses" in err


# -- recursion -------------------------------------------------------------------------------------------


def test_recursive_models_and_unions(generated):
    pkg = package(generated, "recursive")
    models = pkg.models
    expression = {
        "op": "sum",
        "terms": [
            {"op": "num", "value": 1},
            {"op": "sum", "terms": [{"op": "num", "value": 2}, {"op": "num", "value": 3}]},
        ],
    }
    result = client(pkg, lambda r: expression, []).expressions.evaluate(body=expression)
    assert isinstance(result, models.Sum) and isinstance(result.terms[1], models.Sum)
    assert result.terms[1].terms[0].value == 2 and result.to_dict() == expression
    tree = models.Node.from_dict({"name": "a", "children": [{"name": "b", "children": []}]})
    assert tree.children[0].name == "b" and tree.parent is None
