"""Site search: the results page, the JSON API and autocomplete suggestions.

Every view is behind the login middleware; every answer only contains what the engine lets
the user see. Searches (not autocomplete keystrokes) are logged without who searched.
"""

import logging
from urllib.parse import quote, urlencode

from django.db import DatabaseError, transaction
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from home.roles import role_of
from search.engine import TYPES, SearchFilters, get_engine
from search.models import CONTROL_CHARACTERS, QueryLog, without_control_characters

logger = logging.getLogger(__name__)

PER_PAGE = 10
# 10,000 results deep: further than anyone pages, and as deep as every engine reaches.
MAX_PAGE = 1000
MAX_QUERY_LENGTH = 200
FILTER_PARAMETERS = {
    "type": "types",
    "topic": "topics",
    "level": "levels",
    "category": "categories",
}


class BadSearch(ValueError):
    """A request the search cannot answer, with a message for the user."""


def filters_from(params):
    """SearchFilters from GET parameters (each may repeat); unknown types are ignored."""
    values = {
        # A value with a control character names no topic, level or category.
        field: tuple(
            dict.fromkeys(
                value
                for value in params.getlist(name)
                if value and not CONTROL_CHARACTERS.search(value)
            )
        )
        for name, field in FILTER_PARAMETERS.items()
    }
    values["types"] = tuple(value for value in values["types"] if value in TYPES)
    return SearchFilters(**values)


