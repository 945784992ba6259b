from django.conf import settings
from django.db import models
from wagtail.models import Page


class HomePage(Page):
    """The dashboard every user lands on after logging in."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1


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
