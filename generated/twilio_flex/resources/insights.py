"""Insights: Access Flex Insights questionnaires and assessments"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base_client import async_to_raw_response, json_body, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Insights", "AsyncInsights"]


class Insights:
    """Access Flex Insights questionnaires and assessments"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_questionnaires(
        self,
        *,
        token: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Questionnaires"""
        return self._client._request(
            "GET",
            "/Insights/QualityManagement/Questionnaires",
            headers={"Token": token},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_questionnaire(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Create a Questionnaire"""
        return self._client._request(
            "POST",
            "/Insights/QualityManagement/Questionnaires",
            form={"Name": name, "Description": description, "Active": active},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class InsightsWithRawResponse:
    """The methods of ``Insights``, returning the raw response."""

    def __init__(self, resource: Insights) -> None:
        self._resource = resource
        self.list_questionnaires = to_raw_response(resource.list_questionnaires)
        self.create_questionnaire = to_raw_response(resource.create_questionnaire)


class AsyncInsights:
    """Access Flex Insights questionnaires and assessments"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_questionnaires(
        self,
        *,
        token: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio List Questionnaires"""
        return await self._client._request(
            "GET",
            "/Insights/QualityManagement/Questionnaires",
            headers={"Token": token},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_questionnaire(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Twilio Create a Questionnaire"""
        return await self._client._request(
            "POST",
            "/Insights/QualityManagement/Questionnaires",
            form={"Name": name, "Description": description, "Active": active},
            cast=json_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInsightsWithRawResponse:
    """The methods of ``AsyncInsights``, returning the raw response."""

    def __init__(self, resource: AsyncInsights) -> None:
        self._resource = resource
        self.list_questionnaires = async_to_raw_response(resource.list_questionnaires)
        self.create_questionnaire = async_to_raw_response(resource.create_questionnaire)
