"""Demo knowledge base and team news for `manage.py load_demo`.

Runs after `home.demo.load_people()` and `careers.demo.load_ladder()`: it needs the demo users,
teams and career levels. The content is data at the top of this module; the functions at the
bottom turn it into pages and records, skipping whatever already exists (by slug or by user and
page), so loading twice creates nothing the second time.

Bodies are written in a compact form that `stream_data()` turns into StreamField raw data:

    ("h2", text) or ("h3", text)          a heading
    ("p", html)                           a rich-text paragraph
    ("tip" | "rule" | "warning", title, html)
    ("checklist", title, [item, ...])
    ("steps", title, [(step, detail), ...])
    ("script", title, situation, [line, ...])   line: (speaker, text) or (branch, speaker, text)
    ("do_dont", title, [(do, dont), ...])
    ("quiz", title, [(question, [option, ...], correct option (1-based), explanation), ...])

Dates are written as days before (or after) the day the demo is loaded, so the demo always
looks current: some guides are overdue for review, news is from the last eight weeks.
"""

import random
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Revision

from careers.demo import LEVELS as LADDER_LEVELS
from careers.models import CareerLevelPage
from home import roles
from home.demo import demo_people
from home.models import Team
from kb.blocks import score_quiz
from kb.models import (
    Acknowledgement,
    GuideCompletion,
    GuideIndexPage,
    GuideKind,
    GuidePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    QuizAttempt,
    Topic,
)

OP = "operator"
CU = "customer"

TOPICS = [
    ("inbound-support", "Inbound support", "Billing, faults and account calls from customers."),
    ("outbound-sales", "Outbound sales", "Upgrade and retention campaigns, openings, objections."),
    ("surveys", "Surveys", "Market-research and satisfaction interviews."),
    ("voice-wellbeing", "Voice & wellbeing", "Looking after your voice, breaks and hard calls."),
    ("tools-crm", "Tools & CRM", "The phone system, the CRM, notes, codes and payments."),
    ("team-shifts", "Team & shifts", "Rotas, swaps, cover, huddles and coaching."),
]

# ---------------------------------------------------------------------------------------
# Guide bodies

FIRST_WEEK_BODY = [
    (
        "p",
        "<p>Your first week is about learning how we work, not about hitting numbers. For the "
        "whole week you take calls with a trainer listening in: we call these <b>supervised "
        "calls</b>. Nobody expects you to know every answer yet. We do expect you to ask.</p>",
    ),
    ("h2", "Day one"),
    (
        "checklist",
        "Before your first call",
        [
            "Collect your headset, locker key and building pass from the training room",
            "Log in to the phone system, the CRM and Callpath; tell your trainer at once if a "
            "login fails",
            "Record your voicemail greeting using the wording in your welcome pack",
            "Find the fire exits, the first-aider list and the quiet room",
            "Read the must-read items on your Callpath home page and acknowledge them",
            "Check your rota for the next two weeks, including your break times",
        ],
    ),
    ("h2", "How supervised calls work"),
    (
        "steps",
        "Your first week on the phones",
        [
            (
                "Listen to at least ten live calls",
                "Sit with your buddy and listen on the second headset. Note how they open the "
                "call, check the caller's identity and close the call.",
            ),
            (
                "Lead calls with your trainer listening",
                "From day two you lead. Your trainer can whisper to you (only you hear it) or "
                "take over the call. A takeover is a normal part of training, not a failure.",
            ),
            (
                "Debrief every few calls",
                "Spend two minutes with your trainer on what went well and one thing to try "
                "on the next call.",
            ),
            (
                "Log each supervised call",
                "Add the call reference to your training log so your trainer can sign off your "
                "progress at the end of the week.",
            ),
        ],
    ),
    ("h2", "Rules from your very first call"),
    (
        "rule",
        "Identity checks, every time",
        "<p>Even with a trainer listening, you check every caller's identity before you "
        'discuss their account. See <a href="/guides/verifying-a-callers-identity/">Verifying '
        "a caller's identity</a>.</p>",
    ),
    (
        "p",
        "<p>Every call ends with a <b>wrap-up code</b> and a short note in the CRM. Your "
        "trainer reads your notes each day for the first two weeks and will show you how to "
        "make them shorter and clearer. The codes are explained in <a "
        'href="/guides/crm-wrap-up-codes/">CRM wrap-up codes</a>.</p>',
    ),
    (
        "do_dont",
        "Good habits to start with",
        [
            (
                'Say "Let me check that for you" and use hold when you need help.',
                "Guess an answer to fill a silence.",
            ),
            (
                "Tell your trainer about any call that upset you.",
                "Carry a difficult call straight into the next one.",
            ),
            (
                "Take your scheduled breaks, even when the queue is long.",
                "Eat at your desk: keep to water in a bottle with a lid.",
            ),
        ],
    ),
    (
        "tip",
        "When will I be signed off?",
        "<p>Most trainees are signed off for independent calls after two to four weeks. "
        "Sign-off depends on your quality reviews, the guides and quizzes for the Trainee "
        "level and your trainer's judgement, <i>never on speed alone</i>. Your career page "
        "shows exactly what is still missing.</p>",
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                "Who listens to your calls during your first week?",
                [
                    "Nobody, unless the call is escalated",
                    "Your trainer or buddy, on every call",
                    "Only the quality team, from the recording",
                ],
                2,
                "Every call in your first week is supervised, so help is always one whisper away.",
            ),
            (
                "A caller asks something you don't know. What do you do?",
                [
                    "Give your best guess so the call keeps moving",
                    "Transfer the caller to another team straight away",
                    "Tell the caller you'll check, put them on hold and ask your trainer",
                    "End the call and promise a callback",
                ],
                3,
                "A short hold is always better than a wrong answer.",
            ),
            (
                "Your trainer takes over one of your calls. What does that mean?",
                [
                    "You have failed the week",
                    "It is a normal part of supervised calling",
                    "You have to repeat day one",
                ],
                2,
                "Takeovers happen to every trainee. Talk it through in the debrief.",
            ),
            (
                "What must you do at the end of every call?",
                [
                    "Choose a wrap-up code and write a short CRM note",
                    "Email your trainer a summary",
                    "Nothing: the phone system records everything",
                ],
                1,
                "The code and note tell the next person what happened and feed our reports.",
            ),
            (
                "When may you skip the identity checks?",
                [
                    "When your trainer is listening",
                    "When the caller is in a hurry",
                    "When the caller knows their account number",
                    "Never",
                ],
                4,
                "Identity checks protect the customer. There are no exceptions.",
            ),
        ],
    ),
]

ANGRY_CALLER_BODY = [
    (
        "p",
        "<p>Most angry callers are not angry with you. They are angry that something has gone "
        "wrong (a bill, a fault, a promise nobody kept) and you are the first person who can "
        "do something about it. Your job is to bring the temperature down so that you can "
        "solve the problem together.</p>",
    ),
    ("h2", "Listen, empathise, apologise, plan"),
    (
        "steps",
        "",
        [
            (
                "Listen",
                "Let the caller finish, even if it takes a minute. Don't interrupt; note the "
                "facts (dates, amounts, names) as they talk.",
            ),
            (
                "Empathise",
                'Name the feeling: "I can hear how frustrating this has been." It shows you '
                "were listening and usually lowers the volume straight away.",
            ),
            (
                "Apologise for the experience",
                "\"I'm sorry you've had to call again.\" You can apologise for how it felt "
                "before you know whose fault it was.",
            ),
            (
                "Plan",
                "Say exactly what you will do, and when the caller will hear back. A clear "
                "next step calms people more than any amount of sympathy.",
            ),
        ],
    ),
    (
        "script",
        "Calming a double-charge complaint",
        "An inbound customer has been charged twice and has already called about it.",
        [
            (
                CU,
                "This is the third time I've called. You've taken the money twice and nobody "
                "has done anything!",
            ),
            (
                OP,
                "I'm sorry you've had to call three times; that shouldn't happen. I'll stay "
                "with this until we know what's going on. Can I take your full name and "
                "postcode to find the account?",
            ),
            (CU, "It's all on your system! Why do I have to go through this again?"),
            (
                OP,
                "I know it feels like repeating yourself. I have to check it's really you "
                "before I look at payments; it protects your account. It takes thirty seconds.",
            ),
            (
                "If the customer calms down",
                OP,
                "Thank you. I can see two payments of £42.50 on the 3rd; one was taken in "
                "error. I'm raising the refund now. It will reach your account in three to "
                "five working days, and I've noted that you had to call three times.",
            ),
            (
                "If the customer keeps shouting",
                OP,
                "I want to sort this out for you, and I can do that best if we talk it through "
                "calmly. Let me tell you what I can do right now.",
            ),
            (
                "If the customer becomes abusive",
                OP,
                "I want to help, but I can't continue the call if the language continues. "
                "Shall we carry on?",
            ),
            (
                "If the abuse continues after the warning",
                OP,
                "I'm ending the call now. You're welcome to call us back. Goodbye.",
            ),
        ],
    ),
    (
        "rule",
        "Abusive callers",
        "<p>You may end a call after <b>one clear warning</b> if a caller swears at you, "
        "threatens you or uses discriminatory language. Use wrap-up code <b>ABU</b>, write "
        "what was said in the note, and tell your team lead before you take the next call.</p>",
    ),
    (
        "do_dont",
        "Your voice does half the work",
        [
            ("Slow down and lower your volume a little.", "Match the caller's volume."),
            ("Use the caller's name once or twice.", 'Say "calm down".'),
            ("Say what you can do.", "Blame another department or a colleague."),
            ("Give a clear time for the next step.", "Promise what you can't guarantee."),
        ],
    ),
    ("h2", "After the call"),
    (
        "p",
        "<p>Take your full wrap-up time before the next call: finish the note, then breathe "
        "out slowly a few times. If a call has shaken you, tell your team lead; you can take "
        "five minutes in the quiet room and it won't count against your adherence. See <a "
        'href="/guides/voice-care-and-breaks/">Voice care and breaks</a>.</p>',
    ),
]

