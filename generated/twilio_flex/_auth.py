"""Credentials, and which of them each request carries.

An API's security schemes are described by ``Scheme``s: HTTP basic, a bearer
token (also OAuth 2 and OpenID Connect: the client sends the token you give
it), OAuth 2 client credentials (the client fetches its own token from the
id and secret you give it: ``_oauth.py``), or an API key in a header, query
parameter or cookie. Each operation
names what it needs as alternatives, each a set of schemes; the first
alternative whose credentials the client has is sent. A token or key may be
a function, asked again on every request, so a caller can refresh it.

Credentials never show in a repr, a log line or a pickle, and ``redact``
hides them in any text the client shows (an error's message, a body's start).
"""

from __future__ import annotations

import base64
import os
import re
from typing import Callable, Final, Mapping, Sequence, Tuple, Union
from urllib.parse import quote, quote_plus

from ._oauth import ClientCredentials
from ._types import FrozenRecord, Record

__all__ = ["Scheme", "Credentials", "Requirement", "Secret"]

Secret = Union[str, Callable[[], str]]
# Alternatives, each a tuple of scheme keys that are all needed; () needs none.
Requirement = Tuple[Tuple[str, ...], ...]


class Scheme(FrozenRecord):
    """One security scheme of the API, and how a client is given its credentials.

    key         its name in the spec
    kind        "basic", "bearer", "oauth2" (client credentials) or "apiKey"
    keyword     the Client argument: auth, token, api_key or the scheme's own
    location    apiKey: "header", "query" or "cookie"
    parameter   apiKey: the header, query parameter or cookie name
    env         environment variables read when the argument is not given
    token_url   oauth2: where client credentials are exchanged for a token
    scopes      oauth2: the scopes asked for
    client_env  oauth2: the variables of client_id and client_secret
    """

    __slots__ = (
        "key", "kind", "keyword", "location", "parameter", "env", "token_url", "scopes",
        "client_env",
    )  # fmt: skip
    __match_args__ = (
        "key", "kind", "keyword", "location", "parameter", "env", "token_url", "scopes",
        "client_env",
    )  # fmt: skip

    def __init__(
        self,
        key: str,
        kind: str,
        keyword: str,
        location: str = "",
        parameter: str = "",
        env: Tuple[str, ...] = (),
        token_url: str = "",
        scopes: Tuple[str, ...] = (),
        client_env: Tuple[str, ...] = (),
    ) -> None:
        self.key: Final = key
        self.kind: Final = kind
        self.keyword: Final = keyword
        self.location: Final = location
        self.parameter: Final = parameter
        self.env: Final = env
        self.token_url: Final = token_url
        self.scopes: Final = scopes
        self.client_env: Final = client_env


class Applied(Record):
    """What one request carries for its credentials."""

    __slots__ = ("headers", "params", "cookies")

    def __init__(
        self,
        headers: Tuple[Tuple[str, str], ...] = (),
        params: Tuple[Tuple[str, str], ...] = (),
        cookies: Tuple[Tuple[str, str], ...] = (),
    ) -> None:
        self.headers = headers
        self.params = params
        self.cookies = cookies


