"""The database search engine: the database's own full-text search, ranked inside the database.

Text lives in `search_fulltext` (an FTS5 table on SQLite, a weighted `tsvector` with a GIN
index on PostgreSQL; see migration 0002); what results are filtered, faceted and shown by
lives in `SearchEntry` and `SearchEntryTag`. A search runs a fixed handful of queries:

1. facet counts for the visible matching set, grouped in one UNION ALL (the total is the sum
   of the type facet, since every page has exactly one type);
2. the requested page of hits, ranked and limited in SQL (`bm25()` with column weights, or
   `ts_rank_cd()` over the GIN index);
3. the entries of those hits, and 4. their snippets, computed for those rows only.

Queries are treated as words, never as FTS syntax: every word is quoted. All the words must
match; when nothing matches all of them, any word may (ranking still prefers pages with more).
"""

import difflib
import html

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When

from search.documents import documents_for, documents_for_ids, searchable_pages, visibility_for
from search.engine import TYPE_LABELS, TYPES, FacetValue, Hit, Results, SearchFilters, words_of
from search.models import PromotedResult, SearchEntry, SearchEntryTag, SearchWord

MAX_PER_PAGE = 50
NEWS_WEIGHT = 0.75
SUGGESTION_THRESHOLD = 3  # fewer hits than this and "did you mean" is tried
BATCH_SIZE = 500
MARK_START, MARK_END = "\x02", "\x03"
# Words that match almost every page and would only add noise to "any word" matching.
STOPWORD_TEXT = """
a about an and are as at be by can do does for from has have how i if in into is it its me my
not of on or our s so that the their them then there this to was we what when where which who
why will with you your
"""
STOPWORDS = frozenset(STOPWORD_TEXT.split())


def query_terms(query):
    """The words of a query that carry meaning: stopwords and stray letters dropped, unless
    nothing else is left."""
    words = words_of(query)
    meaningful = [w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return list(dict.fromkeys(meaningful or words))


def to_safe_html(text):
    """Escape a snippet and turn the engine's match markers into <mark> elements."""
    escaped = html.escape(text or "", quote=False)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class SqliteFullText:
    """SQLite's FTS5: Porter-stemmed words, `bm25()` with column weights, `snippet()`."""

    # title, headings, summary, body, topics, levels
    WEIGHTS = (10.0, 5.0, 3.0, 1.0, 2.0, 2.0)

    def all_terms(self, terms):
        return " AND ".join(f'"{term}"' for term in terms)

    def any_term(self, terms):
        return " OR ".join(f'"{term}"' for term in terms)

    def matched_sql(self, match):
        return "SELECT rowid AS page_id FROM search_fulltext WHERE search_fulltext MATCH %s", [
            match
        ]

    def ranked_sql(self, match):
        weights = ", ".join(str(weight) for weight in self.WEIGHTS)
        return (
            f"SELECT rowid AS page_id, -bm25(search_fulltext, {weights}) AS score "
            "FROM search_fulltext WHERE search_fulltext MATCH %s",
            [match],
        )

    def snippets(self, match, page_ids):
        """{page id: (body snippet, summary snippet)} with the match markers in the text."""
        if not page_ids:
            return {}
        marks = f"char({ord(MARK_START)}), char({ord(MARK_END)}), '…'"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, snippet(search_fulltext, 3, {marks}, 24), "
                f"snippet(search_fulltext, 2, {marks}, 24) FROM search_fulltext "
                f"WHERE search_fulltext MATCH %s AND rowid IN ({placeholders(page_ids)})",
                [match, *page_ids],
            )
            return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}

    def delete(self, cursor, page_ids):
        cursor.execute(
            f"DELETE FROM search_fulltext WHERE rowid IN ({placeholders(page_ids)})",
            list(page_ids),
        )

    def insert(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fulltext (rowid, title, headings, summary, body, topics, levels) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            rows,
        )

    def clear(self, cursor):
        cursor.execute("DELETE FROM search_fulltext")

    def optimise(self, cursor):
        cursor.execute("INSERT INTO search_fulltext (search_fulltext) VALUES ('optimize')")


