"""Call-quality reviews, disputes and calibration at /reviews/."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from careers import quality
from careers.models import (
    Assessment,
    CalibrationSession,
    CriterionScore,
    DisputeResolution,
    KpiSnapshot,
    QualityReview,
    ReviewResponse,
    Scorecard,
    ScorecardCriterion,
)
from careers.readiness import Evidence, OperatorFacts, RequirementSpec, evaluate, format_date
from careers.selectors import readiness_for

pytestmark = pytest.mark.django_db

TODAY = date.today()

# Who looks at `operator` (Inbound Support, mentored by `mentor`, team led by `lead`).
VIEWERS = {
    "operator": "self",
    "lcarter": "other operator",
    "mentor": "mentor of",
    "pkowalski": "other mentor",
    "lead": "lead of team",
    "rhughes": "lead of other team",
    "admin": "admin",
}
CAN_VIEW = {"operator", "mentor", "lead", "admin"}
CAN_REVIEW = {"mentor", "lead", "admin"}
CAN_RESOLVE = {"lead", "admin"}


@pytest.fixture
def scorecard(ladder):
    """Five criteria in three sections; identity checks are auto-fail, listening is mapped to
    the Active listening competency."""
    card = Scorecard.objects.create(
        name="Inbound support call", description="For billing and fault calls."
    )

    def criterion(order, section, name, weight=1, auto_fail=False, competency=None):
        return ScorecardCriterion.objects.create(
            scorecard=card,
            sort_order=order,
            section=section,
            name=name,
            weight=weight,
            auto_fail=auto_fail,
            competency=competency,
        )

    return {
        "card": card,
        "greet": criterion(0, "Opening", "Greets and gives their name"),
        "verify": criterion(
            1, "Opening", "Verifies identity before discussing the account", auto_fail=True
        ),
        "listen": criterion(
            2, "Conversation", "Listens and summarises the need", 3, competency=ladder["listening"]
        ),
        "fix": criterion(3, "Conversation", "Offers the right fix first time", 2),
        "wrap": criterion(4, "Close", "Confirms next steps and wraps up"),
    }


GOOD_CALL = {"greet": "4", "verify": "4", "listen": "3", "fix": "2", "wrap": "na"}
# 100 × (1×4 + 3×3 + 2×2) / (4 × 6) = 70.83; "wrap" does not apply.
GOOD_CALL_TOTAL = Decimal("70.83")


def review_data(scorecard, scores=None, **fields):
    data = {
        "scorecard": scorecard["card"].pk,
        "call_reference": "48213",
        "call_date": TODAY.isoformat(),
        "comments": "Calm with an upset customer about a double charge.",
        "coaching_actions": "Summarise the fix before closing.",
    }
    for name, value in (scores or GOOD_CALL).items():
        data[f"score_{scorecard[name].pk}"] = value
    data.update(fields)
    return data


def calibration_data(scorecard, scores=None):
    """A reviewer's scoring of a calibration call: the session fixes the call and scorecard."""
    data = {"comments": "Scored from the recording."}
    for name, value in (scores or GOOD_CALL).items():
        data[f"score_{scorecard[name].pk}"] = value
    return data


def make_review(scorecard, operator, reviewer, scores=None, **fields):
    """A stored review, as the create view would store it (without going through HTTP)."""
    scores = scores or GOOD_CALL
    fields.setdefault("call_reference", "48213")
    fields.setdefault("call_date", TODAY)
    return quality.create_review(
        scores=[
            (scorecard[name], None if value == "na" else int(value))
            for name, value in scores.items()
        ],
        operator=operator,
        reviewer=reviewer,
        scorecard=scorecard["card"],
        **fields,
    )


def quality_score(user, day=TODAY):
    snapshot = KpiSnapshot.objects.filter(
        operator=user, metric__name="Quality score", month=day.replace(day=1)
    ).first()
    return snapshot and snapshot.value


# ---------------------------------------------------------------------------------------
# Permissions: each role × each view


