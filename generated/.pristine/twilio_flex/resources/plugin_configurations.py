"""Plugin Configurations: Bundle plugin versions into a configuration to release. Configurations are immutable: to
change one, create a new one."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

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
from ..models import ConfiguredPluginVersionParam, PluginConfiguration, TwilioError

__all__ = ["PluginConfigurations", "AsyncPluginConfigurations"]


class PluginConfigurations(SyncAPIResource):
    """Bundle plugin versions into a configuration to release. Configurations are
    immutable: to change one, create a new one."""

    @property
    def with_raw_response(self) -> PluginConfigurationsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PluginConfigurationsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PluginConfigurationsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PluginConfigurationsWithStreamingResponse(self)

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
    ) -> SyncPager[PluginConfiguration]:
        """Twilio List Flex Plugin Configurations

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
                "/PluginService/Configurations",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="configurations",
                cast=PluginConfiguration._parse,
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
        name: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        plugins: Sequence[ConfiguredPluginVersionParam] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginConfiguration:
        """Twilio Create a Flex Plugin Configuration

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            name: The Flex Plugin Configuration's name.
            plugins: The plugin versions in the configuration. Each item is sent as
                its own Plugins form field holding a JSON object, e.g.
                {"plugin_version": "FV...", "phase": 3}.
            description: The Flex Plugin Configuration's description.
        """
        return self._request(
            "POST",
            "/PluginService/Configurations",
            headers={"Flex-Metadata": flex_metadata},
            form={"Name": name, "Plugins": plugins, "Description": description},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
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
    ) -> PluginConfiguration:
        """Twilio Fetch a Flex Plugin Configuration

        Args:
            sid: The SID of the Flex Plugin Configuration resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "GET",
            expand_path("/PluginService/Configurations/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
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
    ) -> PluginConfiguration:
        """Twilio Archive a Flex Plugin Configuration

        Args:
            sid: The SID of the Flex Plugin Configuration resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "POST",
            expand_path("/PluginService/Configurations/{Sid}/Archive", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PluginConfigurationsWithRawResponse:
    """The methods of ``PluginConfigurations``, returning the raw response."""

    def __init__(self, resource: PluginConfigurations) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.archive = to_raw_response(resource.archive)


class PluginConfigurationsWithStreamingResponse:
    """The methods of ``PluginConfigurations``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: PluginConfigurations) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.archive = to_streamed_response(resource.archive)


class AsyncPluginConfigurations(AsyncAPIResource):
    """Bundle plugin versions into a configuration to release. Configurations are
    immutable: to change one, create a new one."""

    @property
    def with_raw_response(self) -> AsyncPluginConfigurationsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPluginConfigurationsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPluginConfigurationsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPluginConfigurationsWithStreamingResponse(self)

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
    ) -> AsyncPager[PluginConfiguration]:
        """Twilio List Flex Plugin Configurations

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
                "/PluginService/Configurations",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="configurations",
                cast=PluginConfiguration._parse,
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
        name: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        plugins: Sequence[ConfiguredPluginVersionParam] | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginConfiguration:
        """Twilio Create a Flex Plugin Configuration

        Args:
            flex_metadata: The Flex-Metadata HTTP request header
            name: The Flex Plugin Configuration's name.
            plugins: The plugin versions in the configuration. Each item is sent as
                its own Plugins form field holding a JSON object, e.g.
                {"plugin_version": "FV...", "phase": 3}.
            description: The Flex Plugin Configuration's description.
        """
        return await self._request(
            "POST",
            "/PluginService/Configurations",
            headers={"Flex-Metadata": flex_metadata},
            form={"Name": name, "Plugins": plugins, "Description": description},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
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
    ) -> PluginConfiguration:
        """Twilio Fetch a Flex Plugin Configuration

        Args:
            sid: The SID of the Flex Plugin Configuration resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "GET",
            expand_path("/PluginService/Configurations/{Sid}", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
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
    ) -> PluginConfiguration:
        """Twilio Archive a Flex Plugin Configuration

        Args:
            sid: The SID of the Flex Plugin Configuration resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "POST",
            expand_path("/PluginService/Configurations/{Sid}/Archive", {"Sid": sid}),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPluginConfigurationsWithRawResponse:
    """The methods of ``AsyncPluginConfigurations``, returning the raw response."""

    def __init__(self, resource: AsyncPluginConfigurations) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.archive = async_to_raw_response(resource.archive)


class AsyncPluginConfigurationsWithStreamingResponse:
    """The methods of ``AsyncPluginConfigurations``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPluginConfigurations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.archive = async_to_streamed_response(resource.archive)
