"""A small stateful stand-in for the Flex Plugins and Configuration API, served
over real HTTP on 127.0.0.1, for end-to-end tests of the generated client.

It answers like Twilio (list envelopes with meta.key and absolute
next_page_url, the error body, 45004 for read-only Configuration properties)
and records every request it receives.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

WRITABLE_CONFIGURATION = {
    "account_sid",
    "ui_attributes",
    "ui_language",
    "ui_version",
    "call_recording_enabled",
    "taskrouter_skills",
    "runtime_domain",
}


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: list[tuple[str, str]] = field(default_factory=list)
    json: Any = None


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
        self.plugins: dict[str, dict[str, Any]] = {}
        self.versions: dict[str, dict[str, Any]] = {}
        self.configurations: dict[str, dict[str, Any]] = {}
        self.configured: dict[str, list[dict[str, Any]]] = {}
        self.releases: list[dict[str, Any]] = []  # newest first
        self.configuration: dict[str, Any] = {
            "account_sid": account_sid,
            "ui_attributes": {"theme": {"isLight": True}},
            "flex_service_instance_sid": "IS" + "0" * 32,
            "status": "ok",
        }

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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1
    server: FakeFlex

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: Any) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
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
            received.json = json.loads(raw)
        self.server.received.append(received)
        if self.headers.get("Authorization") != self.server.expected_auth:
            return self._error(401, 20003, "Authenticate")
        with self.server.lock:
            self._route(received)

    do_GET = do_POST = do_DELETE = _serve

    # -- routes ------------------------------------------------------------------------

    def _route(self, r: Received) -> None:
        s = self.server
        base = s.url + "/v1"
        form = dict(r.form)
        path = r.path.removeprefix("/v1")
        if path == "/PluginService/Plugins" and r.method == "POST":
            if "UniqueName" not in form:
                return self._error(
                    400, 20001, "Missing required parameter UniqueName in the post body"
                )
            sid = s.sid("FP")
            s.plugins[sid] = {
                "sid": sid,
                "account_sid": s.account_sid,
                "unique_name": form["UniqueName"],
                "friendly_name": form.get("FriendlyName"),
                "description": form.get("Description"),
                "archived": False,
                "date_created": "2020-01-10T20:00:00Z",
                "date_updated": "2020-01-10T20:00:00Z",
                "url": f"{base}/PluginService/Plugins/{sid}",
                "links": {"plugin_versions": f"{base}/PluginService/Plugins/{sid}/Versions"},
            }
            return self._reply(201, s.plugins[sid])
        if path == "/PluginService/Plugins" and r.method == "GET":
            return self._page(r, "plugins", list(s.plugins.values()))
        if m := re.fullmatch(r"/PluginService/Plugins/(FP\w+)(/Archive)?", path):
            plugin = s.plugins.get(m[1])
            if plugin is None:
                return self._error(404, 20404, "The requested resource was not found")
            if r.method == "POST":
                plugin.update(
                    {
                        "friendly_name": form.get("FriendlyName", plugin["friendly_name"]),
                        "description": form.get("Description", plugin["description"]),
                    }
                )
                plugin["archived"] = plugin["archived"] or bool(m[2])
            return self._reply(200, plugin)
        if m := re.fullmatch(r"/PluginService/Plugins/(FP\w+)/Versions", path):
            plugin = s.plugins.get(m[1])
            if plugin is None:
                return self._error(404, 20404, "The requested resource was not found")
            if r.method == "GET":
                return self._page(
                    r,
                    "plugin_versions",
                    [v for v in s.versions.values() if v["plugin_sid"] == m[1]],
                )
            sid = s.sid("FV")
            s.versions[sid] = {
                "sid": sid,
                "plugin_sid": m[1],
                "account_sid": s.account_sid,
                "version": form["Version"],
                "plugin_url": form["PluginUrl"],
                "changelog": form.get("Changelog"),
                "private": form.get("Private") == "true",
                "archived": False,
                "validated": False,
                "date_created": "2020-01-10T20:00:00Z",
                "url": f"{base}/PluginService/Plugins/{m[1]}/Versions/{sid}",
            }
            return self._reply(201, s.versions[sid])
        if path == "/PluginService/Configurations" and r.method == "POST":
            sid = s.sid("FJ")
            items = [json.loads(value) for name, value in r.form if name == "Plugins"]
            for item in items:
                if item.get("plugin_version") not in s.versions:
                    return self._error(
                        400, 20001, f"Unknown plugin version {item.get('plugin_version')}"
                    )
            s.configurations[sid] = {
                "sid": sid,
                "account_sid": s.account_sid,
                "name": form["Name"],
                "description": form.get("Description"),
                "archived": False,
                "date_created": "2020-01-10T20:00:00Z",
                "url": f"{base}/PluginService/Configurations/{sid}",
                "links": {"plugins": f"{base}/PluginService/Configurations/{sid}/Plugins"},
            }
            s.configured[sid] = [
                {
                    **{
                        k: v
                        for k, v in s.plugins[s.versions[i["plugin_version"]]["plugin_sid"]].items()
                        if k in ("unique_name", "friendly_name", "description")
                    },
                    "account_sid": s.account_sid,
                    "configuration_sid": sid,
                    "plugin_sid": s.versions[i["plugin_version"]]["plugin_sid"],
                    "plugin_version_sid": i["plugin_version"],
                    "phase": i.get("phase", 3),
                    "plugin_url": s.versions[i["plugin_version"]]["plugin_url"],
                    "version": s.versions[i["plugin_version"]]["version"],
                    "date_created": "2020-01-10T20:00:00Z",
                }
                for i in items
            ]
            return self._reply(201, s.configurations[sid])
        if m := re.fullmatch(r"/PluginService/Configurations/(FJ\w+)/Plugins", path):
            return self._page(r, "plugins", s.configured.get(m[1], []))
        if path == "/PluginService/Releases" and r.method == "POST":
            configuration = s.configurations.get(form.get("ConfigurationId", ""))
            if configuration is None:
                return self._error(404, 20404, "The requested resource was not found")
            sid = s.sid("FK")
            release = {
                "sid": sid,
                "account_sid": s.account_sid,
                "configuration_sid": configuration["sid"],
                "date_created": "2020-01-10T20:00:00Z",
                "url": f"{base}/PluginService/Releases/{sid}",
            }
            s.releases.insert(0, release)
            return self._reply(201, release)
        if path == "/PluginService/Releases" and r.method == "GET":
            return self._page(r, "releases", s.releases)
        if m := re.fullmatch(r"/PluginService/Releases/(FK\w+)", path):
            release = next((x for x in s.releases if x["sid"] == m[1]), None)
            return (
                self._reply(200, release)
                if release
                else self._error(404, 20404, "The requested resource was not found")
            )
        if path == "/Configuration" and r.method == "GET":
            return self._reply(200, s.configuration)
        if path == "/Configuration" and r.method == "POST":
            body = r.json or {}
            if body.get("account_sid") != s.account_sid:
                return self._error(400, 20001, "account_sid is required")
            for name in body:
                if name not in WRITABLE_CONFIGURATION:
                    return self._error(
                        400, 45004, f"You are not allowed to modify property for [{name}]."
                    )
            s.configuration.update(body)  # JSON-typed properties are replaced whole
            return self._reply(200, s.configuration)
        return self._error(404, 20404, "The requested resource was not found")

    def _page(self, r: Received, key: str, items: list[dict[str, Any]]) -> None:
        size = int(r.query.get("PageSize", ["50"])[0])
        page = int(r.query.get("Page", ["0"])[0])
        chunk = items[page * size : (page + 1) * size]
        url = f"{self.server.url}{r.path}?PageSize={size}&Page={{}}"
        more = (page + 1) * size < len(items)
        self._reply(
            200,
            {
                key: chunk,
                "meta": {
                    "page": page,
                    "page_size": size,
                    "first_page_url": url.format(0),
                    "previous_page_url": url.format(page - 1) if page else None,
                    "url": url.format(page),
                    "next_page_url": url.format(page + 1) if more else None,
                    "key": key,
                },
            },
        )
