"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .articles import (
        Articles as Articles,
        ArticlesWithRawResponse as ArticlesWithRawResponse,
        ArticlesWithStreamingResponse as ArticlesWithStreamingResponse,
    )
    from .articles import (
        AsyncArticles as AsyncArticles,
        AsyncArticlesWithRawResponse as AsyncArticlesWithRawResponse,
        AsyncArticlesWithStreamingResponse as AsyncArticlesWithStreamingResponse,
    )
    from .events import (
        Events as Events,
        EventsWithRawResponse as EventsWithRawResponse,
        EventsWithStreamingResponse as EventsWithStreamingResponse,
    )
    from .events import (
        AsyncEvents as AsyncEvents,
        AsyncEventsWithRawResponse as AsyncEventsWithRawResponse,
        AsyncEventsWithStreamingResponse as AsyncEventsWithStreamingResponse,
    )
    from .repos import (
        Repos as Repos,
        ReposWithRawResponse as ReposWithRawResponse,
        ReposWithStreamingResponse as ReposWithStreamingResponse,
    )
    from .repos import (
        AsyncRepos as AsyncRepos,
        AsyncReposWithRawResponse as AsyncReposWithRawResponse,
        AsyncReposWithStreamingResponse as AsyncReposWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Articles": "articles",
    "ArticlesWithRawResponse": "articles",
    "ArticlesWithStreamingResponse": "articles",
    "AsyncArticles": "articles",
    "AsyncArticlesWithRawResponse": "articles",
    "AsyncArticlesWithStreamingResponse": "articles",
    "Events": "events",
    "EventsWithRawResponse": "events",
    "EventsWithStreamingResponse": "events",
    "AsyncEvents": "events",
    "AsyncEventsWithRawResponse": "events",
    "AsyncEventsWithStreamingResponse": "events",
    "Repos": "repos",
    "ReposWithRawResponse": "repos",
    "ReposWithStreamingResponse": "repos",
    "AsyncRepos": "repos",
    "AsyncReposWithRawResponse": "repos",
    "AsyncReposWithStreamingResponse": "repos",
}

__all__ = [
    "Articles",
    "AsyncArticles",
    "Events",
    "AsyncEvents",
    "Repos",
    "AsyncRepos",
]


def __getattr__(name: str) -> Any:
    # Only local names and dunders here: importing a resource's module sets
    # its name in this module's globals, and a tag may well be "getattr".
    import importlib
    import sys

    if name in _MODULES:
        value = importlib.import_module(f"{__name__}.{_MODULES[name]}").__dict__[name]
        sys.modules[__name__].__dict__[name] = value  # found directly from now on
        return value
    if name in _MODULES.values():
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
