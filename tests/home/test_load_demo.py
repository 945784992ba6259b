from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from home.models import Profile, Team


def counts():
    return (
        get_user_model().objects.count(),
        Team.objects.count(),
        Profile.objects.count(),
    )


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_counts(settings):
    settings.DEBUG = True
    first = StringIO()
    call_command("load_demo", stdout=first)
    after_first = counts()
    second = StringIO()
    call_command("load_demo", stdout=second)

    assert counts() == after_first
    assert "nothing to do" in second.getvalue()
    assert "Demo logins" in first.getvalue() and "Demo logins" in second.getvalue()


@pytest.mark.django_db
def test_demo_people_one_per_role_and_a_floor_of_operators(settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    User = get_user_model()
    for username in ["operator", "mentor", "lead", "admin"]:
        user = User.objects.get(username=username)
        assert user.check_password("demo")
        assert user.get_full_name()
    assert User.objects.get(username="admin").is_superuser
    operators = User.objects.filter(groups__name="Operators")
    assert operators.count() >= 30
    assert Team.objects.count() == 3
    assert all(team.members.count() >= 10 for team in Team.objects.all())
    assert all(team.leads.exists() for team in Team.objects.all())


@pytest.mark.django_db
def test_load_demo_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG=False"):
        call_command("load_demo", stdout=StringIO())
    assert get_user_model().objects.count() == 0
    call_command("load_demo", "--force", stdout=StringIO())
    assert get_user_model().objects.filter(username="operator").exists()
