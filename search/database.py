"""The database search engine: the database's own full-text search, ranked inside the database.

Text lives in `search_fulltext` (an FTS5 table on SQLite, weighted `tsvector`s on PostgreSQL;
migrations 0002 and 0004). PostgreSQL matches on `words`, the lexemes and every pair of
neighbouring words as one lexeme, with a GIN index that so answers phrases exactly (migration
0008); the weighted `document` ranks and highlights the matches. What a match is counted and
filtered by sits beside it, so counting 9,000 matches joins nothing row by row:
`search_fulltext_facets` on SQLite, columns of `search_fulltext` on PostgreSQL (type, category,
targeting, restriction, and the topics and levels as one JSON key each). What a result shows
lives in `SearchEntry`; team and group tags in `SearchEntryTag`. A search runs a fixed
handful of queries:

1. facet counts for the visible matching set, in one query (the total is the sum of the type
   facet, since every page has exactly one type);
2. the requested page of hits, ranked and limited in SQL (see "Ranking");
3. the entries of those hits, and 4. their snippets, computed for those rows only.

Queries are treated as words, never as FTS syntax: every word is quoted. Each word, or phrase
a synonym rule knows, is a slot of alternatives (`search.synonyms`: the typed words, the
rule's synonyms, both forms of a word written with a symbol); all the slots must match;
when nothing matches all of them, any slot may (ranking still prefers pages with more).
Synonyms are applied to the query only, so editing a rule needs no reindexing.

Spelling. When nothing matches every slot, query words that are not in the index's
vocabulary (`SearchWord`, and not synonym terms) are corrected to the closest indexed word
(`search.spelling`) and, when that finds more, the corrected query is searched at once; the
results say so (`Results.corrected_query`). `exact=True` searches the words as typed.

Ranking. The score is `bm25()` with column weights on SQLite and `ts_rank_cd()` on
PostgreSQL; news ranks a little below guides for the same match. Scoring reads each match's
text (about 1.5 µs a match on SQLite, 7 µs on PostgreSQL, which reads the whole vector), too
slow for queries matching most pages. Up to the dialect's EXACT_RANK_LIMIT matches, every match
is scored. Beyond it, CANDIDATES pages chosen by their title, headings, summary, topics and
levels (the "head", small and indexed on its own) are scored and come first, by score; the other
matches follow, also by score, and are only scored when a page of results reaches past the
candidates. Both are scored as every match is below the limit (typed words first: see
SYNONYM_WEIGHT), and the candidates are chosen in the same spirit: pages whose head has every
typed word, then every slot, then any slot, each tier best head match first.
"""

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When

from search.documents import documents_for, documents_for_ids, searchable_pages, visibility_for
from search.engine import TYPE_LABELS, TYPES, FacetValue, Hit, Results, SearchFilters, words_of
from search.models import PromotedResult, SearchEntry, SearchEntryTag, SearchWord
from search.query import corrected_query, is_correctable, is_meaningful, query_segments
from search.spelling import best_correction, max_distance
from search.synonyms import current as current_synonyms
from search.synonyms import forms, tokens

MAX_PER_PAGE = 50
NEWS_WEIGHT = 0.75
SUGGESTION_THRESHOLD = 3  # fewer hits than this and "did you mean" is tried
# What the user typed is the surest sign of what they want: when some pages have every typed
# word, a page's score is its score for the typed words (0 without them) plus this much of its
# score for the query with synonyms, so synonyms find more pages and break near-ties without
# reordering what the typed words rank (tuned on tests/search/judged_queries.py as a whole).
SYNONYM_WEIGHT = 0.2
BATCH_SIZE = 500
# How many head matches are scored when a query matches too many pages to score them all.
CANDIDATES = 200
MARK_START, MARK_END = "\x02", "\x03"
# PostgreSQL's 'english' configuration drops these from documents and queries, so a phrase
# of them and one other word ("do not call") would match that word anywhere.
POSTGRES_STOPWORD_TEXT = """
a about above after again against all am an and any are as at be because been before being
below between both but by can did do does doing don down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own s same she should so some such t than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where
which while who whom why will with you your yours yourself yourselves
"""
POSTGRES_STOPWORDS = frozenset(POSTGRES_STOPWORD_TEXT.split())
WORD = re.compile(r"[^\W_]+")
# What a hit shows, from `search_searchentry e`.
HIT_COLUMNS = "e.page_id, e.type, e.title, e.url, e.summary, e.date, e.topic_names, e.level_titles"
# (facet, column of the matching rows): the facet counts are grouped on these.
FACET_COLUMNS = (
    ("type", "type"),
    ("category", "category"),
    ("topic", "topic_facet"),
    ("level", "level_facet"),
)


def slot_expression(segment, phrase, either, both, keep=lambda words: True, typed_only=False):
    """One slot in a dialect's syntax: `phrase(words)`, `either(expressions)` (any),
    `both(expressions)` (all); `keep(words)` says whether a rule's phrase can be searched;
    `typed_only` leaves the rules' phrases out.

    A phrase of the query that a rule knows ("identity check") keeps its typed words apart,
    each anywhere in the page, as when no rule knows it; the rule adds its phrases."""
    if len(segment.words) == 1:
        typed = [phrase(words) for words in segment.slot[: segment.typed]]
    else:
        words = [word for word in segment.words if is_meaningful(word)] or segment.words
        typed = [both([either([phrase(form) for form in forms([word])]) for word in words])]
    added = [] if typed_only else segment.slot[segment.typed :]
    added = [phrase(words) for words in added if keep(words)]
    return either(typed + added)


def joined_by(operator, expressions):
    return expressions[0] if len(expressions) == 1 else f"({operator.join(expressions)})"


