"""The database engine's index, search promotions and the search log.

`SearchEntry` and `SearchEntryTag` hold what results are filtered, faceted and shown by; the
text itself lives in a full-text table created per database by the migrations (an FTS5 table
on SQLite, a table with a weighted `tsvector` on PostgreSQL), keyed by the same page id.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel

from search.engine import normalise_query
from search.synonyms import SynonymError, parse_rule


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
    because a correction is used only when it finds more pages. `frequency` (how often the
    indexed text uses the word) picks the likelier of two equally close corrections: it is
    exact after a rebuild; a word first seen when a page is updated counts that page only.
    """

    word = models.CharField(max_length=60, primary_key=True)
    length = models.PositiveSmallIntegerField(db_index=True)
    frequency = models.PositiveIntegerField(default=1)

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


# What the admin says about a rule `search.synonyms.parse_rule()` refuses, by error code.
SYNONYM_ERRORS = {
    "arrows": _("Use “=>” at most once in a rule."),
    "one-sided": _("Write words on both sides of “=>”."),
    "one-term": _("A group needs at least two words or phrases, separated by commas."),
}


class SynonymGroup(models.Model):
    """One synonym rule of the search engines, in Solr's format (see `search.synonyms`).

    Applied when a query is searched, so a change works at the next search: saving starts a
    new "content" cache generation, which the cached rules depend on.
    """

    terms = models.CharField(
        _("terms"),
        max_length=1000,
        help_text=_(
            "Words or phrases that mean the same, separated by commas: “cancel, terminate, "
            "close account”. One way only: “churn => cancel, retention” (searching “churn” "
            "also finds the words on the right). Write words in their plain form."
        ),
    )

    panels = [FieldPanel("terms")]

    class Meta:
        ordering = ["terms"]
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonym groups")

    def __str__(self):
        return self.terms

    def save(self, *args, **kwargs):
        self.terms = " ".join(self.terms.split())
        return super().save(*args, **kwargs)

    def clean(self):
        try:
            rule = parse_rule(self.terms)
        except SynonymError as error:
            raise ValidationError({"terms": SYNONYM_ERRORS[error.code]}) from None
        if rule is None:  # blank, or only a comment
            raise ValidationError({"terms": SYNONYM_ERRORS["one-term"]})


# C0 and C1 control characters: never part of what someone types into a search box.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def without_control_characters(text):
    """`text` with each control character (a NUL from "%00", an escape) turned into a space."""
    return CONTROL_CHARACTERS.sub(" ", str(text))


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

    @classmethod
    def record(cls, query, *, results, role):
        """Log one search. The query is normalised and cleaned of control characters here, so
        a crafted search cannot put into the log what its spreadsheet export cannot hold."""
        query = normalise_query(without_control_characters(query))
        return cls.objects.create(query=query[:255], results=results, role=role)
