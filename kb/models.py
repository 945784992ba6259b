"""Team news and the knowledge base: pages, topics, and the records operators leave on them
(acknowledgements, quiz attempts, completions)."""

import math
import uuid
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, Exists, OuterRef, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.cache import CONTENT, cached, version
from kb import permissions
from kb.blocks import guide_body_blocks, news_body_blocks, quiz_of, score_quiz

WORDS_PER_MINUTE = 200
NEWS_PER_PAGE = 10
GUIDES_PER_PAGE = 20


@register_snippet
class Topic(models.Model):
    """What a guide is about: Inbound support, Outbound sales, Surveys, Voice & wellbeing..."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


# ---------------------------------------------------------------------------------------
# Team news


class NewsCategory(models.TextChoices):
    ANNOUNCEMENT = "announcement", "Announcement"
    SHIFT_COVER = "shift-cover", "Shift & cover"
    CAMPAIGN = "campaign", "Campaign"
    RECOGNITION = "recognition", "Recognition"
    POLICY = "policy", "Policy"


def restricted_pages(user):
    """(id, path) of the pages whose privacy settings (Wagtail view restrictions) keep `user`
    out of them and everything below them; lists also leave out password-protected pages for
    everyone but admins. Cached per set of groups, until the pages or restrictions change."""
    from home.roles import group_names

    if user.is_superuser:
        return ()
    names = group_names(user)

    def compute():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return tuple(
            (restriction.page_id, restriction.page.path)
            for restriction in restrictions.order_by("page__path", "pk")
            if restriction.restriction_type == PageViewRestriction.PASSWORD
            or (
                restriction.restriction_type == PageViewRestriction.GROUPS
                and not names.intersection(group.name for group in restriction.groups.all())
            )
        )

    return cached(("restricted", *sorted(names)), compute, depends_on=(CONTENT,))


def restricted_key(user):
    """What the pages `user` may see in lists depend on, for the keys of cached fragments."""
    return "-".join(str(page_id) for page_id, _path in restricted_pages(user)) or "none"


class ReadablePageQuerySet(PageQuerySet):
    def readable_by(self, user):
        """Without the pages (and what is below them) whose privacy settings keep `user` out."""
        pages = self
        for _page_id, path in restricted_pages(user):
            pages = pages.exclude(path__startswith=path)
        return pages


class NewsPageQuerySet(ReadablePageQuerySet):
    def visible_to(self, user):
        """News for everyone plus news targeted at a team the user is in or leads, without
        what the page privacy settings keep from them."""
        if user.is_superuser:
            return self
        from home.models import team_ids_of

        targets = NewsPage.teams.through.objects.filter(newspage_id=OuterRef("pk"))
        news = self.filter(~Exists(targets) | Exists(targets.filter(team_id__in=team_ids_of(user))))
        return news.readable_by(user)

    def pinned_first(self):
        """Pinned items (pinned until today or later) on top, then newest first."""
        today = timezone.localdate()
        return self.annotate(
            is_pinned=Case(
                When(pinned_until__gte=today, then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        ).order_by("-is_pinned", "-date", "-pk")

    def unacknowledged_must_reads(self, user):
        acknowledged = Acknowledgement.objects.filter(page_id=OuterRef("pk"), user=user)
        return self.filter(must_read=True).exclude(Exists(acknowledged))


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)
GuidePageManager = PageManager.from_queryset(ReadablePageQuerySet)


class NewsIndexPage(Page):
    """`/news/`: the team updates every operator reads at the start of a shift."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["kb.NewsPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category = request.GET.get("category", "")
        if category not in NewsCategory.values:
            category = ""

        def news_page():
            news = NewsPage.objects.child_of(self).live().visible_to(request.user)
            if category:
                news = news.filter(category=category)
            news = news.pinned_first().annotate(
                acknowledged=Exists(
                    Acknowledgement.objects.filter(page_id=OuterRef("pk"), user=request.user)
                )
            )
            return Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))

        # Built only when the cached list (see the template) has to be rendered again.
        context["news"] = SimpleLazyObject(news_page)
        context["news_version"] = version()
        context["categories"] = NewsCategory.choices
        context["category"] = category
        return context


