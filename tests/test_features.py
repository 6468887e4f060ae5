"""OpenAPI features end to end: each spec in tests/features/ is generated, its
package imported and type-checked with mypy --strict, its generated tests
run, and its client exercised over httpx.MockTransport: what it sends and
what it parses."""

from __future__ import annotations

import ast
import asyncio
import weakref
import datetime as dt
import importlib
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import typing
import uuid
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

from conftest import FEATURES, ROOT, both, nothing, package

SPECS = sorted(p.stem for p in FEATURES.glob("*.yaml"))


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


def test_the_output_is_exactly_what_black_makes_of_it(generated):
    """The generator lays its code out as black would (line length 100,
    Python 3.10) without running black on it: ``black --check`` agrees, on
    every feature package and on the committed Flex client."""
    outs = [str(generated(name)[0]) for name in SPECS]
    checked = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--line-length", "100",
         "--target-version", "py310", *outs, str(ROOT / "generated")],
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "would be left unchanged" in checked.stderr


@pytest.mark.parametrize("name", SPECS + ["split"])
def test_the_golden_tree_is_what_the_generator_makes(generated, name):
    """tests/features/golden/ holds what each feature spec generates, so a
    change to a template shows in review; it must be the output of today's
    generator (`make regenerate` writes it)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import golden

    out, _ = generated(name)
    made = golden.kept_files(out, golden.package_of(name))
    assert f"feat_{name}/models.py" in made and "README.md" in made
    assert not any(path.endswith("_base_client.py") for path in made)
    diff = golden.differences(name, made)
    assert not diff, "".join(diff[:120]) + "\nstale golden tree: run `make regenerate`"
    # A changed line, a new file and a lost one each show.
    edited = {**made, "README.md": made["README.md"] + "more\n", "tests/test_new.py": "x = 1\n"}
    del edited[f"feat_{name}/models.py"]
    shown = "".join(golden.differences(name, edited))
    assert "+more" in shown and "tests/test_new.py" in shown and "models.py" in shown


@pytest.mark.parametrize("name", SPECS)
def test_the_generated_tests_pass(generated, name):
    out, _ = generated(name)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout
    # Offline, only what needs a server to refuse it is skipped, saying so.
    skipped = [line for line in tests.stdout.splitlines() if line.startswith("SKIPPED")]
    assert all("a server must refuse these" in line for line in skipped), skipped


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


def test_what_uses_a_union_resolves_its_type_hints(generated):
    """typing.get_type_hints (Sphinx, typeguard) reads a union's alias as
    the union itself: as text it could not join it with ``| None``."""
    pkg = package(generated, "unions")
    hints = typing.get_type_hints(pkg.models.Owner)
    pet = pkg.models.Cat | pkg.models.Dog
    assert hints["favourite"] == pet and hints["spare"] == pet | None
    assert hints["contact"] == str | pkg.models.OwnerContactVariant2 | None
    assert typing.get_type_hints(pkg.Client(max_retries=0).pets.get)["return"] == pet


def test_a_choice_among_allofs_parts_is_a_choice_of_the_whole(generated):
    """``allOf: [A, {oneOf: [B, C]}]`` is A and B, or A and C: neither
    variant's fields are lost. An optional form body that is a union may be
    left out."""
    pkg = package(generated, "unions")
    answers = iter([{"id": "s1", "user": "ann"}, {"id": "s2", "anonymous": True}])
    sent: list[httpx.Request] = []
    c = client(pkg, lambda r: next(answers), sent)
    user, anonymous = c.logins.log_in(body={"password": "pw"}), c.logins.log_in()
    assert (user.id, user.user) == ("s1", "ann") and (anonymous.id, anonymous.anonymous) == (
        "s2",
        True,
    )
    assert sent[0].content == b"password=pw" and sent[1].content == b""


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
    assert pkg.models.PetParam == pkg.models.CatParam | pkg.models.DogParam  # as mypy reads it


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


def test_extra_properties_read_as_a_model_defined_later(generated):
    pkg = package(generated, "values")
    answer = {"title": "fresh", "vip": {"name": "vip", "seen": "2021-02-03T04:05:06Z"}}
    bundle = client(pkg, lambda r: answer, []).bundles.get("new")
    assert bundle.title == "fresh"
    assert isinstance(bundle.extra_fields["vip"], pkg.models.Label)
    assert bundle.extra_fields["vip"].seen.day == 3


def test_defaults_and_enum_names_are_documented(generated):
    pkg = package(generated, "values")
    doc = pkg.resources.labels.Labels.list.__doc__
    assert 'Defaults to ``"name"``' in doc and "3 (HIGH)" in doc
    assert 'Defaults to ``"active"``' in (pkg.models.Account.__doc__ or "") + str(
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


def test_names_the_generated_code_uses_are_never_taken(generated):
    pkg = package(generated, "names")
    dicts = pkg.models.Dicts
    # Fields that would hide dict (default_factory) and tuple (an annotation).
    assert {"dict_", "dict_2", "tuple_"} <= set(dicts._wire_names)
    assert dicts.from_dict({"Dict": "a", "__dict__": "b", "tuple": 1}).tuple_ == 1
    assert typing.get_type_hints(dicts)["tuple_"] == int | None
    # Parameters named like the union parser and the locals a method uses.
    sent: list[httpx.Request] = []
    c = client(pkg, lambda r: {"meows": True}, sent)
    pet = c.pets.create_a("p", a_2="q", a_3="h", a_4="k", parse_pet_="x", answer_="y")
    assert isinstance(pet, pkg.models.Cat)
    assert sent[0].url.params.multi_items() == [("a", "q"), ("parse_pet", "x"), ("answer", "y")]
    assert sent[0].headers["a"] == "h" and sent[0].headers["cookie"] == "a=k"
    # Tags named like the client's own properties keep those properties.
    assert isinstance(c.with_raw_response, pkg._client.ClientWithRawResponse)
    assert isinstance(c.with_streaming_response, pkg._client.ClientWithStreamingResponse)
    assert callable(c.with_options) and c.with_streaming_response_.list_streaming() is None
    # A tag named Retries and the retry tests each keep their own module.
    out, _ = generated("names")
    assert "def test_a_read_is_retried_after_503" in (out / "tests" / "test_retries.py").read_text()
    assert "def test_create(" in (out / "tests" / "test_retries_2.py").read_text()
    replies = (out / "tests" / "test_replies.py").read_text()
    assert "def test_get_answers_404(" in replies and "def test_get_answers_404_2(" in replies


def test_the_table_of_client_attributes_is_the_clients_own(generated):
    from generator.naming import CLIENT_ATTRIBUTES, RESOURCE_ATTRIBUTES

    pkg = package(generated, "names")
    for cls in (pkg.Client, pkg.AsyncClient):
        own = {name for name in dir(cls) if not name.startswith("_")}
        resources = {name for name in own if isinstance(getattr(cls, name), property)}
        resources = {n for n in resources if n not in CLIENT_ATTRIBUTES}
        assert own - resources <= CLIENT_ATTRIBUTES, own - resources - CLIENT_ATTRIBUTES
    resource = pkg.resources.pets.Pets
    assert {n for n in dir(resource) if not n.startswith("_")} - {"create_a"} <= RESOURCE_ATTRIBUTES


def test_no_generated_module_defines_a_name_twice(generated):
    """A test defined twice would silently replace the first."""
    outs = [generated(name)[0] for name in SPECS] + [ROOT / "generated"]
    for out in outs:
        for path in out.rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for scope in [tree] + [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
                defined = [
                    n.name
                    for n in scope.body
                    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                ]
                repeated = {n for n in defined if defined.count(n) > 1}
                # A property and its setter share a name on purpose.
                repeated -= {"timeout"}
                assert not repeated, (path, repeated)


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


# -- the HTTP surface: both flavours ----------------------------------------------------------------


# -- auth


def test_each_operation_sends_the_credentials_its_security_names(generated):
    pkg = package(generated, "auth")
    calls = []

    def token() -> str:
        calls.append(1)
        return f"t{len(calls)}"

    creds = dict(token=token, auth=("u", "p"), header_key="hk", query_key="qk", cookie_key="ck")
    for _, sent in both(pkg, lambda r: {"name": "n"}, lambda c: c.account.get_me(), **creds):
        assert sent[0].headers["Authorization"].startswith("Bearer t")
        assert "api_key" not in sent[0].url.params and "cookie" not in sent[0].headers
    assert len(calls) == 2  # a token function is asked on every request
    for _, sent in both(pkg, nothing, lambda c: c.account.get_public(), **creds):
        assert "authorization" not in sent[0].headers and not sent[0].url.params
    for _, sent in both(pkg, nothing, lambda c: c.account.search(q="x"), **creds):
        assert sent[0].url.params["api_key"] == "qk" and "authorization" not in sent[0].headers
    for _, sent in both(pkg, nothing, lambda c: c.account.admin_action(), **creds):
        assert sent[0].headers["X-Api-Key"] == "hk" and sent[0].headers["Cookie"] == "session=ck"
        assert "authorization" not in sent[0].headers
    for _, sent in both(pkg, nothing, lambda c: c.account.via_oauth(), **creds):
        assert sent[0].headers["Authorization"].startswith("Bearer ")


def test_alternatives_and_missing_credentials(generated):
    pkg = package(generated, "auth")
    # Without the two keys, the basic alternative is sent.
    for _, sent in both(pkg, nothing, lambda c: c.account.admin_action(), auth=("u", "p")):
        assert sent[0].headers["Authorization"] == "Basic dTpw"
    # Optional security: nothing at all is fine.
    for _, sent in both(pkg, nothing, lambda c: c.account.search()):
        assert not sent[0].url.params and "authorization" not in sent[0].headers
    # A credential that is needed and missing: an error before anything is sent.
    with pytest.raises(ValueError, match=r"GET /me needs credentials: token= \(a bearer token\)"):
        both(pkg, lambda r: pytest.fail("sent"), lambda c: c.account.get_me())
    with pytest.raises(
        ValueError, match=r"cookie_key= .* and header_key= .* or auth= \(HTTP basic\)"
    ):
        both(pkg, lambda r: pytest.fail("sent"), lambda c: c.account.admin_action())


def test_credentials_never_show_in_logs_or_reprs(generated, caplog):
    import logging

    pkg = package(generated, "auth")
    with caplog.at_level(logging.DEBUG, logger="feat_auth"):
        both(pkg, nothing, lambda c: c.account.search(), query_key="sekret-q")
        both(
            pkg,
            nothing,
            lambda c: c.account.admin_action(),
            header_key="sekret-h",
            cookie_key="sekret-c",
        )
    assert "sekret" not in caplog.text and "<hidden>" in caplog.text
    client = pkg.Client(token="sekret-t")
    assert "sekret" not in repr(client) and "sekret" not in repr(client._credentials)


def test_credentials_from_the_environment(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run = subprocess.run(
        [
            sys.executable, "-m", "generator", "generate", str(FEATURES / "auth.yaml"),
            "--out", str(out), "--package", "auth_env", "--token-env", "AUTH_TOKEN",
            "--api-key-env", "queryKey=QUERY_KEY", "--auth-env", "AUTH_USER", "AUTH_PASS",
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    code = (
        "import httpx\n"
        "from auth_env import Client\n"
        "sent = []\n"
        "client = Client(http_client=httpx.Client(transport=httpx.MockTransport(\n"
        "    lambda r: sent.append(r) or httpx.Response(200, json={}))))\n"
        "client.account.get_me(); client.account.search(); client.account.admin_action()\n"
        "print(sent[0].headers['authorization'], sent[1].url.params['api_key'], sent[2].headers['authorization'])\n"
    )
    probe = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "AUTH_TOKEN": "env-t",
            "QUERY_KEY": "env-q",
            "AUTH_USER": "u",
            "AUTH_PASS": "p",
        },
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["Bearer", "env-t", "env-q", "Basic", "dTpw"]


# -- parameters and servers


def test_parameter_styles_on_the_wire(generated):
    pkg = package(generated, "params")
    action = lambda c: c.items.find(  # noqa: E731
        [1, 2],
        ["a", "b"],
        "m",
        session="s 1",
        theme="dark",
        tags=["x", "y"],
        range=[1, 5],
        words=["hello", "world"],
        filter={"color": "red", "size": 3},
        where={"near": "x"},
        x_trace_ids=["t1", "t2"],
    )
    for result, sent in both(pkg, lambda r: [{"id": 1}], action):
        request = sent[0]
        assert request.url.raw_path.split(b"?")[0] == b"/v2/items/1,2/.a.b/;matrix=m"
        assert request.url.params.multi_items() == [
            ("tags", "x,y"),
            ("range", "1|5"),
            ("words", "hello world"),
            ("filter[color]", "red"),
            ("filter[size]", "3"),
            ("where", '{"near":"x"}'),
        ]
        assert request.headers.get_list("X-Trace-Ids") == ["t1,t2"]
        assert request.headers["Cookie"] == "session=s%201; theme=dark"
        assert result[0].id == 1
    signature = inspect.signature(pkg.resources.items.Items.find).parameters
    assert signature["session"].default is inspect.Parameter.empty  # a required cookie


def test_objects_in_paths_headers_and_cookies_and_a_multipart_body_without_files(generated):
    pkg = package(generated, "params")
    for _, sent in both(
        pkg,
        nothing,
        lambda c: c.shapes.put(
            {"kind": "disc", "size": 2},
            x_shape={"kind": "disc"},
            shape_pref={"color": "red blue"},
            label="L",
            tags=["a", "b"],
        ),
    ):
        request = sent[0]
        assert request.url.raw_path == b"/v2/shapes/kind,disc,size,2"  # simple style
        assert request.headers["X-Shape"] == "kind,disc"
        assert request.headers["Cookie"] == "shape_pref=color%2Cred%20blue"
        assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
        assert [(name, text) for name, _, _, text in _texts(request)] == [
            ("label", "L"),
            ("tags", "a"),
            ("tags", "b"),
        ]


def _texts(request: httpx.Request) -> list[tuple[str, None, None, str]]:
    return [(n, None, None, body.decode()) for n, _, _, body in _parts(request)]


def test_a_requirement_of_two_authorization_schemes_sends_one_header(generated):
    pkg = package(generated, "auth")
    for _, sent in both(
        pkg, nothing, lambda c: c.account.via_both(), auth=("u", "p"), token="tok-123456"
    ):
        assert sent[0].headers.get_list("Authorization") == ["Basic dTpw"]


def test_a_discriminator_reads_the_value_each_variant_fixes(generated):
    pkg = package(generated, "semantics")
    for result, _ in both(
        pkg, lambda r: {"kind": "square", "size": 2}, lambda c: c.shapes.get("s")
    ):
        assert isinstance(result, pkg.models.Square) and result.size == 2


def test_what_real_specs_write_is_sent_as_they_mean_it(generated):
    pkg = package(generated, "odd")
    order = {"OrderId": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "Tag": "abc"}
    for result, sent in both(
        pkg, lambda r: order, lambda c: c.orders.create(order_id=order["OrderId"], tag="abc")
    ):
        # The fragment is not sent; the header of one value is, unasked.
        assert (
            sent[0].url.raw_path == b"/" and sent[0].headers["X-Amz-Target"] == "Shop.CreateOrder"
        )
        assert result.order_id == order["OrderId"]
    for _, sent in both(pkg, lambda r: [], lambda c: c.jobs.list()):
        assert sent[0].url.raw_path == b"/jobs?op=LIST"
    for _, sent in both(pkg, nothing, lambda c: c.jobs.post_batch(body="value=1&value=2")):
        assert sent[0].content == b"value=1&value=2"
        assert sent[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    # One of the variants is any value ({}): the items are kept as they came.
    custom = {"translations": [{"type": "CUSTOM", "format": "CSV"}]}
    for result, _ in both(pkg, lambda r: custom, lambda c: c.configs.get("c1")):
        assert result.translations == custom["translations"]


def test_server_variables_and_an_operations_own_server(generated):
    pkg = package(generated, "params")
    assert pkg.Client().base_url == "https://eu.api.example.com/v2"
    assert pkg.Client(region="us", version="v3").base_url == "https://us.api.example.com/v3"
    with pytest.raises(ValueError, match="region='moon' is not one of 'eu', 'us'"):
        pkg.Client(region="moon")
    for _, sent in both(pkg, nothing, lambda c: c.items.start_upload()):
        assert str(sent[0].url) == "https://uploads.example.com/v2beta/uploads"
    # base_url= overrides every server, the operation's too.
    for _, sent in both(
        pkg, nothing, lambda c: c.items.start_upload(), base_url="http://mock:4010"
    ):
        assert str(sent[0].url) == "http://mock:4010/uploads"


# -- request bodies


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    import email.parser
    import email.policy

    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.headers["Content-Type"].encode() + b"\r\n\r\n" + request.read()
    )
    found = []
    for part in message.iter_parts():
        params = dict(part.get_params(header="content-disposition") or [])
        kind = part.get("Content-Type")
        found.append(
            (
                params["name"],
                params.get("filename"),
                str(kind).split(";")[0] if kind else None,
                part.get_payload(decode=True),
            )
        )
    return found


def test_multipart_uploads(generated, tmp_path):
    pkg = package(generated, "bodies")
    png = tmp_path / "me.png"
    png.write_bytes(b"\x89PNG data")
    for result, sent in both(
        pkg,
        lambda r: {"id": "a1"},
        lambda c: c.files.upload_avatar(
            image=png.open("rb"),
            owner="ada",
            meta={"alt": "me"},
            extra=[b"one", ("two.txt", b"two", "text/plain")],
        ),
    ):
        assert sent[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
        assert sorted(_parts(sent[0]), key=lambda p: (p[0], p[3])) == [
            ("extra", "extra", "application/octet-stream", b"one"),
            ("extra", "two.txt", "text/plain", b"two"),
            ("image", "me.png", "image/png", b"\x89PNG data"),
            ("meta", None, "application/json", b'{"alt":"me"}'),
            ("owner", None, None, b"ada"),
        ]
        assert result.id == "a1"
    with pytest.raises(TypeError, match="image takes bytes, a binary file object or"):
        both(pkg, lambda r: {}, lambda c: c.files.upload_avatar(image=42, owner="ada"))


def test_raw_and_text_bodies_and_json_variants(generated, tmp_path):
    pkg = package(generated, "bodies")
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"x" * 200_000)
    bodies = {
        b"bytes": lambda: b"bytes",
        b"x" * 200_000: lambda: blob.open("rb"),
        b"chunk1chunk2": lambda: iter([b"chunk1", b"chunk2"]),
    }
    for wanted, make in bodies.items():
        for asynchronous in (False, True):
            sent: list[httpx.Request] = []

            def record(request: httpx.Request) -> httpx.Response:
                sent.append(request)
                return httpx.Response(204)

            one(pkg, record, lambda c: c.files.put_blob("b1", body=make()), asynchronous)
            assert sent[0].headers["Content-Type"] == "application/octet-stream"
            body = sent[0].read() if not asynchronous else asyncio.run(sent[0].aread())
            assert body == wanted
    with pytest.raises(
        TypeError, match="body takes bytes, a binary file object or an iterable of bytes, not text"
    ):
        both(pkg, nothing, lambda c: c.files.put_blob("b1", body="text"))
    for _, sent in both(pkg, nothing, lambda c: c.notes.add(body="remember")):
        assert sent[0].headers["Content-Type"] == "text/plain" and sent[0].read() == b"remember"
    for result, sent in both(
        pkg, lambda r: {"title": None}, lambda c: c.notes.patch("n1", title=None)
    ):
        assert sent[0].headers["Content-Type"] == "application/merge-patch+json"
        assert json.loads(sent[0].read()) == {"title": None} and result.title is None


# -- answers


def test_binary_text_and_several_successes(generated):
    pkg = package(generated, "answers")
    pdf = lambda r: httpx.Response(
        200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}
    )  # noqa: E731
    for result, _ in both(pkg, pdf, lambda c: c.reports.get("r1")):
        assert result == b"%PDF-1.4"
    csv = lambda r: httpx.Response(
        200, text="a,b\n1,2\n", headers={"Content-Type": "text/csv"}
    )  # noqa: E731
    for result, _ in both(pkg, csv, lambda c: c.reports.get_csv("r1")):
        assert result == "a,b\n1,2\n"
    answers = {200: {"value": 7}, 202: {"ticket": "T1"}, 204: None}
    for status, body in answers.items():
        reply = lambda r, s=status, b=body: (
            httpx.Response(s, json=b) if b is not None else httpx.Response(s)
        )  # noqa: E731
        for result, _ in both(pkg, reply, lambda c: c.jobs.start()):
            if status == 200:
                assert isinstance(result, pkg.models.Result) and result.value == 7
            elif status == 202:
                assert isinstance(result, pkg.models.Ticket) and result.ticket == "T1"
            else:
                assert result is None


def test_a_documented_redirect_is_the_answer_and_any_other_raises(generated):
    pkg = package(generated, "answers")
    source = (generated("answers")[0] / "feat_answers" / "resources" / "reports.py").read_text()
    assert source.count('redirects=("302",)') == 2  # the sync and the async method
    to = lambda status: lambda r: httpx.Response(
        status, headers={"Location": "/kept/r1.pdf"}
    )  # noqa: E731
    for result, sent in both(pkg, to(302), lambda c: c.reports.download("r1")):
        assert result is None and len(sent) == 1
    for status, action in (
        (301, lambda c: c.reports.download("r1")),
        (302, lambda c: c.reports.get("r1")),
    ):
        for asynchronous in (False, True):
            with pytest.raises(
                pkg.ApiStatusError, match="redirect to '/kept/r1.pdf', not followed"
            ):
                one(pkg, to(status), action, asynchronous)


def one(pkg: Any, answer: Any, action: Callable[[Any], Any], asynchronous: bool) -> Any:
    """``action(client)`` with one flavour of client, awaited if need be."""
    transport = httpx.MockTransport(answer)
    if not asynchronous:
        return action(pkg.Client(http_client=httpx.Client(transport=transport), max_retries=0))

    async def run() -> Any:
        c = pkg.AsyncClient(http_client=httpx.AsyncClient(transport=transport), max_retries=0)
        return await action(c)

    return asyncio.run(run())


@pytest.mark.parametrize("asynchronous", [False, True])
def test_documented_error_bodies_are_parsed_onto_the_error(generated, asynchronous):
    pkg = package(generated, "answers")
    missing = {"title": "No such report", "detail": "r9"}
    with pytest.raises(pkg.NotFoundError) as info:
        one(
            pkg,
            lambda r: httpx.Response(404, json=missing),
            lambda c: c.reports.get("r9"),
            asynchronous,
        )
    error = info.value
    assert isinstance(error.parsed, pkg.models.Problem) and error.parsed.detail == "r9"
    assert error.body == missing and error.message == "r9"  # RFC 7807: the detail says most
    with pytest.raises(pkg.ApiStatusError) as info:
        one(
            pkg,
            lambda r: httpx.Response(418, json={"title": "teapot"}),
            lambda c: c.jobs.start(),
            asynchronous,
        )
    assert isinstance(info.value.parsed, pkg.models.Problem)  # the "default" answer's model


def test_an_error_links_to_its_documentation_where_the_spec_says_it_does(generated):
    """The documented error schema has a documentation_url (as GitHub's does):
    it is read into ``more_info``. Twilio's own field, which this spec never
    mentions, is not."""
    pkg = package(generated, "answers")
    link = "https://docs.example.com/errors/404"
    body = {"title": "gone", "documentation_url": link, "more_info": "https://elsewhere"}
    with pytest.raises(pkg.NotFoundError) as info:
        one(pkg, lambda r: httpx.Response(404, json=body), lambda c: c.reports.get("r9"), False)
    assert info.value.more_info == link
    other = package(generated, "values")
    fields = other._client.CONFIG.error_fields
    assert fields.more_info is None
    answer = httpx.Response(
        400,
        json={"message": "no", "more_info": "https://x"},
        request=httpx.Request("GET", "https://api.example.com"),
    )
    error = other._exceptions.error_for_response(answer, fields=fields)
    assert (error.message, error.more_info) == ("no", None)


EVENTS = (
    b": a comment\n"
    b"event: update\nid: 1\ndata: first\n\n"
    b"data: line one\ndata: line two\nretry: 1500\n\n"
    b'event: end\ndata: {"done": true}\n'
)


def test_server_sent_events(generated):
    pkg = package(generated, "answers")
    stream = lambda r: httpx.Response(
        200, content=EVENTS, headers={"Content-Type": "text/event-stream"}
    )  # noqa: E731

    def sync_events(c: Any) -> Any:
        with c.events.watch() as events:
            return [(e.event, e.data, e.id, e.retry) for e in events]

    async def async_events(c: Any) -> Any:
        async with await c.events.watch() as events:
            return [(e.event, e.data, e.id, e.retry) async for e in events]

    wanted = [
        ("update", "first", "1", None),
        (None, "line one\nline two", "1", 1500),
        ("end", '{"done": true}', "1", None),
    ]
    client = pkg.Client(http_client=httpx.Client(transport=httpx.MockTransport(stream)))
    assert sync_events(client) == wanted
    assert asyncio.run(_async_with(pkg, stream, async_events)) == wanted
    # Events are values: compared, hashed and shown by their fields.
    with client.events.watch() as events:
        first, second, _ = list(events)
    event = type(first)
    assert first == event("update", "first", "1") != event("update", "first", "2")
    assert first != ("update", "first", "1", None) and len({first, second, first}) == 2
    assert (
        repr(second)
        == "ServerSentEvent(event=None, data='line one\\nline two', id='1', retry=1500)"
    )
    with pytest.raises(AttributeError, match="frozen"):
        first.data = "changed"
    match first:
        case event("update", data, "1"):
            assert data == "first"
        case _:
            pytest.fail("an event's fields match by position")
    assert weakref.ref(first)() is first


async def _async_with(pkg: Any, answer: Any, action: Any) -> Any:
    transport = httpx.MockTransport(answer)
    async with pkg.AsyncClient(http_client=httpx.AsyncClient(transport=transport)) as c:
        return await action(c)


def test_large_downloads_stream(generated):
    pkg = package(generated, "answers")
    chunks = [b"a" * 10_000, b"b" * 10_000, b"c" * 10_000]

    async def async_chunks() -> Any:
        for chunk in chunks:
            yield chunk

    reply = lambda r: httpx.Response(
        200, content=iter(chunks), headers={"Content-Type": "application/pdf"}
    )  # noqa: E731
    client = pkg.Client(http_client=httpx.Client(transport=httpx.MockTransport(reply)))
    with client.reports.with_streaming_response.get("r1") as response:
        assert response.status_code == 200 and response.headers["Content-Type"] == "application/pdf"
        got = list(response.iter_bytes())
    assert b"".join(got) == b"".join(chunks) and len(got) == 3

    def async_reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=async_chunks(), headers={"Content-Type": "application/pdf"}
        )

    async def main() -> bytes:
        async with pkg.AsyncClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(async_reply))
        ) as c:
            async with c.with_streaming_response.reports.get("r1") as response:
                return b"".join([chunk async for chunk in response.iter_bytes()])

    assert asyncio.run(main()) == b"".join(chunks)
    with client.with_streaming_response.reports.get("r1") as response:
        assert response.parse() == b"".join(chunks)


# -- pagination profiles


def test_link_header_next_link_and_cursor_pagination(generated):
    pkg = package(generated, "pages")

    def repos(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        headers = (
            {"Link": f'<https://api.example.com/repos?page={page + 1}>; rel="next"'}
            if page < 3
            else {}
        )
        return httpx.Response(200, json=[{"id": page}], headers=headers)

    for result, sent in both(pkg, repos, lambda c: _collect(c.repos.list(limit=10))):
        assert [r.id for r in result] == [1, 2, 3]
        assert sent[0].url.params["per_page"] == "10" and len(sent) == 3

    def articles(request: httpx.Request) -> Any:
        page = int(request.url.params.get("p", "1"))
        links = {"next": f"/articles?p={page + 1}"} if page < 2 else {}
        return {"data": [{"id": page}], "links": links}

    for result, sent in both(pkg, articles, lambda c: _collect(c.articles.list())):
        assert [a.id for a in result] == [1, 2] and str(
            sent[1].url
        ) == "https://api.example.com/articles?p=2"

    def events(request: httpx.Request) -> Any:
        cursor = request.url.params.get("cursor")
        return {
            "events": [{"id": 1 if cursor is None else 2}],
            "next_cursor": None if cursor else "c2",
        }

    for result, sent in both(pkg, events, lambda c: _collect(c.events.list(limit=5))):
        assert [e.id for e in result] == [1, 2]
        assert sent[0].url.params["limit"] == "5" and sent[1].url.params["cursor"] == "c2"


def test_a_page_leaves_out_its_empty_list_but_not_its_shape(generated):
    """Proto3's JSON leaves an empty list out: no items, not an error. An
    answer of another shape is unreadable, never read as an empty page."""
    pkg = package(generated, "pages")
    for body in ({}, {"events": None, "next_cursor": ""}):
        for result, _ in both(pkg, lambda r, b=body: b, lambda c: _collect(c.events.list())):
            assert result == []
    for body in ([], {"events": {"id": 1}}):
        with pytest.raises(pkg.UnreadableResponseError, match="no list of items at 'events'"):
            one(
                pkg,
                lambda r, b=body: httpx.Response(200, json=b),
                lambda c: _collect(c.events.list()),
                False,
            )


def _collect(pager: Any) -> Any:
    if hasattr(pager, "__aiter__"):

        async def gather() -> list[Any]:
            return [item async for item in pager]

        return gather()
    return list(pager)


def test_a_property_two_allof_parts_define_must_fit_both(generated):
    pkg = package(generated, "semantics")
    hints = typing.get_type_hints(pkg.models.GroupMembersItem)
    assert hints["ref"] is str and hints["display"] == str | None  # required by one part only
    group = {"members": [{"value": "v1", "$ref": "https://example.com/1"}], "count": 3}
    for result, _ in both(pkg, lambda r: group, lambda c: c.groups.get()):
        assert result.members[0].ref == "https://example.com/1" and result.count == 3


def test_keywords_no_value_can_meet_are_said_and_read_alike_by_client_and_tests(
    generated, tmp_path
):
    pkg = package(generated, "semantics")
    out, stderr = generated("semantics")
    message = "/components/schemas/Message"
    assert f"{message}/properties/label/pattern: no value can both match the pattern" in stderr
    assert (
        f"{message}/allOf/0/properties/events/items/properties/bounce_type/enum: no value is in "
        f"both this enum and the one at {message}/properties/events/items/properties/bounce_type"
    ) in stderr.replace("\n", " ")
    sample = pkg.models.Message.__dataclass_fields__
    assert "label" in sample and "events" in sample

    # The suite's own answers (the later enum, the lengths) pass its check,
    # which leaves aside just those two keywords.
    def suite(folder: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "message"]
        return subprocess.run(command, cwd=folder, capture_output=True, text=True)

    tests = suite(out)
    assert tests.returncode == 0 and " passed" in tests.stdout, tests.stdout[-2000:]
    # Without them, the check holds the answers to what no value meets.
    strict = tmp_path / "strict"
    shutil.copytree(out, strict)
    conftest = strict / "tests" / "conftest.py"
    text, count = re.subn(
        r"given_way=\((?:.|\n)*?\),\n\)", "given_way=(),\n)", conftest.read_text()
    )
    assert count == 1
    conftest.write_text(text)
    tests = suite(strict)
    assert tests.returncode == 1 and "'bounced' is not one of ['soft', 'hard']" in tests.stdout
    assert "'a' is too short" in tests.stdout or "does not match" in tests.stdout


def test_method_names_follow_the_http_method_and_path_without_numbers(generated):
    pkg = package(generated, "methods")
    client = pkg.Client()

    def named(resource: str) -> list[str]:
        methods = inspect.getmembers(type(getattr(client, resource)), inspect.isfunction)
        return sorted(m for m, _ in methods if not m.startswith("_"))

    assert named("bookings") == ["get", "list"]
    assert named("payments") == ["create"]
    assert named("keys") == ["get", "list"]
    assert named("private_registries") == ["create"]
    assert named("editorial_images") == ["search", "search_editorial"]
    assert named("support") == ["get_ip_address", "get_support_ip_address"]
    # payments.create(booking_id, ...): the parent's id is its first argument.
    assert list(inspect.signature(client.payments.create).parameters)[:2] == [
        "booking_id",
        "amount",
    ]
    # A list without pages keeps its own limit (no limit_).
    assert "limit" in inspect.signature(client.bookings.list).parameters
    for _, sent in both(pkg, lambda r: {"data": []}, lambda c: c.bookings.list(limit=3)):
        assert sent[0].url.params["limit"] == "3"


def test_a_header_parameter_that_is_the_api_key_is_left_to_the_credentials(generated):
    pkg = package(generated, "auth")
    _, stderr = generated("auth")
    assert "header parameter 'X-Api-Key' is the API key of the operation's security scheme" in (
        stderr
    )
    assert "x_api_key" not in inspect.signature(pkg.Client().account.admin_action).parameters
    creds = {"header_key": "hk-123456", "cookie_key": "ck-123456"}
    for _, sent in both(pkg, nothing, lambda c: c.account.admin_action(), **creds):
        assert sent[0].headers.get_list("X-Api-Key") == ["hk-123456"]


# -- deprecations


def test_a_deprecated_method_warns_at_the_call_site_naming_its_replacement(generated):
    import warnings

    pkg = package(generated, "deprecations")
    for asynchronous in (False, True):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            one(
                pkg,
                lambda r: httpx.Response(200, json=[]),
                lambda c: c.reports.list_v1(),
                asynchronous,
            )
            one(
                pkg,
                lambda r: httpx.Response(200, json=[]),
                lambda c: c.reports.list(),
                asynchronous,
            )
        [warning] = [w for w in caught if issubclass(w.category, DeprecationWarning)]
        assert str(warning.message) == (
            "reports.list_v1() is deprecated: Use GET /v2/reports instead."
        )
        # The caller's line, so the default filter shows it once per call site.
        assert warning.filename == __file__
    for cls in (pkg.resources.Reports, pkg.resources.AsyncReports):
        assert cls.list_v1.__deprecated__.startswith("reports.list_v1() is deprecated")
        assert cls.delete.__deprecated__.startswith(
            "reports.delete() is deprecated: It is replaced by DELETE /v2/reports/{id}"
        )
        assert not hasattr(cls.list, "__deprecated__")


def test_a_deprecated_argument_warns_only_when_it_is_passed(generated):
    import warnings

    pkg = package(generated, "deprecations")
    answer = lambda r: httpx.Response(201, json={"id": "r1"})  # noqa: E731
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        one(pkg, answer, lambda c: c.reports.create(title="t"), False)
        assert not caught
        one(pkg, answer, lambda c: c.reports.create(title="t", format="pdf", owner="o"), True)
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert messages == [
        "reports.create(): the argument format is deprecated: "
        "Ignored since 2024; the report's own format is used instead.",
        "reports.create(): the argument owner is deprecated",
    ]
    assert all(w.filename == __file__ for w in caught)


def test_type_checkers_mark_a_deprecated_method_at_its_callers_only(generated, tmp_path):
    out, _ = generated("deprecations")
    user = tmp_path / "use.py"
    user.write_text(
        "import feat_deprecations\n"
        "client = feat_deprecations.Client()\n"
        "client.reports.list()\n"
        "client.reports.list_v1()\n"
    )
    for version in ("3.10", "3.13"):
        typed = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version",
             version, "--enable-error-code", "deprecated", str(user)],
            cwd=ROOT, env={**os.environ, "MYPYPATH": str(out)},
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        reported = [line for line in typed.stdout.splitlines() if "error:" in line]
        assert len(reported) == 1, typed.stdout
        assert reported[0].startswith(f"{user}:4:") and "list_v1 is deprecated" in reported[0]
