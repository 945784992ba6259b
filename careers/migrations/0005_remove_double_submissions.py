"""Before the "one per ..." constraints of the next migration: remove the copies that double
submissions left (a second acknowledgement of a review, the same sign-off twice, the same
dispute twice, a calibration call scored twice by one reviewer).

Only exact repeats are removed — same person, same content — keeping the first (for
disputes, the one a lead ruled on). Anything else that would break a constraint is real
history this migration must not choose between: it stops and names the rows instead.
"""

from django.db import migrations
from django.db.models import Count

# (model, what makes two rows the same record, what makes a copy an exact repeat, filter)
RULES = [
    ("ReviewResponse", ["review_id"], ["created_by_id"], {"kind": "acknowledged"}),
    (
        "ReviewResponse",
        ["review_id", "criterion_id"],
        ["created_by_id", "comment"],
        {"kind": "disputed"},
    ),
    ("SignOff", ["operator_id", "requirement_id"], ["signed_by_id", "signed_on", "note"], {}),
    (
        "QualityReview",
        ["calibration_id", "reviewer_id"],
        ["total", "comments"],
        {"calibration__isnull": False, "reviewer__isnull": False},
    ),
]


def is_resolved(row):
    return hasattr(row, "resolution")


def copies_to_remove(rows, same_content):
    """The rows of one group that repeat the kept row exactly; raises for anything else."""
    if rows[0]._meta.model_name == "reviewresponse":
        # Keep the dispute a lead ruled on, if any; a ruling is never thrown away.
        rows = sorted(rows, key=lambda row: not is_resolved(row))
    kept, *others = rows
    content = [getattr(kept, name) for name in same_content]
    repeats = [row for row in others if [getattr(row, name) for name in same_content] == content]
    if len(repeats) < len(others) or any(is_resolved(row) for row in repeats):
        raise RuntimeError(
            f"{kept._meta.object_name} rows {[row.pk for row in rows]} break a new "
            "one-per rule and are not exact repeats: decide which to keep, then migrate again."
        )
    return repeats


def remove_double_submissions(apps, schema_editor):
    for model_name, same_record, same_content, where in RULES:
        rows = apps.get_model("careers", model_name).objects.filter(**where)
        duplicated = rows.values(*same_record).annotate(count=Count("pk")).filter(count__gt=1)
        for group in duplicated:
            del group["count"]
            copies = list(rows.filter(**group).order_by("pk"))
            for row in copies_to_remove(copies, same_content):
                row.delete()


class Migration(migrations.Migration):
    dependencies = [("careers", "0004_lead_tools")]

    operations = [migrations.RunPython(remove_double_submissions, migrations.RunPython.noop)]
