"""Demo data for the lead tools: kinds of campaign work, past promotion decisions, a call
scorecard with reviews, disputes and a calibration session.

Runs after `careers.demo.load_careers()`; safe to run again (it only adds what is missing).
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from careers.models import (
    CalibrationSession,
    CareerLevelPage,
    Competency,
    DisputeResolution,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    Scorecard,
    ScorecardCriterion,
    TaskType,
    TaskTypeWeight,
)
from careers.packet import snapshot_of
from careers.quality import create_review, recompute_quality_score, revise_review
from careers.readiness import evaluate
from careers.selectors import operator_facts, requirement_specs

TASK_TYPES = [
    (
        "Outbound sales",
        "Upgrade and new-customer campaigns: opening well, handling objections, asking for "
        "the sale and keeping going after a run of refusals.",
        [
            ("Objection handling", 3),
            ("Closing", 3),
            ("Drive and resilience", 2),
            ("Empathy and tone", 1),
        ],
    ),
    (
        "Surveys",
        "Satisfaction and market-research calls: neutral questions, patient listening and a "
        "smooth conversation that keeps the respondent to the end.",
        [
            ("Neutral questioning", 3),
            ("Active listening", 2),
            ("Call control", 2),
            ("Voice care and composure", 1),
        ],
    ),
    (
        "Inbound support",
        "Billing, faults and account questions: calm under pressure, accurate records and "
        "strict identity checks.",
        [
            ("Active listening", 2),
            ("Empathy and tone", 2),
            ("CRM accuracy", 2),
            ("Data protection", 3),
            ("Call control", 1),
        ],
    ),
    (
        "Retention",
        "Customers who call to cancel: understanding why, offering what fits and knowing "
        "when to let go gracefully.",
        [
            ("Active listening", 3),
            ("Objection handling", 2),
            ("Empathy and tone", 2),
            ("Closing", 1),
        ],
    ),
]

# username, outcome, from level, to level, days ago, decided by, rationale, override reason
DECISIONS = [
    (
        "lcarter",
        "promote",
        "operator",
        "senior-operator",
        20,
        "lead",
        "Consistently above 90% quality all year and the go-to person on the floor for billing "
        "escalations. Gate met.",
        "",
    ),
    (
        "hfischer",
        "promote",
        "operator",
        "senior-operator",
        20,
        "lead",
        "Strong quality trend and excellent feedback from the trainees she buddied in the "
        "spring intake.",
        "",
    ),
    (
        "jlindqvist",
        "not_yet",
        "operator",
        "senior-operator",
        45,
        "lead",
        "Quality dipped below 85% in two of the last three months; agreed a coaching plan on "
        "call control with Daniel. Revisit after next quarter.",
        "",
    ),
    (
        "onilsson",
        "promote",
        "operator",
        "senior-operator",
        200,
        "rhughes",
        "Gate met except the escalation guide, which he wrote the first draft of.",
        "He authored the guide's first draft; completing it as a reader adds nothing.",
    ),
]


def load_task_types():
    competencies = {competency.name: competency for competency in Competency.objects.all()}
    created = 0
    for name, description, weights in TASK_TYPES:
        if TaskType.objects.filter(name=name).exists():
            continue
        task = TaskType.objects.create(name=name, description=description)
        TaskTypeWeight.objects.bulk_create(
            TaskTypeWeight(
                task_type=task, competency=competencies[competency], weight=weight, sort_order=order
            )
            for order, (competency, weight) in enumerate(weights)
            if competency in competencies
        )
        created += 1
    return created


def load_decisions():
    """Past decisions, frozen with readiness as the engine sees it now (the demo has no
    history of the gate to replay)."""
    users = get_user_model().objects.in_bulk(
        {row[0] for row in DECISIONS} | {row[5] for row in DECISIONS}, field_name="username"
    )
    decided = set(PromotionDecision.objects.values_list("operator__username", flat=True))
    levels = {level.slug: level for level in CareerLevelPage.objects.all()}
    today = timezone.localdate()
    specs = requirement_specs(levels.values())
    created = 0
    for username, outcome, source, target, days_ago, lead, rationale, override in DECISIONS:
        operator = users.get(username)
        if operator is None or username in decided:
            continue
        facts = operator_facts([operator], today)[operator.pk]
        readiness = evaluate(levels[target].pk, specs[levels[target].pk], facts, today)
        PromotionDecision.objects.create(
            operator=operator,
            outcome=outcome,
            from_level=levels[source],
            target_level=levels[target],
            rationale=rationale,
            override_reason=override,
            readiness_snapshot=snapshot_of(readiness),
            met_count=readiness.met_count,
            requirement_count=readiness.total,
            gate_revision_id=levels[target].live_revision_id,
            decided_by=users[lead],
            decided_at=timezone.now() - timedelta(days=days_ago),
        )
        created += 1
    return created


SCORECARD = "Inbound call quality"
# section, criterion, weight, auto-fail, competency, guidance
CRITERIA = [
    (
        "Opening",
        "Greeting and identification",
        2,
        False,
        "Call control",
        "Company greeting, own name, and the reason for the call confirmed.",
    ),
    (
        "Opening",
        "Identity verified before account details",
        1,
        True,
        "Data protection",
        "Two checks passed before any account detail is discussed; a breach scores the call 0.",
    ),
    (
        "Discovery",
        "Active listening",
        3,
        False,
        "Active listening",
        "Lets the caller finish, plays the need back in one sentence.",
    ),
    (
        "Discovery",
        "Empathy and tone",
        2,
        False,
        "Empathy and tone",
        "Acknowledges the impact on the customer before moving to the fix.",
    ),
    (
        "Resolution",
        "Objection handling",
        2,
        False,
        "Objection handling",
        "Answers the real concern behind the objection, then checks it landed.",
    ),
    (
        "Resolution",
        "Accuracy in CRM",
        2,
        False,
        "CRM accuracy",
        "Notes a colleague could act on, the right wrap-up code, callbacks booked.",
    ),
    (
        "Closing",
        "Closing and next steps",
        2,
        False,
        "Closing",
        "Summarises what happens next and when; asks if anything else is needed.",
    ),
    (
        "Closing",
        "Voice and pace",
        1,
        False,
        "Voice care and composure",
        "Clear, warm, unhurried; no dead air over 20 seconds without explanation.",
    ),
]
REVIEWED_TEAM = "inbound-support"
REVIEW_COMMENTS = [
    "Good control of a long billing call; the summary at the end was clear.",
    "Caller was upset about a repeat fault: tone stayed calm throughout.",
    "Solid call. The notes were thin: the next colleague would not know what was promised.",
    "Quick resolution, but the closing skipped the 'anything else' question.",
]
COACHING = [
    "Listen to call 47391 together; agree a note template for callbacks.",
    "Practise the one-sentence summary in the Friday huddle.",
    "Shadow Grace on two billing escalations this week.",
]


def load_scorecard():
    if Scorecard.objects.filter(name=SCORECARD).exists():
        return 0
    competencies = {competency.name: competency for competency in Competency.objects.all()}
    scorecard = Scorecard.objects.create(
        name=SCORECARD,
        description="The everyday scorecard for inbound calls: billing, faults and accounts.",
    )
    ScorecardCriterion.objects.bulk_create(
        ScorecardCriterion(
            scorecard=scorecard,
            section=section,
            name=name,
            weight=weight,
            auto_fail=auto_fail,
            competency=competencies.get(competency),
            guidance=guidance,
            sort_order=order,
        )
        for order, (section, name, weight, auto_fail, competency, guidance) in enumerate(CRITERIA)
    )
    return 1


def planned_scores(criteria, rng, strength):
    """Believable scores: mostly around the operator's strength, the auto-fail passed."""
    return [
        (
            criterion,
            4 if criterion.auto_fail else max(1, min(4, strength + rng.choice((-1, 0, 0, 1)))),
        )
        for criterion in criteria
    ]


