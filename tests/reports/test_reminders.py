"""Deadline reminders: once per plan and period, only to the commune's own
officials, only while the report still waits, with "now" frozen."""

import datetime
import smtplib
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from plans.models import Plan
from reports import notifications
from reports.models import ProgressReport, ReminderSent, ReportStatus
from reports.notifications import send_reminders
from tests.factories import member, merged
from tests.reports.conftest import WEEK, at
from villages.models import Membership, Role

WEDNESDAY_15 = at(15, 15)  # the deadline, Thursday 16/03 14:30, is 23½ hours away
SUBJECT = "Nhắc hạn báo cáo: 14:30 thứ Năm, 16/03/2023 – 01/KH-BCĐ"


@pytest.fixture
def official(commune_official):
    commune_official.email = "xa.thuyhung@example.vn"
    commune_official.save()
    return commune_official


def run(hours: int = 24) -> list[ReminderSent]:
    return send_reminders(now=timezone.now(), hours=hours)


def other_plan(area, agency, **fields) -> Plan:
    defaults = {
        "symbol": "KH-UBND",
        "number": "07",
        "year": 2023,
        "title": "Chỉnh trang khu dân cư",
        "place": "Nơi khác",
        "status": "issued",
    }
    return Plan.objects.create(
        area=area, issuing_agency=agency, **{**defaults, **fields}
    )


def test_one_reminder_the_day_before_and_never_a_second(plan, official):
    with time_machine.travel(WEDNESDAY_15, tick=False):
        rows = run()
    assert [(r.plan, r.period_start) for r in rows] == [(plan, WEEK)]
    assert rows[0].recipients == "xa.thuyhung@example.vn"
    [message] = mail.outbox
    assert message.to == ["xa.thuyhung@example.vn"]
    assert message.subject == SUBJECT
    assert "tuần 13/03 – 19/03/2023" in message.body
    assert "Kế hoạch số 01/KH-BCĐ “Phát động phong trào”" in message.body
    assert "Kỳ này chưa có báo cáo." in message.body
    assert reverse("reports:entry", args=[plan.pk, "2023-03-13"]) in message.body
    # The next hourly run, and a rerun in the same hour, send nothing.
    for moment in (at(15, 16), at(15, 15, 1), at(16, 14, 29)):
        with time_machine.travel(moment, tick=False):
            assert run() == []
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.count() == 1


@pytest.mark.parametrize(
    "moment",
    [
        at(15, 14, 29),  # 24 h 01 min before the deadline: not yet
        at(16, 14, 30),  # at the deadline: too late to remind
        at(16, 15),  # after it
    ],
)
def test_no_reminder_outside_the_window(plan, official, moment):
    with time_machine.travel(moment, tick=False):
        assert run() == []
    assert mail.outbox == []


def test_the_window_follows_hours(plan, official):
    with time_machine.travel(at(14, 15), tick=False):  # Tuesday, 47½ h before
        assert run(hours=24) == []
        assert len(run(hours=48)) == 1


@pytest.mark.parametrize(
    "status,line",
    [
        (ReportStatus.DRAFT, "Báo cáo kỳ này mới lưu nháp, chưa nộp."),
        (ReportStatus.RETURNED, "đã bị cấp trên trả lại và chưa được nộp lại."),
    ],
)
def test_a_draft_or_returned_report_is_still_reminded(plan, official, status, line):
    ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=at(19, 0).date(), status=status
    )
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert len(run()) == 1
    assert line in mail.outbox[0].body


@pytest.mark.parametrize("status", [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED])
def test_a_submitted_report_gets_no_reminder(plan, official, status):
    ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=at(19, 0).date(), status=status
    )
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert run() == []
    assert mail.outbox == []
    assert not ReminderSent.objects.exists()


