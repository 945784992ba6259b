"""`make loadtest` (`python -m tests.load.run`): Callpath under many users at once.

Builds a fresh database in its own var dir (migrate, collectstatic, load_demo), serves it
with gunicorn (2 sync workers, production settings), then runs Locust headless
(`tests/load/locustfile.py`): 16 users for 60 s by default, operators, mentors and leads
working as they do on a busy day. Afterwards it reports requests, requests per second, the
median and p95 overall and per group of endpoints, and checks the database: every assessment
and acknowledgement the site confirmed must be stored. The figures are printed and written
to `<var dir>/loadtest-<database>.json`.

Exits with status 1 on any 5xx answer, unanswered request, unexpected status or lost write;
never on time.

SQLite by default, in `$CALLPATH_VAR_DIR/loadtest` (or `var/loadtest`). With a PostgreSQL
DATABASE_URL the run uses its own database, `<name>_loadtest`, on that server.
"""

import argparse
import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.bench.server import REPO, Gunicorn, build_database, production_env

PASSWORD = "demo"  # every demo user's (home.demo.DEMO_PASSWORD)
LOCUSTFILE = Path(__file__).with_name("locustfile.py")

# Endpoint names used in the locustfile, by group.
GROUPS = {
    "reading": ["home", "news index", "news item", "guides index", "guide"],
    "search": ["search page", "search api", "search suggest"],
    "progress": ["my progress", "operator progress", "mentees", "assessment form"],
    "lead tools": ["team board", "campaign fit"],
    "writes": ["acknowledge", "record assessment"],
    "login": ["login form", "login"],
}


class Database:
    """The run's database: a SQLite file in the var dir, or a PostgreSQL database."""

    def __init__(self, var_dir, server_url=None):
        self.var_dir = var_dir
        self.url = None
        if server_url:
            parts = urlsplit(server_url)
            self.name = f"{parts.path.lstrip('/') or 'callpath'}_loadtest"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))

    @property
    def vendor(self):
        return "postgresql" if self.url else "sqlite"

    def recreate(self):
        self.var_dir.mkdir(parents=True, exist_ok=True)
        if self.url:
            import psycopg

            with psycopg.connect(self.admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
                connection.execute(f'CREATE DATABASE "{self.name}"')
            return
        for path in self.var_dir.glob("callpath.sqlite3*"):
            path.unlink()

    def query(self, sql, params=()):
        if self.url:
            import psycopg

            with psycopg.connect(self.url) as connection:
                return connection.execute(sql.replace("?", "%s"), params).fetchall()
        with closing(sqlite3.connect(self.var_dir / "callpath.sqlite3", timeout=20)) as db:
            return db.execute(sql, params).fetchall()


def demo_plan(database, run):
    """Who logs in as what: operators, each mentor's mentees, each lead's team."""
    operators = [
        username
        for (username,) in database.query(
            "SELECT u.username FROM auth_user u JOIN auth_user_groups ug ON ug.user_id = u.id "
            "JOIN auth_group g ON g.id = ug.group_id WHERE g.name = 'Operators' ORDER BY u.id"
        )
    ]
    mentees, team_members = {}, {}
    for mentor, operator in database.query(
        "SELECT m.username, u.username FROM careers_operatorprofile p "
        "JOIN auth_user m ON m.id = p.mentor_id JOIN auth_user u ON u.id = p.user_id "
        "ORDER BY u.username"
    ):
        mentees.setdefault(mentor, []).append(operator)
    for lead, operator in database.query(
        "SELECT l.username, u.username FROM home_team_leads tl "
        "JOIN auth_user l ON l.id = tl.user_id JOIN home_profile p ON p.team_id = tl.team_id "
        "JOIN auth_user u ON u.id = p.user_id "
        "JOIN auth_user_groups ug ON ug.user_id = u.id "
        "JOIN auth_group g ON g.id = ug.group_id AND g.name = 'Operators' "
        "ORDER BY u.username"
    ):
        team_members.setdefault(lead, []).append(operator)
    if not (operators and mentees and team_members):
        raise SystemExit("The demo data has no operators, mentees or teams: did load_demo run?")
    return {
        "run": run,
        "password": PASSWORD,
        "operators": operators,
        "mentees": mentees,
        "team_members": team_members,
    }


def run_locust(port, plan_path, results_path, users, spawn_rate, duration):
    command = [
        sys.executable,
        "-m",
        "locust",
        "--locustfile",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(spawn_rate),
        "--run-time",
        f"{duration}s",
        "--stop-timeout",
        "10",
        "--host",
        f"http://127.0.0.1:{port}",
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    env = {**os.environ, "LOADTEST_PLAN": str(plan_path), "LOADTEST_RESULTS": str(results_path)}
    # Locust exits with 1 when any request failed; the runner judges from the results file.
    subprocess.run(command, cwd=REPO, env=env, check=False)
    if not results_path.exists():
        raise SystemExit("Locust wrote no results: see its output above.")
    return json.loads(results_path.read_text())


def percentile(values, share):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timing(values):
    if not values:
        return {"requests": 0, "median_ms": None, "p95_ms": None}
    return {
        "requests": len(values),
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 0.95), 1),
    }


