"""Configs"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Problem, Receiver

__all__ = ["Configs", "AsyncConfigs"]


class Configs(SyncAPIResource):
    """Configs"""

    @property
    def with_raw_response(self) -> ConfigsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ConfigsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ConfigsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ConfigsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Receiver:
        """getConfig"""
        return self._request(
            "GET",
            expand_path("/configs/{id}", {"id": id}),
            errors={"400": Problem._parse},
            cast=Receiver.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ConfigsWithRawResponse:
    """The methods of ``Configs``, returning the raw response."""

    def __init__(self, resource: Configs) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class ConfigsWithStreamingResponse:
    """The methods of ``Configs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Configs) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncConfigs(AsyncAPIResource):
    """Configs"""

    @property
    def with_raw_response(self) -> AsyncConfigsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncConfigsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncConfigsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncConfigsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Receiver:
        """getConfig"""
        return await self._request(
            "GET",
            expand_path("/configs/{id}", {"id": id}),
            errors={"400": Problem._parse},
            cast=Receiver.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncConfigsWithRawResponse:
    """The methods of ``AsyncConfigs``, returning the raw response."""

    def __init__(self, resource: AsyncConfigs) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncConfigsWithStreamingResponse:
    """The methods of ``AsyncConfigs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncConfigs) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
