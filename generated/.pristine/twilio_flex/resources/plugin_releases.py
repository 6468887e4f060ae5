"""Plugin Releases: Release a plugin configuration to every agent. Only one release is active per account:
the newest. Roll back by releasing an earlier configuration."""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import PluginRelease, TwilioError

__all__ = ["PluginReleases", "AsyncPluginReleases"]


class PluginReleases(SyncAPIResource):
    """Release a plugin configuration to every agent. Only one release is active per
    account: the newest. Roll back by releasing an earlier configuration."""

    @property
    def with_raw_response(self) -> PluginReleasesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PluginReleasesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PluginReleasesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PluginReleasesWithStreamingResponse(self)

    def list(
        self,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[PluginRelease]:
        """Twilio List Flex Plugin Releases

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            page_size: How many resources to return in each list page. The default
                is 50, and the maximum is 1000.
            page: The page index. This value is simply for client state.
            page_token: The page token. This is provided by the API.

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return SyncPager(
            self._client,
            PageRequest(
                "/PluginService/Releases",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="releases",
                cast=PluginRelease._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    def create(
        self,
        *,
        configuration_id: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginRelease:
        """Twilio Create a Flex Plugin Release

        Release a configuration; it replaces the active release.

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            configuration_id: The SID or the Version of the Flex Plugin
                Configuration to release.
        """
        return self._request(
            "POST",
            "/PluginService/Releases",
            headers={"Flex-Metadata": flex_metadata},
            form={"ConfigurationId": configuration_id},
            errors={"default": TwilioError._parse},
            cast=PluginRelease.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginRelease:
        """Twilio Fetch a Flex Plugin Release

        Args:
            sid: The SID of the Flex Plugin Release resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "GET",
            expand_path("/PluginService/Releases/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginRelease.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PluginReleasesWithRawResponse:
    """The methods of ``PluginReleases``, returning the raw response."""

    def __init__(self, resource: PluginReleases) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)


class PluginReleasesWithStreamingResponse:
    """The methods of ``PluginReleases``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: PluginReleases) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)


class AsyncPluginReleases(AsyncAPIResource):
    """Release a plugin configuration to every agent. Only one release is active per
    account: the newest. Roll back by releasing an earlier configuration."""

    @property
    def with_raw_response(self) -> AsyncPluginReleasesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPluginReleasesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPluginReleasesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPluginReleasesWithStreamingResponse(self)

    def list(
        self,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[PluginRelease]:
        """Twilio List Flex Plugin Releases

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            page_size: How many resources to return in each list page. The default
                is 50, and the maximum is 1000.
            page: The page index. This value is simply for client state.
            page_token: The page token. This is provided by the API.

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return AsyncPager(
            self._client,
            PageRequest(
                "/PluginService/Releases",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="releases",
                cast=PluginRelease._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    async def create(
        self,
        *,
        configuration_id: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginRelease:
        """Twilio Create a Flex Plugin Release

        Release a configuration; it replaces the active release.

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            configuration_id: The SID or the Version of the Flex Plugin
                Configuration to release.
        """
        return await self._request(
            "POST",
            "/PluginService/Releases",
            headers={"Flex-Metadata": flex_metadata},
            form={"ConfigurationId": configuration_id},
            errors={"default": TwilioError._parse},
            cast=PluginRelease.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginRelease:
        """Twilio Fetch a Flex Plugin Release

        Args:
            sid: The SID of the Flex Plugin Release resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "GET",
            expand_path("/PluginService/Releases/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginRelease.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPluginReleasesWithRawResponse:
    """The methods of ``AsyncPluginReleases``, returning the raw response."""

    def __init__(self, resource: AsyncPluginReleases) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)


class AsyncPluginReleasesWithStreamingResponse:
    """The methods of ``AsyncPluginReleases``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPluginReleases) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
