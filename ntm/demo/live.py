"""Demo weeks that live in the current week: for each demo commune a small plan
of the year of `today`, its last weeks reported, so that every role finds work
waiting the moment `make run` ends (issue 22).

The seed plans (2023, ntm.demo.progress) stay as history on the communes and
districts of 2021–2025. The plans of this year sit on the communes of the
two-tier system (from 01/07/2025), directly under their province, whose
reviewer (`tinh.*.duyet`) reviews them. Here, relative to `today`:

- xã Sơn Bằng (Hà Tĩnh, successor of Sơn Bằng and Sơn Trung), plan 21 of
  `xa.sonbang`: last week's report submitted on time and waiting for review;
  the week before returned, corrected and accepted; older weeks accepted. This
  week the head of thôn Thịnh Bằng has entered his village's rows; the commune
  has not submitted yet.
- the same commune, plan 22 of `xa.sontrung`: last week's report returned with
  a comment and not yet resubmitted; three weeks ago submitted late after a
  reopening.
- xã Đồng Đăng (Lạng Sơn, successor of Thụy Hùng), plan 23 of `xa.thuyhung`:
  the late commune, last week's report saved as a draft and never submitted.

This week's deadline is always ahead of `today`: Thursday 14:30 as in seed 003
when the plan is created early in the week, otherwise Sunday 23:59 (a load on
a Sunday evening still finds its week open). Everything
goes through reports.services with `now` set to its moment, the figures come
from the fixed curves of ntm.demo.weeks, and a week whose report exists is left
alone: loading twice on the same day changes nothing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model

from ntm.demo.weeks import (
    GARDEN,
    HANOI,
    HEDGE,
    DemoWeeks,
    done_in_week,
    plan_village_targets,
)
from plans.models import Plan, PlanStatus, ReportPeriod, Target
from plans.services import plan_create, target_save
from reports.models import ProgressReport
from reports.periods import monday
from reports.services import EntryInput
from villages.models import Agency, AgencyKind, Area, AreaLevel

WEEKS = 7  # past weeks reported, at most (the curves have 8 points)
TARGETS = (  # name, unit, share of each village, curve
    ("Trồng hàng rào xanh", "m", Decimal(300), HEDGE),
    ("Chỉnh trang vườn hộ", "vườn", Decimal(20), GARDEN),
)
PACES = (100, 90, 105, 85, 95)  # by village, in name order
RETURN_COMMENT = (
    "Số mét hàng rào xanh của các thôn chưa khớp với biên bản kiểm tra của xã; "
    "đề nghị rà soát, bổ sung ảnh minh chứng rồi nộp lại."
)
REOPEN_REASON = "Xã chưa nộp trước hạn; mở lại để bổ sung số liệu các thôn."


@dataclass(frozen=True)
class Commune:
    name: str
    province: str  # the commune sits directly under it, valid from 01/07/2025
    official: str
    reviewer: str
    number: str
    story: str  # "waiting", "returned" or "late"


COMMUNES = (
    Commune("Sơn Bằng", "Hà Tĩnh", "xa.sonbang", "tinh.hatinh.duyet", "21", "waiting"),
    Commune(
        "Sơn Bằng", "Hà Tĩnh", "xa.sontrung", "tinh.hatinh.duyet", "22", "returned"
    ),
    Commune("Đồng Đăng", "Lạng Sơn", "xa.thuyhung", "tinh.langson.duyet", "23", "late"),
)


def report_day(today: datetime.date) -> int:
    """The weekday of the demo plans' deadline: Thursday as in the seeds while
    it is still ahead this week, otherwise Sunday."""
    return 3 if today.weekday() <= 2 else 6


def _plan(commune: Area, official, today: datetime.date, spec: Commune) -> Plan:
    """The commune's plan of this year, with its targets shared between the
    villages, created the first time only."""
    agency = Agency.objects.filter(
        area=commune, kind=AgencyKind.PEOPLES_COMMITTEE
    ).first()
    if agency is None:
        agency = Agency(
            area=commune,
            name=f"Ủy ban nhân dân xã {commune.name}",
            short_name="UBND xã",
            kind=AgencyKind.PEOPLES_COMMITTEE,
            is_demo=True,
        )
        agency.full_clean()
        agency.save()
    plan = Plan.objects.filter(
        issuing_agency=agency, number=spec.number, year=today.year
    ).first()
    if plan is None:
        weekday = report_day(today)
        time = datetime.time(14, 30) if weekday == 3 else datetime.time(23, 59)
        plan = plan_create(
            user=official,
            area=commune,
            issuing_agency=agency,
            doc_type="KH",
            number=spec.number,
            symbol="KH-UBND",
            year=today.year,
            title=f"Duy trì vệ sinh môi trường, chỉnh trang khu dân cư năm "
            f"{today.year} (minh họa)",
            place=commune.name,
            issued_on=max(
                datetime.date(today.year, 1, 1),
                monday(today) - datetime.timedelta(weeks=WEEKS, days=3),
            ),
            status=PlanStatus.ISSUED,
            report_period=ReportPeriod.WEEK,
            report_weekday=weekday,
            report_time=time,
            reporting_text="Các thôn báo cáo kết quả trong tuần cho UBND xã trước "
            f"{time:%H} giờ {time:%M} hằng tuần (dữ liệu minh họa).",
        )
    villages = list(
        Area.objects.filter(parent=commune, level=AreaLevel.VILLAGE).order_by("name")
    )
    for name, unit, share, _ in TARGETS:
        if not plan.targets.filter(name=name, unit=unit).exists():
            target_save(
                plan=plan,
                target=Target(name=name, unit=unit, quantity=share * len(villages)),
                user=official,
                version=None,
                allocations=dict.fromkeys(villages, share),
            )
    return plan


def _entries(plan: Plan, week: int, only=None) -> list[EntryInput]:
    """What each village did in curve week `week` (1–8)."""
    curves = {(name, unit): curve for name, unit, _, curve in TARGETS}
    village_targets = plan_village_targets(plan)
    names = sorted({vt.village.name for vt in village_targets})
    items = []
    for village_target in village_targets:
        target, village = village_target.target, village_target.village
        if only is not None and village.pk != only:
            continue
        amount = done_in_week(
            village_target.quantity,
            target.unit,
            curves[target.name, target.unit],
            PACES[names.index(village.name) % len(PACES)],
            week,
        )
        if amount:
            items.append(EntryInput(village_target, amount=amount))
    return items


def _commune_load(spec: Commune, users: dict, today: datetime.date) -> Plan:
    commune = Area.objects.get(
        name=spec.name,
        level=AreaLevel.COMMUNE,
        parent__name=spec.province,
        parent__level=AreaLevel.PROVINCE,
    )
    official = users[spec.official]
    plan = _plan(commune, official, today, spec)
    this_monday = monday(today)
    first_monday = monday(datetime.date(today.year, 1, 1))
    past = min(WEEKS, (this_monday - first_monday).days // 7)

    def start_of(ago: int) -> datetime.date:
        return this_monday - datetime.timedelta(weeks=ago)

    demo = DemoWeeks(plan, users[spec.reviewer], start_of=start_of)
    day = plan.report_weekday

    def at(ago: int, days: int, hour: int, minute: int = 0) -> datetime.datetime:
        moment = start_of(ago) + datetime.timedelta(days=days)
        return datetime.datetime.combine(
            moment, datetime.time(hour, minute), tzinfo=HANOI
        )

    def curve_week(ago: int) -> int:
        return past + 1 - ago  # 1 for the first reported week

    def texts(ago: int, extra: str = "") -> dict:
        return {
            "summary": f"Các thôn ra quân trồng hàng rào xanh, chỉnh trang vườn hộ "
            f"(tuần {curve_week(ago)} của đợt, minh họa).{extra}",
            "next_plan": "Tiếp tục chăm sóc hàng rào xanh, vận động các hộ còn lại.",
        }

    def saved(ago: int) -> None:
        demo.save(
            ago,
            official,
            _entries(plan, curve_week(ago)),
            at(ago, day - 1, 16),
            texts(ago),
        )

    def submitted(ago: int) -> None:
        saved(ago)
        demo.submit(ago, official, at(ago, day, 9, 30))

    def accepted(ago: int) -> None:
        submitted(ago)
        demo.accept(ago, at(ago, day + 1, 8, 30))

    def returned(ago: int) -> None:
        submitted(ago)
        demo.return_(ago, at(ago, day, 11), RETURN_COMMENT)

    def returned_then_accepted(ago: int) -> None:
        returned(ago)
        demo.save(
            ago,
            official,
            [],
            at(ago, day, 13),
            texts(ago, " Đã rà soát theo ý kiến của tỉnh."),
        )
        demo.submit(ago, official, at(ago, day, 13, 30))
        demo.accept(ago, at(ago, day + 1, 9), "Đã rà soát, bổ sung đủ.")

    def late_then_accepted(ago: int) -> None:
        items = _entries(plan, curve_week(ago))
        demo.save(ago, official, items[:1], at(ago, day - 1, 16), texts(ago))
        demo.reopen(ago, REOPEN_REASON)
        demo.save(
            ago,
            official,
            items[1:],
            at(ago, day + 1, 9),
            texts(ago),
            reason="Bổ sung số liệu các thôn còn thiếu.",
        )
        demo.submit(ago, official, at(ago, day + 1, 9, 30))
        demo.accept(ago, at(ago, day + 2, 10))

    stories = dict.fromkeys(range(past, 0, -1), accepted)
    if spec.story == "waiting":
        stories |= {1: submitted, 2: returned_then_accepted}
    elif spec.story == "returned":
        stories |= {1: returned, 3: late_then_accepted}
    else:
        stories |= {1: saved, 2: late_then_accepted}
    stories = {ago: story for ago, story in stories.items() if ago <= past}
    if spec.story == "waiting" and "thon.thinhbang" in users:
        # This week: the village head has entered his village's rows.
        head = users["thon.thinhbang"]
        village = head.memberships.get(area__parent=commune).area_id

        def head_entered(ago: int) -> None:
            items = _entries(plan, curve_week(ago), only=village)
            demo.save(ago, head, items, at(ago, 0, 8))

        stories[0] = head_entered
    demo.run(dict(sorted(stories.items(), reverse=True)))
    return plan


def live_load(users: dict, today: datetime.date) -> list[ProgressReport]:
    """Load this year's demo plans and weeks for `today`; return their reports."""
    names = {"thon.thinhbang"} | {
        name for spec in COMMUNES for name in (spec.official, spec.reviewer)
    }
    users = {
        **users,
        **{
            user.username: user
            for user in get_user_model().objects.filter(username__in=names)
        },
    }
    plans = [_commune_load(spec, users, today) for spec in COMMUNES]
    return list(
        ProgressReport.objects.filter(plan__in=plans).order_by(
            "plan__area__path", "period_start"
        )
    )
