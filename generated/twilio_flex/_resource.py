"""The base of every generated resource (one tag of the spec): what its
methods send their calls through.

A resource's methods call ``self._request(...)``, the one seam between the
generated code and the request pipeline (``_base_client``); lists hand
``self._client`` to their pager. This module depends on the client, never
the reverse.
"""

from __future__ import annotations

from ._base_client import AsyncAPIClient, SyncAPIClient


class SyncAPIResource:
    """A group of methods of a ``Client``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._request = client._request


class AsyncAPIResource:
    """A group of methods of an ``AsyncClient``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._request = client._request
