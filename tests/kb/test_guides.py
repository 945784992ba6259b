from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from careers.demo import load_ladder
from careers.models import CareerLevelPage
from kb.blocks import score_quiz
from kb.models import GuideCompletion, GuidePage, QuizAttempt
from tests.kb.conftest import QUIZ, paragraph

pytestmark = pytest.mark.django_db

EMBED_URL = "https://video.example.com/watch/de-escalation"


def every_block_body():
    image = Image.objects.create(title="Floor plan", file=get_test_image_file())
    document = Document.objects.create(
        title="Wrap-up codes sheet", file=ContentFile(b"code,meaning\n", name="codes.csv")
    )
    # A stored embed, so rendering needs no request to the provider.
    Embed.objects.create(
        url=EMBED_URL,
        hash=get_embed_hash(EMBED_URL),
        type="video",
        title="De-escalation",
        html='<iframe title="De-escalation" src="https://video.example.com/embed/1"></iframe>',
    )
    return [
        {"type": "heading", "value": {"text": "Before the call", "level": "h2"}},
        paragraph("Have the <b>CRM</b> open."),
        {
            "type": "steps",
            "value": {
                "title": "Opening",
                "steps": [
                    {"title": "Greet the caller", "detail": "Use the company greeting."},
                    {"title": "Verify identity", "detail": ""},
                ],
            },
        },
        {"type": "checklist", "value": {"title": "Wrap-up", "items": ["Notes saved", "Code set"]}},
        {
            "type": "callout",
            "value": {
                "kind": "warning",
                "title": "Data protection",
                "text": "<p>Never read a full card number aloud.</p>",
            },
        },
        {
            "type": "call_script",
            "value": {
                "title": "Price objection",
                "situation": "Outbound",
                "lines": [
                    {
                        "branch": "",
                        "speaker": "operator",
                        "text": "Hello, this is Sam from Callpath.",
                    },
                    {
                        "branch": "If the customer objects on price",
                        "speaker": "customer",
                        "text": "It's too expensive.",
                    },
                    {
                        "branch": "",
                        "speaker": "operator",
                        "text": "I understand. Let me show you the saving.",
                    },
                ],
            },
        },
        {
            "type": "do_dont",
            "value": {
                "title": "Tone",
                "pairs": [{"do": "Smile while you talk", "dont": "Talk over the customer"}],
            },
        },
        QUIZ,
        {"type": "image", "value": {"image": image.pk, "caption": "The floor"}},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
        {"type": "embed", "value": EMBED_URL},
    ]


def test_every_block_renders_with_its_own_template(login, make_guide):
    guide = make_guide("Handling a price objection", body=every_block_body(), kind="script")
    html = login("operator").get(guide.url).content.decode()
    assert '<h2 class="block-heading">Before the call</h2>' in html
    assert "<b>CRM</b>" in html
    assert '<ol class="steps">' in html and "Verify identity" in html
    assert '<ul class="checklist">' in html and "Code set" in html
    assert 'class="callout callout--warning"' in html and "Warning: Data protection" in html
    assert "Call script: Price objection" in html
    assert 'class="call-script__branch"' in html and "If the customer objects on price" in html
    assert "call-script__line--customer" in html
    assert "Smile while you talk" in html and "Talk over the customer" in html
    assert 'name="q0"' in html and "Pass mark 50%" in html
    assert "<figcaption>The floor</figcaption>" in html and "<img" in html
    assert "Wrap-up codes sheet" in html and "(CSV)" in html
    assert 'src="https://video.example.com/embed/1"' in html


def test_the_first_view_of_images_and_embeds_keeps_the_caches(login, make_guide):
    from home.cache import version

    guide = make_guide("Handling a price objection", body=every_block_body(), kind="script")
    client = login("operator")
    before = version()
    assert "<img" in client.get(guide.url).content.decode()  # makes the image's rendition
    assert version() == before


def test_body_text_is_searchable_including_script_lines_and_quiz(make_guide):
    guide = make_guide("Handling a price objection", body=every_block_body())
    content = " ".join(GuidePage.body.field.stream_block.get_searchable_content(guide.body))
    for words in [
        "Before the call",
        "Verify identity",
        "too expensive",
        "Smile while you talk",
        "What do you check before discussing an account?",
    ]:
        assert words in content
    results = GuidePage.objects.live().search("expensive")
    assert [page.pk for page in results] == [guide.pk]


def test_reading_time_is_computed_from_the_body(make_guide):
    words = " ".join(["word"] * 450)
    guide = make_guide("Long guide", body=[paragraph(words)])
    assert guide.reading_minutes == 3
    assert make_guide("Short guide").reading_minutes == 1


def test_quiz_question_with_an_impossible_answer_is_rejected():
    body = GuidePage.body.field.stream_block
    bad = dict(QUIZ["value"], questions=[dict(QUIZ["value"]["questions"][0], correct_option=7)])
    with pytest.raises(StreamBlockValidationError):
        body.clean(body.to_python([{"type": "quiz", "value": bad}]))


def test_guides_allow_one_quiz_only():
    body = GuidePage.body.field.stream_block
    with pytest.raises(StreamBlockValidationError):
        body.clean(body.to_python([QUIZ, QUIZ]))


@pytest.mark.parametrize(
    "answers,expected",
    [
        ({0: 2, 1: 2}, (2, 2, 100, True)),
        ({0: 2, 1: 1}, (1, 2, 50, True)),  # exactly at the pass mark
        ({0: 1}, (0, 2, 0, False)),  # unanswered counts as wrong
        ({}, (0, 2, 0, False)),
    ],
)
def test_quiz_scoring(answers, expected):
    quiz = GuidePage.body.field.stream_block.to_python([QUIZ])[0].value
    assert score_quiz(quiz, answers) == expected


