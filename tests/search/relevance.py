"""Relevance of the search engine on the demo content: nDCG@5 and MRR over the judged queries.

    python -m tests.search.relevance          (or: make search-quality)

Loads the demo into a fresh in-memory SQLite database (or the test PostgreSQL database when
DATABASE_URL is set), indexes it and prints one line per query and the averages.
"""

import math
import os
import sys

TOP = 5


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
    """Load the demo people and content and index them; returns the engine."""
    from careers.demo import load_careers, load_ladder
    from home.demo import load_people
    from kb.demo import load_kb
    from search.index import rebuild_index

    load_people()
    load_ladder()
    load_kb()
    load_careers()
    rebuild_index()


def ranked_slugs(query, user, limit=10):
    """The slugs of the top results for a query, best first."""
    from wagtail.models import Page

    from search.engine import get_engine

    hits = get_engine().search(query, user=user, per_page=limit).hits
    slugs = dict(
        Page.objects.filter(pk__in=[hit.page_id for hit in hits]).values_list("pk", "slug")
    )
    return [slugs[hit.page_id] for hit in hits]


def evaluate(user, judged=None):
    """[(query, ranked slugs, nDCG@5, reciprocal rank)] for every judged query."""
    from tests.search.judged_queries import JUDGED_QUERIES

    rows = []
    for query, relevant in judged or JUDGED_QUERIES:
        slugs = ranked_slugs(query, user)
        rows.append(
            (query, relevant, slugs, ndcg_at(slugs, relevant), reciprocal_rank(slugs, relevant))
        )
    return rows


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "callpath.settings.test")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        load_demo_index()
        # The admin sees every page, so team targeting does not hide judged news.
        user = get_user_model().objects.get(username="admin")
        rows = evaluate(user)
        width = max(len(query) for query, *_ in rows)
        for query, relevant, slugs, ndcg, rr in rows:
            flag = "  " if relevant[0] in slugs[:3] else "!!"
            top = ", ".join(slugs[:3])
            print(f"{flag} {query:<{width}}  nDCG@5 {ndcg:.2f}  RR {rr:.2f}  top: {top}")
        mean_ndcg = sum(row[3] for row in rows) / len(rows)
        mrr = sum(row[4] for row in rows) / len(rows)
        print(f"\n{len(rows)} queries on the {connection.vendor} database engine")
        print(f"nDCG@5 {mean_ndcg:.3f}   MRR {mrr:.3f}")
        missing = [row[0] for row in rows if row[1][0] not in row[2][:3]]
        if missing:
            print(f"Curated top result not in the top 3 for: {', '.join(missing)}")
        return 1 if missing else 0
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    sys.exit(main())
