"""Running the Elasticsearch engine for real: index creation, bulk indexing the demo, facets
and permissions on a live cluster, `manage.py search_index`, and what happens when the
cluster goes away.

Uses the same live cluster as `test_elasticsearch_live.py` (the `live_search_url` fixture);
the outage tests kill and restart the embedded engine the test run starts itself
(`embedded_search_engine`). Every test works under its own alias (`callpath-test-…`): the
application's `ElasticsearchEngine` is pointed at it, so `get_engine()`, the index tasks and
`manage.py search_index` use it too once a test sets `ELASTICSEARCH_URL`.
"""

import json
import os
import threading
import time
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from uuid import uuid4

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from elasticsearch import helpers
from wagtail.models import PageViewRestriction

import search.elasticsearch
from search.database import DatabaseEngine
from search.documents import searchable_models
from search.engine import SearchFilters, get_engine
from search.es_documents import PageDocument
from search.models import PromotedResult
from search.synonyms import current as current_synonyms
from tests.search import relevance
from tests.search.judged_queries import KINDS

pytestmark = pytest.mark.django_db

ElasticsearchEngine = search.elasticsearch.ElasticsearchEngine
VAR_DIR = Path(os.environ.get("CALLPATH_VAR_DIR") or Path(__file__).resolve().parents[2] / "var")
# Short, so the outage tests are quick; what matters is that the answer comes within it.
TIMEOUT = 1.0


def on_alias(alias):
    """`ElasticsearchEngine` whose default alias is `alias` instead of `callpath-pages`."""

    class ThrowawayAliasEngine(ElasticsearchEngine):
        def __init__(self, url=None, client=None, alias=alias):
            super().__init__(url=url, client=client, alias=alias)

    return ThrowawayAliasEngine


@pytest.fixture
def alias(settings, monkeypatch):
    """A throwaway alias every Elasticsearch engine the application makes will use.

    ELASTICSEARCH_URL starts empty, so the pages a test makes are indexed by the database
    engine only (fast, and the cluster sees exactly what the test sends it); a test sets it
    to run the application against the cluster.
    """
    name = f"callpath-test-{uuid4().hex[:10]}"
    settings.ELASTICSEARCH_URL = ""
    settings.ELASTICSEARCH_TIMEOUT = TIMEOUT
    monkeypatch.setattr(search.elasticsearch, "ElasticsearchEngine", on_alias(name))
    return name


def engine_on(url):
    """The Elasticsearch engine on the test's alias (the `alias` fixture)."""
    return search.elasticsearch.ElasticsearchEngine(url=url)


def clean_up(engine):
    forget_outage(engine.client)
    leftovers = list(engine.client.indices.get(index=f"{engine.alias}*", allow_no_indices=True))
    if leftovers:
        engine.client.indices.delete(index=",".join(leftovers), ignore_unavailable=True)


@pytest.fixture
def es(db, alias, live_search_url):
    engine = engine_on(live_search_url)
    yield engine
    clean_up(engine)


@pytest.fixture
def embedded(embedded_search_engine):
    """The embedded engine (node and proxy), which the test may break."""
    return embedded_search_engine


@pytest.fixture
def embedded_es(db, alias, embedded):
    """The engine on the embedded node; the node is up and the proxy healthy afterwards."""
    engine = engine_on(embedded.url)
    yield engine
    embedded.proxy.search_callback = None
    if not embedded.node.alive():
        embedded.restart()
    clean_up(engine)


def forget_outage(client):
    """As if SKIP_AFTER_FAILURE seconds had passed: the process asks the cluster again."""
    search.elasticsearch._skipped_until.pop(client, None)


def titles(results):
    return [hit.title for hit in results.hits]


def facets(results):
    return {name: {v.value: v.count for v in values} for name, values in results.facets.items()}


def live_searchable_ids():
    return {
        pk
        for model in searchable_models()
        for pk in model.objects.live().values_list("pk", flat=True)
    }


def indexed_ids(engine):
    hits = helpers.scan(engine.client, index=engine.alias, query={"query": {"match_all": {}}})
    return {int(hit["_id"]) for hit in hits}


