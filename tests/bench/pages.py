"""Page speed as production serves it: gunicorn (2 sync workers, production settings,
DEBUG=False) over a benchmark database of the demo plus bulk content.

    make bench                                  (SQLite, and PostgreSQL when DATABASE_URL is one)
    python -m tests.bench.pages --quick         (small database, few requests: CI reports only)

For each database it builds (once; `--rebuild` to start again) the demo plus
`generate_content --guides 10000 --news 2000 --operators 500` and one long guide of every
block type, starts gunicorn on a free port, logs in through the login form, warms up, then
measures each endpoint: median and p95 of single-client requests, requests per second from 8
clients at once, the ratio of the median to the floor (`/healthz`, one database round-trip)
and, from a separate in-process pass over the same database, SQL queries per request. It
reports the peak resident memory of a gunicorn worker, prints a table and writes JSON to
var/bench/pages.json. A full run exits 1 when a budget is missed; `--quick` never fails on time.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlencode

from tests.bench.search_bench import QUERIES, is_postgres, percentile, with_database_name
from tests.bench.server import (
    REPO,
    VAR,
    Client,
    Gunicorn,
    build_database,
    manage,
    production_env,
)

BENCH_DIR = VAR / "bench"
POSTGRES_NAME = "callpath_pagebench"
BENCH_NAME = "pages"  # of the SQLite file and the "built" marker
FULL = {"guides": 10_000, "news": 2_000, "operators": 500, "requests": 60, "seconds": 3.0}
QUICK = {"guides": 300, "news": 100, "operators": 40, "requests": 15, "seconds": 0.5}
LONG_GUIDE_SLUG = "benchmark-long-guide"
PASSWORD = "demo"

# (name, user, budget in ms, which statistic the budget is for); paths come from the database.
ENDPOINTS = (
    ("healthz", None, None, None),
    ("home", "operator", 10, "median"),
    ("news index", "operator", 10, "median"),
    ("long guide", "operator", 10, "median"),
    ("my progress", "operator", 15, "median"),
    ("team board", "lead", 60, "median"),
    ("search api", "operator", 30, "p95"),
)


# ---------------------------------------------------------------------------------------
# The database (one process per database, so Django is set up once for it)


def database_url(database):
    if database == "sqlite":
        return f"sqlite:///{BENCH_DIR / f'{BENCH_NAME}.sqlite3'}"
    return with_database_name(os.environ["DATABASE_URL"], POSTGRES_NAME)


def recreate(database):
    if database == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            (BENCH_DIR / f"{BENCH_NAME}.sqlite3{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    server = with_database_name(os.environ["DATABASE_URL"], "postgres")
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{POSTGRES_NAME}"')


def ensure_database(database, env, size, rebuild):
    """Build the benchmark database unless one of this size is already there."""
    marker = BENCH_DIR / f"{BENCH_NAME}-{database}.built.json"
    wanted = {key: size[key] for key in ("guides", "news", "operators")}
    if not rebuild and marker.exists() and json.loads(marker.read_text()) == wanted:
        print(f"Reusing the {database} benchmark database ({wanted}).")
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        return
    marker.unlink(missing_ok=True)
    recreate(database)
    started = time.perf_counter()
    build_database(env, [f"--{key}={value}" for key, value in wanted.items()])
    subprocess.run(
        [sys.executable, "-m", "tests.bench.pages", "--add-long-guide"], cwd=REPO, env=env
    ).check_returncode()
    print(f"Built the {database} benchmark database in {time.perf_counter() - started:.0f} s.")
    marker.write_text(json.dumps(wanted))


def add_long_guide():
    """Publish one guide of at least 1,500 words using every block type of a guide body."""
    import django

    django.setup()
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    from kb.models import GuideIndexPage, GuideKind, GuidePage

    if GuidePage.objects.filter(slug=LONG_GUIDE_SLUG).exists():
        return
    scripts = GuidePage.objects.live().filter(kind=GuideKind.SCRIPT).order_by("pk")[:300]
    longest = max(
        (guide for guide in scripts if "quiz" in {block.block_type for block in guide.body}),
        key=lambda guide: len(str(guide.body.raw_data)),
    )
    body = list(longest.body.raw_data)
    paragraphs = [block for block in body if block["type"] == "paragraph"]
    picture = BytesIO()
    PILImage.new("RGB", (640, 360), (40, 90, 140)).save(picture, "PNG")
    image = Image.objects.create(
        title="Floor plan of the contact centre",
        file=ImageFile(picture, name="floor-plan.png"),
    )
    document = Document(title="Wrap-up code sheet")
    document.file.save("wrap-up-codes.txt", ContentFile(b"Wrap-up codes\n"), save=False)
    document.save()
    body += [
        {"type": "image", "value": {"image": image.pk, "caption": "Where each team sits"}},
        {"type": "document", "value": {"document": document.pk, "title": "Wrap-up codes"}},
        *paragraphs[:3],
    ]
    guide = GuidePage(
        title="The complete call handling handbook",
        slug=LONG_GUIDE_SLUG,
        summary=longest.summary,
        kind=longest.kind,
        body=body,
        owner=longest.owner,
    )
    GuideIndexPage.objects.first().add_child(instance=guide)
    guide.save_revision().publish()
    print(f"Long guide: {guide.url} ({guide.reading_minutes} min read).")


def endpoint_paths():
    """{endpoint name: [paths]} read from the benchmark database."""
    from kb.models import GuidePage, NewsIndexPage

    return {
        "healthz": ["/healthz"],
        "home": ["/"],
        "news index": [NewsIndexPage.objects.live().first().url],
        "long guide": [GuidePage.objects.get(slug=LONG_GUIDE_SLUG).url],
        "my progress": ["/progress/"],
        "team board": ["/team/"],
        "search api": [f"/search/api/?{urlencode({'q': query})}" for query in QUERIES],
    }


def queries_per_request(paths):
    """Mean SQL queries per request of each endpoint, from Django's test client."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.signals import request_started
    from django.db import connection, reset_queries
    from django.test import Client as DjangoClient
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    # Without DEBUG, each request would empty the query log that the count reads.
    request_started.disconnect(reset_queries)
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=["operator", "lead"])
    }
    counts = {}
    for name, user, _budget, _stat in ENDPOINTS:
        client = DjangoClient(headers={"x-forwarded-proto": "https"})
        if user:
            client.force_login(users[user])
        per_path = []
        for path in paths[name]:
            client.get(path)  # warm caches, as the timed requests are
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path} as {user} answered {response.status_code}")
            per_path.append(len(captured.captured_queries))
        counts[name] = round(statistics.mean(per_path), 1)
    return counts


