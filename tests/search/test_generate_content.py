"""`manage.py generate_content`: bulk pages that are valid Wagtail pages, render and are found;
bulk operators whose year of history follows the real models, gates and lead tools."""

import re
from collections import Counter, defaultdict
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone
from wagtail.models import Page

from careers import synthetic
from careers.board import board_rows, teams_for
from careers.demo import CLEARED, load_careers, load_ladder
from careers.demo_lead import SCORECARD, load_lead_tools
from careers.models import (
    Assessment,
    AssessmentKind,
    CareerLevelPage,
    CriterionScore,
    KpiMetric,
    KpiSnapshot,
    KpiSource,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    SignOff,
)
from careers.permissions import sign_off_refusal
from careers.quality import QUALITY_METRIC, recompute_quality_score, total_for
from careers.readiness import recent_months
from careers.scorecards import average_total
from careers.selectors import readiness_for
from home import roles
from home.demo import TEAMS, load_people
from home.models import Profile, Team
from kb.demo import load_kb
from kb.models import (
    Acknowledgement,
    GuideCompletion,
    GuideIndexPage,
    GuideKind,
    GuidePage,
    NewsIndexPage,
    NewsPage,
    QuizAttempt,
    Topic,
)
from kb.models import reading_minutes as expected_reading_minutes
from search.documents import searchable_pages
from search.engine import get_engine, words_of
from search.management.commands.generate_content import body_word_count
from search.query import STOPWORDS

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


# ---------------------------------------------------------------------------------------
# --operators: synthetic operators with a year of history

OPERATORS = 50  # two teams of 25
DEMO_TEAM_SLUGS = {slug for slug, _name, _description in TEAMS}


def generate_operators(count, seed=5):
    out = StringIO()
    call_command("generate_content", operators=count, seed=seed, stdout=out)
    return out.getvalue()


def reported_counts(output):
    """{kind: number} from the command's "Created N operators ... in X s: 10 assessments, ..."."""
    records = output.split(" s: ", 1)[1].strip().rstrip(".")
    return {
        kind: int(number) for number, kind in (item.split(" ", 1) for item in records.split(", "))
    }


def generated_teams():
    return Team.objects.exclude(slug__in=DEMO_TEAM_SLUGS).order_by("pk")


def generated_operators():
    return list(
        get_user_model()
        .objects.filter(profile__team__in=generated_teams(), groups__name=roles.OPERATORS)
        .select_related("profile__team", "career__level", "career__target_level", "career__mentor")
        .order_by("pk")
    )


def is_trainee(user):
    return user.career.level.slug == "trainee"


def test_operators_need_something_to_create_and_a_count_of_0_or_more():
    with pytest.raises(CommandError, match="Nothing to create"):
        call_command("generate_content", stdout=StringIO())
    with pytest.raises(CommandError, match="0 or more"):
        call_command("generate_content", operators=-1, stdout=StringIO())


@pytest.mark.django_db
def test_operators_without_a_career_ladder_are_refused_clearly():
    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_content", operators=5, stdout=StringIO())
    assert not get_user_model().objects.exists()


