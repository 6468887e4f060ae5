"""Web Channels: Manage web chat channels"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._base_client import async_to_raw_response, json_body, no_content, to_raw_response
from .._encoding import expand_path
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import WebChannel

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["WebChannels", "AsyncWebChannels"]


class WebChannels:
    """Manage web chat channels"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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
    ) -> WebChannel:
        """Twilio Create a Web Channel

        Create a new web chat channel for customer interaction.

        Args:
            pre_engagement_data: JSON string with pre-engagement form data
        """
        return self._client._request(
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
            cast=WebChannel.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebChannel:
        """Twilio Fetch a Web Channel"""
        return self._client._request(
            "GET",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            cast=WebChannel.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        channel_sid: str,
        *,
        chat_status: Literal["inactive"] | NotGiven = NOT_GIVEN,
        post_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Update a Web Channel"""
        return self._client._request(
            "POST",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            form={"ChatStatus": chat_status, "PostEngagementData": post_engagement_data},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Twilio Delete a Web Channel"""
        return self._client._request(
            "DELETE",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            cast=no_content,
            timeout=timeout,
            max_retries=max_retries,
        )


class WebChannelsWithRawResponse:
    """The methods of ``WebChannels``, returning the raw response."""

    def __init__(self, resource: WebChannels) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class AsyncWebChannels:
    """Manage web chat channels"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

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
    ) -> WebChannel:
        """Twilio Create a Web Channel

        Create a new web chat channel for customer interaction.

        Args:
            pre_engagement_data: JSON string with pre-engagement form data
        """
        return await self._client._request(
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
            cast=WebChannel.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def fetch(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebChannel:
        """Twilio Fetch a Web Channel"""
        return await self._client._request(
            "GET",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            cast=WebChannel.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        channel_sid: str,
        *,
        chat_status: Literal["inactive"] | NotGiven = NOT_GIVEN,
        post_engagement_data: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Update a Web Channel"""
        return await self._client._request(
            "POST",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            form={"ChatStatus": chat_status, "PostEngagementData": post_engagement_data},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Twilio Delete a Web Channel"""
        return await self._client._request(
            "DELETE",
            expand_path("/WebChannels/{ChannelSid}", {"ChannelSid": channel_sid}),
            cast=no_content,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWebChannelsWithRawResponse:
    """The methods of ``AsyncWebChannels``, returning the raw response."""

    def __init__(self, resource: AsyncWebChannels) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
