"""One builder per appendix table: data in, a Table out (reports.exports.tables).

Builders receive objects already taken from an access-scoped queryset
(`Plan.objects.for_user(user)`, `Area.objects.for_user(user)`) and only read
below them; each docstring says how many queries it runs, and that number does
not grow with targets, villages, tasks or communes."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from criteria.models import CriteriaSet
from criteria.selectors import applicable_set, commune_board
from ntm.numbers import format_number
from ntm.templatetags.vn_tags import short_date
from plans.models import Counting, Plan, Recipient, Task
from plans.selectors import plan_tasks, target_table
from reports.exports.frame import area_frame, plan_frame
from reports.exports.summary import commune_lines
from reports.exports.tables import (
    GROUP,
    NOTE,
    NUMBER,
    PERCENT,
    SUBTOTAL,
    TOTAL,
    Column,
    HeaderCell,
    Ratio,
    Row,
    Sum,
    Table,
)
from reports.models import ProgressReport
from reports.periods import monday, period_bounds
from reports.progress import (
    REACHED_LABEL,
    VOLUME_LABEL,
    PlanFigures,
    as_fraction,
    commune_rate_figure,
    rate_count,
    village_rate,
)
from reports.selectors import entry_rows
from villages.models import Area

ZERO = Decimal(0)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def roman(number: int) -> str:
    return ROMAN[number - 1] if 0 < number <= len(ROMAN) else str(number)


def plan_for_export(queryset, pk: int) -> Plan:
    """The plan with what a frame needs (1 query); `queryset` is already scoped."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        queryset.select_related("area", "issuing_agency", "parent_agency", "signer"),
        pk=pk,
    )


def _recipients(plan: Plan) -> list[str]:
    return list(Recipient.objects.filter(plan=plan).values_list("text", flat=True))


def _ratio(numerator, denominator) -> Decimal | None:
    if not isinstance(numerator, Decimal | int) or not denominator:
        return None
    return Decimal(numerator) / Decimal(denominator)


# ── targets: Biểu chỉ tiêu giao cho các thôn ──


def targets(*, plan: Plan) -> Table:
    """Targets × villages, the commune figure, the villages' sum (a formula in
    Excel) and a note where they differ (4 queries)."""
    table = target_table(plan=plan)
    villages = table.villages
    first_village = 5
    columns = [
        Column("stt", width=5, align="center"),
        Column("name", width=36),
        Column("unit", width=8, align="center"),
        Column("commune", NUMBER, width=9),
        Column("allocated", NUMBER, width=9),
        *[Column(f"village_{v.pk}", NUMBER, width=9) for v in villages],
        Column("note", width=30),
    ]
    everywhere = f"Toàn {plan.area.kind}"
    header = [
        [
            HeaderCell("STT", rowspan=2),
            HeaderCell("Nội dung chỉ tiêu", rowspan=2),
            HeaderCell("Đơn vị tính", rowspan=2),
            HeaderCell(everywhere, rowspan=2),
            HeaderCell("Giao cho các thôn", colspan=1 + len(villages)),
            HeaderCell("Ghi chú", rowspan=2),
        ],
        [HeaderCell("Cộng"), *[HeaderCell(v.title_name) for v in villages]],
    ]
    rows = []
    for position, row in enumerate(table.rows, start=1):
        target = row.target
        note = target.note
        if target.is_rate and not target.higher_is_better:
            gap = "Mỗi thôn không được vượt tỷ lệ này (càng thấp càng tốt)"
            if row.mismatch:
                gap = "Có thôn được giao tỷ lệ cao hơn toàn xã"
            note = f"{note.rstrip('. ')}. {gap}." if note else f"{gap}."
        elif target.is_rate:
            gap = "Mỗi thôn phải đạt tỷ lệ này"
            if row.mismatch:
                gap = "Có thôn được giao tỷ lệ thấp hơn toàn xã"
            note = f"{note.rstrip('. ')}. {gap}." if note else f"{gap}."
        elif row.mismatch and not target.allow_partial:
            gap = "Tổng giao các thôn chưa khớp với toàn xã"
            note = f"{note.rstrip('. ')}. {gap}." if note else f"{gap}."
        rows.append(
            Row(
                [
                    position,
                    target.name,
                    target.unit,
                    target.quantity,
                    # A rate is reached by each village: no "Cộng" of percents.
                    None
                    if target.is_rate
                    else Sum(
                        row.allocated,
                        cols=(first_village, first_village + len(villages)),
                    ),
                    *row.cells,
                    note,
                ]
            )
        )
    numbers = [f"({n})" for n in range(1, len(columns) + 1)]
    numbers[4] = f"(5)=(6)+…+({5 + len(villages)})" if villages else "(5)"
    columns[4] = Column("allocated", NUMBER, width=9, number_label=numbers[4])
    return Table(
        slug="bieu-chi-tieu-cac-thon",
        frame=plan_frame(
            plan=plan,
            title="Biểu chỉ tiêu giao cho các thôn",
            recipients=_recipients(plan),
        ),
        columns=columns,
        header=header,
        rows=rows,
        freeze_cols=3,
    )


