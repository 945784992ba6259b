"""Cached values that are never stale: each key carries the generations of the data the value
was computed from, and every write to that data starts a new generation.

- "content": pages, snippets and the competency framework, which everyone reads.
- "records": what is held about people — profiles, teams, assessments, sign-offs, reviews,
  KPI snapshots, practice, decisions, quiz attempts, completions and acknowledgements.

Any save or delete of a model bumps the generation it belongs to, at once and again when the
transaction commits (so a process that read the old data in between cannot keep it). Bulk
writes, which send no signals, call `bump()` themselves. Values of an old generation are never
asked for again and expire.

The generations live in the cache itself, so the cache must be shared by the processes that
serve requests: the file cache on one machine, Redis across several (see settings).

A cache that cannot write (a full disk, a folder it may not write to, a Redis refusing writes)
must not take the site down with it: the backends below then behave as an empty cache that
keeps nothing, and `/healthz` reports it (`cache_write_problem`).
"""

import contextlib
import logging
import random
import threading
import time
import uuid
from contextvars import ContextVar

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

logger = logging.getLogger(__name__)

CONTENT, RECORDS = "content", "records"
TIMEOUT = 60 * 60 * 6

RECORD_APPS = {"careers", "home", "auth"}
RECORD_MODELS = {"kb.acknowledgement", "kb.quizattempt", "kb.guidecompletion"}
# Framework snippets live in careers but are content; integration tokens change nothing shown.
CONTENT_MODELS = {
    "careers.competency",
    "careers.kpimetric",
    "careers.scorecard",
    "careers.scorecardcriterion",
    "careers.tasktype",
    "careers.tasktypeweight",
    "careers.levelrequirement",
}
IGNORED_APPS = {
    "sessions",
    "axes",
    "admin",
    "contenttypes",
    "django_tasks_database",
    "wagtailsearch",
}
IGNORED_MODELS = {
    "careers.integrationtoken",
    "search.querylog",
    "search.searchentry",
    "search.searchentrytag",
    "search.searchword",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    # Made the first time an image or embed is shown; they change nothing already rendered,
    # and counting them would empty every content cache on a page's first view.
    "wagtailembeds.embed",
    "wagtailimages.rendition",
    "wagtailusers.userprofile",
}


def _key(name):
    return f"generation:{name}"


# A request reads the generations once and keeps them (each read is a round trip to the
# cache, and a page asks several times), so what it serves comes from one snapshot; its own
# writes update the snapshot. Outside requests every call reads the cache.
_request = threading.local()


def _start_request(**kwargs):
    _request.tokens = {}


def _end_request(**kwargs):
    _request.tokens = None


def _remember(tokens):
    snapshot = getattr(_request, "tokens", None)
    if snapshot is not None:
        snapshot.update(tokens)


# The generations a bulk write has changed so far; None outside `bulk_write()`.
_bulk_bumps = ContextVar("callpath_bulk_bumps", default=None)


@contextlib.contextmanager
def bulk_write():
    """Around a transaction that writes many records at once (an import).

    The transaction holds the database's write lock (SQLite has one for everybody), so it
    should hold nothing but the writes: inside this block every save's generation bump is
    noted and made once at the end, and the search index is brought up to date after the
    commit instead of inside it (`in_bulk_write()`, read by search.index).
    """
    bumps = set()
    token = _bulk_bumps.set(bumps)
    try:
        yield
    finally:
        _bulk_bumps.reset(token)
        if bumps:
            bump(*sorted(bumps))


def in_bulk_write():
    """Whether the caller runs inside `bulk_write()`."""
    return _bulk_bumps.get() is not None


def bump(*names):
    """Start new generations of `names` (CONTENT, RECORDS)."""
    pending = _bulk_bumps.get()
    if pending is not None:
        pending.update(names)
        return
    tokens = {name: uuid.uuid4().hex for name in names}
    cache.set_many({_key(name): token for name, token in tokens.items()}, timeout=None)
    _remember(tokens)


