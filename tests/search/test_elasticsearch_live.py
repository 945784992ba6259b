"""The Elasticsearch engine against a live cluster: the shared search contract, plus what only
a real cluster can show (analyzers and synonyms, highlighting, promotions, the alias swap).

Runs against `ELASTICSEARCH_URL` when it is set (an Elasticsearch 8 cluster), e.g.

    docker run -p 9200:9200 -e discovery.type=single-node -e xpack.security.enabled=false \\
        docker.elastic.co/elasticsearch/elasticsearch:8.18.0
    ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python -m pytest tests/search

and otherwise against the engine the test run starts itself (`tests/search/live_engine.py`;
needs `java` and `mvn`, see the `live_search_url` fixture).

Each test works under its own alias (`callpath-test-…`), never the real `callpath-pages`, and
deletes its indices afterwards.
"""

from uuid import uuid4

import pytest

from search.elasticsearch import ElasticsearchEngine
from search.engine import SearchFilters
from search.models import PromotedResult
from tests.search.contract import *  # noqa: F403 (the shared contract runs here too)

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(db, settings, live_search_url):
    """The Elasticsearch engine on a throwaway alias of the live cluster."""
    # Publishing pages in a test updates the index through `get_engine()`: keep those
    # updates in the database engine rather than the cluster's real alias.
    settings.ELASTICSEARCH_URL = ""
    engine = ElasticsearchEngine(url=live_search_url, alias=f"callpath-test-{uuid4().hex[:10]}")
    yield engine
    client = engine.client
    leftovers = list(client.indices.get(index=f"{engine.alias}*", allow_no_indices=True))
    if leftovers:
        client.indices.delete(index=",".join(leftovers), ignore_unavailable=True)


def titles(results):
    return [hit.title for hit in results.hits]


CANCELLATION = [
    ("h2", "Before you process the cancellation"),
    ("p", "<p>Check the notice period and any early exit fee with the customer.</p>"),
    ("script", "Customer asks to cancel", "", [("customer", "I want to leave.")]),
]


def test_synonyms_find_the_cancellation_guide(engine, make_guide, demo_people):
    make_guide("Handling a cancellation request", kind="script", body=CANCELLATION)
    make_guide("Taking a card payment", body=[("p", "<p>Use the secure keypad.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    for query in ["terminate", "customer wants to terminate", "close account", "end contract"]:
        assert titles(engine.search(query, user=operator))[:1] == [
            "Handling a cancellation request"
        ], query


def test_phrase_ranks_above_scattered_words(engine, make_guide, demo_people):
    make_guide(
        "Scattered",
        body=[("p", "<p>The card was declined. Later we took a payment by bank transfer.</p>")],
    )
    make_guide("Exact", body=[("p", "<p>When a card payment is declined, stay calm.</p>")])
    engine.rebuild()
    assert titles(engine.search("card payment", user=demo_people["operator"])) == [
        "Exact",
        "Scattered",
    ]


def test_a_misspelt_word_among_real_ones_still_ranks_by_fuzzy_match(
    engine, make_guide, demo_people
):
    make_guide("Refund policy", body=[("p", "<p>Our refund policy for faulty headsets.</p>")])
    make_guide("Travel policy", body=[("p", "<p>Our policy for travel between sites.</p>")])
    engine.rebuild()
    results = engine.search("refnd policy", user=demo_people["operator"])
    assert titles(results)[0] == "Refund policy"


def test_snippet_highlights_the_match_in_the_body(engine, make_guide, demo_people):
    make_guide(
        "Call wrap-up", body=[("p", "<p>Choose the disposition code before hanging up.</p>")]
    )
    engine.rebuild()
    [hit] = engine.search("disposition", user=demo_people["operator"]).hits
    assert "<mark>disposition</mark>" in hit.snippet


def test_promoted_page_comes_first(engine, make_guide, demo_people):
    for number in range(3):
        make_guide(f"Refund case {number}", body=[("p", "<p>Refund refund refund.</p>")])
    policy = make_guide("Money back policy", body=[("p", "<p>When we return money.</p>")])
    PromotedResult.objects.create(query="Refund", page=policy)
    engine.rebuild()
    results = engine.search("refund", user=demo_people["operator"])
    assert results.hits[0].title == "Money back policy"
    assert results.hits[0].promoted and not results.hits[1].promoted
    assert results.hits[0].score == results.hits[1].score


def test_rebuild_moves_the_alias_and_keeps_answering(engine, make_guide, demo_people):
    make_guide("Headset faults", body=[("p", "<p>When the headset crackles.</p>")])
    client = engine.client
    # An index that took the alias's name (say, created by hand) is replaced, not kept.
    client.indices.create(index=engine.alias)
    engine.rebuild()
    first = set(client.indices.get_alias(name=engine.alias))
    operator = demo_people["operator"]
    assert engine.search("headset", user=operator).total == 1

    engine.rebuild()

    second = set(client.indices.get_alias(name=engine.alias))
    assert len(first) == len(second) == 1 and first != second
    assert not client.indices.exists(index=first.pop())
    assert engine.search("headset", user=operator).total == 1
    assert engine.count() == 1


def test_facet_filters_on_the_cluster(engine, make_guide, make_news, topics, demo_people):
    inbound = topics["inbound-support"]
    body = [("p", "<p>Cover for the Saturday shift.</p>")]
    make_guide("Shift cover guide", body=body, topics=[inbound])
    make_news("Saturday cover needed", body=body, category="shift-cover")
    engine.rebuild()
    results = engine.search(
        "cover", user=demo_people["operator"], filters=SearchFilters(types=("news",))
    )
    assert titles(results) == ["Saturday cover needed"]
    assert {value.value: value.count for value in results.facets["type"]} == {
        "guide": 1,
        "news": 1,
    }
    assert [value.label for value in results.facets["category"]] == ["Shift & cover"]
