"""The Elasticsearch engine without a cluster: mapping and analyzers, the exact request bodies,
documents built from real pages, the rebuild's alias swap, and falling back to the database.

Calls that need answers from a cluster go to `FakeCluster`, a small HTTP server on 127.0.0.1
that records each request and answers the way Elasticsearch 8 does, so the real client code
(connection, serialisation, bulk helper) runs.
"""

import json
import logging
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.text import slugify
from elasticsearch import BadRequestError, ConnectionError
from wagtail.models import PageViewRestriction

from home.models import Team
from kb.models import GuideIndexPage, GuidePage, NewsIndexPage, NewsPage, Topic
from search.database import query_segments
from search.documents import documents_for, visibility_for
from search.elasticsearch import ElasticsearchEngine
from search.engine import Results, SearchFilters, get_engine
from search.es_documents import INDEX_ALIAS, audience_contexts, index_action, page_index
from search.es_queries import (
    alias_swap_actions,
    completion_search,
    page_search,
    usable_segments,
    user_audience_contexts,
    visibility_filter,
)
from search.synonyms import parse

# ---------------------------------------------------------------------------------------
# A fake cluster


class FakeCluster:
    """Just enough of an Elasticsearch 8 node for the engine's calls, with a request log."""

    def __init__(self):
        self.requests = []  # (method, path, query params, body text)
        self.indices = {}  # index name → set of aliases
        self.documents = {}  # index or alias name → {id: source}
        self.fail_bulk = False
        self.count = 0
        self.search_answer = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler_class())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def calls(self, method=None, path_part=""):
        return [
            request
            for request in self.requests
            if (method is None or request[0] == method) and path_part in request[1]
        ]

    def handler_class(self):
        cluster = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_any(self):
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                cluster.requests.append((self.command, url.path, parse_qs(url.query), body))
                status, answer = cluster.answer(self.command, url.path, body)
                data = b"" if self.command == "HEAD" else json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_any

        return Handler

    def answer(self, method, path, body):
        parts = [part for part in path.split("/") if part]
        if parts == ["_bulk"]:
            return self.bulk(body)
        if parts == ["_aliases"]:
            return self.update_aliases(json.loads(body)["actions"])
        if parts[:1] == ["_alias"]:
            found = {name: {"aliases": {parts[1]: {}}} for name in self.alias_targets(parts[1])}
            return (200, found) if found else (404, {"error": "alias missing", "status": 404})
        if parts[-1:] == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if parts[-1:] == ["_count"]:
            return 200, {"count": self.count}
        if parts[-1:] == ["_search"]:
            return 200, self.search_answer
        return self.index_request(method, parts[0])

    def index_request(self, method, name):
        if method == "PUT":
            self.indices[name] = set()
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}
        if method == "DELETE":
            for index in name.split(","):
                self.indices.pop(index, None)
            return 200, {"acknowledged": True}
        if method == "HEAD":
            return (200 if name in self.indices else 404), {}
        prefix = name.rstrip("*")
        return 200, {index: {} for index in self.indices if index.startswith(prefix)}

    def alias_targets(self, alias):
        return sorted(index for index, aliases in self.indices.items() if alias in aliases)

    def update_aliases(self, actions):
        for action in actions:
            ((kind, target),) = action.items()
            if kind == "add":
                self.indices[target["index"]].add(target["alias"])
            elif kind == "remove":
                self.indices[target["index"]].discard(target["alias"])
            else:
                self.indices.pop(target["index"])
        return 200, {"acknowledged": True}

    def bulk(self, body):
        if self.fail_bulk:
            error = {"type": "mapper_parsing_exception", "reason": "failed to parse"}
            return 400, {"error": error, "status": 400}
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        items = []
        while lines:
            ((operation, meta),) = lines.pop(0).items()
            stored = self.documents.setdefault(meta["_index"], {})
            if operation == "delete":
                found = stored.pop(str(meta["_id"]), None) is not None
                items.append({"delete": {**meta, "status": 200 if found else 404}})
            else:
                stored[str(meta["_id"])] = lines.pop(0)
                items.append({operation: {**meta, "status": 201}})
        return 200, {"took": 1, "errors": False, "items": items}


@pytest.fixture
def cluster():
    with FakeCluster() as fake:
        yield fake


