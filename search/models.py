"""The database engine's index, search promotions and the search log.

`SearchEntry` and `SearchEntryTag` hold what results are filtered, faceted and shown by; the
text itself lives in a full-text table created per database by the migrations (an FTS5 table
on SQLite, a table with a weighted `tsvector` on PostgreSQL), keyed by the same page id.
"""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, PageChooserPanel

from search.engine import normalise_query


class SearchEntry(models.Model):
    """One indexed page: everything a result needs except the full text."""

    class Restriction(models.TextChoices):
        NONE = "none", "Everyone"
        GROUPS = "groups", "Members of some groups"
        NOBODY = "nobody", "Nobody (e.g. password-protected)"

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    type = models.CharField(max_length=10, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)  # the snippet when the text match is elsewhere
    url = models.CharField(max_length=500)
    date = models.DateField(null=True)
    category = models.CharField(max_length=20, blank=True, db_index=True)
    topic_names = models.JSONField(default=list)
    level_titles = models.JSONField(default=list)
    # News for some teams only; the teams are tags.
    targeted = models.BooleanField(default=False)
    restriction = models.CharField(
        max_length=10, choices=Restriction.choices, default=Restriction.NONE
    )

    class Meta:
        verbose_name_plural = "search entries"

    def __str__(self):
        return self.title


class SearchEntryTag(models.Model):
    """A topic, level, target team or allowed group of an entry: facets and visibility are
    computed by joining these."""

    class Kind(models.TextChoices):
        TOPIC = "topic", "Topic"
        LEVEL = "level", "Level"
        TEAM = "team", "Team"
        GROUP = "group", "Group"

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=100)
    label = models.CharField(max_length=255, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self):
        return f"{self.kind}:{self.value}"


class SearchWord(models.Model):
    """A word that occurs in the indexed text: the vocabulary "did you mean" corrects to.

    Words are added as pages are indexed and pruned on a rebuild; a stale word does no harm,
    because a correction is offered only when it finds more pages.
    """

    word = models.CharField(max_length=60, primary_key=True)
    length = models.PositiveSmallIntegerField(db_index=True)

    def __str__(self):
        return self.word


class PromotedResult(models.Model):
    """An editor's pick: this page comes first for this query."""

    query = models.CharField(
        max_length=255,
        db_index=True,
        help_text='What people type, e.g. "refund". Case and extra spaces do not matter.',
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first when one query has several picks."
    )

    panels = [FieldPanel("query"), PageChooserPanel("page"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["query", "sort_order", "pk"]
        verbose_name = "promoted search result"
        constraints = [
            models.UniqueConstraint(fields=["query", "page"], name="one_promotion_per_query_page")
        ]

    def __str__(self):
        return f"{self.page} for “{self.query}”"

    def save(self, *args, **kwargs):
        self.query = normalise_query(self.query)
        return super().save(*args, **kwargs)


class QueryLog(models.Model):
    """One search as typed (normalised), how many results it found and the searcher's role.

    Deliberately not who searched: the log is for finding content gaps, not people.
    """

    query = models.CharField(max_length=255, db_index=True)
    results = models.PositiveIntegerField()
    role = models.CharField(max_length=10)
    searched_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-searched_at"]

    def __str__(self):
        return f"“{self.query}”: {self.results}"
