"""Requests the API sends to your server: the check of their signatures.

``validate`` tells whether a request really comes from the API: check it
before you trust a payload.

Twilio's X-Twilio-Signature: an HMAC-SHA1 of the URL and the form's parameters, keyed
with the auth token; a JSON body's SHA-256 rides in the URL as bodySHA256. validate(url,
params, signature, auth_token=...): params is the form's parameters, or a JSON request's
raw body.
"""

from __future__ import annotations

from ._signatures import validate_twilio as validate

__all__ = [
    "validate",
]
