"""Requests the API sends to the user's server: typed payloads (webhooks and
callbacks, tests/features/webhooks.yaml) and the check of their signatures,
against published vectors and vectors computed here from the published
algorithms, tampered ones included."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import importlib
import subprocess
import sys
from typing import Any

import pytest

from conftest import FEATURES, ROOT, package

sys.path.insert(0, str(ROOT / "generated"))

from twilio_flex import webhooks as flex_webhooks  # noqa: E402

# Twilio's published example (its security documentation and its libraries' tests).
TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+14158675309",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
}
SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
BODY = '{"property": "value", "boolean": true}'
BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
BODY_SIGNATURE = "a9nBmqA0ju/hNViExpshrM61xv4="


def twilio_signature(token: str, url: str, params: dict[str, Any]) -> str:
    """Twilio's algorithm as its documentation states it, written out here."""
    text = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    digest = hmac.new(token.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def test_twilio_form_webhooks_validate_with_the_published_vector():
    validate = flex_webhooks.validate
    assert validate(URL, PARAMS, SIGNATURE, auth_token=TOKEN)
    # Twilio may sign the URL with its port or without: both are accepted.
    assert validate(URL.replace(".com/", ".com:443/"), PARAMS, SIGNATURE, auth_token=TOKEN)
    # A parameter sent several times: each value once, in order (the libraries' vector).
    repeated = {"Sid": "CA123", "SidAccount": "AC123", "Digits": ["5678", "1234", "1234"]}
    assert validate(URL, repeated, "IK+Dwps556ElfBT0I3Rgjkr1wJU=", auth_token=TOKEN)


def test_twilio_form_webhooks_refuse_anything_tampered():
    validate = flex_webhooks.validate
    assert not validate(URL, {**PARAMS, "Digits": "9999"}, SIGNATURE, auth_token=TOKEN)
    assert not validate(URL, {**PARAMS, "Extra": "1"}, SIGNATURE, auth_token=TOKEN)
    assert not validate(
        URL, {k: v for k, v in PARAMS.items() if k != "To"}, SIGNATURE, auth_token=TOKEN
    )
    assert not validate(URL + "&baz=3", PARAMS, SIGNATURE, auth_token=TOKEN)
    assert not validate(URL.replace("https", "http"), PARAMS, SIGNATURE, auth_token=TOKEN)
    assert not validate(URL, PARAMS, SIGNATURE, auth_token="54321")
    assert not validate(URL, PARAMS, SIGNATURE[:-2] + "x=", auth_token=TOKEN)
    assert not validate(URL, PARAMS, "", auth_token=TOKEN)
    assert not validate(URL, PARAMS, "not ascii é", auth_token=TOKEN)
    with pytest.raises(ValueError, match="auth_token"):
        validate(URL, PARAMS, SIGNATURE, auth_token="")


def test_twilio_signatures_computed_here_for_a_flex_flow_request():
    """Vectors made with the algorithm as written in this test, for the kind of
    request Flex sends (a Flex Flow webhook to the user's server)."""
    url = "https://example.org/flex/flow?source=studio"
    params = {
        "FlexFlowSid": "FO00000000000000000000000000000000",
        "ChannelType": "web",
        "Body": "Hello & welcome = 1+1",
        "Unicode": "héllo 👋",
    }
    token = "auth-token-of-the-account"
    signature = twilio_signature(token, url, params)
    assert flex_webhooks.validate(url, params, signature, auth_token=token)
    assert not flex_webhooks.validate(url, {**params, "Body": "Hello"}, signature, auth_token=token)


def test_twilio_json_webhooks_check_the_body_hash_too():
    validate = flex_webhooks.validate
    url = f"{URL}&bodySHA256={BODY_HASH}"
    assert hashlib.sha256(BODY.encode()).hexdigest() == BODY_HASH
    assert validate(url, BODY, BODY_SIGNATURE, auth_token=TOKEN)
    assert validate(url, BODY.encode(), BODY_SIGNATURE, auth_token=TOKEN)
    # The body changed: its hash no longer matches, though the URL's signature does.
    assert not validate(url, BODY.replace("value", "other"), BODY_SIGNATURE, auth_token=TOKEN)
    # The hash in the URL changed to match a forged body: the signature no longer does.
    forged = '{"property": "forged"}'
    forged_url = f"{URL}&bodySHA256={hashlib.sha256(forged.encode()).hexdigest()}"
    assert not validate(forged_url, forged, BODY_SIGNATURE, auth_token=TOKEN)
    # A raw body with no hash in the URL to check it by: refused.
    assert not validate(URL, BODY, SIGNATURE, auth_token=TOKEN)


# -- standard webhooks

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
HEADERS = {
    "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
    "webhook-timestamp": "1614265330",
    "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
}
PAYLOAD = '{"test": 2432232314}'


@pytest.fixture(scope="module")
def standard(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The webhooks feature spec generated with standard-webhooks signatures."""
    out = tmp_path_factory.mktemp("standard") / "out"
    run = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(FEATURES / "webhooks.yaml"),
         "--out", str(out), "--package", "standard_hooks",
         "--webhook-signature", "standard-webhooks"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    sys.path.insert(0, str(out))
    readme = (out / "README.md").read_text()
    assert "webhooks.validate(body, headers, secret=" in readme
    return importlib.import_module("standard_hooks.webhooks")


def test_standard_webhooks_validate_with_the_published_vector(standard):
    now = 1614265330
    assert standard.validate(PAYLOAD, HEADERS, secret=SECRET, now=now)
    assert standard.validate(PAYLOAD.encode(), HEADERS, secret=SECRET, now=now + 299)
    # The secret without its prefix; header names in any case; a rotated key beside.
    upper = {k.title(): v for k, v in HEADERS.items()}
    upper["Webhook-Signature"] = "v1,bm90IGl0 " + HEADERS["webhook-signature"]
    assert standard.validate(PAYLOAD, upper, secret=SECRET.removeprefix("whsec_"), now=now)


def test_standard_webhooks_refuse_tampering_and_replays(standard):
    now = 1614265330
    assert not standard.validate(PAYLOAD.replace("2", "3"), HEADERS, secret=SECRET, now=now)
    for name, value in (("webhook-id", "msg_other"), ("webhook-timestamp", "1614265331")):
        assert not standard.validate(PAYLOAD, {**HEADERS, name: value}, secret=SECRET, now=now)
    assert not standard.validate(PAYLOAD, HEADERS, secret=SECRET, now=now + 301)  # too old
    assert not standard.validate(PAYLOAD, HEADERS, secret=SECRET, now=now - 301)  # from the future
    other = "whsec_" + base64.b64encode(b"another secret").decode()
    assert not standard.validate(PAYLOAD, HEADERS, secret=other, now=now)
    v2 = {**HEADERS, "webhook-signature": HEADERS["webhook-signature"].replace("v1,", "v2,")}
    assert not standard.validate(PAYLOAD, v2, secret=SECRET, now=now)
    missing = {k: v for k, v in HEADERS.items() if k != "webhook-id"}
    assert not standard.validate(PAYLOAD, missing, secret=SECRET, now=now)
    with pytest.raises(ValueError, match="not base64"):
        standard.validate(PAYLOAD, HEADERS, secret="whsec_not base64!", now=now)


# -- typed payloads


def test_each_webhook_and_callback_parses_its_payload_as_answers_are_read(generated):
    pkg = package(generated, "webhooks")
    body = b'{"petId": "p1", "adoptedAt": "2024-05-01T10:00:00Z", "family": {"name": "Ng"}, "vet": "Dr. A"}'
    adoption = pkg.webhooks.parse_pet_adopted(body)
    assert isinstance(adoption, pkg.models.Adoption)
    assert adoption.adopted_at == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    assert adoption.family is not None and adoption.family.name == "Ng"
    assert adoption.extra_fields == {"vet": "Dr. A"}  # unknown fields kept
    beats = pkg.webhooks.parse_heartbeat('["2024-05-01T10:00:00Z"]')
    assert beats == [dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)]
    shipped = pkg.webhooks.parse_on_order_shipped('{"orderId": "o1"}')  # a callback
    assert isinstance(shipped, pkg.models.Shipment) and shipped.order_id == "o1"
    assert not hasattr(pkg.webhooks, "parse_form_posted")  # a form body: nothing to type
    assert not hasattr(pkg.webhooks, "validate")  # no signature scheme set
    assert sorted(pkg.webhooks.__all__) == [
        "parse_heartbeat",
        "parse_on_order_shipped",
        "parse_pet_adopted",
    ]


def test_a_payload_that_is_not_json_or_not_its_shape_is_an_api_error(generated):
    pkg = package(generated, "webhooks")
    with pytest.raises(pkg.ApiError, match="body of the petAdopted webhook is not JSON"):
        pkg.webhooks.parse_pet_adopted(b"<html>")
    with pytest.raises(pkg.ApiError, match="expected a JSON object"):
        pkg.webhooks.parse_pet_adopted(b"[1, 2]")
