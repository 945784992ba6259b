"""`manage.py generate_content --guides N [--news N] [--seed S]`: synthetic bulk content for
measuring search and page speed.

Guides (guides, lessons, call scripts, policies) and news are written from call-center word
lists and sentence templates, so they read like the demo content and queries operators type
("refund", "price objection", "sick cover") match many pages, as they would on a real site.

Wagtail's `add_child()` costs several queries per page, far too slow for 10,000 pages, so the
pages are written in bulk: tree paths are computed here (the next free child steps under the
index page), the base `wagtailcore_page` rows go in with `bulk_create`, the page type's own
rows with one `executemany`, then the topic and level links, all in one transaction. No
revisions are written: the pages are live as created. One index rebuild ends the run.

`--operators N` adds operators with a year of history (`careers.synthetic`), in bulk too.
"""

import html
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as time_of_day

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from careers.models import CareerLevelPage
from careers.synthetic import NoLadder, create_operators
from home import roles
from home.cache import CONTENT, bump
from home.models import Team
from kb.demo import stream_data
from kb.models import (
    GuideIndexPage,
    GuideKind,
    GuidePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Topic,
    reading_minutes,
)
from search.index import index_updates_suspended, rebuild_index

MIN_WORDS, MAX_WORDS = 300, 1500
# Targets stay inside the bounds by more than one section's words, so the last section added
# never pushes a body over.
TARGET_WORDS = (340, 1350)
SLUG_LENGTH = 200
BATCH_SIZE = 500

# ---------------------------------------------------------------------------------------
# Vocabulary


@dataclass(frozen=True)
class Subject:
    """What a guide is about, with the phrases its sentences are built from."""

    name: str  # "refund request": fits "Handling a refund request", "Refund request policy"
    topic: str  # the demo topic slug it belongs to, when that topic exists
    goal: str  # "pay back what the customer is owed" (after "to")
    trigger: str  # "a customer says ..." (after "when")
    actions: tuple[str, ...]  # imperative steps, in order
    customer: tuple[str, ...]  # what callers say
    operator: tuple[str, ...]  # what a good operator says


