import json
import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import ModelLogEntry

from careers.api import hash_token, prepare_token
from careers.demo import load_kpi_metrics
from careers.kpi_import import IMPORT_ACTION
from careers.models import Assessment, IntegrationToken, KpiSnapshot, KpiSource
from careers.selectors import readiness_for

pytestmark = pytest.mark.django_db

THIS_MONTH = date.today().replace(day=1)
LAST = f"{THIS_MONTH - timedelta(days=1):%Y-%m}"
NEXT = f"{THIS_MONTH + timedelta(days=32):%Y-%m}"
KPIS_URL = "/api/v1/kpis"
SCHEMA_URL = "/api/v1/openapi.json"
TOKENS_URL = "/admin/snippets/careers/integrationtoken/"


def make_token(name="Genesys WFM", **fields):
    """An IntegrationToken and its plaintext."""
    integration = IntegrationToken(name=name, **fields)
    plaintext = prepare_token(integration)
    integration.save()
    return integration, plaintext


@pytest.fixture
def token(demo_people):
    load_kpi_metrics()
    return make_token()[1]


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def push(client, body, token, raw=False):
    return client.post(
        KPIS_URL,
        data=body if raw else json.dumps(body),
        content_type="application/json",
        **bearer(token),
    )


# ---------------------------------------------------------------------------------------
# Authentication


@pytest.mark.parametrize(
    "headers, detail",
    [
        ({}, "Authentication required"),
        ({"HTTP_AUTHORIZATION": "Bearer cp_not-a-real-token"}, "Invalid token."),
        ({"HTTP_AUTHORIZATION": "Basic b3BlcmF0b3I6c2VjcmV0"}, "must be 'Bearer <token>'"),
    ],
)
def test_requests_without_a_valid_token_get_401_json_not_the_login_page(
    client, token, headers, detail
):
    for response in (
        client.post(KPIS_URL, data="{}", content_type="application/json", **headers),
        client.get("/api/v1/operators/operator/readiness", **headers),
    ):
        assert response.status_code == 401
        assert response["Content-Type"].startswith("application/json")
        assert detail in response.json()["detail"]
        assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused(client, token):
    integration, plaintext = make_token("Old dialler", revoked_at=timezone.now())
    response = push(client, {"rows": [_row()]}, plaintext)
    assert response.status_code == 401
    assert response.json() == {"detail": "This token has been revoked."}
    assert KpiSnapshot.objects.count() == 0


def test_a_token_revoked_from_a_future_date_still_works_until_then(client, token):
    _integration, plaintext = make_token(revoked_at=timezone.now() + timedelta(days=7))
    assert push(client, {"rows": [_row()]}, plaintext).status_code == 201


def test_a_successful_call_records_when_the_token_was_last_used(client, token):
    integration = IntegrationToken.objects.get(key_hash=hash_token(token))
    assert integration.last_used_at is None
    client.get("/api/v1/operators/operator/readiness", **bearer(token))
    integration.refresh_from_db()
    assert integration.last_used_at is not None


def test_calls_and_failed_authentication_are_logged(client, token, caplog):
    with caplog.at_level(logging.INFO, logger="callpath.api"):
        client.get("/api/v1/operators/operator/readiness")
        client.get("/api/v1/operators/operator/readiness", **bearer("cp_wrong"))
        client.get("/api/v1/operators/operator/readiness", **bearer(token))
    records = [record for record in caplog.records if record.name == "callpath.api"]
    assert [(r.api_caller, r.api_path, r.api_status) for r in records] == [
        ("unknown", "/api/v1/operators/operator/readiness", 401),
        ("unknown", "/api/v1/operators/operator/readiness", 401),
        ("Genesys WFM", "/api/v1/operators/operator/readiness", 200),
    ]
    assert records[0].levelno == logging.WARNING
    assert records[0].getMessage() == "API GET /api/v1/operators/operator/readiness 401 by unknown"


# ---------------------------------------------------------------------------------------
# Pushing KPIs


def _row(username="operator", metric="Quality score", month=LAST, value=88.1):
    return {"username": username, "metric": metric, "month": month, "value": value}


