"""What a full-text match is counted, filtered and pre-ranked by, beside the text.

Facet counts and permission checks run over every match (9,000 of 10,000 pages for a broad
query), so what they read sits next to the full text instead of being joined in from
`search_searchentry` and `search_searchentrytag` row by row:

- type, category, targeted, restriction, and the page's topics and levels as JSON
  `[["slug", "label"], ...]` (`topic_facet`, `level_facet`): the topic and level facets are
  grouped on these keys (a few dozen distinct ones) instead of joining every tag.
  SQLite: a plain table `search_fulltext_facets` keyed by page id (columns read from the FTS5
  table itself would load each page's whole text). PostgreSQL: the first columns of
  `search_fulltext`, before any long text, so reading them skips over nothing.
- The "head" (title, headings, summary, topics, levels) is indexed on its own, small enough
  to search and score cheaply: queries matching too many pages to score them all pick their
  candidates from it (see `search/database.py`). SQLite: a second FTS5 table,
  `search_fulltext_head`. PostgreSQL: `head`, a weighted `tsvector` with its own GIN index,
  kept in the row (STORAGE MAIN) so reading it costs no TOAST lookup.
- PostgreSQL: `document` and `head` have no planner statistics (STATISTICS 0). The planner
  does not count the cost of reading each page's vector (TOAST) in a sequential scan; with
  statistics it chose one for broad queries and read every vector (50 ms for 10,000 pages)
  where the GIN index answers in 3 ms. Without them it assumes a query matches few pages
  and always uses the GIN indexes.

PostgreSQL's table is rebuilt (for the column order, and because statistics already gathered
for a column are not dropped by ANALYZE); SQLite's new tables are filled from the index's own
tables, so no reindexing is needed.
"""

import json

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_fulltext_head USING fts5("
    "title, headings, summary, topics, levels, "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "INSERT INTO search_fulltext_head (rowid, title, headings, summary, topics, levels) "
    "SELECT rowid, title, headings, summary, topics, levels FROM search_fulltext",
    """
    CREATE TABLE search_fulltext_facets (
        page_id integer PRIMARY KEY,
        type varchar(10) NOT NULL,
        category varchar(20) NOT NULL,
        targeted bool NOT NULL,
        restriction varchar(10) NOT NULL,
        topic_facet text NOT NULL,
        level_facet text NOT NULL
    )
    """,
]
SQLITE_DROP = [
    "DROP TABLE IF EXISTS search_fulltext_facets",
    "DROP TABLE IF EXISTS search_fulltext_head",
]

HEAD = """
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, headings), 'A')
    || setweight(to_tsvector('english'::regconfig, summary), 'B')
    || setweight(to_tsvector('english'::regconfig, topics || ' ' || levels), 'B')
"""
TEXT_COLUMNS = "title, headings, summary, body, topics, levels"
TEXT_COLUMNS_OF_F = ", ".join(f"f.{column}" for column in TEXT_COLUMNS.split(", "))


def postgres_table(name, with_facets):
    """CREATE TABLE for the full-text table, the facet columns first when `with_facets`."""
    facets = """
        targeted boolean NOT NULL DEFAULT false,
        type varchar(10) NOT NULL DEFAULT '',
        category varchar(20) NOT NULL DEFAULT '',
        restriction varchar(10) NOT NULL DEFAULT 'none',
        topic_facet text NOT NULL DEFAULT '[]',
        level_facet text NOT NULL DEFAULT '[]',
        head tsvector GENERATED ALWAYS AS ({head}) STORED,
    """
    return f"""
    CREATE TABLE {name} (
        page_id integer PRIMARY KEY,
        {facets.format(head=HEAD) if with_facets else ""}
        document tsvector GENERATED ALWAYS AS (
            {HEAD} || setweight(to_tsvector('english'::regconfig, body), 'C')
        ) STORED,
        title text NOT NULL DEFAULT '',
        headings text NOT NULL DEFAULT '',
        summary text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        topics text NOT NULL DEFAULT '',
        levels text NOT NULL DEFAULT ''
    )
    """


