"""Who may do what with news and guides, checked on the server.

- The knowledge-base reports (receipts, freshness).
- Team targeting of news in the Wagtail admin: news meant for some teams only is out of reach
  of everyone else there too — no action on it, and it is not listed.
- Guide ownership: the owner, leads and admins look after a guide; other mentors may propose
  a change (a draft or a comment) but not take the guide over.

Wagtail asks a page for its permission tester (`Page.permissions_for_user`) before every
admin action, and the page permission policy for every admin listing; `kb/wagtail_hooks.py`
puts the testers and the policy below in place.
"""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from home import roles
from home.models import team_ids_of


def can_view_receipts(user):
    """Read receipts of must-read news: leads (for their teams) and admins."""
    return roles.is_lead(user)


def can_view_freshness(user):
    """Guides due for review: leads and admins see all, mentors the guides they own."""
    return roles.is_mentor(user)


# ---------------------------------------------------------------------------------------
# Team-targeted news in the admin


def news_out_of_reach(user):
    """Targeted news items for none of the teams the user is in or leads, as a queryset
    (none for admins). The site hides them from the user; so does the admin."""
    from kb.models import NewsPage

    if user.is_superuser:
        return NewsPage.objects.none()
    targets = NewsPage.teams.through.objects.filter(newspage_id=OuterRef("pk"))
    in_their_teams = targets.filter(team_id__in=team_ids_of(user))
    return NewsPage.objects.filter(Exists(targets)).exclude(Exists(in_their_teams))


def news_out_of_reach_ids(user):
    """Ids of `news_out_of_reach(user)`, read once per request (kept on the user object), as
    the admin asks for each page of a listing."""
    if not hasattr(user, "_callpath_news_out_of_reach"):
        user._callpath_news_out_of_reach = frozenset(
            news_out_of_reach(user).values_list("pk", flat=True)
        )
    return user._callpath_news_out_of_reach


def _refused(self, *args, **kwargs):
    return False


class NoActionsPermissionTester(PagePermissionTester):
    """Refuses every action on the page (edit, view draft, preview, revisions, history,
    lock, publish, unpublish, delete, move, copy, submit...), whatever the user's role."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.permissions = set()


# Every `can_*` question, including any a later Wagtail asks, is answered "no".
for _name in dir(PagePermissionTester):
    if _name.startswith("can_"):
        setattr(NoActionsPermissionTester, _name, _refused)
del _name


def news_permissions_for_user(page, user):
    """`NewsPage.permissions_for_user`: Wagtail's rules for news the user's teams may read,
    nothing at all for news meant for other teams."""
    if page.pk in news_out_of_reach_ids(user):
        return NoActionsPermissionTester(user, page)
    return PagePermissionTester(user, page)


class TeamTargetingPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy without the news meant for other teams, so the
    admin's explorer, search, reports, dashboard panels and audit log never list them."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return without_news_out_of_reach(pages, user)

    def explorable_instances(self, user):
        return without_news_out_of_reach(super().explorable_instances(user), user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if instance.pk in news_out_of_reach_ids(user):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


def without_news_out_of_reach(pages, user):
    """`pages` (any page queryset) without the news meant for teams the user is not in."""
    if user.is_superuser:
        return pages
    return pages.exclude(pk__in=news_out_of_reach(user).values("pk"))


# ---------------------------------------------------------------------------------------
# Guide ownership


def looks_after_guide(user, guide):
    """The guide's owner, leads and admins look after a guide: they lock, delete, move and
    submit it for approval."""
    return user.is_superuser or roles.is_lead(user) or guide.owner_id == user.pk


def chooses_guide_owners(user):
    """Leads and admins choose who owns a guide, as they approve and publish guides (saving a
    guide that is not live also writes its owner at once)."""
    return user.is_superuser or roles.is_lead(user)


class GuidePermissionTester(PagePermissionTester):
    """Wagtail's rules, narrowed for mentors who do not own the guide: they may open it,
    save a draft (a proposed change the owner sees next) and comment, but not lock, delete,
    move or submit it over the owner's head. Approval stays with the Leads group through the
    "Guide approval" workflow."""

    def __init__(self, user, page):
        super().__init__(user, page)
        # The owner as stored: the editor fills the same page object in with the form's
        # values before it asks what the user may do.
        self.looks_after_it = user.is_active and looks_after_guide(user, page)

    def looks_after(self):
        return self.looks_after_it

    def can_lock(self):
        return self.looks_after() and super().can_lock()

    def can_delete(self, ignore_bulk=False):
        return self.looks_after() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_submit_for_moderation(self):
        return self.looks_after() and super().can_submit_for_moderation()


def guide_permissions_for_user(page, user):
    """`GuidePage.permissions_for_user`: see `GuidePermissionTester`."""
    return GuidePermissionTester(user, page)


def owner_change_refusal(user, guide, posted_owner):
    """Why `user` may not save `guide` with `posted_owner` (the owner field as submitted: a
    user id, "" for nobody) as its owner, or "" when they may. Keeping the owner as it is is
    always allowed."""
    if posted_owner == str(guide.owner_id or "") or chooses_guide_owners(user):
        return ""
    owner = guide.owner
    return _(
        "Only a lead can change who owns this guide (its owner is %(owner)s). Nothing was "
        "saved: keep the owner as it is to save your change, or ask a lead to hand the guide "
        "over."
    ) % {"owner": (owner.get_full_name() or owner.get_username()) if owner else _("nobody")}


def new_guide_owner_refusal(user, posted_owner):
    """Why `user` may not create a guide owned by `posted_owner`, or "" when they may: the
    mentor who writes a guide owns it; leads and admins may name someone else."""
    if posted_owner == str(user.pk) or chooses_guide_owners(user):
        return ""
    return _(
        "You own the guides you write: only a lead can name someone else as the owner. "
        "Nothing was saved."
    )
