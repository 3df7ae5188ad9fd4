"""Small SVG charts drawn on the server: no JavaScript. Pure functions returning safe strings; every chart carries
its numbers as text too (a <title> for screen readers and tooltips, and the
caller prints them beside the chart), and scales to the width it is given, so
it stays legible on a 360-px phone."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ntm.numbers import format_number

COLOURS = {
    "green": "#198754",
    "amber": "#e0a800",
    "red": "#dc3545",
    "none": "#adb5bd",
}
LINE = "#0d6efd"
GRID = "#dee2e6"


def _num(value: float) -> str:
    """A coordinate: short, with a dot (SVG is not localised)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def percent_text(value) -> str:
    """ "37,5 %" """
    if value is None:
        return "–"
    return f"{format_number(Decimal(value).quantize(Decimal('0.1'), ROUND_HALF_UP))} %"


def sparkline(
    values: Sequence,
    *,
    labels: Sequence[str] = (),
    width: int = 120,
    height: int = 28,
    top: float = 100,
    title: str = "",
) -> SafeString:
    """A line over `values` (0..`top`), the last point marked. `labels` name the
    points in the <title> ("13/03: 12,5 %")."""
    points = [float(v or 0) for v in values]
    text = "; ".join(
        f"{label}: {percent_text(v)}" if label else percent_text(v)
        for label, v in zip(list(labels) or [""] * len(values), values, strict=False)
    )
    caption = escape(f"{title}: {text}" if title else text)
    if not points:
        return mark_safe("")
    pad = 3
    step = (width - 2 * pad) / max(len(points) - 1, 1)
    scale = (height - 2 * pad) / (top or 1)

    def xy(i: int, v: float) -> tuple[str, str]:
        v = max(0.0, min(v, top))
        return _num(pad + i * step), _num(height - pad - v * scale)

    coords = " ".join(",".join(xy(i, v)) for i, v in enumerate(points))
    last_x, last_y = xy(len(points) - 1, points[-1])
    return mark_safe(
        f'<svg class="chart-spark" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{caption}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{caption}</title>'
        f'<line x1="0" y1="{height - pad}" x2="{width}" y2="{height - pad}" '
        f'stroke="{GRID}" stroke-width="1"/>'
        f'<polyline points="{coords}" fill="none" stroke="{LINE}" stroke-width="1.5" '
        f'stroke-linejoin="round"/>'
        f'<circle cx="{last_x}" cy="{last_y}" r="2.5" fill="{LINE}"/></svg>'
    )


def progress_bar(
    percent,
    *,
    expected=None,
    status: str = "none",
    width: int = 140,
    height: int = 12,
    title: str = "",
) -> SafeString:
    """A bar of `percent` (capped at 100) coloured by on-track status, with a
    tick where the expected share of today lies."""
    done = max(0.0, min(float(percent or 0), 100.0))
    caption = f"Đã đạt {percent_text(percent)}"
    if expected is not None:
        caption += f", cần đạt đến nay {percent_text(expected)}"
    caption = escape(f"{title}: {caption}" if title else caption)
    tick = ""
    if expected is not None:
        x = _num(width * max(0.0, min(float(expected), 100.0)) / 100)
        tick = (
            f'<line x1="{x}" y1="0" x2="{x}" y2="{height}" stroke="#212529" '
            f'stroke-width="2"/>'
        )
    return mark_safe(
        f'<svg class="chart-bar" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{caption}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{caption}</title>'
        f'<rect width="{width}" height="{height}" rx="2" fill="#e9ecef"/>'
        f'<rect width="{_num(width * done / 100)}" height="{height}" rx="2" '
        f'fill="{COLOURS.get(status, COLOURS["none"])}"/>{tick}</svg>'
    )


def columns(
    values: Sequence[int],
    *,
    labels: Sequence[str],
    top: int,
    width: int = 200,
    height: int = 60,
    title: str = "",
) -> SafeString:
    """Columns with their value written above (criteria met at a few dates)."""
    n = max(len(values), 1)
    slot = width / n
    bar = slot * 0.6
    label_h = 12
    chart_h = height - 2 * label_h
    parts = []
    for i, (value, label) in enumerate(zip(values, labels, strict=False)):
        h = chart_h * (value / top) if top else 0
        x = i * slot + (slot - bar) / 2
        y = label_h + chart_h - h
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(bar)}" '
            f'height="{_num(h)}" fill="{LINE}"/>'
            f'<text x="{_num(x + bar / 2)}" y="{_num(y - 2)}" font-size="10" '
            f'text-anchor="middle">{value}</text>'
            f'<text x="{_num(x + bar / 2)}" y="{height - 1}" font-size="9" '
            f'text-anchor="middle" fill="#6c757d">{escape(label)}</text>'
        )
    caption = escape(
        (f"{title}: " if title else "")
        + "; ".join(f"{lab}: {v}/{top}" for v, lab in zip(values, labels, strict=False))
    )
    return mark_safe(
        f'<svg class="chart-columns" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{caption}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{caption}</title>'
        + "".join(parts)
        + "</svg>"
    )