def page_from(params):
    """The page number: ASCII digits from 1 to MAX_PAGE (str.isdigit() also takes "²")."""
    raw = params.get("page", "1") or "1"
    if not (raw.isascii() and raw.isdigit() and len(raw) <= len(str(MAX_PAGE))) or not (
        1 <= int(raw) <= MAX_PAGE
    ):
        raise BadSearch(_("page must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE})
    return int(raw)


def query_from(params):
    """The words searched for, with single spaces and no control characters."""
    query = " ".join(without_control_characters(params.get("q", "")).split())
    if len(query) > MAX_QUERY_LENGTH:
        raise BadSearch(
            _("The query is too long (at most %(count)d characters).") % {"count": MAX_QUERY_LENGTH}
        )
    return query


def exact_from(params):
    """`exact=1`: search the words as typed, without correcting them."""
    return params.get("exact") == "1"


def run_search(request, query, filters, page):
    """Search and log it (first pages only: paging through results is not a new search)."""
    results = get_engine().search(
        query,
        user=request.user,
        filters=filters,
        page=page,
        per_page=PER_PAGE,
        exact=exact_from(request.GET),
    )
    if page == 1:
        log_search(query, results.total, request.user)
    return results


def log_search(query, total, user):
    """Log one search. A log that cannot be written (a full disk) must not fail the search."""
    try:
        with transaction.atomic():
            QueryLog.record(query, results=total, role=role_of(user) or "")
    except DatabaseError as error:
        logger.warning("Search not logged: %s", error)


def search(request):
    """`/search/`: results with facets, snippets, pagination and "did you mean"."""
    filters = filters_from(request.GET)
    context = {"search_query": "", "results": None, "error": "", "filters": filters}
    try:
        query, page = query_from(request.GET), page_from(request.GET)
    except BadSearch as error:
        context["error"] = str(error)
        return render(request, "search/search.html", context, status=400)
    context["search_query"] = query
    if query:
        results = run_search(request, query, filters, page)
        context.update(
            results=results,
            facet_groups=facet_groups(results, filters),
            pages=page_links(request.GET, results),
            first_number=(results.page - 1) * results.per_page + 1,
            suggestion_url=suggestion_url(results),
            exact_url=exact_url(request.GET),
        )
        if not results.total:
            context["help"] = no_results_help(request.user, results)
    if not query or (context["results"] and not context["results"].total):
        from kb.models import Topic

        context["topics"] = Topic.objects.all()
    return render(request, "search/search.html", context)


def search_api(request):
    """`/search/api/`: the same search as JSON, best first."""
    filters = filters_from(request.GET)
    try:
        query, page = query_from(request.GET), page_from(request.GET)
        if not query:
            raise BadSearch(_("Add a query: /search/api/?q=your+words"))
    except BadSearch as error:
        return JsonResponse({"error": str(error)}, status=400)
    results = run_search(request, query, filters, page)
    return JsonResponse(
        {
            "query": results.query,
            "total": results.total,
            "page": results.page,
            "per_page": results.per_page,
            "results": [hit_json(hit) for hit in results.hits],
            "facets": {
                name: [
                    {"value": value.value, "label": value.label, "count": value.count}
                    for value in values
                ]
                for name, values in results.facets.items()
            },
            "suggestion": results.suggestion,
            # The words searched when a misspelling was corrected ("query" is as typed);
            # `exact=1` searches the words as typed.
            "corrected_query": results.corrected_query,
        }
    )


def hit_json(hit):
    return {
        "title": hit.title,
        "url": hit.url,
        "type": hit.type,
        "snippet": hit.snippet,
        "score": hit.score,
        "date": hit.date.isoformat() if hit.date else None,
        "topics": list(hit.topics),
        "level": list(hit.levels),
        "promoted": hit.promoted,
    }


def suggest(request):
    """`/search/suggest/?q=`: up to eight titles for the header box's autocomplete."""
    prefix = without_control_characters(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    titles = get_engine().suggest(prefix, request.user) if prefix.strip() else []
    return JsonResponse(titles, safe=False)


# ---------------------------------------------------------------------------------------
# Template helpers


def facet_groups(results, filters):
    """The facet checkboxes: (name, legend, [(value, label, count, checked)]).

    A checked value with no matches stays listed (count 0) so it can be unchecked.
    """
    legends = {"type": "Type", "topic": "Topic", "level": "Level", "category": "News category"}
    groups = []
    for name, field in FILTER_PARAMETERS.items():
        chosen = getattr(filters, field)
        values = [
            (value.value, value.label, value.count, value.value in chosen)
            for value in results.facets.get(name, ())
        ]
        listed = {value[0] for value in values}
        values += [(value, value, 0, True) for value in chosen if value not in listed]
        if values:
            groups.append((name, legends[name], values))
    return groups


def page_links(params, results):
    """Previous / next page URLs keeping the query and filters."""

    def url_for(number):
        kept = [(key, value) for key, value in params.lists() if key != "page"]
        pairs = [(key, value) for key, values in kept for value in values]
        return "?" + urlencode([*pairs, ("page", number)])

    return {
        "previous": url_for(results.page - 1) if results.page > 1 else "",
        "next": url_for(results.page + 1) if results.page < results.num_pages else "",
        "number": results.page,
        "count": results.num_pages,
    }


def suggestion_url(results):
    return "?" + urlencode({"q": results.suggestion}) if results.suggestion else ""


def exact_url(params):
    """The same search (query and filters) of the words as typed: "search instead for"."""
    kept = [(key, value) for key, values in params.lists() for value in values]
    pairs = [(key, value) for key, value in kept if key not in {"page", "exact"}]
    return "?" + urlencode([*pairs, ("exact", "1")])


POPULAR_GUIDES = 5


def no_results_help(user, results):
    """What the no-results page offers besides other words: the corrected query (when the
    engine has one), the guides most completed at the user's career level (any level when
    they have none) and whom to ask: their mentor, else a lead of their team."""
    from careers.models import OperatorProfile
    from home.models import Team
    from kb.models import GuidePage

    profile = OperatorProfile.objects.filter(user=user).select_related("level", "mentor").first()
    level = profile.level if profile else None
    guides = GuidePage.objects.live().readable_by(user)
    if level is not None:
        guides = guides.filter(levels=level)
    popular = guides.annotate(completed=Count("completions")).order_by("-completed", "title")
    ask, ask_role = (profile.mentor, "mentor") if profile and profile.mentor else (None, "")
    if ask is None:
        team = Team.objects.filter(members__user=user).first()
        ask = team.leads.order_by("last_name", "first_name").first() if team else None
        ask_role = "lead" if ask else ""
    return {
        "correction": results.corrected_query or results.suggestion,
        "level": level,
        "popular": list(popular[:POPULAR_GUIDES]),
        "ask": ask if ask is not None and ask.email and ask != user else None,
        "ask_role": ask_role,
        "ask_url": ask_url(ask, results.query) if ask is not None and ask.email else "",
    }


def ask_url(person, query):
    """A mailto: link asking `person` about a search that found nothing."""
    subject = _("Question: I could not find “%(query)s”") % {"query": query}
    return f"mailto:{person.email}?" + urlencode({"subject": subject}, quote_via=quote)
