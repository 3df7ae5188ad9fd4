"""Chart and percent filters for the dashboards (reports.charts does the drawing)."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.html import format_html

from ntm.numbers import format_number
from reports import charts, progress

register = template.Library()


@register.filter
def percent(value) -> str:
    """37.5 -> "37,5 %"; "–" for no figure."""
    return charts.percent_text(value)


@register.filter
def amount(value) -> str:
    """A quantity, Vietnamese style, to 0,01 under 10 and 0,1 above: "1.333,3"."""
    if value is None:
        return "–"
    places = Decimal("0.01") if abs(Decimal(value)) < 10 else Decimal("0.1")
    return format_number(Decimal(value).quantize(places).normalize())


@register.simple_tag
def spark(values, weeks, title=""):
    """The 8-week sparkline of a row, its points named by week."""
    return charts.sparkline(values, labels=[f"{w:%d/%m}" for w in weeks], title=title)


@register.simple_tag
def bar(judgement, title=""):
    """A target's progress bar with the expected-by-now tick."""
    return charts.progress_bar(
        judgement.percent,
        expected=judgement.expected_percent,
        status=judgement.status,
        title=title,
    )


@register.simple_tag
def plain_bar(value, status="none", title=""):
    return charts.progress_bar(value, status=status, title=title)


@register.simple_tag
def criteria_columns(points, title=""):
    if not points:
        return ""
    return charts.columns(
        [p.met for p in points],
        labels=[f"{p.on:%m/%Y}" for p in points],
        top=points[-1].total,
        title=title,
    )


@register.simple_tag
def figures_help(reached: bool = True):
    """The headline figures' names and explanation, as every dashboard and
    export gives them (reports.progress); `reached=False` for Khối lượng
    hoàn thành alone."""
    volume = format_html(
        "<strong>{}:</strong> {}", progress.VOLUME_LABEL, progress.VOLUME_HELP
    )
    if not reached:
        return format_html(
            '<p class="small text-body-secondary mb-2 figures-help">{}</p>', volume
        )
    return format_html(
        '<p class="small text-body-secondary mb-2 figures-help">{} '
        "<strong>{}:</strong> {}</p>",
        volume,
        progress.REACHED_LABEL,
        progress.REACHED_HELP,
    )
