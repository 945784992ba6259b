"""The request bodies the Elasticsearch engine sends: the ranked, faceted, permission-filtered
search; the autocomplete suggestion; and the alias swap of a rebuild.

Pure functions over plain values, so tests can check the exact bodies without a cluster.
"""

from elasticsearch_dsl import FacetedSearch, Q, Search, TermsFacet

from search.engine import words_of
from search.es_documents import (
    AUDIENCE_CONTEXT,
    ENGLISH_STOP_WORDS,
    EVERY_TEAM,
    INDEX_ALIAS,
    NO_RESTRICTION,
    SUPERUSER_AUDIENCE,
    PageDocument,
)
from search.query import is_meaningful
from search.synonyms import forms

STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)

# Field weights; the joined forms of symbol words ("email" for "e-mail") count as the body.
SEARCH_FIELDS = ["title^3", "headings^2", "summary^1.5", "body", "topics", "levels", "joined"]
# A rule's phrase scores this much of what the word the user typed would: the typed words
# are the surest sign of what they want, so synonyms find more pages and break near-ties
# below them (the database engine's SYNONYM_WEIGHT plays the same part).
SYNONYM_BOOST = 0.3
# Boosts of the clauses that only add to a matching page's score (see `ranking_query()`),
# each half the one before, tuned on tests/search/judged_queries.py as a whole: a phrase
# boost of 8 let any page quoting the words together beat the page about them.
PHRASE_BOOST = 4
TYPED_BOOST = 2
FUZZY_BOOST = 0.5
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]}
SNIPPET_LENGTH = 180
FACET_SIZE = 50
# Contract facet names → the keyword field each one counts.
FACET_FIELDS = {
    "type": "type",
    "topic": "topic_slugs",
    "level": "level_slugs",
    "category": "category",
}
DID_YOU_MEAN = "did_you_mean"
KNOWN_WORDS = "known_words"
TITLE_COMPLETION = "title_completion"


def ranking_query(text, segments, require_all=True):
    """Phrase > all typed words > the query's slots > fuzzy, as boosts of 4, 2, 1 and 0.5.

    `segments` are the query's slots (`search.synonyms.Synonyms.segment()`, as the database
    engine keeps them): each matches when any of its alternatives does (the typed word, a
    rule's word or phrase). A page must match every slot (`require_all`), or, in the
    fallback when no page does, any slot; the more slots it matches, the higher it ranks.
    The exact phrase as typed, all the typed words across the fields, and near-misses of
    them (`should`) only add to its score, so fuzzy matching re-ranks but never finds pages
    on its own: misspellings are corrected by the engine before searching.
    """
    slots = [slot_query(segment) for segment in segments]
    if require_all:
        matching = slots[0] if len(slots) == 1 else Q("bool", must=slots)
    else:
        matching = Q("bool", should=slots, minimum_should_match=1)
    typed = typed_words(segments)
    return Q(
        "bool",
        must=[matching],
        should=[
            Q("multi_match", query=text, type="phrase", fields=SEARCH_FIELDS, boost=PHRASE_BOOST),
            Q(
                "multi_match",
                query=typed,
                type="cross_fields",
                operator="and",
                fields=SEARCH_FIELDS,
                boost=TYPED_BOOST,
            ),
            Q(
                "multi_match",
                query=typed,
                type="best_fields",
                fuzziness="AUTO",
                prefix_length=1,
                fields=SEARCH_FIELDS,
                boost=FUZZY_BOOST,
            ),
        ],
    )


def slot_query(segment):
    """One slot: the best of its alternatives (`dis_max`), the typed ones at full weight.

    A phrase of the query that a rule knows ("identity check") keeps its typed words apart,
    each anywhere in the page, as when no rule knows it; the rule adds its phrases (as the
    database engine does). A rule's phrases the analyzer would shrink to one word or none
    are left out (`is_searchable()`).
    """
    if len(segment.words) == 1:
        typed = [phrase_query(phrase) for phrase in segment.slot[: segment.typed]]
    else:
        words = [word for word in segment.words if is_searchable_typed(word)]
        typed = [Q("bool", must=[either(word_forms(word)) for word in words])] if words else []
    added = [
        phrase_query(phrase, boost=SYNONYM_BOOST)
        for phrase in segment.slot[segment.typed :]
        if is_searchable(phrase)
    ]
    return either(typed + added)


def either(queries):
    return queries[0] if len(queries) == 1 else Q("dis_max", queries=queries)


def word_forms(word):
    """A typed word's alternatives: itself, or both forms of a word written with a symbol."""
    return [phrase_query(phrase) for phrase in forms([word])]


