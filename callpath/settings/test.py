"""The test suite: SQLite in memory unless DATABASE_URL says otherwise."""

import os
import uuid

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-key-callpath"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if "DATABASE_URL" not in os.environ:
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

# Connections opened by the browser tests' server thread must not outlive the test run.
DATABASES["default"]["CONN_MAX_AGE"] = 0

# Each run starts with an empty cache, so nothing (Wagtail's site root paths) carries over
# from the last run's database: memory instead of the file cache, a fresh prefix in Redis.
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = f"callpath-test-{uuid.uuid4().hex[:12]}"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
