import pytest
from django.contrib.auth import get_user_model

from home.demo import load_people

DEMO_ROLES = ["operator", "mentor", "lead", "admin"]


@pytest.fixture
def demo_people(db):
    """The demo teams and people (`operator`, `mentor`, `lead`, `admin` and the floor)."""
    load_people()
    return {user.username: user for user in get_user_model().objects.all()}


@pytest.fixture
def login(client, demo_people):
    """Log the test client in as a demo user: `login("lead")`."""

    def log_in(username):
        client.force_login(demo_people[username])
        return client

    return log_in


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as its database starts empty."""
    from django.core.cache import cache

    cache.clear()
