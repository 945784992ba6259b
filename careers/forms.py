from decimal import Decimal

from django import forms
from django.utils import timezone

from careers.models import Assessment, LevelRequirement, PracticeEntry, Rating, RequirementKind

# <input type="date"> only accepts ISO dates, whatever the site's locale.
ISO_DATE = "%Y-%m-%d"


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

    class Meta:
        model = Assessment
        fields = ["competency", "rating", "evidence", "evidence_link", "assessed_on"]
        widgets = {
            "evidence": forms.Textarea(attrs={"rows": 3}),
            "assessed_on": forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        }
        labels = {"assessed_on": "Observed on"}

    def clean_assessed_on(self):
        return not_in_future(self.cleaned_data["assessed_on"])


class SignOffForm(forms.Form):
    requirement = forms.ModelChoiceField(
        queryset=LevelRequirement.objects.none(), label="Sign-off", empty_label=None
    )
    signed_on = forms.DateField(
        initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE)
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

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
