"""Which server the generated tests talk to, chosen by environment.

(nothing set)                    offline: httpx.MockTransport answers with
                                 the spec's examples or schema-valid values
FLEX_TEST_MODE=loopback         the same answers from a real HTTP server on 127.0.0.1
FLEX_TEST_MODE=server FLEX_BASE_URL=URL
                                 a mock server built from the spec (Prism)
FLEX_TEST_MODE=live FLEX_BASE_URL=URL and the client's credentials
                                 a live account: reads only, unless
                                 FLEX_ALLOW_WRITES=1 (writes on what the
                                 tests create, then remove) or
                                 FLEX_ALLOW_CONFIG_WRITES=1 (changes
                                 to the account itself)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

# Import the package from this checkout when it is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import twilio_flex  # noqa: E402
from _conformance import Harness, Settings  # noqa: E402
from twilio_flex._client import DEFAULT_BASE_URL  # noqa: E402

SETTINGS = Settings.from_env(
    "FLEX",
    spec_path=Path(__file__).resolve().parent.parent / "openapi.json",
)
# What the tests authenticate with, but in live mode (the client's own then).
CREDENTIALS: dict[str, Any] = {"auth": ("AC00000000000000000000000000000000", "test-password")}


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(SETTINGS, twilio_flex, request.param, DEFAULT_BASE_URL, CREDENTIALS)
    try:
        yield harness
    finally:
        harness.close()