def to_safe_html(text):
    """Escape a snippet and turn the engine's match markers into <mark> elements."""
    escaped = html.escape(text or "", quote=False)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class SqliteFullText:
    """SQLite's FTS5: Porter-stemmed words, `bm25()` with column weights, `snippet()`.

    The matching rows are `f` (the FTS5 table) joined to `e` (`search_fulltext_facets`).
    """

    # title, headings, summary, body, topics, levels, joined forms of symbol words
    WEIGHTS = (10.0, 5.0, 3.0, 1.0, 2.0, 2.0, 1.0)
    # The head table's: title, headings, summary, topics, levels
    HEAD_WEIGHTS = (10.0, 5.0, 3.0, 2.0, 2.0)
    # Scoring every match costs about as much as the candidate search at this size.
    EXACT_RANK_LIMIT = 2000

    def all_terms(self, segments, typed_only=False):
        return " AND ".join(self.slot(segment, typed_only) for segment in segments)

    def any_term(self, segments, typed_only=False):
        return " OR ".join(self.slot(segment, typed_only) for segment in segments)

    def slot(self, segment, typed_only=False):
        """`"cancel"`, or `("cancel" OR "close account")`: each phrase quoted (its words are
        letters and digits only)."""
        return slot_expression(
            segment,
            phrase=lambda words: f'"{" ".join(words)}"',
            either=lambda items: joined_by(" OR ", items),
            both=lambda items: joined_by(" AND ", items),
            typed_only=typed_only,
        )

    def facets_sql(self, matching, matching_params, filters):
        """(SQL, params) of (facet, value or key, count) rows over the rows `matching` (FROM
        … WHERE …): grouped once per facet, each with the other facets' filters."""
        parts, params = [], list(matching_params)
        for facet, column in FACET_COLUMNS:
            filtered, filtered_params = filter_sql("m", filters, without=facet)
            parts.append(
                f"SELECT '{facet}', m.{column}, COUNT(*) FROM m WHERE {filtered} "
                f"GROUP BY m.{column}"
            )
            params += filtered_params
        # Not materialized: writing the rows to a temporary table costs more than finding
        # them again for each facet.
        return (
            "WITH m AS NOT MATERIALIZED (SELECT e.page_id, e.type, e.category, e.topic_facet, "
            f"e.level_facet {matching}) " + " UNION ALL ".join(parts),
            params,
        )

    def facet_rows(self, rows):
        return rows

    def matches(self, match, join=""):
        """(FROM … WHERE …, params) of the matching rows (`join`: more tables, after `e`)."""
        return (
            "FROM search_fulltext f JOIN search_fulltext_facets e ON e.page_id = f.rowid "
            f"{join} WHERE f.search_fulltext MATCH %s",
            [match],
        )

    def score(self, match):
        return f"-bm25(search_fulltext, {weights(self.WEIGHTS)})", []

    def typed_score(self, match, typed, candidates=False):
        """(JOIN, params, score SQL, params) of a score favouring the typed words (see
        SYNONYM_WEIGHT). bm25() scores a row for its own table's MATCH, so the typed words'
        match is joined in; with `candidates`, only for the candidates in `c`."""
        among = " AND +rowid IN (SELECT page_id FROM c)" if candidates else ""
        return (
            "LEFT JOIN (SELECT rowid AS page_id, "
            f"-bm25(search_fulltext, {weights(self.WEIGHTS)}) AS score FROM search_fulltext "
            f"WHERE search_fulltext MATCH %s{among}) t ON t.page_id = e.page_id",
            [typed],
            f"coalesce(t.score, 0) - bm25(search_fulltext, {weights(self.WEIGHTS)}) "
            f"* {SYNONYM_WEIGHT}",
            [],
        )

    def head_ranked(self, match, where, where_params, limit, limit_params):
        """(SQL, params) selecting the `page_id` of pages passing `where` whose head matches
        `match`, best first, from the head's own, small index."""
        return (
            f"SELECT {self.CANDIDATE_COLUMNS} FROM search_fulltext_head h "
            "JOIN search_fulltext_facets e ON e.page_id = h.rowid "
            f"WHERE h.search_fulltext_head MATCH %s AND {where} "
            f"ORDER BY bm25(search_fulltext_head, {weights(self.HEAD_WEIGHTS)}), e.page_id "
            f"LIMIT {limit}",
            [match, *where_params, *limit_params],
        )

    # What the candidates (CTE `c`) carry to `scored_candidates()`.
    CANDIDATE_COLUMNS = "e.page_id"

    def scored_candidates(self, match, join="", join_params=()):
        """(FROM … WHERE …, params) of the candidates in `c` that match, as `e` (the score
        can be selected; `join`: more tables, after `e`). "+" makes the test of `c` a check
        of each matching row: as a constraint, FTS5 would run the match again for each
        candidate."""
        from_sql, params = self.matches(match, join)
        return f"{from_sql} AND +f.rowid IN (SELECT page_id FROM c)", [*join_params, *params]

    def hit_rows(self, match, page_ids):
        """(SQL, params) of the `HIT_COLUMNS` of these pages, with their body and summary
        snippets (match markers in the text) where the query matches."""
        marks = f"char({ord(MARK_START)}), char({ord(MARK_END)}), '…'"
        ids = placeholders(page_ids)
        return (
            f"SELECT {HIT_COLUMNS}, s.body, s.summary FROM search_searchentry e LEFT JOIN ("
            f"SELECT rowid AS page_id, snippet(search_fulltext, 3, {marks}, 24) AS body, "
            f"snippet(search_fulltext, 2, {marks}, 24) AS summary FROM search_fulltext "
            f"WHERE search_fulltext MATCH %s AND rowid IN ({ids})) s ON s.page_id = e.page_id "
            f"WHERE e.page_id IN ({ids})",
            [match, *page_ids, *page_ids],
        )

    def delete(self, cursor, page_ids):
        for table in ("search_fulltext", "search_fulltext_head", "search_fulltext_facets"):
            cursor.execute(
                f"DELETE FROM {table} WHERE rowid IN ({placeholders(page_ids)})", list(page_ids)
            )

    def insert(self, cursor, documents):
        cursor.executemany(
            "INSERT INTO search_fulltext (rowid, title, headings, summary, body, topics, levels, "
            "joined) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            [text_row(document) for document in documents],
        )
        cursor.executemany(
            "INSERT INTO search_fulltext_head (rowid, title, headings, summary, topics, levels) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [head_row(document) for document in documents],
        )
        cursor.executemany(
            "INSERT INTO search_fulltext_facets (page_id, type, category, targeted, "
            "restriction, topic_facet, level_facet) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [facet_row(document) for document in documents],
        )

    def clear(self, cursor):
        for table in ("search_fulltext", "search_fulltext_head", "search_fulltext_facets"):
            cursor.execute(f"DELETE FROM {table}")

    def optimise(self, cursor):
        for table in ("search_fulltext", "search_fulltext_head"):
            cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


