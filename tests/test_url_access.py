"""Every URL of the site against one access table: what each role gets, on whose record.

`test_every_url_pattern_has_a_rule` walks Django's URL resolver (through every include) and
fails, naming the pattern, when one has no entry in ACCESS: a new view needs a rule. Wagtail's
own admin URLs share the prefix rule "admin/", checked on a sample; the admin URLs the project
adds (its `register_admin_urls` and `register_admin_viewset` hooks, its snippets and their
choosers, any admin view in its own modules) each need their own entry.

`test_access_table` loads the demo once for the module, requests every rule's URL as each
role (anonymous and the demo `operator`, `mentor`, `lead` and `admin`) and reports every
difference at once. Each request runs in a savepoint that is rolled back, so no check sees
another's writes. Write rules count the rows the request creates (or changes): a refused
request must change nothing, an allowed one must write.

People data follows careers.permissions: an operator sees their own record, a mentor their
mentees', a lead their team's, admins everyone's. Personal URLs point at these people:

    self                   whoever is asking (`operator` for anonymous requests)
    operator               Amira (`operator`): Inbound Support, mentee of `mentor`
    mentor                 Daniel (`mentor`): the Inbound Support trainer
    teammate               Chloe: Inbound Support trainee, mentee of `mentor`
    teammate-other-mentor  Yusuf: Inbound Support trainee, mentored by the Outbound trainer
    mentee-elsewhere       Ana: Outbound Sales trainee, mentored by `mentor`
    elsewhere              Megan: Outbound Sales trainee, mentored by the Outbound trainer
    nobody                 a username nobody has
"""

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail import hooks
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    ModelLogEntry,
    Page,
    PageViewRestriction,
)
from wagtail.snippets.models import get_snippet_models

from careers.api import prepare_token
from careers.demo import SUPERVISED_HOURS, load_careers, load_ladder
from careers.demo_lead import load_lead_tools
from careers.models import (
    Assessment,
    CalibrationSession,
    CareerLevelPage,
    Competency,
    DisputeResolution,
    IntegrationToken,
    KpiMetric,
    KpiSnapshot,
    LevelRequirement,
    OperatorProfile,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    Scorecard,
    SignOff,
    TaskType,
)
from careers.quality import create_review
from home.accounts import RESET_LINK_SENT_ACTION
from home.demo import load_people
from home.personal_data import ANONYMISE_ACTION, DEACTIVATE_ACTION, EXPORT_ACTION
from kb.demo import load_kb
from kb.models import Acknowledgement, GuideCompletion, NewsPage, QuizAttempt, Topic
from search.models import PromotedResult, SynonymGroup

ROLES = ["anonymous", "operator", "mentor", "lead", "admin"]
NO_TASKS = "django_tasks.backends.dummy.DummyBackend"
PROJECT_APPS = {"callpath", "home", "kb", "careers", "search"}


# ---------------------------------------------------------------------------------------
# Outcomes


@dataclass(frozen=True)
class Redirect:
    """A 302. `to` is the exact Location; None accepts anywhere but the login page (the
    redirect after a successful write, to the page or record written)."""

    to: str | None = None

    def __str__(self):
        return f"302 to {self.to or 'the result'}"


LOGIN = Redirect("/login/?next=<the URL asked for>")
# A page or document whose privacy setting the user does not pass: Wagtail's own login form.
PRIVATE = Redirect("/_util/login/?next=<the URL asked for>")
DONE = Redirect()
HOME = Redirect("/")
# Wagtail's refusal inside the admin: "Sorry, you do not have permission", back to the dashboard.
REFUSED = Redirect("/admin/")


def matches(expected, got):
    if expected == DONE:
        return isinstance(got, Redirect) and got not in (LOGIN, PRIVATE, REFUSED)
    return expected == got


def observed(response, url):
    """The response as an outcome: a status code, LOGIN or a Redirect."""
    if response.status_code != 302:
        return response.status_code
    location = urlsplit(response["Location"])
    if parse_qs(location.query).get("next") == [url]:
        if location.path == "/login/":
            return LOGIN
        if location.path == "/_util/login/":
            return PRIVATE
    return Redirect(response["Location"])


# ---------------------------------------------------------------------------------------
# Rules


@dataclass
class Rule:
    method: str
    target: str | None
    outcomes: dict[str, Any]
    query: str = ""
    data: Any = None  # a form: dict, or callable(demo, person) -> dict
    json: Any = None  # a JSON body instead of a form
    token: bool = False  # send a valid integration token
    counts: Any = None  # callable() -> number of rows the write creates or changes
    url: str | None = None  # the URL name, for the sampled Wagtail admin URLs


def rule(method, target, outcomes, **options):
    assert len(outcomes) == len(ROLES), f"one outcome per role: {', '.join(ROLES)}"
    return Rule(method, target, dict(zip(ROLES, outcomes, strict=True)), **options)


# Named after the HTTP methods, so each row of the table reads as the request it makes.
def GET(target, *outcomes, **options):
    return rule("GET", target, outcomes, **options)


def POST(target, *outcomes, **options):
    return rule("POST", target, outcomes, **options)


def rows(model, **filters):
    return lambda: model.objects.filter(**filters).count()


def today():
    return timezone.localdate().isoformat()


# Form data for the write rules. `person` is the record the URL points at.


def assessment_form(demo, person):
    return {
        "competency": demo.competency.pk,
        "rating": "3",
        "evidence": "Listened to two billing calls: played the need back every time.",
        "assessed_on": today(),
    }


