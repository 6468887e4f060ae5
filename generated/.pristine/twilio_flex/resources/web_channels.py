"""Web Channels: Manage web chat channels"""

from __future__ import annotations

from typing import Any, Literal, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import TwilioError, WebChannel

__all__ = ["WebChannels", "AsyncWebChannels"]


class WebChannels(SyncAPIResource):
    """Manage web chat channels"""

    @property
    def with_raw_response(self) -> WebChannelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return WebChannelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> WebChannelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return WebChannelsWithStreamingResponse(self)

    def create(
        self,
        *,
        flex_flow_sid: str,
        identity: str,
        customer_friendly_name: str,
        chat_friendly_name: str,
        chat_unique_name: str | NotGiven = NOT_GIVEN,
        pre_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WebChannel:
        """Twilio Create a Web Channel

        Create a new web chat channel for customer interaction.

        Args:
            flex_flow_sid: The SID of the Flex Flow.
            identity: The chat identity.
            customer_friendly_name: The chat participant's friendly name.
            chat_friendly_name: The chat channel's friendly name.
            chat_unique_name: The chat channel's unique name.
            pre_engagement_data: JSON string with pre-engagement form data
        """
        return self._request(
            "POST",
            "/WebChannels",
            form={
                "FlexFlowSid": flex_flow_sid,
                "Identity": identity,
                "CustomerFriendlyName": customer_friendly_name,
                "ChatFriendlyName": chat_friendly_name,
                "ChatUniqueName": chat_unique_name,
                "PreEngagementData": pre_engagement_data,
            },
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
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
    ) -> WebChannel:
        """Twilio Fetch a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
        """
        return self._request(
            "GET",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        channel_sid: str,
        *,
        chat_status: Literal["inactive"] | NotGiven = NOT_GIVEN,
        post_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WebChannel:
        """Twilio Update a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
            chat_status: The chat status; `inactive` closes the chat.
            post_engagement_data: The post-engagement data.
        """
        return self._request(
            "POST",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            form={"ChatStatus": chat_status, "PostEngagementData": post_engagement_data},
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
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
        """Twilio Delete a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
        """
        return self._request(
            "DELETE",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class WebChannelsWithRawResponse:
    """The methods of ``WebChannels``, returning the raw response."""

    def __init__(self, resource: WebChannels) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class WebChannelsWithStreamingResponse:
    """The methods of ``WebChannels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: WebChannels) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)


class AsyncWebChannels(AsyncAPIResource):
    """Manage web chat channels"""

    @property
    def with_raw_response(self) -> AsyncWebChannelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncWebChannelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncWebChannelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncWebChannelsWithStreamingResponse(self)

    async def create(
        self,
        *,
        flex_flow_sid: str,
        identity: str,
        customer_friendly_name: str,
        chat_friendly_name: str,
        chat_unique_name: str | NotGiven = NOT_GIVEN,
        pre_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WebChannel:
        """Twilio Create a Web Channel

        Create a new web chat channel for customer interaction.

        Args:
            flex_flow_sid: The SID of the Flex Flow.
            identity: The chat identity.
            customer_friendly_name: The chat participant's friendly name.
            chat_friendly_name: The chat channel's friendly name.
            chat_unique_name: The chat channel's unique name.
            pre_engagement_data: JSON string with pre-engagement form data
        """
        return await self._request(
            "POST",
            "/WebChannels",
            form={
                "FlexFlowSid": flex_flow_sid,
                "Identity": identity,
                "CustomerFriendlyName": customer_friendly_name,
                "ChatFriendlyName": chat_friendly_name,
                "ChatUniqueName": chat_unique_name,
                "PreEngagementData": pre_engagement_data,
            },
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
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
    ) -> WebChannel:
        """Twilio Fetch a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
        """
        return await self._request(
            "GET",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        channel_sid: str,
        *,
        chat_status: Literal["inactive"] | NotGiven = NOT_GIVEN,
        post_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WebChannel:
        """Twilio Update a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
            chat_status: The chat status; `inactive` closes the chat.
            post_engagement_data: The post-engagement data.
        """
        return await self._request(
            "POST",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            form={"ChatStatus": chat_status, "PostEngagementData": post_engagement_data},
            errors={"default": TwilioError._parse},
            cast=WebChannel.from_dict,
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
        """Twilio Delete a Web Channel

        Args:
            channel_sid: The SID of the WebChannel resource.
        """
        return await self._request(
            "DELETE",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncWebChannelsWithRawResponse:
    """The methods of ``AsyncWebChannels``, returning the raw response."""

    def __init__(self, resource: AsyncWebChannels) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)


class AsyncWebChannelsWithStreamingResponse:
    """The methods of ``AsyncWebChannels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncWebChannels) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)