class PostgresFullText:
    """PostgreSQL full text: English stemming, weights A (title, headings), B (summary, topics,
    levels), C (body), `ts_rank_cd()`, `ts_headline()`. The matching rows are `e`, rows of
    `search_fulltext` found through the GIN index on `words` (see `matches()`; the column has no
    planner statistics so that the index is always used: see migration 0004)."""

    # Above this many matches, scoring the candidates costs less than scoring every match.
    EXACT_RANK_LIMIT = 1000
    # ts_headline() parses all the text it is given (about 1 ms for a 5,000-character body), so
    # a longer body is highlighted in a window from shortly before the first query word.
    HEADLINE_TEXT = 800
    HEADLINE_LEAD = 100

    def all_terms(self, segments, typed_only=False):
        slots = (self.slot(segment, typed_only) for segment in segments)
        return "to_tsquery('english', %s)", [" & ".join(slots)]

    def any_term(self, segments, typed_only=False):
        slots = (self.slot(segment, typed_only) for segment in segments)
        return "to_tsquery('english', %s)", [" | ".join(slots)]

    def slot(self, segment, typed_only=False):
        """`cancel`, or `(cancel | close <-> account)`: valid syntax, since the words are
        letters and digits only. A synonym phrase PostgreSQL would shrink to one word is left
        out ("do not call" would find every "call"); typed words are always searched."""
        return slot_expression(
            segment,
            phrase=" <-> ".join,
            either=lambda items: joined_by(" | ", items),
            both=lambda items: joined_by(" & ", items),
            keep=is_exact_in_postgres,
            typed_only=typed_only,
        )

    def facets_sql(self, matching, matching_params, filters):
        """(SQL, params) of (facet, value or key, count) rows over the rows `matching`: one
        pass, with a grouping set per facet. Each set also groups on whether the rows pass
        the other facets' filters; `facet_rows()` keeps the groups that pass them all."""
        checks, params = [], []
        for facet, _column in FACET_COLUMNS:
            condition, condition_params = filter_sql("e", filter_of(filters, facet))
            checks.append(f"({condition}) AS passes_{facet}")
            params += condition_params
        sets = ", ".join(
            "("
            + ", ".join(
                [column] + [f"passes_{other}" for other, _ in FACET_COLUMNS if other != facet]
            )
            + ")"
            for facet, column in FACET_COLUMNS
        )
        columns = ", ".join(f"e.{column}" for _facet, column in FACET_COLUMNS)
        names = ", ".join(
            [column for _facet, column in FACET_COLUMNS]
            + [f"passes_{facet}" for facet, _column in FACET_COLUMNS]
        )
        return (
            f"SELECT {names}, COUNT(*) FROM (SELECT {columns}, {', '.join(checks)} "
            f"{matching}) e GROUP BY GROUPING SETS ({sets})",
            [*params, *matching_params],
        )

    def facet_rows(self, rows):
        """(facet, value or key, count) from the rows of `facets_sql()`."""
        size = len(FACET_COLUMNS)
        for row in rows:
            values, passes, count = row[:size], row[size : 2 * size], row[-1]
            index = next(i for i, value in enumerate(values) if value is not None)
            if all(passed for i, passed in enumerate(passes) if i != index):
                yield FACET_COLUMNS[index][0], values[index], count

    def matches(self, match, join=""):
        """Matched on `words`, whose GIN index answers phrases too (neighbouring words are
        one lexeme there: see migration 0008), so no page's vector is read to find them."""
        _tsquery, params = match
        return f"FROM search_fulltext e {join} WHERE e.words @@ search_tsquery(%s)", list(params)

    def score(self, match):
        tsquery, params = match
        return f"ts_rank_cd(e.document, {tsquery}, 1)", list(params)

    def typed_score(self, match, typed, candidates=False):
        """(JOIN, params, score SQL, params): see SqliteFullText.typed_score()."""
        tsquery, params = match
        typed_tsquery, typed_params = typed
        return (
            "",
            [],
            f"CASE WHEN e.document @@ {typed_tsquery} "
            f"THEN ts_rank_cd(e.document, {typed_tsquery}, 1) ELSE 0 END "
            f"+ ts_rank_cd(e.document, {tsquery}, 1) * {SYNONYM_WEIGHT}",
            [*typed_params, *typed_params, *params],
        )

    def head_ranked(self, match, where, where_params, limit, limit_params):
        # Only the head index: adding `document @@` here lets the planner check one index's
        # rows against the other column's vectors, reading thousands of them.
        tsquery, params = match
        return (
            f"SELECT {self.CANDIDATE_COLUMNS} FROM search_fulltext e "
            f"WHERE e.head @@ {tsquery} AND {where} "
            f"ORDER BY ts_rank_cd(e.head, {tsquery}, 1) DESC, e.page_id LIMIT {limit}",
            [*params, *where_params, *params, *limit_params],
        )

    # The candidates carry their vector (a TOAST pointer, read only if they are scored),
    # so scoring them needs no join, which the planner, without statistics on `document`,
    # would get wrong.
    CANDIDATE_COLUMNS = "e.page_id, e.type, e.document"

    def scored_candidates(self, match, join="", join_params=()):
        tsquery, params = match
        return f"FROM c e {join} WHERE e.document @@ {tsquery}", [*join_params, *params]

    def hit_rows(self, match, page_ids):
        tsquery, params = match
        options = (
            f"'StartSel=' || chr({ord(MARK_START)}) || ', StopSel=' || chr({ord(MARK_END)}) "
            "|| ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'"
        )
        # The first occurrence of a query word: lexemes are prefixes of nearly every form
        # of their word ("refund" in "Refunds"); when none is found the window starts at 1.
        first = (
            "(SELECT min(nullif(strpos(lower(f.body), lexeme), 0)) "
            "FROM unnest(tsvector_to_array(to_tsvector('english', %s))) lexeme)"
        )
        body = (
            f"CASE WHEN length(f.body) <= {self.HEADLINE_TEXT} THEN f.body ELSE substr(f.body, "
            f"greatest(coalesce({first}, 1) - {self.HEADLINE_LEAD}, 1), {self.HEADLINE_TEXT}) "
            "END"
        )
        ids = placeholders(page_ids)
        return (
            f"SELECT {HIT_COLUMNS}, ts_headline('english', {hide_angles(body)}, {tsquery}, "
            f"{options}), ts_headline('english', {hide_angles('f.summary')}, {tsquery}, "
            f"{options}) FROM search_searchentry e "
            f"LEFT JOIN search_fulltext f ON f.page_id = e.page_id WHERE e.page_id IN ({ids})",
            [*self.words(match), *params, *params, *page_ids],
        )

    def words(self, match):
        """The query's words, as one text, for finding the first one in a body."""
        _tsquery, params = match
        return [" ".join(WORD.findall(params[0]))]

    def delete(self, cursor, page_ids):
        cursor.execute(
            f"DELETE FROM search_fulltext WHERE page_id IN ({placeholders(page_ids)})",
            list(page_ids),
        )

    def insert(self, cursor, documents):
        cursor.executemany(
            "INSERT INTO search_fulltext (page_id, title, headings, summary, body, topics, levels, "
            "joined, type, category, targeted, restriction, topic_facet, level_facet) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [text_row(document) + facet_row(document)[1:] for document in documents],
        )

    def clear(self, cursor):
        cursor.execute("DELETE FROM search_fulltext")

    def optimise(self, cursor):
        for table in ("search_fulltext", "search_searchentry", "search_searchentrytag"):
            cursor.execute(f"ANALYZE {table}")


