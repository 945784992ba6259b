"""Synthetic operators with a year of history, for measuring the lead tools at scale
(`manage.py generate_content --operators N`).

The N operators join new teams of about 25 ("Inbound Support 2", "Outbound Sales 2",
"Customer Surveys 2", "Retention 1", ...). Each team gets a generated mentor (a trainer) who
mentors all of it, and the demo `lead` becomes one of its leads, as a floor manager would be:
the lead's Team page then covers every generated operator besides their own team.

Operators are placed on the real ladder and planned against its real stage gates: most at the
entry levels (trainee, operator), fewer senior operators aiming at trainer or team lead. The
gates of the levels they passed are met; the target gate is met in full by about one trainee
or operator in seven ("ready now") and partly by everyone else (senior operators own no guides,
so the trainer and team-lead gates' contribution requirement stays open). Trainees are the
current intake, hired a few weeks ago; everyone else was hired one to four years ago. Each
operator gets:

- monthly check-ins by their mentor (sometimes the lead) rating a few competencies with
  evidence, ratings rising over the year, and some self-ratings; trainees every week or so;
- a value for every KPI metric in each of the last 12 complete months they worked, with a
  per-operator level, trend and noise;
- one to three call-quality reviews a month on the demo scorecard, most acknowledged; the
  month's Quality score is the average of its reviews, exactly as
  `careers.quality.recompute_quality_score` keeps it when reviews are entered by hand;
- guides completed (with quiz attempts) from those meant for their level and below, read
  receipts for the must-read news their team sees, the sign-offs of the gates they passed,
  supervised practice, and a handful of promotion decisions frozen with their readiness.

About one in twelve has stalled: no assessment, sign-off or completed guide for the last
three months or more (KPIs and reviews keep coming).

Everything is written with `bulk_create` in batches inside one transaction, so the number of
queries grows with N only through the batches (one INSERT per batch of rows). Assessments,
sign-offs, reviews and decisions are append-only models: `AppendOnly` refuses to save an
existing row, and a bulk insert only creates rows, so it is allowed. No audit-log entries are
written for synthetic rows. Bulk inserts send no signals, so the batch starts a new generation
of the cached records itself (`home.cache.bump`): board rows and readiness cached before the
run are never served after it.

The same seed on the same database and day plans the same people and records. Every run adds
a new batch: team numbers carry on after the existing ones, and usernames
("amelia.hughes7") are never reused. Generated users have an unusable password: they exist
for volume, not to log in.
"""

import functools
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from careers import demo
from careers.demo_lead import COACHING, REVIEW_COMMENTS, SCORECARD
from careers.models import (
    Assessment,
    AssessmentKind,
    CareerLadderPage,
    CareerLevelPage,
    Competency,
    CriterionScore,
    KpiMetric,
    KpiSnapshot,
    KpiSource,
    LevelRequirement,
    OperatorProfile,
    PracticeEntry,
    PracticeKind,
    PromotionDecision,
    QualityReview,
    RequirementKind,
    ReviewResponse,
    Scorecard,
    SignerRule,
    SignOff,
)
from careers.packet import snapshot_of
from careers.quality import QUALITY_METRIC, total_for
from careers.readiness import add_months, months_between, recent_months
from careers.scorecards import MAX_SCORE, average_total
from careers.selectors import readiness_for
from home import roles
from home.cache import RECORDS, bump
from home.models import Profile, Team
from kb.blocks import score_quiz
from kb.demo import quiz_answers, scored_attempt
from kb.models import Acknowledgement, GuideCompletion, GuidePage, NewsPage, QuizAttempt

TEAM_SIZE = 25
BATCH_SIZE = 1000
LEAD_USERNAME = "lead"
# Shares of operators at the floor levels (those with a level above them), entry level first.
FLOOR_SHARES = (0.12, 0.55, 0.33)
READY_SHARE = 0.15
STALLED_SHARE = 0.08
# Guides meant for each level that operators draw their reading from (a sample keeps the
# pages whose quizzes are parsed few, however many guides the site has).
GUIDE_POOL = 60
PASSWORD = f"{UNUSABLE_PASSWORD_PREFIX}synthetic"  # never matches: no one logs in as these


@dataclass(frozen=True)
class Campaign:
    """The kind of work a generated team does."""

    name: str
    description: str
    focus: tuple[str, ...]  # competencies the team's mentor watches besides the next gate
    handle_time: int  # seconds: the usual average handle time of the campaign's calls
    practice_notes: str  # the demo team whose supervised-practice notes fit


CAMPAIGNS = (
    Campaign(
        "Inbound Support",
        "Billing, faults and account questions from customers.",
        ("Empathy and tone", "Data protection", "Call control"),
        430,
        "inbound-support",
    ),
    Campaign(
        "Outbound Sales",
        "Broadband and mobile upgrade campaigns.",
        ("Objection handling", "Closing", "Drive and resilience"),
        330,
        "outbound-sales",
    ),
    Campaign(
        "Customer Surveys",
        "Satisfaction and market-research surveys.",
        ("Neutral questioning", "Active listening", "Voice care and composure"),
        600,
        "customer-surveys",
    ),
    Campaign(
        "Retention",
        "Customers who call to cancel: understanding why and offering what fits.",
        ("Active listening", "Objection handling", "Empathy and tone"),
        480,
        "outbound-sales",
    ),
)

