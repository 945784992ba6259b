"""The request bodies the Elasticsearch engine sends: the ranked, faceted, permission-filtered
search; the autocomplete suggestion; and the alias swap of a rebuild.

Pure functions over plain values, so tests can check the exact bodies without a cluster.
"""

from elasticsearch_dsl import FacetedSearch, Q, Search, TermsFacet

from search.es_documents import (
    AUDIENCE_CONTEXT,
    EVERY_TEAM,
    INDEX_ALIAS,
    NO_RESTRICTION,
    SUPERUSER_AUDIENCE,
    PageDocument,
)

SEARCH_FIELDS = ["title^3", "headings^2", "summary^1.5", "body", "topics", "levels"]
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
TITLE_COMPLETION = "title_completion"


def ranking_query(text):
    """Phrase > all terms > any term > fuzzy, as boosts of 8, 4, 1 and 0.5.

    A page must contain at least one of the words (the any-term clause, `must`); the exact
    phrase, all the words across the fields, and near-misses of the words (`should`) only
    add to its score. Fuzzy matching therefore re-ranks but never finds pages on its own:
    a misspelt query ("refnd") finds nothing and is answered with "did you mean", as the
    database engine does. Fuzzy uses the index analyzer, because misspelt synonyms are
    noise.
    """
    return Q(
        "bool",
        must=[
            Q(
                "multi_match",
                query=text,
                type="best_fields",
                operator="or",
                fields=SEARCH_FIELDS,
                boost=1,
            )
        ],
        should=[
            Q("multi_match", query=text, type="phrase", fields=SEARCH_FIELDS, boost=8),
            Q(
                "multi_match",
                query=text,
                type="cross_fields",
                operator="and",
                fields=SEARCH_FIELDS,
                boost=4,
            ),
            Q(
                "multi_match",
                query=text,
                type="best_fields",
                fuzziness="AUTO",
                prefix_length=1,
                analyzer="callpath_english",
                fields=SEARCH_FIELDS,
                boost=0.5,
            ),
        ],
    )


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
    match a page the user may see (`collate`), so a suggestion never leaks hidden words."""
    collate_query = {
        "bool": {"must": {"match": {"spelling": {"query": "{{suggestion}}", "operator": "and"}}}}
    }
    if visibility is not None:
        collate_query["bool"]["filter"] = visibility.to_dict()
    return {
        "text": text,
        "phrase": {
            "field": "spelling",
            "size": 1,
            "max_errors": 2,
            "confidence": 1.0,
            "direct_generator": [
                # Only words no page contains are corrected, as in the database engine.
                {"field": "spelling", "suggest_mode": "missing", "min_word_length": 3}
            ],
            "collate": {"query": {"source": collate_query}, "prune": False},
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
        self, text, *, visibility, filters, promoted_ids=(), index=INDEX_ALIAS, using=None
    ):
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
        return search.suggest(DID_YOU_MEAN, **spelling_suggester(self._query, self.visibility))

    def query(self, search, query):
        return search.query(promoted_first(ranking_query(query), self.promoted_ids))

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
    text, *, visibility, filters, page, per_page, promoted_ids=(), index=INDEX_ALIAS, using=None
):
    """The FacetedSearch for one results page (1-based `page`)."""
    start = (page - 1) * per_page
    faceted = PageSearch(
        text,
        visibility=visibility,
        filters=filters,
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