class PostgresFullText:
    """PostgreSQL full text: English stemming, weights A (title, headings), B (summary, topics,
    levels), C (body), `ts_rank_cd()` over a GIN index, `ts_headline()`."""

    def all_terms(self, terms):
        return "plainto_tsquery('english', %s)", [" ".join(terms)]

    def any_term(self, terms):
        # The words are letters and digits only, so joining them with | is valid syntax.
        return "to_tsquery('english', %s)", [" | ".join(terms)]

    def matched_sql(self, match):
        tsquery, params = match
        return f"SELECT page_id FROM search_fulltext WHERE document @@ {tsquery}", params

    def ranked_sql(self, match):
        tsquery, params = match
        return (
            f"SELECT page_id, ts_rank_cd(document, {tsquery}, 1) AS score "
            f"FROM search_fulltext WHERE document @@ {tsquery}",
            params + params,
        )

    def snippets(self, match, page_ids):
        if not page_ids:
            return {}
        tsquery, params = match
        options = (
            f"'StartSel=' || chr({ord(MARK_START)}) || ', StopSel=' || chr({ord(MARK_END)}) "
            "|| ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page_id, ts_headline('english', {hide_angles('body')}, {tsquery}, "
                f"{options}), ts_headline('english', {hide_angles('summary')}, {tsquery}, "
                f"{options}) FROM search_fulltext WHERE page_id IN ({placeholders(page_ids)})",
                params + params + list(page_ids),
            )
            return {
                row[0]: (restore_angles(row[1]), restore_angles(row[2]))
                for row in cursor.fetchall()
            }

    def delete(self, cursor, page_ids):
        cursor.execute(
            f"DELETE FROM search_fulltext WHERE page_id IN ({placeholders(page_ids)})",
            list(page_ids),
        )

    def insert(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fulltext (page_id, title, headings, summary, body, topics, levels) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            rows,
        )

    def clear(self, cursor):
        cursor.execute("DELETE FROM search_fulltext")

    def optimise(self, cursor):
        cursor.execute("ANALYZE search_fulltext")


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


def full_text():
    """The full-text dialect of the default database."""
    if connection.vendor == "postgresql":
        return PostgresFullText()
    if connection.vendor == "sqlite":
        return SqliteFullText()
    raise ImproperlyConfigured(
        f"The database search engine supports SQLite and PostgreSQL, not {connection.vendor}."
    )


def visible_entries(visibility, filters):
    """The entries a user may see that pass the filters, as a queryset (a SQL subquery)."""
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


def subquery(queryset):
    """(sql, params) selecting the page ids of an entry queryset."""
    return queryset.values("page_id").query.sql_with_params()


