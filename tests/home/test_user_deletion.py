"""Deleting users in the admin (Settings → Users): refused for anyone with a career record,
with deactivation or anonymisation offered instead; accounts without records still go.

Runs on the demo site loaded once for the module (the `demo_site` fixture in conftest.py).
"""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from wagtail.models import ModelLogEntry

from careers.models import Assessment, KpiSnapshot, SignOff
from home.personal_data import DEACTIVATE_ACTION, career_records, career_records_of

User = get_user_model()


@pytest.fixture
def admin_client(client, people):
    client.force_login(people["admin"])
    return client


def delete_url(user):
    return reverse("wagtailusers_users:delete", args=[user.pk])


def bulk_url(action, *users):
    ids = "&".join(f"id={user.pk}" for user in users)
    return f"/admin/bulk/auth/user/{action}/?{ids}&next=/admin/users/"


def history_of(user):
    """What deleting the user silently erased before."""
    return (
        Assessment.objects.filter(Q(operator=user) | Q(assessor=user)).count(),
        SignOff.objects.filter(Q(operator=user) | Q(signed_by=user)).count(),
        KpiSnapshot.objects.filter(operator=user).count(),
    )


def deactivations_of(user):
    return ModelLogEntry.objects.filter(
        content_type__model="user", object_id=str(user.pk), action=DEACTIVATE_ACTION
    )


# ---------------------------------------------------------------------------------------
# What counts as a career record


def test_career_records_count_what_is_about_them_and_what_they_wrote(people):
    records = dict(career_records(people["operator"]))
    assert (
        records["Assessments of them"]
        == Assessment.objects.filter(operator=people["operator"]).count()
    )
    assert records["KPI values"] > 0 and records["Sign-offs they received"] > 0
    assert "Assessments they gave" not in records  # her self-assessments are about her

    mentor = dict(career_records(people["mentor"]))
    assert mentor["Assessments they gave"] == (
        Assessment.objects.filter(assessor=people["mentor"])
        .exclude(operator=people["mentor"])
        .count()
    )
    assert mentor["Sign-offs they gave"] and mentor["Guides and scripts they own"]
    assert career_records(User.objects.create(username="typo")) == []


def test_career_records_of_many_people_take_the_same_queries(people, django_assert_num_queries):
    with django_assert_num_queries(19):
        one = career_records_of([people["operator"]])
    users = list(User.objects.all())
    with django_assert_num_queries(19):
        everyone = career_records_of(users)
    assert everyone[people["operator"].pk] == one[people["operator"].pk]


# ---------------------------------------------------------------------------------------
# The single-user delete view


def test_deleting_someone_with_a_career_record_is_refused_with_the_alternatives(
    people, admin_client
):
    amira = people["operator"]
    before = history_of(amira)
    assert all(before)

    page = admin_client.get(delete_url(amira))
    html = page.content.decode()
    assert page.status_code == 200
    assert "cannot be deleted" in html
    assert "Assessments of them" in html and "KPI values" in html
    assert reverse("personal_data:anonymise", args=[amira.pk]) in html
    assert reverse("personal_data:deactivate", args=[amira.pk]) in html

    response = admin_client.post(delete_url(amira))
    assert response.status_code == 409
    assert "Nothing was deleted" in response.content.decode()
    assert User.objects.filter(pk=amira.pk).exists()
    assert history_of(amira) == before


def test_someone_who_only_wrote_about_others_is_not_deleted_either(people, admin_client):
    mentor = people["mentor"]
    assert not Assessment.objects.filter(operator=mentor).exists()
    assert admin_client.post(delete_url(mentor)).status_code == 409
    assert User.objects.filter(pk=mentor.pk).exists()


def test_an_account_created_by_mistake_can_still_be_deleted(people, admin_client):
    typo = User.objects.create(username="amira-typo", first_name="Amira")
    confirm = admin_client.get(delete_url(typo))
    assert confirm.status_code == 200
    assert "cannot be deleted" not in confirm.content.decode()
    response = admin_client.post(delete_url(typo))
    assert response.status_code == 302
    assert not User.objects.filter(pk=typo.pk).exists()


# ---------------------------------------------------------------------------------------
# The users listing's bulk delete


def test_bulk_delete_is_refused_when_anyone_selected_has_a_career_record(people, admin_client):
    typo = User.objects.create(username="typo")
    amira, liam = people["operator"], people["lcarter"]
    response = admin_client.post(bulk_url("delete", typo, amira, liam))
    html = response.content.decode()
    assert response.status_code == 409
    assert "2 of the selected people have a career record" in html
    assert "Amira Haddad" in html and "Liam Carter" in html
    assert User.objects.filter(pk__in=[typo.pk, amira.pk, liam.pk]).count() == 3

    assert admin_client.post(bulk_url("delete", typo)).status_code == 302
    assert not User.objects.filter(pk=typo.pk).exists()


# ---------------------------------------------------------------------------------------
# Deactivation instead


def test_deactivating_stops_logins_keeps_records_and_is_audit_logged(people, admin_client, client):
    amira = people["operator"]
    before = history_of(amira)
    own = type(client)()
    own.force_login(amira)
    assert own.get("/progress/").status_code == 200

    response = admin_client.post(reverse("personal_data:deactivate", args=[amira.pk]))
    assert response.status_code == 302
    amira.refresh_from_db()
    assert not amira.is_active
    assert history_of(amira) == before
    entry = deactivations_of(amira).get()
    assert entry.user == people["admin"]
    assert entry.message == "Deactivated the account in the admin"
    assert own.get("/progress/")["Location"].startswith("/login/")  # her session ended

    # Again: nothing changes, nothing more is logged.
    admin_client.post(reverse("personal_data:deactivate", args=[amira.pk]))
    assert deactivations_of(amira).count() == 1
    page = admin_client.get(delete_url(amira)).content.decode()
    assert "This account is already inactive." in page


def test_an_admin_cannot_deactivate_themselves(people, admin_client):
    admin = people["admin"]
    response = admin_client.post(reverse("personal_data:deactivate", args=[admin.pk]), follow=True)
    assert "You cannot deactivate your own account." in response.content.decode()
    admin.refresh_from_db()
    assert admin.is_active and not deactivations_of(admin).exists()


def test_bulk_deactivation_is_audit_logged(people, admin_client):
    amira, liam = people["operator"], people["lcarter"]
    liam.is_active = False
    liam.save()
    response = admin_client.post(
        bulk_url("set_active_state", amira, liam), {"mark_as_active": "False"}
    )
    assert response.status_code == 302
    assert not User.objects.get(pk=amira.pk).is_active
    assert deactivations_of(amira).get().user == people["admin"]
    assert not deactivations_of(liam).exists()  # already inactive: nothing happened to him
