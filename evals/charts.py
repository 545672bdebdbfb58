"""Small inline SVG charts for the HTML report: figures against the baseline, and a latency histogram.
No library and no script: the report stays one self-contained file that opens anywhere."""

from __future__ import annotations

from html import escape

BAR_HEIGHT = 16
GAP = 8
LABEL_WIDTH = 230
PLOT_WIDTH = 360
NOW = "#0b4f8a"
BEFORE = "#b35c00"


def bars_against_baseline(title: str, figures: dict[str, float], baseline: dict[str, float]) -> str:
    """One horizontal bar per figure (0–1), with the baseline's value as a tick; a figure's name, value and
    change are written beside it, so the chart reads without colour."""
    rows = [(name, value) for name, value in figures.items() if isinstance(value, int | float)]
    height = len(rows) * (BAR_HEIGHT + GAP) + 30
    parts = [_svg_open(title, LABEL_WIDTH + PLOT_WIDTH + 140, height), _legend(height - 12, bool(baseline))]
    for i, (name, value) in enumerate(rows):
        y = i * (BAR_HEIGHT + GAP)
        width = max(0.0, min(1.0, value)) * PLOT_WIDTH
        before = baseline.get(name)
        change = f" ({value - before:+.3f})" if isinstance(before, int | float) else ""
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" text-anchor="end">{escape(name)}</text>')
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" fill="{NOW}"/>')
        if isinstance(before, int | float):
            x = LABEL_WIDTH + max(0.0, min(1.0, before)) * PLOT_WIDTH
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 2}" y2="{y + BAR_HEIGHT + 2}" stroke="{BEFORE}" '
                         'stroke-width="3"/>')
        parts.append(f'<text x="{LABEL_WIDTH + PLOT_WIDTH + 6}" y="{y + 12}">{value:.3f}{escape(change)}</text>')
    return "".join(parts) + "</svg>"


def histogram(title: str, values: list[float], unit: str = "ms", bins: int = 12) -> str:
    """Counts of `values` in equal-width bins, labelled with their range."""
    if not values:
        return ""
    low, high = min(values), max(values)
    step = (high - low) / bins or 1.0
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, int((value - low) / step))] += 1
    width, height, bottom = 560, 180, 150
    bar = width / bins
    top = max(counts)
    parts = [_svg_open(title, width, height)]
    for i, count in enumerate(counts):
        h = count / top * (bottom - 20)
        parts.append(f'<rect x="{i * bar + 1:.1f}" y="{bottom - h:.1f}" width="{bar - 2:.1f}" height="{h:.1f}" '
                     f'fill="{NOW}"><title>{low + i * step:.0f}–{low + (i + 1) * step:.0f} {unit}: {count}</title></rect>')
        if count:
            parts.append(f'<text x="{i * bar + bar / 2:.1f}" y="{bottom - h - 4:.1f}" text-anchor="middle">{count}</text>')
    parts.append(f'<text x="0" y="{bottom + 18}">{low:.0f} {unit}</text>')
    parts.append(f'<text x="{width}" y="{bottom + 18}" text-anchor="end">{high:.0f} {unit}</text>')
    return "".join(parts) + "</svg>"


def _svg_open(title: str, width: float, height: float) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" width="{width:.0f}" '
            f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="12">'
            f"<title>{escape(title)}</title>")


def _legend(y: float, with_baseline: bool) -> str:
    legend = f'<rect x="{LABEL_WIDTH}" y="{y - 9}" width="12" height="10" fill="{NOW}"/>' \
             f'<text x="{LABEL_WIDTH + 16}" y="{y}">this run</text>'
    if with_baseline:
        legend += (f'<line x1="{LABEL_WIDTH + 100}" x2="{LABEL_WIDTH + 100}" y1="{y - 10}" y2="{y + 2}" '
                   f'stroke="{BEFORE}" stroke-width="3"/><text x="{LABEL_WIDTH + 106}" y="{y}">baseline</text>')
    return legend
