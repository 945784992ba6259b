"""Forms that read what readers send: quiz answers and the guide listing's level filter.

Request data arrives as any text at all; these turn it into the numbers the views use, or
refuse it, so that no view calls int() on raw input (str.isdigit() accepts "²", which int()
does not).
"""

from django import forms

from callpath.request_input import MAX_ID


class QuizAnswersForm(forms.Form):
    """A reader's answers to a quiz: for each question `q<index>`, the number (from 1) of one
    of its options."""

    def __init__(self, quiz, data):
        super().__init__(data)
        for index, question in enumerate(quiz["questions"]):
            self.fields[f"q{index}"] = forms.TypedChoiceField(
                choices=[
                    (str(number), option)
                    for number, option in enumerate(question["options"], start=1)
                ],
                coerce=int,
            )

    def answers(self):
        """{question index: option number} of a valid form."""
        return {int(name.removeprefix("q")): number for name, number in self.cleaned_data.items()}


def quiz_answers(quiz, data):
    """{question index: option number} when `data` answers every question of `quiz` with
    one of its options; None otherwise."""
    form = QuizAnswersForm(quiz, data)
    return form.answers() if form.is_valid() else None


class GuideFilterForm(forms.Form):
    """The guide listing's `level` filter: a level's page id. A value that is not one is
    ignored, as an unknown guide kind is."""

    level = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)


def level_filter(data):
    """The level id the guide listing is filtered by, or None."""
    form = GuideFilterForm(data)
    return form.cleaned_data["level"] if form.is_valid() else None
