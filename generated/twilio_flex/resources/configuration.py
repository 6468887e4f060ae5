"""Configuration: Manage Flex instance configuration"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import (
    FlexConfiguration,
    TwilioError,
    UpdateFlexConfigurationRequestTaskrouterSkillsItemParam,
)

__all__ = ["Configuration", "AsyncConfiguration"]


class Configuration(SyncAPIResource):
    """Manage Flex instance configuration"""

    @property
    def with_raw_response(self) -> ConfigurationWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ConfigurationWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ConfigurationWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ConfigurationWithStreamingResponse(self)

    def fetch(
        self,
        *,
        ui_version: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexConfiguration:
        """Twilio Fetch Flex Configuration

        Retrieve the current Flex configuration including UI attributes, enabled
        channels, and runtime settings.

        Args:
            ui_version: The Flex UI version to fetch configuration for
        """
        return self._request(
            "GET",
            "/Configuration",
            params={"UiVersion": ui_version},
            errors={"401": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        *,
        ui_attributes: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        ui_language: str | NotGiven = NOT_GIVEN,
        ui_version: str | NotGiven = NOT_GIVEN,
        runtime_domain: str | NotGiven = NOT_GIVEN,
        account_sid: str | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        taskrouter_skills: (
            Sequence[UpdateFlexConfigurationRequestTaskrouterSkillsItemParam] | NotGiven
        ) = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexConfiguration:
        """Twilio Update Flex Configuration

        Update the Flex configuration settings. The JSON body carries your account SID
        (the client fills it in: see Client(account_sid=...)) and the properties to
        change.

        A JSON-typed property such as ui_attributes is replaced whole, not merged: fetch
        the configuration first, change the value you fetched and send all of it back.

        A read-only property answers 400 with error code 45004.

        Args:
            ui_attributes: Flex UI settings (appConfig), replaced whole by the value
                you send.
            ui_language: The language of the Flex UI, e.g. en-US.
            ui_version: The pinned version of the Flex UI.
            runtime_domain: The domain of the Twilio Runtime (Functions and Assets)
                the Flex instance uses.
            account_sid: Your Twilio account SID. Defaults to the client's
                account_sid.
            call_recording_enabled: Whether calls are recorded.
            taskrouter_skills: The skills for skills-based routing, replaced whole
                by the value you send.
        """
        return self._request(
            "POST",
            "/Configuration",
            json={
                "ui_attributes": ui_attributes,
                "ui_language": ui_language,
                "ui_version": ui_version,
                "runtime_domain": runtime_domain,
                "account_sid": self._client._setting("account_sid", account_sid),
                "call_recording_enabled": call_recording_enabled,
                "taskrouter_skills": taskrouter_skills,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ConfigurationWithRawResponse:
    """The methods of ``Configuration``, returning the raw response."""

    def __init__(self, resource: Configuration) -> None:
        self._resource = resource
        self.fetch = to_raw_response(resource.fetch)
        self.update = to_raw_response(resource.update)


class ConfigurationWithStreamingResponse:
    """The methods of ``Configuration``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Configuration) -> None:
        self._resource = resource
        self.fetch = to_streamed_response(resource.fetch)
        self.update = to_streamed_response(resource.update)


class AsyncConfiguration(AsyncAPIResource):
    """Manage Flex instance configuration"""

    @property
    def with_raw_response(self) -> AsyncConfigurationWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncConfigurationWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncConfigurationWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncConfigurationWithStreamingResponse(self)

    async def fetch(
        self,
        *,
        ui_version: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexConfiguration:
        """Twilio Fetch Flex Configuration

        Retrieve the current Flex configuration including UI attributes, enabled
        channels, and runtime settings.

        Args:
            ui_version: The Flex UI version to fetch configuration for
        """
        return await self._request(
            "GET",
            "/Configuration",
            params={"UiVersion": ui_version},
            errors={"401": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        *,
        ui_attributes: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        ui_language: str | NotGiven = NOT_GIVEN,
        ui_version: str | NotGiven = NOT_GIVEN,
        runtime_domain: str | NotGiven = NOT_GIVEN,
        account_sid: str | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        taskrouter_skills: (
            Sequence[UpdateFlexConfigurationRequestTaskrouterSkillsItemParam] | NotGiven
        ) = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FlexConfiguration:
        """Twilio Update Flex Configuration

        Update the Flex configuration settings. The JSON body carries your account SID
        (the client fills it in: see Client(account_sid=...)) and the properties to
        change.

        A JSON-typed property such as ui_attributes is replaced whole, not merged: fetch
        the configuration first, change the value you fetched and send all of it back.

        A read-only property answers 400 with error code 45004.

        Args:
            ui_attributes: Flex UI settings (appConfig), replaced whole by the value
                you send.
            ui_language: The language of the Flex UI, e.g. en-US.
            ui_version: The pinned version of the Flex UI.
            runtime_domain: The domain of the Twilio Runtime (Functions and Assets)
                the Flex instance uses.
            account_sid: Your Twilio account SID. Defaults to the client's
                account_sid.
            call_recording_enabled: Whether calls are recorded.
            taskrouter_skills: The skills for skills-based routing, replaced whole
                by the value you send.
        """
        return await self._request(
            "POST",
            "/Configuration",
            json={
                "ui_attributes": ui_attributes,
                "ui_language": ui_language,
                "ui_version": ui_version,
                "runtime_domain": runtime_domain,
                "account_sid": self._client._setting("account_sid", account_sid),
                "call_recording_enabled": call_recording_enabled,
                "taskrouter_skills": taskrouter_skills,
            },
            errors={"400": TwilioError._parse, "default": TwilioError._parse},
            cast=FlexConfiguration.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncConfigurationWithRawResponse:
    """The methods of ``AsyncConfiguration``, returning the raw response."""

    def __init__(self, resource: AsyncConfiguration) -> None:
        self._resource = resource
        self.fetch = async_to_raw_response(resource.fetch)
        self.update = async_to_raw_response(resource.update)


class AsyncConfigurationWithStreamingResponse:
    """The methods of ``AsyncConfiguration``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncConfiguration) -> None:
        self._resource = resource
        self.fetch = async_to_streamed_response(resource.fetch)
        self.update = async_to_streamed_response(resource.update)