def phrase_query(words, boost=1):
    """One alternative: a word in any search field, or a phrase (its words next to each other,
    in order, in one field)."""
    kind = "best_fields" if len(words) == 1 else "phrase"
    return Q("multi_match", query=" ".join(words), type=kind, fields=SEARCH_FIELDS, boost=boost)


def is_searchable(phrase):
    """Whether a rule's phrase can be searched: a word the analyzer keeps (not a stop
    word), or a phrase keeping two words or more. ("not working" would be "working"
    anywhere, as the database engine notes of PostgreSQL.)"""
    kept = [word for word in phrase if word not in STOP_WORDS]
    return len(kept) >= min(len(phrase), 2)


def is_searchable_typed(word):
    """Whether a typed word is searched: not a stop word of the analyzer's or of the
    database engine's ("how", "do", "i" would otherwise be required)."""
    return is_meaningful(word) and word not in STOP_WORDS


def usable_segments(segments):
    """The slots that can match something: a slot left with no alternative is dropped."""
    return [
        segment
        for segment in segments
        if any(is_searchable(phrase) for phrase in segment.slot[segment.typed :])
        or any(is_searchable_typed(word) for word in segment.words)
    ]


def typed_words(segments):
    """The words the user typed that carry meaning, for the phrase-free clauses."""
    words = [word for segment in segments for word in segment.words if is_searchable_typed(word)]
    return " ".join(words or [word for segment in segments for word in segment.words])


def promoted_first(query, promoted_ids):
    """Editors' picks (page ids, in order) above everything the query ranks.

    A `pinned` query puts them first on every results page, so pagination stays
    consistent; the visibility and facet filters still apply to them.
    """
    if not promoted_ids:
        return query
    return Q("pinned", ids=[str(page_id) for page_id in promoted_ids], organic=query)


def visibility_filter(team_ids, group_ids, is_superuser):
    """The filter for what a user may see, or None for a superuser (sees everything).

    Visible = (not targeted at teams, or targeted at one of the user's teams) and (no view
    restriction, or restricted to one of the user's groups). Restricted to nobody (e.g. a
    password restriction) never matches: `restricted` is true and no group id is stored.
    """
    if is_superuser:
        return None
    team_clause = [Q("term", for_every_team=True)]
    if team_ids:
        team_clause.append(Q("terms", team_ids=sorted(team_ids)))
    group_clause = [Q("term", restricted=False)]
    if group_ids:
        group_clause.append(Q("terms", restricted_group_ids=sorted(group_ids)))
    return Q(
        "bool",
        filter=[
            Q("bool", should=team_clause, minimum_should_match=1),
            Q("bool", should=group_clause, minimum_should_match=1),
        ],
    )


def facet_filters(filters):
    """The contract's `SearchFilters` as FacetedSearch filter values (facet name → values)."""
    chosen = {
        "type": filters.types,
        "topic": filters.topics,
        "level": filters.levels,
        "category": filters.categories,
    }
    return {name: list(values) for name, values in chosen.items() if values}


def spelling_suggester(text, visibility):
    """A phrase suggester over the pages' unstemmed words, keeping only corrections that
    match a page the user may see (`collate`), so a suggestion never leaks hidden words.

    It is given the query's plain words (`words_of()`) so that its answer, analysed by the
    same standard tokenizer, has one word for each typed one (see `corrections_from()`)."""
    collate_query = {
        "bool": {"must": {"match": {"spelling": {"query": "{{suggestion}}", "operator": "and"}}}}
    }
    if visibility is not None:
        collate_query["bool"]["filter"] = visibility.to_dict()
    return {
        "text": " ".join(words_of(text)),
        "phrase": {
            "field": "spelling",
            # A few options: the engine takes the closest correction of each word.
            "size": 5,
            "max_errors": 2,
            "confidence": 1.0,
            "direct_generator": [
                # Only words no page contains are corrected, as in the database engine.
                {"field": "spelling", "suggest_mode": "missing", "min_word_length": 3}
            ],
            "collate": {"query": {"source": collate_query}, "prune": False},
        },
    }


def known_words_aggregation(text, visibility):
    """How many pages the user may see match each word of the query (stemmed, as searched),
    over the whole index whatever the query matched (`global`): only a word that matches
    none is corrected. (The suggester's "missing" looks at the unstemmed words, so it would
    correct "become" on pages that only say "becomes".)"""
    words = {
        word: Q("multi_match", query=word, fields=SEARCH_FIELDS)
        for word in dict.fromkeys(words_of(text))
    }
    return {
        "global": {},
        "aggs": {
            "visible": {
                "filter": (visibility or Q("match_all")).to_dict(),
                "aggs": {
                    "words": {"filters": {"filters": {w: q.to_dict() for w, q in words.items()}}}
                },
            }
        },
    }