# fmt: off
FIRST_NAMES = (
    "Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Freya", "Arthur", "Ivy", "Oscar",
    "Sophia", "Harry", "Mia", "Jack", "Evie", "Muhammad", "Aisha", "Ibrahim", "Zainab", "Omar",
    "Chloe", "Ethan", "Niamh", "Cian", "Siobhan", "Rhys", "Ffion", "Callum", "Eilidh", "Fraser",
    "Priya", "Arjun", "Anjali", "Ravi", "Mei", "Wei", "Hana", "Kenji", "Ama", "Kwame", "Chidi",
    "Ngozi", "Tunde", "Folake", "Lucia", "Mateo", "Sofia", "Diego", "Ines", "Tomasz",
    "Agnieszka", "Piotr", "Katarzyna", "Andrei", "Ioana", "Elena", "Dimitri", "Yusuf", "Elif",
    "Mehmet", "Leila", "Reza", "Sara", "Jonas", "Astrid", "Lars", "Ingrid", "Pierre", "Camille",
    "Hugo", "Chiara", "Marco", "Giulia", "Grace", "Daniel", "Hannah", "Samuel", "Rebecca",
    "Thomas", "Lauren", "Jamal", "Tariq", "Bethany", "Connor", "Megan", "Liam", "Emily",
)
LAST_NAMES = (
    "Hughes", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
    "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
    "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Ali", "Hussain", "Begum", "Shah",
    "Singh", "Kaur", "Murphy", "Kelly", "O'Brien", "Byrne", "Walsh", "Ryan", "Campbell",
    "Stewart", "MacDonald", "Fraser", "Morgan", "Price", "Lloyd", "Okafor", "Mensah", "Boateng",
    "Adeyemi", "Osei", "Nwosu", "Chen", "Wang", "Nguyen", "Tanaka", "Kim", "Rossi", "Bianchi",
    "Garcia", "Fernandez", "Lopez", "Silva", "Santos", "Kowalski", "Nowak", "Wisniewski",
    "Popescu", "Ionescu", "Petrov", "Ivanova", "Yilmaz", "Demir", "Karimi", "Hosseini",
    "Lindqvist", "Andersen", "Larsen", "Dubois", "Martin", "Moreau", "Fischer", "Weber",
    "Schmidt", "Novak", "Horvat", "Cohen", "Levi", "Baker", "Turner", "Parker", "Collins",
)
# fmt: on

# Evidence for competencies the demo framework has no pool for.
GENERIC_EVIDENCE = {
    "growth": (
        "Call ref {ref}: {competency} slipped when the queue was long; agreed one thing to "
        "practise on the next shift.",
        "Side-by-side listening: {competency} still needs prompting on unusual calls.",
        "Call ref {ref}: {competency} was uneven; listened back to the recording together.",
    ),
    "strength": (
        "Call ref {ref}: {competency} was spot on from the opening to the wrap-up.",
        "Quality review, 8 calls: {competency} consistent on every call.",
        "Call ref {ref}: a difficult caller, and {competency} never dropped.",
    ),
    "self": (
        "I feel more confident about {competency} than a few months ago.",
        "I still find {competency} hard on busy days.",
    ),
}
SIGNOFF_NOTES = (
    "Checked against the training log and the last quality reviews.",
    "Observed over a full shift; nothing left to coach on this.",
    "Evidence in the practice log, co-signed throughout.",
)
PROMOTION_RATIONALES = (
    "Quality above target all quarter and the go-to person on the floor for difficult calls.",
    "Gate met on the evidence; strong feedback from the new starters they buddied.",
    "Consistent reviews, reliable cover on short-staffed shifts, ready for the step up.",
)
NOT_YET_RATIONALES = (
    "Not yet: a gap left on the gate; agreed a coaching plan with their mentor. Revisit next "
    "quarter.",
    "Good progress, but the quality trend needs three steady months first.",
    "Close: finish the outstanding guide and the sign-off, then we look again.",
)
OVERRIDE_REASON = (
    "Promoted on the evidence reviewed at the time; the requirement still open is being coached."
)


# ---------------------------------------------------------------------------------------
# What the site already has


class NoLadder(Exception):
    """The site has no career ladder with levels to place operators on."""


@dataclass
class Ladder:
    """The ladder operators are placed on, with each level's gate and its path from entry."""

    levels: list  # CareerLevelPage, by rank
    gates: dict  # level id: [LevelRequirement, ...] in gate order
    chains: dict  # level id: [levels from the entry level up to it]
    next_levels: dict  # level id: [levels that follow it]
    floor: list  # the levels operators are placed at, entry level first
    trainer: object  # the level generated mentors are at
    signoff_names: dict  # sign-off requirement id: its name

    def chain_gates(self, level):
        """Requirements of every gate passed to reach `level` (its own gate included)."""
        return [req for passed in self.chains[level.pk] for req in self.gates[passed.pk]]


def load_ladder():
    ladder = (
        CareerLadderPage.objects.filter(slug="operations").first()
        or CareerLadderPage.objects.order_by("path").first()
    )
    levels = (
        list(
            CareerLevelPage.objects.child_of(ladder)
            .order_by("rank", "path")
            .prefetch_related("follows")
        )
        if ladder
        else []
    )
    if not levels:
        raise NoLadder(
            "Generating operators needs the career ladder and its levels: run "
            "`manage.py load_demo` first."
        )
    by_id = {level.pk: level for level in levels}
    follows = {
        level.pk: [by_id[f.pk] for f in level.follows.all() if f.pk in by_id] for level in levels
    }
    next_levels = {level.pk: [] for level in levels}
    for level in levels:
        for previous in follows[level.pk]:
            next_levels[previous.pk].append(level)

    def chain(level):
        earlier = follows[level.pk]
        return (chain(min(earlier, key=lambda page: page.rank)) if earlier else []) + [level]

    gates = defaultdict(list)
    requirements = LevelRequirement.objects.filter(level__in=levels).order_by(
        "level_id", "sort_order", "pk"
    )
    for requirement in requirements:
        gates[requirement.level_id].append(requirement)
    floor = [level for level in levels if next_levels[level.pk]]
    trainer = by_id.get(
        next((level.pk for level in levels if level.slug == "trainer"), None), levels[-1]
    )
    return Ladder(
        levels=levels,
        gates={level.pk: gates[level.pk] for level in levels},
        chains={level.pk: chain(level) for level in levels},
        next_levels=next_levels,
        floor=floor or levels[:1],
        trainer=trainer,
        signoff_names={
            req.pk: req.signoff_name
            for gate in gates.values()
            for req in gate
            if req.kind == RequirementKind.SIGNOFF
        },
    )


@dataclass
class Guide:
    """A guide operators may complete, with its quiz parsed once."""

    page: GuidePage
    quiz: object
    published: date
    slip_passes: bool  # a pass with one wrong answer is still a pass