@pytest.fixture
def engine(cluster):
    return ElasticsearchEngine(url=cluster.url)


# ---------------------------------------------------------------------------------------
# Pages


def guide_index():
    return GuideIndexPage.objects.get()


def add_guide(title, *, kind="guide", body=(), topics=(), live=True, parent=None):
    page = (parent or guide_index()).add_child(
        instance=GuidePage(
            title=title,
            slug=slugify(title),
            kind=kind,
            summary=f"When and how to use {title.lower()}.",
            body=list(body) or [{"type": "paragraph", "value": f"<p>{title}.</p>"}],
            live=live,
        )
    )
    if topics:
        page.topics.set(topics)
        page.save()  # ParentalManyToManyField: the relation is written on save
    return page


def add_news(title, *, teams=(), category="shift-cover"):
    page = NewsIndexPage.objects.get().add_child(
        instance=NewsPage(
            title=title,
            slug=slugify(title),
            summary=f"{title}: what changes and who it affects.",
            category=category,
            date=date(2025, 3, 3),
        )
    )
    if teams:
        page.teams.set(teams)
        page.save()
    return page


CANCELLATION_BODY = [
    {"type": "heading", "value": {"text": "Before you process the cancellation", "level": "h2"}},
    {
        "type": "paragraph",
        "value": "<p>Check the <b>notice period</b> in the customer's contract.</p>",
    },
    {
        "type": "call_script",
        "value": {
            "title": "Customer asks to cancel",
            "situation": "The customer says they want to end their contract.",
            "lines": [
                {"branch": "", "speaker": "customer", "text": "I want to close my account."},
                {
                    "branch": "If the customer mentions price",
                    "speaker": "operator",
                    "text": "I can look at a cheaper plan with you before we go ahead.",
                },
            ],
        },
    },
    {
        "type": "quiz",
        "value": {
            "title": "Check your understanding",
            "pass_mark": 80,
            "questions": [
                {
                    "question": "What do you check before cancelling a contract?",
                    "options": ["The notice period", "The weather"],
                    "correct_option": 1,
                    "explanation": "The notice period decides the final bill.",
                }
            ],
        },
    },
]


@pytest.fixture
def cancellation_guide(db):
    topic = Topic.objects.create(name="Inbound support", slug="inbound-support")
    return add_guide(
        "Handling a cancellation request",
        kind="script",
        body=CANCELLATION_BODY,
        topics=[topic],
    )


def source_of(page):
    [document] = documents_for([page])
    return index_action(document, "callpath-pages-test")["_source"]


# ---------------------------------------------------------------------------------------
# Mapping and analyzers


def test_mapping_stems_english_and_leaves_synonyms_to_the_queries():
    settings = page_index("callpath-pages-test").to_dict()["settings"]
    analysis = settings["analysis"]
    # One source of synonyms, the rules leads edit, applied per query: none in the index, so
    # an edited rule needs no rebuild.
    assert not any(f["type"] in ("synonym", "synonym_graph") for f in analysis["filter"].values())
    assert analysis["filter"]["callpath_stemmer"] == {"type": "stemmer", "language": "english"}
    assert "the" in analysis["filter"]["callpath_stop"]["stopwords"]
    assert analysis["analyzer"]["callpath_english"]["filter"] == [
        "lowercase",
        "callpath_possessive",
        "callpath_stop",
        "callpath_stemmer",
    ]
    assert settings["number_of_shards"] == 1


def test_mapping_is_explicit_for_every_field():
    properties = page_index("callpath-pages-test").to_dict()["mappings"]["properties"]
    for field in ("body", "joined"):
        assert properties[field] == {
            "type": "text",
            "analyzer": "callpath_english",
            "copy_to": "spelling",
        }
    assert properties["title"]["fields"]["exact"] == {"type": "text", "analyzer": "standard"}
    assert properties["suggest"]["type"] == "completion"
    assert properties["suggest"]["contexts"] == [{"name": "audience", "type": "category"}]
    assert properties["topics"]["fields"]["keyword"] == {"type": "keyword"}
    for keyword in ("type", "category", "topic_slugs", "level_slugs"):
        assert properties[keyword] == {"type": "keyword"}
    for number in ("page_id", "team_ids", "restricted_group_ids"):
        assert properties[number] == {"type": "integer"}
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["date"] == {"type": "date"}
    assert properties["restricted"] == properties["for_every_team"] == {"type": "boolean"}


