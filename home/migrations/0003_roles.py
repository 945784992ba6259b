"""Create the Operators, Mentors and Leads groups with their permissions.

Operators read; they have no Wagtail admin access. Mentors add and edit knowledge-base
pages but cannot publish. Leads also publish knowledge-base pages and post news.
Superusers are admins.
"""

from django.db import migrations

KB_EDIT = ["add_page", "change_page", "lock_page"]
KB_PUBLISH = KB_EDIT + ["publish_page", "unlock_page"]
MEDIA_UPLOAD = [
    ("wagtailimages", "image", ["add_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "choose_document"]),
]
MEDIA_MANAGE = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]

ROLES = {
    # group: (admin access, {section slug: page permissions}, collection permissions)
    "Operators": (False, {}, []),
    "Mentors": (True, {"guides": KB_EDIT}, MEDIA_UPLOAD),
    "Leads": (True, {"guides": KB_PUBLISH, "news": KB_PUBLISH}, MEDIA_MANAGE),
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return perm


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    root_collection = Collection.objects.get(depth=1)
    for name, (admin_access, page_perms, collection_perms) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        if admin_access:
            group.permissions.add(permission(apps, "wagtailadmin", "admin", "access_admin"))
        for slug, codenames in page_perms.items():
            page = Page.objects.get(depth=3, slug=slug)
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        for app_label, model, codenames in collection_perms:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=permission(apps, app_label, model, codename),
                )


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_tree"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