def generations(*names):
    """The current tokens of `names`, in order (new ones for any the cache has lost)."""
    snapshot = getattr(_request, "tokens", None) or {}
    if all(name in snapshot for name in names):
        return [snapshot[name] for name in names]
    found = cache.get_many([_key(name) for name in names])
    tokens = {name: found.get(_key(name)) or uuid.uuid4().hex for name in names}
    missing = {_key(name): tokens[name] for name in names if _key(name) not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    _remember(tokens)
    return [tokens[name] for name in names]


def version(*names):
    """One string naming the current generations of `names` (all when none), for cache keys
    such as a template's `{% cache %}` fragment."""
    return ":".join(generations(*(names or (CONTENT, RECORDS))))


def cached(parts, compute, depends_on=(CONTENT, RECORDS)):
    """`compute()`, cached under `parts` and the current generations of `depends_on`."""
    key = ":".join(str(part) for part in (*parts, version(*depends_on)))
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def cached_many(prefix, ids, compute, depends_on=(CONTENT, RECORDS)):
    """{id: value} for `ids`, computing only the missing ones with `compute(missing_ids)`."""
    suffix = version(*depends_on)
    keys = {item_id: f"{prefix}:{item_id}:{suffix}" for item_id in ids}
    found = cache.get_many(keys.values())
    values = {item_id: found[key] for item_id, key in keys.items() if key in found}
    missing = [item_id for item_id in ids if item_id not in values]
    if missing:
        computed = compute(missing)
        cache.set_many({keys[item_id]: computed[item_id] for item_id in missing}, TIMEOUT)
        values.update(computed)
    return values


def generation_of(model):
    """CONTENT, RECORDS or None (writes that change nothing cached)."""
    label = model._meta.label_lower
    if model._meta.app_label in IGNORED_APPS or label in IGNORED_MODELS:
        return None
    if label in CONTENT_MODELS:
        return CONTENT
    if model._meta.app_label in RECORD_APPS or label in RECORD_MODELS:
        return RECORDS
    return CONTENT


def _bump_for(sender, update_fields=None, **kwargs):
    name = generation_of(sender)
    if name is None or update_fields == frozenset({"last_login"}):
        return
    bump(name)
    transaction.on_commit(lambda: bump(name), robust=True)


def connect_signals():
    request_started.connect(_start_request, dispatch_uid="callpath-cache-request-started")
    request_finished.connect(_end_request, dispatch_uid="callpath-cache-request-finished")
    post_save.connect(_bump_for, dispatch_uid="callpath-cache-save")
    post_delete.connect(_bump_for, dispatch_uid="callpath-cache-delete")
    m2m_changed.connect(_bump_m2m, dispatch_uid="callpath-cache-m2m")


def _bump_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        _bump_for(type(instance))


WARN_EVERY = 60  # seconds: one warning a minute, not one per cache call of every page


class FailSoftCache:
    """A cache backend mixin: a read or write that fails with one of `failures` is logged and
    answered as a cache that keeps nothing would (a miss, False, nothing stored), so a page
    is computed instead of failing.

    A value that a failed write should have replaced is deleted if it still can be: a
    generation token that outlived its `bump()` would keep serving what the write changed.
    """

    failures = ()
    last_problem = ""  # the last failure, for /healthz
    _last_warning = 0.0

    def _failed(self, operation, error, keys=(), version=None):
        self.last_problem = _describe(error)
        now = time.monotonic()
        if now - self._last_warning >= WARN_EVERY:
            self._last_warning = now
            logger.warning(
                "Cache %s failed, serving without the cache: %s", operation, self.last_problem
            )
        for key in keys:
            with contextlib.suppress(*self.failures):
                super().delete(key, version)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except self.failures as error:
            self._failed("read", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except self.failures as error:
            self._failed("read", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except self.failures as error:
            self._failed("read", error)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except self.failures as error:
            self._failed("write", error, keys=[key], version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except self.failures as error:
            self._failed("write", error, keys=list(data), version=version)
            return list(data)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except self.failures as error:
            self._failed("write", error)
            return False

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except self.failures as error:
            self._failed("write", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except self.failures as error:
            self._failed("delete", error)
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except self.failures as error:
            self._failed("delete", error)

    def clear(self):
        try:
            return super().clear()
        except self.failures as error:
            self._failed("clear", error)


def _describe(error):
    """A short reason without file names: "No space left on device", "OOM command not..."."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


class FileCache(FailSoftCache, FileBasedCache):
    """Django's file cache, shared by the processes of one machine, that looks for entries to
    cull on one write in CULL_EVERY (the stock backend lists its whole folder on every write,
    which made caching the readiness of 500 operators take seconds), and that serves pages
    without the cache when its folder cannot be read or written (a full disk)."""

    CULL_EVERY = 200
    failures = (OSError,)

    def __init__(self, dir, params):
        try:
            super().__init__(dir, params)
        except OSError as error:  # the folder cannot be made; each call will say so again
            self._failed("start", error)

    def _cull(self):
        if random.random() * self.CULL_EVERY < 1:
            super()._cull()


class RedisCache(FailSoftCache, DjangoRedisCache):
    """Django's Redis cache that serves pages without the cache when Redis refuses a command
    (out of memory, or MISCONF: it cannot save its snapshot to a full disk). A Redis that
    cannot be reached still fails the request, after the connection timeout in settings."""

    @property
    def failures(self):
        from redis.exceptions import ResponseError

        return (ResponseError,)


def cache_write_problem():
    """None when the cache stores a value and gives it back, else the reason it does not."""
    key, token = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.last_problem = ""
    cache.set(key, token, 30)
    try:
        if cache.get(key) == token:
            return None
        return cache.last_problem or "the value written was not read back"
    finally:
        cache.delete(key)
