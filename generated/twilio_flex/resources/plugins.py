"""Plugins: Manage Flex plugins"""

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
from ..models import Plugin, TwilioError

__all__ = ["Plugins", "AsyncPlugins"]


class Plugins(SyncAPIResource):
    """Manage Flex plugins"""

    @property
    def with_raw_response(self) -> PluginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PluginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PluginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PluginsWithStreamingResponse(self)

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
    ) -> SyncPager[Plugin]:
        """Twilio List Flex Plugins

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
                "/PluginService/Plugins",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugins",
                cast=Plugin._parse,
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
        unique_name: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Create a Flex Plugin

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            unique_name: The Flex Plugin's unique name.
            friendly_name: The Flex Plugin's friendly name.
            description: A descriptive string that you create to describe the plugin
                resource. It can be up to 500 characters long
        """
        return self._request(
            "POST",
            "/PluginService/Plugins",
            headers={"Flex-Metadata": flex_metadata},
            form={
                "UniqueName": unique_name,
                "FriendlyName": friendly_name,
                "Description": description,
            },
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
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
    ) -> Plugin:
        """Twilio Fetch a Flex Plugin

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "GET",
            expand_path("/PluginService/Plugins/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Update a Flex Plugin

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
            friendly_name: The Flex Plugin's friendly name.
            description: A descriptive string that you update to describe the plugin
                resource. It can be up to 500 characters long
        """
        return self._request(
            "POST",
            expand_path("/PluginService/Plugins/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            form={"FriendlyName": friendly_name, "Description": description},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Archive a Flex Plugin

        Archive a plugin; an archived plugin cannot get new versions.

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "POST",
            expand_path("/PluginService/Plugins/{Sid}/Archive", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PluginsWithRawResponse:
    """The methods of ``Plugins``, returning the raw response."""

    def __init__(self, resource: Plugins) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)
        self.archive = to_raw_response(resource.archive)


class PluginsWithStreamingResponse:
    """The methods of ``Plugins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Plugins) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.update = to_streamed_response(resource.update)
        self.archive = to_streamed_response(resource.archive)


class AsyncPlugins(AsyncAPIResource):
    """Manage Flex plugins"""

    @property
    def with_raw_response(self) -> AsyncPluginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPluginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPluginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPluginsWithStreamingResponse(self)

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
    ) -> AsyncPager[Plugin]:
        """Twilio List Flex Plugins

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
                "/PluginService/Plugins",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugins",
                cast=Plugin._parse,
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
        unique_name: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Create a Flex Plugin

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            unique_name: The Flex Plugin's unique name.
            friendly_name: The Flex Plugin's friendly name.
            description: A descriptive string that you create to describe the plugin
                resource. It can be up to 500 characters long
        """
        return await self._request(
            "POST",
            "/PluginService/Plugins",
            headers={"Flex-Metadata": flex_metadata},
            form={
                "UniqueName": unique_name,
                "FriendlyName": friendly_name,
                "Description": description,
            },
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
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
    ) -> Plugin:
        """Twilio Fetch a Flex Plugin

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "GET",
            expand_path("/PluginService/Plugins/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Update a Flex Plugin

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
            friendly_name: The Flex Plugin's friendly name.
            description: A descriptive string that you update to describe the plugin
                resource. It can be up to 500 characters long
        """
        return await self._request(
            "POST",
            expand_path("/PluginService/Plugins/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            form={"FriendlyName": friendly_name, "Description": description},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plugin:
        """Twilio Archive a Flex Plugin

        Archive a plugin; an archived plugin cannot get new versions.

        Args:
            sid: The SID of the Flex Plugin resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "POST",
            expand_path("/PluginService/Plugins/{Sid}/Archive", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=Plugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPluginsWithRawResponse:
    """The methods of ``AsyncPlugins``, returning the raw response."""

    def __init__(self, resource: AsyncPlugins) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)
        self.archive = async_to_raw_response(resource.archive)


class AsyncPluginsWithStreamingResponse:
    """The methods of ``AsyncPlugins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPlugins) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.update = async_to_streamed_response(resource.update)
        self.archive = async_to_streamed_response(resource.archive)