@pytest.mark.parametrize("viewer", VIEWERS)
def test_create_review_per_role(login, scorecard, viewer):
    client = login(viewer)
    expected = 200 if viewer in CAN_REVIEW else 403 if viewer == "operator" else 404
    assert client.get("/reviews/new/operator/").status_code == expected
    response = client.post("/reviews/new/operator/", review_data(scorecard))
    reviews = QualityReview.objects.filter(operator__username="operator")
    if viewer in CAN_REVIEW:
        assert response.status_code == 302
        assert reviews.get().reviewer.username == viewer
    else:
        assert response.status_code == expected
        assert not reviews.exists()


@pytest.mark.parametrize(
    "viewer, visible",
    [
        ("operator", {"48213"}),
        ("lcarter", set()),
        ("mentor", {"48213"}),
        ("pkowalski", {"77001"}),
        ("lead", {"48213"}),
        ("rhughes", {"77001"}),
        ("admin", {"48213", "77001"}),
    ],
)
def test_review_list_shows_only_reviews_the_viewer_may_see(
    login, demo_people, scorecard, viewer, visible
):
    make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    make_review(scorecard, demo_people["mbell"], demo_people["pkowalski"], call_reference="77001")
    html = login(viewer).get("/reviews/").content.decode()
    shown = {reference for reference in ("48213", "77001") if f"Call {reference}" in html}
    assert shown == visible


@pytest.mark.parametrize("viewer", VIEWERS)
def test_review_detail_is_404_for_anyone_not_entitled(login, demo_people, scorecard, viewer):
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    response = login(viewer).get(f"/reviews/{review.pk}/")
    assert response.status_code == (200 if viewer in CAN_VIEW else 404)


def test_unknown_review_is_404_like_a_hidden_one(login, ladder):
    assert login("admin").get("/reviews/999999/").status_code == 404


@pytest.mark.parametrize("viewer", VIEWERS)
def test_only_the_operator_responds(login, demo_people, scorecard, viewer):
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    client = login(viewer)
    acknowledge = client.post(f"/reviews/{review.pk}/acknowledge/")
    dispute = client.post(
        f"/reviews/{review.pk}/dispute/",
        {"criterion": scorecard["fix"].pk, "comment": "At 3:40 I offered the refund first."},
    )
    if viewer == "operator":
        assert acknowledge.status_code == dispute.status_code == 302
        assert review.responses.count() == 2
    else:
        expected = 403 if viewer in CAN_VIEW else 404
        assert acknowledge.status_code == dispute.status_code == expected
        assert not review.responses.exists()


@pytest.mark.parametrize("viewer", VIEWERS)
def test_only_a_lead_of_the_team_or_an_admin_resolves(login, demo_people, scorecard, viewer):
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    dispute = ReviewResponse.objects.create(
        review=review,
        kind="disputed",
        criterion=scorecard["fix"],
        comment="I offered the refund first.",
        created_by=demo_people["operator"],
    )
    client = login(viewer)
    url = f"/reviews/disputes/{dispute.pk}/resolve/"
    expected = 200 if viewer in CAN_RESOLVE else 403 if viewer in CAN_VIEW else 404
    assert client.get(url).status_code == expected
    response = client.post(url, {"outcome": "upheld", "note": "The refund came second."})
    if viewer in CAN_RESOLVE:
        assert response.status_code == 302
        assert DisputeResolution.objects.get().resolved_by.username == viewer
    else:
        assert response.status_code == expected
        assert not DisputeResolution.objects.exists()