@pytest.fixture(scope="class")
def floor(django_db_setup, django_db_blocker):
    """The whole demo, then 50 generated operators; rolled back after the class. Each test
    runs in its own savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_people()
        load_ladder()
        load_kb()
        load_careers()
        load_lead_tools()
        yield generate_operators(OPERATORS)
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.usefixtures("floor")
class TestOperators:
    def test_counts_per_kind_match_the_report(self, floor):
        reported = reported_counts(floor)
        assert f"Created {OPERATORS} operators in 2 teams with 2 mentors" in floor
        operators = generated_operators()
        user_ids = [user.pk for user in operators]
        actual = {
            "assessments": Assessment.objects.filter(operator_id__in=user_ids).count(),
            "KPI snapshots": KpiSnapshot.objects.filter(operator_id__in=user_ids).count(),
            "quality reviews": QualityReview.objects.filter(operator_id__in=user_ids).count(),
            "criterion scores": CriterionScore.objects.filter(
                review__operator_id__in=user_ids
            ).count(),
            "review acknowledgements": ReviewResponse.objects.filter(
                review__operator_id__in=user_ids
            ).count(),
            "guide completions": GuideCompletion.objects.filter(user_id__in=user_ids).count(),
            "quiz attempts": QuizAttempt.objects.filter(user_id__in=user_ids).count(),
            "news acknowledgements": Acknowledgement.objects.filter(user_id__in=user_ids).count(),
            "sign-offs": SignOff.objects.filter(operator_id__in=user_ids).count(),
            "practice entries": PracticeEntry.objects.filter(trainee_id__in=user_ids).count(),
            "promotion decisions": PromotionDecision.objects.filter(
                operator_id__in=user_ids
            ).count(),
        }
        for kind, count in actual.items():
            assert reported[kind] == count, kind
        # Every kind is there, and in believable amounts per operator.
        assert actual["assessments"] >= 20 * OPERATORS
        assert actual["quality reviews"] >= 15 * OPERATORS
        assert actual["criterion scores"] == 8 * actual["quality reviews"]  # demo scorecard
        assert actual["guide completions"] >= 3 * OPERATORS
        assert 1 <= actual["promotion decisions"] <= 5
        assert all(actual.values())

    def test_teams_of_25_with_a_mentor_and_the_lead(self, floor, demo_people):
        teams = list(generated_teams())
        assert [team.name for team in teams] == ["Inbound Support 2", "Outbound Sales 2"]
        lead = get_user_model().objects.get(username="lead")
        operators = generated_operators()
        by_team = defaultdict(list)
        for user in operators:
            by_team[user.profile.team].append(user)
        for team in teams:
            members = by_team[team]
            assert len(members) == 25
            assert lead in team.leads.all()
            mentor = get_user_model().objects.get(profile__team=team, groups__name=roles.MENTORS)
            assert mentor.profile.job_title == "Trainer"
            assert mentor.career.level.slug == "trainer"
            assert {user.career.mentor for user in members} == {mentor}
        for user in operators:
            assert re.fullmatch(r"[a-z]+\.[a-z]+\d+", user.username)
            assert user.first_name in synthetic.FIRST_NAMES
            assert user.last_name in synthetic.LAST_NAMES
            assert not user.has_usable_password()
            assert user.profile.job_title
        assert len({user.username for user in operators}) == OPERATORS

    def test_levels_spread_over_the_ladder_with_dates_to_match(self, floor):
        today = timezone.localdate()
        operators = generated_operators()
        levels = Counter(user.career.level.slug for user in operators)
        assert set(levels) == {"trainee", "operator", "senior-operator"}
        assert levels["trainee"] + levels["operator"] > levels["senior-operator"] >= 5
        assert levels["operator"] > levels["trainee"]
        targets = Counter(user.career.target_level.slug for user in operators)
        assert targets["trainer"] > targets["team-lead"] >= 1
        for user in operators:
            career = user.career
            assert career.target_level in career.level.next_levels.all()
            assert career.hire_date <= career.level_since < today
            days = (today - career.hire_date).days
            if is_trainee(user):
                assert 14 <= days <= 80
            else:
                assert 365 <= days <= 4 * 365
                assert career.supervised is False

    def test_twelve_kpi_months_for_every_metric(self, floor):
        today = timezone.localdate()
        year = set(recent_months(today, 12))
        metrics = set(KpiMetric.objects.values_list("pk", flat=True))
        months = defaultdict(set)
        rows = KpiSnapshot.objects.filter(
            operator__in=[user.pk for user in generated_operators()]
        ).values_list("operator_id", "metric_id", "month")
        for operator_id, metric_id, month in rows:
            months[operator_id, metric_id].add(month)
        for user in generated_operators():
            for metric_id in metrics:
                got = months[user.pk, metric_id]
                if is_trainee(user):
                    assert got <= year and len(got) <= 3  # only the months they worked
                else:
                    assert got == year, (user.username, metric_id)

    def test_assessments_span_a_year_by_their_mentor(self, floor):
        today = timezone.localdate()
        lead = get_user_model().objects.get(username="lead")
        for user in generated_operators():
            records = list(Assessment.objects.filter(operator=user))
            assessed = [r for r in records if r.kind != AssessmentKind.SELF]
            days = sorted(r.assessed_on for r in assessed)
            assert days and days[-1] < today
            for record in records:
                assert record.evidence.strip()
                expected = {
                    AssessmentKind.MENTOR: user.career.mentor,
                    AssessmentKind.LEAD: lead,
                    AssessmentKind.SELF: user,
                }[record.kind]
                assert record.assessor == expected
            per_competency = Counter(r.competency_id for r in assessed)
            if is_trainee(user):
                continue
            assert days[0] <= today - timedelta(days=300)  # a year of history
            assert sum(per_competency.values()) / len(per_competency) >= 2  # several each
            assert Counter(r.kind for r in assessed).most_common(1)[0][0] == "mentor"

    def test_quality_reviews_on_the_demo_scorecard_make_the_quality_score(self, floor):
        quality = KpiMetric.objects.get(name=QUALITY_METRIC)
        operators = generated_operators()
        reviews = QualityReview.objects.filter(operator__in=operators).prefetch_related(
            "scores__criterion"
        )
        totals = defaultdict(list)
        for review in reviews:
            assert review.scorecard.name == SCORECARD
            scores = [(row.criterion, row.score) for row in review.scores.all()]
            assert {c.pk for c, _ in scores} == set(
                review.scorecard.criteria.values_list("pk", flat=True)
            )
            assert total_for(scores).total == review.total
            totals[review.operator_id, review.call_date.replace(day=1)].append(review.total)
        per_month = Counter(len(month) for month in totals.values())
        assert set(per_month) <= {1, 2, 3} and per_month[2] > per_month[1]
        snapshots = KpiSnapshot.objects.filter(operator__in=operators, metric=quality)
        assert snapshots.count() == len(totals)
        for snapshot in snapshots:
            assert snapshot.source == KpiSource.REVIEWS
            assert snapshot.value == average_total(totals[snapshot.operator_id, snapshot.month])
        # What the review pages keep up to date agrees with what was written.
        sample = snapshots.order_by("pk").first()
        before = sample.value
        recompute_quality_score(sample.operator, sample.month)
        sample.refresh_from_db()
        assert sample.value == before

    def test_guides_news_signoffs_and_practice_follow_the_rules(self, floor):
        operators = generated_operators()
        for completion in GuideCompletion.objects.filter(user__in=operators).select_related("page"):
            assert completion.completed_at >= completion.page.first_published_at
            if completion.page.quiz:
                passed = QuizAttempt.objects.filter(
                    user=completion.user, page=completion.page, passed=True
                )
                assert passed.exists(), completion
        for receipt in Acknowledgement.objects.filter(user__in=operators).select_related(
            "page", "user__career"
        ):
            assert receipt.page.must_read and receipt.page.live
            assert receipt.page.date >= receipt.user.career.hire_date
        # Every sign-off was given by someone with the right to give it.
        signoffs = SignOff.objects.filter(operator__in=operators).select_related(
            "requirement__signer_min_level", "operator", "signed_by"
        )
        for signoff in signoffs:
            refusal = sign_off_refusal(signoff.signed_by, signoff.operator, signoff.requirement)
            assert refusal == "", refusal
        cleared = {s.operator_id for s in signoffs if s.requirement.signoff_name == CLEARED}
        for user in operators:
            assert (user.pk in cleared) == (not user.career.supervised)
            if not is_trainee(user):
                assert user.pk in cleared
        trainees = [user for user in operators if is_trainee(user)]
        assert trainees
        for user in trainees:
            assert PracticeEntry.objects.filter(trainee=user, cosigned_by__isnull=False).exists()

    def test_records_are_append_only_rows(self, floor):
        user = generated_operators()[0]
        assessment = Assessment.objects.filter(operator=user).first()
        assessment.rating = 4
        with pytest.raises(ValidationError):
            assessment.save()
        decision = PromotionDecision.objects.filter(operator__in=generated_operators()).first()
        assert decision.readiness_snapshot["statuses"]
        assert decision.requirement_count == len(decision.readiness_snapshot["statuses"])

    def test_the_leads_board_lists_every_generated_operator(self, floor, client):
        lead = get_user_model().objects.get(username="lead")
        rows = board_rows(list(teams_for(lead)), timezone.localdate())
        usernames = {row.username for row in rows}
        assert {user.username for user in generated_operators()} <= usernames
        demo_floor = Profile.objects.filter(
            team__slug="inbound-support", user__groups__name=roles.OPERATORS
        ).count()
        assert len(rows) == OPERATORS + demo_floor
        client.force_login(lead)
        response = client.get("/team/")
        assert response.status_code == 200
        assert f"{OPERATORS + demo_floor} operators in" in response.content.decode()

    def test_readiness_computes_with_a_spread_of_results(self, floor, client):
        operators = generated_operators()
        today = timezone.localdate()
        readiness = readiness_for(operators, today)
        percents = []
        for user in operators:
            result = readiness[user.pk]
            assert result is not None
            gate = CareerLevelPage.objects.get(pk=user.career.target_level_id).requirements
            assert result.total == gate.count()
            percents.append(result.percent)
        assert any(result.ready for result in readiness.values())
        assert not all(result.ready for result in readiness.values())
        assert len(set(percents)) >= 4
        ready = next(user for user in operators if readiness[user.pk].ready)
        client.force_login(get_user_model().objects.get(username="lead"))
        assert client.get(f"/progress/{ready.username}/").status_code == 200
        client.force_login(ready.career.mentor)
        assert client.get(f"/progress/{ready.username}/").status_code == 200

    def test_the_same_seed_plans_the_same_batch(self, floor):
        def batch():
            with transaction.atomic():
                generate_operators(10, seed=9)
                users = get_user_model().objects.filter(
                    profile__team__in=generated_teams().filter(name__endswith=" 3")
                )
                plan = sorted(
                    (
                        u.username,
                        u.career.level.slug,
                        str(u.career.hire_date),
                        u.assessments.count(),
                    )
                    for u in users.select_related("career__level")
                )
                transaction.set_rollback(True)
            return plan

        first = batch()
        assert len(first) == 11  # 10 operators and their mentor
        assert batch() == first

    def test_running_again_adds_a_new_batch_that_cached_views_show(self, floor, client):
        lead = get_user_model().objects.get(username="lead")
        today = timezone.localdate()
        client.force_login(lead)
        # The board and readiness are cached; a batch written in bulk must not leave them stale.
        old_rows = board_rows(list(teams_for(lead)), today)
        assert client.get("/team/").context["total"] == len(old_rows)
        before = {user.username for user in get_user_model().objects.all()}
        output = generate_operators(30)  # the same seed as the first batch
        assert "Created 30 operators in 1 team with 1 mentor" in output
        teams = list(generated_teams())
        assert [team.name for team in teams] == [
            "Inbound Support 2",
            "Outbound Sales 2",
            "Inbound Support 3",
        ]
        new = {user.username for user in get_user_model().objects.all()} - before
        assert len(new) == 31
        assert all(lead in team.leads.all() for team in teams)
        assert len(generated_operators()) == OPERATORS + 30
        rows = board_rows(list(teams_for(lead)), today)
        assert len(rows) == len(old_rows) + 30
        assert {row.username for row in rows} - {row.username for row in old_rows} < new
        assert client.get("/team/").context["total"] == len(old_rows) + 30
        newest = generated_operators()[-1]
        assert readiness_for([newest], today)[newest.pk] is not None

    def test_queries_do_not_grow_per_operator(self, floor):
        def run(count):
            with transaction.atomic(), CaptureQueriesContext(connection) as queries:
                output = generate_operators(count, seed=11)
                transaction.set_rollback(True)
            inserts = [q for q in queries if q["sql"].lstrip().upper().startswith("INSERT")]
            rows = sum(reported_counts(output).values())
            return len(queries) - len(inserts), len(inserts), rows

        run(10)  # warm Wagtail's site-root cache, which the first readiness check fills
        other_10, inserts_10, rows_10 = run(10)
        other_40, inserts_40, rows_40 = run(40)
        # Reading the site, planning and readiness: the same queries for any batch size.
        assert other_40 == other_10
        # Writing: one INSERT per batch of rows, never one per row or per operator.
        assert rows_40 > 3 * rows_10
        assert inserts_40 <= rows_40 / 50
        assert inserts_40 - inserts_10 < 30 * 2
