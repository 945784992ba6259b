"""Call-quality reviews, disputes and calibration (`/reviews/`).

Every view checks careers.review_permissions on the server. Someone who may not see a review,
an operator or a session gets 404 (never 403: a refusal would confirm it exists); someone
who may see it but not act on it gets 403.
"""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from careers import permissions, quality
from careers import review_permissions as access
from careers.models import (
    Assessment,
    CalibrationSession,
    CriterionScore,
    DisputeResolution,
    QualityReview,
    ReviewResponse,
    Scorecard,
)
from careers.review_forms import (
    CalibrationScoreForm,
    CalibrationSessionForm,
    DisputeForm,
    QualityReviewForm,
    ResolveDisputeForm,
)
from careers.scorecards import CENT, score_spread, score_text, spread_of
from careers.submissions import (
    already_recorded,
    already_submitted,
    posted_id,
    posted_key,
    recorded_once,
    submission_key,
)
from home import roles

REVIEWS_PER_PAGE = 25
SESSIONS_PER_PAGE = 25


def _status(request):
    """400 for a rejected submission, 200 for a form shown for the first time."""
    return 400 if request.method == "POST" else 200


def _visible_operator(request, username):
    operator = get_user_model().objects.filter(username=username, is_active=True).first()
    if operator is None or not permissions.can_view_operator(request.user, operator):
        raise Http404("No such operator.")
    return operator


def _visible_review(request, review_id):
    review = (
        QualityReview.objects.select_related(
            "operator", "reviewer", "scorecard", "calibration__operator"
        )
        .filter(pk=review_id)
        .first()
    )
    if review is None or not access.can_view_review(request.user, review):
        raise Http404("No such review.")
    return review


def _is_current(review):
    return not QualityReview.objects.filter(revises=review).exists()


def _sorted_scores(review):
    return list(
        review.scores.select_related("criterion__competency").order_by(
            "criterion__sort_order", "criterion_id"
        )
    )


def _scores_in_words(review):
    """The review's scores in scorecard order, each with `score_text` ("3/4 Good", "Fail")."""
    rows = _sorted_scores(review)
    for row in rows:
        row.score_text = score_text(row.score, row.criterion.auto_fail)
    return rows


def _by_section(items, criterion_of):
    """[(section, [item, ...]), ...] in the order sections first appear."""
    sections = {}
    for item in items:
        sections.setdefault(criterion_of(item).section, []).append(item)
    return list(sections.items())


# ---------------------------------------------------------------------------------------
# Reviews


def review_list(request):
    """Current reviews the user may see, newest call first; a fixed number of queries."""
    reviews = quality.with_response_status(
        access.visible_reviews(request.user)
        .filter(revised_by__isnull=True)
        .select_related("operator", "reviewer", "scorecard")
        .order_by("-call_date", "-pk")
    )
    page = Paginator(reviews, REVIEWS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "careers/reviews/review_list.html",
        {
            "reviews": page,
            "can_review": roles.is_mentor(request.user),
            "can_calibrate": roles.is_mentor(request.user),
        },
    )


def choose_operator(request):
    """Pick whose call to review; the review form itself lives at /reviews/new/<username>/."""
    if not roles.is_mentor(request.user):
        raise PermissionDenied("Only mentors, leads and admins review calls.")
    username = request.GET.get("operator")
    operators = access.reviewable_operators(request.user)
    if username:
        # Only a name from the list: anything else ("../..") has no review form to go to.
        if not operators.filter(username=username).exists():
            raise Http404("No operator of yours has that username.")
        return redirect("review_create", username=username)
    return render(request, "careers/reviews/choose_operator.html", {"operators": operators})