SALES_OPENING_BODY = [
    (
        "p",
        "<p>Use this script for the first minute of every call on the full-fibre upgrade "
        "campaign. The opening decides whether the customer stays on the line: say who you "
        "are and why you're calling, ask permission, and get to a question about the "
        "customer quickly.</p>",
    ),
    (
        "rule",
        "Before you dial",
        "<ul><li>The dialler skips numbers on the do-not-call list; if you dial by hand, "
        "check the CRM flag first.</li><li>Call between 9:00 and 20:00 on weekdays and 10:00 "
        "and 16:00 on Saturdays only.</li><li>Never call a number marked <b>TPS</b> or "
        "<b>opted out</b>.</li></ul>",
    ),
    (
        "script",
        "Opening: existing broadband customer",
        "Outbound call to a customer on standard broadband whose contract ends within 90 days.",
        [
            (
                OP,
                "Hello, is that Mr Patel? Hi, my name's Tom and I'm calling from Callpath "
                "Broadband about your home broadband. Is now an OK time for two minutes?",
            ),
            ("If the customer says it's a bad time", CU, "Not really, I'm just going out."),
            (
                OP,
                "No problem at all. When would be better, this evening or tomorrow morning? "
                "(Book the callback and use wrap-up code CBK.)",
            ),
            ("If the customer agrees to talk", CU, "Go on then, two minutes."),
            (
                OP,
                "Thanks. Your contract ends in March, and full fibre has just reached your "
                "street. How does your broadband cope at busy times, say in the evening?",
            ),
            (CU, "It's slow when the kids are gaming."),
            (
                OP,
                "That's really common. Full fibre is about five times faster than your current "
                "plan, so everyone can be online at once. Shall I tell you what it would cost?",
            ),
            ("If the customer objects on price", CU, "I can't afford to pay more."),
            (
                OP,
                "I understand; nobody wants a bigger bill. It would be £4 a month more than now, "
                "fixed for 24 months, so it won't go up in April like your current plan. Would "
                "it help if I compared the two side by side?",
            ),
            ("If the customer is happy as they are", CU, "I'm happy with what I've got."),
            (
                OP,
                "That's good to hear. Your price goes up when the contract ends, though. If I "
                "could keep your bill about the same and make it faster, would that be worth a "
                "look?",
            ),
            ("If the customer wants to think about it", CU, "I'll need to ask my partner."),
            (
                OP,
                "Of course. Shall I email the details now and call you back on Thursday "
                "evening, once you've both had a look?",
            ),
            ("If the customer asks not to be called", CU, "Please don't call me again."),
            (
                OP,
                "I'm sorry to have bothered you. I'll take you off our calling lists today. "
                "Have a good evening. (Wrap-up code DNC.)",
            ),
        ],
    ),
    ("h2", "Why the opening works"),
    (
        "p",
        "<p>The customer hears a name, a company and a reason in the first ten seconds, and "
        "is asked for permission. That honesty keeps far more people on the line than a fast "
        "pitch. The open question about their broadband at busy times gives you their words "
        'to use later: "you said it\'s slow when the kids are gaming" lands better than any '
        "speed figure.</p>",
    ),
    (
        "do_dont",
        "",
        [
            (
                "Ask an open question in the first thirty seconds.",
                "Read the whole offer before the customer has spoken.",
            ),
            ('Accept a clear "no" the second time you hear it.', "Push past a clear refusal."),
            (
                "Say the price and the contract length plainly.",
                'Say "only" or "just" in front of a price.',
            ),
        ],
    ),
    (
        "tip",
        "Objections are questions",
        '<p>"It\'s too expensive" usually means "is it worth it to me?". Answer with the '
        "customer's own reason for wanting faster broadband, then the price, then stop "
        "talking and let them think.</p>",
    ),
]

SURVEY_TECHNIQUE_BODY = [
    (
        "p",
        "<p>A survey interview is a conversation with strict rules. Our clients compare "
        "answers across thousands of interviews, so every respondent must hear the same "
        "question in the same way. At the same time the respondent is giving us their time "
        "for nothing, so the call has to feel easy and friendly.</p>",
    ),
    ("h2", "Read every question exactly as written"),
    (
        "p",
        "<p>If you change the wording of a question, even slightly, the answer can no longer "
        "be compared with everyone else's. Read the question and all the answer options word "
        "for word, at a steady pace. Words in <b>capitals</b> on your screen are instructions "
        "to you and are not read out.</p>",
    ),
    (
        "do_dont",
        "Staying neutral",
        [
            (
                "Repeat the question exactly if the respondent hesitates.",
                "Explain the question in your own words.",
            ),
            (
                'Say "thank you" or "OK" after each answer.',
                'React with "great!" or "oh dear" to an answer.',
            ),
            (
                'Record "don\'t know" when that is the answer.',
                "Push for an opinion the respondent doesn't have.",
            ),
            (
                "Let the respondent choose from the options you read.",
                'Suggest an answer: "so that\'s very satisfied, then?"',
            ),
        ],
    ),
    ("h2", "Probing open questions"),
    (
        "steps",
        "",
        [
            ("Ask the question as written", "Then wait. Silence gives people time to think."),
            (
                "Use a neutral probe",
                '"What else?" or "Can you tell me more about that?". Never a probe that '
                "suggests an answer.",
            ),
            (
                "Type the answer verbatim",
                "Use the respondent's own words, not your summary. The client's analysts code "
                "the answers later.",
            ),
            (
                "Probe until there is nothing else",
                'Stop when the respondent says "that\'s all" or repeats themselves.',
            ),
        ],
    ),
    ("h2", "Keeping the conversation smooth"),
    (
        "p",
        "<p>Signpost the interview so the respondent knows where they are: \"we're about "
        'halfway", "just three more questions". Keep an even, warm pace and smile while '
        "you talk; it can be heard. If a respondent wanders off topic, listen briefly, thank "
        "them, and bring them back with the next question.</p>",
    ),
    (
        "tip",
        "If the respondent has to stop",
        "<p>Offer to finish later and book a time. Save the interview as partial with code "
        "<b>SPT</b> so the answers so far are kept and the next interviewer starts where you "
        "left off.</p>",
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                'A respondent says "I\'m not sure what you mean". What do you do?',
                [
                    "Explain the question in your own words",
                    "Repeat the question exactly as written",
                    "Skip the question",
                    "Choose the middle option for them",
                ],
                2,
                "Repeating the exact wording keeps the answer comparable with everyone else's.",
            ),
            (
                "Which of these is a neutral probe?",
                [
                    '"What else?"',
                    '"So you were unhappy with the engineer?"',
                    '"Most people say price; is that the same for you?"',
                ],
                1,
                "The other two suggest an answer to the respondent.",
            ),
            (
                'The respondent answers "don\'t know". What do you record?',
                [
                    "The most likely answer",
                    "Don't know",
                    "Nothing: leave it blank and move on",
                    "Whatever they pick when asked again",
                ],
                2,
                '"Don\'t know" is a valid answer and the client wants to see it.',
            ),
            (
                "How do you record the answer to an open question?",
                [
                    "A short summary in your own words",
                    "Verbatim, in the respondent's own words",
                    "The code of the nearest category",
                ],
                2,
                "Verbatim answers are coded later, consistently, by the analysts.",
            ),
        ],
    ),
]

VOICE_CARE_BODY = [
    (
        "p",
        "<p>Your voice is the tool of the job. On a full shift you may talk for five or six "
        "hours, more than a teacher or a singer. Small habits keep it clear and stop it "
        "tiring, and the breaks in your rota exist for your voice as much as for a cup of "
        "tea.</p>",
    ),
    ("h2", "During the shift"),
    (
        "checklist",
        "Every shift",
        [
            "Keep room-temperature water at your desk in a bottle with a lid, and sip often",
            "Hum gently for a minute before your first call to warm up",
            "Sit upright with both feet on the floor: a slumped chest gives a tired voice",
            "Set the headset microphone two fingers' width from the corner of your mouth",
            "Turn your incoming volume down rather than speaking louder over a noisy line",
        ],
    ),
    (
        "do_dont",
        "",
        [
            (
                "Swallow or sip water when your throat feels dry.",
                "Clear your throat hard: it strains the vocal folds.",
            ),
            (
                "Let the headset carry your voice; speak at conversation volume.",
                "Raise your volume to sound more energetic.",
            ),
            (
                "Rest your voice on breaks: a walk or a quiet sit-down.",
                "Spend every break in a loud conversation in the canteen.",
            ),
        ],
    ),
    ("h2", "Breaks"),
    (
        "p",
        "<p>On an eight-hour shift you have two paid 15-minute breaks and a 30-minute unpaid "
        "lunch, at the times shown in your rota. On top of that, after every two hours of "
        "talk time you may set yourself to <b>Voice rest</b> in the phone system for five "
        "minutes. Workforce planning builds these into the forecast, so taking them does not "
        "leave the team short.</p>",
    ),
    (
        "rule",
        "Breaks are not optional",
        "<p>Take your breaks on time, even when the queue is long. If your team lead asks you "
        "to move a break because of a spike in calls, it moves; it is never cancelled.</p>",
    ),
    ("h2", "After a difficult call"),
    (
        "steps",
        "A one-minute reset",
        [
            ("Finish the note", "Close the call properly so it doesn't stay on your mind."),
            ("Breathe in for four counts", "Through the nose, shoulders down."),
            ("Hold for four, breathe out for six", "A longer out-breath slows the heart rate."),
            ("Repeat three times, then sip water", "Then set yourself ready for the next call."),
        ],
    ),
    (
        "warning",
        "When to see a doctor",
        "<p>Hoarseness that lasts more than three weeks, pain when speaking or a voice that "
        "keeps cutting out are reasons to see your GP. Tell your team lead too: we can "
        "adjust your talk time while you recover. The <a "
        'href="https://www.britishvoiceassociation.org.uk/">British Voice Association</a> '
        "has good advice for people who talk for a living.</p>",
    ),
]

