"""Channels: Manage Flex communication channels"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import FlexChannel, TwilioError

__all__ = ["Channels", "AsyncChannels"]


class Channels(SyncAPIResource):
    """Manage Flex communication channels"""

    @property
    def with_raw_response(self) -> ChannelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ChannelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ChannelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ChannelsWithStreamingResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[FlexChannel]:
        """Twilio List Flex Channels

        Retrieve a list of Flex channels.

        Args:
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
                "/Channels",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                errors={"default": TwilioError._parse},
                items_key="flex_chat_channels",
                cast=FlexChannel._parse,
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
        flex_flow_sid: str,
        identity: str,
        chat_user_friendly_name: str,
        chat_friendly_name: str,
        target: str | NotGiven = NOT_GIVEN,
        chat_unique_name: str | NotGiven = NOT_GIVEN,
        pre_engagement_data: str | NotGiven = NOT_GIVEN,
        task_sid: str | NotGiven = NOT_GIVEN,
        task_attributes: str | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexChannel:
        """Twilio Create a Flex Channel

        Create a new Flex channel for handling a customer interaction.

        Args:
            flex_flow_sid: The SID of the Flex Flow.
            identity: The `identity` value that uniquely identifies the new
                resource's chat User.
            chat_user_friendly_name: The chat participant's friendly name.
            chat_friendly_name: The chat channel's friendly name.
            target: The Target Contact Identity, for example the phone number of an
                SMS.
            chat_unique_name: The chat channel's unique name.
            pre_engagement_data: The pre-engagement data.
            task_sid: The SID of the TaskRouter Task. Only valid when integration
                type is `task`. `null` for integration types `studio` & `external`
            task_attributes: The Task attributes to be added for the TaskRouter
                Task.
            long_lived: Whether to create the channel as long-lived.
        """
        return self._request(
            "POST",
            "/Channels",
            form={
                "FlexFlowSid": flex_flow_sid,
                "Identity": identity,
                "ChatUserFriendlyName": chat_user_friendly_name,
                "ChatFriendlyName": chat_friendly_name,
                "Target": target,
                "ChatUniqueName": chat_unique_name,
                "PreEngagementData": pre_engagement_data,
                "TaskSid": task_sid,
                "TaskAttributes": task_attributes,
                "LongLived": long_lived,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexChannel:
        """Twilio Fetch a Flex Channel

        Args:
            channel_sid: The SID of the Flex chat channel resource.
        """
        return self._request(
            "GET",
            expand_path("/Channels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"404": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Twilio Delete a Flex Channel

        Args:
            channel_sid: The SID of the Flex chat channel resource.
        """
        return self._request(
            "DELETE",
            expand_path("/Channels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ChannelsWithRawResponse:
    """The methods of ``Channels``, returning the raw response."""

    def __init__(self, resource: Channels) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.delete = to_raw_response(resource.delete)


class ChannelsWithStreamingResponse:
    """The methods of ``Channels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Channels) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.delete = to_streamed_response(resource.delete)


class AsyncChannels(AsyncAPIResource):
    """Manage Flex communication channels"""

    @property
    def with_raw_response(self) -> AsyncChannelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncChannelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncChannelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncChannelsWithStreamingResponse(self)

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[FlexChannel]:
        """Twilio List Flex Channels

        Retrieve a list of Flex channels.

        Args:
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
                "/Channels",
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                errors={"default": TwilioError._parse},
                items_key="flex_chat_channels",
                cast=FlexChannel._parse,
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
        flex_flow_sid: str,
        identity: str,
        chat_user_friendly_name: str,
        chat_friendly_name: str,
        target: str | NotGiven = NOT_GIVEN,
        chat_unique_name: str | NotGiven = NOT_GIVEN,
        pre_engagement_data: str | NotGiven = NOT_GIVEN,
        task_sid: str | NotGiven = NOT_GIVEN,
        task_attributes: str | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexChannel:
        """Twilio Create a Flex Channel

        Create a new Flex channel for handling a customer interaction.

        Args:
            flex_flow_sid: The SID of the Flex Flow.
            identity: The `identity` value that uniquely identifies the new
                resource's chat User.
            chat_user_friendly_name: The chat participant's friendly name.
            chat_friendly_name: The chat channel's friendly name.
            target: The Target Contact Identity, for example the phone number of an
                SMS.
            chat_unique_name: The chat channel's unique name.
            pre_engagement_data: The pre-engagement data.
            task_sid: The SID of the TaskRouter Task. Only valid when integration
                type is `task`. `null` for integration types `studio` & `external`
            task_attributes: The Task attributes to be added for the TaskRouter
                Task.
            long_lived: Whether to create the channel as long-lived.
        """
        return await self._request(
            "POST",
            "/Channels",
            form={
                "FlexFlowSid": flex_flow_sid,
                "Identity": identity,
                "ChatUserFriendlyName": chat_user_friendly_name,
                "ChatFriendlyName": chat_friendly_name,
                "Target": target,
                "ChatUniqueName": chat_unique_name,
                "PreEngagementData": pre_engagement_data,
                "TaskSid": task_sid,
                "TaskAttributes": task_attributes,
                "LongLived": long_lived,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexChannel:
        """Twilio Fetch a Flex Channel

        Args:
            channel_sid: The SID of the Flex chat channel resource.
        """
        return await self._request(
            "GET",
            expand_path("/Channels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"404": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Twilio Delete a Flex Channel

        Args:
            channel_sid: The SID of the Flex chat channel resource.
        """
        return await self._request(
            "DELETE",
            expand_path("/Channels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncChannelsWithRawResponse:
    """The methods of ``AsyncChannels``, returning the raw response."""

    def __init__(self, resource: AsyncChannels) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.delete = async_to_raw_response(resource.delete)


class AsyncChannelsWithStreamingResponse:
    """The methods of ``AsyncChannels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncChannels) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.delete = async_to_streamed_response(resource.delete)