def create_review(request, username):
    """A mentor, lead or admin scores one of an operator's calls against a scorecard."""
    operator = _visible_operator(request, username)
    if not access.can_review(request.user, operator):
        raise PermissionDenied("Only the operator's mentor or team lead can review their calls.")
    scorecards = list(Scorecard.objects.order_by("name"))
    scorecard = _chosen_scorecard(request, scorecards)
    context = {"operator": operator, "scorecards": scorecards, "scorecard": scorecard}
    if scorecard is None:
        return render(request, "careers/reviews/review_form.html", context, status=_status(request))
    reviews_given = QualityReview.objects.filter(operator=operator, reviewer=request.user)
    if already_submitted(request, reviews_given):
        earlier = reviews_given.get(submission_key=posted_key(request))
        return already_recorded(
            request, _review_saved(), reverse("review_detail", args=[earlier.pk])
        )
    criteria = scorecard.criteria.select_related("competency").order_by("sort_order", "pk")
    form = QualityReviewForm(request.POST or None, criteria=criteria)
    if request.method == "POST" and form.is_valid():

        def create():
            review = quality.create_review(
                scores=form.scores(),
                comments_by_criterion=form.criterion_comments(),
                operator=operator,
                reviewer=request.user,
                scorecard=scorecard,
                call_reference=form.cleaned_data["call_reference"],
                call_date=form.cleaned_data["call_date"],
                comments=form.cleaned_data["comments"],
                coaching_actions=form.cleaned_data["coaching_actions"],
                submission_key=submission_key(form),
            )
            log(review, "callpath.review", user=request.user)
            _record_ratings(request.user, review, form)
            quality.recompute_quality_score(operator, review.call_date)
            return review

        review = recorded_once(create)
        if review is None:
            return already_recorded(request, _review_saved(), "review_list")
        messages.success(
            request, f"Review of call {review.call_reference} saved: {review.total} out of 100."
        )
        return redirect("review_detail", review_id=review.pk)
    context["form"] = form
    return render(request, "careers/reviews/review_form.html", context, status=_status(request))


def _review_saved():
    return gettext("This review is already saved: sending the form again changes nothing.")


def _chosen_scorecard(request, scorecards):
    """The scorecard named in the request, else the only one there is, else None."""
    chosen = request.POST.get("scorecard") or request.GET.get("scorecard")
    by_id = {str(scorecard.pk): scorecard for scorecard in scorecards}
    if chosen:
        return by_id.get(chosen)
    return scorecards[0] if len(scorecards) == 1 else None


def _record_ratings(assessor, review, form):
    """The competency ratings the reviewer chose to record from this call, as assessments."""
    kind = permissions.assessment_kind_for(assessor, review.operator)
    scores, comments = form.scores(), form.criterion_comments()
    for competency, rating in form.ratings():
        observed = [
            f"{criterion.name} {score_text(score, criterion.auto_fail)}"
            + (f" ({comments[criterion.pk]})" if comments[criterion.pk] else "")
            for criterion, score in scores
            if criterion.competency_id == competency.pk
        ]
        assessment = Assessment.objects.create(
            operator=review.operator,
            competency=competency,
            rating=rating,
            assessor=assessor,
            kind=kind,
            evidence=f"Quality review of call {review.call_reference}: {'; '.join(observed)}.",
            assessed_on=review.call_date,
        )
        log(assessment, "callpath.assessment", user=assessor)


def review_detail(request, review_id):
    """One review: scores by section, total, history of revisions, responses and rulings."""
    review = _visible_review(request, review_id)
    chain = quality.revision_chain(review)
    is_current = chain[-1].pk == review.pk
    responses = list(
        ReviewResponse.objects.filter(review__in=chain)
        .select_related("criterion", "created_by", "resolution__resolved_by")
        .order_by("created_at", "pk")
    )
    revision_numbers = {revision.pk: number for number, revision in enumerate(chain, start=1)}
    for response in responses:
        response.revision_number = revision_numbers[response.review_id]
    viewer = request.user
    everyday = not review.calibration_id
    can_respond = access.can_respond(viewer, review, is_current=is_current)
    context = {
        "review": review,
        "sections": _by_section(_scores_in_words(review), lambda row: row.criterion),
        "chain": chain,
        "revision_number": revision_numbers[review.pk],
        "latest": chain[-1],
        "is_current": is_current,
        "responses": responses,
        "acknowledged": any(
            r.review_id == review.pk and r.kind == ReviewResponse.Kind.ACKNOWLEDGED
            for r in responses
        ),
        "can_respond": can_respond,
        "can_resolve": everyday and access.can_resolve(viewer, review),
        "scored_by_viewer": review.reviewer_id == viewer.pk,
    }
    awaiting = any(
        r.kind == ReviewResponse.Kind.DISPUTED and not hasattr(r, "resolution") for r in responses
    )
    context["who_resolves"] = access.who_resolves(review) if everyday and awaiting else ""
    return render(request, "careers/reviews/review_detail.html", context)


