from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


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
        context = super().get_context(request, *args, **kwargs)
        context["levels"] = (
            CareerLevelPage.objects.child_of(self)
            .live()
            .order_by("rank", "path")
            .prefetch_related("follows")
        )
        return context


class CareerLevelPage(Page):
    """One step on a ladder. `follows` names the level(s) it comes after, so tracks branch."""

    rank = models.PositiveSmallIntegerField(
        default=1, help_text="Position on the ladder: 1 for the entry level."
    )
    summary = models.TextField(blank=True)
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
        FieldPanel("follows"),
    ]
    parent_page_types = ["careers.CareerLadderPage"]
    subpage_types = []

    class Meta:
        verbose_name = "career level"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.guides.live().order_by("title")
        return context
