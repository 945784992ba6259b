"""Wagtail's page view, with each page's route kept in the cache.

Wagtail finds a page by walking the tree: the site, its root page, then one child a level
(four or five queries for a guide). The route only changes with the pages and sites, so the
page found for a host and path is cached under the "content" generation, and a later request
loads that page in one query. Paths that find no page are not cached, so stray URLs cannot
fill the cache. View restrictions are not part of the route: Wagtail still checks them on
every request.
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from home.cache import CONTENT, TIMEOUT, version


def serve(request, path):
    key = route_key(request, path)
    found = cache.get(key)
    if found is None:
        route = Page.route_for_request(request, path)
        if route is not None:
            cache.set(key, route_to_cache(request._wagtail_site, route), TIMEOUT)
    else:
        site_fields, model, page_id, args, kwargs = found
        page = model.objects.filter(pk=page_id).first()
        if page is not None:
            request._wagtail_site = Site(**site_fields)
            request._wagtail_route_for_request = RouteResult(page, args, kwargs)
    return wagtail_views.serve(request, path)


def route_key(request, path):
    # The host and port Wagtail picks the site by (`Site.find_for_request`).
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"route:{hostname}:{request.get_port()}:{path}:{version(CONTENT)}"


def route_to_cache(site, route):
    """The site's own fields (no related objects) and the page's model, id and arguments."""
    page, args, kwargs = route
    site_fields = {
        field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields
    }
    return site_fields, type(page), page.pk, args, kwargs