# ---------------------------------------------------------------------------------------
# Measuring over HTTP


def timed(client, path):
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"GET {path} answered {response.status}")
    return elapsed


def single_client(client, paths, requests):
    for path in paths:  # warm-up
        timed(client, path)
    rounds = max(1, requests // len(paths))
    return [timed(client, path) for _round in range(rounds) for path in paths]


def throughput(server, cookies, paths, seconds, clients=8):
    """Requests per second from `clients` concurrent keep-alive clients over `seconds`."""
    done = [0] * clients
    stop = threading.Event()

    def work(slot):
        client = Client(server.port)
        client.cookies = dict(cookies)
        position = slot
        while not stop.is_set():
            timed(client, paths[position % len(paths)])
            position += 1
            done[slot] += 1

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - started)


def measure(database, size, rebuild):
    env = production_env(BENCH_DIR / f"pages-{database}", database_url(database))
    # Each benchmark database its own keys, should they share a Redis (REDIS_URL).
    env["CACHE_KEY_PREFIX"] = f"{BENCH_NAME}-{database}"
    ensure_database(database, env, size, rebuild)
    os.environ.update(env)
    import django

    django.setup()
    paths = endpoint_paths()
    query_counts = queries_per_request(paths)
    version = database_version()
    from django.db import connections

    connections.close_all()

    rows = []
    with Gunicorn(env, workers=2) as server:
        clients = {None: Client(server.port)}
        for user in ("operator", "lead"):
            clients[user] = Client(server.port).login(user, PASSWORD)
        for name, user, budget, statistic in ENDPOINTS:
            times = single_client(clients[user], paths[name], size["requests"])
            rows.append(
                {
                    "endpoint": name,
                    "as": user or "anonymous",
                    "path": paths[name][0]
                    if len(paths[name]) == 1
                    else f"{len(paths[name])} queries",
                    "median_ms": round(statistics.median(times), 2),
                    "p95_ms": round(percentile(times, 0.95), 2),
                    "requests_per_second": round(
                        throughput(server, clients[user].cookies, paths[name], size["seconds"]), 1
                    ),
                    "queries": query_counts[name],
                    "budget_ms": budget,
                    "budget_statistic": statistic,
                }
            )
        peak_memory = round(server.peak_worker_memory_mib(), 1)
    floor = rows[0]["median_ms"]
    for row in rows:
        row["ratio_to_floor"] = round(row["median_ms"] / floor, 1)
        measured = row[f"{row['budget_statistic']}_ms"] if row["budget_ms"] else None
        row["within_budget"] = None if measured is None else measured <= row["budget_ms"]
    return {
        "database": database,
        "database_version": version,
        "size": {key: size[key] for key in ("guides", "news", "operators")},
        "endpoints": rows,
        "peak_worker_memory_mib": peak_memory,
    }


