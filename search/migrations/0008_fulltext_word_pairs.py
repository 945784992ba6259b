"""PostgreSQL: what a search matches is decided by the index alone, phrases included.

A GIN index over `tsvector`s holds no word positions. For a query with a phrase (`close <->
account`: multi-word synonyms and words written with a symbol make them), PostgreSQL therefore
re-reads the whole vector of every page the index returns, every page with the phrase's
words anywhere (8,500 of 10,000 for "customer wants to cancel", 9,900 for "callback"), and
reading a vector costs more than anything else a search does.

`words` is what a search matches against: the lexemes of `document` and a lexeme for every
pair of neighbouring words, `'close account'` (`search_word_pairs()`; words are neighbours
when nothing but stopwords, which PostgreSQL leaves out, stands between them), without
positions. `search_tsquery()` turns a query's phrases into those pairs (`'close' <->
'account'` → `'close account' & 'account'`; three words make two pairs), so the GIN index on
`words` answers exactly and no vector is read. A lexeme never has a space, so a pair never
matches a word. `document` (with positions) still ranks the matches and shows snippets with
the phrases as typed; its GIN index is no longer used and goes.

SQLite's FTS5 index has positions: nothing changes there.
"""

from django.db import migrations

DOCUMENT = """
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, headings), 'A')
    || setweight(to_tsvector('english'::regconfig, summary), 'B')
    || setweight(to_tsvector('english'::regconfig, topics || ' ' || levels), 'B')
    || setweight(to_tsvector('english'::regconfig, body), 'C')
    || setweight(to_tsvector('english'::regconfig, joined), 'C')
"""

WORD_PAIRS_FUNCTION = """
CREATE OR REPLACE FUNCTION search_word_pairs(words tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH occurrences AS (
        SELECT w.lexeme, p.position
        FROM unnest(words) w, unnest(w.positions) AS p(position)
    ), neighbours AS (
        SELECT lexeme, lead(lexeme) OVER next_word AS next,
            lead(position) OVER next_word - position AS distance
        FROM occurrences
        WINDOW next_word AS (ORDER BY position, lexeme)
    )
    SELECT strip(words) || coalesce(
        array_to_tsvector(
            array_agg(DISTINCT lexeme || search_pair_operator(distance) || next)
            FILTER (WHERE next IS NOT NULL)
        ),
        ''::tsvector
    )
    FROM neighbours
$$
"""

# What joins the two words of a pair's lexeme: a space, or `<2>` when a stopword stands
# between them (PostgreSQL leaves stopwords out but counts their positions), as in a tsquery.
PAIR_OPERATOR_FUNCTION = """
CREATE OR REPLACE FUNCTION search_pair_operator(distance integer) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN distance = 1 THEN ' ' ELSE ' <' || distance || '> ' END
$$
"""

# The query's phrases are words only (`search.database`), so its text has them as
# `'a' <-> 'b'`, `'a' <2> 'b'` (a stopword between) or `'a' <-> 'b' <-> 'c'`. Each step takes
# the first pair and leaves its second word for the next step: `'a b' & 'b' <-> 'c'`, then
# `'a b' & 'b c' & 'c'` (`<->` binds tighter than `&` and `|`).
TSQUERY_FUNCTION = r"""
CREATE OR REPLACE FUNCTION search_tsquery(words text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    parsed tsquery := to_tsquery('english'::regconfig, words);
    phrase constant text := '''((?:[^'']|'''')+)'' <(-|\d+)> ''((?:[^'']|'''')+)''';
    rewritten text := parsed::text;
    found text[];
BEGIN
    IF rewritten !~ phrase THEN
        RETURN parsed;
    END IF;
    LOOP
        found := regexp_match(rewritten, phrase);
        EXIT WHEN found IS NULL;
        rewritten := regexp_replace(
            rewritten,
            phrase,
            '''\1'
                || search_pair_operator(CASE WHEN found[2] = '-' THEN 1 ELSE found[2]::integer END)
                || '\3'' & ''\3'''
        );
    END LOOP;
    RETURN rewritten::tsquery;
END
$$
"""

FORWARDS = [
    PAIR_OPERATOR_FUNCTION,
    WORD_PAIRS_FUNCTION,
    TSQUERY_FUNCTION,
    "ALTER TABLE search_fulltext ADD COLUMN words tsvector "
    f"GENERATED ALWAYS AS (search_word_pairs({DOCUMENT})) STORED",
    # No planner statistics, so that the GIN index is always used (see 0004).
    "ALTER TABLE search_fulltext ALTER COLUMN words SET STATISTICS 0",
    "CREATE INDEX search_fulltext_words ON search_fulltext USING GIN (words)",
    "DROP INDEX search_fulltext_document",
    "ANALYZE search_fulltext",
]
BACKWARDS = [
    "CREATE INDEX search_fulltext_document ON search_fulltext USING GIN (document)",
    "ALTER TABLE search_fulltext DROP COLUMN words",
    "DROP FUNCTION IF EXISTS search_tsquery(text)",
    "DROP FUNCTION IF EXISTS search_word_pairs(tsvector)",
    "DROP FUNCTION IF EXISTS search_pair_operator(integer)",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0007_fulltext_joined")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]
