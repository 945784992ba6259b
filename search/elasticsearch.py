"""The Elasticsearch engine: the search contract (`search.engine`) on an Elasticsearch 8 cluster.

Used when `ELASTICSEARCH_URL` is set. Mapping and analyzers live in `search.es_documents`,
request bodies in `search.es_queries`; this module talks to the cluster and turns its
answers into the contract's `Results`.

Failure policy: searching and suggesting let the client's exceptions through, so
`search.engine.FallbackEngine` can answer from the database; index updates log and re-raise,
so the background task that called them records the failure.
"""

import logging
import time
import weakref
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

import elastic_transport
from django.conf import settings
from django.db.models import QuerySet
from django.utils.html import escape
from elasticsearch import Elasticsearch, NotFoundError, helpers

from search.documents import documents_for, searchable_pages, visibility_for
from search.engine import (
    TYPE_LABELS,
    FacetValue,
    Hit,
    Results,
    SearchFilters,
    normalise_query,
    words_of,
)
from search.es_documents import (
    INDEX_ALIAS,
    delete_action,
    index_action,
    new_index_name,
    page_index,
    versioned_index_pattern,
)
from search.es_queries import (
    DID_YOU_MEAN,
    FACET_FIELDS,
    KNOWN_WORDS,
    SNIPPET_LENGTH,
    TITLE_COMPLETION,
    alias_swap_actions,
    completion_search,
    page_search,
    usable_segments,
    user_audience_contexts,
    visibility_filter,
)
from search.query import corrected_query, is_correctable, query_segments
from search.spelling import distance, max_distance
from search.synonyms import current as current_synonyms
from search.synonyms import tokens

logger = logging.getLogger(__name__)

# A request from a page view gives up quickly: a slow cluster must cost the user
# settings.ELASTICSEARCH_TIMEOUT seconds (2 by default) at most before the database engine
# answers instead (a refused connection is retried once, a timeout is not).
MAX_RETRIES = 1
# A cluster that did not answer at all (refused, timed out, not speaking HTTP) is not asked
# again by this process for a while, so during an outage only the first request waits for
# the timeout. Without it every search paid the timeout, and a publish with immediate tasks
# (four index updates inside the editor's transaction) waited 40 s holding SQLite's write
# lock, so other writers ran out of their busy timeout.
SKIP_AFTER_FAILURE = 30
# Index updates run in a background task; a rebuild's bulk writes take longer still.
INDEX_UPDATE_TIMEOUT = 10
MAINTENANCE_TIMEOUT = 60
BULK_CHUNK = 500
FEW_HITS = 3
MAX_PER_PAGE = 50


@lru_cache(maxsize=4)
def client_for(url, timeout):
    """One client (and connection pool) per cluster URL for the whole process."""
    return Elasticsearch(
        url, request_timeout=timeout, max_retries=MAX_RETRIES, retry_on_timeout=False
    )


class ClusterSkipped(elastic_transport.ConnectionError):
    """Raised instead of asking a cluster that failed to answer moments ago."""


_skipped_until = weakref.WeakKeyDictionary()  # client → time.monotonic() to ask it again


@contextmanager
def answering(client):
    """Ask the cluster behind `client`, unless it failed to answer in the last
    SKIP_AFTER_FAILURE seconds; a failure to answer starts that pause."""
    if time.monotonic() < _skipped_until.get(client, 0):
        raise ClusterSkipped(
            f"Elasticsearch did not answer in the last {SKIP_AFTER_FAILURE} s; not asked again yet"
        )
    try:
        yield
    except (elastic_transport.ConnectionError, elastic_transport.ConnectionTimeout):
        _skipped_until[client] = time.monotonic() + SKIP_AFTER_FAILURE
        raise


