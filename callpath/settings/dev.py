"""Local development: `make run`."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a developer's machine; production refuses to start without one.
SECRET_KEY = (
    os.environ.get("SECRET_KEY") or "dev-only-insecure-key-callpath-never-use-in-production"
)

# Emails (password reset links) are printed by `make run` unless a mail server is named.
if not os.environ.get("EMAIL_HOST") and not os.environ.get("EMAIL_BACKEND"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