SUBJECTS = (
    Subject(
        "refund request",
        "inbound-support",
        "pay back what the customer is owed, no more and no less",
        "a customer says they were charged too much and wants the money back",
        (
            "Open the last three bills in the billing screen",
            "Find the charge the customer is asking about",
            "Check whether a refund is already pending",
            "Agree the refund amount and how it will be paid",
            "Raise the refund and read back the reference",
        ),
        (
            "I've been charged twice this month and I want my money back.",
            "How long will the refund take to reach my account?",
            "Why was I charged for something I never used?",
        ),
        (
            "Let me look at your last three bills so we can see exactly what happened.",
            "The refund will reach your account within five working days.",
        ),
    ),
    Subject(
        "cancellation request",
        "outbound-sales",
        "understand why the customer wants to leave and keep them if a fair offer fits",
        "a customer wants to cancel their contract",
        (
            "Ask why the customer wants to cancel",
            "Check the contract end date and any early exit fee",
            "Offer the retention deal the customer qualifies for",
            "Confirm the cancellation date if they still want to leave",
            "Send the cancellation confirmation by email",
        ),
        (
            "I want to cancel, I've found a cheaper deal elsewhere.",
            "Will I have to pay anything if I leave now?",
            "Just cancel it please, I don't want an offer.",
        ),
        (
            "I can help with that. May I ask what made you decide to leave?",
            "Your contract ends in March, so there is no exit fee after that date.",
        ),
    ),
    Subject(
        "angry caller",
        "voice-wellbeing",
        "calm the conversation down and agree a plan the caller accepts",
        "a caller is shouting, swearing or threatening to leave",
        (
            "Let the caller finish without interrupting",
            "Acknowledge the feeling before the facts",
            "Apologise for the experience, not for the rules",
            "Agree one clear next step and a time for it",
            "Take two minutes before the next call if you need them",
        ),
        (
            "This is the third time I've called and nobody has fixed anything!",
            "I want to speak to your manager right now.",
            "You people never listen, do you?",
        ),
        (
            "I can hear how frustrating this has been, and I want to sort it out today.",
            "Let me make sure I have understood everything before I check your account.",
        ),
    ),
    Subject(
        "wrap-up code",
        "tools-crm",
        "close every call with the right wrap-up code and a note the next person can use",
        "a call ends and the wrap-up screen opens",
        (
            "Choose the code that matches why the customer called",
            "Add a second code if the call changed direction",
            "Write a two-line note in the CRM",
            "Set a follow-up task if you promised a callback",
            "Save the record before taking the next call",
        ),
        (
            "Can you note that I've already called about this twice?",
            "Will the next person know what we agreed?",
            "I'll call back tomorrow if it's still not working.",
        ),
        (
            "I've added a note so whoever you speak to next can see what we agreed.",
            "I'm saving today's call on your account now.",
        ),
    ),
    Subject(
        "price objection",
        "outbound-sales",
        "show the value of the offer before talking about money",
        "a customer says the offer costs too much",
        (
            "Thank the customer for being honest about the price",
            "Ask what they pay today and what they use most",
            "Compare the monthly cost with what they get for it",
            "Mention the discount only once the value is clear",
            "Accept a firm no politely and record it",
        ),
        (
            "That's more than I pay now, why would I switch?",
            "I can get the same thing cheaper online.",
            "I'm happy as I am, thanks.",
        ),
        (
            "That's fair. Can I ask what you pay each month at the moment?",
            "For two pounds more you would get twice the speed and no line rental.",
        ),
    ),
    Subject(
        "sick cover",
        "team-shifts",
        "fill a gap in the rota fairly when someone is off sick",
        "a colleague calls in sick before their shift",
        (
            "Post the uncovered shift in the team news",
            "Offer it first to operators under their contracted hours",
            "Record who covered in the rota tool",
            "Tell the team lead when the gap is filled",
            "Thank the person who covered at the next huddle",
        ),
        (
            "Is anyone able to cover Saturday's early shift?",
            "I can do half of the shift but not all of it.",
            "Who do I tell if I'm off sick tomorrow?",
        ),
        (
            "Call the duty manager before seven so the gap can be covered.",
            "Thanks for picking that up, I've updated the rota.",
        ),
    ),
    Subject(
        "survey introduction",
        "surveys",
        "get consent for the interview in the first thirty seconds",
        "you open a market-research or satisfaction survey call",
        (
            "Introduce yourself and the company you are calling for",
            "Say how long the survey takes, honestly",
            "Ask for consent before the first question",
            "Offer a better time if now is not good",
            "Record consent or refusal in the survey tool",
        ),
        (
            "How long is this going to take?",
            "How did you get my number?",
            "Is this a sales call?",
        ),
        (
            "This is not a sales call. The survey takes about eight minutes.",
            "Your answers are anonymous and you can stop at any time.",
        ),
    ),
    Subject(
        "identity check",
        "inbound-support",
        "be sure who you are speaking to before you discuss any account detail",
        "a caller asks about an account",
        (
            "Ask for the full name and the first line of the address",
            "Ask two security questions from the CRM",
            "Never give a hint when an answer is wrong",
            "Offer a password reset by post if the checks fail",
            "Record that the checks were passed or failed",
        ),
        (
            "I don't remember the answer to my security question.",
            "I'm calling for my husband, the account is in his name.",
            "Can't you just tell me the balance?",
        ),
        (
            "Before I can look at the account I need to ask you a couple of security questions.",
            "I'm sorry, I can only discuss the account with the account holder.",
        ),
    ),
    Subject(
        "card payment",
        "tools-crm",
        "take a payment safely without ever hearing or writing down the card number",
        "a customer wants to pay a bill by card over the phone",
        (
            "Switch the call to secure payment mode",
            "Ask the customer to type the card number on their keypad",
            "Read back the amount, never the card number",
            "Wait for the payment screen to show the result",
            "Give the customer the payment reference",
        ),
        (
            "Can I read my card number out to you?",
            "The payment failed, can you try again?",
            "Will you keep my payment card on file?",
        ),
        (
            "Please type your card number on your phone's keypad; I won't hear it.",
            "The payment of forty-five pounds has gone through, here is your reference.",
        ),
    ),
    Subject(
        "broadband fault",
        "inbound-support",
        "find out whether the fault is in the home or on the line and book the right fix",
        "a customer reports that their broadband is slow or keeps dropping",
        (
            "Check the service status page for outages in the area",
            "Ask the customer to restart the router",
            "Run the line test from the fault screen",
            "Book an engineer if the line test fails",
            "Tell the customer what happens next and when",
        ),
        (
            "My broadband keeps dropping every evening.",
            "I work from home and I've had no internet for two days.",
            "I've already restarted the router three times.",
        ),
        (
            "Let me run a line test while you're on the phone.",
            "The test shows a fault on the line, so I'm booking an engineer for Thursday.",
        ),
    ),
    Subject(
        "callback",
        "tools-crm",
        "promise a callback only when it will happen, and make sure it does",
        "you cannot finish a call now and agree to call the customer back",
        (
            "Agree a time window the customer can make",
            "Check the number you will call",
            "Create the callback task in the CRM",
            "Say who will call if you are off shift",
            "Close the task once the call is made",
        ),
        (
            "Can someone call me back after six?",
            "Nobody called me back last time.",
            "I'm at work until four, can you ring later?",
        ),
        (
            "I've booked a callback between four and six today on this number.",
            "If I'm not on shift, a colleague will call you with the same notes.",
        ),
    ),
    Subject(
        "complaint escalation",
        "inbound-support",
        "pass a complaint to the right team with everything they need",
        "a customer asks to complain or you cannot resolve the problem on the call",
        (
            "Ask what outcome the customer wants",
            "Open the complaint form in the CRM",
            "Summarise the complaint in the customer's words",
            "Escalate to the complaints team with the call reference",
            "Tell the customer the response time and reference",
        ),
        (
            "I want to make a formal complaint.",
            "I want this escalated to someone senior.",
            "What happens after I complain?",
        ),
        (
            "I'm logging your complaint now; the complaints team will reply within five days.",
            "Your complaint reference is on its way by text message.",
        ),
    ),
    Subject(
        "new-starter training",
        "team-shifts",
        "help a new operator take calls on their own with confidence",
        "a new hire joins your team and you are their trainer",
        (
            "Plan the first week with the new starter",
            "Let them listen to live calls before leading any",
            "Listen in and whisper, take over only when needed",
            "Debrief every few calls with one thing to try next",
            "Sign off independent calls when the quality reviews allow",
        ),
        (
            "How will I know when I'm ready to take calls alone?",
            "Can you listen to my next call?",
            "What should I do if I freeze on a call?",
        ),
        (
            "Nobody expects you to know every answer yet. Ask, every time.",
            "That went well. Next time, summarise before you close.",
        ),
    ),
    Subject(
        "voice care",
        "voice-wellbeing",
        "keep your voice healthy over a full shift",
        "your throat feels dry or your voice is tired",
        (
            "Drink water between calls",
            "Take your scheduled breaks away from the desk",
            "Use the two-minute voice rest after long calls",
            "Speak at a steady volume with the headset microphone close",
            "Tell your team lead if your voice breaks",
        ),
        (
            "Sorry, I can barely hear you.",
            "Could you speak up a little?",
            "Are you all right? You sound hoarse.",
        ),
        (
            "Let me move my microphone closer, is that better?",
            "Thank you for your patience, I'm just taking a sip of water.",
        ),
    ),
    Subject(
        "direct debit change",
        "inbound-support",
        "change how a customer pays without missing or doubling a payment",
        "a customer wants to set up or change a direct debit",
        (
            "Confirm the account holder is the bank account holder",
            "Enter the new sort code and account number",
            "Read back the date of the first new payment",
            "Explain the direct debit guarantee",
            "Send the confirmation letter",
        ),
        (
            "I've changed banks, can you update my direct debit?",
            "Can I move my payment date to the end of the month?",
            "Will I be charged twice this month?",
        ),
        (
            "Your first payment from the new account will be on the twenty-eighth.",
            "You won't be charged twice; the old mandate stops today.",
        ),
    ),
    Subject(
        "headset problems",
        "tools-crm",
        "get back on the phones quickly when your headset fails",
        "the customer cannot hear you or your headset crackles",
        (
            "Check the cable and the mute switch",
            "Test the headset in the phone system's sound check",
            "Swap to a spare headset from the team cupboard",
            "Log a ticket with IT for the faulty headset",
            "Note the lost time in the adherence tool",
        ),
        (
            "Hello? I can't hear you at all.",
            "Your line keeps cutting out.",
            "There's a terrible echo on this call.",
        ),
        (
            "I'm sorry about the line, may I call you straight back?",
            "Is that clearer now? I've changed my headset.",
        ),
    ),
    Subject(
        "data protection request",
        "inbound-support",
        "handle a request for personal data within the legal time limit",
        "a customer asks what data we hold about them or asks us to delete it",
        (
            "Pass the identity checks before anything else",
            "Log the request in the data protection form",
            "Tell the customer the one-month time limit",
            "Never read personal data out over the phone",
            "Pass the request to the data protection team",
        ),
        (
            "I want a copy of all the data you hold about me.",
            "Please delete my details from your system.",
            "Who have you shared my information with?",
        ),
        (
            "I've logged your request; you'll receive a full copy within one month.",
            "The data protection team will write to you at the address on the account.",
        ),
    ),
    Subject(
        "shift swap",
        "team-shifts",
        "swap shifts fairly without leaving the queue short",
        "you need a different shift from the one on the rota",
        (
            "Find a colleague with the same skills for the shift",
            "Check the swap keeps you both within your hours",
            "Submit the swap request in the rota tool",
            "Wait for the team lead to approve it",
            "Check the rota shows the change before the day",
        ),
        (
            "Can anyone swap my late shift on Friday?",
            "I've got a hospital appointment next Tuesday morning.",
            "Is the swap approved yet?",
        ),
        (
            "I can take your Friday late if you take my Sunday early.",
            "Your swap is approved and the rota is updated.",
        ),
    ),
    Subject(
        "upgrade offer",
        "outbound-sales",
        "offer an upgrade that really suits the customer",
        "an existing customer is eligible for a better package",
        (
            "Check the customer's eligibility before you call",
            "Open with why you are calling, in one sentence",
            "Ask how they use the service today",
            "Match one upgrade to what they told you",
            "Confirm the new price and start date in writing",
        ),
        (
            "What's the catch?",
            "Will my contract start again?",
            "Can you send me the details by email first?",
        ),
        (
            "You're due a free speed upgrade and your monthly price stays the same.",
            "I'll email the details now and call you back on Thursday if that suits.",
        ),
    ),
    Subject(
        "customer satisfaction survey",
        "surveys",
        "collect honest satisfaction scores without leading the customer",
        "you run a customer satisfaction survey after a service call",
        (
            "Read each question exactly as written",
            "Read the whole scale before asking for a score",
            "Record the customer's own words for open questions",
            "Never argue with a low score",
            "Thank the customer and close the survey",
        ),
        (
            "I'd give it a six, the engineer was late.",
            "Why do you need to know that?",
            "Can I skip this question?",
        ),
        (
            "On a scale from zero to ten, how likely are you to recommend us?",
            "Of course, we can skip that question.",
        ),
    ),
)