# ── schedule: Biểu dự kiến các nội dung thực hiện ──


def _time_frame(task: Task) -> str:
    parts = [task.time_text] if task.time_text else []
    if task.starts_on or task.ends_on:
        span = " – ".join(
            f"{day:%d/%m/%Y}" for day in (task.starts_on, task.ends_on) if day
        )
        parts.append(span if parts == [] else f"({span})")
    if task.frequency_text:
        parts.append(task.frequency_text)
    return "\n".join(parts)


def schedule(*, plan: Plan) -> Table:
    """The plan's tasks as seed 000's attached schedule: STT, task, time frame,
    lead unit, coordinating units, method and form (3 queries)."""
    columns = [
        Column("stt", width=5, align="center"),
        Column("task", width=46),
        Column("time", width=18),
        Column("lead", width=22),
        Column("coordinating", width=26),
        Column("method", width=30),
    ]
    header = [
        [
            HeaderCell("STT"),
            HeaderCell("Nội dung thực hiện"),
            HeaderCell("Thời gian thực hiện"),
            HeaderCell("Đơn vị chủ trì"),
            HeaderCell("Đơn vị phối hợp"),
            HeaderCell("Phương pháp, hình thức thực hiện"),
        ]
    ]
    rows = []
    for task in plan_tasks(plan=plan):
        title = task.title
        if task.description:
            title = f"{title}\n{task.description}"
        lead = task.lead_agency.name if task.lead_agency else ""
        if task.responsible_text:
            lead = f"{lead}\n{task.responsible_text}" if lead else task.responsible_text
        rows.append(
            Row(
                [
                    task.number,
                    title,
                    _time_frame(task),
                    lead,
                    "; ".join(a.name for a in task.coordinating_agencies.all()),
                    task.method,
                ]
            )
        )
    return Table(
        slug="bieu-du-kien-noi-dung-thuc-hien",
        frame=plan_frame(
            plan=plan,
            title="Biểu dự kiến các nội dung thực hiện",
            recipients=_recipients(plan),
        ),
        columns=columns,
        header=header,
        rows=rows,
    )


# ── progress: Biểu tổng hợp kết quả thực hiện ──


def progress_period(*, plan: Plan, week: datetime.date | None) -> datetime.date:
    """The period a progress table covers: the one holding `week`, else the
    latest reported one, else the current one (at most 1 query)."""
    if week is None:
        latest = (
            ProgressReport.objects.filter(plan=plan)
            .order_by("-period_start")
            .values_list("period_start", flat=True)
            .first()
        )
        week = latest or timezone.localdate()
    return period_bounds(plan, week)[0]


