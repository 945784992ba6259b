from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.snippets.models import register_snippet

from careers.readiness import format_quantity

# Longest free text, in characters, people may type into a record: room for a detailed note,
# not for a pasted call transcript. Forms enforce these (a TextField's max_length reaches
# its form field); they are not database constraints, because anonymisation rewrites names
# in these texts with longer pseudonyms and must never be refused.
SHORT_NOTE_LENGTH = 1000
NOTE_LENGTH = 2000
LONG_TEXT_LENGTH = 4000


class CareersIndexPage(Page):
    """`/careers/`: the career ladders from trainee to trainer and team lead."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CareerLadderPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ladders"] = CareerLadderPage.objects.child_of(self).live()
        return context


class CareerLadderPage(Page):
    """A ladder of levels, e.g. "Operations ladder": trainee up to trainer and team lead."""

    summary = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["careers.CareersIndexPage"]
    subpage_types = ["careers.CareerLevelPage"]

    def get_context(self, request, *args, **kwargs):
        from careers.progress import ladder_positions

        context = super().get_context(request, *args, **kwargs)
        levels = list(
            CareerLevelPage.objects.child_of(self)
            .live()
            .order_by("rank", "path")
            .prefetch_related("follows")
        )
        context["levels"] = ladder_positions(request.user, levels)
        return context


class CareerLevelPage(Page):
    """One step on a ladder. `follows` names the level(s) it comes after, so tracks branch."""

    rank = models.PositiveSmallIntegerField(
        default=1, help_text="Position on the ladder: 1 for the entry level."
    )
    summary = models.TextField(blank=True, max_length=SHORT_NOTE_LENGTH)
    responsibilities = RichTextField(blank=True)
    follows = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="next_levels",
        help_text="The level(s) this one comes after.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("rank"),
        FieldPanel("summary"),
        FieldPanel("responsibilities"),
        FieldPanel("follows", widget=forms.CheckboxSelectMultiple),
        InlinePanel("requirements", heading="Stage gate", label="Requirement"),
    ]
    parent_page_types = ["careers.CareerLadderPage"]
    subpage_types = []

    class Meta:
        verbose_name = "career level"

    def get_context(self, request, *args, **kwargs):
        from careers.progress import ladder_positions

        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.guides.live().readable_by(request.user).order_by("title")
        context["requirements"] = self.requirements.select_related("competency", "guide", "metric")
        [context["position"]] = ladder_positions(request.user, [self])
        return context


# ---------------------------------------------------------------------------------------
# Competency framework and KPIs


class CompetencyCategory(models.TextChoices):
    COMMUNICATION = "communication", "Communication"
    SALES = "sales", "Sales"
    QUALITY = "quality", "Quality"
    RESILIENCE = "resilience", "Resilience & voice"
    TOOLS = "tools", "Tools"
    LEADERSHIP = "leadership", "Leadership"
    COACHING = "coaching", "Coaching"


class Rating(models.IntegerChoices):
    """The one rating scale every competency uses."""

    LEARNING = 1, "Learning"
    DEVELOPING = 2, "Developing"
    PROFICIENT = 3, "Proficient"
    ROLE_MODEL = 4, "Role model"


@register_snippet
class Competency(models.Model):
    """A skill operators are assessed on, with what each rating looks like in behaviour."""

    name = models.CharField(max_length=100, unique=True)
    category = models.CharField(max_length=20, choices=CompetencyCategory.choices)
    description = models.TextField(max_length=SHORT_NOTE_LENGTH)
    learning = models.TextField(
        "1 Learning",
        max_length=SHORT_NOTE_LENGTH,
        help_text="What rating 1 looks like on a call.",
    )
    developing = models.TextField("2 Developing", max_length=SHORT_NOTE_LENGTH)
    proficient = models.TextField("3 Proficient", max_length=SHORT_NOTE_LENGTH)
    role_model = models.TextField("4 Role model", max_length=SHORT_NOTE_LENGTH)

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("learning"),
                FieldPanel("developing"),
                FieldPanel("proficient"),
                FieldPanel("role_model"),
            ],
            heading="Behaviour at each rating",
        ),
    ]

    class Meta:
        ordering = ["category", "name"]
        verbose_name_plural = "competencies"

    def __str__(self):
        return self.name

    def behaviour_at(self, rating):
        return [self.learning, self.developing, self.proficient, self.role_model][rating - 1]


@register_snippet
class KpiMetric(models.Model):
    """A monthly performance measure, e.g. quality score or schedule adherence."""

    name = models.CharField(max_length=80, unique=True)
    unit = models.CharField(max_length=20, help_text='e.g. "%", "seconds", "score".')
    higher_is_better = models.BooleanField(default=True)
    description = models.TextField(blank=True, max_length=SHORT_NOTE_LENGTH)

    panels = [
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("higher_is_better"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "KPI metric"

    def __str__(self):
        return self.name


class KpiSource(models.TextChoices):
    CSV = "csv", "CSV import"
    API = "api", "API"
    MANUAL = "manual", "Manual"
    REVIEWS = "reviews", "Quality reviews"


class KpiSnapshot(models.Model):
    """One operator's value of one metric for one month (the first day stands for the month)."""

    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="kpi_snapshots"
    )
    metric = models.ForeignKey(KpiMetric, on_delete=models.PROTECT, related_name="snapshots")
    month = models.DateField()
    value = models.DecimalField(max_digits=10, decimal_places=2)
    source = models.CharField(max_length=10, choices=KpiSource.choices, default=KpiSource.MANUAL)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["operator", "metric", "month"], name="one_kpi_value_per_month"
            )
        ]
        ordering = ["-month"]

    def __str__(self):
        return f"{self.operator} {self.metric} {self.month:%Y-%m}: {self.value}"