def load_guides(ladder, rng):
    """{level id: [Guide, ...]} sampled from the guides meant for each level, and
    {guide id: Guide} for those and every gate guide."""
    through = GuidePage.levels.through
    by_level = defaultdict(list)
    rows = (
        through.objects.filter(careerlevelpage__in=ladder.levels, guidepage__live=True)
        .order_by("guidepage_id")
        .values_list("careerlevelpage_id", "guidepage_id")
    )
    for level_id, guide_id in rows:
        by_level[level_id].append(guide_id)
    pools = {
        level_id: rng.sample(ids, min(GUIDE_POOL, len(ids))) for level_id, ids in by_level.items()
    }
    gate_ids = {req.guide_id for gate in ladder.gates.values() for req in gate if req.guide_id}
    wanted = gate_ids.union(*pools.values())
    guides = {}
    for page in GuidePage.objects.live().filter(pk__in=wanted):
        quiz = page.quiz
        if quiz is not None and not quiz["questions"]:
            quiz = None  # an empty quiz cannot be attempted
        slip = quiz is not None and score_quiz(quiz, quiz_answers(quiz, wrong=1))[3]
        published = timezone.localdate(page.first_published_at) if page.first_published_at else None
        guides[page.pk] = Guide(page, quiz, published or date.min, slip)
    return {
        level_id: [guides[pk] for pk in ids if pk in guides] for level_id, ids in pools.items()
    }, guides


@dataclass
class Site:
    """Everything the batch is planned against, loaded in a fixed number of queries."""

    today: date
    ladder: Ladder
    competencies: dict  # name: Competency
    metrics: list
    scorecard: object
    criteria: list
    lead: object
    groups: dict
    usernames: set
    team_names: set
    team_slugs: set
    pools: dict
    guides: dict
    must_reads: list  # (news id, date, frozenset of team ids or empty for everyone)


def load_site(rng, today):
    ladder = load_ladder()
    pools, guides = load_guides(ladder, rng)
    scorecard = (
        Scorecard.objects.filter(name=SCORECARD).first() or Scorecard.objects.order_by("pk").first()
    )
    criteria = list(scorecard.criteria.order_by("sort_order", "pk")) if scorecard else []
    User = get_user_model()
    teams = list(Team.objects.values_list("name", "slug"))
    news = list(
        NewsPage.objects.live()
        .filter(must_read=True)
        .order_by("date", "pk")
        .values_list("pk", "date")
    )
    targets = defaultdict(set)
    for news_id, team_id in NewsPage.teams.through.objects.filter(
        newspage_id__in=[pk for pk, _ in news]
    ).values_list("newspage_id", "team_id"):
        targets[news_id].add(team_id)
    return Site(
        today=today,
        ladder=ladder,
        competencies={c.name: c for c in Competency.objects.all()},
        metrics=list(KpiMetric.objects.order_by("pk")),
        scorecard=scorecard,
        criteria=criteria,
        lead=User.objects.filter(username=LEAD_USERNAME).first(),
        groups={g.name: g for g in Group.objects.filter(name__in=[roles.OPERATORS, roles.MENTORS])},
        usernames=set(User.objects.values_list("username", flat=True)),
        team_names={name for name, _ in teams},
        team_slugs={slug for _, slug in teams},
        pools=pools,
        guides=guides,
        must_reads=[(pk, day, frozenset(targets[pk])) for pk, day in news],
    )


# ---------------------------------------------------------------------------------------
# People and teams


def unique_username(rng, first, last, taken):
    """`amelia.hughes7`: letters of the names and a number no one has yet."""
    base = ".".join(
        "".join(ch for ch in name.lower() if ch.isascii() and ch.isalpha())
        for name in (first, last)
    )
    ceiling = 99
    while True:
        username = f"{base}{rng.randint(1, ceiling)}"
        if username not in taken:
            taken.add(username)
            return username
        ceiling *= 2  # crowded names get longer numbers rather than endless retries


def new_teams(site, count):
    """`count` unsaved teams, campaigns in turn, numbered after the teams that exist."""
    numbers = {}
    for campaign in CAMPAIGNS:
        pattern = re.compile(rf"^{re.escape(campaign.name)} (\d+)$")
        used = [int(m.group(1)) for name in site.team_names if (m := pattern.match(name))]
        numbers[campaign.name] = max(used + [1 if campaign.name in site.team_names else 0])
    teams = []
    for index in range(count):
        campaign = CAMPAIGNS[index % len(CAMPAIGNS)]
        numbers[campaign.name] += 1
        name = f"{campaign.name} {numbers[campaign.name]}"
        while name in site.team_names or slugify(name) in site.team_slugs:
            numbers[campaign.name] += 1
            name = f"{campaign.name} {numbers[campaign.name]}"
        site.team_names.add(name)
        site.team_slugs.add(slugify(name))
        teams.append(
            (Team(name=name, slug=slugify(name), description=campaign.description), campaign)
        )
    return teams


def new_user(rng, site, hired):
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    username = unique_username(rng, first, last, site.usernames)
    return get_user_model()(
        username=username,
        first_name=first,
        last_name=last,
        email=f"{username}@callpath.example",
        password=PASSWORD,
        date_joined=at(hired, 9),
    )


@dataclass
class Operator:
    """One generated operator and the plan their records are written from."""

    user: object
    team: Team
    campaign: Campaign
    mentor: object
    level: CareerLevelPage
    target: CareerLevelPage | None
    hired: date
    reached: dict  # level id: the day they reached it, along their path
    rng: random.Random
    want_ready: bool
    # The last day anything was recorded for them: yesterday, or months ago when stalled.
    active_until: date
    meets: dict = field(default_factory=dict)  # target requirement id: planned met or not
    signoff_days: dict = field(default_factory=dict)  # target requirement id: day signed

    @property
    def level_since(self):
        return self.reached[self.level.pk]

    @property
    def is_trainee(self):
        return len(self.reached) == 1


def plan_dates(rng, ladder, level, today, tenure_months):
    """(hire date, {level id: day reached}) along the level's path. Trainees are the
    current intake; everyone else was hired one to four years ago, cleared four to six weeks
    later, and promoted at least eight months after that."""
    chain = ladder.chains[level.pk]
    if len(chain) == 1:
        hired = today - timedelta(days=rng.randint(36 if tenure_months else 14, 80))
        return hired, {level.pk: hired}
    low = 365 if len(chain) == 2 else 540 + 120 * (len(chain) - 3)
    hired = today - timedelta(days=rng.randint(low, max(low, 1460)))
    reached = {chain[0].pk: hired, chain[1].pk: hired + timedelta(days=rng.randint(26, 45))}
    previous = reached[chain[1].pk]
    for position, step in enumerate(chain[2:], start=2):
        latest = today - timedelta(days=30)
        if position == len(chain) - 1 and tenure_months:
            latest = min(latest, add_months(today, -tenure_months) - timedelta(days=1))
        earliest = previous + timedelta(days=240)
        day = earliest + timedelta(days=rng.randint(0, max(0, (latest - earliest).days)))
        reached[step.pk] = previous = min(day, today - timedelta(days=1))
    return hired, reached


