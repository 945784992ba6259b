"""Demo career ladder and career records for `manage.py load_demo`.

`load_ladder()` creates the Operations ladder: five levels, branching after senior operator.

`load_careers()` runs after the demo people, the ladder and the knowledge base exist. It adds
the competency framework, the KPI metrics, each level's stage gate, and for everyone in a team
an operator profile and a year of history: assessments with evidence, monthly KPIs, sign-offs
and, for trainees, supervised practice. History is planned with random generators seeded by
username, so every load plans the same records; whatever already exists is skipped, so a
second load creates nothing.

The story the data tells:

- Grace Adeyemi (Inbound Support) and Leila Karimi (Outbound Sales) meet every requirement
  for senior operator, and Callum Reid (Customer Surveys) is a trainee already cleared for
  independent calls who is ready to become an operator. Everyone else has something left.
- The demo `operator`, Amira Haddad, is about half-way to senior operator: her tenure,
  adherence and some ratings are there, but her quality score dipped below 85% three months
  ago, she has not done the complaints guide, and she rates her call control 4 where her
  mentor rates it 2.
- Liam Carter and Hannah Fischer were promoted to senior operator 20 days ago (see the news),
  the six trainees joined 34 days ago (also in the news).
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from careers.models import (
    Assessment,
    AssessmentKind,
    CareerLadderPage,
    CareerLevelPage,
    CareersIndexPage,
    Competency,
    CompetencyCategory,
    ContributionKinds,
    KpiMetric,
    KpiSnapshot,
    KpiSource,
    LevelRequirement,
    OperatorProfile,
    PracticeEntry,
    PracticeKind,
    RequirementKind,
    SignerRule,
    SignOff,
)
from home import roles
from home.demo import KEY_PEOPLE, demo_people
from kb.models import GuideCompletion, GuidePage, QuizAttempt

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


# ---------------------------------------------------------------------------------------
# Competency framework. Each competency: what it is, the behaviour at each rating, and the
# evidence pools assessments draw from: "growth" for ratings 1–2, "strength" for 3–4 and
# "self" for self-assessments. "{ref}" becomes a call reference.

COMPETENCIES = [
    {
        "name": "Active listening",
        "category": CompetencyCategory.COMMUNICATION,
        "description": "Hearing what the caller means, not just what they say, and showing it.",
        "behaviours": (
            "Interrupts or starts on a solution before the caller has finished; asks for "
            "details the caller already gave.",
            "Lets the caller finish and takes notes, but sometimes misses the real reason for "
            "the call behind the first question.",
            "Picks up the underlying need, plays it back in a short summary and checks it "
            "before acting.",
            "Hears what is not said (a hesitation, a second problem) and raises it; colleagues "
            "ask to listen to their calls.",
        ),
        "growth": [
            "Call ref {ref}: asked the customer for her account number twice after she had "
            "already given it; she noticed and said so.",
            "Call ref {ref}: went straight to a router reset before the caller had explained "
            "that the fault started after a house move, which was the real cause.",
            "Side-by-side listening: typed notes while the caller spoke and missed that he "
            "wanted a callback, not an answer today.",
        ],
        "strength": [
            "Call ref {ref}: caught that the customer mentioned a hospital stay in passing and "
            "offered a payment break without being asked.",
            "Call ref {ref}: summarised a rambling three-part query in one sentence and got "
            '"yes, exactly" from the caller.',
            "Call ref {ref}: noticed the caller hesitate at the price and asked about it; a "
            "likely hang-up became a callback booking.",
        ],
        "self": [
            "I let callers finish now and play back what I heard before I start fixing anything.",
            "I'm better at spotting the real reason for the call, but I still jump in on busy "
            "days.",
        ],
    },
    {
        "name": "Call control",
        "category": CompetencyCategory.COMMUNICATION,
        "description": "Keeping the call purposeful and on time while the caller still feels "
        "heard.",
        "behaviours": (
            "The caller leads the call; long silences while searching the systems; calls "
            "overrun with no clear next step.",
            "Sets out what the call will cover but loses the thread when the caller goes off "
            "topic; uses hold without saying why.",
            "Steers politely back to the purpose, explains every hold and silence, and closes "
            "with a clear next step.",
            "Keeps complex, emotional calls on track without sounding rushed; handle time is "
            "steady whatever the call.",
        ),
        "growth": [
            "Call ref {ref}: let the caller drift onto three unrelated topics; the call ran to "
            "19 minutes with the billing question still open.",
            "Call ref {ref}: two silent pauses of over 30 seconds while searching the CRM, "
            "with no word to the customer.",
            "Call ref {ref}: put the customer on hold twice without saying why; she asked "
            "whether she had been cut off.",
        ],
        "strength": [
            "Call ref {ref}: brought a caller back from a long story about his previous "
            "supplier to the missed payment in under a minute, politely.",
            "Call ref {ref}: explained each step and each hold (\"I'm checking the engineer's "
            'diary, about a minute"); the call stayed calm and finished in 7 minutes.',
            "Call ref {ref}: a caller with four separate questions; agreed the order up front "
            "and ticked them off one by one.",
        ],
        "self": [
            "I keep calls on track now and I rarely go over the handle-time target.",
            "I explain holds before I use them, but long calls still get away from me.",
        ],
    },
    {
        "name": "Empathy and tone",
        "category": CompetencyCategory.COMMUNICATION,
        "description": "Recognising how the caller feels and answering in a voice that fits.",
        "behaviours": (
            "Tone is flat or scripted; apologies sound automatic; feelings are not acknowledged.",
            "Acknowledges feelings with stock phrases; tone slips when the caller is rude or "
            "the call is long.",
            "Names the feeling in their own words, adjusts pace and warmth to the caller and "
            "stays warm under pressure.",
            "Calms distressed or angry callers reliably; customers mention them by name in "
            "feedback.",
        ),
        "growth": [
            'Call ref {ref}: said "I understand" four times in a row; the customer answered '
            '"you clearly don\'t".',
            "Call ref {ref}: tone went cold after the customer raised his voice, and the rest "
            "of the call felt like a standoff.",
            "Call ref {ref}: read the late-payment apology straight from the screen; it "
            "sounded scripted and the customer said so.",
        ],
        "strength": [
            "Call ref {ref}: calmed a customer whose broadband had been down 3 days; named her "
            "frustration, then summarised the fix clearly.",
            "Call ref {ref}: slowed down for an elderly caller who was hard of hearing, "
            "without sounding patronising; he said thank you twice.",
            "Call ref {ref}: a bereavement call to close an account, handled warmly and "
            "without rush; the son emailed to say thank you.",
        ],
        "self": [
            'I name how the caller feels now instead of saying "I understand".',
            "I stay polite with angry callers, but I know my tone goes flat when they shout.",
        ],
    },
    {
        "name": "Objection handling",
        "category": CompetencyCategory.SALES,
        "description": "Hearing an objection out, finding the real concern and answering it "
        "honestly.",
        "behaviours": (
            "Accepts the first no, or argues with it; repeats the offer louder.",
            "Uses the rebuttals in the script but answers the words, not the concern behind them.",
            "Asks a question to uncover the real concern, answers it with a benefit that fits "
            "and checks it landed.",
            "Turns objections into the reason to buy; their answers end up in the scripts "
            "others use.",
        ),
        "growth": [
            'Call ref {ref}: the customer said "it\'s too expensive" and heard the full price '
            "card again, word for word; the call ended there.",
            "Call ref {ref}: gave up at the first \"I'm happy with what I've got\" without "
            "asking a single question.",
            "Call ref {ref}: argued with the customer that his broadband was too slow for him; "
            "he hung up.",
        ],
        "strength": [
            'Call ref {ref}: "too expensive" turned out to mean "worried about a price rise"; '
            "explained the 24-month fixed price and the customer upgraded.",
            "Call ref {ref}: asked what the customer wanted to think over; it was the engineer "
            "visit, so booked an evening slot and closed the sale.",
            "Call ref {ref}: answered a competitor price comparison honestly, conceded the "
            "cheaper headline price and won on the fixed-price promise.",
        ],
        "self": [
            "I ask what's behind an objection before I answer it.",
            "I'm more confident with the price objection since the campaign briefing.",
        ],
    },
    {
        "name": "Closing",
        "category": CompetencyCategory.SALES,
        "description": "Asking for the decision clearly and confirming exactly what was agreed.",
        "behaviours": (
            "Doesn't ask for the sale, or asks so vaguely the customer isn't sure what they "
            "agreed to.",
            "Asks for the decision but misses buying signals; the read-back of terms is "
            "incomplete.",
            "Spots buying signals, asks a clear closing question and reads back price, term "
            "and start date.",
            "Closes naturally without pressure; cooling-off cancellations are among the lowest "
            "on the floor.",
        ),
        "growth": [
            "Call ref {ref}: the customer asked when the engineer could come (a buying signal) "
            "and the call moved on to broadband speeds instead.",
            "Call ref {ref}: upgrade agreed but the 24-month term was never read back; the "
            "customer cancelled two days later.",
            'Call ref {ref}: ended with "have a think and call us back" after the customer had '
            "said yes twice.",
        ],
        "strength": [
            'Call ref {ref}: asked "shall I book that in for you?" at the right moment, then '
            "read back price, term and install date in full.",
            "Call ref {ref}: confirmed every term before processing, including the cooling-off "
            "period; a clean close with no pressure.",
            "SIM-only retention campaign: 11% conversion and a single cooling-off cancellation "
            "in the month.",
        ],
        "self": [
            "I ask for the sale now instead of waiting for the customer to say yes.",
            "I close well on upgrades; I read back the price, term and start date every time.",
        ],
    },
    {
        "name": "Drive and resilience",
        "category": CompetencyCategory.RESILIENCE,
        "description": "Keeping energy and focus through rejections, long queues and hard calls.",
        "behaviours": (
            "A bad call carries into the next few; energy drops visibly after a run of rejections.",
            "Recovers from hard calls with support; energy dips late in the shift.",
            "Bounces back between calls and sounds the same on call 80 as on call 1; uses "
            "breaks well.",
            "Lifts the team's energy on hard days; others look to them after a difficult call.",
        ),
        "growth": [
            "After two abusive calls on Monday the next hour's calls were flat and short; we "
            "agreed a five-minute reset after any ABU call.",
            "Dial rate dropped by a third after lunch on three shifts this month; talked "
            "through pacing and break timing.",
            "Call ref {ref}: sounded defeated from the first line after a run of rejections; "
            "the customer hung up during the introduction.",
        ],
        "strength": [
            "Kept the same energy through a 40-call Saturday shift on the full-fibre campaign; "
            "the last call sounded as bright as the first.",
            "Took an abusive call, ended it correctly with code ABU, took the reset and was "
            "back on the queue in five minutes, composed.",
            "Covered two extra shifts over the long weekend and kept adherence at 96% through "
            "them.",
        ],
        "self": [
            "I don't let a bad call spill into the next one any more; I breathe and reset.",
            "I keep going on the hard days, but late shifts still drain me.",
        ],
    },
    {
        "name": "Script adherence and compliance",
        "category": CompetencyCategory.QUALITY,
        "description": "Saying every mandatory statement and following the rules, while still "
        "sounding natural.",
        "behaviours": (
            "Misses mandatory statements (recording notice, cooling-off period) or rushes "
            "through them.",
            "Includes the mandatory statements but reads the script word for word and sounds "
            "robotic.",
            "Covers every mandatory point on every call and puts the rest of the script in "
            "their own words.",
            "No compliance fails all year; suggests script changes that make compliance easier "
            "for everyone.",
        ),
        "growth": [
            "Call ref {ref}: the call-recording notice came after the customer had started "
            "giving details; flagged in the quality review.",
            "Call ref {ref}: the cooling-off period was not mentioned on a completed sale; the "
            "customer had to be called back.",
            "Call ref {ref}: every line read word for word, small talk included; the customer "
            "asked whether she was talking to a recording.",
        ],
        "strength": [
            "Quality review, 10 calls this month: every mandatory statement present and "
            "natural-sounding.",
            "Call ref {ref}: explained the cooling-off terms in plain words and checked the "
            "customer understood; 100% on compliance.",
            "Suggested rewording the survey consent line so it reads naturally; it is now part "
            "of the introduction script.",
        ],
        "self": [
            "I never skip the mandatory statements and I say the rest in my own words.",
            "I know the compliance points by heart now.",
        ],
    },
    {
        "name": "Data protection",
        "category": CompetencyCategory.QUALITY,
        "description": "Verifying identity and handling personal data exactly as the policy says.",
        "behaviours": (
            "Skips or shortens identity checks under pressure; reads out personal data before "
            "the caller is verified.",
            "Completes the checks but hesitates on edge cases such as third parties or power "
            "of attorney.",
            "Two checks on every account call, handles third-party callers correctly, never "
            "reads data out unprompted.",
            "Spots social-engineering attempts and reports them; colleagues ask them about "
            "edge cases.",
        ),
        "growth": [
            "Call ref {ref}: confirmed the postcode for the caller instead of asking for it; "
            "coached the same day.",
            "Call ref {ref}: unsure whether a daughter could discuss her mother's bill; the "
            "caller waited on hold for four minutes.",
            "Call ref {ref}: only one identity check before discussing the balance; went "
            "through the two-check rule again.",
        ],
        "strength": [
            'Call ref {ref}: the caller pushed to skip security "because it\'s urgent"; held '
            "the line politely and offered the texted code instead.",
            "Call ref {ref}: recognised a likely impersonation attempt (details read from a "
            "letter, wrong date of birth) and reported it to the fraud team.",
            "Quality review: two identity checks recorded on all 12 sampled account calls.",
        ],
        "self": [
            "I do both identity checks on every account call, even when the caller is in a hurry.",
            "I'm still unsure about power-of-attorney callers, so I check the guide each time.",
        ],
    },
    {
        "name": "CRM accuracy",
        "category": CompetencyCategory.TOOLS,
        "description": "Notes, wrap-up codes and customer details the next person can rely on.",
        "behaviours": (
            "Notes missing or unclear; wrong or generic wrap-up codes.",
            "Notes present but long or missing the next step; the odd wrong code.",
            "Short notes that say what happened and what happens next; the right code on "
            "nearly every call.",
            "Notes are the example used in training; spots and fixes data errors others left.",
        ),
        "growth": [
            "Note audit: 4 of 20 calls coded GEN instead of a specific code; went through the "
            "code list together.",
            'Call ref {ref}: the note said "customer called re bill, sorted", with no amount '
            "and no next step.",
            "Call ref {ref}: callback promised for Thursday but no callback task created; the "
            "customer rang back angry.",
        ],
        "strength": [
            "Note audit: 20 of 20 calls with the right code and a clear next step.",
            "Call ref {ref}: the note gave the refund amount, the reference and the date the "
            "money arrives; the next agent needed nothing else.",
            "Found and merged a duplicate customer record during a call, and reported the "
            "cause to the CRM team.",
        ],
        "self": [
            "My notes are shorter now and always say what happens next.",
            "I use the specific wrap-up codes instead of GEN.",
        ],
    },
    {
        "name": "Voice care and composure",
        "category": CompetencyCategory.RESILIENCE,
        "description": "A clear, pleasant voice that lasts the shift, and calm under pressure.",
        "behaviours": (
            "Voice strained or hoarse by mid-shift; pace and volume rise when the call gets tense.",
            "A good voice early in the shift; strain shows late on or on hard calls.",
            "A clear, steady voice all shift; takes voice rest and water; stays composed on "
            "tense calls.",
            "Their voice is the example in training recordings; their calm on the hardest "
            "calls steadies the caller.",
        ),
        "growth": [
            "Last hour of the late shift: voice noticeably hoarse on three recorded calls; "
            "agreed to take voice rest after every two hours.",
            "Call ref {ref}: pace and volume rose as the customer got angrier, matching the "
            "caller instead of steadying them.",
            "Headset microphone set too close: every breath audible on the recordings. "
            "Re-fitted it together.",
        ],
        "strength": [
            "Call ref {ref}: an eleven-minute interview at the end of the shift sounded as "
            "clear and warm as the first call of the day.",
            "Call ref {ref}: dropped pace and volume as the caller shouted; he calmed down "
            "within a minute.",
            "Takes voice rest as scheduled and keeps water at the desk; no strain on any "
            "reviewed call this quarter.",
        ],
        "self": [
            "I take my voice rest now and my voice lasts the whole shift.",
            "I still speed up when a caller gets angry.",
        ],
    },
    {
        "name": "Coaching others",
        "category": CompetencyCategory.COACHING,
        "description": "Helping colleagues get better through listening, feedback and example.",
        "behaviours": (
            "Helps when asked, but by taking over rather than explaining.",
            'Buddies new starters and gives feedback, mostly general ("that was good").',
            "Gives specific, balanced feedback with one clear action; the trainees they buddy "
            "improve.",
            "Runs coaching sessions people ask for; their trainees are signed off sooner with "
            "better quality.",
        ),
        "growth": [
            "Buddied a trainee this week and took over two calls instead of whispering a "
            "prompt; talked through letting the trainee lead.",
            'Feedback to a trainee after a side-by-side was "that was fine"; practised naming '
            "one specific strength and one focus.",
            "Listened in on a new operator's calls but did not debrief; agreed to use the "
            "two-minute debrief from the first-week guide.",
        ],
        "strength": [
            "Buddied two trainees through their first weeks; both were signed off in three "
            "weeks with no critical fails.",
            "Coaching after a quality review: asked the operator to assess the call first and "
            "agreed one action; the next review was up 9 points.",
            "Ran a 20-minute refresher on the price objection for four operators; their "
            "conversion rose over the next fortnight.",
        ],
        "self": [
            "I enjoy buddying new starters and I give one specific tip after each call.",
            "I'd like to coach more; I've started using the debrief format from the guide.",
        ],
    },
    {
        "name": "Leading the floor",
        "category": CompetencyCategory.LEADERSHIP,
        "description": "Keeping a shift running: queues, breaks, cover and morale.",
        "behaviours": (
            "Focuses on their own calls; unaware of the queue and who is on break.",
            "Watches the queue and flags problems to the lead, but doesn't act on them.",
            "Moves breaks and queues when needed, briefs the floor and keeps the lead informed.",
            "Runs the floor for a full shift with service level on target and the team calm; "
            "others follow without being asked.",
        ),
        "growth": [
            "Saw the billing queue building but waited for the lead to come out of a meeting "
            "before saying anything.",
            "Ran part of the huddle: covered the numbers but ran ten minutes over and skipped "
            "cover and breaks.",
            "Watched the queue over lunch cover but moved no breaks when two people called in "
            "sick.",
        ],
        "strength": [
            "Ran the Saturday early shift while the lead was off: moved two breaks and kept "
            "the service level at 81%.",
            "Ran the morning huddle in ten minutes, with a specific shout-out and the cover "
            "for the day's sickness.",
            "Spotted the CRM outage early, briefed the floor on the paper fallback and kept "
            "the callback list.",
        ],
        "self": [
            "I keep an eye on the queue and I'm happy to move breaks when the lead asks.",
            "I've run the huddle twice and I'd like to run a full shift.",
        ],
    },
    {
        "name": "Neutral questioning",
        "category": CompetencyCategory.COMMUNICATION,
        "description": "Survey interviewing: asking every question as written and probing "
        "without leading the respondent.",
        "behaviours": (
            'Rephrases questions, suggests answers or reacts to them ("oh, that\'s a shame").',
            'Reads questions as written but probes with leading prompts ("so it was good, then?").',
            'Reads every question verbatim, probes with neutral prompts ("anything else?") '
            "and records answers word for word.",
            "Gets rich open answers without any bias; their recordings are used to train new "
            "interviewers.",
        ),
        "growth": [
            'Call ref {ref}: probed with "so you were happy with the engineer?", a leading '
            "prompt flagged by the client's quality check.",
            'Call ref {ref}: reworded the satisfaction scale question to "would you say good '
            'or very good?".',
            'Call ref {ref}: said "oh no, that\'s awful" to a negative answer; practised a '
            "neutral acknowledgement afterwards.",
        ],
        "strength": [
            'Call ref {ref}: probed three open questions with "what else?" and "can you tell '
            'me more?"; the verbatims were rich and unbiased.',
            "Northwind quality check: no leading prompts in 15 audited interviews.",
            "Call ref {ref}: kept a chatty respondent on the questionnaire without rushing "
            "him; an 8-minute interview with every answer verbatim.",
        ],
        "self": [
            "I read every question exactly as written and I use neutral prompts.",
            "I find it hard not to react when people tell me something sad.",
        ],
    },
]

# ---------------------------------------------------------------------------------------
# KPIs: name, unit, higher is better, description

QUALITY = "Quality score"
ADHERENCE = "Schedule adherence"
CONVERSION = "Conversion rate"
FIRST_CALL_RESOLUTION = "First-call resolution"
SATISFACTION = "Customer satisfaction"
HANDLE_TIME = "Average handle time"

KPI_METRICS = [
    (
        QUALITY,
        "%",
        True,
        "Average score of the month's call-quality reviews against the scorecard.",
    ),
    (
        ADHERENCE,
        "%",
        True,
        "Share of scheduled time spent in the planned state: on calls, on breaks, in training.",
    ),
    (
        CONVERSION,
        "%",
        True,
        "Outbound campaigns: share of connected calls that ended in a sale or upgrade.",
    ),
    (
        FIRST_CALL_RESOLUTION,
        "%",
        True,
        "Inbound: share of customers who did not call back about the same issue within 7 days.",
    ),
    (
        SATISFACTION,
        "/5",
        True,
        "Average rating customers gave in the after-call survey, from 1 to 5.",
    ),
    (
        HANDLE_TIME,
        "seconds",
        False,
        "Average talk, hold and wrap-up time per call. Lower is better, but never at the cost "
        "of quality.",
    ),
]

# ---------------------------------------------------------------------------------------
# Stage gates by level slug, in the order operators read them:
#   (GUIDE, guide slug)                  skipped when the guide does not exist
#   (COMPETENCY, competency name, minimum rating)
#   (KPI, metric name, threshold, months)
#   (TENURE, months)
#   (SIGNOFF, sign-off name, signer rule, lowest signer level slug or None)
#   (CONTRIBUTIONS, count, contribution kinds)

GUIDE = RequirementKind.GUIDE
COMPETENCY = RequirementKind.COMPETENCY
KPI = RequirementKind.KPI
TENURE = RequirementKind.TENURE
SIGNOFF = RequirementKind.SIGNOFF
CONTRIBUTIONS = RequirementKind.CONTRIBUTIONS

CLEARED = "Cleared for independent calls"
SUPERVISED_HOURS = "20 supervised hours logged"
SHADOWED_TRAINING = "Shadowed 10 training sessions"
RAN_THE_FLOOR = "Ran the floor for a full shift"

GATES = {
    "operator": [
        (GUIDE, "first-week-checklist"),
        (GUIDE, "verifying-a-callers-identity"),
        (GUIDE, "crm-wrap-up-codes"),
        (COMPETENCY, "Data protection", 3),
        (COMPETENCY, "Call control", 2),
        (COMPETENCY, "CRM accuracy", 2),
        (SIGNOFF, SUPERVISED_HOURS, SignerRule.MENTOR, None),
        (SIGNOFF, CLEARED, SignerRule.LEVEL, "trainer"),
        (TENURE, 1),
    ],
    "senior-operator": [
        (COMPETENCY, "Active listening", 3),
        (COMPETENCY, "Empathy and tone", 3),
        (COMPETENCY, "Call control", 3),
        (COMPETENCY, "CRM accuracy", 3),
        (COMPETENCY, "Objection handling", 2),
        (KPI, QUALITY, 85, 3),
        (KPI, ADHERENCE, 90, 3),
        (TENURE, 6),
        (GUIDE, "escalating-a-complaint"),
    ],
    "trainer": [
        (COMPETENCY, "Coaching others", 3),
        (COMPETENCY, "Active listening", 4),
        (COMPETENCY, "Empathy and tone", 4),
        (COMPETENCY, "Script adherence and compliance", 4),
        (CONTRIBUTIONS, 2, ContributionKinds.ANY),
        (GUIDE, "coaching-after-a-quality-review"),
        (SIGNOFF, SHADOWED_TRAINING, SignerRule.LEVEL, "trainer"),
        (KPI, QUALITY, 90, 3),
        (TENURE, 12),
    ],
    "team-lead": [
        (COMPETENCY, "Leading the floor", 3),
        (COMPETENCY, "Coaching others", 3),
        (CONTRIBUTIONS, 1, ContributionKinds.SCRIPTS),
        (GUIDE, "running-a-floor-huddle"),
        (SIGNOFF, RAN_THE_FLOOR, SignerRule.LEAD, None),
        (KPI, ADHERENCE, 95, 3),
        (TENURE, 12),
    ],
}

# ---------------------------------------------------------------------------------------
# People: levels, targets and the story behind the records. Usernames as in home.demo.

LEVEL_OF_JOB_TITLE = {
    "Trainee operator": "trainee",
    "Operator": "operator",
    "Senior operator": "senior-operator",
    "Trainer": "trainer",
    "Team lead": "team-lead",
}
NEXT_LEVEL = {"trainee": "operator", "operator": "senior-operator", "senior-operator": "trainer"}
# Senior operators on the team-lead track instead of the trainer track.
TEAM_LEAD_TRACK = {"onilsson", "nkowalczyk"}

# Meet every requirement of their target level with the records below.
READY = {"gadeyemi", "lkarimi", "creid"}

# The news item "Welcome to our new trainees" went out 34 days before the load.
TRAINEES_HIRED_DAYS_AGO = 34
# The news item on their promotion went out 20 days before the load.
PROMOTED_DAYS_AGO = {"lcarter": 20, "hfischer": 20}
# (hired, at current level since), in days before the load.
FIXED_DATES = {"operator": (470, 436)}
# Days before the load, (lowest, highest), that people at each level were hired.
HIRED_DAYS_AGO = {
    "operator": (170, 1500),
    "senior-operator": (800, 2400),
    "trainer": (1800, 3600),
    "team-lead": (2200, 4200),
}
# Ready operators have been at their level well over the six months the gate asks.
READY_OPERATOR_HIRED_DAYS_AGO = (420, 1100)

# Competencies each team's mentor watches most, besides those of the next gate.
TEAM_FOCUS = {
    "inbound-support": ["Empathy and tone", "Data protection", "Call control"],
    "outbound-sales": ["Objection handling", "Closing", "Drive and resilience"],
    "customer-surveys": ["Neutral questioning", "Active listening", "Voice care and composure"],
}
# Where ratings of competencies outside the next gate end up, by level.
USUAL_RATINGS = {"trainee": [1, 2], "operator": [2, 3], "senior-operator": [3, 4]}

# Self-assessments two points above the mentor's rating: a conversation to have.
SELF_DISAGREEMENTS = {
    "operator": "Call control",
    "tjennings": "Closing",
    "poneill": "Neutral questioning",
}

# The demo `operator`'s assessments, by hand so her progress page tells a clear story:
# (competency, kind, rating, days ago, evidence).
OPERATOR_ASSESSMENTS = [
    (
        "Data protection",
        "mentor",
        3,
        330,
        "Quality review: two identity checks recorded on all 12 sampled account calls.",
    ),
    (
        "Active listening",
        "mentor",
        2,
        300,
        "Call ref 40117: asked for the account number again after the caller had already "
        "given it; the caller was irritated from then on.",
    ),
    (
        "Empathy and tone",
        "mentor",
        2,
        280,
        'Call ref 40962: said "I understand" three times in a row to a customer with a '
        "double charge, and it began to sound scripted.",
    ),
    (
        "Call control",
        "mentor",
        2,
        260,
        "Call ref 41876: let the caller drift onto three unrelated topics; the call ran to 19 "
        "minutes with the billing question still open.",
    ),
    (
        "Objection handling",
        "mentor",
        1,
        230,
        "Call ref 42290: a customer cancelling over price heard every retention offer read "
        "out one after another, without being asked why they wanted to leave.",
    ),
    (
        "CRM accuracy",
        "mentor",
        2,
        200,
        "Note audit: 3 of 20 calls coded GEN instead of a specific code, and two notes without "
        "a next step.",
    ),
    (
        "Empathy and tone",
        "mentor",
        3,
        150,
        "Call ref 45102: calmed a customer whose broadband had been down 3 days; named her "
        "frustration, then summarised the fix clearly.",
    ),
    (
        "Active listening",
        "mentor",
        3,
        120,
        "Call ref 47730: spotted that a 'billing question' was really a direct debit failing "
        "after a change of bank, and fixed both.",
    ),
    (
        "Voice care and composure",
        "mentor",
        3,
        110,
        "Takes voice rest as scheduled; her voice is as clear on the last call of a late shift "
        "as on the first.",
    ),
    (
        "Objection handling",
        "mentor",
        2,
        90,
        "Call ref 46655: asked why the customer wanted to leave and matched the loyalty "
        "discount to the reason; the customer stayed.",
    ),
    (
        "Data protection",
        "lead",
        3,
        75,
        'Call ref 46001: the caller pushed to skip security "because it\'s urgent"; she held '
        "the line politely and offered the texted code.",
    ),
    (
        "CRM accuracy",
        "self",
        3,
        60,
        "My notes are shorter now and always say what happens next.",
    ),
    (
        "CRM accuracy",
        "mentor",
        2,
        45,
        "Call ref 47391: callback promised for Thursday but no callback task created; the "
        "customer rang back angry on Friday.",
    ),
    (
        "Active listening",
        "lead",
        3,
        40,
        "Quality review, 8 calls: played the caller's problem back in one sentence on every "
        "call before acting on it.",
    ),
    (
        "Empathy and tone",
        "self",
        3,
        25,
        'I name how the caller feels now instead of saying "I understand".',
    ),
    (
        "Empathy and tone",
        "mentor",
        3,
        20,
        "Call ref 48007: an elderly customer confused by a new tariff; slowed down, checked "
        "understanding twice and never sounded impatient.",
    ),
    (
        "Call control",
        "self",
        4,
        18,
        "I keep calls on track now and I rarely go over the handle-time target.",
    ),
    (
        "Call control",
        "mentor",
        2,
        14,
        "Call ref 48213: two silences of over 30 seconds while she searched for an old bill, "
        "with no word to the customer; the call ran 14 minutes. Agreed: explain every hold.",
    ),
]

# KPI values pinned for the story: {username: {metric: {months ago: value}}}. The demo
# `operator` is above 85% quality in only two of the last three months.
KPI_FIXED = {"operator": {QUALITY: {3: 83.6, 2: 86.4, 1: 88.1}}}
# KPI floors: {username: {metric: (lowest value, over the last N months)}}.
KPI_FLOORS = {
    "operator": {ADHERENCE: (91, 3)},
    "gadeyemi": {QUALITY: (86.5, 3), ADHERENCE: (91.5, 3)},
    "lkarimi": {QUALITY: (86, 3), ADHERENCE: (91, 3)},
    # The promotion news says both scored above 90% in every review this year.
    "lcarter": {QUALITY: (90.5, 12)},
    "hfischer": {QUALITY: (90.5, 12)},
}

# KPI metrics recorded for each team's operators.
TEAM_METRICS = {
    "inbound-support": [QUALITY, ADHERENCE, HANDLE_TIME, SATISFACTION, FIRST_CALL_RESOLUTION],
    "outbound-sales": [QUALITY, ADHERENCE, HANDLE_TIME, CONVERSION],
    "customer-surveys": [QUALITY, ADHERENCE, HANDLE_TIME],
}


@dataclass(frozen=True)
class KpiShape:
    """How a metric behaves: the latest month's value for an operator (level 2) is
    `centre` ± `spread`, each level up adds `per_level`, each month back loses
    `monthly_gain` (the trend), and each month adds ± `noise`."""

    centre: float
    per_level: float
    spread: float
    monthly_gain: float
    noise: float
    low: float
    high: float
    decimals: int = 1


KPI_SHAPES = {
    QUALITY: KpiShape(86, 5, 4, 0.35, 1.5, 55, 99),
    ADHERENCE: KpiShape(92.5, 1, 2.5, 0.1, 1.2, 80, 99.5),
    # Handle time falls as people get better; the centre depends on the team's calls.
    HANDLE_TIME: KpiShape(0, -25, 30, -3, 12, 150, 900, decimals=0),
    CONVERSION: KpiShape(8, 1.5, 1.8, 0.08, 0.6, 2, 18),
    SATISFACTION: KpiShape(4.3, 0.12, 0.2, 0.01, 0.06, 3.2, 4.95, decimals=2),
    FIRST_CALL_RESOLUTION: KpiShape(76, 3, 4, 0.3, 1.5, 55, 95),
}
HANDLE_TIME_BY_TEAM = {"inbound-support": 430, "outbound-sales": 330, "customer-surveys": 600}

# ---------------------------------------------------------------------------------------
# Sign-offs and practice beyond the clearance every operator has

# (username, level slug, sign-off, signer, days ago, note)
SIGNOFFS = [
    (
        "creid",
        "operator",
        SUPERVISED_HOURS,
        "abrennan",
        7,
        "Practice log checked: every session co-signed.",
    ),
    (
        "creid",
        "operator",
        CLEARED,
        "abrennan",
        3,
        "Ten supervised interviews in a row without a prompt from me; consent wording and "
        "neutral probes right every time. Cleared for independent calls.",
    ),
    (
        "cdubois",
        "operator",
        SUPERVISED_HOURS,
        "mentor",
        5,
        "Practice log checked. Hours are there; identity checks still need one more week.",
    ),
    (
        "spatel",
        "trainer",
        SHADOWED_TRAINING,
        "abrennan",
        48,
        "Shadowed ten induction and refresher sessions and co-ran the last two on neutral probing.",
    ),
    (
        "mbell",
        "trainer",
        SHADOWED_TRAINING,
        "pkowalski",
        75,
        "Shadowed ten sessions; ran the price-objection role-play in the last two inductions.",
    ),
    (
        "onilsson",
        "team-lead",
        RAN_THE_FLOOR,
        "rhughes",
        38,
        "Ran the Saturday campaign shift while I was on leave: service level on target, two "
        "breaks moved to cover sickness, a calm handover.",
    ),
]
# Trainees whose latest practice entry is still waiting for the mentor's co-signature.
AWAITING_COSIGNATURE = {"ydemir", "mprice"}
CLEARANCE_NOTES = [
    "Four weeks of supervised calls with no critical fails; identity checks and notes "
    "consistently right.",
    "The last ten supervised calls without a takeover. Ready to take calls on their own.",
    "Quality reviews at 84% and rising, and knows when to ask for help. Cleared.",
    "Confident on the core call types; asked for help on the two unusual ones, which is what "
    "we want.",
]
PRACTICE_NOTES = {
    PracticeKind.SHADOWING: [
        "Listened in on a buddy's calls; noted how identity checks are done.",
        "Shadowed the queue with a senior operator; watched calls handled start to finish.",
        "Second headset with a buddy; wrote down the wrap-up code for every call.",
    ],
    PracticeKind.SUPERVISED_CALLS: {
        "inbound-support": [
            "Led billing calls with the trainer listening; one takeover on a payment plan.",
            "Faults queue: all identity checks right; debrief on explaining holds.",
            "Billing and account changes; whisper prompts on wrap-up codes only.",
            "First session without a takeover; worked on the closing summary.",
        ],
        "outbound-sales": [
            "Upgrade campaign calls with the trainer listening; practised the permission question.",
            "Led retention calls; one takeover when a customer asked about early-exit fees.",
            "Opening under twenty seconds on every call; debrief on the price objection.",
            "Two upgrades closed with the terms read back in full.",
        ],
        "customer-surveys": [
            "Northwind interviews with the trainer listening; consent wording right every time.",
            "Led survey calls; practised neutral probes on the open questions.",
            "Interviews at the new eight-minute length; one prompt about reacting to answers.",
            "Full interviews with no prompts needed; verbatims typed as said.",
        ],
    },
}


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


# ---------------------------------------------------------------------------------------
# Career records


@dataclass(frozen=True)
class Person:
    """A demo person's place on the ladder, planned from their job title in home.demo."""

    username: str
    team: str
    level: str
    hire_date: date
    level_since: date
    mentor: str | None
    lead: str
    target: str | None
    on_floor: bool

    @property
    def rank(self):
        return LEVEL_RANKS[self.level]

    @property
    def ready(self):
        return self.username in READY


