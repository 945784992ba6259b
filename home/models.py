from django.conf import settings
from django.db import models
from wagtail.models import Page

from home.cache import RECORDS, cached


class HomePage(Page):
    """The dashboard every user lands on after logging in."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["kb.NewsIndexPage", "kb.GuideIndexPage", "careers.CareersIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from home.dashboard import dashboard

        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard(request.user))
        return context


class Team(models.Model):
    """A team of operators on one floor or campaign, run by one or more leads."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=255, blank=True)
    leads = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="led_teams")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Profile(models.Model):
    """What the intranet knows about a person beyond their login: team and job title."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    job_title = models.CharField(max_length=100, blank=True)

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()}"


def team_ids_of(user):
    """Ids of the teams a user belongs to or leads (kept on the user object and cached)."""
    if not hasattr(user, "_callpath_team_ids"):

        def compute():
            ids = set(user.led_teams.values_list("id", flat=True))
            ids.update(
                Profile.objects.filter(user=user, team__isnull=False).values_list(
                    "team_id", flat=True
                )
            )
            return frozenset(ids)

        user._callpath_team_ids = cached(("teams", user.pk), compute, depends_on=(RECORDS,))
    return user._callpath_team_ids