class ElasticsearchEngine:
    """The search contract answered by Elasticsearch through the `callpath-pages` alias.

    `alias` is only changed by the live tests, which must not touch a real index.
    """

    name = "elasticsearch"

    def __init__(self, url=None, client=None, alias=INDEX_ALIAS):
        self.client = client or client_for(
            url or settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT
        )
        self.alias = alias

    # -- reading -------------------------------------------------------------------------

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
        """One page of ranked, highlighted, faceted results visible to `user`.

        As in the database engine: the query becomes slots with the lead-edited synonyms
        (`search.synonyms.current()`); pages must match every slot, or any when none does.
        When none matches every slot, the misspelt words the cluster's suggester corrects
        are corrected and that query is searched at once (`Results.corrected_query`), unless
        `exact`. One request usually; two or three when nothing matches every typed word.
        """
        text = " ".join(str(query).split())
        page = max(1, int(page))
        per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
        nothing = Results(text, (), 0, page, per_page, {name: () for name in FACET_FIELDS})
        if not text:
            return nothing
        synonyms = current_synonyms()
        segments = usable_segments(query_segments(text, synonyms))
        if not segments:
            return nothing
        options = {
            "visibility": visibility_filter(*visibility_for(user)),
            "filters": filters,
            "page": page,
            "per_page": per_page,
        }
        response, promoted_ids = self._search(text, segments, **options)
        corrections = corrections_from(response, text, synonyms)
        corrected = None
        if not is_complete(response):
            if corrections and not exact:
                corrected = corrected_query(text, corrections)
                fixed = usable_segments(query_segments(corrected, synonyms))
                better = self._search(corrected, fixed, spelling=False, **options)
                if is_complete(better[0]):
                    response, promoted_ids = better
                else:
                    corrected = None
            if corrected is None and len(segments) > 1:
                response, promoted_ids = self._search(
                    text, segments, require_all=False, spelling=False, **options
                )
        total = response.hits.total.value
        suggestion = None
        if corrected is None and corrections and total < FEW_HITS:
            suggestion = corrected_query(text, corrections)
        return Results(
            query=text,
            hits=with_promoted_scores([hit_from(result, promoted_ids) for result in response]),
            total=total,
            page=page,
            per_page=per_page,
            facets=facets_from(response.facets),
            suggestion=suggestion,
            corrected_query=corrected,
        )

    def _search(self, text, segments, *, require_all=True, spelling=True, **options):
        """(the cluster's answer, promoted page ids) for one query's slots."""
        # Editors promote pages for what people mean: the corrected words when corrected.
        promoted_ids = promoted_page_ids(text)
        faceted = page_search(
            text,
            segments=segments,
            require_all=require_all,
            spelling=spelling,
            promoted_ids=promoted_ids,
            index=self.alias,
            using=self.client,
            **options,
        )
        with answering(self.client):
            return faceted.execute(), promoted_ids

    def suggest(self, prefix, user, limit=8):
        """Titles the user may see that start with `prefix` (or have a word that does):
        titles that start with it first, then alphabetically."""
        prefix = " ".join(str(prefix).split())
        if not prefix:
            return []
        contexts = user_audience_contexts(*visibility_for(user))
        with answering(self.client):
            response = completion_search(
                prefix, contexts, limit, index=self.alias, using=self.client
            ).execute()
        options = getattr(response.suggest, TITLE_COMPLETION)[0].options
        titles = dict.fromkeys(option._source.title for option in options)
        typed = prefix.lower()
        return sorted(titles, key=lambda title: (not title.lower().startswith(typed), title))[
            :limit
        ]

    def count(self):
        """Documents in the index the alias points at."""
        return self.client.count(index=self.alias)["count"]

    # -- writing -------------------------------------------------------------------------

    def index_pages(self, pages):
        """Index the live searchable pages among `pages`; remove the others from the index."""
        pages = list(pages)
        page_ids = {page.pk for page in pages}
        if not page_ids:
            return
        documents = documents_for(pages)
        gone = page_ids - {document.page_id for document in documents}
        actions = [index_action(document, self.alias) for document in documents]
        actions += [delete_action(page_id, self.alias) for page_id in sorted(gone)]
        self._write(actions, f"index pages {sorted(page_ids)}")

    def remove_pages(self, page_ids):
        """Remove pages from the index (pages that were never indexed are ignored)."""
        actions = [delete_action(page_id, self.alias) for page_id in sorted(set(page_ids))]
        if actions:
            self._write(actions, f"remove pages {sorted(set(page_ids))}")

    def _write(self, actions, what):
        try:
            with answering(self.client):
                helpers.bulk(
                    self.client.options(request_timeout=INDEX_UPDATE_TIMEOUT),
                    actions,
                    ignore_status=(404,),
                    refresh="wait_for",
                )
        except Exception:
            logger.exception("Elasticsearch could not %s.", what)
            raise

    def rebuild(self):
        """Build a new versioned index with every searchable page, then swap the alias.

        The alias moves to the new index in one `update_aliases` call, so searches see the
        old index until the new one is complete; old indices are deleted afterwards. If
        anything fails before the swap, the half-built index is deleted and the alias is
        left where it was.
        """
        client = self.client.options(request_timeout=MAINTENANCE_TIMEOUT)
        index_name = new_index_name(self.alias)
        page_index(index_name).create(using=client)
        try:
            indexed = bulk_index_all(client, index_name)
            client.indices.refresh(index=index_name)
            old_indices = current_alias_indices(client, self.alias)
            client.indices.update_aliases(
                actions=alias_swap_actions(self.alias, index_name, old_indices)
            )
        except Exception:
            logger.exception("Rebuilding the Elasticsearch index %s failed.", index_name)
            client.indices.delete(index=index_name, ignore_unavailable=True)
            raise
        delete_stale_indices(client, self.alias, keep=index_name)
        logger.info("Indexed %d pages into %s (alias %s).", indexed, index_name, self.alias)
        return indexed


