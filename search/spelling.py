"""Correcting a misspelt query word against the words of the index (plain Python).

The database engine fetches the candidates (indexed words of about the same length that
start with the same letter: people rarely get the first letter wrong) with how often the
pages use each; `best_correction()` picks the closest, the most used among equally close
ones.
"""

from collections.abc import Iterable


def max_distance(word: str) -> int:
    """How many edits a correction of `word` may need: one for short words, where two
    would turn almost any word into another, else two."""
    return 1 if len(word) <= 4 else 2


def distance(a: str, b: str, limit: int) -> int:
    """The Damerau-Levenshtein distance of `a` and `b` (insertions, deletions, substitutions
    and swaps of two neighbouring letters, each part of the text edited once), or `limit + 1`
    as soon as it is known to be more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    before, previous = None, list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            cost = 0 if char == other else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > limit:  # every later row is at least as far
            return limit + 1
        before, previous = previous, row
    return min(previous[-1], limit + 1)


def best_correction(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """The candidate (word, how often the pages use it) closest to `word` within
    `max_distance()`, the most used one among equally close candidates (then the first
    alphabetically); None when there is none or `word` is itself a candidate."""
    limit = max_distance(word)
    best = None
    for candidate, frequency in candidates:
        if candidate == word:
            return None
        edits = distance(word, candidate, limit)
        if edits <= limit:
            rank = (edits, -frequency, candidate)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None
