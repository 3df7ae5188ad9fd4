"""Weekly progress as demo data: eight weeks of seed 003 (xã Sơn Bằng) and three
of a small illustrative plan of xã Sơn Trung, so that a reviewer of huyện Hương
Sơn sees every state a report can be in: accepted, returned and then accepted,
reopened and submitted late, a draft, a report awaiting review, and weeks with
no report at all.

Everything goes through reports.services (and plans.services for the Sơn Trung
plan) with `now` set to when it happened in 2023, so the deadline, the lock and
lateness are decided by the same rules as in real use. The figures come from
fixed curves, not from chance, so every load writes the same rows. A period
whose report already exists is skipped whole, and the Sơn Trung plan, its
villages, committee and official are found before being created: a second
load changes nothing."""

from __future__ import annotations

import datetime
from decimal import ROUND_CEILING, Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation

from ntm.demo.live import live_load
from ntm.demo.weeks import (
    COMPOST,
    CONCRETE,
    GARDEN,
    HANOI,
    HEDGE,
    ROAD,
    TOILETS,
    WASTE,
    WASTEWATER,
    DemoWeeks,
    done_in_week,
    part_of_share,
    plan_village_targets,
)
from ntm.numbers import format_number
from plans.models import (
    Counting,
    Plan,
    PlanStatus,
    ReportPeriod,
    Target,
)
from plans.services import plan_create, target_save
from reports.models import ProgressReport
from reports.services import EntryInput
from villages.models import Agency, AgencyKind, Area, AreaLevel, Role
from villages.services import account_upsert, area_upsert

FIRST_WEEK = datetime.date(2023, 3, 13)  # Monday; phase 1 starts Wednesday 15/03
SON_BANG_WEEKS = 8  # 13/03 – 01/05/2023, the weeks of phase 1 up to its last fortnight
SON_TRUNG_WEEKS = 3  # then Sơn Trung stops reporting: "Chưa lập" next to Sơn Bằng


def week_start(n: int) -> datetime.date:
    """The Monday of demo week `n` (1 = 13/03/2023)."""
    return FIRST_WEEK + datetime.timedelta(weeks=n - 1)


def _at(n: int, weekday: int, hour: int, minute: int = 0) -> datetime.datetime:
    """A moment in demo week `n`, Hà Nội time (weekday 0 = Monday, 3 = Thursday)."""
    day = week_start(n) + datetime.timedelta(days=weekday)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=HANOI)


# ── Figures ────────────────────────────────────────────────────────────────
# The curves (ntm.demo.weeks) give, week by week, how far a village has got; a
# village's pace scales its curve (Hòa Bằng lags, Thịnh Bằng, aiming at "khu
# dân cư kiểu mẫu", leads); nothing passes the share.

ROAD_NAME = "Giải tỏa, mở rộng nền đường"
HEDGE_NAME = "Trồng hàng rào xanh"
WASTE_NAME = "Vận động thực hiện thu gom, xử lý rác thải"

