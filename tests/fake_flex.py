"""A stateful stand-in for Twilio's Flex API v1, served over real HTTP on
127.0.0.1, for end-to-end tests of the generated client and of its test
suite in live mode.

It follows Twilio's documented behaviour for every operation of the bundled
spec: HTTP Basic authentication with the account SID and auth token;
form-encoded writes (``true``/``false`` booleans, dotted ``Integration.*``
names); list envelopes with ``meta.key`` and absolute page links honouring
``PageSize`` and ``Page``; 204 for a delete; plugins, versions and plugin
configurations archived rather than deleted; releases and interactions that
cannot be removed; the Twilio error body (``code``, ``message``,
``more_info``, ``status``), 20404 for what does not exist and 45004 for a
read-only Configuration property.

References inside the Flex API are checked (a channel's ``FlexFlowSid``, a
configuration's plugin versions, a release's configuration); references to
other Twilio products (a Chat service, a Studio flow) are not, as this
stands in for Flex alone.

Every request is recorded, every write to the Flex Configuration too, and
``leftovers()`` names what was created through the API and is still there.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

# The Configuration's writable properties, and the JSON type each must have.
WRITABLE_CONFIGURATION = {
    "account_sid": str,
    "ui_attributes": dict,
    "ui_language": str,
    "ui_version": str,
    "call_recording_enabled": bool,
    "taskrouter_skills": list,
    "runtime_domain": str,
}
CHANNEL_TYPES = {"web", "sms", "facebook", "whatsapp", "line", "custom"}
INTEGRATION_TYPES = {"studio", "external", "task"}
INTEGRATION_FIELDS = {
    "FlowSid": "flow_sid",
    "Url": "url",
    "WorkspaceSid": "workspace_sid",
    "WorkflowSid": "workflow_sid",
    "Channel": "channel",
    "CreationOnMessage": "creation_on_message",
    "Priority": "priority",
    "Timeout": "timeout",
    "RetryCount": "retry_count",
}
NOW = "2020-01-10T20:00:00Z"


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: list[tuple[str, str]] = field(default_factory=list)
    json: Any = None


class Refused(Exception):
    """A Twilio error answer."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def not_found() -> Refused:
    return Refused(404, 20404, "The requested resource was not found")


def invalid(message: str) -> Refused:
    return Refused(400, 20001, message)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: dict[str, str]
    form_pairs: list[tuple[str, str]]
    json: Any

    def required(self, name: str) -> str:
        if not self.form.get(name):
            raise invalid(f"Missing required parameter {name} in the post body")
        return self.form[name]

    def boolean(self, name: str, default: bool | None = None) -> bool | None:
        value = self.form.get(name)
        if value is None:
            return default
        if value not in ("true", "false"):
            raise invalid(f"{name} must be true or false, not {value!r}")
        return value == "true"

    def integer(self, name: str) -> int | None:
        value = self.form.get(name)
        if value is None:
            return None
        if not re.fullmatch(r"-?\d+", value):
            raise invalid(f"{name} must be an integer, not {value!r}")
        return int(value)

    def json_text(self, name: str) -> Any:
        value = self.form.get(name)
        if value is None:
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise invalid(f"{name} must be JSON text") from None