def load_demo():
    call_command("load_demo", "--force", stdout=StringIO())


def restrict(page, *group_names):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=group_names))


def check_index():
    out = StringIO()
    call_command("search_index", "--check", stdout=out)
    return out.getvalue()


# -- (a) the index ---------------------------------------------------------------------------


def test_rebuild_creates_the_index_with_the_explicit_mapping(es, make_guide):
    make_guide("Handling a cancellation request")
    es.rebuild()
    [index_name] = es.client.indices.get_alias(name=es.alias)
    mapping = es.client.indices.get_mapping(index=index_name)[index_name]["mappings"]
    properties = mapping["properties"]

    # Exactly the declared fields: nothing was left to dynamic mapping.
    assert set(properties) == set(PageDocument._doc_type.mapping.to_dict()["properties"])
    for field in ("title", "headings", "summary", "body", "topics", "levels", "joined"):
        assert properties[field]["analyzer"] == "callpath_english", field
        # Queries are analysed the same way: synonyms are the engine's, per query.
        assert "search_analyzer" not in properties[field], field
    assert properties["title"]["fields"]["exact"]["analyzer"] == "standard"
    assert properties["spelling"]["analyzer"] == "standard"
    assert properties["topic_slugs"]["type"] == properties["type"]["type"] == "keyword"
    assert properties["suggest"]["type"] == "completion"
    # (The cluster spells the context type in capitals when it returns the mapping.)
    contexts = properties["suggest"]["contexts"]
    assert [(context["name"], context["type"].lower()) for context in contexts] == [
        ("audience", "category")
    ]

    analysis = es.client.indices.get_settings(index=index_name)[index_name]["settings"]["index"]
    filters = analysis["analysis"]["filter"]
    assert not any(f["type"] in ("synonym", "synonym_graph") for f in filters.values())


def analyzed(es, analyzer, text):
    answer = es.client.indices.analyze(index=es.alias, analyzer=analyzer, text=text)
    return [token["token"] for token in answer["tokens"]]


def test_the_analyzer_stems_and_drops_stop_words_on_the_cluster(es, make_guide):
    make_guide("Anything")
    es.rebuild()
    # Possessives and stop words go, words are stemmed; no synonyms at index time.
    assert analyzed(es, "callpath_english", "The customer's cancellations") == [
        "custom",
        "cancel",
    ]
    assert analyzed(es, "callpath_english", "terminate") == ["termin"]


def test_joined_forms_of_symbol_words_are_indexed(es, make_guide, demo_people):
    make_guide("Sending an e-mail", body=[("p", "<p>Do ID&V first, then the wrap-up.</p>")])
    make_guide("Email templates", body=[("p", "<p>Templates for replies.</p>")])
    es.rebuild()
    operator = demo_people["operator"]
    # Written joined or with the symbol, the word finds both ways of writing it.
    assert set(titles(es.search("email", user=operator))) == {
        "Sending an e-mail",
        "Email templates",
    }
    assert set(titles(es.search("e-mail", user=operator))) == {
        "Sending an e-mail",
        "Email templates",
    }
    assert titles(es.search("idv", user=operator)) == ["Sending an e-mail"]
    assert titles(es.search("wrapup", user=operator)) == ["Sending an e-mail"]


# -- (b) bulk indexing the demo ----------------------------------------------------------------


def test_rebuild_bulk_indexes_every_searchable_live_page_of_the_demo(es, settings, live_search_url):
    # As README's "Switching to Elasticsearch" has it: content first, then build the index.
    # (Loading the demo with ELASTICSEARCH_URL already set indexes each page as it is saved,
    # one refresh wait each: minutes, for the same result.)
    load_demo()
    settings.ELASTICSEARCH_URL = live_search_url
    out = StringIO()
    call_command("search_index", "--rebuild", stdout=out)

    expected = live_searchable_ids()
    assert len(expected) > 30
    assert f"Indexed {len(expected)} pages with the elasticsearch engine" in out.getvalue()
    assert es.count() == len(expected)
    assert indexed_ids(es) == expected
    assert f"holds all {len(expected)} searchable pages" in check_index()


