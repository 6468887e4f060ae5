"""OAuth 2 client credentials (RFC 6749, section 4.4): the client fetches its
own bearer token.

Given ``client_id`` and ``client_secret``, the client posts
``grant_type=client_credentials`` (and the scopes the API's operations need)
to the scheme's token URL, with the id and secret by HTTP basic as RFC 6749
prefers. It keeps the token, sends it as a bearer token, and fetches a new
one shortly before ``expires_in`` runs out, and once more when the API
answers 401 to it. Only one token request is in flight at a time, however
many threads or tasks call. The secret and the tokens never show in a repr,
a log line or an error.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any, Callable, Tuple
from urllib.parse import quote_plus, urljoin, urlsplit

import httpx

from ._exceptions import ApiError, error_for_response

if TYPE_CHECKING:
    import asyncio

__all__ = ["ClientCredentials"]

# A token is renewed when this little of its life is left: 30 seconds, or a
# tenth of a short life, so that no request goes out with one about to expire.
RENEW_BEFORE = 30.0
# The clock token lifetimes are measured on (a module attribute, so tests can move it).
clock: Callable[[], float] = time.monotonic


class ClientCredentials:
    """The token of one OAuth 2 scheme, fetched with a client's id and secret."""

    __slots__ = (
        "token_url",
        "scopes",
        "_basic",
        "_redact",
        "_remember_token",
        "_token",
        "_renew_at",
        "_lock",
        "_async_locks",
    )

    def __init__(
        self,
        token_url: str,
        scopes: Tuple[str, ...],
        client_id: str,
        client_secret: str,
        redact: Callable[[str], str],
        remember: Callable[[str], None],
        remember_token: Callable[[str], None],
    ) -> None:
        """``redact`` hides credentials in text; ``remember`` and
        ``remember_token`` add the secret and each token to what it hides."""
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        self.token_url = token_url
        self.scopes = scopes
        # RFC 6749 2.3.1: each form-encoded, then joined for HTTP basic.
        pair = f"{quote_plus(client_id)}:{quote_plus(client_secret)}"
        self._basic = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
        remember(client_secret)
        remember(self._basic[len("Basic ") :])
        self._redact = redact
        self._remember_token = remember_token
        self._token: str | None = None
        self._renew_at = 0.0
        self._lock = threading.Lock()
        # One lock per event loop: an asyncio.Lock belongs to the loop it is used in.
        self._async_locks: weakref.WeakKeyDictionary[Any, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"<client credentials for {self.token_url}, secret hidden>"

    def __reduce__(self) -> str:
        raise TypeError("credentials cannot be pickled")

    def current(self) -> str:
        """The token to send now (fetched before the request is built)."""
        if self._token is None:
            raise ApiError("no OAuth token: the token request did not run")
        return self._token

    def _fresh(self) -> bool:
        return self._token is not None and clock() < self._renew_at

    def expire(self, sent: str | None) -> None:
        """The API refused ``sent`` (401): fetch a new token before the next
        request, unless another request already did."""
        if sent is not None and self._token is not None and sent == f"Bearer {self._token}":
            self._token = None

    def fetch(self, http: httpx.Client, base_url: str, timeout: Any) -> None:
        """A token that is not about to expire, fetched if need be."""
        if self._fresh():
            return
        with self._lock:
            if self._fresh():
                return  # another thread fetched it while this one waited
            request = self._request(http, base_url, timeout)
            try:
                response = http.send(request, auth=None)
                response.read()
            except httpx.TransportError as error:
                raise self._lost(error, request) from error
            self._accept(response)

    async def fetch_async(self, http: httpx.AsyncClient, base_url: str, timeout: Any) -> None:
        """``fetch`` for an asyncio client: one request at a time per event loop."""
        if self._fresh():
            return
        import asyncio  # here, not at the top: only async clients use it, and it is slow to import

        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        async with lock:
            if self._fresh():
                return
            request = self._request(http, base_url, timeout)
            try:
                response = await http.send(request, auth=None)
                await response.aread()
            except httpx.TransportError as error:
                raise self._lost(error, request) from error
            self._accept(response)

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, base_url: str, timeout: Any
    ) -> httpx.Request:
        url = self.url(base_url)
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return http.build_request(
            "POST",
            url,
            data=form,
            headers={"Authorization": self._basic, "Accept": "application/json"},
            extensions={"timeout": timeout},
        )

    def url(self, base_url: str) -> str:
        """The token URL; a relative one is resolved against the server URL.
        Only https carries the secret, but to this machine (a local test)."""
        url = urljoin(base_url.rstrip("/") + "/", self.token_url)
        parts = urlsplit(url)
        local = parts.hostname in ("localhost", "127.0.0.1", "::1")
        if parts.scheme != "https" and not (parts.scheme == "http" and local):
            raise ValueError(f"the OAuth token URL must be https, not {url!r}")
        return url

    def _lost(self, error: httpx.TransportError, request: httpx.Request) -> ApiError:
        reason = self._redact(str(error).strip() or type(error).__name__)
        return ApiError(f"the token request failed: {reason}", method="POST", url=str(request.url))

    def _accept(self, response: httpx.Response) -> None:
        if response.status_code >= 300:
            error = error_for_response(response, redact=self._redact)
            error.message = f"the token request failed: {error.message}"
            raise error
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        kind = body.get("token_type", "bearer") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token or str(kind).lower() != "bearer":
            shown = self._redact(response.text)[:200]
            raise ApiError(
                f"the token request failed: the answer holds no bearer token: {shown!r}",
                method="POST",
                url=str(response.request.url),
            )
        assert isinstance(body, dict)
        lifetime = body.get("expires_in")
        now = clock()
        if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
            self._renew_at = now + lifetime - min(RENEW_BEFORE, lifetime / 10)
        else:
            self._renew_at = float("inf")  # no lifetime given: kept until the API refuses it
        self._remember_token(token)
        self._token = token
