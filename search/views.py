from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the published pages everyone may see."""
    query = request.GET.get("q", "").strip()
    results_page = None
    if query:
        results = Page.objects.live().public().exclude(depth__lte=1).search(query)
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results_page},
    )