# ---------------------------------------------------------------------------------------
# The request bodies


RULES = parse(["cancel, terminate, close account", "id&v, identity verification"])


def search_body(text, rules=RULES, **options):
    """The request body for `text`, its slots expanded with `rules`."""
    options = {"visibility": None, "filters": SearchFilters(), "page": 1, "per_page": 10, **options}
    segments = usable_segments(query_segments(text, rules))
    return page_search(text, segments=segments, **options)._s.to_dict()


def alternatives(slot):
    """(type, query, boost) of each alternative of a slot."""
    queries = slot["dis_max"]["queries"] if "dis_max" in slot else [slot]
    return [
        (q["multi_match"]["type"], q["multi_match"]["query"], q["multi_match"]["boost"])
        for q in queries
    ]


def test_query_requires_every_slot_and_ranks_phrase_then_typed_words_then_fuzzy():
    body = search_body("customer wants to cancel")
    ranking = body["query"]["bool"]
    [every_slot] = ranking["must"]
    customer, wants, cancel = every_slot["bool"]["must"]  # "to" alone is no slot
    assert alternatives(customer) == [("best_fields", "customer", 1)]
    assert alternatives(wants) == [("best_fields", "wants", 1)]
    # Any alternative of a slot matches; a rule's words and phrases count less than typed.
    assert alternatives(cancel) == [
        ("best_fields", "cancel", 1),
        ("best_fields", "terminate", 0.3),
        ("phrase", "close account", 0.3),
    ]
    phrase, typed, fuzzy = [clause["multi_match"] for clause in ranking["should"]]
    assert (phrase["type"], phrase["query"], phrase["boost"]) == (
        "phrase",
        "customer wants to cancel",
        4,
    )
    assert (typed["type"], typed["operator"], typed["query"], typed["boost"]) == (
        "cross_fields",
        "and",
        "customer wants cancel",
        2,
    )
    assert (fuzzy["fuzziness"], fuzzy["query"], fuzzy["boost"]) == (
        "AUTO",
        "customer wants cancel",
        0.5,
    )
    for clause in (phrase, typed, fuzzy):
        assert clause["fields"] == [
            "title^3",
            "headings^2",
            "summary^1.5",
            "body",
            "topics",
            "levels",
            "joined",
        ]
    assert "filter" not in ranking  # an admin's search is not filtered
    assert "post_filter" not in body
    assert body["track_total_hits"] is True
    # "Did you mean" is asked of the query's plain words, one for each typed word.
    assert body["suggest"]["did_you_mean"]["text"] == "customer wants to cancel"


def test_fallback_query_matches_any_slot():
    body = search_body("cancel headset", require_all=False, spelling=False)
    matching = body["query"]["bool"]["must"][0]["bool"]
    assert matching["minimum_should_match"] == 1
    assert [alternatives(slot)[0][1] for slot in matching["should"]] == ["cancel", "headset"]
    assert "suggest" not in body


def test_a_word_written_with_a_symbol_matches_either_form_and_its_rule():
    [slot] = search_body("ID&V")["query"]["bool"]["must"]
    assert alternatives(slot) == [
        ("best_fields", "idv", 1),
        ("phrase", "id v", 1),
        ("phrase", "identity verification", 0.3),
    ]


def test_a_phrase_a_rule_knows_keeps_its_typed_words_apart():
    [slot] = search_body("close account")["query"]["bool"]["must"]
    typed, terminate, cancel = slot["dis_max"]["queries"]
    assert [q["dis_max"]["queries"] if "dis_max" in q else q for q in typed["bool"]["must"]] == [
        {"multi_match": {"query": word, "type": "best_fields", "fields": ANY_FIELD, "boost": 1}}
        for word in ("close", "account")
    ]
    assert [terminate["multi_match"]["query"], cancel["multi_match"]["query"]] == [
        "cancel",
        "terminate",
    ]


ANY_FIELD = ["title^3", "headings^2", "summary^1.5", "body", "topics", "levels", "joined"]


def test_promoted_pages_are_pinned_above_the_ranked_ones():
    body = search_body("refund", promoted_ids=[42, 7])
    pinned = body["query"]["pinned"]
    assert pinned["ids"] == ["42", "7"]
    assert pinned["organic"]["bool"]["must"][0]["multi_match"]["query"] == "refund"