def _yes_no(value) -> str:
    if value is None:
        return ""
    return "Hoàn thành" if value else "Chưa hoàn thành"


def progress(
    *,
    plan: Plan,
    period_start: datetime.date,
    villages=None,
    on: datetime.date | None = None,
) -> Table:
    """Each target, its villages below it: target, this period, to date and
    percent, as of the end of the period starting `period_start`; `villages`
    narrows the rows to what the reader sees on screen (4 queries)."""
    report = ProgressReport.objects.filter(plan=plan, period_start=period_start).first()
    lines = entry_rows(
        plan=plan,
        period_start=period_start,
        report=report,
        villages=villages,
        photos=False,
    )
    _, period_end = period_bounds(plan, period_start)
    columns = [
        Column("stt", width=6, align="center"),
        Column("name", width=38),
        Column("unit", width=9, align="center"),
        Column("target", NUMBER, width=12),
        Column("period", NUMBER, width=12),
        Column("to_date", NUMBER, width=12),
        Column("percent", PERCENT, width=11, number_label="(7)=(6)/(4)"),
        Column("note", width=26),
    ]
    header = [
        [
            HeaderCell("STT", rowspan=2),
            HeaderCell("Chỉ tiêu, thôn", rowspan=2),
            HeaderCell("Đơn vị tính", rowspan=2),
            HeaderCell("Chỉ tiêu giao", rowspan=2),
            HeaderCell("Kết quả thực hiện", colspan=3),
            HeaderCell("Ghi chú", rowspan=2),
        ],
        [
            HeaderCell("Trong kỳ"),
            HeaderCell(f"Lũy kế đến {short_date(period_end)}"),
            HeaderCell("Tỷ lệ so với chỉ tiêu"),
        ],
    ]
    by_target: dict[int, list] = {}
    order = []
    for line in lines:
        target = line.target
        if target.pk not in by_target:
            by_target[target.pk] = []
            order.append(target)
        by_target[target.pk].append(line)
    rows: list[Row] = []
    for position, target in enumerate(order, start=1):
        group = by_target[target.pk]
        first = len(rows) + 1
        span = (first, first + len(group))
        if target.counting == Counting.YES_NO:
            done = sum(1 for line in group if line.to_date)
            rows.append(
                Row(
                    [
                        str(position),
                        target.name,
                        target.unit,
                        None,
                        None,
                        None,
                        None,
                        f"{done}/{len(group)} thôn hoàn thành",
                    ],
                    SUBTOTAL,
                )
            )
        elif target.is_rate:
            # The commune's rate is the villages' counts over their bases
            # (progress.commune_rate), never a mean or a sum of percents:
            # a plain figure, no formula over the village rows.
            rate = commune_rate_figure(
                rate_count(line.village_target, line.entry) for line in group
            )
            this = commune_rate_figure(
                (line.entry.amount, line.entry.base) for line in group if line.entry
            )
            rows.append(
                Row(
                    [
                        str(position),
                        target.name,
                        target.unit,
                        target.quantity,
                        this.shown,
                        rate.shown,
                        Ratio(_ratio(rate.shown, target.quantity), 5, 3),
                        f"Tỷ lệ của xã = tổng số đạt / tổng số = {rate.fraction}"
                        if rate.fraction
                        else "Mỗi thôn phải đạt tỷ lệ này",
                    ],
                    SUBTOTAL,
                )
            )
        else:
            quantity = sum((line.village_target.quantity for line in group), ZERO)
            this = sum((_this_period(line) or ZERO for line in group), ZERO)
            to_date = sum((line.to_date or ZERO for line in group), ZERO)
            func = "SUM"
            rows.append(
                Row(
                    [
                        str(position),
                        target.name,
                        target.unit,
                        Sum(quantity, rows=span, func=func),
                        Sum(this, rows=span, func=func),
                        Sum(to_date, rows=span, func=func),
                        Ratio(_ratio(to_date, quantity), 5, 3),
                        "",
                    ],
                    SUBTOTAL,
                )
            )
        for index, line in enumerate(group, start=1):
            rows.append(_progress_row(f"{position}.{index}", line))
    period = (
        f"tháng {period_start:%m/%Y}"
        if plan.report_period == "month"
        else f"tuần từ {short_date(period_start)} đến {short_date(period_end)}"
    )
    return Table(
        slug="bieu-ket-qua-thuc-hien",
        frame=plan_frame(
            plan=plan,
            title="Biểu tổng hợp kết quả thực hiện",
            recipients=_recipients(plan),
            report=True,
            on=on,
            note=f"; số liệu {period}",
        ),
        columns=columns,
        header=header,
        rows=rows,
    )


