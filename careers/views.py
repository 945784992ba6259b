"""Progress pages and mentor tools. Every view checks careers.permissions on the server."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log

from careers import board, packet, permissions
from careers.fit import fit_score
from careers.forms import (
    AssessmentForm,
    BoardFilterForm,
    PracticeEntryForm,
    PromotionDecisionForm,
    SignOffForm,
)
from careers.models import (
    Assessment,
    AssessmentKind,
    OperatorProfile,
    PracticeEntry,
    PromotionDecision,
    SignOff,
    TaskTypeWeight,
)
from careers.progress import progress_for
from careers.selectors import readiness_for
from careers.submissions import (
    already_recorded,
    already_submitted,
    posted_id,
    recorded_once,
    submission_key,
)
from home import roles
from home.cache import cached, version


class TeamBoardView(SpreadsheetExportMixin, TemplateView):
    """`/team/`: who on the lead's team is ready for the next step and what the rest miss.

    Filters, sorting and CSV/XLSX export of the current view; admins see every team.
    """

    template_name = "careers/team_board.html"
    paginate_by = 50
    export_filename = "team-readiness"
    list_export = [
        "name",
        "team",
        "level",
        "target",
        "readiness",
        "missing_count",
        "missing",
        "last_assessed",
        "mentor",
        "quality",
    ]
    export_headings = {
        "name": "Operator",
        "team": "Team",
        "level": "Level",
        "target": "Target level",
        "readiness": "Readiness %",
        "missing_count": "Requirements missing",
        "missing": "Missing",
        "last_assessed": "Last assessed",
        "mentor": "Mentor",
        "quality": "Latest quality score",
    }
    columns = [
        ("name", "Operator"),
        ("team", "Team"),
        ("level", "Level"),
        ("target", "Target"),
        ("readiness", "Readiness"),
        ("missing", "Missing"),
        ("last_assessed", "Last assessed"),
        ("mentor", "Mentor"),
        ("quality", "Quality"),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_lead(request.user):
            raise PermissionDenied("Only team leads can see the team board.")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.teams = list(board.teams_for(request.user))
        self.filters = BoardFilterForm(request.GET or None, teams=self.teams)
        filters = self.filters.cleaned_data if self.filters.is_valid() else {}
        rows = board.board_rows(
            self.teams,
            timezone.localdate(),
            team=filters.get("team"),
            level=filters.get("level"),
            target=filters.get("target"),
            ready_now=filters.get("ready_now", False),
            stalled=filters.get("stalled", False),
        )
        self.sort = request.GET.get("sort", "name")
        self.descending = request.GET.get("dir") == "desc"
        rows = board.sort_rows(rows, self.sort, self.descending)
        if self.is_export:
            return self.as_spreadsheet(rows, request.GET.get("export"))
        return self.render_to_response(self.get_context_data(rows=rows))

    def get_context_data(self, rows, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        for name in ("page", "export"):
            query.pop(name, None)
        headers = []
        for key, label in self.columns:
            descending = key == self.sort and not self.descending
            header_query = query.copy()
            header_query["sort"] = key
            header_query["dir"] = "desc" if descending else "asc"
            headers.append(
                {
                    "key": key,
                    "label": label,
                    "url": f"?{header_query.urlencode()}",
                    "sorted": "descending"
                    if key == self.sort and self.descending
                    else "ascending"
                    if key == self.sort
                    else None,
                }
            )
        context.update(
            rows=Paginator(rows, self.paginate_by).get_page(self.request.GET.get("page")),
            total=len(rows),
            ready_count=sum(row.ready for row in rows),
            teams=self.teams,
            filters=self.filters,
            headers=headers,
            query=query.urlencode(),
            csv_url=self.csv_export_url,
            xlsx_url=self.xlsx_export_url,
            board_version=f"{timezone.localdate().isoformat()}:{version()}",
        )
        return context


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


def can_decide_promotion(viewer, operator):
    """Leads decide promotions for their team (admins for everyone), never their own."""
    if viewer.pk == operator.pk or not roles.is_lead(viewer):
        return False
    return viewer.is_superuser or permissions.leads_team_of(viewer, operator)


def reset_link_refusal(viewer, member):
    """Why `viewer` may not send `member` a password reset link, or "" when they may: only
    the lead of the member's team, never to themselves (they change their own) or to an
    admin (home/accounts.py sends it)."""
    if viewer.pk == member.pk:
        return gettext("Change your own password from the menu at the top of the page.")
    if member.is_superuser:
        return gettext("Administrators reset their own passwords.")
    if not permissions.leads_team_of(viewer, member):
        return gettext("Only the lead of their team can send someone a password reset link.")
    return ""


def operator_record(operator, today):
    """What the progress page shows about an operator, whoever looks; cached until the
    people's records or the framework change."""

    def compute():
        context = progress_for(operator, today)
        context.update(
            kpi_trends=packet.kpi_trends(operator, context["target_readiness"], today),
            recent_reviews=packet.recent_reviews(operator),
            best_fits=packet.best_fits(
                task_type_weights(), latest_ratings([operator.pk]).get(operator.pk, {})
            ),
        )
        return context

    return cached(("progress", operator.pk, today.isoformat()), compute)


