"""Interactions: Manage customer interactions"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._base_client import async_to_raw_response, json_body, to_raw_response
from .._encoding import expand_path
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import CreateInteractionChannelParam, CreateInteractionRoutingParam, Interaction

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Interactions", "AsyncInteractions"]


class Interactions:
    """Manage customer interactions"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        channel: CreateInteractionChannelParam,
        routing: CreateInteractionRoutingParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Interaction:
        """Twilio Create an Interaction

        Create a new customer interaction. An interaction represents a complete customer
        engagement that may span multiple channels.
        """
        return self._client._request(
            "POST",
            "/Interactions",
            json={"channel": channel, "routing": routing},
            cast=Interaction.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Interaction:
        """Twilio Fetch an Interaction"""
        return self._client._request(
            "GET",
            expand_path("/Interactions/{InteractionSid}", {"InteractionSid": interaction_sid}),
            cast=Interaction.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_channels(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Interaction Channels"""
        return self._client._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels", {"InteractionSid": interaction_sid}
            ),
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Fetch an Interaction Channel"""
        return self._client._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        status: Literal["closed", "wrapup"] | NotGiven = NOT_GIVEN,
        routing: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Update an Interaction Channel

        Update the status or routing of an interaction channel.
        """
        return self._client._request(
            "POST",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            json={"status": status, "routing": routing},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class InteractionsWithRawResponse:
    """The methods of ``Interactions``, returning the raw response."""

    def __init__(self, resource: Interactions) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.list_channels = to_raw_response(resource.list_channels)
        self.fetch_channel = to_raw_response(resource.fetch_channel)
        self.update_channel = to_raw_response(resource.update_channel)


class AsyncInteractions:
    """Manage customer interactions"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        channel: CreateInteractionChannelParam,
        routing: CreateInteractionRoutingParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Interaction:
        """Twilio Create an Interaction

        Create a new customer interaction. An interaction represents a complete customer
        engagement that may span multiple channels.
        """
        return await self._client._request(
            "POST",
            "/Interactions",
            json={"channel": channel, "routing": routing},
            cast=Interaction.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def fetch(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Interaction:
        """Twilio Fetch an Interaction"""
        return await self._client._request(
            "GET",
            expand_path("/Interactions/{InteractionSid}", {"InteractionSid": interaction_sid}),
            cast=Interaction.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_channels(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Interaction Channels"""
        return await self._client._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels", {"InteractionSid": interaction_sid}
            ),
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def fetch_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Fetch an Interaction Channel"""
        return await self._client._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        status: Literal["closed", "wrapup"] | NotGiven = NOT_GIVEN,
        routing: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Update an Interaction Channel

        Update the status or routing of an interaction channel.
        """
        return await self._client._request(
            "POST",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            json={"status": status, "routing": routing},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInteractionsWithRawResponse:
    """The methods of ``AsyncInteractions``, returning the raw response."""

    def __init__(self, resource: AsyncInteractions) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.list_channels = async_to_raw_response(resource.list_channels)
        self.fetch_channel = async_to_raw_response(resource.fetch_channel)
        self.update_channel = async_to_raw_response(resource.update_channel)