def status_counts(statuses):
    """How many answers were 2xx/3xx, 4xx and 5xx, and how many requests got no answer."""
    counts = {"2xx/3xx": 0, "4xx": 0, "5xx": 0, "no answer": 0}
    for by_status in statuses.values():
        for status, count in by_status.items():
            status = int(status)
            if status == 0:
                counts["no answer"] += count
            elif status >= 500:
                counts["5xx"] += count
            elif status >= 400:
                counts["4xx"] += count
            else:
                counts["2xx/3xx"] += count
    return counts


def check_writes(database, results, run):
    """Every confirmed write must be in the database."""
    confirmed = set(results["assessments"])
    stored = {
        evidence.split(" ", 1)[0]
        for (evidence,) in database.query(
            "SELECT evidence FROM careers_assessment WHERE evidence LIKE ?", (f"{run}-%",)
        )
    }
    pairs = {(username, page_id) for username, page_id in results["acknowledgements"]}
    stored_pairs = set(
        database.query(
            "SELECT u.username, a.page_id FROM kb_acknowledgement a "
            "JOIN auth_user u ON u.id = a.user_id"
        )
    )
    return {
        "assessments": {
            "confirmed": len(confirmed),
            "stored": len(stored),
            "lost": len(confirmed - stored),
        },
        "acknowledgements": {
            "confirmed": len(pairs),
            "lost": len(pairs - stored_pairs),
        },
    }


def summarise(results, writes, args, database, peak_memory):
    samples = results["samples"]
    statuses = results["statuses"]
    everything = [value for values in samples.values() for value in values]
    seconds = max(results["stopped"] - results["started"], 1e-9)
    known = {name for names in GROUPS.values() for name in names}
    return {
        "database": database.vendor,
        "users": args.users,
        "spawn_rate": args.spawn_rate,
        "duration_s": args.duration,
        "gunicorn_workers": args.workers,
        **timing(everything),
        "requests_per_s": round(len(everything) / seconds, 1),
        "statuses": status_counts(statuses),
        "groups": {
            group: timing([value for name in names for value in samples.get(name, [])])
            for group, names in GROUPS.items()
        },
        "endpoints": {
            name: {**timing(values), "statuses": statuses.get(name, {})}
            for name, values in sorted(samples.items())
        },
        "unknown_endpoints": sorted(set(samples) - known),
        # Requests whose answer was not the expected one (200 for pages, 302 for forms).
        "unexpected": results["failed"],
        "problems": results["problems"],
        "writes": writes,
        "peak_worker_memory_mib": round(peak_memory, 1),
    }


