"""Demo progress (ntm.demo.progress, run by loaddemo): every report state a reviewer of
huyện Hương Sơn can meet, figures that climb without running past the shares,
Sơn Trung silent after three weeks, and a second load that changes nothing."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from ntm.demo.progress import (
    REOPEN_EDIT_REASON,
    REOPEN_REASON,
    SON_BANG_WEEKS,
    SON_TRUNG_WEEKS,
    week_start,
)
from plans.models import Counting, Plan
from reports.models import ProgressEntry, ProgressReport, ReportStatus
from reports.progress import STATE_LABELS
from reports.selectors import entry_rows, review_rows
from tests.reports.conftest import HANOI

RETURN_COMMENT = "Đề nghị bổ sung ảnh minh chứng tuyến đường thôn Trung Bằng"


# loaddemo also builds this year's plans relative to the day it runs
# (ntm.demo.live, tested in tests/test_first_day.py); the day is pinned so
# that the counts below do not depend on the calendar.
LOADED_ON = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=HANOI)
CURRENT_REPORTS = 22  # 3 communes x 7 past weeks, and this week's draft


def load(**options) -> None:
    with (
        time_machine.travel(LOADED_ON, tick=False),
        override_settings(DEBUG=True),
    ):
        call_command("loaddemo", **options)


@pytest.fixture
def demo(db):
    out = StringIO()
    load(stdout=out)
    return out.getvalue()


def son_bang() -> Plan:
    return Plan.objects.get(
        area__name="Sơn Bằng", number="01", symbol="KH-BCĐ", year=2023
    )


def son_trung() -> Plan:
    return Plan.objects.get(
        area__name="Sơn Trung", area__parent__name="Hương Sơn", year=2023
    )


def reports_of(plan: Plan) -> list[ProgressReport]:
    return list(plan.reports.order_by("period_start"))


def user(username: str):
    return get_user_model().objects.get(username=username)


def test_each_week_of_son_bang_is_in_its_state(demo):
    reports = reports_of(son_bang())
    assert [r.period_start for r in reports] == [
        datetime.date(2023, 3, 13) + datetime.timedelta(weeks=n) for n in range(8)
    ]
    assert [(r.status, r.is_late) for r in reports] == [
        *[(ReportStatus.ACCEPTED, False)] * 6,
        (ReportStatus.SUBMITTED, True),
        (ReportStatus.DRAFT, False),
    ]
    reviewer = user("huyen.huongson")
    for report in reports[:6]:
        assert report.reviewed_by == reviewer
        assert report.submitted_by == user("xa.sonbang")
        # Submitted before Thursday 14:30, reviewed after it.
        assert report.submitted_at.astimezone(HANOI).weekday() <= 3
        assert report.reviewed_at > report.submitted_at
    assert reports[7].submitted_at is None and reports[7].entries.exists()
    for report in reports:
        assert report.summary and report.next_plan
    assert "Thiếu cây giống hàng rào xanh ở thôn Hòa Bằng" in reports[1].difficulties


def test_the_returned_week_was_corrected_and_accepted(demo):
    report = reports_of(son_bang())[2]
    history = list(report.history.order_by("history_date", "history_id"))
    statuses = [h.status for h in history]
    assert statuses.index("returned") < statuses.index("accepted")
    assert statuses[-1] == "accepted" and statuses.count("submitted") == 2
    returned = next(h for h in history if h.status == "returned")
    assert returned.review_comment.startswith(RETURN_COMMENT)
    assert returned.reviewed_by == user("huyen.huongson")
    assert not report.is_late  # corrected and resubmitted before the deadline
    # The typo that was flagged (0,2 km for 0,02) is corrected and unflagged.
    road = report.entries.get(
        village_target__village__name="Trung Bằng",
        village_target__target__name="Giải tỏa, mở rộng nền đường",
        village_target__target__unit="km",
    )
    assert road.amount == Decimal("0.02") and road.version == 2
    assert [h.amount for h in road.history.order_by("history_date")] == [
        Decimal("0.2"),
        Decimal("0.02"),
    ]
    assert "ảnh minh chứng" in road.note
    assert not ProgressEntry.objects.filter(over_target=True).exists()


def test_the_reopened_week_was_edited_with_a_reason_and_submitted_late(demo):
    report = reports_of(son_bang())[6]
    reopening = report.reopenings.get()
    assert reopening.reason == REOPEN_REASON
    assert reopening.reopened_by == user("huyen.huongson")
    assert reopening.closed_at == report.submitted_at  # closed by the submission
    assert report.is_late and report.status == ReportStatus.SUBMITTED
    assert report.submitted_at.astimezone(HANOI) == datetime.datetime(
        2023, 4, 28, 9, 30, tzinfo=HANOI
    )
    reasons = set(
        ProgressEntry.history.filter(report_id=report.pk).values_list(
            "history_change_reason", flat=True
        )
    )
    assert REOPEN_EDIT_REASON in reasons
    edited = ProgressEntry.history.filter(
        report_id=report.pk, history_type="~"
    ).values_list("history_change_reason", flat=True)
    assert list(edited) == [REOPEN_EDIT_REASON]  # Phúc Bằng's households


def test_village_head_enters_only_his_village(demo):
    entries = ProgressEntry.objects.filter(report__plan=son_bang())
    by_head = entries.filter(updated_by__username="thon.thinhbang")
    assert by_head.exists()
    assert set(by_head.values_list("village_target__village__name", flat=True)) == {
        "Thịnh Bằng"
    }
    assert set(entries.values_list("updated_by__username", flat=True)) == {
        "xa.sonbang",
        "thon.thinhbang",
    }


def test_report_counts_per_plan(demo):
    assert len(reports_of(son_bang())) == SON_BANG_WEEKS == 8
    assert len(reports_of(son_trung())) == SON_TRUNG_WEEKS == 3
    assert ProgressReport.objects.filter(plan__year=2023).count() == 11
    assert f"{11 + CURRENT_REPORTS} báo cáo tiến độ" in demo


def test_figures_climb_and_stay_within_the_shares(demo):
    plan = son_bang()
    reports = reports_of(plan)
    last = reports[-1]
    rows = entry_rows(plan=plan, period_start=last.period_start, report=last)
    assert len(rows) == 75
    for row in rows:
        share = row.village_target.quantity
        if isinstance(row.to_date, Decimal) and row.to_date > share * Decimal("1.5"):
            assert row.entry is not None and row.entry.over_target, row
        assert row.to_date is not None and row.to_date <= share, row
    # Phase-1 gardens are near their shares; every "%" rises to 100 somewhere.
    gardens = [r for r in rows if r.target.name == "Cải tạo vườn"]
    assert sum(r.to_date for r in gardens) >= Decimal("0.8") * 35
    rates = [r for r in rows if r.target.unit == "%"]
    assert all(r.to_date >= 90 for r in rates)
    assert any(r.to_date == 100 for r in rates)

    def done_to_date(report) -> Decimal:
        return sum(
            r.to_date
            for r in entry_rows(
                plan=plan, period_start=report.period_start, report=report
            )
            if r.target.counting == Counting.INCREMENT
        )

    totals = [done_to_date(r) for r in reports]
    assert totals == sorted(totals) and totals[0] < totals[-1]


def test_son_trung_stops_reporting_after_three_weeks(demo):
    plan = son_trung()
    assert "(minh họa)" in plan.title
    assert plan.issuing_agency.name == "Ủy ban nhân dân xã Sơn Trung"
    assert plan.issuing_agency.is_demo
    villages = plan.area.children.all()
    assert len(villages) == 2 and all(v.is_demo for v in villages)
    assert plan.targets.count() == 2
    for target in plan.targets.all():
        assert {a.village for a in target.allocations.all()} == set(villages)
    assert [r.period_start for r in reports_of(plan)] == [
        week_start(n) for n in (1, 2, 3)
    ]
    assert [r.status for r in reports_of(plan)] == [
        ReportStatus.ACCEPTED,
        ReportStatus.RETURNED,
        ReportStatus.SUBMITTED,
    ]


def test_a_reviewer_of_huong_son_meets_every_state(demo):
    reviewer = user("huyen.huongson")
    now = datetime.datetime(2023, 5, 8, 9, tzinfo=HANOI)
    plans = Plan.objects.reviewable_by(reviewer)
    seen = set()
    for n in range(1, SON_BANG_WEEKS + 1):
        rows = {
            row.plan.area.name: row
            for row in review_rows(plans=plans, period_start=week_start(n), now=now)
        }
        assert set(rows) == {"Sơn Bằng", "Sơn Trung"}
        seen |= {row.state for row in rows.values()}
        if n > SON_TRUNG_WEEKS:
            assert rows["Sơn Trung"].state == "Chưa lập"
            assert rows["Sơn Trung"].overdue
    assert seen == set(STATE_LABELS.values())


def snapshot() -> dict:
    """Every row of every table loaddemo writes, the reports' included, with
    their timestamps and versions: a second load must not touch any of them."""
    state = {}
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.app_label
        if label in {"plans", "reports"}:
            skip = set()
        elif label in {"villages", "criteria", "auth"}:
            skip = {"last_login", "password"}
        else:
            continue
        state[model._meta.label] = [
            {k: v for k, v in row.items() if k not in skip}
            for row in model.objects.order_by("pk").values()
        ]
    return state


def test_loading_twice_changes_nothing(demo):
    first = snapshot()
    assert len(first["reports.ProgressReport"]) == 11 + CURRENT_REPORTS
    assert first["reports.ProgressEntry"] and first["reports.HistoricalProgressEntry"]
    load(verbosity=0)  # the same day
    assert snapshot() == first


def test_moments_are_those_of_2023_not_of_the_load(demo):
    """Submissions and reviews carry the demo's dates (in their week, or the
    next Monday for one review), whenever the demo is loaded."""
    history = ProgressReport.objects.filter(plan__year=2023)
    for report in history.exclude(submitted_at=None):
        for moment in filter(None, [report.submitted_at, report.reviewed_at]):
            day = moment.astimezone(HANOI).date()
            next_monday = report.period_end + datetime.timedelta(days=1)
            assert report.period_start <= day <= next_monday, report
