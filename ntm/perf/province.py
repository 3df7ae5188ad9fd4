"""The benchmark province, built with bulk inserts: `build` fills a database
with a province of communes, villages, targets and weeks of reports, for
`bench` (ntm/perf/management/commands/bench.py) and the load test's world
(ntm/perf/loadtest/world.py). Its own module, below both, so that neither
imports the other."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from plans.models import Counting, Plan, PlanStatus, Target, VillageTarget
from reports.models import ProgressEntry, ProgressReport
from villages.models import Agency, AgencyKind, Area, AreaLevel, Membership, Role

PER_DISTRICT = 20
BATCH = 20_000


@dataclass
class Bench:
    province: Area
    district: Area
    week: datetime.date
    plan_ids: list[int]
    district_plan_ids: list[int]
    reviewer: object
    viewer: object


def submitted_at(week: datetime.date, *, late: bool) -> datetime.datetime:
    """Thursday 10:00 of `week`, before the default 14:30 deadline; Friday
    09:00 for a report that went in late."""
    day = week + datetime.timedelta(days=4 if late else 3)
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(9 if late else 10))
    )


def _history_write(cursor, entries_table: str) -> None:
    """Each entry's history row ("+"), dated when its report went in (a
    draft's: when the entry was written), in one statement."""
    history = ProgressEntry.history.model._meta.db_table
    reports = ProgressReport._meta.db_table
    cursor.execute(
        f"INSERT INTO {history} (id, version, updated_at, report_id, "
        "village_target_id, amount, done, note, over_target, history_date, "
        "history_type) SELECT e.id, e.version, e.updated_at, e.report_id, "
        "e.village_target_id, e.amount, e.done, e.note, e.over_target, "
        f"COALESCE(r.submitted_at, e.updated_at), '+' FROM {entries_table} e "
        f"JOIN {reports} r ON r.id = e.report_id"
    )


def _next_id(model) -> int:
    last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
    return (last or 0) + 1


def _keep_ids_ahead(cursor, models) -> None:
    """Each model's id sequence moved past the ids build() wrote itself, and
    never back: its next id becomes the larger of its own and the highest
    id + 1. Setting it to the highest id would lower a sequence that had
    counted past the rows (tests start every table at 10,000, and
    PostgreSQL's setval is not undone by a rollback). SQLite's AUTOINCREMENT
    already counts on from the largest id ever inserted."""
    if connection.vendor != "postgresql":
        return
    quote = connection.ops.quote_name
    for model in models:
        table, column = model._meta.db_table, model._meta.pk.column
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, %s), GREATEST("
            "nextval(pg_get_serial_sequence(%s, %s)), "
            f"COALESCE(MAX({quote(column)}), 0) + 1), false) FROM {quote(table)}",
            [quote(table), column, quote(table), column],
        )


# (depth, kind) of each level the bench builds under its districts.
CHILD_LEVELS = {AreaLevel.COMMUNE: (2, "xã"), AreaLevel.VILLAGE: (3, "thôn")}


def _child_area(pk: int, parent: Area, name: str, level: str) -> Area:
    """An unsaved area under `parent`, its materialised path written out, for
    bulk_create (which skips save(), where the path is normally set)."""
    depth, kind = CHILD_LEVELS[level]
    return Area(
        pk=pk,
        name=name,
        kind=kind,
        level=level,
        parent=parent,
        path=f"{parent.path}{pk:08d}.",
        depth=depth,
        is_demo=True,
    )