LEVEL_RANKS = {slug: rank for slug, _title, rank, *_rest in LEVELS}


def load_careers():
    """Create the competencies, KPI metrics, stage gates, profiles and history that are missing.

    Needs the demo people, the ladder and the knowledge base. Returns how many objects it
    created, so 0 when everything is already there.
    """
    today = timezone.localdate()
    users = {user.username: user for user in get_user_model().objects.all()}
    levels = operations_levels()
    created = load_competencies() + load_kpi_metrics()
    competencies = {competency.name: competency for competency in Competency.objects.all()}
    metrics = {metric.name: metric for metric in KpiMetric.objects.all()}
    created += load_gates(levels, competencies, metrics)
    people = [person for person in plan_people(today) if person.username in users]
    created += load_profiles(people, users, levels)
    created += load_assessments(people, users, competencies, today)
    created += load_kpi_snapshots(people, users, metrics, today)
    created += load_practice(people, users, today)
    created += load_signoffs(people, users, today)
    created += load_gate_guides(people, users, today)
    return created


def operations_levels():
    """The Operations ladder's levels by slug."""
    ladder = CareerLadderPage.objects.get(slug="operations")
    return {level.slug: level for level in CareerLevelPage.objects.child_of(ladder)}


def load_competencies():
    """Create the missing competencies (matched by name); return how many."""
    existing = set(Competency.objects.values_list("name", flat=True))
    new = [
        Competency(
            name=spec["name"],
            category=spec["category"],
            description=spec["description"],
            learning=spec["behaviours"][0],
            developing=spec["behaviours"][1],
            proficient=spec["behaviours"][2],
            role_model=spec["behaviours"][3],
        )
        for spec in COMPETENCIES
        if spec["name"] not in existing
    ]
    Competency.objects.bulk_create(new)
    return len(new)


