"""Personal data: the subject-access export, anonymisation of leavers, and the admin views.

The demo site (people, ladder, guides, careers records, reviews and decisions) is loaded once
for the module (the `demo_site` fixture in conftest.py).
"""

import html
import json
import os
import pickle
import re
import stat
import uuid
import zlib
from datetime import date
from decimal import Decimal

import pytest
import redis
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection, models
from django.test import Client
from django.test.utils import CaptureQueriesContext, isolate_apps
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.models import FormState
from wagtail.documents.models import Document
from wagtail.log_actions import log
from wagtail.models import (
    APIToken,
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageSubscription,
)
from wagtail.users.models import UserProfile

from careers.board import board_rows
from careers.models import (
    Assessment,
    CalibrationSession,
    Competency,
    CriterionScore,
    DisputeResolution,
    IntegrationToken,
    KpiSnapshot,
    OperatorProfile,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    SignOff,
)
from careers.selectors import readiness_for
from home import personal_data
from home.models import Team
from home.personal_data import (
    ANONYMISE_ACTION,
    EXCLUDED,
    EXPORT_ACTION,
    FREE_TEXT,
    Section,
    anonymise_person,
    covered_relations,
    export_person,
    is_anonymised,
    uncovered_user_relations,
    user_relations,
)
from kb.models import Acknowledgement, GuideCompletion, GuidePage, NewsPage, QuizAttempt
from search.models import QueryLog, SearchWord
from tests.helpers import require_service

User = get_user_model()
PSEUDONYM = re.compile(r"former-(operator|mentor|lead|admin)-[0-9a-f]{6}")
ROLES_REFUSED = ["operator", "mentor", "lead"]


@pytest.fixture
def admin_client(client, people):
    client.force_login(people["admin"])
    return client


def person_logs(user, action):
    return ModelLogEntry.objects.filter(
        content_type__model="user", object_id=str(user.pk), action=action
    )


# ---------------------------------------------------------------------------------------
# Every relation to the user model is covered


def test_every_relation_to_the_user_model_is_exported_or_excluded_with_a_reason():
    assert uncovered_user_relations() == set(), (
        "These fields store a user but the personal-data export neither exports them nor "
        "lists them in EXCLUDED with a reason (home/personal_data.py)"
    )
    # No stale names either: every covered or excluded relation still exists.
    assert covered_relations() | set(EXCLUDED) <= user_relations()
    assert all(len(reason) > 20 for reason in EXCLUDED.values())


def test_discovery_sees_foreign_keys_one_to_ones_and_many_to_manys():
    found = user_relations()
    for label in [
        "careers.Assessment.operator",
        "careers.Assessment.assessor",
        "careers.OperatorProfile.user",  # one-to-one
        "home.Team.leads",  # many-to-many to the user
        "auth.User.groups",  # the user's own many-to-many
        "wagtailcore.Page.owner",  # named once, on the model that defines it
    ]:
        assert label in found
    assert not any(label.startswith("kb.GuidePage.") for label in found)


@isolate_apps("home")
def test_a_new_model_storing_a_user_is_reported_until_it_is_covered():
    from django.apps import apps

    class ShiftSwap(models.Model):
        # The user class itself: a lazy "auth.User" would not resolve in the isolated apps.
        requested_by = models.ForeignKey(User, on_delete=models.CASCADE)
        covered_by = models.ManyToManyField(User, related_name="+")

        class Meta:
            app_label = "home"

        def __str__(self):
            return "swap"

    assert uncovered_user_relations([ShiftSwap, *apps.get_models()]) == {
        "home.ShiftSwap.requested_by",
        "home.ShiftSwap.covered_by",
    }


# ---------------------------------------------------------------------------------------
# Export