def test_load_demo_with_the_cluster_configured_builds_the_index_once(es, settings, live_search_url):
    # Before index updates were suspended during the load, each page saved sent its own
    # update and waited for a refresh: 170 s for the demo. Now one rebuild at the end.
    settings.ELASTICSEARCH_URL = live_search_url
    started = time.monotonic()
    load_demo()
    took = time.monotonic() - started
    expected = live_searchable_ids()
    assert indexed_ids(es) == expected
    assert len(es.client.indices.get_alias(name=es.alias)) == 1
    assert took < 60, f"load_demo took {took:.0f} s"


# -- (c) facets agree with the database engine ------------------------------------------------

# Single words with no synonym rule: both engines must match the same pages. (A rule's phrases
# are stemmed by each engine's own stemmer, so expanded queries may match a little differently.)
# Words the engines' stemmers agree on, too: not "news", which the cluster's and SQLite's
# Porter stemmer make "new", PostgreSQL's Snowball one leaves alone.
SAME_MATCHES = ["customer", "team", "floor", "payment", "call", "training"]


@pytest.mark.parametrize("role", ["operator", "admin"])
def test_facet_counts_equal_the_database_engines(es, role):
    from django.contrib.auth import get_user_model

    assert not any(current_synonyms().knows(query) for query in SAME_MATCHES)
    load_demo()  # indexed by the database engine (ELASTICSEARCH_URL is empty)
    es.rebuild()
    user = get_user_model().objects.get(username=role)
    database = DatabaseEngine()
    compared = 0
    for query in SAME_MATCHES:
        for filters in [
            SearchFilters(),
            SearchFilters(types=("news",)),
            SearchFilters(types=("guide", "lesson"), topics=("inbound-support",)),
        ]:
            expected = database.search(query, user=user, filters=filters)
            actual = es.search(query, user=user, filters=filters)
            assert actual.total == expected.total, (query, filters)
            assert facets(actual) == facets(expected), (query, filters)
            assert {hit.page_id for hit in actual.hits} <= set(
                hit.page_id for hit in database.search(query, user=user, per_page=50).hits
            )
            compared += bool(expected.total)
    assert compared >= 12  # most combinations match something: the comparison is not empty


# -- (d) permissions never leak ------------------------------------------------------------------


@pytest.fixture
def night_shift_pages(demo_people, make_guide, make_news, topics):
    """Pages about night shifts for different audiences, one of them promoted for the query.
    (After `demo_people`: news is targeted at its teams.)"""
    make_guide("Night shift checklist", body=[("p", "<p>Lock the night shift door.</p>")])
    make_news(
        "Night shift bonus for outbound sales",
        teams=["outbound-sales"],
        category="campaign",
        body=[("p", "<p>Night shift bonus for the outbound floor.</p>")],
    )
    secret = make_guide(
        "Night shift pay rates",
        topics=[topics["outbound-sales"]],
        body=[("p", "<p>Night shift pay is quadrupled on bank holidays.</p>")],
    )
    restrict(secret, "Leads")
    PromotedResult.objects.create(query="night shift", page=secret)
    return secret