def load_kpi_metrics():
    """Create the missing KPI metrics (matched by name); return how many."""
    existing = set(KpiMetric.objects.values_list("name", flat=True))
    new = [
        KpiMetric(name=name, unit=unit, higher_is_better=higher, description=description)
        for name, unit, higher, description in KPI_METRICS
        if name not in existing
    ]
    KpiMetric.objects.bulk_create(new)
    return len(new)


def load_gates(levels, competencies, metrics):
    """Give each level without requirements its stage gate; return how many were created.

    A level that already has requirements is left alone: an admin may have edited its gate.
    """
    slugs = [spec[1] for gate in GATES.values() for spec in gate if spec[0] == GUIDE]
    guides = {page.slug: page for page in GuidePage.objects.filter(slug__in=slugs)}
    created = 0
    for level_slug, gate in GATES.items():
        level = levels.get(level_slug)
        if level is None or level.requirements.exists():
            continue
        for sort_order, spec in enumerate(gate):
            fields = requirement_fields(spec, competencies, metrics, guides, levels)
            if fields is not None:
                LevelRequirement.objects.create(level=level, sort_order=sort_order, **fields)
                created += 1
    return created


def requirement_fields(spec, competencies, metrics, guides, levels):
    """The LevelRequirement fields for one compact gate spec, or None for a missing guide."""
    kind, *args = spec
    if kind == GUIDE:
        page = guides.get(args[0])
        return None if page is None else {"kind": kind, "guide": page}
    if kind == COMPETENCY:
        name, rating = args
        return {"kind": kind, "competency": competencies[name], "min_rating": rating}
    if kind == KPI:
        name, threshold, months = args
        return {
            "kind": kind,
            "metric": metrics[name],
            "threshold": Decimal(threshold),
            "months": months,
        }
    if kind == TENURE:
        return {"kind": kind, "months": args[0]}
    if kind == SIGNOFF:
        name, rule, min_level = args
        return {
            "kind": kind,
            "signoff_name": name,
            "signer_rule": rule,
            "signer_min_level": levels.get(min_level) if min_level else None,
        }
    count, contribution_kinds = args
    return {"kind": kind, "min_count": count, "contribution_kinds": contribution_kinds}


