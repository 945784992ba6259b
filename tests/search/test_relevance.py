"""The curated top result of every judged query stays in the top 3 on the demo content."""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from tests.search.judged_queries import JUDGED_QUERIES
from tests.search.relevance import load_demo_index, ranked_slugs

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_index(django_db_setup, django_db_blocker):
    """The demo loaded and indexed once for the module, rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_index()
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("query, relevant", JUDGED_QUERIES, ids=[q for q, _ in JUDGED_QUERIES])
def test_curated_result_is_in_the_top_three(demo_index, query, relevant):
    admin = get_user_model().objects.get(username="admin")
    assert relevant[0] in ranked_slugs(query, admin)[:3]


def test_judged_set_is_big_enough_and_points_at_real_pages(demo_index):
    from wagtail.models import Page

    assert len(JUDGED_QUERIES) >= 30
    slugs = {slug for _query, relevant in JUDGED_QUERIES for slug in relevant}
    assert slugs <= set(Page.objects.live().values_list("slug", flat=True))
