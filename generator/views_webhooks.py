"""The webhooks module's view: the IR's webhooks and callbacks -> what
``webhooks.py.j2`` prints (one parse function per webhook, returning its
typed payload) and which signature check ``validate`` is. Pure: the same IR
and target give the same view.
"""

from __future__ import annotations

from msgspec import Struct

from . import ir
from .config import Target
from .typemodel import FIELD, Imports, PythonTypes

# The signature schemes a webhooks module can check, and their function in the runtime.
SIGNATURES = {"twilio": "validate_twilio", "standard-webhooks": "validate_standard_webhook"}
# What each scheme is, for docstrings and the README.
SIGNATURE_TEXT = {
    "twilio": "Twilio's X-Twilio-Signature: an HMAC-SHA1 of the URL and the form's "
    "parameters, keyed with the auth token; a JSON body's SHA-256 rides in the URL "
    "as bodySHA256. validate(url, params, signature, auth_token=...): params is the "
    "form's parameters, or a JSON request's raw body",
    "standard-webhooks": "Standard Webhooks: webhook-signature holds an HMAC-SHA256 "
    "of the webhook-id, the webhook-timestamp and the body, keyed with the secret, and "
    "a timestamp too old is refused. validate(body, headers, secret=...)",
}


class WebhookView(Struct, frozen=True):
    name: str  # the parse function
    wire_name: str
    method: str
    doc: str
    annotation: str  # of the payload
    convert: str  # applied to the decoded JSON; "" when it is already the payload


class WebhooksView(Struct, frozen=True):
    webhooks: list[WebhookView]
    validate: str  # the runtime's check of signatures, or ""
    scheme: str  # its scheme: twilio, standard-webhooks or ""
    signature: str  # what its scheme is
    modules: list[str]
    typing: list[str]
    models: list[str]


def webhooks_view(api: ir.Api, target: Target) -> WebhooksView | None:
    """The module's view; None when the API sends nothing and no signature
    scheme is set."""
    if not api.webhooks and not target.webhook_signature:
        return None
    imports = Imports()
    types = PythonTypes(api.models, api.unions, imports)
    views = []
    for webhook in api.webhooks:
        annotation = types.annotation(webhook.type, FIELD)
        if isinstance(webhook.type, ir.ModelRef):
            convert = f"{api.models[webhook.type.key].name}.from_dict"
        else:
            convert = types.converter(webhook.type) or ""
        doc = webhook.description or f"The payload of the {webhook.wire_name} webhook."
        views.append(
            WebhookView(webhook.name, webhook.wire_name, webhook.method, doc, annotation, convert)
        )
    return WebhooksView(
        webhooks=views,
        validate=SIGNATURES.get(target.webhook_signature, ""),
        scheme=target.webhook_signature,
        signature=SIGNATURE_TEXT.get(target.webhook_signature, ""),
        modules=sorted(imports.modules),
        typing=sorted(imports.typing | {"Any"}),
        models=sorted(imports.models),
    )
