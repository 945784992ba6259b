"""Everything Callpath holds about one person: the subject-access export, and anonymisation
when someone leaves.

The export is built from *sections*. Each section names the user relations it covers
("careers.Assessment.operator"), so `uncovered_user_relations()` can compare them with every
foreign key and many-to-many field to the user model that Django's model meta knows about: a
new model that stores a user is noticed (by a test) until it is exported or listed in
`EXCLUDED` with a reason.

Records are split in two:

- **about** the person: they are the subject (their assessments, reviews of their calls, KPI
  values, decisions on their promotion, their quiz attempts...), whoever wrote them;
- **by** the person: what they wrote or did about other people or content (a mentor's
  assessments of others, sign-offs they gave, pages they own, their audit-log actions).

Anonymisation keeps history: every assessment, KPI value, review and decision stays, attached
to the same account under a pseudonym, so team figures do not move. For the same reason a
person with a career record (`career_records`) is never deleted in the admin: they are
deactivated or anonymised instead.
"""

import getpass
import html
import json
import os
import pickle
import re
import secrets
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Count, F, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.models import EditingSession, FormState
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    APIToken,
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    UploadedFile,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from careers.models import (
    Assessment,
    CalibrationSession,
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
from home import roles
from home.models import Profile
from kb.models import Acknowledgement, GuideCompletion, GuidePage, QuizAttempt
from search.models import QueryLog, SearchWord

EXPORT_FORMAT = "callpath.personal-data/1"
EXPORT_ACTION = "callpath.person.export"
ANONYMISE_ACTION = "callpath.person.anonymise"
DEACTIVATE_ACTION = "callpath.person.deactivate"
COMMAND_LINE = "command line"
ADMIN = "admin"

# Relations to the user model that the export leaves out on purpose, and why.
EXCLUDED = {
    "wagtailadmin.EditingSession.user": (
        "Presence pings while someone has an edit form open: they expire within minutes and "
        "hold no content. Anonymisation deletes them."
    ),
}

# What the export says about data Callpath does not link to a person, so the reader of a
# subject-access answer knows it was considered.
NOT_HELD = {
    "search_queries": (
        "The search log keeps the normalised query, the number of results, the searcher's "
        "role and the time, never who searched, so no search can be attributed to a person."
    ),
    "sessions": (
        "Login sessions hold only the account id and expire; they are deleted when an "
        "account is anonymised."
    ),
}


# ---------------------------------------------------------------------------------------
# Discovering relations to the user model


def relation_label(model, field_name):
    return f"{model._meta.label}.{field_name}"


def user_relations(model_classes=None):
    """Every field that stores a user: "app_label.Model.field" for each foreign key,
    one-to-one and many-to-many field pointing at the user model, plus the user model's own
    many-to-many fields (groups, permissions). Inherited fields are named on the model that
    defines them (a page's `owner` is `wagtailcore.Page.owner`). `model_classes` defaults to
    every installed model."""
    User = get_user_model()
    found = set()
    for model in apps.get_models() if model_classes is None else model_classes:
        for model_field in model._meta.get_fields():
            if not model_field.concrete or not model_field.is_relation:
                continue
            if model_field.model is not model:
                continue  # inherited from a concrete parent: reported on the parent
            points_at_user = model_field.related_model is User
            own_many_to_many = model is User and model_field.many_to_many
            if points_at_user or own_many_to_many:
                found.add(relation_label(model, model_field.name))
    return found


# ---------------------------------------------------------------------------------------
# Export sections


@dataclass(frozen=True)
class Section:
    key: str  # "group.name" in the export
    covers: tuple[str, ...]  # user relations this section exports
    collect: Callable


SECTIONS: list[Section] = []


def section(key, *covers):
    def register(collect):
        SECTIONS.append(Section(key, covers, collect))
        return collect

    return register


def covered_relations():
    return {label for entry in SECTIONS for label in entry.covers}


def uncovered_user_relations(model_classes=None):
    """User relations neither exported nor excluded with a reason (should be empty)."""
    return user_relations(model_classes) - covered_relations() - set(EXCLUDED)


def _username(user):
    return user.get_username() if user is not None else None


def _date(value):
    return value.isoformat() if value is not None else None


def _number(value):
    return str(value) if value is not None else None


def _content_type(content_type):
    return f"{content_type.app_label}.{content_type.model}" if content_type else None


# Account ------------------------------------------------------------------------------


@section("account.details")
def _account(user):
    return {
        "id": user.pk,
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": _date(user.date_joined),
        "last_login": _date(user.last_login),
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "has_usable_password": user.has_usable_password(),
    }


@section("account.groups", "auth.User.groups")
def _groups(user):
    return sorted(user.groups.values_list("name", flat=True))


@section("account.permissions", "auth.User.user_permissions")
def _permissions(user):
    rows = user.user_permissions.values_list("content_type__app_label", "codename")
    return sorted(f"{app_label}.{codename}" for app_label, codename in rows)


@section("account.profile", "home.Profile.user")
def _profile(user):
    profile = Profile.objects.filter(user=user).select_related("team").first()
    if profile is None:
        return None
    return {"team": profile.team.name if profile.team else None, "job_title": profile.job_title}


@section("account.teams_led", "home.Team.leads")
def _teams_led(user):
    return list(user.led_teams.order_by("name").values_list("name", flat=True))


@section("account.admin_preferences", "wagtailusers.UserProfile.user")
def _admin_preferences(user):
    preferences = UserProfile.objects.filter(user=user).first()
    if preferences is None:
        return None
    return {
        "submitted_notifications": preferences.submitted_notifications,
        "approved_notifications": preferences.approved_notifications,
        "rejected_notifications": preferences.rejected_notifications,
        "updated_comments_notifications": preferences.updated_comments_notifications,
        "preferred_language": preferences.preferred_language,
        "current_time_zone": preferences.current_time_zone,
        "avatar": preferences.avatar.name or None,
        "theme": preferences.theme,
        "contrast": preferences.contrast,
        "density": preferences.density,
        "keyboard_shortcuts": preferences.keyboard_shortcuts,
        "dismissibles": preferences.dismissibles,
    }


@section("account.page_subscriptions", "wagtailcore.PageSubscription.user")
def _page_subscriptions(user):
    rows = PageSubscription.objects.filter(user=user).select_related("page").order_by("pk")
    return [
        {
            "page_id": row.page_id,
            "page": row.page.title,
            "comment_notifications": row.comment_notifications,
        }
        for row in rows
    ]


@section("account.api_tokens", "wagtailcore.APIToken.user")
def _api_tokens(user):
    return [
        {
            "name": token.name,
            "prefix": token.prefix,
            "created": _date(token.created),
            "last_used_at": _date(token.last_used_at),
            "revoked_at": _date(token.revoked_at),
        }
        for token in APIToken.objects.filter(user=user).order_by("pk")
    ]


# Career -------------------------------------------------------------------------------


@section("career.placement", "careers.OperatorProfile.user")
def _placement(user):
    profile = (
        OperatorProfile.objects.filter(user=user)
        .select_related("level", "target_level", "mentor")
        .first()
    )
    if profile is None:
        return None
    return {
        "level": profile.level.title if profile.level else None,
        "level_since": _date(profile.level_since),
        "hire_date": _date(profile.hire_date),
        "target_level": profile.target_level.title if profile.target_level else None,
        "supervised": profile.supervised,
        "mentor": _username(profile.mentor),
    }


@section("career.mentees", "careers.OperatorProfile.mentor")
def _mentees(user):
    rows = OperatorProfile.objects.filter(mentor=user).order_by("user__username")
    return list(rows.values_list("user__username", flat=True))


# About the person ---------------------------------------------------------------------


@section("about.assessments", "careers.Assessment.operator")
def _assessments(user):
    rows = Assessment.objects.filter(operator=user).select_related("competency", "assessor")
    return [
        {
            "id": row.pk,
            "competency": row.competency.name,
            "rating": row.rating,
            "rating_label": row.get_rating_display(),
            "kind": row.kind,
            "assessor": _username(row.assessor),
            "evidence": row.evidence,
            "evidence_link": row.evidence_link,
            "assessed_on": _date(row.assessed_on),
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("about.signoffs", "careers.SignOff.operator")
def _signoffs(user):
    rows = SignOff.objects.filter(operator=user).select_related("requirement__level", "signed_by")
    return [
        {
            "id": row.pk,
            "signoff": row.requirement.signoff_name,
            "level": row.requirement.level.title,
            "signed_by": _username(row.signed_by),
            "signed_on": _date(row.signed_on),
            "note": row.note,
            "evidence_hours": _number(row.evidence_hours),
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("about.practice_entries", "careers.PracticeEntry.trainee")
def _practice(user):
    rows = PracticeEntry.objects.filter(trainee=user).select_related("cosigned_by")
    return [
        {
            "id": row.pk,
            "kind": row.kind,
            "practised_on": _date(row.practised_on),
            "hours": _number(row.hours),
            "calls": row.calls,
            "note": row.note,
            "cosigned_by": _username(row.cosigned_by),
            "cosigned_at": _date(row.cosigned_at),
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("about.kpi_snapshots", "careers.KpiSnapshot.operator")
def _kpis(user):
    rows = KpiSnapshot.objects.filter(operator=user).select_related("metric")
    return [
        {
            "metric": row.metric.name,
            "unit": row.metric.unit,
            "month": f"{row.month:%Y-%m}",
            "value": _number(row.value),
            "source": row.source,
            "recorded_at": _date(row.recorded_at),
        }
        for row in rows.order_by("metric__name", "month")
    ]


@section("about.quality_reviews", "careers.QualityReview.operator")
def _quality_reviews(user):
    rows = (
        QualityReview.objects.filter(operator=user)
        .select_related("scorecard", "reviewer")
        .prefetch_related(
            models.Prefetch(
                "scores",
                queryset=CriterionScore.objects.select_related("criterion").order_by(
                    "criterion__sort_order", "pk"
                ),
            )
        )
    )
    return [
        {
            "id": row.pk,
            "scorecard": row.scorecard.name,
            "call_reference": row.call_reference,
            "call_date": _date(row.call_date),
            "reviewer": _username(row.reviewer),
            "total": _number(row.total),
            "auto_failed": row.auto_failed,
            "comments": row.comments,
            "coaching_actions": row.coaching_actions,
            "revises_review": row.revises_id,
            "calibration_session": row.calibration_id,
            "created_at": _date(row.created_at),
            "scores": [
                {
                    "criterion": f"{score.criterion.section}: {score.criterion.name}",
                    "score": score.score,
                    "comment": score.comment,
                }
                for score in row.scores.all()
            ],
        }
        for row in rows
    ]


def _resolution(response):
    resolution = getattr(response, "resolution", None)
    if resolution is None:
        return None
    return {
        "outcome": resolution.outcome,
        "note": resolution.note,
        "new_review": resolution.new_review_id,
        "resolved_by": _username(resolution.resolved_by),
        "resolved_at": _date(resolution.resolved_at),
    }


def _response_row(response):
    return {
        "id": response.pk,
        "review": response.review_id,
        "kind": response.kind,
        "criterion": response.criterion.name if response.criterion else None,
        "comment": response.comment,
        "created_by": _username(response.created_by),
        "created_at": _date(response.created_at),
        "resolution": _resolution(response),
    }


def _responses():
    return ReviewResponse.objects.select_related(
        "criterion", "created_by", "resolution__resolved_by"
    ).order_by("created_at", "pk")


@section(
    "about.review_responses",
    "careers.ReviewResponse.created_by",
    "careers.DisputeResolution.resolved_by",
)
def _responses_about(user):
    """Acknowledgements and disputes of reviews of their calls, with how disputes ended."""
    return [_response_row(row) for row in _responses().filter(review__operator=user)]


@section("about.calibration_sessions", "careers.CalibrationSession.operator")
def _calibrations(user):
    rows = CalibrationSession.objects.filter(operator=user).select_related(
        "scorecard", "created_by"
    )
    return [
        {
            "id": row.pk,
            "scorecard": row.scorecard.name,
            "call_reference": row.call_reference,
            "call_date": _date(row.call_date),
            "created_by": _username(row.created_by),
            "notes": row.notes,
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("about.promotion_decisions", "careers.PromotionDecision.operator")
def _decisions(user):
    rows = PromotionDecision.objects.filter(operator=user).select_related(
        "from_level", "target_level", "decided_by"
    )
    return [
        {
            "id": row.pk,
            "outcome": row.outcome,
            "from_level": row.from_level.title if row.from_level else None,
            "target_level": row.target_level.title if row.target_level else None,
            "rationale": row.rationale,
            "override_reason": row.override_reason,
            "met_count": row.met_count,
            "requirement_count": row.requirement_count,
            "readiness_snapshot": row.readiness_snapshot,
            "gate_revision_id": row.gate_revision_id,
            "decided_by": _username(row.decided_by),
            "decided_at": _date(row.decided_at),
        }
        for row in rows
    ]


@section("about.quiz_attempts", "kb.QuizAttempt.user")
def _quiz_attempts(user):
    rows = QuizAttempt.objects.filter(user=user).select_related("page").order_by("created_at")
    return [
        {
            "guide_id": row.page_id,
            "guide": row.page.title,
            "correct": row.correct,
            "total": row.total,
            "percent": row.percent,
            "passed": row.passed,
            "answers": row.answers,
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("about.guide_completions", "kb.GuideCompletion.user")
def _completions(user):
    rows = GuideCompletion.objects.filter(user=user).select_related("page")
    return [
        {"guide_id": row.page_id, "guide": row.page.title, "completed_at": _date(row.completed_at)}
        for row in rows.order_by("completed_at")
    ]


@section("about.news_acknowledgements", "kb.Acknowledgement.user")
def _acknowledgements(user):
    rows = Acknowledgement.objects.filter(user=user).select_related("page")
    return [
        {
            "news_id": row.page_id,
            "news": row.page.title,
            "acknowledged_at": _date(row.acknowledged_at),
        }
        for row in rows.order_by("acknowledged_at")
    ]


# Login throttling keeps attempts and logins by username, not by a link to the account.
LOGIN_RECORD_MODELS = ["axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog"]


def login_record_models():
    return [apps.get_model(label) for label in LOGIN_RECORD_MODELS if apps.is_installed("axes")]


@section("about.login_records")
def _login_records(user):
    """Failed and successful logins recorded under their username (address, browser)."""
    rows = []
    for model in login_record_models():
        for row in model.objects.filter(username=user.get_username()).order_by("attempt_time"):
            rows.append(
                {
                    "kind": str(model._meta.verbose_name),
                    "time": _date(row.attempt_time),
                    "ip_address": row.ip_address,
                    "user_agent": row.user_agent,
                    "path": row.path_info,
                }
            )
    return rows


def _log_row(entry):
    return {
        "action": entry.action,
        "message": str(entry.message),
        "object_type": _content_type(entry.content_type),
        "object_id": str(entry.object_id),
        "object": entry.label,
        "user": _username(entry.user),
        "timestamp": _date(entry.timestamp),
        "data": entry.data,
    }


def account_log_entries(user):
    """Audit-log entries whose object is this account (edits, exports, anonymisation)."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk),
    )


@section("about.audit_log")
def _audit_log_about(user):
    rows = account_log_entries(user).select_related("user", "content_type").order_by("timestamp")
    return [_log_row(row) for row in rows]


# By the person ------------------------------------------------------------------------


@section("by.assessments_given", "careers.Assessment.assessor")
def _assessments_given(user):
    rows = (
        Assessment.objects.filter(assessor=user)
        .exclude(operator=user)
        .select_related("competency", "operator")
    )
    return [
        {
            "id": row.pk,
            "operator": _username(row.operator),
            "competency": row.competency.name,
            "rating": row.rating,
            "kind": row.kind,
            "evidence": row.evidence,
            "assessed_on": _date(row.assessed_on),
        }
        for row in rows
    ]


@section("by.signoffs_given", "careers.SignOff.signed_by")
def _signoffs_given(user):
    rows = (
        SignOff.objects.filter(signed_by=user)
        .exclude(operator=user)
        .select_related("operator", "requirement")
    )
    return [
        {
            "id": row.pk,
            "operator": _username(row.operator),
            "signoff": row.requirement.signoff_name,
            "signed_on": _date(row.signed_on),
            "note": row.note,
        }
        for row in rows
    ]


@section("by.practice_cosigned", "careers.PracticeEntry.cosigned_by")
def _practice_cosigned(user):
    rows = (
        PracticeEntry.objects.filter(cosigned_by=user)
        .exclude(trainee=user)
        .select_related("trainee")
    )
    return [
        {
            "id": row.pk,
            "trainee": _username(row.trainee),
            "practised_on": _date(row.practised_on),
            "hours": _number(row.hours),
            "cosigned_at": _date(row.cosigned_at),
        }
        for row in rows
    ]


@section("by.quality_reviews_given", "careers.QualityReview.reviewer")
def _reviews_given(user):
    rows = (
        QualityReview.objects.filter(reviewer=user)
        .exclude(operator=user)
        .select_related("operator", "scorecard")
    )
    return [
        {
            "id": row.pk,
            "operator": _username(row.operator),
            "scorecard": row.scorecard.name,
            "call_reference": row.call_reference,
            "call_date": _date(row.call_date),
            "total": _number(row.total),
            "comments": row.comments,
            "coaching_actions": row.coaching_actions,
            "calibration_session": row.calibration_id,
        }
        for row in rows
    ]


@section("by.review_responses", "careers.ReviewResponse.created_by")
def _responses_by(user):
    """Responses they wrote on reviews of other people's calls."""
    rows = _responses().filter(created_by=user).exclude(review__operator=user)
    return [_response_row(row) for row in rows]


@section("by.dispute_resolutions", "careers.DisputeResolution.resolved_by")
def _resolutions_by(user):
    rows = (
        DisputeResolution.objects.filter(resolved_by=user)
        .exclude(dispute__review__operator=user)
        .select_related("dispute__review__operator")
    )
    return [
        {
            "id": row.pk,
            "operator": _username(row.dispute.review.operator),
            "review": row.dispute.review_id,
            "outcome": row.outcome,
            "note": row.note,
            "new_review": row.new_review_id,
            "resolved_at": _date(row.resolved_at),
        }
        for row in rows
    ]


@section("by.calibration_sessions_created", "careers.CalibrationSession.created_by")
def _calibrations_by(user):
    rows = CalibrationSession.objects.filter(created_by=user).select_related("operator")
    return [
        {
            "id": row.pk,
            "operator": _username(row.operator),
            "call_reference": row.call_reference,
            "call_date": _date(row.call_date),
            "notes": row.notes,
        }
        for row in rows
    ]


@section("by.promotion_decisions_made", "careers.PromotionDecision.decided_by")
def _decisions_by(user):
    rows = (
        PromotionDecision.objects.filter(decided_by=user)
        .exclude(operator=user)
        .select_related("operator", "target_level")
    )
    return [
        {
            "id": row.pk,
            "operator": _username(row.operator),
            "outcome": row.outcome,
            "target_level": row.target_level.title if row.target_level else None,
            "rationale": row.rationale,
            "override_reason": row.override_reason,
            "decided_at": _date(row.decided_at),
        }
        for row in rows
    ]


@section("by.integration_tokens_created", "careers.IntegrationToken.created_by")
def _integration_tokens(user):
    return [
        {
            "name": token.name,
            "prefix": token.prefix,
            "created_at": _date(token.created_at),
            "revoked_at": _date(token.revoked_at),
        }
        for token in IntegrationToken.objects.filter(created_by=user).order_by("pk")
    ]


def _page_row(page):
    return {
        "id": page.pk,
        "title": page.title,
        "type": _content_type(page.content_type),
        "live": page.live,
        "url_path": page.url_path,
    }


@section("by.pages_owned", "wagtailcore.Page.owner")
def _pages_owned(user):
    rows = Page.objects.filter(owner=user).select_related("content_type").order_by("path")
    return [_page_row(page) for page in rows]


@section("by.pages_locked", "wagtailcore.Page.locked_by")
def _pages_locked(user):
    rows = Page.objects.filter(locked_by=user).select_related("content_type").order_by("path")
    return [{**_page_row(page), "locked_at": _date(page.locked_at)} for page in rows]


@section("by.revisions", "wagtailcore.Revision.user")
def _revisions(user):
    rows = Revision.objects.filter(user=user).select_related("base_content_type")
    return [
        {
            "id": row.pk,
            "object_type": _content_type(row.base_content_type),
            "object_id": row.object_id,
            "object": row.object_str,
            "created_at": _date(row.created_at),
        }
        for row in rows.order_by("created_at", "pk")
    ]


@section("by.workflows_started", "wagtailcore.WorkflowState.requested_by")
def _workflows(user):
    rows = WorkflowState.objects.filter(requested_by=user).select_related(
        "workflow", "base_content_type"
    )
    return [
        {
            "id": row.pk,
            "workflow": row.workflow.name,
            "object_type": _content_type(row.base_content_type),
            "object_id": row.object_id,
            "status": row.status,
            "created_at": _date(row.created_at),
        }
        for row in rows.order_by("created_at")
    ]


@section("by.moderation_tasks_finished", "wagtailcore.TaskState.finished_by")
def _tasks_finished(user):
    rows = TaskState.objects.filter(finished_by=user).select_related(
        "task", "workflow_state__base_content_type"
    )
    return [
        {
            "id": row.pk,
            "task": row.task.name,
            "status": row.status,
            "object_type": _content_type(row.workflow_state.base_content_type),
            "object_id": row.workflow_state.object_id,
            "comment": row.comment,
            "finished_at": _date(row.finished_at),
        }
        for row in rows.order_by("finished_at")
    ]


@section("by.comments", "wagtailcore.Comment.user")
def _comments(user):
    rows = Comment.objects.filter(user=user).order_by("created_at")
    return [
        {
            "id": row.pk,
            "page_id": row.page_id,
            "text": row.text,
            "created_at": _date(row.created_at),
            "resolved_at": _date(row.resolved_at),
        }
        for row in rows
    ]


@section("by.comment_replies", "wagtailcore.CommentReply.user")
def _comment_replies(user):
    rows = CommentReply.objects.filter(user=user).order_by("created_at")
    return [
        {
            "id": row.pk,
            "comment": row.comment_id,
            "text": row.text,
            "created_at": _date(row.created_at),
        }
        for row in rows
    ]


@section("by.comments_resolved", "wagtailcore.Comment.resolved_by")
def _comments_resolved(user):
    rows = Comment.objects.filter(resolved_by=user).order_by("resolved_at")
    return [
        {"id": row.pk, "page_id": row.page_id, "resolved_at": _date(row.resolved_at)}
        for row in rows
    ]


def _upload_row(item):
    return {
        "id": item.pk,
        "title": item.title,
        "file": item.file.name,
        "created_at": _date(item.created_at),
    }


@section("by.images_uploaded", f"{get_image_model()._meta.label}.uploaded_by_user")
def _images(user):
    return [_upload_row(item) for item in get_image_model().objects.filter(uploaded_by_user=user)]


@section("by.documents_uploaded", f"{get_document_model()._meta.label}.uploaded_by_user")
def _documents(user):
    model = get_document_model()
    return [_upload_row(item) for item in model.objects.filter(uploaded_by_user=user)]


@section("by.files_uploaded", "wagtailcore.UploadedFile.uploaded_by_user")
def _uploaded_files(user):
    rows = UploadedFile.objects.filter(uploaded_by_user=user).select_related("for_content_type")
    return [
        {"id": row.pk, "file": row.file.name, "for": _content_type(row.for_content_type)}
        for row in rows
    ]


@section("by.unsaved_forms", "wagtailadmin.FormState.user")
def _form_states(user):
    """Wagtail keeps the state of edit forms a person left unsaved."""
    rows = FormState.objects.filter(user=user).select_related("content_type")
    return [
        {
            "object_type": _content_type(row.content_type),
            "object_id": row.object_id,
            "data": row.data,
            "last_updated_at": _date(row.last_updated_at),
        }
        for row in rows
    ]


@section("by.audit_log", "wagtailcore.ModelLogEntry.user", "wagtailcore.PageLogEntry.user")
def _audit_log_by(user):
    entries = []
    for log_model in (ModelLogEntry, PageLogEntry):
        rows = log_model.objects.filter(user=user).select_related("user", "content_type")
        entries.extend(_log_row(row) for row in rows)
    return sorted(entries, key=lambda entry: entry["timestamp"])


# ---------------------------------------------------------------------------------------
# Export


def export_person(user):
    """Everything held about `user` as a JSON-ready dict (account, career, about, by)."""
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": _date(timezone.now()),
        "subject": {"id": user.pk, "username": user.get_username()},
    }
    for entry in SECTIONS:
        group, name = entry.key.split(".")
        data.setdefault(group, {})[name] = entry.collect(user)
    data["not_held"] = dict(NOT_HELD)
    data["excluded"] = dict(EXCLUDED)
    return data


def export_json(user):
    """The export as JSON text: what the admin's download and `manage.py export_person` write.

    Django's encoder also writes what a section may hand over unconverted (translated labels,
    dates, decimals, UUIDs) as text, so one such value cannot break a subject-access answer."""
    return json.dumps(export_person(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


def get_person(username):
    """The user with this username; raises the user model's DoesNotExist."""
    return get_user_model().objects.get(**{get_user_model().USERNAME_FIELD: username})


def command_line_origin():
    """How a command-line run is recorded in the audit log: no Callpath user, so the
    operating-system account that ran it."""
    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        os_user = None
    return {"via": COMMAND_LINE, "os_user": os_user}


def _origin(acting_user):
    return {"via": ADMIN} if acting_user is not None else command_line_origin()


def record_export(user, *, acting_user=None, origin=None, destination=""):
    """Audit-log that `user`'s data was exported, by `acting_user` in the admin or from the
    command line (`origin`)."""
    data = dict(origin or _origin(acting_user))
    if destination:
        data["destination"] = destination
    log(user, EXPORT_ACTION, user=acting_user, data=data)


def summary(export):
    """How many records each section of an export holds: [(group, name, count)]."""
    rows = []
    for group in ("about", "by"):
        for name, value in export[group].items():
            rows.append((group, name, len(value)))
    return rows


# ---------------------------------------------------------------------------------------
# Anonymisation


class AnonymiseRefused(Exception):
    """The account may not be anonymised as asked; the message says why."""


PSEUDONYM_PATTERN = re.compile(r"former-[a-z]+-[0-9a-f]{6}")
DATABASE_SESSION_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}


def is_anonymised(user):
    """True once the account carries a pseudonym and nothing that identifies the person."""
    return bool(
        PSEUDONYM_PATTERN.fullmatch(user.get_username())
        and user.first_name in ("", user.get_username())
        and not user.last_name
        and not user.email
        and not user.is_active
        and not user.has_usable_password()
    )


def new_pseudonym(user):
    """ "former-operator-7f3a2c": the role they had and six random hex digits. Random, not
    derived from the id or the name, so it reveals nothing; unique among usernames."""
    User = get_user_model()
    role = roles.role_of(user) or "person"
    while True:
        candidate = f"former-{role}-{secrets.token_hex(3)}"
        if not User.objects.filter(username=candidate).exists():
            return candidate


@dataclass(frozen=True)
class Identity:
    """What identifies the person in free text."""

    username: str
    first_name: str
    last_name: str
    email: str

    @classmethod
    def of(cls, user):
        return cls(user.get_username(), user.first_name, user.last_name, user.email)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def scrubber(self, pseudonym, *, about_them):
        """A function that replaces the person's identity in a string with the pseudonym.

        In records about them their full name, first name and last name are replaced; in
        records about other people only the full name, since a first name alone is too
        likely to be someone else's. Email addresses everywhere."""
        names = [self.full_name] + ([self.first_name, self.last_name] if about_them else [])
        # Longest first, so "Amira Haddad" becomes one pseudonym, not two.
        names = sorted({name for name in names if len(name) >= 2}, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
        # Case-sensitive: "Grace" the person, not "grace period".
        name_pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if names else None
        email_pattern = re.compile(re.escape(self.email), re.IGNORECASE) if self.email else None

        def scrub(text):
            if email_pattern:
                text = email_pattern.sub(pseudonym, text)
            if name_pattern:
                text = name_pattern.sub(pseudonym, text)
            return text

        return scrub

    def terms(self):
        """What a record about someone else must contain to mention the person: a cheap
        database filter (the last name, however the full name is spaced), refined by the
        scrubber's patterns."""
        return [term for term in (self.last_name or self.first_name, self.email) if term]


def _scrub_json(value, scrub):
    """Apply `scrub` to every string in a JSON value."""
    if isinstance(value, str):
        return scrub(value) if value else value
    if isinstance(value, list):
        return [_scrub_json(item, scrub) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, scrub) for key, item in value.items()}
    return value


def _replace_username_fields(value, username, pseudonym):
    """Replace `username` where JSON names a person by it: {"username": "amira"}."""
    if isinstance(value, dict):
        return {
            key: pseudonym
            if key == "username" and item == username
            else _replace_username_fields(item, username, pseudonym)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_replace_username_fields(item, username, pseudonym) for item in value]
    return value


# Free text in people's records: (model, the path to the person it is about, its fields).
FREE_TEXT = [
    (Assessment, "operator", ("evidence",)),
    (SignOff, "operator", ("note",)),
    (PracticeEntry, "trainee", ("note",)),
    (QualityReview, "operator", ("comments", "coaching_actions")),
    (CriterionScore, "review__operator", ("comment",)),
    (ReviewResponse, "review__operator", ("comment",)),
    (DisputeResolution, "dispute__review__operator", ("note",)),
    (CalibrationSession, "operator", ("notes",)),
    (PromotionDecision, "operator", ("rationale", "override_reason", "readiness_snapshot")),
]


def _mentioning(model, fields, terms):
    """Rows of `model` with any of `terms` in any of `fields` (JSON compared as text)."""
    condition = Q()
    casts = {}
    for name in fields:
        casts[f"_text_{name}"] = Cast(name, TextField())
        variants = set(terms)
        if isinstance(model._meta.get_field(name), models.JSONField):
            # JSON text may store non-ASCII letters as \u escapes.
            variants |= {json.dumps(term)[1:-1] for term in terms}
        for variant in variants:
            condition |= Q(**{f"_text_{name}__icontains": variant})
    return model.objects.annotate(**casts).filter(condition)


def _scrubbed(rows, fields, scrub):
    """Rows whose fields `scrub` changed, with the new values set on them."""
    changed = []
    for row in rows:
        new_values = {name: _scrub_json(getattr(row, name), scrub) for name in fields}
        if any(new_values[name] != getattr(row, name) for name in fields):
            for name, value in new_values.items():
                setattr(row, name, value)
            changed.append(row)
    return changed


def _rewrite_free_text(user, identity, pseudonym):
    """Replace the person's names in notes about them, and their full name in notes about
    others; return how many records changed.

    bulk_update() bypasses the append-only save(): taking a leaver's name out of a note is
    not a correction of what the record says."""
    about_scrub = identity.scrubber(pseudonym, about_them=True)
    others_scrub = identity.scrubber(pseudonym, about_them=False)
    rewritten = 0
    for model, subject, fields in FREE_TEXT:
        about = model.objects.filter(**{subject: user}).only("pk", *fields)
        changed = _scrubbed(about, fields, about_scrub)
        if identity.terms():
            others = _mentioning(model, fields, identity.terms()).exclude(**{subject: user})
            changed += _scrubbed(others.only("pk", *fields), fields, others_scrub)
        if changed:
            model.objects.bulk_update(changed, fields, batch_size=500)
            rewritten += len(changed)
    return rewritten


def _rewrite_log_entries(user, identity, pseudonym):
    """Audit-log entries keep the label their object had ("Assessment … for amira"). Relabel
    the entries on the account and on records about the person; elsewhere replace their full
    name and data fields holding their username (a KPI import's replaced values). Page log
    entries keep page titles, which anonymisation does not edit."""
    about_scrub = identity.scrubber(pseudonym, about_them=True)
    others_scrub = identity.scrubber(pseudonym, about_them=False)
    username = re.compile(rf"(?<![\w-]){re.escape(identity.username)}(?![\w-])")

    def about_label(text):
        return username.sub(pseudonym, about_scrub(text))

    about_objects = Q(
        content_type=ContentType.objects.get_for_model(get_user_model()), object_id=str(user.pk)
    )
    for model, subject, _fields in FREE_TEXT:
        ids = model.objects.filter(**{subject: user}).values_list("pk", flat=True)
        about_objects |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for pk in ids],
        )
    mentions = Q(_data_text__icontains=json.dumps(identity.username))
    for term in identity.terms():
        mentions |= Q(label__icontains=term) | Q(_data_text__icontains=term)
    others = (
        ModelLogEntry.objects.exclude(about_objects)
        .annotate(_data_text=Cast("data", TextField()))
        .filter(mentions)
    )
    changed = []
    for entries, label_scrub, text_scrub in (
        (ModelLogEntry.objects.filter(about_objects), about_label, about_scrub),
        (others, others_scrub, others_scrub),
    ):
        for entry in entries:
            label = label_scrub(entry.label)
            data = _replace_username_fields(entry.data, identity.username, pseudonym)
            data = _scrub_json(data, text_scrub)
            if (label, data) != (entry.label, entry.data):
                entry.label, entry.data = label, data
                changed.append(entry)
    ModelLogEntry.objects.bulk_update(changed, ["label", "data"], batch_size=500)
    return len(changed)


def _delete_sessions(user):
    """Delete the person's login sessions (database-backed session engines). Whatever the
    engine, the unusable password set afterwards invalidates every session anyway: Django
    checks a hash of the password on each request."""
    if settings.SESSION_ENGINE not in DATABASE_SESSION_ENGINES:
        return 0
    store = import_module(settings.SESSION_ENGINE).SessionStore
    # Sessions are not linked to users in the database; the user id is inside the data.
    keys = [
        session.session_key
        for session in Session.objects.iterator()
        if session.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    for key in keys:
        store(session_key=key).delete()
    return len(keys)


def _remove_account_extras(user):
    """Delete what serves only the living account: login records (addresses and browsers),
    Wagtail API tokens that act as the person, editing presence, unsaved form drafts, page
    subscriptions and admin preferences (with the avatar picture). Returns {what: count}."""
    removed = {
        "login records": sum(
            model.objects.filter(username=user.get_username()).delete()[0]
            for model in login_record_models()
        ),
        "Wagtail API tokens": APIToken.objects.filter(user=user).delete()[0],
        "editing sessions": EditingSession.objects.filter(user=user).delete()[0],
        "unsaved form drafts": FormState.objects.filter(user=user).delete()[0],
        "page subscriptions": PageSubscription.objects.filter(user=user).delete()[0],
    }
    preferences = UserProfile.objects.filter(user=user).first()
    if preferences is not None:
        if preferences.avatar:
            storage, name = preferences.avatar.storage, preferences.avatar.name
            # Only once the anonymisation is committed: a rollback must not lose the file.
            transaction.on_commit(lambda: storage.delete(name))
            removed["avatar picture"] = 1
        preferences.delete()
    return {what: count for what, count in removed.items() if count}


# ---------------------------------------------------------------------------------------
# Copies of the person's name outside the records: the cache and the search log


def _stored_forms(terms):
    """The terms as a cached value may hold them (plain, HTML-escaped, JSON-escaped),
    casefolded for a case-insensitive comparison."""
    forms = set()
    for term in terms:
        forms |= {term, html.escape(term), json.dumps(term)[1:-1]}
    return {form.casefold() for form in forms}


def _mentions_any(data, forms):
    text = data.decode("utf-8", "ignore").casefold()
    return any(form in text for form in forms)


def _forget_in_file_cache(backend, forms):
    removed = 0
    for path in backend._list_cache_files():
        try:
            with open(path, "rb") as file:
                pickle.load(file)  # the expiry time; the value follows, compressed
                data = zlib.decompress(file.read())
        except (OSError, EOFError, pickle.UnpicklingError, zlib.error):
            continue  # expired and removed meanwhile, or being written: not a readable entry
        if _mentions_any(data, forms):
            try:
                os.remove(path)
            except FileNotFoundError:
                continue
            removed += 1
    return removed


def _forget_in_redis(backend, forms):
    # Only this site's keys (the key prefix): several sites may share one Redis.
    client = backend._cache.get_client(write=True)
    pattern = backend.key_func("*", backend.key_prefix, "*")
    keys = list(client.scan_iter(match=pattern, count=1000))
    removed = 0
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        doomed = [
            key
            for key, value in zip(batch, client.mget(batch), strict=True)
            if value is not None and _mentions_any(value, forms)
        ]
        if doomed:
            removed += client.delete(*doomed)
    return removed


def forget_cached_mentions(terms):
    """Delete every cached value that contains any of `terms` (a leaver's names, username
    and email): rendered pages and boards keep the names they were rendered with until they
    expire, even once nothing serves them. Returns how many were deleted.

    The file cache and Redis are searched entry by entry (values are compressed or pickled,
    so a plain text search of the files would find nothing); any other cache backend is
    emptied, the only way to be sure."""
    forms = _stored_forms(term for term in terms if term and len(term) >= 2)
    if not forms:
        return 0
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, FileBasedCache):
        return _forget_in_file_cache(backend, forms)
    if isinstance(backend, RedisCache):
        return _forget_in_redis(backend, forms)
    backend.clear()
    return 0


def _name_pattern(identity):
    """A regular expression matching the person's full name (either order, as Hungarian
    order puts the family name first), their email and their username in a search query.

    A username that is also a word of the site's content ("operator") is matched only as
    the whole query, so anonymising someone does not drop searches for that word."""
    words = identity.full_name.split()
    alternatives = []
    for order in (words, words[::-1]) if words else ():
        alternatives.append(r"(?<!\w)" + r"\s+".join(map(re.escape, order)) + r"(?!\w)")
    if identity.email:
        alternatives.append(re.escape(identity.email))
    username = re.escape(identity.username)
    if SearchWord.objects.filter(word=identity.username.casefold()).exists():
        alternatives.append(rf"^\s*{username}\s*$")
    else:
        alternatives.append(rf"(?<![\w.@+-]){username}(?![\w@+-])")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _forget_searches(identity):
    """Delete logged searches that name the person (colleagues may have searched for them):
    the log holds no searcher, only the text, and a query naming a leaver is no content gap
    worth keeping. Returns how many were deleted."""
    pattern = _name_pattern(identity)
    terms = [identity.last_name or identity.first_name, identity.email, identity.username]
    condition = Q()
    for term in filter(None, terms):
        # Queries are logged lowercased; SQLite compares only ASCII letters without case.
        condition |= Q(query__contains=term.lower())
    candidates = QueryLog.objects.filter(condition).only("pk", "query")
    doomed = [row.pk for row in candidates if pattern.search(row.query)]
    return QueryLog.objects.filter(pk__in=doomed).delete()[0] if doomed else 0


HISTORY_KEPT = [
    ("assessments", Assessment, "operator"),
    ("sign-offs", SignOff, "operator"),
    ("practice entries", PracticeEntry, "trainee"),
    ("KPI values", KpiSnapshot, "operator"),
    ("quality reviews", QualityReview, "operator"),
    ("promotion decisions", PromotionDecision, "operator"),
    ("quiz attempts", QuizAttempt, "user"),
    ("guide completions", GuideCompletion, "user"),
    ("news acknowledgements", Acknowledgement, "user"),
]


def history_kept(user):
    """{what: count} of the records about the person that anonymisation keeps."""
    return {
        label: model.objects.filter(**{path: user}).count() for label, model, path in HISTORY_KEPT
    }


def loose_ends(user):
    """What an admin should look at by hand: mentees still assigned to the person and
    integration tokens they created that still work."""
    return {
        "mentees": list(
            OperatorProfile.objects.filter(mentor=user, user__is_active=True)
            .order_by("user__username")
            .values_list("user__username", flat=True)
        ),
        "integration_tokens": list(
            IntegrationToken.objects.filter(created_by=user, revoked_at__isnull=True)
            .order_by("name")
            .values_list("name", flat=True)
        ),
    }


# ---------------------------------------------------------------------------------------
# Career records: who may be deleted, and deactivation instead

# A person's career record: what is about them and what they wrote about others, as
# (label, model, the field naming the person, for records they wrote: the field naming the
# subject, so their records about themselves are not counted twice). Deleting someone with
# any of these would erase or orphan append-only history, so the admin refuses and offers
# deactivation or anonymisation instead.
CAREER_RECORDS = [
    (_("Assessments of them"), Assessment, "operator", None),
    (_("Assessments they gave"), Assessment, "assessor", "operator"),
    (_("Sign-offs they received"), SignOff, "operator", None),
    (_("Sign-offs they gave"), SignOff, "signed_by", "operator"),
    (_("Practice entries"), PracticeEntry, "trainee", None),
    (_("Practice entries they co-signed"), PracticeEntry, "cosigned_by", "trainee"),
    (_("KPI values"), KpiSnapshot, "operator", None),
    (_("Quality reviews of their calls"), QualityReview, "operator", None),
    (_("Quality reviews they scored"), QualityReview, "reviewer", "operator"),
    (_("Review acknowledgements and disputes"), ReviewResponse, "created_by", None),
    (_("Disputes they resolved"), DisputeResolution, "resolved_by", None),
    (_("Calibration sessions on their calls"), CalibrationSession, "operator", None),
    (_("Calibration sessions they ran"), CalibrationSession, "created_by", "operator"),
    (_("Promotion decisions about them"), PromotionDecision, "operator", None),
    (_("Promotion decisions they made"), PromotionDecision, "decided_by", "operator"),
    (_("Quiz attempts"), QuizAttempt, "user", None),
    (_("Guide completions"), GuideCompletion, "user", None),
    (_("News acknowledgements"), Acknowledgement, "user", None),
    # Guides and scripts they own count as their contributions on the ladder.
    (_("Guides and scripts they own"), GuidePage, "owner", None),
]


def career_records_of(users):
    """{user id: [(label, count)]} of the career records of `users`, only kinds they have;
    people without any are left out. One query per kind of record, however many people."""
    ids = [user.pk for user in users]
    found = defaultdict(dict)
    for index, (_label, model, person, subject) in enumerate(CAREER_RECORDS):
        rows = model.objects.filter(**{f"{person}__in": ids})
        if subject:
            rows = rows.exclude(**{subject: F(person)})
        counts = rows.order_by().values(person).annotate(count=Count("pk"))
        for row in counts.values_list(person, "count"):
            found[row[0]][index] = row[1]
    return {
        user_id: [(str(CAREER_RECORDS[index][0]), count) for index, count in sorted(kinds.items())]
        for user_id, kinds in found.items()
    }


def career_records(user):
    """[(label, count)] of the person's career record; empty when they have none (an
    account created by mistake), which is the only case in which they may be deleted."""
    return career_records_of([user]).get(user.pk, [])


class DeactivateRefused(Exception):
    """The account may not be deactivated as asked; the message says why."""


def deactivate_person(user, *, acting_user=None, origin=None):
    """Deactivate the account: the person can no longer log in (their sessions stop working
    at the next request) and everything else stays as it is. Audit-logged. Returns False
    when the account was already inactive. Raises DeactivateRefused for the acting user's
    own account and for the only active administrator."""
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if not user.is_active:
            return False
        if acting_user is not None and acting_user.pk == user.pk:
            raise DeactivateRefused(gettext("You cannot deactivate your own account."))
        active_admins = User.objects.filter(is_superuser=True, is_active=True)
        if user.is_superuser and not active_admins.exclude(pk=user.pk).exists():
            raise DeactivateRefused(
                gettext(
                    "“%(username)s” is the only active administrator; make someone else an "
                    "administrator first."
                )
                % {"username": user.get_username()}
            )
        user.is_active = False
        user.save(update_fields=["is_active"])
        log(user, DEACTIVATE_ACTION, user=acting_user, data=origin or _origin(acting_user))
    return True


def check_can_anonymise(user, *, force=False, acting_user=None):
    """Raise AnonymiseRefused when the account must not be anonymised as asked."""
    if is_anonymised(user):
        return
    if acting_user is not None and acting_user.pk == user.pk:
        raise AnonymiseRefused("You cannot anonymise your own account.")
    if user.is_superuser:
        if not force:
            raise AnonymiseRefused(
                f"“{user.get_username()}” is an administrator (superuser). Anonymising an "
                "administrator needs an explicit confirmation (--force on the command line)."
            )
        others = get_user_model().objects.filter(is_superuser=True, is_active=True)
        if not others.exclude(pk=user.pk).exists():
            raise AnonymiseRefused(
                f"“{user.get_username()}” is the only active administrator; make someone "
                "else an administrator first."
            )


@dataclass
class AnonymiseResult:
    pseudonym: str
    already: bool = False
    notes_rewritten: int = 0
    log_entries_rewritten: int = 0
    sessions_deleted: int = 0
    # Set once the anonymisation is committed (None until then).
    cache_entries_removed: int | None = None
    removed: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)
    loose_ends: dict = field(default_factory=dict)


def anonymise_person(user, *, acting_user=None, origin=None, force=False):
    """Replace the person's identity with a pseudonym and keep their history.

    The account gets a "former-<role>-xxxxxx" username, blank names and email, an unusable
    password and is deactivated (and loses staff and superuser rights); their names are
    replaced in notes (see `_rewrite_free_text`) and audit-log labels; sessions, Wagtail API
    tokens, admin preferences and logged searches naming them are deleted, and after the
    commit every cached value that holds their names, username or email. Assessments, KPI
    values, reviews, sign-offs, decisions, completions and pages stay, attached to the same
    account, so team figures do not change. Running it again on an anonymised account
    changes nothing.

    Raises AnonymiseRefused for a superuser without `force`, the only active superuser, or
    the acting user's own account.
    """
    User = get_user_model()
    with transaction.atomic():
        # Lock the row so two runs at once cannot pick two pseudonyms.
        user = User.objects.select_for_update().get(pk=user.pk)
        if is_anonymised(user):
            return AnonymiseResult(pseudonym=user.get_username(), already=True)
        check_can_anonymise(user, force=force, acting_user=acting_user)
        identity = Identity.of(user)
        pseudonym = (
            identity.username
            if PSEUDONYM_PATTERN.fullmatch(identity.username)  # finishing an earlier run
            else new_pseudonym(user)
        )
        result = AnonymiseResult(pseudonym=pseudonym)
        result.notes_rewritten = _rewrite_free_text(user, identity, pseudonym)
        result.log_entries_rewritten = _rewrite_log_entries(user, identity, pseudonym)
        result.removed = _remove_account_extras(user)
        searches_removed = _forget_searches(identity)
        if searches_removed:
            result.removed["logged searches naming them"] = searches_removed
        result.sessions_deleted = _delete_sessions(user)

        user.username = pseudonym
        # The pseudonym as the name, so every page that names people shows it, not a blank.
        user.first_name = pseudonym
        user.last_name = user.email = ""
        user.set_unusable_password()
        user.is_active = user.is_staff = user.is_superuser = False
        user.last_login = None
        # Saving the account also tells cached readiness (whose evidence quotes notes) that
        # people's records changed; the bulk updates above send no signals of their own.
        user.save()

        result.kept = history_kept(user)
        result.loose_ends = loose_ends(user)
        log(
            user,
            ANONYMISE_ACTION,
            user=acting_user,
            title=pseudonym,
            data={
                **(origin or _origin(acting_user)),
                "pseudonym": pseudonym,
                "notes_rewritten": result.notes_rewritten,
                "log_entries_rewritten": result.log_entries_rewritten,
                "sessions_deleted": result.sessions_deleted,
                "removed": result.removed,
                "kept": result.kept,
            },
        )

        def forget_cached():
            terms = [identity.first_name, identity.last_name, identity.username, identity.email]
            result.cache_entries_removed = forget_cached_mentions(terms)

        # After the commit, when every new page is rendered with the pseudonym: what was
        # cached with their name is deleted, not just left unused until it expires.
        transaction.on_commit(forget_cached, robust=True)
    return result
