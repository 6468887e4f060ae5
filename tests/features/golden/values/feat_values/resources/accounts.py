"""Accounts"""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Literal, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Account, AccountNullableParam, LabelParam

__all__ = ["Accounts", "AsyncAccounts"]


class Accounts(SyncAPIResource):
    """Accounts"""

    @property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AccountsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AccountsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AccountsWithStreamingResponse(self)

    def get(
        self,
        id: uuid.UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """getAccount"""
        return self._request(
            "GET",
            expand_path("/accounts/{id}", {"id": id}),
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: uuid.UUID | str,
        *,
        name: str,
        status: Literal["active", "closed"],
        password: str,
        level: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        birthday: datetime.date | str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        manager: str | None | NotGiven = NOT_GIVEN,
        nullable: AccountNullableParam | NotGiven = NOT_GIVEN,
        scores: Mapping[str, int] | NotGiven = NOT_GIVEN,
        labels: Sequence[LabelParam] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """updateAccount

        Args:
            level: Values: 1 (BASIC), 2 (PRO), 3 (ENTERPRISE).
            manager: Required but nullable.
            nullable: A property that happens to be named nullable.
        """
        return self._request(
            "PATCH",
            expand_path("/accounts/{id}", {"id": id}),
            json={
                "name": name,
                "status": status,
                "level": level,
                "birthday": birthday,
                "nickname": nickname,
                "manager": manager,
                "password": password,
                "nullable": nullable,
                "scores": scores,
                "labels": labels,
            },
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        status: Literal["active", "closed"],
        password: str,
        level: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        birthday: datetime.date | str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        manager: str | None | NotGiven = NOT_GIVEN,
        nullable: AccountNullableParam | NotGiven = NOT_GIVEN,
        scores: Mapping[str, int] | NotGiven = NOT_GIVEN,
        labels: Sequence[LabelParam] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """createAccount

        Args:
            level: Values: 1 (BASIC), 2 (PRO), 3 (ENTERPRISE).
            manager: Required but nullable.
            nullable: A property that happens to be named nullable.
        """
        return self._request(
            "POST",
            "/accounts",
            json={
                "name": name,
                "status": status,
                "level": level,
                "birthday": birthday,
                "nickname": nickname,
                "manager": manager,
                "password": password,
                "nullable": nullable,
                "scores": scores,
                "labels": labels,
            },
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AccountsWithRawResponse:
    """The methods of ``Accounts``, returning the raw response."""

    def __init__(self, resource: Accounts) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.create = to_raw_response(resource.create)


class AccountsWithStreamingResponse:
    """The methods of ``Accounts``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Accounts) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)
        self.create = to_streamed_response(resource.create)


class AsyncAccounts(AsyncAPIResource):
    """Accounts"""

    @property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncAccountsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAccountsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncAccountsWithStreamingResponse(self)

    async def get(
        self,
        id: uuid.UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """getAccount"""
        return await self._request(
            "GET",
            expand_path("/accounts/{id}", {"id": id}),
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: uuid.UUID | str,
        *,
        name: str,
        status: Literal["active", "closed"],
        password: str,
        level: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        birthday: datetime.date | str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        manager: str | None | NotGiven = NOT_GIVEN,
        nullable: AccountNullableParam | NotGiven = NOT_GIVEN,
        scores: Mapping[str, int] | NotGiven = NOT_GIVEN,
        labels: Sequence[LabelParam] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """updateAccount

        Args:
            level: Values: 1 (BASIC), 2 (PRO), 3 (ENTERPRISE).
            manager: Required but nullable.
            nullable: A property that happens to be named nullable.
        """
        return await self._request(
            "PATCH",
            expand_path("/accounts/{id}", {"id": id}),
            json={
                "name": name,
                "status": status,
                "level": level,
                "birthday": birthday,
                "nickname": nickname,
                "manager": manager,
                "password": password,
                "nullable": nullable,
                "scores": scores,
                "labels": labels,
            },
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        status: Literal["active", "closed"],
        password: str,
        level: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        birthday: datetime.date | str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        manager: str | None | NotGiven = NOT_GIVEN,
        nullable: AccountNullableParam | NotGiven = NOT_GIVEN,
        scores: Mapping[str, int] | NotGiven = NOT_GIVEN,
        labels: Sequence[LabelParam] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """createAccount

        Args:
            level: Values: 1 (BASIC), 2 (PRO), 3 (ENTERPRISE).
            manager: Required but nullable.
            nullable: A property that happens to be named nullable.
        """
        return await self._request(
            "POST",
            "/accounts",
            json={
                "name": name,
                "status": status,
                "level": level,
                "birthday": birthday,
                "nickname": nickname,
                "manager": manager,
                "password": password,
                "nullable": nullable,
                "scores": scores,
                "labels": labels,
            },
            cast=Account.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAccountsWithRawResponse:
    """The methods of ``AsyncAccounts``, returning the raw response."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.create = async_to_raw_response(resource.create)


class AsyncAccountsWithStreamingResponse:
    """The methods of ``AsyncAccounts``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.update = async_to_streamed_response(resource.update)
        self.create = async_to_streamed_response(resource.create)
