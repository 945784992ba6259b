"""Who may see, write, answer and settle call-quality reviews and calibration sessions.

Reviews are people data: the operator sees their own, a mentor their mentees', a lead their
team's, admins all. Calibration sessions are a reviewers' exercise: the mentors and leads of
the operator's team (and admins) take part; operators do not see them.
"""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext

from careers import permissions
from careers.models import CalibrationSession, QualityReview
from home import roles
from home.models import Profile, team_ids_of


def can_review(viewer, operator):
    """The operator's mentor, their team's lead or an admin scores their calls (not oneself)."""
    return permissions.can_assess(viewer, operator)


def can_view_review(viewer, review):
    """Everyday reviews follow the operator's record; calibration reviews follow the session."""
    if review.calibration_id:
        return can_view_session(viewer, review.calibration)
    return permissions.can_view_operator(viewer, review.operator)


def can_respond(viewer, review, *, is_current):
    """Only the operator answers a review, and only its current revision."""
    return viewer.pk == review.operator_id and is_current and not review.calibration_id


def can_resolve(viewer, review):
    """A lead of the operator's team or an admin settles disputes about a review; mentors do
    not, and nobody rules on a review they scored themselves (nor on their own)."""
    if viewer.pk in (review.operator_id, review.reviewer_id):
        return False
    return viewer.is_superuser or permissions.leads_team_of(viewer, review.operator)


def resolving_leads(review):
    """The leads of the operator's team who settle disputes about `review`: all of them but
    the reviewer. When there is none (the reviewer is the team's only lead), an admin does;
    admins may always step in. Leads of other teams may not: the review is not theirs to see."""
    team = Profile.objects.filter(user_id=review.operator_id).values_list("team_id", flat=True)
    return list(
        get_user_model()
        .objects.filter(is_active=True, led_teams__in=team)
        .exclude(pk__in=[review.operator_id, review.reviewer_id])
        .order_by("last_name", "first_name")
    )


def who_resolves(review):
    """Who will settle disputes about `review`, in words: the resolving leads' names, or "an
    admin"."""
    leads = resolving_leads(review)
    if not leads:
        return gettext("an admin")
    return ", ".join(lead.get_full_name() or lead.get_username() for lead in leads)


def visible_reviews(viewer):
    """Everyday (non-calibration) reviews the viewer may see, as a queryset."""
    reviews = QualityReview.objects.filter(calibration__isnull=True)
    if viewer.is_superuser:
        return reviews
    return reviews.filter(
        Q(operator=viewer)
        | Q(operator__career__mentor=viewer)
        | Q(operator__profile__team__in=viewer.led_teams.all())
    )


def reviewable_operators(viewer):
    """People whose calls the viewer may review: mentees and team members (everyone for admins)."""
    users = get_user_model().objects.filter(is_active=True).exclude(pk=viewer.pk)
    if not viewer.is_superuser:
        users = users.filter(Q(career__mentor=viewer) | Q(profile__team__in=viewer.led_teams.all()))
    return users.order_by("last_name", "first_name")


# ---------------------------------------------------------------------------------------
# Calibration


def can_run_calibration(viewer):
    """Leads and admins set up calibration sessions."""
    return roles.is_lead(viewer)


def can_score_session(viewer, session):
    """Mentors and leads of the operator's team (or the operator's own mentor) and admins."""
    operator = session.operator
    if viewer.pk == operator.pk or not roles.is_mentor(viewer):
        return False
    if viewer.is_superuser or permissions.is_mentor_of(viewer, operator):
        return True
    team_id = Profile.objects.filter(user=operator).values_list("team_id", flat=True).first()
    return team_id is not None and team_id in team_ids_of(viewer)


def can_view_session(viewer, session):
    """Whoever may score in it, plus anyone who already did or who set it up."""
    if can_score_session(viewer, session) or session.created_by_id == viewer.pk:
        return True
    return session.reviews.filter(reviewer=viewer).exists()


def visible_sessions(viewer):
    """Calibration sessions the viewer may open, as a queryset (matches can_view_session)."""
    sessions = CalibrationSession.objects.all()
    if viewer.is_superuser:
        return sessions
    # A subquery rather than a join, so counts annotated on the sessions stay whole.
    scored = Exists(QualityReview.objects.filter(calibration=OuterRef("pk"), reviewer=viewer))
    taken_part = Q(created_by=viewer) | Q(scored)
    if not roles.is_mentor(viewer):
        return sessions.filter(taken_part)
    in_their_team = Q(operator__profile__team__in=list(team_ids_of(viewer))) | Q(
        operator__career__mentor=viewer
    )
    return sessions.filter(taken_part | (in_their_team & ~Q(operator=viewer)))


def session_operators(viewer):
    """People a lead may set a calibration session up for: their teams' members."""
    users = get_user_model().objects.filter(is_active=True).exclude(pk=viewer.pk)
    if not viewer.is_superuser:
        users = users.filter(profile__team__in=viewer.led_teams.all())
    return users.order_by("last_name", "first_name")