def progress_page(request, operator, decision_form=None, status=200):
    viewer = request.user
    today = timezone.localdate()
    context = operator_record(operator, today)
    is_self = viewer.pk == operator.pk
    can_decide = can_decide_promotion(viewer, operator)
    context.update(
        operator=operator,
        is_self=is_self,
        can_assess=permissions.can_assess(viewer, operator),
        can_cosign=not is_self and permissions.can_assess(viewer, operator),
        can_decide=can_decide,
        can_send_reset_link=not reset_link_refusal(viewer, operator),
        record_version=version(),
    )
    if can_decide:
        context.update(
            timeline=packet.timeline(operator),
            decisions=list(
                PromotionDecision.objects.filter(operator=operator).select_related(
                    "target_level", "decided_by"
                )
            ),
            decision_form=decision_form or decision_form_for(context),
            decide_url=reverse("decide_promotion", args=[operator.get_username()]),
        )
    return render(request, "careers/progress.html", context, status=status)


def decision_form_for(context, data=None):
    readiness_by_level = {level.pk: readiness for level, readiness in context["next_levels"]}
    initial = {"target_level": context["target"].pk} if context["target"] else {}
    return PromotionDecisionForm(
        data,
        initial=initial,
        levels=[level for level, _ in context["next_levels"]],
        readiness_by_level=readiness_by_level,
    )


@require_POST
def decide_promotion(request, username):
    """Record a promotion decision from the packet; it freezes the readiness it was made on."""
    operator = visible_operator(request, username)
    if not can_decide_promotion(request.user, operator):
        raise PermissionDenied("Only the operator's team lead can decide promotions.")
    repeated = gettext("This decision is already recorded: sending the form again changes nothing.")
    if already_submitted(request, PromotionDecision.objects.filter(operator=operator)):
        return already_recorded(request, repeated, progress_url(request, operator))
    today = timezone.localdate()
    context = progress_for(operator, today)
    form = decision_form_for(context, request.POST)
    if not form.is_valid():
        return progress_page(request, operator, decision_form=form, status=400)
    target = form.cleaned_data["target_level"]
    decision = recorded_once(
        lambda: packet.record_decision(
            operator=operator,
            profile=context["profile"],
            target=target,
            readiness=form.readiness_by_level[target.pk],
            outcome=form.cleaned_data["outcome"],
            rationale=form.cleaned_data["rationale"],
            override_reason=form.cleaned_data["override_reason"].strip(),
            decided_by=request.user,
            today=today,
            submission_key=submission_key(form),
        )
    )
    if decision is None:
        return already_recorded(request, repeated, progress_url(request, operator))
    messages.success(request, f"Recorded: {decision.get_outcome_display()} — {target.title}.")
    return redirect(progress_url(request, operator))


def record_assessment(request, username):
    """A mentor or lead rates an operator's competency; an operator rates themself."""
    operator = visible_operator(request, username)
    is_self = request.user.pk == operator.pk
    if not is_self and not permissions.can_assess(request.user, operator):
        raise PermissionDenied("Only the operator's mentor or team lead can assess them.")
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():

        def create():
            assessment = form.save(commit=False)
            assessment.operator = operator
            assessment.assessor = request.user
            assessment.kind = permissions.assessment_kind_for(request.user, operator)
            assessment.submission_key = submission_key(form)
            assessment.save()
            log(assessment, "callpath.assessment", user=request.user)
            return assessment

        assessment = recorded_once(create)
        if assessment is None:
            return already_recorded(
                request,
                gettext(
                    "This assessment is already recorded: sending the form again changes nothing."
                ),
                progress_url(request, operator),
            )
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
    if request.method == "POST":
        # A second click finds the requirement signed: say so rather than "not a valid choice".
        earlier = (
            SignOff.objects.filter(
                operator=operator, requirement_id=posted_id(request, "requirement")
            )
            .select_related("requirement")
            .first()
        )
        if earlier is not None:
            return signed_already(request, operator, earlier.requirement)
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

            def create():
                signoff = SignOff.objects.create(
                    operator=operator,
                    requirement=requirement,
                    signed_by=request.user,
                    signed_on=form.cleaned_data["signed_on"],
                    note=form.cleaned_data["note"],
                    evidence_hours=context["cosigned_hours"] or None,
                )
                log(signoff, "callpath.signoff", user=request.user)
                return signoff

            if recorded_once(create) is None:
                return signed_already(request, operator, requirement)
            messages.success(request, f"Signed off “{requirement.signoff_name}”.")
            return redirect(progress_url(request, operator))
    return render(
        request,
        "careers/signoff_form.html",
        {"operator": operator, "form": form, "cosigned_hours": context["cosigned_hours"]},
        status=400 if request.method == "POST" else 200,
    )


