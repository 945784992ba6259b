"""Import guides written in Markdown with YAML front matter as `GuidePage`s.

The work is split so that most of it runs without a database:

1. `parse_guide_file` reads the front matter and converts the body into StreamField block
   data (`markdown_to_blocks`), collecting every problem it finds.
2. `check_guide` validates the body with the StreamField's own blocks and resolves the owner,
   topics and levels against the database (through a `ReferenceCatalog` loaded once per
   import), so a file that passes will save. `check_guide_files` does both for many files.
3. `import_guides` writes the checked guides in one transaction, creating new pages or
   adding a revision to the page that already has the slug.

Rich text is built from escaped text, and links are limited to http, https, mailto and
site-relative addresses; plain-text parts (headings, steps, checklists, scripts) that look like
HTML tags are refused. So an imported page never carries markup of its own.
"""

import html
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug, validate_unicode_slug
from django.db import DatabaseError, transaction
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from home.cache import bulk_write

REQUIRED_KEYS = ("title", "slug")
OPTIONAL_KEYS = ("kind", "summary", "topics", "levels", "owner", "review_by", "last_reviewed")
KINDS = ("guide", "lesson", "script", "policy")  # kb.models.GuideKind, kept DB-free here
DEFAULT_KIND = "guide"
SUMMARY_LENGTH = 300
SUMMARY_MAX_LENGTH = 400  # GuidePage.summary's limit in the editor
TITLE_MAX_LENGTH = 255
CALLOUT_KINDS = ("tip", "rule", "warning")
SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:")
DEFAULT_SCRIPT_TITLE = "Call script"
# Block and inline levels together: far more than any guide needs, far less than would
# exhaust Python's recursion limit in the converter.
MAX_NESTING = 32

DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
TASK_ITEM_PATTERN = re.compile(r"^\[([ xX])\]\s+")
SCRIPT_LINE_PATTERN = re.compile(r"^(operator|customer)\s*:\s*(.*)$", re.IGNORECASE)
SCRIPT_BRANCH_PATTERN = re.compile(r"^\[(.*)\]$")
TAG_START_PATTERN = re.compile(r"</?[a-zA-Z][^\s<>/]*")
# Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:").
URL_NOISE_PATTERN = re.compile(r"[\x00-\x20\x7f-\x9f\s]+")
FRONT_MATTER_FENCE = "---"
FRONT_MATTER_END = ("---", "...")


class InvalidGuideFile(Exception):
    """A guide file that cannot be imported, with every reason found."""

    def __init__(self, path, reasons):
        self.path = str(path)
        self.reasons = list(reasons)
        super().__init__(f"{self.path}: " + "; ".join(self.reasons))


# ---------------------------------------------------------------------------------------
# Front matter


class FrontMatterLoader(yaml.SafeLoader):
    """A safe YAML loader that keeps dates as text so they are checked with a clear message
    (PyYAML would turn `2025-02-30` into a bare ValueError)."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first_char: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first_char, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class FrontMatterSplit:
    meta_text: str
    body: str
    body_first_line: int  # the file line number on which `body` starts


def split_front_matter(text):
    """Split a file into its front matter and body; None when there is no front matter."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in FRONT_MATTER_END:
            return FrontMatterSplit(
                meta_text="".join(lines[1:number]),
                body="".join(lines[number + 1 :]),
                body_first_line=number + 2,
            )
    return None


def load_front_matter(meta_text):
    """The front matter as a dict, or raise ValueError saying why it cannot be read."""
    try:
        meta = yaml.load(meta_text, Loader=FrontMatterLoader)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        raise ValueError(f"front matter is not valid YAML: {_yaml_problem(error)}") from error
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping of keys to values (title: ..., slug: ...)")
    return meta


def _yaml_problem(error):
    problem = getattr(error, "problem", None) or str(error)
    mark = getattr(error, "problem_mark", None)
    # The mark counts from the first front-matter line, which is line 2 of the file.
    return f"{problem} (line {mark.line + 2})" if mark else problem


