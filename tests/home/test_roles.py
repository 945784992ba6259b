import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from home import roles
from kb.models import GuideIndexPage, NewsIndexPage


def page_perms(group_name, page):
    group = Group.objects.get(name=group_name)
    return set(
        group.page_permissions.filter(page=page).values_list("permission__codename", flat=True)
    )


@pytest.mark.django_db
def test_migrate_creates_the_three_role_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Operators", "Mentors", "Leads"}


@pytest.mark.django_db
def test_operators_have_no_admin_access_and_no_page_rights():
    operators = Group.objects.get(name="Operators")
    assert not operators.permissions.filter(codename="access_admin").exists()
    assert not operators.page_permissions.exists()


@pytest.mark.django_db
def test_mentors_edit_guides_but_cannot_publish_or_post_news():
    guides = GuideIndexPage.objects.get()
    news = NewsIndexPage.objects.get()
    assert Group.objects.get(name="Mentors").permissions.filter(codename="access_admin").exists()
    assert {"add_page", "change_page"} <= page_perms("Mentors", guides)
    assert "publish_page" not in page_perms("Mentors", guides)
    assert page_perms("Mentors", news) == set()


@pytest.mark.django_db
def test_leads_publish_guides_and_news():
    assert {"add_page", "change_page", "publish_page"} <= page_perms(
        "Leads", GuideIndexPage.objects.get()
    )
    assert {"add_page", "change_page", "publish_page"} <= page_perms(
        "Leads", NewsIndexPage.objects.get()
    )


@pytest.mark.django_db
def test_wagtail_page_permissions_follow_the_roles(demo_people):
    guides = GuideIndexPage.objects.get()
    news = NewsIndexPage.objects.get()
    mentor_perms = guides.permissions_for_user(demo_people["mentor"])
    assert mentor_perms.can_edit() and not mentor_perms.can_publish()
    assert not news.permissions_for_user(demo_people["mentor"]).can_edit()
    assert guides.permissions_for_user(demo_people["lead"]).can_publish()
    assert news.permissions_for_user(demo_people["lead"]).can_publish()
    assert not guides.permissions_for_user(demo_people["operator"]).can_edit()


@pytest.mark.django_db
def test_site_tree_has_news_guides_and_careers_under_home():
    home = Page.objects.get(depth=2).specific
    assert type(home).__name__ == "HomePage"
    assert [(p.slug, p.url) for p in home.get_children()] == [
        ("news", "/news/"),
        ("guides", "/guides/"),
        ("careers", "/careers/"),
    ]


@pytest.mark.django_db
def test_role_of_each_demo_user(demo_people):
    expected = {"operator": "operator", "mentor": "mentor", "lead": "lead", "admin": "admin"}
    for username, role in expected.items():
        assert roles.role_of(demo_people[username]) == role


@pytest.mark.django_db
def test_a_user_in_no_group_is_treated_as_an_operator():
    user = get_user_model().objects.create_user("newstarter", password="x")
    assert roles.role_of(user) == roles.OPERATOR
    assert not roles.is_lead(user) and not roles.is_mentor(user)


@pytest.mark.django_db
def test_a_new_role_shows_in_the_navigation_and_checks_at_once(login, demo_people):
    client = login("operator")
    operator = demo_people["operator"]
    assert "Mentees" not in client.get("/").content.decode()  # role and navigation now cached
    assert client.get("/progress/mentees/").status_code == 403
    operator.groups.add(Group.objects.get(name="Mentors"))
    assert roles.role_of(get_user_model().objects.get(pk=operator.pk)) == roles.MENTOR
    assert '<a href="/progress/mentees/">Mentees</a>' in client.get("/").content.decode()
    assert client.get("/progress/mentees/").status_code == 200
    operator.groups.remove(Group.objects.get(name="Mentors"))
    assert "Mentees" not in client.get("/").content.decode()
    assert client.get("/progress/mentees/").status_code == 403


@pytest.mark.django_db
def test_wagtails_default_groups_are_gone_so_only_the_roles_give_rights():
    # Wagtail's "Moderators" could publish anywhere, news included; nobody was in them.
    assert set(Group.objects.values_list("name", flat=True)) == {"Operators", "Mentors", "Leads"}