def test_each_plan_mails_only_its_own_communes_active_officials(world, plan, official):
    nhat_tien_official = member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    nhat_tien_official.email = "xa.nhattien@example.vn"
    nhat_tien_official.save()
    nhat_tien_plan = other_plan(world.nhat_tien, world.agency_nhat_tien)
    # Others with addresses who must not be mailed: a reviewer, an
    # administrator of the commune, a village head, a former official (inactive membership), a disabled account.
    others = {}
    for area, role, username in [
        (world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc"),
        (world.thuy_hung, Role.ADMINISTRATOR, "quantri.thuyhung"),
        (world.con_tong, Role.VILLAGE_HEAD, "thon.contong"),
        (world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung.cu"),
        (world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung.khoa"),
    ]:
        others[username] = member(area, role, username)
        others[username].email = f"{username}@example.vn"
        others[username].save()
    Membership.objects.filter(user=others["xa.thuyhung.cu"]).update(is_active=False)
    others["xa.thuyhung.khoa"].is_active = False
    others["xa.thuyhung.khoa"].save()
    # An official without an address is skipped, not an error.
    member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung.khongthu")

    with time_machine.travel(WEDNESDAY_15, tick=False):
        rows = run()
    assert {r.plan for r in rows} == {plan, nhat_tien_plan}
    recipients = {message.subject: message.to for message in mail.outbox}
    assert recipients == {
        SUBJECT: ["xa.thuyhung@example.vn"],
        "Nhắc hạn báo cáo: 14:30 thứ Năm, 16/03/2023 – 07/KH-UBND": [
            "xa.nhattien@example.vn"
        ],
    }


def test_a_commune_with_no_official_to_mail_records_nothing(plan, commune_official):
    # commune_official has no address; once one is added, the reminder goes.
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert run() == []
    assert not ReminderSent.objects.exists()
    commune_official.email = "xa.thuyhung@example.vn"
    commune_official.save()
    with time_machine.travel(at(15, 16), tick=False):
        assert len(run()) == 1


def test_a_monthly_plan_is_reminded_before_the_last_day(world, official):
    monthly = other_plan(world.thuy_hung, world.agency_thuy_hung, report_period="month")
    with time_machine.travel(at(30, 15), tick=False):
        [row] = run()
    assert (row.plan, row.period_start) == (monthly, datetime.date(2023, 3, 1))
    [message] = mail.outbox
    assert message.subject == (
        "Nhắc hạn báo cáo: 14:30 thứ Sáu, 31/03/2023 – 07/KH-UBND"
    )
    assert "Báo cáo tiến độ tháng 03/2023" in message.body
    with time_machine.travel(at(30, 14), tick=False):  # 24½ h before: nothing new
        assert run() == []


def test_a_monday_deadline_is_reminded_on_the_sunday_before(world, official):
    # On Sunday "today" is still in the old week; the period due is the next one.
    monday = other_plan(
        world.thuy_hung,
        world.agency_thuy_hung,
        report_weekday=0,
        report_time=datetime.time(8, 0),
    )
    with time_machine.travel(at(19, 10), tick=False):
        [row] = run()
    assert (row.plan, row.period_start) == (monday, datetime.date(2023, 3, 20))
    assert mail.outbox[0].subject == (
        "Nhắc hạn báo cáo: 08:00 thứ Hai, 20/03/2023 – 07/KH-UBND"
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"year": 2022},  # its year is over
        {"year": 2024},  # its year has not begun
        {"final_report_on": datetime.date(2023, 3, 10)},  # its last report is past
        {"status": "draft"},  # not issued: nobody reports against a draft yet
        {"report_period": "none"},
    ],
)
def test_plans_without_a_report_due_are_skipped(world, official, fields):
    other_plan(world.thuy_hung, world.agency_thuy_hung, **fields)
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert run() == []
    assert mail.outbox == []


def test_a_final_report_day_later_in_the_year_still_allows_reminders(world, official):
    other_plan(
        world.thuy_hung,
        world.agency_thuy_hung,
        final_report_on=datetime.date(2023, 3, 16),
    )
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert len(run()) == 1


def test_a_run_that_loses_the_race_sends_nothing(plan, official, monkeypatch):
    """Two crons at once: both see no reminder yet; the second to insert the
    claim hits the unique constraint and mails nothing."""
    real_officials = notifications._officials_by_area

    def other_run_claims_first(area_ids):
        ReminderSent.objects.create(plan=plan, period_start=WEEK, recipients="x")
        return real_officials(area_ids)

    monkeypatch.setattr(notifications, "_officials_by_area", other_run_claims_first)
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert run() == []
    assert mail.outbox == []
    assert ReminderSent.objects.get().recipients == "x"


def test_a_failed_mail_leaves_no_claim_so_the_next_run_retries(
    plan, official, monkeypatch
):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("máy chủ thư không trả lời")

    monkeypatch.setattr(notifications, "send_mail", refuse)
    with time_machine.travel(WEDNESDAY_15, tick=False):
        assert run() == []
    assert not ReminderSent.objects.exists()
    monkeypatch.undo()
    with time_machine.travel(at(15, 16), tick=False):
        assert len(run()) == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("communes", [1, 3])
def test_queries_do_not_grow_with_the_number_of_plans(
    world, django_assert_num_queries, communes
):
    areas = [world.thuy_hung, world.nhat_tien, world.direct_commune][:communes]
    for n, area in enumerate(areas):
        plan = other_plan(area, world.agency_thuy_hung, number=str(n + 10))
        ReminderSent.objects.create(plan=plan, period_start=WEEK)
    with (
        time_machine.travel(WEDNESDAY_15, tick=False),
        # Plans; their reports; reminders already sent; officials' addresses.
        django_assert_num_queries(4),
    ):
        assert run() == []


def test_the_command_says_how_many_reminders_went_out(plan, official):
    out = StringIO()
    with time_machine.travel(WEDNESDAY_15, tick=False):
        call_command("send_reminders", stdout=out)
    text = out.getvalue()
    assert "Đã gửi 1 thư nhắc hạn báo cáo." in text
    assert "01/KH-BCĐ (xã Thụy Hùng), Tuần 13/03 – 19/03/2023" in text
    assert "xa.thuyhung@example.vn" in text
    out = StringIO()
    with time_machine.travel(at(15, 16), tick=False):
        call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "Đã gửi 0 thư nhắc hạn báo cáo."
    assert len(mail.outbox) == 1


def test_the_command_takes_hours(plan, official):
    out = StringIO()
    with time_machine.travel(at(14, 15), tick=False):
        call_command("send_reminders", "--hours", "48", stdout=out)
    assert "Đã gửi 1 thư nhắc hạn báo cáo." in out.getvalue()
    with pytest.raises(CommandError, match="--hours phải là số nguyên dương."):
        call_command("send_reminders", "--hours", "0")


def test_a_merged_communes_plan_reminds_its_successors_officials_too(
    world, plan, official
):
    from tests.factories import commune

    merged_on = datetime.date(2023, 3, 1)
    world.thuy_hung.valid_to = merged_on - datetime.timedelta(days=1)
    world.thuy_hung.save()
    successor = commune(world.cao_loc, "Thụy Tân", valid_from=merged_on)
    merged(successor, [world.thuy_hung], legal_basis="NQ 1/2023")
    new_official = member(successor, Role.COMMUNE_OFFICIAL, "xa.thuytan")
    new_official.email = "xa.thuytan@example.vn"
    new_official.save()

    with time_machine.travel(WEDNESDAY_15, tick=False):
        [row] = run()
    assert row.plan == plan
    [message] = mail.outbox
    assert message.to == ["xa.thuyhung@example.vn", "xa.thuytan@example.vn"]
    assert "Kính gửi công chức xã Thụy Hùng (đã sáp nhập vào xã Thụy Tân)," in (
        message.body
    )


def test_a_merger_after_the_day_changes_nothing(world, plan, official):
    from tests.factories import commune

    successor = commune(world.cao_loc, "Thụy Tân", valid_from=datetime.date(2024, 1, 1))
    merged(successor, [world.thuy_hung], legal_basis="NQ")
    new_official = member(successor, Role.COMMUNE_OFFICIAL, "xa.thuytan")
    new_official.email = "xa.thuytan@example.vn"
    new_official.save()
    with time_machine.travel(WEDNESDAY_15, tick=False):
        run()
    [message] = mail.outbox
    assert message.to == ["xa.thuyhung@example.vn"]
    assert "sáp nhập" not in message.body
