"""Search latency over bulk content: median and p95 of `/search/api/` for 20 varied queries.

    DJANGO_SETTINGS_MODULE=callpath.settings.dev python -m tests.bench.search_bench --guides 1000
    make bench-search          (1,000 and 10,000 guides on the current DATABASE_URL)
    python -m tests.bench.search_bench --guides 1000 --engine live

`--engine live` measures the Elasticsearch engine instead: it starts the embedded search node
of the live tests (`tests/search/live_engine.py`: OpenSearch behind a small compatibility
proxy, which every request also passes through), sets ELASTICSEARCH_URL to it, and builds the
index as the database's content is built (`load_demo` and `generate_content` rebuild it).

A benchmark, not a test: it prints figures beside the budget and never fails on time.

Each run builds a fresh database: a SQLite file under `$CALLPATH_VAR_DIR/bench/` (var/bench/ by
default), or, when DATABASE_URL is a PostgreSQL URL, a database named after the URL's with
`_bench` added (`callpath_bench` for `.../callpath`) on that server, created, then dropped at
the end. `--keep` keeps it and `--reuse` measures a kept one again without rebuilding.
It migrates, loads the demo, generates the guides (`manage.py generate_content`), then asks the
search API as the demo `operator` with Django's test client: one warm-up pass over the queries,
then five measured rounds. Query counts come from a separate pass, so counting does not slow
the timed requests (with the live engine, requests to the cluster are counted too). The figures
are printed and written to bench/search-<db>-<N>.json there (search-live-<db>-<N>.json).
"""

import argparse
import json
import logging
import math
import os
import platform
import statistics
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

QUERIES = (
    "refund",
    "customer wants to cancel",
    "angry caller",
    "wrap up codes",
    "price objection",
    "sick cover",
    "survey introduction",
    "identity check",
    "payment card",
    "broadband fault",
    "callback",
    "escalate complaint",
    "trainer",
    "voice breaks",
    "direct debit",
    "headset",
    "data protection",
    "shift swap",
    "upgrade offer",
    "customer satisfaction",
)
ROUNDS = 5
BUDGET_P95_MS = 30.0  # issue 7: /search/api/ over 10,000 guides, 20 varied queries
BENCH_DIR = (
    Path(os.environ.get("CALLPATH_VAR_DIR") or Path(__file__).resolve().parents[2] / "var")
    / "bench"
)


# ---------------------------------------------------------------------------------------
# The benchmark database (chosen before Django reads its settings)


def is_postgres(url):
    return urlsplit(url).scheme in ("postgres", "postgresql", "pgsql")


def with_database_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def bench_database_name(url):
    """The benchmark database beside the one `url` names, so benchmarks run against
    different databases of one server never share one."""
    return f"{urlsplit(url).path.strip('/') or 'callpath'}_bench"


