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
"""

import random
import threading
import uuid

from django.core.cache import cache
from django.core.cache.backends.filebased import FileBasedCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

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


def bump(*names):
    """Start new generations of `names` (CONTENT, RECORDS)."""
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


class FileCache(FileBasedCache):
    """Django's file cache, shared by the processes of one machine, that looks for entries to
    cull on one write in CULL_EVERY: the stock backend lists its whole folder on every write,
    which made caching the readiness of 500 operators take seconds."""

    CULL_EVERY = 200

    def _cull(self):
        if random.random() * self.CULL_EVERY < 1:
            super()._cull()
