"""The search contract, written against the `SearchEngine` interface only.

Every engine must pass these. A test module imports them (`from tests.search.contract import
*`) and provides an `engine` fixture: the database engine in `test_database_engine.py`, the
Elasticsearch engine where a cluster is available. Content is created as pages, then indexed
with `engine.rebuild()`, so the tests also cover serializing pages into documents.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from search.engine import SearchFilters
from search.models import SynonymGroup

pytestmark = pytest.mark.django_db

ROLES = ["operator", "mentor", "lead", "admin"]


def rules(*lines):
    """Only these synonym rules (the migration seeds the shipped ones)."""
    SynonymGroup.objects.all().delete()
    for line in lines:
        SynonymGroup.objects.create(terms=line)


def titles(results):
    return [hit.title for hit in results.hits]


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


def test_title_match_ranks_above_body_match(engine, make_guide, demo_people):
    make_guide(
        "Writing up a call",
        body=[("p", "<p>If the caller asks about a refund, note the amount and the date.</p>")],
    )
    make_guide("Refund rules", body=[("p", "<p>What we can give back, and when.</p>")])
    engine.rebuild()
    results = engine.search("refund", user=demo_people["operator"])
    assert titles(results) == ["Refund rules", "Writing up a call"]
    assert results.hits[0].score >= results.hits[1].score


def test_stemming_finds_other_forms_of_a_word(engine, make_guide, demo_people):
    make_guide(
        "Keeping a customer",
        body=[("p", "<p>Every cancellation request starts with finding the reason.</p>")],
    )
    engine.rebuild()
    assert titles(engine.search("cancel", user=demo_people["operator"])) == ["Keeping a customer"]
    assert titles(engine.search("cancelling", user=demo_people["operator"])) == [
        "Keeping a customer"
    ]


def test_every_block_of_a_guide_is_searchable(engine, make_guide, demo_people):
    make_guide(
        "Price objections",
        body=[
            ("h2", "Hearing the objection"),
            ("script", "Opening", "Outbound upgrade calls", [("operator", "Hello, it's Piotr")]),
            ("script", "Branch", "", [("If the customer mentions a competitor", "customer", "Hi")]),
            ("quiz", "Check", [("Which offer is allowed?", ["Loyalty discount", "None"], 1, "")]),
            ("checklist", "Before the call", ["Have the tariff sheet open"]),
        ],
    )
    engine.rebuild()
    operator = demo_people["operator"]
    for words in ["hearing objection", "competitor", "loyalty discount", "tariff sheet"]:
        assert titles(engine.search(words, user=operator)) == ["Price objections"], words


def test_facets_count_the_whole_matching_set(engine, make_guide, topics, level, demo_people):
    inbound, outbound = topics["inbound-support"], topics["outbound-sales"]
    body = [("p", "<p>Take the payment on the secure keypad.</p>")]
    make_guide("Payments A", kind="script", body=body, topics=[inbound], levels=[level])
    make_guide("Payments B", kind="script", body=body, topics=[inbound, outbound])
    make_guide("Payments C", kind="guide", body=body, topics=[outbound])
    make_guide("Unrelated", kind="guide", body=[("p", "<p>Rotas and swaps.</p>")])
    engine.rebuild()
    results = engine.search("payment", user=demo_people["operator"], per_page=1)
    assert results.total == 3
    assert len(results.hits) == 1
    assert facet(results, "type") == {"script": 2, "guide": 1}
    assert facet(results, "topic") == {"inbound-support": 2, "outbound-sales": 2}
    assert facet(results, "level") == {"senior-operator": 1}
    labels = {value.value: value.label for value in results.facets["topic"]}
    assert labels["inbound-support"] == "Inbound support"


def test_filters_narrow_results_and_other_facets(
    engine, make_guide, make_news, topics, demo_people
):
    inbound = topics["inbound-support"]
    body = [("p", "<p>How to handle a complaint from start to finish.</p>")]
    make_guide("Complaint script", kind="script", body=body, topics=[inbound])
    make_guide("Complaint guide", kind="guide", body=body)
    make_news("Complaint form changes", body=body, category="policy")
    engine.rebuild()
    operator = demo_people["operator"]

    scripts = engine.search("complaint", user=operator, filters=SearchFilters(types=("script",)))
    assert titles(scripts) == ["Complaint script"]
    assert scripts.total == 1
    # The type facet ignores the type filter (so other types can be added) ...
    assert facet(scripts, "type") == {"script": 1, "guide": 1, "news": 1}
    # ... while the other facets count within it.
    assert facet(scripts, "topic") == {"inbound-support": 1}
    assert facet(scripts, "category") == {}

    by_topic = engine.search(
        "complaint", user=operator, filters=SearchFilters(topics=(inbound.slug,))
    )
    assert titles(by_topic) == ["Complaint script"]
    news = engine.search("complaint", user=operator, filters=SearchFilters(categories=("policy",)))
    assert titles(news) == ["Complaint form changes"]


def test_snippets_are_escaped_and_highlighted(engine, make_guide, demo_people):
    make_guide(
        "Suspicious messages",
        body=[
            ("p", "<p>A message containing &lt;script&gt;alert(1)&lt;/script&gt; is phishing.</p>"),
            ("checklist", "Report", ["<b>bold</b> attachments are reported to IT"]),
        ],
    )
    engine.rebuild()
    [hit] = engine.search("phishing", user=demo_people["operator"]).hits
    assert "<mark>phishing</mark>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    [hit] = engine.search("attachments", user=demo_people["operator"]).hits
    assert "<b>" not in hit.snippet and "&lt;b&gt;" in hit.snippet


def test_unpublished_pages_are_never_found(engine, make_guide, demo_people):
    make_guide("Draft refund policy", live=False)
    published = make_guide("Old refund policy")
    published.unpublish()
    engine.rebuild()
    admin = demo_people["admin"]
    assert engine.search("refund policy", user=admin).total == 0
    assert engine.suggest("refund", admin) == []
    assert engine.count() == 0


@pytest.mark.parametrize(
    "role, sees_other_team, sees_leads_only",
    [
        ("operator", False, False),
        ("mentor", False, False),
        ("lead", False, True),
        ("admin", True, True),
    ],
)
def test_permissions_for_each_role(
    engine, make_guide, make_news, demo_people, role, sees_other_team, sees_leads_only
):
    make_news("Overtime for outbound sales", teams=["outbound-sales"], category="campaign")
    make_news("Overtime for inbound support", teams=["inbound-support"], category="shift-cover")
    make_news("Overtime rules for everyone", category="policy")
    restricted = make_guide("Overtime budget for leads")
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Leads")])
    engine.rebuild()

    user = demo_people[role]
    expected = {"Overtime for inbound support", "Overtime rules for everyone"}
    if sees_other_team:
        expected.add("Overtime for outbound sales")
    if sees_leads_only:
        expected.add("Overtime budget for leads")
    results = engine.search("overtime", user=user)
    assert set(titles(results)) == expected
    assert results.total == len(expected)
    assert sum(facet(results, "type").values()) == len(expected)
    assert ("campaign" in facet(results, "category")) is sees_other_team
    assert set(engine.suggest("overtime", user)) == expected


def test_password_protected_pages_are_hidden_from_everyone_but_admins(
    engine, make_guide, demo_people
):
    page = make_guide("Retention offers price list")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    engine.rebuild()
    assert engine.search("retention offers", user=demo_people["lead"]).total == 0
    assert engine.search("retention offers", user=demo_people["admin"]).total == 1


def test_a_misspelling_is_corrected_and_searched_at_once(engine, make_guide, demo_people):
    make_guide("Refund rules", body=[("p", "<p>Refunds go back to the card that paid.</p>")])
    make_guide("Refunds for faults", body=[("p", "<p>A refund for days without service.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    results = engine.search("refnd", user=operator)
    assert set(titles(results)) == {"Refund rules", "Refunds for faults"}
    assert results.query == "refnd"
    assert results.corrected_query == "refund"
    assert results.suggestion is None
    # The words as typed, on request: nothing, and "did you mean".
    exact = engine.search("refnd", user=operator, exact=True)
    assert exact.total == 0
    assert exact.corrected_query is None
    assert exact.suggestion == "refund"
    # Found as typed: no correction, no suggestion.
    plain = engine.search("refund", user=operator)
    assert plain.corrected_query is None and plain.suggestion is None


def test_suggest_completes_title_words(engine, make_guide, demo_people):
    make_guide("Handling an angry caller")
    make_guide("Angry customers on social media")
    make_guide("Taking a payment")
    engine.rebuild()
    operator = demo_people["operator"]
    assert engine.suggest("ang", operator) == [
        "Angry customers on social media",
        "Handling an angry caller",
    ]
    assert engine.suggest("angry cal", operator) == ["Handling an angry caller"]
    assert engine.suggest("ang", operator, limit=1) == ["Angry customers on social media"]
    assert engine.suggest("zzz", operator) == []


def test_pagination_returns_each_hit_once(engine, make_guide, demo_people):
    for number in range(12):
        make_guide(f"Headset fault {number}", body=[("p", "<p>The headset crackles.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    pages = [engine.search("headset", user=operator, page=n, per_page=5) for n in (1, 2, 3)]
    assert [len(results.hits) for results in pages] == [5, 5, 2]
    assert all(results.total == 12 for results in pages)
    seen = [hit.page_id for results in pages for hit in results.hits]
    assert len(set(seen)) == 12
    assert engine.search("headset", user=operator, page=4, per_page=5).hits == ()


def test_hits_carry_what_a_result_shows(engine, make_guide, topics, level, demo_people):
    guide = make_guide(
        "Voice care", kind="lesson", topics=[topics["inbound-support"]], levels=[level]
    )
    engine.rebuild()
    [hit] = engine.search("voice", user=demo_people["operator"]).hits
    assert hit.page_id == guide.pk
    assert hit.type == "lesson"
    assert hit.url == "/guides/voice-care/"
    assert hit.topics == ("Inbound support",)
    assert hit.levels == ("Senior operator",)
    assert hit.date is not None
    assert hit.promoted is False


def test_index_pages_and_remove_pages(engine, make_guide, demo_people):
    guide = make_guide("Wrap-up codes")
    engine.rebuild()
    assert engine.count() == 1
    guide.title = "CRM wrap-up codes"
    guide.save_revision().publish()
    engine.index_pages([guide])
    assert titles(engine.search("crm", user=demo_people["operator"])) == ["CRM wrap-up codes"]
    engine.remove_pages([guide.pk])
    assert engine.count() == 0
    assert engine.search("wrap", user=demo_people["operator"]).total == 0


def test_an_acronym_finds_the_words_it_stands_for(engine, make_guide, demo_people):
    rules("gdpr, data protection, personal data", "id&v, identity verification")
    make_guide("Verifying a caller", body=[("p", "<p>Under data protection law we check.</p>")])
    make_guide("Identity verification steps", body=[("p", "<p>Two checks, always.</p>")])
    make_guide("Refund rules", body=[("p", "<p>Money back to the card.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    assert titles(engine.search("GDPR", user=operator)) == ["Verifying a caller"]
    assert titles(engine.search("ID&V", user=operator)) == ["Identity verification steps"]
    # Both ways: the words find the acronym's page too.
    make_guide("GDPR in one page", body=[("p", "<p>What the regulation asks of us.</p>")])
    engine.rebuild()
    found = titles(engine.search("data protection", user=operator))
    assert set(found) == {"Verifying a caller", "GDPR in one page"}


def test_a_phrase_of_the_query_uses_its_rule_and_typed_words_rank_first(
    engine, make_guide, demo_people
):
    # Words the shipped rules do not have, so only these rules can connect them.
    rules("lurgy, absence, got the lurgy", "incandescent, angry, livid")
    make_guide("Reporting an absence", body=[("p", "<p>Phone the absence line first.</p>")])
    make_guide("Angry customers", body=[("p", "<p>Stay calm and listen.</p>")])
    make_guide("Incandescent customers", body=[("p", "<p>Stay calm and listen to them.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    assert titles(engine.search("got the lurgy", user=operator)) == ["Reporting an absence"]
    # Both pages are found; the one with the word the user typed comes first.
    assert titles(engine.search("incandescent", user=operator)) == [
        "Incandescent customers",
        "Angry customers",
    ]


def test_one_way_rules_expand_only_from_the_left(engine, make_guide, demo_people):
    rules("defection => cancel, retention")
    make_guide("Handling a cancellation", body=[("p", "<p>Make one retention offer.</p>")])
    make_guide("Defection figures", body=[("p", "<p>How many customers left this month.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    assert set(titles(engine.search("defection", user=operator))) == {
        "Handling a cancellation",
        "Defection figures",
    }
    assert titles(engine.search("cancellation", user=operator)) == ["Handling a cancellation"]


def test_an_edited_rule_applies_at_the_next_search(engine, make_guide, demo_people):
    rules("refund, money back")
    make_guide("New noise-cancelling headsets", body=[("p", "<p>Swap times by team.</p>")])
    engine.rebuild()
    operator = demo_people["operator"]
    assert engine.search("headphones", user=operator).total == 0
    group = SynonymGroup.objects.create(terms="headset, headphones")
    assert titles(engine.search("headphones", user=operator)) == ["New noise-cancelling headsets"]
    group.delete()
    assert engine.search("headphones", user=operator).total == 0


def test_a_synonym_term_is_never_corrected(engine, make_guide, demo_people):
    rules("dnc, suppression list")
    make_guide("DNS settings", body=[("p", "<p>The router's dns servers.</p>")])
    engine.rebuild()
    results = engine.search("dnc", user=demo_people["operator"])
    assert results.total == 0
    assert results.corrected_query is None
    make_guide("Calling lists", body=[("p", "<p>Never ring a number on the suppression list.</p>")])
    engine.rebuild()
    results = engine.search("DNC", user=demo_people["operator"])
    assert titles(results) == ["Calling lists"]
    assert results.corrected_query is None


def test_a_misspelt_word_is_corrected_among_the_other_words(engine, make_guide, demo_people):
    rules("complaint, grievance")
    make_guide("Escalating a complaint", body=[("p", "<p>Use the escalation form.</p>")])
    make_guide("Complaint form", body=[("p", "<p>Where the form lives.</p>")])
    make_guide("Escalation contacts", body=[("p", "<p>Who takes an escalation.</p>")])
    engine.rebuild()
    results = engine.search("escalaton form", user=demo_people["operator"])
    assert results.query == "escalaton form"
    assert results.corrected_query == "escalation form"
    # Every word must match again, so the page about both comes alone.
    assert titles(results) == ["Escalating a complaint"]
