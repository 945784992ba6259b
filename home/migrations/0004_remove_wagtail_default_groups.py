"""Remove Wagtail's default "Moderators" and "Editors" groups when nobody is in them.

Wagtail creates both with admin access and rights over every page (Moderators may publish
anywhere, news included). Callpath's roles are Operators, Mentors and Leads (0003); a person
put in a default group by mistake would get rights no role was designed to have. Groups
someone was already put in are left alone.
"""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]


def remove_unused_default_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    # After every Wagtail migration that gives these groups permissions.
    dependencies = [
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(remove_unused_default_groups, migrations.RunPython.noop)]
