"""Relevance of the search engine: nDCG@5 and MRR over the judged queries.

    python -m tests.search.relevance                  (or: make search-quality)
    python -m tests.search.relevance --verbose        (one line per query as well)
    python -m tests.search.relevance --guides 10000   (the demo alone, then with 10,000 guides)

Figures are given for the original set (`JUDGED_QUERIES`), the new kinds of queries
(`NEW_KINDS`) and each kind of those (acronym, jargon, typo, paraphrase), searched as the demo
admin, who sees every page. `score_engine(engine, user)` computes them for any engine with
`search(query, user=..., per_page=...)`, so tests can score another engine the same way.

Without --guides: loads the demo into a fresh in-memory SQLite database (or a throwaway test
database on the PostgreSQL server of DATABASE_URL) and indexes it. Exits with 1 when the
curated top result of a query of the original set is not in the top 3.

With --guides N: builds a database as the search benchmark does (the SQLite file
var/bench/relevance-N.sqlite3, or `<name>_relevance` on the PostgreSQL server of
DATABASE_URL; removed afterwards), scores the demo alone, adds N guides with
`manage.py generate_content`, scores again and prints both with the difference. Generated pages
are not judged, and many are as good an answer as a demo page (the generator writes about the
same subjects), so the second ranking is condensed to the demo's pages: the first 1,000 results
are read and generated pages left out. The difference therefore measures whether the engine
still finds the judged pages among 10,000 others, and in the same order. Exits with 1 when
nDCG@5 or MRR of either set drops by more than 0.02.
"""

import argparse
import math
import os
import sys
from io import StringIO
from statistics import mean

from tests.search.judged_queries import JUDGED_QUERIES, KINDS, NEW_KINDS

TOP = 5
MAX_DROP = 0.02  # the most nDCG@5 or MRR may drop with 10,000 generated guides
# Generated guides are unjudged: with them, rankings are condensed to the demo's pages (Sakai's
# "condensed lists"), reading this many results, so a judged page pushed below them is a miss.
CONDENSED_DEPTH = 1000
PAGE_SIZE = 50  # the most results either engine gives in one page
SETS = ("old", "new", *KINDS)
LABELS = {"old": "old set", "new": "new set"}


def ndcg_at(ranked_slugs, relevant, k=TOP):
    """nDCG@k with graded relevance: the first judged slug counts most."""
    grades = {slug: len(relevant) - position for position, slug in enumerate(relevant)}
    dcg = sum(
        grades.get(slug, 0) / math.log2(position + 2)
        for position, slug in enumerate(ranked_slugs[:k])
    )
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum(grade / math.log2(position + 2) for position, grade in enumerate(ideal))
    return dcg / best if best else 0.0


def reciprocal_rank(ranked_slugs, relevant):
    """1 / position of the curated top result (0 when it is not found)."""
    top = relevant[0]
    return 1 / (ranked_slugs.index(top) + 1) if top in ranked_slugs else 0.0


def load_demo_index():
    """Load the demo people and content and index them."""
    from careers.demo import load_careers, load_ladder
    from home.demo import load_people
    from kb.demo import load_kb
    from search.index import rebuild_index

    load_people()
    load_ladder()
    load_kb()
    load_careers()
    rebuild_index()


