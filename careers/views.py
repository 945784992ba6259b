from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from home import roles
from home.models import Team


def team(request):
    """The people in the teams a lead leads (every team for admins)."""
    if not roles.is_lead(request.user):
        raise PermissionDenied("Only team leads can see the team page.")
    teams = Team.objects.all() if request.user.is_superuser else request.user.led_teams.all()
    members = (
        get_user_model()
        .objects.filter(profile__team__in=teams, is_active=True)
        .select_related("profile__team")
        .order_by("profile__team__name", "last_name", "first_name")
    )
    return render(request, "careers/team.html", {"teams": teams, "members": members})
