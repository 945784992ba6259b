"""Forms for call-quality reviews, disputes and calibration sessions.

Scoring forms are built from a scorecard's criteria: one score and one comment per criterion.
Normal criteria take 0–4 or N/A; auto-fail criteria take pass or fail.
"""

from django import forms

from careers.forms import ISO_DATE, IdChoiceField, not_in_future
from careers.models import (
    LONG_TEXT_LENGTH,
    NOTE_LENGTH,
    CalibrationSession,
    DisputeResolution,
    Rating,
    Scorecard,
)
from careers.review_permissions import session_operators
from careers.scorecards import FAIL, PASS, SCORE_LABELS, score_text
from careers.submissions import SubmissionKeyField

NOT_APPLICABLE = "na"
SCORE_CHOICES = [(str(score), f"{score} {SCORE_LABELS[score]}") for score in range(4, -1, -1)]
SCORE_CHOICES.append((NOT_APPLICABLE, "N/A"))
PASS_FAIL_CHOICES = [(str(PASS), "Pass"), (str(FAIL), "Fail")]


def score_choices(criterion):
    return PASS_FAIL_CHOICES if criterion.auto_fail else SCORE_CHOICES


def parse_score(value):
    """A submitted choice as a score: an int 0–4, or None for not applicable."""
    return None if value == NOT_APPLICABLE else int(value)


def date_field(label):
    return forms.DateField(
        label=label, widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE)
    )


