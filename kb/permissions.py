"""Who may see the knowledge-base reports. Checked on the server by the report views."""

from home import roles


def can_view_receipts(user):
    """Read receipts of must-read news: leads (for their teams) and admins."""
    return roles.is_lead(user)


def can_view_freshness(user):
    """Guides due for review: leads and admins see all, mentors the guides they own."""
    return roles.is_mentor(user)
