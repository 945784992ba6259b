from playwright.sync_api import expect

from kb.models import Acknowledgement


def test_operator_acknowledges_a_must_read_and_it_leaves_the_home_page(page, must_read, log_in_as):
    log_in_as("operator")
    must_reads = page.get_by_role("region", name="Must read (1)")
    expect(must_reads).to_be_visible()
    must_reads.get_by_role("link", name=must_read.title).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(must_read.title)
    page.get_by_role("button", name="I have read this").click()
    expect(page.get_by_text("You confirmed you read this")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Amira")
    expect(page.get_by_role("region", name="Must read (1)")).to_have_count(0)
    assert Acknowledgement.objects.filter(page=must_read, user__username="operator").count() == 1
