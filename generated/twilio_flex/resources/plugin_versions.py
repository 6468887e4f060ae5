"""Plugin Versions: Manage the versions of a Flex plugin"""

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
from ..models import PluginVersion, TwilioError

__all__ = ["PluginVersions", "AsyncPluginVersions"]


class PluginVersions(SyncAPIResource):
    """Manage the versions of a Flex plugin"""

    @property
    def with_raw_response(self) -> PluginVersionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PluginVersionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PluginVersionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PluginVersionsWithStreamingResponse(self)

    def list(
        self,
        plugin_sid: str,
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
    ) -> SyncPager[PluginVersion]:
        """Twilio List Flex Plugin Versions

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
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
                    "/PluginService/Plugins/{PluginSid}/Versions", {"PluginSid": plugin_sid}
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugin_versions",
                cast=PluginVersion._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    def create(
        self,
        plugin_sid: str,
        *,
        version: str,
        plugin_url: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        changelog: str | NotGiven = NOT_GIVEN,
        private: bool | NotGiven = NOT_GIVEN,
        cli_version: str | NotGiven = NOT_GIVEN,
        validate_status: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Create a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            flex_metadata: The Flex-Metadata HTTP request header
            version: The Flex Plugin Version's version.
            plugin_url: The URL of the Flex Plugin Version bundle
            changelog: The changelog of the Flex Plugin Version.
            private: Whether this Flex Plugin Version requires authorization.
            cli_version: The version of Flex Plugins CLI used to create this plugin
            validate_status: The validation status of the plugin, indicating whether
                it has been validated
        """
        return self._request(
            "POST",
            expand_path("/PluginService/Plugins/{PluginSid}/Versions", {"PluginSid": plugin_sid}),
            headers={"Flex-Metadata": flex_metadata},
            form={
                "Version": version,
                "PluginUrl": plugin_url,
                "Changelog": changelog,
                "Private": private,
                "CliVersion": cli_version,
                "ValidateStatus": validate_status,
            },
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        plugin_sid: str,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Fetch a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            sid: The SID of the Flex Plugin Version resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "GET",
            expand_path(
                "/PluginService/Plugins/{PluginSid}/Versions/{Sid}",
                {"PluginSid": plugin_sid, "Sid": sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def archive(
        self,
        plugin_sid: str,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Archive a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            sid: The SID of the Flex Plugin Version resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return self._request(
            "POST",
            expand_path(
                "/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive",
                {"PluginSid": plugin_sid, "Sid": sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PluginVersionsWithRawResponse:
    """The methods of ``PluginVersions``, returning the raw response."""

    def __init__(self, resource: PluginVersions) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.archive = to_raw_response(resource.archive)


class PluginVersionsWithStreamingResponse:
    """The methods of ``PluginVersions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: PluginVersions) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.archive = to_streamed_response(resource.archive)


class AsyncPluginVersions(AsyncAPIResource):
    """Manage the versions of a Flex plugin"""

    @property
    def with_raw_response(self) -> AsyncPluginVersionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPluginVersionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPluginVersionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPluginVersionsWithStreamingResponse(self)

    def list(
        self,
        plugin_sid: str,
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
    ) -> AsyncPager[PluginVersion]:
        """Twilio List Flex Plugin Versions

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
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
                    "/PluginService/Plugins/{PluginSid}/Versions", {"PluginSid": plugin_sid}
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                headers={"Flex-Metadata": flex_metadata},
                errors={"default": TwilioError._parse},
                items_key="plugin_versions",
                cast=PluginVersion._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    async def create(
        self,
        plugin_sid: str,
        *,
        version: str,
        plugin_url: str,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        changelog: str | NotGiven = NOT_GIVEN,
        private: bool | NotGiven = NOT_GIVEN,
        cli_version: str | NotGiven = NOT_GIVEN,
        validate_status: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Create a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            flex_metadata: The Flex-Metadata HTTP request header
            version: The Flex Plugin Version's version.
            plugin_url: The URL of the Flex Plugin Version bundle
            changelog: The changelog of the Flex Plugin Version.
            private: Whether this Flex Plugin Version requires authorization.
            cli_version: The version of Flex Plugins CLI used to create this plugin
            validate_status: The validation status of the plugin, indicating whether
                it has been validated
        """
        return await self._request(
            "POST",
            expand_path("/PluginService/Plugins/{PluginSid}/Versions", {"PluginSid": plugin_sid}),
            headers={"Flex-Metadata": flex_metadata},
            form={
                "Version": version,
                "PluginUrl": plugin_url,
                "Changelog": changelog,
                "Private": private,
                "CliVersion": cli_version,
                "ValidateStatus": validate_status,
            },
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        plugin_sid: str,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Fetch a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            sid: The SID of the Flex Plugin Version resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "GET",
            expand_path(
                "/PluginService/Plugins/{PluginSid}/Versions/{Sid}",
                {"PluginSid": plugin_sid, "Sid": sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def archive(
        self,
        plugin_sid: str,
        sid: str,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PluginVersion:
        """Twilio Archive a Flex Plugin Version

        Args:
            plugin_sid: The SID of the Flex Plugin the resource belongs to.
            sid: The SID of the Flex Plugin Version resource.
            flex_metadata: The Flex-Metadata HTTP request header
        """
        return await self._request(
            "POST",
            expand_path(
                "/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive",
                {"PluginSid": plugin_sid, "Sid": sid},
            ),
            headers={"Flex-Metadata": flex_metadata},
            errors={"default": TwilioError._parse},
            cast=PluginVersion.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPluginVersionsWithRawResponse:
    """The methods of ``AsyncPluginVersions``, returning the raw response."""

    def __init__(self, resource: AsyncPluginVersions) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.archive = async_to_raw_response(resource.archive)


class AsyncPluginVersionsWithStreamingResponse:
    """The methods of ``AsyncPluginVersions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPluginVersions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.archive = async_to_streamed_response(resource.archive)