def gate_competencies(level_slug):
    """{competency name: minimum rating} in the gate of a level (empty for no level)."""
    return {spec[1]: spec[2] for spec in GATES.get(level_slug, []) if spec[0] == COMPETENCY}


def gate_guides(level_slug):
    return [spec[1] for spec in GATES.get(level_slug, []) if spec[0] == GUIDE]


# ---------------------------------------------------------------------------------------
# Profiles


def plan_people(today):
    """Everyone in a demo team as a Person: level from the job title, dates, mentor, target."""
    mentors = team_members_in(roles.MENTORS)
    leads = team_members_in(roles.LEADS)
    people = []
    for username, _first, _last, group, team, job_title in demo_people():
        level = LEVEL_OF_JOB_TITLE[job_title]
        on_floor = group == roles.OPERATORS
        hire_date, level_since = plan_dates(username, level, today)
        people.append(
            Person(
                username=username,
                team=team,
                level=level,
                hire_date=hire_date,
                level_since=level_since,
                mentor=mentors[team] if on_floor else None,
                lead=leads[team],
                target=target_level_of(username, level),
                on_floor=on_floor,
            )
        )
    return people


def team_members_in(group):
    """{team slug: username} of the key people in a group, e.g. each team's mentor."""
    return {team: username for username, *_names, role, team, _title in KEY_PEOPLE if role == group}