def test_query_filters_an_operators_results_by_team_and_group(demo_people):
    operator = demo_people["operator"]
    team_ids, group_ids, is_superuser = visibility_for(operator)
    assert team_ids and group_ids and not is_superuser
    body = search_body("refund", visibility=visibility_filter(team_ids, group_ids, is_superuser))
    [visibility] = body["query"]["bool"]["filter"]
    teams, groups = visibility["bool"]["filter"]
    assert teams["bool"]["should"] == [
        {"term": {"for_every_team": True}},
        {"terms": {"team_ids": sorted(team_ids)}},
    ]
    assert groups["bool"]["should"] == [
        {"term": {"restricted": False}},
        {"terms": {"restricted_group_ids": sorted(group_ids)}},
    ]
    # The spelling suggestion only offers words from pages the operator may see.
    collate = body["suggest"]["did_you_mean"]["phrase"]["collate"]["query"]["source"]
    assert collate["bool"]["filter"] == visibility
    # Nor does a word only hidden pages match count as known (it is corrected).
    assert body["aggs"]["known_words"]["aggs"]["visible"]["filter"] == visibility
    words = body["aggs"]["known_words"]["aggs"]["visible"]["aggs"]["words"]["filters"]["filters"]
    assert list(words) == ["refund"]


def test_admin_search_has_no_visibility_filter(demo_people):
    admin = demo_people["admin"]
    assert visibility_filter(*visibility_for(admin)) is None
    assert user_audience_contexts(*visibility_for(admin)) == ["superuser"]


def test_facet_filters_narrow_hits_and_the_other_facets_counts():
    body = search_body(
        "refund", filters=SearchFilters(types=("script",), topics=("inbound-support",)), page=3
    )
    assert body["post_filter"] == {
        "bool": {
            "must": [
                {"terms": {"type": ["script"]}},
                {"terms": {"topic_slugs": ["inbound-support"]}},
            ]
        }
    }
    aggs = body["aggs"]
    assert set(aggs) == {
        "_filter_type",
        "_filter_topic",
        "_filter_level",
        "_filter_category",
        "known_words",  # for spelling, see below
    }
    assert aggs["_filter_type"]["aggs"]["type"]["terms"]["field"] == "type"
    assert aggs["_filter_level"]["aggs"]["level"]["terms"]["field"] == "level_slugs"
    # The type facet counts with the topic filter only, the topic facet with the type only.
    assert aggs["_filter_type"]["filter"] == {"terms": {"topic_slugs": ["inbound-support"]}}
    assert aggs["_filter_topic"]["filter"] == {"terms": {"type": ["script"]}}
    assert (body["from"], body["size"]) == (20, 10)


def test_highlight_escapes_page_text_and_marks_matches():
    body = search_body("refund")
    highlight = body["highlight"]
    assert highlight["encoder"] == "html"
    assert (highlight["pre_tags"], highlight["post_tags"]) == (["<mark>"], ["</mark>"])
    assert {"body", "summary", "title"} <= set(highlight["fields"])
    assert highlight["fields"]["summary"]["no_match_size"] > 0


def test_completion_asks_for_every_audience_the_user_belongs_to():
    contexts = user_audience_contexts(frozenset({3}), frozenset({5}), False)
    assert contexts == [
        "team:all/group:all",
        "team:all/group:5",
        "team:3/group:all",
        "team:3/group:5",
    ]
    body = completion_search("refu", contexts, 8).to_dict()
    completion = body["suggest"]["title_completion"]
    assert completion["prefix"] == "refu"
    assert completion["completion"]["field"] == "suggest"
    assert completion["completion"]["contexts"] == {"audience": contexts}


def test_document_and_user_audiences_meet_only_when_the_user_may_see_the_page():
    def sees(user_teams, user_groups, page_teams, page_groups):
        mine = set(user_audience_contexts(user_teams, user_groups, False))
        return bool(mine & set(audience_contexts(page_teams, page_groups)))

    assert sees({3}, {5}, (), None)
    assert sees({3}, {5}, (3, 4), None)
    assert not sees({3}, {5}, (4,), None)
    assert sees({3}, {5}, (), (5, 6))
    assert not sees({3}, {5}, (), (6,))
    assert sees({3}, {5}, (3,), (5,))
    assert not sees({3}, {5}, (3,), (6,))
    assert not sees({3}, {5}, (), ())  # restricted to nobody (a password)
    assert "superuser" in audience_contexts((), ())


