"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Callable, Mapping

import httpx

from . import resources as _resources  # each resource's module is imported when first used
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__

__all__ = ["Client", "AsyncClient"]

CONFIG = ClientConfig(
    servers=(Server("https://api.example.com"),),
    user_agent=f"feat_auth/{__version__}",
    schemes=(
        Scheme("bearer", "bearer", "token"),
        Scheme("basic", "basic", "auth"),
        Scheme("oauth", "oauth2", "token", token_url="/oauth/token", scopes=("read",)),
        Scheme("headerKey", "apiKey", "header_key", "header", "X-Api-Key"),
        Scheme("queryKey", "apiKey", "query_key", "query", "api_key"),
        Scheme("cookieKey", "apiKey", "cookie_key", "cookie", "session"),
    ),
    security=(("bearer",),),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_AUTH_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Security schemes.

    Args:
        token: A bearer token, or a function giving one (asked on every request).
        auth: (username, password) for HTTP basic authentication.
        header_key: The API key sent in the header 'X-Api-Key', or a function giving
            it.
        query_key: The API key sent in the query 'api_key', or a function giving it.
        cookie_key: The API key sent in the cookie 'session', or a function giving
            it.
        client_id: The OAuth 2 client id, which the client exchanges for tokens at
            /oauth/token.
        client_secret: The OAuth 2 client secret, which the client exchanges for
            tokens at /oauth/token.
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com).
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.Client (proxies, certificates, event hooks); it
            is left open.
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        auth: tuple[str, str] | None = None,
        header_key: str | Callable[[], str] | None = None,
        query_key: str | Callable[[], str] | None = None,
        cookie_key: str | Callable[[], str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={},
            credentials={
                "token": token,
                "auth": auth,
                "header_key": header_key,
                "query_key": query_key,
                "cookie_key": cookie_key,
                "client_id": client_id,
                "client_secret": client_secret,
            },
            settings={},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: Client = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return ClientWithStreamingResponse(self)

    @property
    def account(self) -> _resources.Account:
        """Account"""
        return _resources.Account(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def account(self) -> _resources.AccountWithRawResponse:
        return _resources.AccountWithRawResponse(self._client.account)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def account(self) -> _resources.AccountWithStreamingResponse:
        return _resources.AccountWithStreamingResponse(self._client.account)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Security schemes.

    Args:
        token: A bearer token, or a function giving one (asked on every request).
        auth: (username, password) for HTTP basic authentication.
        header_key: The API key sent in the header 'X-Api-Key', or a function giving
            it.
        query_key: The API key sent in the query 'api_key', or a function giving it.
        cookie_key: The API key sent in the cookie 'session', or a function giving
            it.
        client_id: The OAuth 2 client id, which the client exchanges for tokens at
            /oauth/token.
        client_secret: The OAuth 2 client secret, which the client exchanges for
            tokens at /oauth/token.
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com).
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (proxies, certificates, event
            hooks); it is left open.
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        auth: tuple[str, str] | None = None,
        header_key: str | Callable[[], str] | None = None,
        query_key: str | Callable[[], str] | None = None,
        cookie_key: str | Callable[[], str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={},
            credentials={
                "token": token,
                "auth": auth,
                "header_key": header_key,
                "query_key": query_key,
                "cookie_key": cookie_key,
                "client_id": client_id,
                "client_secret": client_secret,
            },
            settings={},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncClient:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: AsyncClient = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return AsyncClientWithStreamingResponse(self)

    @property
    def account(self) -> _resources.AsyncAccount:
        """Account"""
        return _resources.AsyncAccount(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def account(self) -> _resources.AsyncAccountWithRawResponse:
        return _resources.AsyncAccountWithRawResponse(self._client.account)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def account(self) -> _resources.AsyncAccountWithStreamingResponse:
        return _resources.AsyncAccountWithStreamingResponse(self._client.account)