@require_POST
def acknowledge_review(request, review_id):
    """The operator confirms they have read the review (once per revision)."""
    review = _visible_review(request, review_id)
    if not access.can_respond(request.user, review, is_current=_is_current(review)):
        raise PermissionDenied("Only the operator can acknowledge their current review.")

    def create():
        response = ReviewResponse.objects.create(
            review=review, kind=ReviewResponse.Kind.ACKNOWLEDGED, created_by=request.user
        )
        log(response, "callpath.review.acknowledge", user=request.user)
        return response

    acknowledged = review.responses.filter(kind=ReviewResponse.Kind.ACKNOWLEDGED).exists()
    if acknowledged or recorded_once(create) is None:
        messages.info(request, "You have already acknowledged this review.")
    else:
        messages.success(request, "Review acknowledged.")
    return redirect("review_detail", review_id=review.pk)


def dispute_review(request, review_id):
    """The operator disputes one criterion's score with a reason; a lead then rules on it."""
    review = _visible_review(request, review_id)
    if not access.can_respond(request.user, review, is_current=_is_current(review)):
        raise PermissionDenied("Only the operator can dispute their current review.")
    disputes = review.responses.filter(kind=ReviewResponse.Kind.DISPUTED)
    if request.method == "POST":
        earlier = (
            disputes.filter(criterion_id=posted_id(request, "criterion"))
            .select_related("criterion")
            .first()
        )
        if earlier is not None:
            return _disputed_already(request, review, earlier.criterion)
    form = DisputeForm(request.POST or None, scores=_sorted_scores(review))
    if request.method == "POST" and form.is_valid():
        criterion = form.cleaned_data["criterion"]

        def create():
            response = ReviewResponse.objects.create(
                review=review,
                kind=ReviewResponse.Kind.DISPUTED,
                criterion=criterion,
                comment=form.cleaned_data["comment"],
                created_by=request.user,
            )
            log(response, "callpath.review.dispute", user=request.user)
            return response

        if recorded_once(create) is None:
            return _disputed_already(request, review, criterion)
        messages.success(
            request,
            gettext("Dispute of “%(criterion)s” sent to %(who)s for a decision.")
            % {"criterion": criterion.name, "who": access.who_resolves(review)},
        )
        return redirect("review_detail", review_id=review.pk)
    return render(
        request,
        "careers/reviews/dispute_form.html",
        {"review": review, "form": form},
        status=_status(request),
    )


def _disputed_already(request, review, criterion):
    """Each criterion of a revision is disputed once: a lead rules on it, and that ruling
    stands for this revision."""
    message = gettext("You have already disputed “%(criterion)s” on this review.") % {
        "criterion": criterion.name
    }
    return already_recorded(request, message, reverse("review_detail", args=[review.pk]))


def _resolve_refusal(viewer, review):
    """Why the viewer may not rule on a dispute about `review`, saying who will."""
    if viewer.pk == review.reviewer_id and roles.is_lead(viewer):
        return gettext(
            "You scored this review, so you do not rule on disputes about it: %(who)s will."
        ) % {"who": access.who_resolves(review)}
    return gettext("Only a lead of the operator's team (or an admin) can resolve disputes.")