def signoff_form(demo, person):
    return {"requirement": demo.supervised_hours.pk, "signed_on": today(), "note": "Logged."}


def decision_form(demo, person):
    return {
        "outcome": "not_yet",
        "target_level": demo.operator_level.pk,
        "rationale": "Half-way through the supervised hours; revisit next month.",
    }


def practice_form(demo, person):
    return {"kind": "calls", "practised_on": today(), "hours": "2.0", "calls": "12", "note": ""}


def review_form(demo, person):
    form = {"call_reference": "59001", "call_date": today(), "comments": "Calm and clear."}
    for criterion in demo.criteria:
        form[f"score_{criterion.pk}"] = "4" if criterion.auto_fail else "3"
    return form


def calibration_scores(demo, person):
    form = review_form(demo, person)
    del form["call_reference"], form["call_date"]
    return form


def dispute_form(demo, person):
    # Not the criterion the fixture's open dispute is on.
    return {"criterion": demo.criteria[1].pk, "comment": "At 2:10 I read the terms back."}


def resolve_form(demo, person):
    return {"outcome": "upheld", "note": "Listened again: the score stands."}


def calibration_form(demo, person):
    return {
        "scorecard": demo.scorecard.pk,
        "operator": person.user.pk,
        "call_reference": "59002",
        "call_date": today(),
        "notes": "How hold time is scored.",
    }


def quiz_answers(demo, person):
    return demo.quiz_answers


def kpi_upload(demo, person):
    # A month long past, so the row is new whoever uploads it.
    csv = b"username,metric,month,value\noperator,Quality score,2020-01,88.5\n"
    return {"file": SimpleUploadedFile("kpis.csv", csv, content_type="text/csv")}


def token_form(demo, person):
    return {"name": "Genesys WFM"}


KPI_PUSH = {
    "rows": [{"username": "operator", "metric": "Quality score", "month": "2020-02", "value": 87}]
}

# Outcomes shared by many rows: anonymous, operator, mentor, lead, admin. Everyone on the site;
# in the Wagtail admin, where operators have no access (the site's 403 page, not a redirect
# back to the login page they came from): admins, leads, every editor, nobody.
EVERYONE = (LOGIN, 200, 200, 200, 200)
ADMIN_ONLY = (LOGIN, 403, REFUSED, REFUSED, 200)
LEADS = (LOGIN, 403, REFUSED, 200, 200)
EDITORS = (LOGIN, 403, 200, 200, 200)
NOBODY = (LOGIN, 403, REFUSED, REFUSED, REFUSED)

