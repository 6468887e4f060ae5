"""The plugin release workflow of seed 002, end to end over real HTTP: define a
plugin, version it, bundle versions into a configuration, release it, list
releases, and roll back by releasing an earlier configuration again."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT
from fake_flex import FakeFlex

sys.path.insert(0, str(ROOT / "generated"))

from twilio_flex import BadRequestError, Client  # noqa: E402
from twilio_flex.models import FlexConfiguration, PluginRelease  # noqa: E402

ACCOUNT = "AC" + "a" * 32
TOKEN = "secret-auth-token"


@pytest.fixture
def flex():
    with FakeFlex(ACCOUNT, TOKEN) as server:
        yield server


@pytest.fixture
def client(flex):
    with Client(auth=(ACCOUNT, TOKEN), base_url=flex.url + "/v1") as client:
        yield client


def test_release_and_roll_back(flex, client):
    meta = "plugin-cli=6.3.2"
    plugin = client.plugins.create(unique_name="crm", friendly_name="CRM", flex_metadata=meta)
    v1 = client.plugin_versions.create(
        plugin.sid,
        version="1.0.0",
        plugin_url="https://example.com/crm-1.js",
        private=True,
        flex_metadata=meta,
    )
    v2 = client.plugin_versions.create(
        plugin.sid,
        version="2.0.0",
        plugin_url="https://example.com/crm-2.js",
        changelog="faster",
        flex_metadata=meta,
    )
    assert [v.version for v in client.plugin_versions.list(plugin.sid)] == ["1.0.0", "2.0.0"]

    first = client.plugin_configurations.create(
        name="r1", plugins=[{"plugin_version": v1.sid, "phase": 3}], flex_metadata=meta
    )
    second = client.plugin_configurations.create(
        name="r2", plugins=[{"plugin_version": v2.sid}], description="v2", flex_metadata=meta
    )
    # One Plugins form field per item, each a JSON object.
    sent = [r for r in flex.received if r.path.endswith("/Configurations") and r.method == "POST"][
        0
    ]
    assert [value for name, value in sent.form if name == "Plugins"] == [
        json.dumps({"plugin_version": v1.sid, "phase": 3}, separators=(",", ":"))
    ]
    [configured] = client.configured_plugins.list(first.sid)
    assert (configured.plugin_version_sid, configured.phase, configured.plugin_url) == (
        v1.sid,
        3,
        "https://example.com/crm-1.js",
    )

    client.plugin_releases.create(configuration_id=first.sid, flex_metadata=meta)
    client.plugin_releases.create(configuration_id=second.sid, flex_metadata=meta)
    releases = list(client.plugin_releases.list(page_size=1, flex_metadata=meta))  # two pages
    assert [r.configuration_sid for r in releases] == [second.sid, first.sid]
    assert all(isinstance(r, PluginRelease) and r.date_created.year == 2020 for r in releases)

    rollback = client.plugin_releases.create(configuration_id=first.sid, flex_metadata=meta)
    active = next(iter(client.plugin_releases.list(limit=1)))
    assert active.sid == rollback.sid and active.configuration_sid == first.sid
    assert client.plugin_releases.fetch(rollback.sid).configuration_sid == first.sid

    # Flex-Metadata went as a header on every request that had it, pages included, never in a query.
    with_meta = [r for r in flex.received if r.headers.get("flex-metadata") == meta]
    assert len(with_meta) == 10
    assert sum(1 for r in with_meta if r.path.endswith("/Releases") and r.method == "GET") == 2
    assert not any("Flex-Metadata" in r.query for r in flex.received)


def test_configuration_update_sends_the_account_and_replaces_json_whole(flex, client):
    current = client.configuration.fetch()
    assert isinstance(current, FlexConfiguration)
    attributes = dict(current.ui_attributes or {})
    attributes["notifications"] = {"browser": False}
    updated = client.configuration.update(ui_attributes=attributes)
    assert flex.received[-1].json == {
        "account_sid": ACCOUNT,
        "ui_attributes": {"theme": {"isLight": True}, "notifications": {"browser": False}},
    }
    assert updated.ui_attributes == attributes


def test_read_only_configuration_property_raises_45004(flex, client):
    with pytest.raises(BadRequestError) as info:
        client.request(
            "POST",
            "/Configuration",
            json={"account_sid": ACCOUNT, "flex_service_instance_sid": "IS" + "1" * 32},
        )
    error = info.value
    assert (error.status_code, error.code) == (400, 45004)
    assert (
        error.message == "You are not allowed to modify property for [flex_service_instance_sid]."
    )
    assert error.more_info == "https://www.twilio.com/docs/errors/45004"
    assert TOKEN not in str(error) and TOKEN not in repr(error)
