from django.urls import reverse

from home import roles
from home.cache import RECORDS, cached


def navigation(request):
    """The signed-in user's role and the main navigation, for the base template."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    role = roles.role_of(user)
    items = cached(("navigation", user.pk), lambda: navigation_items(user), depends_on=(RECORDS,))
    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
    return {"role": role, "role_label": roles.ROLE_LABELS[role], "nav_items": nav}


def navigation_items(user):
    """[(label, url)] of the sections `user` may open (their permissions, read once)."""
    items = [
        ("Home", "/"),
        ("News", "/news/"),
        ("Guides", "/guides/"),
        ("Careers", "/careers/"),
        ("My progress", reverse("my_progress")),
        ("Reviews", reverse("review_list")),
    ]
    if roles.is_mentor(user):
        items.append(("Mentees", reverse("mentees")))
    if roles.is_lead(user):
        items.append(("Team", reverse("team")))
    if user.has_perm("wagtailadmin.access_admin"):
        items.append(("Editor", reverse("wagtailadmin_home")))
    return items
