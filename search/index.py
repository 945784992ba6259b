"""Keep the search index in step with the page tree.

Publishing, unpublishing, moving and deleting a page enqueue a `django-tasks` task, so with
a worker backend a slow engine never holds up an editor. The immediate backend (the default)
runs it at once, inside the editor's transaction; other backends get it after the commit.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.cache import in_bulk_write
from search.engine import get_engine

logger = logging.getLogger(__name__)

# Set while a bulk load that rebuilds the index afterwards runs (`index_updates_suspended`).
_suspended = ContextVar("search_index_updates_suspended", default=False)


@task()
def index_pages_task(page_ids):
    """Index these pages (the ones gone or no longer live are removed)."""
    pages = list(Page.objects.filter(pk__in=page_ids))
    engine = get_engine()
    engine.index_pages(pages)
    gone = set(page_ids) - {page.pk for page in pages}
    if gone:
        engine.remove_pages(sorted(gone))


@task()
def remove_pages_task(page_ids):
    """Remove these pages from the index."""
    get_engine().remove_pages(page_ids)


def rebuild_index():
    """Index every live searchable page from scratch; returns how many were indexed."""
    return get_engine().rebuild()


@contextmanager
def index_updates_suspended():
    """Within this block, page changes enqueue no index updates.

    For commands that write many pages and then call `rebuild_index()` once (`load_demo`,
    `generate_content`): updating page by page only repeats the rebuild's work, and on
    Elasticsearch each update waits for a refresh, so the demo took minutes instead of
    seconds. Whoever suspends the updates must rebuild the index afterwards.
    """
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def enqueue_after_commit(a_task, page_ids):
    """Enqueue now with the immediate backend, else once the transaction commits (nothing,
    inside `index_updates_suspended()`).

    Run at once, the database engine's writes join the editor's transaction (and roll back
    with it); a worker must not see the task before the page change is committed.
    """
    page_ids = sorted(set(page_ids))
    if not page_ids or _suspended.get():
        return
    # A bulk write (an import) indexes after its commit, so its transaction does not hold
    # the database's write lock while pages are rendered for the index.
    if isinstance(a_task.get_backend(), ImmediateBackend) and not in_bulk_write():
        a_task.enqueue(page_ids)
    else:
        transaction.on_commit(lambda: a_task.enqueue(page_ids))


def with_descendants(page):
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def on_published(sender, instance, **kwargs):
    enqueue_after_commit(index_pages_task, [instance.pk])


def on_unpublished(sender, instance, **kwargs):
    enqueue_after_commit(index_pages_task, with_descendants(instance))


def on_moved(sender, instance, **kwargs):
    # Every URL under the moved page changed.
    enqueue_after_commit(index_pages_task, with_descendants(instance))


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        enqueue_after_commit(remove_pages_task, [instance.pk])


def on_page_saved(sender, instance, **kwargs):
    # Pages saved directly (imports, scripts, `live=True` on creation) never send
    # page_published; the task reads the page back, so a draft save reindexes live content.
    enqueue_after_commit(index_pages_task, [instance.pk])


def on_relations_changed(sender, instance, action, **kwargs):
    # Topics, levels and target teams are written after the page's post_save.
    if action in ("post_add", "post_remove", "post_clear") and hasattr(instance, "path"):
        enqueue_after_commit(index_pages_task, [instance.pk])


def restricted_pages(restriction_ids):
    """The pages under these view restrictions: each restriction's page and its descendants."""
    from wagtail.models import PageViewRestriction

    page_ids = []
    restricted = PageViewRestriction.objects.filter(pk__in=restriction_ids).select_related("page")
    for restriction in restricted:
        page_ids += with_descendants(restriction.page)
    return page_ids


def on_restriction_saved(sender, instance, **kwargs):
    # Who may see a page is part of its document: a restriction added, changed or lifted
    # must reach the index at once, or search shows the page to people it is now hidden from.
    enqueue_after_commit(index_pages_task, restricted_pages([instance.pk]))


def on_restriction_deleted(sender, instance, **kwargs):
    # The restriction is gone; its page may be too (deleting a page deletes its restrictions,
    # and `on_deleted` removes it from the index).
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        enqueue_after_commit(index_pages_task, with_descendants(page))


def on_restriction_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    # From a restriction (`restriction.groups.set(...)`) or from a group
    # (`group.pageviewrestriction_set.add(...)`; a clear there names no restrictions).
    restriction_ids = (pk_set or ()) if reverse else [instance.pk]
    enqueue_after_commit(index_pages_task, restricted_pages(restriction_ids))


def on_topic_saved(sender, instance, created, **kwargs):
    # A renamed topic changes the text and facet label of every guide in it.
    if not created:
        page_ids = list(instance.guides.values_list("pk", flat=True))
        enqueue_after_commit(index_pages_task, page_ids)


def connect_signals():
    """Connect the index to Wagtail's page signals (called from the app config)."""
    from wagtail.models import PageViewRestriction

    from kb.models import GuidePage, NewsPage, Topic
    from search.documents import searchable_models

    page_published.connect(on_published, dispatch_uid="search_index_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_index_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search_index_moved")
    post_delete.connect(on_deleted, dispatch_uid="search_index_deleted")
    for model in searchable_models():
        post_save.connect(
            on_page_saved, sender=model, dispatch_uid=f"search_index_{model.__name__}"
        )
    for relation in (GuidePage.topics, GuidePage.levels, NewsPage.teams):
        m2m_changed.connect(
            on_relations_changed,
            sender=relation.through,
            dispatch_uid=f"search_index_{relation.through.__name__}",
        )
    post_save.connect(on_topic_saved, sender=Topic, dispatch_uid="search_index_topic_saved")
    post_save.connect(
        on_restriction_saved,
        sender=PageViewRestriction,
        dispatch_uid="search_index_restriction_saved",
    )
    post_delete.connect(
        on_restriction_deleted,
        sender=PageViewRestriction,
        dispatch_uid="search_index_restriction_deleted",
    )
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search_index_restriction_groups",
    )