def is_exact_in_postgres(phrase):
    """Whether PostgreSQL searches a phrase as written: one word, or at least two words it
    keeps (the stopwords between them only count as distance)."""
    return len(phrase) == 1 or sum(word not in POSTGRES_STOPWORDS for word in phrase) >= 2


# ts_headline() drops anything that looks like an HTML tag; the text is shown escaped instead,
# so angle brackets are swapped for control characters around it.
ANGLES = {"<": "\x04", ">": "\x05"}


def hide_angles(column):
    for angle, stand_in in ANGLES.items():
        column = f"replace({column}, '{angle}', chr({ord(stand_in)}))"
    return column


def restore_angles(text):
    for angle, stand_in in ANGLES.items():
        text = (text or "").replace(stand_in, angle)
    return text


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def weights(values):
    return ", ".join(str(value) for value in values)


def fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def full_text():
    """The full-text dialect of the default database."""
    if connection.vendor == "postgresql":
        return PostgresFullText()
    if connection.vendor == "sqlite":
        return SqliteFullText()
    raise ImproperlyConfigured(
        f"The database search engine supports SQLite and PostgreSQL, not {connection.vendor}."
    )


def visible_sql(alias, visibility):
    """(SQL condition, params): the rows `alias` (with page_id, targeted, restriction) a user
    may see. Tags are only looked up for targeted news and group-restricted pages."""
    team_ids, group_ids, is_superuser = visibility
    if is_superuser:
        return "1 = 1", []
    teams = sorted(str(pk) for pk in team_ids)
    groups = sorted(str(pk) for pk in group_ids)
    tagged = (
        "EXISTS (SELECT 1 FROM search_searchentrytag v WHERE v.entry_id = {alias}.page_id "
        "AND v.kind = '{kind}' AND v.value IN ({values}))"
    )
    team_rule = f"NOT {alias}.targeted"
    if teams:
        team_tag = tagged.format(alias=alias, kind="team", values=placeholders(teams))
        team_rule = f"({team_rule} OR {team_tag})"
    restriction_rule = f"{alias}.restriction = '{SearchEntry.Restriction.NONE}'"
    if groups:
        group_tag = tagged.format(alias=alias, kind="group", values=placeholders(groups))
        restriction_rule = (
            f"({restriction_rule} OR {alias}.restriction = '{SearchEntry.Restriction.GROUPS}' "
            f"AND {group_tag})"
        )
    return f"{team_rule} AND {restriction_rule}", [*teams, *groups]


def filter_of(filters, facet):
    """Only `facet`'s filter of `filters`."""
    field = {"type": "types", "category": "categories", "topic": "topics", "level": "levels"}
    return SearchFilters(**{field[facet]: getattr(filters, field[facet])})


