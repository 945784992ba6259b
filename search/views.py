from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from kb.models import NewsPage

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the published pages the user may see."""
    query = request.GET.get("q", "").strip()
    results_page = None
    if query:
        hidden_news = NewsPage.objects.exclude(
            pk__in=NewsPage.objects.visible_to(request.user).values("pk")
        ).values("pk")
        results = (
            Page.objects.live().public().exclude(depth__lte=1).exclude(pk__in=hidden_news)
        ).search(query)
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results_page},
    )