@pytest.mark.parametrize(
    "viewer, list_status, create_status, detail_status",
    [
        ("operator", 403, 403, 404),
        ("lcarter", 403, 403, 404),
        ("mentor", 200, 403, 200),
        ("pkowalski", 200, 403, 404),
        ("lead", 200, 302, 200),
        ("rhughes", 200, 400, 404),  # may set sessions up, but not for another team's operator
        ("admin", 200, 302, 200),
    ],
)
def test_calibration_per_role(
    login, demo_people, scorecard, viewer, list_status, create_status, detail_status
):
    session = CalibrationSession.objects.create(
        scorecard=scorecard["card"],
        operator=demo_people["operator"],
        call_reference="50110",
        call_date=TODAY,
        created_by=demo_people["lead"],
    )
    client = login(viewer)
    listing = client.get("/reviews/calibration/")
    assert listing.status_code == list_status
    if list_status == 200:
        assert ("Call 50110" in listing.content.decode()) == (detail_status == 200)
    created = client.post(
        "/reviews/calibration/new/",
        {
            "scorecard": scorecard["card"].pk,
            "operator": demo_people["operator"].pk,
            "call_reference": "50111",
            "call_date": TODAY.isoformat(),
        },
    )
    assert created.status_code == create_status
    assert CalibrationSession.objects.count() == (2 if create_status == 302 else 1)
    assert client.get(f"/reviews/calibration/{session.pk}/").status_code == detail_status
    scoring = client.post(f"/reviews/calibration/{session.pk}/score/", calibration_data(scorecard))
    assert scoring.status_code == (302 if detail_status == 200 else 404)
    assert session.reviews.filter(reviewer__username=viewer).exists() == (detail_status == 200)


# ---------------------------------------------------------------------------------------
# Creating a review


def test_create_computes_the_total_and_writes_scores_audit_and_kpi(login, scorecard):
    response = login("mentor").post(
        "/reviews/new/operator/",
        review_data(scorecard, **{f"comment_{scorecard['fix'].pk}": "Offered a callback first."}),
    )
    review = QualityReview.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/reviews/{review.pk}/"
    assert review.total == GOOD_CALL_TOTAL and not review.auto_failed
    scores = {row.criterion_id: row for row in review.scores.all()}
    assert len(scores) == 5
    assert scores[scorecard["wrap"].pk].score is None
    assert scores[scorecard["fix"].pk].comment == "Offered a callback first."
    entry = ModelLogEntry.objects.get(action="callpath.review")
    assert entry.user.username == "mentor" and entry.object_id == str(review.pk)
    assert quality_score(review.operator) == GOOD_CALL_TOTAL
    snapshot = KpiSnapshot.objects.get()
    assert snapshot.source == "reviews" and snapshot.metric.unit == "%"

    html = login("operator").get(f"/reviews/{review.pk}/").content.decode()
    for text in ("Opening", "Conversation", "Close", "70.83", "3/4 Good", "N/A", "Auto-fail"):
        assert text in html
    assert "Summarise the fix before closing." in html


def test_a_failed_auto_fail_criterion_scores_the_call_zero(login, scorecard):
    login("lead").post(
        "/reviews/new/operator/", review_data(scorecard, {**GOOD_CALL, "verify": "0"})
    )
    review = QualityReview.objects.get()
    assert review.total == Decimal("0.00") and review.auto_failed
    assert (
        "Auto-fail: a failed auto-fail criterion"
        in login("operator").get(f"/reviews/{review.pk}/").content.decode()
    )


def test_quality_score_averages_current_everyday_reviews_of_the_month(
    login, demo_people, scorecard
):
    operator, mentor, lead = (demo_people[name] for name in ("operator", "mentor", "lead"))
    first = make_review(scorecard, operator, mentor, {**GOOD_CALL, "fix": "4"})  # 87.50
    login("mentor").post(
        "/reviews/new/operator/",
        review_data(scorecard, {**GOOD_CALL, "listen": "1"}, call_reference="48214"),
    )  # 100 × (4 + 3 + 4) / 24 = 45.83
    assert first.total == Decimal("87.50")
    assert quality_score(operator) == Decimal("66.67")  # (87.50 + 45.83) / 2 = 66.665

    # A calibration scoring of one of her calls never counts.
    session = CalibrationSession.objects.create(
        scorecard=scorecard["card"], operator=operator, call_reference="48213", call_date=TODAY
    )
    login("lead").post(
        f"/reviews/calibration/{session.pk}/score/",
        calibration_data(scorecard, {**GOOD_CALL, "greet": "0", "listen": "0"}),
    )
    assert session.reviews.get().reviewer == lead
    assert quality_score(operator) == Decimal("66.67")

    # A revised review is replaced by its revision in the average.
    revision = quality.revise_review(first, scorecard["fix"], 0)  # 100 × (4 + 9) / 24 = 54.17
    quality.recompute_quality_score(operator, revision.call_date)
    assert quality_score(operator) == Decimal("50.00")  # (54.17 + 45.83) / 2


