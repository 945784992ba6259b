"""The database engine against the shared contract, plus what only it does."""

import pytest
from django.db import connection

from search.database import PostgresFullText, SqliteFullText, to_safe_html
from search.engine import SearchFilters, normalise_query
from search.models import PromotedResult, SearchWord, SynonymGroup
from search.query import query_segments
from search.synonyms import Segment, parse
from search.synonyms import current as current_synonyms
from tests.search.contract import *  # noqa: F403 (the contract's tests run here)


def test_safe_html_escapes_text_and_marks_matches():
    assert to_safe_html("<b>\x02refund\x03</b>") == "&lt;b&gt;<mark>refund</mark>&lt;/b&gt;"


def test_normalise_query():
    assert normalise_query("  Refund   SCRIPT ") == "refund script"


@pytest.mark.django_db
def test_fts_syntax_in_a_query_is_just_words(engine, make_guide, demo_people):
    make_guide("Refund rules", body=[("p", "<p>Refund to the card.</p>")])
    engine.rebuild()
    for query in ['refund"', "refund AND", "refund*", "(refund", "title:refund", "refund -card"]:
        assert engine.search(query, user=demo_people["operator"]).total == 1, query


@pytest.mark.django_db
def test_any_word_matches_when_no_page_has_all(engine, make_guide, demo_people):
    make_guide("Refund rules", body=[("p", "<p>Refund to the card.</p>")])
    engine.rebuild()
    results = engine.search("refund unicorn", user=demo_people["operator"])
    assert [hit.title for hit in results.hits] == ["Refund rules"]


@pytest.mark.django_db
def test_promoted_results_come_first_on_page_one(engine, make_guide, demo_people):
    for number in range(3):
        make_guide(f"Refund case {number}", body=[("p", "<p>Refund refund refund.</p>")])
    policy = make_guide("Money back policy", body=[("p", "<p>When we return money.</p>")])
    PromotedResult.objects.create(query="  Refund ", page=policy)
    engine.rebuild()
    operator = demo_people["operator"]
    first = engine.search("REFUND", user=operator, per_page=2)
    assert [hit.title for hit in first.hits][0] == "Money back policy"
    assert first.hits[0].promoted and not first.hits[1].promoted
    assert first.total == 4
    second = engine.search("refund", user=operator, page=2, per_page=2)
    shown = [hit.title for hit in first.hits + second.hits]
    assert len(shown) == len(set(shown)) == 4


@pytest.fixture
def candidate_ranking(monkeypatch):
    """Rank every query as a query matching too many pages to score them all would be
    ranked, with room for only `search.database.CANDIDATES` (3) candidates."""
    from search import database

    monkeypatch.setattr(database, "CANDIDATES", 3)
    monkeypatch.setattr(database.SqliteFullText, "EXACT_RANK_LIMIT", -1)
    monkeypatch.setattr(database.PostgresFullText, "EXACT_RANK_LIMIT", -1)


@pytest.mark.django_db
def test_candidate_ranking_puts_head_matches_first_and_pages_through_every_match(
    engine, make_guide, demo_people, candidate_ranking
):
    body = [("p", "<p>Check the headset cable before the shift.</p>")]
    for number in range(4):
        make_guide(f"Headset care {number}", body=body)
    for number in range(8):
        make_guide(f"Shift checklist {number}", body=body)
    engine.rebuild()
    operator = demo_people["operator"]
    pages = [engine.search("headset", user=operator, page=n, per_page=5) for n in (1, 2, 3)]
    assert [len(results.hits) for results in pages] == [5, 5, 2]
    assert all(results.total == 12 for results in pages)
    titles = [hit.title for results in pages for hit in results.hits]
    assert len(set(titles)) == 12
    # The three candidates are head matches, scored and first; the other matches follow.
    assert all(title.startswith("Headset care") for title in titles[:3])
    first = pages[0].hits
    assert first[0].score >= first[1].score >= first[2].score


