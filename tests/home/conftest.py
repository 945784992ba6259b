import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from careers.demo import load_careers, load_ladder
from careers.demo_lead import load_lead_tools
from home.demo import load_people
from kb.demo import load_kb


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo (people, ladder, guides, careers records, reviews and decisions), loaded
    once per module inside a transaction that is rolled back when the module's tests are
    done; each test runs in a savepoint inside it, as Django's TestCase.setUpTestData does."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_people()
            load_ladder()
            load_kb()
            load_careers()
            load_lead_tools()
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def people(demo_site, db):
    """The demo's people by username."""
    return {user.username: user for user in get_user_model().objects.all()}
