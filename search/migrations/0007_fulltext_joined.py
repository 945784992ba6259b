"""A `joined` column in the full text: the joined form of every word of a page written with
a symbol ("ID&V" → "idv", "e-mail" → "email", "wrap-up" → "wrapup"), so a query typed with
or without the symbol finds it. The tokenizers split such words into parts, which a query
written with the symbol matches as a phrase; this column is for the query without it.

Kept apart from the text, so snippets stay as written, and indexed with the weight of the
body. The column is filled here from the text already indexed: no reindexing is needed.

SQLite: FTS5 tables cannot gain a column, so `search_fulltext` is rebuilt. PostgreSQL:
`document` is generated and cannot change its expression, so the table is rebuilt as in
0004 (facet columns first, no statistics on the vectors, `head` stored in the row).
"""

from django.db import migrations

from search.synonyms import joined_forms

TEXT = "title, headings, summary, body, topics, levels"
BATCH = 500

HEAD = """
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, headings), 'A')
    || setweight(to_tsvector('english'::regconfig, summary), 'B')
    || setweight(to_tsvector('english'::regconfig, topics || ' ' || levels), 'B')
"""
FACETS = "targeted, type, category, restriction, topic_facet, level_facet"


def postgres_table(name, with_joined):
    joined_vector = (
        "|| setweight(to_tsvector('english'::regconfig, joined), 'C')" if with_joined else ""
    )
    joined_column = ", joined text NOT NULL DEFAULT ''" if with_joined else ""
    return f"""
    CREATE TABLE {name} (
        page_id integer PRIMARY KEY,
        targeted boolean NOT NULL DEFAULT false,
        type varchar(10) NOT NULL DEFAULT '',
        category varchar(20) NOT NULL DEFAULT '',
        restriction varchar(10) NOT NULL DEFAULT 'none',
        topic_facet text NOT NULL DEFAULT '[]',
        level_facet text NOT NULL DEFAULT '[]',
        head tsvector GENERATED ALWAYS AS ({HEAD}) STORED,
        document tsvector GENERATED ALWAYS AS (
            {HEAD} || setweight(to_tsvector('english'::regconfig, body), 'C') {joined_vector}
        ) STORED,
        title text NOT NULL DEFAULT '',
        headings text NOT NULL DEFAULT '',
        summary text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        topics text NOT NULL DEFAULT '',
        levels text NOT NULL DEFAULT ''
        {joined_column}
    )
    """


def joined_of(title, headings, summary, body):
    return " ".join(joined_forms("\n".join([title, headings, summary, body])))


def rebuild_sqlite(cursor, with_joined):
    joined_column = ", joined" if with_joined else ""
    cursor.execute(
        f"CREATE VIRTUAL TABLE search_fulltext_new USING fts5({TEXT}{joined_column}, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    cursor.execute(f"SELECT rowid, {TEXT} FROM search_fulltext ORDER BY rowid")
    rows = cursor.fetchall()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        if with_joined:
            batch = [(*row, joined_of(*row[1:5])) for row in batch]
        cursor.executemany(
            f"INSERT INTO search_fulltext_new (rowid, {TEXT}{joined_column}) "
            f"VALUES ({', '.join(['%s'] * len(batch[0]))})",
            batch,
        )
    cursor.execute("DROP TABLE search_fulltext")
    cursor.execute("ALTER TABLE search_fulltext_new RENAME TO search_fulltext")


def rebuild_postgres(cursor, with_joined):
    cursor.execute(postgres_table("search_fulltext_new", with_joined))
    cursor.execute("ALTER TABLE search_fulltext_new ALTER COLUMN document SET STATISTICS 0")
    cursor.execute("ALTER TABLE search_fulltext_new ALTER COLUMN head SET STATISTICS 0")
    cursor.execute("ALTER TABLE search_fulltext_new ALTER COLUMN head SET STORAGE MAIN")
    cursor.execute(
        f"INSERT INTO search_fulltext_new (page_id, {FACETS}, {TEXT}) "
        f"SELECT page_id, {FACETS}, {TEXT} FROM search_fulltext"
    )
    if with_joined:
        cursor.execute("SELECT page_id, title, headings, summary, body FROM search_fulltext")
        updates = [
            (joined, page_id)
            for page_id, *text in cursor.fetchall()
            if (joined := joined_of(*text))
        ]
        cursor.executemany("UPDATE search_fulltext_new SET joined = %s WHERE page_id = %s", updates)
    for statement in [
        "DROP TABLE search_fulltext",
        "ALTER TABLE search_fulltext_new RENAME TO search_fulltext",
        "ALTER INDEX search_fulltext_new_pkey RENAME TO search_fulltext_pkey",
        "CREATE INDEX search_fulltext_document ON search_fulltext USING GIN (document)",
        "CREATE INDEX search_fulltext_head ON search_fulltext USING GIN (head)",
        "ANALYZE search_fulltext",
    ]:
        cursor.execute(statement)


def rebuild(with_joined):
    def apply(apps, schema_editor):
        rebuild_table = {"sqlite": rebuild_sqlite, "postgresql": rebuild_postgres}.get(
            schema_editor.connection.vendor
        )
        if rebuild_table:
            with schema_editor.connection.cursor() as cursor:
                rebuild_table(cursor, with_joined)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0006_seed_synonyms")]

    operations = [migrations.RunPython(rebuild(True), rebuild(False))]
