"""How both search engines read a query: its meaningful words, its slots of synonyms (see
`search.synonyms`), and which words may be corrected. Plain Python, shared by the engines so
that they agree on what a query means."""

from search.synonyms import Segment, Synonyms, tokens

# Words that match almost every page and would only add noise to "any word" matching.
STOPWORD_TEXT = """
a about an and are as at be by can do does for from has have how i if in into is it its me my
not of on or our s so that the their them then there this to was we what when where which who
why will with you your
"""
STOPWORDS = frozenset(STOPWORD_TEXT.split())


def is_meaningful(word: str) -> bool:
    """Whether a query word carries meaning on its own (not a stopword or a stray letter)."""
    return word not in STOPWORDS and (len(word) > 1 or word.isdigit())


def query_segments(query: str, synonyms: Synonyms) -> list[Segment]:
    """The slots of a query (`Synonyms.segment()`), once each, without the single stopwords
    and stray letters that no rule expands, unless nothing else is left."""
    segments = synonyms.segment(tokens(query))
    meaningful = [
        segment
        for segment in segments
        if len(segment.slot) > segment.typed
        or len(segment.words) > 1
        or is_meaningful(segment.words[0])
    ]
    return list(dict.fromkeys(meaningful or segments))


def is_correctable(word: str) -> bool:
    """Whether a word that matches nothing may be replaced by a spelling correction."""
    return word.isalpha() and len(word) >= 3 and word not in STOPWORDS


def corrected_query(query: str, corrections: dict[str, str]) -> str:
    """The query's tokens, lowercased, with the corrections made."""
    return " ".join(corrections.get(token, token) for token in tokens(query))
