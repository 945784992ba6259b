from datetime import date, timedelta

import pytest

from careers.demo import load_ladder
from careers.models import (
    CareerLevelPage,
    Competency,
    LevelRequirement,
    OperatorProfile,
    RequirementKind,
    SignerRule,
)


def level(slug):
    return CareerLevelPage.objects.get(slug=slug)


@pytest.fixture
def ladder(demo_people):
    """The demo ladder with a small gate on Operator and Senior operator, and profiles for the
    people the permission tests use."""
    load_ladder()
    listening = Competency.objects.create(
        name="Active listening",
        category="communication",
        description="Hears the real need.",
        learning="Interrupts.",
        developing="Mostly listens.",
        proficient="Summarises back.",
        role_model="Coaches others to listen.",
    )
    cleared = LevelRequirement.objects.create(
        level=level("operator"),
        kind=RequirementKind.SIGNOFF,
        sort_order=0,
        signoff_name="Cleared for independent calls",
        signer_rule=SignerRule.LEVEL,
        signer_min_level=level("trainer"),
    )
    floor = LevelRequirement.objects.create(
        level=level("senior-operator"),
        kind=RequirementKind.SIGNOFF,
        sort_order=1,
        signoff_name="Ran the floor for a shift",
        signer_rule=SignerRule.LEAD,
    )
    listening_gate = LevelRequirement.objects.create(
        level=level("senior-operator"),
        kind=RequirementKind.COMPETENCY,
        sort_order=0,
        competency=listening,
        min_rating=3,
    )
    today = date.today()
    places = {
        # username: (level, mentor, target)
        "operator": ("operator", "mentor", "senior-operator"),
        "lcarter": ("operator", "mentor", "senior-operator"),
        "cdubois": ("trainee", "mentor", "operator"),
        "mbell": ("operator", "pkowalski", "senior-operator"),
        "mentor": ("trainer", None, None),
        "pkowalski": ("senior-operator", None, None),  # a mentor not yet at trainer level
        "lead": ("team-lead", None, None),
        "rhughes": ("team-lead", None, None),
    }
    for username, (level_slug, mentor, target) in places.items():
        OperatorProfile.objects.create(
            user=demo_people[username],
            level=level(level_slug),
            level_since=today - timedelta(days=200),
            mentor=demo_people[mentor] if mentor else None,
            target_level=level(target) if target else None,
            supervised=level_slug == "trainee",
        )
    return {
        "listening": listening,
        "cleared": cleared,
        "floor": floor,
        "listening_gate": listening_gate,
    }
