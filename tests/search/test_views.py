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
    # Searched as typed (the "search instead" link), a misspelling offers "did you mean".
    html = login("operator").get("/search/", {"q": "refnd", "exact": "1"}).content.decode()
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
    queries_for_five = len(five)  # now: the next request empties the query log
    for number in range(5, 50):
        make_guide(f"Headset fault {number}", body=[("p", "<p>Headset crackles.</p>")])
    get_engine().rebuild()
    # New pages start a new "content" cache generation: the synonym rules are read again, once.
    client.get("/search/api/", {"q": "headset"})
    with django_assert_num_queries(queries_for_five):
        data = client.get("/search/api/", {"q": "headset"}).json()
    assert data["total"] == 50
    assert len(data["results"]) == 10


@pytest.fixture
def escalation_content(make_guide):
    make_guide(
        "Escalating a complaint",
        body=[("p", "<p>When to ask for an escalation, and how.</p>")],
    )
    get_engine().rebuild()


def test_a_corrected_search_says_so_and_offers_the_words_as_typed(login, escalation_content):
    client = login("operator")
    html = client.get("/search/", {"q": "escalaton", "type": "guide"}).content.decode()
    assert "1 result for “escalation”." in html
    assert (
        "Showing results for <em>escalation</em>; search instead for "
        '<a href="?q=escalaton&amp;type=guide&amp;exact=1">escalaton</a>.'
    ) in html
    assert "Escalating a complaint" in html
    # The link searches the words as typed: nothing, and no correction.
    literal = client.get("/search/", {"q": "escalaton", "exact": "1"}).content.decode()
    assert "0 results for “escalaton”." in literal
    assert "Showing results for" not in literal
    assert 'Did you mean <a href="?q=escalation">escalation</a>?' in literal


def test_api_reports_the_correction(login, escalation_content):
    client = login("operator")
    data = client.get("/search/api/", {"q": "escalaton"}).json()
    assert data["query"] == "escalaton"
    assert data["corrected_query"] == "escalation"
    assert [result["title"] for result in data["results"]] == ["Escalating a complaint"]
    exact = client.get("/search/api/", {"q": "escalaton", "exact": "1"}).json()
    assert exact["total"] == 0 and exact["corrected_query"] is None
    assert exact["suggestion"] == "escalation"


def test_no_results_offers_popular_guides_for_the_level_and_the_mentor(
    login, make_guide, level, demo_people
):
    from careers.models import OperatorProfile
    from kb.models import GuideCompletion

    operator, mentor = demo_people["operator"], demo_people["mentor"]
    OperatorProfile.objects.update_or_create(
        user=operator, defaults={"mentor": mentor, "level": level}
    )
    quiet = make_guide("Quiet guide", levels=[level])
    busy = make_guide("Busy guide", levels=[level])
    make_guide("Guide for another level")
    for user in (demo_people["lead"], mentor):
        GuideCompletion.objects.create(user=user, page=busy)
    get_engine().rebuild()

    html = login("operator").get("/search/", {"q": "xylophone"}).content.decode()
    assert "0 results for “xylophone”." in html
    assert "<h3>Popular guides for Senior operator</h3>" in html
    assert html.index(f'href="{busy.url}"') < html.index(f'href="{quiet.url}"')
    assert "Guide for another level" not in html
    name = mentor.get_full_name()
    assert f"Ask your mentor, {name}</a>" in html
    assert f'href="mailto:{mentor.email}?subject=Question' in html


def test_no_results_without_a_mentor_points_to_a_team_lead(login, demo_people):
    from home.models import Team

    team = Team.objects.get(slug="inbound-support")
    lead = team.leads.order_by("last_name", "first_name").first()
    html = login("operator").get("/search/", {"q": "xylophone"}).content.decode()
    assert f"Ask your team lead, {lead.get_full_name()}</a>" in html


@pytest.mark.parametrize(
    "role, can_view, can_edit",
    [
        ("operator", False, False),
        ("mentor", True, False),
        ("lead", True, True),
        ("admin", True, True),
    ],
)
def test_synonym_rules_are_edited_by_leads_and_admins_only(
    login, make_guide, role, can_view, can_edit
):
    from wagtail.models import ModelLogEntry

    from search.models import SynonymGroup

    make_guide("New noise-cancelling headsets")
    get_engine().rebuild()
    client = login(role)
    listing = client.get("/admin/snippets/search/synonymgroup/", {"q": "gdpr"})
    assert (listing.status_code == 200) is can_view
    if can_view:
        assert "data protection" in listing.content.decode()
    assert client.get("/search/api/", {"q": "earmuffs"}).json()["total"] == 0

    # The server refuses the write itself, not only the form.
    response = client.post(
        "/admin/snippets/search/synonymgroup/add/", {"terms": "headset, earmuffs"}
    )
    created = SynonymGroup.objects.filter(terms="headset, earmuffs").first()
    assert (created is not None) is can_edit
    if not can_edit:
        assert response.status_code in (302, 403)
        assert client.get("/search/api/", {"q": "earmuffs"}).json()["total"] == 0
        return
    # The change is logged and used by the very next search.
    assert ModelLogEntry.objects.filter(object_id=str(created.pk), action="wagtail.create")
    assert client.get("/search/api/", {"q": "earmuffs"}).json()["total"] == 1
    edit = f"/admin/snippets/search/synonymgroup/edit/{created.pk}/"
    client.post(edit, {"terms": "headset, ear defenders"})
    assert client.get("/search/api/", {"q": "earmuffs"}).json()["total"] == 0
    assert client.get("/search/api/", {"q": "ear defenders"}).json()["total"] == 1
    client.post(f"/admin/snippets/search/synonymgroup/delete/{created.pk}/")
    assert not SynonymGroup.objects.filter(pk=created.pk).exists()
    assert client.get("/search/api/", {"q": "ear defenders"}).json()["total"] == 0


def test_the_admin_refuses_an_unusable_rule(login):
    from search.models import SynonymGroup

    response = login("lead").post("/admin/snippets/search/synonymgroup/add/", {"terms": "cancel"})
    assert "A group needs at least two words or phrases" in response.content.decode()
    assert not SynonymGroup.objects.filter(terms="cancel").exists()


def test_synonyms_cost_no_query_on_a_warm_cache(login, make_guide):
    """The rules are read once per "content" generation: a search they expand runs as many
    queries as one they do not."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(3):  # enough hits that "did you mean" is not tried
        make_guide(f"Headset fault {number}", body=[("p", "<p>The headset crackles.</p>")])
        make_guide(f"Voice care {number}", body=[("p", "<p>Sip water between calls.</p>")])
    get_engine().rebuild()
    client = login("operator")
    client.get("/search/api/", {"q": "voice"})  # warm the session, the user and the rules
    with CaptureQueriesContext(connection) as plain:
        assert client.get("/search/api/", {"q": "voice"}).json()["total"] == 3
    with CaptureQueriesContext(connection) as expanded:
        # "headphones" is a synonym of "headset" in the shipped rules.
        assert client.get("/search/api/", {"q": "headphones"}).json()["total"] == 3
    assert len(expanded) == len(plain)
    assert not any("search_synonymgroup" in query["sql"] for query in expanded.captured_queries)