def test_alias_swap_is_one_list_of_actions():
    assert alias_swap_actions(INDEX_ALIAS, "callpath-pages-2", {"callpath-pages-1"}) == [
        {"remove": {"index": "callpath-pages-1", "alias": INDEX_ALIAS}},
        {"add": {"index": "callpath-pages-2", "alias": INDEX_ALIAS}},
    ]
    assert alias_swap_actions(INDEX_ALIAS, "callpath-pages-2", set()) == [
        {"add": {"index": "callpath-pages-2", "alias": INDEX_ALIAS}}
    ]
    # A concrete index that took the alias's name is replaced in the same step.
    assert alias_swap_actions(INDEX_ALIAS, "callpath-pages-2", {INDEX_ALIAS}) == [
        {"remove_index": {"index": INDEX_ALIAS}},
        {"add": {"index": "callpath-pages-2", "alias": INDEX_ALIAS}},
    ]


# ---------------------------------------------------------------------------------------
# Documents from real pages


@pytest.mark.django_db
def test_guide_document_holds_script_lines_quiz_and_separate_headings(cancellation_guide):
    source = source_of(cancellation_guide)
    assert source["type"] == "script"
    assert source["title"] == "Handling a cancellation request"
    assert source["url"] == "/guides/handling-a-cancellation-request/"
    assert "Before you process the cancellation" in source["headings"]
    assert "Customer asks to cancel" in source["headings"]
    assert "Before you process the cancellation" not in source["body"]
    assert "I want to close my account." in source["body"]
    assert "If the customer mentions price" in source["body"]
    assert "What do you check before cancelling a contract?" in source["body"]
    assert "The notice period decides the final bill." in source["body"]
    assert "<b>" not in source["body"]
    assert source["topics"] == ["Inbound support"]
    assert source["topic_slugs"] == ["inbound-support"]
    assert source["for_every_team"] is True
    assert source["restricted"] is False
    full_title, suffixes = source["suggest"]
    assert full_title["input"] == ["Handling a cancellation request"]
    assert "cancellation request" in suffixes["input"]
    assert full_title["contexts"] == {"audience": ["superuser", "team:all/group:all"]}


@pytest.mark.django_db
def test_targeted_news_document_carries_its_teams():
    team = Team.objects.create(name="Outbound Sales", slug="outbound-sales")
    news = add_news("Saturday cover for the spring campaign", teams=[team])
    source = source_of(news)
    assert (source["type"], source["category"]) == ("news", "shift-cover")
    assert source["team_ids"] == [team.pk]
    assert source["for_every_team"] is False
    assert source["date"] == date(2025, 3, 3)
    assert source["suggest"][0]["contexts"]["audience"] == [
        "superuser",
        f"team:{team.pk}/group:all",
    ]


@pytest.mark.django_db
def test_view_restrictions_reach_the_document():
    leads = Group.objects.get(name="Leads")
    private = add_guide("Lead handbook")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([leads])
    secret = add_guide("Payroll passwords")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    private_source, secret_source = source_of(private), source_of(secret)
    assert private_source["restricted"] is True
    assert private_source["restricted_group_ids"] == [leads.pk]
    assert secret_source["restricted"] is True
    assert "restricted_group_ids" not in secret_source  # nobody passes a password in search
    assert secret_source["suggest"][0]["contexts"]["audience"] == ["superuser"]


# ---------------------------------------------------------------------------------------
# Talking to a (fake) cluster


@pytest.mark.django_db
def test_rebuild_swaps_the_alias_in_one_call_then_deletes_the_old_index(
    cluster, engine, cancellation_guide
):
    add_guide("Draft refund policy", live=False)
    cluster.indices["callpath-pages-old"] = {INDEX_ALIAS}

    indexed = engine.rebuild()

    assert indexed == 1
    [create] = [request for request in cluster.calls("PUT") if "_bulk" not in request[1]]
    created = create[1].strip("/")
    assert created.startswith("callpath-pages-") and created != "callpath-pages-old"
    mapping = json.loads(create[3])
    assert mapping["mappings"]["properties"]["suggest"]["type"] == "completion"
    assert set(cluster.documents[created]) == {str(cancellation_guide.pk)}
    [swap] = cluster.calls("POST", "/_aliases")
    assert json.loads(swap[3])["actions"] == [
        {"remove": {"index": "callpath-pages-old", "alias": INDEX_ALIAS}},
        {"add": {"index": created, "alias": INDEX_ALIAS}},
    ]
    # The old index goes only after the alias has moved: no moment without results.
    order = [(method, path) for method, path, *_ in cluster.requests]
    assert order.index(("DELETE", "/callpath-pages-old")) > order.index(("POST", "/_aliases"))
    assert cluster.indices == {created: {INDEX_ALIAS}}


