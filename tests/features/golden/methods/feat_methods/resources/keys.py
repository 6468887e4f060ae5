"""Keys"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    json_body,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import GetKeysResponse

__all__ = ["Keys", "AsyncKeys"]


class Keys(SyncAPIResource):
    """Keys"""

    @property
    def with_raw_response(self) -> KeysWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return KeysWithRawResponse(self)

    @property
    def with_streaming_response(self) -> KeysWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return KeysWithStreamingResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetKeysResponse:
        """GetKeys"""
        return self._request(
            "GET",
            "/keys",
            cast=GetKeysResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        key_name: str,
        key_version: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """GetKey"""
        answer: str = self._request(
            "GET",
            expand_path(
                "/keys/{key-name}/{key-version}", {"key-name": key_name, "key-version": key_version}
            ),
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class KeysWithRawResponse:
    """The methods of ``Keys``, returning the raw response."""

    def __init__(self, resource: Keys) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class KeysWithStreamingResponse:
    """The methods of ``Keys``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Keys) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.get = to_streamed_response(resource.get)


class AsyncKeys(AsyncAPIResource):
    """Keys"""

    @property
    def with_raw_response(self) -> AsyncKeysWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncKeysWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncKeysWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncKeysWithStreamingResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetKeysResponse:
        """GetKeys"""
        return await self._request(
            "GET",
            "/keys",
            cast=GetKeysResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        key_name: str,
        key_version: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """GetKey"""
        answer: str = await self._request(
            "GET",
            expand_path(
                "/keys/{key-name}/{key-version}", {"key-name": key_name, "key-version": key_version}
            ),
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncKeysWithRawResponse:
    """The methods of ``AsyncKeys``, returning the raw response."""

    def __init__(self, resource: AsyncKeys) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.get = async_to_raw_response(resource.get)


class AsyncKeysWithStreamingResponse:
    """The methods of ``AsyncKeys``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncKeys) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.get = async_to_streamed_response(resource.get)
