import csv
import io
from datetime import date

import pytest
from wagtail.models import ModelLogEntry

from careers.models import OperatorProfile, PromotionDecision, SignOff
from tests.careers.conftest import level

pytestmark = pytest.mark.django_db


def decide(client, username, **fields):
    data = {
        "outcome": "promote",
        "target_level": level("senior-operator").pk,
        "rationale": "Consistent quality and ready to buddy new starters.",
        **fields,
    }
    return client.post(f"/progress/{username}/decide/", data)


@pytest.mark.parametrize(
    "viewer,expected",
    [
        ("operator", 403),
        ("lcarter", 404),
        ("mentor", 403),
        ("pkowalski", 404),
        ("lead", 302),
        ("rhughes", 404),
        ("admin", 302),
    ],
)
def test_only_the_team_lead_or_admin_decides(login, ladder, viewer, expected):
    response = decide(login(viewer), "operator", override_reason="Trial as senior.")
    assert response.status_code == expected
    assert PromotionDecision.objects.exists() is (expected == 302)


def test_operator_cannot_decide_their_own_promotion(login, ladder):
    OperatorProfile.objects.filter(user__username="lead").update(target_level=level("trainer"))
    assert decide(login("lead"), "lead").status_code == 403


def test_packet_and_timeline_are_shown_to_leads_only(login, ladder):
    assert "Promotion decision" in login("lead").get("/progress/operator/").content.decode()
    assert "Timeline" in login("lead").get("/progress/operator/").content.decode()
    for viewer in ("operator", "mentor"):
        html = login(viewer).get("/progress/operator/").content.decode()
        assert "Promotion decision" not in html and "Timeline" not in html


def test_promoting_without_the_gate_needs_an_override_reason(login, ladder):
    response = decide(login("lead"), "operator")
    assert response.status_code == 400
    assert "give an override reason to promote anyway" in response.content.decode()
    assert not PromotionDecision.objects.exists()
    assert OperatorProfile.objects.get(user__username="operator").level == level("operator")


def test_override_promotion_updates_the_level_and_freezes_the_snapshot(login, ladder):
    response = decide(login("lead"), "operator", override_reason="Covering the floor since May.")
    assert response.status_code == 302
    decision = PromotionDecision.objects.get()
    profile = OperatorProfile.objects.get(user__username="operator")
    assert profile.level == level("senior-operator")
    assert profile.level_since == date.today() and profile.target_level is None
    assert decision.override_reason == "Covering the floor since May."
    assert (decision.met_count, decision.requirement_count) == (0, 2)
    labels = [status["requirement"]["label"] for status in decision.readiness_snapshot["statuses"]]
    assert "Sign-off: Ran the floor for a shift" in labels
    assert decision.gate_revision_id == level("senior-operator").live_revision_id
    assert ModelLogEntry.objects.filter(action="callpath.promotion").count() == 1


def test_a_decision_is_never_edited_and_its_snapshot_does_not_move(login, ladder, demo_people):
    decide(login("lead"), "lcarter", outcome="not_yet", rationale="Needs the floor sign-off.")
    decision = PromotionDecision.objects.get()
    SignOff.objects.create(
        operator=demo_people["lcarter"], requirement=ladder["floor"], signed_by=demo_people["lead"]
    )
    decision.refresh_from_db()
    assert decision.met_count == 0
    floor = next(
        s for s in decision.readiness_snapshot["statuses"] if s["requirement"]["kind"] == "signoff"
    )
    assert floor["met"] is False
    decision.rationale = "Changed"
    with pytest.raises(Exception, match="cannot be changed"):
        decision.save()
    assert OperatorProfile.objects.get(user__username="lcarter").level == level("operator")


def test_promotions_report_with_export(login, ladder):
    decide(login("lead"), "operator", override_reason="Covering the floor.")
    decide(login("rhughes"), "mbell", outcome="not_yet", rationale="Not yet.")
    client = login("lead")
    html = client.get("/admin/reports/careers/promotions/").content.decode()
    assert "Amira Haddad" in html and "Marcus Bell" not in html and "Override" in html
    export = client.get("/admin/reports/careers/promotions/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [(row["Operator"], row["Decision"], row["Requirements met"]) for row in rows] == [
        ("Amira Haddad", "Promote", "0 of 2")
    ]
    admin = login("admin").get("/admin/reports/careers/promotions/").content.decode()
    assert "Marcus Bell" in admin
    assert login("mentor").get("/admin/reports/careers/promotions/").status_code == 302
