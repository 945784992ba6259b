"""StreamField blocks for guides, call scripts, lessons and news: each has its own template
under `kb/templates/kb/blocks/`."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "kb/blocks/heading.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    detail = blocks.TextBlock(required=False)


class StepsBlock(blocks.StructBlock):
    """A numbered procedure: what to do, in order."""

    title = blocks.CharBlock(required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "kb/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "tasks"
        template = "kb/blocks/checklist.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", "Tip"), ("rule", "Rule"), ("warning", "Warning")], default="tip"
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "kb/blocks/callout.html"


SPEAKERS = [("operator", "Operator"), ("customer", "Customer")]


class ScriptLineBlock(blocks.StructBlock):
    branch = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text='Starts a branch of the script, e.g. "If the customer objects on price".',
    )
    speaker = blocks.ChoiceBlock(choices=SPEAKERS, default="operator")
    text = blocks.TextBlock()


class CallScriptBlock(blocks.StructBlock):
    """An ordered dialogue between operator and customer, with optional branches."""

    title = blocks.CharBlock(max_length=150)
    situation = blocks.TextBlock(required=False, help_text="When to use this script.")
    lines = blocks.ListBlock(ScriptLineBlock(), min_num=1)

    class Meta:
        icon = "openquote"
        template = "kb/blocks/call_script.html"


class DoDontPairBlock(blocks.StructBlock):
    do = blocks.TextBlock()
    dont = blocks.TextBlock(label="Don't")


class DoDontBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    pairs = blocks.ListBlock(DoDontPairBlock(), min_num=1)

    class Meta:
        icon = "pick"
        template = "kb/blocks/do_dont.html"


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    options = blocks.ListBlock(blocks.CharBlock(max_length=200), min_num=2)
    correct_option = blocks.IntegerBlock(
        min_value=1, help_text="The number of the correct option (1 for the first)."
    )
    explanation = blocks.TextBlock(required=False, help_text="Shown after the attempt.")

    def clean(self, value):
        value = super().clean(value)
        if value["correct_option"] > len(value["options"]):
            raise StructBlockValidationError(
                block_errors={
                    "correct_option": ErrorList(
                        [ValidationError(f"There are only {len(value['options'])} options.")]
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    """Questions with one correct option each; an attempt is scored against the pass mark."""

    title = blocks.CharBlock(max_length=120, default="Check your understanding")
    pass_mark = blocks.IntegerBlock(
        min_value=1, max_value=100, default=80, help_text="Percentage needed to pass."
    )
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "kb/blocks/quiz.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "kb/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=150, help_text="Defaults to the file's title."
    )

    class Meta:
        icon = "doc-full"
        template = "kb/blocks/document.html"


def news_body_blocks():
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="kb/blocks/paragraph.html"),
        ),
        ("callout", CalloutBlock()),
        ("checklist", ChecklistBlock()),
        ("image", ImageBlock()),
        ("document", DocumentBlock()),
        ("embed", EmbedBlock(template="kb/blocks/embed.html")),
    ]


def guide_body_blocks():
    return news_body_blocks() + [
        ("steps", StepsBlock()),
        ("call_script", CallScriptBlock()),
        ("do_dont", DoDontBlock()),
        ("quiz", QuizBlock()),
    ]


def quiz_of(body):
    """The guide's quiz block value, or None."""
    for block in body:
        if block.block_type == "quiz":
            return block.value
    return None


def score_quiz(quiz, answers):
    """Score answers (question index → chosen option number, 1-based) against a quiz value.

    Returns (correct, total, percent, passed). Unanswered questions count as wrong.
    """
    questions = list(quiz["questions"])
    total = len(questions)
    correct = sum(
        1
        for index, question in enumerate(questions)
        if answers.get(index) == question["correct_option"]
    )
    percent = round(100 * correct / total) if total else 0
    return correct, total, percent, percent >= quiz["pass_mark"]
