from decimal import Decimal

from django import forms
from django.utils import timezone

from callpath.request_input import is_object_id
from careers.models import (
    LONG_TEXT_LENGTH,
    NOTE_LENGTH,
    Assessment,
    CareerLevelPage,
    LevelRequirement,
    PracticeEntry,
    PromotionDecision,
    Rating,
    RequirementKind,
)
from careers.submissions import SubmissionKeyField
from home.models import Team

# <input type="date"> only accepts ISO dates, whatever the site's locale.
ISO_DATE = "%Y-%m-%d"


class IdChoiceField(forms.ModelChoiceField):
    """A choice of a row by its id that refuses anything but an id-sized ASCII number before
    the lookup: SQLite raises OverflowError (a 500) for a 20-digit id, which Django's
    ModelChoiceField does not catch."""

    def to_python(self, value):
        if value not in self.empty_values and not is_object_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


def not_in_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError("The date cannot be in the future.")
    return value


class AssessmentForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        choices=Rating.choices, coerce=int, widget=forms.RadioSelect, label="Rating"
    )
    evidence_link = forms.URLField(
        required=False, assume_scheme="https", label="Link to evidence (optional)"
    )
    submission_key = SubmissionKeyField()

    class Meta:
        model = Assessment
        fields = ["competency", "rating", "evidence", "evidence_link", "assessed_on"]
        field_classes = {"competency": IdChoiceField}
        widgets = {
            "evidence": forms.Textarea(attrs={"rows": 3}),
            "assessed_on": forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        }
        labels = {"assessed_on": "Observed on"}

    def clean_assessed_on(self):
        return not_in_future(self.cleaned_data["assessed_on"])


class SignOffForm(forms.Form):
    requirement = IdChoiceField(
        queryset=LevelRequirement.objects.none(), label="Sign-off", empty_label=None
    )
    signed_on = forms.DateField(
        initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE)
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=NOTE_LENGTH
    )

    def __init__(self, *args, levels, signed_requirement_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirement"].queryset = (
            LevelRequirement.objects.filter(level__in=levels, kind=RequirementKind.SIGNOFF)
            .exclude(pk__in=signed_requirement_ids)
            .select_related("level", "signer_min_level")
        )
        self.fields["requirement"].label_from_instance = lambda requirement: (
            f"{requirement.signoff_name} ({requirement.level.title})"
        )

    def clean_signed_on(self):
        return not_in_future(self.cleaned_data["signed_on"])


class PracticeEntryForm(forms.ModelForm):
    hours = forms.DecimalField(min_value=Decimal("0.5"), max_value=Decimal("12"), decimal_places=1)
    submission_key = SubmissionKeyField()

    class Meta:
        model = PracticeEntry
        fields = ["kind", "practised_on", "hours", "calls", "note"]
        widgets = {
            "practised_on": forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
            "note": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {"practised_on": "Date", "calls": "Calls taken (for supervised calls)"}

    def clean_practised_on(self):
        return not_in_future(self.cleaned_data["practised_on"])


class BoardFilterForm(forms.Form):
    """The team board's filters; every field is optional."""

    team = IdChoiceField(queryset=None, required=False, empty_label="All teams")
    level = IdChoiceField(
        queryset=CareerLevelPage.objects.live().order_by("rank"),
        required=False,
        empty_label="Any level",
    )
    target = IdChoiceField(
        queryset=CareerLevelPage.objects.live().order_by("rank"),
        required=False,
        empty_label="Any target",
        label="Target level",
    )
    ready_now = forms.BooleanField(required=False, label="Ready now")
    stalled = forms.BooleanField(required=False, label="Stalled (no progress in 90 days)")

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.filter(pk__in=[team.pk for team in teams])


class PromotionDecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        choices=PromotionDecision.Outcome.choices, widget=forms.RadioSelect, label="Decision"
    )
    target_level = IdChoiceField(queryset=None, empty_label=None, label="Level")
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=LONG_TEXT_LENGTH
    )
    override_reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=NOTE_LENGTH,
        help_text="Required to promote someone who does not meet every requirement.",
    )
    submission_key = SubmissionKeyField()

    def __init__(self, *args, levels, readiness_by_level, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_level"].queryset = CareerLevelPage.objects.filter(
            pk__in=[level.pk for level in levels]
        )
        self.readiness_by_level = readiness_by_level

    def clean(self):
        cleaned = super().clean()
        target = cleaned.get("target_level")
        promoting = cleaned.get("outcome") == PromotionDecision.Outcome.PROMOTE
        if target and promoting and not cleaned.get("override_reason", "").strip():
            readiness = self.readiness_by_level[target.pk]
            if not readiness.ready:
                self.add_error(
                    "override_reason",
                    f"Meets {readiness.met_count} of {readiness.total} requirements for "
                    f"{target.title}: give an override reason to promote anyway.",
                )
        return cleaned
