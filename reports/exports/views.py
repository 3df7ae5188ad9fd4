"""Download and preview of appendix tables: parse, build, render, wrap.

The preview page shows the same HTML rendering the PDF is made from, with the
download buttons; the files come back as attachments."""

from __future__ import annotations

import datetime
import io

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from plans.models import Plan
from reports.exports import CONTENT_TYPES
from reports.exports import render as render_table
from reports.exports.documents import FORMATS, area_table, plan_table
from reports.exports.renderers import render_html
from reports.exports.tables import Table
from reports.selectors import entry_villages
from villages.models import Area


def _date(request: HttpRequest, name: str) -> datetime.date | None:
    value = request.GET.get(name)
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise Http404("Ngày không hợp lệ.") from error


def _respond(request: HttpRequest, table: Table, fmt: str, query: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("Không có định dạng này.")
    if fmt == "html":
        return render(
            request,
            "reports/exports/preview.html",
            {"table": table, "document": render_html(table), "query": query},
        )
    return FileResponse(
        io.BytesIO(render_table(table, fmt)),
        as_attachment=True,
        filename=table.file_name(fmt),
        content_type=CONTENT_TYPES[fmt],
    )


def plan_export(
    request: HttpRequest, plan_pk: int, table: str, fmt: str
) -> HttpResponse:
    """A plan's table: ?tuan=YYYY-MM-DD picks the progress week, ?ngay= the date."""
    plans = Plan.objects.for_user(request.user)
    villages = None
    if table == "progress":
        plan = plans.filter(pk=plan_pk).only("area_id").first()
        if plan is None:
            raise Http404("Không tìm thấy kế hoạch.")
        villages = entry_villages(user=request.user, plan=plan)
    built = plan_table(
        plans=plans,
        pk=plan_pk,
        table=table,
        week=_date(request, "tuan"),
        on=_date(request, "ngay"),
        villages=villages,
    )
    return _respond(request, built, fmt, request.GET.urlencode())


def area_export(
    request: HttpRequest, area_pk: int, table: str, fmt: str
) -> HttpResponse:
    """A commune's criteria or a district's / province's summary, ?ngay= the date."""
    built = area_table(
        areas=Area.objects.for_user(request.user),
        pk=area_pk,
        table=table,
        on=_date(request, "ngay"),
    )
    return _respond(request, built, fmt, request.GET.urlencode())