def pick_level(rng, ladder):
    shares = [FLOOR_SHARES[i] if i < len(FLOOR_SHARES) else 0.05 for i in range(len(ladder.floor))]
    return rng.choices(ladder.floor, weights=shares)[0]


def pick_target(rng, ladder, level):
    following = sorted(ladder.next_levels[level.pk], key=lambda page: (page.rank, page.path))
    if not following:
        return None
    # The first track (trainer) draws most people; the other (team lead) some.
    return rng.choices(following, weights=[7] + [3] * (len(following) - 1))[0]


def tenure_months(ladder, level):
    """The months at the current level that the gate of `level` asks for (0 without one)."""
    if level is None:
        return 0
    months = [
        req.months or 0 for req in ladder.gates[level.pk] if req.kind == RequirementKind.TENURE
    ]
    return max(months, default=0)


def plan_operators(rng, site, count, seed):
    """The teams, their mentors and the operators, unsaved, with each operator's plan."""
    ladder, today = site.ladder, site.today
    team_count = max(1, round(count / TEAM_SIZE))
    teams = new_teams(site, team_count)
    mentors = []
    for _team in teams:
        hired = today - timedelta(days=rng.randint(3 * 365, 9 * 365))
        trainer_since = today - timedelta(days=rng.randint(365, 3 * 365))
        mentors.append((new_user(rng, site, hired), hired, trainer_since))
    operators = []
    size, extra = divmod(count, team_count)
    for team_index, ((team, campaign), mentor) in enumerate(zip(teams, mentors, strict=True)):
        for _ in range(size + (team_index < extra)):
            # Each operator's own generator: their plan does not shift when another's does.
            own = random.Random(f"callpath-operator:{seed}:{len(operators)}")
            level = pick_level(own, ladder)
            target = pick_target(own, ladder, level)
            want_ready = own.random() < READY_SHARE
            tenure = tenure_months(ladder, target) if want_ready else 0
            hired, reached = plan_dates(own, ladder, level, today, tenure)
            stalled = len(reached) > 1 and not want_ready and own.random() < STALLED_SHARE
            operator = Operator(
                user=new_user(rng, site, hired),
                team=team,
                campaign=campaign,
                mentor=mentor[0],
                level=level,
                target=target,
                hired=hired,
                reached=reached,
                rng=own,
                want_ready=want_ready,
                active_until=today - timedelta(days=own.randint(95, 150) if stalled else 1),
            )
            operator.meets = plan_gate(operator, site)
            operator.signoff_days = plan_signoff_days(operator, site)
            operators.append(operator)
    return teams, mentors, operators


def plan_gate(operator, site):
    """Which requirements of the target gate this operator will meet. Tenure follows from the
    dates and contributions (guides they own) never happen; the rest is planned so the ready
    meet everything and everyone else misses at least one."""
    if operator.target is None:
        return {}
    rng, today = operator.rng, site.today
    meets = {}
    for req in site.ladder.gates[operator.target.pk]:
        if req.kind == RequirementKind.TENURE:
            meets[req.pk] = months_between(operator.level_since, today) >= (req.months or 0)
        elif req.kind == RequirementKind.CONTRIBUTIONS:
            meets[req.pk] = False
        else:
            meets[req.pk] = operator.want_ready or rng.random() < 0.65
    open_ones = [
        req.pk
        for req in site.ladder.gates[operator.target.pk]
        if req.kind not in (RequirementKind.TENURE, RequirementKind.CONTRIBUTIONS)
    ]
    if not operator.want_ready and all(meets.values()) and open_ones:
        meets[rng.choice(open_ones)] = False
    return meets


def plan_signoff_days(operator, site):
    """When the target gate's planned sign-offs are given: while at the current level and
    before today; trainees after four weeks of practice at the earliest (their practice log
    stops the day before they are cleared). A planned sign-off with no such day is dropped
    from the plan."""
    if operator.target is None:
        return {}
    weeks = 28 if operator.is_trainee else 1
    earliest = operator.level_since + timedelta(days=weeks)
    latest = operator.active_until
    days = {}
    for req in site.ladder.gates[operator.target.pk]:
        if req.kind != RequirementKind.SIGNOFF or not operator.meets.get(req.pk):
            continue
        if earliest > latest:
            operator.meets[req.pk] = False
            continue
        days[req.pk] = earliest + timedelta(days=operator.rng.randint(0, (latest - earliest).days))
    return days


# ---------------------------------------------------------------------------------------
# History