# ---------------------------------------------------------------------------------------
# Stage gates


class RequirementKind(models.TextChoices):
    COMPETENCY = "competency", "Competency at a minimum rating"
    GUIDE = "guide", "Guide completed"
    KPI = "kpi", "KPI threshold over recent months"
    TENURE = "tenure", "Months at the current level"
    SIGNOFF = "signoff", "Named sign-off"
    CONTRIBUTIONS = "contributions", "Published guides or scripts owned"


class SignerRule(models.TextChoices):
    MENTOR = "mentor", "The operator's mentor, a lead or an admin"
    LEAD = "lead", "A team lead or an admin"
    LEVEL = "level", "Anyone at or above the level below"


class ContributionKinds(models.TextChoices):
    ANY = "any", "Guides, lessons, call scripts or policies"
    SCRIPTS = "script", "Call scripts only"


class LevelRequirement(Orderable):
    """One requirement of a level's stage gate, edited inline on the level page."""

    level = ParentalKey(CareerLevelPage, on_delete=models.CASCADE, related_name="requirements")
    kind = models.CharField(max_length=20, choices=RequirementKind.choices)
    competency = models.ForeignKey(
        Competency, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    min_rating = models.PositiveSmallIntegerField(choices=Rating.choices, null=True, blank=True)
    guide = models.ForeignKey(
        "kb.GuidePage", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    metric = models.ForeignKey(
        KpiMetric, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    threshold = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="KPI: each of the last N complete months. Tenure: N months.",
    )
    signoff_name = models.CharField(
        max_length=120, blank=True, help_text='e.g. "Cleared for independent calls".'
    )
    signer_rule = models.CharField(max_length=10, choices=SignerRule.choices, blank=True)
    signer_min_level = models.ForeignKey(
        CareerLevelPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For sign-offs given by level: the lowest level allowed to sign.",
    )
    min_count = models.PositiveSmallIntegerField(null=True, blank=True)
    contribution_kinds = models.CharField(
        max_length=10, choices=ContributionKinds.choices, blank=True
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("competency"), FieldPanel("min_rating")]),
        PageChooserPanel("guide", "kb.GuidePage"),
        FieldRowPanel([FieldPanel("metric"), FieldPanel("threshold"), FieldPanel("months")]),
        FieldRowPanel(
            [FieldPanel("signoff_name"), FieldPanel("signer_rule"), FieldPanel("signer_min_level")]
        ),
        FieldRowPanel([FieldPanel("min_count"), FieldPanel("contribution_kinds")]),
    ]

    REQUIRED_FIELDS = {
        RequirementKind.COMPETENCY: ["competency", "min_rating"],
        RequirementKind.GUIDE: ["guide"],
        RequirementKind.KPI: ["metric", "threshold", "months"],
        RequirementKind.TENURE: ["months"],
        RequirementKind.SIGNOFF: ["signoff_name", "signer_rule"],
        RequirementKind.CONTRIBUTIONS: ["min_count", "contribution_kinds"],
    }

    def clean(self):
        super().clean()
        missing = {
            name: "Needed for this kind of requirement."
            for name in self.REQUIRED_FIELDS.get(self.kind, [])
            if getattr(self, name) in (None, "")
        }
        signs_by_level = self.signer_rule == SignerRule.LEVEL
        if self.kind == RequirementKind.SIGNOFF and signs_by_level and not self.signer_min_level:
            missing["signer_min_level"] = "Choose the lowest level allowed to sign."
        if missing:
            raise ValidationError(missing)

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The requirement in words, as operators read it on their checklist."""
        kind = self.kind
        if kind == RequirementKind.COMPETENCY:
            rating = Rating(self.min_rating)
            return f"{self.competency} at {rating.label} ({rating.value}) or above"
        if kind == RequirementKind.GUIDE:
            return f"Complete “{self.guide.title}”" if self.guide_id else "Complete a guide"
        if kind == RequirementKind.KPI:
            comparison = "≥" if self.metric.higher_is_better else "≤"
            return (
                f"{self.metric.name} {comparison} "
                f"{format_quantity(self.threshold, self.metric.unit)} "
                f"in each of the last {self.months} months"
            )
        if kind == RequirementKind.TENURE:
            return f"At least {self.months} months at the current level"
        if kind == RequirementKind.SIGNOFF:
            return f"Sign-off: {self.signoff_name}"
        what = "call scripts" if self.contribution_kinds == ContributionKinds.SCRIPTS else "guides"
        return f"At least {self.min_count} published {what} you own"


# ---------------------------------------------------------------------------------------
# People and their records. Records are append-only: a correction is a new record.
#
# Records outlive nobody: the person a record is about and the person who made it are both
# PROTECTed, so deleting a user with a career record raises ProtectedError instead of erasing
# history (or the name of who judged it). Someone who leaves is deactivated or anonymised.
#
# Each action happens once. "One per ..." rules are unique constraints; actions that may
# rightly repeat (a new rating, another decision, more practice) carry `submission_key`, the
# one-time key of the form they were posted from, so posting the same form twice records once.


class OperatorProfile(models.Model):
    """Where an operator is on the ladder, who mentors them and what they aim for next."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="career"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentees",
    )
    level = models.ForeignKey(
        CareerLevelPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    level_since = models.DateField(null=True, blank=True)
    hire_date = models.DateField(null=True, blank=True)
    target_level = models.ForeignKey(
        CareerLevelPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    supervised = models.BooleanField(
        default=True, help_text="Works under supervision until cleared for independent calls."
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("mentor"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("level_since")]),
        FieldPanel("hire_date"),
        FieldPanel("target_level"),
        FieldPanel("supervised"),
    ]

    def __str__(self):
        return f"{self.user.get_full_name()} ({self.level or 'no level'})"


def submission_key_field():
    """The one-time key of the form a record was posted from (empty for records made any
    other way): unique, so a double click or a resubmitted form cannot record twice."""
    return models.UUIDField(null=True, blank=True, unique=True, editable=False)


class AppendOnly(models.Model):
    """Records of history: created once, never changed. Corrections are new records."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValidationError(f"{self._meta.verbose_name} records cannot be changed.")
        return super().save(*args, **kwargs)


class AssessmentKind(models.TextChoices):
    SELF = "self", "Self-assessment"
    MENTOR = "mentor", "Mentor"
    LEAD = "lead", "Lead"


class Assessment(AppendOnly):
    """A competency rating with its evidence. The latest mentor or lead rating counts."""

    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessments"
    )
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="assessments")
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=AssessmentKind.choices)
    evidence = models.TextField(
        max_length=LONG_TEXT_LENGTH, help_text="What you saw or heard: the call, the behaviour."
    )
    evidence_link = models.URLField(blank=True)
    assessed_on = models.DateField(default=date.today)
    created_at = models.DateTimeField(default=timezone.now)
    submission_key = submission_key_field()

    class Meta:
        ordering = ["-assessed_on", "-pk"]
        indexes = [models.Index(fields=["operator", "competency"])]

    def __str__(self):
        return f"{self.competency} {self.rating} for {self.operator} ({self.get_kind_display()})"


class SignOff(AppendOnly):
    """A named sign-off on a gate requirement, given by someone with the right to sign."""

    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="signoffs"
    )
    requirement = models.ForeignKey(
        LevelRequirement, on_delete=models.PROTECT, related_name="signoffs"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    signed_on = models.DateField(default=date.today)
    note = models.TextField(blank=True, max_length=NOTE_LENGTH)
    evidence_hours = models.DecimalField(
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="Co-signed supervised practice hours at the time of signing.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-signed_on", "-pk"]
        # A sign-off is given once; there is no revoking one (a correction would be a new
        # kind of record), so a second one of the same requirement is always a duplicate.
        constraints = [
            models.UniqueConstraint(
                fields=["operator", "requirement"], name="one_signoff_per_requirement"
            )
        ]

    def __str__(self):
        return f"{self.requirement.signoff_name} for {self.operator}"


class PracticeKind(models.TextChoices):
    SUPERVISED_CALLS = "calls", "Supervised calls"
    SHADOWING = "shadowing", "Shadowing"


class PracticeEntry(models.Model):
    """Supervised practice a trainee logged; it counts once the mentor co-signs it."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="practice_entries"
    )
    kind = models.CharField(max_length=10, choices=PracticeKind.choices)
    practised_on = models.DateField(default=date.today)
    hours = models.DecimalField(max_digits=4, decimal_places=1)
    calls = models.PositiveSmallIntegerField(default=0)
    note = models.TextField(blank=True, max_length=SHORT_NOTE_LENGTH)
    cosigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    cosigned_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    submission_key = submission_key_field()

    class Meta:
        ordering = ["-practised_on", "-pk"]
        verbose_name_plural = "practice entries"

    def __str__(self):
        kind = self.get_kind_display().lower()
        return f"{self.hours}h {kind} by {self.trainee} on {self.practised_on}"