CRM_CODES_BODY = [
    (
        "p",
        "<p>Every call ends with a wrap-up code and a note in the CRM. The code feeds our "
        "reports and the forecast that decides how many people are on shift; the note tells "
        "the next colleague what happened. A wrong code can book a callback nobody makes, or "
        "ring a customer who asked us to stop.</p>",
    ),
    ("h2", "The codes you will use most"),
    (
        "p",
        "<ul><li><b>RES</b>: resolved on this call, nothing else to do</li>"
        "<li><b>FUP</b>: follow-up needed; creates a task for the back office</li>"
        "<li><b>CBK</b>: callback booked with the customer for a set time</li>"
        "<li><b>TRF</b>: transferred to another team</li>"
        "<li><b>ESC</b>: complaint escalated to the complaints team</li>"
        "<li><b>SAL</b>: sale made; <b>NSL</b>: no sale, customer declined</li>"
        "<li><b>RET</b>: customer kept after asking to cancel; <b>CAN</b>: cancellation "
        "processed</li>"
        "<li><b>DNC</b>: customer asked not to be called again</li>"
        "<li><b>ABU</b>: call ended because of abuse, after a warning</li>"
        "<li><b>WRN</b>: wrong number or not the account holder</li></ul>",
    ),
    (
        "tip",
        "More than one thing happened?",
        "<p>Choose the code for the <i>outcome</i> of the call. A customer who complained and "
        "then accepted a fix on the call is <b>RES</b>, with the complaint in the note.</p>",
    ),
    ("h2", "Writing the note"),
    (
        "steps",
        "",
        [
            ("Start with why the customer called", '"Cust called re double charge 3 Mar."'),
            ("Say how you verified them", '"ID verified, two checks."'),
            ("Say what you did", '"Refund £42.50 raised, ref RF-20931."'),
            ("Say what happens next and when", '"3 to 5 working days. Cust informed."'),
        ],
    ),
    (
        "warning",
        "Customers can read your notes",
        "<p>Anyone can ask for a copy of everything we hold about them (a subject access "
        "request), and that includes CRM notes. Write only facts, and nothing you would not "
        "be happy for the customer to read.</p>",
    ),
    (
        "do_dont",
        "",
        [
            (
                "Write facts: dates, amounts, references.",
                'Write opinions such as "rude" or "confused".',
            ),
            ("Use the standard abbreviations: cust, re, ref.", "Invent your own shorthand."),
            ("Code the call before you take the next one.", "Leave codes to the end of shift."),
        ],
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                "A customer asks you to stop calling them. Which code do you use?",
                ["NSL", "DNC", "CBK", "RES"],
                2,
                "DNC removes the number from every calling list; NSL would let the dialler "
                "call again.",
            ),
            (
                "You fixed the problem on the call and nothing else needs to happen. Which code?",
                ["RES", "FUP", "TRF"],
                1,
                "RES means resolved on first contact, which is what we aim for.",
            ),
            (
                "Which of these notes is right?",
                [
                    "Rude customer, wasted twenty minutes",
                    "Cust called re slow broadband. Line test OK. Engineer booked 12 Mar AM, "
                    "ref EN-4471. Cust informed.",
                    "Sorted.",
                ],
                2,
                "It says why they called, what was done and what happens next, in facts only.",
            ),
            (
                "Why must CRM notes be factual and polite?",
                [
                    "Customers can ask for a copy of everything we hold about them",
                    "The CRM rejects long notes",
                    "Team leads mark the spelling",
                ],
                1,
                "Notes are disclosed in subject access requests.",
            ),
        ],
    ),
]

SHIFT_SWAPS_BODY = [
    (
        "p",
        "<p>We run seven days a week, so everyone needs cover sometimes: for a wedding, a "
        "hospital appointment or a child who wakes up ill. This policy says how swaps and "
        "sick cover work, so that it is fair, the queues stay covered, and nobody works "
        "unsafe hours.</p>",
    ),
    ("h2", "Swapping a shift"),
    (
        "steps",
        "",
        [
            (
                "Find a colleague trained on the same queue",
                "Usually someone in your team. A swap with another team needs both team leads.",
            ),
            (
                "Agree the swap between you",
                "A straight swap of one shift for another, or a shift given up to someone who "
                "wants the hours.",
            ),
            (
                "Send the request at least 48 hours ahead",
                "Post it on the swap board in Callpath with both names and both dates.",
            ),
            (
                "Wait for your team lead's approval",
                "Leads answer within one working day. The swap is agreed when it shows on the "
                "rota.",
            ),
        ],
    ),
    (
        "rule",
        "Until it's approved, it isn't a swap",
        "<p>If your team lead has not approved the swap, you work your original shift. A "
        "private arrangement that leaves a shift empty is treated as an absence.</p>",
    ),
    ("h2", "If you are sick"),
    (
        "steps",
        "",
        [
            (
                "Phone the absence line before your shift",
                "At least one hour before it starts, or by 07:00 for an early shift. Call, "
                "don't text or message.",
            ),
            (
                "Say roughly what's wrong and when you expect to be back",
                "You don't have to give medical details.",
            ),
            (
                "Call again each day you are off",
                "Unless you have a fit note. From the eighth calendar day you need one from "
                "your GP.",
            ),
            (
                "Have a short return-to-work chat",
                "On your first day back, with your team lead: how you are, and whether you "
                "need anything adjusted.",
            ),
        ],
    ),
    ("h2", "How sick cover is arranged"),
    (
        "p",
        "<p>When a shift is short, the team lead posts a <b>Shift &amp; cover</b> news item "
        "with the shift, the queue and the skills needed. Reply to the lead to volunteer. "
        "Cover is offered first to people who have not covered recently, so the same few "
        "don't always carry the team. Extra hours are paid at the overtime rate in your "
        "contract.</p>",
    ),
    (
        "checklist",
        "Before you offer to cover",
        [
            "You will have at least 11 hours' rest between shifts",
            "You won't work more than six days in a row",
            "You are trained on the queue the shift needs",
            "You have replied to the team lead, not only to the group chat",
        ],
    ),
    (
        "tip",
        "Emergencies",
        "<p>If something happens during a shift, tell your team lead and go. We will find "
        "cover. Nobody is penalised for a genuine emergency.</p>",
    ),
]

IDENTITY_BODY = [
    (
        "p",
        "<p>We hold personal and financial details about millions of customers, and under UK "
        "data-protection law we must make sure we only ever discuss them with the customer "
        "or someone they have authorised. Fraudsters call contact centres precisely because "
        "they hope someone will skip a check. This policy applies to every call, inbound and "
        'outbound. The <a href="https://ico.org.uk/for-organisations/">ICO\'s guidance for '
        "organisations</a> explains the law behind it.</p>",
    ),
    ("h2", "Two checks before any account detail"),
    (
        "p",
        "<p>Before you discuss, change or confirm anything about an account, the caller must "
        "give their <b>full name</b> and the <b>first line of the address with the "
        "postcode</b>, and then pass <b>two</b> of these checks:</p>"
        "<ul><li>date of birth</li><li>the security answer on the account</li><li>the amount "
        "of the last bill</li><li>the last four digits of the bank account that pays the "
        "direct debit</li><li>a one-time code we text to the mobile number on the "
        "account</li></ul>",
    ),
    (
        "steps",
        "Checking a caller",
        [
            ("Ask for name, address and postcode", "Search the CRM with what they tell you."),
            ("Ask two checks from the list", "Choose checks the caller is likely to know."),
            (
                "If one check fails, offer a different one",
                "Note the failed check. Don't give hints or say which part was wrong.",
            ),
            (
                "If two checks fail, stop",
                "Explain politely that you can't discuss the account, and offer the one-time "
                "code or a visit to a store with ID.",
            ),
            ("Record the result", '"ID verified, two checks" or "ID failed" in the note.'),
        ],
    ),
    (
        "rule",
        "Never give hints",
        '<p>Ask open questions: "What\'s the first line of your address?", never "Is it 12 '
        'Elm Road?". Never read out account details for the caller to confirm, and never ask '
        "for a full card number, PIN or password.</p>",
    ),
    ("h2", "People calling for someone else"),
    (
        "p",
        "<p>A relative or carer can discuss the account only if the CRM lists them as an "
        "<b>authorised contact</b> or holds a registered power of attorney for them. They "
        "pass the same checks about themselves. Anyone else can be given general information "
        "(our prices, how to pay, opening hours) but nothing from the account.</p>",
    ),
    (
        "warning",
        "Signs of a fraud attempt",
        "<ul><li>Pressure to hurry, or anger when you ask a check</li><li>Wrong answers "
        'followed by "sorry, I meant..." and the right one</li><li>Asking to change the '
        "contact details and the password on the same call</li><li>Someone prompting the "
        "caller in the background</li></ul><p>Stay polite, do not discuss the account, and "
        'transfer to the fraud team with code <b>TRF</b> and "suspected fraud" in the '
        "note.</p>",
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                "After name, address and postcode, how many checks must a caller pass?",
                ["One", "Two", "Three", "None if they know the account number"],
                2,
                "Two checks from the list, every time.",
            ),
            (
                'A caller gets the date of birth wrong, then says "sorry, I meant..." and '
                "gives the right one. What do you do?",
                [
                    "Accept it: everyone makes mistakes",
                    "Treat the check as failed, offer a different check and note it",
                    "Give them a hint to be fair",
                ],
                2,
                "A failed check stays failed. Correcting after a wrong answer is a common "
                "fraud sign.",
            ),
            (
                "Which question is allowed?",
                [
                    '"Can you confirm your address is 12 Elm Road?"',
                    '"What\'s the first line of your address and the postcode?"',
                    '"Can you read me your card number?"',
                ],
                2,
                "Ask open questions; never read details out, never ask for a card number.",
            ),
            (
                "A daughter calls about her father's bill. She is not an authorised contact. "
                "What can you tell her?",
                [
                    "Everything, if she knows his date of birth",
                    "General information only, nothing from his account",
                    "The balance but not the payments",
                ],
                2,
                "Only the customer and authorised contacts may hear account details.",
            ),
            (
                "A caller fails two checks. What next?",
                [
                    "Try a third and a fourth check",
                    "Stop discussing the account, explain politely and note the call",
                    "Transfer them to a team lead to verify",
                ],
                2,
                "Offer the one-time code or a store visit with ID instead.",
            ),
        ],
    ),
]

