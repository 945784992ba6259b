"""Fixtures for the search tests: small pages made on the fly, the engine under test, and a
live search engine for the Elasticsearch tests."""

import os

import pytest
from django.utils.text import slugify

from careers.models import CareerLevelPage
from home.models import Team
from kb.demo import stream_data
from kb.models import GuideIndexPage, GuidePage, NewsIndexPage, NewsPage, Topic
from search.database import DatabaseEngine


@pytest.fixture
def engine(db):
    """The engine the contract runs against; the Elasticsearch tests override this."""
    return DatabaseEngine()


def publish(parent, page, live=True):
    """Add `page` under `parent` and publish it (or leave it a draft)."""
    page.live = False
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


@pytest.fixture
def topics(db):
    """Two topics: {slug: Topic}."""
    made = [
        Topic.objects.create(name="Inbound support", slug="inbound-support"),
        Topic.objects.create(name="Outbound sales", slug="outbound-sales"),
    ]
    return {topic.slug: topic for topic in made}


@pytest.fixture
def make_guide(db):
    """make_guide(title, body=[compact body items], kind=..., topics=[Topic], levels=[...])."""

    def make(title, *, body=(), topics=(), levels=(), live=True, **fields):
        fields.setdefault("summary", f"About {title.lower()}.")
        page = GuidePage(
            title=title, slug=fields.pop("slug", slugify(title)), body=stream_data(body), **fields
        )
        page = publish(GuideIndexPage.objects.get(), page, live=live)
        if topics or levels:
            page.topics.set(topics)
            page.levels.set(levels)
            if live:
                page.save_revision().publish()
        return page

    return make


@pytest.fixture
def make_news(db):
    """make_news(title, body=[...], teams=[team slugs], category=...)."""

    def make(title, *, body=(), teams=(), live=True, **fields):
        fields.setdefault("summary", f"News about {title.lower()}.")
        page = NewsPage(title=title, slug=slugify(title), body=stream_data(body), **fields)
        page = publish(NewsIndexPage.objects.get(), page, live=live)
        if teams:
            page.teams.set(Team.objects.filter(slug__in=teams))
            page.save_revision().publish()
        return page

    return make


@pytest.fixture
def level(db):
    """A career level page to tag guides with (the ladder is not needed for that)."""
    from careers.models import CareerLadderPage, CareersIndexPage

    ladder = publish(
        CareersIndexPage.objects.get(), CareerLadderPage(title="Operations ladder", slug="ops")
    )
    return publish(ladder, CareerLevelPage(title="Senior operator", slug="senior-operator", rank=3))


def search_engine_unavailable(reason):
    """Skip, or fail where the live search tests must run (CI sets
    CALLPATH_REQUIRE_SEARCH_ENGINE=1, so they can never be skipped there unnoticed)."""
    if os.environ.get("CALLPATH_REQUIRE_SEARCH_ENGINE") == "1":
        pytest.fail(f"{reason} (CALLPATH_REQUIRE_SEARCH_ENGINE=1)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def embedded_search_engine(tmp_path_factory):
    """A real engine started for this test session (`tests.search.live_engine.LiveEngine`),
    with controls to kill and restart it; only started when a test asks for it."""
    from tests.search.live_engine import EngineError, LiveEngine, missing_tools

    missing = missing_tools()
    if missing:
        search_engine_unavailable(
            f"the embedded search engine needs {' and '.join(missing)} on PATH "
            "(or set ELASTICSEARCH_URL)"
        )
    try:
        engine = LiveEngine.start(tmp_path_factory.mktemp("search-engine"))
    except EngineError as error:
        search_engine_unavailable(str(error))
    yield engine
    engine.stop()


@pytest.fixture(scope="session")
def live_search_url(request):
    """The URL of a live cluster: ELASTICSEARCH_URL as it is, else the embedded engine's."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        return url
    return request.getfixturevalue("embedded_search_engine").url