# ---------------------------------------------------------------------------------------
# Integrations


class IntegrationToken(models.Model):
    """A token a telephony or WFM system uses to push KPIs and read readiness.

    Scoped to Callpath's KPI API (not Wagtail's). Only a SHA-256 digest is stored; the token
    itself is shown once when an admin creates it.
    """

    name = models.CharField(max_length=100, help_text='The integration, e.g. "Genesys WFM".')
    prefix = models.CharField(max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("revoked_at")]

    class Meta:
        verbose_name = "integration token"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"


# ---------------------------------------------------------------------------------------
# Call-quality scorecards


@register_snippet
class Scorecard(ClusterableModel):
    """A call-quality form: weighted criteria grouped in sections, each mapped to a competency."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True, max_length=SHORT_NOTE_LENGTH)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("criteria", heading="Criteria", label="Criterion", min_num=1),
    ]

    def __str__(self):
        return self.name


class ScorecardCriterion(Orderable):
    """One scored line of a scorecard. Auto-fail criteria zero the whole review when failed."""

    scorecard = ParentalKey(Scorecard, on_delete=models.CASCADE, related_name="criteria")
    section = models.CharField(max_length=60, help_text='e.g. "Opening", "Compliance".')
    name = models.CharField(max_length=120)
    guidance = models.TextField(
        blank=True, max_length=SHORT_NOTE_LENGTH, help_text="What good looks like."
    )
    weight = models.PositiveSmallIntegerField(default=1)
    auto_fail = models.BooleanField(
        default=False, help_text="Failing this (e.g. a data-protection breach) scores the call 0."
    )
    competency = models.ForeignKey(
        Competency, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldRowPanel([FieldPanel("section"), FieldPanel("name")]),
        FieldPanel("guidance"),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("auto_fail"), FieldPanel("competency")]),
    ]

    def __str__(self):
        return f"{self.section}: {self.name}"


class CalibrationSession(models.Model):
    """Several reviewers score the same call so leads can see and close the spread."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.PROTECT, related_name="+")
    call_reference = models.CharField(max_length=60)
    call_date = models.DateField()
    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # Who set the session up is bookkeeping, not a judgement about anyone: it may be lost.
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    notes = models.TextField(blank=True, max_length=NOTE_LENGTH)
    submission_key = submission_key_field()

    class Meta:
        ordering = ["-call_date", "-pk"]

    def __str__(self):
        return f"Calibration on call {self.call_reference}"


