"""One module per resource (an OpenAPI tag)."""

from .articles import AsyncArticles, Articles
from .events import AsyncEvents, Events
from .repos import AsyncRepos, Repos

__all__ = [
    "Articles",
    "AsyncArticles",
    "Events",
    "AsyncEvents",
    "Repos",
    "AsyncRepos",
]
