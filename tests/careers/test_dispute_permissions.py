"""Nobody rules on a dispute about a review they scored themselves.

`operator` (Amira) is in Inbound Support, whose only lead is `lead` (Sofia). When Sofia scored
the disputed review, an admin resolves it; when the team has another lead, that lead does
(admins may always step in). Leads of other teams never do: the review is not theirs to see.
"""

import pytest

from careers.models import DisputeResolution, ReviewResponse
from home.models import Team
from tests.careers.test_reviews import make_review, scorecard  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

UPHELD = {"outcome": "upheld", "note": "Listened again: the score stands."}


def dispute_about(review):
    return ReviewResponse.objects.create(
        review=review,
        kind="disputed",
        criterion=review.scores.order_by("criterion__sort_order").last().criterion,
        comment="I did confirm the next steps.",
        created_by=review.operator,
    )


@pytest.fixture
def scored_by_the_only_lead(demo_people, scorecard):  # noqa: F811
    return dispute_about(make_review(scorecard, demo_people["operator"], demo_people["lead"]))


# Who may resolve a dispute about a review the team's only lead scored: 200 and a ruling, 403
# (may see the review, may not rule), 404 (may not see it).
ONLY_LEAD_SCORED = {
    "operator": 403,
    "lcarter": 404,
    "mentor": 403,
    "pkowalski": 404,
    "lead": 403,  # the reviewer
    "rhughes": 404,  # a lead of another team
    "admin": 200,
}


@pytest.mark.parametrize("viewer, expected", ONLY_LEAD_SCORED.items())
def test_the_reviewer_does_not_resolve_an_admin_does(
    login, scored_by_the_only_lead, viewer, expected
):
    client = login(viewer)
    url = f"/reviews/disputes/{scored_by_the_only_lead.pk}/resolve/"
    assert client.get(url).status_code == expected
    response = client.post(url, UPHELD)
    if expected == 200:
        assert response.status_code == 302
        assert DisputeResolution.objects.get().resolved_by.username == viewer
    else:
        assert response.status_code == expected
        assert not DisputeResolution.objects.exists()


def test_the_reviewer_is_told_who_will_resolve_it(login, scored_by_the_only_lead):
    client = login("lead")
    url = f"/reviews/disputes/{scored_by_the_only_lead.pk}/resolve/"
    refusal = client.get(url).content.decode()
    assert "You scored this review, so you do not rule on disputes about it: an admin will." in (
        refusal
    )
    page = client.get(f"/reviews/{scored_by_the_only_lead.review_id}/").content.decode()
    assert "Awaiting a decision from an admin." in page
    assert "You scored this review, so you do not rule on disputes about it." in page
    assert url not in page  # no Resolve button

    admin_page = login("admin").get(f"/reviews/{scored_by_the_only_lead.review_id}/")
    assert url in admin_page.content.decode()


def test_the_operator_is_told_who_will_resolve_it(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["lead"])
    client = login("operator")
    response = client.post(
        f"/reviews/{review.pk}/dispute/",
        {"criterion": review.scores.first().criterion_id, "comment": "I gave my name."},
        follow=True,
    )
    assert "sent to an admin for a decision" in response.content.decode()

    mentor_review = make_review(
        scorecard, demo_people["operator"], demo_people["mentor"], call_reference="48214"
    )
    response = client.post(
        f"/reviews/{mentor_review.pk}/dispute/",
        {"criterion": mentor_review.scores.first().criterion_id, "comment": "I gave my name."},
        follow=True,
    )
    assert "sent to Sofia Marquez for a decision" in response.content.decode()


def test_another_lead_of_the_team_resolves_it(login, demo_people, scored_by_the_only_lead):
    Team.objects.get(slug="inbound-support").leads.add(demo_people["tnguyen"])
    url = f"/reviews/disputes/{scored_by_the_only_lead.pk}/resolve/"
    refusal = login("lead").get(url).content.decode()
    assert "about it: Thanh Nguyen will." in refusal
    assert login("tnguyen").post(url, UPHELD).status_code == 302
    assert DisputeResolution.objects.get().resolved_by == demo_people["tnguyen"]


def test_an_admin_who_scored_it_leaves_it_to_the_lead(login, demo_people, scorecard):  # noqa: F811
    dispute = dispute_about(make_review(scorecard, demo_people["operator"], demo_people["admin"]))
    url = f"/reviews/disputes/{dispute.pk}/resolve/"
    refusal = login("admin").post(url, UPHELD)
    assert refusal.status_code == 403
    assert "about it: Sofia Marquez will." in refusal.content.decode()
    assert login("lead").post(url, UPHELD).status_code == 302
    assert DisputeResolution.objects.get().resolved_by == demo_people["lead"]
