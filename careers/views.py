"""Progress pages and mentor tools. Every view checks careers.permissions on the server."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from careers import permissions
from careers.forms import AssessmentForm, PracticeEntryForm, SignOffForm
from careers.models import (
    AssessmentKind,
    OperatorProfile,
    PracticeEntry,
    SignOff,
)
from careers.progress import progress_for
from careers.selectors import readiness_for
from home import roles
from home.models import Team


def team(request):
    """The people in the teams a lead leads (every team for admins)."""
    if not roles.is_lead(request.user):
        raise PermissionDenied("Only team leads can see the team page.")
    teams = Team.objects.all() if request.user.is_superuser else request.user.led_teams.all()
    members = (
        get_user_model()
        .objects.filter(profile__team__in=teams, is_active=True)
        .select_related("profile__team")
        .order_by("profile__team__name", "last_name", "first_name")
    )
    return render(request, "careers/team.html", {"teams": teams, "members": members})


def visible_operator(request, username):
    """The operator named in the URL, or 404 for anyone who may not see them (never 403:
    a refusal would confirm that the person exists)."""
    operator = get_user_model().objects.filter(username=username, is_active=True).first()
    if operator is None or not permissions.can_view_operator(request.user, operator):
        raise Http404("No such operator.")
    return operator


def my_progress(request):
    return progress_page(request, request.user)


def operator_progress(request, username):
    return progress_page(request, visible_operator(request, username))


def progress_page(request, operator):
    viewer = request.user
    context = progress_for(operator, timezone.localdate())
    is_self = viewer.pk == operator.pk
    context.update(
        operator=operator,
        is_self=is_self,
        can_assess=permissions.can_assess(viewer, operator),
        can_sign_off=not is_self and permissions.can_assess(viewer, operator),
        can_cosign=not is_self and permissions.can_assess(viewer, operator),
        assessment_form=AssessmentForm(),
        practice_form=PracticeEntryForm() if is_self else None,
    )
    return render(request, "careers/progress.html", context)


def record_assessment(request, username):
    """A mentor or lead rates an operator's competency; an operator rates themself."""
    operator = visible_operator(request, username)
    is_self = request.user.pk == operator.pk
    if not is_self and not permissions.can_assess(request.user, operator):
        raise PermissionDenied("Only the operator's mentor or team lead can assess them.")
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            assessment = form.save(commit=False)
            assessment.operator = operator
            assessment.assessor = request.user
            assessment.kind = permissions.assessment_kind_for(request.user, operator)
            assessment.save()
            log(assessment, "callpath.assessment", user=request.user)
        messages.success(
            request,
            f"Recorded {assessment.competency}: {assessment.get_rating_display()} "
            f"({assessment.get_kind_display().lower()}).",
        )
        return redirect(progress_url(request, operator))
    return render(
        request,
        "careers/assessment_form.html",
        {"operator": operator, "form": form, "is_self": is_self},
        status=400 if request.method == "POST" else 200,
    )


def record_signoff(request, username):
    """Sign off a named requirement; refused with a reason when the signer lacks the right."""
    operator = visible_operator(request, username)
    if request.user.pk == operator.pk or not permissions.can_assess(request.user, operator):
        raise PermissionDenied("Only the operator's mentor or team lead can give sign-offs.")
    context = progress_for(operator, timezone.localdate())
    signed = SignOff.objects.filter(operator=operator).values_list("requirement_id", flat=True)
    form = SignOffForm(
        request.POST or None,
        levels=context["levels_for_signoff"],
        signed_requirement_ids=list(signed),
    )
    if request.method == "POST" and form.is_valid():
        requirement = form.cleaned_data["requirement"]
        refusal = permissions.sign_off_refusal(request.user, operator, requirement)
        if refusal:
            form.add_error("requirement", refusal)
        else:
            with transaction.atomic():
                signoff = SignOff.objects.create(
                    operator=operator,
                    requirement=requirement,
                    signed_by=request.user,
                    signed_on=form.cleaned_data["signed_on"],
                    note=form.cleaned_data["note"],
                    evidence_hours=context["cosigned_hours"] or None,
                )
                log(signoff, "callpath.signoff", user=request.user)
            messages.success(request, f"Signed off “{requirement.signoff_name}”.")
            return redirect(progress_url(request, operator))
    return render(
        request,
        "careers/signoff_form.html",
        {"operator": operator, "form": form, "cosigned_hours": context["cosigned_hours"]},
        status=400 if request.method == "POST" else 200,
    )


def log_practice(request):
    """A trainee logs supervised calls or shadowing; it counts once the mentor co-signs."""
    form = PracticeEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            entry = form.save(commit=False)
            entry.trainee = request.user
            entry.save()
            log(entry, "callpath.practice", user=request.user)
        messages.success(request, "Practice logged. Your mentor will co-sign it.")
        return redirect("my_progress")
    return render(
        request,
        "careers/practice_form.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def cosign_practice(request, entry_id):
    entry = get_object_or_404(PracticeEntry.objects.select_related("trainee"), pk=entry_id)
    if not permissions.can_view_operator(request.user, entry.trainee):
        raise Http404("No such entry.")
    if not permissions.can_cosign(request.user, entry):
        raise PermissionDenied("Only the trainee's mentor or team lead can co-sign practice.")
    if entry.cosigned_by_id:
        messages.info(request, "That entry was already co-signed.")
    else:
        with transaction.atomic():
            entry.cosigned_by = request.user
            entry.cosigned_at = timezone.now()
            entry.save(update_fields=["cosigned_by", "cosigned_at"])
            log(entry, "callpath.practice.cosign", user=request.user)
        messages.success(
            request, f"Co-signed {entry.hours} hours of {entry.get_kind_display().lower()}."
        )
    return redirect(progress_url(request, entry.trainee))


def progress_url(request, operator):
    if operator.pk == request.user.pk:
        return "/progress/"
    return f"/progress/{operator.get_username()}/"


def mentees(request):
    """A mentor's mentees with readiness for their target and when they were last assessed."""
    if not roles.is_mentor(request.user):
        raise PermissionDenied("Only mentors and leads have mentees.")
    profiles = list(
        OperatorProfile.objects.filter(mentor=request.user, user__is_active=True)
        .select_related("user", "level", "target_level")
        .annotate(
            last_assessed=Max(
                "user__assessments__assessed_on",
                filter=~Q(user__assessments__kind=AssessmentKind.SELF),
            )
        )
        .order_by("user__last_name", "user__first_name")
    )
    readiness = readiness_for([p.user for p in profiles], timezone.localdate())
    rows = [(profile, readiness.get(profile.user_id)) for profile in profiles]
    return render(request, "careers/mentees.html", {"rows": rows})
