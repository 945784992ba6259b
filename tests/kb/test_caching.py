"""Cached values are keyed by the generations of the data they come from, so no page ever
shows what a write has changed."""

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import transaction
from django.urls import reverse
from wagtail.images.models import Rendition
from wagtail.models import PageViewRestriction

from careers.models import Assessment, Competency, IntegrationToken
from home import cache as generations
from home.models import Profile
from kb.models import Acknowledgement, GuidePage, NewsPage, Topic
from search.models import QueryLog

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model, generation",
    [
        (Assessment, generations.RECORDS),
        (Profile, generations.RECORDS),
        (Acknowledgement, generations.RECORDS),
        (apps.get_model("auth", "User"), generations.RECORDS),
        (Competency, generations.CONTENT),
        (GuidePage, generations.CONTENT),
        (NewsPage, generations.CONTENT),
        (Topic, generations.CONTENT),
        (PageViewRestriction, generations.CONTENT),
        (Rendition, None),
        (Session, None),
        (QueryLog, None),
        (IntegrationToken, None),
    ],
)
def test_each_model_belongs_to_a_generation(model, generation):
    assert generations.generation_of(model) == generation


def test_a_save_starts_a_new_generation_at_once_and_again_on_commit(demo_people):
    before = generations.version()
    with transaction.atomic():
        Profile.objects.filter(user=demo_people["operator"]).get().save()
        inside = generations.version()
    assert inside != before
    content_before = generations.generations(generations.CONTENT)
    Topic.objects.create(name="Headsets", slug="headsets")
    assert generations.generations(generations.CONTENT) != content_before


def test_cached_recomputes_only_after_a_write(demo_people):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert generations.cached(("count",), compute) == 1
    assert generations.cached(("count",), compute) == 1
    demo_people["operator"].save()
    assert generations.cached(("count",), compute) == 2


def test_cached_many_computes_only_the_missing_ids():
    asked = []

    def compute(ids):
        asked.append(list(ids))
        return {item: item * 10 for item in ids}

    assert generations.cached_many("tens", [1, 2], compute) == {1: 10, 2: 20}
    assert generations.cached_many("tens", [1, 2, 3], compute) == {1: 10, 2: 20, 3: 30}
    assert asked == [[1, 2], [3]]


def test_the_cached_dashboard_drops_a_must_read_once_acknowledged(login, make_news):
    client = login("operator")
    notice = make_news("Fire drill on Friday", must_read=True)
    assert "Fire drill on Friday" in client.get("/").content.decode()
    client.post(reverse("kb_acknowledge", args=[notice.pk]))
    assert Acknowledgement.objects.filter(page=notice).exists()
    home = client.get("/").content.decode()
    assert "Must read (1)" not in home


def test_a_published_change_reaches_the_cached_news_index(login, make_news):
    client = login("operator")
    item = make_news("Canteen closes early")
    assert ">Canteen closes early</a>" in client.get("/news/").content.decode()
    item.title = "Canteen open late"
    item.save_revision().publish()
    html = client.get("/news/").content.decode()
    assert ">Canteen open late</a>" in html and ">Canteen closes early</a>" not in html


def test_reset_cache_shows_changes_made_outside_callpath(login, make_guide):
    from django.core.management import call_command
    from django.db import connection

    guide = make_guide("Handling a refund")
    client = login("operator")
    assert ">Handling a refund<" in client.get("/guides/").content.decode()  # now cached
    with connection.cursor() as cursor:  # as restoring a backup would: no signal is sent
        cursor.execute("UPDATE wagtailcore_page SET title = 'Refunds' WHERE id = %s", [guide.pk])
    assert ">Handling a refund<" in client.get("/guides/").content.decode()
    call_command("reset_cache")
    html = client.get("/guides/").content.decode()
    assert ">Refunds<" in html and ">Handling a refund<" not in html


def test_a_request_reads_the_generations_once_and_sees_its_own_writes():
    generations._start_request()  # what Django's request_started signal runs
    try:
        snapshot = generations.version()
        generations.cache.set("generation:records", "from-another-process", timeout=None)
        assert generations.version() == snapshot  # one snapshot for the whole request
        generations.bump(generations.CONTENT)  # the request's own write
        assert generations.version() != snapshot
    finally:
        generations._end_request()
    # Outside a request every call reads the cache.
    assert generations.generations(generations.RECORDS) == ["from-another-process"]