def filter_sql(alias, filters, without=None):
    """(SQL condition, params): the rows `alias` passing the filters, except `without`'s."""
    conditions, params = [], []
    for facet, values in (("type", filters.types), ("category", filters.categories)):
        if values and facet != without:
            conditions.append(f"{alias}.{facet} IN ({placeholders(values)})")
            params += values
    for kind, values in (("topic", filters.topics), ("level", filters.levels)):
        if values and kind != without:
            conditions.append(
                "EXISTS (SELECT 1 FROM search_searchentrytag t WHERE t.entry_id = "
                f"{alias}.page_id AND t.kind = '{kind}' AND t.value IN ({placeholders(values)}))"
            )
            params += values
    return " AND ".join(conditions) or "1 = 1", params


def visible_entries(visibility, filters):
    """The entries a user may see that pass the filters, as a queryset (promotions and
    autocomplete, which look at a few entries)."""
    team_ids, group_ids, is_superuser = visibility
    entries = SearchEntry.objects.all()
    if not is_superuser:
        tags = SearchEntryTag.objects.filter(entry=OuterRef("pk"))
        entries = entries.filter(
            Q(targeted=False)
            | Exists(tags.filter(kind="team", value__in=[str(pk) for pk in team_ids]))
        ).filter(
            Q(restriction=SearchEntry.Restriction.NONE)
            | Q(restriction=SearchEntry.Restriction.GROUPS)
            & Exists(tags.filter(kind="group", value__in=[str(pk) for pk in group_ids]))
        )
    if filters.types:
        entries = entries.filter(type__in=filters.types)
    if filters.categories:
        entries = entries.filter(category__in=filters.categories)
    for kind, values in (("topic", filters.topics), ("level", filters.levels)):
        if values:
            tagged = SearchEntryTag.objects.filter(entry=OuterRef("pk"), kind=kind)
            entries = entries.filter(Exists(tagged.filter(value__in=values)))
    return entries


