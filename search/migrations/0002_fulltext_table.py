"""The full-text table of the database engine, in the database's own dialect.

SQLite: an FTS5 table (Porter stemming) whose rowid is the page id. PostgreSQL: a table with
a weighted `tsvector` generated from the text columns and a GIN index on it. Neither is a
Django model: Django has no field for them, and the engine reads and writes them in SQL.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_fulltext USING fts5("
    "title, headings, summary, body, topics, levels, "
    "tokenize='porter unicode61 remove_diacritics 2')",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_fulltext"]

POSTGRES_CREATE = [
    """
    CREATE TABLE search_fulltext (
        page_id integer PRIMARY KEY,
        title text NOT NULL DEFAULT '',
        headings text NOT NULL DEFAULT '',
        summary text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        topics text NOT NULL DEFAULT '',
        levels text NOT NULL DEFAULT '',
        document tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, headings), 'A')
            || setweight(to_tsvector('english'::regconfig, summary), 'B')
            || setweight(to_tsvector('english'::regconfig, topics || ' ' || levels), 'B')
            || setweight(to_tsvector('english'::regconfig, body), 'C')
        ) STORED
    )
    """,
    "CREATE INDEX search_fulltext_document ON search_fulltext USING GIN (document)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS search_fulltext"]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
