"""`manage.py generate_content`: bulk pages that are valid Wagtail pages, render and are found."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import resolve
from wagtail.models import Page

from careers.demo import load_ladder
from kb.models import GuideIndexPage, GuideKind, GuidePage, NewsIndexPage, NewsPage, Topic
from kb.models import reading_minutes as expected_reading_minutes
from search.database import STOPWORDS
from search.documents import searchable_pages
from search.engine import get_engine, words_of
from search.management.commands.generate_content import body_word_count

GUIDES, NEWS = 30, 5


def generate(guides=GUIDES, news=NEWS, seed=7):
    out = StringIO()
    call_command("generate_content", guides=guides, news=news, seed=seed, stdout=out)
    return out.getvalue()


@pytest.fixture
def site(db, demo_people):
    """The demo people, the career ladder and two topics for the generated guides."""
    load_ladder()
    Topic.objects.create(name="Inbound support", slug="inbound-support")
    Topic.objects.create(name="Team & shifts", slug="team-shifts")


def assert_tree_is_valid():
    """treebeard's own consistency check finds nothing, and paths are unique."""
    assert all(not problems for problems in Page.find_problems())
    assert Page.objects.values("path").distinct().count() == Page.objects.count()


def test_creates_guides_and_news_under_the_index_pages(site):
    output = generate()

    guide_index, news_index = GuideIndexPage.objects.get(), NewsIndexPage.objects.get()
    assert GuidePage.objects.child_of(guide_index).live().count() == GUIDES
    assert NewsPage.objects.child_of(news_index).live().count() == NEWS
    assert Page.objects.get(pk=guide_index.pk).numchild == GUIDES
    assert Page.objects.get(pk=news_index.pk).numchild == NEWS
    assert_tree_is_valid()
    assert f"Created {GUIDES} guides" in output and f"{NEWS} news items" in output


def test_guides_are_realistic_pages(site):
    generate()

    guides = list(GuidePage.objects.prefetch_related("topics", "levels"))
    assert {guide.kind for guide in guides} == set(GuideKind.values)
    for guide in guides:
        assert 300 <= body_word_count(guide.body) <= 1500, guide.title
        assert guide.reading_minutes == expected_reading_minutes(guide.body)
        assert 1 <= len(guide.topics.all()) <= 2  # only two topics exist here
        assert 1 <= len(guide.levels.all()) <= 2
        assert guide.url_path == f"{guide.get_parent().url_path}{guide.slug}/"
        assert guide.first_published_at <= guide.last_published_at
    block_types = {block.block_type for guide in guides for block in guide.body}
    assert {"heading", "paragraph", "steps", "checklist", "call_script", "quiz"} <= block_types
    assert "lorem" not in " ".join(str(guide.body.raw_data) for guide in guides).lower()


def test_generated_pages_render_for_an_operator(site, login, demo_people):
    client = login("operator")
    generate()

    for guide in GuidePage.objects.all():
        assert resolve(guide.url).url_name == "wagtail_serve"
        assert client.get(guide.url).status_code == 200, guide.url
    visible_news = NewsPage.objects.live().visible_to(demo_people["operator"])
    assert visible_news.exists()
    for item in visible_news:
        assert client.get(item.url).status_code == 200, item.url


def test_running_twice_appends_after_the_existing_children(site):
    generate()
    generate()  # the same seed: the same titles, so every slug needs a suffix

    index = GuideIndexPage.objects.get()
    children = GuidePage.objects.child_of(index)
    assert children.count() == 2 * GUIDES
    assert len(set(children.values_list("slug", flat=True))) == 2 * GUIDES
    assert Page.objects.get(pk=index.pk).numchild == 2 * GUIDES
    assert_tree_is_valid()


def test_generated_guides_are_indexed_and_found_by_a_title_word(site, demo_people):
    generate()

    engine = get_engine()
    assert engine.count() == sum(queryset.count() for queryset in searchable_pages())
    guide = GuidePage.objects.order_by("pk").last()
    word = next(w for w in words_of(guide.title) if w not in STOPWORDS and len(w) > 2)
    results = engine.search(word, user=demo_people["operator"], per_page=50)
    assert guide.pk in {hit.page_id for hit in results.hits}
