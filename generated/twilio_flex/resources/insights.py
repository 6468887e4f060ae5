"""Insights: Access Flex Insights questionnaires and assessments"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import InsightsQuestionnaire, TwilioError

__all__ = ["Insights", "AsyncInsights"]


class Insights(SyncAPIResource):
    """Access Flex Insights questionnaires and assessments"""

    @property
    def with_raw_response(self) -> InsightsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return InsightsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> InsightsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return InsightsWithStreamingResponse(self)

    def list_questionnaires(
        self,
        *,
        token: str | NotGiven = NOT_GIVEN,
        include_inactive: bool | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[InsightsQuestionnaire]:
        """Twilio List Questionnaires

        Args:
            token: A Flex Insights token, when calling on behalf of a Flex user.
            include_inactive: Flag indicating whether to include inactive
                questionnaires or not
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
                "/Insights/QualityManagement/Questionnaires",
                params={
                    "IncludeInactive": include_inactive,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                headers={"Token": token},
                errors={"default": TwilioError._parse},
                items_key="questionnaires",
                cast=InsightsQuestionnaire._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    def create_questionnaire(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        question_sids: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InsightsQuestionnaire:
        """Twilio Create a Questionnaire

        Args:
            name: The name of this questionnaire
            description: The description of this questionnaire
            active: The flag to enable or disable questionnaire
            question_sids: The list of questions sids under a questionnaire
        """
        return self._request(
            "POST",
            "/Insights/QualityManagement/Questionnaires",
            form={
                "Name": name,
                "Description": description,
                "Active": active,
                "QuestionSids": question_sids,
            },
            errors={"default": TwilioError._parse},
            cast=InsightsQuestionnaire.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class InsightsWithRawResponse:
    """The methods of ``Insights``, returning the raw response."""

    def __init__(self, resource: Insights) -> None:
        self._resource = resource
        self.list_questionnaires = to_raw_page(resource.list_questionnaires)
        self.create_questionnaire = to_raw_response(resource.create_questionnaire)


class InsightsWithStreamingResponse:
    """The methods of ``Insights``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Insights) -> None:
        self._resource = resource
        self.create_questionnaire = to_streamed_response(resource.create_questionnaire)


class AsyncInsights(AsyncAPIResource):
    """Access Flex Insights questionnaires and assessments"""

    @property
    def with_raw_response(self) -> AsyncInsightsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncInsightsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncInsightsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncInsightsWithStreamingResponse(self)

    def list_questionnaires(
        self,
        *,
        token: str | NotGiven = NOT_GIVEN,
        include_inactive: bool | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[InsightsQuestionnaire]:
        """Twilio List Questionnaires

        Args:
            token: A Flex Insights token, when calling on behalf of a Flex user.
            include_inactive: Flag indicating whether to include inactive
                questionnaires or not
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
                "/Insights/QualityManagement/Questionnaires",
                params={
                    "IncludeInactive": include_inactive,
                    "PageSize": page_size,
                    "Page": page,
                    "PageToken": page_token,
                },
                headers={"Token": token},
                errors={"default": TwilioError._parse},
                items_key="questionnaires",
                cast=InsightsQuestionnaire._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("PageSize", 1000),
            ),
            limit,
        )

    async def create_questionnaire(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        question_sids: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InsightsQuestionnaire:
        """Twilio Create a Questionnaire

        Args:
            name: The name of this questionnaire
            description: The description of this questionnaire
            active: The flag to enable or disable questionnaire
            question_sids: The list of questions sids under a questionnaire
        """
        return await self._request(
            "POST",
            "/Insights/QualityManagement/Questionnaires",
            form={
                "Name": name,
                "Description": description,
                "Active": active,
                "QuestionSids": question_sids,
            },
            errors={"default": TwilioError._parse},
            cast=InsightsQuestionnaire.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncInsightsWithRawResponse:
    """The methods of ``AsyncInsights``, returning the raw response."""

    def __init__(self, resource: AsyncInsights) -> None:
        self._resource = resource
        self.list_questionnaires = async_to_raw_page(resource.list_questionnaires)
        self.create_questionnaire = async_to_raw_response(resource.create_questionnaire)


class AsyncInsightsWithStreamingResponse:
    """The methods of ``AsyncInsights``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncInsights) -> None:
        self._resource = resource
        self.create_questionnaire = async_to_streamed_response(resource.create_questionnaire)
