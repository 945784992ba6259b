from datetime import date, timedelta

import pytest
from django.core.cache import cache
from wagtail.models import Workflow

from kb.models import Acknowledgement

pytestmark = pytest.mark.django_db


def test_home_shows_unacknowledged_must_reads_first(login, make_news, make_guide, demo_people):
    make_news("Canteen closed Friday")
    urgent = make_news(
        "New ID check rule", must_read=True, acknowledge_by=date.today() + timedelta(days=2)
    )
    read = make_news("Fire drill", must_read=True)
    Acknowledgement.objects.create(page=read, user=demo_people["operator"])
    make_news("Sales must-read", must_read=True, teams=["outbound-sales"])
    make_guide("CRM wrap-up codes")

    html = login("operator").get("/").content.decode()
    must_reads = html[html.index("Must read (") : html.index("Latest news")]
    assert "Must read (1)" in must_reads and urgent.title in must_reads
    assert "Fire drill" not in must_reads and "Sales must-read" not in must_reads
    assert html.index("Must read (") < html.index("Latest news")
    assert "Canteen closed Friday" in html
    assert "CRM wrap-up codes" in html
    assert "Guides awaiting your action" not in html


def test_mentor_and_lead_see_guides_awaiting_their_action(login, make_guide, demo_people):
    mentor = demo_people["mentor"]
    draft = make_guide("Refund script", live=False, owner=mentor)
    draft.save_revision(user=mentor)
    Workflow.objects.get(name="Guide approval").start(draft, user=mentor)
    make_guide("Old CRM guide", owner=mentor, review_by=date.today() - timedelta(days=5))
    make_guide(
        "Someone else's old guide",
        owner=demo_people["pkowalski"],
        review_by=date.today() - timedelta(days=5),
    )

    mentor_html = login("mentor").get("/").content.decode()
    awaiting = mentor_html[mentor_html.index("Guides awaiting your action") :]
    assert "Your guides in moderation" in awaiting and "Refund script" in awaiting
    assert "Old CRM guide" in awaiting and "Someone else" not in awaiting
    assert "Waiting for your approval" not in awaiting

    lead_html = login("lead").get("/").content.decode()
    approvals = lead_html[lead_html.index("Waiting for your approval") :]
    assert "Refund script" in approvals[: approvals.index("Your guides in moderation")]
    assert "Someone else&#x27;s old guide" in lead_html


@pytest.mark.parametrize("username", ["operator", "mentor", "lead"])
def test_home_runs_a_fixed_number_of_queries(
    login, make_news, make_guide, username, django_assert_max_num_queries
):
    client = login(username)
    make_news("First update", must_read=True)
    make_guide("First guide", review_by=date.today() - timedelta(days=1))
    client.get("/")
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(40) as few:
        client.get("/")
    for number in range(10):
        make_news(f"Update {number}", must_read=number % 2 == 0, teams=["inbound-support"])
        make_guide(f"Guide {number}", review_by=date.today() - timedelta(days=number))
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/")