def database_version():
    import sqlite3

    from django.db import connection

    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"


# ---------------------------------------------------------------------------------------
# Report


def print_table(result):
    print()
    print(
        f"{result['database_version']}, {result['size']['guides']:,} guides, "
        f"{result['size']['news']:,} news, {result['size']['operators']:,} generated operators; "
        f"gunicorn worker peak memory {result['peak_worker_memory_mib']} MiB"
    )
    print(
        f"{'endpoint':<12} {'as':<9} {'median ms':>9} {'p95 ms':>7} {'req/s (8)':>9} "
        f"{'x floor':>7} {'queries':>7}  budget"
    )
    for row in result["endpoints"]:
        budget = ""
        if row["budget_ms"]:
            verdict = "ok" if row["within_budget"] else "OVER"
            budget = f"{row['budget_statistic']} <= {row['budget_ms']} ms: {verdict}"
        print(
            f"{row['endpoint']:<12} {row['as']:<9} {row['median_ms']:>9.2f} {row['p95_ms']:>7.2f} "
            f"{row['requests_per_second']:>9.1f} {row['ratio_to_floor']:>7.1f} "
            f"{row['queries']:>7}  {budget}"
        )


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(memory_kib / 1024**2, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="Small database; report only.")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the databases.")
    parser.add_argument("--database", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    parser.add_argument("--add-long-guide", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.add_long_guide:
        add_long_guide()
        return 0

    size = QUICK if args.quick else FULL
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    suffix = "-quick" if args.quick else ""
    if args.database:  # one database, in its own process
        if args.quick:  # its own databases, so a quick run never replaces the full ones
            global POSTGRES_NAME, BENCH_NAME
            POSTGRES_NAME += "_quick"
            BENCH_NAME += "-quick"
        result = measure(args.database, size, args.rebuild)
        (BENCH_DIR / f"pages-{args.database}{suffix}.json").write_text(json.dumps(result))
        return 0

    databases = ["sqlite"] + (
        ["postgres"] if is_postgres(os.environ.get("DATABASE_URL", "")) else []
    )
    results = []
    for database in databases:
        command = [sys.executable, "-m", "tests.bench.pages", "--database", database]
        command += ["--quick"] * args.quick + ["--rebuild"] * args.rebuild
        subprocess.run(command, cwd=REPO).check_returncode()
        results.append(json.loads((BENCH_DIR / f"pages-{database}{suffix}.json").read_text()))
    for result in results:
        print_table(result)
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "method": "gunicorn, 2 sync workers, production settings; single client, then 8 clients",
        "results": results,
    }
    path = BENCH_DIR / f"pages{suffix}.json"
    path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nFigures written to {path.relative_to(REPO)}")
    missed = [
        f"{result['database']} {row['endpoint']}"
        for result in results
        for row in result["endpoints"]
        if row["within_budget"] is False
    ]
    if missed and not args.quick:
        print("Over budget: " + ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
