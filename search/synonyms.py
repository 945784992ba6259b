"""Call-center synonyms and the words of a query, shared by every search engine.

Rules are written in Solr's format, one per line (leads edit them in the Wagtail admin,
*Snippets → Search synonyms*; `search/synonyms.txt` seeds them):

    cancel, terminate, close account, end contract   equivalent: each finds the others
    churn => cancel, retention                       one way: "churn" also finds these

A query becomes *slots*, one per query word or per phrase of the query that a rule knows
(the longest phrase first). A slot is a tuple of alternative phrases, each a tuple of plain
words (letters and digits, lowercase); the alternatives typed by the user come first. An
engine matches a slot when any alternative matches (a phrase: its words next to each other,
in order) and usually requires every slot:

    >>> rules = parse(["cancel, terminate, close account"])
    >>> rules.expand(tokens("Wants to cancel"))
    [(('wants',),), (('to',),), (('cancel',), ('terminate',), ('close', 'account'))]

Words joined by a symbol ("ID&V", "e-mail", "wrap-up", "3-way") are one token in a query
and in a rule. They stand for two phrases, the joined form ("idv") and the parts ("id v"),
so they match pages that write them either way; the database engine also indexes the
joined form of each such word of a page (`joined_forms()`), so "email" finds "e-mail".

Matching a query against the rules ignores a plural "s" ("headphones" uses the rule that
says "headphone"), but no other ending: write rules in the plain form of words, and let the
engines' stemming find the other forms of what a rule expands to.

Everything here is plain Python except `current()`, which reads the rules leads edit
(`search.models.SynonymGroup`) through the cache.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

Phrase = tuple[str, ...]
Slot = tuple[Phrase, ...]

# Letters and digits, as the engines' tokenizers see words.
WORD = re.compile(r"[^\W_]+")
# Symbols that join two words into one: hyphens (ASCII, Unicode and non-breaking), "&", "/".
JOINERS = "\\-\u2010\u2011&/"
TOKEN = re.compile(rf"[^\W_]+(?:[{JOINERS}][^\W_]+)*")
JOINER = re.compile(rf"[{JOINERS}]")


class SynonymError(ValueError):
    """A rule that cannot be used. `code` names the problem (the admin shows a translated
    message for it): "arrows", "one-sided" or "one-term"."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def tokens(text: str) -> list[str]:
    """The words of a text, lowercased, in order; words joined by a symbol stay one token
    ("id&v", "e-mail")."""
    return TOKEN.findall(str(text).lower())


def joined(token: str) -> str:
    """A token without its joining symbols: "id&v" → "idv"."""
    return JOINER.sub("", token)


def forms(phrase: Sequence[str]) -> tuple[Phrase, ...]:
    """The phrases of plain words a phrase of tokens stands for: itself when no token has a
    symbol; else the joined form and the split form ("wrap-up code" → "wrapup code",
    "wrap up code")."""
    whole = tuple(joined(token) for token in phrase)
    split = tuple(word for token in phrase for word in WORD.findall(token))
    return tuple(dict.fromkeys([whole, split]))


def joined_forms(text: str) -> list[str]:
    """The joined form of each symbol-joined word of a text, in order, as often as it occurs
    (so an engine scores it as often as the words themselves): what the database engine
    indexes beside the text so that "email" finds "e-mail"."""
    return [joined(token) for token in tokens(text) if JOINER.search(token)]