SON_BANG_CURVES: dict[tuple[str, str], tuple[int, ...]] = {
    (ROAD_NAME, "km"): ROAD,
    ("Cải tạo vườn", "vườn"): GARDEN,
    ("Chỉnh trang vườn hộ", "vườn"): GARDEN,
    (HEDGE_NAME, "m"): HEDGE,
    (WASTE_NAME, "hộ"): WASTE,
    ("Hệ thống xử lý nước thải theo quy định", "hộ"): WASTEWATER,
    ("Cứng hóa giao thông", "km"): CONCRETE,
    (
        "Phá bỏ nhà vệ sinh 1 ngăn, 2 ngăn để xây dựng nhà vệ sinh tự hoại",
        "cái",
    ): TOILETS,
    ("Xây hố ủ phân công trình chăn nuôi", "công trình"): COMPOST,
    # "%" targets: the rate itself, before the village's offset.
    (
        "Vườn hộ có chủ được cải tạo, chỉnh trang không có vườn tạp, vườn hoang",
        "%",
    ): (45, 52, 60, 68, 76, 84, 92, 100),
    (
        "Các thôn, các trường học, trạm y tế được tổ chức chỉnh trang, dọn dẹp vệ "
        "sinh đảm bảo mỹ quan, văn hóa",
        "%",
    ): (60, 70, 80, 85, 90, 95, 100, 100),
    (
        "Tuyến đường GTNT được vệ sinh, sẽ phát, giải tỏa hành lang, trồng bổ sung "
        "cây xanh hai bên các tuyến đường giao thông",
        "%",
    ): (50, 60, 70, 80, 85, 90, 95, 100),
    ("Các tuyến đường có cây xanh", "%"): (40, 45, 55, 60, 70, 80, 90, 100),
    (
        "Khu thể thao, nhà văn hóa được chỉnh trang, sử dụng có hiệu quả",
        "%",
    ): (70, 80, 90, 100, 100, 100, 100, 100),
}
PACE = {  # percent of the curve each village keeps up with
    "Thịnh Bằng": 105,
    "Trung Bằng": 100,
    "Tân Bằng": 95,
    "Hòa Bằng": 85,
    "Phúc Bằng": 90,
}
# Hòa Bằng lacks hedge seedlings (the difficulty its reports keep raising).
PACE_OF = {(HEDGE_NAME, "m"): {"Hòa Bằng": 60}}
RATE_OFFSET = {"Thịnh Bằng": 5, "Hòa Bằng": -10, "Phúc Bằng": -5}
# "%" targets are entered as a count over the village's base ("152/176 hộ"):
# its households, the base of every rate in the demo.
HOUSEHOLDS = {
    "Thịnh Bằng": 176,
    "Trung Bằng": 142,
    "Tân Bằng": 158,
    "Hòa Bằng": 121,
    "Phúc Bằng": 133,
}
# The week in which each village finishes widening its road (its one "tuyến").
ROAD_DONE = {"Thịnh Bằng": 5, "Trung Bằng": 7, "Tân Bằng": 8}

ENTRY_NOTES = {  # (week, village, target name, unit): note
    (2, "Thịnh Bằng", HEDGE_NAME, "m"): (
        "Trồng hàng rào xanh dâm bụt dọc đường trục thôn, cây giống do các hộ tự ươm."
    ),
    (5, "Thịnh Bằng", ROAD_NAME, "tuyến"): (
        "Hoàn thành giải tỏa, mở rộng nền đường trục thôn."
    ),
    (6, "Hòa Bằng", HEDGE_NAME, "m"): "Thiếu cây giống, thôn đang ươm bổ sung.",
    (7, "Trung Bằng", ROAD_NAME, "tuyến"): (
        "Hoàn thành giải tỏa, mở rộng nền đường tuyến đường thôn."
    ),
    (8, "Tân Bằng", ROAD_NAME, "tuyến"): (
        "Hoàn thành giải tỏa, mở rộng nền đường tuyến đường thôn."
    ),
}


def _reached(target: Target, village: str, share: Decimal, week: int) -> Decimal:
    """The village's figure to date at the end of `week`: share reached
    (increments, running totals) or the rate itself ("%" targets)."""
    if week < 1:
        return Decimal(0)
    key = (target.name, target.unit)
    if target.unit == "%":
        rate = SON_BANG_CURVES[key][week - 1] + RATE_OFFSET.get(village, 0)
        return Decimal(max(0, min(100, rate)))
    if key == (ROAD_NAME, "tuyến"):
        done = ROAD_DONE.get(village)
        return share if done is not None and week >= done else Decimal(0)
    if key == (ROAD_NAME, "km") and week >= ROAD_DONE.get(village, 99):
        return share
    pace = PACE_OF.get(key, {}).get(village, PACE[village])
    return part_of_share(share, target.unit, SON_BANG_CURVES[key], pace, week)