PRODUCTS = (
    "broadband",
    "full-fibre",
    "mobile",
    "SIM-only",
    "landline",
    "TV bundle",
    "energy",
    "home insurance",
    "business broadband",
    "pay-as-you-go",
)
AUDIENCES = (
    "new starters",
    "trainees",
    "senior operators",
    "the evening team",
    "weekend staff",
    "the retention team",
    "mentors",
    "returning operators",
)
SHIFTS = ("early", "late", "weekend", "evening", "Saturday", "bank holiday")
SYSTEMS = ("the CRM", "the phone system", "the billing screen", "the rota tool", "Callpath")
ROLES = ("your team lead", "your mentor", "the duty manager", "the quality team", "a senior")
METRICS = (
    "average handling time",
    "first-call resolution",
    "the customer satisfaction score",
    "adherence to schedule",
    "the quality score",
)
BRANCHES = (
    "If the customer objects on price",
    "If the customer asks for a manager",
    "If the customer fails the identity check",
    "If the customer wants time to think",
    "If the customer is upset",
    "If the customer says they are busy",
    "If the line is poor",
)
BRANCH_REPLIES = (
    "I understand. Let me explain what you would get for that price.",
    "I can ask my team lead to call you back today; first, let me see what I can do.",
    "I'm sorry, I can't discuss the account without the security answers.",
    "Of course. Shall I email the details and call you back on Thursday?",
    "I'm sorry this has been so difficult. Let's fix the first thing now.",
    "No problem, when would be a better time to call?",
    "The line is breaking up. I'll call you straight back on this number.",
)

