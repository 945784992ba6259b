"""Queries operators really type, judged against the demo content.

Each entry: the query, then the slugs of the pages that should answer it, best first. The
first slug is the curated top result: `test_relevance.py` fails if it drops out of the top 3.
The rest count towards nDCG@5 in `python -m tests.search.relevance`.
"""

JUDGED_QUERIES = [
    ("customer wants to cancel", ["handling-a-cancellation-request"]),
    ("cancel contract", ["handling-a-cancellation-request"]),
    ("refund script", ["handling-a-cancellation-request"]),
    ("retention offer", ["handling-a-cancellation-request", "sim-only-retention-campaign-results"]),
    ("how do I become a trainer", ["trainer", "operations"]),
    ("team lead", ["team-lead", "operations"]),
    ("angry caller", ["handling-an-angry-caller"]),
    ("abusive call", ["handling-an-angry-caller"]),
    ("customer shouting", ["handling-an-angry-caller"]),
    ("wrap up codes", ["crm-wrap-up-codes"]),
    ("crm notes", ["crm-wrap-up-codes"]),
    ("sick cover", ["shift-swaps-and-sick-cover", "sick-cover-saturday-early-shift"]),
    ("shift swap", ["shift-swaps-and-sick-cover", "next-months-rota-published"]),
    ("rota", ["next-months-rota-published", "shift-swaps-and-sick-cover"]),
    ("identity check", ["verifying-a-callers-identity", "two-identity-checks-rule"]),
    ("data protection", ["verifying-a-callers-identity"]),
    ("fraud", ["verifying-a-callers-identity"]),
    ("price objection", ["outbound-sales-opening-script"]),
    ("sales opening", ["outbound-sales-opening-script"]),
    ("full fibre upgrade", ["outbound-sales-opening-script", "full-fibre-upgrade-campaign-starts"]),
    ("survey introduction", ["survey-introduction-script"]),
    ("survey consent recording", ["survey-introduction-script"]),
    ("neutral questions survey", ["survey-interviewing-technique"]),
    ("voice breaks", ["voice-care-and-breaks", "voice-rest-added-to-breaks"]),
    ("sore throat", ["voice-care-and-breaks"]),
    ("payment card", ["taking-a-payment-over-the-phone"]),
    ("secure keypad", ["taking-a-payment-over-the-phone"]),
    ("escalate complaint", ["escalating-a-complaint", "new-complaint-escalation-form"]),
    ("complaint form", ["new-complaint-escalation-form", "escalating-a-complaint"]),
    ("first week", ["first-week-checklist"]),
    ("supervised calls", ["first-week-checklist"]),
    ("huddle", ["running-a-floor-huddle"]),
    ("coaching quality review", ["coaching-after-a-quality-review"]),
    ("write a sales script", ["writing-an-effective-sales-script"]),
    ("headsets", ["new-noise-cancelling-headsets"]),
    ("crm outage", ["crm-outage-follow-up"]),
]
