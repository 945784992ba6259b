from django.urls import reverse

from home import roles


def navigation(request):
    """The signed-in user's role and the main navigation, for the base template."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    role = roles.role_of(user)
    items = [
        ("Home", "/"),
        ("News", "/news/"),
        ("Guides", "/guides/"),
        ("Careers", "/careers/"),
    ]
    if roles.is_lead(user):
        items.append(("Team", reverse("team")))
    if user.has_perm("wagtailadmin.access_admin"):
        items.append(("Editor", reverse("wagtailadmin_home")))
    path = request.path
    nav = [
        {
            "label": label,
            "url": url,
            "current": path == url or (url != "/" and path.startswith(url)),
        }
        for label, url in items
    ]
    return {"role": role, "role_label": roles.ROLE_LABELS[role], "nav_items": nav}