def target_level_of(username, level):
    if level == "senior-operator" and username in TEAM_LEAD_TRACK:
        return "team-lead"
    return NEXT_LEVEL.get(level)


def plan_dates(username, level, today):
    """(hire date, at current level since) for one person, the same on every load."""
    chooser = random.Random(f"{username}:dates")
    if username in FIXED_DATES:
        hired, since = FIXED_DATES[username]
    elif level == "trainee":
        hired = since = TRAINEES_HIRED_DAYS_AGO + chooser.randint(0, 2)
    elif level == "operator":
        low, high = READY_OPERATOR_HIRED_DAYS_AGO if username in READY else HIRED_DAYS_AGO[level]
        hired = chooser.randint(low, high)
        # Operators are cleared four to six weeks after they start.
        since = hired - chooser.randint(26, 45)
    else:
        hired = chooser.randint(*HIRED_DAYS_AGO[level])
        since = PROMOTED_DAYS_AGO.get(username) or chooser.randint(200, min(1500, hired - 400))
    return today - timedelta(days=hired), today - timedelta(days=since)


def load_profiles(people, users, levels):
    """Create the missing operator profiles; return how many."""
    existing = set(OperatorProfile.objects.values_list("user_id", flat=True))
    new = [
        OperatorProfile(
            user=users[person.username],
            mentor=users.get(person.mentor),
            level=levels.get(person.level),
            level_since=person.level_since,
            hire_date=person.hire_date,
            target_level=levels.get(person.target),
            # Trainees work under supervision until they are cleared for independent calls.
            supervised=person.level == "trainee" and not is_cleared_trainee(person.username),
        )
        for person in people
        if users[person.username].pk not in existing
    ]
    OperatorProfile.objects.bulk_create(new)
    return len(new)