@dataclass
class FrontMatter:
    """The checked front matter of one guide file."""

    title: str
    slug: str
    kind: str = DEFAULT_KIND
    summary: str = ""
    topics: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    owner: str = ""
    review_by: date | None = None
    last_reviewed: date | None = None


def check_front_matter(meta):
    """Check the front-matter mapping; return (FrontMatter or None, list of problems)."""
    problems = []
    unknown = sorted(str(key) for key in meta if key not in REQUIRED_KEYS + OPTIONAL_KEYS)
    if unknown:
        known = ", ".join(REQUIRED_KEYS + OPTIONAL_KEYS)
        problems.append(f"unknown front-matter key(s): {', '.join(unknown)} (known: {known})")
    for key in REQUIRED_KEYS:
        if key not in meta or meta[key] in (None, ""):
            problems.append(f"front matter is missing the required key '{key}'")

    title = _text_value(meta, "title", problems)
    if len(title) > TITLE_MAX_LENGTH:
        problems.append(f"title is longer than {TITLE_MAX_LENGTH} characters")
    slug = _text_value(meta, "slug", problems)
    if slug and not is_valid_slug(slug):
        problems.append(
            f"slug '{slug}' is not a valid slug (use lowercase letters, numbers and hyphens)"
        )
    kind = _text_value(meta, "kind", problems) or DEFAULT_KIND
    if kind not in KINDS:
        problems.append(f"kind '{kind}' is not one of: {', '.join(KINDS)}")
    summary = _text_value(meta, "summary", problems)
    if len(summary) > SUMMARY_MAX_LENGTH:
        problems.append(f"summary is longer than {SUMMARY_MAX_LENGTH} characters")

    front_matter = FrontMatter(
        title=title,
        slug=slug,
        kind=kind,
        summary=summary,
        topics=_list_value(meta, "topics", problems),
        levels=_list_value(meta, "levels", problems),
        owner=_text_value(meta, "owner", problems),
        review_by=_date_value(meta, "review_by", problems),
        last_reviewed=_date_value(meta, "last_reviewed", problems),
    )
    return (None if problems else front_matter), problems


def is_valid_slug(slug):
    """Whether Wagtail would accept the slug (unicode letters only if the site allows them)."""
    validate = (
        validate_unicode_slug
        if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        else validate_slug
    )
    try:
        validate(slug)
    except ValidationError:
        return False
    return True


def _text_value(meta, key, problems):
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems.append(f"{key} must be text")
        return ""
    return str(value).strip()


def _list_value(meta, key, problems):
    value = meta.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"{key} must be a list of names, e.g. {key}: [first, second]")
        return []
    return [item.strip() for item in value if item.strip()]


def _date_value(meta, key, problems):
    value = meta.get(key)
    if value in (None, ""):
        return None
    text = str(value).strip()
    if DATE_PATTERN.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    problems.append(f"{key} '{text}' is not a valid date (use YYYY-MM-DD)")
    return None


# ---------------------------------------------------------------------------------------
# Markdown body → StreamField block data


@dataclass
class Conversion:
    """StreamField raw data for a Markdown body, plus what could not be converted."""

    blocks: list[dict]
    first_paragraph: str = ""
    errors: list[str] = field(default_factory=list)