# Sentences for paragraphs. Slots: {name}, {goal}, {trigger}, {product}, {system}, {role},
# {metric}, {minutes}, {audience}.
SENTENCES = (
    "When {trigger}, your aim is to {goal}.",
    "Most {name} calls on {product} accounts take under {minutes} minutes when you follow the "
    "steps below.",
    "If you are unsure, put the caller on hold and ask {role} before you promise anything.",
    "Write a short note in {system} so the next person can see what was agreed.",
    "{Role} listens to a sample of these calls every week and looks at {metric}.",
    "Keep your voice calm and your sentences short: the caller is listening for confidence.",
    "Use the script as a map, not as something to read word for word, and sound like yourself.",
    "A good call ends with the customer knowing exactly what happens next and when.",
    "New starters often rush this part, so slow down and let the customer finish.",
    "The quality team scores these calls on accuracy, empathy and a clear close.",
    "Check the account history first: the last contact often explains the call.",
    "If the line is poor, offer a callback rather than asking the customer to repeat everything.",
    "Use the customer's name once or twice, not in every sentence.",
    "Summarise what you agreed before you end the call and ask whether anything is unclear.",
    "On {product} accounts some rules are different, so read the account notes before you answer.",
    "Nobody judges a single call on {metric}; your team lead looks at the trend over a month.",
    "This guide was written with {audience} in mind, but everyone on the floor should know it.",
    "Ask {role} to listen to one of your {name} calls if you want feedback.",
    "Customers remember how the call felt long after they forget what was said.",
    "Do not transfer the call just to end it: a warm handover is better than a cold transfer.",
    "If the customer raises something else, deal with it after the {name} is settled.",
    "Keep the hold short and tell the customer why you are putting them on hold.",
    "The wrap-up code for a {name} call is in the code list in {system}.",
    "Mentors use these calls in coaching sessions, so good examples are always welcome.",
    "If {system} is slow, tell the customer and keep talking them through what you see.",
    "Speak a little slower than feels natural; on the phone it sounds just right.",
    "Smile when you open the call: the customer can hear it in your voice.",
    "Every {name} call is a chance to fix the problem for good, not just for today.",
    "If the customer has called before about the same thing, say that you can see it.",
    "Do not read out internal codes or team names; explain what they mean instead.",
    "Before you promise a date, check it in {system} while the customer waits.",
    "Leads share the best {name} calls at the weekly huddle, so ask for yours to be played.",
    "A caller who feels heard is far more likely to accept a no.",
    "On the {shift} shift the queue is shorter, which is a good time to practise.",
    "{Audience} can ask for a refresher session with {role} at any time.",
    "If you make a mistake, say so, correct it and note it: nobody is marked down for that.",
    "Record the outcome even when the customer hangs up before the end.",
    "When you are not sure which team owns the problem, check the routing guide first.",
    "Keep the customer informed every thirty seconds while you are looking something up.",
    "Close with the customer's next step, your name and the reference number.",
)
REASONS = (
    "it saves a repeat call later",
    "the quality team checks it on every review",
    "it protects the customer and you",
    "new starters skip it more than any other step",
    "it keeps the account history accurate for the next person",
    "the customer hears that you are in control",
)
HEADINGS = (
    "Before the call",
    "What the customer needs",
    "Step by step",
    "Common mistakes",
    "When to escalate",
    "After the call",
    "Notes for {product} accounts",
    "Why the {name} matters",
    "What good looks like",
    "Questions {audience} ask",
    "How this is reviewed",
    "If the customer pushes back",
    "What to write in {system}",
    "Getting help during the call",
    "Examples from real calls",
    "Coaching notes for mentors",
)
CHECKS = (
    "Identity checked before any account detail",
    "Account history read before answering",
    "Note written in {system}",
    "Wrap-up code chosen",
    "Customer told what happens next and when",
    "Reference number read back",
    "Callback task created if one was promised",
)
DO_DONT = (
    ("Say what you are doing while you look something up.", "Leave the caller in silence."),
    ("Put the caller on hold and ask for help.", "Guess an answer to keep the call moving."),
    ("Summarise before you close.", "End the call as soon as the problem is logged."),
    ("Write the note straight after the call.", "Save all your notes for the end of the shift."),
    ("Offer a callback when the line is poor.", "Ask the customer to repeat everything."),
    ("Take your break when it is scheduled.", "Skip breaks when the queue is long."),
    ("Apologise for how the customer feels.", "Argue about whose fault it was."),
)
CALLOUTS = (
    ("tip", "Tip from the floor", "Keep the steps open on your second screen during the call."),
    ("rule", "Always", "Check the caller's identity before you discuss the account."),
    ("warning", "Careful", "Never promise a date or an amount you have not confirmed."),
    ("tip", "Quick win", "A clear summary at the end cuts repeat calls more than anything else."),
    ("rule", "Data protection", "Never read card numbers or passwords back to a caller."),
)
WRONG_OPTIONS = (
    "Transfer the call to another team straight away",
    "Promise a callback and end the call",
    "Give your best guess so the call keeps moving",
    "Skip the note: the call recording is enough",
)
GUIDE_TITLES = {
    GuideKind.GUIDE: (
        "{Name}: step by step on {product} accounts",
        "Handling the {name} on the {shift} shift",
        "{Name} for {audience} ({product})",
    ),
    GuideKind.LESSON: (
        "Lesson: {name} for {audience}",
        "Practice session: {name} on {product} calls",
        "Understanding the {name} ({shift} shift)",
    ),
    GuideKind.SCRIPT: (
        "Call script: {name} ({product})",
        "{Product} {name} script for the {shift} queue",
        "{Name} script for {audience}",
    ),
    GuideKind.POLICY: (
        "{Name} policy for {product} accounts",
        "Policy: {name} on the {shift} shift",
        "{Name} rules for {audience}",
    ),
}
SUMMARIES = (
    "How to {goal} when {trigger}, with the checks, wording and notes {role} expects.",
    "What to do when {trigger} on a {product} account: the steps, the words and what to avoid.",
    "The {name} for {audience}: how to {goal}.",
)

