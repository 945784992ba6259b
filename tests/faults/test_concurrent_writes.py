"""Writes at the same moment against the real site under gunicorn, over HTTP.

Eight people writing at once on SQLite never meet "database is locked": SQLite has one
writer at a time, and the settings make concurrent writers queue (WAL, IMMEDIATE
transactions, a 20 s busy timeout) instead of failing. Mentors and a lead record
assessments through the progress page's form while operators log in and acknowledge
must-reads; every write must answer with its redirect and be in the database afterwards.

The same form posted sixteen times at once (a double click, a nervous user, a retrying
proxy) records once, on SQLite and on PostgreSQL, and no request gets a server error.
"""

import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

import pytest

from tests.bench.server import Client, Gunicorn
from tests.faults.conftest import ON_POSTGRES

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


@pytest.mark.skipif(
    ON_POSTGRES,
    reason="about SQLite's single writer; PostgreSQL writers take row locks, not the database",
)
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


# ---------------------------------------------------------------------------------------
# The same form, sixteen times at once

SIMULTANEOUS = 16


class PostForms(HTMLParser):
    """The POST forms of a page as a browser would send them untouched: [(action, fields)],
    with the first radio option and the selected (else first non-empty) option chosen."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.forms, self.fields, self.select, self.textarea = [], None, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.fields = {}
            self.forms.append((attrs.get("action") or "", self.fields))
        name = attrs.get("name")
        if self.fields is None or not (name or tag == "option"):
            return
        kind = attrs.get("type", "text")
        if tag == "input" and kind == "radio":
            self.fields.setdefault(name, attrs.get("value", "on"))
        elif tag == "input" and kind == "checkbox":
            if "checked" in attrs:
                self.fields[name] = attrs.get("value", "on")
        elif tag == "input" and kind not in ("submit", "button"):
            self.fields[name] = attrs.get("value") or ""
        elif tag == "select":
            self.select = name
            self.fields[name] = ""
        elif tag == "option" and self.select:
            value = attrs.get("value") or ""
            if "selected" in attrs or (value and not self.fields[self.select]):
                self.fields[self.select] = value
        elif tag == "textarea":
            self.textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.fields = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.fields is not None and self.textarea:
            self.fields[self.textarea] += data


@dataclass
class Burst:
    """One form, opened once and then posted SIMULTANEOUS times at once."""

    what: str
    username: str
    page: str | None  # where the form is (None: a button that posts only the CSRF token)
    action: str  # where it posts
    changes: dict = field(default_factory=dict)  # what the user types or picks
    table: str = ""  # the records it makes ...
    where: str = "1=1"  # ... and which of them are this action's


def user_id(site, username):
    return site.query("SELECT id FROM auth_user WHERE username = ?", (username,))[0][0]


def form_on(client, page, action):
    html = client.get(page).body.decode()
    forms = [fields for form_action, fields in PostForms(html).forms if form_action in ("", action)]
    assert forms, f"no form posting to {action} on {page}"
    return forms[-1]


def post_at_once(server, username, burst):
    """Post the burst's form SIMULTANEOUS times at once, from one browser session (one
    login, so the site sees the same person clicking). Returns the statuses."""
    browser = Client(server.port).login(username, PASSWORD)
    form = form_on(browser, burst.page, burst.action) if burst.page else {}
    fields = {**form, **burst.changes}
    clients = []
    for _ in range(SIMULTANEOUS):
        client = Client(server.port)
        client.cookies = dict(browser.cookies)
        clients.append(client)
    start = threading.Barrier(SIMULTANEOUS, timeout=60)
    statuses, errors = [], []

    def post(client):
        try:
            start.wait()
            statuses.append(client.post(burst.action, fields).status)
        except Exception as error:  # noqa: BLE001 - reported below, with the action
            errors.append(repr(error))

    threads = [threading.Thread(target=post, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [], f"{burst.what}: {errors[:1]}"
    return statuses


def current_review_of(site, username):
    """A current everyday review of `username` nobody has acknowledged, and a criterion of
    it nobody has disputed."""
    review_id, criterion_id = site.query(
        "SELECT r.id, s.criterion_id FROM careers_qualityreview r "
        "JOIN careers_criterionscore s ON s.review_id = r.id "
        "WHERE r.operator_id = ? AND r.calibration_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM careers_qualityreview n WHERE n.revises_id = r.id) "
        "AND NOT EXISTS (SELECT 1 FROM careers_reviewresponse a "
        "  WHERE a.review_id = r.id AND a.kind = 'acknowledged') "
        "AND NOT EXISTS (SELECT 1 FROM careers_reviewresponse d "
        "  WHERE d.review_id = r.id AND d.criterion_id = s.criterion_id) "
        "ORDER BY r.id, s.criterion_id",
        (user_id(site, username),),
    )[0]
    return review_id, criterion_id


def open_dispute(site):
    """An open dispute, with a score its criterion does not have now (to change it to)."""
    dispute_id, review_id, criterion_id, auto_fail = site.query(
        "SELECT d.id, d.review_id, d.criterion_id, c.auto_fail FROM careers_reviewresponse d "
        "JOIN careers_scorecardcriterion c ON c.id = d.criterion_id "
        "WHERE d.kind = 'disputed' AND NOT EXISTS "
        "(SELECT 1 FROM careers_disputeresolution r WHERE r.dispute_id = d.id) ORDER BY d.id"
    )[0]
    [(score,)] = site.query(
        "SELECT score FROM careers_criterionscore WHERE review_id = ? AND criterion_id = ?",
        (review_id, criterion_id),
    )
    choices = ["4", "0"] if auto_fail else ["4", "3", "na"]
    return dispute_id, next(choice for choice in choices if choice != str(score))


def unread_must_read(site, username):
    return site.query(
        "SELECT n.page_ptr_id FROM kb_newspage n JOIN wagtailcore_page p ON p.id = n.page_ptr_id "
        "WHERE n.must_read AND p.live AND NOT EXISTS "
        "(SELECT 1 FROM kb_newspage_teams t WHERE t.newspage_id = n.page_ptr_id) "
        "AND NOT EXISTS (SELECT 1 FROM kb_acknowledgement a "
        "  WHERE a.page_id = n.page_ptr_id AND a.user_id = ?) ORDER BY n.page_ptr_id",
        (user_id(site, username),),
    )[0][0]


def guide_not_completed(site, username, with_quiz):
    """(URL, id) of a guide everyone may read that `username` has not completed."""
    path, page_id = site.query(
        "SELECT p.url_path, p.id FROM kb_guidepage g "
        "JOIN wagtailcore_page p ON p.id = g.page_ptr_id "
        f"WHERE p.live AND {'' if with_quiz else 'NOT '}CAST(g.body AS TEXT) LIKE ? "
        "AND NOT EXISTS "
        "(SELECT 1 FROM wagtailcore_pageviewrestriction v WHERE v.page_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM kb_guidecompletion c "
        "  WHERE c.page_id = p.id AND c.user_id = ?) ORDER BY p.id",
        ('%"type": "quiz"%', user_id(site, username)),
    )[0]
    return "/" + path.split("/", 2)[2], page_id  # the url_path starts with the root's slug


def bursts(site):
    """Every form that records something, aimed at demo records it may still act on."""
    today = date.today().isoformat()
    review_id, criterion_id = current_review_of(site, "operator")
    dispute_id, new_score = open_dispute(site)
    news_id = unread_must_read(site, "operator")
    quiz_path, quiz_id = guide_not_completed(site, "operator", with_quiz=True)
    guide_path, guide_id = guide_not_completed(site, "operator", with_quiz=False)
    operator, trainee = user_id(site, "operator"), user_id(site, "cdubois")
    lead = user_id(site, "lead")
    return [
        Burst(
            "assessment",
            "mentor",
            "/progress/operator/assess/",
            "/progress/operator/assess/",
            {"evidence": "Call 48120: calm with a double-charged customer.", "assessed_on": today},
            "careers_assessment",
            f"operator_id = {operator}",
        ),
        Burst(
            "promotion decision",
            "lead",
            "/progress/operator/",
            "/progress/operator/decide/",
            {"outcome": "not_yet", "rationale": "Needs three more months on quality."},
            "careers_promotiondecision",
            f"operator_id = {operator}",
        ),
        Burst(
            "sign-off",
            "mentor",
            "/progress/cdubois/sign-off/",
            "/progress/cdubois/sign-off/",
            {"note": "Took 25 calls alone without errors."},
            "careers_signoff",
            f"operator_id = {trainee}",
        ),
        Burst(
            "practice",
            "cdubois",
            "/progress/practice/",
            "/progress/practice/",
            {"kind": "calls", "hours": "2", "calls": "8", "practised_on": today},
            "careers_practiceentry",
            f"trainee_id = {trainee}",
        ),
        Burst(
            "co-signature",
            "mentor",
            "/progress/cdubois/",
            "",  # set once the practice above exists
            {},
            "wagtailcore_modellogentry",
            "action = 'callpath.practice.cosign'",
        ),
        Burst(
            "quality review",
            "mentor",
            "/reviews/new/operator/",
            "/reviews/new/operator/",
            {"call_reference": "48555", "call_date": today, "comments": "Clear and calm."},
            "careers_qualityreview",
            f"operator_id = {operator} AND calibration_id IS NULL",
        ),
        Burst(
            "review acknowledgement",
            "operator",
            f"/reviews/{review_id}/",
            f"/reviews/{review_id}/acknowledge/",
            {},
            "careers_reviewresponse",
            f"review_id = {review_id} AND kind = 'acknowledged'",
        ),
        Burst(
            "dispute",
            "operator",
            f"/reviews/{review_id}/dispute/",
            f"/reviews/{review_id}/dispute/",
            {"criterion": str(criterion_id), "comment": "At 1:20 I did confirm the address."},
            "careers_reviewresponse",
            f"review_id = {review_id} AND kind = 'disputed'",
        ),
        Burst(
            "dispute resolution",
            "admin",
            f"/reviews/disputes/{dispute_id}/resolve/",
            f"/reviews/disputes/{dispute_id}/resolve/",
            {"outcome": "changed", "new_score": new_score, "note": "Listened again."},
            "careers_disputeresolution",
            f"dispute_id = {dispute_id}",
        ),
        Burst(
            "calibration session",
            "lead",
            "/reviews/calibration/new/",
            "/reviews/calibration/new/",
            {"call_reference": "48777", "call_date": today, "notes": "Hold time."},
            "careers_calibrationsession",
            f"created_by_id = {lead}",
        ),
        Burst(
            "calibration scoring",
            "lead",
            "",  # set once the session above exists
            "",
            {"comments": "Scored from the recording."},
            "careers_qualityreview",
            f"reviewer_id = {lead} AND calibration_id IS NOT NULL",
        ),
        Burst(
            "news acknowledgement",
            "operator",
            None,
            f"/kb/news/{news_id}/acknowledge/",
            {},
            "kb_acknowledgement",
            f"page_id = {news_id} AND user_id = {operator}",
        ),
        Burst(
            "quiz attempt",
            "operator",
            quiz_path,
            f"/kb/guides/{quiz_id}/quiz/",
            {},
            "kb_quizattempt",
            f"page_id = {quiz_id} AND user_id = {operator}",
        ),
        Burst(
            "guide completion",
            "operator",
            guide_path,
            f"/kb/guides/{guide_id}/complete/",
            {},
            "kb_guidecompletion",
            f"page_id = {guide_id} AND user_id = {operator}",
        ),
    ]


def aim_at_records_made_earlier(site, burst):
    """Fill in the forms that act on what an earlier burst recorded."""
    if burst.what == "co-signature":
        [(entry_id,)] = site.query(
            "SELECT MAX(id) FROM careers_practiceentry "
            "WHERE trainee_id = ? AND cosigned_by_id IS NULL",
            (user_id(site, "cdubois"),),
        )
        burst.action = f"/progress/practice/{entry_id}/cosign/"
    if burst.what == "calibration scoring":
        [(session_id,)] = site.query(
            "SELECT MIN(id) FROM careers_calibrationsession WHERE call_reference = '48777'"
        )
        burst.page = burst.action = f"/reviews/calibration/{session_id}/score/"


def test_sixteen_simultaneous_posts_of_one_form_record_once(site):
    problems = {}
    env = {**site.env, "GUNICORN_CMD_ARGS": "--threads 8"}
    with Gunicorn(env, workers=2) as server:
        for burst in bursts(site):
            aim_at_records_made_earlier(site, burst)
            before = site.count(burst.table, burst.where)
            statuses = post_at_once(server, burst.username, burst)
            made = site.count(burst.table, burst.where) - before
            if made != 1 or max(statuses) >= 500 or len(statuses) != SIMULTANEOUS:
                problems[burst.what] = {"records made": made, "statuses": sorted(statuses)}

    assert problems == {}
