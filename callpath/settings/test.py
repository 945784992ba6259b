"""The test suite: SQLite in memory unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-key-callpath"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

if "DATABASE_URL" not in os.environ:
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

# Connections opened by the browser tests' server thread must not outlive the test run.
DATABASES["default"]["CONN_MAX_AGE"] = 0

LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
