"""One serialization of a page for search, shared by both engines.

A `SearchDocument` holds the page's text split by weight (title, headings, summary, body), the
labels shown and faceted on (topics, levels, news category), and what decides who may see it
(team targeting, view restrictions).
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.rich_text import get_text_for_indexing

from search.synonyms import joined_forms

# Characters the engines use to mark matches in snippets; page text must never contain them.
MARKER_CHARACTERS = str.maketrans({"\x02": " ", "\x03": " ", "\x04": " ", "\x05": " "})
# Block titles that are headings on the page; the quiz's is left out because every quiz has
# the same one ("Check your understanding").
TITLED_BLOCKS = {"steps", "checklist", "callout", "call_script", "do_dont"}
BATCH_SIZE = 500


@dataclass(frozen=True)
class SearchDocument:
    page_id: int
    type: str
    title: str
    summary: str
    headings: str  # heading blocks and block titles, joined
    body: str  # every other block's text, plain
    topics: tuple[str, ...]  # names
    topic_slugs: tuple[str, ...]
    levels: tuple[str, ...]  # titles
    level_slugs: tuple[str, ...]
    category: str  # news category value or ""
    team_ids: tuple[int, ...]  # news targeting; () = everyone
    # None = no view restriction; () = nobody may see it in search (e.g. a password);
    # (ids) = only members of those groups. Login-only restrictions count as None.
    restricted_group_ids: tuple[int, ...] | None
    url: str
    date: date | None

    @property
    def joined(self) -> str:
        """The joined forms of the page's words written with symbols ("e-mail" → "email",
        `search.synonyms.joined_forms()`), once each: indexed beside the text so
        a query that writes the word joined finds the page."""
        text = "\n".join([self.title, self.headings, self.summary, self.body])
        return " ".join(joined_forms(text))


def searchable_models():
    """The page models search covers, in the order they are indexed."""
    from careers.models import CareerLadderPage, CareerLevelPage
    from kb.models import GuidePage, NewsPage

    return (GuidePage, NewsPage, CareerLadderPage, CareerLevelPage)


def searchable_pages():
    """Querysets of the live pages search covers, one per page model."""
    return [model.objects.live().order_by("pk") for model in searchable_models()]


def document_for(page):
    """The search document of one live, searchable page."""
    documents = documents_for([page])
    if not documents:
        raise ValueError(f"Page {page.pk} is not a live, searchable page.")
    return documents[0]


def documents_for(pages):
    """Documents for the live, searchable pages among `pages` (others are skipped).

    A fixed number of queries whatever the number of pages: the specific pages of each model
    with their topics, levels and teams prefetched, and the view restrictions once.
    """
    return documents_for_ids({page.pk for page in pages})


def documents_for_ids(ids):
    """`documents_for` by page id, ordered by id."""
    if not ids:
        return []
    restrictions = restrictions_by_path()
    documents = []
    for model in searchable_models():
        for specific in load_specific(model, ids):
            documents.append(build_document(specific, restrictions))
    documents.sort(key=lambda document: document.page_id)
    return documents


def load_specific(model, ids):
    """The live pages of one model among `ids`, with what their documents need prefetched."""
    from kb.models import GuidePage, NewsPage

    queryset = model.objects.live().filter(pk__in=ids)
    if model is GuidePage:
        queryset = queryset.prefetch_related("topics", "levels")
    elif model is NewsPage:
        queryset = queryset.prefetch_related("teams")
    return queryset


def restrictions_by_path():
    """{page path: (restriction type, group ids)} of every view restriction, in one query."""
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return {
        restriction.page.path: (
            restriction.restriction_type,
            frozenset(group.pk for group in restriction.groups.all()),
        )
        for restriction in restrictions
    }


def restricted_group_ids_of(page, restrictions):
    """The contract's `restricted_group_ids` for a page, from its own and its ancestors'
    restrictions.

    Nested group restrictions keep only the groups in all of them: that may hide a page from
    someone who would pass each restriction through different groups, never the reverse.
    """
    allowed = None
    for path, (restriction_type, group_ids) in restrictions.items():
        if not page.path.startswith(path) or restriction_type == PageViewRestriction.LOGIN:
            continue
        if restriction_type != PageViewRestriction.GROUPS:
            return ()  # a password (or anything unknown): search cannot check it
        allowed = group_ids if allowed is None else allowed & group_ids
    return None if allowed is None else tuple(sorted(allowed))


def build_document(page, restrictions):
    """The document of one specific page (its relations already prefetched)."""
    from careers.models import CareerLadderPage, CareerLevelPage
    from kb.models import NewsPage

    headings, body = [], []
    topics, levels, team_ids = [], [], ()
    category, summary = "", ""
    when = page.last_published_at and timezone.localdate(page.last_published_at)
    if isinstance(page, NewsPage):
        page_type, summary, category, when = "news", page.summary, page.category, page.date
        team_ids = tuple(sorted(team.pk for team in page.teams.all()))
        stream_text(page.body, headings, body)
    elif isinstance(page, CareerLadderPage):
        page_type, summary = "ladder", get_text_for_indexing(page.summary)
    elif isinstance(page, CareerLevelPage):
        page_type, summary = "level", page.summary
        body.append(get_text_for_indexing(page.responsibilities))
        levels = [page]
    else:
        page_type, summary = page.kind, page.summary
        topics = sorted(page.topics.all(), key=lambda topic: topic.name)
        levels = sorted(page.levels.all(), key=lambda level: (level.rank, level.title))
        stream_text(page.body, headings, body)
    return SearchDocument(
        page_id=page.pk,
        type=page_type,
        title=clean(page.title),
        summary=clean(summary),
        headings=clean("\n".join(headings)),
        body=clean("\n".join(body)),
        topics=tuple(topic.name for topic in topics),
        topic_slugs=tuple(topic.slug for topic in topics),
        levels=tuple(level.title for level in levels),
        level_slugs=tuple(level.slug for level in levels),
        category=category,
        team_ids=team_ids,
        restricted_group_ids=restricted_group_ids_of(page, restrictions),
        url=page.get_url() or page.url_path,
        date=when or None,
    )


def stream_text(stream, headings, body):
    """Append a StreamField's heading texts to `headings` and all other text to `body`.

    Works on the stored JSON, so image and document choosers cost no queries.
    """
    for block in stream.raw_data:
        kind, value = block["type"], block["value"]
        if kind == "heading":
            headings.append(value.get("text", ""))
            continue
        if kind == "paragraph":
            body.append(get_text_for_indexing(value))
            continue
        if not isinstance(value, dict):
            continue
        if kind in TITLED_BLOCKS and value.get("title"):
            headings.append(value["title"])
        body.extend(block_text(kind, value))


def block_text(kind, value):
    """The plain texts of one structured block, headings excluded."""
    if kind == "callout":
        return [get_text_for_indexing(value.get("text", ""))]
    if kind == "checklist":
        return list_values(value.get("items"))
    if kind == "steps":
        return [
            f"{step.get('title', '')}. {step.get('detail', '')}"
            for step in list_values(value.get("steps"))
        ]
    if kind == "call_script":
        lines = [value.get("situation", "")]
        for line in list_values(value.get("lines")):
            lines += [line.get("branch", ""), line.get("text", "")]
        return lines
    if kind == "do_dont":
        return [
            f"Do: {pair.get('do', '')} Don't: {pair.get('dont', '')}"
            for pair in list_values(value.get("pairs"))
        ]
    if kind == "quiz":
        texts = []
        for question in list_values(value.get("questions")):
            texts.append(question.get("question", ""))
            texts += list_values(question.get("options"))
            texts.append(question.get("explanation", ""))
        return texts
    if kind == "image":
        return [value.get("caption", "")]
    if kind == "document":
        return [value.get("title", "")]
    return []


def list_values(items):
    """ListBlock raw data, in either the old (plain list) or the new (id/value) format."""
    values = []
    for item in items or []:
        if isinstance(item, dict) and set(item) >= {"type", "value"} and "id" in item:
            values.append(item["value"])
        else:
            values.append(item)
    return values


def clean(text):
    """Text with the snippet markers removed and runs of blank space collapsed per line."""
    text = (text or "").translate(MARKER_CHARACTERS)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def visibility_for(user):
    """What decides which documents a user sees: (team ids, group ids, is superuser).

    Team ids are None for superusers, who see everything.
    """
    from home.models import team_ids_of
    from home.roles import groups_of

    if user.is_superuser:
        return None, frozenset(), True
    group_ids = frozenset(pk for pk, _name in groups_of(user))
    return frozenset(team_ids_of(user)), group_ids, False


def is_visible(document, user):
    """The permission rule of the contract, for one document (tests and small checks)."""
    team_ids, group_ids, is_superuser = visibility_for(user)
    if is_superuser:
        return True
    if document.team_ids and not set(document.team_ids) & team_ids:
        return False
    restricted = document.restricted_group_ids
    return restricted is None or bool(set(restricted) & group_ids)
