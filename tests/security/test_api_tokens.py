"""Integration tokens: stored only as a digest, revocable, good for the KPI API alone, and
every call and every refused authentication logged on "callpath.api"."""

import hashlib
import json
import logging

import pytest
from django.core import serializers
from wagtail.models import ModelLogEntry

from careers.demo import load_kpi_metrics
from careers.models import IntegrationToken

pytestmark = pytest.mark.django_db

TOKENS_URL = "/admin/snippets/careers/integrationtoken/"
READINESS = "/api/v1/operators/operator/readiness"


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def created(login, caplog):
    """A token created by an admin in the Wagtail admin: (IntegrationToken, plaintext)."""
    with caplog.at_level(logging.DEBUG):
        response = login("admin").post(f"{TOKENS_URL}add/", {"name": "Five9 dialler"})
    plaintext = response.context["plaintext_token"]
    assert plaintext not in caplog.text
    return IntegrationToken.objects.get(name="Five9 dialler"), plaintext


def api_records(caplog):
    return [
        (record.levelno, record.api_caller, record.api_path, record.api_status)
        for record in caplog.records
        if record.name == "callpath.api"
    ]


def test_the_token_is_stored_only_as_its_sha256_digest(created):
    integration, plaintext = created
    assert integration.key_hash == hashlib.sha256(plaintext.encode()).hexdigest()
    assert integration.prefix == plaintext[:8]
    # Nowhere in the token's row or in the audit log of its creation.
    stored = serializers.serialize(
        "json", [*IntegrationToken.objects.all(), *ModelLogEntry.objects.all()]
    )
    assert ModelLogEntry.objects.exists()
    assert plaintext not in stored
    assert plaintext[8:] not in stored


def test_a_token_revoked_in_the_admin_gets_401_and_the_refusal_is_logged(login, created, caplog):
    integration, plaintext = created
    client = login("admin")
    with caplog.at_level(logging.INFO, logger="callpath.api"):
        assert client.get(READINESS, **bearer(plaintext)).status_code == 200
        revoked = client.post(
            f"{TOKENS_URL}edit/{integration.pk}/",
            {"name": integration.name, "revoked_at": "2025-01-05 09:00"},
        )
        assert revoked.status_code == 302
        response = client.get(READINESS, **bearer(plaintext))
    assert response.status_code == 401
    assert response.json() == {"detail": "This token has been revoked."}
    assert api_records(caplog) == [
        (logging.INFO, "Five9 dialler", READINESS, 200),
        (logging.WARNING, "Five9 dialler", READINESS, 401),
    ]
    assert plaintext not in caplog.text


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/news/",
        "/guides/",
        "/news/feed/",
        "/search/api/?q=refund",
        "/progress/operator/",
        "/team/",
        "/admin/",
        f"{TOKENS_URL}",
    ],
)
def test_a_token_opens_nothing_but_the_api(client, created, url):
    _integration, plaintext = created
    client.logout()
    response = client.get(url, **bearer(plaintext))
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_a_token_opens_both_api_endpoints_and_the_schema(client, created):
    # By design (README): integrations push KPIs and read readiness.
    _integration, plaintext = created
    client.logout()
    load_kpi_metrics()
    assert client.get(READINESS, **bearer(plaintext)).status_code == 200
    assert client.get("/api/v1/openapi.json", **bearer(plaintext)).status_code == 200
    push = client.post(
        "/api/v1/kpis",
        data=json.dumps({"rows": []}),
        content_type="application/json",
        **bearer(plaintext),
    )
    assert push.status_code in {201, 422}  # authenticated: judged on its rows


def test_the_health_check_is_open_to_everyone_anyway(client):
    # Load balancers need it; it says only whether the database answers.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_every_call_and_every_refusal_is_logged(client, created, caplog):
    _integration, plaintext = created
    client.logout()
    load_kpi_metrics()
    row = {"username": "operator", "metric": "Quality score", "month": "2020-01", "value": 88}
    bad_row = {**row, "metric": "No such metric"}
    with caplog.at_level(logging.INFO, logger="callpath.api"):
        client.get(READINESS)
        client.get(READINESS, HTTP_AUTHORIZATION="Basic b3BlcmF0b3I6ZGVtbw==")
        client.get(READINESS, **bearer("cp_guessed"))
        client.get("/api/v1/openapi.json")
        client.get("/api/v1/openapi.json", **bearer(plaintext))
        for body in ({"rows": [row]}, {"rows": [bad_row]}):
            client.post(
                "/api/v1/kpis",
                data=json.dumps(body),
                content_type="application/json",
                **bearer(plaintext),
            )
        client.get("/api/v1/operators/nobody/readiness", **bearer(plaintext))
    assert api_records(caplog) == [
        (logging.WARNING, "unknown", READINESS, 401),
        (logging.WARNING, "unknown", READINESS, 401),
        (logging.WARNING, "unknown", READINESS, 401),
        (logging.WARNING, "unknown", "/api/v1/openapi.json", 401),
        (logging.INFO, "Five9 dialler", "/api/v1/openapi.json", 200),
        (logging.INFO, "Five9 dialler", "/api/v1/kpis", 201),
        (logging.WARNING, "Five9 dialler", "/api/v1/kpis", 422),
        (logging.WARNING, "Five9 dialler", "/api/v1/operators/nobody/readiness", 404),
    ]
    assert plaintext not in caplog.text