class DatabaseEngine:
    """The default engine: see the module docstring."""

    name = "database"

    def __init__(self):
        self.text = full_text()

    # -- searching ------------------------------------------------------------------------

    def search(self, query, *, user, filters=SearchFilters(), page=1, per_page=10):  # noqa: B008
        """One page of hits with facets, total and "did you mean" (see the contract)."""
        query = " ".join(str(query).split())
        per_page = min(max(int(per_page), 1), MAX_PER_PAGE)
        page = max(int(page), 1)
        terms = query_terms(query)
        if not terms:
            return Results(query, (), 0, page, per_page, empty_facets(), None)
        visibility = visibility_for(user)
        match, facets = self.best_match(terms, visibility, filters)
        total = total_from(facets, filters)
        promoted = self.promoted_entries(query, visibility, filters) if page == 1 else []
        promoted_ids = [entry.pk for entry in promoted]
        if promoted_ids:
            total += len(promoted_ids) - len(self.matching_among(match, promoted_ids))
        elif page > 1:
            promoted_ids = self.promoted_ids(query, visibility, filters)
        offset = max((page - 1) * per_page - len(promoted_ids), 0)
        limit = per_page - (len(promoted) if page == 1 else 0)
        ranked = self.ranked(match, visibility, filters, promoted_ids, limit, offset)
        hits = self.hits(match, promoted, ranked)
        suggestion = None
        if total < SUGGESTION_THRESHOLD:
            suggestion = self.did_you_mean(query, total, visibility, filters)
        return Results(query, tuple(hits), total, page, per_page, facets, suggestion)

    def best_match(self, terms, visibility, filters):
        """All the words if anything matches them all, else any word; with its facets."""
        match = self.text.all_terms(terms)
        facets = self.facet_counts(match, visibility, filters)
        if len(terms) > 1 and not any(value.count for value in facets["type"]):
            match = self.text.any_term(terms)
            facets = self.facet_counts(match, visibility, filters)
        return match, facets

    def facet_counts(self, match, visibility, filters):
        """Counts per facet value over the visible matching set, in one query."""
        matched_sql, params = self.text.matched_sql(match)
        params = list(params)
        parts = []
        for facet, select, source, group in (
            ("type", "e.type, ''", "search_searchentry e", "e.type"),
            ("category", "e.category, ''", "search_searchentry e", "e.category"),
            ("topic", "t.value, MAX(t.label)", "search_searchentrytag t", "t.value"),
            ("level", "t.value, MAX(t.label)", "search_searchentrytag t", "t.value"),
        ):
            column = "e.page_id" if source.endswith(" e") else "t.entry_id"
            condition = "e.category <> ''" if facet == "category" else "1 = 1"
            if source.endswith(" t"):
                condition = f"t.kind = '{facet}'"
            visible_sql, visible_params = subquery(
                visible_entries(visibility, filters.without(facet))
            )
            parts.append(
                f"SELECT '{facet}', {select}, COUNT(*) FROM {source} "
                f"WHERE {condition} AND {column} IN (SELECT page_id FROM matched) "
                f"AND {column} IN ({visible_sql}) GROUP BY {group}"
            )
            params += list(visible_params)
        sql = f"WITH matched AS MATERIALIZED ({matched_sql}) " + " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return facets_from_rows(rows)

    def ranked(self, match, visibility, filters, excluded_ids, limit, offset):
        """[(page id, score)] of one page of hits, best first."""
        if limit <= 0:
            return []
        ranked_sql, params = self.text.ranked_sql(match)
        visible_sql, visible_params = subquery(visible_entries(visibility, filters))
        exclude = f"AND r.page_id NOT IN ({placeholders(excluded_ids)})" if excluded_ids else ""
        # Operators search for how to do something: news is ranked a little below guides.
        # MATERIALIZED: run the full-text match once. Folded into the outer query, SQLite
        # re-ran it for every visible candidate page (seconds at 10,000 guides).
        sql = (
            f"WITH r AS MATERIALIZED ({ranked_sql}) "
            f"SELECT r.page_id, r.score * CASE WHEN e.type = 'news' THEN {NEWS_WEIGHT} ELSE 1 END "
            "AS weighted FROM r JOIN search_searchentry e ON e.page_id = r.page_id "
            f"WHERE r.page_id IN ({visible_sql}) {exclude} "
            "ORDER BY weighted DESC, r.page_id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *visible_params, *excluded_ids, limit, offset])
            return cursor.fetchall()

    def matching_among(self, match, page_ids):
        """The ids among `page_ids` that match the query."""
        matched_sql, params = self.text.matched_sql(match)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT m.page_id FROM ({matched_sql}) m "
                f"WHERE m.page_id IN ({placeholders(page_ids)})",
                [*params, *page_ids],
            )
            return {row[0] for row in cursor.fetchall()}

    def count_matching(self, terms, visibility, filters):
        """How many visible pages a query finds (with the same all/any words rule)."""
        _match, facets = self.best_match(terms, visibility, filters)
        return total_from(facets, filters)

    def hits(self, match, promoted, ranked):
        """Hits for the promoted entries, then the ranked ones, with snippets."""
        scores = dict(ranked)
        ids = [entry.pk for entry in promoted] + [page_id for page_id, _score in ranked]
        entries = {entry.pk: entry for entry in promoted}
        entries.update(SearchEntry.objects.in_bulk([page_id for page_id, _ in ranked]))
        snippets = self.text.snippets(match, ids)
        top_score = max(scores.values(), default=0.0)
        hits = []
        for page_id in ids:
            entry = entries.get(page_id)
            if entry is None:
                continue
            is_promoted = page_id not in scores
            hits.append(
                Hit(
                    page_id=page_id,
                    title=entry.title,
                    type=entry.type,
                    url=entry.url,
                    snippet=pick_snippet(snippets.get(page_id), entry.summary),
                    date=entry.date,
                    topics=tuple(entry.topic_names),
                    levels=tuple(entry.level_titles),
                    score=round(float(top_score if is_promoted else scores[page_id]), 4),
                    promoted=is_promoted,
                )
            )
        return hits

    # -- promotions -----------------------------------------------------------------------

    def promoted_entries(self, query, visibility, filters):
        """The visible entries editors promoted for this query, in their order."""
        ids = list(
            PromotedResult.objects.filter(query=normalise(query))
            .order_by("sort_order", "pk")
            .values_list("page_id", flat=True)
        )
        if not ids:
            return []
        entries = visible_entries(visibility, filters).in_bulk(ids)
        return [entries[page_id] for page_id in dict.fromkeys(ids) if page_id in entries]

    def promoted_ids(self, query, visibility, filters):
        return [entry.pk for entry in self.promoted_entries(query, visibility, filters)]

    # -- did you mean ---------------------------------------------------------------------

    def did_you_mean(self, query, total, visibility, filters):
        """The query with unknown words replaced by close indexed words, when that finds more."""
        words = words_of(query)
        known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
        corrections = {}
        for word in dict.fromkeys(words):
            if word in known or len(word) < 3 or not word.isalpha():
                continue
            candidates = SearchWord.objects.filter(
                word__startswith=word[0], length__range=(len(word) - 2, len(word) + 2)
            ).values_list("word", flat=True)
            close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
            if close:
                corrections[word] = close[0]
        if not corrections:
            return None
        corrected = " ".join(corrections.get(word, word) for word in words)
        if self.count_matching(query_terms(corrected), visibility, filters) > total:
            return corrected
        return None

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
            for queryset in searchable_pages():
                ids = list(queryset.values_list("pk", flat=True))
                for start in range(0, len(ids), BATCH_SIZE):
                    self.write(documents_for_ids(ids[start : start + BATCH_SIZE]), fresh=True)
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
            self.text.insert(cursor, [fulltext_row(document) for document in documents])
            SearchWord.objects.bulk_create(
                (SearchWord(word=word, length=len(word)) for word in vocabulary_of(documents)),
                ignore_conflicts=True,
                batch_size=BATCH_SIZE,
            )