def test_competency_ratings_are_recorded_only_when_ticked(login, scorecard):
    client = login("mentor")
    listening = scorecard["listen"].competency
    rating_field = f"rating_{listening.pk}"
    client.post("/reviews/new/operator/", review_data(scorecard, **{rating_field: "3"}))
    assert QualityReview.objects.count() == 1
    assert not Assessment.objects.exists()

    client.post(
        "/reviews/new/operator/",
        review_data(scorecard, call_reference="48300", record_ratings="on", **{rating_field: "3"}),
    )
    assessment = Assessment.objects.get()
    assert (assessment.competency, assessment.rating, assessment.kind) == (listening, 3, "mentor")
    assert assessment.evidence.startswith("Quality review of call 48300:")
    assert "Listens and summarises the need 3/4 Good" in assessment.evidence
    assert assessment.assessor.username == "mentor"
    assert ModelLogEntry.objects.filter(action="callpath.assessment").count() == 1

    login("lead").post(
        "/reviews/new/operator/",
        review_data(scorecard, call_reference="48301", record_ratings="on", **{rating_field: "4"}),
    )
    assert Assessment.objects.latest("pk").kind == "lead"


def test_ticking_ratings_without_choosing_one_is_refused(login, scorecard):
    response = login("mentor").post(
        "/reviews/new/operator/", review_data(scorecard, record_ratings="on")
    )
    assert response.status_code == 400
    assert "Choose a rating for at least one competency" in response.content.decode()
    assert not QualityReview.objects.exists()


def test_bad_input_is_refused_with_messages_and_writes_nothing(login, scorecard):
    data = review_data(
        scorecard,
        {**GOOD_CALL, "listen": "7"},
        call_reference="",
        call_date=(TODAY + timedelta(days=2)).isoformat(),
    )
    del data[f"score_{scorecard['fix'].pk}"]
    response = login("mentor").post("/reviews/new/operator/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "This field is required" in html
    assert "cannot be in the future" in html
    assert "Choose a score, or N/A" in html
    assert not QualityReview.objects.exists()
    assert not CriterionScore.objects.exists()
    assert not KpiSnapshot.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="callpath.review").exists()


def test_with_several_scorecards_the_reviewer_chooses_one_first(login, scorecard):
    Scorecard.objects.create(name="Outbound sales call")
    html = login("mentor").get("/reviews/new/operator/").content.decode()
    assert "Which scorecard fits this call?" in html and "Outbound sales call" in html
    url = f"/reviews/new/operator/?scorecard={scorecard['card'].pk}"
    assert "Listens and summarises the need" in login("mentor").get(url).content.decode()


def test_choosing_whose_call_to_review(login, ladder):
    html = login("mentor").get("/reviews/new/").content.decode()
    assert "Amira Haddad" in html and "Marcus Bell" not in html
    response = login("mentor").get("/reviews/new/", {"operator": "operator"})
    assert response["Location"] == "/reviews/new/operator/"
    assert login("operator").get("/reviews/new/").status_code == 403


# ---------------------------------------------------------------------------------------
# Responses and disputes


def test_acknowledge_once(login, demo_people, scorecard):
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    client = login("operator")
    client.post(f"/reviews/{review.pk}/acknowledge/")
    client.post(f"/reviews/{review.pk}/acknowledge/")
    assert review.responses.filter(kind="acknowledged").count() == 1
    assert ModelLogEntry.objects.filter(action="callpath.review.acknowledge").count() == 1
    html = client.get(f"/reviews/{review.pk}/").content.decode()
    assert "You acknowledged this review." in html
    assert "Acknowledged" in login("mentor").get("/reviews/").content.decode()


