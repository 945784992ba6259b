"""The synonym rules as shipped in `search/synonyms.txt`, and who may edit them: leads (and
admins) add, change and delete; mentors may look, as for promoted results."""

from pathlib import Path

from django.db import migrations

SYNONYMS_FILE = Path(__file__).resolve().parent.parent / "synonyms.txt"
LEADS = ["add_synonymgroup", "change_synonymgroup", "delete_synonymgroup"]
EVERY_EDITOR = ["view_synonymgroup"]


def rules_in_file():
    """The file's rules, one a line, without comments and blank lines."""
    lines = (line.split("#", 1)[0] for line in SYNONYMS_FILE.read_text("utf-8").splitlines())
    return [" ".join(line.split()) for line in lines if line.strip()]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if not SynonymGroup.objects.exists():
        SynonymGroup.objects.bulk_create(SynonymGroup(terms=rule) for rule in rules_in_file())


def unseed(apps, schema_editor):
    apps.get_model("search", "SynonymGroup").objects.all().delete()


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="search", model="synonymgroup")

    def permission(codename):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )
        return permission

    for name, codenames in [("Leads", LEADS + EVERY_EDITOR), ("Mentors", EVERY_EDITOR)]:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*[permission(codename) for codename in codenames])


class Migration(migrations.Migration):
    dependencies = [("search", "0005_synonyms_and_word_frequency"), ("home", "0003_roles")]

    operations = [
        migrations.RunPython(seed, unseed),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