FIRST_NAMES = ("Grace", "Liam", "Hannah", "Priya", "Tomasz", "Aisha", "Owen", "Chloe", "Marek")
LAST_NAMES = ("Adeyemi", "Carter", "Fischer", "Patel", "Nowak", "Hughes", "Reid", "Okafor")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NEWS_TITLES = {
    NewsCategory.ANNOUNCEMENT: (
        "{System} maintenance on {day} evening",
        "New {product} price list from {day}",
        "Team huddle moves to {day} mornings",
    ),
    NewsCategory.SHIFT_COVER: (
        "Sick cover needed: {day} {shift} shift",
        "Thank you for covering the {shift} shift on {day}",
        "Shift swaps for next month: requests by {day}",
    ),
    NewsCategory.CAMPAIGN: (
        "{Product} upgrade campaign starts {day}",
        "{Product} retention campaign: results so far",
        "New {product} survey questionnaire from {day}",
    ),
    NewsCategory.RECOGNITION: (
        "{person}: a week of five-star {product} calls",
        "Well done {person} on the {name} calls",
        "{person} signed off for independent calls",
    ),
    NewsCategory.POLICY: (
        "Updated {name} policy from {day}",
        "Reminder: {name} rules on {product} accounts",
        "New rule for {name} calls from {day}",
    ),
}
NEWS_SENTENCES = (
    "From {day}, please follow the updated steps in the {name} guide.",
    "If you have questions, ask {role} at the next huddle.",
    "The change affects every {product} call on the {shift} shift.",
    "Thank you to everyone who helped, especially {person}.",
    "Check your rota in {system} before the end of the week.",
    "We will look at {metric} after two weeks and share what we learn.",
    "Operators on the {shift} shift have already tried it and the feedback is good.",
)


# ---------------------------------------------------------------------------------------
# Writing text


