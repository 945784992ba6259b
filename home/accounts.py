"""Passwords: everyone changes their own, resets a forgotten one by email from the login
page, and a team lead can send a member of their team a reset link.

Django's password views with the site's templates. A reset link goes only to an active
account with an email address and a usable password, at most once per
PASSWORD_RESET_EMAIL_INTERVAL_MINUTES per person, and the forgot-password answer is the
same whether or not any account has the address given.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sites.shortcuts import get_current_site
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.log_actions import LogFormatter, log

from callpath.security import client_ip
from careers.views import reset_link_refusal, visible_operator

RESET_LINK_SENT_ACTION = "callpath.password.reset_link_sent"
TEMPLATES = "home/account/"
EMAIL_TEMPLATES = {
    "subject_template_name": f"{TEMPLATES}password_reset_subject.txt",
    "email_template_name": f"{TEMPLATES}password_reset_email.txt",
}


def claim_reset_email(user):
    """True, and remembered for a while, unless `user` was sent a reset link too recently:
    nobody can fill a person's inbox from the forgot-password form."""
    interval = settings.PASSWORD_RESET_EMAIL_INTERVAL_MINUTES * 60
    return cache.add(f"password-reset-sent:{user.pk}", True, timeout=interval)


class ResetRequestForm(PasswordResetForm):
    """Django's form (active users with this address and a usable password), with a limit
    on how often one person is sent a link."""

    def get_users(self, email):
        return (user for user in super().get_users(email) if claim_reset_email(user))


def send_reset_link(request, user, sent_by=None):
    """Email `user` a link to set a new password; `sent_by` is the lead who asked for it."""
    site = get_current_site(request)
    context = {
        "email": user.email,
        "domain": site.domain,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if request.is_secure() else "http",
        "sent_by": sent_by,
        "valid_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    PasswordResetForm().send_mail(
        context=context, from_email=None, to_email=user.email, **EMAIL_TEMPLATES
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Forgot password: an email address in, a reset link out (if an account has it)."""

    template_name = f"{TEMPLATES}password_reset_form.html"
    form_class = ResetRequestForm
    success_url = reverse_lazy("password_reset_done")
    extra_email_context = {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "valid_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    subject_template_name = EMAIL_TEMPLATES["subject_template_name"]
    email_template_name = EMAIL_TEMPLATES["email_template_name"]


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = f"{TEMPLATES}password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The link from the email: choose a new password, then log in with it."""

    template_name = f"{TEMPLATES}password_reset_confirm.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form):
        response = super().form_valid(form)
        # Whoever holds the link may log in again from here, even if wrong guesses at the
        # old password paused this account on this network.
        AccessAttempt.objects.filter(
            username=self.user.get_username(), ip_address=client_ip(self.request)
        ).delete()
        messages.success(self.request, _("Your new password is set. Log in with it."))
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """Change your own password (the old one first); you stay logged in here."""

    template_name = f"{TEMPLATES}password_change.html"
    success_url = reverse_lazy("password_change")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response


@require_POST
def send_password_reset(request, username):
    """A lead sends a member of their team a reset link; recorded in the audit log."""
    member = visible_operator(request, username)
    refusal = reset_link_refusal(request.user, member)
    if refusal:
        raise PermissionDenied(refusal)
    name = member.get_full_name() or member.get_username()
    back = redirect(reverse("operator_progress", args=[member.get_username()]))
    if not member.email:
        messages.error(
            request,
            _("%(name)s has no email address on record: ask an administrator to add one.")
            % {"name": name},
        )
        return back
    if not claim_reset_email(member):
        minutes = settings.PASSWORD_RESET_EMAIL_INTERVAL_MINUTES
        messages.warning(
            request,
            _(
                "%(name)s was sent a reset link less than %(minutes)s minutes ago: ask them "
                "to look in their inbox."
            )
            % {"name": name, "minutes": minutes},
        )
        return back
    send_reset_link(request, member, sent_by=request.user)
    log(member, RESET_LINK_SENT_ACTION, user=request.user, data={"email": member.email})
    messages.success(
        request,
        _("A link to set a new password has been sent to %(name)s at %(email)s.")
        % {"name": name, "email": member.email},
    )
    return back


def register_password_log_actions(actions):
    """The audit log's wording for reset links sent by a lead (`register_log_actions`)."""

    @actions.register_action(RESET_LINK_SENT_ACTION)
    class ResetLinkSent(LogFormatter):
        label = gettext_lazy("Send password reset link")

        def format_message(self, log_entry):
            email = (log_entry.data or {}).get("email", "")
            return _("Sent a password reset link to %(email)s") % {"email": email}