@pytest.mark.parametrize(
    "role, visible",
    [
        ("operator", {"Night shift checklist"}),
        ("lead", {"Night shift checklist", "Night shift pay rates"}),
        (
            "rhughes",  # leads the outbound sales team
            {
                "Night shift checklist",
                "Night shift pay rates",
                "Night shift bonus for outbound sales",
            },
        ),
    ],
)
def test_hidden_pages_never_leak(es, night_shift_pages, demo_people, role, visible):
    es.rebuild()
    user = demo_people[role]

    results = es.search("night shift", user=user)
    assert set(titles(results)) == visible
    assert results.total == len(visible)
    assert sum(facets(results)["type"].values()) == len(visible)
    assert ("campaign" in facets(results)["category"]) is (
        "Night shift bonus for outbound sales" in visible
    )
    assert ("outbound-sales" in facets(results)["topic"]) is ("Night shift pay rates" in visible)
    # The editors' pick for the query is pinned only for those who may see it.
    assert results.hits[0].promoted is ("Night shift pay rates" in visible)
    # A filter on a hidden page's facet value finds nothing, and counts nothing.
    campaign = es.search("night", user=user, filters=SearchFilters(categories=("campaign",)))
    assert campaign.total == int("Night shift bonus for outbound sales" in visible)
    assert set(es.suggest("night", user)) == visible
    # Spelling is only corrected to words of pages the user may see, searched at once or
    # proposed as "did you mean".
    expected = "quadrupled" if "Night shift pay rates" in visible else None
    corrected = es.search("quadrupeld", user=user)
    assert corrected.corrected_query == expected
    assert set(titles(corrected)) == ({"Night shift pay rates"} if expected else set())
    assert es.search("quadrupeld", user=user, exact=True).suggestion == expected


def test_a_restriction_added_later_reaches_the_cluster_at_once(
    es, settings, live_search_url, make_guide, demo_people
):
    guide = make_guide("Night shift pay rates")
    settings.ELASTICSEARCH_URL = live_search_url
    call_command("search_index", "--rebuild", stdout=StringIO())
    operator = demo_people["operator"]
    assert titles(es.search("night shift", user=operator)) == ["Night shift pay rates"]

    restrict(guide, "Leads")  # no rebuild: the index update runs as the restriction is saved

    assert es.search("night shift", user=operator).total == 0
    assert es.suggest("night", operator) == []
    assert titles(es.search("night shift", user=demo_people["lead"])) == ["Night shift pay rates"]


# -- (e) completion per audience -----------------------------------------------------------------