class Writer:
    """Titles, summaries and StreamField bodies from the vocabulary, with one random source
    so a seed gives the same content every time."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def slots(self, subject):
        """The values a template may use, for one subject, freshly drawn."""
        pick = self.random.choice
        values = {
            "name": subject.name,
            "goal": subject.goal,
            "trigger": subject.trigger,
            "product": pick(PRODUCTS),
            "audience": pick(AUDIENCES),
            "shift": pick(SHIFTS),
            "system": pick(SYSTEMS),
            "role": pick(ROLES),
            "metric": pick(METRICS),
            "minutes": self.random.randint(4, 12),
            "day": pick(DAYS),
            "person": f"{pick(FIRST_NAMES)} {pick(LAST_NAMES)}",
        }
        # "{Name}" in a template asks for the value with a capital first letter.
        for key, value in list(values.items()):
            text = str(value)
            values[key.capitalize()] = text[:1].upper() + text[1:]
        return values

    def fill(self, template, slots):
        return template.format(**slots)

    def sentences(self, templates, slots, count):
        return " ".join(self.fill(t, slots) for t in self.random.sample(templates, count))

    def paragraph(self, slots, templates=SENTENCES):
        text = self.sentences(templates, slots, self.random.randint(3, 5))
        return ("p", f"<p>{html.escape(text, quote=False)}</p>")

    def guide_title(self, kind, subject):
        return self.fill(self.random.choice(GUIDE_TITLES[kind]), self.slots(subject))

    def guide_summary(self, subject):
        return self.fill(self.random.choice(SUMMARIES), self.slots(subject))[:400]

    def guide_body(self, kind, subject):
        """Compact body items (see kb.demo) of roughly a random target length.

        Each structured block appears at most once and headings do not repeat; paragraphs
        draw sentences from a shuffled deck, so a sentence comes back only once the deck
        has run out (in the longest guides).
        """
        target = self.random.randint(*TARGET_WORDS)
        slots = self.slots(subject)
        deck = SentenceDeck(self, subject)
        body = [deck.paragraph()]
        if kind == GuideKind.SCRIPT or self.random.random() < 0.25:
            body.append(self.call_script(subject, slots))
        sections = [self.steps, self.checklist, self.callout, self.do_dont]
        self.random.shuffle(sections)
        headings = self.random.sample(HEADINGS, len(HEADINGS))
        while words_in(body) < target:
            if headings:
                level = "h2" if self.random.random() < 0.8 else "h3"
                body.append((level, self.fill(headings.pop(), slots)))
            body.append(deck.paragraph())
            if sections and words_in(body) < target:
                body.append(sections.pop()(subject, slots, deck))
        if kind == GuideKind.LESSON or self.random.random() < 0.3:
            body.append(self.quiz(subject, slots))
        return body

    def steps(self, subject, slots, deck):
        count = self.random.randint(3, len(subject.actions))
        steps = [(action, deck.sentences(self.random.randint(1, 2))) for action in subject.actions]
        return ("steps", f"How to handle the {subject.name}", steps[:count])

    def checklist(self, subject, slots, deck):
        items = [self.fill(item, slots) for item in self.random.sample(CHECKS, 4)]
        items += self.random.sample(subject.actions, 2)
        return ("checklist", "Before you close the call", items)

    def callout(self, subject, slots, deck=None):
        kind, title, text = self.random.choice(CALLOUTS)
        more = deck.sentences(1) if deck else self.sentences(SENTENCES, slots, 1)
        return (kind, title, f"<p>{html.escape(f'{text} {more}', quote=False)}</p>")

    def do_dont(self, subject, slots, deck):
        return ("do_dont", "Do and don't", self.random.sample(DO_DONT, 3))

    def call_script(self, subject, slots):
        """An opening, the customer's reason, the operator's answers and two branches."""
        greeting = (
            f"Good morning, you're through to the {slots['product']} team, my name is "
            f"{self.random.choice(FIRST_NAMES)}. How can I help?"
        )
        lines = [("operator", greeting), ("customer", self.random.choice(subject.customer))]
        lines += [("operator", line) for line in subject.operator]
        for position in self.random.sample(range(len(BRANCHES)), 2):
            lines.append((BRANCHES[position], "operator", BRANCH_REPLIES[position]))
        lines.append(("operator", "Is there anything else I can help you with today?"))
        situation = f"Use this when {subject.trigger}."
        return ("script", f"{slots['Name']} call ({slots['product']})", situation, lines)

    def quiz(self, subject, slots):
        questions = [
            self.question(
                f"What is the first thing to do when {subject.trigger}?",
                subject.actions[0],
                [subject.actions[-1], *WRONG_OPTIONS[:2]],
                "The steps are in this order for a reason: start with the first one.",
            ),
            self.question(
                f"Who should you ask when you are unsure about the {subject.name}?",
                slots["role"].capitalize(),
                ["Nobody: give your best answer", "The customer"],
                "A short hold to ask for help is always better than a wrong answer.",
            ),
            self.question(
                f"How should the call end once the {subject.name} is dealt with?",
                "With a summary, a wrap-up code and a short note",
                ["As soon as the problem is logged", "With a transfer to the next team"],
                "The next person needs to see what was agreed.",
            ),
        ]
        return ("quiz", "Check your understanding", questions)

    def question(self, text, right, wrong, explanation):
        options = [right, *wrong]
        self.random.shuffle(options)
        return (text, options, options.index(right) + 1, explanation)

    def news_title(self, category, subject):
        return self.fill(self.random.choice(NEWS_TITLES[category]), self.slots(subject))

    def news_summary(self, subject):
        return self.sentences(NEWS_SENTENCES, self.slots(subject), 2)[:400]

    def news_body(self, subject):
        slots = self.slots(subject)
        body = [self.paragraph(slots, NEWS_SENTENCES)]
        if self.random.random() < 0.5:
            body.append(self.paragraph(slots, NEWS_SENTENCES))
        if self.random.random() < 0.4:
            body.append(self.callout(subject, slots))
        return body


class SentenceDeck:
    """The sentences of one guide: the general templates filled in for its subject, plus
    sentences built from the subject's own steps and call lines, dealt in random order."""

    def __init__(self, writer, subject):
        self.writer = writer
        self.subject = subject
        self.cards = []

    def deal(self):
        writer, subject = self.writer, self.subject
        slots = writer.slots(subject)
        cards = [writer.fill(template, slots) for template in SENTENCES]
        cards += [f"{action}: {writer.random.choice(REASONS)}." for action in subject.actions]
        cards += [f"A caller might say: \u201c{line}\u201d" for line in subject.customer]
        cards += [
            f"A good answer sounds like this: \u201c{line}\u201d" for line in subject.operator
        ]
        writer.random.shuffle(cards)
        return cards

    def sentences(self, count):
        taken = []
        for _ in range(count):
            if not self.cards:
                self.cards = self.deal()
            taken.append(self.cards.pop())
        return " ".join(taken)

    def paragraph(self):
        text = self.sentences(self.writer.random.randint(3, 5))
        return ("p", f"<p>{html.escape(text, quote=False)}</p>")


