"""The Elasticsearch side of a search document: analyzers, the explicit mapping, index
settings and the versioned index names behind the `callpath-pages` alias.

Everything the cluster needs is defined here, so a new index built by
`manage.py search_index --rebuild` always gets the same mapping. Pages are serialised once
for both engines by `search.documents`; `page_document()` only turns that `SearchDocument`
into the Elasticsearch document.
"""

from datetime import datetime

from elasticsearch_dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

INDEX_ALIAS = "callpath-pages"
# One shard is plenty for tens of thousands of pages; a replica keeps search up while a
# node restarts (a single-node cluster just reports "yellow").
INDEX_SETTINGS = {"number_of_shards": 1, "number_of_replicas": 1}

# Completion suggestions cannot be filtered by ordinary fields, so each document carries
# "audience" context values and a query asks for the ones the user belongs to (see
# `audience_contexts()` and `search.es_queries.user_audience_contexts()`).
AUDIENCE_CONTEXT = "audience"
EVERY_TEAM = "team:all"
NO_RESTRICTION = "group:all"
SUPERUSER_AUDIENCE = "superuser"


# Elasticsearch's `_english_` stop words, spelled out so the query builder can leave out a
# query word the analyzer would drop (a required clause with no terms matches nothing).
ENGLISH_STOP_WORDS = (  # noqa: SIM905 (a list of 33 words reads better as text)
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with"
).split()

english_possessive = token_filter("callpath_possessive", "stemmer", language="possessive_english")
english_stop = token_filter("callpath_stop", "stop", stopwords=ENGLISH_STOP_WORDS)
english_stemmer = token_filter("callpath_stemmer", "stemmer", language="english")

# The same English stemming for pages and queries. Synonyms are not part of the analysis:
# the engine expands each query with the rules leads edit (`search.synonyms.current()`), so
# an edited rule applies at the next search, with no rebuild, in both engines alike.
english_text = analyzer(
    "callpath_english",
    tokenizer="standard",
    filter=["lowercase", english_possessive, english_stop, english_stemmer],
)


def searchable_text(**kwargs):
    """A full-text field, stemmed."""
    return Text(analyzer=english_text, **kwargs)


class PageDocument(Document):
    """One searchable page (news item, guide, ladder or level) as stored in Elasticsearch."""

    page_id = Integer()
    type = Keyword()
    title = searchable_text(fields={"exact": Text(analyzer="standard")}, copy_to="spelling")
    headings = searchable_text(copy_to="spelling")
    summary = searchable_text(copy_to="spelling")
    body = searchable_text(copy_to="spelling")
    # The joined forms of the page's words written with symbols ("e-mail" → "email"), so a
    # query writing them joined finds the page; searched with the body's low weight.
    joined = searchable_text(copy_to="spelling")
    # Unstemmed words of the page for "did you mean" (a suggestion must be a real word).
    spelling = Text(analyzer="standard")
    topics = searchable_text(fields={"keyword": Keyword()})
    topic_slugs = Keyword()
    levels = searchable_text(fields={"keyword": Keyword()})
    level_slugs = Keyword()
    category = Keyword()
    team_ids = Integer()
    for_every_team = Boolean()
    restricted_group_ids = Integer()
    restricted = Boolean()
    url = Keyword(index=False)
    date = Date()
    suggest = Completion(
        analyzer="simple",
        contexts=[{"name": AUDIENCE_CONTEXT, "type": "category"}],
    )

    class Index:
        name = INDEX_ALIAS
        settings = INDEX_SETTINGS

    @classmethod
    def _matches(cls, hit):
        # Hits name the versioned index behind the alias, never the alias itself; every
        # hit of our searches is a page.
        return True


def page_index(name):
    """The `Index` with our settings, analyzers and mapping, under a concrete index name."""
    index = Index(name)
    index.settings(**INDEX_SETTINGS)
    index.document(PageDocument)
    return index


def versioned_index_pattern(alias):
    """The pattern matching every versioned index of an alias."""
    return f"{alias}-*"


def new_index_name(alias=INDEX_ALIAS, now=None):
    """A fresh versioned index name, e.g. `callpath-pages-20250301-142233-123456`."""
    now = now or datetime.now()
    return f"{alias}-{now:%Y%m%d-%H%M%S-%f}"


def audience_contexts(team_ids, restricted_group_ids):
    """Completion contexts of a document: "team:X/group:Y" for every way a user can see it.

    A document is visible when (no team targeting or one of the user's teams) and (no view
    restriction or one of the user's groups). Category contexts only OR their values, so
    the two conditions are combined into pairs; a user asks for every pair they satisfy.
    Superusers see everything, so every document also carries the superuser context.
    """
    teams = [f"team:{team_id}" for team_id in team_ids] or [EVERY_TEAM]
    if restricted_group_ids is None:
        groups = [NO_RESTRICTION]
    else:
        groups = [f"group:{group_id}" for group_id in restricted_group_ids]
    return [SUPERUSER_AUDIENCE] + [f"{team}/{group}" for team in teams for group in groups]


def title_suffixes(title):
    """The title from each of its words on, so "refund" completes "Handling a refund request"."""
    words = title.split()
    return [" ".join(words[start:]) for start in range(1, len(words))]


def suggest_inputs(title, contexts):
    """Completion inputs: the whole title first (weighted), then its word suffixes."""
    inputs = [{"input": [title], "weight": 10, "contexts": {AUDIENCE_CONTEXT: contexts}}]
    suffixes = title_suffixes(title)
    if suffixes:
        inputs.append({"input": suffixes, "weight": 5, "contexts": {AUDIENCE_CONTEXT: contexts}})
    return inputs


def page_document(document):
    """The Elasticsearch document for a `search.documents.SearchDocument`."""
    restricted_group_ids = document.restricted_group_ids
    page = PageDocument(
        meta={"id": document.page_id},
        page_id=document.page_id,
        type=document.type,
        title=document.title,
        headings=document.headings,
        summary=document.summary,
        body=document.body,
        joined=document.joined,
        topics=list(document.topics),
        topic_slugs=list(document.topic_slugs),
        levels=list(document.levels),
        level_slugs=list(document.level_slugs),
        category=document.category or None,
        team_ids=list(document.team_ids),
        for_every_team=not document.team_ids,
        restricted_group_ids=list(restricted_group_ids or ()),
        restricted=restricted_group_ids is not None,
        url=document.url,
        date=document.date,
        suggest=suggest_inputs(
            document.title, audience_contexts(document.team_ids, restricted_group_ids)
        ),
    )
    return page


def index_action(document, index_name):
    """A bulk "index" action writing `document` (a SearchDocument) into `index_name`."""
    action = page_document(document).to_dict(include_meta=True)
    action["_index"] = index_name
    return action


def delete_action(page_id, index_name):
    """A bulk "delete" action for one page."""
    return {"_op_type": "delete", "_index": index_name, "_id": page_id}
