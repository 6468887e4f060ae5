"""Interactions: Manage customer interactions"""

from __future__ import annotations

from typing import Any, Literal, Mapping

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
from ..models import (
    CreateInteractionFormChannelParam,
    CreateInteractionFormRoutingParam,
    Interaction,
    InteractionChannel,
    TwilioError,
    UpdateInteractionChannelFormRoutingParam,
)

__all__ = ["Interactions", "AsyncInteractions"]


class Interactions(SyncAPIResource):
    """Manage customer interactions"""

    @property
    def with_raw_response(self) -> InteractionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return InteractionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> InteractionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return InteractionsWithStreamingResponse(self)

    def create(
        self,
        *,
        channel: CreateInteractionFormChannelParam,
        routing: CreateInteractionFormRoutingParam | NotGiven = NOT_GIVEN,
        interaction_context_sid: str | NotGiven = NOT_GIVEN,
        webhook_ttid: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Twilio Create an Interaction

        Create a new customer interaction. An interaction represents a complete customer
        engagement that may span multiple channels.

        Args:
            channel: The Interaction's channel: its type, who initiated it and its
                properties. Sent as JSON text.
            routing: The Interaction's routing logic: the TaskRouter properties of
                the task it creates. Sent as JSON text.
            interaction_context_sid: The Interaction context SID, for adding a
                context lookup.
            webhook_ttid: The unique identifier for the Interaction level webhook.
        """
        return self._request(
            "POST",
            "/Interactions",
            form={
                "Channel": channel,
                "Routing": routing,
                "InteractionContextSid": interaction_context_sid,
                "WebhookTtid": webhook_ttid,
            },
            errors={"default": TwilioError._parse},
            cast=Interaction.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Twilio Fetch an Interaction

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
        """
        return self._request(
            "GET",
            expand_path("/Interactions/{InteractionSid}", {"InteractionSid": interaction_sid}),
            errors={"default": TwilioError._parse},
            cast=Interaction.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_channels(
        self,
        interaction_sid: str,
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
    ) -> SyncPager[InteractionChannel]:
        """Twilio List Interaction Channels

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
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
                    "/Interactions/{InteractionSid}/Channels", {"InteractionSid": interaction_sid}
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                errors={"default": TwilioError._parse},
                items_key="channels",
                cast=InteractionChannel._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    def fetch_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InteractionChannel:
        """Twilio Fetch an Interaction Channel

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
            channel_sid: The unique string created by Twilio to identify an
                Interaction Channel resource, prefixed with UO.
        """
        return self._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            errors={"default": TwilioError._parse},
            cast=InteractionChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        status: Literal["closed", "inactive"],
        routing: UpdateInteractionChannelFormRoutingParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InteractionChannel:
        """Twilio Update an Interaction Channel

        Update the status or routing of an interaction channel.

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
            channel_sid: The unique string created by Twilio to identify an
                Interaction Channel resource, prefixed with UO.
            status: The channel's new status.
            routing: Changes the state of the channel's tasks. Required when Status
                is inactive, with status closed; otherwise all tasks are set to
                wrapping. Sent as JSON text.
        """
        return self._request(
            "POST",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            form={"Status": status, "Routing": routing},
            errors={"default": TwilioError._parse},
            cast=InteractionChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class InteractionsWithRawResponse:
    """The methods of ``Interactions``, returning the raw response."""

    def __init__(self, resource: Interactions) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.list_channels = to_raw_page(resource.list_channels)
        self.fetch_channel = to_raw_response(resource.fetch_channel)
        self.update_channel = to_raw_response(resource.update_channel)


class InteractionsWithStreamingResponse:
    """The methods of ``Interactions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Interactions) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.fetch_channel = to_streamed_response(resource.fetch_channel)
        self.update_channel = to_streamed_response(resource.update_channel)


class AsyncInteractions(AsyncAPIResource):
    """Manage customer interactions"""

    @property
    def with_raw_response(self) -> AsyncInteractionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncInteractionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncInteractionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncInteractionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        channel: CreateInteractionFormChannelParam,
        routing: CreateInteractionFormRoutingParam | NotGiven = NOT_GIVEN,
        interaction_context_sid: str | NotGiven = NOT_GIVEN,
        webhook_ttid: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Twilio Create an Interaction

        Create a new customer interaction. An interaction represents a complete customer
        engagement that may span multiple channels.

        Args:
            channel: The Interaction's channel: its type, who initiated it and its
                properties. Sent as JSON text.
            routing: The Interaction's routing logic: the TaskRouter properties of
                the task it creates. Sent as JSON text.
            interaction_context_sid: The Interaction context SID, for adding a
                context lookup.
            webhook_ttid: The unique identifier for the Interaction level webhook.
        """
        return await self._request(
            "POST",
            "/Interactions",
            form={
                "Channel": channel,
                "Routing": routing,
                "InteractionContextSid": interaction_context_sid,
                "WebhookTtid": webhook_ttid,
            },
            errors={"default": TwilioError._parse},
            cast=Interaction.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        interaction_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Twilio Fetch an Interaction

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
        """
        return await self._request(
            "GET",
            expand_path("/Interactions/{InteractionSid}", {"InteractionSid": interaction_sid}),
            errors={"default": TwilioError._parse},
            cast=Interaction.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_channels(
        self,
        interaction_sid: str,
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
    ) -> AsyncPager[InteractionChannel]:
        """Twilio List Interaction Channels

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
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
                    "/Interactions/{InteractionSid}/Channels", {"InteractionSid": interaction_sid}
                ),
                params={"PageSize": page_size, "Page": page, "PageToken": page_token},
                errors={"default": TwilioError._parse},
                items_key="channels",
                cast=InteractionChannel._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    async def fetch_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InteractionChannel:
        """Twilio Fetch an Interaction Channel

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
            channel_sid: The unique string created by Twilio to identify an
                Interaction Channel resource, prefixed with UO.
        """
        return await self._request(
            "GET",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            errors={"default": TwilioError._parse},
            cast=InteractionChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update_channel(
        self,
        interaction_sid: str,
        channel_sid: str,
        *,
        status: Literal["closed", "inactive"],
        routing: UpdateInteractionChannelFormRoutingParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InteractionChannel:
        """Twilio Update an Interaction Channel

        Update the status or routing of an interaction channel.

        Args:
            interaction_sid: The unique string created by Twilio to identify an
                Interaction resource, prefixed with KD.
            channel_sid: The unique string created by Twilio to identify an
                Interaction Channel resource, prefixed with UO.
            status: The channel's new status.
            routing: Changes the state of the channel's tasks. Required when Status
                is inactive, with status closed; otherwise all tasks are set to
                wrapping. Sent as JSON text.
        """
        return await self._request(
            "POST",
            expand_path(
                "/Interactions/{InteractionSid}/Channels/{ChannelSid}",
                {"InteractionSid": interaction_sid, "ChannelSid": channel_sid},
            ),
            form={"Status": status, "Routing": routing},
            errors={"default": TwilioError._parse},
            cast=InteractionChannel.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncInteractionsWithRawResponse:
    """The methods of ``AsyncInteractions``, returning the raw response."""

    def __init__(self, resource: AsyncInteractions) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.list_channels = async_to_raw_page(resource.list_channels)
        self.fetch_channel = async_to_raw_response(resource.fetch_channel)
        self.update_channel = async_to_raw_response(resource.update_channel)


class AsyncInteractionsWithStreamingResponse:
    """The methods of ``AsyncInteractions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncInteractions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.fetch_channel = async_to_streamed_response(resource.fetch_channel)
        self.update_channel = async_to_streamed_response(resource.update_channel)