class ScoresForm(forms.Form):
    """A score and an optional comment for each criterion of one scorecard."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            missing = (
                "Choose pass or fail."
                if criterion.auto_fail
                else "Choose a score, or N/A when this does not apply to the call."
            )
            self.fields[self.score_name(criterion)] = forms.ChoiceField(
                label=criterion.name,
                choices=score_choices(criterion),
                widget=forms.RadioSelect,
                error_messages={"required": missing},
            )
            self.fields[self.comment_name(criterion)] = forms.CharField(
                label=f"Comment on “{criterion.name}” (optional)",
                required=False,
                max_length=300,
            )

    @staticmethod
    def score_name(criterion):
        return f"score_{criterion.pk}"

    @staticmethod
    def comment_name(criterion):
        return f"comment_{criterion.pk}"

    def sections(self):
        """[(section, [(criterion, score field, comment field), ...]), ...] in scorecard order."""
        sections = {}
        for criterion in self.criteria:
            sections.setdefault(criterion.section, []).append(
                (criterion, self[self.score_name(criterion)], self[self.comment_name(criterion)])
            )
        return list(sections.items())

    def scores(self):
        """[(criterion, score or None), ...] from valid data."""
        return [
            (criterion, parse_score(self.cleaned_data[self.score_name(criterion)]))
            for criterion in self.criteria
        ]

    def criterion_comments(self):
        """{criterion_id: comment} from valid data."""
        return {
            criterion.pk: self.cleaned_data[self.comment_name(criterion)]
            for criterion in self.criteria
        }


class QualityReviewForm(ScoresForm):
    """A mentor or lead scores one call, with optional competency ratings from it."""

    call_reference = forms.CharField(
        max_length=60, help_text="The call's ID in the telephony system, e.g. 48213."
    )
    call_date = date_field("Call date")
    comments = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=LONG_TEXT_LENGTH,
        label="Overall comments",
    )
    coaching_actions = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=NOTE_LENGTH,
        label="Coaching actions",
        help_text="What the operator will practise before the next review.",
    )
    record_ratings = forms.BooleanField(
        required=False,
        label="Also record competency ratings from this call",
        help_text="Ratings are saved as assessments with this review as their evidence.",
    )
    submission_key = SubmissionKeyField()

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, criteria=criteria, **kwargs)
        self.competencies = list(
            {c.competency_id: c.competency for c in self.criteria if c.competency_id}.values()
        )
        for competency in self.competencies:
            self.fields[self.rating_name(competency)] = forms.TypedChoiceField(
                label=competency.name,
                choices=[("", "No rating"), *Rating.choices],
                coerce=int,
                empty_value=None,
                required=False,
            )

    @staticmethod
    def rating_name(competency):
        return f"rating_{competency.pk}"

    def rating_fields(self):
        return [self[self.rating_name(competency)] for competency in self.competencies]

    def clean_call_date(self):
        return not_in_future(self.cleaned_data["call_date"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("record_ratings") and not self.ratings():
            self.add_error(
                "record_ratings",
                "Choose a rating for at least one competency, or untick this box.",
            )
        return cleaned

    def ratings(self):
        """[(competency, rating), ...] to record; empty unless the reviewer ticked the box."""
        if not self.cleaned_data.get("record_ratings"):
            return []
        chosen = [
            (competency, self.cleaned_data.get(self.rating_name(competency)))
            for competency in self.competencies
        ]
        return [(competency, rating) for competency, rating in chosen if rating]


class CalibrationScoreForm(ScoresForm):
    """A reviewer's independent scoring of a calibration session's call."""

    comments = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=LONG_TEXT_LENGTH,
        label="Comments",
        help_text="Why you scored as you did: this is what the session will talk through.",
    )


class CalibrationSessionForm(forms.ModelForm):
    """A lead picks a call for several reviewers to score."""

    call_date = date_field("Call date")
    submission_key = SubmissionKeyField()

    class Meta:
        model = CalibrationSession
        fields = ["scorecard", "operator", "call_reference", "call_date", "notes"]
        field_classes = {"scorecard": IdChoiceField, "operator": IdChoiceField}
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        labels = {"operator": "Operator on the call"}
        help_texts = {"notes": "What the session should look at, e.g. how hold time is scored."}

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        operator = self.fields["operator"]
        operator.queryset = session_operators(viewer)
        operator.label_from_instance = lambda user: user.get_full_name() or user.get_username()
        scorecards = self.fields["scorecard"]
        scorecards.queryset = Scorecard.objects.order_by("name")
        if scorecards.queryset.count() == 1:
            scorecards.initial = scorecards.queryset.get().pk

    def clean_call_date(self):
        return not_in_future(self.cleaned_data["call_date"])


class DisputeForm(forms.Form):
    """The operator disputes the score of one criterion and says why."""

    criterion = forms.ChoiceField(label="Criterion you disagree with")
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=NOTE_LENGTH,
        label="Why the score is wrong",
        help_text="Point to the moment in the call, e.g. “at 2:10 I did confirm the address”.",
        error_messages={"required": "Say why you disagree, so your lead can check the call."},
    )

    def __init__(self, *args, scores, **kwargs):
        """`scores` are the review's CriterionScores with their criteria loaded."""
        super().__init__(*args, **kwargs)
        self.criteria = {str(row.criterion_id): row.criterion for row in scores}
        self.fields["criterion"].choices = [("", "Choose a criterion")] + [
            (
                str(row.criterion_id),
                f"{row.criterion.section}: {row.criterion.name} "
                f"({score_text(row.score, row.criterion.auto_fail)})",
            )
            for row in scores
        ]

    def clean_criterion(self):
        return self.criteria[self.cleaned_data["criterion"]]


class ResolveDisputeForm(forms.Form):
    """A lead upholds the disputed score or changes it (which makes a new revision)."""

    outcome = forms.ChoiceField(
        choices=[
            (DisputeResolution.Outcome.UPHELD, "Uphold the score"),
            (DisputeResolution.Outcome.CHANGED, "Change the score"),
        ],
        widget=forms.RadioSelect,
        label="Decision",
    )
    new_score = forms.ChoiceField(label="New score (when changing it)", required=False)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=NOTE_LENGTH,
        label="Note to the operator",
        help_text="What you heard on the call and why you decided this way.",
    )

    def __init__(self, *args, criterion, current_score, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_score = current_score
        self.fields["new_score"].choices = [("", "Keep as it is")] + score_choices(criterion)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") != DisputeResolution.Outcome.CHANGED:
            cleaned["new_score"] = ""
            return cleaned
        new_score = cleaned.get("new_score")
        if not new_score:
            self.add_error("new_score", "Choose the new score.")
        elif parse_score(new_score) == self.current_score:
            self.add_error(
                "new_score", "That is the score already given: uphold it, or choose another."
            )
        return cleaned

    def score(self):
        """The new score (int or None for N/A) from valid data of a "changed" decision."""
        return parse_score(self.cleaned_data["new_score"])
