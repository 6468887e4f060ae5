"""Signatures of the requests an API sends to your server (webhooks), checked
before you trust them.

``twilio``: Twilio signs each request it sends in ``X-Twilio-Signature``:
HMAC-SHA1, keyed with the account's auth token, over the full URL it called,
followed for a form body by each parameter's name and value in order of
name; base64. A JSON body is not signed itself: the URL carries its SHA-256
(hex) in the ``bodySHA256`` query parameter, and that is checked too.
Twilio may have signed the URL with or without the port, so both are tried.

``standard-webhooks`` (standardwebhooks.com): ``webhook-signature`` holds
``v1,<base64 HMAC-SHA256>`` entries over ``"{webhook-id}.{webhook-timestamp}.{body}"``,
keyed with the secret (``whsec_`` and base64); the timestamp must be within
``tolerance`` seconds of now, so an old request cannot be replayed.

Comparisons take constant time; a secret never shows in an error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from typing import Mapping, Sequence, Union
from urllib.parse import parse_qs, urlsplit, urlunsplit

__all__ = ["validate_twilio", "validate_standard_webhook"]

# A form's parameters: each name with one value, or with several.
Params = Mapping[str, Union[str, Sequence[str]]]


def validate_twilio(
    url: str, params: Union[Params, str, bytes, None], signature: str, *, auth_token: str
) -> bool:
    """Whether ``signature`` (the ``X-Twilio-Signature`` header) is Twilio's for
    a request to ``url``: with ``params`` the form's parameters, or for a JSON
    webhook the raw body (its hash is checked against ``bodySHA256``)."""
    if not isinstance(auth_token, str) or not auth_token:
        raise ValueError("auth_token is needed to check a Twilio signature")
    if not isinstance(signature, str) or not signature:
        return False
    key = auth_token.encode("utf-8")
    fields: Params = {}
    body_ok = True
    if isinstance(params, (str, bytes)):
        body = params.encode("utf-8") if isinstance(params, str) else params
        hashes = parse_qs(urlsplit(url).query).get("bodySHA256")
        if hashes:
            body_ok = hmac.compare_digest(hashlib.sha256(body).hexdigest(), hashes[0].lower())
        elif body:
            return False  # a raw body, but nothing in the URL that signs it
    elif params is not None:
        fields = params
    matches = [
        hmac.compare_digest(
            _twilio_signature(key, shown, fields), signature.encode("ascii", "replace")
        )
        for shown in _with_and_without_port(url)
    ]
    return body_ok and any(matches)


def _twilio_signature(key: bytes, url: str, params: Params) -> bytes:
    text = url
    for name in sorted(params):
        value = params[name]
        values = [value] if isinstance(value, str) else list(value)
        for one in sorted(set(values)):
            text += name + one
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest)


def _with_and_without_port(url: str) -> list[str]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    auth = parts.netloc.rpartition("@")[0]
    prefix = auth + "@" if auth else ""
    default = {"https": 443, "http": 80}.get(parts.scheme)
    port = parts.port or default
    without = urlunsplit(parts._replace(netloc=prefix + host))
    found = [without]
    if port is not None:
        found.append(urlunsplit(parts._replace(netloc=f"{prefix}{host}:{port}")))
    return found


def validate_standard_webhook(
    body: Union[str, bytes],
    headers: Mapping[str, str],
    *,
    secret: str,
    tolerance: float = 300.0,
    now: float | None = None,
) -> bool:
    """Whether ``headers`` sign ``body`` with ``secret`` (standard webhooks),
    and were made within ``tolerance`` seconds of ``now``."""
    if not isinstance(secret, str) or not secret:
        raise ValueError("secret is needed to check a webhook's signature")
    lower = {name.lower(): value for name, value in headers.items()}
    webhook_id = lower.get("webhook-id")
    stamp = lower.get("webhook-timestamp")
    signatures = lower.get("webhook-signature")
    if not webhook_id or not stamp or not signatures:
        return False
    try:
        sent = int(stamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - sent) > tolerance:
        return False
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the webhook secret is not base64 (after its whsec_ prefix)") from None
    payload = body.encode("utf-8") if isinstance(body, str) else body
    signed = f"{webhook_id}.{stamp}.".encode() + payload
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    found = False
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode("ascii", "replace"), expected):
            found = True
    return found