def print_summary(summary):
    print()
    print(
        f"{summary['database']}: {summary['users']} users for {summary['duration_s']} s, "
        f"gunicorn {summary['gunicorn_workers']} sync workers "
        f"(peak {summary['peak_worker_memory_mib']} MiB each)"
    )
    print(
        f"{summary['requests']} requests, {summary['requests_per_s']} requests/s, "
        f"median {summary['median_ms']} ms, p95 {summary['p95_ms']} ms"
    )
    print(f"{'group / endpoint':<28}{'requests':>10}{'median ms':>12}{'p95 ms':>10}")
    for group, figures in summary["groups"].items():
        print(
            f"{group:<28}{figures['requests']:>10}{fmt(figures['median_ms']):>12}"
            f"{fmt(figures['p95_ms']):>10}"
        )
        for name in GROUPS[group]:
            endpoint = summary["endpoints"].get(name)
            if endpoint:
                print(
                    f"  {name:<26}{endpoint['requests']:>10}"
                    f"{fmt(endpoint['median_ms']):>12}{fmt(endpoint['p95_ms']):>10}"
                )
    statuses = summary["statuses"]
    print(
        f"answers: {statuses['2xx/3xx']} expected kinds, {statuses['4xx']} 4xx, "
        f"{statuses['5xx']} 5xx, {statuses['no answer']} without an answer"
    )
    writes = summary["writes"]
    print(
        f"assessments: {writes['assessments']['confirmed']} confirmed, "
        f"{writes['assessments']['stored']} stored, {writes['assessments']['lost']} lost; "
        f"acknowledgements: {writes['acknowledgements']['confirmed']} confirmed, "
        f"{writes['acknowledgements']['lost']} lost"
    )
    for problem in summary["problems"]:
        print(f"  problem: {problem}")


def fmt(value):
    return "-" if value is None else f"{value:.1f}"


def failures(summary):
    """Why the run failed: 5xx, unanswered or unexpected requests, lost writes."""
    reasons = []
    if summary["statuses"]["5xx"]:
        reasons.append(f"{summary['statuses']['5xx']} answers were 5xx")
    if summary["unexpected"]:
        reasons.append(f"unexpected answers (0 = none) by endpoint: {summary['unexpected']}")
    for kind, counts in summary["writes"].items():
        if counts["lost"]:
            reasons.append(f"{counts['lost']} confirmed {kind} are not in the database")
    if not summary["writes"]["assessments"]["confirmed"]:
        reasons.append("no assessment was recorded, so no write was checked")
    return reasons


def default_var_dir():
    base = os.environ.get("CALLPATH_VAR_DIR")
    return Path(base) / "loadtest" if base else REPO / "var" / "loadtest"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (60)")
    parser.add_argument("--users", type=int, default=16, help="concurrent users (16)")
    parser.add_argument("--spawn-rate", type=float, default=4, help="users started per second")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (2)")
    parser.add_argument("--var-dir", type=Path, default=default_var_dir())
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL", "")
    database = Database(
        args.var_dir.resolve(),
        database_url if database_url.startswith(("postgres://", "postgresql://")) else None,
    )
    print(f"Building the demo database ({database.vendor}) in {database.var_dir} …", flush=True)
    started = time.monotonic()
    database.recreate()
    env = production_env(database.var_dir, database.url)
    build_database(env)
    print(f"Built in {time.monotonic() - started:.0f} s.", flush=True)

    run = f"loadtest-{uuid.uuid4().hex[:10]}"
    plan_path = database.var_dir / "loadtest-plan.json"
    plan_path.write_text(json.dumps(demo_plan(database, run)))
    results_path = database.var_dir / "loadtest-results.json"
    results_path.unlink(missing_ok=True)

    with Gunicorn(env, workers=args.workers) as server:
        print(
            f"Locust: {args.users} users ({args.spawn_rate}/s) for {args.duration} s "
            f"against gunicorn on port {server.port} …",
            flush=True,
        )
        results = run_locust(
            server.port, plan_path, results_path, args.users, args.spawn_rate, args.duration
        )
        peak_memory = server.peak_worker_memory_mib()

    summary = summarise(results, check_writes(database, results, run), args, database, peak_memory)
    print_summary(summary)
    output = database.var_dir / f"loadtest-{database.vendor}.json"
    output.write_text(json.dumps(summary, indent=2) + "\n")
    print(f"Written to {output}")
    reasons = failures(summary)
    for reason in reasons:
        print(f"FAILED: {reason}")
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())
