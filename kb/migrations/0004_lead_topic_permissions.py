"""Leads keep the topic list tidy: they may add and edit topics (snippets)."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    topic_type, _ = ContentType.objects.get_or_create(app_label="kb", model="topic")
    leads = Group.objects.get(name="Leads")
    for codename, name in [("add_topic", "Can add topic"), ("change_topic", "Can change topic")]:
        permission, _ = Permission.objects.get_or_create(
            content_type=topic_type, codename=codename, defaults={"name": name}
        )
        leads.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("kb", "0003_guide_approval_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
