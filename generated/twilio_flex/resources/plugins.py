"""Plugins: Manage Flex plugins"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base_client import async_to_raw_response, json_body, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Plugins", "AsyncPlugins"]


class Plugins:
    """Manage Flex plugins"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Flex Plugins"""
        return self._client._request(
            "GET",
            "/PluginService/Plugins",
            params={"PageSize": page_size},
            headers={"FlexMetadata": flex_metadata},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        unique_name: str,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Create a Flex Plugin"""
        return self._client._request(
            "POST",
            "/PluginService/Plugins",
            form={
                "UniqueName": unique_name,
                "FriendlyName": friendly_name,
                "Description": description,
            },
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class PluginsWithRawResponse:
    """The methods of ``Plugins``, returning the raw response."""

    def __init__(self, resource: Plugins) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncPlugins:
    """Manage Flex plugins"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        flex_metadata: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Flex Plugins"""
        return await self._client._request(
            "GET",
            "/PluginService/Plugins",
            params={"PageSize": page_size},
            headers={"FlexMetadata": flex_metadata},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        unique_name: str,
        friendly_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Create a Flex Plugin"""
        return await self._client._request(
            "POST",
            "/PluginService/Plugins",
            form={
                "UniqueName": unique_name,
                "FriendlyName": friendly_name,
                "Description": description,
            },
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPluginsWithRawResponse:
    """The methods of ``AsyncPlugins``, returning the raw response."""

    def __init__(self, resource: AsyncPlugins) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