def words_in(body):
    """A cheap word count of compact body items (the real count is taken at the end)."""
    count = 0
    for item in body:
        for part in item[1:]:
            count += len(str(part).split())
    return count


def fitted_body(writer, kind, subject):
    """A guide body (a StreamValue) of MIN_WORDS to MAX_WORDS words as search counts them;
    the cheap estimate is nearly always right, so a redraw is rare."""
    field = GuidePage._meta.get_field("body")
    while True:
        body = field.to_python(stream_data(writer.guide_body(kind, subject)))
        if MIN_WORDS <= body_word_count(body) <= MAX_WORDS:
            return body


def body_word_count(stream_value):
    """Words in a body as search and reading time see them."""
    text = " ".join(stream_value.stream_block.get_searchable_content(stream_value))
    return len(text.split())


# ---------------------------------------------------------------------------------------
# Writing pages in bulk


class TreeSlots:
    """The next free tree paths and unique slugs under one parent page."""

    def __init__(self, parent):
        self.parent = parent
        last = parent.get_last_child()
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
        self.last_suffix = {}  # base slug: the last number tried, so duplicates stay cheap

    def path(self):
        path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        self.next_step += 1
        return path

    def slug(self, title):
        base = slugify(title)[:SLUG_LENGTH].strip("-") or "page"
        slug, number = base, self.last_suffix.get(base, 1)
        while slug in self.taken:
            number += 1
            slug = f"{base}-{number}"
        self.last_suffix[base] = number
        self.taken.add(slug)
        return slug


def page_fields(tree, title, owner, published, updated):
    """The `wagtailcore_page` fields of a new live child page of `tree.parent`."""
    slug = tree.slug(title)
    return {
        "title": title,
        "draft_title": title,
        "slug": slug,
        "path": tree.path(),
        "depth": tree.parent.depth + 1,
        "numchild": 0,
        "url_path": f"{tree.parent.url_path}{slug}/",
        "locale_id": tree.parent.locale_id,
        "owner": owner,
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": published,
        "last_published_at": updated,
    }


def insert_pages(parent, pages):
    """Insert new live children of `parent` (all of one page model) in bulk.

    Django's `bulk_create` refuses multi-table models, so this does what `Model.save()` does
    for them, in bulk: the `wagtailcore_page` rows first (which gives each page its id), then
    the page type's own table; finally the parent's child count.
    """
    if not pages:
        return
    model = type(pages[0])
    Page.objects.bulk_create(pages, batch_size=BATCH_SIZE)
    for page in pages:
        page.page_ptr_id = page.id
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    values = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({values})"
    rows = [
        [field.get_db_prep_save(field.pre_save(page, True), connection) for field in fields]
        for page in pages
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH_SIZE):
            cursor.executemany(sql, rows[start : start + BATCH_SIZE])
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def link(relation, pairs):
    """Bulk-insert the rows of a many-to-many relation from (page id, other id) pairs."""
    through = relation.through
    page_column, other_column = (
        field.attname for field in through._meta.concrete_fields if field.is_relation
    )
    through.objects.bulk_create(
        [through(**{page_column: page_id, other_column: other_id}) for page_id, other_id in pairs],
        batch_size=BATCH_SIZE,
    )


def moment_between(chooser, earliest_days_ago, latest_days_ago, hour=None):
    """An aware datetime a random number of days ago (within the range), in office hours."""
    days_ago = chooser.randint(latest_days_ago, earliest_days_ago)
    day = timezone.localdate() - timedelta(days=days_ago)
    at = time_of_day(hour if hour is not None else chooser.randint(8, 17), chooser.randint(0, 59))
    return timezone.make_aware(datetime.combine(day, at))


def content_owners():
    """The people who write content (mentors and leads), or nobody on an empty site."""
    owners = get_user_model().objects.filter(groups__name__in=[roles.MENTORS, roles.LEADS])
    return list(owners.distinct().order_by("pk")) or [None]