def ranked_slugs(query, user, limit=10, engine=None, among=None):
    """The slugs of the top results for a query, best first (the configured engine unless
    one is given). With `among` (a set of slugs), the ranking is condensed to those pages:
    the first CONDENSED_DEPTH results are read and every other page is left out."""
    from wagtail.models import Page

    from search.engine import get_engine

    engine = engine or get_engine()
    if among is None:
        hits = engine.search(query, user=user, per_page=limit).hits
    else:
        hits = []
        for page in range(1, CONDENSED_DEPTH // PAGE_SIZE + 1):
            results = engine.search(query, user=user, page=page, per_page=PAGE_SIZE)
            hits += results.hits
            if page >= results.num_pages:
                break
    slugs = dict(
        Page.objects.filter(pk__in=[hit.page_id for hit in hits]).values_list("pk", "slug")
    )
    ranked = [slugs[hit.page_id] for hit in hits]
    if among is not None:
        ranked = [slug for slug in ranked if slug in among]
    return ranked[:limit]


def evaluate(user, judged=None, engine=None, among=None):
    """[(query, relevant, ranked slugs, nDCG@5, reciprocal rank)] for every judged query."""
    rows = []
    for query, relevant in judged or JUDGED_QUERIES:
        slugs = ranked_slugs(query, user, engine=engine, among=among)
        rows.append(
            (query, relevant, slugs, ndcg_at(slugs, relevant), reciprocal_rank(slugs, relevant))
        )
    return rows


def averages(rows):
    return {
        "queries": len(rows),
        "ndcg": mean(row[3] for row in rows),
        "mrr": mean(row[4] for row in rows),
        "rows": rows,
    }


def score_engine(engine, user, among=None):
    """nDCG@5 and MRR of `engine` searching as `user`, for each of SETS:
    {"old": {"queries": 36, "ndcg": 0.97, "mrr": 0.96, "rows": [...]}, "new": ..., "typo": ...}
    where rows are `evaluate()`'s (rankings condensed to the slugs `among`, when given)."""
    new_judged = [(query, relevant) for query, _, relevant in NEW_KINDS]
    new_rows = evaluate(user, new_judged, engine, among)
    scores = {
        "old": averages(evaluate(user, JUDGED_QUERIES, engine, among)),
        "new": averages(new_rows),
    }
    for kind in KINDS:
        queries = {query for query, query_kind, _ in NEW_KINDS if query_kind == kind}
        scores[kind] = averages([row for row in new_rows if row[0] in queries])
    return scores


def table(columns):
    """Lines of a table with a group of columns per (title, scores), and the difference
    between the two when there are two."""
    groups = [(title, [(s[name]["ndcg"], s[name]["mrr"]) for name in SETS]) for title, s in columns]
    if len(groups) == 2:
        pairs = zip(groups[0][1], groups[1][1], strict=True)
        groups.append(("difference", [(b[0] - a[0], b[1] - a[1]) for a, b in pairs]))
    lines = [
        f"{'':<22}" + "".join(f"  {title:^15}" for title, _ in groups),
        f"{'set':<14}{'queries':>8}" + f"  {'nDCG@5':>7} {'MRR':>7}" * len(groups),
    ]
    for index, name in enumerate(SETS):
        cells = ""
        for title, figures in groups:
            sign = "+" if title == "difference" else ""
            cells += "  " + " ".join(f"{figure:>{sign}7.3f}" for figure in figures[index])
        label = LABELS.get(name, f"  {name}")
        lines.append(f"{label:<14}{columns[0][1][name]['queries']:>8}{cells}")
    return lines


def print_queries(scores):
    """One line per query: '!!' when its curated top result is not in the top 3."""
    for name in ("old", "new"):
        rows = scores[name]["rows"]
        width = max(len(query) for query, *_ in rows)
        print(f"\n{LABELS[name]}")
        for query, relevant, slugs, ndcg, rr in rows:
            flag = "  " if relevant[0] in slugs[:3] else "!!"
            top = ", ".join(slugs[:3])
            print(f"{flag} {query:<{width}}  nDCG@5 {ndcg:.2f}  RR {rr:.2f}  top: {top}")
    print()


def print_losses(before, after):
    """The queries that score lower in `after` than in `before`, with both top threes."""
    for name in ("old", "new"):
        pairs = zip(before[name]["rows"], after[name]["rows"], strict=True)
        lost = [(a, b) for a, b in pairs if b[3] < a[3] - 1e-9 or b[4] < a[4] - 1e-9]
        print(f"{LABELS[name]}: {len(lost)} queries score lower")
        for (query, relevant, slugs, ndcg, rr), (_, _, bulk_slugs, bulk_ndcg, bulk_rr) in lost:
            print(
                f"   {query}: nDCG@5 {ndcg:.2f} -> {bulk_ndcg:.2f}, RR {rr:.2f} -> {bulk_rr:.2f}; "
                f"judged {', '.join(relevant)}; top {', '.join(slugs[:3])} -> "
                f"{', '.join(bulk_slugs[:3])}"
            )
    print()


def admin_user():
    from django.contrib.auth import get_user_model

    # The admin sees every page, so team targeting does not hide judged news.
    return get_user_model().objects.get(username="admin")


def run_on_demo(verbose):
    """Score the configured engine on the demo in a throwaway test database."""
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    from search.engine import get_engine

    if connection.vendor == "postgresql":
        # Not the test suite's database, which a test run may be using right now.
        connection.settings_dict["TEST"]["NAME"] = f"test_{connection.settings_dict['NAME']}_rel"
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        load_demo_index()
        scores = score_engine(get_engine(), admin_user())
        if verbose:
            print_queries(scores)
        print(f"Demo content on the {connection.vendor} database engine\n")
        print("\n".join(table([("demo", scores)])))
        rows = scores["old"]["rows"]
        missing = [row[0] for row in rows if row[1][0] not in row[2][:3]]
        if missing:
            print(f"\nCurated top result not in the top 3 for: {', '.join(missing)}")
        return 1 if missing else 0
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def prepare_database(guides):
    """Point DATABASE_URL at a fresh, empty database for the run; returns a clean-up."""
    from urllib.parse import urlsplit

    from tests.bench.search_bench import BENCH_DIR, is_postgres, remove_files, with_database_name

    server_url = os.environ.get("DATABASE_URL", "")
    if is_postgres(server_url):
        import psycopg

        name = f"{urlsplit(server_url).path.strip('/') or 'callpath'}_relevance"

        def execute(statement):
            with psycopg.connect(with_database_name(server_url, "postgres"), autocommit=True) as db:
                db.execute(statement)

        def drop():
            execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        drop()
        execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = with_database_name(server_url, name)
        return drop
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"relevance-{guides}.sqlite3"
    files = [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]
    remove_files(files)
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    return lambda: remove_files(files)


def run_with_guides(guides, verbose):
    """Score the demo alone, then with `guides` generated guides, in one fresh database."""
    clean_up = prepare_database(guides)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    from search.engine import get_engine

    try:
        call_command("migrate", verbosity=0)
        load_demo_index()
        from wagtail.models import Page

        engine, user = get_engine(), admin_user()
        demo = score_engine(engine, user)
        demo_slugs = set(Page.objects.values_list("slug", flat=True))
        out = StringIO()
        call_command("generate_content", guides=guides, stdout=out)
        print(out.getvalue().strip())
        bulk = score_engine(engine, user, among=demo_slugs)
        if verbose:
            print_queries(bulk)
            print_losses(demo, bulk)
        print(f"\nDemo alone and with {guides:,} guides on the {connection.vendor} database engine")
        print()
        print("\n".join(table([("demo", demo), (f"{guides:,} guides", bulk)])))
        drops = [
            f"{LABELS[name]} {measure} {demo[name][measure] - bulk[name][measure]:.3f}"
            for name in ("old", "new")
            for measure in ("ndcg", "mrr")
            if demo[name][measure] - bulk[name][measure] > MAX_DROP + 1e-9
        ]
        if drops:
            print(f"\nDrops above {MAX_DROP}: {'; '.join(drops)}")
        else:
            print(f"\nNo drop above {MAX_DROP} in nDCG@5 or MRR of either set.")
        return 1 if drops else 0
    finally:
        connections.close_all()
        clean_up()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--guides", type=int, default=0, help="Also score with this many generated guides."
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="One line per query.")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "callpath.settings.test")
    if args.guides:
        return run_with_guides(args.guides, args.verbose)
    return run_on_demo(args.verbose)


if __name__ == "__main__":
    sys.exit(main())