def _this_period(line):
    entry = line.entry
    if entry is None:
        return None
    counting = line.target.counting
    if counting == Counting.YES_NO:
        return entry.done
    return entry.amount


def _progress_row(number: str, line) -> Row:
    village = line.village_target.village.title_name
    note = line.entry.note if line.entry else ""
    if line.target.counting == Counting.YES_NO:
        return Row(
            [
                number,
                village,
                "",
                None,
                _yes_no(_this_period(line)),
                _yes_no(line.to_date),
                None,
                note,
            ]
        )
    quantity = line.village_target.quantity
    if line.target.is_rate:
        rate = village_rate(*rate_count(line.village_target, line.entry))
        this = village_rate(line.entry.amount, line.entry.base) if line.entry else None
        return Row(
            [
                number,
                village,
                "",
                quantity,
                this.shown if this else None,
                rate.shown,
                Ratio(_ratio(rate.shown, quantity), 5, 3),
                "; ".join(text for text in (rate.fraction, note) if text),
            ]
        )
    return Row(
        [
            number,
            village,
            "",
            quantity,
            _this_period(line),
            line.to_date,
            Ratio(_ratio(line.to_date, quantity), 5, 3),
            note,
        ]
    )


# ── criteria: Biểu đánh giá mức độ đạt tiêu chí ──

STATUS_LABELS = {
    "met": "Đạt",
    "not_met": "Chưa đạt",
    "not_assessed": "Chưa đánh giá",
    "no_requirement": "Chưa có mức yêu cầu",
}
NO_REQUIREMENT = "Chưa có mức yêu cầu"
UNVERIFIED_MARK = " (*)"


def _result(assessment) -> str:
    if assessment is None:
        return ""
    if assessment.value_number is not None:
        unit = assessment.indicator.unit
        figure = format_number(assessment.value_number)
        text = f"{figure} {unit}".strip() if unit and unit != "%" else figure
        if unit == "%":
            text += "%"
        return f"{text}; {assessment.value_text}" if assessment.value_text else text
    return assessment.value_text


