"""Account"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import GetMeResponse

__all__ = ["Account", "AsyncAccount"]


class Account(SyncAPIResource):
    """Account"""

    @property
    def with_raw_response(self) -> AccountWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AccountWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AccountWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AccountWithStreamingResponse(self)

    def get_me(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMeResponse:
        """The API's default security, a bearer token."""
        return self._request(
            "GET",
            "/me",
            cast=GetMeResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_public(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getPublic"""
        return self._request(
            "GET",
            "/public",
            security=(),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """search"""
        return self._request(
            "GET",
            "/search",
            params={"q": q},
            security=(("queryKey",), ()),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def admin_action(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """adminAction"""
        return self._request(
            "POST",
            "/admin",
            security=(("cookieKey", "headerKey"), ("basic",)),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def via_oauth(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """viaOauth"""
        return self._request(
            "GET",
            "/oauth",
            security=(("oauth",),),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def via_both(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """viaBoth"""
        return self._request(
            "GET",
            "/both",
            security=(("basic", "bearer"),),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AccountWithRawResponse:
    """The methods of ``Account``, returning the raw response."""

    def __init__(self, resource: Account) -> None:
        self._resource = resource
        self.get_me = to_raw_response(resource.get_me)
        self.get_public = to_raw_response(resource.get_public)
        self.search = to_raw_response(resource.search)
        self.admin_action = to_raw_response(resource.admin_action)
        self.via_oauth = to_raw_response(resource.via_oauth)
        self.via_both = to_raw_response(resource.via_both)


class AccountWithStreamingResponse:
    """The methods of ``Account``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Account) -> None:
        self._resource = resource
        self.get_me = to_streamed_response(resource.get_me)
        self.get_public = to_streamed_response(resource.get_public)
        self.search = to_streamed_response(resource.search)
        self.admin_action = to_streamed_response(resource.admin_action)
        self.via_oauth = to_streamed_response(resource.via_oauth)
        self.via_both = to_streamed_response(resource.via_both)


class AsyncAccount(AsyncAPIResource):
    """Account"""

    @property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncAccountWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAccountWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncAccountWithStreamingResponse(self)

    async def get_me(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMeResponse:
        """The API's default security, a bearer token."""
        return await self._request(
            "GET",
            "/me",
            cast=GetMeResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_public(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getPublic"""
        return await self._request(
            "GET",
            "/public",
            security=(),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def search(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """search"""
        return await self._request(
            "GET",
            "/search",
            params={"q": q},
            security=(("queryKey",), ()),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def admin_action(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """adminAction"""
        return await self._request(
            "POST",
            "/admin",
            security=(("cookieKey", "headerKey"), ("basic",)),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def via_oauth(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """viaOauth"""
        return await self._request(
            "GET",
            "/oauth",
            security=(("oauth",),),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def via_both(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """viaBoth"""
        return await self._request(
            "GET",
            "/both",
            security=(("basic", "bearer"),),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAccountWithRawResponse:
    """The methods of ``AsyncAccount``, returning the raw response."""

    def __init__(self, resource: AsyncAccount) -> None:
        self._resource = resource
        self.get_me = async_to_raw_response(resource.get_me)
        self.get_public = async_to_raw_response(resource.get_public)
        self.search = async_to_raw_response(resource.search)
        self.admin_action = async_to_raw_response(resource.admin_action)
        self.via_oauth = async_to_raw_response(resource.via_oauth)
        self.via_both = async_to_raw_response(resource.via_both)


class AsyncAccountWithStreamingResponse:
    """The methods of ``AsyncAccount``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncAccount) -> None:
        self._resource = resource
        self.get_me = async_to_streamed_response(resource.get_me)
        self.get_public = async_to_streamed_response(resource.get_public)
        self.search = async_to_streamed_response(resource.search)
        self.admin_action = async_to_streamed_response(resource.admin_action)
        self.via_oauth = async_to_streamed_response(resource.via_oauth)
        self.via_both = async_to_streamed_response(resource.via_both)
