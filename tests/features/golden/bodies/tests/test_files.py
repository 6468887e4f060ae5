"""Conformance tests for Files, generated from the spec.

Each operation: one call with schema-valid arguments, checking the exact
request on the wire and that the answer is parsed into the model; each
documented error answer and the error it raises; for a list, a walk of two
pages (in live mode, of every page); against a server, the spec's limits:
the requests it forbids, each of which the server must refuse, and those at
the edge of what it allows (largest values, longest and non-ASCII text,
optional arguments left out), which it must take.
"""

from __future__ import annotations

from _conformance import Harness

# Answers more than one test sends.
ERROR_400 = {"message": "bad request"}


def test_upload_avatar(api: Harness) -> None:
    api.begin("uploadAvatar", plan={"kind": "account"})
    api.respond(201, {"id": "id-1"})
    result = api.call(
        lambda client: client.files.upload_avatar(
            image=("upload.bin", b"file-content", "application/octet-stream"),
            owner="owner-1",
            meta={"alt": "alt-1"},
            extra=[("upload.bin", b"file-content", "application/octet-stream")],
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/avatars",
            "query": [],
            "headers": {},
            "multipart": [
                ("image", "upload.bin", "application/octet-stream", "file-content"),
                ("owner", None, None, "owner-1"),
                ("meta", None, "application/json", '{"alt":"alt-1"}'),
                ("extra", "upload.bin", "application/octet-stream", "file-content"),
            ],
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1avatars/post/responses/201/content/application~1json/schema"
    )


def test_upload_avatar_answers_400(api: Harness) -> None:
    api.begin("uploadAvatar")
    api.expect_error(
        lambda client: client.files.upload_avatar(
            image=("upload.bin", b"file-content", "application/octet-stream"),
            owner="owner-1",
            meta={"alt": "alt-1"},
            extra=[("upload.bin", b"file-content", "application/octet-stream")],
        ),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_upload_avatar_at_the_spec_limits(api: Harness) -> None:
    api.begin("uploadAvatar", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.files.upload_avatar(
            image=("upload.bin", b"file-content", "application/octet-stream"),
            owner="owner-1",
            meta={"alt": "alt-1"},
            extra=[("upload.bin", b"file-content", "application/octet-stream")],
        ),
        refused=[],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.files.upload_avatar(
            image=("upload.bin", b"file-content", "application/octet-stream"), owner="owner-1"
        ),
    )


def test_put_blob(api: Harness) -> None:
    api.begin("putBlob", plan={"kind": "account", "find": None})
    api.respond(204, None)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.files.put_blob(values[0], body=b"raw-content"))
    api.expect_request(
        {
            "method": "PUT",
            "path": "/blobs/id-1",
            "query": [],
            "headers": {},
            "content": b"raw-content",
            "content_type": "application/octet-stream",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_put_blob_answers_400(api: Harness) -> None:
    api.begin("putBlob")
    api.expect_error(
        lambda client: client.files.put_blob("id-1", body=b"raw-content"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )
