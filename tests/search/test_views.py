"""The search pages and APIs: facets without JavaScript, JSON shapes, the log and the report."""

import pytest

from search.engine import get_engine
from search.models import QueryLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def refund_content(make_guide, make_news, topics):
    make_guide(
        "Refund script",
        kind="script",
        topics=[topics["inbound-support"]],
        body=[("p", "<p>Offer the refund to the original card.</p>")],
    )
    make_guide("Refund policy", kind="policy", body=[("p", "<p>Refunds within 14 days.</p>")])
    make_news("Refund desk moves", teams=["outbound-sales"], body=[("p", "<p>Refund.</p>")])
    get_engine().rebuild()


def test_results_page_has_facets_snippets_and_works_without_javascript(login, refund_content):
    response = login("operator").get("/search/", {"q": "refund", "type": "script"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 result for “refund”" in html
    assert '<input type="checkbox" name="type" value="script" checked> Call script' in html
    assert '<input type="checkbox" name="type" value="policy"> Policy' in html
    assert "<mark>refund</mark>" in html
    assert "Refund desk moves" not in html  # news for another team
    assert '<form class="search-facets" method="get"' in html


def test_results_page_offers_did_you_mean_and_topics_when_empty(login, refund_content):
    html = login("operator").get("/search/", {"q": "refnd"}).content.decode()
    assert 'Did you mean <a href="?q=refund">refund</a>?' in html
    assert '<a href="/guides/?topic=inbound-support">Inbound support</a>' in html


def test_bad_page_number_is_a_clear_400(login, refund_content):
    client = login("operator")
    assert client.get("/search/", {"q": "refund", "page": "x"}).status_code == 400
    response = client.get("/search/api/", {"q": "refund", "page": "0"})
    assert response.status_code == 400
    assert "page" in response.json()["error"]
    assert client.get("/search/api/").json() == {"error": "Add a query: /search/api/?q=your+words"}


def test_api_answers_json_best_first(login, refund_content):
    data = login("operator").get("/search/api/", {"q": "refund script"}).json()
    assert data["query"] == "refund script"
    assert data["total"] == 1
    assert data["suggestion"] is None
    [result] = data["results"]
    assert set(result) >= {"title", "url", "type", "snippet", "score", "date", "topics", "level"}
    assert result["title"] == "Refund script"
    assert result["url"] == "/guides/refund-script/"
    assert result["topics"] == ["Inbound support"]
    assert set(data["facets"]) == {"type", "topic", "level", "category"}
    assert data["facets"]["type"] == [{"value": "script", "label": "Call script", "count": 1}]


def test_api_honours_team_targeting(login, refund_content):
    assert login("operator").get("/search/api/", {"q": "desk"}).json()["total"] == 0
    assert login("rhughes").get("/search/api/", {"q": "desk"}).json()["total"] == 1


def test_a_team_move_changes_what_search_shows_at_once(login, refund_content, demo_people):
    from home.models import Team

    client = login("operator")
    assert client.get("/search/api/", {"q": "desk"}).json()["total"] == 0  # teams now cached
    profile = demo_people["operator"].profile
    profile.team = Team.objects.get(slug="outbound-sales")
    profile.save()
    assert client.get("/search/api/", {"q": "desk"}).json()["total"] == 1


def test_suggest_answers_a_list_of_titles(login, refund_content):
    client = login("operator")
    assert client.get("/search/suggest/", {"q": "ref"}).json() == ["Refund policy", "Refund script"]
    assert client.get("/search/suggest/", {"q": ""}).json() == []


def test_search_needs_a_login(client, refund_content):
    for url in ("/search/?q=refund", "/search/api/?q=refund", "/search/suggest/?q=ref"):
        assert client.get(url).status_code == 302


def test_searches_are_logged_without_who_searched(login, refund_content):
    client = login("mentor")
    client.get("/search/", {"q": "  Refund   POLICY "})
    client.get("/search/api/", {"q": "unicorns"})
    client.get("/search/suggest/", {"q": "ref"})
    client.get("/search/", {"q": "refund policy", "page": "2"})
    logs = list(QueryLog.objects.order_by("pk").values("query", "results", "role"))
    assert logs == [
        {"query": "refund policy", "results": 1, "role": "mentor"},
        {"query": "unicorns", "results": 0, "role": "mentor"},
    ]
    field_names = {field.name for field in QueryLog._meta.get_fields()}
    assert field_names == {"id", "query", "results", "role", "searched_at"}


@pytest.mark.parametrize(
    "role, allowed", [("operator", False), ("mentor", True), ("lead", True), ("admin", True)]
)
def test_search_report_permissions(login, role, allowed):
    response = login(role).get("/admin/reports/search/queries/")
    assert (response.status_code == 200) is allowed


def test_search_report_lists_top_and_empty_queries_and_exports(login, refund_content):
    client = login("lead")
    for query in ["refund", "refund", "unicorns"]:
        client.get("/search/", {"q": query})
    html = client.get("/admin/reports/search/queries/").content.decode()
    assert html.index("refund") < html.index("unicorns")
    empty = client.get("/admin/reports/search/queries/", {"show": "no-results"}).content.decode()
    assert "unicorns" in empty and ">refund<" not in empty
    csv = client.get("/admin/reports/search/queries/", {"export": "csv"})
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == "Query,Searches,Average results,Last searched"
    assert lines[1].startswith("refund,2,")
    xlsx = client.get("/admin/reports/search/queries/", {"export": "xlsx"})
    assert xlsx.status_code == 200


@pytest.mark.parametrize("role, can_edit", [("mentor", False), ("lead", True), ("admin", True)])
def test_promoted_results_are_edited_by_leads(login, role, can_edit):
    client = login(role)
    assert client.get("/admin/snippets/search/promotedresult/").status_code == 200
    add = client.get("/admin/snippets/search/promotedresult/add/")
    assert (add.status_code == 200) is can_edit


def test_api_runs_a_fixed_number_of_queries(
    login, make_guide, django_assert_max_num_queries, django_assert_num_queries
):
    client = login("operator")
    for number in range(5):
        make_guide(f"Headset fault {number}", body=[("p", "<p>Headset crackles.</p>")])
    get_engine().rebuild()
    client.get("/search/api/", {"q": "headset"})  # warm the session and the user's caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as five:
        assert client.get("/search/api/", {"q": "headset"}).json()["total"] == 5
    for number in range(5, 50):
        make_guide(f"Headset fault {number}", body=[("p", "<p>Headset crackles.</p>")])
    get_engine().rebuild()
    with django_assert_num_queries(len(five)):
        data = client.get("/search/api/", {"q": "headset"}).json()
    assert data["total"] == 50
    assert len(data["results"]) == 10