@pytest.mark.django_db
def test_candidate_ranking_keeps_permissions_and_filters(
    engine, make_guide, make_news, demo_people, candidate_ranking
):
    make_news("Overtime for outbound sales", teams=["outbound-sales"], category="campaign")
    make_news("Overtime rules for everyone", category="policy")
    make_guide("Overtime claims", kind="policy")
    make_guide("Weekend rota", kind="guide", body=[("p", "<p>Overtime is paid double.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    results = engine.search("overtime", user=operator)
    assert {hit.title for hit in results.hits} == {
        "Overtime rules for everyone",
        "Overtime claims",
        "Weekend rota",
    }
    assert results.total == 3
    policies = engine.search("overtime", user=operator, filters=SearchFilters(types=("policy",)))
    assert [hit.title for hit in policies.hits] == ["Overtime claims"]
    assert len(engine.search("overtime", user=demo_people["admin"]).hits) == 4


@pytest.mark.django_db
def test_candidate_ranking_puts_the_typed_words_first_as_scoring_every_match_does(
    engine, make_guide, demo_people, candidate_ranking
):
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(terms="headset, earpiece")
    earpiece = [("p", "<p>Clean the earpiece. A worn earpiece hurts: change the earpiece.</p>")]
    for number in range(4):
        make_guide(f"Earpiece earpiece care {number}", body=earpiece)
    make_guide("Headset care", body=[("p", "<p>Check the cable before the shift.</p>")])
    make_guide("Shift start", body=[("p", "<p>Plug in the headset, then log in.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    titles = [
        hit.title
        for page in (1, 2)
        for hit in engine.search("headset", user=operator, page=page, per_page=3).hits
    ]
    # The page with the typed word in its head is a candidate, scored with the typed word
    # first: it ranks above pages whose head has only the synonym, twice.
    assert titles[0] == "Headset care"
    assert len(set(titles)) == 6


@pytest.mark.django_db
def test_facets_count_with_several_filters_at_once(engine, make_guide, topics, level, demo_people):
    inbound, outbound = topics["inbound-support"], topics["outbound-sales"]
    body = [("p", "<p>Confirm the caller's date of birth.</p>")]
    make_guide("Identity A", kind="script", body=body, topics=[inbound], levels=[level])
    make_guide("Identity B", kind="script", body=body, topics=[outbound], levels=[level])
    make_guide("Identity C", kind="guide", body=body, topics=[inbound])
    make_guide("Identity D", kind="guide", body=body, topics=[inbound, outbound], levels=[level])
    engine.rebuild()
    filters = SearchFilters(types=("script",), topics=(inbound.slug,), levels=(level.slug,))
    results = engine.search("identity", user=demo_people["operator"], filters=filters)
    assert [hit.title for hit in results.hits] == ["Identity A"]
    assert results.total == 1
    counts = {name: {v.value: v.count for v in values} for name, values in results.facets.items()}
    # Each facet counts with the other facets' filters, never its own.
    assert counts["type"] == {"script": 1, "guide": 1}  # inbound and senior operator: A, D
    assert counts["topic"] == {"inbound-support": 1, "outbound-sales": 1}  # scripts at level: A, B
    assert counts["level"] == {"senior-operator": 1}  # inbound scripts: A
    assert counts["category"] == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_text, queries",
    [
        ("Send the customer an e-mail after the call.", ["email", "e-mail", "E-Mail"]),
        ("Send the customer an email after the call.", ["email", "e-mail"]),
        ("Choose the wrap-up code before the next call.", ["wrapup", "wrap-up", "wrap up"]),
        ("Choose the wrap up code before the next call.", ["wrap-up", "wrap up"]),
        ("Pass ID&V before you discuss the account.", ["ID&V", "idv", "id&v", "ID/V"]),
        ("Start a 3-way call with the engineer.", ["3-way", "3way", "3 way"]),
    ],
)
def test_words_with_symbols_match_written_either_way(
    engine, make_guide, demo_people, page_text, queries
):
    SynonymGroup.objects.all().delete()  # the symbols alone, no rules
    make_guide("Page", body=[("p", f"<p>{page_text}</p>")])
    make_guide("Other", body=[("p", "<p>Nothing about it here.</p>")])
    engine.rebuild()
    for query in queries:
        results = engine.search(query, user=demo_people["operator"])
        assert [hit.title for hit in results.hits] == ["Page"], query
        assert results.corrected_query is None, query


@pytest.mark.django_db
def test_snippets_keep_words_with_symbols_as_written(engine, make_guide, demo_people):
    make_guide("Notes", body=[("p", "<p>Every call ends with a wrap-up code and a note.</p>")])
    engine.rebuild()
    [hit] = engine.search("wrap-up", user=demo_people["operator"]).hits
    assert "wrap-up" in hit.snippet.replace("<mark>", "").replace("</mark>", "")


@pytest.mark.django_db
def test_the_vocabulary_counts_words_and_joined_forms(engine, make_guide, demo_people):
    make_guide("Refund rules", body=[("p", "<p>A refund, then another refund by e-mail.</p>")])
    make_guide("Refund desk", body=[("p", "<p>Ask the desk.</p>")])
    engine.rebuild()
    counts = dict(SearchWord.objects.values_list("word", "frequency"))
    # Titles, summaries ("About refund rules.") and bodies all count.
    assert counts["refund"] == 6
    assert counts["email"] == 1  # "email" is a known word: never "corrected"
    assert "mail" in counts


@pytest.mark.django_db
def test_the_shipped_rules_are_seeded_and_leads_own_them(engine):
    terms = list(SynonymGroup.objects.values_list("terms", flat=True))
    assert any("gdpr" in line and "data protection" in line for line in terms)
    assert current_synonyms().knows("gdpr")


def segment(*slot, typed=1):
    return Segment(words=slot[0], slot=slot, typed=typed)


def test_postgres_leaves_out_synonym_phrases_it_would_shrink_to_one_word():
    text = PostgresFullText()
    dnc = segment(("dnc",), ("do", "not", "call"), ("stop", "calling"))
    assert text.slot(dnc) == "(dnc | stop <-> calling)"
    # What the user typed is always searched, stopwords or not.
    typed = Segment(("do", "not", "call"), (("do", "not", "call"), ("dnc",)), 1)
    assert text.slot(typed) == "(call | dnc)"


def test_a_known_phrase_keeps_its_typed_words_apart_and_adds_the_rules_phrases():
    rules = parse(["identity check, id&v, verification"])
    [known] = query_segments("identity check", rules)
    assert SqliteFullText().slot(known) == (
        '(("identity" AND "check") OR "idv" OR "id v" OR "verification")'
    )
    assert PostgresFullText().slot(known) == "((identity & check) | idv | id <-> v | verification)"


def test_query_segments_drop_lone_stopwords_but_keep_known_phrases():
    rules = parse(["hold, on hold"])
    words = [segment.words for segment in query_segments("how do I put a call on hold", rules)]
    assert words == [("put",), ("call",), ("on", "hold")]
    assert [s.words for s in query_segments("who", rules)] == [("who",)]


postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="PostgreSQL's own index (migration 0008)"
)


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("phrase", "pairs"),
    [
        ("close <-> account", "'close account' & 'account'"),
        ("first <-> call <-> resolution", "'first call' & 'call resolut' & 'resolut'"),
        ("calling <-> in <-> sick", "'call <2> sick' & 'sick'"),
        ("cancel | end <-> contract", "'cancel' | 'end contract' & 'contract'"),
        ("refund & script", "'refund' & 'script'"),
    ],
)
def test_postgres_turns_a_querys_phrases_into_pairs_of_neighbouring_words(phrase, pairs):
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_tsquery(%s)::text", [phrase])
        assert cursor.fetchone()[0] == pairs


@postgres_only
@pytest.mark.django_db
def test_postgres_matches_a_phrase_from_its_index_without_reading_any_page(
    engine, make_guide, demo_people
):
    """A GIN index over positions-free vectors cannot check a phrase, so PostgreSQL used to
    re-read every page with the phrase's words anywhere (most pages, for a broad synonym
    phrase); the pairs of neighbouring words let the index answer alone."""
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(terms="terminate, close account, calling in sick")
    make_guide("Closing", body=[("p", "<p>Close account requests go to retention.</p>")])
    make_guide("Stopword", body=[("p", "<p>She was calling in sick today.</p>")])
    make_guide("Apart", body=[("p", "<p>Close the notes. The account stays open.</p>")])
    make_guide("Between", body=[("p", "<p>Calling Sam sick would be unkind.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    results = engine.search("terminate", user=operator)
    assert sorted(hit.title for hit in results.hits) == ["Closing", "Stopword"]
    assert results.total == 2
    segments = query_segments("terminate", current_synonyms())
    matches_sql, params = engine.text.matches(engine.text.all_terms(segments))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # as for a table of many pages
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) SELECT e.page_id {matches_sql}", params)
        [plan] = cursor.fetchone()[0]
    [heap_scan] = [node for node in plan_nodes(plan["Plan"]) if "Recheck Cond" in node]
    assert "words" in heap_scan["Recheck Cond"]
    # Only the two matching pages came from the index: none was read to be turned down.
    assert (heap_scan["Actual Rows"], heap_scan["Rows Removed by Index Recheck"]) == (2, 0)


def plan_nodes(node):
    yield node
    for child in node.get("Plans", ()):
        yield from plan_nodes(child)