def _village(item: EntryInput) -> str:
    return item.village_target.village.name


def _is(item: EntryInput, village: str, name: str, unit: str) -> bool:
    target = item.village_target.target
    return (_village(item), target.name, target.unit) == (village, name, unit)


def _son_bang_entries(plan: Plan, week: int) -> list[EntryInput]:
    """Every village target's entry for `week`: the amount done this week
    (increments; no row when nothing was done) or the current figure (running)."""
    items = []
    village_targets = plan_village_targets(plan)
    for village_target in village_targets:
        target, village = village_target.target, village_target.village.name
        share = village_target.quantity
        amount = _reached(target, village, share, week)
        note = ENTRY_NOTES.get((week, village, target.name, target.unit), "")
        if target.is_rate:
            # The count of households that reach the rate, rounded up.
            base = Decimal(HOUSEHOLDS[village])
            count = (amount * base / 100).to_integral_value(ROUND_CEILING)
            items.append(EntryInput(village_target, amount=count, base=base, note=note))
            continue
        if target.counting == Counting.INCREMENT:
            amount -= _reached(target, village, share, week - 1)
            if not amount:
                continue
        note = ENTRY_NOTES.get((week, village, target.name, target.unit), "")
        items.append(EntryInput(village_target, amount=amount, note=note))
    return items


def _number(value: Decimal) -> str:
    with translation.override("vi"):
        return format_number(value)


def _summary(items: list[EntryInput], happened: str) -> str:
    """ "Kết quả trong tuần (toàn xã): Cải tạo vườn 4 vườn; …" from the week's
    increments (one line per target name, its units side by side), then what
    else happened."""
    totals: dict[str, dict[str, Decimal]] = {}
    for item in sorted(items, key=lambda i: i.village_target.target.order):
        target = item.village_target.target
        if target.counting == Counting.INCREMENT and not target.is_rate:
            units = totals.setdefault(target.name, {})
            units[target.unit] = units.get(target.unit, Decimal(0)) + item.amount
    done = "; ".join(
        f"{name} "
        + ", ".join(f"{_number(total)} {unit}" for unit, total in units.items())
        for name, units in totals.items()
    )
    return f"Kết quả trong tuần (toàn xã): {done}.\n{happened}" if done else happened


# ── Sơn Bằng (seed 003) ─────────────────────────────────────────────────────