@pytest.mark.django_db
def test_failed_rebuild_leaves_the_alias_alone_and_drops_the_new_index(
    cluster, engine, cancellation_guide
):
    cluster.indices["callpath-pages-old"] = {INDEX_ALIAS}
    cluster.fail_bulk = True

    with pytest.raises(BadRequestError):
        engine.rebuild()

    assert cluster.calls("POST", "/_aliases") == []
    assert cluster.indices == {"callpath-pages-old": {INDEX_ALIAS}}


@pytest.mark.django_db
def test_index_pages_writes_live_pages_and_removes_unpublished_ones(
    cluster, engine, cancellation_guide
):
    draft = add_guide("Draft refund policy", live=False)

    engine.index_pages([cancellation_guide, draft])

    [(_method, _path, params, body)] = cluster.calls(path_part="/_bulk")
    lines = [json.loads(line) for line in body.splitlines()]
    assert lines[0] == {"index": {"_index": INDEX_ALIAS, "_id": cancellation_guide.pk}}
    assert lines[1]["title"] == "Handling a cancellation request"
    assert lines[2] == {"delete": {"_index": INDEX_ALIAS, "_id": draft.pk}}
    assert params["refresh"] == ["wait_for"]


def test_remove_pages_deletes_by_id_and_ignores_pages_never_indexed(cluster, engine):
    engine.remove_pages([12, 7, 12])
    [(_method, _path, _params, body)] = cluster.calls(path_part="/_bulk")
    assert [json.loads(line) for line in body.splitlines()] == [
        {"delete": {"_index": INDEX_ALIAS, "_id": 7}},
        {"delete": {"_index": INDEX_ALIAS, "_id": 12}},
    ]


def test_index_updates_log_and_reraise_when_the_cluster_is_down(caplog):
    engine = ElasticsearchEngine(url="http://127.0.0.1:9")
    with (
        caplog.at_level(logging.ERROR, logger="search.elasticsearch"),
        pytest.raises(ConnectionError),
    ):
        engine.remove_pages([7])
    assert "could not remove pages [7]" in caplog.text


def search_answer(page):
    """What the cluster answers for a search that found one guide."""
    buckets = {
        "type": [{"key": "script", "doc_count": 1}, {"key": "guide", "doc_count": 4}],
        "topic": [{"key": "inbound-support", "doc_count": 1}],
        "level": [],
        "category": [],
    }
    return {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": 1, "relation": "eq"},
            "max_score": 12.5,
            "hits": [
                {
                    "_index": "callpath-pages-1",
                    "_id": str(page.pk),
                    "_score": 12.5,
                    "_source": {
                        "page_id": page.pk,
                        "type": "script",
                        "title": page.title,
                        "summary": page.summary,
                        "topics": ["Inbound support"],
                        "url": page.url,
                        "date": "2025-03-01",
                    },
                    "highlight": {
                        "body": ["I want to &lt;b&gt;close&lt;/b&gt; my <mark>account</mark>."]
                    },
                }
            ],
        },
        "aggregations": {
            f"_filter_{name}": {"doc_count": 5, name: {"buckets": values}}
            for name, values in buckets.items()
        },
        "suggest": {
            "did_you_mean": [
                {
                    "text": "cancel acount",
                    "offset": 0,
                    "length": 13,
                    "options": [{"text": "cancel account", "score": 0.4}],
                }
            ]
        },
    }