def is_cleared_trainee(username):
    return any(spec[0] == username and spec[2] == CLEARED for spec in SIGNOFFS)


# ---------------------------------------------------------------------------------------
# Assessments


def load_assessments(people, users, competencies, today):
    """A year of assessments for everyone on the floor who has none yet; return how many."""
    assessed = set(Assessment.objects.values_list("operator_id", flat=True).distinct())
    new = []
    for person in people:
        if person.on_floor and users[person.username].pk not in assessed:
            new += plan_assessments(person, users, competencies, today)
    Assessment.objects.bulk_create(new)
    return len(new)


def plan_assessments(person, users, competencies, today):
    """One person's mentor, lead and self assessments, ratings rising over time."""
    if person.username == "operator":
        return operator_assessments(person, users, competencies, today)
    chooser = random.Random(f"{person.username}:assessments")
    first_day = max(person.hire_date + timedelta(days=10), today - timedelta(days=355))
    last_day = today - timedelta(days=2)
    records = []
    for name, final in final_ratings(person, chooser).items():
        count = chooser.randint(1, 2) if person.level == "trainee" else chooser.randint(2, 4)
        days = spread_days(first_day, last_day, count, chooser)
        ratings = rising_ratings(final, len(days), person.level, chooser)
        for day, rating in zip(days, ratings, strict=True):
            kind = AssessmentKind.LEAD if chooser.random() < 0.2 else AssessmentKind.MENTOR
            assessor = person.lead if kind == AssessmentKind.LEAD else person.mentor
            evidence = evidence_for(name, rating, chooser)
            records.append(
                assessment(person, users, competencies[name], rating, kind, assessor, day, evidence)
            )
        if wants_self_assessment(person, name, chooser):
            rating = self_rating(person, name, final, chooser)
            day = max(days[-1] - timedelta(days=chooser.randint(3, 8)), first_day)
            evidence = chooser.choice(competency_spec(name)["self"])
            records.append(
                assessment(
                    person,
                    users,
                    competencies[name],
                    rating,
                    AssessmentKind.SELF,
                    person.username,
                    day,
                    evidence,
                )
            )
    return records


