"""Campaign fit: how well an operator's latest ratings match a kind of campaign work.

Pure functions: the caller supplies each operator's latest mentor/lead rating per competency.
"""

from dataclasses import dataclass

MAX_RATING = 4


@dataclass(frozen=True)
class FitPart:
    competency_id: int
    competency: str
    weight: int
    rating: int | None  # None: not yet assessed, counts as 0


@dataclass(frozen=True)
class Fit:
    score: int  # 0–100
    parts: tuple[FitPart, ...]

    @property
    def unassessed(self):
        return [part.competency for part in self.parts if part.rating is None]


def fit_score(weights, ratings):
    """`weights`: [(competency_id, name, weight)]; `ratings`: {competency_id: latest rating}.

    Score = Σ weight × rating ÷ Σ weight × 4, as a percentage; unassessed counts as 0.
    """
    parts = tuple(
        FitPart(competency_id, name, weight, ratings.get(competency_id))
        for competency_id, name, weight in weights
    )
    possible = sum(part.weight for part in parts) * MAX_RATING
    earned = sum(part.weight * (part.rating or 0) for part in parts)
    return Fit(round(100 * earned / possible) if possible else 0, parts)
