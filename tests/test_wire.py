"""Twilio's wire conventions, through a generated client and httpx.MockTransport."""

from __future__ import annotations

from conftest import minimal_spec, run_python

BODY = {
    "type": "object",
    "required": ["Name"],
    "properties": {
        "Name": {"type": "string"},
        "Note": {"type": ["string", "null"]},
        "Active": {"type": "boolean"},
        "Tags": {"type": "array", "items": {"type": "string"}},
        "Starts": {"type": "string", "format": "date-time"},
    },
}


def test_omitted_is_not_sent_and_none_only_where_nullable(cli, write_spec, tmp_path):
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    }
    spec = minimal_spec(
        **{
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": BODY}},
                    },
                    "responses": ok,
                }
            },
            "/docs": {
                "post": {
                    "operationId": "createDoc",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": BODY}},
                    },
                    "responses": ok,
                }
            },
        }
    )
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "api")
    assert status == 0, err
    code = """
import datetime, httpx, inspect, json
from api import Client
sent = []
def answer(request):
    sent.append(request.content.decode())
    return httpx.Response(200, json={})
client = Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
when = datetime.datetime(2020, 1, 10, 20, 0, tzinfo=datetime.timezone.utc)
client.things.create(name="a")
client.things.create(name="a", note=None, active=False, tags=["x", "y"], starts=when)
client.docs.create(name="a")
client.docs.create(name="a", note=None, active=True, starts=when)
print(json.dumps(sent))
print(inspect.signature(client.things.create).parameters["note"].annotation)
print(inspect.signature(client.things.create).parameters["active"].annotation)
"""
    probe = run_python(code, tmp_path / "out")
    assert probe.returncode == 0, probe.stderr
    lines = probe.stdout.splitlines()
    import json

    assert json.loads(lines[0]) == [
        "Name=a",
        "Name=a&Note=&Active=false&Tags=x&Tags=y&Starts=2020-01-10T20%3A00%3A00Z",
        '{"Name":"a"}',
        '{"Name":"a","Note":null,"Active":true,"Starts":"2020-01-10T20:00:00Z"}',
    ]
    assert lines[1] == "str | None | NotGiven" and lines[2] == "bool | NotGiven"
