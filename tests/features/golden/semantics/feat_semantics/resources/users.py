"""Users"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import User

__all__ = ["Users", "AsyncUsers"]


class Users(SyncAPIResource):
    """Users"""

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return UsersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return UsersWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        password: str,
        nickname: str | None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> User:
        """createUser"""
        return self._request(
            "POST",
            "/users",
            json={"name": name, "password": password, "nickname": nickname},
            cast=User.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class UsersWithRawResponse:
    """The methods of ``Users``, returning the raw response."""

    def __init__(self, resource: Users) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class UsersWithStreamingResponse:
    """The methods of ``Users``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Users) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncUsers(AsyncAPIResource):
    """Users"""

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncUsersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncUsersWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        password: str,
        nickname: str | None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> User:
        """createUser"""
        return await self._request(
            "POST",
            "/users",
            json={"name": name, "password": password, "nickname": nickname},
            cast=User.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncUsersWithRawResponse:
    """The methods of ``AsyncUsers``, returning the raw response."""

    def __init__(self, resource: AsyncUsers) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncUsersWithStreamingResponse:
    """The methods of ``AsyncUsers``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncUsers) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
