"""Flex Flows: Manage Flex Flow routing"""

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
from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import FlexFlow, TwilioError

__all__ = ["FlexFlows", "AsyncFlexFlows"]


class FlexFlows(SyncAPIResource):
    """Manage Flex Flow routing"""

    @property
    def with_raw_response(self) -> FlexFlowsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return FlexFlowsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> FlexFlowsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return FlexFlowsWithStreamingResponse(self)

    def list(
        self,
        *,
        friendly_name: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[FlexFlow]:
        """Twilio List Flex Flows

        Retrieve a list of Flex flows that define how inbound contacts are routed.

        Args:
            friendly_name: The `friendly_name` of the Flex Flow resources to read.
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
                "/FlexFlows",
                params={
                    "FriendlyName": friendly_name,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                errors={"default": TwilioError._parse},
                items_key="flex_flows",
                cast=FlexFlow._parse,
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
        friendly_name: str,
        chat_service_sid: str,
        channel_type: Literal["web", "sms", "facebook", "whatsapp", "line", "custom"],
        contact_identity: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        integration_type: Literal["studio", "external", "task"] | NotGiven = NOT_GIVEN,
        integration_flow_sid: str | NotGiven = NOT_GIVEN,
        integration_url: str | NotGiven = NOT_GIVEN,
        integration_workspace_sid: str | NotGiven = NOT_GIVEN,
        integration_workflow_sid: str | NotGiven = NOT_GIVEN,
        integration_channel: str | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        janitor_enabled: bool | NotGiven = NOT_GIVEN,
        integration_creation_on_message: bool | NotGiven = NOT_GIVEN,
        integration_priority: int | NotGiven = NOT_GIVEN,
        integration_retry_count: int | NotGiven = NOT_GIVEN,
        integration_timeout: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Create a Flex Flow

        Args:
            friendly_name: A descriptive string that you create to describe the Flex
                Flow resource.
            chat_service_sid: The SID of the chat service.
            channel_type: The channel type.
            contact_identity: The channel contact's Identity.
            enabled: Whether the new Flex Flow is enabled.
            integration_type: The software that will handle inbound messages.
            integration_flow_sid: The SID of the Studio Flow. Required when
                `integrationType` is `studio`.
            integration_url: The URL of the external webhook. Required when
                `integrationType` is `external`.
            integration_workspace_sid: The Workspace SID for a new Task. Required
                when `integrationType` is `task`.
            integration_workflow_sid: The Workflow SID for a new Task. Required when
                `integrationType` is `task`.
            integration_channel: The Task Channel SID (TCXXXX) or unique name (e.g.,
                `sms`) to use for the Task that will be created. Applicable and
                required when `integrationType` is `task`. The default value is
                `default`.
            long_lived: When enabled, Flex will keep the chat channel active so that
                it may be used for subsequent interactions with a contact identity.
                Defaults to `false`.
            janitor_enabled: When enabled, the Messaging Channel Janitor will remove
                active Proxy sessions if the associated Task is deleted outside of
                the Flex UI. Defaults to `false`.
            integration_creation_on_message: For outbound messaging: true delays
                creating the Task until the customer answers, false creates it at
                once.
            integration_priority: The priority of a new Task (default 0). For
                integrationType task.
            integration_retry_count: How many times to retry the Studio Flow or
                webhook on failure, 0 to 3 (default 3). For integrationType studio
                or external.
            integration_timeout: The timeout of a new Task in seconds (default
                86400). For integrationType task.
        """
        return self._request(
            "POST",
            "/FlexFlows",
            form={
                "FriendlyName": friendly_name,
                "ChatServiceSid": chat_service_sid,
                "ChannelType": channel_type,
                "ContactIdentity": contact_identity,
                "Enabled": enabled,
                "IntegrationType": integration_type,
                "Integration.FlowSid": integration_flow_sid,
                "Integration.Url": integration_url,
                "Integration.WorkspaceSid": integration_workspace_sid,
                "Integration.WorkflowSid": integration_workflow_sid,
                "Integration.Channel": integration_channel,
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "Integration.Priority": integration_priority,
                "Integration.RetryCount": integration_retry_count,
                "Integration.Timeout": integration_timeout,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Fetch a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
        """
        return self._request(
            "GET",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            errors={"default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        flex_flow_sid: str,
        *,
        friendly_name: str | NotGiven = NOT_GIVEN,
        chat_service_sid: str | NotGiven = NOT_GIVEN,
        channel_type: (
            Literal["web", "sms", "facebook", "whatsapp", "line", "custom"] | NotGiven
        ) = NOT_GIVEN,
        contact_identity: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        integration_type: Literal["studio", "external", "task"] | NotGiven = NOT_GIVEN,
        integration_flow_sid: str | NotGiven = NOT_GIVEN,
        integration_url: str | NotGiven = NOT_GIVEN,
        integration_workspace_sid: str | NotGiven = NOT_GIVEN,
        integration_workflow_sid: str | NotGiven = NOT_GIVEN,
        integration_channel: str | NotGiven = NOT_GIVEN,
        integration_timeout: int | NotGiven = NOT_GIVEN,
        integration_priority: int | NotGiven = NOT_GIVEN,
        integration_creation_on_message: bool | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        janitor_enabled: bool | NotGiven = NOT_GIVEN,
        integration_retry_count: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Update a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
            friendly_name: A descriptive string that you create to describe the Flex
                Flow resource.
            chat_service_sid: The SID of the chat service.
            channel_type: The channel type.
            contact_identity: The channel contact's Identity.
            enabled: Whether the Flex Flow is enabled.
            integration_type: The software that will handle inbound messages.
            integration_flow_sid: The SID of the Studio Flow. Required when
                `integrationType` is `studio`.
            integration_url: The URL of the external webhook. Required when
                `integrationType` is `external`.
            integration_workspace_sid: The Workspace SID for a new Task. Required
                when `integrationType` is `task`.
            integration_workflow_sid: The Workflow SID for a new Task. Required when
                `integrationType` is `task`.
            integration_channel: The Task Channel SID (TCXXXX) or unique name (e.g.,
                `sms`) to use for the Task that will be created. Applicable and
                required when `integrationType` is `task`. The default value is
                `default`.
            integration_timeout: The Task timeout in seconds for a new Task. Default
                is 86,400 seconds (24 hours). Optional when `integrationType` is
                `task`.
            integration_priority: The Task priority of a new Task. The default
                priority is 0. Optional when `integrationType` is `task`.
            integration_creation_on_message: For outbound messaging: true delays
                creating the Task until the customer answers, false creates it at
                once.
            long_lived: When enabled, Flex will keep the chat channel active so that
                it may be used for subsequent interactions with a contact identity.
            janitor_enabled: When enabled, the Messaging Channel Janitor will remove
                active Proxy sessions if the associated Task is deleted outside of
                the Flex UI.
            integration_retry_count: How many times to retry the Studio Flow or
                webhook on failure, 0 to 3 (default 3). For integrationType studio
                or external.
        """
        return self._request(
            "POST",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            form={
                "FriendlyName": friendly_name,
                "ChatServiceSid": chat_service_sid,
                "ChannelType": channel_type,
                "ContactIdentity": contact_identity,
                "Enabled": enabled,
                "IntegrationType": integration_type,
                "Integration.FlowSid": integration_flow_sid,
                "Integration.Url": integration_url,
                "Integration.WorkspaceSid": integration_workspace_sid,
                "Integration.WorkflowSid": integration_workflow_sid,
                "Integration.Channel": integration_channel,
                "Integration.Timeout": integration_timeout,
                "Integration.Priority": integration_priority,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.RetryCount": integration_retry_count,
            },
            errors={"default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Twilio Delete a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
        """
        return self._request(
            "DELETE",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class FlexFlowsWithRawResponse:
    """The methods of ``FlexFlows``, returning the raw response."""

    def __init__(self, resource: FlexFlows) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class FlexFlowsWithStreamingResponse:
    """The methods of ``FlexFlows``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: FlexFlows) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.fetch = to_streamed_response(resource.fetch)
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)


class AsyncFlexFlows(AsyncAPIResource):
    """Manage Flex Flow routing"""

    @property
    def with_raw_response(self) -> AsyncFlexFlowsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncFlexFlowsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncFlexFlowsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncFlexFlowsWithStreamingResponse(self)

    def list(
        self,
        *,
        friendly_name: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[FlexFlow]:
        """Twilio List Flex Flows

        Retrieve a list of Flex flows that define how inbound contacts are routed.

        Args:
            friendly_name: The `friendly_name` of the Flex Flow resources to read.
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
                "/FlexFlows",
                params={
                    "FriendlyName": friendly_name,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                errors={"default": TwilioError._parse},
                items_key="flex_flows",
                cast=FlexFlow._parse,
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
        friendly_name: str,
        chat_service_sid: str,
        channel_type: Literal["web", "sms", "facebook", "whatsapp", "line", "custom"],
        contact_identity: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        integration_type: Literal["studio", "external", "task"] | NotGiven = NOT_GIVEN,
        integration_flow_sid: str | NotGiven = NOT_GIVEN,
        integration_url: str | NotGiven = NOT_GIVEN,
        integration_workspace_sid: str | NotGiven = NOT_GIVEN,
        integration_workflow_sid: str | NotGiven = NOT_GIVEN,
        integration_channel: str | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        janitor_enabled: bool | NotGiven = NOT_GIVEN,
        integration_creation_on_message: bool | NotGiven = NOT_GIVEN,
        integration_priority: int | NotGiven = NOT_GIVEN,
        integration_retry_count: int | NotGiven = NOT_GIVEN,
        integration_timeout: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Create a Flex Flow

        Args:
            friendly_name: A descriptive string that you create to describe the Flex
                Flow resource.
            chat_service_sid: The SID of the chat service.
            channel_type: The channel type.
            contact_identity: The channel contact's Identity.
            enabled: Whether the new Flex Flow is enabled.
            integration_type: The software that will handle inbound messages.
            integration_flow_sid: The SID of the Studio Flow. Required when
                `integrationType` is `studio`.
            integration_url: The URL of the external webhook. Required when
                `integrationType` is `external`.
            integration_workspace_sid: The Workspace SID for a new Task. Required
                when `integrationType` is `task`.
            integration_workflow_sid: The Workflow SID for a new Task. Required when
                `integrationType` is `task`.
            integration_channel: The Task Channel SID (TCXXXX) or unique name (e.g.,
                `sms`) to use for the Task that will be created. Applicable and
                required when `integrationType` is `task`. The default value is
                `default`.
            long_lived: When enabled, Flex will keep the chat channel active so that
                it may be used for subsequent interactions with a contact identity.
                Defaults to `false`.
            janitor_enabled: When enabled, the Messaging Channel Janitor will remove
                active Proxy sessions if the associated Task is deleted outside of
                the Flex UI. Defaults to `false`.
            integration_creation_on_message: For outbound messaging: true delays
                creating the Task until the customer answers, false creates it at
                once.
            integration_priority: The priority of a new Task (default 0). For
                integrationType task.
            integration_retry_count: How many times to retry the Studio Flow or
                webhook on failure, 0 to 3 (default 3). For integrationType studio
                or external.
            integration_timeout: The timeout of a new Task in seconds (default
                86400). For integrationType task.
        """
        return await self._request(
            "POST",
            "/FlexFlows",
            form={
                "FriendlyName": friendly_name,
                "ChatServiceSid": chat_service_sid,
                "ChannelType": channel_type,
                "ContactIdentity": contact_identity,
                "Enabled": enabled,
                "IntegrationType": integration_type,
                "Integration.FlowSid": integration_flow_sid,
                "Integration.Url": integration_url,
                "Integration.WorkspaceSid": integration_workspace_sid,
                "Integration.WorkflowSid": integration_workflow_sid,
                "Integration.Channel": integration_channel,
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "Integration.Priority": integration_priority,
                "Integration.RetryCount": integration_retry_count,
                "Integration.Timeout": integration_timeout,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Fetch a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
        """
        return await self._request(
            "GET",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            errors={"default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        flex_flow_sid: str,
        *,
        friendly_name: str | NotGiven = NOT_GIVEN,
        chat_service_sid: str | NotGiven = NOT_GIVEN,
        channel_type: (
            Literal["web", "sms", "facebook", "whatsapp", "line", "custom"] | NotGiven
        ) = NOT_GIVEN,
        contact_identity: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        integration_type: Literal["studio", "external", "task"] | NotGiven = NOT_GIVEN,
        integration_flow_sid: str | NotGiven = NOT_GIVEN,
        integration_url: str | NotGiven = NOT_GIVEN,
        integration_workspace_sid: str | NotGiven = NOT_GIVEN,
        integration_workflow_sid: str | NotGiven = NOT_GIVEN,
        integration_channel: str | NotGiven = NOT_GIVEN,
        integration_timeout: int | NotGiven = NOT_GIVEN,
        integration_priority: int | NotGiven = NOT_GIVEN,
        integration_creation_on_message: bool | NotGiven = NOT_GIVEN,
        long_lived: bool | NotGiven = NOT_GIVEN,
        janitor_enabled: bool | NotGiven = NOT_GIVEN,
        integration_retry_count: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexFlow:
        """Twilio Update a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
            friendly_name: A descriptive string that you create to describe the Flex
                Flow resource.
            chat_service_sid: The SID of the chat service.
            channel_type: The channel type.
            contact_identity: The channel contact's Identity.
            enabled: Whether the Flex Flow is enabled.
            integration_type: The software that will handle inbound messages.
            integration_flow_sid: The SID of the Studio Flow. Required when
                `integrationType` is `studio`.
            integration_url: The URL of the external webhook. Required when
                `integrationType` is `external`.
            integration_workspace_sid: The Workspace SID for a new Task. Required
                when `integrationType` is `task`.
            integration_workflow_sid: The Workflow SID for a new Task. Required when
                `integrationType` is `task`.
            integration_channel: The Task Channel SID (TCXXXX) or unique name (e.g.,
                `sms`) to use for the Task that will be created. Applicable and
                required when `integrationType` is `task`. The default value is
                `default`.
            integration_timeout: The Task timeout in seconds for a new Task. Default
                is 86,400 seconds (24 hours). Optional when `integrationType` is
                `task`.
            integration_priority: The Task priority of a new Task. The default
                priority is 0. Optional when `integrationType` is `task`.
            integration_creation_on_message: For outbound messaging: true delays
                creating the Task until the customer answers, false creates it at
                once.
            long_lived: When enabled, Flex will keep the chat channel active so that
                it may be used for subsequent interactions with a contact identity.
            janitor_enabled: When enabled, the Messaging Channel Janitor will remove
                active Proxy sessions if the associated Task is deleted outside of
                the Flex UI.
            integration_retry_count: How many times to retry the Studio Flow or
                webhook on failure, 0 to 3 (default 3). For integrationType studio
                or external.
        """
        return await self._request(
            "POST",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            form={
                "FriendlyName": friendly_name,
                "ChatServiceSid": chat_service_sid,
                "ChannelType": channel_type,
                "ContactIdentity": contact_identity,
                "Enabled": enabled,
                "IntegrationType": integration_type,
                "Integration.FlowSid": integration_flow_sid,
                "Integration.Url": integration_url,
                "Integration.WorkspaceSid": integration_workspace_sid,
                "Integration.WorkflowSid": integration_workflow_sid,
                "Integration.Channel": integration_channel,
                "Integration.Timeout": integration_timeout,
                "Integration.Priority": integration_priority,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.RetryCount": integration_retry_count,
            },
            errors={"default": TwilioError._parse},
            cast=FlexFlow.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Twilio Delete a Flex Flow

        Args:
            flex_flow_sid: The SID of the Flex Flow resource.
        """
        return await self._request(
            "DELETE",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            errors={"default": TwilioError._parse},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncFlexFlowsWithRawResponse:
    """The methods of ``AsyncFlexFlows``, returning the raw response."""

    def __init__(self, resource: AsyncFlexFlows) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)


class AsyncFlexFlowsWithStreamingResponse:
    """The methods of ``AsyncFlexFlows``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncFlexFlows) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.fetch = async_to_streamed_response(resource.fetch)
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)
