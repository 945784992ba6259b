"""Callpath's working day under load, for Locust: started by `python -m tests.load.run`.

Operators read news and guides, acknowledge must-reads, search and open their progress;
mentors open their mentees and record assessments through the real form; leads open the team
board, campaign fit and their operators' pages. Each simulated person logs in through the
login form as a demo user and then browses with a short think time.

The run's plan (accounts, mentees, team members) comes from the JSON file named by
LOADTEST_PLAN; every request's time and status, the evidence marker of every assessment the
site confirmed and every acknowledged must-read go to the JSON file named by LOADTEST_RESULTS,
so the runner can report per endpoint and check the database for lost writes.
"""

import itertools
import json
import os
import random
import re
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

from locust import HttpUser, between, events, task
from locust.exception import StopUser

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())

QUERIES = [
    "refund",
    "customer wants to cancel",
    "wrap up codes",
    "identity check",
    "angry caller",
    "callback",
    "sick cover",
    "price objection",
    "how do I become a trainer",
    "data protection",
]
SUGGEST_PREFIXES = ["ref", "canc", "wrap", "ident", "call"]

NEWS_LINK = re.compile(r'href="(/news/[a-z0-9-]+/)"')
GUIDE_LINK = re.compile(r'href="(/guides/[a-z0-9-]+/)"')
ACKNOWLEDGE_FORM = re.compile(r'action="/kb/news/(\d+)/acknowledge/"')
OPTION = re.compile(r'<option value="(\d+)"')


class Record:
    """What this Locust process saw, written out when it quits."""

    samples = defaultdict(list)  # endpoint name -> response times in ms
    statuses = defaultdict(Counter)  # endpoint name -> {status: count}; 0 = no answer
    failed = defaultdict(Counter)  # the same for answers that were not the expected ones
    problems = []  # the first unexpected answers, for the report
    assessments = []  # evidence markers of assessments the site confirmed (302)
    acknowledgements = []  # [username, page id] the site confirmed (302)
    started = stopped = None


