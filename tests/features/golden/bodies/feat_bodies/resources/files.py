"""Files"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path, file_field
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import FileTypes, NOT_GIVEN, NotGiven, RawBody, Timeout, request_options
from ..models import UploadAvatarBodyMetaParam, UploadAvatarResponse

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    """Files"""

    @property
    def with_raw_response(self) -> FilesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return FilesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return FilesWithStreamingResponse(self)

    def upload_avatar(
        self,
        *,
        image: FileTypes,
        owner: str,
        meta: UploadAvatarBodyMetaParam | NotGiven = NOT_GIVEN,
        extra: Sequence[FileTypes] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UploadAvatarResponse:
        """uploadAvatar"""
        return self._request(
            "POST",
            "/avatars",
            multipart={
                "image": file_field(image, "image/png"),
                "owner": owner,
                "meta": meta,
                "extra": file_field(extra),
            },
            cast=UploadAvatarResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def put_blob(
        self,
        id: str,
        *,
        body: RawBody,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """putBlob"""
        return self._request(
            "PUT",
            expand_path("/blobs/{id}", {"id": id}),
            content=body,
            content_type="application/octet-stream",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class FilesWithRawResponse:
    """The methods of ``Files``, returning the raw response."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.upload_avatar = to_raw_response(resource.upload_avatar)
        self.put_blob = to_raw_response(resource.put_blob)


class FilesWithStreamingResponse:
    """The methods of ``Files``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.upload_avatar = to_streamed_response(resource.upload_avatar)
        self.put_blob = to_streamed_response(resource.put_blob)


class AsyncFiles(AsyncAPIResource):
    """Files"""

    @property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncFilesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncFilesWithStreamingResponse(self)

    async def upload_avatar(
        self,
        *,
        image: FileTypes,
        owner: str,
        meta: UploadAvatarBodyMetaParam | NotGiven = NOT_GIVEN,
        extra: Sequence[FileTypes] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UploadAvatarResponse:
        """uploadAvatar"""
        return await self._request(
            "POST",
            "/avatars",
            multipart={
                "image": file_field(image, "image/png"),
                "owner": owner,
                "meta": meta,
                "extra": file_field(extra),
            },
            cast=UploadAvatarResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def put_blob(
        self,
        id: str,
        *,
        body: RawBody,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """putBlob"""
        return await self._request(
            "PUT",
            expand_path("/blobs/{id}", {"id": id}),
            content=body,
            content_type="application/octet-stream",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncFilesWithRawResponse:
    """The methods of ``AsyncFiles``, returning the raw response."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.upload_avatar = async_to_raw_response(resource.upload_avatar)
        self.put_blob = async_to_raw_response(resource.put_blob)


class AsyncFilesWithStreamingResponse:
    """The methods of ``AsyncFiles``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.upload_avatar = async_to_streamed_response(resource.upload_avatar)
        self.put_blob = async_to_streamed_response(resource.put_blob)