def resolve_dispute(request, response_id):
    """A lead of the operator's team (or an admin), not the reviewer, upholds a disputed score
    or changes it.

    A change never edits the review: it makes a new revision of the current one with the new
    score, and the monthly Quality score is worked out again.
    """
    dispute = (
        ReviewResponse.objects.select_related(
            "review__operator", "review__calibration", "criterion", "created_by"
        )
        .filter(pk=response_id, kind=ReviewResponse.Kind.DISPUTED)
        .first()
    )
    if dispute is None or not access.can_view_review(request.user, dispute.review):
        raise Http404("No such dispute.")
    operator = dispute.review.operator
    if not access.can_resolve(request.user, dispute.review):
        raise PermissionDenied(_resolve_refusal(request.user, dispute.review))
    resolved_already = gettext("That dispute has already been resolved.")
    if DisputeResolution.objects.filter(dispute=dispute).exists():
        return already_recorded(
            request, resolved_already, reverse("review_detail", args=[dispute.review_id])
        )
    latest = quality.latest_revision(dispute.review)
    current = CriterionScore.objects.get(review=latest, criterion=dispute.criterion)
    form = ResolveDisputeForm(
        request.POST or None, criterion=dispute.criterion, current_score=current.score
    )
    if request.method == "POST" and form.is_valid():
        outcome = form.cleaned_data["outcome"]

        def create():
            # A simultaneous ruling breaks the one-resolution-per-dispute (or, for a change,
            # the one-revision-per-review) constraint and leaves nothing behind.
            new_review = None
            if outcome == DisputeResolution.Outcome.CHANGED:
                new_review = quality.revise_review(latest, dispute.criterion, form.score())
                log(new_review, "callpath.review.revise", user=request.user)
                quality.recompute_quality_score(operator, new_review.call_date)
            resolution = DisputeResolution.objects.create(
                dispute=dispute,
                outcome=outcome,
                note=form.cleaned_data["note"],
                new_review=new_review,
                resolved_by=request.user,
            )
            log(resolution, "callpath.review.resolve", user=request.user)
            return resolution

        resolution = recorded_once(create)
        if resolution is None and not DisputeResolution.objects.filter(dispute=dispute).exists():
            # Another dispute on this review was ruled a change at the same moment.
            return already_recorded(
                request,
                gettext("The review has just been revised: check the new scores and decide again."),
                reverse("dispute_resolve", args=[dispute.pk]),
            )
        if resolution is None:
            return already_recorded(
                request, resolved_already, reverse("review_detail", args=[dispute.review_id])
            )
        new_review = resolution.new_review
        if new_review:
            messages.success(
                request,
                f"Score changed: revision saved with a new total of {new_review.total}.",
            )
        else:
            messages.success(request, "Score upheld. The operator can read your note.")
        return redirect("review_detail", review_id=(new_review or dispute.review).pk)
    return render(
        request,
        "careers/reviews/resolve_form.html",
        {
            "dispute": dispute,
            "review": dispute.review,
            "latest": latest,
            "current_score": score_text(current.score, dispute.criterion.auto_fail),
            "form": form,
        },
        status=_status(request),
    )


# ---------------------------------------------------------------------------------------
# Calibration


def calibration_list(request):
    """Sessions the user takes part in, with how far apart the reviewers' totals are."""
    if not roles.is_mentor(request.user):
        raise PermissionDenied("Calibration is for mentors, leads and admins.")
    sessions = (
        access.visible_sessions(request.user)
        .select_related("operator", "scorecard")
        .annotate(
            reviewer_count=Count("reviews"),
            lowest=Min("reviews__total"),
            highest=Max("reviews__total"),
        )
        .order_by("-call_date", "-pk")
    )
    page = Paginator(sessions, SESSIONS_PER_PAGE).get_page(request.GET.get("page"))
    for session in page:
        session.total_spread = (
            # SQLite returns MIN/MAX of decimals as floats: round back to cents.
            Decimal(session.highest - session.lowest).quantize(CENT)
            if session.reviewer_count
            else None
        )
    return render(
        request,
        "careers/reviews/calibration_list.html",
        {"sessions": page, "can_create": access.can_run_calibration(request.user)},
    )


def create_calibration(request):
    """A lead picks a call from their team for mentors and leads to score side by side."""
    if not access.can_run_calibration(request.user):
        raise PermissionDenied("Only team leads can set up calibration sessions.")
    set_up_already = gettext(
        "This session is already set up: sending the form again changes nothing."
    )
    sessions = CalibrationSession.objects.filter(created_by=request.user)
    if already_submitted(request, sessions):
        earlier = sessions.get(submission_key=posted_key(request))
        return already_recorded(
            request, set_up_already, reverse("calibration_detail", args=[earlier.pk])
        )
    form = CalibrationSessionForm(request.POST or None, viewer=request.user)
    if request.method == "POST" and form.is_valid():

        def create():
            session = form.save(commit=False)
            session.created_by = request.user
            session.submission_key = submission_key(form)
            session.save()
            log(session, "callpath.calibration", user=request.user)
            return session

        session = recorded_once(create)
        if session is None:
            return already_recorded(request, set_up_already, "calibration_list")
        messages.success(request, "Calibration session set up. Ask the reviewers to score it.")
        return redirect("calibration_detail", session_id=session.pk)
    return render(
        request,
        "careers/reviews/calibration_form.html",
        {"form": form},
        status=_status(request),
    )