class DatabaseEngine:
    """The default engine: see the module docstring."""

    name = "database"

    def __init__(self):
        self.text = full_text()

    # -- searching ------------------------------------------------------------------------

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
        """One page of hits with facets, total, the correction used or "did you mean" (see the
        contract and "Spelling" above)."""
        query = " ".join(str(query).split())
        per_page = min(max(int(per_page), 1), MAX_PER_PAGE)
        page = max(int(page), 1)
        synonyms = current_synonyms()
        segments = query_segments(query, synonyms)
        if not segments:
            return Results(query, (), 0, page, per_page, empty_facets(), None)
        visibility = visibility_for(user)
        found = self.best_match(segments, visibility, filters)
        corrections, corrected = None, None
        if not exact and not found.complete:
            corrections = self.corrections(query, synonyms)
            if corrections:
                corrected = corrected_query(query, corrections)
                segments = query_segments(corrected, synonyms)
                better = self.best_match(segments, visibility, filters)
                if (better.complete and better.total) or better.total > found.total:
                    found = better
                else:
                    corrected, segments = None, query_segments(query, synonyms)
        # Editors promote pages for what people mean: the corrected words when corrected.
        searched = corrected or query
        match, facets = found.match, found.facets
        total = matched = found.total
        promoted = self.promoted_entries(searched, visibility, filters) if page == 1 else []
        promoted_ids = [entry.pk for entry in promoted]
        if promoted_ids:
            total += len(promoted_ids) - len(self.matching_among(match, promoted_ids))
        elif page > 1:
            promoted_ids = self.promoted_ids(searched, visibility, filters)
        offset = max((page - 1) * per_page - len(promoted_ids), 0)
        limit = per_page - (len(promoted) if page == 1 else 0)
        where = self.where(visibility, filters, promoted_ids)
        ranked = self.ranked(match, found.typed, segments, where, matched, limit, offset)
        hits = self.hits(match, promoted, ranked)
        suggestion = None
        if corrected is None and total < SUGGESTION_THRESHOLD:
            suggestion = self.did_you_mean(query, total, visibility, filters, corrections)
        return Results(
            query,
            tuple(hits),
            total,
            page,
            per_page,
            facets,
            suggestion,
            corrected_query=corrected,
        )

    def best_match(self, segments, visibility, filters):
        """All the slots if anything matches them all, else any slot; with its facets."""
        match = self.text.all_terms(segments)
        facets = self.facet_counts(match, visibility, filters)
        # The type facet ignores the type filter: did anything match everything at all?
        complete = any(value.count for value in facets["type"])
        if len(segments) > 1 and not complete:
            match = self.text.any_term(segments)
            facets = self.facet_counts(match, visibility, filters)
        # Pages with every typed word come first among pages that match every slot. When no
        # page matches them all, each page matches only some slots, typed or not: no bonus.
        expanded = any(len(segment.slot) > segment.typed for segment in segments)
        typed = self.text.all_terms(segments, typed_only=True) if expanded and complete else None
        return Found(match, facets, total_from(facets, filters), complete, typed)

    def facet_counts(self, match, visibility, filters):
        """Counts per facet value over the visible matching set, in one query, each facet
        with the other facets' filters. Topics and levels are grouped on each page's key (a
        few dozen distinct ones), then counted per value here."""
        matches_sql, params = self.text.matches(match)
        visible, visible_params = visible_sql("e", visibility)
        sql, sql_params = self.text.facets_sql(
            f"{matches_sql} AND {visible}", [*params, *visible_params], filters
        )
        rows = fetch(sql, sql_params)
        return facets_from_rows(self.text.facet_rows(rows))

    def where(self, visibility, filters, excluded_ids):
        """(SQL condition, params) on the matching rows `e`: visible, filtered, not excluded."""
        visible, params = visible_sql("e", visibility)
        filtered, filtered_params = filter_sql("e", filters)
        sql = f"{visible} AND {filtered}"
        if excluded_ids:
            sql += f" AND e.page_id NOT IN ({placeholders(excluded_ids)})"
        return sql, [*params, *filtered_params, *excluded_ids]

    def ranked(self, match, typed, segments, where, matched, limit, offset):
        """[(page id, score)] of one page of hits, best first (see "Ranking" above); `where`
        is `self.where()`, `matched` about how many pages it leaves."""
        if limit <= 0:
            return []
        where_sql, where_params = where
        score_sql, score_params = self.text.score(match)
        # Operators search for how to do something: news is ranked a little below guides.
        news = f"CASE WHEN e.type = 'news' THEN {NEWS_WEIGHT} ELSE 1 END"
        if matched <= self.text.EXACT_RANK_LIMIT:
            join, join_params = "", []
            if typed is not None:
                join, join_params, score_sql, score_params = self.text.typed_score(match, typed)
            matches_sql, match_params = self.text.matches(match, join)
            return fetch(
                f"SELECT e.page_id, {score_sql} * {news} AS weighted {matches_sql} "
                f"AND {where_sql} ORDER BY weighted DESC, e.page_id LIMIT %s OFFSET %s",
                [*score_params, *join_params, *match_params, *where_params, limit, offset],
            )
        # Too many matches to score each: the candidates are scored as every match would be
        # (the typed words first, when synonyms add some), and come first.
        candidates_sql, candidates_params = self.candidates(
            segments, typed, where_sql, where_params
        )
        candidate, rest = ("", [], score_sql, score_params), ("", [], score_sql, score_params)
        if typed is not None:
            candidate = self.text.typed_score(match, typed, candidates=True)
            rest = self.text.typed_score(match, typed)
        join, join_params, candidate_sql, candidate_params = candidate
        scored_sql, scored_params = self.text.scored_candidates(match, join, join_params)
        join, join_params, rest_sql, rest_params = rest
        matches_sql, match_params = self.text.matches(match, join)
        # One statement: the candidates that match (`scored`, `where` holds for them), by
        # score; then, only when the page reaches past them (the LIMIT is 0 otherwise, and
        # nothing is scored), the other matches by the same score.
        return fetch(
            f"WITH {candidates_sql}, "
            f"scored AS MATERIALIZED (SELECT e.page_id, {candidate_sql} * {news} AS weighted "
            f"{scored_sql}), "
            "top AS MATERIALIZED (SELECT page_id, weighted FROM scored "
            "ORDER BY weighted DESC, page_id LIMIT %s OFFSET %s) "
            "SELECT page_id, weighted FROM (SELECT 0 AS part, page_id, weighted FROM top "
            f"UNION ALL SELECT 1, page_id, weighted FROM (SELECT e.page_id, {rest_sql} * {news} "
            f"AS weighted {matches_sql} AND {where_sql} "
            "AND e.page_id NOT IN (SELECT page_id FROM scored) ORDER BY weighted DESC, "
            "e.page_id LIMIT %s - (SELECT COUNT(*) FROM top) OFFSET CASE WHEN %s > "
            "(SELECT COUNT(*) FROM scored) THEN %s - (SELECT COUNT(*) FROM scored) ELSE 0 END"
            ") rest) ranked ORDER BY part, weighted DESC, page_id",
            [
                *candidates_params,
                *candidate_params,
                *scored_params,
                limit,
                offset,
                *rest_params,
                *join_params,
                *match_params,
                *where_params,
                limit,
                offset,
                offset,
            ],
        )

    def candidates(self, segments, typed, where_sql, where_params):
        """(SQL, params) of the CTEs ending in `c`: the CANDIDATES pages passing `where`
        whose head matches best, in tiers as the score ranks pages: those whose head has
        every typed word (`typed`, when synonyms add some), then every slot, then any slot,
        each tier best first and searched only while there is room (its LIMIT is 0
        otherwise: a word in most heads makes the last tier large)."""
        tiers = [self.text.all_terms(segments), self.text.any_term(segments)]
        if typed is not None:
            tiers.insert(0, typed)
        ctes, params, taken = [], [], []
        for number, tier in enumerate(tiers):
            excluded = "".join(
                f" AND e.page_id NOT IN (SELECT page_id FROM {name})" for name in taken
            )
            room = "".join(f" - (SELECT COUNT(*) FROM {name})" for name in taken)
            sql, tier_params = self.text.head_ranked(
                tier, where_sql + excluded, where_params, f"%s{room}", [CANDIDATES]
            )
            name = f"c_{number}"
            ctes.append(f"{name} AS MATERIALIZED ({sql})")
            params += tier_params
            taken.append(name)
        union = " UNION ALL ".join(f"SELECT * FROM {name}" for name in taken)
        return f"{', '.join(ctes)}, c AS ({union})", params

    def matching_among(self, match, page_ids):
        """The ids among `page_ids` that match the query."""
        matches_sql, params = self.text.matches(match)
        rows = fetch(
            f"SELECT e.page_id {matches_sql} AND e.page_id IN ({placeholders(page_ids)})",
            [*params, *page_ids],
        )
        return {row[0] for row in rows}

    def hits(self, match, promoted, ranked):
        """Hits for the promoted entries, then the ranked ones, with snippets (one query)."""
        scores = dict(ranked)
        ids = [entry.pk for entry in promoted] + [page_id for page_id, _score in ranked]
        if not ids:
            return []
        rows = {row[0]: row for row in fetch(*self.text.hit_rows(match, ids))}
        top_score = max(scores.values(), default=0.0)
        hits = []
        for page_id in ids:
            if page_id not in rows:
                continue
            _id, type_, title, url, summary, when, topics, levels, *snippets = rows[page_id]
            is_promoted = page_id not in scores
            hits.append(
                Hit(
                    page_id=page_id,
                    title=title,
                    type=type_,
                    url=url,
                    snippet=pick_snippet([restore_angles(text) for text in snippets], summary),
                    date=date.fromisoformat(when) if isinstance(when, str) else when,
                    topics=tuple(from_json(topics)),
                    levels=tuple(from_json(levels)),
                    score=round(float(top_score if is_promoted else scores[page_id]), 4),
                    promoted=is_promoted,
                )
            )
        return hits

    # -- promotions -----------------------------------------------------------------------

    def promoted_entries(self, query, visibility, filters):
        """The visible entries editors promoted for this query, in their order."""
        # Asked on every first page: plain SQL, no queryset to build.
        table = PromotedResult._meta.db_table
        rows = fetch(
            f"SELECT page_id FROM {table} WHERE query = %s ORDER BY sort_order, id",
            [normalise(query)],
        )
        ids = [row[0] for row in rows]
        if not ids:
            return []
        entries = visible_entries(visibility, filters).in_bulk(ids)
        return [entries[page_id] for page_id in dict.fromkeys(ids) if page_id in entries]

    def promoted_ids(self, query, visibility, filters):
        return [entry.pk for entry in self.promoted_entries(query, visibility, filters)]

    # -- did you mean ---------------------------------------------------------------------

    def did_you_mean(self, query, total, visibility, filters, corrections=None):
        """The query with unknown words replaced by close indexed words, when that finds more
        (`corrections`: already computed for this query, if they were)."""
        if corrections is None:
            corrections = self.corrections(query, current_synonyms())
        if not corrections:
            return None
        corrected = corrected_query(query, corrections)
        segments = query_segments(corrected, current_synonyms())
        if self.best_match(segments, visibility, filters).total > total:
            return corrected
        return None

    def corrections(self, query, synonyms):
        """{misspelt word: correction} for the query's words the index does not have: the
        closest indexed word (`search.spelling`). Synonym terms, stopwords, short words and
        words with digits or symbols are left as typed. One query."""
        words = [
            segment.words[0]
            for segment in synonyms.segment(tokens(query))
            if len(segment.words) == 1
            and is_correctable(segment.words[0])
            and not synonyms.knows(segment.words[0])
        ]
        if not words:
            return {}
        # Each word's candidates, the word itself among them when it is known.
        condition = Q()
        for word in dict.fromkeys(words):
            reach = max_distance(word)
            condition |= Q(
                word__startswith=word[0], length__range=(len(word) - reach, len(word) + reach)
            )
        rows = list(SearchWord.objects.filter(condition).values_list("word", "frequency"))
        corrections = {}
        for word in dict.fromkeys(words):
            reach = max_distance(word)
            candidates = (
                (candidate, frequency)
                for candidate, frequency in rows
                if candidate[0] == word[0] and abs(len(candidate) - len(word)) <= reach
            )
            correction = best_correction(word, candidates)
            if correction:
                corrections[word] = correction
        return corrections

    # -- autocomplete ---------------------------------------------------------------------

    def suggest(self, prefix, user, limit=8):
        """Titles of visible pages with a word starting with each typed word, the last one
        possibly unfinished; titles that start with the text first."""
        words = words_of(prefix)
        if not words:
            return []
        entries = visible_entries(visibility_for(user), SearchFilters())
        for word in words:
            entries = entries.filter(Q(title__istartswith=word) | Q(title__icontains=f" {word}"))
        starts = " ".join(prefix.split())
        entries = entries.annotate(
            starts=Case(
                When(title__istartswith=starts, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("starts", "title")
        return list(dict.fromkeys(entries.values_list("title", flat=True)[: limit * 2]))[:limit]

    # -- indexing -------------------------------------------------------------------------

    def index_pages(self, pages):
        """Add or update these pages; the ones that are not live (or not searchable) go."""
        pages = list(pages)
        documents = documents_for(pages)
        indexed = {document.page_id for document in documents}
        self.remove_pages([page.pk for page in pages if page.pk not in indexed])
        self.write(documents)

    def remove_pages(self, page_ids):
        page_ids = list(page_ids)
        if not page_ids:
            return
        with transaction.atomic(), connection.cursor() as cursor:
            for start in range(0, len(page_ids), BATCH_SIZE):
                batch = page_ids[start : start + BATCH_SIZE]
                self.text.delete(cursor, batch)
                SearchEntry.objects.filter(pk__in=batch).delete()

    def rebuild(self):
        """Empty the index and index every live searchable page; returns how many."""
        with transaction.atomic():
            with connection.cursor() as cursor:
                self.text.clear(cursor)
            SearchEntryTag.objects.all().delete()
            SearchEntry.objects.all().delete()
            SearchWord.objects.all().delete()
            vocabulary = Counter()
            for queryset in searchable_pages():
                ids = list(queryset.values_list("pk", flat=True))
                for start in range(0, len(ids), BATCH_SIZE):
                    documents = documents_for_ids(ids[start : start + BATCH_SIZE])
                    self.write(documents, fresh=True)
                    vocabulary.update(vocabulary_of(documents))
            # Written once at the end, so each word's frequency counts every page.
            store_vocabulary(vocabulary)
        with connection.cursor() as cursor:
            self.text.optimise(cursor)
        return self.count()

    def count(self):
        return SearchEntry.objects.count()

    def write(self, documents, fresh=False):
        """Store documents, replacing what was indexed for their pages."""
        if not documents:
            return
        ids = [document.page_id for document in documents]
        with transaction.atomic(), connection.cursor() as cursor:
            if not fresh:
                self.text.delete(cursor, ids)
                SearchEntry.objects.filter(pk__in=ids).delete()
            SearchEntry.objects.bulk_create(entry_of(document) for document in documents)
            SearchEntryTag.objects.bulk_create(
                tag for document in documents for tag in tags_of(document)
            )
            self.text.insert(cursor, documents)
            if not fresh:
                store_vocabulary(vocabulary_of(documents))


@dataclass(frozen=True)
class Found:
    """What a query matches: its match expression, facets, total, and whether the pages
    matched every slot (`complete`) or, since none did, any."""

    match: object
    facets: dict
    total: int
    complete: bool
    typed: object = None  # the same match of the typed words only, when synonyms add some


def store_vocabulary(counts):
    """Add words to the vocabulary with how many pages use them; known words are kept."""
    SearchWord.objects.bulk_create(
        (
            SearchWord(word=word, length=len(word), frequency=count)
            for word, count in sorted(counts.items())
        ),
        ignore_conflicts=True,
        batch_size=BATCH_SIZE,
    )


def normalise(query):
    return " ".join(str(query).lower().split())


def restriction_of(document):
    if document.restricted_group_ids is None:
        return SearchEntry.Restriction.NONE
    if document.restricted_group_ids:
        return SearchEntry.Restriction.GROUPS
    return SearchEntry.Restriction.NOBODY


def entry_of(document):
    return SearchEntry(
        page_id=document.page_id,
        type=document.type,
        title=document.title,
        summary=document.summary,
        url=document.url,
        date=document.date,
        category=document.category,
        topic_names=list(document.topics),
        level_titles=list(document.levels),
        targeted=bool(document.team_ids),
        restriction=restriction_of(document),
    )


def tags_of(document):
    Kind = SearchEntryTag.Kind
    yield from (
        SearchEntryTag(entry_id=document.page_id, kind=Kind.TOPIC, value=slug, label=name)
        for slug, name in zip(document.topic_slugs, document.topics, strict=True)
    )
    yield from (
        SearchEntryTag(entry_id=document.page_id, kind=Kind.LEVEL, value=slug, label=title)
        for slug, title in zip(document.level_slugs, document.levels, strict=True)
    )
    yield from (
        SearchEntryTag(entry_id=document.page_id, kind=Kind.TEAM, value=str(team_id))
        for team_id in document.team_ids
    )
    yield from (
        SearchEntryTag(entry_id=document.page_id, kind=Kind.GROUP, value=str(group_id))
        for group_id in document.restricted_group_ids or ()
    )


def text_row(document):
    """The full-text table's text columns of a document, page id first, then the joined
    forms of its words written with symbols (`search.synonyms.joined_forms()`)."""
    return (
        document.page_id,
        document.title,
        document.headings,
        document.summary,
        document.body,
        " ".join(document.topics),
        " ".join(document.levels),
        document.joined,
    )


def head_row(document):
    """The head table's columns of a document: the text row without the body and the
    joined forms."""
    page_id, title, headings, summary, _body, topics, levels, _joined = text_row(document)
    return (page_id, title, headings, summary, topics, levels)


def facet_row(document):
    """(page id, type, category, targeted, restriction, topic key, level key): what a match
    is counted and filtered by."""
    return (
        document.page_id,
        document.type,
        document.category,
        bool(document.team_ids),
        str(restriction_of(document)),
        facet_key(zip(document.topic_slugs, document.topics, strict=True)),
        facet_key(zip(document.level_slugs, document.levels, strict=True)),
    )


def facet_key(pairs):
    """A page's topics (or levels) as one JSON text, `[[slug, label], ...]`: the facet
    counts group pages on it (a few dozen distinct keys), then count each value."""
    return json.dumps([list(pair) for pair in pairs], ensure_ascii=False)


def vocabulary_of(documents):
    """{word: how often the documents use it}: their plain words and the joined forms of their
    words written with symbols, what spelling corrections are made to. Occurrences rather
    than pages: a word used more is the likelier meaning of a misspelling."""
    counts = Counter()
    for document in documents:
        words = document.joined.split()
        for text in (document.title, document.headings, document.summary, document.body):
            words += words_of(text)
        counts.update(word for word in words if word.isalpha() and 3 <= len(word) <= 60)
    return counts


def from_json(value):
    """A JSON column's value: SQLite and Django's psycopg setup hand over the text."""
    return json.loads(value) if isinstance(value, str) else value


def pick_snippet(snippets, summary):
    """The body snippet when the match is in the body, else the summary's, else the summary."""
    body, summary_snippet = snippets or ("", "")
    for candidate in (body, summary_snippet):
        if candidate and MARK_START in candidate:
            return to_safe_html(candidate)
    return to_safe_html(summary or body)


def empty_facets():
    return {"type": (), "topic": (), "level": (), "category": ()}


def facets_from_rows(rows):
    """Facet values, in a stable order, from (facet, value or key, count) rows."""
    from kb.models import NewsCategory

    labels = {"type": TYPE_LABELS, "category": dict(NewsCategory.choices)}
    counts = {"type": {}, "topic": {}, "level": {}, "category": {}}
    for facet, key, count in rows:
        if not key:
            continue  # pages that are not news have no category
        pairs = [(key, labels[facet].get(key, key))] if facet in labels else json.loads(key)
        for value, label in pairs:
            counts[facet][value] = (label, counts[facet].get(value, (label, 0))[1] + count)
    facets = {
        facet: [
            FacetValue(value=value, label=label or value, count=count)
            for value, (label, count) in values.items()
        ]
        for facet, values in counts.items()
    }
    order = {value: position for position, value in enumerate(TYPES)}
    facets["type"].sort(key=lambda item: order.get(item.value, len(order)))
    for name in ("topic", "level", "category"):
        facets[name].sort(key=lambda item: item.label.lower())
    return {name: tuple(values) for name, values in facets.items()}


def total_from(facets, filters):
    """The size of the filtered matching set: the type facet's counts for the chosen types."""
    return sum(
        value.count for value in facets["type"] if not filters.types or value.value in filters.types
    )
