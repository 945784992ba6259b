"""Search and publishing keep working when the Elasticsearch cluster does not.

Each fault is a real network condition on 127.0.0.1, not a mock: a closed port, a server that
accepts connections and never answers, one that answers with Elasticsearch's error bodies,
and ones that answer with something that is not Elasticsearch at all. The real client code
(connection pool, timeouts, retries, deserialisation) runs against them.
"""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils.text import slugify
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kb.demo import stream_data
from kb.models import GuideIndexPage, GuidePage
from search.database import DatabaseEngine
from search.elasticsearch import INDEX_UPDATE_TIMEOUT

pytestmark = pytest.mark.django_db


def closed_port():
    """A local port nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """Accepts connections and reads requests, but never answers until it is stopped."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.stopped = threading.Event()
        self.connections = []

    def start(self):
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while not self.stopped.is_set():
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)

    def stop(self):
        self.stopped.set()
        for connection in [self.socket, *self.connections]:
            connection.close()


class RawServer(SilentServer):
    """Answers every connection with the same bytes, HTTP or not, then hangs up."""

    def __init__(self, answer):
        super().__init__()
        self.answer = answer

    def accept(self):
        while not self.stopped.is_set():
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                connection.sendall(self.answer)


class AnsweringServer:
    """An HTTP server giving every request the same status, headers and body."""

    def __init__(self, status, body, content_type="application/json", elastic=True):
        answer = (status, body.encode(), content_type, elastic)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_any(self):
                status, data, content_type, elastic = answer
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(status)
                if elastic:
                    self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def elastic_error(status, error_type, reason):
    """An error body the way Elasticsearch 8 writes it."""
    error = {"type": error_type, "reason": reason}
    return json.dumps({"error": {"root_cause": [error], **error}, "status": status})


class ClosedPort:
    def __init__(self):
        self.url = f"http://127.0.0.1:{closed_port()}"

    def start(self):
        pass

    def stop(self):
        pass


FAULTS = {
    "unreachable": ClosedPort,
    "slow": SilentServer,
    "unavailable (503)": lambda: AnsweringServer(
        503,
        elastic_error(503, "cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE]"),
    ),
    "internal error (500)": lambda: AnsweringServer(
        500, elastic_error(500, "null_pointer_exception", "Cannot invoke a method")
    ),
    "no index yet (404)": lambda: AnsweringServer(
        404, elastic_error(404, "index_not_found_exception", "no such index [callpath-pages]")
    ),
    "answer is not JSON": lambda: AnsweringServer(200, '{"took": 3, "hits": {"hits": [tru'),
    "proxy error page": lambda: AnsweringServer(
        502, "<html><body>Bad gateway</body></html>", "text/html", elastic=False
    ),
    "not HTTP at all": lambda: RawServer(b"SSH-2.0-OpenSSH_9.2p1\r\n"),
}


# Faster than the 2 s default, so the slow cluster's tests stay quick; the budgets scale.
TIMEOUT = 0.5


@pytest.fixture(params=list(FAULTS))
def broken_cluster(request, settings):
    """ELASTICSEARCH_URL pointing at one kind of broken cluster (a new one for each test)."""
    server = FAULTS[request.param]()
    server.start()
    settings.ELASTICSEARCH_URL = server.url
    settings.ELASTICSEARCH_TIMEOUT = TIMEOUT
    yield request.param
    server.stop()


def add_guide(title, *, live=True, **fields):
    page = GuidePage(
        title=title,
        slug=slugify(title),
        live=live,
        summary=fields.pop("summary", f"About {title.lower()}."),
        body=stream_data(fields.pop("body", [("p", f"<p>How to handle {title.lower()}.</p>")])),
        **fields,
    )
    return GuideIndexPage.objects.get().add_child(instance=page)


@pytest.fixture
def chargeback_guide(db, settings):
    """A live guide, indexed while the cluster was still fine (not configured)."""
    settings.ELASTICSEARCH_URL = ""
    return add_guide("Handling a chargeback dispute")


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def titles_in(url, response):
    if "/api/" in url:
        return [hit["title"] for hit in response.json()["results"]]
    if "/suggest/" in url:
        return response.json()
    return [title for title in ["Handling a chargeback dispute"] if title in response.text]


@pytest.mark.parametrize(
    "url", ["/search/?q=chargeback", "/search/api/?q=chargeback", "/search/suggest/?q=chargeb"]
)
def test_search_answers_from_the_database_within_the_timeout(
    chargeback_guide, login, broken_cluster, url
):
    client = login("operator")

    response, seconds = timed_get(client, url)

    assert response.status_code == 200
    assert titles_in(url, response) == ["Handling a chargeback dispute"]
    # One attempt that times out (timeouts are not retried), then the database engine.
    assert seconds < 2 * TIMEOUT + 0.5, f"{broken_cluster}: {url} took {seconds:.1f} s"


def test_during_an_outage_only_the_first_search_waits(chargeback_guide, login, settings):
    server = SilentServer()
    server.start()
    settings.ELASTICSEARCH_URL = server.url
    settings.ELASTICSEARCH_TIMEOUT = TIMEOUT
    client = login("operator")
    try:
        timings = [timed_get(client, "/search/api/?q=chargeback")[1] for _ in range(4)]
    finally:
        server.stop()

    assert timings[0] >= TIMEOUT
    assert max(timings[1:]) < TIMEOUT, timings


def edit_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "kind": "guide",
            "summary": "What to do when a customer disputes a card payment.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Take the dispute reference first.</p>"))]
            ),
            **extra,
        }
    )


def test_lead_publishes_in_the_admin_and_the_page_is_found(broken_cluster, login, demo_people):
    draft = add_guide("Chargeback disputes", live=False)
    started = time.monotonic()

    response = login("lead").post(
        f"/admin/pages/{draft.pk}/edit/",
        edit_form("Chargeback disputes", **{"action-publish": "publish"}),
    )
    publish_seconds = time.monotonic() - started

    assert response.status_code == 302, response.content.decode()[:2000]
    guide = GuidePage.objects.get(pk=draft.pk)
    assert guide.live
    assert guide.live_revision is not None
    results = DatabaseEngine().search("chargeback", user=demo_people["operator"])
    assert [hit.page_id for hit in results.hits] == [guide.pk]
    assert "Take the dispute reference first" in DatabaseEngine().search(
        "dispute reference", user=demo_people["operator"]
    ).hits[0].snippet.replace("<mark>", "").replace("</mark>", "")
    # Through the real search page too, which tries the broken cluster first.
    page = login("operator").get("/search/?q=chargeback")
    assert "Chargeback disputes" in page.content.decode()
    # At most one index update waits for the cluster; the others skip it.
    assert publish_seconds < INDEX_UPDATE_TIMEOUT + 3, f"{broken_cluster}: {publish_seconds:.1f} s"