def test_a_dispute_needs_a_comment(login, demo_people, scorecard):
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    client = login("operator")
    response = client.post(
        f"/reviews/{review.pk}/dispute/", {"criterion": scorecard["fix"].pk, "comment": ""}
    )
    assert response.status_code == 400
    assert "Say why you disagree" in response.content.decode()
    assert not review.responses.exists()

    response = client.post(
        f"/reviews/{review.pk}/dispute/",
        {"criterion": scorecard["fix"].pk, "comment": "At 3:40 I offered the refund first."},
    )
    assert response.status_code == 302
    dispute = review.responses.get()
    assert (dispute.kind, dispute.criterion) == ("disputed", scorecard["fix"])
    assert ModelLogEntry.objects.filter(action="callpath.review.dispute").exists()
    assert "Disputed — awaiting a decision" in login("lead").get("/reviews/").content.decode()


@pytest.fixture
def disputed(demo_people, scorecard):
    """Amira's review with "Offers the right fix first time" (2/4) disputed."""
    review = make_review(
        scorecard,
        demo_people["operator"],
        demo_people["mentor"],
        comments="Good empathy.",
        coaching_actions="Offer the refund before the callback.",
    )
    quality.recompute_quality_score(review.operator, review.call_date)
    dispute = ReviewResponse.objects.create(
        review=review,
        kind="disputed",
        criterion=scorecard["fix"],
        comment="At 3:40 I offered the refund first.",
        created_by=demo_people["operator"],
    )
    return review, dispute


def test_resolve_upheld_keeps_the_review(login, disputed):
    review, dispute = disputed
    response = login("lead").post(
        f"/reviews/disputes/{dispute.pk}/resolve/",
        {"outcome": "upheld", "note": "The callback came first at 2:55; the refund at 4:10."},
    )
    assert response["Location"] == f"/reviews/{review.pk}/"
    resolution = DisputeResolution.objects.get()
    assert resolution.outcome == "upheld" and resolution.new_review is None
    assert QualityReview.objects.count() == 1
    assert ModelLogEntry.objects.filter(action="callpath.review.resolve").exists()
    html = login("operator").get(f"/reviews/{review.pk}/").content.decode()
    assert "Score upheld" in html and "The callback came first" in html
    # Settled: a second decision is not taken.
    login("admin").post(
        f"/reviews/disputes/{dispute.pk}/resolve/", {"outcome": "changed", "new_score": "4"}
    )
    assert DisputeResolution.objects.count() == 1


def test_resolve_changed_makes_a_new_revision_and_keeps_the_old(login, scorecard, disputed):
    review, dispute = disputed
    assert quality_score(review.operator) == GOOD_CALL_TOTAL
    response = login("lead").post(
        f"/reviews/disputes/{dispute.pk}/resolve/",
        {"outcome": "changed", "new_score": "4", "note": "You did offer the refund first."},
    )
    revision = QualityReview.objects.get(revises=review)
    assert response["Location"] == f"/reviews/{revision.pk}/"
    # 100 × (4 + 9 + 8) / 24 = 87.50
    assert revision.total == Decimal("87.50")
    assert review.total == GOOD_CALL_TOTAL  # the old revision is kept as it was
    old_scores = {row.criterion_id: row.score for row in review.scores.all()}
    new_scores = {row.criterion_id: row.score for row in revision.scores.all()}
    assert new_scores == {**old_scores, scorecard["fix"].pk: 4}
    assert (revision.comments, revision.coaching_actions, revision.reviewer) == (
        review.comments,
        review.coaching_actions,
        review.reviewer,
    )
    resolution = DisputeResolution.objects.get()
    assert (resolution.outcome, resolution.new_review) == ("changed", revision)
    assert ModelLogEntry.objects.filter(action="callpath.review.revise").exists()
    assert ModelLogEntry.objects.filter(action="callpath.review.resolve").exists()
    assert quality_score(review.operator) == Decimal("87.50")

    operator = login("operator")
    old_page = operator.get(f"/reviews/{review.pk}/").content.decode()
    assert "This revision was replaced after a dispute" in old_page
    new_page = operator.get(f"/reviews/{revision.pk}/").content.decode()
    assert "Revision 2 of 2" in new_page and f'href="/reviews/{review.pk}/"' in new_page
    assert "You did offer the refund first." in new_page
    listing = operator.get("/reviews/").content.decode()
    assert f'href="/reviews/{revision.pk}/"' in listing
    assert f'href="/reviews/{review.pk}/"' not in listing
    # Only the current revision can be answered.
    assert operator.post(f"/reviews/{review.pk}/acknowledge/").status_code == 403
    assert operator.post(f"/reviews/{revision.pk}/acknowledge/").status_code == 302