def markdown_parser():
    """CommonMark with tables; raw HTML is off so `<script>` stays visible text."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_to_blocks(markdown, *, title="", first_line=1):
    """Convert a Markdown body into a list of `{"type", "value"}` blocks for `GuidePage.body`.

    `title` lets a leading `# Title` that repeats the page title be dropped; `first_line` is
    the file line the body starts on, so errors point at the right line.
    """
    tokens = markdown_parser().parse(markdown)
    too_deep = too_deeply_nested(tokens)
    if too_deep is not None:
        return Conversion(
            [],
            errors=[
                f"line {first_line + too_deep}: emphasis, links or lists are nested more than "
                f"{MAX_NESTING} deep; write it with less nesting"
            ],
        )
    converter = _BlockConverter(title=title, first_line=first_line)
    return converter.convert(SyntaxTreeNode(tokens))


def too_deeply_nested(tokens):
    """The body line (from 0) of the first place nested deeper than MAX_NESTING, else None.

    The syntax tree and the converter recurse once per level: a line of 500 `*` would
    otherwise exhaust Python's recursion limit instead of getting an answer.
    """
    for token in tokens:
        inline_depth = max((child.level for child in token.children or ()), default=0)
        if token.level + inline_depth > MAX_NESTING:
            return token.map[0] if token.map else 0
    return None


class _BlockConverter:
    """Walks the Markdown syntax tree, gathering rich text until a structured block appears."""

    def __init__(self, title, first_line):
        self.title = title.strip().casefold()
        self.first_line = first_line
        self.blocks = []
        self.rich_text = []  # HTML fragments waiting to become one paragraph block
        self.first_paragraph = ""
        self.last_heading = ""
        self.errors = []

    def convert(self, root):
        children = list(root.children)
        if children and self._is_title_heading(children[0]):
            children = children[1:]
        for node in children:
            self.add_node(node)
        self.flush_rich_text()
        return Conversion(self.blocks, self.first_paragraph, self.errors)

    def _is_title_heading(self, node):
        return (
            node.type == "heading"
            and node.tag == "h1"
            and inline_text(node).strip().casefold() == self.title
        )

    def add_node(self, node):
        if node.type == "heading":
            self.add_heading(node)
        elif node.type == "paragraph":
            if not self.first_paragraph:
                self.first_paragraph = inline_text(node).strip()
            self.rich_text.append(rich_text_html([node]))
        elif node.type == "bullet_list":
            self.add_bullet_list(node)
        elif node.type == "ordered_list":
            steps = [step_of(item) for item in node.children]
            self.add_block("steps", {"title": "", "steps": steps}, node)
        elif node.type == "fence":
            self.add_fence(node)
        elif node.type == "blockquote":
            for child in node.children:
                self.add_node(child)
        elif node.type == "hr":
            return  # a visual break only; blocks are separated anyway
        else:
            self.rich_text.append(rich_text_html([node]))

    def add_block(self, block_type, value, node):
        """Add a structured block; its plain-text parts must not look like HTML tags."""
        self.flush_rich_text()
        tag = markup_in_plain_text(
            value, rich_text_keys=("text",) if block_type == "callout" else ()
        )
        if tag:
            self.errors.append(
                f"line {self.line_of(node)}: the {block_type.replace('_', ' ')} contains '{tag}', "
                "which looks like an HTML tag; plain-text parts cannot hold markup"
            )
        self.blocks.append({"type": block_type, "value": value})

    def flush_rich_text(self):
        if self.rich_text:
            self.blocks.append({"type": "paragraph", "value": "".join(self.rich_text)})
            self.rich_text = []

    def add_heading(self, node):
        text = inline_text(node).strip()
        self.last_heading = text
        level = "h2" if node.tag in ("h1", "h2") else "h3"
        self.add_block("heading", {"text": text, "level": level}, node)

    def add_bullet_list(self, node):
        """Task items become checklists; runs of ordinary items stay a rich-text list."""
        for is_task_run, items in _runs(node.children, key=is_task_item):
            if is_task_run:
                checklist = {"title": "", "items": [task_text(item) for item in items]}
                self.add_block("checklist", checklist, items[0])
            else:
                self.rich_text.append(list_html("ul", items))

    def add_fence(self, node):
        kind, _, fence_title = node.info.strip().partition(" ")
        kind = kind.lower()
        fence_title = fence_title.strip()
        line = self.line_of(node)
        if kind == "script":
            self.add_call_script(node, fence_title, line)
        elif kind in CALLOUT_KINDS:
            text = callout_html(node.content)
            if not text:
                self.errors.append(f"line {line}: the {kind} block is empty")
            self.add_block("callout", {"kind": kind, "title": fence_title, "text": text}, node)
        elif kind == "checklist":
            items = checklist_items(node.content)
            if not items:
                self.errors.append(f"line {line}: the checklist block has no items")
            self.add_block("checklist", {"title": fence_title, "items": items}, node)
        else:
            self.rich_text.append(preformatted_html(node.content))

    def add_call_script(self, node, fence_title, line):
        lines, errors = parse_call_script(node.content, first_line=line + 1)
        self.errors.extend(errors)
        if not lines and not errors:
            self.errors.append(f"line {line}: the script block has no dialogue lines")
        title = fence_title or self.last_heading or DEFAULT_SCRIPT_TITLE
        self.add_block("call_script", {"title": title, "situation": "", "lines": lines}, node)

    def line_of(self, node):
        return self.first_line + node.map[0] if node.map else self.first_line


def markup_in_plain_text(value, rich_text_keys=()):
    """The first thing in a block value's plain text that a browser would start a tag with.

    Templates escape plain-text fields, but stored data is also read elsewhere (the editor,
    exports), so markup is refused rather than stored.
    """
    if isinstance(value, str):
        match = TAG_START_PATTERN.search(value)
        return match.group(0) if match else None
    children = (
        [child for key, child in value.items() if key not in rich_text_keys]
        if isinstance(value, dict)
        else value
    )
    for child in children:
        tag = markup_in_plain_text(child)
        if tag:
            return tag
    return None


def _runs(items, key):
    """Group consecutive items by key: [(key value, [items...]), ...]."""
    runs = []
    for item in items:
        value = key(item)
        if runs and runs[-1][0] == value:
            runs[-1][1].append(item)
        else:
            runs.append((value, [item]))
    return runs


def parse_call_script(text, first_line=1):
    """Parse `Operator: ...` / `Customer: ...` lines, `[branch]` lines naming the branch the
    next line starts. Returns (line values, errors with file line numbers)."""
    lines, errors = [], []
    branch, branch_line = "", None
    for number, raw in enumerate(text.splitlines(), start=first_line):
        line = raw.strip()
        if not line:
            continue
        branch_match = SCRIPT_BRANCH_PATTERN.match(line)
        dialogue_match = SCRIPT_LINE_PATTERN.match(line)
        if branch_match:
            if branch_line is not None:
                errors.append(f"line {branch_line}: branch [{branch}] has no dialogue line")
            branch, branch_line = branch_match.group(1).strip(), number
        elif dialogue_match and dialogue_match.group(2).strip():
            speaker, spoken = dialogue_match.groups()
            lines.append({"branch": branch, "speaker": speaker.lower(), "text": spoken.strip()})
            branch, branch_line = "", None
        else:
            errors.append(
                f"line {number}: script lines must read 'Operator: ...', 'Customer: ...' "
                f"or '[If ...]', not '{line}'"
            )
    if branch_line is not None:
        errors.append(f"line {branch_line}: branch [{branch}] has no dialogue line")
    return lines, errors


def checklist_items(text):
    """One item per non-empty line; a leading `- ` (and `[ ]`/`[x]`) is dropped."""
    items = []
    for raw in text.splitlines():
        item = raw.strip()
        if item.startswith(("- ", "* ")):
            item = item[2:].strip()
        item = TASK_ITEM_PATTERN.sub("", item).strip()
        if item:
            items.append(item)
    return items


def is_task_item(list_item):
    """A GFM task-list item: `- [ ] call back` or `- [x] logged`."""
    return bool(TASK_ITEM_PATTERN.match(node_text(list_item).lstrip()))


def task_text(list_item):
    return TASK_ITEM_PATTERN.sub("", node_text(list_item).strip()).strip()


def step_of(list_item):
    """An ordered-list item as a step: its first paragraph is the title, the rest the detail."""
    children = list(list_item.children)
    title = node_text(children[0]).strip() if children else ""
    detail = "\n\n".join(node_text(child).strip() for child in children[1:])
    return {"title": title, "detail": detail.strip()}


# ---------------------------------------------------------------------------------------
# Rich text (Wagtail's storage HTML: <p>, <b>, <i>, <a href>, <br/>, <ul>, <ol>, <li>)


def escape(text):
    return html.escape(text, quote=False)


def safe_href(href):
    """The href if it is http(s), mailto or site-relative, else None (e.g. `javascript:`)."""
    compact = URL_NOISE_PATTERN.sub("", href or "")
    lowered = compact.lower()
    if lowered.startswith(SAFE_LINK_PREFIXES):
        return compact
    # `//host` and `/\host` leave the site, so only a single leading slash is site-relative.
    if compact.startswith("/") and not compact.startswith(("//", "/\\")):
        return compact
    return None


def inline_html(node):
    """HTML for the inline content under a node (emphasis, links, breaks), all text escaped."""
    parts = []
    for child in node.children:
        if child.type == "text":
            parts.append(escape(child.content))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("<br/>")
        elif child.type == "strong":
            parts.append(f"<b>{inline_html(child)}</b>")
        elif child.type == "em":
            parts.append(f"<i>{inline_html(child)}</i>")
        elif child.type == "link":
            parts.append(link_html(child))
        elif child.type == "image":
            parts.append(escape(inline_text(child)))
        elif child.type == "code_inline":
            parts.append(escape(child.content))
        else:
            parts.append(inline_html(child) if child.children else escape(child.content))
    return "".join(parts)


def link_html(node):
    text = inline_html(node)
    href = safe_href(node.attrs.get("href", ""))
    if href is None:
        return text
    return f'<a href="{html.escape(href, quote=True)}">{text}</a>'


def inline_text(node):
    """The plain text under a node: for headings, steps, checklist items and summaries."""
    parts = []
    for child in node.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child) or child.content)
        else:
            parts.append(inline_text(child))
    return "".join(parts)


def node_text(node):
    """Plain text of a block node: its inline text, or its children's lines."""
    if node.type == "inline":
        return inline_text(node)
    if node.type in ("fence", "code_block"):
        return node.content.rstrip("\n")
    if node.type in ("bullet_list", "ordered_list"):
        return "\n".join(f"- {node_text(item).strip()}" for item in node.children)
    return "\n".join(node_text(child) for child in node.children)