# -- rebuild helpers ---------------------------------------------------------------------


def searchable_querysets():
    """`searchable_pages()` as a list of querysets, whether it returns one or several."""
    pages = searchable_pages()
    return [pages] if isinstance(pages, QuerySet) else list(pages)


def all_documents():
    """Every searchable page's SearchDocument, serialised in batches to bound memory."""
    for queryset in searchable_querysets():
        page_ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(page_ids), BULK_CHUNK):
            batch = page_ids[start : start + BULK_CHUNK]
            yield from documents_for(queryset.filter(pk__in=batch))


def bulk_index_all(client, index_name):
    """Write every searchable page into `index_name`; returns the number written."""
    indexed, _errors = helpers.bulk(
        client,
        (index_action(document, index_name) for document in all_documents()),
        chunk_size=BULK_CHUNK,
    )
    return indexed


def current_alias_indices(client, alias):
    """The indices the alias points at now, plus a concrete index squatting on its name."""
    try:
        indices = set(client.indices.get_alias(name=alias))
    except NotFoundError:
        indices = set()
    if not indices and client.indices.exists(index=alias):
        indices.add(alias)
    return indices


def delete_stale_indices(client, alias, keep):
    """Delete every versioned index of `alias` except `keep` (old builds, failed leftovers)."""
    pattern = versioned_index_pattern(alias)
    stale = sorted(name for name in client.indices.get(index=pattern) if name != keep)
    if stale:
        client.indices.delete(index=",".join(stale), ignore_unavailable=True)


# -- answers → contract ------------------------------------------------------------------


def promoted_page_ids(query):
    """Ids of the pages editors promoted for this query, in their order."""
    from search.models import PromotedResult

    page_ids = PromotedResult.objects.filter(query=normalise_query(query)).order_by(
        "sort_order", "pk"
    )
    return list(dict.fromkeys(page_ids.values_list("page_id", flat=True)))


def hit_from(result, promoted_ids=()):
    """A contract `Hit` from one Elasticsearch hit."""
    return Hit(
        page_id=result.page_id,
        title=result.title,
        type=result.type,
        url=result.url,
        snippet=snippet_of(result),
        date=as_date(getattr(result, "date", None)),
        topics=tuple(getattr(result, "topics", ()) or ()),
        levels=tuple(getattr(result, "levels", ()) or ()),
        score=float(result.meta.score or 0.0),
        promoted=result.page_id in promoted_ids,
    )