PAYMENT_BODY = [
    (
        "p",
        "<p>Customers can pay a bill or an overdue balance over the phone. Card details are "
        "the most sensitive data we handle, and the card industry's security standard (PCI "
        "DSS) says they must never be heard, seen or stored by the operator. That is why we "
        "use <b>secure keypad entry</b>: the customer types the card number on their phone's "
        "keypad, and the tones are masked so that you only hear a flat beep.</p>",
    ),
    (
        "steps",
        "Taking the payment",
        [
            (
                "Verify the caller's identity",
                "Two checks, as for any account call. No payment without verification.",
            ),
            (
                "Agree the amount and what it pays for",
                '"That\'s £58.20 for the March bill, is that right?"',
            ),
            (
                "Explain the keypad",
                "\"I'll ask you to type your card number on your phone's keypad. I won't hear "
                'the numbers, just a beep."',
            ),
            (
                "Press Secure payment in the CRM",
                "Stay on the line. The screen shows each field turning green as it's entered.",
            ),
            (
                "Read back the result",
                "Tell the customer the amount and the payment reference, then code the call.",
            ),
        ],
    ),
    (
        "rule",
        "Never hear, write or type a card number",
        "<p>If a customer starts reading their card number out loud, stop them politely: "
        '"Please don\'t read it to me; the keypad keeps it safe." Never write card details '
        "on paper or in a note, even partly.</p>",
    ),
    (
        "do_dont",
        "",
        [
            (
                "Tell the customer what's happening during the silences.",
                "Leave them wondering whether the call has dropped.",
            ),
            (
                "Read back the amount and the payment reference.",
                "Read back any part of the card number.",
            ),
            (
                "Offer the app, online payment or a bank transfer if the keypad fails.",
                'Take the card details by voice "just this once".',
            ),
        ],
    ),
    (
        "warning",
        "If the payment fails",
        "<p>After two failed attempts, stop. The card may be blocked by the bank for "
        "security. Offer another way to pay, note the failed attempts, and use code "
        "<b>FUP</b> if the customer asked for a payment plan.</p>",
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                "A customer starts reading out their card number. What do you do?",
                [
                    "Type it into the notes quickly",
                    "Stop them politely and ask them to use the keypad",
                    "Ask them to read it more slowly",
                ],
                2,
                "Card numbers never go through the operator.",
            ),
            (
                "What do you read back after a successful payment?",
                [
                    "The full card number",
                    "The amount and the payment reference",
                    "The security code on the back of the card",
                ],
                2,
                "The reference is what the customer needs if they call again.",
            ),
            (
                "The secure payment fails twice. What next?",
                [
                    "Take the card details by voice instead",
                    "Offer another way to pay and note the attempts",
                    "Keep trying until it works",
                ],
                2,
                "Repeated failures can mean the bank has blocked the card.",
            ),
            (
                "When must you verify the caller's identity on a payment call?",
                [
                    "Before taking any payment",
                    "Only for payments over £100",
                    "Never: anyone may pay a bill",
                ],
                1,
                "A payment call is an account call, with the same checks.",
            ),
        ],
    ),
]

CANCELLATION_BODY = [
    (
        "p",
        "<p>Every customer has the right to leave, and the regulator expects leaving to be "
        "easy. Our job on a cancellation call is to understand <i>why</i> the customer wants "
        "to go, make <b>one</b> offer that fits that reason, and then respect the decision. "
        "Many customers stay because we fixed what was actually wrong; the ones who leave "
        "should leave happy enough to come back.</p>",
    ),
    (
        "rule",
        "One offer, then the customer decides",
        "<p>Make one retention offer that matches the reason given. If the customer still "
        "wants to leave, process the cancellation on the same call. Never tell a customer "
        "they have to call back, write in or speak to someone else to cancel.</p>",
    ),
    (
        "script",
        "Cancellation with a retention offer",
        "An inbound customer asks to cancel their broadband. Identity is already verified.",
        [
            (CU, "I want to cancel my broadband."),
            (
                OP,
                "I can help with that. Before I do, may I ask what's made you decide to leave? "
                "It helps us improve.",
            ),
            ("If the reason is price", CU, "I've found it cheaper elsewhere."),
            (
                OP,
                "Thanks for telling me. You're out of contract, so you're on our standard "
                "price. I can move you to the 18-month loyalty plan at £27 a month: £9 less "
                "than now, same speed. Would you like that, or shall I go ahead and cancel?",
            ),
            ("If the reason is a fault", CU, "It keeps dropping out in the evenings."),
            (
                OP,
                "I'm sorry, that's frustrating. Can I run a line test now? If there's a fault "
                "the engineer visit is free, and I'll add a month's credit for the trouble. If "
                "it doesn't fix it, you can still leave without a fee.",
            ),
            ("If the customer is moving home", CU, "We're moving house next month."),
            (
                OP,
                "We can usually move your broadband with you, often on the same day. What's "
                "the postcode of the new address?",
            ),
            ("If the customer asks for a refund", CU, "And I want last month's money back."),
            (
                OP,
                "I can see the service was down for four days last month, so I'm refunding "
                "those days now: £3.60 back to your card within five working days.",
            ),
            ("If the customer still wants to cancel", CU, "No thanks, just cancel it."),
            (
                OP,
                "Of course. Your service ends on the 14th, thirty days from today. There's no "
                "early-termination fee as you're out of contract. I'll email a prepaid bag for "
                "the router and the confirmation now. Is there anything else I can help with?",
            ),
        ],
    ),
    (
        "checklist",
        "Before you process a cancellation",
        [
            "Identity verified with two checks",
            "End date read out (30 days' notice from today)",
            "Any early-termination charge stated with the amount",
            "Router return explained and the prepaid bag ordered",
            "Confirmation email sent; code CAN, or RET if the customer stayed",
        ],
    ),
    (
        "do_dont",
        "",
        [
            (
                "Ask why the customer wants to leave, once.",
                "Ask again and again in different words.",
            ),
            (
                "Make an offer that matches their reason.",
                "Read every offer on the screen one after another.",
            ),
            (
                "Thank the customer, whatever they decide.",
                "Sound disappointed or cold when they leave.",
            ),
        ],
    ),
]

SALES_SCRIPT_LESSON_BODY = [
    (
        "p",
        "<p>The best scripts on our floor were written by operators who take the calls. A "
        "script is a tool, not a cage: it gives a new operator a safe path through the call "
        "and gives an experienced one words that have been shown to work. This lesson is for "
        "senior operators who want to write or improve one. A published script also counts "
        "as a contribution on your career ladder.</p>",
    ),
    ("h2", "Start from real calls"),
    (
        "p",
        "<p>Before you write a word, listen to ten recorded calls from the campaign: five "
        "that ended in a sale and five that didn't. Note the second the customer lost "
        "interest, the objections you heard and the words customers used for the problem. "
        "Your script should use <i>their</i> words, not the product brochure's.</p>",
    ),
    (
        "p",
        "<p>What good scripts have in common:</p><ul><li>an opening under twenty seconds, "
        "with a name, a company, a reason and a permission question</li><li>one open "
        "question early, about the customer</li><li>benefits in the customer's language, "
        "then the price stated plainly</li><li>a branch for each of the three most common "
        'objections</li><li>a clean, polite exit for a "no"</li></ul>',
    ),
    (
        "steps",
        "From idea to published script",
        [
            (
                "Draft it in Callpath",
                "Create a new guide of the kind Call script. Use the call-script block so each "
                "line and branch is clear.",
            ),
            (
                "Role-play it with three colleagues",
                "One plays a customer who objects. Cut every line that sounds unnatural out loud.",
            ),
            (
                "Pilot it on fifty live calls",
                "With your team lead's agreement, on your own calls first.",
            ),
            (
                "Compare the results",
                "Conversion, average call length and complaints, against the current script.",
            ),
            (
                "Submit it for approval",
                "Your team lead and the campaign manager review it before it goes live.",
            ),
        ],
    ),
    (
        "do_dont",
        "",
        [
            (
                'Write the way people speak: short sentences, "we\'ll", "you\'re".',
                "Paste marketing copy into the script.",
            ),
            (
                "Give each common objection its own branch.",
                "Answer every objection with the same rebuttal.",
            ),
            (
                "Leave room for the operator's own words in the discovery questions.",
                "Script every word of the conversation.",
            ),
        ],
    ),
    (
        "rule",
        "Claims must be checked",
        "<p>Every price, speed and saving in a script must be checked by the campaign "
        'manager before the pilot. Speeds are "average" or "up to", never promised, and '
        'nothing is "free" unless it really costs the customer nothing.</p>',
    ),
]

HUDDLE_BODY = [
    (
        "p",
        "<p>A floor huddle is a ten-minute stand-up at the start of a shift. Done well, it "
        "means nobody takes their first call without knowing what changed overnight, what "
        "the queue looks like and who needs cover. Done badly, it is ten minutes of numbers "
        "nobody remembers. This lesson is for trainers and team leads who run huddles.</p>",
    ),
    (
        "checklist",
        "Before the huddle",
        [
            "Check yesterday's service level and today's call forecast",
            "Read the new news items and must-reads, and note who hasn't acknowledged them",
            "Pick one skill tip you can explain in a minute",
            "Know who is off today and which breaks may have to move",
        ],
    ),
    (
        "steps",
        "Ten minutes, six parts",
        [
            (
                "Numbers (one minute)",
                "One or two figures only: yesterday's service level and today's expected peak.",
            ),
            ("Changes (two minutes)", "New rules, offers or system changes, and any must-read."),
            (
                "One skill tip (one minute)",
                "A phrase that worked, a new wrap-up code, a common mistake in notes.",
            ),
            ("Recognition (one minute)", "Name someone and say exactly what they did well."),
            ("Cover and breaks (two minutes)", "Who's covering, and any break that has to move."),
            (
                "Questions (the rest)",
                "Anything you can't answer now, you answer by the end of the shift.",
            ),
        ],
    ),
    (
        "do_dont",
        "",
        [
            ("Start on time and finish in ten minutes.", "Let the huddle eat into call time."),
            (
                'Praise specific behaviour: "Kwame\'s call notes this week were spotless".',
                'Say "well done everyone" and move on.',
            ),
            (
                "Talk about the team's results in the huddle.",
                "Discuss one person's poor results in front of the team.",
            ),
        ],
    ),
    (
        "tip",
        "People working from home",
        "<p>Run the huddle on a call as well as on the floor, and ask a remote colleague a "
        "question early so they are part of it rather than listening in.</p>",
    ),
]

COACHING_BODY = [
    (
        "p",
        "<p>A quality review scores a call against the scorecard. The score on its own "
        "changes nothing; the coaching conversation afterwards is what helps an operator get "
        "better. This lesson is for trainers and team leads who coach after reviews.</p>",
    ),
    (
        "steps",
        "A coaching session",
        [
            (
                "Meet within two working days of the review",
                "The operator should still remember the call.",
            ),
            (
                "Listen to the call together",
                "Use headphones in a quiet room, not on the floor.",
            ),
            (
                "Ask the operator to assess the call first",
                '"What went well? What would you do differently?" Most people spot their own '
                "gaps, and what they find themselves they remember.",
            ),
            (
                "Name one strength and one focus",
                "Not five things to fix. One clear change is more likely to stick.",
            ),
            (
                "Agree a specific action",
                '"On the next ten calls, summarise the next step before you close."',
            ),
            (
                "Record it and follow up",
                "Note the action on the operator's record in Callpath, and review another call "
                "a week later to see if it stuck.",
            ),
        ],
    ),
    (
        "rule",
        "Critical fails are coached the same day",
        "<p>A call where identity checks were skipped, card details were heard or a customer "
        "was misled is a critical fail. Speak to the operator on the same shift, and tell "
        "the team lead.</p>",
    ),
    (
        "do_dont",
        "",
        [
            (
                "Talk about the call and the behaviour.",
                "Talk about the person's attitude or character.",
            ),
            (
                "Use the operator's own words from the self-assessment.",
                "Read the scorecard out line by line.",
            ),
            ("End with the agreed action and a date.", 'End with "just try harder".'),
        ],
    ),
    (
        "tip",
        "Coach the good calls too",
        "<p>Review strong calls as well as weak ones. Hearing exactly what made a call good "
        "helps an operator repeat it, and makes coaching something people look forward "
        "to.</p>",
    ),
]