def rich_text_html(nodes):
    """Rich-text storage HTML for block nodes that have no structured block of their own."""
    parts = []
    for node in nodes:
        if node.type == "paragraph":
            parts.append(f"<p>{inline_html(node.children[0])}</p>")
        elif node.type == "heading":
            parts.append(f"<p><b>{inline_html(node.children[0])}</b></p>")
        elif node.type in ("bullet_list", "ordered_list"):
            parts.append(list_html(node.tag, node.children))
        elif node.type in ("fence", "code_block"):
            parts.append(preformatted_html(node.content))
        elif node.type == "table":
            parts.append(table_html(node))
        elif node.type == "blockquote":
            parts.append(rich_text_html(node.children))
        elif node.type != "hr":
            text = node_text(node).strip()
            if text:
                parts.append(f"<p>{escape(text)}</p>")
    return "".join(parts)


def list_html(tag, items):
    return f"<{tag}>" + "".join(f"<li>{list_item_html(item)}</li>" for item in items) + f"</{tag}>"


def list_item_html(item):
    """A list item's paragraphs joined by line breaks, with nested lists kept nested."""
    texts, nested = [], []
    for child in item.children:
        if child.type == "paragraph":
            texts.append(inline_html(child.children[0]))
        elif child.type in ("bullet_list", "ordered_list"):
            nested.append(list_html(child.tag, child.children))
        else:
            texts.append(escape(node_text(child).strip()).replace("\n", "<br/>"))
    return "<br/>".join(texts) + "".join(nested)