class PageSearch(FacetedSearch):
    """Faceted search over the `callpath-pages` alias.

    The visibility filter goes into the query, so hits, totals and every facet count only
    cover what the user may see; the facet filters go into `post_filter` and the facet
    aggregations (FacetedSearch's design), so each facet's counts reflect the *other*
    facets' choices and a user can still see how many pages the alternatives would give.
    """

    index = INDEX_ALIAS
    doc_types = [PageDocument]
    fields = SEARCH_FIELDS
    facets = {
        name: TermsFacet(field=field, size=FACET_SIZE) for name, field in FACET_FIELDS.items()
    }

    def __init__(
        self,
        text,
        *,
        segments,
        visibility,
        filters,
        require_all=True,
        spelling=True,
        promoted_ids=(),
        index=INDEX_ALIAS,
        using=None,
    ):
        self.segments = segments
        self.require_all = require_all
        self.spelling = spelling
        self.visibility = visibility
        self.promoted_ids = promoted_ids
        self.index = index
        self.using = using or "default"
        super().__init__(text, facet_filters(filters))

    def search(self):
        # Exact totals: the default stops counting at 10,000 matches.
        search = super().search().extra(track_total_hits=True)
        if self.visibility is not None:
            search = search.filter(self.visibility)
        if not self.spelling:
            return search
        search.aggs.bucket(KNOWN_WORDS, known_words_aggregation(self._query, self.visibility))
        return search.suggest(DID_YOU_MEAN, **spelling_suggester(self._query, self.visibility))

    def query(self, search, query):
        ranking = ranking_query(query, self.segments, self.require_all)
        return search.query(promoted_first(ranking, self.promoted_ids))

    def highlight(self, search):
        # The html encoder escapes the page text around the <mark> tags: snippets are safe
        # to show as they are. The summary always yields a fragment (no_match_size) so a
        # hit matched only on its title or topics still has a snippet.
        return (
            search.highlight_options(encoder="html", **HIGHLIGHT_TAGS)
            .highlight("body", fragment_size=SNIPPET_LENGTH, number_of_fragments=1)
            .highlight(
                "summary",
                fragment_size=SNIPPET_LENGTH,
                number_of_fragments=1,
                no_match_size=SNIPPET_LENGTH,
            )
            .highlight("title", number_of_fragments=0)
        )


def page_search(
    text,
    *,
    segments,
    visibility,
    filters,
    page,
    per_page,
    require_all=True,
    spelling=True,
    promoted_ids=(),
    index=INDEX_ALIAS,
    using=None,
):
    """The FacetedSearch for one results page (1-based `page`): `segments` are the query's
    slots (`ranking_query()`); `spelling` asks for "did you mean" too."""
    start = (page - 1) * per_page
    faceted = PageSearch(
        text,
        segments=segments,
        visibility=visibility,
        filters=filters,
        require_all=require_all,
        spelling=spelling,
        promoted_ids=promoted_ids,
        index=index,
        using=using,
    )
    return faceted[start : start + per_page]


def user_audience_contexts(team_ids, group_ids, is_superuser):
    """The completion contexts a user may see: every (team, group) pair they satisfy.

    Mirrors `search.es_documents.audience_contexts()`: a document carries "team:T/group:G"
    pairs, and the user asks for ("team:all" or one of their teams) × ("group:all" or one
    of their groups).
    """
    if is_superuser:
        return [SUPERUSER_AUDIENCE]
    teams = [EVERY_TEAM] + [f"team:{team_id}" for team_id in sorted(team_ids or ())]
    groups = [NO_RESTRICTION] + [f"group:{group_id}" for group_id in sorted(group_ids)]
    return [f"{team}/{group}" for team in teams for group in groups]


def completion_search(prefix, contexts, limit, index=INDEX_ALIAS, using=None):
    """A request that only runs the title completion suggester for `prefix`.

    More options than `limit` are asked for because two pages can share a title and the
    engine returns each title once.
    """
    return (
        Search(index=index, using=using or "default")
        .source(["title"])
        .extra(size=0)
        .suggest(
            TITLE_COMPLETION,
            prefix,
            completion={
                "field": "suggest",
                "size": limit * 2,
                "skip_duplicates": True,
                "contexts": {AUDIENCE_CONTEXT: contexts},
            },
        )
    )


def alias_swap_actions(alias, new_index, old_indices):
    """The `update_aliases` actions pointing `alias` at `new_index` in one atomic step.

    `old_indices` are the indices the alias points at now. If a concrete index carries the
    alias's own name (an index created before aliases were used), it is removed in the same
    step, since an alias cannot share a name with an index.
    """
    actions = []
    for index in sorted(old_indices):
        if index == alias:
            actions.append({"remove_index": {"index": index}})
        else:
            actions.append({"remove": {"index": index, "alias": alias}})
    actions.append({"add": {"index": new_index, "alias": alias}})
    return actions