def test_changing_to_the_same_score_is_refused(login, disputed):
    _, dispute = disputed
    response = login("lead").post(
        f"/reviews/disputes/{dispute.pk}/resolve/",
        {"outcome": "changed", "new_score": "2", "note": "Checked again."},
    )
    assert response.status_code == 400
    assert "That is the score already given" in response.content.decode()
    assert not DisputeResolution.objects.exists()
    assert QualityReview.objects.count() == 1


# ---------------------------------------------------------------------------------------
# Calibration


@pytest.fixture
def calibration(login, demo_people, scorecard):
    """A session on one of Amira's calls, scored by the lead and by an admin."""
    login("lead").post(
        "/reviews/calibration/new/",
        {
            "scorecard": scorecard["card"].pk,
            "operator": demo_people["operator"].pk,
            "call_reference": "50110",
            "call_date": TODAY.isoformat(),
            "notes": "How strictly do we score the identity check?",
        },
    )
    session = CalibrationSession.objects.get()
    login("lead").post(
        f"/reviews/calibration/{session.pk}/score/",
        calibration_data(scorecard, {**GOOD_CALL, "greet": "4", "fix": "3"}),
    )
    login("admin").post(
        f"/reviews/calibration/{session.pk}/score/",
        calibration_data(scorecard, {**GOOD_CALL, "greet": "1", "fix": "3"}),
    )
    return session


def test_calibration_shows_each_reviewers_scores_and_the_spread(login, scorecard, calibration):
    assert ModelLogEntry.objects.filter(action="callpath.calibration").exists()
    # The mentor has not scored yet: the scores stay hidden so his scoring is his own.
    hidden = login("mentor").get(f"/reviews/calibration/{calibration.pk}/").content.decode()
    assert "The scores stay hidden until you add yours" in hidden
    assert "4/4 Excellent" not in hidden
    login("mentor").post(
        f"/reviews/calibration/{calibration.pk}/score/",
        calibration_data(scorecard, {**GOOD_CALL, "greet": "4", "fix": "2"}),
    )
    html = login("lead").get(f"/reviews/calibration/{calibration.pk}/").content.decode()
    for name in ("Sofia Marquez", "Alex Morgan", "Daniel Okafor"):
        assert name in html
    greet_row = html.split("Greets and gives their name")[1].split("</tr>")[0]
    # Lead 4, admin 1, mentor 4: median 4, the admin is 3 away; spread 3.
    assert greet_row.count("4/4 Excellent") == 2 and "1/4 Poor" in greet_row
    assert greet_row.count('class="outlier-mark"') == 1
    assert '<td class="is-outlier">1/4 Poor' in greet_row
    # Lowest, highest, spread.
    assert "<td>1</td>" in greet_row and "<td>4</td>" in greet_row
    assert '<td class="is-outlier">3</td>' in greet_row
    fix_row = html.split("Offers the right fix first time")[1].split("</tr>")[0]
    assert "outlier" not in fix_row
    # Totals: lead 100 × (4 + 9 + 6) / 24 = 79.17, admin 66.67, mentor 70.83; spread 12.50.
    footer = html.split("<tfoot>")[1].split("</tfoot>")[0]
    for total in ("79.17", "66.67", "70.83", "12.50"):
        assert f"<td>{total}</td>" in footer
    listing = login("lead").get("/reviews/calibration/").content.decode()
    assert "12.50 points" in listing
    assert not KpiSnapshot.objects.exists()


def test_one_scoring_per_reviewer_per_session(login, scorecard, calibration):
    login("lead").post(
        f"/reviews/calibration/{calibration.pk}/score/",
        calibration_data(scorecard, {**GOOD_CALL, "greet": "0"}),
    )
    assert calibration.reviews.filter(reviewer__username="lead").count() == 1


def test_calibration_reviews_stay_out_of_the_everyday_list(login, calibration):
    assert "Call 50110" not in login("admin").get("/reviews/").content.decode()


