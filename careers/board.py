"""The team readiness board: every operator a lead is responsible for, with readiness, in a
fixed number of queries however many operators there are."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import OuterRef, Subquery

from careers.models import Assessment, AssessmentKind, KpiSnapshot, OperatorProfile, SignOff
from careers.selectors import readiness_for
from home.cache import cached
from home.models import Team
from kb.models import GuideCompletion

QUALITY_METRIC = "Quality score"
STALLED_DAYS = 90
# A mentee whose last mentor or lead assessment is older than this needs attention.
OVERDUE_ASSESSMENT_DAYS = 60
MISSING_SHOWN = 3


@dataclass
class BoardRow:
    """One operator on the board; attribute names double as sort keys and export columns."""

    username: str
    team_id: int | None
    level_id: int | None
    target_id: int | None
    name: str
    team: str
    level: str
    level_rank: int
    target: str
    readiness: int | None
    missing_count: int
    missing: str
    last_assessed: date | None
    last_progress: date | None
    mentor: str
    quality: float | None
    ready: bool

    @property
    def missing_first(self):
        return self.missing.split("; ")[:MISSING_SHOWN] if self.missing else []


SORT_KEYS = {
    "name": lambda row: row.name.lower(),
    "team": lambda row: (row.team, row.name.lower()),
    "level": lambda row: (row.level_rank, row.name.lower()),
    "target": lambda row: (row.target, row.name.lower()),
    "readiness": lambda row: (row.readiness is None, row.readiness or 0),
    "missing": lambda row: row.missing_count,
    "last_assessed": lambda row: (row.last_assessed is None, row.last_assessed or date.min),
    "mentor": lambda row: (row.mentor, row.name.lower()),
    "quality": lambda row: (row.quality is None, row.quality or 0),
}


def teams_for(user):
    return Team.objects.all() if user.is_superuser else user.led_teams.all()


def board_rows(teams, today, *, team=None, level=None, target=None, ready_now=False, stalled=False):
    """Rows for the operators in `teams` (one team when `team` is given), filtered."""
    team_ids = sorted(team.pk for team in teams)
    rows = cached(("board", today.isoformat(), *team_ids), lambda: _all_rows(team_ids, today))
    if team:
        rows = [row for row in rows if row.team_id == team.pk]
    if level:
        rows = [row for row in rows if row.level_id == level.pk]
    if target:
        rows = [row for row in rows if row.target_id == target.pk]
    if ready_now:
        rows = [row for row in rows if row.ready]
    if stalled:
        cutoff = today - timedelta(days=STALLED_DAYS)
        rows = [row for row in rows if row.last_progress is None or row.last_progress < cutoff]
    return rows


def _all_rows(team_ids, today):
    """Every active operator of the teams, in a fixed number of queries."""
    profiles = list(
        OperatorProfile.objects.filter(
            user__is_active=True,
            user__profile__team__in=team_ids,
            user__groups__name="Operators",
        )
        .select_related("user__profile__team", "level", "target_level", "mentor")
        .annotate(
            last_assessed=_latest(
                Assessment.objects.exclude(kind=AssessmentKind.SELF), "assessed_on"
            ),
            last_signoff=_latest(SignOff.objects, "signed_on"),
            last_completion=_latest(GuideCompletion.objects, "completed_at", field="user"),
            quality=_latest(
                KpiSnapshot.objects.filter(metric__name=QUALITY_METRIC), "value", order="-month"
            ),
        )
    )
    readiness = readiness_for([profile.user for profile in profiles], today)
    return [_row(profile, readiness.get(profile.user_id)) for profile in profiles]


def _latest(queryset, value, *, field="operator", order=None):
    """A subquery: the operator's most recent `value` in `queryset` (one query in all)."""
    rows = queryset.filter(**{field: OuterRef("user")}).order_by(order or f"-{value}")
    return Subquery(rows.values(value)[:1])


def _row(profile, readiness):
    user = profile.user
    gaps = readiness.gaps if readiness else ()
    completed_on = profile.last_completion.date() if profile.last_completion else None
    progress_dates = [d for d in (profile.last_assessed, profile.last_signoff, completed_on) if d]
    return BoardRow(
        username=user.username,
        team_id=user.profile.team_id,
        level_id=profile.level_id,
        target_id=profile.target_level_id,
        name=user.get_full_name() or user.username,
        team=user.profile.team.name if user.profile.team else "",
        level=profile.level.title if profile.level else "",
        level_rank=profile.level.rank if profile.level else 0,
        target=profile.target_level.title if profile.target_level else "",
        readiness=readiness.percent if readiness else None,
        missing_count=len(gaps),
        missing="; ".join(gap.requirement.label for gap in gaps),
        last_assessed=profile.last_assessed,
        last_progress=max(progress_dates) if progress_dates else None,
        mentor=profile.mentor.get_full_name() if profile.mentor else "",
        quality=float(profile.quality) if profile.quality is not None else None,
        ready=bool(readiness and readiness.total and readiness.ready),
    )


def sort_rows(rows, key, descending):
    return sorted(rows, key=SORT_KEYS.get(key, SORT_KEYS["name"]), reverse=descending)