def table_html(table):
    """A table as a list, one item per row: "Header: cell; Header: cell"."""
    rows = [row for section in table.children for row in section.children]
    if not rows:
        return ""
    headers = [inline_html(cell.children[0]) if cell.children else "" for cell in rows[0].children]
    items = []
    for row in rows[1:]:
        cells = [inline_html(cell.children[0]) if cell.children else "" for cell in row.children]
        pairs = [
            f"<b>{header}</b>: {cell}" if header else cell
            for header, cell in zip(headers, cells, strict=False)
            if cell
        ]
        items.append("<li>" + "; ".join(pairs) + "</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else f"<p>{' · '.join(headers)}</p>"


def preformatted_html(text):
    """A code-like fence as one escaped paragraph, keeping its line breaks."""
    lines = text.rstrip("\n").split("\n")
    return "<p>" + "<br/>".join(escape(line) for line in lines) + "</p>"


def callout_html(text):
    """Callout text: paragraphs (split on blank lines) with emphasis and links, escaped."""
    root = SyntaxTreeNode(markdown_parser().parse(text))
    return rich_text_html(root.children)


def summary_from(text, limit=SUMMARY_LENGTH):
    """A plain-text summary of at most `limit` characters, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


# ---------------------------------------------------------------------------------------
# A guide file: front matter + converted body, not yet checked against the database


@dataclass
class GuideFile:
    """One Markdown file read and converted, with the problems found so far.

    `front_matter` is None when the front matter is missing or wrong.
    """

    path: str
    front_matter: FrontMatter | None = None
    blocks: list[dict] = field(default_factory=list)
    summary: str = ""
    problems: list[str] = field(default_factory=list)
    body_converted: bool = False  # the body converted without errors, so it can be validated


def parse_guide_file(path, text):
    """Read the front matter and convert the body of one file. Needs no database."""
    guide = GuideFile(path=str(path))
    split = split_front_matter(text)
    if split is None:
        guide.problems.append(
            "no front matter: the file must start with a '---' line, then YAML, then '---'"
        )
        return guide
    try:
        meta = load_front_matter(split.meta_text)
    except ValueError as error:
        guide.problems.append(str(error))
        return guide

    guide.front_matter, guide.problems = check_front_matter(meta)
    if not split.body.strip():
        guide.problems.append("the body is empty: write the guide below the front matter")
        return guide
    title = guide.front_matter.title if guide.front_matter else ""
    try:
        conversion = markdown_to_blocks(split.body, title=title, first_line=split.body_first_line)
    except Exception as error:  # one file that breaks the converter is invalid
        guide.problems.append(f"the body could not be converted: {_failure(error)}")
        return guide
    guide.blocks = conversion.blocks
    guide.problems.extend(conversion.errors)
    if not conversion.blocks and not conversion.errors:
        guide.problems.append("the body has no content to import")
    guide.body_converted = bool(conversion.blocks) and not conversion.errors
    if guide.front_matter:
        guide.summary = guide.front_matter.summary or summary_from(conversion.first_paragraph)
        if not guide.summary and not conversion.errors:
            guide.problems.append(
                "no summary: add 'summary:' to the front matter or open with a paragraph"
            )
    return guide


def _failure(error):
    """What went wrong, for a message: "RecursionError: maximum recursion depth exceeded"."""
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def read_guide_file(path):
    """Read one file from disk (UTF-8) and parse it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return GuideFile(path=str(path), problems=[f"cannot be read: {error}"])
    return parse_guide_file(path, text)


def markdown_files(paths):
    """The files to import: each file as given, each directory's `*.md` files sorted by name.

    Raises FileNotFoundError for a path that does not exist.
    """
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.md") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path} does not exist")
    return files