class Command(BaseCommand):
    help = (
        "Create synthetic guides (and optionally news) in bulk for benchmarks, then rebuild "
        "the search index. Needs the site tree; topics and career levels are used if present. "
        "With --operators, also create operators with a year of history (after the guides "
        "and news, so they read and acknowledge those too); that needs the demo's career "
        "data (manage.py load_demo). Every run adds: new pages, new teams, new usernames."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--guides", type=int, help="How many guides (needed unless --operators is given)."
        )
        parser.add_argument("--news", type=int, default=0, help="How many news items.")
        parser.add_argument(
            "--operators",
            type=int,
            default=0,
            help="How many operators to add, in new teams of about 25, each team with a "
            "generated mentor and the demo user 'lead' as one of its leads, with a year of "
            "assessments, KPIs, quality reviews, guides, read receipts, sign-offs, practice "
            "and a few promotion decisions. Running again adds another batch: new team "
            "numbers and usernames never used before. Generated users cannot log in.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (same content).")

    def handle(self, *args, guides, news, operators, seed, **options):
        if guides is None and not news and not operators:
            raise CommandError("Nothing to create: give --guides N and/or --operators N.")
        guides = guides or 0
        if guides < 0 or news < 0 or operators < 0:
            raise CommandError("--guides, --news and --operators must be 0 or more.")
        # Only operators asked for: no page changes, so the search index stays as it is.
        pages_asked = guides or news or not operators
        writer = Writer(seed)
        started = time.perf_counter()
        # Pages are indexed once, by the rebuild at the end, not one by one.
        with transaction.atomic(), index_updates_suspended():
            guide_count = create_guides(writer, guides)
            guides_done = time.perf_counter()
            news_count = create_news(writer, news)
            if guide_count or news_count:
                # Bulk inserts send no signals: new pages start a new content generation.
                bump(CONTENT)
                transaction.on_commit(lambda: bump(CONTENT), robust=True)
            news_done = time.perf_counter()
            try:
                people = create_operators(operators, seed)
            except NoLadder as error:
                raise CommandError(str(error)) from error
            people_done = time.perf_counter()
            indexed = rebuild_index() if pages_asked else None
        finished = time.perf_counter()
        if pages_asked:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {guide_count} guides in {guides_done - started:.1f} s and "
                    f"{news_count} news items in {news_done - guides_done:.1f} s; indexed "
                    f"{indexed} pages for search in {finished - people_done:.1f} s "
                    f"({finished - started:.1f} s in all)."
                )
            )
        if people:
            records = ", ".join(
                f"{number} {kind}"
                for kind, number in people.items()
                if kind not in ("operators", "teams", "mentors")
            )
            teams, mentors = people["teams"], people["mentors"]
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {people['operators']} operators in {teams} "
                    f"team{pluralize(teams)} with {mentors} mentor{pluralize(mentors)} in "
                    f"{people_done - news_done:.1f} s: {records}."
                )
            )


def create_guides(writer, count):
    """Create `count` live guides under the guide index; returns how many."""
    if not count:
        return 0
    index = GuideIndexPage.objects.get()
    tree = TreeSlots(index)
    chooser = writer.random
    topics = list(Topic.objects.order_by("pk"))
    topics_by_slug = {topic.slug: topic for topic in topics}
    levels = list(CareerLevelPage.objects.order_by("rank", "pk"))
    owners = content_owners()
    kinds = list(GuideKind)
    guides, topic_links, level_links = [], [], []
    for number in range(count):
        subject = chooser.choice(SUBJECTS)
        kind = kinds[number % len(kinds)]
        published = moment_between(chooser, 720, 60)
        updated = published + timedelta(days=chooser.randint(0, 55))
        reviewed = timezone.localdate(updated)
        guide = GuidePage(
            **page_fields(
                tree, writer.guide_title(kind, subject), chooser.choice(owners), published, updated
            ),
            kind=kind,
            summary=writer.guide_summary(subject),
            body=fitted_body(writer, kind, subject),
            last_reviewed=reviewed,
            review_by=reviewed + timedelta(days=chooser.randint(30, 365)),
        )
        guide.reading_minutes = reading_minutes(guide.body)
        guides.append(guide)
        topic_links.append(guide_topics(chooser, subject, topics, topics_by_slug))
        level_links.append(chooser.sample(levels, min(len(levels), chooser.randint(1, 2))))
    insert_pages(index, guides)
    link(
        GuidePage.topics,
        [(g.pk, t.pk) for g, ts in zip(guides, topic_links, strict=True) for t in ts],
    )
    link(
        GuidePage.levels,
        [(g.pk, v.pk) for g, vs in zip(guides, level_links, strict=True) for v in vs],
    )
    return len(guides)


def guide_topics(chooser, subject, topics, topics_by_slug):
    """One to three topics: the subject's own when it exists, plus random others."""
    chosen = [topics_by_slug[subject.topic]] if subject.topic in topics_by_slug else []
    others = [topic for topic in topics if topic not in chosen]
    wanted = chooser.randint(1, 3) - len(chosen)
    return chosen + chooser.sample(others, max(0, min(wanted, len(others))))


def create_news(writer, count):
    """Create `count` live news items under the news index; returns how many.

    About one in five is targeted at a single team, as real shift and campaign news is.
    """
    if not count:
        return 0
    index = NewsIndexPage.objects.get()
    tree = TreeSlots(index)
    chooser = writer.random
    owners = content_owners()
    team_ids = list(Team.objects.order_by("pk").values_list("pk", flat=True))
    categories = list(NewsCategory)
    items, team_links = [], []
    # Oldest first, so the tree order matches the order the news was written in.
    published_moments = sorted(moment_between(chooser, 365, 0, hour=8) for _ in range(count))
    for number, published in enumerate(published_moments):
        subject = chooser.choice(SUBJECTS)
        category = categories[number % len(categories)]
        title = writer.news_title(category, subject)
        items.append(
            NewsPage(
                **page_fields(tree, title, chooser.choice(owners), published, published),
                date=timezone.localdate(published),
                category=category,
                summary=writer.news_summary(subject),
                body=stream_data(writer.news_body(subject)),
                must_read=chooser.random() < 0.03,
            )
        )
        targeted = team_ids and chooser.random() < 0.2
        team_links.append([chooser.choice(team_ids)] if targeted else [])
    insert_pages(index, items)
    link(
        NewsPage.teams,
        [(item.pk, t) for item, ts in zip(items, team_links, strict=True) for t in ts],
    )
    return len(items)