def _visible_session(request, session_id):
    session = (
        CalibrationSession.objects.select_related("scorecard", "operator", "created_by")
        .filter(pk=session_id)
        .first()
    )
    if session is None or not access.can_view_session(request.user, session):
        raise Http404("No such calibration session.")
    return session


def calibration_detail(request, session_id):
    """Each reviewer's scores side by side, with the spread per criterion and of the totals.

    Mentors who have not scored yet see who has scored but not the scores, so their own
    scoring stays independent.
    """
    session = _visible_session(request, session_id)
    viewer = request.user
    reviews = list(session.reviews.select_related("reviewer").order_by("created_at", "pk"))
    has_scored = any(review.reviewer_id == viewer.pk for review in reviews)
    may_score = not has_scored and access.can_score_session(viewer, session)
    criteria = list(session.scorecard.criteria.order_by("sort_order", "pk"))
    context = {
        "session": session,
        "reviews": reviews,
        "may_score": may_score,
        "scores_hidden": may_score and not roles.is_lead(viewer),
        "sections": _by_section(_calibration_rows(criteria, reviews), lambda row: row["criterion"]),
        "totals": _totals_row(reviews),
    }
    return render(request, "careers/reviews/calibration_detail.html", context)


def _calibration_rows(criteria, reviews):
    """One row per criterion: each reviewer's score (outliers marked) and the spread."""
    scores = {review: {} for review in reviews}
    by_pk = {review.pk: review for review in reviews}
    rows = CriterionScore.objects.filter(review__in=reviews).values_list(
        "review_id", "criterion_id", "score"
    )
    for review_id, criterion_id, score in rows:
        scores[by_pk[review_id]][criterion_id] = score
    spreads = score_spread(scores)
    table = []
    for criterion in criteria:
        spread = spreads.get(criterion.pk) or spread_of({})
        cells = [
            {
                "text": score_text(scores[review].get(criterion.pk), criterion.auto_fail),
                "outlier": review in spread.outliers,
            }
            for review in reviews
        ]
        table.append({"criterion": criterion, "cells": cells, "spread": spread})
    return table


def _totals_row(reviews):
    spread = spread_of({review: review.total for review in reviews})
    return {"totals": [review.total for review in reviews], "spread": spread}


def score_calibration(request, session_id):
    """A mentor or lead adds their own scoring of the session's call (once per session).

    Calibration reviews never count towards the operator's Quality score.
    """
    session = _visible_session(request, session_id)
    if not access.can_score_session(request.user, session):
        raise PermissionDenied("Only mentors and leads of the operator's team score this call.")
    scored_already = gettext("You have already scored this call.")
    session_url = reverse("calibration_detail", args=[session.pk])
    if session.reviews.filter(reviewer=request.user).exists():
        return already_recorded(request, scored_already, session_url)
    criteria = session.scorecard.criteria.order_by("sort_order", "pk")
    form = CalibrationScoreForm(request.POST or None, criteria=criteria)
    if request.method == "POST" and form.is_valid():

        def create():
            review = quality.create_review(
                scores=form.scores(),
                comments_by_criterion=form.criterion_comments(),
                operator=session.operator,
                reviewer=request.user,
                scorecard=session.scorecard,
                call_reference=session.call_reference,
                call_date=session.call_date,
                comments=form.cleaned_data["comments"],
                calibration=session,
            )
            log(review, "callpath.calibration.score", user=request.user)
            return review

        review = recorded_once(create)
        if review is None:
            return already_recorded(request, scored_already, session_url)
        messages.success(request, f"Your scoring is in: {review.total} out of 100.")
        return redirect("calibration_detail", session_id=session.pk)
    return render(
        request,
        "careers/reviews/calibration_score.html",
        {"session": session, "form": form},
        status=_status(request),
    )