def postgres_facet_key(kind):
    """SQL for a page's topics or levels key, as `search.database.facet_key()` writes it."""
    return (
        "(SELECT coalesce('[' || string_agg(json_build_array(t.value, t.label)::text, ', ' "
        "ORDER BY t.id) || ']', '[]') FROM search_searchentrytag t "
        f"WHERE t.entry_id = f.page_id AND t.kind = '{kind}')"
    )


POSTGRES_CREATE = [
    postgres_table("search_fulltext_new", with_facets=True),
    "ALTER TABLE search_fulltext_new ALTER COLUMN document SET STATISTICS 0",
    "ALTER TABLE search_fulltext_new ALTER COLUMN head SET STATISTICS 0",
    "ALTER TABLE search_fulltext_new ALTER COLUMN head SET STORAGE MAIN",
    f"""
    INSERT INTO search_fulltext_new (page_id, targeted, type, category, restriction,
        topic_facet, level_facet, {TEXT_COLUMNS})
    SELECT f.page_id, coalesce(e.targeted, false), coalesce(e.type, ''),
        coalesce(e.category, ''), coalesce(e.restriction, 'none'),
        {postgres_facet_key("topic")}, {postgres_facet_key("level")}, {TEXT_COLUMNS_OF_F}
    FROM search_fulltext f LEFT JOIN search_searchentry e ON e.page_id = f.page_id
    """,
    "DROP TABLE search_fulltext",
    "ALTER TABLE search_fulltext_new RENAME TO search_fulltext",
    "ALTER INDEX search_fulltext_new_pkey RENAME TO search_fulltext_pkey",
    "CREATE INDEX search_fulltext_document ON search_fulltext USING GIN (document)",
    "CREATE INDEX search_fulltext_head ON search_fulltext USING GIN (head)",
    "ANALYZE search_fulltext",
]
POSTGRES_DROP = [
    postgres_table("search_fulltext_old", with_facets=False),
    f"INSERT INTO search_fulltext_old (page_id, {TEXT_COLUMNS}) "
    f"SELECT page_id, {TEXT_COLUMNS} FROM search_fulltext",
    "DROP TABLE search_fulltext",
    "ALTER TABLE search_fulltext_old RENAME TO search_fulltext",
    "ALTER INDEX search_fulltext_old_pkey RENAME TO search_fulltext_pkey",
    "CREATE INDEX search_fulltext_document ON search_fulltext USING GIN (document)",
]


def facet_key(pairs):
    """A page's topics or levels key, as `search.database.facet_key()` writes it."""
    return json.dumps([list(pair) for pair in pairs], ensure_ascii=False)


def fill_sqlite_facets(apps, cursor):
    """One `search_fulltext_facets` row per indexed page, from the index's own tables (the
    tags were written in the page's order)."""
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchEntryTag = apps.get_model("search", "SearchEntryTag")
    pairs = {}
    tags = SearchEntryTag.objects.filter(kind__in=["topic", "level"]).order_by("pk")
    for entry_id, kind, value, label in tags.values_list("entry_id", "kind", "value", "label"):
        pairs.setdefault((entry_id, kind), []).append((value, label))
    entries = SearchEntry.objects.values_list(
        "page_id", "type", "category", "targeted", "restriction"
    )
    cursor.executemany(
        "INSERT INTO search_fulltext_facets (page_id, type, category, targeted, restriction, "
        "topic_facet, level_facet) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        [
            (
                page_id,
                *fields,
                facet_key(pairs.get((page_id, "topic"), [])),
                facet_key(pairs.get((page_id, "level"), [])),
            )
            for page_id, *fields in entries
        ],
    )


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}.get(vendor, []):
        schema_editor.execute(statement)
    if vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            fill_sqlite_facets(apps, cursor)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_promotion_permissions")]

    operations = [migrations.RunPython(forwards, backwards)]