SON_BANG_TEXTS = {  # week: (what else happened, next week's plan, difficulties, proposals)
    1: (
        "Tổ chức lễ ra quân phát động phong trào tại 5/5 thôn ngày 15/03/2023; các "
        "thôn họp dân triển khai kế hoạch, phân công các tổ liên gia.",
        "Các thôn tiếp tục ra quân cải tạo vườn, chỉnh trang vườn hộ; khảo sát các "
        "tuyến đường đăng ký giải tỏa, mở rộng nền đường.",
        "Một số hộ neo đơn, người cao tuổi chưa tự cải tạo được vườn.",
        "Đề nghị Đoàn Thanh niên, Hội Cựu chiến binh xã hỗ trợ ngày công cho các hộ "
        "neo đơn.",
    ),
    2: (
        "Các thôn ra quân trồng hàng rào xanh; thôn Thịnh Bằng bắt đầu giải tỏa hành "
        "lang tuyến đường trục thôn.",
        "Đẩy nhanh trồng hàng rào xanh; vận động các hộ phá bỏ nhà vệ sinh 1 ngăn, "
        "2 ngăn.",
        "Thiếu cây giống hàng rào xanh ở thôn Hòa Bằng.",
        "Đề nghị Hợp tác xã môi trường hỗ trợ cây giống hàng rào xanh cho thôn Hòa "
        "Bằng.",
    ),
    3: (
        "Thôn Trung Bằng giải tỏa, mở rộng nền đường tuyến đường thôn; các thôn tiếp "
        "tục cải tạo, chỉnh trang vườn hộ.",
        "Hoàn thành giải tỏa hành lang các tuyến đường đã đăng ký; tổng vệ sinh "
        "đường làng, ngõ xóm sáng Chủ nhật.",
        "Một số hộ chưa đồng thuận hiến đất mở rộng nền đường ở thôn Trung Bằng.",
        "Đề nghị Ban Chỉ đạo xã cử cán bộ cùng thôn vận động các hộ chưa đồng thuận.",
    ),
    4: (
        "Bắt đầu cứng hóa giao thông theo cơ chế hỗ trợ xi măng; các thôn xây hố ủ "
        "phân, nhà vệ sinh tự hoại.",
        "Tiếp tục cứng hóa giao thông; hướng dẫn hộ nghèo, cận nghèo làm hồ sơ hỗ trợ "
        "xây hệ thống xử lý nước thải theo Nghị quyết 44/2021/NQ-HĐND.",
        "Xi măng hỗ trợ về chậm, các thôn phải chờ để đổ bê tông.",
        "Đề nghị huyện sớm cấp xi măng hỗ trợ đợt 1 cho xã.",
    ),
    5: (
        "Thôn Thịnh Bằng hoàn thành giải tỏa, mở rộng tuyến đường trục thôn; các "
        "thôn duy trì tổng vệ sinh hằng tuần.",
        "Chăm sóc, tưới cây hàng rào xanh mới trồng; tiếp tục chỉnh trang vườn hộ.",
        "Nắng hạn, cây hàng rào xanh mới trồng phải tưới thường xuyên.",
        "",
    ),
    6: (
        "Các thôn chỉnh trang nhà văn hóa, khu thể thao; tiếp tục trồng hàng rào xanh.",
        "Tổng vệ sinh chào mừng ngày 30/4 và 1/5; đẩy nhanh các thôn chậm tiến độ.",
        "Thôn Hòa Bằng vẫn thiếu cây giống hàng rào xanh, tiến độ chậm so với các "
        "thôn.",
        "Đề nghị các thôn có vườn ươm chia sẻ cây giống cho thôn Hòa Bằng.",
    ),
    7: (
        "Thôn Trung Bằng hoàn thành giải tỏa, mở rộng tuyến đường thôn; các thôn "
        "tổng vệ sinh chào mừng ngày 30/4 và 1/5.",
        "Duy trì vệ sinh môi trường trong dịp nghỉ lễ; rà soát khối lượng còn lại "
        "của đợt 1.",
        "Thôn Hòa Bằng tổng hợp số liệu chậm nên báo cáo tuần nộp sau hạn.",
        "",
    ),
    8: (
        "Nghỉ lễ 30/4 – 1/5, các thôn duy trì vệ sinh môi trường; thôn Tân Bằng hoàn "
        "thành giải tỏa tuyến đường thôn.",
        "Rà soát khối lượng còn lại của đợt 1 (đến 15/05/2023), tập trung các thôn "
        "chậm tiến độ.",
        "",
        "",
    ),
}

RETURN_COMMENT = (
    "Đề nghị bổ sung ảnh minh chứng tuyến đường thôn Trung Bằng và kiểm tra lại "
    "khối lượng giải tỏa (0,2 km, vượt xa chỉ tiêu giao của thôn)."
)
REOPEN_REASON = (
    "Xã chưa nộp báo cáo tuần trước hạn; mở lại để bổ sung số liệu thôn Hòa Bằng "
    "và nộp."
)
REOPEN_EDIT_REASON = (
    "Bổ sung số liệu thôn Hòa Bằng; cập nhật số hộ thu gom rác thải thôn Phúc Bằng."
)


def _texts(items: list[EntryInput], week: int, **changes: str) -> dict:
    happened, next_plan, difficulties, proposals = SON_BANG_TEXTS[week]
    texts = {
        "summary": happened,
        "next_plan": next_plan,
        "difficulties": difficulties,
        "proposals": proposals,
    } | changes
    texts["summary"] = _summary(items, texts["summary"])
    return texts