@functools.lru_cache(maxsize=65536)
def at(day, hour, minute=0):
    """An aware datetime on `day` at the given local time (the same few thousand moments
    come up again and again, so they are worked out once)."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def not_after_now(moment):
    return min(moment, timezone.now())


def weekday_on_or_before(day):
    return day - timedelta(days=max(day.weekday() - 4, 0))


def first_of_month(day, months_back):
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def month_end(month):
    return first_of_month(month, -1) - timedelta(days=1)


def worked_months(operator, today):
    """The last 12 complete months in which the operator took calls for two weeks or more."""
    months = [first_of_month(today, back) for back in range(1, 13)]
    return [m for m in months if operator.hired <= month_end(m) - timedelta(days=14)]


class History:
    """The records of a batch, collected per model and written in bulk."""

    def __init__(self, site):
        self.site = site
        self.assessments = []
        self.snapshots = []
        self.reviews = []  # (QualityReview, [(criterion, score)], acknowledged)
        self.completions = []
        self.attempts = []
        self.acknowledgements = []
        self.signoffs = []
        self.practice = []

    # -- competencies -------------------------------------------------------------------

    def assessments_for(self, operator):
        site, rng = self.site, operator.rng
        passed = {}
        for req in site.ladder.chain_gates(operator.level):
            if req.kind == RequirementKind.COMPETENCY and req.competency_id:
                passed[req.competency_id] = max(passed.get(req.competency_id, 1), req.min_rating)
        finals = dict(passed)
        if operator.target:
            for req in site.ladder.gates[operator.target.pk]:
                if req.kind != RequirementKind.COMPETENCY or not req.competency_id:
                    continue
                if operator.meets.get(req.pk):
                    rating = min(4, req.min_rating + (rng.random() < 0.3))
                else:
                    rating = max(1, req.min_rating - 1)
                finals[req.competency_id] = max(rating, passed.get(req.competency_id, 1))
        usual = demo.USUAL_RATINGS.get(operator.level.slug, [2, 3])
        for name in operator.campaign.focus:
            competency = site.competencies.get(name)
            if competency is not None:
                finals.setdefault(competency.pk, rng.choice(usual))
        if not finals:
            return
        by_id = {c.pk: c for c in site.competencies.values()}
        sessions = self.session_days(operator)
        if not sessions:
            return
        order = sorted(finals)
        rng.shuffle(order)
        rated = defaultdict(list)  # competency id: [session day, ...]
        cursor = 0
        for day in sessions:
            for _ in range(min(len(order), rng.randint(2, 4))):
                rated[order[cursor % len(order)]].append(day)
                cursor += 1
        for competency_id in order:  # a competency the sessions missed gets the last one
            if not rated[competency_id]:
                rated[competency_id].append(sessions[-1])
        lead = site.lead
        for competency_id, days in rated.items():
            competency = by_id[competency_id]
            days = sorted(set(days))
            ratings = rising(finals[competency_id], len(days), operator.is_trainee, rng)
            for day, rating in zip(days, ratings, strict=True):
                by_lead = lead is not None and rng.random() < 0.15
                self.assessments.append(
                    Assessment(
                        operator_id=operator.user.pk,
                        competency_id=competency_id,
                        rating=rating,
                        assessor_id=(lead if by_lead else operator.mentor).pk,
                        kind=AssessmentKind.LEAD if by_lead else AssessmentKind.MENTOR,
                        evidence=evidence(competency.name, rating, rng),
                        assessed_on=day,
                        created_at=not_after_now(at(day, 16, rng.randint(0, 59))),
                    )
                )
            if rng.random() < 0.2:
                day = max(days[-1] - timedelta(days=rng.randint(2, 6)), operator.hired)
                self.assessments.append(
                    Assessment(
                        operator_id=operator.user.pk,
                        competency_id=competency_id,
                        rating=min(4, finals[competency_id] + rng.choice((0, 0, 1))),
                        assessor_id=operator.user.pk,
                        kind=AssessmentKind.SELF,
                        evidence=evidence(competency.name, 0, rng, pool="self"),
                        assessed_on=day,
                        created_at=not_after_now(at(day, 12)),
                    )
                )

    def session_days(self, operator):
        """Check-in days: monthly over the last year, every week or so for trainees."""
        rng, today = operator.rng, self.site.today
        last = operator.active_until
        if operator.is_trainee:
            days, day = [], operator.hired + timedelta(days=5)
            while day <= last:
                days.append(weekday_on_or_before(day))
                day += timedelta(days=rng.randint(7, 12))
            return sorted(set(d for d in days if operator.hired <= d <= last))
        start = max(operator.hired + timedelta(days=7), today - timedelta(days=360))
        days = []
        for month in range(12):
            segment = start + timedelta(days=30 * month)
            day = weekday_on_or_before(segment + timedelta(days=rng.randint(0, 29)))
            if start <= day <= last:
                days.append(day)
        return days

    # -- KPIs and quality reviews ----------------------------------------------------------

    def kpis_for(self, operator):
        site, rng = self.site, operator.rng
        months = worked_months(operator, site.today)
        if not months:
            return
        gate_kpis = defaultdict(list)
        if operator.target:
            for req in site.ladder.gates[operator.target.pk]:
                if req.kind == RequirementKind.KPI and req.metric_id:
                    gate_kpis[req.metric_id].append(req)
        rank = operator.level.rank
        for metric in site.metrics:
            shape = kpi_shape(metric)
            centre = (
                operator.campaign.handle_time if metric.name == demo.HANDLE_TIME else shape.centre
            )
            centre += shape.per_level * (rank - 2) + rng.uniform(-shape.spread, shape.spread)
            trend = shape.monthly_gain * rng.uniform(-0.5, 2.0)
            values = {}
            for month in months:
                back = (site.today.year * 12 + site.today.month) - (month.year * 12 + month.month)
                value = centre - trend * (back - 1) + rng.uniform(-shape.noise, shape.noise)
                values[month] = min(max(value, shape.low), shape.high)
            wanted = self.gate_outcomes(operator, gate_kpis[metric.pk], months)
            threshold = wanted_threshold(gate_kpis[metric.pk], metric)
            for month, passes in wanted.items():
                values[month] = forced(values[month], passes, threshold, metric, rng)
            if metric.name == QUALITY_METRIC and site.criteria:
                self.reviews_for(operator, metric, months, values, wanted, threshold)
                continue
            for month in months:
                self.snapshots.append(
                    KpiSnapshot(
                        operator_id=operator.user.pk,
                        metric_id=metric.pk,
                        month=month,
                        value=Decimal(f"{values[month]:.{shape.decimals}f}"),
                        source=KpiSource.CSV,
                        # The monthly export arrives on the 3rd of the next month.
                        recorded_at=not_after_now(
                            at(first_of_month(month, -1) + timedelta(days=2), 6)
                        ),
                    )
                )

    def gate_outcomes(self, operator, requirements, months):
        """{month: must pass} for the months a target-gate KPI requirement looks at: all pass
        when the operator is planned to meet it, else one month in the window fails."""
        wanted = {}
        for req in requirements:
            window = [m for m in recent_months(self.site.today, req.months or 0) if m in months]
            if not window:
                continue
            if operator.meets.get(req.pk):
                wanted.update({month: True for month in window if month not in wanted})
            else:
                wanted[operator.rng.choice(window)] = False
        return wanted

    def reviews_for(self, operator, metric, months, targets, wanted, threshold):
        """One to three reviews a month aimed at the month's planned quality; the Quality
        score is their average, nudged over or under the gate's threshold where planned."""
        site, rng = self.site, operator.rng
        for month in months:
            planned, created = [], []
            days = sorted(
                {
                    weekday_on_or_before(month + timedelta(days=rng.randint(2, 27)))
                    for _ in range(rng.choice((1, 2, 2, 2, 3)))
                }
            )
            for call_day in days:
                # A failed data-protection check zeroes a call: rare, and never in a month a
                # gate looks at, so the plan above holds.
                auto_fail = month not in wanted and rng.random() < 1 / 300
                scores = review_scores(site.criteria, targets[month], rng, auto_fail)
                planned.append((call_day, scores))
            if month in wanted and threshold is not None:
                nudge(planned, wanted[month], threshold, metric.higher_is_better, rng)
            totals = []
            for call_day, scores in planned:
                result = total_for(scores)
                totals.append(result.total)
                by_lead = site.lead is not None and rng.random() < 0.25
                created.append(not_after_now(at(call_day + timedelta(days=rng.randint(1, 3)), 15)))
                review = QualityReview(
                    operator_id=operator.user.pk,
                    reviewer_id=(site.lead if by_lead else operator.mentor).pk,
                    scorecard_id=site.scorecard.pk,
                    call_reference=str(rng.randint(100000, 999999)),
                    call_date=call_day,
                    comments=rng.choice(REVIEW_COMMENTS),
                    coaching_actions=rng.choice(COACHING) if result.total < 85 else "",
                    total=result.total,
                    auto_failed=result.auto_failed,
                    created_at=created[-1],
                )
                self.reviews.append((review, scores, rng.random() < 0.8))
            self.snapshots.append(
                KpiSnapshot(
                    operator_id=operator.user.pk,
                    metric_id=metric.pk,
                    month=month,
                    value=average_total(totals),
                    source=KpiSource.REVIEWS,
                    recorded_at=max(created),
                )
            )

    # -- guides, news, sign-offs, practice --------------------------------------------------

    def guides_for(self, operator):
        site, rng = self.site, operator.rng
        last = operator.active_until
        done = set()

        def complete(guide, earliest, latest, passes=True):
            earliest = max(earliest, guide.published + timedelta(days=1))
            if guide.page.pk in done or earliest > latest:
                return
            done.add(guide.page.pk)
            finished = at(
                earliest + timedelta(days=rng.randint(0, (latest - earliest).days)),
                11,
                rng.randint(0, 59),
            )
            finished = not_after_now(finished)
            if guide.quiz and guide.quiz["questions"]:
                total = len(guide.quiz["questions"])
                if not passes or rng.random() < 0.15:
                    self.attempts.append(
                        scored_attempt(
                            operator.user,
                            guide.page,
                            guide.quiz,
                            wrong=(total + 1) // 2,
                            at=finished - timedelta(days=2 if passes else 0),
                        )
                    )
                if passes:
                    slip = 1 if guide.slip_passes and rng.random() < 0.5 else 0
                    self.attempts.append(
                        scored_attempt(
                            operator.user, guide.page, guide.quiz, wrong=slip, at=finished
                        )
                    )
            if passes:
                self.completions.append(
                    GuideCompletion(
                        user_id=operator.user.pk, page_id=guide.page.pk, completed_at=finished
                    )
                )

        chain = site.ladder.chains[operator.level.pk]
        # The gates they passed: each gate's guides done while at the level before it.
        for position, step in enumerate(chain[1:], start=1):
            since = operator.reached[chain[position - 1].pk]
            until = operator.reached[step.pk] - timedelta(days=1)
            for req in site.ladder.gates[step.pk]:
                guide = site.guides.get(req.guide_id)
                if guide is not None:
                    complete(guide, since, max(until, since))
        if operator.target:
            for req in site.ladder.gates[operator.target.pk]:
                guide = site.guides.get(req.guide_id)
                if guide is None:
                    continue
                if operator.meets.get(req.pk):
                    complete(guide, operator.level_since, last)
                elif rng.random() < 0.3 and guide.quiz and guide.page.pk not in done:
                    complete(guide, operator.level_since, last, passes=False)
        # Reading for their level and below.
        pool = [g for step in chain for g in site.pools.get(step.pk, [])]
        wanted = rng.randint(3, 8) + 4 * (len(chain) - 1)
        for guide in rng.sample(pool, min(wanted, len(pool))):
            complete(guide, operator.hired, last, passes=rng.random() > 0.05)

    def acknowledgements_for(self, operator):
        rng, today = operator.rng, self.site.today
        for news_id, day, teams in self.site.must_reads:
            if day < operator.hired or (teams and operator.team.pk not in teams):
                continue
            if rng.random() < 0.85:
                read = at(
                    min(day + timedelta(days=rng.randint(0, 4)), today),
                    rng.randint(8, 17),
                    rng.randint(0, 59),
                )
                if read <= timezone.now():
                    self.acknowledgements.append(
                        Acknowledgement(
                            user_id=operator.user.pk, page_id=news_id, acknowledged_at=read
                        )
                    )

    def signoffs_for(self, operator, cosigned):
        site, rng, today = self.site, operator.rng, self.site.today
        chain = site.ladder.chains[operator.level.pk]
        for step in chain[1:]:
            reached = operator.reached[step.pk]
            for req in site.ladder.gates[step.pk]:
                if req.kind == RequirementKind.SIGNOFF:
                    signed_on = max(operator.hired, reached - timedelta(days=rng.randint(0, 2)))
                    self.signoffs.append(self.signoff(operator, req, signed_on, rng, today))
        if operator.target:
            for req in site.ladder.gates[operator.target.pk]:
                signed_on = operator.signoff_days.get(req.pk)
                if signed_on is None:
                    continue
                hours = cosigned(signed_on) if req.signoff_name == demo.SUPERVISED_HOURS else None
                self.signoffs.append(self.signoff(operator, req, signed_on, rng, today, hours))

    def signoff(self, operator, req, signed_on, rng, today, hours=None):
        signer = operator.mentor
        if req.signer_rule == SignerRule.LEAD and self.site.lead is not None:
            signer = self.site.lead
        if req.signoff_name == demo.CLEARED:
            weeks = max((signed_on - operator.hired).days // 7, 1)
            note = demo.clearance_note(signed_on, weeks, today, rng)
        elif req.signoff_name == demo.SUPERVISED_HOURS and hours is None:
            note = f"Training log checked: {rng.randint(21, 34)} supervised hours, all co-signed."
        else:
            note = rng.choice(SIGNOFF_NOTES)
        return SignOff(
            operator=operator.user,
            requirement=req,
            signed_by=signer,
            signed_on=signed_on,
            note=note,
            evidence_hours=hours,
            created_at=not_after_now(at(signed_on, 16)),
        )

    def practice_for(self, operator):
        """Trainees: shadowing, then supervised calls until now. Others: a few entries from
        their first weeks. The mentor co-signs within a day, except some latest entries."""
        rng, today = operator.rng, self.site.today
        notes = demo.PRACTICE_NOTES[PracticeKind.SUPERVISED_CALLS][operator.campaign.practice_notes]
        entries = []
        for offset, note in enumerate(demo.PRACTICE_NOTES[PracticeKind.SHADOWING], start=1):
            entries.append((PracticeKind.SHADOWING, operator.hired + timedelta(days=offset), note))
        if operator.is_trainee:
            clearance = [
                day
                for pk, day in operator.signoff_days.items()
                if self.site.ladder.signoff_names.get(pk) == demo.CLEARED
            ]
            last = min([operator.active_until, *(day - timedelta(days=1) for day in clearance)])
        else:
            last = operator.hired + timedelta(days=rng.randint(14, 21))
        day = operator.hired + timedelta(days=7)
        while day <= last:
            if day.weekday() < 5:
                entries.append((PracticeKind.SUPERVISED_CALLS, day, rng.choice(notes)))
            day += timedelta(days=rng.choice((1, 2, 2, 3)))
        made = []
        for position, (kind, day, note) in enumerate(entries):
            if day >= today:
                continue
            hours = (
                rng.choice((2, 2.5, 3, 3.5))
                if kind == PracticeKind.SHADOWING
                else rng.choice((1.5, 2, 2.5, 3, 3.5, 4))
            )
            entry = PracticeEntry(
                trainee=operator.user,
                kind=kind,
                practised_on=day,
                hours=Decimal(f"{hours:.1f}"),
                calls=round(hours * rng.uniform(3, 6)),
                note=note,
                created_at=not_after_now(at(day, 17)),
            )
            pending = operator.is_trainee and position == len(entries) - 1 and rng.random() < 0.3
            if not pending:
                entry.cosigned_by = operator.mentor
                entry.cosigned_at = not_after_now(
                    at(min(day + timedelta(days=rng.choice((0, 1))), today), 17, 30)
                )
            made.append(entry)
        self.practice += made

        def cosigned(by_day):
            return sum(
                (e.hours for e in made if e.cosigned_at and e.cosigned_at.date() <= by_day),
                Decimal(0),
            )

        return cosigned


def rising(final, count, trainee, rng):
    """`count` ratings that never go down and end at `final`."""
    climb = rng.choice((0, 1)) if trainee else rng.choice((0, 1, 1, 2))
    start = max(1, final - climb)
    if count == 1:
        return [final]
    return [start + round((final - start) * step / (count - 1)) for step in range(count)]


def evidence(name, rating, rng, pool=None):
    pool = pool or ("growth" if rating <= 2 else "strength")
    spec = next((spec for spec in demo.COMPETENCIES if spec["name"] == name), None)
    texts = spec[pool] if spec else GENERIC_EVIDENCE[pool]
    return rng.choice(texts).format(ref=rng.randint(10000, 99999), competency=name.lower())


def kpi_shape(metric):
    """How a metric behaves (careers.demo's shapes; a plausible one for other metrics)."""
    if metric.name in demo.KPI_SHAPES:
        return demo.KPI_SHAPES[metric.name]
    if metric.unit == "/5":
        return demo.KpiShape(4.2, 0.1, 0.2, 0.01, 0.06, 1, 5, decimals=2)
    if metric.unit == "seconds":
        return demo.KpiShape(420, -20, 40, -3, 12, 60, 1800, decimals=0)
    return demo.KpiShape(80, 3, 5, 0.3, 1.5, 40, 99)


def wanted_threshold(requirements, metric):
    """The strictest threshold among the gate's requirements on this metric."""
    thresholds = [req.threshold for req in requirements if req.threshold is not None]
    if not thresholds:
        return None
    return max(thresholds) if metric.higher_is_better else min(thresholds)


def forced(value, passes, threshold, metric, rng):
    """`value` moved just over (or under) the threshold when the plan says so."""
    if threshold is None:
        return value
    limit = float(threshold)
    good = value >= limit if metric.higher_is_better else value <= limit
    if good == passes:
        return value
    # Far enough from the threshold that rounding to the metric's decimals keeps the side.
    scale = {"/5": 0.05, "seconds": 10}.get(metric.unit, 1)
    step = rng.uniform(0.3, 2.5) * scale * (1 if metric.higher_is_better == passes else -1)
    return limit + step


def review_scores(criteria, target, rng, auto_fail):
    """Criterion scores whose weighted total lands near `target` (%)."""
    scores = []
    mean = MAX_SCORE * target / 100
    for criterion in criteria:
        if criterion.auto_fail:
            scores.append((criterion, 0 if auto_fail else MAX_SCORE))
            continue
        if rng.random() < 0.06:
            scores.append((criterion, None))  # did not apply to this call
            continue
        draw = mean + rng.gauss(0, 0.45)
        whole = int(draw // 1)
        score = whole + (rng.random() < draw - whole)
        scores.append((criterion, max(0, min(MAX_SCORE, score))))
    return scores


def nudge(planned, passes, threshold, higher_is_better, rng):
    """Raise or lower single criterion scores until the month's average review total is on
    the planned side of the threshold."""
    threshold = Decimal(threshold)
    up = passes == higher_is_better
    for _ in range(200):
        average = average_total(total_for(scores).total for _day, scores in planned)
        if (average >= threshold if higher_is_better else average <= threshold) == passes:
            return
        choices = [
            (review, index)
            for review, (_day, scores) in enumerate(planned)
            for index, (criterion, score) in enumerate(scores)
            if not criterion.auto_fail
            and score is not None
            and (score < MAX_SCORE if up else score > 0)
        ]
        if not choices:
            return
        review, index = rng.choice(choices)
        criterion, score = planned[review][1][index]
        planned[review][1][index] = (criterion, score + (1 if up else -1))


# ---------------------------------------------------------------------------------------
# Writing


def bulk(model, rows):
    model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(rows)


def create_operators(count, seed=1, today=None):
    """Create `count` operators with teams, mentors and a year of history; return the
    number of rows written per kind ({"operators": 500, "teams": 20, ...}).

    Raises NoLadder when the site has no career ladder to place them on.
    """
    if count <= 0:
        return {}
    today = today or timezone.localdate()
    rng = random.Random(f"callpath-operators:{seed}")
    with transaction.atomic():
        site = load_site(rng, today)
        teams, mentors, operators = plan_operators(rng, site, count, seed)
        counts = write_people(site, teams, mentors, operators)
        counts.update(write_history(site, operators))
        counts["promotion decisions"] = write_decisions(site, operators, seed)
        # Bulk inserts send no signals: start a new generation of the cached records (board
        # rows, readiness) now and again on commit, as saving a record would.
        bump(RECORDS)
        transaction.on_commit(lambda: bump(RECORDS), robust=True)
    return counts


def write_people(site, teams, mentors, operators):
    User = get_user_model()
    team_rows = [team for team, _campaign in teams]
    bulk(Team, team_rows)
    if site.lead is not None:
        bulk(
            Team.leads.through,
            [Team.leads.through(team_id=t.pk, user_id=site.lead.pk) for t in team_rows],
        )
    mentor_users = [user for user, _hired, _since in mentors]
    bulk(User, mentor_users + [operator.user for operator in operators])
    memberships = [(user, roles.MENTORS) for user in mentor_users]
    memberships += [(operator.user, roles.OPERATORS) for operator in operators]
    Membership = User.groups.through
    bulk(
        Membership,
        [
            Membership(user_id=user.pk, group_id=site.groups[name].pk)
            for user, name in memberships
            if name in site.groups
        ],
    )
    profiles = [
        Profile(user=user, team=team, job_title="Trainer")
        for user, (team, _campaign) in zip(mentor_users, teams, strict=True)
    ]
    profiles += [
        Profile(user=operator.user, team=operator.team, job_title=job_title(operator.level))
        for operator in operators
    ]
    bulk(Profile, profiles)
    trainer = site.ladder.trainer
    careers = [
        OperatorProfile(
            user=user,
            level=trainer,
            level_since=trainer_since,
            hire_date=hired,
            supervised=False,
        )
        for user, hired, trainer_since in mentors
    ]
    careers += [
        OperatorProfile(
            user=operator.user,
            mentor=operator.mentor,
            level=operator.level,
            level_since=operator.level_since,
            hire_date=operator.hired,
            target_level=operator.target,
            supervised=operator.is_trainee and not cleared(operator, site),
        )
        for operator in operators
    ]
    bulk(OperatorProfile, careers)
    return {"teams": len(team_rows), "mentors": len(mentor_users), "operators": len(operators)}


def job_title(level):
    titles = {slug: title for title, slug in demo.LEVEL_OF_JOB_TITLE.items()}
    return titles.get(level.slug, level.title)


def cleared(operator, site):
    """Whether the operator is planned to be cleared for independent calls by now."""
    return any(site.ladder.signoff_names.get(pk) == demo.CLEARED for pk in operator.signoff_days)


def write_history(site, operators):
    history = History(site)
    for operator in operators:
        history.assessments_for(operator)
        history.kpis_for(operator)
        history.guides_for(operator)
        history.acknowledgements_for(operator)
        cosigned = history.practice_for(operator)
        history.signoffs_for(operator, cosigned)
    reviews = [review for review, _scores, _ack in history.reviews]
    counts = {
        "assessments": bulk(Assessment, history.assessments),
        "KPI snapshots": bulk(KpiSnapshot, history.snapshots),
        "quality reviews": bulk(QualityReview, reviews),
    }
    counts["criterion scores"] = bulk(
        CriterionScore,
        [
            CriterionScore(review_id=review.pk, criterion_id=criterion.pk, score=score)
            for review, scores, _ack in history.reviews
            for criterion, score in scores
        ],
    )
    counts["review acknowledgements"] = bulk(
        ReviewResponse,
        [
            ReviewResponse(
                review_id=review.pk,
                kind=ReviewResponse.Kind.ACKNOWLEDGED,
                created_by_id=review.operator_id,
                created_at=not_after_now(review.created_at + timedelta(days=1)),
            )
            for review, _scores, acknowledged in history.reviews
            if acknowledged
        ],
    )
    counts["guide completions"] = bulk(GuideCompletion, history.completions)
    counts["quiz attempts"] = bulk(QuizAttempt, history.attempts)
    counts["news acknowledgements"] = bulk(Acknowledgement, history.acknowledgements)
    counts["sign-offs"] = bulk(SignOff, history.signoffs)
    counts["practice entries"] = bulk(PracticeEntry, history.practice)
    return counts


def write_decisions(site, operators, seed):
    """A handful of decisions (about one operator in fifty): promotions to the level they are
    at, on the day they reached it, and "not yet" on their target. Each is frozen with the
    readiness the engine computes from the records just written."""
    rng = random.Random(f"callpath-decisions:{seed}")
    wanted = max(1, round(len(operators) / 50))
    promoted = [op for op in operators if not op.is_trainee]
    not_yet = [op for op in operators if op.target is not None and not op.want_ready]
    promoted = rng.sample(promoted, min(len(promoted), (wanted + 1) // 2))
    not_yet = rng.sample(not_yet, min(len(not_yet), wanted - len(promoted)))
    decisions = []
    chosen = [(promoted, "promote"), (not_yet, "not_yet")]
    for group, outcome in chosen:
        if not group:
            continue
        if outcome == "promote":
            readiness = readiness_for(
                [op.user for op in group], site.today, level_for=lambda p: p.level
            )
        else:
            readiness = readiness_for([op.user for op in group], site.today)
        for operator in group:
            result = readiness[operator.user.pk]
            if result is None:
                continue
            if outcome == "promote":
                chain = site.ladder.chains[operator.level.pk]
                from_level, to_level = chain[-2], operator.level
                decided_on = operator.level_since
                rationale = rng.choice(PROMOTION_RATIONALES)
            else:
                from_level, to_level = operator.level, operator.target
                decided_on = site.today - timedelta(days=rng.randint(20, 120))
                decided_on = max(decided_on, operator.level_since)
                rationale = rng.choice(NOT_YET_RATIONALES)
            decisions.append(
                PromotionDecision(
                    operator=operator.user,
                    outcome=outcome,
                    from_level=from_level,
                    target_level=to_level,
                    rationale=rationale,
                    override_reason=OVERRIDE_REASON
                    if outcome == "promote" and not result.ready
                    else "",
                    readiness_snapshot=snapshot_of(result),
                    met_count=result.met_count,
                    requirement_count=result.total,
                    gate_revision_id=to_level.live_revision_id,
                    decided_by=site.lead or operator.mentor,
                    decided_at=not_after_now(at(decided_on, 15)),
                )
            )
    return bulk(PromotionDecision, decisions)
