"""Configured Plugins: The plugin versions a configuration contains"""

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
from ..models import ConfiguredPlugin, TwilioError

__all__ = ["ConfiguredPlugins", "AsyncConfiguredPlugins"]


class ConfiguredPlugins(SyncAPIResource):
    """The plugin versions a configuration contains"""

    @property
    def with_raw_response(self) -> ConfiguredPluginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ConfiguredPluginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ConfiguredPluginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ConfiguredPluginsWithStreamingResponse(self)

    def list(
        self,
        configuration_sid: str,
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
    ) -> SyncPager[ConfiguredPlugin]:
        """Twilio List the Plugins of a Flex Plugin Configuration

        Args:
            configuration_sid: The SID of the Flex Plugin Configuration the resource
                belongs to.
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
                expand_path(
                    "/PluginService/Configurations/{ConfigurationSid}/Plugins",
                    {"ConfigurationSid": configuration_sid},
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugins",
                cast=ConfiguredPlugin._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    def fetch(
        self,
        configuration_sid: str,
        plugin_sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConfiguredPlugin:
        """Twilio Fetch a Plugin of a Flex Plugin Configuration

        Args:
            configuration_sid: The SID of the Flex Plugin Configuration the resource
                belongs to.
            plugin_sid: The SID of the Flex Plugin.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "GET",
            expand_path(
                "/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}",
                {"ConfigurationSid": configuration_sid, "PluginSid": plugin_sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=ConfiguredPlugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ConfiguredPluginsWithRawResponse:
    """The methods of ``ConfiguredPlugins``, returning the raw response."""

    def __init__(self, resource: ConfiguredPlugins) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.fetch = to_raw_response(resource.fetch)


class ConfiguredPluginsWithStreamingResponse:
    """The methods of ``ConfiguredPlugins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: ConfiguredPlugins) -> None:
        self._resource = resource
        self.fetch = to_streamed_response(resource.fetch)


class AsyncConfiguredPlugins(AsyncAPIResource):
    """The plugin versions a configuration contains"""

    @property
    def with_raw_response(self) -> AsyncConfiguredPluginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncConfiguredPluginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncConfiguredPluginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncConfiguredPluginsWithStreamingResponse(self)

    def list(
        self,
        configuration_sid: str,
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
    ) -> AsyncPager[ConfiguredPlugin]:
        """Twilio List the Plugins of a Flex Plugin Configuration

        Args:
            configuration_sid: The SID of the Flex Plugin Configuration the resource
                belongs to.
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
                expand_path(
                    "/PluginService/Configurations/{ConfigurationSid}/Plugins",
                    {"ConfigurationSid": configuration_sid},
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugins",
                cast=ConfiguredPlugin._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    async def fetch(
        self,
        configuration_sid: str,
        plugin_sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConfiguredPlugin:
        """Twilio Fetch a Plugin of a Flex Plugin Configuration

        Args:
            configuration_sid: The SID of the Flex Plugin Configuration the resource
                belongs to.
            plugin_sid: The SID of the Flex Plugin.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "GET",
            expand_path(
                "/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}",
                {"ConfigurationSid": configuration_sid, "PluginSid": plugin_sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=ConfiguredPlugin.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncConfiguredPluginsWithRawResponse:
    """The methods of ``AsyncConfiguredPlugins``, returning the raw response."""

    def __init__(self, resource: AsyncConfiguredPlugins) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.fetch = async_to_raw_response(resource.fetch)


class AsyncConfiguredPluginsWithStreamingResponse:
    """The methods of ``AsyncConfiguredPlugins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncConfiguredPlugins) -> None:
        self._resource = resource
        self.fetch = async_to_streamed_response(resource.fetch)