def build(
    *,
    communes: int,
    villages: int,
    targets: int,
    weeks: int,
    year: int = 2025,
    first_week: datetime.date = datetime.date(2024, 12, 30),  # ISO week 1 of 2025
    history: bool = False,
) -> Bench:
    """A province of `communes` communes in districts of PER_DISTRICT, with
    `villages` villages, `targets` targets and `weeks` weeks of reports each,
    from `first_week` on, for plans of `year` (the load test moves them to now).
    Reports not in draft were submitted on their Thursday at 10:00 (the late
    ones on Friday). `history`: each entry also gets its history row, saved
    when its report went in (a draft's: now), for the pages that read what
    changed lately (the load test's; the dashboards do not read history)."""
    user_model = get_user_model()
    province = Area.objects.create(
        name="Bench", kind="tỉnh", level=AreaLevel.PROVINCE, is_demo=True
    )
    districts = [
        Area.objects.create(
            name=f"Huyện {n + 1}",
            kind="huyện",
            level=AreaLevel.DISTRICT,
            parent=province,
            is_demo=True,
        )
        for n in range((communes + PER_DISTRICT - 1) // PER_DISTRICT)
    ]
    reviewer = user_model.objects.create_user("bench.huyen", password="x")
    viewer = user_model.objects.create_user("bench.tinh", password="x")
    Membership.objects.create(
        user=reviewer, area=districts[0], role=Role.DISTRICT_REVIEWER
    )
    Membership.objects.create(user=viewer, area=province, role=Role.PROVINCIAL_VIEWER)

    week_list = [first_week + datetime.timedelta(weeks=n) for n in range(weeks)]

    area_id = _next_id(Area)
    commune_areas, village_areas = [], []
    for n in range(communes):
        commune_area = _child_area(
            area_id, districts[n // PER_DISTRICT], f"Xã {n + 1}", AreaLevel.COMMUNE
        )
        area_id += 1
        commune_areas.append(commune_area)
        for v in range(villages):
            village_areas.append(
                _child_area(area_id, commune_area, f"Thôn {v + 1}", AreaLevel.VILLAGE)
            )
            area_id += 1
    Area.objects.bulk_create(commune_areas + village_areas, batch_size=BATCH)

    agency_id, plan_id = _next_id(Agency), _next_id(Plan)
    agencies, plans = [], []
    for n, commune_area in enumerate(commune_areas):
        agencies.append(
            Agency(
                pk=agency_id + n,
                name=f"UBND {commune_area.name}",
                kind=AgencyKind.PEOPLES_COMMITTEE,
                area=commune_area,
                is_demo=True,
            )
        )
        plans.append(
            Plan(
                pk=plan_id + n,
                area=commune_area,
                issuing_agency_id=agency_id + n,
                symbol="KH-UBND",
                number=str(n + 1),
                year=year,
                title="Kế hoạch thử",
                place=commune_area.name,
                status=PlanStatus.ISSUED,
            )
        )
    Agency.objects.bulk_create(agencies, batch_size=BATCH)
    Plan.objects.bulk_create(plans, batch_size=BATCH)

    kinds = [Counting.INCREMENT] * 7 + [Counting.RUNNING_TOTAL] * 2 + [Counting.YES_NO]
    target_id, vt_id = _next_id(Target), _next_id(VillageTarget)
    target_rows, vt_rows, vt_meta = [], [], []
    for plan in plans:
        village_ids = [v.pk for v in village_areas if v.parent_id == plan.area_id]
        for t in range(targets):
            counting = kinds[t % len(kinds)]
            target_rows.append(
                Target(
                    pk=target_id,
                    plan_id=plan.pk,
                    order=t,
                    name=f"Chỉ tiêu {t + 1}",
                    unit="m",
                    quantity=Decimal(100 * len(village_ids)),
                    counting=counting,
                    higher_is_better=t % 13 != 5,
                )
            )
            for village_id in village_ids:
                vt_rows.append(
                    VillageTarget(
                        pk=vt_id,
                        target_id=target_id,
                        village_id=village_id,
                        quantity=Decimal(100),
                    )
                )
                vt_meta.append((vt_id, plan.pk, counting, (vt_id * 7) % 5))
                vt_id += 1
            target_id += 1
    Target.objects.bulk_create(target_rows, batch_size=BATCH)
    VillageTarget.objects.bulk_create(vt_rows, batch_size=BATCH)

    report_id = _next_id(ProgressReport)
    report_rows, report_of = [], {}
    states = ["accepted", "submitted", "draft", "returned"]
    for plan in plans:
        for w, week in enumerate(week_list):
            last = w == len(week_list) - 1
            status = states[plan.pk % 4] if last else "accepted"
            report_rows.append(
                ProgressReport(
                    pk=report_id,
                    plan_id=plan.pk,
                    period_start=week,
                    period_end=week + datetime.timedelta(days=6),
                    status=status,
                    is_late=last and plan.pk % 3 == 0,
                    difficulties="Thiếu vốn" if w % 4 == 0 else "",
                    submitted_at=None
                    if status == "draft"
                    else submitted_at(week, late=last and plan.pk % 3 == 0),
                )
            )
            report_of[plan.pk, w] = report_id
            report_id += 1
    ProgressReport.objects.bulk_create(report_rows, batch_size=BATCH)

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    table = ProgressEntry._meta.db_table
    columns = "version, updated_at, report_id, village_target_id, amount, done, note, over_target"
    sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"

    def rows():
        for vt, plan_pk, counting, pace in vt_meta:
            for w in range(len(week_list)):
                if counting == Counting.INCREMENT:
                    amount, done = 1 + (w + pace) % 3, None
                elif counting == Counting.RUNNING_TOTAL:
                    amount, done = min(100, (w + 1) * (2 + pace)), None
                else:
                    amount, done = None, w >= 10 + pace * 5
                yield (1, now, report_of[plan_pk, w], vt, amount, done, "", False)

    with connection.cursor() as cursor:
        batch = []
        for row in rows():
            batch.append(row)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
        if history:
            _history_write(cursor, table)
        _keep_ids_ahead(
            cursor, [Area, Agency, Plan, Target, VillageTarget, ProgressReport]
        )
    plan_ids = [p.pk for p in plans]
    district_plan_ids = [p.pk for p in plans if p.area.parent_id == districts[0].pk]
    return Bench(
        province=province,
        district=districts[0],
        week=week_list[-1],
        plan_ids=plan_ids,
        district_plan_ids=district_plan_ids,
        reviewer=reviewer,
        viewer=viewer,
    )
