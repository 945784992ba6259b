"""The index follows the page tree: publish, unpublish, delete and move."""

import pytest

from kb.models import GuideIndexPage, NewsIndexPage
from search.engine import get_engine

pytestmark = pytest.mark.django_db


def found(query, user):
    return [(hit.title, hit.url) for hit in get_engine().search(query, user=user).hits]


def test_publish_makes_a_page_findable(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_guide("Headset hygiene")
    assert found("headset", demo_people["operator"]) == [
        ("Headset hygiene", "/guides/headset-hygiene/")
    ]


def test_unpublish_removes_a_page(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide("Headset hygiene")
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert found("headset", demo_people["operator"]) == []
    assert get_engine().count() == 0


def test_delete_removes_a_page(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide("Headset hygiene")
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    assert found("headset", demo_people["operator"]) == []
    assert get_engine().count() == 0


def test_move_updates_the_url(make_news, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news = make_news("Headset swap day")
    # Move it under the guide index: editors would not, but the URL change is what matters.
    with django_capture_on_commit_callbacks(execute=True):
        news.move(GuideIndexPage.objects.get(), pos="last-child")
    assert found("headset", demo_people["admin"]) == [
        ("Headset swap day", "/guides/headset-swap-day/")
    ]
    assert NewsIndexPage.objects.get().get_children().count() == 0


def test_topic_rename_reaches_the_index(
    make_guide, topics, demo_people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_guide("Headset hygiene", topics=[topics["inbound-support"]])
    topic = topics["inbound-support"]
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "Customer care"
        topic.save()
    [hit] = get_engine().search("customer care", user=demo_people["operator"]).hits
    assert hit.topics == ("Customer care",)