def normalise(query):
    return " ".join(str(query).lower().split())


def entry_of(document):
    if document.restricted_group_ids is None:
        restriction = SearchEntry.Restriction.NONE
    elif document.restricted_group_ids:
        restriction = SearchEntry.Restriction.GROUPS
    else:
        restriction = SearchEntry.Restriction.NOBODY
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
        restriction=restriction,
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


def fulltext_row(document):
    return (
        document.page_id,
        document.title,
        document.headings,
        document.summary,
        document.body,
        " ".join(document.topics),
        " ".join(document.levels),
    )


def vocabulary_of(documents):
    """The distinct plain words of the documents, for "did you mean"."""
    words = set()
    for document in documents:
        for text in (document.title, document.headings, document.summary, document.body):
            words.update(words_of(text))
    return sorted(word for word in words if word.isalpha() and 3 <= len(word) <= 60)


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
    """Facet values from (facet, value, label, count) rows, in a stable order."""
    from kb.models import NewsCategory

    category_labels = dict(NewsCategory.choices)
    facets = {"type": [], "topic": [], "level": [], "category": []}
    for facet, value, label, count in rows:
        if facet == "type":
            label = TYPE_LABELS.get(value, value)
        elif facet == "category":
            label = category_labels.get(value, value)
        facets[facet].append(FacetValue(value=value, label=label or value, count=count))
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