# ---------------------------------------------------------------------------------------
# Checking against the database


class ReferenceCatalog:
    """Topics, career levels and owners, loaded once to check many files."""

    def __init__(self, topics, levels):
        self.topics = list(topics)
        self.levels = list(levels)
        self._users = {}

    @classmethod
    def load(cls):
        """Load all topics and career levels."""
        from careers.models import CareerLevelPage
        from kb.models import Topic

        return cls(
            topics=Topic.objects.all(), levels=CareerLevelPage.objects.order_by("rank", "title")
        )

    def find_user(self, username):
        """The user with this username, or None; each name is looked up once."""
        if username not in self._users:
            self._users[username] = get_user_model().objects.filter(username=username).first()
        return self._users[username]

    def find_topics(self, names):
        """(matching topics, unknown names): a topic matches by name or slug, any case."""
        return _match(names, self.topics, lambda topic: (topic.name, topic.slug))

    def find_levels(self, names):
        """(matching levels, unknown names): a level matches by slug or title, any case."""
        return _match(names, self.levels, lambda level: (level.slug, level.title))

    def known_topics(self):
        return ", ".join(topic.name for topic in self.topics) or "none yet"

    def known_levels(self):
        return ", ".join(level.slug for level in self.levels) or "none yet"


def _match(names, candidates, keys_of):
    found, unknown = [], []
    for name in names:
        matches = [
            candidate
            for candidate in candidates
            if name.casefold() in (key.casefold() for key in keys_of(candidate))
        ]
        if matches:
            found.extend(match for match in matches if match not in found)
        else:
            unknown.append(name)
    return found, unknown


