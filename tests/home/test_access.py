import pytest

from tests.conftest import DEMO_ROLES
from tests.helpers import run_manage

PROTECTED_URLS = ["/", "/news/", "/guides/", "/careers/", "/team/", "/search/?q=refund", "/admin/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PROTECTED_URLS)
def test_anonymous_requests_are_redirected_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")


@pytest.mark.django_db
def test_login_page_is_public_and_styled_like_the_site(client):
    response = client.get("/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Log in to Callpath" in html
    assert "css/callpath.css" in html


@pytest.mark.django_db
def test_login_lands_where_the_user_was_going(client, demo_people):
    response = client.post(
        "/login/?next=/guides/", {"username": "operator", "password": "demo", "next": "/guides/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/guides/"


@pytest.mark.django_db
def test_wrong_password_shows_an_error_and_does_not_log_in(client, demo_people):
    response = client.post("/login/", {"username": "operator", "password": "wrong"})
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert client.get("/").status_code == 302


@pytest.mark.django_db
def test_logout_is_a_post_and_shows_the_logged_out_page(login):
    client = login("operator")
    response = client.post("/logout/")
    assert response.status_code == 200
    assert "You are logged out" in response.content.decode()
    assert client.get("/").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    "username,role_label",
    [("operator", "Operator"), ("mentor", "Mentor"), ("lead", "Lead"), ("admin", "Admin")],
)
def test_each_role_sees_its_home_page(client, demo_people, username, role_label):
    # Through the login form: login throttling needs the request that Client.login() lacks.
    assert client.post("/login/", {"username": username, "password": "demo"}).status_code == 302
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Hello, {demo_people[username].first_name}" in html
    assert f'<span class="role-badge">{role_label}</span>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("username", DEMO_ROLES)
def test_team_link_and_page_only_for_leads(login, username):
    client = login(username)
    is_lead = username in {"lead", "admin"}
    assert ('href="/team/"' in client.get("/").content.decode()) is is_lead
    assert client.get("/team/").status_code == (200 if is_lead else 403)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/news/", "/guides/", "/careers/"])
def test_site_sections_exist_for_every_role(login, url):
    for username in DEMO_ROLES:
        assert login(username).get(url).status_code == 200


@pytest.mark.django_db
def test_editor_link_only_for_roles_with_admin_access(login):
    assert 'href="/admin/"' not in login("operator").get("/").content.decode()
    assert 'href="/admin/"' in login("mentor").get("/").content.decode()
    assert login("operator").get("/admin/").status_code == 403  # the site's "not allowed" page
    assert login("mentor").get("/admin/").status_code == 200


@pytest.mark.django_db
def test_unknown_url_gets_the_sites_404_page(login):
    response = login("operator").get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_healthz_answers_without_login(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_answers_503_when_the_database_is_unreachable():
    """A real request through the whole stack, in a process whose database is down."""
    probe = (
        "from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.content.decode())"
    )
    result = run_manage(
        ["shell", "--no-imports", "-c", probe],
        DJANGO_SETTINGS_MODULE="callpath.settings.test",
        # Nothing listens on port 1, so connecting fails at once.
        DATABASE_URL="postgres://postgres@127.0.0.1:1/callpath",
    )
    assert result.stdout.strip() == (
        '503 {"status": "error", "database": "unreachable", "cache": "ok"}'
    )


@pytest.mark.django_db
def test_navigation_marks_only_the_current_section(login):
    html = login("mentor").get("/progress/mentees/").content.decode()
    assert html.count('aria-current="page"') == 1
    assert '<a href="/progress/mentees/" aria-current="page">Mentees</a>' in html