def test_quiz_attempt_is_stored_and_completion_needs_a_pass(login, make_guide, demo_people):
    guide = make_guide("ID checks", body=[paragraph("Verify."), QUIZ])
    client = login("operator")

    assert client.post(f"/kb/guides/{guide.pk}/complete/").status_code == 302
    assert not GuideCompletion.objects.exists()

    client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": "1", "q1": "1"})
    attempt = QuizAttempt.objects.get()
    assert (attempt.correct, attempt.percent, attempt.passed) == (0, 0, False)
    client.post(f"/kb/guides/{guide.pk}/complete/")
    assert not GuideCompletion.objects.exists()
    assert "not yet a pass" in client.get(guide.url).content.decode()

    client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": "2", "q1": "2"})
    assert QuizAttempt.objects.filter(passed=True).count() == 1
    client.post(f"/kb/guides/{guide.pk}/complete/")
    client.post(f"/kb/guides/{guide.pk}/complete/")
    completion = GuideCompletion.objects.get()
    assert completion.user == demo_people["operator"] and completion.page_id == guide.pk
    assert "You completed this guide" in client.get(guide.url).content.decode()


def test_incomplete_quiz_answers_are_refused_and_nothing_stored(login, make_guide):
    guide = make_guide("ID checks", body=[QUIZ])
    client = login("operator")
    response = client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": "2"}, follow=True)
    assert "Please answer every question" in response.content.decode()
    client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": "two", "q1": "2"})
    assert not QuizAttempt.objects.exists()


def test_guide_without_quiz_completes_directly(login, make_guide):
    guide = make_guide("Shift swaps")
    client = login("operator")
    assert "Mark as completed" in client.get(guide.url).content.decode()
    client.post(f"/kb/guides/{guide.pk}/complete/")
    assert GuideCompletion.objects.filter(page=guide).count() == 1


def test_guide_page_shows_facts_and_related_guides(login, make_guide, demo_people):
    load_ladder()
    guide = make_guide(
        "Angry callers",
        topics=["Inbound support"],
        owner=demo_people["mentor"],
        review_by=date.today() - timedelta(days=3),
    )
    guide.levels.set([CareerLevelPage.objects.get(slug="trainee")])
    guide.save()
    make_guide("Complaint escalation", topics=["Inbound support"])
    make_guide("Survey technique", topics=["Surveys"])
    html = login("operator").get(guide.url).content.decode()
    assert "Inbound support" in html and "Trainee" in html
    assert "Daniel Okafor" in html
    assert "Overdue since" in html
    related = html[html.index("Related guides") :]
    assert "Complaint escalation" in related and "Survey technique" not in related


def test_guide_index_filters_by_kind_topic_and_level(login, make_guide):
    load_ladder()
    trainee = CareerLevelPage.objects.get(slug="trainee")
    script = make_guide("Sales opener", kind="script", topics=["Outbound sales"])
    policy = make_guide("Data protection", kind="policy", topics=["Inbound support"])
    policy.levels.set([trainee])
    policy.save()
    client = login("operator")

    def titles(query):
        html = client.get(f"/guides/{query}").content.decode()
        return {title for title in ["Sales opener", "Data protection"] if f">{title}<" in html}

    assert titles("") == {"Sales opener", "Data protection"}
    assert titles("?kind=script") == {"Sales opener"}
    assert titles("?topic=inbound-support") == {"Data protection"}
    assert titles(f"?level={trainee.pk}") == {"Data protection"}
    assert titles("?kind=nonsense") == {"Sales opener", "Data protection"}
    assert script.pk


def test_unpublished_guides_are_not_listed_or_served(login, make_guide):
    draft = make_guide("Unreleased script", live=False)
    client = login("operator")
    assert "Unreleased script" not in client.get("/guides/").content.decode()
    assert client.get(f"/guides/{draft.slug}/").status_code == 404
    assert client.post(f"/kb/guides/{draft.pk}/complete/").status_code == 404


def test_guide_index_runs_a_fixed_number_of_queries(
    login, make_guide, django_assert_max_num_queries
):
    client = login("operator")
    for number in range(3):
        make_guide(f"Guide {number}", topics=["Surveys"])
    client.get("/guides/")
    with django_assert_max_num_queries(20) as few:
        client.get("/guides/")
    few_count = len(few.captured_queries)
    for number in range(3, 12):
        make_guide(f"Guide {number}", topics=["Surveys", f"Topic {number}"])
    client.get("/guides/")  # the new guides changed the content: warm its caches again
    with django_assert_max_num_queries(few_count):
        client.get("/guides/")


def test_a_guide_kept_from_a_user_is_left_out_of_every_guide_list(login, make_guide):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    load_ladder()
    trainee = CareerLevelPage.objects.get(slug="trainee")
    guides = [
        make_guide(title, topics=["Inbound support"])
        for title in ("Pay bands for leads", "Handling a refund")
    ]
    for guide in guides:
        guide.levels.set([trainee])
        guide.save_revision().publish()
    lists = ["/", "/guides/", guides[1].url, trainee.url]
    operator = login("operator")
    for url in lists:  # seen by everyone, and the lists now cached
        assert ">Pay bands for leads<" in operator.get(url).content.decode(), url
    restriction = PageViewRestriction.objects.create(
        page=guides[0], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Leads"))
    for url in lists:
        html = operator.get(url).content.decode()
        assert "Pay bands for leads" not in html, url
        assert "Handling a refund" in html, url
    lead = login("lead")
    for url in lists:
        assert ">Pay bands for leads<" in lead.get(url).content.decode(), url
