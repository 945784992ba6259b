"""The search contract both engines implement, and the choice between them.

`get_engine()` answers with the database engine unless `ELASTICSEARCH_URL` is set; then it
answers with the Elasticsearch engine wrapped in a `FallbackEngine`, so a cluster that is
down or slow at query time costs relevance features, never the page.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from django.conf import settings

logger = logging.getLogger(__name__)

# GuideKind values, then news and the careers pages.
TYPES = ("guide", "lesson", "script", "policy", "news", "ladder", "level")
TYPE_LABELS = {
    "guide": "Guide",
    "lesson": "Lesson",
    "script": "Call script",
    "policy": "Policy",
    "news": "News",
    "ladder": "Career ladder",
    "level": "Career level",
}
FACETS = ("type", "topic", "level", "category")


@dataclass(frozen=True)
class SearchFilters:
    types: tuple[str, ...] = ()  # any of TYPES
    topics: tuple[str, ...] = ()  # Topic slugs
    levels: tuple[str, ...] = ()  # CareerLevelPage slugs
    categories: tuple[str, ...] = ()  # NewsCategory values

    def without(self, facet):
        """These filters minus one facet's: facet counts are computed that way."""
        name = {"type": "types", "topic": "topics", "level": "levels", "category": "categories"}
        return SearchFilters(**{**self.__dict__, name[facet]: ()})

    def __bool__(self):
        return bool(self.types or self.topics or self.levels or self.categories)


@dataclass(frozen=True)
class Hit:
    page_id: int
    title: str
    type: str
    url: str
    snippet: str  # safe HTML: escaped text, matched terms in <mark>…</mark>
    date: date | None
    topics: tuple[str, ...]  # topic names
    levels: tuple[str, ...]  # level titles
    score: float
    promoted: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str  # slug / type / category value
    label: str
    count: int


@dataclass(frozen=True)
class Results:
    query: str
    hits: tuple[Hit, ...]
    total: int
    page: int
    per_page: int
    # keys: "type", "topic", "level", "category"; counts over the user's visible matching set
    # with the OTHER facets' filters applied.
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    suggestion: str | None = None  # "did you mean", when there are fewer than 3 hits
    # The query the hits are for when the engine corrected a misspelling (`query` stays what
    # the user typed); None when the words were searched as typed.
    corrected_query: str | None = None

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))


class SearchEngine(Protocol):
    name: str  # "database" | "elasticsearch"

    def search(
        self,
        query: str,
        *,
        user,
        filters: SearchFilters = SearchFilters(),  # noqa: B008 (frozen, so safe to share)
        page: int = 1,
        per_page: int = 10,
        exact: bool = False,  # search the words as typed: no spelling correction
    ) -> Results: ...

    def suggest(self, prefix: str, user, limit: int = 8) -> list[str]: ...

    def index_pages(self, pages) -> None: ...

    def remove_pages(self, page_ids) -> None: ...

    def rebuild(self) -> int: ...

    def count(self) -> int: ...


def normalise_query(text):
    """Lowercase with single spaces: how queries are logged and promotions are matched."""
    return " ".join(str(text).lower().split())


# Letters and digits, as SQLite's unicode61 tokenizer and Elasticsearch's standard one see words.
WORD = re.compile(r"[^\W_]+")


def words_of(text):
    """The words of a user's query, lowercased, in order."""
    return WORD.findall(str(text).lower())


class FallbackEngine:
    """The primary engine, or the fallback one for a request the primary cannot answer.

    Only searching and suggesting fall back. Index updates go to both engines, the fallback
    first, so the fallback is never stale; the primary's errors are raised so a broken
    cluster shows in the task log.
    """

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(
        self,
        query,
        *,
        user,
        filters=SearchFilters(),  # noqa: B008
        page=1,
        per_page=10,
        exact=False,
    ):
        options = {"user": user, "filters": filters, "page": page, "per_page": per_page}
        try:
            return self.primary.search(query, exact=exact, **options)
        except connection_errors() as error:
            log_fallback("search", error)
            return self.fallback.search(query, exact=exact, **options)

    def suggest(self, prefix, user, limit=8):
        try:
            return self.primary.suggest(prefix, user, limit=limit)
        except connection_errors() as error:
            log_fallback("suggest", error)
            return self.fallback.suggest(prefix, user, limit=limit)

    def index_pages(self, pages):
        pages = list(pages)
        self.fallback.index_pages(pages)
        return self.primary.index_pages(pages)

    def remove_pages(self, page_ids):
        page_ids = list(page_ids)
        self.fallback.remove_pages(page_ids)
        return self.primary.remove_pages(page_ids)

    def rebuild(self):
        self.fallback.rebuild()
        return self.primary.rebuild()

    def count(self):
        return self.primary.count()


def connection_errors():
    """The exceptions that mean "the cluster did not answer", imported only when needed."""
    errors = []
    try:
        from elasticsearch import exceptions as es_exceptions

        # ApiError covers a missing alias (before the first rebuild) and 5xx answers.
        errors += [
            es_exceptions.ConnectionError,
            es_exceptions.ConnectionTimeout,
            es_exceptions.TransportError,
            es_exceptions.ApiError,
        ]
    except ImportError:
        pass
    try:
        import elastic_transport

        errors += [elastic_transport.TransportError]
    except ImportError:
        pass
    return tuple(errors) or (ConnectionError,)


def log_fallback(action, error):
    logger.warning(
        "Elasticsearch could not %s (%s: %s); answering from the database engine.",
        action,
        type(error).__name__,
        error,
    )


def get_engine() -> SearchEngine:
    """The configured search engine (see the module docstring)."""
    from search.database import DatabaseEngine

    database = DatabaseEngine()
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return database
    from search.elasticsearch import ElasticsearchEngine

    return FallbackEngine(ElasticsearchEngine(), database)