def test_export_of_an_operator_holds_their_records_about_them(people):
    amira = people["operator"]
    Acknowledgement.objects.create(user=amira, page=NewsPage.objects.filter(must_read=True)[0])
    data = export_person(amira)
    json.dumps(data)  # JSON-ready as it is

    assert data["subject"] == {"id": amira.pk, "username": "operator"}
    account = data["account"]["details"]
    assert (account["first_name"], account["last_name"]) == ("Amira", "Haddad")
    assert account["email"] == "operator@callpath.example"
    assert data["account"]["groups"] == ["Operators"]
    assert data["account"]["profile"] == {"team": "Inbound Support", "job_title": "Operator"}
    placement = data["career"]["placement"]
    assert placement["mentor"] == "mentor" and placement["level"]

    about = data["about"]
    expected_counts = {
        "assessments": Assessment.objects.filter(operator=amira).count(),
        "signoffs": SignOff.objects.filter(operator=amira).count(),
        "kpi_snapshots": KpiSnapshot.objects.filter(operator=amira).count(),
        "quality_reviews": QualityReview.objects.filter(operator=amira).count(),
        "quiz_attempts": QuizAttempt.objects.filter(user=amira).count(),
        "guide_completions": GuideCompletion.objects.filter(user=amira).count(),
        "news_acknowledgements": Acknowledgement.objects.filter(user=amira).count(),
    }
    for name, count in expected_counts.items():
        assert count > 0, f"the demo should give the operator some {name}"
        assert len(about[name]) == count, name
    assert {row["kind"] for row in about["assessments"]} >= {"self", "mentor"}
    review = about["quality_reviews"][0]
    assert review["scores"] and {"criterion", "score", "comment"} <= set(review["scores"][0])
    assert CriterionScore.objects.filter(review__operator=amira).count() == sum(
        len(review["scores"]) for review in about["quality_reviews"]
    )
    # Her acknowledgement and her open dispute, with who wrote them.
    responses = about["review_responses"]
    assert {row["kind"] for row in responses} == {"acknowledged", "disputed"}
    assert {row["created_by"] for row in responses} == {"operator"}
    assert "task 88213" in next(row for row in responses if row["kind"] == "disputed")["comment"]

    # Her self-assessments are about her, not "by" her.
    assert data["by"]["assessments_given"] == []
    assert "search_queries" in data["not_held"]


def test_export_of_a_mentor_separates_what_they_wrote_about_others(people):
    daniel = people["mentor"]
    data = export_person(daniel)
    given = data["by"]["assessments_given"]
    assert len(given) == Assessment.objects.filter(assessor=daniel).exclude(operator=daniel).count()
    assert given and all(row["operator"] != "mentor" for row in given)
    assert data["by"]["signoffs_given"]
    assert data["by"]["quality_reviews_given"]
    assert "operator" in data["career"]["mentees"]
    owned = {row["id"] for row in data["by"]["pages_owned"]}
    assert owned == set(Page.objects.filter(owner=daniel).values_list("pk", flat=True))
    assert GuidePage.objects.filter(owner=daniel).exists()
    assert data["by"]["revisions"]
    # Nothing about other people is filed under "about" the mentor.
    assert all(row["assessor"] for row in data["about"]["assessments"])
    assert len(data["about"]["assessments"]) == Assessment.objects.filter(operator=daniel).count()


def test_export_of_a_lead_lists_decisions_and_dispute_resolutions(people):
    data = export_person(people["lead"])
    decisions = data["by"]["promotion_decisions_made"]
    assert {row["operator"] for row in decisions} >= {"lcarter", "hfischer", "jlindqvist"}
    assert data["by"]["dispute_resolutions"][0]["operator"] == "ewalsh"
    assert data["by"]["calibration_sessions_created"]
    assert data["account"]["teams_led"] == ["Inbound Support"]
    liam = export_person(people["lcarter"])["about"]["promotion_decisions"]
    assert liam[0]["outcome"] == "promote"
    assert liam[0]["readiness_snapshot"]["statuses"], "the frozen readiness is exported"