class Credentials:
    """The credentials a client holds, by scheme key."""

    __slots__ = ("_values", "_schemes", "_secrets", "_recent", "username", "_fetched")

    def __init__(self, schemes: Sequence[Scheme], given: Mapping[str, object]) -> None:
        self._schemes = {s.key: s for s in schemes}
        self._values: dict[str, object] = {}
        # The secrets given, and the last ones functions gave: hidden wherever
        # the client shows text.
        self._secrets: list[str] = []
        self._recent: list[str] = []
        self.username: str | None = None
        # OAuth 2 schemes whose token the client fetches itself, by key.
        self._fetched: dict[str, ClientCredentials] = {}
        for scheme in schemes:
            value = given.get(scheme.keyword)
            if value is None and scheme.env:
                value = _from_env(scheme)
            if value is None and scheme.kind == "oauth2":
                source = self._client_credentials(scheme, given)
                if source is not None:
                    self._fetched[scheme.key] = source
                    self._values[scheme.key] = source.current
                continue
            if value is None:
                continue
            if scheme.kind == "basic":
                if not (
                    isinstance(value, tuple)
                    and len(value) == 2
                    and all(isinstance(part, str) for part in value)
                ):
                    raise TypeError(
                        f"{scheme.keyword} must be a (username, password) tuple of strings"
                    )
                self.username = value[0]
                token = base64.b64encode(f"{value[0]}:{value[1]}".encode()).decode("ascii")
                self._remember(value[1])
                self._remember(token)
                value = f"Basic {token}"
            elif isinstance(value, str):
                _check_sendable(scheme, value)
                self._remember(value)
            elif not callable(value):
                raise TypeError(f"{scheme.keyword} must be a string or a function returning one")
            self._values[scheme.key] = value

    def _client_credentials(
        self, scheme: Scheme, given: Mapping[str, object]
    ) -> ClientCredentials | None:
        """The token source of an OAuth 2 scheme, from client_id and
        client_secret (given, else from the environment); None without them."""
        client_id, client_secret = given.get("client_id"), given.get("client_secret")
        if client_id is None and client_secret is None and len(scheme.client_env) == 2:
            client_id, client_secret = (os.environ.get(name) for name in scheme.client_env)
        if client_id is None and client_secret is None:
            return None
        if client_id is None or client_secret is None:
            raise ValueError("client_id and client_secret go together: give both")
        if not isinstance(client_id, str) or not isinstance(client_secret, str):
            raise TypeError("client_id and client_secret must be strings")
        return ClientCredentials(
            scheme.token_url,
            scheme.scopes,
            client_id,
            client_secret,
            self.redact,
            self._remember,
            self._remember_recent,
        )

    def fetched(self, requirement: Requirement) -> Tuple[ClientCredentials, ...]:
        """The token sources the credentials ``requirement`` sends need: those of
        the alternative ``apply`` picks."""
        if not self._fetched:
            return ()
        for alternative in requirement:
            if all(key in self._values for key in alternative):
                return tuple(self._fetched[key] for key in alternative if key in self._fetched)
        return ()

    def __repr__(self) -> str:
        return "<credentials hidden>"

    def __reduce__(self) -> str:
        raise TypeError("credentials cannot be pickled")

    def static(self, requirement: Requirement) -> bool:
        """Whether what ``requirement`` sends is the same on every request."""
        return not any(
            callable(self._values.get(key)) for alternative in requirement for key in alternative
        )

    def apply(self, requirement: Requirement, what: str) -> Applied:
        """The credentials for ``requirement``; ``what`` names the call in the
        error raised, before anything is sent, when none can be met."""
        if not requirement:
            return Applied()
        for alternative in requirement:
            if all(key in self._values for key in alternative):
                return self._applied(alternative)
        wanted = " or ".join(
            " and ".join(self._describe(key) for key in alternative)
            for alternative in requirement
            if alternative
        )
        raise ValueError(f"{what} needs credentials: {wanted}")

    def _applied(self, alternative: Tuple[str, ...]) -> Applied:
        headers: list[Tuple[str, str]] = []
        params: list[Tuple[str, str]] = []
        cookies: list[Tuple[str, str]] = []
        for key in alternative:
            scheme = self._schemes[key]
            value = self._values[key]
            text = value() if callable(value) else value
            if not isinstance(text, str):
                raise TypeError(f"{scheme.keyword} must give a string, not {type(text).__name__}")
            if callable(value):
                _check_sendable(scheme, text)
                self._remember_recent(text)
            # A header carries one credential: a requirement of two schemes
            # that both use Authorization sends the first one's.
            taken = {name.lower() for name, _ in headers}
            if scheme.kind == "basic" and "authorization" not in taken:
                headers.append(("Authorization", text))
            elif scheme.kind in ("bearer", "oauth2") and "authorization" not in taken:
                headers.append(("Authorization", f"Bearer {text}"))
            elif scheme.location == "header" and scheme.parameter.lower() not in taken:
                headers.append((scheme.parameter, text))
            elif scheme.location == "query":
                params.append((scheme.parameter, text))
            elif scheme.location == "cookie":
                cookies.append((scheme.parameter, text))
        return Applied(tuple(headers), tuple(params), tuple(cookies))

    def _remember(self, secret: str) -> None:
        if len(secret) >= 6:  # shorter ones would hide ordinary words
            # As sent in a URL, too (a key in the query string).
            self._secrets += dict.fromkeys((secret, quote(secret, safe=""), quote_plus(secret)))

    def _remember_recent(self, secret: str) -> None:
        """A token a function gave or the client fetched: the last 16 are hidden."""
        if secret not in self._recent and len(secret) >= 6:
            self._recent = [*self._recent[-15:], secret]

    def redact(self, text: str) -> str:
        """``text`` with every credential the client holds or has sent replaced."""
        for secret in (*self._secrets, *self._recent):
            if secret in text:
                text = text.replace(secret, "<hidden>")
        return text

    def _describe(self, key: str) -> str:
        scheme = self._schemes[key]
        where = {
            "basic": "HTTP basic",
            "bearer": "a bearer token",
            "oauth2": "a bearer token",
        }.get(scheme.kind, f"an API key in the {scheme.location} {scheme.parameter!r}")
        env = f" or {' and '.join(scheme.env)}" if scheme.env else ""
        described = f"{scheme.keyword}= ({where}){env}"
        if scheme.kind == "oauth2":
            client_env = f" or {' and '.join(scheme.client_env)}" if scheme.client_env else ""
            described += f", or client_id= and client_secret={client_env}"
        return described

    def secret_names(self) -> frozenset[str]:
        """Header names that carry credentials, lower case: never logged."""
        return frozenset(
            s.parameter.lower()
            for s in self._schemes.values()
            if s.kind == "apiKey" and s.location == "header"
        )


def _check_sendable(scheme: Scheme, value: str) -> None:
    """A credential sent in a header must be one line (a key read from a file
    often ends in a newline); it is refused before anything is sent, without
    being shown."""
    if scheme.kind != "basic" and scheme.location != "query" and _BREAKS.search(value):
        raise ValueError(
            f"{scheme.keyword} holds a line break or a control character, which no HTTP "
            "header can carry (read from a file? strip it)"
        )


_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _from_env(scheme: Scheme) -> object:
    values = [os.environ.get(name) for name in scheme.env]
    if not all(values):
        return None
    if scheme.kind == "basic":
        return (values[0], values[1]) if len(values) == 2 else None
    return values[0]
