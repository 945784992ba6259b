"""Leads (and admins) pick promoted search results; mentors may look at them."""

from django.db import migrations

LEADS = ["add_promotedresult", "change_promotedresult", "delete_promotedresult"]
EVERY_EDITOR = ["view_promotedresult"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="search", model="promotedresult")

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
    dependencies = [("search", "0002_fulltext_table"), ("home", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
