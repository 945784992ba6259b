"""Geometry for the small inline SVG line charts of monthly KPIs (no drawing library)."""

from dataclasses import dataclass

from careers.readiness import format_number

WIDTH = 360
HEIGHT = 140
PAD_LEFT = 40
PAD_RIGHT = 10
PAD_TOP = 10
PAD_BOTTOM = 24


@dataclass(frozen=True)
class LineChart:
    points: str  # SVG polyline points
    dots: tuple  # (x, y, label) per month
    thresholds: tuple  # (y, label) per threshold line
    y_ticks: tuple  # (y, label)
    x_labels: tuple  # (x, label)
    width: int = WIDTH
    height: int = HEIGHT


def line_chart(series, thresholds=(), *, unit=""):
    """`series`: [(month date, value)] oldest first; `thresholds`: [(value, label)]."""
    values = [float(value) for _, value in series] + [float(value) for value, _ in thresholds]
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    margin = (high - low) * 0.1
    low, high = low - margin, high + margin
    plot_width = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_height = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = plot_width / max(len(series) - 1, 1)

    def y_of(value):
        return round(PAD_TOP + plot_height * (high - float(value)) / (high - low), 1)

    dots = tuple(
        (
            round(PAD_LEFT + index * step, 1),
            y_of(value),
            f"{month:%b %Y}: {format_number(value)}{unit}",
        )
        for index, (month, value) in enumerate(series)
    )
    return LineChart(
        points=" ".join(f"{x},{y}" for x, y, _ in dots),
        dots=dots,
        thresholds=tuple((y_of(value), label) for value, label in thresholds),
        y_ticks=tuple((y_of(value), f"{value:.0f}") for value in (low + margin, high - margin)),
        x_labels=tuple(
            (x, label.split(":")[0][:3])
            for index, (x, _, label) in enumerate(dots)
            if index % 3 == len(dots) % 3 or index == len(dots) - 1
        ),
    )
