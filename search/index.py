"""Keep the search index in step with the page tree.

Publishing, unpublishing, moving and deleting a page enqueue a `django-tasks` task, so with
a worker backend a slow engine never holds up an editor. The immediate backend (the default)
runs it at once, inside the editor's transaction; other backends get it after the commit.
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.engine import get_engine

logger = logging.getLogger(__name__)


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


def enqueue_after_commit(a_task, page_ids):
    """Enqueue now with the immediate backend, else once the transaction commits.

    Run at once, the database engine's writes join the editor's transaction (and roll back
    with it); a worker must not see the task before the page change is committed.
    """
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return
    if isinstance(a_task.get_backend(), ImmediateBackend):
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


def on_topic_saved(sender, instance, created, **kwargs):
    # A renamed topic changes the text and facet label of every guide in it.
    if not created:
        page_ids = list(instance.guides.values_list("pk", flat=True))
        enqueue_after_commit(index_pages_task, page_ids)


def connect_signals():
    """Connect the index to Wagtail's page signals (called from the app config)."""
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