@pytest.mark.django_db
def test_search_turns_the_cluster_answer_into_results(cluster, engine, cancellation_guide):
    cluster.search_answer = search_answer(cancellation_guide)
    admin = type("Admin", (), {"is_superuser": True})()

    results = engine.search("cancel acount", user=admin, filters=SearchFilters(types=("script",)))

    assert isinstance(results, Results)
    [hit] = results.hits
    assert (hit.page_id, hit.type, hit.url) == (
        cancellation_guide.pk,
        "script",
        "/guides/handling-a-cancellation-request/",
    )
    assert hit.snippet == "I want to &lt;b&gt;close&lt;/b&gt; my <mark>account</mark>."
    assert hit.date == date(2025, 3, 1)
    assert hit.topics == ("Inbound support",)
    assert hit.score == 12.5
    assert results.total == 1
    assert [(v.value, v.label, v.count) for v in results.facets["type"]] == [
        ("script", "Call script", 1),
        ("guide", "Guide", 4),
    ]
    assert [(v.label, v.count) for v in results.facets["topic"]] == [("Inbound support", 1)]
    assert results.suggestion == "cancel account"
    [(_method, path, _params, body)] = cluster.calls("POST", "/_search")
    assert path == f"/{INDEX_ALIAS}/_search"
    assert json.loads(body)["post_filter"] == {"terms": {"type": ["script"]}}


def empty_answer(typed, suggested):
    """What the cluster answers when nothing matches, with a spelling suggestion."""
    return {
        "took": 1,
        "timed_out": False,
        "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
        "aggregations": {
            f"_filter_{name}": {"doc_count": 0, name: {"buckets": []}}
            for name in ("type", "topic", "level", "category")
        },
        "suggest": {
            "did_you_mean": [
                {
                    "text": typed,
                    "offset": 0,
                    "length": len(typed),
                    "options": [{"text": suggested, "score": 0.4}],
                }
            ]
        },
    }


def searched(cluster):
    """(the ranking's matching clause, whether "did you mean" was asked) of each search."""
    bodies = [json.loads(body) for *_, body in cluster.calls("POST", "/_search")]
    return [(body["query"]["bool"]["must"][0]["bool"], "suggest" in body) for body in bodies]


def slot_words(matching):
    """The typed word of each slot."""
    slots = matching.get("must") or matching.get("should")
    return [alternatives(slot)[0][1] for slot in slots]


@pytest.mark.django_db
def test_a_query_nothing_matches_is_corrected_then_loosened(cluster, engine):
    cluster.search_answer = empty_answer("refnd policy", "refund policy")
    admin = type("Admin", (), {"is_superuser": True})()

    results = engine.search("refnd policy", user=admin)

    (typed, asked), (corrected, asked_again), (loosened, _) = searched(cluster)
    # Every typed word, with "did you mean"; then every corrected word; then, since that
    # found nothing either, any typed word.
    assert slot_words(typed) == ["refnd", "policy"] and asked
    assert slot_words(corrected) == ["refund", "policy"] and not asked_again
    assert slot_words(loosened) == ["refnd", "policy"]
    assert loosened["minimum_should_match"] == 1
    assert (results.corrected_query, results.suggestion) == (None, "refund policy")

    cluster.requests.clear()
    exact = engine.search("refnd policy", user=admin, exact=True)
    assert [slot_words(matching) for matching, _ in searched(cluster)] == [
        ["refnd", "policy"],
        ["refnd", "policy"],
    ]
    assert (exact.corrected_query, exact.suggestion) == (None, "refund policy")


@pytest.mark.django_db
def test_snippet_falls_back_to_the_escaped_summary(cluster, engine, cancellation_guide):
    answer = search_answer(cancellation_guide)
    hit = answer["hits"]["hits"][0]
    del hit["highlight"]
    hit["_source"]["summary"] = "Keep <script> tags out & stay calm."
    cluster.search_answer = answer
    admin = type("Admin", (), {"is_superuser": True})()

    [result] = engine.search("calm", user=admin).hits

    assert result.snippet == "Keep &lt;script&gt; tags out &amp; stay calm."