class NewsPage(Page):
    """A dated team update; optionally for some teams only, pinned, or a must-read."""

    date = models.DateField("news date", default=date.today)
    category = models.CharField(
        max_length=20, choices=NewsCategory.choices, default=NewsCategory.ANNOUNCEMENT
    )
    summary = models.TextField(
        max_length=400, help_text="One or two sentences for lists and feeds."
    )
    body = StreamField(news_body_blocks(), blank=True)
    teams = ParentalManyToManyField(
        "home.Team",
        blank=True,
        related_name="news",
        help_text="Leave empty for everyone; otherwise only these teams see it.",
    )
    pinned_until = models.DateField(
        null=True, blank=True, help_text="Keep at the top of the news until this date."
    )
    must_read = models.BooleanField(
        default=False, help_text="Readers must confirm they have read it; leads see receipts."
    )
    acknowledge_by = models.DateField(null=True, blank=True)

    objects = NewsPageManager()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("teams", widget=forms.CheckboxSelectMultiple),
                FieldPanel("pinned_until"),
                FieldRowPanel([FieldPanel("must_read"), FieldPanel("acknowledge_by")]),
            ],
            heading="Audience and priority",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]
    parent_page_types = ["kb.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "news item"

    def clean(self):
        super().clean()
        if self.acknowledge_by and not self.must_read:
            raise ValidationError(
                {"acknowledge_by": "An acknowledge-by date only applies to must-read items."}
            )

    def permissions_for_user(self, user):
        # Team targeting holds in the admin too: no action on news meant for other teams.
        return permissions.news_permissions_for_user(self, user)

    def serve(self, request, *args, **kwargs):
        # Targeted news is invisible, not forbidden, to everyone outside the target teams.
        if not NewsPage.objects.filter(pk=self.pk).visible_to(request.user).exists():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["acknowledgement"] = (
            Acknowledgement.objects.filter(page=self, user=request.user).first()
            if self.must_read
            else None
        )
        return context


class Acknowledgement(models.Model):
    """A read receipt: this user confirmed reading this must-read news item, once.

    Receipts, quiz attempts and completions are part of a person's record: deleting a user
    who has any is refused (PROTECT); people who leave are deactivated or anonymised.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="acknowledgements"
    )
    page = models.ForeignKey(NewsPage, on_delete=models.CASCADE, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="one_acknowledgement_per_reader")
        ]

    def __str__(self):
        return f"{self.user} read {self.page}"


# ---------------------------------------------------------------------------------------
# Knowledge base


class GuideKind(models.TextChoices):
    GUIDE = "guide", "Guide"
    LESSON = "lesson", "Lesson"
    SCRIPT = "script", "Call script"
    POLICY = "policy", "Policy"


class GuideIndexPage(Page):
    """`/guides/`: the knowledge base of guides, lessons, call scripts and policies."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["kb.GuidePage"]
    max_count = 1

    def route(self, request, path_components):
        # A guide in one query: the default looks the child up, then loads its type's row.
        if len(path_components) == 1:
            guide = GuidePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if guide is not None:
                return guide.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from careers.models import CareerLevelPage
        from kb.forms import level_filter

        context = super().get_context(request, *args, **kwargs)
        filters = {
            "kind": request.GET.get("kind", ""),
            "topic": request.GET.get("topic", ""),
            "level": request.GET.get("level", ""),
        }
        guides = GuidePage.objects.child_of(self).live().readable_by(request.user)
        if filters["kind"] in GuideKind.values:
            guides = guides.filter(kind=filters["kind"])
        else:
            filters["kind"] = ""
        if filters["topic"]:
            guides = guides.filter(topics__slug=filters["topic"])
        level_id = level_filter(request.GET)  # a level's id, or None ("²", 20 digits)
        if level_id is not None:
            guides = guides.filter(levels__id=level_id)
        else:
            filters["level"] = ""
        guides = guides.order_by("title").prefetch_related("topics", "levels")
        active = {name: value for name, value in filters.items() if value}
        page_number = request.GET.get("page", "")
        context.update(
            # Built only when the cached listing (see the template) has to be rendered again.
            guides=SimpleLazyObject(
                lambda: Paginator(guides, GUIDES_PER_PAGE).get_page(page_number)
            ),
            page_number=page_number if page_number.isdigit() else "1",
            listing_version=f"{restricted_key(request.user)}:{version(CONTENT)}",
            filters=filters,
            filter_query=f"&{urlencode(active)}" if active else "",
            kinds=GuideKind.choices,
            topics=Topic.objects.all(),
            levels=CareerLevelPage.objects.live().order_by("rank", "title"),
        )
        return context


class GuidePage(Page):
    """A guide, lesson, call script or policy, written by a mentor and approved by a lead.

    Wagtail's own `Page.owner` (the author, reassignable by editors) is the guide's owner:
    the person who keeps it up to date.
    """

    kind = models.CharField(max_length=10, choices=GuideKind.choices, default=GuideKind.GUIDE)
    summary = models.TextField(
        max_length=400, help_text="What this guide helps with, in a sentence or two."
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="guides")
    levels = ParentalManyToManyField(
        "careers.CareerLevelPage",
        blank=True,
        related_name="guides",
        help_text="The career levels this guide is meant for.",
    )
    review_by = models.DateField(
        null=True, blank=True, help_text="When the owner must check the guide is still right."
    )
    last_reviewed = models.DateField(null=True, blank=True)
    body = StreamField(guide_body_blocks(), block_counts={"quiz": {"max_num": 1}})
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = GuidePageManager()

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("owner"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_by")]),
            ],
            heading="Audience and upkeep",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["kb.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "guide"

    def save(self, *args, **kwargs):
        self.reading_minutes = reading_minutes(self.body)
        return super().save(*args, **kwargs)

    @property
    def quiz(self):
        return quiz_of(self.body)

    @property
    def review_state(self):
        """ "overdue", "due-soon" (within 30 days), "ok" or "unscheduled"."""
        if not self.review_by:
            return "unscheduled"
        days_left = (self.review_by - timezone.localdate()).days
        if days_left < 0:
            return "overdue"
        return "due-soon" if days_left <= 30 else "ok"

    def permissions_for_user(self, user):
        # The owner, leads and admins look after a guide; other mentors propose changes.
        return permissions.guide_permissions_for_user(self, user)

    def related_guides(self, user, limit=4):
        return (
            GuidePage.objects.live()
            .readable_by(user)
            .filter(topics__in=self.topics.all())
            .exclude(pk=self.pk)
            .distinct()
            .order_by("title")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        # The rendered guide is cached (see the template): the body is only turned into
        # blocks on a miss, and the quiz is read from the stored body as it is.
        context["page_version"] = f"{timezone.localdate().isoformat()}:{version()}"
        context["restricted_key"] = restricted_key(user)
        raw_quiz = next((b["value"] for b in self.body.raw_data if b["type"] == "quiz"), None)
        context["quiz"] = (
            self.body.stream_block.child_blocks["quiz"].to_python(raw_quiz) if raw_quiz else None
        )
        context["completion"] = GuideCompletion.objects.filter(page=self, user=user).first()
        # The quiz form's one-time key: sending the same form twice records one attempt.
        context["quiz_submission_key"] = uuid.uuid4()
        if context["quiz"] and not context["completion"]:
            attempts = QuizAttempt.objects.filter(page=self, user=user).order_by("-created_at")
            attempts = list(attempts)
            context["last_attempt"] = attempts[0] if attempts else None
            context["quiz_passed"] = any(attempt.passed for attempt in attempts)
        context["related"] = SimpleLazyObject(lambda: list(self.related_guides(user)))
        return context


def reading_minutes(body):
    """Estimated reading time of a StreamField body at 200 words a minute (at least 1)."""
    text = " ".join(body.stream_block.get_searchable_content(body))
    return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))


class QuizAttempt(models.Model):
    """One scored attempt at a guide's quiz. Attempts are kept; the best one counts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    page = models.ForeignKey(GuidePage, on_delete=models.CASCADE, related_name="quiz_attempts")
    answers = models.JSONField(default=dict)
    correct = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)
    # The one-time key of the quiz form answered: submitting the same form twice is one
    # attempt (empty for attempts recorded any other way).
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["user", "page"])]

    def __str__(self):
        return f"{self.user} scored {self.percent}% on {self.page}"

    @classmethod
    def scored(cls, user, page, quiz, answers, **fields):
        """An unsaved attempt with `answers` (question index → option number) scored."""
        correct, total, percent, passed = score_quiz(quiz, answers)
        return cls(
            user=user,
            page=page,
            answers={str(k): v for k, v in answers.items()},
            correct=correct,
            total=total,
            percent=percent,
            passed=passed,
            **fields,
        )


class GuideCompletion(models.Model):
    """The user has worked through this guide (and passed its quiz when it has one)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="guide_completions"
    )
    page = models.ForeignKey(GuidePage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="one_completion_per_reader")
        ]

    def __str__(self):
        return f"{self.user} completed {self.page}"