class FakeFlex(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, account_sid: str, auth_token: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.account_sid = account_sid
        self.expected_auth = (
            "Basic " + base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        )
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        # Each collection by SID, in creation order (lists answer newest first
        # for releases, as Twilio does, oldest first otherwise).
        self.plugins: dict[str, dict[str, Any]] = {}
        self.versions: dict[str, dict[str, Any]] = {}
        self.configurations: dict[str, dict[str, Any]] = {}
        self.configured: dict[str, list[dict[str, Any]]] = {}
        self.releases: list[dict[str, Any]] = []  # newest first
        self.flex_flows: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any]] = {}
        self.web_channels: dict[str, dict[str, Any]] = {}
        self.interactions: dict[str, dict[str, Any]] = {}
        self.interaction_channels: dict[str, dict[str, Any]] = {}
        self.questionnaires: dict[str, dict[str, Any]] = {}
        self.configuration: dict[str, Any] = {
            "account_sid": account_sid,
            "ui_attributes": {"theme": {"isLight": True}},
            "flex_service_instance_sid": "IS" + "0" * 32,
            "status": "ok",
        }
        self.configuration_writes: list[Any] = []
        self.created: list[str] = []  # SIDs made through the API, in order

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeFlex:
        threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()

    def sid(self, prefix: str) -> str:
        return f"{prefix}{next(self.counter):032x}"

    # -- what a test looks at ------------------------------------------------------------

    def leftovers(self) -> list[str]:
        """What was created through the API and is still there: not deleted
        (channels, Flex Flows, web chats), not archived (plugins, versions,
        configurations). Releases, interactions and questionnaires cannot be
        removed and count too."""
        live: set[str] = set()
        for collection in (self.flex_flows, self.channels, self.web_channels):
            live |= set(collection)
        for archivable in (self.plugins, self.versions, self.configurations):
            live |= {sid for sid, item in archivable.items() if not item["archived"]}
        live |= {r["sid"] for r in self.releases}
        live |= set(self.interactions) | set(self.questionnaires)
        return [sid for sid in self.created if sid in live]

    def seed(self) -> None:
        """What a working account has: two of everything that lists, so a
        walk of two pages has something to walk; one answer the spec does
        not describe (a Flex Flow of a newer channel type)."""
        base = self.url + "/v1"
        plugins = []
        for index in (1, 2):
            flow = self._new_flex_flow(
                base, {"FriendlyName": f"Flow {index}", "ChannelType": "web"}, {}
            )
            self._new_channel(base, flow["sid"])
            plugin = self._new_plugin(base, f"seeded-plugin-{index}", None, None)
            plugins.append(plugin)
            self._new_questionnaire(base, f"Quality {index}", None, True)
        versions = [
            self._new_version(
                base, plugin["sid"], number, f"{plugin['url']}/{number}.js", None, False
            )
            for plugin in plugins
            for number in ("1.0.0", "1.1.0")
        ]
        for index in (1, 2):
            items = [{"plugin_version": v["sid"], "phase": 3} for v in versions[index - 1 :: 2]]
            configuration = self._new_configuration(base, f"seeded-{index}", None, items)
            self._new_release(base, configuration["sid"])
        # A channel type newer than the spec: a client must take it as it comes.
        next(iter(self.flex_flows.values()))["channel_type"] = "telegram"
        self.created.clear()  # the account's own, not the tests'

    # -- the resources, as Twilio makes them ---------------------------------------------------

    def _new_plugin(
        self, base: str, unique: str, friendly: str | None, description: str | None
    ) -> dict[str, Any]:
        if any(p["unique_name"] == unique for p in self.plugins.values()):
            raise invalid(f"A plugin with unique name {unique} already exists")
        sid = self.sid("FP")
        self.plugins[sid] = {
            "sid": sid,
            "account_sid": self.account_sid,
            "unique_name": unique,
            "friendly_name": friendly,
            "description": description,
            "archived": False,
            "date_created": NOW,
            "date_updated": NOW,
            "url": f"{base}/PluginService/Plugins/{sid}",
            "links": {"plugin_versions": f"{base}/PluginService/Plugins/{sid}/Versions"},
        }
        return self.plugins[sid]

    def _new_version(
        self,
        base: str,
        plugin_sid: str,
        version: str,
        plugin_url: str,
        changelog: str | None,
        private: bool,
    ) -> dict[str, Any]:
        plugin = self.plugins[plugin_sid]
        if plugin["archived"]:
            raise invalid("The plugin is archived: it takes no new versions")
        sid = self.sid("FV")
        self.versions[sid] = {
            "sid": sid,
            "plugin_sid": plugin_sid,
            "account_sid": self.account_sid,
            "version": version,
            "plugin_url": plugin_url,
            "changelog": changelog,
            "private": private,
            "archived": False,
            "validated": False,
            "date_created": NOW,
            "url": f"{base}/PluginService/Plugins/{plugin_sid}/Versions/{sid}",
        }
        return self.versions[sid]

    def _new_configuration(
        self, base: str, name: str, description: str | None, items: list[Any]
    ) -> dict[str, Any]:
        for item in items:
            if not isinstance(item, dict) or item.get("plugin_version") not in self.versions:
                version = item.get("plugin_version") if isinstance(item, dict) else item
                raise invalid(f"Unknown plugin version {version}")
        sid = self.sid("FJ")
        self.configurations[sid] = {
            "sid": sid,
            "account_sid": self.account_sid,
            "name": name,
            "description": description,
            "archived": False,
            "date_created": NOW,
            "url": f"{base}/PluginService/Configurations/{sid}",
            "links": {"plugins": f"{base}/PluginService/Configurations/{sid}/Plugins"},
        }
        configured = []
        for item in items:
            version = self.versions[item["plugin_version"]]
            plugin = self.plugins[version["plugin_sid"]]
            configured.append(
                {
                    "account_sid": self.account_sid,
                    "configuration_sid": sid,
                    "plugin_sid": plugin["sid"],
                    "plugin_version_sid": version["sid"],
                    "phase": item.get("phase", 3),
                    "plugin_url": version["plugin_url"],
                    "unique_name": plugin["unique_name"],
                    "friendly_name": plugin["friendly_name"],
                    "description": plugin["description"],
                    "plugin_archived": plugin["archived"],
                    "version": version["version"],
                    "changelog": version["changelog"],
                    "plugin_version_archived": version["archived"],
                    "private": version["private"],
                    "date_created": NOW,
                    "url": f"{base}/PluginService/Configurations/{sid}/Plugins/{plugin['sid']}",
                }
            )
        self.configured[sid] = configured
        return self.configurations[sid]

    def _new_release(self, base: str, configuration_sid: str) -> dict[str, Any]:
        if configuration_sid not in self.configurations:
            raise not_found()
        sid = self.sid("FK")
        release = {
            "sid": sid,
            "account_sid": self.account_sid,
            "configuration_sid": configuration_sid,
            "date_created": NOW,
            "url": f"{base}/PluginService/Releases/{sid}",
        }
        self.releases.insert(0, release)
        return release

    def _new_flex_flow(
        self, base: str, form: dict[str, str], integration: dict[str, Any]
    ) -> dict[str, Any]:
        sid = self.sid("FO")
        self.flex_flows[sid] = {
            "sid": sid,
            "account_sid": self.account_sid,
            "friendly_name": form["FriendlyName"],
            "chat_service_sid": form.get("ChatServiceSid", "IS" + "1" * 32),
            "channel_type": form["ChannelType"],
            "contact_identity": form.get("ContactIdentity"),
            "enabled": True,
            "integration_type": form.get("IntegrationType", "studio"),
            "integration": integration,
            "long_lived": False,
            "janitor_enabled": False,
            "date_created": NOW,
            "date_updated": NOW,
            "url": f"{base}/FlexFlows/{sid}",
        }
        if self.flex_flows[sid]["contact_identity"] is None:
            del self.flex_flows[sid]["contact_identity"]
        return self.flex_flows[sid]

    def _new_channel(self, base: str, flex_flow_sid: str) -> dict[str, Any]:
        sid = self.sid("CH")
        self.channels[sid] = {
            "sid": sid,
            "account_sid": self.account_sid,
            "flex_flow_sid": flex_flow_sid,
            "user_sid": self.sid("US"),
            "task_sid": self.sid("WT"),
            "date_created": NOW,
            "date_updated": NOW,
            "url": f"{base}/Channels/{sid}",
        }
        return self.channels[sid]

    def _new_questionnaire(
        self, base: str, name: str, description: str | None, active: bool
    ) -> dict[str, Any]:
        sid = self.sid("GM")
        self.questionnaires[sid] = {
            "account_sid": self.account_sid,
            "questionnaire_sid": sid,
            "name": name,
            "description": description,
            "active": active,
            "questions": [],
            "url": f"{base}/Insights/QualityManagement/Questionnaires/{sid}",
        }
        return self.questionnaires[sid]


