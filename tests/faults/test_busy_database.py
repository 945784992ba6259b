"""A request that found SQLite's write lock taken past the busy timeout (a long import or a
backup) gets a 503 "busy, try again" page with Retry-After, not the 500 page: it changed
nothing and can simply be sent again. Any other failure is still a 500."""

import pytest
from django.test import Client

pytestmark = [pytest.mark.urls("tests.faults.busy_urls"), pytest.mark.django_db]


def error_client(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_a_locked_database_answers_busy_try_again(django_user_model):
    user = django_user_model.objects.create_user("amira", password="x")
    response = error_client(user).get("/test-locked/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Busy for a moment" in page and "Nothing was changed" in page


def test_any_other_database_failure_is_still_a_server_error(django_user_model):
    user = django_user_model.objects.create_user("amira", password="x")
    response = error_client(user).get("/test-broken/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong" in response.content.decode()
