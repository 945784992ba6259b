"""Create the site tree every deployment needs: Home with News, Guides and Careers."""

from django.db import migrations

SECTIONS = [
    # (app_label, model, title, slug, intro)
    (
        "kb",
        "newsindexpage",
        "News",
        "news",
        "<p>Team updates: announcements, shift and cover requests, campaigns, recognition "
        "and policy changes. Must-read items ask you to confirm you have read them.</p>",
    ),
    (
        "kb",
        "guideindexpage",
        "Guides",
        "guides",
        "<p>How we handle calls: guides, lessons, call scripts and policies, written by our "
        "mentors and approved by team leads.</p>",
    ),
    (
        "careers",
        "careersindexpage",
        "Careers",
        "careers",
        "<p>Every senior operator, trainer and team lead here started on the phones. "
        "These ladders show each step and what it takes.</p>",
    ),
]


def create_site_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    if HomePage.objects.exists():
        return
    locale = Locale.objects.order_by("pk").first()
    # Replace Wagtail's placeholder "Welcome" page (its Site goes with it).
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    root = Page.objects.get(depth=1)
    root_children = Page.objects.filter(depth=2).count()

    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=ContentType.objects.get_for_model(HomePage),
        path=f"{root.path}{root_children + 1:04d}",
        depth=2,
        numchild=len(SECTIONS),
        url_path="/home/",
        locale=locale,
        live=True,
    )
    root.numchild = root_children + 1
    root.save(update_fields=["numchild"])

    for position, (app_label, model_name, title, slug, intro) in enumerate(SECTIONS, start=1):
        model = apps.get_model(app_label, model_name)
        model.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            intro=intro,
            content_type=ContentType.objects.get_for_model(model),
            path=f"{home.path}{position:04d}",
            depth=3,
            numchild=0,
            url_path=f"/home/{slug}/",
            locale=locale,
            live=True,
        )

    Site.objects.create(
        hostname="localhost", port=80, site_name="Callpath", root_page=home, is_default_site=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("kb", "0001_initial"),
        ("careers", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_site_tree, migrations.RunPython.noop)]
