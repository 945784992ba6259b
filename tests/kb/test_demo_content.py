"""The demo knowledge base and team news: realistic, complete, valid, and loaded only once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from careers.demo import load_ladder
from kb.demo import load_kb
from kb.models import (
    Acknowledgement,
    GuideCompletion,
    GuideKind,
    GuidePage,
    NewsCategory,
    NewsPage,
    QuizAttempt,
    Topic,
)

GUIDE_OWNERS = {"mentor", "pkowalski", "abrennan", "lead"}


@pytest.fixture
def demo_kb(demo_people):
    load_ladder()
    return load_kb()


def guides():
    return list(GuidePage.objects.live().prefetch_related("topics", "levels"))


def blocks_of(page, block_type):
    return [block for block in page.body if block.block_type == block_type]


def words_in(page):
    text = " ".join(page.body.stream_block.get_searchable_content(page.body))
    return len(text.split())


@pytest.mark.django_db
def test_guides_cover_every_kind_topic_and_audience(demo_kb):
    pages = guides()

    assert len(pages) >= 14
    assert {page.kind for page in pages} == set(GuideKind.values)
    used_topics = {topic.slug for page in pages for topic in page.topics.all()}
    assert used_topics == set(Topic.objects.values_list("slug", flat=True))
    assert len(used_topics) == 6
    for page in pages:
        assert 1 <= len(page.topics.all()) <= 3, page.title
        assert 1 <= len(page.levels.all()) <= 3, page.title
        assert page.owner.username in GUIDE_OWNERS, page.title
        assert page.summary, page.title
    assert {page.owner.username for page in pages} == GUIDE_OWNERS
    trainee_guides = [p for p in pages if "trainee" in {lv.slug for lv in p.levels.all()}]
    assert "First-week checklist for supervised trainees" in {p.title for p in trainee_guides}


@pytest.mark.django_db
def test_guides_have_reviews_due_quizzes_scripts_and_a_history(demo_kb):
    pages = guides()
    states = [page.review_state for page in pages]

    assert states.count("overdue") >= 3
    assert states.count("unscheduled") >= 1
    assert sum(1 for page in pages if page.last_reviewed) >= len(pages) - 2

    with_quiz = [page for page in pages if page.quiz is not None]
    assert len(with_quiz) >= 4
    for page in with_quiz:
        quiz = page.quiz
        assert quiz["pass_mark"] == 80
        assert 3 <= len(quiz["questions"]) <= 5, page.title
        for question in quiz["questions"]:
            assert 3 <= len(question["options"]) <= 4, question["question"]
            assert question["explanation"]

    scripts = [page for page in pages if blocks_of(page, "call_script")]
    assert len(scripts) >= 3
    branches = [
        line["branch"]
        for page in scripts
        for block in blocks_of(page, "call_script")
        for line in block.value["lines"]
    ]
    assert "If the customer objects on price" in branches

    for page in pages:
        assert page.revisions.exists(), page.title
        assert page.first_published_at <= page.last_published_at, page.title
    assert len({page.last_published_at.date() for page in pages}) >= len(pages) - 1
    a_year_ago = timezone.now() - timedelta(days=366)
    assert all(page.first_published_at > a_year_ago for page in pages)


@pytest.mark.django_db
def test_guide_bodies_are_valid_useful_and_plain_english(demo_kb):
    for page in guides():
        page.full_clean()
        page.body.stream_block.clean(page.body)
        assert 250 <= words_in(page) <= 900, (page.title, words_in(page))
        assert "lorem" not in str(page.body.raw_data).lower(), page.title
        assert not blocks_of(page, "image") and not blocks_of(page, "document")
    for page in NewsPage.objects.live():
        page.full_clean()
        assert "lorem" not in str(page.body.raw_data).lower(), page.title


@pytest.mark.django_db
def test_news_covers_every_category_audience_and_priority(demo_kb):
    news = list(NewsPage.objects.live().prefetch_related("teams"))
    today = timezone.localdate()

    assert len(news) >= 14
    assert {page.category for page in news} == set(NewsCategory.values)
    assert all(today - timedelta(days=60) <= page.date <= today for page in news)
    assert all(page.summary and page.body for page in news)

    must_reads = [page for page in news if page.must_read]
    assert any(page.acknowledge_by and page.acknowledge_by > today for page in must_reads)
    assert any(page.acknowledge_by and page.acknowledge_by < today for page in must_reads)

    targets = [{team.slug for team in page.teams.all()} for page in news]
    assert {"outbound-sales"} in targets
    assert {"customer-surveys"} in targets
    pinned = [page for page in news if page.pinned_until and page.pinned_until >= today]
    assert len(pinned) == 1
    assert any("Grace Adeyemi" in page.title for page in news)


@pytest.mark.django_db
def test_demo_operator_has_must_reads_waiting_and_some_progress(demo_kb, demo_people):
    operator = demo_people["operator"]

    waiting = NewsPage.objects.live().visible_to(operator).unacknowledged_must_reads(operator)
    assert waiting.exists()
    assert Acknowledgement.objects.exclude(user=operator).count() >= 15

    completed = GuideCompletion.objects.filter(user=operator).select_related("page")
    trainee_done = [c for c in completed if c.page.levels.filter(slug="trainee").exists()]
    assert len(trainee_done) >= 2
    passed = QuizAttempt.objects.filter(user=operator, passed=True)
    assert passed.count() >= 2
    failed = QuizAttempt.objects.filter(user=operator, passed=False)
    assert failed.exists()
    assert not completed.filter(page__in=failed.values("page")).exists()


@pytest.mark.django_db
def test_quiz_records_agree_with_the_quizzes(demo_kb):
    attempts = QuizAttempt.objects.select_related("page")
    assert attempts.count() >= 20
    assert GuideCompletion.objects.values("user").distinct().count() >= 20
    for attempt in attempts:
        assert 0 < attempt.total == len(attempt.page.quiz["questions"])
        assert attempt.percent == round(100 * attempt.correct / attempt.total)
        assert attempt.passed == (attempt.percent >= 80)
    # A completed guide with a quiz always has a passing attempt behind it.
    for completion in GuideCompletion.objects.select_related("page"):
        if completion.page.quiz is not None:
            assert QuizAttempt.objects.filter(
                user=completion.user, page=completion.page, passed=True
            ).exists()


def record_counts():
    return (
        GuidePage.objects.count(),
        NewsPage.objects.count(),
        Topic.objects.count(),
        Acknowledgement.objects.count(),
        GuideCompletion.objects.count(),
        QuizAttempt.objects.count(),
    )


@pytest.mark.django_db
def test_loading_twice_creates_nothing_the_second_time(demo_kb):
    after_first = record_counts()

    assert demo_kb == sum(after_first)
    assert load_kb() == 0
    assert record_counts() == after_first


@pytest.mark.django_db
def test_every_demo_guide_renders_for_an_operator(demo_kb, client, demo_people):
    client.force_login(demo_people["operator"])
    for page in guides():
        response = client.get(page.url)
        assert response.status_code == 200, page.title
        assert page.title.replace("'", "&#x27;") in response.content.decode()
