"""Flex Flows: Manage Flex Flow routing"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._base_client import (
    PageRequest,
    async_to_raw_response,
    json_body,
    no_content,
    to_raw_response,
)
from .._encoding import expand_path
from .._pagination import AsyncPager, SyncPager
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..models import FlexFlow

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["FlexFlows", "AsyncFlexFlows"]


class FlexFlows:
    """Manage Flex Flow routing"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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
    ) -> SyncPager[FlexFlow]:
        """Twilio List Flex Flows

        Retrieve a list of Flex flows that define how inbound contacts are routed.

        Args:
            page: The page index. This value is simply for client state.
            page_token: The page token. This is provided by the API.

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return self._client._list(
            PageRequest(
                "/FlexFlows",
                params={
                    "FriendlyName": friendly_name,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                headers={},
                items_key="flex_flows",
                cast=FlexFlow.from_dict,
                timeout=timeout,
                max_retries=max_retries,
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
    ) -> FlexFlow:
        """Twilio Create a Flex Flow

        Args:
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
        return self._client._request(
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
            cast=FlexFlow.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FlexFlow:
        """Twilio Fetch a Flex Flow"""
        return self._client._request(
            "GET",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            cast=FlexFlow.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        flex_flow_sid: str,
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
    ) -> Any:
        """Twilio Update a Flex Flow

        Args:
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
        return self._client._request(
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
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "Integration.Priority": integration_priority,
                "Integration.RetryCount": integration_retry_count,
                "Integration.Timeout": integration_timeout,
            },
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Twilio Delete a Flex Flow"""
        return self._client._request(
            "DELETE",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            cast=no_content,
            timeout=timeout,
            max_retries=max_retries,
        )


class FlexFlowsWithRawResponse:
    """The methods of ``FlexFlows``, returning the raw response."""

    def __init__(self, resource: FlexFlows) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class AsyncFlexFlows:
    """Manage Flex Flow routing"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

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
    ) -> AsyncPager[FlexFlow]:
        """Twilio List Flex Flows

        Retrieve a list of Flex flows that define how inbound contacts are routed.

        Args:
            page: The page index. This value is simply for client state.
            page_token: The page token. This is provided by the API.

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return self._client._list(
            PageRequest(
                "/FlexFlows",
                params={
                    "FriendlyName": friendly_name,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                headers={},
                items_key="flex_flows",
                cast=FlexFlow.from_dict,
                timeout=timeout,
                max_retries=max_retries,
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
    ) -> FlexFlow:
        """Twilio Create a Flex Flow

        Args:
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
        return await self._client._request(
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
            cast=FlexFlow.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def fetch(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FlexFlow:
        """Twilio Fetch a Flex Flow"""
        return await self._client._request(
            "GET",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            cast=FlexFlow.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        flex_flow_sid: str,
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
    ) -> Any:
        """Twilio Update a Flex Flow

        Args:
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
        return await self._client._request(
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
                "LongLived": long_lived,
                "JanitorEnabled": janitor_enabled,
                "Integration.CreationOnMessage": integration_creation_on_message,
                "Integration.Priority": integration_priority,
                "Integration.RetryCount": integration_retry_count,
                "Integration.Timeout": integration_timeout,
            },
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        flex_flow_sid: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Twilio Delete a Flex Flow"""
        return await self._client._request(
            "DELETE",
            expand_path("/FlexFlows/{FlexFlowSid}", {"FlexFlowSid": flex_flow_sid}),
            cast=no_content,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFlexFlowsWithRawResponse:
    """The methods of ``AsyncFlexFlows``, returning the raw response."""

    def __init__(self, resource: AsyncFlexFlows) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
