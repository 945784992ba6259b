"""The KPI and readiness API for telephony and WFM systems (`/api/v1/`).

Integrations authenticate with `Authorization: Bearer <token>`, a per-integration
`IntegrationToken` an admin creates in the Wagtail admin. Only the token's SHA-256 digest is
stored. The site requires a login everywhere, so the API's views are exempt from Django's
`LoginRequiredMiddleware` and check the token instead; the OpenAPI schema also opens to a
logged-in person. Every call is logged on the "callpath.api" logger: caller, path, status.
"""

import functools
import hashlib
import json
import logging
import secrets
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils import timezone
from ninja import NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from careers.kpi_import import (
    COLUMNS,
    InvalidPayload,
    import_rows,
    may_be_username,
    rows_from_json,
)
from careers.models import IntegrationToken, KpiSource, OperatorProfile
from careers.selectors import readiness_for

logger = logging.getLogger("callpath.api")

TOKEN_PREFIX = "cp_"
SHOWN_PREFIX_LENGTH = 8
UNKNOWN_CALLER = "unknown"


# ---------------------------------------------------------------------------------------
# Tokens


def generate_token():
    """A new plaintext token: "cp_" and 43 URL-safe characters (256 random bits)."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token):
    """The SHA-256 hex digest stored in `IntegrationToken.key_hash`."""
    return hashlib.sha256(token.encode()).hexdigest()


def prepare_token(integration_token):
    """Give an unsaved IntegrationToken a fresh secret; return the plaintext to show once."""
    token = generate_token()
    integration_token.key_hash = hash_token(token)
    integration_token.prefix = token[:SHOWN_PREFIX_LENGTH]
    return token


class AuthenticationFailed(Exception):
    """A request without a usable token; answered with 401 and `detail`."""

    def __init__(self, detail):
        super().__init__(detail)
        self.detail = detail


class IntegrationTokenAuth(HttpBearer):
    """Bearer-token authentication against IntegrationToken; `request.auth` is the token.

    Unlike ninja's HttpBearer it says why a request was refused (missing, malformed,
    unknown or revoked token), and it records the caller for the access log.
    """

    def __call__(self, request):
        scheme, _, token = request.headers.get(self.header, "").partition(" ")
        if not scheme:
            raise AuthenticationFailed(
                "Authentication required: send 'Authorization: Bearer <token>'."
            )
        if scheme.lower() != self.openapi_scheme or not token.strip():
            raise AuthenticationFailed("The Authorization header must be 'Bearer <token>'.")
        return self.authenticate(request, token.strip())

    def authenticate(self, request, token):
        integration = IntegrationToken.objects.filter(key_hash=hash_token(token)).first()
        if integration is None:
            raise AuthenticationFailed("Invalid token.")
        request.api_caller = integration.name
        now = timezone.now()
        if integration.revoked_at is not None and integration.revoked_at <= now:
            raise AuthenticationFailed("This token has been revoked.")
        IntegrationToken.objects.filter(pk=integration.pk).update(last_used_at=now)
        integration.last_used_at = now
        return integration


token_auth = IntegrationTokenAuth()


def token_or_login_required(view):
    """For the OpenAPI schema: a logged-in person or a valid token, else 401 JSON."""

    @functools.wraps(view)
    def guarded_view(request, *args, **kwargs):
        if request.user.is_authenticated:
            request.api_caller = f"user {request.user.get_username()}"
        else:
            try:
                token_auth(request)
            except AuthenticationFailed as failure:
                return unauthorized_response(failure)
        return view(request, *args, **kwargs)

    return guarded_view


def unauthorized_response(failure):
    response = JsonResponse({"detail": failure.detail}, status=401)
    response["WWW-Authenticate"] = 'Bearer realm="callpath"'
    return response


# ---------------------------------------------------------------------------------------
# The API object: every URL is exempt from the site login and logged


class CallpathAPI(NinjaAPI):
    """A NinjaAPI whose URL patterns skip `LoginRequiredMiddleware` (tokens, not sessions)
    and log each call."""

    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        for pattern in patterns:
            pattern.callback = exempt_and_logged(pattern.callback)
        return patterns, app_name, namespace


def exempt_and_logged(view):
    """Mark a view as not needing a session login and log its outcome."""

    @functools.wraps(view)
    def api_view(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        log_call(request, response.status_code)
        return response

    return login_not_required(api_view)


def log_call(request, status):
    caller = getattr(request, "api_caller", None) or UNKNOWN_CALLER
    level = logging.INFO if status < 400 else logging.WARNING
    logger.log(
        level,
        "API %s %s %s by %s",
        request.method,
        request.path,
        status,
        caller,
        extra={"api_caller": caller, "api_path": request.path, "api_status": status},
    )


api = CallpathAPI(
    title="Callpath integrations API",
    version="1",
    description=(
        "Push monthly KPI values and read operators' promotion readiness. Authenticate with "
        "'Authorization: Bearer <token>' using a token an admin created under Settings > "
        "Integration tokens."
    ),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url=None,
    docs_decorator=token_or_login_required,
    auth=token_auth,
)


@api.exception_handler(AuthenticationFailed)
def authentication_failed(request, exc):
    return unauthorized_response(exc)


# ---------------------------------------------------------------------------------------
# Schemas


class ErrorOut(Schema):
    detail: str


class RowErrorOut(Schema):
    row: int
    field: str | None = None
    message: str


class KpiErrorsOut(Schema):
    detail: str
    errors: list[RowErrorOut]


class KpiPushOut(Schema):
    rows: int
    created: int
    replaced: int


class RequirementOut(Schema):
    label: str
    kind: str
    met: bool
    current: str
    needed: str
    evidence: list[str]
    next_step: str


class ReadinessOut(Schema):
    username: str
    current_level: str | None
    target_level: str | None
    percent: int | None
    met_count: int
    total: int
    ready: bool
    requirements: list[RequirementOut]


# The body is parsed by hand so CSV and API rows share one validator and one error format;
# this describes it in the OpenAPI schema.
KPI_ROW_SCHEMA = {
    "type": "object",
    "required": list(COLUMNS),
    "additionalProperties": False,
    "properties": {
        "username": {"type": "string", "example": "gadeyemi"},
        "metric": {"type": "string", "description": "A KPI metric name, any case."},
        "month": {
            "type": "string",
            "pattern": r"^[0-9]{4}-[0-9]{2}$",
            "description": "The month, from 2000-01 to this month.",
            "example": "2026-10",
        },
        "value": {
            "description": "A number, or text with ASCII digits, an optional sign and decimal "
            "point (as a spreadsheet writes it).",
            "oneOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)\s*$"},
            ],
            "example": 87.5,
        },
    },
}
KPI_ROWS_SCHEMA = {"type": "array", "minItems": 1, "items": KPI_ROW_SCHEMA}
KPI_PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {
                            "type": "object",
                            "required": ["rows"],
                            "additionalProperties": False,
                            "properties": {"rows": KPI_ROWS_SCHEMA},
                        },
                        KPI_ROWS_SCHEMA,
                    ]
                }
            }
        },
    }
}


# ---------------------------------------------------------------------------------------
# Endpoints


@api.post(
    "/kpis",
    response={201: KpiPushOut, 400: ErrorOut, 401: ErrorOut, 413: ErrorOut, 422: KpiErrorsOut},
    summary="Push monthly KPI values",
    description=(
        "Rows of username, metric, month (YYYY-MM) and value, checked like a CSV import. "
        "With any invalid row nothing is written and the answer lists every problem by row "
        "(1-based). A value for a month already on file replaces it."
    ),
    openapi_extra=KPI_PUSH_BODY,
)
def push_kpis(request):
    try:
        payload = json.loads(request.body, parse_float=Decimal)
    except RequestDataTooBig:
        return Status(413, {"detail": "The body is too large: push fewer rows per request."})
    except (ValueError, UnicodeDecodeError):
        return Status(400, {"detail": "The body is not valid JSON."})
    except RecursionError:  # arrays or objects nested thousands deep
        return Status(400, {"detail": "The body is nested too deeply: send a list of rows."})
    try:
        parsed = rows_from_json(payload)
    except InvalidPayload as error:
        return Status(422, {"detail": str(error), "errors": []})

    result = import_rows(parsed, source=KpiSource.API, origin={"integration": request.auth.name})
    if not result.written:
        return Status(
            422,
            {
                "detail": (
                    f"{result.invalid_rows} of {result.rows_read} rows are invalid; "
                    "nothing was written."
                ),
                "errors": [
                    {"row": error.line, "field": error.field or None, "message": error.message}
                    for error in result.errors
                ],
            },
        )
    counts = {"rows": result.rows_read, "created": result.created, "replaced": result.replaced}
    return Status(201, counts)


@api.get(
    "/operators/{username}/readiness",
    # 400: a NUL character in the address (callpath.request_input).
    response={200: ReadinessOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="An operator's readiness for their target level",
    description=(
        "Each requirement of the target level's gate, met or not, with the current and needed "
        "value, the evidence and the next step. Without a target level the list is empty."
    ),
)
def operator_readiness(request, username: str):
    users = get_user_model().objects.filter(username=username)
    user = users.first() if may_be_username(username) else None
    if user is None:
        raise HttpError(404, f"No operator with the username '{username}'.")
    profile = (
        OperatorProfile.objects.select_related("level", "target_level").filter(user=user).first()
    )
    readiness = readiness_for([user], timezone.localdate())[user.pk]
    return readiness_out(user, profile, readiness)


def readiness_out(user, profile, readiness):
    """The readiness answer as plain data; no target level means no requirements."""
    current = profile.level.title if profile and profile.level else None
    target = profile.target_level.title if profile and profile.target_level else None
    if readiness is None:
        return {
            "username": user.get_username(),
            "current_level": current,
            "target_level": None,
            "percent": None,
            "met_count": 0,
            "total": 0,
            "ready": False,
            "requirements": [],
        }
    return {
        "username": user.get_username(),
        "current_level": current,
        "target_level": target,
        "percent": readiness.percent,
        "met_count": readiness.met_count,
        "total": readiness.total,
        "ready": readiness.ready,
        "requirements": [
            {
                "label": status.requirement.label,
                "kind": status.requirement.kind,
                "met": status.met,
                "current": status.current,
                "needed": status.needed,
                "evidence": [evidence.label for evidence in status.evidence],
                "next_step": status.next_step,
            }
            for status in readiness.statuses
        ],
    }
