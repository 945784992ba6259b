"""What readers do on news and guides: acknowledge must-reads, take quizzes, complete guides."""

import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from kb.forms import quiz_answers
from kb.models import Acknowledgement, GuideCompletion, GuidePage, NewsPage, QuizAttempt


def readable_page(request, pages, **lookup):
    """The page, or 404 when its privacy settings (Wagtail view restrictions) keep the user
    out: nobody acknowledges, answers or completes what they may not read."""
    page = get_object_or_404(pages, **lookup)
    if not all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404("No such page.")
    return page


@require_POST
def acknowledge(request, page_id):
    """Record that the user has read a must-read news item (once; pressing again is harmless)."""
    page = readable_page(
        request, NewsPage.objects.live().visible_to(request.user), pk=page_id, must_read=True
    )
    _, created = Acknowledgement.objects.get_or_create(page=page, user=request.user)
    if created:
        messages.success(request, f"Thanks — you confirmed you have read “{page.title}”.")
    return redirect(page.url)


def submission_key(request):
    """The one-time key the quiz form was rendered with, or None if missing or malformed."""
    try:
        return uuid.UUID(request.POST.get("submission_key", ""))
    except ValueError:
        return None


@require_POST
def submit_quiz(request, page_id):
    """Score the user's answers to a guide's quiz and keep the attempt."""
    page = readable_page(request, GuidePage.objects.live(), pk=page_id)
    quiz = page.quiz
    if quiz is None:
        messages.error(request, "This guide has no quiz.")
        return redirect(page.url)
    answers = quiz_answers(quiz, request.POST)
    if answers is None:
        messages.error(request, "Please answer every question before submitting.")
        return redirect(f"{page.url}#quiz")
    key = submission_key(request)
    attempt = QuizAttempt.scored(request.user, page, quiz, answers, submission_key=key)
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError:
        if key is None or not QuizAttempt.objects.filter(submission_key=key).exists():
            raise
        # The same quiz form sent twice (a double click): it was scored the first time.
        messages.info(request, gettext("These answers were already scored."))
        return redirect(f"{page.url}#quiz")
    correct, total, percent, passed = (
        attempt.correct,
        attempt.total,
        attempt.percent,
        attempt.passed,
    )
    if passed:
        messages.success(request, f"You passed: {correct} of {total} ({percent}%).")
    else:
        messages.warning(
            request,
            f"{correct} of {total} ({percent}%): the pass mark is {quiz['pass_mark']}%. "
            "Read the guide again and have another go.",
        )
    return redirect(f"{page.url}#quiz")


@require_POST
def complete_guide(request, page_id):
    """Mark a guide as completed; a guide with a quiz needs a passing attempt first."""
    page = readable_page(request, GuidePage.objects.live(), pk=page_id)
    if (
        page.quiz
        and not QuizAttempt.objects.filter(page=page, user=request.user, passed=True).exists()
    ):
        messages.error(
            request, "Pass the quiz first: completing this guide needs a passing attempt."
        )
        return redirect(f"{page.url}#quiz")
    _, created = GuideCompletion.objects.get_or_create(page=page, user=request.user)
    if created:
        messages.success(request, f"Well done — “{page.title}” is marked as completed.")
    return redirect(f"{page.url}#completion")
