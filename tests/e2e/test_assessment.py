from playwright.sync_api import expect


def test_mentor_assesses_a_mentee_and_the_mentees_readiness_changes(
    browser,
    live_server,
    ladder,
):
    def new_page(username):
        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto("/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill("demo")
        page.get_by_role("button", name="Log in").click()
        return page

    operator = new_page("operator")
    operator.goto("/progress/")
    expect(operator.get_by_text("0 of 2 requirements met").first).to_be_visible()

    mentor = new_page("mentor")
    mentor.get_by_role("navigation", name="Main").get_by_role("link", name="Mentees").click()
    mentor.get_by_role("link", name="Amira Haddad").click()
    mentor.get_by_role("link", name="Record an assessment").click()
    mentor.get_by_label("Competency").select_option(label="Active listening")
    mentor.get_by_label("Proficient").check()
    mentor.get_by_label("Evidence:", exact=True).fill(
        "Call 5120: let the customer finish, then summarised."
    )
    mentor.get_by_role("button", name="Record assessment").click()
    expect(mentor.get_by_text("Recorded Active listening: Proficient (mentor).")).to_be_visible()

    operator.reload()
    expect(operator.get_by_text("1 of 2 requirements met").first).to_be_visible()
    row = operator.get_by_role("row", name="Active listening at Proficient (3) or above")
    expect(row.get_by_text("✓ Met")).to_be_visible()