@dataclass
class CheckedGuide:
    """A guide whose references exist and whose body validates: safe to write."""

    path: str
    title: str
    slug: str
    kind: str
    summary: str
    body: object  # the cleaned StreamValue
    owner: object | None
    topics: list
    levels: list
    review_by: date | None
    last_reviewed: date | None


def check_guide(guide_file, catalog, extra_problems=()):
    """Resolve a parsed file's owner, topics and levels and validate its body.

    Raises InvalidGuideFile with every problem found, including the file's own.
    """
    problems = list(extra_problems) + list(guide_file.problems)
    body = None
    if guide_file.body_converted:
        try:
            body, body_problems = clean_body(guide_file.blocks)
        except DatabaseError:
            raise
        except Exception as error:  # one file that breaks the blocks is invalid
            body, body_problems = None, [f"the body could not be checked: {_failure(error)}"]
        problems.extend(body_problems)
    meta = guide_file.front_matter
    if meta is None:
        raise InvalidGuideFile(guide_file.path, problems)

    owner = catalog.find_user(meta.owner) if meta.owner else None
    if meta.owner and owner is None:
        problems.append(f"unknown owner '{meta.owner}': no user has that username")
    topics, unknown_topics = catalog.find_topics(meta.topics)
    if unknown_topics:
        problems.append(
            f"unknown topic(s): {', '.join(unknown_topics)} (known: {catalog.known_topics()})"
        )
    levels, unknown_levels = catalog.find_levels(meta.levels)
    if unknown_levels:
        problems.append(
            f"unknown level(s): {', '.join(unknown_levels)} (known: {catalog.known_levels()})"
        )
    if problems:
        raise InvalidGuideFile(guide_file.path, problems)
    return CheckedGuide(
        path=guide_file.path,
        title=meta.title,
        slug=meta.slug,
        kind=meta.kind,
        summary=guide_file.summary,
        body=body,
        owner=owner,
        topics=topics,
        levels=levels,
        review_by=meta.review_by,
        last_reviewed=meta.last_reviewed,
    )


def clean_body(blocks):
    """Validate block data with GuidePage's own StreamField; return (value, problems)."""
    from kb.models import GuidePage

    stream_block = GuidePage.body.field.stream_block
    try:
        return stream_block.clean(stream_block.to_python(blocks)), []
    except ValidationError as error:
        return None, describe_block_errors(error, blocks)