def test_export_includes_wagtail_records(people, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    daniel = people["mentor"]
    guide = GuidePage.objects.filter(owner=daniel).first()
    APIToken.objects.create(user=daniel, name="Laptop script", key_hash="x" * 64, prefix="wt_1")
    PageSubscription.objects.create(user=daniel, page=guide, comment_notifications=True)
    comment = Comment.objects.create(
        page=guide, user=daniel, text="Check the refund limit", contentpath="body"
    )
    CommentReply.objects.create(comment=comment, user=daniel, text="Done")
    profile = UserProfile.get_for_user(daniel)
    profile.preferred_language = "en-gb"
    profile.save()
    FormState.objects.create(
        user=daniel,
        content_type_id=guide.content_type_id,
        object_id=str(guide.pk),
        data="a=1",
        last_updated_at=timezone.now(),
    )
    Document.objects.create(
        title="Refund table",
        file=SimpleUploadedFile("refunds.csv", b"a,b\n"),
        uploaded_by_user=daniel,
    )

    data = export_person(daniel)
    assert data["account"]["api_tokens"][0]["name"] == "Laptop script"
    assert data["account"]["page_subscriptions"][0]["page_id"] == guide.pk
    assert data["account"]["admin_preferences"]["preferred_language"] == "en-gb"
    assert data["by"]["comments"][0]["text"] == "Check the refund limit"
    assert data["by"]["comment_replies"][0]["text"] == "Done"
    assert data["by"]["unsaved_forms"][0]["data"] == "a=1"
    assert data["by"]["documents_uploaded"][0]["title"] == "Refund table"


def test_export_runs_the_same_queries_however_many_records(people):
    def queries_for(user):
        with CaptureQueriesContext(connection) as captured:
            export_person(user)
        return len(captured)

    busy = queries_for(people["mentor"])  # hundreds of records
    assert busy == queries_for(User.objects.create(username="newstarter"))  # none
    assert busy < 70


def test_export_command_writes_a_private_file_and_logs_it(people, tmp_path, capsys):
    target = tmp_path / "amira.json"
    call_command("export_person", "operator", "--output", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["subject"]["username"] == "operator"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "Wrote the personal data of “operator”" in capsys.readouterr().out

    entry = person_logs(people["operator"], EXPORT_ACTION).get()
    assert entry.user is None
    assert entry.data["via"] == "command line"
    assert entry.data["destination"] == str(target)
    assert entry.message.startswith("Exported the person's data from the command line")


def test_export_command_prints_json_without_output(people, capsys):
    call_command("export_person", "mentor")
    assert json.loads(capsys.readouterr().out)["subject"]["username"] == "mentor"


def test_export_command_rejects_an_unknown_username(people):
    with pytest.raises(CommandError, match="No user has the username “nobody”"):
        call_command("export_person", "nobody")
    assert not ModelLogEntry.objects.filter(action=EXPORT_ACTION).exists()


# ---------------------------------------------------------------------------------------
# Anonymisation


def team_figures():
    """What leads and reports count, per team: records and their sums."""
    figures = {}
    for team in Team.objects.all():
        members = {"operator__profile__team": team}
        figures[team.slug] = {
            "assessments": Assessment.objects.filter(**members).count(),
            "signoffs": SignOff.objects.filter(**members).count(),
            "kpis": KpiSnapshot.objects.filter(**members).count(),
            "kpi_total": str(
                KpiSnapshot.objects.filter(**members).aggregate(s=models.Sum("value"))["s"]
            ),
            "reviews": QualityReview.objects.filter(**members).count(),
            "decisions": PromotionDecision.objects.filter(**members).count(),
            "practice": PracticeEntry.objects.filter(trainee__profile__team=team).count(),
            "completions": GuideCompletion.objects.filter(user__profile__team=team).count(),
            "acknowledgements": Acknowledgement.objects.filter(user__profile__team=team).count(),
        }
    return figures


def readiness_figures():
    """Every operator's readiness for their target: percent and each requirement's verdict."""
    users = list(User.objects.filter(career__target_level__isnull=False))
    readiness = readiness_for(users, date.today(), level_for=lambda profile: profile.target_level)
    return {
        user.pk: (result.percent, [(s.requirement.id, s.met, s.current) for s in result.statuses])
        for user, result in ((user, readiness[user.pk]) for user in users)
    }


def board_figures():
    """The team board for an admin (every team), without the mentor's display name."""
    return {
        row.username: (
            row.team,
            row.level,
            row.target,
            row.readiness,
            row.missing_count,
            row.last_assessed,
            row.last_progress,
            row.quality,
            row.ready,
        )
        for row in board_rows(Team.objects.all(), date.today())
    }


def test_anonymising_a_mentor_keeps_every_figure(people):
    daniel = people["mentor"]
    before = (team_figures(), readiness_figures(), board_figures())
    assessments_given = Assessment.objects.filter(assessor=daniel).count()

    result = anonymise_person(daniel)

    daniel.refresh_from_db()
    assert PSEUDONYM.fullmatch(result.pseudonym) and result.pseudonym.startswith("former-mentor-")
    assert daniel.username == result.pseudonym
    assert (team_figures(), readiness_figures(), board_figures()) == before
    assert Assessment.objects.filter(assessor=daniel).count() == assessments_given
    # The mentees keep their (now pseudonymous) mentor and their pages keep their owner.
    assert OperatorProfile.objects.filter(mentor=daniel).exists()
    assert GuidePage.objects.filter(owner=daniel).exists()
    assert result.loose_ends["mentees"]


def test_anonymising_an_operator_keeps_their_history_and_team_figures(people):
    amira = people["operator"]
    before_team, before_readiness, before_board = (
        team_figures(),
        readiness_figures(),
        board_figures(),
    )
    records = {
        model: model.objects.filter(**{path: amira}).count()
        for model, path in [
            (Assessment, "operator"),
            (KpiSnapshot, "operator"),
            (QualityReview, "operator"),
            (ReviewResponse, "created_by"),
            (QuizAttempt, "user"),
            (GuideCompletion, "user"),
            (Acknowledgement, "user"),
        ]
    }

    anonymise_person(amira)

    assert team_figures() == before_team
    assert readiness_figures() == before_readiness  # hers included, computed as before
    assert {
        model: model.objects.filter(**{path: amira}).count()
        for model, path in [
            (Assessment, "operator"),
            (KpiSnapshot, "operator"),
            (QualityReview, "operator"),
            (ReviewResponse, "created_by"),
            (QuizAttempt, "user"),
            (GuideCompletion, "user"),
            (Acknowledgement, "user"),
        ]
    } == records
    # The board lists active operators only: she leaves it, everyone else is unchanged.
    after_board = board_figures()
    assert "operator" in before_board and "operator" not in after_board
    del before_board["operator"]
    assert after_board == before_board


def test_anonymising_removes_identity_sessions_and_tokens(people, client):
    amira = people["operator"]
    client.force_login(amira)
    assert client.get("/").status_code == 200
    APIToken.objects.create(user=amira, name="Phone", key_hash="y" * 64, prefix="wt_2")
    queries_logged = QueryLog.objects.count()

    result = anonymise_person(amira)

    amira.refresh_from_db()
    assert amira.username == result.pseudonym
    assert (amira.first_name, amira.last_name, amira.email) == (result.pseudonym, "", "")
    assert amira.get_full_name() == result.pseudonym
    assert not amira.has_usable_password() and not amira.is_active
    assert amira.last_login is None
    assert is_anonymised(amira)
    assert result.sessions_deleted == 1
    assert not any(
        session.get_decoded().get("_auth_user_id") == str(amira.pk)
        for session in Session.objects.all()
    )
    assert client.get("/").status_code == 302  # logged out
    assert not APIToken.objects.filter(user=amira).exists()
    assert result.removed["Wagtail API tokens"] == 1
    assert QueryLog.objects.count() == queries_logged  # the search log never named her

    text = json.dumps(export_person(amira), ensure_ascii=False)
    for identity in ("Amira", "Haddad", "operator@callpath.example"):
        assert identity not in text


def test_names_are_replaced_in_notes_about_them_and_full_names_in_notes_about_others(people):
    amira, daniel, priya = people["operator"], people["mentor"], people["psharma"]
    competency = Competency.objects.first()
    about_her = Assessment.objects.create(
        operator=amira,
        competency=competency,
        rating=3,
        assessor=daniel,
        kind="mentor",
        evidence="Amira Haddad calmed the caller; Amira's notes were clear. Haddad then "
        "emailed OPERATOR@callpath.example. The grace period was explained.",
    )
    about_priya = Assessment.objects.create(
        operator=priya,
        competency=competency,
        rating=3,
        assessor=daniel,
        kind="mentor",
        evidence="Covered the queue with Amira  Haddad; Amira said it went well.",
    )
    # The demo's frozen readiness quotes the mentor's name in other people's decisions.
    quoting_daniel = sum(
        "Daniel Okafor" in json.dumps(decision.readiness_snapshot)
        for decision in PromotionDecision.objects.all()
    )

    result = anonymise_person(amira)
    pseudonym = result.pseudonym
    about_her.refresh_from_db()
    about_priya.refresh_from_db()
    assert about_her.evidence == (
        f"{pseudonym} calmed the caller; {pseudonym}'s notes were clear. {pseudonym} then "
        f"emailed {pseudonym}. The grace period was explained."
    )
    # About someone else: the full name goes, a first name alone may be someone else's.
    assert about_priya.evidence == f"Covered the queue with {pseudonym}; Amira said it went well."
    assert result.notes_rewritten >= 2

    daniel_result = anonymise_person(daniel)
    assert quoting_daniel > 0
    for decision in PromotionDecision.objects.all():
        assert "Daniel Okafor" not in json.dumps(decision.readiness_snapshot)
    for model, _subject, fields in FREE_TEXT:
        for field_name in fields:
            lookup = {f"{field_name}__icontains": "Okafor"}
            if field_name != "readiness_snapshot":
                assert not model.objects.filter(**lookup).exists(), (model, field_name)
    assert daniel_result.pseudonym != pseudonym


def test_audit_log_labels_lose_the_name_and_the_anonymisation_is_logged(people):
    amira = people["operator"]
    call_command("export_person", "operator", "--output", os.devnull)
    assessment = Assessment.objects.filter(operator=amira).first()
    log(assessment, "callpath.assessment", user=people["mentor"])
    assert ModelLogEntry.objects.filter(label__contains="for operator").exists()

    result = anonymise_person(amira, acting_user=people["admin"])

    entry = person_logs(amira, ANONYMISE_ACTION).get()
    assert entry.user == people["admin"]
    assert entry.label == result.pseudonym
    assert entry.data["via"] == "admin" and entry.data["pseudonym"] == result.pseudonym
    assert entry.data["kept"]["assessments"] == Assessment.objects.filter(operator=amira).count()
    assert f"Anonymised the account as {result.pseudonym} in the admin" == entry.message
    export_entry = person_logs(amira, EXPORT_ACTION).get()
    assert export_entry.label == result.pseudonym
    assert not ModelLogEntry.objects.filter(label__contains="for operator").exists()
    assert not ModelLogEntry.objects.filter(label__icontains="Haddad").exists()


def test_anonymising_twice_is_harmless(people, capsys):
    amira = people["operator"]
    call_command("anonymise_person", "operator", "--yes")
    out = capsys.readouterr().out
    amira.refresh_from_db()
    assert f"the account is now {amira.username}" in out
    logged = ModelLogEntry.objects.count()
    snapshot = User.objects.filter(pk=amira.pk).values().get()

    call_command("anonymise_person", amira.username, "--yes")
    assert "is already anonymised; nothing changed" in capsys.readouterr().out
    assert anonymise_person(amira).already
    assert User.objects.filter(pk=amira.pk).values().get() == snapshot
    assert ModelLogEntry.objects.count() == logged
    with pytest.raises(CommandError, match="former-<role>-<code>"):
        call_command("anonymise_person", "operator", "--yes")


def test_the_command_asks_for_confirmation(people, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    call_command("anonymise_person", "operator")
    out = capsys.readouterr().out
    assert "Anonymise Amira Haddad (operator" in out and "Cancelled; nothing changed." in out
    assert User.objects.get(pk=people["operator"].pk).username == "operator"

    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    call_command("anonymise_person", "operator")
    assert not User.objects.filter(username="operator").exists()
    entry = person_logs(people["operator"], ANONYMISE_ACTION).get()
    assert entry.user is None and entry.data["via"] == "command line"


def test_superusers_need_force_and_another_administrator(people):
    with pytest.raises(CommandError, match="administrator.*--force"):
        call_command("anonymise_person", "admin", "--yes")
    with pytest.raises(CommandError, match="only active administrator"):
        call_command("anonymise_person", "admin", "--yes", "--force")
    assert User.objects.get(pk=people["admin"].pk).username == "admin"

    User.objects.create(username="admin2", is_superuser=True, is_staff=True)
    call_command("anonymise_person", "admin", "--yes", "--force")
    former = User.objects.get(pk=people["admin"].pk)
    assert former.username.startswith("former-admin-")
    assert not former.is_superuser and not former.is_staff


def test_unknown_username_is_a_clear_error(people):
    with pytest.raises(CommandError, match="No user has the username “ghost”"):
        call_command("anonymise_person", "ghost", "--yes")


# ---------------------------------------------------------------------------------------
# Admin views


def urls_for(user):
    base = f"/admin/personal-data/{user.pk}/"
    return {
        "index": "/admin/personal-data/",
        "person": base,
        "export": f"{base}export/",
        "anonymise": f"{base}anonymise/",
        "deactivate": f"{base}deactivate/",
    }


@pytest.mark.parametrize("role", ROLES_REFUSED)
def test_only_admins_reach_the_personal_data_views(people, client, role):
    target = people["psharma"]
    urls = urls_for(target)
    client.force_login(people[role])
    for response in (
        client.get(urls["index"]),
        client.get(urls["person"]),
        client.get(urls["anonymise"]),
        client.post(urls["export"]),
        client.post(urls["anonymise"], {"force": "on"}),
        client.post(urls["deactivate"]),
    ):
        if role == "operator":  # no admin access at all: the site's "not allowed" page
            assert response.status_code == 403
        else:
            assert response.status_code == 302
            assert response["Location"].startswith("/admin/")
    assert not ModelLogEntry.objects.filter(
        action__in=[EXPORT_ACTION, ANONYMISE_ACTION, personal_data.DEACTIVATE_ACTION]
    ).exists()
    assert User.objects.get(pk=target.pk).username == "psharma"
    assert User.objects.get(pk=target.pk).is_active
    assert "Personal data" not in client.get("/admin/").content.decode()


def test_admin_finds_a_person_and_downloads_the_export(people, admin_client):
    index = admin_client.get("/admin/personal-data/?q=haddad")
    html = index.content.decode()
    assert index.status_code == 200
    assert "Amira Haddad" in html and "Priya Sharma" not in html
    assert "Personal data" in admin_client.get("/admin/").content.decode()  # the menu item

    amira = people["operator"]
    page = admin_client.get(urls_for(amira)["person"])
    assert page.status_code == 200
    assert "Download JSON export" in page.content.decode()
    assert f'action="{urls_for(amira)["deactivate"]}"' in page.content.decode()
    assert admin_client.get(urls_for(amira)["export"]).status_code == 405

    response = admin_client.post(urls_for(amira)["export"])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith(
        'attachment; filename="personal-data-operator-'
    )
    assert json.loads(response.content)["subject"]["username"] == "operator"
    entry = person_logs(amira, EXPORT_ACTION).get()
    assert entry.user == people["admin"] and entry.data["via"] == "admin"


def test_admin_anonymises_after_a_confirmation_page(people, admin_client):
    daniel = people["mentor"]
    confirm = admin_client.get(urls_for(daniel)["anonymise"])
    html = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Yes, anonymise" in html
    assert "need a new mentor" in html and "operator" in html
    assert User.objects.get(pk=daniel.pk).username == "mentor"  # GET changes nothing

    response = admin_client.post(urls_for(daniel)["anonymise"])
    assert response.status_code == 302
    assert response["Location"] == urls_for(daniel)["person"]
    daniel.refresh_from_db()
    assert is_anonymised(daniel)
    assert person_logs(daniel, ANONYMISE_ACTION).get().user == people["admin"]
    assert "already anonymised" in admin_client.get(urls_for(daniel)["anonymise"]).content.decode()


def test_admin_must_tick_force_for_another_administrator_and_cannot_remove_themselves(
    people, admin_client
):
    other = User.objects.create(username="root2", is_superuser=True, is_staff=True)
    response = admin_client.post(urls_for(other)["anonymise"])
    assert response.status_code == 200
    assert "Tick this box to anonymise an administrator." in response.content.decode()
    assert User.objects.get(pk=other.pk).username == "root2"
    assert admin_client.post(urls_for(other)["anonymise"], {"force": "on"}).status_code == 302
    assert is_anonymised(User.objects.get(pk=other.pk))

    own = urls_for(people["admin"])["anonymise"]
    assert "You cannot anonymise your own account." in admin_client.get(own).content.decode()
    response = admin_client.post(own, {"force": "on"})
    assert response.status_code == 200
    assert User.objects.get(pk=people["admin"].pk).is_superuser


def test_integration_tokens_they_created_are_flagged_not_deleted(people):
    admin = people["admin"]
    User.objects.create(username="admin2", is_superuser=True, is_staff=True)
    IntegrationToken.objects.create(
        name="Genesys WFM", prefix="cp_x", key_hash="z" * 64, created_by=admin
    )
    result = anonymise_person(admin, force=True)
    assert result.loose_ends["integration_tokens"] == ["Genesys WFM"]
    assert IntegrationToken.objects.get().created_by_id == admin.pk


def test_login_records_are_exported_and_deleted_on_anonymisation(people):
    if not django_apps.is_installed("axes"):
        pytest.skip("login throttling (django-axes) is not installed")
    from axes.models import AccessLog

    AccessLog.objects.create(
        username="operator", ip_address="10.1.2.3", user_agent="Firefox", path_info="/login/"
    )
    AccessLog.objects.create(username="psharma", ip_address="10.1.2.4", user_agent="Edge")
    [record] = export_person(people["operator"])["about"]["login_records"]
    assert (record["ip_address"], record["user_agent"]) == ("10.1.2.3", "Firefox")

    result = anonymise_person(people["operator"])
    assert result.removed["login records"] == 1
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["psharma"]


def test_an_anonymised_mentor_shows_as_the_pseudonym_on_the_board(people, client):
    mentor = people["mentor"]
    name = mentor.get_full_name()
    client.force_login(people["lead"])
    assert f"<td>{name}</td>" in client.get("/team/").content.decode()
    result = anonymise_person(mentor)
    html = client.get("/team/").content.decode()
    assert name not in html
    assert f"<td>{result.pseudonym}</td>" in html


# ---------------------------------------------------------------------------------------
# An export of everything: every kind of record, through the command and the admin


def test_the_export_writes_translated_labels_dates_decimals_and_uuids(people, monkeypatch):
    """Whatever a section hands over unconverted is written as text, not a TypeError."""
    key = uuid.uuid4()
    extra = Section(
        "about.extra",
        (),
        lambda user: {
            "label": gettext_lazy("access log"),
            "on": date(2026, 3, 1),
            "at": timezone.now(),
            "hours": Decimal("7.5"),
            "key": key,
        },
    )
    monkeypatch.setattr(personal_data, "SECTIONS", [*personal_data.SECTIONS, extra])
    data = json.loads(personal_data.export_json(people["operator"]))
    assert data["about"]["extra"]["label"] == "access log"
    assert data["about"]["extra"]["on"] == "2026-03-01"
    assert data["about"]["extra"]["hours"] == "7.5"
    assert data["about"]["extra"]["key"] == str(key)


PASSWORD = "a-long-desk-password-42"

# Each kind of record the product keeps about a person, as the export names it.
EVERY_KIND_ABOUT = [
    "assessments",
    "signoffs",
    "practice_entries",
    "kpi_snapshots",
    "quality_reviews",
    "review_responses",
    "calibration_sessions",
    "promotion_decisions",
    "quiz_attempts",
    "guide_completions",
    "news_acknowledgements",
    "login_records",
    "audit_log",
]


@pytest.fixture
def amira_with_every_record(people, client):
    """The demo operator with one of every kind of record: a real login (so the login
    throttling records it), a search, a news acknowledgement, practice, a calibration
    session, a promotion decision, a resolved dispute and an edit of her account, on top of
    the demo's assessments, sign-offs, KPI values, reviews, quiz attempts and completions."""
    amira, lead = people["operator"], people["lead"]
    amira.set_password(PASSWORD)
    amira.save()
    refused = client.post("/login/", {"username": "operator", "password": "wrong-password"})
    assert refused.status_code == 200
    logged_in = client.post("/login/", {"username": "operator", "password": PASSWORD})
    assert logged_in.status_code == 302
    assert client.get("/search/", {"q": "refund"}).status_code == 200
    news = NewsPage.objects.live().filter(must_read=True).first()
    assert client.post(f"/kb/news/{news.pk}/acknowledge/").status_code == 302

    PracticeEntry.objects.create(
        trainee=amira, kind="calls", hours=Decimal("2.5"), calls=14, cosigned_by=people["mentor"]
    )
    review = QualityReview.objects.filter(operator=amira).first()
    CalibrationSession.objects.create(
        scorecard=review.scorecard,
        call_reference="CAL-7",
        call_date=date.today(),
        operator=amira,
        created_by=lead,
        notes="Three reviewers, one call.",
    )
    PromotionDecision.objects.create(
        operator=amira,
        outcome="not_yet",
        rationale="Two more months of first-call resolution.",
        readiness_snapshot={"level_id": None, "percent": 60, "statuses": []},
        met_count=3,
        requirement_count=5,
        decided_by=lead,
    )
    log(amira, "wagtail.edit", user=people["admin"])  # an admin edited her account
    dispute = ReviewResponse.objects.filter(created_by=amira, kind="disputed").first()
    if not hasattr(dispute, "resolution"):
        DisputeResolution.objects.create(
            dispute=dispute, outcome="upheld", note="The score stands.", resolved_by=lead
        )
    return amira


def assert_every_kind(data):
    about = data["about"]
    for kind in EVERY_KIND_ABOUT:
        assert about[kind], f"the export has no {kind}"
    assert "access log" in {row["kind"] for row in about["login_records"]}
    assert {row["kind"] for row in about["review_responses"]} == {"acknowledged", "disputed"}
    assert any(row["resolution"] for row in about["review_responses"])
    assert about["practice_entries"][0]["hours"] == "2.5"
    # Searches are logged without the searcher: the export says so instead of listing them.
    assert "never who searched" in data["not_held"]["search_queries"]
    assert data["account"]["details"]["last_login"]


def test_an_export_of_every_kind_of_record_through_the_command(amira_with_every_record, capsys):
    assert QueryLog.objects.filter(query="refund").exists()
    call_command("export_person", "operator")
    assert_every_kind(json.loads(capsys.readouterr().out))


def test_an_export_of_every_kind_of_record_through_the_admin(amira_with_every_record, people):
    admin = Client()
    admin.force_login(people["admin"])
    response = admin.post(urls_for(amira_with_every_record)["export"])
    assert response.status_code == 200
    assert_every_kind(json.loads(response.content))
    # The people who wrote about her: what they wrote parses too.
    for username in ("mentor", "lead", "admin"):
        response = admin.post(urls_for(people[username])["export"])
        assert response.status_code == 200
        assert json.loads(response.content)["subject"]["username"] == username


# ---------------------------------------------------------------------------------------
# Anonymisation leaves no name in the cache or the search log


def cached_texts():
    """Every value in the cache, as text: the file cache's entries are compressed pickles and
    Redis's are pickles, so this reads each one as the anonymisation must."""
    backend = caches["default"]
    if isinstance(backend, FileBasedCache):
        texts = []
        for path in backend._list_cache_files():
            with open(path, "rb") as file:
                pickle.load(file)
                texts.append(zlib.decompress(file.read()).decode("utf-8", "ignore"))
        return texts
    client = backend._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{backend.key_prefix}:*"))
    return [value.decode("utf-8", "ignore") for value in client.mget(keys) if value] if keys else []


@pytest.fixture(params=["file", "redis"])
def shared_cache(request, settings, tmp_path):
    """The production caches instead of the tests' memory cache: the file cache in a
    temporary folder, and Redis (when one is running) under a prefix of its own."""
    if request.param == "file":
        settings.CACHES = {
            "default": {"BACKEND": "home.cache.FileCache", "LOCATION": str(tmp_path / "cache")}
        }
    else:
        url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
        try:
            redis.Redis.from_url(url, socket_connect_timeout=1).ping()
        except redis.RedisError as error:
            require_service(f"Redis at {url}", error)
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": f"callpath-test-{uuid.uuid4().hex[:12]}",
            }
        }
    backend = caches["default"]
    yield backend
    if request.param == "redis":  # only this test's keys: the server may be shared
        client = backend._cache.get_client(write=True)
        for key in client.scan_iter(match=f"{backend.key_prefix}:*"):
            client.delete(key)


@pytest.mark.parametrize(
    "username, their_lead",
    [("psharma", "lead"), ("poneill", "tnguyen")],  # O'Neill: HTML writes O&#x27;Neill
)
def test_anonymising_leaves_no_name_in_the_cache(
    people, shared_cache, django_capture_on_commit_callbacks, username, their_lead
):
    person = people[username]
    full_name = person.get_full_name()
    identity = [person.first_name, person.last_name, full_name, username, person.email]
    lead = Client()
    lead.force_login(people[their_lead])
    for url in ("/", "/team/", f"/progress/{username}/", "/team/fit/"):
        assert lead.get(url).status_code == 200, url
    other_team = Client()
    other_team.force_login(people["rhughes"])  # Outbound Sales: Marcus Bell's team
    assert other_team.get("/team/").status_code == 200
    assert any(html.escape(full_name) in text for text in cached_texts()), "cached her name"
    assert any("Marcus Bell" in text for text in cached_texts())

    with django_capture_on_commit_callbacks(execute=True):
        result = anonymise_person(person)

    assert result.cache_entries_removed
    texts = [text.casefold() for text in cached_texts()]
    for term in identity:
        for form in {term, html.escape(term)}:
            assert not any(form.casefold() in text for text in texts), f"{form!r} is cached"
    # Only what named them went: another team's board stays cached.
    assert any("marcus bell" in text for text in texts)
    assert person.last_name not in lead.get("/team/fit/").content.decode()


def test_anonymising_deletes_logged_searches_that_name_them(people, client):
    priya = people["psharma"]
    client.force_login(people["lead"])
    searches = [
        "Priya Sharma",
        "sharma priya rota",  # Hungarian order: family name first
        "psharma",
        "psharma's shifts",
        "psharma@callpath.example",
        "priya",  # a first name alone may be anyone's
        "refund policy",
        "operator handbook",
    ]
    for query in searches:
        assert client.get("/search/", {"q": query}).status_code == 200
    SearchWord.objects.get_or_create(word="operator", defaults={"length": 8})
    assert QueryLog.objects.filter(query="priya sharma").exists()
    assert priya.email == "psharma@callpath.example"

    result = anonymise_person(priya)

    assert result.removed["logged searches naming them"] == 5
    assert sorted(QueryLog.objects.values_list("query", flat=True)) == [
        "operator handbook",
        "priya",
        "refund policy",
    ]
    # A username that is also a word of the content goes only as the whole query.
    client.get("/search/", {"q": "operator"})
    anonymise_person(people["operator"])
    assert sorted(QueryLog.objects.values_list("query", flat=True)) == [
        "operator handbook",
        "priya",
        "refund policy",
    ]


def test_searches_for_an_accented_name_in_hungarian_order_are_deleted(people, client):
    adam = User.objects.create(username="aujvari", first_name="Ádám", last_name="Újvári")
    client.force_login(people["lead"])
    for query in ("Újvári Ádám", "ÁDÁM ÚJVÁRI műszak", "újvári"):
        assert client.get("/search/", {"q": query}).status_code == 200

    anonymise_person(adam)

    assert list(QueryLog.objects.values_list("query", flat=True)) == ["újvári"]