def test_a_valid_push_writes_the_rows_and_answers_with_counts(client, token):
    response = push(
        client,
        {"rows": [_row(), _row("mbell", "conversion rate", value=11.4)]},
        token,
    )
    assert response.status_code == 201
    assert response.json() == {"rows": 2, "created": 2, "replaced": 0}
    snapshot = KpiSnapshot.objects.get(operator__username="operator")
    assert snapshot.value == Decimal("88.10")
    assert snapshot.source == KpiSource.API
    entry = ModelLogEntry.objects.get(action=IMPORT_ACTION, label="Quality score")
    assert entry.data["source"] == "api"
    assert entry.data["integration"] == "Genesys WFM"


def test_a_second_push_for_the_same_month_replaces_the_value(client, token):
    push(client, {"rows": [_row(value=85)]}, token)
    response = push(client, [_row(value="88.5")], token)  # a bare list, a numeric string
    assert response.status_code == 201
    assert response.json() == {"rows": 1, "created": 0, "replaced": 1}
    assert KpiSnapshot.objects.get().value == Decimal("88.50")


def test_bad_rows_get_422_with_every_problem_and_nothing_is_written(client, token):
    response = push(
        client,
        {
            "rows": [
                _row(),
                _row("nobody"),
                _row(month=NEXT, value=140),
                {"username": "mbell", "metric": "Quality score", "month": LAST},
                _row("mbell", value=True),
            ]
        },
        token,
    )
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "4 of 5 rows are invalid; nothing was written."
    assert body["errors"] == [
        {"row": 2, "field": "username", "message": "unknown user 'nobody'"},
        {"row": 3, "field": "month", "message": f"month {NEXT} is in the future"},
        {
            "row": 3,
            "field": "value",
            "message": "value 140 is out of range: Quality score (%) runs from 0 to 100",
        },
        {"row": 4, "field": "value", "message": "value is missing"},
        {"row": 5, "field": "value", "message": "value must be a number"},
    ]
    assert KpiSnapshot.objects.count() == 0


def test_malformed_json_gets_400_json(client, token):
    response = push(client, '{"rows": [', token, raw=True)
    assert response.status_code == 400
    assert response.json() == {"detail": "The body is not valid JSON."}


@pytest.mark.parametrize(
    "body, detail",
    [
        ({"data": []}, 'Expected an object with one key, "rows"'),
        ({"rows": "all of them"}, '"rows" must be a list'),
        ({"rows": []}, "The push has no rows."),
    ],
)
def test_a_body_that_is_not_a_list_of_rows_gets_422(client, token, body, detail):
    response = push(client, body, token)
    assert response.status_code == 422
    assert detail in response.json()["detail"]


# ---------------------------------------------------------------------------------------
# Readiness


def test_readiness_returns_the_engines_verdicts_for_the_target_level(client, ladder, token):
    listening = ladder["listening"]  # the gate to Senior operator: listening and a sign-off
    Assessment.objects.create(
        operator=_user("operator"),
        competency=listening,
        rating=3,
        assessor=_user("mentor"),
        kind="mentor",
        evidence="Call 4412: summarised the fault back before fixing it.",
        assessed_on=date(2026, 9, 14),
    )
    response = client.get("/api/v1/operators/operator/readiness", **bearer(token))
    assert response.status_code == 200
    body = response.json()
    engine = readiness_for([_user("operator")], timezone.localdate())[_user("operator").pk]
    assert body["username"] == "operator"
    assert body["current_level"] == "Operator"
    assert body["target_level"] == "Senior operator"
    assert (body["met_count"], body["total"], body["percent"], body["ready"]) == (1, 2, 50, False)
    assert body["requirements"] == [
        {
            "label": status.requirement.label,
            "kind": status.requirement.kind,
            "met": status.met,
            "current": status.current,
            "needed": status.needed,
            "evidence": [evidence.label for evidence in status.evidence],
            "next_step": status.next_step,
        }
        for status in engine.statuses
    ]
    listening = body["requirements"][0]
    assert listening["met"] is True
    assert listening["evidence"] == ["Rated 3 Proficient by Daniel Okafor on 14 Sep 2026"]
    signoff = body["requirements"][1]
    assert signoff["label"] == "Sign-off: Ran the floor for a shift"
    assert signoff["met"] is False
    assert (
        signoff["next_step"]
        == "Ask for the “Ran the floor for a shift” sign-off when you are ready"
    )