def _son_bang_load(plan: Plan, users: dict) -> None:
    official, head = users["xa.sonbang"], users["thon.thinhbang"]
    demo = DemoWeeks(plan, users["huyen.huongson"], start_of=week_start)

    def entered(week: int, by_village_head: datetime.datetime | None, at) -> None:
        """The commune enters the week; or the head of Thịnh Bằng his village's
        rows first (`by_village_head`), and the commune the rest."""
        items = _son_bang_entries(plan, week)
        if by_village_head is not None:
            own = [i for i in items if _village(i) == "Thịnh Bằng"]
            demo.save(week, head, own, by_village_head)
            rest = [i for i in items if _village(i) != "Thịnh Bằng"]
            demo.save(week, official, rest, at, _texts(items, week))
        else:
            demo.save(week, official, items, at, _texts(items, week))

    def accepted(week: int, at: datetime.datetime, comment: str = "") -> None:
        """Entered by Wednesday, submitted on Thursday morning, accepted."""
        head_at = _at(week, 2, 10) if week in {2, 5} else None
        entered(week, head_at, _at(week, 2, 16))
        demo.submit(week, official, _at(week, 3, 9, 30))
        demo.accept(week, at, comment)

    def returned_then_accepted(week: int) -> None:
        """A typo (0,2 km for 0,02) is saved and flagged; the district returns the
        report, the commune corrects it and resubmits before the deadline."""
        items = _son_bang_entries(plan, week)
        road = next(i for i in items if _is(i, "Trung Bằng", ROAD_NAME, "km"))
        right = road.amount
        road.amount = right * 10
        demo.save(week, official, items, _at(week, 2, 15), _texts(items, week))
        demo.submit(week, official, _at(week, 2, 16))
        demo.return_(week, _at(week, 3, 8, 30), RETURN_COMMENT)
        # The commune opens the form: it carries each row's version back.
        road.version = (
            demo.report(week).entries.get(village_target=road.village_target).version
        )
        road.amount = right
        road.note = (
            "Đã bổ sung ảnh minh chứng tuyến đường thôn Trung Bằng (gửi qua nhóm Zalo "
            f"của xã); sửa khối lượng nhập nhầm 0,2 km thành {_number(right)} km."
        )
        happened = SON_BANG_TEXTS[week][0] + (
            " Đã bổ sung ảnh minh chứng tuyến đường thôn Trung Bằng theo ý kiến của huyện."
        )
        demo.save(
            week,
            official,
            [road],
            _at(week, 3, 10, 45),
            _texts(items, week, summary=happened),
            reason="Sửa theo ý kiến của huyện: khối lượng nhập nhầm, bổ sung minh chứng.",
        )
        demo.submit(week, official, _at(week, 3, 11))
        demo.accept(week, _at(week, 4, 9), "Đã bổ sung đủ minh chứng.")

    def reopened_and_late(week: int) -> None:
        """A draft left unsubmitted past Thursday 14:30 (Hòa Bằng missing, Phúc
        Bằng's households still last week's figure); the district reopens the
        week on Friday, the commune completes it with a reason and submits late."""
        items = _son_bang_entries(plan, week)
        first = [i for i in items if _village(i) != "Hòa Bằng"]
        stale = next(i for i in first if _is(i, "Phúc Bằng", WASTE_NAME, "hộ"))
        current = stale.amount
        stale.amount = _reached(
            stale.village_target.target,
            "Phúc Bằng",
            stale.village_target.quantity,
            week - 1,
        )
        demo.save(
            week,
            official,
            first,
            _at(week, 2, 16),
            _texts(
                first, week, difficulties="Thôn Hòa Bằng chưa tổng hợp xong số liệu."
            ),
        )
        demo.reopen(week, REOPEN_REASON)
        stale.version = (
            demo.report(week).entries.get(village_target=stale.village_target).version
        )
        stale.amount = current
        demo.save(
            week,
            official,
            [i for i in items if _village(i) == "Hòa Bằng"] + [stale],
            _at(week, 4, 9),
            _texts(items, week),
            reason=REOPEN_EDIT_REASON,
        )
        demo.submit(week, official, _at(week, 4, 9, 30))

    def draft(week: int) -> None:
        """The holiday week: entered, not submitted yet."""
        entered(week, _at(week, 2, 16), _at(week, 3, 10))

    demo.run(
        {
            1: lambda w: accepted(w, _at(w, 4, 8, 30)),
            2: lambda w: accepted(w, _at(w, 4, 8, 30)),
            3: returned_then_accepted,
            4: lambda w: accepted(
                w,
                _at(w, 4, 10),
                "Thôn Hòa Bằng chậm tiến độ trồng hàng rào xanh, đề nghị xã đôn đốc.",
            ),
            5: lambda w: accepted(w, _at(w, 4, 8, 30)),
            6: lambda w: accepted(w, _at(w + 1, 0, 9)),  # the next Monday
            7: reopened_and_late,
            8: draft,
        }
    )


