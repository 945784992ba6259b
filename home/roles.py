"""Who is this user? One answer for templates, views and permission checks.

Roles are Django groups created by a data migration (`home/migrations/0003_roles.py`);
superusers are admins whatever their groups.
"""

from home.cache import RECORDS, cached

OPERATORS = "Operators"
MENTORS = "Mentors"
LEADS = "Leads"

OPERATOR = "operator"
MENTOR = "mentor"
LEAD = "lead"
ADMIN = "admin"

ROLE_LABELS = {OPERATOR: "Operator", MENTOR: "Mentor", LEAD: "Lead", ADMIN: "Admin"}

# Highest role wins when a person is in several groups.
_GROUP_ROLES = [(LEADS, LEAD), (MENTORS, MENTOR), (OPERATORS, OPERATOR)]


def groups_of(user):
    """(id, name) of the user's groups, kept on the user object and in the cache (every
    request asks)."""
    if not hasattr(user, "_callpath_groups"):
        user._callpath_groups = (
            cached(
                ("groups", user.pk),
                lambda: frozenset(user.groups.values_list("pk", "name")),
                depends_on=(RECORDS,),
            )
            if user.is_authenticated
            else frozenset()
        )
    return user._callpath_groups


def group_names(user):
    return frozenset(name for _pk, name in groups_of(user))


def role_of(user):
    """The user's role: "admin", "lead", "mentor" or "operator" (None when anonymous)."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return ADMIN
    names = group_names(user)
    for group, role in _GROUP_ROLES:
        if group in names:
            return role
    return OPERATOR


def is_lead(user):
    return role_of(user) in {LEAD, ADMIN}


def is_mentor(user):
    return role_of(user) in {MENTOR, LEAD, ADMIN}