def load_reviews():
    """Two reviews this month for each Inbound Support operator, one acknowledged, one open
    dispute for `operator`, one resolved dispute, and a calibration session on one call."""
    if QualityReview.objects.exists():
        return 0
    scorecard = Scorecard.objects.get(name=SCORECARD)
    criteria = list(scorecard.criteria.order_by("sort_order"))
    users = get_user_model().objects.in_bulk(
        ["mentor", "lead", "admin", "operator", "gadeyemi", "ewalsh"], field_name="username"
    )
    operators = list(
        get_user_model()
        .objects.filter(profile__team__slug=REVIEWED_TEAM, groups__name="Operators")
        .order_by("username")
    )
    today = timezone.localdate()
    created = 0
    reviews = {}
    for index, operator in enumerate(operators):
        rng = random.Random(operator.username)
        for number in range(2):
            call_date = today - timedelta(days=min(today.day - 1, 3 + 9 * number + index % 5))
            review = create_review(
                scores=planned_scores(criteria, rng, strength=3 if index % 3 else 2),
                operator=operator,
                reviewer=users["mentor"] if number == 0 else users["lead"],
                scorecard=scorecard,
                call_reference=str(48000 + index * 10 + number),
                call_date=call_date,
                comments=REVIEW_COMMENTS[(index + number) % len(REVIEW_COMMENTS)],
                coaching_actions=COACHING[(index + number) % len(COACHING)],
            )
            reviews[(operator.username, number)] = review
            created += 1
        recompute_quality_score(operator, today)

    # Amira acknowledges one review and disputes a criterion on the other (left open).
    amira_first, amira_second = reviews[("operator", 0)], reviews[("operator", 1)]
    ReviewResponse.objects.create(
        review=amira_first, kind=ReviewResponse.Kind.ACKNOWLEDGED, created_by=users["operator"]
    )
    ReviewResponse.objects.create(
        review=amira_second,
        kind=ReviewResponse.Kind.DISPUTED,
        criterion=criteria[5],
        created_by=users["operator"],
        comment="The callback was booked in the CRM task list, not the notes: see task 88213.",
    )
    # Emily's dispute was upheld in part: the lead changed the score in a new revision.
    emily = reviews[("ewalsh", 0)]
    dispute = ReviewResponse.objects.create(
        review=emily,
        kind=ReviewResponse.Kind.DISPUTED,
        criterion=criteria[6],
        created_by=users["ewalsh"],
        comment="The customer hung up before I could summarise; the recording shows it.",
    )
    revision = revise_review(emily, criteria[6], 3)
    DisputeResolution.objects.create(
        dispute=dispute,
        outcome=DisputeResolution.Outcome.CHANGED,
        new_review=revision,
        note="Listened to the recording: the customer ended the call. Closing scored 3.",
        resolved_by=users["lead"],
    )
    recompute_quality_score(emily.operator, today)

    # Calibration: three reviewers scored Grace's call 48011 independently.
    session = CalibrationSession.objects.create(
        scorecard=scorecard,
        operator=users["gadeyemi"],
        call_reference="48011",
        call_date=today - timedelta(days=min(today.day - 1, 5)),
        created_by=users["lead"],
        notes="Monthly calibration: the billing dispute call with the long hold.",
    )
    for reviewer, strength in (("mentor", 3), ("lead", 3), ("admin", 2)):
        create_review(
            scores=planned_scores(criteria, random.Random(f"calibration-{reviewer}"), strength),
            operator=users["gadeyemi"],
            reviewer=users[reviewer],
            scorecard=scorecard,
            call_reference=session.call_reference,
            call_date=session.call_date,
            calibration=session,
        )
    return created + 5


def load_lead_tools():
    return load_task_types() + load_decisions() + load_scorecard() + load_reviews()