# ── Sơn Trung (illustrative) ────────────────────────────────────────────────

SON_TRUNG_VILLAGES = ("Trung Lộc", "Trung Hòa")  # invented names (is_demo)
SON_TRUNG_TARGETS = (  # name, unit, split, curve
    (HEDGE_NAME, "m", (Decimal(700), Decimal(500)), HEDGE),
    ("Chỉnh trang vườn hộ", "vườn", (Decimal(22), Decimal(18)), GARDEN),
)
SON_TRUNG_PACE = {"Trung Lộc": 100, "Trung Hòa": 90}
SON_TRUNG_PLAN = {
    "doc_type": "KH",
    "number": "12",
    "symbol": "KH-UBND",
    "year": 2023,
    "title": "Ra quân chỉnh trang vườn hộ, trồng hàng rào xanh đợt cao điểm năm 2023 "
    "(minh họa)",
    "place": "Sơn Trung",
    "issued_on": datetime.date(2023, 3, 10),
    "status": PlanStatus.ISSUED,
    "report_period": ReportPeriod.WEEK,
    "report_weekday": 3,
    "report_time": datetime.time(14, 30),
    "reporting_text": "Các thôn báo cáo kết quả thực hiện trong tuần cho UBND xã "
    "trước 14 giờ 30 chiều thứ 5 hàng tuần (dữ liệu minh họa).",
}


def _son_trung_plan() -> tuple[Plan, Any]:
    """The demo commune's plan, its committee, two villages and an official,
    created the first time only."""
    son_trung = Area.objects.get(
        name="Sơn Trung", level=AreaLevel.COMMUNE, parent__name="Hương Sơn"
    )
    villages = [
        area_upsert(
            parent=son_trung,
            kind="thôn",
            name=name,
            level=AreaLevel.VILLAGE,
            is_demo=True,
        )
        for name in SON_TRUNG_VILLAGES
    ]
    agency = Agency.objects.filter(
        area=son_trung, name="Ủy ban nhân dân xã Sơn Trung"
    ).first()
    if agency is None:
        agency = Agency(
            area=son_trung,
            name="Ủy ban nhân dân xã Sơn Trung",
            short_name="UBND xã",
            kind=AgencyKind.PEOPLES_COMMITTEE,
            is_demo=True,
        )
        agency.full_clean()
        agency.save()
    official = account_upsert(
        username="xa.sontrung",
        full_name="Công chức xã Sơn Trung (minh họa)",
        role=Role.COMMUNE_OFFICIAL,
        area=son_trung,
        agency=agency,
        position="Công chức Địa chính - Nông nghiệp",
        valid_to=son_trung.valid_to,  # merged into xã Sơn Bằng on 01/07/2025
    )
    fields = dict(SON_TRUNG_PLAN)
    plan = Plan.objects.filter(
        issuing_agency=agency,
        number=fields["number"],
        symbol=fields["symbol"],
        year=fields["year"],
    ).first()
    if plan is None:
        plan = plan_create(
            user=official, area=son_trung, issuing_agency=agency, **fields
        )
    for name, unit, split, _ in SON_TRUNG_TARGETS:
        if not plan.targets.filter(name=name, unit=unit).exists():
            target_save(
                plan=plan,
                target=Target(name=name, unit=unit, quantity=sum(split)),
                user=official,
                version=None,
                allocations=dict(zip(villages, split, strict=True)),
            )
    return plan, official


