"""What a generated client knows of its API before any call: its servers,
where credentials and settings come from, and how it names itself.

``ClientConfig`` is filled in by the generated ``_client.py``; the runtime
reads it, so the runtime itself stays the same for every API.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import unicodedata
from typing import Any, Final, Mapping

import httpx

from ._auth import Requirement, Scheme
from ._types import ErrorFields, FrozenRecord

__all__ = ["ClientConfig", "Server", "ServerVariable", "Setting", "Scheme"]

# What a server variable's value given by the caller may never hold, whatever
# the spec's enum says: it would move the request to another host, or into the
# query or fragment, or climb out of the path.
_NEVER_IN_A_VALUE = re.compile(r"[\s@?#%\\\x00-\x1f\x7f]|\.\.")


class ServerVariable(FrozenRecord):
    """A ``{variable}`` of a server URL: ``keyword`` is the Client argument that sets it."""

    __slots__ = ("default", "enum", "keyword")
    __match_args__ = ("default", "enum", "keyword")

    def __init__(self, default: str, enum: tuple[str, ...] = (), keyword: str = "") -> None:
        self.default: Final = default
        self.enum: Final = enum
        self.keyword: Final = keyword

    def check(self, value: str) -> None:
        """Refuse a value that would reach outside its own part of the URL: a
        host part takes no ``/`` or ``:``; a path part (one whose default
        starts with ``/``) must start with ``/``."""
        if value == self.default:
            return  # the spec's own
        in_path = self.default.startswith("/")
        # What a URL parser reads the text as: a fullwidth "＃" is "#" there.
        value = unicodedata.normalize("NFKC", value)
        if (
            not value.isprintable()
            or _NEVER_IN_A_VALUE.search(value)
            or ":" in value
            or ("/" in value and not in_path)
            or (in_path and not value.startswith("/"))
        ):
            raise ValueError(
                f"{self.keyword}={value!r} cannot be used: a server variable fills only its own "
                "part of the URL (no '/', ':', '@', '?', '#', '%', '..' or spaces); "
                "pass base_url= for another server"
            )
        if self.enum and value not in self.enum:
            raise ValueError(
                f"{self.keyword}={value!r} is not one of {', '.join(map(repr, self.enum))}"
            )
        if not in_path:
            try:
                value.encode("idna")
            except UnicodeError:
                raise ValueError(
                    f"{self.keyword}={value!r} cannot be part of a host name"
                ) from None


class Server(FrozenRecord):
    """A server URL from the spec, with its ``{variables}``."""

    __slots__ = ("url", "variables")
    __match_args__ = ("url", "variables")

    def __init__(self, url: str, variables: Mapping[str, ServerVariable] | None = None) -> None:
        self.url: Final = url
        self.variables: Final[Mapping[str, ServerVariable]] = variables or {}

    def expand(self, values: Mapping[str, str]) -> str:
        url = self.url
        for name, variable in self.variables.items():
            value = values.get(name, variable.default)
            if not isinstance(value, str):
                raise TypeError(f"{variable.keyword} must be a string, not {type(value).__name__}")
            variable.check(value)
            url = url.replace("{" + name + "}", value)
        return url


class Setting(FrozenRecord):
    """A value some operations send that belongs to the client, not the call:
    Twilio's account SID. Taken from the client's keyword argument, else from
    the credentials' user name when that has the right form (the regular
    expression ``from_username``), else from an environment variable."""

    __slots__ = ("name", "env", "from_username", "description")
    __match_args__ = ("name", "env", "from_username", "description")

    def __init__(
        self,
        name: str,
        env: str | None = None,
        from_username: str | None = None,
        description: str = "",
    ) -> None:
        self.name: Final = name
        self.env: Final = env
        self.from_username: Final = from_username
        self.description: Final = description

    def resolve(self, given: str | None, username: str | None) -> str | None:
        if given:
            return given
        if username and self.from_username and re.fullmatch(self.from_username, username):
            return username
        return (os.environ.get(self.env) if self.env else None) or None

    def missing(self, username: str | None) -> str:
        """Why the setting has no value, and how to give it one."""
        how = f"pass {self.name}= to the call or to the client"
        if self.env:
            how += f", or set {self.env}"
        why = ""
        if username and self.from_username:
            why = f" (the credentials' user name {username[:2]}... is not one)"
        what = f" ({self.description})" if self.description else ""
        return f"no {self.name}{what} is known{why}: {how}"


class ClientConfig(FrozenRecord):
    """The parts of a client that come from its spec and its generator settings.

    security           what operations need unless they say otherwise
    operation_servers  servers of single operations: theirs to call
    error_fields       where error answers keep code, message, link
    """

    __slots__ = (
        "servers", "user_agent", "schemes", "security", "settings", "request_id_header",
        "log_env", "operation_servers", "error_fields",
    )  # fmt: skip
    __match_args__ = (
        "servers", "user_agent", "schemes", "security", "settings", "request_id_header",
        "log_env", "operation_servers", "error_fields",
    )  # fmt: skip

    def __init__(
        self,
        servers: tuple[Server, ...],
        user_agent: str,
        schemes: tuple[Scheme, ...] = (),
        security: Requirement = (),
        settings: tuple[Setting, ...] = (),
        request_id_header: str = "x-request-id",
        log_env: str | None = None,
        operation_servers: tuple[str, ...] = (),
        error_fields: ErrorFields = ErrorFields(),
    ) -> None:
        self.servers: Final = servers
        self.user_agent: Final = user_agent
        self.schemes: Final = schemes
        self.security: Final = security
        self.settings: Final = settings
        self.request_id_header: Final = request_id_header
        self.log_env: Final = log_env
        self.operation_servers: Final = operation_servers
        self.error_fields: Final = error_fields

    @property
    def secret_params(self) -> frozenset[str]:
        """Query parameters that carry credentials: never logged."""
        return frozenset(
            s.parameter for s in self.schemes if s.kind == "apiKey" and s.location == "query"
        )

    def base_url(self, variables: Mapping[str, str | None]) -> str:
        """The URL of the first server that has every variable the caller set."""
        given = {name: value for name, value in variables.items() if value is not None}
        for server in self.servers:
            if given.keys() <= server.variables.keys():
                return server.expand(given)
        if given:
            raise ValueError(f"no server of this API takes {', '.join(sorted(given))}")
        return ""


_configured: set[str] = set()


def configure_logging(logger: logging.Logger, env: str | None) -> None:
    """Switch on the client's log when ``env`` says so (``debug`` or ``info``);
    the standard logging configuration works as well."""
    level = os.environ.get(env, "").strip().upper() if env else ""
    if level not in ("DEBUG", "INFO") or logger.name in _configured:
        return
    _configured.add(logger.name)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


class _HiddenParams(logging.Filter):
    """httpx logs the URL of every request at INFO: the query parameters that
    carry the client's credentials are shown as <hidden> there too."""

    names: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, httpx.URL) for a in args):
            record.args = tuple(
                _hidden(a, self.names) if isinstance(a, httpx.URL) else a for a in args
            )
        return True


def _hidden(url: httpx.URL, names: set[str]) -> Any:
    if not url.query or not any(name in url.params for name in names):
        return url
    return url.copy_with(
        params=[(k, "<hidden>" if k in names else v) for k, v in url.params.multi_items()]
    )


_httpx_filter = _HiddenParams()


def hide_in_httpx_log(names: frozenset[str]) -> None:
    """Hide ``names`` (query parameters holding credentials) in httpx's log."""
    if not names:
        return
    _HiddenParams.names.update(names)
    logger = logging.getLogger("httpx")
    if _httpx_filter not in logger.filters:
        logger.addFilter(_httpx_filter)
