"""Demo career ladder for `manage.py load_demo`: five levels, branching after senior operator."""

from careers.models import CareerLadderPage, CareerLevelPage, CareersIndexPage

# slug, title, rank, follows (slugs), summary, responsibilities
LEVELS = [
    (
        "trainee",
        "Trainee",
        1,
        [],
        "New starters in their first weeks: learning our systems and scripts, taking calls "
        "with a trainer listening in.",
        "<ul><li>Complete the first-week guides and their quizzes</li>"
        "<li>Take supervised calls and log them</li>"
        "<li>Ask for help early: nobody expects you to know everything yet</li></ul>",
    ),
    (
        "operator",
        "Operator",
        2,
        ["trainee"],
        "Cleared to take calls independently, following our guides and scripts.",
        "<ul><li>Handle inbound and outbound calls on your own</li>"
        "<li>Keep CRM notes and wrap-up codes accurate</li>"
        "<li>Meet the team's quality and adherence standards</li></ul>",
    ),
    (
        "senior-operator",
        "Senior operator",
        3,
        ["operator"],
        "An experienced operator who handles the hardest calls and helps colleagues.",
        "<ul><li>Take escalated and complex calls</li>"
        "<li>Share what works: suggest improvements to scripts and guides</li>"
        "<li>Buddy new operators on the floor</li></ul>",
    ),
    (
        "trainer",
        "Trainer",
        4,
        ["senior-operator"],
        "Trains and mentors new hires and writes the guides and scripts the floor uses.",
        "<ul><li>Run induction and refresher training</li>"
        "<li>Assess mentees and sign trainees off for independent calls</li>"
        "<li>Write and maintain guides and call scripts</li></ul>",
    ),
    (
        "team-lead",
        "Team lead",
        4,
        ["senior-operator"],
        "Leads a team: schedules, performance, coaching and promotions.",
        "<ul><li>Run the team's schedule and cover</li>"
        "<li>Review quality and coach each operator</li>"
        "<li>Decide promotions on the evidence</li></ul>",
    ),
]


def load_ladder():
    """Create the Operations ladder and its levels if missing; return how many were created."""
    index = CareersIndexPage.objects.get()
    ladder = CareerLadderPage.objects.filter(slug="operations").first()
    created = 0
    if ladder is None:
        ladder = index.add_child(
            instance=CareerLadderPage(
                title="Operations ladder",
                slug="operations",
                summary="<p>From your first supervised call to training new hires or leading "
                "a team. After senior operator the path branches: trainer or team lead.</p>",
            )
        )
        created += 1
    levels = {level.slug: level for level in CareerLevelPage.objects.child_of(ladder)}
    for slug, title, rank, follows, summary, responsibilities in LEVELS:
        if slug in levels:
            continue
        level = ladder.add_child(
            instance=CareerLevelPage(
                title=title,
                slug=slug,
                rank=rank,
                summary=summary,
                responsibilities=responsibilities,
            )
        )
        level.follows.set([levels[name] for name in follows])
        level.save()
        levels[slug] = level
        created += 1
    return created