def final_ratings(person, chooser):
    """{competency name: latest rating} for the next gate's competencies and the team's focus.

    Ready people meet every minimum; everyone else falls one short on at least one.
    """
    gate = gate_competencies(person.target)
    gap = None if person.ready or not gate else chooser.choice(sorted(gate))
    ratings = {}
    for name, minimum in gate.items():
        if person.ready:
            ratings[name] = min(4, minimum + (chooser.random() < 0.3))
        elif name == gap:
            ratings[name] = minimum - 1
        else:
            ratings[name] = chooser.choice([minimum - 1, minimum, minimum, min(4, minimum + 1)])
    for name in TEAM_FOCUS[person.team]:
        ratings.setdefault(name, chooser.choice(USUAL_RATINGS[person.level]))
    if person.username in SELF_DISAGREEMENTS:
        ratings[SELF_DISAGREEMENTS[person.username]] = 2
    return ratings


def rising_ratings(final, count, level, chooser):
    """`count` ratings that never go down and end at `final`."""
    climb = chooser.choice([0, 1]) if level == "trainee" else chooser.choice([0, 1, 1, 2])
    start = max(1, final - climb)
    if count == 1:
        return [final]
    return [start + round((final - start) * step / (count - 1)) for step in range(count)]


def spread_days(first_day, last_day, count, chooser):
    """`count` different weekdays between two days, oldest first.

    Different days, because the latest rating of a competency is found by date.
    """
    span = max((last_day - first_day).days, 0)
    days = set()
    while len(days) < min(count, span // 2 + 1):
        day = first_day + timedelta(days=chooser.randint(0, span))
        days.add(day - timedelta(days=max(day.weekday() - 4, 0)))
    return sorted(days)


def wants_self_assessment(person, name, chooser):
    if person.username in SELF_DISAGREEMENTS:
        return name == SELF_DISAGREEMENTS[person.username]
    return chooser.random() < 0.25


def self_rating(person, name, mentor_rating, chooser):
    """The operator's own view: the mentor's rating or one above, or two above on purpose."""
    if SELF_DISAGREEMENTS.get(person.username) == name:
        return min(4, mentor_rating + 2)
    return min(4, mentor_rating + chooser.choice([0, 0, 1]))


def evidence_for(name, rating, chooser):
    """A specific evidence sentence that fits the rating, with a call reference."""
    pool = competency_spec(name)["growth" if rating <= 2 else "strength"]
    return chooser.choice(pool).format(ref=chooser.randint(10000, 99999))


def competency_spec(name):
    return next(spec for spec in COMPETENCIES if spec["name"] == name)


def operator_assessments(person, users, competencies, today):
    """The demo `operator`'s hand-written history."""
    assessors = {"mentor": person.mentor, "lead": person.lead, "self": person.username}
    return [
        assessment(
            person,
            users,
            competencies[name],
            rating,
            kind,
            assessors[kind],
            today - timedelta(days=days_ago),
            evidence,
        )
        for name, kind, rating, days_ago, evidence in OPERATOR_ASSESSMENTS
    ]


def assessment(person, users, competency, rating, kind, assessor, day, evidence):
    return Assessment(
        operator=users[person.username],
        competency=competency,
        rating=rating,
        assessor=users[assessor],
        kind=kind,
        evidence=evidence,
        assessed_on=day,
        created_at=at(day, 16),
    )


# ---------------------------------------------------------------------------------------
# KPI snapshots


def load_kpi_snapshots(people, users, metrics, today):
    """Monthly KPIs for the last 12 complete months on the floor; return how many were new.

    Only months the person worked in: a trainee hired five weeks ago has one month at most.
    """
    existing = set(KpiSnapshot.objects.values_list("operator_id", "metric_id", "month"))
    new = [
        snapshot
        for person in people
        if person.on_floor
        for snapshot in plan_kpi_snapshots(person, users, metrics, today)
        if (snapshot.operator_id, snapshot.metric_id, snapshot.month) not in existing
    ]
    KpiSnapshot.objects.bulk_create(new)
    return len(new)


def plan_kpi_snapshots(person, users, metrics, today):
    chooser = random.Random(f"{person.username}:kpis")
    snapshots = []
    for name in TEAM_METRICS[person.team]:
        shape = KPI_SHAPES[name]
        centre = HANDLE_TIME_BY_TEAM[person.team] if name == HANDLE_TIME else shape.centre
        centre += shape.per_level * (person.rank - 2) + chooser.uniform(-shape.spread, shape.spread)
        for months_ago in range(1, 13):
            month = first_of_month(today, months_ago)
            if not worked_in(person, month):
                continue
            value = centre - shape.monthly_gain * (months_ago - 1)
            value += chooser.uniform(-shape.noise, shape.noise)
            value = story_value(person.username, name, months_ago, value, chooser)
            value = min(max(value, shape.low), shape.high)
            snapshots.append(
                KpiSnapshot(
                    operator=users[person.username],
                    metric=metrics[name],
                    month=month,
                    value=Decimal(f"{value:.{shape.decimals}f}"),
                    source=KpiSource.CSV,
                    # The monthly CSV export arrives on the 3rd of the next month.
                    recorded_at=min(
                        at(first_of_month(today, months_ago - 1) + timedelta(days=2), 6),
                        timezone.now(),
                    ),
                )
            )
    return snapshots


def story_value(username, metric, months_ago, value, chooser):
    """Apply the pinned values and floors that the story needs."""
    fixed = KPI_FIXED.get(username, {}).get(metric, {})
    if months_ago in fixed:
        return fixed[months_ago]
    lowest, months = KPI_FLOORS.get(username, {}).get(metric, (None, 0))
    if months_ago <= months and value < lowest:
        return lowest + chooser.uniform(0.2, 2.5)
    return value


def worked_in(person, month):
    """Whether the person took calls for at least two weeks of the month."""
    month_end = first_of_month(month, -1) - timedelta(days=1)
    return person.hire_date <= month_end - timedelta(days=14)


def first_of_month(day, months_back):
    """The first day of the month `months_back` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


# ---------------------------------------------------------------------------------------
# Practice and sign-offs


def load_practice(people, users, today):
    """Supervised practice for each trainee who has none yet; return how many entries."""
    logged = set(PracticeEntry.objects.values_list("trainee_id", flat=True).distinct())
    new = [
        entry
        for person in people
        if person.level == "trainee" and users[person.username].pk not in logged
        for entry in plan_practice(person, users, today)
    ]
    PracticeEntry.objects.bulk_create(new)
    return len(new)


def plan_practice(person, users, today):
    """Shadowing in the induction week, then supervised calls until cleared or yesterday.

    The mentor co-signs within a day or two, except the latest entry of a couple of trainees.
    """
    chooser = random.Random(f"{person.username}:practice")
    mentor = users[person.mentor]
    cleared = signoff_days_ago(person.username, CLEARED)
    last_day = today - timedelta(days=(cleared or 0) + 1)
    entries = []
    for offset in (1, 2, 3):
        hours = chooser.choice([2, 2.5, 3, 3.5])
        note = PRACTICE_NOTES[PracticeKind.SHADOWING][offset - 1]
        entries.append(
            practice_entry(
                person,
                users,
                PracticeKind.SHADOWING,
                person.hire_date + timedelta(days=offset),
                hours,
                chooser.randint(8, 16),
                note,
            )
        )
    day = person.hire_date + timedelta(days=7)
    notes = PRACTICE_NOTES[PracticeKind.SUPERVISED_CALLS][person.team]
    while day <= last_day:
        if day.weekday() < 5:
            hours = chooser.choice([1.5, 2, 2.5, 3, 3.5, 4])
            calls = round(hours * chooser.uniform(3, 6))
            entries.append(
                practice_entry(
                    person,
                    users,
                    PracticeKind.SUPERVISED_CALLS,
                    day,
                    hours,
                    calls,
                    chooser.choice(notes),
                )
            )
        day += timedelta(days=chooser.choice([1, 2, 2, 3]))
    for position, entry in enumerate(entries):
        latest = position == len(entries) - 1
        if latest and person.username in AWAITING_COSIGNATURE:
            continue
        signed_day = min(entry.practised_on + timedelta(days=chooser.choice([0, 1])), today)
        entry.cosigned_by = mentor
        entry.cosigned_at = min(at(signed_day, 17, 30), timezone.now())
    return entries


def practice_entry(person, users, kind, day, hours, calls, note):
    return PracticeEntry(
        trainee=users[person.username],
        kind=kind,
        practised_on=day,
        hours=Decimal(f"{hours:.1f}"),
        calls=calls,
        note=note,
        created_at=at(day, 17),
    )


def signoff_days_ago(username, name):
    """When a planned sign-off was given, in days before the load, or None."""
    return next((spec[4] for spec in SIGNOFFS if spec[0] == username and spec[2] == name), None)


def load_signoffs(people, users, today):
    """Clearance (and logged hours) for everyone at operator level or above, and the planned
    sign-offs in SIGNOFFS; skips any (operator, requirement) already signed. Returns how many.
    """
    requirements = {
        (requirement.level.slug, requirement.signoff_name): requirement
        for requirement in LevelRequirement.objects.filter(kind=SIGNOFF).select_related("level")
    }
    signed = set(SignOff.objects.values_list("operator_id", "requirement_id"))
    planned = past_signoffs(people, users, requirements, today)
    planned += story_signoffs(people, users, requirements, today)
    new = [
        signoff
        for signoff in planned
        if (signoff.operator_id, signoff.requirement_id) not in signed
    ]
    SignOff.objects.bulk_create(new)
    return len(new)


def past_signoffs(people, users, requirements, today):
    """Everyone at operator level or above was cleared by a trainer a few weeks after they
    started; those on the floor also had their supervised hours signed by their mentor."""
    cleared = requirements.get(("operator", CLEARED))
    hours = requirements.get(("operator", SUPERVISED_HOURS))
    trainers = sorted(person.username for person in people if person.level == "trainer")
    signoffs = []
    for person in people:
        if person.rank < LEVEL_RANKS["operator"]:
            continue
        chooser = random.Random(f"{person.username}:signoffs")
        if person.level == "operator":
            signed_on = person.level_since
        else:
            signed_on = person.hire_date + timedelta(days=chooser.randint(24, 42))
        weeks = (signed_on - person.hire_date).days // 7
        if cleared is not None:
            signer = clearance_signer(person, trainers)
            note = clearance_note(signed_on, weeks, today, chooser)
            signoffs.append(
                signoff(users[person.username], cleared, users[signer], signed_on, note)
            )
        if hours is not None and person.on_floor:
            logged = chooser.randint(21, 34)
            note = f"Training log checked: {logged} supervised hours, all co-signed."
            signoffs.append(
                signoff(
                    users[person.username],
                    hours,
                    users[person.mentor],
                    signed_on - timedelta(days=2),
                    note,
                )
            )
    return signoffs


def clearance_signer(person, trainers):
    """A trainer: the team's mentor for the floor and the leads, another trainer for trainers."""
    if person.level != "trainer":
        return person.mentor or team_members_in(roles.MENTORS)[person.team]
    return trainers[(trainers.index(person.username) + 1) % len(trainers)]


def clearance_note(signed_on, weeks, today, chooser):
    # Clearances from before Callpath came over from the paper training files.
    if signed_on < today - timedelta(days=365):
        return (
            f"Carried over from the paper training file: cleared after {weeks} weeks of "
            "supervised calls."
        )
    return chooser.choice(CLEARANCE_NOTES)


def story_signoffs(people, users, requirements, today):
    """The sign-offs in SIGNOFFS; logged-hours sign-offs carry the co-signed hours."""
    trainees = {person.username: person for person in people if person.level == "trainee"}
    signoffs = []
    for username, level_slug, name, signer, days_ago, note in SIGNOFFS:
        requirement = requirements.get((level_slug, name))
        if requirement is None or username not in users:
            continue
        signed_on = today - timedelta(days=days_ago)
        hours = None
        if name == SUPERVISED_HOURS and username in trainees:
            entries = plan_practice(trainees[username], users, today)
            hours = cosigned_hours(entries, signed_on)
        signoffs.append(
            signoff(users[username], requirement, users[signer], signed_on, note, hours)
        )
    return signoffs


def cosigned_hours(entries, by_day):
    return sum(
        (
            entry.hours
            for entry in entries
            if entry.cosigned_at and entry.cosigned_at.date() <= by_day
        ),
        Decimal(0),
    )


def signoff(operator, requirement, signer, signed_on, note, evidence_hours=None):
    return SignOff(
        operator=operator,
        requirement=requirement,
        signed_by=signer,
        signed_on=signed_on,
        note=note,
        evidence_hours=evidence_hours,
        created_at=at(signed_on, 16),
    )


# ---------------------------------------------------------------------------------------
# Guides the ready people need


def load_gate_guides(people, users, today):
    """Completions (and passing quiz attempts) of the target gate's guides for the people who
    are ready, where the knowledge base demo has not already created them. Returns how many."""
    slugs = {slug for person in people if person.ready for slug in gate_guides(person.target)}
    guides = {page.slug: page for page in GuidePage.objects.filter(slug__in=slugs)}
    completed = set(GuideCompletion.objects.values_list("user_id", "page_id"))
    passed = set(QuizAttempt.objects.filter(passed=True).values_list("user_id", "page_id"))
    completions, attempts = [], []
    for person in people:
        if not person.ready:
            continue
        user = users[person.username]
        chooser = random.Random(f"{person.username}:guides")
        for slug in gate_guides(person.target):
            page = guides.get(slug)
            if page is None:
                continue
            finished = at(today - timedelta(days=chooser.randint(8, 30)), 11)
            quiz = page.quiz
            if quiz is not None and (user.pk, page.pk) not in passed:
                attempts.append(passing_attempt(user, page, quiz, finished))
            if (user.pk, page.pk) not in completed:
                completions.append(GuideCompletion(user=user, page=page, completed_at=finished))
    GuideCompletion.objects.bulk_create(completions)
    QuizAttempt.objects.bulk_create(attempts)
    return len(completions) + len(attempts)


def passing_attempt(user, page, quiz, finished):
    """A quiz attempt with every answer right, scored like a real submission."""
    answers = {
        index: question["correct_option"] for index, question in enumerate(quiz["questions"])
    }
    return QuizAttempt.scored(user, page, quiz, answers, created_at=finished)


def at(day, hour, minute=0):
    """An aware datetime on `day` at the given local time."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))