def _son_trung_entries(plan: Plan, week: int) -> list[EntryInput]:
    curves = {(name, unit): curve for name, unit, _, curve in SON_TRUNG_TARGETS}
    items = []
    village_targets = plan_village_targets(plan)
    for village_target in village_targets:
        target, village = village_target.target, village_target.village.name
        amount = done_in_week(
            village_target.quantity,
            target.unit,
            curves[target.name, target.unit],
            SON_TRUNG_PACE[village],
            week,
        )
        if amount:
            items.append(EntryInput(village_target, amount=amount))
    return items


SON_TRUNG_TEXTS = {
    1: ("Hai thôn ra quân chỉnh trang vườn hộ, trồng hàng rào xanh (minh họa).", ""),
    2: ("Tiếp tục trồng hàng rào xanh dọc đường liên thôn (minh họa).", ""),
    3: (
        "Các thôn chỉnh trang vườn hộ theo tổ liên gia (minh họa).",
        "Thiếu nhân lực do nhiều lao động đi làm ăn xa.",
    ),
}


def _son_trung_load(users: dict) -> Plan:
    plan, official = _son_trung_plan()
    demo = DemoWeeks(plan, users["huyen.huongson"], start_of=week_start)

    def submitted(week: int) -> None:
        items = _son_trung_entries(plan, week)
        happened, difficulties = SON_TRUNG_TEXTS[week]
        texts = {"summary": _summary(items, happened), "difficulties": difficulties}
        demo.save(week, official, items, _at(week, 2, 15), texts)
        demo.submit(week, official, _at(week, 3, 10))

    def accepted(week: int) -> None:
        submitted(week)
        demo.accept(week, _at(week, 4, 10))

    def returned(week: int) -> None:
        submitted(week)
        demo.return_(
            week,
            _at(week, 4, 10),
            "Số liệu hàng rào xanh thôn Trung Hòa chưa khớp với biên bản kiểm tra "
            "của xã, đề nghị rà soát lại.",
        )

    # Week 3 stays submitted, awaiting review; from week 4 on there is no report.
    demo.run({1: accepted, 2: returned, 3: submitted})
    return plan


@transaction.atomic
def progress_load(today: datetime.date | None = None) -> list[ProgressReport]:
    """Load the demo weeks of seed 003 and of the Sơn Trung plan (after
    plans_load), then this year's plans of the demo communes relative to
    `today` (ntm.demo.live); return every report of them, oldest first."""
    names = ["xa.sonbang", "thon.thinhbang", "huyen.huongson"]
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=names)
    }
    son_bang = Plan.objects.get(
        area__name="Sơn Bằng", number="01", symbol="KH-BCĐ", year=2023
    )
    _son_bang_load(son_bang, users)
    son_trung = _son_trung_load(users)
    live_users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=[*names, "xa.sontrung", "xa.thuyhung", "huyen.caoloc"]
        )
    }
    live = live_load(live_users, today or timezone.localdate())
    history = ProgressReport.objects.filter(plan__in=[son_bang, son_trung]).order_by(
        "plan__area__path", "period_start"
    )
    return [*history, *live]