@events.request.add_listener
def record_request(name, response_time, response, exception, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    Record.samples[name].append(response_time)
    Record.statuses[name][status] += 1
    if exception:
        Record.failed[name][status] += 1
        if len(Record.problems) < 20:
            Record.problems.append(f"{name}: {status} {exception}")


@events.test_start.add_listener
def started(**kwargs):
    Record.started = time.time()


@events.test_stop.add_listener
def stopped(**kwargs):
    Record.stopped = time.time()


@events.quitting.add_listener
def write_results(**kwargs):
    Path(os.environ["LOADTEST_RESULTS"]).write_text(
        json.dumps(
            {
                "started": Record.started,
                "stopped": Record.stopped or time.time(),
                "samples": Record.samples,
                "statuses": {name: dict(counts) for name, counts in Record.statuses.items()},
                "failed": {name: dict(counts) for name, counts in Record.failed.items()},
                "problems": Record.problems,
                "assessments": Record.assessments,
                "acknowledgements": Record.acknowledgements,
            }
        )
    )


class CallpathUser(HttpUser):
    abstract = True
    wait_time = between(0.5, 1.5)
    accounts = itertools.cycle([])

    def on_start(self):
        self.username = next(self.accounts)
        self.origin = "https://" + urlsplit(self.host).netloc
        self.client.headers["X-Forwarded-Proto"] = "https"
        self.get("/login/", "login form")
        answer = self.post(
            "/login/", "login", {"username": self.username, "password": PLAN["password"]}
        )
        if answer.status_code != 302:
            raise StopUser()

    def send_secure_cookies(self):
        """Send the site's Secure cookies over the loopback's plain HTTP: the requests carry
        X-Forwarded-Proto: https, as they would from the TLS-terminating proxy."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def get(self, path, name, expect=200):
        self.send_secure_cookies()
        with self.client.get(
            path, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != expect:
                response.failure(f"expected {expect}, got {response.status_code}")
            return response

    def post(self, path, name, fields, expect=302):
        """POST a form with the CSRF token and the Referer a browser on the site sends."""
        self.send_secure_cookies()
        data = {"csrfmiddlewaretoken": self.client.cookies.get("csrftoken", ""), **fields}
        with self.client.post(
            path,
            data=data,
            name=name,
            headers={"Referer": f"{self.origin}{path}"},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != expect:
                response.failure(f"expected {expect}, got {response.status_code}")
            return response


class Operator(CallpathUser):
    weight = 10
    accounts = itertools.cycle(PLAN["operators"])

    def on_start(self):
        super().on_start()
        self.news = sorted(set(NEWS_LINK.findall(self.get("/news/", "news index").text)))
        self.guides = sorted(set(GUIDE_LINK.findall(self.get("/guides/", "guides index").text)))

    @task(3)
    def home(self):
        self.get("/", "home")

    @task(2)
    def news_index(self):
        self.get("/news/", "news index")

    @task(4)
    def news_item(self):
        """Read a news item; a must-read not yet acknowledged gets acknowledged."""
        if not self.news:
            return
        page = self.get(random.choice(self.news), "news item")
        for page_id in ACKNOWLEDGE_FORM.findall(page.text):
            answer = self.post(f"/kb/news/{page_id}/acknowledge/", "acknowledge", {})
            if answer.status_code == 302:
                Record.acknowledgements.append([self.username, int(page_id)])

    @task(1)
    def guides_index(self):
        self.get("/guides/", "guides index")

    @task(4)
    def guide(self):
        if self.guides:
            self.get(random.choice(self.guides), "guide")

    @task(3)
    def search_page(self):
        self.get(f"/search/?q={quote(random.choice(QUERIES))}", "search page")

    @task(1)
    def search_api(self):
        self.get(f"/search/api/?q={quote(random.choice(QUERIES))}", "search api")

    @task(1)
    def suggest(self):
        self.get(f"/search/suggest/?q={random.choice(SUGGEST_PREFIXES)}", "search suggest")

    @task(2)
    def my_progress(self):
        self.get("/progress/", "my progress")


class Mentor(CallpathUser):
    weight = 4
    accounts = itertools.cycle(sorted(PLAN["mentees"]))
    numbers = itertools.count(1)

    def on_start(self):
        super().on_start()
        self.mentees = PLAN["mentees"][self.username]
        self.competencies = []

    @task(2)
    def mentees_page(self):
        self.get("/progress/mentees/", "mentees")

    @task(2)
    def mentee_progress(self):
        self.get(f"/progress/{random.choice(self.mentees)}/", "operator progress")

    @task(3)
    def record_assessment(self):
        """Open the assessment form for a mentee and record a rating with unique evidence."""
        mentee = random.choice(self.mentees)
        path = f"/progress/{mentee}/assess/"
        form = self.get(path, "assessment form")
        self.competencies = self.competencies or OPTION.findall(form.text)
        if not self.competencies:
            return
        marker = f"{PLAN['run']}-{next(self.numbers)}"
        answer = self.post(
            path,
            "record assessment",
            {
                "competency": random.choice(self.competencies),
                "rating": random.randint(1, 4),
                "evidence": f"{marker} Listened to a billing call: {self.username} on {mentee}.",
                "evidence_link": "",
                "assessed_on": date.today().isoformat(),
            },
        )
        if answer.status_code == 302:
            Record.assessments.append(marker)


class Lead(CallpathUser):
    weight = 2
    accounts = itertools.cycle(sorted(PLAN["team_members"]))

    def on_start(self):
        super().on_start()
        self.team = PLAN["team_members"][self.username]

    @task(4)
    def team_board(self):
        self.get("/team/", "team board")

    @task(1)
    def campaign_fit(self):
        self.get("/team/fit/", "campaign fit")

    @task(2)
    def operator_page(self):
        self.get(f"/progress/{random.choice(self.team)}/", "operator progress")

    @task(1)
    def home(self):
        self.get("/", "home")
