"""Eight people writing at the same moment on SQLite never meet "database is locked".

SQLite has one writer at a time. The settings make concurrent writers queue (WAL, IMMEDIATE
transactions, a 20 s busy timeout) instead of failing; this drives the real site under
gunicorn (2 workers × 4 threads, so 8 requests run at once) with eight clients over HTTP:
mentors and a lead recording assessments through the progress page's form, operators
logging in and acknowledging must-reads. Every write must answer with its redirect and be
in the database afterwards.
"""

import threading
import uuid
from datetime import date

import pytest

from tests.bench.server import Client, Gunicorn
from tests.faults.conftest import ON_POSTGRES

pytestmark = pytest.mark.skipif(
    ON_POSTGRES,
    reason="about SQLite's single writer; PostgreSQL writers take row locks, not the database",
)

PASSWORD = "demo"
ASSESSORS = ["mentor", "pkowalski", "abrennan", "lead"]
ASSESSMENTS_EACH = 12
READER_THREADS = 4
OPERATORS_PER_READER = 3
WRITERS = len(ASSESSORS) + READER_THREADS


class Recorder:
    """Every write's outcome, and how many requests were in flight at once at the most."""

    def __init__(self):
        self.lock = threading.Lock()
        self.outcomes = []  # (what, status, body start)
        self.errors = []  # exceptions raised in the client threads
        self.in_flight = 0
        self.most_in_flight = 0

    def post(self, client, what, path, fields):
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            response = client.post(path, fields)
        finally:
            with self.lock:
                self.in_flight -= 1
        with self.lock:
            self.outcomes.append((what, response.status, response.body[:2000]))
        return response


def mentees_of(site):
    """{assessor: [operator usernames they may assess]} from the demo data."""
    rows = site.query(
        "SELECT m.username, u.username FROM careers_operatorprofile p "
        "JOIN auth_user m ON m.id = p.mentor_id JOIN auth_user u ON u.id = p.user_id "
        "ORDER BY u.username"
    )
    mentees = {}
    for mentor, operator in rows:
        mentees.setdefault(mentor, []).append(operator)
    mentees["lead"] = mentees["mentor"]  # both work on Inbound Support
    return mentees


def must_reads_for_everyone(site):
    return [
        page_id
        for (page_id,) in site.query(
            "SELECT n.page_ptr_id FROM kb_newspage n "
            "JOIN wagtailcore_page p ON p.id = n.page_ptr_id "
            "WHERE n.must_read AND p.live AND NOT EXISTS "
            "(SELECT 1 FROM kb_newspage_teams t WHERE t.newspage_id = n.page_ptr_id) "
            "ORDER BY n.page_ptr_id"
        )
    ]


def operators_who_read_nothing(site):
    return [
        username
        for (username,) in site.query(
            "SELECT u.username FROM auth_user u "
            "JOIN auth_user_groups ug ON ug.user_id = u.id "
            "JOIN auth_group g ON g.id = ug.group_id AND g.name = 'Operators' "
            "WHERE NOT EXISTS (SELECT 1 FROM kb_acknowledgement a WHERE a.user_id = u.id) "
            "ORDER BY u.username"
        )
    ]


def test_eight_concurrent_writers_never_see_database_is_locked(site, capfd):
    marker = f"concurrency-{uuid.uuid4().hex[:8]}"
    mentees = mentees_of(site)
    competencies = [row[0] for row in site.query("SELECT id FROM careers_competency")]
    must_reads = must_reads_for_everyone(site)
    readers = operators_who_read_nothing(site)[: READER_THREADS * OPERATORS_PER_READER]
    assert len(must_reads) >= 2 and len(readers) == READER_THREADS * OPERATORS_PER_READER
    assessments_before = site.count("careers_assessment")
    acknowledgements_before = site.count("kb_acknowledgement")

    recorder = Recorder()
    start = threading.Barrier(WRITERS, timeout=120)

    def assess(port, assessor):
        client = Client(port).login(assessor, PASSWORD)
        start.wait()
        for number in range(ASSESSMENTS_EACH):
            operator = mentees[assessor][number % len(mentees[assessor])]
            fields = {
                "competency": competencies[number % len(competencies)],
                "rating": 1 + number % 4,
                "evidence": f"{marker} {assessor} #{number}: listened to a billing call.",
                "evidence_link": "",
                "assessed_on": date.today().isoformat(),
            }
            recorder.post(client, "assessment", f"/progress/{operator}/assess/", fields)

    def acknowledge(port, operators):
        start.wait()
        for operator in operators:
            # Logging in writes too: the session, last_login, the login throttle's reset.
            client = Client(port).login(operator, PASSWORD)
            for page_id in must_reads:
                recorder.post(client, "acknowledgement", f"/kb/news/{page_id}/acknowledge/", {})

    def guarded(work, *args):
        try:
            work(*args)
        except BaseException as error:  # SystemExit from a failed login, too
            recorder.errors.append(repr(error))
            start.abort()

    env = {**site.env, "GUNICORN_CMD_ARGS": "--threads 4"}
    with Gunicorn(env, workers=2) as server:
        threads = [
            threading.Thread(target=guarded, args=(assess, server.port, name)) for name in ASSESSORS
        ] + [
            threading.Thread(
                target=guarded,
                args=(acknowledge, server.port, readers[index::READER_THREADS]),
            )
            for index in range(READER_THREADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    server_log = capfd.readouterr().err

    assert recorder.errors == []
    failures = [(what, status, body) for what, status, body in recorder.outcomes if status != 302]
    assert failures == [], f"{len(failures)} writes failed, first: {failures[:1]}"
    assert not any(b"locked" in body for _what, _status, body in recorder.outcomes)
    assert "database is locked" not in server_log
    assert recorder.most_in_flight >= WRITERS // 2, "the writes never overlapped"

    posted = len(ASSESSORS) * ASSESSMENTS_EACH
    acknowledged = len(readers) * len(must_reads)
    assert len(recorder.outcomes) == posted + acknowledged
    assert site.count("careers_assessment", "evidence LIKE ?", (f"{marker} %",)) == posted
    assert site.count("careers_assessment") == assessments_before + posted
    assert site.count("kb_acknowledgement") == acknowledgements_before + acknowledged