@pytest.mark.django_db
def test_promoted_hit_is_pinned_and_shows_an_ordinary_score(cluster, engine, cancellation_guide):
    from search.models import PromotedResult

    PromotedResult.objects.create(query="Cancel  Acount", page=cancellation_guide)
    answer = search_answer(cancellation_guide)
    [promoted] = answer["hits"]["hits"]
    promoted["_score"] = 1.7e38  # what a pinned query scores its ids
    organic = {**promoted, "_id": "999", "_score": 6.0}
    organic["_source"] = {**promoted["_source"], "page_id": 999, "title": "Another guide"}
    answer["hits"]["hits"] = [promoted, organic]
    cluster.search_answer = answer
    admin = type("Admin", (), {"is_superuser": True})()

    first, second = engine.search("cancel acount", user=admin).hits

    assert (first.page_id, first.promoted, first.score) == (cancellation_guide.pk, True, 6.0)
    assert (second.promoted, second.score) == (False, 6.0)
    _method, _path, _params, body = cluster.calls("POST", "/_search")[0]
    assert json.loads(body)["query"]["pinned"]["ids"] == [str(cancellation_guide.pk)]


def test_blank_query_does_not_call_the_cluster(cluster, engine):
    results = engine.search("   ", user=None)
    assert (results.total, results.hits) == (0, ())
    assert cluster.requests == []


def completion_option(page_id, matched, title):
    return {
        "_index": "callpath-pages-1",
        "_id": str(page_id),
        "_score": 10,
        "text": matched,
        "_source": {"title": title},
    }


@pytest.mark.django_db
def test_suggest_returns_each_visible_title_once_starting_ones_first(cluster, engine, demo_people):
    cluster.search_answer = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "suggest": {
            "title_completion": [
                {
                    "text": "ref",
                    "offset": 0,
                    "length": 3,
                    "options": [
                        completion_option(1, "Refunds", "Refunds"),
                        completion_option(2, "refunds for faults", "Card refunds for faults"),
                        completion_option(3, "Refunds", "Refunds"),
                        completion_option(4, "Referral bonus", "Referral bonus"),
                    ],
                }
            ]
        },
    }
    operator = demo_people["operator"]

    assert engine.suggest("ref", operator) == [
        "Referral bonus",
        "Refunds",
        "Card refunds for faults",
    ]
    assert engine.suggest("ref", operator, limit=1) == ["Referral bonus"]

    _method, _path, _params, body = cluster.calls("POST", "/_search")[0]
    contexts = json.loads(body)["suggest"]["title_completion"]["completion"]["contexts"]
    assert contexts == {"audience": user_audience_contexts(*visibility_for(operator))}


# ---------------------------------------------------------------------------------------
# Falling back, and the management command


@pytest.mark.django_db
def test_search_falls_back_to_the_database_when_the_cluster_is_unreachable(
    settings, caplog, cancellation_guide, demo_people
):
    settings.ELASTICSEARCH_URL = ""
    get_engine().rebuild()
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there

    with caplog.at_level(logging.WARNING):
        results = get_engine().search("cancellation", user=demo_people["operator"])

    assert cancellation_guide.pk in [hit.page_id for hit in results.hits]
    assert "answering from the database" in caplog.text


@pytest.mark.django_db
def test_elasticsearch_engine_raises_connection_errors_for_the_fallback():
    engine = ElasticsearchEngine(url="http://127.0.0.1:9")
    admin = type("Admin", (), {"is_superuser": True})()
    with pytest.raises(ConnectionError):
        engine.search("refund", user=admin)
    with pytest.raises(ConnectionError):
        engine.suggest("ref", admin)


@pytest.mark.django_db
def test_check_command_with_the_database_engine(settings, capsys, cancellation_guide):
    settings.ELASTICSEARCH_URL = ""
    call_command("search_index", "--rebuild")
    assert "Indexed 1 pages with the database engine." in capsys.readouterr().out

    call_command("search_index", "--check")
    assert "holds all 1 searchable pages" in capsys.readouterr().out

    get_engine().remove_pages([cancellation_guide.pk])
    with pytest.raises(CommandError, match="holds 0 documents but 1 pages") as error:
        call_command("search_index", "--check")
    assert error.value.returncode == 1


@pytest.mark.django_db
def test_check_command_compares_the_cluster_with_the_database(
    settings, cluster, cancellation_guide
):
    settings.ELASTICSEARCH_URL = cluster.url
    cluster.count = 1
    call_command("search_index", "--check")
    assert cluster.calls("GET", f"/{INDEX_ALIAS}/_count") or cluster.calls(
        "POST", f"/{INDEX_ALIAS}/_count"
    )

    cluster.count = 3
    with pytest.raises(CommandError, match="elasticsearch index holds 3 documents"):
        call_command("search_index", "--check")