class QualityReview(AppendOnly):
    """A scored call. Never edited: a changed score (after a dispute) is a new revision that
    points at the one it replaces; only the newest revision counts."""

    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quality_reviews"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    scorecard = models.ForeignKey(Scorecard, on_delete=models.PROTECT, related_name="reviews")
    call_reference = models.CharField(max_length=60)
    call_date = models.DateField()
    comments = models.TextField(blank=True, max_length=LONG_TEXT_LENGTH)
    coaching_actions = models.TextField(blank=True, max_length=NOTE_LENGTH)
    total = models.DecimalField(max_digits=5, decimal_places=2)
    auto_failed = models.BooleanField(default=False)
    revises = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="revised_by"
    )
    calibration = models.ForeignKey(
        CalibrationSession,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    created_at = models.DateTimeField(default=timezone.now)
    submission_key = submission_key_field()

    class Meta:
        ordering = ["-call_date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["calibration", "reviewer"],
                condition=models.Q(calibration__isnull=False),
                name="one_calibration_scoring_per_reviewer",
            )
        ]

    def __str__(self):
        return f"Review of call {self.call_reference} for {self.operator}: {self.total}"


class CriterionScore(AppendOnly):
    """The score one review gave one criterion: 0–4, or empty for not applicable."""

    review = models.ForeignKey(QualityReview, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(ScorecardCriterion, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    comment = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score if self.score is not None else 'n/a'}"


class ReviewResponse(AppendOnly):
    """The operator's answer to a review: acknowledged, or a dispute of one criterion."""

    class Kind(models.TextChoices):
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        DISPUTED = "disputed", "Disputed"

    review = models.ForeignKey(QualityReview, on_delete=models.CASCADE, related_name="responses")
    kind = models.CharField(max_length=15, choices=Kind.choices)
    criterion = models.ForeignKey(
        ScorecardCriterion, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    comment = models.TextField(blank=True, max_length=NOTE_LENGTH)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # A revision is acknowledged once, and each of its criteria disputed at most once:
        # after a lead's ruling the same complaint about the same revision is not reopened.
        constraints = [
            models.UniqueConstraint(
                fields=["review"],
                condition=models.Q(kind="acknowledged"),
                name="one_acknowledgement_per_review",
            ),
            models.UniqueConstraint(
                fields=["review", "criterion"],
                condition=models.Q(kind="disputed"),
                name="one_dispute_per_criterion",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.review}"


class DisputeResolution(AppendOnly):
    """A lead's decision on a disputed criterion: upheld, or changed through a new revision."""

    class Outcome(models.TextChoices):
        UPHELD = "upheld", "Score upheld"
        CHANGED = "changed", "Score changed"

    dispute = models.OneToOneField(
        ReviewResponse, on_delete=models.CASCADE, related_name="resolution"
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    note = models.TextField(max_length=NOTE_LENGTH)
    new_review = models.ForeignKey(
        QualityReview, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    resolved_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.get_outcome_display()}: {self.dispute.review}"


# ---------------------------------------------------------------------------------------
# Promotions and campaign fit


class PromotionDecision(AppendOnly):
    """A lead's decision, frozen with the readiness it was made on. Never edited."""

    class Outcome(models.TextChoices):
        PROMOTE = "promote", "Promote"
        NOT_YET = "not_yet", "Not yet"

    operator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="promotion_decisions"
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    from_level = models.ForeignKey(
        CareerLevelPage, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_level = models.ForeignKey(
        CareerLevelPage, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    rationale = models.TextField(max_length=LONG_TEXT_LENGTH)
    override_reason = models.TextField(
        blank=True,
        max_length=NOTE_LENGTH,
        help_text="Required to promote someone who does not meet the whole gate.",
    )
    readiness_snapshot = models.JSONField()
    met_count = models.PositiveSmallIntegerField()
    requirement_count = models.PositiveSmallIntegerField()
    gate_revision_id = models.PositiveIntegerField(
        null=True, help_text="The level page revision whose gate was evaluated."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    submission_key = submission_key_field()

    class Meta:
        ordering = ["-decided_at", "-pk"]

    def __str__(self):
        return f"{self.get_outcome_display()} {self.operator} to {self.target_level}"


@register_snippet
class TaskType(ClusterableModel):
    """A kind of campaign work, with the competencies that make someone good at it."""

    name = models.CharField(max_length=80, unique=True)
    description = models.TextField(blank=True, max_length=SHORT_NOTE_LENGTH)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("weights", heading="Competency weights", label="Weight", min_num=1),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class TaskTypeWeight(Orderable):
    task_type = ParentalKey(TaskType, on_delete=models.CASCADE, related_name="weights")
    competency = models.ForeignKey(Competency, on_delete=models.CASCADE, related_name="+")
    weight = models.PositiveSmallIntegerField(default=1)

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("weight")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["task_type", "competency"], name="one_weight_per_competency"
            )
        ]

    def __str__(self):
        return f"{self.competency} × {self.weight}"