Route = Callable[["_Handler", Request, "re.Match[str]", str], Any]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1
    server: FakeFlex

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: Any) -> None:
        payload = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if payload:
            self.send_header("Content-Type", "application/json")
        self.send_header("Twilio-Request-Id", f"RQ{next(self.server.counter):032x}")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _error(self, status: int, code: int, message: str) -> None:
        self._reply(
            status,
            {
                "code": code,
                "message": message,
                "more_info": f"https://www.twilio.com/docs/errors/{code}",
                "status": status,
            },
        )

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        received = Received(
            self.command,
            parts.path,
            parse_qs(parts.query),
            {k.lower(): v for k, v in self.headers.items()},
        )
        content_type = self.headers.get("Content-Type", "")
        if content_type.startswith("application/x-www-form-urlencoded"):
            received.form = parse_qsl(raw.decode(), keep_blank_values=True)
        elif content_type.startswith("application/json"):
            try:
                received.json = json.loads(raw)
            except ValueError:
                return self._error(400, 20001, "The body is not JSON")
        self.server.received.append(received)
        if self.headers.get("Authorization") != self.server.expected_auth:
            return self._error(401, 20003, "Authenticate")
        request = Request(
            received.method,
            received.path.removeprefix("/v1"),
            received.query,
            received.headers,
            dict(received.form),
            received.form,
            received.json,
        )
        with self.server.lock:
            try:
                status, body = self._route(request)
            except Refused as refused:
                return self._error(refused.status, refused.code, refused.message)
        self._reply(status, body)

    do_GET = do_POST = do_DELETE = _serve

    def _route(self, r: Request) -> tuple[int, Any]:
        for method, pattern, route in ROUTES:
            match = re.fullmatch(pattern, r.path)
            if match and r.method == method:
                return route(self, r, match, self.server.url + "/v1")
        raise not_found()

    def _page(self, r: Request, key: str, items: list[dict[str, Any]]) -> tuple[int, Any]:
        size_text = r.query.get("PageSize", ["50"])[0]
        page_text = r.query.get("Page", ["0"])[0]
        if not re.fullmatch(r"\d+", size_text) or not 1 <= int(size_text) <= 1000:
            raise invalid(f"PageSize must be an integer from 1 to 1000, not {size_text!r}")
        if not re.fullmatch(r"\d+", page_text):
            raise invalid(f"Page must be a whole number, not {page_text!r}")
        size, page = int(size_text), int(page_text)
        chunk = items[page * size : (page + 1) * size]
        kept = [
            (k, v)
            for k, values in r.query.items()
            for v in values
            if k not in ("Page", "PageToken", "PageSize")
        ]

        def url(number: int) -> str:
            query = urlencode(
                kept + [("PageSize", size), ("Page", number), ("PageToken", f"PT{number}")]
            )
            return f"{self.server.url}/v1{r.path}?{query}"

        more = (page + 1) * size < len(items)
        return 200, {
            key: chunk,
            "meta": {
                "page": page,
                "page_size": size,
                "first_page_url": url(0),
                "previous_page_url": url(page - 1) if page else None,
                "url": url(page),
                "next_page_url": url(page + 1) if more else None,
                "key": key,
            },
        }

    # -- Configuration -------------------------------------------------------------------------

    def fetch_configuration(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self.server.configuration

    def update_configuration(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        body = r.json if isinstance(r.json, dict) else {}
        if body.get("account_sid") != self.server.account_sid:
            raise invalid("account_sid is required")
        for name in body:
            if name not in WRITABLE_CONFIGURATION:
                raise Refused(400, 45004, f"You are not allowed to modify property for [{name}].")
            if not isinstance(body[name], WRITABLE_CONFIGURATION[name]):
                raise invalid(f"{name} is not of the type the API takes")
        self.server.configuration_writes.append(body)
        self.server.configuration.update(body)  # JSON-typed properties are replaced whole
        return 200, self.server.configuration

    # -- Flex Flows, chat channels and web chats ------------------------------------------------------

    def list_flex_flows(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        wanted = r.query.get("FriendlyName", [None])[0]
        flows = [f for f in self.server.flex_flows.values() if wanted in (None, f["friendly_name"])]
        return self._page(r, "flex_flows", flows)

    def _flex_flow_fields(self, r: Request, flow: dict[str, Any]) -> None:
        if "ChannelType" in r.form and r.form["ChannelType"] not in CHANNEL_TYPES:
            raise invalid(f"Invalid ChannelType {r.form['ChannelType']}")
        if "IntegrationType" in r.form and r.form["IntegrationType"] not in INTEGRATION_TYPES:
            raise invalid(f"Invalid IntegrationType {r.form['IntegrationType']}")
        simple = {
            "FriendlyName": "friendly_name",
            "ChatServiceSid": "chat_service_sid",
            "ChannelType": "channel_type",
            "ContactIdentity": "contact_identity",
            "IntegrationType": "integration_type",
        }
        for name, key in simple.items():
            if name in r.form:
                flow[key] = r.form[name]
        for name, key in (
            ("Enabled", "enabled"),
            ("LongLived", "long_lived"),
            ("JanitorEnabled", "janitor_enabled"),
        ):
            value = r.boolean(name)
            if value is not None:
                flow[key] = value
        integration = dict(flow.get("integration") or {})
        for name, key in INTEGRATION_FIELDS.items():
            wire = f"Integration.{name}"
            if wire not in r.form:
                continue
            if name in ("Priority", "Timeout", "RetryCount"):
                integration[key] = r.integer(wire)
                if name == "RetryCount" and not 0 <= integration[key] <= 3:
                    raise invalid(f"{wire} must be between 0 and 3")
            elif name == "CreationOnMessage":
                integration[key] = r.boolean(wire)
            else:
                integration[key] = r.form[wire]
        flow["integration"] = integration
        flow["date_updated"] = NOW

    def create_flex_flow(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        for name in ("FriendlyName", "ChatServiceSid", "ChannelType"):
            r.required(name)
        if r.form["ChannelType"] not in CHANNEL_TYPES:
            raise invalid(f"Invalid ChannelType {r.form['ChannelType']}")
        flow = self.server._new_flex_flow(base, r.form, {})
        self._flex_flow_fields(r, flow)
        self.server.created.append(flow["sid"])
        return 201, flow

    def _flex_flow(self, sid: str) -> dict[str, Any]:
        if sid not in self.server.flex_flows:
            raise not_found()
        return self.server.flex_flows[sid]

    def fetch_flex_flow(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._flex_flow(m[1])

    def update_flex_flow(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        flow = self._flex_flow(m[1])
        self._flex_flow_fields(r, flow)
        return 200, flow

    def delete_flex_flow(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._flex_flow(m[1])
        del self.server.flex_flows[m[1]]
        return 204, None

    def list_channels(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return self._page(r, "flex_chat_channels", list(self.server.channels.values()))

    def create_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        for name in ("FlexFlowSid", "Identity", "ChatUserFriendlyName", "ChatFriendlyName"):
            r.required(name)
        if r.form["FlexFlowSid"] not in self.server.flex_flows:
            raise invalid(f"Invalid FlexFlowSid {r.form['FlexFlowSid']}")
        r.boolean("LongLived")
        channel = self.server._new_channel(base, r.form["FlexFlowSid"])
        self.server.created.append(channel["sid"])
        return 201, channel

    def _channel(self, sid: str) -> dict[str, Any]:
        if sid not in self.server.channels:
            raise not_found()
        return self.server.channels[sid]

    def fetch_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._channel(m[1])

    def delete_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._channel(m[1])
        del self.server.channels[m[1]]
        return 204, None

    def create_web_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        for name in ("FlexFlowSid", "Identity", "CustomerFriendlyName", "ChatFriendlyName"):
            r.required(name)
        if r.form["FlexFlowSid"] not in self.server.flex_flows:
            raise invalid(f"Invalid FlexFlowSid {r.form['FlexFlowSid']}")
        sid = self.server.sid("CH")
        self.server.web_channels[sid] = {
            "sid": sid,
            "account_sid": self.server.account_sid,
            "flex_flow_sid": r.form["FlexFlowSid"],
            "url": f"{base}/WebChannels/{sid}",
            "date_created": NOW,
            "date_updated": NOW,
        }
        self.server.created.append(sid)
        return 201, self.server.web_channels[sid]

    def _web_channel(self, sid: str) -> dict[str, Any]:
        if sid not in self.server.web_channels:
            raise not_found()
        return self.server.web_channels[sid]

    def fetch_web_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._web_channel(m[1])

    def update_web_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        channel = self._web_channel(m[1])
        if r.form.get("ChatStatus") not in (None, "inactive"):
            raise invalid(f"Invalid ChatStatus {r.form['ChatStatus']}")
        channel["date_updated"] = NOW
        return 200, channel

    def delete_web_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._web_channel(m[1])
        del self.server.web_channels[m[1]]
        return 204, None

    # -- Interactions ---------------------------------------------------------------------------

    def create_interaction(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        channel = r.json_text("Channel")
        if not isinstance(channel, dict):
            raise invalid("Missing required parameter Channel in the post body")
        routing = r.json_text("Routing") or {}
        sid = self.server.sid("KD")
        context = r.form.get("InteractionContextSid")
        self.server.interactions[sid] = {
            "sid": sid,
            "account_sid": self.server.account_sid,
            "channel": channel,
            "routing": routing,
            "date_created": NOW,
            "date_updated": NOW,
            "url": f"{base}/Interactions/{sid}",
            "links": {"channels": f"{base}/Interactions/{sid}/Channels"},
            "interaction_context_sid": context,
            "webhook_ttid": r.form.get("WebhookTtid"),
        }
        kind = channel.get("type")
        channel_sid = self.server.sid("UO")
        self.server.interaction_channels[channel_sid] = {
            "sid": channel_sid,
            "interaction_sid": sid,
            "type": kind if isinstance(kind, str) else None,
            "status": "setup",
            "error_code": None,
            "error_message": None,
            "url": f"{base}/Interactions/{sid}/Channels/{channel_sid}",
            "links": None,
        }
        self.server.created.append(sid)
        return 200, self.server.interactions[sid]

    def fetch_interaction(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        if m[1] not in self.server.interactions:
            raise not_found()
        return 200, self.server.interactions[m[1]]

    def list_interaction_channels(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        if m[1] not in self.server.interactions:
            raise not_found()
        found = [
            c for c in self.server.interaction_channels.values() if c["interaction_sid"] == m[1]
        ]
        return self._page(r, "channels", found)

    def _interaction_channel(self, m: re.Match[str]) -> dict[str, Any]:
        channel = self.server.interaction_channels.get(m[2])
        if channel is None or channel["interaction_sid"] != m[1]:
            raise not_found()
        return channel

    def fetch_interaction_channel(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._interaction_channel(m)

    def update_interaction_channel(
        self, r: Request, m: re.Match[str], base: str
    ) -> tuple[int, Any]:
        channel = self._interaction_channel(m)
        status = r.required("Status")
        if status not in ("closed", "inactive"):
            raise invalid(f"Invalid Status {status}")
        r.json_text("Routing")
        channel["status"] = status
        return 200, channel

    # -- Plugins ----------------------------------------------------------------------------------

    def list_plugins(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return self._page(r, "plugins", list(self.server.plugins.values()))

    def create_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        plugin = self.server._new_plugin(
            base, r.required("UniqueName"), r.form.get("FriendlyName"), r.form.get("Description")
        )
        self.server.created.append(plugin["sid"])
        return 201, plugin

    def _plugin(self, sid: str) -> dict[str, Any]:
        if sid not in self.server.plugins:
            raise not_found()
        return self.server.plugins[sid]

    def fetch_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._plugin(m[1])

    def update_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        plugin = self._plugin(m[1])
        for name, key in (("FriendlyName", "friendly_name"), ("Description", "description")):
            if name in r.form:
                plugin[key] = r.form[name]
        plugin["date_updated"] = NOW
        return 200, plugin

    def archive_plugin(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        plugin = self._plugin(m[1])
        plugin["archived"] = True
        return 200, plugin

    def list_versions(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._plugin(m[1])
        found = [v for v in self.server.versions.values() if v["plugin_sid"] == m[1]]
        return self._page(r, "plugin_versions", found)

    def create_version(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._plugin(m[1])
        version = self.server._new_version(
            base,
            m[1],
            r.required("Version"),
            r.required("PluginUrl"),
            r.form.get("Changelog"),
            bool(r.boolean("Private", False)),
        )
        self.server.created.append(version["sid"])
        return 201, version

    def _version(self, m: re.Match[str]) -> dict[str, Any]:
        version = self.server.versions.get(m[2])
        if version is None or version["plugin_sid"] != m[1]:
            raise not_found()
        return version

    def fetch_version(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return 200, self._version(m)

    def archive_version(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        version = self._version(m)
        version["archived"] = True
        return 200, version

    def list_configurations(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return self._page(r, "configurations", list(self.server.configurations.values()))

    def create_configuration(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        items = []
        for name, value in r.form_pairs:
            if name == "Plugins":
                try:
                    items.append(json.loads(value))
                except ValueError:
                    raise invalid("Plugins must be JSON text") from None
        configuration = self.server._new_configuration(
            base, r.required("Name"), r.form.get("Description"), items
        )
        self.server.created.append(configuration["sid"])
        return 201, configuration

    def _configuration(self, sid: str) -> dict[str, Any]:
        if sid not in self.server.configurations:
            raise not_found()
        return self.server.configurations[sid]

    def fetch_configuration_of_plugins(
        self, r: Request, m: re.Match[str], base: str
    ) -> tuple[int, Any]:
        return 200, self._configuration(m[1])

    def archive_configuration(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        configuration = self._configuration(m[1])
        configuration["archived"] = True
        return 200, configuration

    def list_configured(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._configuration(m[1])
        return self._page(r, "plugins", self.server.configured.get(m[1], []))

    def fetch_configured(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        self._configuration(m[1])
        for item in self.server.configured.get(m[1], []):
            if item["plugin_sid"] == m[2]:
                return 200, item
        raise not_found()

    def list_releases(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        return self._page(r, "releases", self.server.releases)

    def create_release(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        release = self.server._new_release(base, r.required("ConfigurationId"))
        self.server.created.append(release["sid"])
        return 201, release

    def fetch_release(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        for release in self.server.releases:
            if release["sid"] == m[1]:
                return 200, release
        raise not_found()

    # -- Insights ---------------------------------------------------------------------------------

    def list_questionnaires(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        include = r.query.get("IncludeInactive", ["false"])[0]
        if include not in ("true", "false"):
            raise invalid(f"IncludeInactive must be true or false, not {include!r}")
        everything = include == "true"
        found = [q for q in self.server.questionnaires.values() if everything or q["active"]]
        return self._page(r, "questionnaires", found)

    def create_questionnaire(self, r: Request, m: re.Match[str], base: str) -> tuple[int, Any]:
        questionnaire = self.server._new_questionnaire(
            base, r.required("Name"), r.form.get("Description"), bool(r.boolean("Active", True))
        )
        questionnaire["questions"] = [
            {"question_sid": value} for name, value in r.form_pairs if name == "QuestionSids"
        ]
        self.server.created.append(questionnaire["questionnaire_sid"])
        return 201, questionnaire


SID = r"(\w+)"
ROUTES: list[tuple[str, str, Route]] = [
    ("GET", "/Configuration", _Handler.fetch_configuration),
    ("POST", "/Configuration", _Handler.update_configuration),
    ("GET", "/FlexFlows", _Handler.list_flex_flows),
    ("POST", "/FlexFlows", _Handler.create_flex_flow),
    ("GET", f"/FlexFlows/{SID}", _Handler.fetch_flex_flow),
    ("POST", f"/FlexFlows/{SID}", _Handler.update_flex_flow),
    ("DELETE", f"/FlexFlows/{SID}", _Handler.delete_flex_flow),
    ("GET", "/Channels", _Handler.list_channels),
    ("POST", "/Channels", _Handler.create_channel),
    ("GET", f"/Channels/{SID}", _Handler.fetch_channel),
    ("DELETE", f"/Channels/{SID}", _Handler.delete_channel),
    ("POST", "/WebChannels", _Handler.create_web_channel),
    ("GET", f"/WebChannels/{SID}", _Handler.fetch_web_channel),
    ("POST", f"/WebChannels/{SID}", _Handler.update_web_channel),
    ("DELETE", f"/WebChannels/{SID}", _Handler.delete_web_channel),
    ("POST", "/Interactions", _Handler.create_interaction),
    ("GET", f"/Interactions/{SID}", _Handler.fetch_interaction),
    ("GET", f"/Interactions/{SID}/Channels", _Handler.list_interaction_channels),
    ("GET", f"/Interactions/{SID}/Channels/{SID}", _Handler.fetch_interaction_channel),
    ("POST", f"/Interactions/{SID}/Channels/{SID}", _Handler.update_interaction_channel),
    ("GET", "/PluginService/Plugins", _Handler.list_plugins),
    ("POST", "/PluginService/Plugins", _Handler.create_plugin),
    ("GET", f"/PluginService/Plugins/{SID}", _Handler.fetch_plugin),
    ("POST", f"/PluginService/Plugins/{SID}", _Handler.update_plugin),
    ("POST", f"/PluginService/Plugins/{SID}/Archive", _Handler.archive_plugin),
    ("GET", f"/PluginService/Plugins/{SID}/Versions", _Handler.list_versions),
    ("POST", f"/PluginService/Plugins/{SID}/Versions", _Handler.create_version),
    ("GET", f"/PluginService/Plugins/{SID}/Versions/{SID}", _Handler.fetch_version),
    ("POST", f"/PluginService/Plugins/{SID}/Versions/{SID}/Archive", _Handler.archive_version),
    ("GET", "/PluginService/Configurations", _Handler.list_configurations),
    ("POST", "/PluginService/Configurations", _Handler.create_configuration),
    ("GET", f"/PluginService/Configurations/{SID}", _Handler.fetch_configuration_of_plugins),
    ("POST", f"/PluginService/Configurations/{SID}/Archive", _Handler.archive_configuration),
    ("GET", f"/PluginService/Configurations/{SID}/Plugins", _Handler.list_configured),
    ("GET", f"/PluginService/Configurations/{SID}/Plugins/{SID}", _Handler.fetch_configured),
    ("GET", "/PluginService/Releases", _Handler.list_releases),
    ("POST", "/PluginService/Releases", _Handler.create_release),
    ("GET", f"/PluginService/Releases/{SID}", _Handler.fetch_release),
    ("GET", "/Insights/QualityManagement/Questionnaires", _Handler.list_questionnaires),
    ("POST", "/Insights/QualityManagement/Questionnaires", _Handler.create_questionnaire),
]


def serve(account_sid: str, auth_token: str) -> None:
    """Serve a seeded fake until standard input closes; its URL is the first
    line printed. The API-bug runs start one per planted bug this way."""
    import sys

    with FakeFlex(account_sid, auth_token) as server:
        server.seed()
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    import sys

    serve(sys.argv[1], sys.argv[2])