# ---------------------------------------------------------------------------------------
# Readiness evidence


def gate_status(operator, requirement):
    """The operator's verdict on one requirement of their target level's gate."""
    readiness = readiness_for([operator], TODAY)[operator.pk]
    return next(s for s in readiness.statuses if s.requirement.id == requirement.pk)


def test_review_scores_are_evidence_for_mapped_competencies_only(
    login, demo_people, scorecard, ladder
):
    operator = demo_people["operator"]
    review = make_review(scorecard, operator, demo_people["mentor"])

    def listening_status():
        return gate_status(operator, ladder["listening_gate"])

    status = listening_status()
    assert not status.met  # a review is evidence, never a rating
    assert status.current == "not yet assessed"
    [evidence] = status.evidence
    assert evidence.label == (
        f"Quality review {format_date(TODAY)}, call 48213: Listens and summarises the need 3/4 Good"
    )
    assert evidence.url == f"/reviews/{review.pk}/"

    Assessment.objects.create(
        operator=operator,
        competency=ladder["listening"],
        rating=3,
        kind="mentor",
        assessor=demo_people["mentor"],
        evidence="Summarised the fault back before fixing it.",
    )
    status = listening_status()
    assert status.met
    assert status.evidence[0].label.startswith("Rated 3 Proficient by Daniel Okafor")
    assert status.evidence[1].url == f"/reviews/{review.pk}/"
    assert "Quality review" in login("operator").get("/progress/").content.decode()


def test_revised_calibration_and_old_reviews_are_not_evidence(demo_people, scorecard, ladder):
    operator, mentor = demo_people["operator"], demo_people["mentor"]
    old = make_review(scorecard, operator, mentor, call_date=TODAY - timedelta(days=200))
    replaced = make_review(scorecard, operator, mentor, call_reference="48290")
    current = quality.revise_review(replaced, scorecard["listen"], 2)
    session = CalibrationSession.objects.create(
        scorecard=scorecard["card"], operator=operator, call_reference="50110", call_date=TODAY
    )
    make_review(scorecard, operator, mentor, calibration=session, call_reference="50110")
    status = gate_status(operator, ladder["listening_gate"])
    assert [item.url for item in status.evidence] == [f"/reviews/{current.pk}/"]
    assert "2/4 Fair" in status.evidence[0].label
    assert f"/reviews/{old.pk}/" not in {item.url for item in status.evidence}


def test_the_engine_shows_three_newest_reviews_and_keeps_the_verdict():
    spec = RequirementSpec(
        id=1,
        kind="competency",
        label="Active listening at Proficient (3) or above",
        competency_id=7,
        competency_name="Active listening",
        min_rating=3,
    )
    reviews = tuple(Evidence(f"Quality review {n}", url=f"/reviews/{n}/") for n in (9, 8, 5, 2))
    plain = OperatorFacts(user_id=1, current_level_id=None, level_since=None)
    with_reviews = OperatorFacts(
        user_id=1, current_level_id=None, level_since=None, review_evidence={7: reviews}
    )
    before = evaluate(10, [spec], plain, TODAY).statuses[0]
    after = evaluate(10, [spec], with_reviews, TODAY).statuses[0]
    assert before.met == after.met is False
    assert after.evidence == reviews[:3]
    assert before.evidence == ()


# ---------------------------------------------------------------------------------------
# Queries


def test_review_list_runs_a_fixed_number_of_queries(
    login, demo_people, scorecard, django_assert_max_num_queries
):
    operator, mentor = demo_people["operator"], demo_people["mentor"]
    client = login("lead")
    for number in range(2):
        make_review(scorecard, operator, mentor, call_reference=f"4800{number}")
    with django_assert_max_num_queries(15) as few:
        assert client.get("/reviews/").status_code == 200
    for number in range(8):
        review = make_review(scorecard, operator, mentor, call_reference=f"4810{number}")
        ReviewResponse.objects.create(review=review, kind="acknowledged", created_by=operator)
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        html = client.get("/reviews/").content.decode()
    assert html.count("Call 48") == 10
    assert len(many.captured_queries) == len(few.captured_queries)
