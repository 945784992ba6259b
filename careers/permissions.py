"""Who may see and record what about an operator. Every careers view asks here, on the server.

People data is sensitive: an operator sees their own record, a mentor their mentees', a lead
their team's, admins everyone's.
"""

from careers.models import OperatorProfile, RequirementKind, SignerRule
from home import roles
from home.models import Profile


def _career(user):
    """The user's OperatorProfile or None (cached on the user object)."""
    if not hasattr(user, "_callpath_career"):
        user._callpath_career = (
            OperatorProfile.objects.select_related("level").filter(user=user).first()
        )
    return user._callpath_career


def is_mentor_of(viewer, operator):
    career = _career(operator)
    return career is not None and career.mentor_id == viewer.pk


def leads_team_of(viewer, operator):
    team_id = Profile.objects.filter(user=operator).values_list("team_id", flat=True).first()
    return team_id is not None and viewer.led_teams.filter(pk=team_id).exists()


def can_view_operator(viewer, operator):
    """The operator, their mentor, their team's lead and admins."""
    if viewer.pk == operator.pk or viewer.is_superuser:
        return True
    return is_mentor_of(viewer, operator) or leads_team_of(viewer, operator)


def can_assess(viewer, operator):
    """Mentor or lead ratings: the operator's mentor, their team's lead, admins (not oneself)."""
    if viewer.pk == operator.pk:
        return False
    return viewer.is_superuser or is_mentor_of(viewer, operator) or leads_team_of(viewer, operator)


def assessment_kind_for(viewer, operator):
    """The kind of assessment this viewer records for this operator."""
    if viewer.pk == operator.pk:
        return "self"
    return "lead" if roles.is_lead(viewer) else "mentor"


def sign_off_refusal(signer, operator, requirement):
    """Why `signer` may not give this sign-off to `operator`, or "" when they may.

    Sign-off rights follow the ladder: a requirement signed "by level" needs a signer whose
    own level ranks at least as high as the requirement's minimum level.
    """
    if requirement.kind != RequirementKind.SIGNOFF:
        return "That requirement is not a sign-off."
    if signer.pk == operator.pk:
        return "You cannot sign off your own requirement."
    if signer.is_superuser:
        return ""
    if not (is_mentor_of(signer, operator) or leads_team_of(signer, operator)):
        return "Only the operator's mentor or team lead can sign off their requirements."
    rule = requirement.signer_rule
    if rule == SignerRule.LEAD and not roles.is_lead(signer):
        return f"“{requirement.signoff_name}” must be signed by a team lead."
    if rule == SignerRule.LEVEL:
        minimum = requirement.signer_min_level
        career = _career(signer)
        if career is None or career.level is None or career.level.rank < minimum.rank:
            return (
                f"“{requirement.signoff_name}” must be signed by a {minimum.title} or above; "
                "your level does not give that right."
            )
    return ""


def can_cosign(viewer, entry):
    """The trainee's mentor, their team's lead or an admin co-signs practice (not the trainee)."""
    trainee = entry.trainee
    if viewer.pk == trainee.pk:
        return False
    return viewer.is_superuser or is_mentor_of(viewer, trainee) or leads_team_of(viewer, trainee)
