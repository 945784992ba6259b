"""The database engine against the shared contract, plus what only it does."""

import pytest

from search.database import query_terms, to_safe_html
from search.engine import normalise_query
from search.models import PromotedResult
from tests.search.contract import *  # noqa: F403 (the contract's tests run here)


def test_query_terms_are_plain_words():
    assert query_terms('how do I "cancel" a contract? OR NOT*') == ["cancel", "contract"]
    assert query_terms("who") == ["who"]
    assert query_terms("  ") == []


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