def criteria(
    *,
    area: Area,
    on: datetime.date,
    plan: Plan | None = None,
    criteria_set: CriteriaSet | None = None,
) -> Table:
    """A commune's standing on its criteria set on `on`: group rows I–V, each
    criterion with đạt / chưa đạt, its indicators with requirement, result and
    status, and "Tổng số tiêu chí đạt: x/N" (8 queries with the plan's set, 9 when
    the applicable set is looked up)."""
    criteria_set = (
        criteria_set
        or (plan.criteria_set if plan else None)
        or applicable_set(area=area, on=on)
    )
    columns = [
        Column("stt", width=7, align="center"),
        Column("name", width=48),
        Column("requirement", width=22),
        Column("result", width=22),
        Column("status", width=12, align="center"),
        Column("note", width=22),
    ]
    header = [
        [
            HeaderCell("STT"),
            HeaderCell("Tên tiêu chí, nội dung chỉ tiêu"),
            HeaderCell("Chỉ tiêu (yêu cầu đạt chuẩn)"),
            HeaderCell(f"Kết quả thực hiện đến {short_date(on)}"),
            HeaderCell("Đánh giá (Đạt / Chưa đạt)"),
            HeaderCell("Ghi chú"),
        ]
    ]
    rows: list[Row] = []
    footnote = ""
    if criteria_set is None:
        footnote = f"Chưa có bộ tiêu chí áp dụng cho {area.full_name} năm {on.year}."
    else:
        board = commune_board(area=area, criteria_set=criteria_set, on=on)
        for position, (group, criterion_rows) in enumerate(board.groups, start=1):
            if group is not None:
                rows.append(
                    Row(
                        [
                            group.code or roman(position),
                            group.name.upper(),
                            "",
                            "",
                            "",
                            "",
                        ],
                        GROUP,
                    )
                )
            for item in criterion_rows:
                criterion = item.criterion
                rows.append(
                    Row(
                        [
                            str(criterion.number),
                            f"Tiêu chí số {criterion.number}: {criterion.name}",
                            "",
                            "",
                            "Đạt" if item.is_met else "Chưa đạt",
                            f"{item.met_count}/{len(item.indicators)} chỉ tiêu đạt",
                        ],
                        SUBTOTAL,
                    )
                )
                for indicator in item.indicators:
                    assessment = indicator.assessment
                    note = ""
                    if assessment is not None:
                        note = f"Đánh giá ngày {short_date(assessment.assessed_on)}"
                    if not indicator.has_requirement:
                        # No level: never "Đạt" beside an empty requirement.
                        requirement = status = NO_REQUIREMENT
                    else:
                        requirement = indicator.requirement + (
                            "" if indicator.requirement_verified else UNVERIFIED_MARK
                        )
                        status = STATUS_LABELS.get(indicator.status, "")
                    rows.append(
                        Row(
                            [
                                indicator.indicator.code,
                                indicator.indicator.name,
                                requirement,
                                _result(assessment),
                                status,
                                note,
                            ]
                        )
                    )
        summary = board.summary
        rows.append(
            Row(
                [f"Tổng số tiêu chí đạt: {summary.met_count}/{len(summary.rows)}"],
                NOTE,
            )
        )
        # How far the levels that decided "đạt" can be trusted (issue 20).
        rows.append(
            Row(
                [
                    "(*) Mức yêu cầu chưa đối chiếu văn bản gốc: "
                    f"{board.unverified_requirements}/{board.requirements} mức áp "
                    f"dụng cho {area.full_name}"
                    + (
                        f"; {board.criteria_without_requirement} tiêu chí có chỉ "
                        "tiêu chưa có mức yêu cầu nên chưa kết luận đạt"
                        if board.criteria_without_requirement
                        else ""
                    )
                    + "."
                ],
                NOTE,
            )
        )
        footnote = f"Theo {criteria_set.name}" + (
            f" ({criteria_set.document.number})." if criteria_set.document_id else "."
        )
    title = "Biểu đánh giá mức độ đạt tiêu chí"
    note = f"; {area.full_name}, số liệu đến ngày {short_date(on)}"
    if plan is not None:
        frame = plan_frame(
            plan=plan,
            title=title,
            recipients=_recipients(plan),
            report=True,
            on=on,
            note=note,
        )
    else:
        frame = area_frame(area=area, title=title, on=on)
    return Table(
        slug="bieu-danh-gia-tieu-chi",
        frame=frame,
        columns=columns,
        header=header,
        rows=rows,
        footnote=footnote,
    )


# ── district_summary: the communes of a district or province ──