def signed_already(request, operator, requirement):
    """The answer to signing off what is already signed off (a second click)."""
    message = gettext("“%(signoff)s” is already signed off for %(operator)s.") % {
        "signoff": requirement.signoff_name,
        "operator": operator.get_full_name() or operator.get_username(),
    }
    return already_recorded(request, message, progress_url(request, operator))


def log_practice(request):
    """A trainee logs supervised calls or shadowing; it counts once the mentor co-signs."""
    form = PracticeEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():

        def create():
            entry = form.save(commit=False)
            entry.trainee = request.user
            entry.submission_key = submission_key(form)
            entry.save()
            log(entry, "callpath.practice", user=request.user)
            return entry

        if recorded_once(create) is None:
            return already_recorded(
                request,
                gettext("This practice is already logged: sending the form again changes nothing."),
                "my_progress",
            )
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
    trainee = entry.trainee
    with transaction.atomic():
        # The row lock makes simultaneous co-signatures wait: only the first finds it unsigned.
        entry = PracticeEntry.objects.select_for_update().get(pk=entry.pk)
        cosigned = entry.cosigned_by_id is None
        if cosigned:
            entry.cosigned_by = request.user
            entry.cosigned_at = timezone.now()
            entry.save(update_fields=["cosigned_by", "cosigned_at"])
            log(entry, "callpath.practice.cosign", user=request.user)
    if not cosigned:
        messages.info(request, "That entry was already co-signed.")
    else:
        messages.success(
            request, f"Co-signed {entry.hours} hours of {entry.get_kind_display().lower()}."
        )
    return redirect(progress_url(request, trainee))


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


def latest_ratings(user_ids):
    """{user_id: {competency_id: latest mentor/lead rating}} in one query."""
    latest = {}
    for operator_id, competency_id, rating in (
        Assessment.objects.filter(operator_id__in=user_ids)
        .exclude(kind=AssessmentKind.SELF)
        .order_by("operator_id", "competency_id", "-assessed_on", "-pk")
        .values_list("operator_id", "competency_id", "rating")
    ):
        latest.setdefault(operator_id, {}).setdefault(competency_id, rating)
    return latest


def task_type_weights():
    """[(task type, [(competency_id, name, weight)])] for every task type, in one query."""
    weights = {}
    for weight in TaskTypeWeight.objects.select_related("task_type", "competency").order_by(
        "task_type__name", "sort_order"
    ):
        weights.setdefault(weight.task_type, []).append(
            (weight.competency_id, weight.competency.name, weight.weight)
        )
    return list(weights.items())


def campaign_fit(request):
    """Rank the lead's operators for a kind of campaign work by their latest ratings."""
    if not roles.is_lead(request.user):
        raise PermissionDenied("Only team leads can see campaign fit.")
    task_types = task_type_weights()
    chosen = request.GET.get("task", "")
    selected = next(
        ((task, weights) for task, weights in task_types if str(task.pk) == chosen),
        task_types[0] if task_types else (None, []),
    )
    task, weights = selected
    profiles = list(
        OperatorProfile.objects.filter(
            user__is_active=True,
            user__profile__team__in=board.teams_for(request.user),
            user__groups__name="Operators",
        ).select_related("user__profile__team", "level")
    )
    ratings = latest_ratings([profile.user_id for profile in profiles])
    ranked = sorted(
        ((profile, fit_score(weights, ratings.get(profile.user_id, {}))) for profile in profiles),
        key=lambda item: (-item[1].score, item[0].user.last_name),
    )
    return render(
        request,
        "careers/campaign_fit.html",
        {
            "task_types": [t for t, _ in task_types],
            "task": task,
            "weights": weights,
            "ranked": ranked,
        },
    )


def mentor_load(request):
    """Mentors with their mentees, supervised trainees and overdue assessments."""
    if not roles.is_lead(request.user):
        raise PermissionDenied("Only team leads can see mentor load.")
    stale_before = timezone.localdate() - timedelta(days=board.OVERDUE_ASSESSMENT_DAYS)
    mentees = (
        OperatorProfile.objects.filter(
            mentor__isnull=False,
            user__is_active=True,
            user__profile__team__in=board.teams_for(request.user),
        )
        .annotate(
            last_assessed=Max(
                "user__assessments__assessed_on",
                filter=~Q(user__assessments__kind=AssessmentKind.SELF),
            )
        )
        .select_related("mentor")
    )
    load = {}
    for profile in mentees:
        row = load.setdefault(
            profile.mentor_id,
            {"mentor": profile.mentor, "mentees": 0, "supervised": 0, "overdue": 0},
        )
        row["mentees"] += 1
        row["supervised"] += profile.supervised
        row["overdue"] += profile.last_assessed is None or profile.last_assessed < stale_before
    rows = sorted(load.values(), key=lambda row: (-row["mentees"], row["mentor"].last_name))
    return render(
        request,
        "careers/mentor_load.html",
        {"rows": rows, "stale_days": board.OVERDUE_ASSESSMENT_DAYS},
    )
