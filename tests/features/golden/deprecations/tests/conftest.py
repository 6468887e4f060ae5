"""Which server the generated tests talk to, chosen by environment.

(nothing set)                    offline: httpx.MockTransport answers with
                                 the spec's examples or schema-valid values
API_TEST_MODE=loopback         the same answers from a real HTTP server on 127.0.0.1
API_TEST_MODE=server API_BASE_URL=URL
                                 a mock server built from the spec (Prism)
API_TEST_MODE=live API_BASE_URL=URL and the client's credentials
                                 a live account: reads only, unless
                                 API_ALLOW_WRITES=1 (writes on what the
                                 tests create, then remove) or
                                 API_ALLOW_CONFIG_WRITES=1 (changes
                                 to the account itself)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

# Import the package from this checkout when it is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import feat_deprecations  # noqa: E402
from _conformance import Harness, Settings  # noqa: E402
from feat_deprecations._client import DEFAULT_BASE_URL  # noqa: E402

SETTINGS = Settings.from_env(
    "API",
    spec_path=Path(__file__).resolve().parent.parent / "openapi.json",
    # (schema, keyword) the spec contradicts elsewhere, so that no value meets
    # it: the client reads the spec without it, the answers' check too.
    given_way=(),
)
# What the tests authenticate with, but in live mode (the client's own then).
CREDENTIALS: dict[str, Any] = {}
# Live mode: what each create called to set a test up is passed.
MAKERS: dict[str, dict[str, Any]] = {
    "reports.create": {"format": "pdf", "title": "title-1", "owner": "owner-1"}
}


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(
        SETTINGS, feat_deprecations, request.param, DEFAULT_BASE_URL, CREDENTIALS, MAKERS
    )
    try:
        yield harness
    finally:
        harness.close()