def district_summary(*, area: Area, communes, on: datetime.date) -> Table:
    """One row per commune of `communes` (already scoped to the reader and
    `area`): weekly plans and this week's reports, Khối lượng hoàn thành and
    Chỉ tiêu đạt (reports.progress, as on the dashboards), criteria met; grouped by district under a province; totals as formulas (8 queries)."""
    week = monday(on)
    lines = commune_lines(communes=communes, week=week, on=on)
    columns = [
        Column("stt", width=6, align="center"),
        Column("name", width=28),
        Column("plans", NUMBER, decimals=0, width=11),
        Column("submitted", NUMBER, decimals=0, width=11),
        Column("missing", NUMBER, decimals=0, width=11),
        Column("volume", PERCENT, width=12),
        Column("targets", NUMBER, decimals=0, width=11),
        Column("done", NUMBER, decimals=0, width=11),
        Column("percent", PERCENT, width=11, number_label="(9)=(8)/(7)"),
        Column("met", NUMBER, decimals=0, width=11),
        Column("criteria", NUMBER, decimals=0, width=11),
        Column("note", width=20),
    ]
    week_end = week + datetime.timedelta(days=6)
    header = [
        [
            HeaderCell("STT", rowspan=2),
            HeaderCell("Đơn vị", rowspan=2),
            HeaderCell(
                f"Báo cáo tuần {short_date(week)} – {short_date(week_end)}", colspan=3
            ),
            HeaderCell(VOLUME_LABEL, rowspan=2),
            HeaderCell(REACHED_LABEL, colspan=3),
            HeaderCell("Tiêu chí nông thôn mới", colspan=2),
            HeaderCell("Ghi chú", rowspan=2),
        ],
        [
            HeaderCell("Số kế hoạch báo cáo tuần"),
            HeaderCell("Đã nộp"),
            HeaderCell("Chưa nộp"),
            HeaderCell("Chỉ tiêu giao các thôn"),
            HeaderCell("Đã đạt"),
            HeaderCell("Tỷ lệ đạt"),
            HeaderCell("Số tiêu chí đạt"),
            HeaderCell("Tổng số tiêu chí"),
        ],
    ]
    rows: list[Row] = []
    group_key = None
    grouped = any(line.group for line in lines)
    number = 0
    groups = 0
    for line in lines:
        if grouped and line.group != group_key:
            group_key = line.group
            groups += 1
            number = 0
            rows.append(Row([roman(groups), line.group, *[None] * 9, ""], GROUP))
        number += 1
        rows.append(
            Row(
                [
                    str(number),
                    line.name,
                    line.plans,
                    line.submitted,
                    line.plans - line.submitted,
                    as_fraction(line.volume) if line.figures.targets else None,
                    line.targets,
                    line.done,
                    Ratio(_ratio(line.done, line.targets), 7, 6),
                    line.met,
                    line.criteria,
                    "; ".join(
                        note
                        for note in (
                            f"Đã sáp nhập vào {line.successor}"
                            if line.successor
                            else "",
                            "" if line.criteria else "Chưa có bộ tiêu chí",
                        )
                        if note
                    ),
                ]
            )
        )
    span = (0, len(rows))
    totals = [
        sum(getattr(line, key) for line in lines)
        for key in ("plans", "submitted", "targets", "done", "met", "criteria")
    ]
    plans, submitted, targets_total, done, met, criteria_total = totals
    figures = sum((line.figures for line in lines), PlanFigures())
    if lines:
        rows.append(
            Row(
                [
                    "",
                    "Tổng cộng",
                    Sum(plans, rows=span),
                    Sum(submitted, rows=span),
                    Sum(plans - submitted, rows=span),
                    # A mean over every target, not of the communes' means.
                    as_fraction(figures.volume) if figures.targets else None,
                    Sum(targets_total, rows=span),
                    Sum(done, rows=span),
                    Ratio(_ratio(done, targets_total), 7, 6),
                    Sum(met, rows=span),
                    Sum(criteria_total, rows=span),
                    f"{len(lines)} xã",
                ],
                TOTAL,
            )
        )
    return Table(
        slug="bieu-tong-hop-cac-xa",
        frame=area_frame(
            area=area,
            title=f"Biểu tổng hợp tình hình thực hiện của các xã thuộc {area.full_name}",
            on=on,
        ),
        columns=columns,
        header=header,
        rows=rows,
    )