def create_postgres_database(url):
    """Create an empty benchmark database on the server of `url`; returns its URL."""
    import psycopg

    name = bench_database_name(url)
    with psycopg.connect(with_database_name(url, "postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{name}"')
    return with_database_name(url, name)


def drop_postgres_database(url):
    import psycopg

    name = bench_database_name(url)
    with psycopg.connect(with_database_name(url, "postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_files(guides):
    path = BENCH_DIR / f"search-{guides}.sqlite3"
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]


def remove_files(paths):
    for path in paths:
        path.unlink(missing_ok=True)


def prepare_database(guides, reuse=False):
    """Point DATABASE_URL at a fresh, empty benchmark database (or, with `reuse`, at the one
    a `--keep` run left); returns a clean-up function."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    server_url = os.environ.get("DATABASE_URL", "")
    if is_postgres(server_url):
        if reuse:
            os.environ["DATABASE_URL"] = with_database_name(
                server_url, bench_database_name(server_url)
            )
        else:
            os.environ["DATABASE_URL"] = create_postgres_database(server_url)
        return lambda: drop_postgres_database(server_url)
    files = sqlite_files(guides)
    if reuse and not files[0].exists():
        raise SystemExit(f"--reuse: there is no kept benchmark database at {files[0]}.")
    if not reuse:
        remove_files(files)
    os.environ["DATABASE_URL"] = f"sqlite:///{files[0]}"
    return lambda: remove_files(files)


# ---------------------------------------------------------------------------------------
# Building the content and measuring


def build_content(guides, news, reuse=False):
    """Migrate, load the demo and generate the bulk content (only migrate when reusing a
    kept database); returns seconds per step."""
    from django.core.management import call_command

    timings = {}
    steps = (
        ("migrate", "migrate", {"verbosity": 0}),
        ("load_demo", "load_demo", {"force": True}),
        ("generate_content", "generate_content", {"guides": guides, "news": news}),
    )
    for step, command, options in steps[:1] if reuse else steps:
        started = time.perf_counter()
        out = StringIO()
        call_command(command, stdout=out, **options)
        timings[step] = round(time.perf_counter() - started, 1)
        if command == "generate_content":
            print(out.getvalue().strip())
    return timings


def search_client():
    """A test client logged in as the demo operator (not a superuser: permissions apply)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(get_user_model().objects.get(username="operator"))
    return client


def ask(client, query):
    response = client.get("/search/api/", {"q": query})
    if response.status_code != 200:
        raise SystemExit(f"/search/api/?q={query} answered {response.status_code}.")
    return response.json()


def measure(client, rounds):
    """{query: [milliseconds per request]} after one warm-up pass, and the hits per query."""
    totals = {query: ask(client, query)["total"] for query in QUERIES}
    times = {query: [] for query in QUERIES}
    for _round in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            ask(client, query)
            times[query].append((time.perf_counter() - started) * 1000)
    return times, totals


def mean_queries_per_request(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for query in QUERIES:
        with CaptureQueriesContext(connection) as captured:
            ask(client, query)
        counts.append(len(captured.captured_queries))
    return statistics.mean(counts)


class RequestCounter(logging.Handler):
    """Counts the requests the Elasticsearch client sends (it logs one line for each)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record):
        self.count += 1


@contextmanager
def counting_cluster_requests():
    counter = RequestCounter()
    transport = logging.getLogger("elastic_transport.transport")
    level, propagate = transport.level, transport.propagate
    transport.addHandler(counter)
    transport.setLevel(logging.INFO)
    transport.propagate = False  # counted, not printed
    try:
        yield counter
    finally:
        transport.removeHandler(counter)
        transport.setLevel(level)
        transport.propagate = propagate


def cluster_requests_per_request(client):
    counts = []
    for query in QUERIES:
        with counting_cluster_requests() as counter:
            ask(client, query)
        counts.append(counter.count)
    return statistics.mean(counts)


def percentile(values, fraction):
    """The nearest-rank percentile: the value at or below which `fraction` of them lie."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def database_description():
    import sqlite3

    from django.db import connection

    if connection.vendor == "sqlite":
        return "sqlite", f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0].split()[0]
    return connection.vendor, f"PostgreSQL {version}"


def report(figures):
    """Print the table and the slowest queries."""
    header = f"{'guides':>7}  {'engine':<18} {'database':<18} {'median ms':>9} {'p95 ms':>7}  "
    header += f"{'budget p95':>10}  {'queries/request':>15}"
    cluster = figures.get("cluster_requests_per_request")
    if cluster is not None:
        header += f"  {'cluster requests/request':>24}"
    print()
    print(header)
    line = (
        f"{figures['guides']:>7}  {figures['engine']:<18} {figures['database_version']:<18} "
        f"{figures['median_ms']:>9.1f} {figures['p95_ms']:>7.1f}  "
        f"{'<= ' + format(figures['budget_p95_ms'], '.0f'):>10}  "
        f"{figures['queries_per_request']:>15.1f}"
    )
    if cluster is not None:
        line += f"  {cluster:>24.1f}"
    print(line)
    verdict = "within" if figures["p95_ms"] <= figures["budget_p95_ms"] else "OVER"
    print(f"p95 is {verdict} the budget ({figures['requests']} requests, {ROUNDS} rounds).")
    slowest = sorted(figures["per_query"].items(), key=lambda item: -item[1]["median_ms"])[:5]
    print(
        "Slowest queries (median ms, hits): "
        + "; ".join(f"{query!r} {row['median_ms']:.1f}, {row['hits']}" for query, row in slowest)
    )


def engine_description(live):
    if not live:
        return "database"
    from search.engine import get_engine

    version = get_engine().primary.client.info()["version"]
    return f"{version.get('distribution', 'elasticsearch')} {version['number']}"


def run(guides, news, rounds, reuse=False, live=False):
    """Build (unless reused), measure and report one benchmark database; returns the figures."""
    timings = build_content(guides, news, reuse)
    if live and reuse:
        # The embedded node starts empty: index the kept database's pages.
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("search_index", "--rebuild", stdout=StringIO())
        timings["rebuild"] = round(time.perf_counter() - started, 1)
    client = search_client()
    times, totals = measure(client, rounds)
    every = [ms for values in times.values() for ms in values]
    vendor, version = database_description()
    figures = {
        "guides": guides,
        "news": news,
        "engine": engine_description(live),
        "database": vendor,
        "database_version": version,
        "median_ms": round(statistics.median(every), 2),
        "p95_ms": round(percentile(every, 0.95), 2),
        "mean_ms": round(statistics.mean(every), 2),
        "requests": len(every),
        "queries_per_request": round(mean_queries_per_request(client), 1),
        "cluster_requests_per_request": (
            round(cluster_requests_per_request(client), 1) if live else None
        ),
        "budget_p95_ms": BUDGET_P95_MS,
        "per_query": {
            query: {"median_ms": round(statistics.median(values), 2), "hits": totals[query]}
            for query, values in times.items()
        },
        "build_seconds": timings,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    report(figures)
    path = BENCH_DIR / f"search-{'live-' if live else ''}{vendor}-{guides}.json"
    path.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"Figures written to {path}")
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guides", type=int, default=1000, help="Guides to generate.")
    parser.add_argument("--news", type=int, default=0, help="News items to generate.")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="Measured rounds.")
    parser.add_argument(
        "--keep", action="store_true", help="Keep the benchmark database afterwards."
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="Measure the database a --keep run left, without rebuilding it (implies --keep).",
    )
    parser.add_argument(
        "--engine",
        choices=("database", "live"),
        default="database",
        help="The search engine to measure: the database's, or the Elasticsearch engine on "
        "the embedded node of the live tests (needs java and mvn).",
    )
    args = parser.parse_args(argv)
    live = args.engine == "live"

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "callpath.settings.dev")
    # Measure as production runs: no debug cursor recording every query.
    os.environ.setdefault("DEBUG", "0")
    # Without DEBUG, WhiteNoise warns that collectstatic has not run; the API serves no files.
    warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers")
    node = start_live_engine() if live else None
    clean_up = prepare_database(args.guides, reuse=args.reuse)
    import django

    django.setup()
    from django.db import connections

    try:
        run(args.guides, args.news, args.rounds, reuse=args.reuse, live=live)
    finally:
        connections.close_all()
        if not (args.keep or args.reuse):
            clean_up()
        if node is not None:
            node.stop()
    return 0


def start_live_engine():
    """Start the live tests' embedded search node and point ELASTICSEARCH_URL at it."""
    from tests.search.live_engine import SERVER_JAVA_OPTIONS, LiveEngine, missing_tools

    missing = missing_tools()
    if missing:
        raise SystemExit(f"--engine live needs {' and '.join(missing)} on PATH.")
    workdir = tempfile.mkdtemp(prefix="callpath-bench-search-")
    node = LiveEngine.start(workdir, java_options=SERVER_JAVA_OPTIONS)
    os.environ["ELASTICSEARCH_URL"] = node.url
    return node


if __name__ == "__main__":
    sys.exit(main())