@pytest.fixture
def quarterly_pages(demo_people, make_guide, make_news):
    """Pages whose titles all start with "Quarterly", one per kind of audience."""
    make_guide("Quarterly objection handling")  # everyone
    make_news("Quarterly targets for outbound", teams=["outbound-sales"])
    make_news("Quarterly rota for inbound", teams=["inbound-support"])
    restrict(make_guide("Quarterly pay review"), "Leads")
    restrict(make_guide("Quarterly coaching notes"), "Mentors")
    restrict(make_news("Quarterly briefing for outbound leads", teams=["outbound-sales"]), "Leads")
    PageViewRestriction.objects.create(
        page=make_guide("Quarterly locker codes"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )


EVERYONE = {"Quarterly objection handling"}
INBOUND = EVERYONE | {"Quarterly rota for inbound"}


@pytest.mark.parametrize(
    "role, expected",
    [
        ("operator", INBOUND),
        ("mentor", INBOUND | {"Quarterly coaching notes"}),
        ("lead", INBOUND | {"Quarterly pay review"}),
        (
            "rhughes",
            EVERYONE
            | {
                "Quarterly targets for outbound",
                "Quarterly pay review",
                "Quarterly briefing for outbound leads",
            },
        ),
        (
            "admin",
            INBOUND
            | {
                "Quarterly targets for outbound",
                "Quarterly pay review",
                "Quarterly coaching notes",
                "Quarterly briefing for outbound leads",
                "Quarterly locker codes",
            },
        ),
    ],
)
def test_completion_offers_each_audience_its_own_titles(
    es, quarterly_pages, demo_people, role, expected
):
    es.rebuild()
    user = demo_people[role]
    assert set(es.suggest("quart", user, limit=20)) == expected
    assert set(es.suggest("quarterly", user, limit=20)) == expected
    # Completion also starts from a word inside the title.
    assert ("Quarterly pay review" in es.suggest("pay", user)) is (
        "Quarterly pay review" in expected
    )
    # Both engines agree on who sees what.
    assert set(DatabaseEngine().suggest("quart", user, limit=20)) == expected


# -- (f) a rebuild under load ------------------------------------------------------------------


class Searcher(threading.Thread):
    """Searches over and over until stopped, recording what each search returned."""

    def __init__(self, engine, user, queries, stop):
        super().__init__(daemon=True)
        self.engine, self.user, self.queries, self.stop = engine, user, queries, stop
        self.answers = []  # (query, total or the exception, started, finished)

    def run(self):
        try:
            while not self.stop.is_set():
                for query in self.queries:
                    started = time.monotonic()
                    try:
                        answer = self.engine.search(query, user=self.user).total
                    except Exception as error:  # every failure is a finding
                        answer = error
                    self.answers.append((query, answer, started, time.monotonic()))
        finally:
            connection.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rebuild_swaps_the_alias_while_searches_keep_answering(es, settings, live_search_url):
    from django.contrib.auth import get_user_model

    load_demo()
    settings.ELASTICSEARCH_URL = live_search_url
    call_command("search_index", "--rebuild", stdout=StringIO())
    operator = get_user_model().objects.get(username="operator")
    queries = ["customer", "shift", "refund", "call"]
    expected = {query: es.search(query, user=operator).total for query in queries}
    assert all(expected.values())

    stop = threading.Event()
    searchers = [Searcher(es, operator, queries[n:] + queries[:n], stop) for n in range(4)]
    for searcher in searchers:
        searcher.start()
    time.sleep(0.3)
    rebuilds = []
    for _ in range(3):
        started = time.monotonic()
        call_command("search_index", "--rebuild", stdout=StringIO())
        rebuilds.append((started, time.monotonic()))
    time.sleep(0.3)
    stop.set()
    for searcher in searchers:
        searcher.join(10)

    answers = [answer for searcher in searchers for answer in searcher.answers]
    wrong = [(query, answer) for query, answer, *_ in answers if answer != expected[query]]
    assert wrong == []
    for started, finished in rebuilds:
        during = [a for a in answers if a[2] < finished and a[3] > started]
        assert len(during) >= 4, "the searches did not overlap the rebuild"
    assert len(es.client.indices.get(index=f"{es.alias}-*")) == 1


# -- (g) drift ---------------------------------------------------------------------------------


def test_check_reports_a_page_missing_from_the_cluster(es, settings, live_search_url, make_guide):
    make_guide("Headset faults")
    gone = make_guide("Power cut procedure")
    settings.ELASTICSEARCH_URL = live_search_url
    call_command("search_index", "--rebuild", stdout=StringIO())
    assert "holds all 2 searchable pages" in check_index()

    es.remove_pages([gone.pk])  # the cluster lost it; the database still has it live

    with pytest.raises(CommandError) as failure:
        check_index()
    assert failure.value.returncode == 1
    assert "holds 1 documents but 2 pages are searchable" in str(failure.value)
    call_command("search_index", "--rebuild", stdout=StringIO())
    assert "holds all 2 searchable pages" in check_index()


# -- (h) the cluster goes away mid-query ---------------------------------------------------------


@pytest.fixture
def headset_guides(make_guide):
    make_guide("Headset crackles", body=[("p", "<p>Swap the headset cable first.</p>")])
    make_guide("Headset hygiene", body=[("p", "<p>Wipe the headset between shifts.</p>")])


def test_a_cluster_killed_mid_query_is_answered_by_the_database(
    embedded_es, embedded, headset_guides, settings, demo_people, caplog
):
    embedded_es.rebuild()
    settings.ELASTICSEARCH_URL = embedded.url
    operator = demo_people["operator"]
    engine = get_engine()
    assert engine.search("headset", user=operator).total == 2
    assert "answering from the database engine" not in caplog.text

    embedded.proxy.search_callback = embedded.kill  # the node dies as the search arrives
    started = time.monotonic()
    results = engine.search("headset", user=operator)
    elapsed = time.monotonic() - started

    assert not embedded.node.alive()
    assert set(titles(results)) == {"Headset crackles", "Headset hygiene"}
    assert elapsed < settings.ELASTICSEARCH_TIMEOUT
    assert "answering from the database engine" in caplog.text
    assert engine.suggest("head", operator) == ["Headset crackles", "Headset hygiene"]


def test_a_hanging_cluster_costs_one_timeout_then_is_skipped(
    embedded_es, embedded, headset_guides, settings, demo_people
):
    embedded_es.rebuild()
    settings.ELASTICSEARCH_URL = embedded.url
    operator = demo_people["operator"]
    engine = get_engine()

    with embedded.proxy.failing("hang"):
        started = time.monotonic()
        first = engine.search("headset", user=operator)
        first_took = time.monotonic() - started
        started = time.monotonic()
        second = engine.search("hygiene", user=operator)
        second_took = time.monotonic() - started

    assert first.total == 2 and titles(second) == ["Headset hygiene"]
    assert TIMEOUT <= first_took < TIMEOUT + 1
    assert second_took < 0.5  # not asked again during the outage


# -- (i) publishing while the cluster is down ------------------------------------------------------


def test_publishing_with_the_cluster_down_works_and_catches_up(
    embedded_es, embedded, headset_guides, settings, make_guide, demo_people
):
    embedded_es.rebuild()
    settings.ELASTICSEARCH_URL = embedded.url
    operator = demo_people["operator"]
    embedded.kill()

    page = make_guide("Power cut procedure", body=[("p", "<p>Log out of the dialler.</p>")])

    page.refresh_from_db()
    assert page.live and page.live_revision is not None
    # Searchable at once, through the database engine.
    assert titles(get_engine().search("power cut", user=operator)) == ["Power cut procedure"]

    embedded.restart()
    forget_outage(embedded_es.client)
    assert embedded_es.search("power cut", user=operator).total == 0  # the cluster missed it
    with pytest.raises(CommandError):
        check_index()
    call_command("search_index", "--rebuild", stdout=StringIO())
    assert titles(embedded_es.search("power cut", user=operator)) == ["Power cut procedure"]
    assert "holds all 3 searchable pages" in check_index()


# -- (j) relevance on the demo ---------------------------------------------------------------


def test_relevance_on_the_demo_beside_the_database_engine(es, capsys):
    """The judged queries (`tests/search/judged_queries.py`) on the cluster, scored as
    `python -m tests.search.relevance` scores the database engine, and printed beside it
    (run with `-s` to see the table); the figures go to var/relevance-live.json too."""
    load_demo()  # indexed by the database engine (ELASTICSEARCH_URL is empty)
    es.rebuild()
    admin = relevance.admin_user()
    live = relevance.score_engine(es, admin)
    database = relevance.score_engine(DatabaseEngine(), admin)
    report = relevance.table([(f"database ({connection.vendor})", database), ("live", live)])
    with capsys.disabled():
        print("\n\nRelevance on the demo content, nDCG@5 and MRR\n" + "\n".join(report))
    write_relevance_figures(es, database, live)

    rows = live["old"]["rows"]
    # As test_relevance.py asks of the database engine: each curated top result in the top 3.
    missing = [
        (query, slugs[:3]) for query, relevant, slugs, *_ in rows if relevant[0] not in slugs[:3]
    ]
    assert missing == []
    by_kind = {kind: round(live[kind]["ndcg"], 3) for kind in KINDS}
    assert live["new"]["ndcg"] >= 0.90, f"nDCG@5 by kind: {by_kind}"


def write_relevance_figures(es, database, live):
    """var/relevance-live.json: both engines' nDCG@5 and MRR per set, for the README."""
    sets = ("old", "new", *KINDS)

    def figures(scores):
        return {
            name: {
                "queries": scores[name]["queries"],
                "ndcg_at_5": round(scores[name]["ndcg"], 3),
                "mrr": round(scores[name]["mrr"], 3),
            }
            for name in sets
        }

    info = es.client.info()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    (VAR_DIR / "relevance-live.json").write_text(
        json.dumps(
            {
                "database": {"vendor": connection.vendor, **figures(database)},
                "live": {
                    "engine": f"{info['version'].get('distribution', 'elasticsearch')} "
                    f"{info['version']['number']}",
                    **figures(live),
                },
                "below_top_3": [
                    query
                    for query, relevant, slugs, *_ in live["old"]["rows"] + live["new"]["rows"]
                    if relevant[0] not in slugs[:3]
                ],
                "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
            indent=2,
        )
        + "\n"
    )