# fmt: off
ACCESS = {
    # Public: the health check and the login page.      anonymous operator mentor lead   admin
    "healthz":                  [GET(None,                  200,     200,    200,   200,   200)],
    "login":                    [GET(None,                  200,     HOME,   HOME,  HOME,  HOME)],
    "logout":                   [GET(None,                  405,     405,    405,   405,   405)],
    "wagtailcore_login":        [GET(None,                  200,     200,    200,   200,   200)],

    # Passwords: forgotten (public), changed (your own), a reset link sent by a team's lead.
    "password_reset":           [GET(None,                  200,     200,    200,   200,   200)],
    "password_reset_done":      [GET(None,                  200,     200,    200,   200,   200)],
    "password_reset_confirm":   [GET("operator",            200,     200,    200,   200,   200)],
    "password_change":          [GET(None,                  LOGIN,   200,    200,   200,   200)],
    "send_password_reset": [
        GET("teammate",                                     LOGIN,   405,    405,   405,   405),
        POST("self",                                        LOGIN,   403,    403,   403,   403,
             counts=rows(ModelLogEntry, action=RESET_LINK_SENT_ACTION)),
        POST("teammate",                                    LOGIN,   404,    403,   DONE,  403,
             counts=rows(ModelLogEntry, action=RESET_LINK_SENT_ACTION)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  403,
             counts=rows(ModelLogEntry, action=RESET_LINK_SENT_ACTION)),
        POST("mentee-elsewhere",                            LOGIN,   404,    403,   404,   403,
             counts=rows(ModelLogEntry, action=RESET_LINK_SENT_ACTION)),
        POST("admin",                                       LOGIN,   404,    404,   404,   403,
             counts=rows(ModelLogEntry, action=RESET_LINK_SENT_ACTION)),
    ],

    # Search, the feed and documents (a collection only Leads may open).
    "search":                   [GET(None, *EVERYONE, query="q=refund")],
    "search_api":               [GET(None, *EVERYONE, query="q=refund"),
                                 GET(None,                  LOGIN,   400,    400,   400,   400)],
    "search_suggest":           [GET(None, *EVERYONE, query="q=ref")],
    "news_feed":                [GET(None, *EVERYONE)],
    "wagtaildocs_serve":        [GET("rota",                LOGIN,   200,    200,   200,   200),
                                 GET("leads-only",          LOGIN,   PRIVATE, PRIVATE, 200, 200)],
    "wagtaildocs_authenticate_with_password": [
                                 GET("leads-only",          LOGIN,   200,    200,   200,   200)],

    # Pages of the site tree, served by Wagtail's catch-all.
    "wagtail_serve": [
        GET("home",                                         LOGIN,   200,    200,   200,   200),
        GET("news",                                         LOGIN,   200,    200,   200,   200),
        GET("news item",                                    LOGIN,   200,    200,   200,   200),
        GET("news for Customer Surveys",                    LOGIN,   404,    404,   404,   200),
        GET("leads-only news",                              LOGIN,   PRIVATE, PRIVATE, 200, 200),
        GET("guides",                                       LOGIN,   200,    200,   200,   200),
        GET("guide",                                        LOGIN,   200,    200,   200,   200),
        GET("leads-only guide",                             LOGIN,   PRIVATE, PRIVATE, 200, 200),
        GET("draft guide",                                  LOGIN,   404,    404,   404,   404),
        GET("careers",                                      LOGIN,   200,    200,   200,   200),
        GET("ladder",                                       LOGIN,   200,    200,   200,   200),
        GET("level",                                        LOGIN,   200,    200,   200,   200),
        GET("/no-such-page/",                               LOGIN,   404,    404,   404,   404),
    ],
    "wagtailcore_authenticate_with_password": [
        GET("leads-only guide",                             LOGIN,   200,    200,   200,   200),
    ],

    # Readers' writes on news and guides: their own receipts, attempts and completions.
    "kb_acknowledge": [
        GET("must-read",                                    LOGIN,   405,    405,   405,   405),
        POST("must-read",                                   LOGIN,   DONE,   DONE,  DONE,  DONE,
             counts=rows(Acknowledgement)),
        POST("must-read for Outbound Sales",                LOGIN,   404,    404,   404,   DONE,
             counts=rows(Acknowledgement)),
        POST("leads-only news",                             LOGIN,   404,    404,   DONE,  DONE,
             counts=rows(Acknowledgement)),
        POST("news item",                                   LOGIN,   404,    404,   404,   404,
             counts=rows(Acknowledgement)),
    ],
    "kb_quiz": [
        GET("quiz guide",                                   LOGIN,   405,    405,   405,   405),
        POST("quiz guide",                                  LOGIN,   DONE,   DONE,  DONE,  DONE,
             data=quiz_answers, counts=rows(QuizAttempt)),
        POST("leads-only quiz guide",                       LOGIN,   404,    404,   DONE,  DONE,
             data=quiz_answers, counts=rows(QuizAttempt)),
        POST("draft guide",                                 LOGIN,   404,    404,   404,   404,
             data=quiz_answers, counts=rows(QuizAttempt)),
    ],
    "kb_complete": [
        GET("guide",                                        LOGIN,   405,    405,   405,   405),
        POST("guide",                                       LOGIN,   DONE,   DONE,  DONE,  DONE,
             counts=rows(GuideCompletion)),
        POST("leads-only guide",                            LOGIN,   404,    404,   DONE,  DONE,
             counts=rows(GuideCompletion)),
        POST("draft guide",                                 LOGIN,   404,    404,   404,   404,
             counts=rows(GuideCompletion)),
    ],

    # Progress and mentor tools.                         anonymous operator mentor lead   admin
    "my_progress":              [GET(None,                  LOGIN,   200,    200,   200,   200)],
    "mentees":                  [GET(None,                  LOGIN,   403,    200,   200,   200)],
    "team":                     [GET(None,                  LOGIN,   403,    403,   200,   200)],
    "campaign_fit":             [GET(None,                  LOGIN,   403,    403,   200,   200)],
    "mentor_load":              [GET(None,                  LOGIN,   403,    403,   200,   200)],
    "operator_progress": [
        GET("self",                                         LOGIN,   200,    200,   200,   200),
        GET("operator",                                     LOGIN,   200,    200,   200,   200),
        GET("mentor",                                       LOGIN,   404,    200,   200,   200),
        GET("teammate",                                     LOGIN,   404,    200,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        GET("nobody",                                       LOGIN,   404,    404,   404,   404),
    ],
    "record_assessment": [
        GET("self",                                         LOGIN,   200,    200,   200,   200),
        GET("teammate",                                     LOGIN,   404,    200,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        POST("self",                                        LOGIN,   DONE,   DONE,  DONE,  DONE,
             data=assessment_form, counts=rows(Assessment)),
        POST("teammate",                                    LOGIN,   404,    DONE,  DONE,  DONE,
             data=assessment_form, counts=rows(Assessment)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  DONE,
             data=assessment_form, counts=rows(Assessment)),
        POST("mentee-elsewhere",                            LOGIN,   404,    DONE,  404,   DONE,
             data=assessment_form, counts=rows(Assessment)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=assessment_form, counts=rows(Assessment)),
    ],
    "record_signoff": [
        GET("self",                                         LOGIN,   403,    403,   403,   403),
        GET("teammate",                                     LOGIN,   404,    200,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        POST("self",                                        LOGIN,   403,    403,   403,   403,
             data=signoff_form, counts=rows(SignOff)),
        POST("teammate",                                    LOGIN,   404,    DONE,  DONE,  DONE,
             data=signoff_form, counts=rows(SignOff)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  DONE,
             data=signoff_form, counts=rows(SignOff)),
        POST("mentee-elsewhere",                            LOGIN,   404,    DONE,  404,   DONE,
             data=signoff_form, counts=rows(SignOff)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=signoff_form, counts=rows(SignOff)),
    ],
    "decide_promotion": [
        GET("teammate",                                     LOGIN,   405,    405,   405,   405),
        POST("self",                                        LOGIN,   403,    403,   403,   403,
             data=decision_form, counts=rows(PromotionDecision)),
        POST("teammate",                                    LOGIN,   404,    403,   DONE,  DONE,
             data=decision_form, counts=rows(PromotionDecision)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  DONE,
             data=decision_form, counts=rows(PromotionDecision)),
        POST("mentee-elsewhere",                            LOGIN,   404,    403,   404,   DONE,
             data=decision_form, counts=rows(PromotionDecision)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=decision_form, counts=rows(PromotionDecision)),
    ],
    "log_practice": [
        GET(None,                                           LOGIN,   200,    200,   200,   200),
        POST(None,                                          LOGIN,   DONE,   DONE,  DONE,  DONE,
             data=practice_form, counts=rows(PracticeEntry)),
    ],
    "cosign_practice": [
        GET("teammate",                                     LOGIN,   405,    405,   405,   405),
        POST("self",                                        LOGIN,   403,    403,   403,   403,
             counts=rows(PracticeEntry, cosigned_by__isnull=False)),
        POST("teammate",                                    LOGIN,   404,    DONE,  DONE,  DONE,
             counts=rows(PracticeEntry, cosigned_by__isnull=False)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  DONE,
             counts=rows(PracticeEntry, cosigned_by__isnull=False)),
        POST("mentee-elsewhere",                            LOGIN,   404,    DONE,  404,   DONE,
             counts=rows(PracticeEntry, cosigned_by__isnull=False)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             counts=rows(PracticeEntry, cosigned_by__isnull=False)),
    ],

    # Call-quality reviews: each person's review, its open dispute, calibration sessions.
    "review_list":              [GET(None,                  LOGIN,   200,    200,   200,   200)],
    "review_choose_operator":   [GET(None,                  LOGIN,   403,    200,   200,   200)],
    "review_create": [
        GET("self",                                         LOGIN,   403,    403,   403,   403),
        GET("teammate",                                     LOGIN,   404,    200,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        GET("nobody",                                       LOGIN,   404,    404,   404,   404),
        POST("self",                                        LOGIN,   403,    403,   403,   403,
             data=review_form, counts=rows(QualityReview)),
        POST("teammate",                                    LOGIN,   404,    DONE,  DONE,  DONE,
             data=review_form, counts=rows(QualityReview)),
        POST("teammate-other-mentor",                       LOGIN,   404,    404,   DONE,  DONE,
             data=review_form, counts=rows(QualityReview)),
        POST("mentee-elsewhere",                            LOGIN,   404,    DONE,  404,   DONE,
             data=review_form, counts=rows(QualityReview)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=review_form, counts=rows(QualityReview)),
    ],
    "review_detail": [
        GET("operator",                                     LOGIN,   200,    200,   200,   200),
        GET("teammate",                                     LOGIN,   404,    200,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        GET("calibrated",                                   LOGIN,   404,    200,   200,   200),
    ],
    "review_acknowledge": [
        GET("operator",                                     LOGIN,   405,    405,   405,   405),
        POST("operator",                                    LOGIN,   DONE,   403,   403,   403,
             counts=rows(ReviewResponse)),
        POST("teammate",                                    LOGIN,   404,    403,   403,   403,
             counts=rows(ReviewResponse)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   403,
             counts=rows(ReviewResponse)),
    ],
    "review_dispute": [
        GET("operator",                                     LOGIN,   200,    403,   403,   403),
        GET("teammate",                                     LOGIN,   404,    403,   403,   403),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   403),
        POST("operator",                                    LOGIN,   DONE,   403,   403,   403,
             data=dispute_form, counts=rows(ReviewResponse)),
        POST("teammate",                                    LOGIN,   404,    403,   403,   403,
             data=dispute_form, counts=rows(ReviewResponse)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   403,
             data=dispute_form, counts=rows(ReviewResponse)),
    ],
    "dispute_resolve": [
        GET("operator",                                     LOGIN,   403,    403,   200,   200),
        GET("teammate-other-mentor",                        LOGIN,   404,    404,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    403,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        POST("operator",                                    LOGIN,   403,    403,   DONE,  DONE,
             data=resolve_form, counts=rows(DisputeResolution)),
        POST("mentee-elsewhere",                            LOGIN,   404,    403,   404,   DONE,
             data=resolve_form, counts=rows(DisputeResolution)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=resolve_form, counts=rows(DisputeResolution)),
    ],
    "calibration_list":         [GET(None,                  LOGIN,   403,    200,   200,   200)],
    "calibration_create": [
        GET(None,                                           LOGIN,   403,    403,   200,   200),
        POST("teammate",                                    LOGIN,   403,    403,   DONE,  DONE,
             data=calibration_form, counts=rows(CalibrationSession)),
        # A lead sets sessions up on their own team's calls only: the form refuses the rest.
        POST("elsewhere",                                   LOGIN,   403,    403,   400,   DONE,
             data=calibration_form, counts=rows(CalibrationSession)),
    ],
    "calibration_detail": [
        GET("calibrated",                                   LOGIN,   404,    200,   200,   200),
        # Operators never see calibration sessions, even on their own calls.
        GET("operator",                                     LOGIN,   404,    200,   200,   200),
        GET("mentee-elsewhere",                             LOGIN,   404,    200,   404,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
    ],
    "calibration_score": [
        GET("operator",                                     LOGIN,   404,    200,   200,   200),
        GET("elsewhere",                                    LOGIN,   404,    404,   404,   200),
        POST("operator",                                    LOGIN,   404,    DONE,  DONE,  DONE,
             data=calibration_scores, counts=rows(QualityReview)),
        POST("mentee-elsewhere",                            LOGIN,   404,    DONE,  404,   DONE,
             data=calibration_scores, counts=rows(QualityReview)),
        POST("elsewhere",                                   LOGIN,   404,    404,   404,   DONE,
             data=calibration_scores, counts=rows(QualityReview)),
    ],

    # The integrations API: a token, never a session (the schema also opens to a login).
    "api-v1:api-root":          [GET(None,                  404,     404,    404,   404,   404)],
    "api-v1:openapi-json":      [GET(None,                  401,     200,    200,   200,   200),
                                 GET(None,                  200,     200,    200,   200,   200,
                                     token=True)],
    "api-v1:push_kpis": [
        GET(None,                                           405,     405,    405,   405,   405),
        POST(None,                                          401,     401,    401,   401,   401,
             json=KPI_PUSH, counts=rows(KpiSnapshot)),
        POST(None,                                          201,     201,    201,   201,   201,
             json=KPI_PUSH, token=True, counts=rows(KpiSnapshot)),
    ],
    "api-v1:operator_readiness": [
        GET("operator",                                     401,     401,    401,   401,   401),
        GET("operator",                                     200,     200,    200,   200,   200,
            token=True),
        GET("nobody",                                       404,     404,    404,   404,   404,
            token=True),
    ],

    # Admin views the project adds.                       anonymous operator mentor   lead  admin
    "kb_reports:receipts":              [GET(None, *LEADS)],
    "kb_reports:receipts_results":      [GET(None, *LEADS)],
    "kb_reports:freshness":             [GET(None, *EDITORS)],
    "kb_reports:freshness_results":     [GET(None, *EDITORS)],
    "careers_reports:promotions":       [GET(None, *LEADS)],
    "careers_reports:promotions_results": [GET(None, *LEADS)],
    "search_reports:queries":           [GET(None, *EDITORS)],
    "search_reports:queries_results":   [GET(None, *EDITORS)],
    "careers_kpi_import": [
        GET(None, *LEADS),
        POST(None, *LEADS, data=kpi_upload, counts=rows(KpiSnapshot)),
    ],

    # Settings > Personal data: admins only, refused before the person is looked up.
    "personal_data:index":              [GET(None, *ADMIN_ONLY)],
    "personal_data:person":             [GET("teammate", *ADMIN_ONLY)],
    "personal_data:export": [
        GET("teammate",                     LOGIN,   403,    REFUSED, REFUSED, 405),
        POST("teammate",                    LOGIN,   403,    REFUSED, REFUSED, 200,
             counts=rows(ModelLogEntry, action=EXPORT_ACTION)),
    ],
    "personal_data:anonymise": [
        GET("teammate", *ADMIN_ONLY),
        POST("teammate",                    LOGIN,   403,    REFUSED, REFUSED, DONE,
             counts=rows(ModelLogEntry, action=ANONYMISE_ACTION)),
    ],
    "personal_data:deactivate": [
        GET("teammate",                     LOGIN,   403,    REFUSED, REFUSED, 405),
        POST("teammate",                    LOGIN,   403,    REFUSED, REFUSED, DONE,
             counts=rows(ModelLogEntry, action=DEACTIVATE_ACTION)),
    ],

    # Wagtail's own admin, on a sample: editors (mentors, leads) get in; operators never.
    "admin/": [
        GET(None, *EDITORS, url="wagtailadmin_home"),
        GET("guides", *EDITORS, url="wagtailadmin_explore"),
        GET("guide", *EDITORS, url="wagtailadmin_pages:edit"),
        GET("news item", *LEADS, url="wagtailadmin_pages:edit"),
        # News for other teams than the lead's: out of reach in the admin as on the site.
        GET("must-read for Outbound Sales", *ADMIN_ONLY, url="wagtailadmin_pages:edit"),
        GET("news for Customer Surveys", *ADMIN_ONLY, url="wagtailadmin_pages:view_draft"),
        GET(None, *EDITORS, url="wagtailsnippets:index"),
        GET(None, *EDITORS, url="wagtaildocs:index"),
        GET(None, *EDITORS, url="wagtailimages:index"),
        GET(None, *EDITORS, url="wagtailadmin_reports:site_history"),
        GET(None, *ADMIN_ONLY, url="wagtailusers_users:index"),
        GET(None, *ADMIN_ONLY, url="wagtailadmin_workflows:index"),
    ],
}
# fmt: on


# The project's snippets in the admin, from the groups' model permissions (home/0003_roles,
# kb/0004, search/0003, search/0006): leads keep topics, pick promoted results and edit the
# search synonyms, mentors may list the promoted results and the synonyms; the framework,
# people's placements and integration tokens are admins'.
# Choosers (picking a snippet inside an edit form) open to every editor, as Wagtail makes
# them, except where the list itself is personal or secret: people's levels, API tokens.
# Columns: the snippet's URLs they cover.
SNIPPET_COLUMNS = [
    ["list", "list_results"],
    ["add"],
    ["edit"],
    ["delete"],
    ["usage", "history", "history_results"],
    ["copy"],
    ["chooser:choose", "chooser:choose_results", "chooser:chosen", "chooser:chosen_multiple"],
    ["chooser:create"],
]
# fmt: off
SNIPPETS = {
    #                           list      add         edit        delete      usage,history
    #                           copy      chooser     chooser create
    "kb.topic":                 (LEADS,   LEADS,      LEADS,      ADMIN_ONLY, LEADS,
                                 LEADS,   EDITORS,    LEADS),
    "search.promotedresult":    (EDITORS, LEADS,      LEADS,      LEADS,      LEADS,
                                 LEADS,   EDITORS,    LEADS),
    "search.synonymgroup":      (EDITORS, LEADS,      LEADS,      LEADS,      LEADS,
                                 LEADS,   EDITORS,    LEADS),
    "careers.competency":       (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY,
                                 ADMIN_ONLY, EDITORS,  ADMIN_ONLY),
    "careers.kpimetric":        (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY,
                                 ADMIN_ONLY, EDITORS,  ADMIN_ONLY),
    "careers.scorecard":        (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY,
                                 ADMIN_ONLY, EDITORS,  ADMIN_ONLY),
    "careers.tasktype":         (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY,
                                 ADMIN_ONLY, EDITORS,  ADMIN_ONLY),
    "careers.operatorprofile":  (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY,
                                 ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY),
    # Tokens open the API: admins only; nobody deletes one (revoking keeps the record) and
    # there is no copying one.
    "careers.integrationtoken": (ADMIN_ONLY, ADMIN_ONLY, ADMIN_ONLY, NOBODY,  ADMIN_ONLY,
                                 None,    ADMIN_ONLY, ADMIN_ONLY),
}
# fmt: on


def snippet_rules():
    """ACCESS entries for every URL of the project's snippet viewsets and choosers."""
    entries = {}
    for model, row in SNIPPETS.items():
        app_label, model_name = model.split(".")
        actions = [
            (action, outcomes)
            for actions, outcomes in zip(SNIPPET_COLUMNS, row, strict=True)
            if outcomes is not None
            for action in actions
        ]
        for action, outcomes in actions:
            if action.startswith("chooser:"):
                action = action.removeprefix("chooser:")
                namespace = f"wagtailsnippetchoosers_{app_label}_{model_name}"
            else:
                namespace = f"wagtailsnippets_{app_label}_{model_name}"
            target = model if action in OBJECT_ACTIONS else None
            entries[f"{namespace}:{action}"] = [GET(target, *outcomes)]
    # Creating a token is the one write worth pinning: it opens the API.
    entries["wagtailsnippets_careers_integrationtoken:add"].append(
        POST(None, LOGIN, 403, REFUSED, REFUSED, 200, data=token_form,
             counts=rows(IntegrationToken))
    )  # fmt: skip
    return entries


# Actions on one object (`chosen_multiple` takes it as `?id=`).
OBJECT_ACTIONS = {
    "edit",
    "delete",
    "usage",
    "history",
    "history_results",
    "copy",
    "chosen",
    "chosen_multiple",
}
ACCESS.update(snippet_rules())


# ---------------------------------------------------------------------------------------
# The URL patterns


def walk(patterns, prefix="", namespace=None):
    """(route, qualified name, pattern) for every pattern, through every include."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield prefix + str(pattern.pattern), name, pattern


def is_project_module(module):
    return (module or "").split(".")[0] in PROJECT_APPS


def project_admin_namespaces():
    """URL namespaces of the admin viewsets the project registers: its snippets (with their
    choosers) and whatever its `register_admin_viewset` hooks return."""
    viewsets = [
        model.snippet_viewset
        for model in get_snippet_models()
        if is_project_module(model._meta.app_label)
    ]
    for hook in hooks.get_hooks("register_admin_viewset"):
        if is_project_module(hook.__module__):
            returned = hook()
            viewsets.extend(returned if isinstance(returned, list | tuple) else [returned])
    namespaces = set()
    while viewsets:
        viewset = viewsets.pop()
        if hasattr(viewset, "registerables"):  # a ViewSetGroup
            viewsets.extend(viewset.registerables)
            continue
        namespaces.add(viewset.url_namespace)
        chooser = getattr(viewset, "chooser_viewset", None)
        if chooser is not None:
            namespaces.add(chooser.url_namespace)
    return namespaces


def project_admin_urls(patterns):
    """Keys of the admin URLs the project adds, each of which needs its own rule."""
    names = set()
    for hook in hooks.get_hooks("register_admin_urls"):
        if is_project_module(hook.__module__):
            names.update(name for _route, name, _pattern in walk(hook()))
    namespaces = project_admin_namespaces()
    for route, name, pattern in patterns:
        if not route.startswith("admin/"):
            continue
        in_namespace = name and name.rsplit(":", 1)[0] in namespaces
        if in_namespace or is_project_module(getattr(pattern.callback, "__module__", "")):
            names.add(name or route)
    return names


def access_keys():
    """{ACCESS key: [(route, pattern)]} for every URL pattern of the site."""
    patterns = list(walk(get_resolver().url_patterns))
    own_admin = project_admin_urls(patterns)
    keys = {}
    for route, name, pattern in patterns:
        key = name or route
        if route.startswith("admin/") and key not in own_admin:
            key = "admin/"
        keys.setdefault(key, []).append((route, pattern))
    return keys


def test_every_url_pattern_has_a_rule():
    keys = access_keys()
    missing = [
        f"add a rule for {key} ({keys[key][0][0]}) to ACCESS" for key in keys if key not in ACCESS
    ]
    assert not missing, "\n".join(missing)
    stale = sorted(set(ACCESS) - set(keys))
    assert not stale, f"ACCESS has rules for URLs that no longer exist: {stale}"
    assert all(ACCESS.values()), "every ACCESS entry needs at least one rule"
    # The sample of Wagtail's admin stays inside Wagtail's own URLs.
    sampled = {rule.url for rule in ACCESS["admin/"]}
    assert sampled <= {name for _route, name, _p in walk(get_resolver().url_patterns)}
    assert not sampled & set(ACCESS), "a sampled admin URL has its own ACCESS entry"


# ---------------------------------------------------------------------------------------
# The demo, and the records the rules point at


@dataclass
class Person:
    """A person a personal URL points at, with a record of each kind made for the check."""

    username: str
    user: Any = None
    review: Any = None  # a current review of one of their calls
    dispute: Any = None  # their open dispute on that review
    session: Any = None  # a calibration session on one of their calls
    entry: Any = None  # a practice entry of theirs, not co-signed


# URL parameter: the Person attribute it takes.
PERSON_PARAMETERS = {
    "username": "username",
    "review_id": "review",
    "response_id": "dispute",
    "session_id": "session",
    "entry_id": "entry",
}

PEOPLE = {
    "operator": "operator",
    "mentor": "mentor",
    "lead": "lead",
    "admin": "admin",
    "teammate": "cdubois",
    "teammate-other-mentor": "ydemir",
    "mentee-elsewhere": "aferreira",
    "elsewhere": "mprice",
}


@dataclass
class Demo:
    people: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    page_restrictions: dict = field(default_factory=dict)
    document_restrictions: dict = field(default_factory=dict)
    clients: dict = field(default_factory=dict)
    parameters: dict = field(default_factory=dict)  # URL name: its parameter names
    token: str = ""
    quiz_answers: dict = field(default_factory=dict)
    competency: Any = None
    supervised_hours: Any = None
    operator_level: Any = None
    scorecard: Any = None
    criteria: list = field(default_factory=list)

    def person(self, target, role):
        """The person a target names (None when it names no person, e.g. a page)."""
        if target == "self":
            target = "operator" if role == "anonymous" else role
        return self.people.get(target)

    def value(self, parameter, target, role):
        if parameter in PERSON_PARAMETERS:
            value = getattr(self.person(target, role), PERSON_PARAMETERS[parameter])
            return value if parameter == "username" else value.pk
        if parameter == "user_id":
            return self.person(target, role).user.pk
        if parameter in ("page_id", "parent_page_id"):
            return self.pages[target].pk
        if parameter == "page_view_restriction_id":
            return self.page_restrictions[target].pk
        if parameter == "restriction_id":
            return self.document_restrictions[target].pk
        if parameter == "pk":
            return self.objects[target].pk
        if parameter == "uidb64":  # a password reset link's person; its token is wrong
            return urlsafe_base64_encode(force_bytes(self.person(target, role).user.pk))
        if parameter == "token":
            return "not-a-valid-token"
        raise AssertionError(f"no value for the URL parameter {parameter}")

    def url(self, name, target, role):
        if name == "wagtail_serve":
            return self.pages[target].url if target in self.pages else target
        if name == "wagtaildocs_serve":
            return self.objects[target].url
        kwargs = {p: self.value(p, target, role) for p in self.parameters[name]}
        url = reverse(name, kwargs=kwargs)
        if name.endswith(":chosen_multiple"):
            url += f"?id={self.objects[target].pk}"
        return url

    def request(self, name, rule, role):
        """(URL, outcome, rows written or None), with every write rolled back."""
        url = self.url(name, rule.target, role)
        if rule.query:
            url += f"?{rule.query}"
        client = self.clients[role]
        headers = {"Authorization": f"Bearer {self.token}"} if rule.token else {}
        written = None
        with transaction.atomic():
            before = rule.counts() if rule.counts else None
            try:
                with transaction.atomic():
                    if rule.method == "GET":
                        response = client.get(url, headers=headers)
                    elif rule.json is not None:
                        body = json.dumps(rule.json)
                        response = client.post(
                            url, body, content_type="application/json", headers=headers
                        )
                    else:
                        person = self.person(rule.target, role)
                        data = rule.data(self, person) if callable(rule.data) else rule.data
                        response = client.post(url, data or {}, headers=headers)
                got = observed(response, url)
            except Exception as error:  # reported with the other mismatches
                got = f"{type(error).__name__}: {error}"
            if rule.counts:
                written = rule.counts() - before
            transaction.set_rollback(True)
        return url, got, written


def build_demo():
    """The records the rules point at, on top of the demo content."""
    users = {user.username: user for user in get_user_model().objects.all()}
    demo = Demo()
    today = timezone.localdate()

    # Two mentorships across teams, so mentors' and leads' rights differ somewhere.
    OperatorProfile.objects.filter(user__username=PEOPLE["teammate-other-mentor"]).update(
        mentor=users["pkowalski"]
    )
    OperatorProfile.objects.filter(user__username=PEOPLE["mentee-elsewhere"]).update(
        mentor=users["mentor"]
    )

    demo.scorecard = Scorecard.objects.get()
    demo.criteria = list(demo.scorecard.criteria.order_by("sort_order"))
    demo.competency = Competency.objects.get(name="Active listening")
    demo.operator_level = CareerLevelPage.objects.get(slug="operator")
    demo.supervised_hours = LevelRequirement.objects.get(
        level=demo.operator_level, signoff_name=SUPERVISED_HOURS
    )
    calibrated = CalibrationSession.objects.get()  # the demo's, scored by three reviewers
    demo.people["calibrated"] = Person(
        calibrated.operator.username,
        calibrated.operator,
        review=calibrated.reviews.first(),
        session=calibrated,
    )
    demo.people["nobody"] = Person("no-such-person")
    scores = [(c, 4 if c.auto_fail else 3) for c in demo.criteria]
    for label, username in PEOPLE.items():
        user = users[username]
        person = demo.people[label] = Person(username, user)
        person.entry = PracticeEntry.objects.create(
            trainee=user, kind="calls", practised_on=today, hours=2, calls=10
        )
        if label in ("mentor", "lead", "admin"):
            continue
        person.review = create_review(
            scores=scores,
            operator=user,
            # Scored by none of the four roles: nobody rules on a review they scored.
            reviewer=users["pkowalski"],
            scorecard=demo.scorecard,
            call_reference=f"5800{len(demo.people)}",
            call_date=today,
        )
        person.dispute = ReviewResponse.objects.create(
            review=person.review,
            kind=ReviewResponse.Kind.DISPUTED,
            criterion=demo.criteria[0],
            comment="I did give my name.",
            created_by=user,
        )
        person.session = CalibrationSession.objects.create(
            scorecard=demo.scorecard,
            operator=user,
            call_reference=f"5900{len(demo.people)}",
            call_date=today,
            # Set up by the operator's own team lead.
            created_by=users["lead" if user.profile.team.slug == "inbound-support" else "rhughes"],
        )
    # Trainees still waiting for their supervised-hours sign-off, so it can be given.
    SignOff.objects.filter(
        requirement=demo.supervised_hours,
        operator__username__in=[PEOPLE[label] for label in PEOPLE],
    ).delete()

    pages = {page.slug: page for page in Page.objects.live().specific()}
    demo.pages = {
        "home": pages["home"],
        "news": pages["news"],
        "news item": pages["quarterly-quality-results"],
        "must-read": pages["new-complaint-escalation-form"],
        "news for Customer Surveys": pages["northwind-survey-new-questionnaire"],
        "must-read for Outbound Sales": pages["full-fibre-upgrade-campaign-starts"],
        "leads-only news": pages["two-identity-checks-rule"],
        "guides": pages["guides"],
        "guide": pages["handling-an-angry-caller"],
        "quiz guide": pages["survey-interviewing-technique"],
        "leads-only guide": pages["writing-an-effective-sales-script"],
        "leads-only quiz guide": pages["taking-a-payment-over-the-phone"],
        "draft guide": pages["survey-introduction-script"],
        "careers": pages["careers"],
        "ladder": pages["operations"],
        "level": pages["senior-operator"],
    }
    NewsPage.objects.filter(pk=demo.pages["must-read for Outbound Sales"].pk).update(must_read=True)
    Page.objects.filter(pk=demo.pages["draft guide"].pk).update(live=False)
    leads = Group.objects.get(name="Leads")
    for label in ("leads-only news", "leads-only guide", "leads-only quiz guide"):
        restriction = PageViewRestriction.objects.create(
            page=demo.pages[label], restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([leads])
        demo.page_restrictions[label] = restriction
    quiz = demo.pages["quiz guide"].quiz
    demo.quiz_answers = {
        f"q{index}": question["correct_option"] for index, question in enumerate(quiz["questions"])
    }

    root = Collection.get_first_root_node()
    leads_only = root.add_child(name="Leads only")
    restriction = CollectionViewRestriction.objects.create(
        collection=leads_only, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([leads])
    demo.document_restrictions["leads-only"] = restriction
    for label, collection in (("rota", root), ("leads-only", leads_only)):
        demo.objects[label] = Document.objects.create(
            title=f"{label} document",
            file=ContentFile(b"Early shift: Amira, Liam, Priya.\n", name=f"{label}.txt"),
            collection=collection,
        )

    token = IntegrationToken(name="Telephony", created_by=users["admin"])
    demo.token = prepare_token(token)
    token.save()
    demo.objects.update(
        {
            "kb.topic": Topic.objects.first(),
            "search.promotedresult": PromotedResult.objects.create(
                query="refund", page=demo.pages["guide"]
            ),
            "search.synonymgroup": SynonymGroup.objects.first(),
            "careers.competency": demo.competency,
            "careers.kpimetric": KpiMetric.objects.first(),
            "careers.scorecard": demo.scorecard,
            "careers.tasktype": TaskType.objects.first(),
            "careers.operatorprofile": OperatorProfile.objects.get(user=users["operator"]),
            "careers.integrationtoken": token,
        }
    )

    for _route, name, pattern in walk(get_resolver().url_patterns):
        if name:
            demo.parameters[name] = list(getattr(pattern.pattern, "converters", {}))
    demo.clients["anonymous"] = Client()
    for role in ROLES[1:]:
        demo.clients[role] = Client()
        demo.clients[role].force_login(users[role])
    return demo


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content and the records above, built once for the module and rolled back
    when it is done."""
    media = tmp_path_factory.mktemp("media")
    with (
        override_settings(MEDIA_ROOT=media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        # Search results are not what this test checks: leave the index to the search tests
        # and skip the reindexing task each published page would run (most of the load).
        with override_settings(TASKS={"default": {"BACKEND": NO_TASKS}}):
            load_people()
            load_ladder()
            load_kb()
            load_careers()
            load_lead_tools()
        yield build_demo()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_access_table(demo):
    mismatches = []
    checks = 0
    for key, rules in ACCESS.items():
        for rule in rules:
            name = rule.url or key
            for role in ROLES:
                expected = rule.outcomes[role]
                url, got, written = demo.request(name, rule, role)
                checks += 1
                problem = ""
                if not matches(expected, got):
                    problem = f"expected {expected}, got {got}"
                elif written is not None:
                    allowed = expected in (DONE, 200, 201)
                    if allowed and written <= 0:
                        problem = f"{got} but nothing was written"
                    elif not allowed and written != 0:
                        problem = f"{got} but {written} rows were written"
                if problem:
                    target = f" [{rule.target}]" if rule.target else ""
                    mismatches.append(f"{key}{target} {rule.method} {url} as {role}: {problem}")
    assert not mismatches, (
        f"{len(mismatches)} of {checks} checks differ from ACCESS:\n" + "\n".join(mismatches)
    )