def describe_block_errors(error, blocks):
    """Readable lines for a StreamField validation error: "block 3 (steps), steps, item 1, ..."."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
    problems = [f"body: {message}" for message in data.get("messages", [])]
    for index, block_error in sorted(data.get("blockErrors", {}).items()):
        block_type = blocks[int(index)]["type"] if int(index) < len(blocks) else "block"
        label = f"block {int(index) + 1} ({block_type})"
        problems.extend(f"{label}{where}: {message}" for where, message in _flatten(block_error))
    return problems or [f"body: {error}"]


def _flatten(error_data, where=""):
    """(location, message) pairs from nested block error data."""
    if isinstance(error_data, list):
        for item in error_data:
            if isinstance(item, str):
                yield where, item
            elif item is not None:
                yield from _flatten(item, where)
        return
    for message in error_data.get("messages", []):
        yield where, message
    for key, child in error_data.get("blockErrors", {}).items():
        name = f"item {int(key) + 1}" if str(key).isdigit() else key
        yield from _flatten(child, f"{where}, {name}")


def check_guide_files(paths):
    """Read and check every file; return (checked guides, InvalidGuideFile errors).

    Errors are in the order of `paths` and carry every reason found for each file.
    """
    catalog = ReferenceCatalog.load()
    first_path_of_slug = {}
    checked, invalid = [], []
    for path in paths:
        guide_file = read_guide_file(path)
        duplicate = []
        slug = guide_file.front_matter.slug if guide_file.front_matter else None
        if slug in first_path_of_slug:
            duplicate.append(f"slug '{slug}' is also used by {first_path_of_slug[slug]}")
        elif slug:
            first_path_of_slug[slug] = guide_file.path
        try:
            checked.append(check_guide(guide_file, catalog, extra_problems=duplicate))
        except InvalidGuideFile as error:
            invalid.append(error)
    return checked, invalid


# ---------------------------------------------------------------------------------------
# Writing


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0

    @property
    def imported(self):
        return self.created + self.updated


def import_guides(guides, *, draft=False):
    """Write checked guides under the guide index in one transaction; return the counts.

    All or nothing, but the transaction holds the database's write lock, which every login
    and save waits for: the files were read, converted and validated before it (see
    `check_guide_files`), and the cache generations and the search index are brought up to
    date after it (`bulk_write`).
    """
    from kb.models import GuideIndexPage

    counts = ImportCounts()
    with bulk_write(), transaction.atomic():
        index = GuideIndexPage.objects.get()
        for guide in guides:
            _page, created = save_guide(guide, index, draft=draft)
            if created:
                counts.created += 1
            else:
                counts.updated += 1
    return counts


def save_guide(guide, index, *, draft=False):
    """Create the guide page, or add a revision to the one with the same slug.

    Publishes the revision unless `draft`. Returns (the page, whether it was created).
    """
    from kb.models import GuidePage

    page = GuidePage.objects.child_of(index).filter(slug=guide.slug).first()
    created = page is None
    if created:
        page = GuidePage(slug=guide.slug, live=not draft)
        _assign(page, guide)
        index.add_child(instance=page)
    else:
        if guide.owner is None:
            # A file that names no owner keeps the page's current one rather than orphaning it.
            guide = replace(guide, owner=page.owner)
        _assign(page, guide)
    revision = page.save_revision(
        user=guide.owner, log_action="wagtail.create" if created else True
    )
    if not draft:
        # Published by the import itself (someone with shell access), not in the owner's
        # name: a mentor owner could not publish in the editor.
        revision.publish()
    return page, created


def _assign(page, guide):
    page.title = guide.title
    page.kind = guide.kind
    page.summary = guide.summary
    page.body = guide.body
    page.owner = guide.owner
    page.review_by = guide.review_by
    page.last_reviewed = guide.last_reviewed
    # Parental relations are held on the page until it is saved or published.
    page.topics.set(guide.topics)
    page.levels.set(guide.levels)