def with_promoted_scores(hits):
    """Promoted hits come back with the pinned query's huge score; show the best organic
    score on the page instead, as the database engine does."""
    best = max((hit.score for hit in hits if not hit.promoted), default=0.0)
    return tuple(replace(hit, score=best) if hit.promoted else hit for hit in hits)


def snippet_of(result):
    """The best highlighted fragment (already escaped by the html encoder), else the
    summary's start escaped here."""
    highlight = getattr(result.meta, "highlight", None)
    for field in ("body", "summary"):
        fragments = getattr(highlight, field, None) if highlight else None
        if fragments:
            return fragments[0]
    return escape((getattr(result, "summary", None) or "")[:SNIPPET_LENGTH])


def as_date(value):
    """The contract's date from a stored date (a datetime once deserialised, else a string)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def facets_from(response_facets):
    """FacetedSearch's (value, count, selected) tuples as labelled `FacetValue`s."""
    values = {name: [bucket[0] for bucket in response_facets[name]] for name in FACET_FIELDS}
    labels = facet_labels(values)
    return {
        name: tuple(
            FacetValue(value=value, label=labels[name].get(value, value), count=count)
            for value, count, _selected in response_facets[name]
        )
        for name in FACET_FIELDS
    }


def facet_labels(values):
    """Human labels for facet values: type names, topic names, level titles, categories."""
    from careers.models import CareerLevelPage
    from kb.models import NewsCategory, Topic

    topics = dict(Topic.objects.filter(slug__in=values["topic"]).values_list("slug", "name"))
    levels = dict(
        CareerLevelPage.objects.filter(slug__in=values["level"]).values_list("slug", "title")
    )
    return {
        "type": TYPE_LABELS,
        "topic": topics,
        "level": levels,
        "category": dict(NewsCategory.choices),
    }


def is_complete(response):
    """Whether some visible page matched every slot. The type facet ignores the type filter,
    as the database engine's test does: a filter that hides every match is no reason to
    loosen the query."""
    return any(count for _value, count, _selected in response.facets["type"])


def corrections_from(response, text, synonyms):
    """{misspelt word: correction} from the phrase suggester's answer (`DID_YOU_MEAN`).

    The suggester only changes words no page contains (`suggest_mode: missing`) and only
    proposes corrections found together on a page the user may see (`collate`). Then the
    database engine's rules decide (`search.spelling`): synonym terms, short words, stopwords
    and words with digits or symbols stay as typed, and so do words some visible page
    matches once stemmed (`KNOWN_WORDS`). Each other word takes the closest of the
    suggester's corrections within `max_distance()` edits (the suggester's own order, which
    favours common words, breaks ties), so "refnd" is "refund", not the commoner "read".
    """
    suggestions = getattr(getattr(response, "suggest", None), DID_YOU_MEAN, None)
    if not suggestions:
        return {}
    typed = words_of(text)
    known = known_word_counts(response)
    correctable = {
        segment.words[0]
        for segment in synonyms.segment(tokens(text))
        if len(segment.words) == 1
        and is_correctable(segment.words[0])
        and not synonyms.knows(segment.words[0])
        and not known.get(segment.words[0])
    }
    best = {}  # word → (edits, correction)
    for option in suggestions[0].options:
        suggested = option.text.split()
        if len(suggested) != len(typed):
            continue
        for word, correction in zip(typed, suggested, strict=True):
            if word == correction or word not in correctable:
                continue
            edits = distance(word, correction, max_distance(word))
            if edits <= max_distance(word) and edits < best.get(word, (edits + 1,))[0]:
                best[word] = (edits, correction)
    return {word: correction for word, (_edits, correction) in best.items()}


def known_word_counts(response):
    """{query word: visible pages it matches} from the `KNOWN_WORDS` aggregation."""
    aggregations = response.aggs.to_dict() if hasattr(response, "aggs") else {}
    buckets = aggregations.get(KNOWN_WORDS, {}).get("visible", {}).get("words", {})
    return {word: bucket["doc_count"] for word, bucket in buckets.get("buckets", {}).items()}