def test_readiness_without_a_target_level_has_no_requirements(client, ladder, token):
    body = client.get("/api/v1/operators/mentor/readiness", **bearer(token)).json()
    assert body["current_level"] == "Trainer"
    assert body["target_level"] is None
    assert body["requirements"] == []
    assert body["ready"] is False


def test_readiness_of_an_unknown_user_is_404_json(client, token):
    response = client.get("/api/v1/operators/nobody/readiness", **bearer(token))
    assert response.status_code == 404
    assert response.json() == {"detail": "No operator with the username 'nobody'."}


def _user(username):
    return get_user_model().objects.get(username=username)


# ---------------------------------------------------------------------------------------
# The OpenAPI schema


def test_the_schema_lists_both_paths_for_a_token_or_a_logged_in_person(client, login, token):
    response = client.get(SCHEMA_URL, **bearer(token))
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/kpis" in paths
    assert "/api/v1/operators/{username}/readiness" in paths
    body = paths["/api/v1/kpis"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["oneOf"][0]["required"] == ["rows"]

    assert login("operator").get(SCHEMA_URL).status_code == 200


def test_the_schema_is_401_json_for_anonymous_callers(client, token):
    response = client.get(SCHEMA_URL)
    assert response.status_code == 401
    assert "Authentication required" in response.json()["detail"]


# ---------------------------------------------------------------------------------------
# Token management in the Wagtail admin


def test_admin_creates_a_token_and_sees_it_once(login):
    client = login("admin")
    response = client.post(f"{TOKENS_URL}add/", {"name": "Five9 dialler", "revoked_at": ""})
    assert response.status_code == 200
    integration = IntegrationToken.objects.get(name="Five9 dialler")
    plaintext = response.context["plaintext_token"]
    assert plaintext.startswith("cp_") and len(plaintext) == 46
    assert plaintext in response.content.decode()
    assert integration.key_hash == hash_token(plaintext)
    assert integration.prefix == plaintext[:8]
    assert integration.created_by.username == "admin"

    listing = client.get(TOKENS_URL).content.decode()
    edit_page = client.get(f"{TOKENS_URL}edit/{integration.pk}/").content.decode()
    assert integration.prefix in listing
    assert plaintext not in listing and plaintext not in edit_page

    load_kpi_metrics()
    assert push(client, {"rows": [_row()]}, plaintext).status_code == 201


def test_admin_revokes_a_token_in_the_edit_form(login):
    integration, plaintext = make_token()
    client = login("admin")
    response = client.post(
        f"{TOKENS_URL}edit/{integration.pk}/",
        {"name": integration.name, "revoked_at": "2026-01-05 09:00"},
    )
    assert response.status_code == 302
    integration.refresh_from_db()
    assert integration.revoked_at is not None
    assert push(client, {"rows": [_row()]}, plaintext).status_code == 401


def test_tokens_cannot_be_deleted_even_by_admins(login):
    integration, _plaintext = make_token()
    client = login("admin")
    assert client.get(f"{TOKENS_URL}delete/{integration.pk}/").status_code == 302
    assert IntegrationToken.objects.filter(pk=integration.pk).exists()


@pytest.mark.parametrize("username", ["lead", "mentor"])
def test_leads_and_mentors_cannot_reach_the_tokens(login, username):
    integration, _plaintext = make_token()
    client = login(username)
    assert client.get(TOKENS_URL).status_code == 302
    assert client.get(f"{TOKENS_URL}edit/{integration.pk}/").status_code == 302
    client.post(f"{TOKENS_URL}add/", {"name": "Sneaky export"})
    assert not IntegrationToken.objects.filter(name="Sneaky export").exists()
    assert "Integration tokens" not in client.get("/admin/").content.decode()
