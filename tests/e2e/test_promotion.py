from playwright.sync_api import expect

from careers.models import Assessment, OperatorProfile, SignOff


def test_lead_filters_ready_now_opens_the_packet_and_promotes(
    page,
    log_in_as,
    ladder,
    demo_people,
):
    # Liam Carter meets the whole Senior operator gate; Amira does not.
    Assessment.objects.create(
        operator=demo_people["lcarter"],
        competency=ladder["listening"],
        rating=3,
        kind="mentor",
        assessor=demo_people["mentor"],
        evidence="Summarises every call back.",
    )
    SignOff.objects.create(
        operator=demo_people["lcarter"],
        requirement=ladder["floor"],
        signed_by=demo_people["lead"],
        note="Ran the Saturday early shift.",
    )

    log_in_as("lead")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Team").click()
    page.get_by_label("Ready now").check()
    page.get_by_role("button", name="Apply").click()
    board = page.get_by_role("table")
    expect(board.get_by_role("link", name="Liam Carter")).to_be_visible()
    expect(board.get_by_role("link", name="Amira Haddad")).to_have_count(0)

    board.get_by_role("link", name="Liam Carter").click()
    expect(page.get_by_role("heading", name="Promotion decision")).to_be_visible()
    page.get_by_label("Promote").check()
    page.get_by_label("Rationale").fill("Gate met; runs the floor well.")
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_text("Recorded: Promote — Senior operator.")).to_be_visible()
    expect(page.locator(".lede").first).to_contain_text("a Senior operator")

    profile = OperatorProfile.objects.select_related("level").get(user__username="lcarter")
    assert profile.level.slug == "senior-operator"