ESCALATION_BODY = [
    (
        "p",
        "<p>A complaint is <b>any expression of dissatisfaction</b>, spoken or written, "
        'whether or not the customer uses the word "complaint". Most complaints can and '
        "should be resolved on the first call. Escalation is for the ones that can't, and it "
        "should feel to the customer like progress, not like being passed along.</p>",
    ),
    ("h2", "Resolve first"),
    (
        "p",
        "<p>Listen, apologise for the experience and look for a fix within your authority: "
        "you can refund up to £50, waive a late-payment fee or book an engineer. If that "
        "fixes it, code the call <b>RES</b> and record the complaint in the note.</p>",
    ),
    ("h2", "When and how to escalate"),
    (
        "steps",
        "",
        [
            (
                "Escalate when you can't resolve it",
                "Because it needs more than your authority, or because the customer asks for "
                "it to be escalated.",
            ),
            (
                "Open the escalation form in the CRM",
                "Choose Complaint, then Escalate. The form goes to the complaints team's queue.",
            ),
            (
                "Write the complaint in the customer's words",
                "What went wrong, what you have done, and what the customer wants to happen.",
            ),
            (
                "Tell the customer what happens next",
                "The complaints team will contact them within two working days; give them the "
                "reference.",
            ),
            ("Code the call ESC", "So the complaint is counted and tracked."),
        ],
    ),
    (
        "tip",
        "Ombudsman and deadlock letters",
        "<p>If a complaint isn't resolved within <b>eight weeks</b>, or we send a deadlock "
        "letter, the customer can take it to the independent ombudsman for free. If a "
        "customer mentions the ombudsman, don't argue: explain the process and escalate.</p>",
    ),
    (
        "do_dont",
        "",
        [
            (
                "Tell the customer your name and the reference.",
                'Say "someone will call you" without a time.',
            ),
            (
                "Record what the customer wants as an outcome.",
                "Decide on their behalf what would satisfy them.",
            ),
        ],
    ),
    (
        "quiz",
        "Check your understanding",
        [
            (
                'A customer says "I\'m not happy with how this was handled" but never says '
                '"complaint". Is it a complaint?',
                [
                    "No, they must use the word complaint",
                    "Yes, any expression of dissatisfaction is a complaint",
                    "Only if they ask for compensation",
                ],
                2,
                "The customer doesn't have to use any particular word.",
            ),
            (
                "When should you escalate a complaint?",
                [
                    "Whenever the customer raises their voice",
                    "When it needs more than your authority, or the customer asks",
                    "Never: always resolve it yourself",
                ],
                2,
                "Resolve what you can; escalate what you can't.",
            ),
            (
                "What must the escalation note contain?",
                [
                    "The complaint in the customer's words, what you did and what they want",
                    "Only the account number",
                    "Your view of the customer",
                ],
                1,
                "The complaints team should not have to call the customer to ask again.",
            ),
            (
                "After how long can a customer take an unresolved complaint to the ombudsman?",
                ["Two weeks", "Eight weeks", "Six months", "One year"],
                2,
                "Eight weeks, or sooner if we send a deadlock letter.",
            ),
        ],
    ),
]

SURVEY_INTRO_BODY = [
    (
        "p",
        "<p>The first thirty seconds decide whether someone agrees to an interview. People "
        "are wary of calls from numbers they don't know, so the introduction must say "
        "clearly who we are, who the research is for, how long it takes and that nothing "
        "will be sold. We follow the <a "
        'href="https://www.mrs.org.uk/standards/code-of-conduct">Market Research Society '
        "Code of Conduct</a> on every survey.</p>",
    ),
    (
        "checklist",
        "Before you dial",
        [
            "Check the quota screen: is this group of respondents still needed?",
            "Check the calling window for the project (usually 10:00 to 20:30)",
            "Read the client's name and the survey length from the project brief",
            "Have the respondent's screening answers open",
        ],
    ),
    (
        "script",
        "Introduction: customer satisfaction survey",
        "Outbound survey call for a client, to a customer who had an engineer visit in the "
        "last fourteen days.",
        [
            (
                OP,
                "Good evening, may I speak to Ms Chen? Hello, my name is Elena and I'm calling "
                "from Callpath Research on behalf of Northwind Energy. We're asking customers "
                "about their recent engineer visit. It takes about eight minutes. Is now a "
                "convenient time?",
            ),
            ("If the respondent agrees", CU, "Yes, go ahead."),
            (
                OP,
                "Thank you. This call is recorded for quality and training. Your answers are "
                "confidential and are reported together with other customers' answers. You "
                "can skip any question or stop at any time. Are you happy to continue?",
            ),
            ("If the respondent asks if it's a sales call", CU, "Are you selling something?"),
            (
                OP,
                "No, this is research only. Nobody will try to sell you anything, during this "
                "call or because of it.",
            ),
            ("If the respondent asks how we got their number", CU, "Where did you get my number?"),
            (
                OP,
                "Northwind Energy shared it with us only for this survey, and we delete it when "
                "the survey ends.",
            ),
            ("If now is not convenient", CU, "I'm making dinner."),
            (OP, "Of course. When would suit you better? I can call back this week."),
            ("If the respondent declines", CU, "No thanks, I don't do surveys."),
            (
                OP,
                "That's absolutely fine. Thank you for your time, and have a good evening. "
                "(Code REF.)",
            ),
        ],
    ),
    (
        "do_dont",
        "",
        [
            (
                "Give the real length of the survey.",
                'Say "just a couple of minutes" for an eight-minute survey.',
            ),
            ("Accept a refusal at once and politely.", "Try to talk a refusal round."),
            (
                "Mention the recording before the first question.",
                "Leave the recording notice to the end.",
            ),
        ],
    ),
    (
        "rule",
        "Research is never selling",
        "<p>Never sell, promote or collect sales leads during a survey call, and never pass "
        "a respondent's details to a sales team. If a respondent asks about a product, give "
        "them the client's public phone number.</p>",
    ),
]

# slug, title, kind, topics, levels, owner, summary, days since first and last published,
# days since last review (None: never), days until review (negative: overdue, None: unset)
GUIDES = [
    {
        "slug": "first-week-checklist",
        "title": "First-week checklist for supervised trainees",
        "kind": GuideKind.GUIDE,
        "topics": ["team-shifts", "tools-crm"],
        "levels": ["trainee"],
        "owner": "mentor",
        "summary": "What to set up on day one, how supervised calls work and the rules that "
        "apply from your first call.",
        "published": 320,
        "updated": 35,
        "reviewed": 35,
        "review_in": 150,
        "body": FIRST_WEEK_BODY,
    },
    {
        "slug": "handling-an-angry-caller",
        "title": "Handling an angry caller",
        "kind": GuideKind.GUIDE,
        "topics": ["inbound-support", "voice-wellbeing"],
        "levels": ["trainee", "operator"],
        "owner": "mentor",
        "summary": "Listen, empathise, apologise, plan: how to calm a caller down, what to say "
        "and when you may end an abusive call.",
        "published": 300,
        "updated": 90,
        "reviewed": 90,
        "review_in": 95,
        "body": ANGRY_CALLER_BODY,
    },
    {
        "slug": "outbound-sales-opening-script",
        "title": "Outbound sales opening script",
        "kind": GuideKind.SCRIPT,
        "topics": ["outbound-sales"],
        "levels": ["operator", "senior-operator"],
        "owner": "pkowalski",
        "summary": "The first minute of a full-fibre upgrade call, with branches for price, "
        '"happy as I am", "need to think" and do-not-call.',
        "published": 280,
        "updated": 20,
        "reviewed": 20,
        "review_in": 70,
        "body": SALES_OPENING_BODY,
    },
    {
        "slug": "survey-interviewing-technique",
        "title": "Survey interviewing technique",
        "kind": GuideKind.LESSON,
        "topics": ["surveys"],
        "levels": ["operator", "senior-operator"],
        "owner": "abrennan",
        "summary": "Reading questions exactly, staying neutral, probing open answers and "
        "keeping a respondent with you to the end.",
        "published": 260,
        "updated": 110,
        "reviewed": 110,
        "review_in": 25,
        "body": SURVEY_TECHNIQUE_BODY,
    },
    {
        "slug": "voice-care-and-breaks",
        "title": "Voice care and breaks",
        "kind": GuideKind.GUIDE,
        "topics": ["voice-wellbeing", "team-shifts"],
        "levels": ["trainee", "operator", "senior-operator"],
        "owner": "abrennan",
        "summary": "Habits that keep your voice clear through a shift, your break entitlement, "
        "a one-minute reset after a hard call, and when to see a doctor.",
        "published": 250,
        "updated": 46,
        "reviewed": 46,
        "review_in": 135,
        "body": VOICE_CARE_BODY,
    },
    {
        "slug": "crm-wrap-up-codes",
        "title": "CRM wrap-up codes",
        "kind": GuideKind.GUIDE,
        "topics": ["tools-crm", "inbound-support"],
        "levels": ["trainee", "operator"],
        "owner": "mentor",
        "summary": "Which wrap-up code to choose and how to write a CRM note the next "
        "colleague (and the customer) can read.",
        "published": 340,
        "updated": 12,
        "reviewed": 12,
        "review_in": 170,
        "body": CRM_CODES_BODY,
    },
    {
        "slug": "shift-swaps-and-sick-cover",
        "title": "How shift swaps and sick cover work",
        "kind": GuideKind.POLICY,
        "topics": ["team-shifts"],
        "levels": ["trainee", "operator", "senior-operator"],
        "owner": "lead",
        "summary": "How to swap a shift, what to do when you are sick, and how cover is shared "
        "fairly without anyone working unsafe hours.",
        "published": 200,
        "updated": 55,
        "reviewed": 55,
        "review_in": 125,
        "body": SHIFT_SWAPS_BODY,
    },
    {
        "slug": "verifying-a-callers-identity",
        "title": "Verifying a caller's identity (data protection)",
        "kind": GuideKind.POLICY,
        "topics": ["inbound-support", "tools-crm"],
        "levels": ["trainee", "operator"],
        "owner": "mentor",
        "summary": "The two checks every caller passes before we discuss an account, people "
        "calling for someone else, and the signs of a fraud attempt.",
        "published": 180,
        "updated": 42,
        "reviewed": 42,
        "review_in": 140,
        "body": IDENTITY_BODY,
    },
    {
        "slug": "taking-a-payment-over-the-phone",
        "title": "Taking a payment over the phone",
        "kind": GuideKind.GUIDE,
        "topics": ["inbound-support", "tools-crm"],
        "levels": ["trainee", "operator"],
        "owner": "mentor",
        "summary": "Secure keypad payments step by step, and why you must never hear, write or "
        "type a card number.",
        "published": 330,
        "updated": 200,
        "reviewed": 200,
        "review_in": -20,
        "body": PAYMENT_BODY,
    },
    {
        "slug": "handling-a-cancellation-request",
        "title": "Handling a cancellation request",
        "kind": GuideKind.SCRIPT,
        "topics": ["inbound-support", "outbound-sales"],
        "levels": ["operator", "senior-operator"],
        "owner": "pkowalski",
        "summary": "Find the reason, make one fitting offer, then respect the decision: a "
        "retention script with branches for price, faults, moving and refunds.",
        "published": 150,
        "updated": 75,
        "reviewed": 75,
        "review_in": 105,
        "body": CANCELLATION_BODY,
    },
    {
        "slug": "writing-an-effective-sales-script",
        "title": "Writing an effective sales script",
        "kind": GuideKind.LESSON,
        "topics": ["outbound-sales"],
        "levels": ["senior-operator"],
        "owner": "pkowalski",
        "summary": "For senior operators: how to turn what you hear on real calls into a "
        "script, pilot it and get it approved.",
        "published": 310,
        "updated": 190,
        "reviewed": 190,
        "review_in": -8,
        "body": SALES_SCRIPT_LESSON_BODY,
    },
    {
        "slug": "running-a-floor-huddle",
        "title": "Running a floor huddle",
        "kind": GuideKind.LESSON,
        "topics": ["team-shifts"],
        "levels": ["trainer", "team-lead"],
        "owner": "lead",
        "summary": "A ten-minute start-of-shift huddle in six parts that people remember.",
        "published": 120,
        "updated": 120,
        "reviewed": None,
        "review_in": None,
        "body": HUDDLE_BODY,
    },
    {
        "slug": "coaching-after-a-quality-review",
        "title": "Coaching after a quality review",
        "kind": GuideKind.LESSON,
        "topics": ["team-shifts", "voice-wellbeing"],
        "levels": ["trainer", "team-lead"],
        "owner": "abrennan",
        "summary": "Turning a quality score into one change an operator will actually make.",
        "published": 90,
        "updated": 30,
        "reviewed": None,
        "review_in": None,
        "body": COACHING_BODY,
    },
    {
        "slug": "escalating-a-complaint",
        "title": "Escalating a complaint",
        "kind": GuideKind.GUIDE,
        "topics": ["inbound-support"],
        "levels": ["operator", "senior-operator"],
        "owner": "mentor",
        "summary": "What counts as a complaint, what you can fix yourself, and how to escalate "
        "with the new CRM form so the customer feels progress.",
        "published": 210,
        "updated": 4,
        "reviewed": 4,
        "review_in": 180,
        "body": ESCALATION_BODY,
    },
    {
        "slug": "survey-introduction-script",
        "title": "Survey introduction and consent script",
        "kind": GuideKind.SCRIPT,
        "topics": ["surveys"],
        "levels": ["trainee", "operator"],
        "owner": "abrennan",
        "summary": "The first thirty seconds of a survey call: who we are, who it's for, how "
        "long it takes, recording and consent.",
        "published": 290,
        "updated": 230,
        "reviewed": 230,
        "review_in": -45,
        "body": SURVEY_INTRO_BODY,
    },
]

