"""The one table the bench prints: each figure is the median of its runs, with min-max."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Figure:
    section: str
    backend: str
    case: str
    metric: str
    unit: str
    values: list[float] = field(default_factory=list)  # one per run
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)


def format_number(value: float, unit: str) -> str:
    if unit in ("ms", "s"):
        return f"{value:,.1f}" if value >= 10 else f"{value:,.2f}"
    if unit in ("MiB", "x"):
        return f"{value:,.1f}" if unit == "x" or value < 100 else f"{value:,.0f}"
    if unit == "CPU s/1k events":
        return f"{value:,.2f}"
    if unit == "ratio":  # a fraction of the no-op ceiling: 0.071
        return f"{value:.3f}"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def render(figures: list[Figure], header_lines: list[str]) -> str:
    """A Markdown table (readable in a terminal, pasteable into the README)."""
    columns = ["section", "backend", "case", "metric", "median", "min–max", "runs", "note"]
    rows = []
    for figure in figures:
        if not figure.values:
            continue
        low, high = min(figure.values), max(figure.values)
        rows.append(
            [
                figure.section,
                figure.backend,
                figure.case,
                f"{figure.metric} ({figure.unit})",
                format_number(figure.median, figure.unit),
                f"{format_number(low, figure.unit)}–{format_number(high, figure.unit)}",
                str(len(figure.values)),
                figure.note,
            ]
        )
    widths = [max(len(columns[i]), *(len(row[i]) for row in rows)) if rows else len(columns[i]) for i in range(len(columns))]
    right_aligned = {4, 5, 6}

    def line(cells: list[str]) -> str:
        padded = [cell.rjust(widths[i]) if i in right_aligned else cell.ljust(widths[i]) for i, cell in enumerate(cells)]
        return "| " + " | ".join(padded) + " |"

    separator = "|" + "|".join(("-" * (w + 1) + ":") if i in right_aligned else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([*header_lines, "", line(columns), separator, *(line(row) for row in rows)])