def fold(word: str) -> str:
    """The form of a word rules are matched on: without a plural ending."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def key(phrase: Sequence[str]) -> Phrase:
    """What a phrase of tokens is matched on: joined, without plurals."""
    return tuple(fold(joined(token)) for token in phrase)


@dataclass(frozen=True)
class Rule:
    """One line: the phrases a query may contain, and the phrases they then also find (the
    same ones for a group of equivalents)."""

    terms: tuple[Phrase, ...]
    expansions: tuple[Phrase, ...]


def phrases_of(text: str) -> tuple[Phrase, ...]:
    """The comma-separated phrases of one side of a rule, as tokens, once each."""
    found = (tuple(tokens(part)) for part in text.split(","))
    return tuple(dict.fromkeys(phrase for phrase in found if phrase))


def parse_rule(line: str) -> Rule | None:
    """The rule of one line (None for a blank or comment line); SynonymError when unusable."""
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    if text.count("=>") > 1:
        raise SynonymError("Use “=>” at most once in a rule.", "arrows")
    if "=>" in text:
        left, right = (phrases_of(side) for side in text.split("=>"))
        if not left or not right:
            raise SynonymError("Write words on both sides of “=>”.", "one-sided")
        return Rule(terms=left, expansions=right)
    terms = phrases_of(text)
    if len(terms) < 2:
        raise SynonymError(
            "A group needs at least two words or phrases, separated by commas.", "one-term"
        )
    return Rule(terms=terms, expansions=terms)


class Segment(NamedTuple):
    """One slot of a query, with where it came from."""

    words: tuple[str, ...]  # the query's tokens it covers
    slot: Slot  # the typed forms first, then the rules' expansions
    typed: int  # how many alternatives at the start of `slot` are typed forms


@dataclass(frozen=True)
class Synonyms:
    """A set of rules, ready to expand queries."""

    rules: tuple[Rule, ...] = ()
    # key of a term → the expansions of every rule that has it, in rule order
    index: dict[Phrase, tuple[Phrase, ...]] = field(default_factory=dict, compare=False)
    longest: int = 0

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> "Synonyms":
        rules = tuple(rules)
        index: dict[Phrase, tuple[Phrase, ...]] = {}
        for rule in rules:
            for term in rule.terms:
                known = index.get(key(term), ())
                index[key(term)] = tuple(dict.fromkeys(known + rule.expansions))
        return cls(rules, index, max((len(term) for term in index), default=0))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def segment(self, words: Sequence[str]) -> list[Segment]:
        """The query's tokens in slots, each known phrase (longest first) with the phrases its
        rules add (see the module docstring)."""
        segments, start = [], 0
        while start < len(words):
            size, expansions = 1, ()
            for length in range(min(self.longest, len(words) - start), 0, -1):
                if key(words[start : start + length]) in self.index:
                    size = length
                    expansions = self.index[key(words[start : start + length])]
                    break
            span = tuple(words[start : start + size])
            typed = forms(span)
            seen = {key(phrase) for phrase in typed}
            added = []
            for expansion in expansions:
                for phrase in forms(expansion):
                    if key(phrase) not in seen:
                        seen.add(key(phrase))
                        added.append(phrase)
            segments.append(Segment(span, typed + tuple(added), len(typed)))
            start += size
        return segments

    def expand(self, words: Sequence[str]) -> list[Slot]:
        """The slots of a query's tokens (from `tokens()`): see the module docstring."""
        return [segment.slot for segment in self.segment(words)]

    def knows(self, word: str) -> bool:
        """Whether a word is, on its own, a term of a rule (it is then never "corrected")."""
        return key([word]) in self.index


def parse(lines: Iterable[str]) -> Synonyms:
    """Synonyms from Solr-format lines; SynonymError names the first unusable line."""
    rules = []
    for number, line in enumerate(lines, start=1):
        try:
            rule = parse_rule(line)
        except SynonymError as error:
            raise SynonymError(f"Line {number} ({line.strip()}): {error}", error.code) from None
        if rule is not None:
            rules.append(rule)
    return Synonyms.of(rules)


@lru_cache(maxsize=8)
def _parsed(lines: tuple[str, ...]) -> Synonyms:
    """Each process parses each version of the rules once. Rows saved outside the admin's
    validation are skipped rather than failing every search."""
    rules = []
    for line in lines:
        try:
            rule = parse_rule(line)
        except SynonymError:
            continue
        if rule is not None:
            rules.append(rule)
    return Synonyms.of(rules)


def current() -> Synonyms:
    """The rules leads keep in the admin. Cached under the "content" generation, so a warm
    cache answers without a query and saving or deleting a rule is seen at once."""
    from home.cache import CONTENT, cached
    from search.models import SynonymGroup

    lines = cached(
        ("search-synonyms",),
        lambda: tuple(SynonymGroup.objects.order_by("pk").values_list("terms", flat=True)),
        depends_on=(CONTENT,),
    )
    return _parsed(tuple(lines))
