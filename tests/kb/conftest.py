from datetime import date

import pytest
from django.utils.text import slugify

from home.models import Team
from kb.models import GuideIndexPage, GuidePage, NewsIndexPage, NewsPage, Topic

QUIZ = {
    "type": "quiz",
    "value": {
        "title": "Check your understanding",
        "pass_mark": 50,
        "questions": [
            {
                "question": "What do you check before discussing an account?",
                "options": ["The weather", "The caller's identity", "Their shoe size"],
                "correct_option": 2,
                "explanation": "Always verify identity first.",
            },
            {
                "question": "When do you escalate a complaint?",
                "options": ["Never", "When you cannot resolve it yourself"],
                "correct_option": 2,
                "explanation": "",
            },
        ],
    },
}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


@pytest.fixture
def make_news():
    def make(title, *, teams=(), live=True, **fields):
        index = NewsIndexPage.objects.get()
        fields.setdefault("summary", f"Summary of {title}.")
        fields.setdefault("date", date.today())
        page = index.add_child(
            instance=NewsPage(title=title, slug=slugify(title), live=live, **fields)
        )
        if teams:
            page.teams.set(Team.objects.filter(slug__in=teams))
            page.save()
        return page

    return make


@pytest.fixture
def make_guide():
    def make(title, *, topics=(), body=None, live=True, **fields):
        index = GuideIndexPage.objects.get()
        fields.setdefault("summary", f"Summary of {title}.")
        page = index.add_child(
            instance=GuidePage(
                title=title,
                slug=slugify(title),
                live=live,
                body=body if body is not None else [paragraph(f"How to {title.lower()}.")],
                **fields,
            )
        )
        if topics:
            page.topics.set(
                [Topic.objects.get_or_create(name=t, slug=slugify(t))[0] for t in topics]
            )
            page.save()
        return page

    return make