# ---------------------------------------------------------------------------------------
# Team news, newest first. days_ago: the news date; acknowledge_in: days from the load date
# (negative: already passed); pinned_for: days the item stays on top; teams: team slugs.

NEWS = [
    {
        "slug": "sick-cover-saturday-early-shift",
        "title": "Sick cover needed: Saturday early shift, 07:00 to 15:00",
        "category": NewsCategory.SHIFT_COVER,
        "author": "lead",
        "days_ago": 2,
        "summary": "Two people on Saturday's early shift are off sick. We need two colleagues "
        "trained on the billing queue; the overtime rate applies.",
        "body": [
            (
                "p",
                "<p>Two colleagues on Saturday's early shift (07:00 to 15:00) are off sick, and "
                "the forecast shows the billing queue at its busiest between 09:00 and 11:00. "
                "We need <b>two people trained on the inbound billing queue</b>.</p>",
            ),
            (
                "checklist",
                "Before you volunteer",
                [
                    "You will have had 11 hours' rest since your Friday shift",
                    "Saturday won't be your seventh working day in a row",
                    "Reply to Sofia by Thursday 17:00",
                ],
            ),
            (
                "p",
                "<p>Cover goes first to anyone who hasn't covered in the last month. The hours "
                "are paid at the overtime rate. Thank you. Sofia</p>",
            ),
        ],
    },
    {
        "slug": "new-complaint-escalation-form",
        "title": "Complaints: new escalation form in the CRM from Monday",
        "category": NewsCategory.POLICY,
        "author": "lead",
        "days_ago": 3,
        "must_read": True,
        "acknowledge_in": 4,
        "summary": "From Monday every escalated complaint goes through the new CRM form "
        "instead of the complaints mailbox. Read what changes and acknowledge it.",
        "body": [
            (
                "p",
                "<p>Escalated complaints currently reach the complaints team by email, and some "
                "wait days before anyone picks them up. From Monday they go through a form in "
                "the CRM, straight into the complaints team's queue, with a reference the "
                "customer can quote.</p>",
            ),
            (
                "checklist",
                "What changes for you",
                [
                    "Escalate with Complaint, then Escalate, on the customer's record",
                    "Write the complaint in the customer's words, and what they want to happen",
                    "Give the customer the reference and tell them they'll hear within two "
                    "working days",
                    "Code the call ESC, as before",
                ],
            ),
            (
                "rule",
                "The complaints mailbox closes",
                "<p>The complaints mailbox closes on Monday at 08:00. Anything sent to it after "
                "that is returned. The updated guide is <a "
                'href="/guides/escalating-a-complaint/">Escalating a complaint</a>.</p>',
            ),
        ],
    },
    {
        "slug": "next-months-rota-published",
        "title": "Next month's rota is out: swap requests by Friday",
        "category": NewsCategory.SHIFT_COVER,
        "author": "lead",
        "days_ago": 5,
        "pinned_for": 14,
        "summary": "The rota for next month is on Callpath. Check your shifts and send any swap "
        "requests by Friday at 12:00.",
        "body": [
            (
                "p",
                "<p>Next month's rota is published. It includes the extra evening shifts for "
                "the full-fibre campaign and the new voice-rest time, so some break times have "
                "moved by fifteen minutes.</p>",
            ),
            (
                "checklist",
                "Please check",
                [
                    "Your shifts and break times for every week",
                    "That your approved holidays show as leave",
                    "Swap requests on the swap board by Friday at 12:00",
                ],
            ),
            (
                "tip",
                "Swaps after Friday",
                "<p>Swaps are still possible later with 48 hours' notice, as in <a "
                'href="/guides/shift-swaps-and-sick-cover/">How shift swaps and sick cover '
                "work</a>, but the choice of partners is smaller.</p>",
            ),
        ],
    },
    {
        "slug": "full-fibre-upgrade-campaign-starts",
        "title": "Full-fibre upgrade campaign starts Monday",
        "category": NewsCategory.CAMPAIGN,
        "author": "rhughes",
        "days_ago": 6,
        "teams": ["outbound-sales"],
        "summary": "Our biggest campaign this year: calling broadband customers whose streets "
        "have just been connected to full fibre. Briefing on Monday at 08:30.",
        "body": [
            (
                "p",
                "<p>From Monday the Outbound Sales team calls around 18,000 customers whose "
                "streets have just been connected to full fibre and whose contracts end in "
                "the next 90 days. The team target is 9% conversion over six weeks.</p>",
            ),
            (
                "checklist",
                "Before your first campaign call",
                [
                    "Come to the briefing on Monday at 08:30 in Training Room 2",
                    "Read the updated Outbound sales opening script",
                    "Learn the price card: £4 a month more than standard, fixed for 24 months",
                    "Practise the price objection with your buddy",
                ],
            ),
            (
                "tip",
                '"I\'m happy as I am"',
                "<p>In the pilot, customers who said this often changed their minds when told "
                "their price goes up at the end of the contract. Piotr and Marcus will listen "
                "in during the first week to help, not to score.</p>",
            ),
        ],
    },
    {
        "slug": "grace-adeyemi-hundred-five-star-calls",
        "title": "Grace Adeyemi: a hundred five-star calls",
        "category": NewsCategory.RECOGNITION,
        "author": "lead",
        "days_ago": 8,
        "summary": "Grace from Inbound Support has passed one hundred five-star ratings in "
        "customer feedback this quarter. Here is what customers said.",
        "body": [
            (
                "p",
                "<p>Grace Adeyemi has received her hundredth five-star rating this quarter, "
                'the most on the floor. A few of the comments:</p><ul><li><i>"Grace explained '
                'my bill better than anyone has in ten years."</i></li><li><i>"She rang me '
                'back exactly when she said she would."</i></li><li><i>"Patient with my dad, '
                'who is hard of hearing."</i></li></ul>',
            ),
            (
                "p",
                "<p>What stands out when you listen to Grace's calls: she sums up what will "
                "happen next, with a date, before every goodbye. Grace will play two of her "
                "calls at Thursday's huddle. Thank you, Grace.</p>",
            ),
        ],
    },
    {
        "slug": "crm-outage-follow-up",
        "title": "CRM outage on Tuesday: what happened and what to do next time",
        "category": NewsCategory.ANNOUNCEMENT,
        "author": "lead",
        "days_ago": 10,
        "summary": "The CRM was down for 47 minutes on Tuesday morning. The cause, what has been "
        "fixed, and the paper fallback to use if it happens again.",
        "body": [
            (
                "p",
                "<p>On Tuesday between 09:12 and 09:59 the CRM did not load customer records. "
                "The cause was a failed database update by our supplier. They rolled it back "
                "and have agreed to release updates outside our opening hours from now on.</p>",
            ),
            (
                "checklist",
                "If the CRM goes down again",
                [
                    "Tell callers we have a system problem and offer a callback the same day",
                    "Write name, number, reason and callback time on an outage form (blue "
                    "folder on each bank of desks)",
                    "Don't take payments or make account changes",
                    "When the CRM is back, enter your forms before taking new calls, coded CBK",
                ],
            ),
            (
                "p",
                "<p>Thank you to everyone who kept calm: all 212 callbacks were made by 15:00.</p>",
            ),
        ],
    },
    {
        "slug": "northwind-survey-new-questionnaire",
        "title": "Northwind Energy survey: new questionnaire from Monday",
        "category": NewsCategory.CAMPAIGN,
        "author": "tnguyen",
        "days_ago": 13,
        "teams": ["customer-surveys"],
        "summary": "The Northwind engineer-visit survey gets a shorter questionnaire and two "
        "new open questions. Briefing on Monday at 13:30.",
        "body": [
            (
                "p",
                "<p>Northwind Energy has shortened the engineer-visit questionnaire after "
                "respondents told us it felt long. The new version goes live on Monday.</p>",
            ),
            (
                "checklist",
                "What changes",
                [
                    "The interview is eight minutes instead of eleven: say so in the introduction",
                    "Two new open questions about the engineer's arrival time: probe fully",
                    "Quota of 400 completed interviews a week, split by region",
                ],
            ),
            (
                "tip",
                "Refresher on probing",
                "<p>Aoife runs 30-minute refreshers on neutral probing on Tuesday and Wednesday "
                "at 14:00. Book a place with your team lead.</p>",
            ),
        ],
    },
    {
        "slug": "new-noise-cancelling-headsets",
        "title": "New noise-cancelling headsets arrive next week",
        "category": NewsCategory.ANNOUNCEMENT,
        "author": "lead",
        "days_ago": 16,
        "summary": "Everyone gets a new noise-cancelling headset next week. Swap times by team "
        "are below; bring your old headset with you.",
        "body": [
            (
                "p",
                "<p>The new headsets cut background noise for the customer and for you, so "
                "calls from the busy end of the floor will sound much quieter. Each comes with "
                "your own ear cushions; spares are at the IT desk.</p>",
            ),
            (
                "checklist",
                "Swap times (IT desk, ground floor)",
                [
                    "Inbound Support: Monday 10:00 to 12:00",
                    "Outbound Sales: Tuesday 14:00 to 16:00",
                    "Customer Surveys: Wednesday 10:00 to 12:00",
                ],
            ),
            (
                "tip",
                "Speak at your normal volume",
                "<p>The microphone picks up less noise, so you won't need to raise your voice. "
                "Set it two fingers' width from the corner of your mouth.</p>",
            ),
        ],
    },
    {
        "slug": "promotions-liam-carter-hannah-fischer",
        "title": "Promotions: Liam Carter and Hannah Fischer are now senior operators",
        "category": NewsCategory.RECOGNITION,
        "author": "lead",
        "days_ago": 20,
        "summary": "Congratulations to Liam and Hannah, promoted to senior operator after "
        "consistently strong quality reviews and months of helping new starters.",
        "body": [
            (
                "p",
                "<p>Liam Carter and Hannah Fischer from Inbound Support are now senior "
                "operators. Both have scored above 90% in every quality review this year, and "
                "between them they have buddied five trainees through their first weeks.</p>",
            ),
            (
                "p",
                "<p>Liam will take on escalated billing calls; Hannah is working with Daniel "
                "on an update to the payments guide. If you want to know what the next step "
                "needs for you, your career page shows it, and your team lead is happy to "
                "talk it through.</p>",
            ),
        ],
    },
    {
        "slug": "thank-you-long-weekend-cover",
        "title": "Thank you for covering the long weekend",
        "category": NewsCategory.SHIFT_COVER,
        "author": "lead",
        "days_ago": 24,
        "summary": "Seven people gave up part of their long weekend so the queues stayed open. "
        "Thank you.",
        "body": [
            (
                "p",
                "<p>Flu took out a quarter of the long-weekend rota. These colleagues stepped "
                "in: Kwame Mensah, Priya Sharma and Jonas Lindqvist (Inbound Support), Leila "
                "Karimi and Kofi Boateng (Outbound Sales), and Mei Chen and Ben Thompson "
                "(Customer Surveys).</p>",
            ),
            (
                "p",
                "<p>Thanks to them, 82% of calls on the Monday were answered within 60 "
                "seconds, against a forecast of 70% with the gaps. Everyone who covered gets "
                "first choice of preferred shifts next month.</p>",
            ),
        ],
    },
    {
        "slug": "sim-only-retention-campaign-results",
        "title": "SIM-only retention campaign: final results",
        "category": NewsCategory.CAMPAIGN,
        "author": "rhughes",
        "days_ago": 29,
        "summary": "The six-week SIM-only retention campaign ended on Friday with 1,140 "
        "customers kept, 14% above target.",
        "body": [
            (
                "p",
                "<p>The Outbound Sales team called 9,800 SIM-only customers at the end of "
                "their contracts and kept 1,140 of them, 14% above target, with only six "
                "complaints.</p><p>What worked:</p><ul><li>asking about the customer's data "
                "use before quoting any plan</li><li>the new branch for \"I'm going to a "
                'cheaper network"</li><li>calling back at the time the customer chose</li>'
                "</ul>",
            ),
            (
                "p",
                "<p>The new branch was written by Marcus Bell and Oscar Nilsson after "
                "listening to fifty lost calls. It is now part of the retention script for "
                "every campaign.</p>",
            ),
        ],
    },
    {
        "slug": "welcome-new-trainees",
        "title": "Welcome to our new trainees",
        "category": NewsCategory.ANNOUNCEMENT,
        "author": "lead",
        "days_ago": 34,
        "summary": "Six new trainees join the floor this week. Say hello, and help them when "
        "they ask.",
        "body": [
            (
                "p",
                "<p>Please welcome Chloe Dubois and Yusuf Demir (Inbound Support), Ana Ferreira "
                "and Megan Price (Outbound Sales), and Callum Reid and Fatima Zahra (Customer "
                "Surveys). They spend this week in training and start supervised calls next "
                "week.</p>",
            ),
            (
                "tip",
                "Buddies wanted",
                "<p>We need two more buddies to let trainees listen in on live calls. It counts "
                "towards the senior operator level. Tell your team lead if you are "
                "interested.</p>",
            ),
        ],
    },
    {
        "slug": "two-identity-checks-rule",
        "title": "New rule: two identity checks before any account detail",
        "category": NewsCategory.POLICY,
        "author": "lead",
        "days_ago": 42,
        "must_read": True,
        "acknowledge_in": -32,
        "summary": "From today every caller passes two security checks, not one, before we "
        "discuss their account. Read the updated policy and acknowledge it.",
        "body": [
            (
                "p",
                "<p>Impersonation attempts on contact centres have risen sharply across the "
                "industry this year, and we had three attempts last month. From today the "
                "identity policy asks for two checks instead of one.</p>",
            ),
            (
                "checklist",
                "What changes",
                [
                    "Name, address and postcode, then two checks from the list (was one)",
                    "A new check: a one-time code texted to the mobile number on the account",
                    "A failed check: offer a different one; after two failed checks, stop",
                    'Note "ID verified, two checks" on every account call',
                ],
            ),
            (
                "rule",
                "Every call",
                "<p>This applies to inbound and outbound calls, and to calls transferred to "
                'you. Read the full policy: <a href="/guides/verifying-a-callers-identity/">'
                "Verifying a caller's identity</a>.</p>",
            ),
        ],
    },
    {
        "slug": "voice-rest-added-to-breaks",
        "title": "Voice rest added to the break schedule",
        "category": NewsCategory.POLICY,
        "author": "tnguyen",
        "days_ago": 48,
        "summary": "You can now take five minutes of voice rest after every two hours of talk "
        "time, on top of your breaks.",
        "body": [
            (
                "p",
                "<p>After the staff survey, where a third of you said your voice was tired by "
                "the end of a shift, we have added voice rest to the schedule. After every two "
                "hours of talk time you may take five minutes away from calls. Workforce "
                "planning has added it to the forecast, so it doesn't leave the team short.</p>",
            ),
            (
                "tip",
                "How to take it",
                "<p>Set your status to <b>Voice rest</b> in the phone system; it switches back "
                'after five minutes. More advice in <a href="/guides/voice-care-and-breaks/">'
                "Voice care and breaks</a>.</p>",
            ),
        ],
    },
    {
        "slug": "quarterly-quality-results",
        "title": "Quarterly quality results: what we are changing",
        "category": NewsCategory.ANNOUNCEMENT,
        "author": "tnguyen",
        "days_ago": 55,
        "summary": "The average quality score rose to 87%. Call notes and closing summaries are "
        "the two areas we will focus on next quarter.",
        "body": [
            (
                "p",
                "<p>Across 1,260 reviewed calls the average quality score was 87%, up from 83%. "
                "Identity checks were right on 99% of calls. Two areas lost the most "
                "points:</p>",
            ),
            (
                "checklist",
                "Next quarter's focus",
                [
                    "Call notes that say what happens next and when",
                    "A closing summary before every goodbye",
                ],
            ),
            (
                "p",
                "<p>Trainers will pick these up in coaching sessions after reviews, and the "
                "CRM wrap-up codes guide has been updated with examples of good notes.</p>",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Reading records

# Early readers of the newest must-read. The demo `operator` acknowledges nothing, so their
# home page shows must-reads waiting.
EARLY_READERS = ["lcarter", "hfischer", "gadeyemi", "kmensah"]

# The demo `operator` (Amira Haddad): guides done with their quizzes passed, and a failed
# first try at the payments quiz still to retake. (guide slug, days ago, "done" or "failed")
OPERATOR_PROGRESS = [
    ("first-week-checklist", 120, "done"),
    ("verifying-a-callers-identity", 110, "done"),
    ("crm-wrap-up-codes", 100, "done"),
    ("voice-care-and-breaks", 95, "done"),
    ("taking-a-payment-over-the-phone", 6, "failed"),
]

# The floor operators' ladder rank, from their job title in home.demo.
RANK_OF_JOB_TITLE = {"Trainee operator": 1, "Operator": 2, "Senior operator": 3}
LEVEL_RANKS = {slug: rank for slug, _title, rank, *_rest in LADDER_LEVELS}


# ---------------------------------------------------------------------------------------
# Loading


def load_kb():
    """Create the demo topics, guides, news and reading records that are missing.

    Needs the demo people and the career ladder. Returns how many objects it created, so 0
    when everything is already there.
    """
    users = {user.username: user for user in get_user_model().objects.all()}
    created = load_topics()
    created += load_guides(users)
    created += load_news(users)
    created += load_acknowledgements(users)
    created += load_progress(users)
    return created


def load_topics():
    """Create the missing topics; return how many were created."""
    created = 0
    for slug, name, description in TOPICS:
        _topic, was_created = Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        created += was_created
    return created


def load_guides(users):
    """Publish the missing guides under the guide index, backdated; return how many."""
    index = GuideIndexPage.objects.get()
    existing = set(GuidePage.objects.child_of(index).values_list("slug", flat=True))
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    levels = {level.slug: level for level in CareerLevelPage.objects.filter(slug__in=LEVEL_RANKS)}
    today = timezone.localdate()
    created = 0
    for spec in GUIDES:
        if spec["slug"] in existing:
            continue
        owner = users[spec["owner"]]
        page = index.add_child(
            instance=GuidePage(
                title=spec["title"],
                slug=spec["slug"],
                kind=spec["kind"],
                summary=spec["summary"],
                body=stream_data(spec["body"]),
                last_reviewed=days_from(today, spec["reviewed"], before=True),
                review_by=days_from(today, spec["review_in"]),
                owner=owner,
                live=False,
            )
        )
        page.topics.set([topics[slug] for slug in spec["topics"]])
        page.levels.set([levels[slug] for slug in spec["levels"]])
        publish_backdated(
            page,
            author=owner,
            publisher=users["lead"],
            first_published=moment(spec["published"], hour=10),
            last_published=moment(spec["updated"], hour=15),
        )
        created += 1
    return created


def load_news(users):
    """Publish the missing news items under the news index, backdated; return how many."""
    index = NewsIndexPage.objects.get()
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    teams = {team.slug: team for team in Team.objects.all()}
    today = timezone.localdate()
    created = 0
    # Oldest first, so the tree order matches the order the news was written in.
    for spec in reversed(NEWS):
        if spec["slug"] in existing:
            continue
        author = users[spec["author"]]
        page = index.add_child(
            instance=NewsPage(
                title=spec["title"],
                slug=spec["slug"],
                date=today - timedelta(days=spec["days_ago"]),
                category=spec["category"],
                summary=spec["summary"],
                body=stream_data(spec["body"]),
                must_read=spec.get("must_read", False),
                acknowledge_by=days_from(today, spec.get("acknowledge_in")),
                pinned_until=days_from(today, spec.get("pinned_for")),
                owner=author,
                live=False,
            )
        )
        page.teams.set([teams[slug] for slug in spec.get("teams", [])])
        published = moment(spec["days_ago"], hour=8, minute=30)
        publish_backdated(
            page,
            author=author,
            publisher=author,
            first_published=published,
            last_published=published,
        )
        created += 1
    return created


def publish_backdated(page, *, author, publisher, first_published, last_published):
    """Save a revision by the author, publish it, then move its dates into the past.

    Publishing stamps everything with "now"; the demo needs guides updated over a year, so
    the dates are rewritten afterwards without another save.
    """
    revision = page.save_revision(user=author)
    revision.publish(user=publisher)
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=first_published,
        last_published_at=last_published,
        latest_revision_created_at=last_published,
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=last_published)


def load_acknowledgements(users):
    """Read receipts on the must-read news: about half the floor confirmed the older rule,
    a few the newest one. Returns how many were created."""
    must_reads = list(NewsPage.objects.filter(must_read=True, slug__in=news_slugs()))
    if not must_reads:
        return 0
    must_reads.sort(key=lambda page: page.date)
    older, newer = must_reads[0], must_reads[-1]
    days_since_older = (timezone.localdate() - older.date).days
    planned = []
    for position, username in enumerate(list(floor_operators())[::2]):
        # Everyone who read the older rule did so within ten days of it going out.
        planned.append((username, older, days_since_older - position % 10))
    for position, username in enumerate(EARLY_READERS):
        planned.append((username, newer, 1 + position % 2))

    existing = set(Acknowledgement.objects.values_list("user_id", "page_id"))
    new = [
        Acknowledgement(
            user=users[username], page=page, acknowledged_at=moment(days_ago, hour=9 + days_ago % 8)
        )
        for username, page, days_ago in planned
        if username in users and (users[username].pk, page.pk) not in existing
    ]
    Acknowledgement.objects.bulk_create(new)
    return len(new)


def load_progress(users):
    """Guide completions and quiz attempts for the demo `operator` and the floor.

    A (user, guide) pair that already has a completion or an attempt is left alone, so the
    records are created once. Returns how many completions and attempts were created.
    """
    guides = {page.slug: page for page in GuidePage.objects.filter(slug__in=guide_slugs())}
    quizzes = {slug: page.quiz for slug, page in guides.items()}
    taken = set(GuideCompletion.objects.values_list("user_id", "page_id"))
    taken |= set(QuizAttempt.objects.values_list("user_id", "page_id"))

    plans = {"operator": OPERATOR_PROGRESS}
    for username, job_title in floor_operators().items():
        plans[username] = floor_plan(username, RANK_OF_JOB_TITLE.get(job_title, 2))

    completions, attempts = [], []
    for username, plan in plans.items():
        user = users.get(username)
        if user is None:
            continue
        for slug, days_ago, outcome in plan:
            page = guides.get(slug)
            if page is None or (user.pk, page.pk) in taken:
                continue
            finished = moment(days_ago, hour=11 + days_ago % 6)
            quiz = quizzes[slug]
            if quiz is not None:
                attempts += quiz_attempts(user, page, quiz, outcome, finished)
            if outcome != "failed":
                completions.append(GuideCompletion(user=user, page=page, completed_at=finished))
    GuideCompletion.objects.bulk_create(completions)
    QuizAttempt.objects.bulk_create(attempts)
    return len(completions) + len(attempts)


def floor_plan(username, rank):
    """The guides one floor operator has worked through: (slug, days ago, outcome).

    Guides below their level are nearly all done, about half of those at their level, none
    above it. Seeded by username so every load plans the same records. "retried" means a
    failed quiz attempt came before the pass.
    """
    chooser = random.Random(username)
    plan = []
    for spec in GUIDES:
        level = min(LEVEL_RANKS[slug] for slug in spec["levels"])
        if level > rank or chooser.random() >= (0.9 if level < rank else 0.5):
            continue
        days_ago = chooser.randint(2, min(spec["published"] - 1, 200))
        outcome = "retried" if chooser.random() < 0.2 else "done"
        plan.append((spec["slug"], days_ago, outcome))
    return plan


def quiz_attempts(user, page, quiz, outcome, finished):
    """The attempts behind an outcome: a fail, a pass, or a fail two days before a pass."""
    total = len(quiz["questions"])
    failing = scored_attempt(user, page, quiz, wrong=(total + 1) // 2, at=finished)
    if outcome == "failed":
        return [failing]
    # A pass with one slip where the pass mark allows it, so not every score is 100%.
    slip = 1 if score_quiz(quiz, quiz_answers(quiz, wrong=1))[3] else 0
    passing = scored_attempt(user, page, quiz, wrong=slip if user.pk % 2 else 0, at=finished)
    if outcome == "retried":
        failing.created_at = finished - timedelta(days=2)
        return [failing, passing]
    return [passing]


def scored_attempt(user, page, quiz, *, wrong, at):
    """A quiz attempt with `wrong` answers wrong, scored like a real submission."""
    return QuizAttempt.scored(user, page, quiz, quiz_answers(quiz, wrong), created_at=at)


def quiz_answers(quiz, wrong):
    """Answers by question index (1-based options): the first `wrong` ones pick the next
    option after the correct one, the rest are correct."""
    answers = {}
    for index, question in enumerate(quiz["questions"]):
        correct = question["correct_option"]
        if index < wrong:
            correct = correct % len(question["options"]) + 1
        answers[index] = correct
    return answers


def floor_operators():
    """The demo floor operators' job titles by username, in home.demo order, without the
    demo `operator`, whose records are planned by hand."""
    return {
        username: job_title
        for username, _first, _last, group, _team, job_title in demo_people()
        if group == roles.OPERATORS and username != "operator"
    }


def guide_slugs():
    return [spec["slug"] for spec in GUIDES]


def news_slugs():
    return [spec["slug"] for spec in NEWS]


# ---------------------------------------------------------------------------------------
# Dates and StreamField data


def moment(days_ago, hour, minute=0):
    """An aware datetime `days_ago` days before today at the given local time."""
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def days_from(today, days, before=False):
    """`today` moved by `days` (back in time when `before`), or None when `days` is None."""
    if days is None:
        return None
    return today - timedelta(days=days) if before else today + timedelta(days=days)


def stream_data(body):
    """StreamField raw data from the compact body tuples described in the module docstring."""
    return [{"type": block_type, "value": value} for block_type, value in map(block_of, body)]


def block_of(item):
    """One compact body tuple as (block type, raw value)."""
    kind, *rest = item
    if kind in ("h2", "h3"):
        return "heading", {"text": rest[0], "level": kind}
    if kind == "p":
        return "paragraph", rest[0]
    if kind in ("tip", "rule", "warning"):
        title, text = rest
        return "callout", {"kind": kind, "title": title, "text": text}
    if kind == "checklist":
        title, items = rest
        return "checklist", {"title": title, "items": items}
    if kind == "steps":
        title, steps = rest
        return "steps", {
            "title": title,
            "steps": [{"title": step, "detail": detail} for step, detail in steps],
        }
    if kind == "script":
        title, situation, lines = rest
        return "call_script", {
            "title": title,
            "situation": situation,
            "lines": [script_line(line) for line in lines],
        }
    if kind == "do_dont":
        title, pairs = rest
        return "do_dont", {"title": title, "pairs": [{"do": d, "dont": n} for d, n in pairs]}
    if kind == "quiz":
        title, questions = rest
        return "quiz", {
            "title": title,
            "pass_mark": 80,
            "questions": [
                {
                    "question": question,
                    "options": options,
                    "correct_option": correct,
                    "explanation": explanation,
                }
                for question, options, correct, explanation in questions
            ],
        }
    raise ValueError(f"Unknown body item {kind!r}")


def script_line(line):
    """A call-script line from (speaker, text) or (branch, speaker, text)."""
    branch, speaker, text = line if len(line) == 3 else ("", *line)
    return {"branch": branch, "speaker": speaker, "text": text}
