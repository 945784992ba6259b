"""Shared desks: nothing personal may stay in a browser's or a proxy's cache. Every response to
a signed-in person (or an API caller with a token) says `Cache-Control: private, no-store`;
the login page and the health check keep their own `never_cache` headers."""

import json

import pytest

from callpath.cache_headers import PRIVATE_NO_STORE
from careers.api import prepare_token
from careers.models import IntegrationToken
from tests.careers.conftest import ladder  # noqa: F401  (the demo ladder and profiles)

PASSWORD = "a-long-desk-password-42"


def assert_private_no_store(response):
    assert response["Cache-Control"] == PRIVATE_NO_STORE, response.get("Cache-Control")
    assert not response.has_header("Expires")


def test_my_progress_is_not_cached(login, ladder):  # noqa: F811
    response = login("operator").get("/progress/")
    assert response.status_code == 200
    assert "Amira" in response.content.decode()
    assert_private_no_store(response)


def test_the_team_board_csv_export_is_not_cached(login, ladder):  # noqa: F811
    response = login("lead").get("/team/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert_private_no_store(response)


def test_a_report_xlsx_export_is_not_cached(login, ladder):  # noqa: F811
    response = login("lead").get("/admin/reports/careers/promotions/?export=xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    assert_private_no_store(response)


def test_the_personal_data_export_is_not_cached(login, demo_people):
    operator = demo_people["operator"]
    response = login("admin").post(f"/admin/personal-data/{operator.pk}/export/")
    assert response.status_code == 200
    assert json.loads(response.content)["subject"]["username"] == "operator"
    assert_private_no_store(response)


def test_the_api_is_not_cached_for_a_token_or_a_signed_in_person(client, login, ladder):  # noqa: F811
    integration = IntegrationToken(name="Genesys WFM")
    token = prepare_token(integration)
    integration.save()
    response = client.get(
        "/api/v1/operators/operator/readiness", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code == 200
    assert response.json()["username"] == "operator"
    assert_private_no_store(response)
    assert_private_no_store(login("admin").get("/api/v1/openapi.json"))


def test_a_view_that_allows_caching_is_overridden_for_a_signed_in_person(login, demo_people):
    response = login("operator").get("/news/feed/")
    assert response.status_code == 200
    assert_private_no_store(response)


@pytest.mark.django_db
def test_anonymous_answers_keep_their_own_headers(client):
    # The login page and the health check are never cached already (Django's never_cache).
    for url in ("/login/", "/healthz"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"]
        assert response["Cache-Control"] != PRIVATE_NO_STORE
    # A refused API call carries nothing personal and is left as the API sends it.
    refused = client.get("/api/v1/operators/operator/readiness")
    assert refused.status_code == 401
    assert not refused.has_header("Cache-Control")
    # The redirect to the login page names nobody either.
    assert not client.get("/progress/").has_header("Cache-Control")


def test_logging_in_and_out_mark_the_right_responses(client, demo_people):
    operator = demo_people["operator"]
    operator.set_password(PASSWORD)
    operator.save()
    logged_in = client.post("/login/", {"username": "operator", "password": PASSWORD})
    assert logged_in.status_code == 302
    assert_private_no_store(logged_in)  # the first answer to the signed-in person
    logged_out = client.post("/logout/")  # "You are logged out": Django's own never_cache
    assert logged_out.status_code == 200
    assert logged_out["Cache-Control"] != PRIVATE_NO_STORE


def test_static_files_keep_whitenoise_caching(client, settings, tmp_path, demo_people):
    """WhiteNoise answers before the middleware runs: static files stay cacheable for
    everyone, signed in or not. (The client loads the middleware, and WhiteNoise lists
    STATIC_ROOT, at its first request.)"""
    (tmp_path / "site.css").write_text("body { color: black; }")
    settings.STATIC_ROOT = str(tmp_path)
    client.force_login(demo_people["operator"])
    response = client.get("/static/site.css")
    assert response.status_code == 200
    assert "max-age" in response["Cache-Control"]
    assert "no-store" not in response["Cache-Control"]
