"""Weekly progress: cumulative figures, the Thursday lock, review, scope,
conflicts and bad input, with "now" frozen around the deadline."""

import datetime
import re
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from ntm.perf.loadtest.browser import encode, parse_forms
from plans import services as plans_services
from plans.models import Counting
from reports import services
from reports.models import ProgressEntry, ProgressReport, ReportStatus
from reports.selectors import entry_rows, recent_changes
from reports.services import EntryInput
from tests.factories import PlanFactory, member
from tests.reports.conftest import (
    WEEK,
    at,
    browser_data,
    entry_url,
    save_amounts,
    save_on_page,
    save_rows,
)
from villages.models import Area, Role


def row_for(plan, week, village):
    return next(
        r
        for r in entry_rows(
            plan=plan,
            period_start=week,
            report=ProgressReport.objects.filter(plan=plan, period_start=week).first(),
        )
        if r.village_target.village == village
    )


def vt(target, village):
    return target.allocations.get(village=village)


@time_machine.travel(at(31, 9), tick=False)
def test_a_late_entry_for_an_earlier_week_changes_every_later_cumulative(
    world, plan, hedge, commune_official
):
    weeks = [WEEK + datetime.timedelta(weeks=n) for n in range(3)]
    con_tong = vt(hedge, world.con_tong)
    for week, amount in zip(weeks, ["100", "250", "300"], strict=True):
        reopen_and_save(
            plan, commune_official, week, [EntryInput(con_tong, amount=Decimal(amount))]
        )
    assert row_for(plan, weeks[2], world.con_tong).before == Decimal("350")
    assert row_for(plan, weeks[2], world.con_tong).to_date == Decimal("650")
    # The week before them all is reported late: every later figure moves.
    earlier = WEEK - datetime.timedelta(weeks=1)
    reopen_and_save(
        plan, commune_official, earlier, [EntryInput(con_tong, amount=Decimal("40"))]
    )
    assert row_for(plan, weeks[0], world.con_tong).before == Decimal("40")
    assert row_for(plan, weeks[1], world.con_tong).before == Decimal("140")
    assert row_for(plan, weeks[2], world.con_tong).before == Decimal("390")
    assert row_for(plan, weeks[2], world.con_tong).remaining == Decimal(
        "2000"
    ) - Decimal("690")
    # Correcting a middle week moves the later ones too.
    reopen_and_save(
        plan,
        commune_official,
        weeks[1],
        [EntryInput(con_tong, amount=Decimal("200"), version=1)],
        reason="Đo lại",
    )
    assert row_for(plan, weeks[2], world.con_tong).before == Decimal("340")


def reopen_and_save(plan, user, week, rows, reason="Bổ sung số liệu"):
    """Past weeks are locked: a reviewer reopens them first, as in real use."""
    report = services.report_get_or_create(
        plan=plan, period_start=week, today=datetime.date(2023, 3, 31)
    )
    reviewer = member(plan.area.parent, Role.DISTRICT_REVIEWER)
    services.reports_reopen(reports=[report], reviewer=reviewer, reason="Cho bổ sung")
    return services.entries_save(
        plan=plan,
        period_start=week,
        user=user,
        inputs=rows,
        reason=reason,
        now=at(31, 9),
    )


@time_machine.travel(at(31, 9), tick=False)
def test_running_total_takes_the_latest_figure_not_a_sum(
    world, plan, households, commune_official
):
    con_tong = vt(households, world.con_tong)
    week2 = WEEK + datetime.timedelta(weeks=1)
    reopen_and_save(
        plan, commune_official, WEEK, [EntryInput(con_tong, amount=Decimal("20"))]
    )
    reopen_and_save(
        plan, commune_official, week2, [EntryInput(con_tong, amount=Decimal("35"))]
    )
    week3 = WEEK + datetime.timedelta(weeks=2)
    assert row_for(plan, week3, world.con_tong).before == Decimal("35")
    # A late figure for an even earlier week does not override the later one.
    reopen_and_save(
        plan,
        commune_official,
        WEEK - datetime.timedelta(weeks=1),
        [EntryInput(con_tong, amount=Decimal("50"))],
    )
    assert row_for(plan, week3, world.con_tong).before == Decimal("35")
    assert row_for(plan, WEEK, world.con_tong).before == Decimal("50")


def test_saving_before_the_deadline_and_lock_after(
    world, plan, hedge, commune_official
):
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(16, 14, 29), tick=False):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [EntryInput(con_tong, amount=Decimal("120"))],
            now=at(16, 14, 29),
        )
    with (
        time_machine.travel(at(16, 14, 31), tick=False),
        pytest.raises(ValidationError) as error,
    ):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [EntryInput(con_tong, amount=Decimal("130"), version=1)],
            now=at(16, 14, 31),
        )
    assert "Đã quá hạn báo cáo: 14:30 thứ Năm, 16/03/2023" in error.value.messages[0]
    assert ProgressEntry.objects.get().amount == Decimal("120")


def test_entry_page_says_why_it_is_locked(client, world, plan, hedge, commune_official):
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(16, 15), tick=False):
        page = client.get(url)
        assert "Đã quá hạn báo cáo: 14:30 thứ Năm, 16/03/2023" in page.content.decode()
        response = client.post(url, {f"amount_{vt(hedge, world.con_tong).pk}": "50"})
        assert response.status_code == 422
        assert not ProgressEntry.objects.exists()
        response = client.post(
            reverse("reports:submit", args=[plan.pk, WEEK.isoformat()]), follow=True
        )
        assert "Đã quá hạn báo cáo" in response.content.decode()


def reopened_after_the_deadline(plan, reviewer) -> ProgressReport:
    """WEEK's report, reopened by `reviewer` the day after its deadline."""
    report = services.report_get_or_create(
        plan=plan, period_start=WEEK, today=datetime.date(2023, 3, 17)
    )
    services.reports_reopen(
        reports=[report], reviewer=reviewer, reason="Xã báo mất điện"
    )
    return report


def test_reopened_period_needs_a_reason_and_late_submit_is_marked(
    world, plan, hedge, commune_official, reviewer
):
    rows = [EntryInput(vt(hedge, world.con_tong), amount=Decimal("80"))]
    with time_machine.travel(at(17, 9), tick=False):
        report = reopened_after_the_deadline(plan, reviewer)
        with pytest.raises(ValidationError, match="ghi lý do"):
            save_rows(plan, commune_official, WEEK, rows, now=at(17, 9))
        save_rows(plan, commune_official, WEEK, rows, now=at(17, 9), reason="Bổ sung")
        services.report_submit(report=report, user=commune_official, now=at(17, 10))
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.is_late
    assert report.reopenings.get().closed_at is not None
    history = ProgressEntry.history.get()
    assert history.history_change_reason == "Bổ sung"


def test_bulk_reopen_from_the_review_list(client, world, plan, hedge, reviewer):

    other = PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        number="",
        title="Kế hoạch 2",
        status="draft",
    )
    client.force_login(reviewer)
    with time_machine.travel(at(20, 9), tick=False):
        response = client.post(
            reverse("reports:reopen"),
            {
                "period": WEEK.isoformat(),
                "plans": [plan.pk, other.pk],
                "reason": "Mưa lũ",
            },
            follow=True,
        )
    assert "Đã mở lại 2 kỳ báo cáo" in response.content.decode()
    assert set(ProgressReport.objects.values_list("reopenings__reason", flat=True)) == {
        "Mưa lũ"
    }


def test_reopen_needs_a_reason_and_a_reviewer(
    client, world, plan, commune_official, reviewer
):
    client.force_login(reviewer)
    with time_machine.travel(at(20, 9), tick=False):
        response = client.post(
            reverse("reports:reopen"),
            {"period": WEEK.isoformat(), "plans": [plan.pk], "reason": ""},
            follow=True,
        )
    assert "ghi lý do mở lại" in response.content.decode()
    client.force_login(commune_official)  # the commune cannot reopen its own period
    with time_machine.travel(at(20, 9), tick=False):
        client.post(
            reverse("reports:reopen"),
            {"period": WEEK.isoformat(), "plans": [plan.pk], "reason": "Tự mở"},
        )
    assert not ProgressReport.objects.filter(reopenings__isnull=False).exists()


def test_submit_review_return_and_accept(
    client, world, plan, hedge, commune_official, reviewer
):
    url = entry_url(plan)
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        client.force_login(commune_official)
        client.post(
            url, {f"amount_{con_tong.pk}": "150", "summary": "Trồng được 150 m"}
        )
        client.post(reverse("reports:submit", args=[plan.pk, WEEK.isoformat()]))
        report = ProgressReport.objects.get()
        assert report.status == "submitted" and not report.is_late
        client.force_login(reviewer)
        client.post(
            reverse("reports:review", args=[report.pk]),
            {"decision": "return", "comment": ""},
        )
        report.refresh_from_db()
        assert report.status == "submitted"  # a return needs a comment
        client.post(
            reverse("reports:review", args=[report.pk]),
            {"decision": "return", "comment": "Thiếu ảnh minh chứng"},
        )
        client.force_login(commune_official)
        response = client.get(url)
        assert "Thiếu ảnh minh chứng" in response.content.decode()
        data = browser_data(
            response, **{f"amount_{con_tong.pk}": "160", "summary": "Đã bổ sung"}
        )
        assert client.post(url, data).status_code == 302
        client.post(reverse("reports:submit", args=[plan.pk, WEEK.isoformat()]))
        client.force_login(reviewer)
        client.post(
            reverse("reports:review", args=[report.pk]),
            {"decision": "accept", "comment": ""},
        )
    report.refresh_from_db()
    assert report.status == "accepted" and report.reviewed_by == reviewer
    assert ProgressEntry.objects.get().amount == Decimal("160")
    with pytest.raises(ValidationError, match="đã được duyệt"):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [EntryInput(con_tong, amount=Decimal("1"), version=2)],
            now=at(15, 11),
        )


def test_save_and_submit_keeps_what_was_just_typed(
    client, world, plan, hedge, commune_official
):
    """ "Lưu và nộp" right after typing: the figures go in with the report."""
    client.force_login(commune_official)
    url = entry_url(plan)
    submit_url = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url)
        html = page.content.decode()
        # Both buttons belong to the entry form; "Lưu" posts to the page itself.
        assert f'action="{url}"' in html and f'formaction="{submit_url}"' in html
        data = browser_data(
            page, **{f"amount_{con_tong.pk}": "1.250", "summary": "Trồng 1.250 m"}
        )
        response = client.post(submit_url, data, follow=True)
    assert "Đã lưu 1 dòng và nộp báo cáo." in response.content.decode()
    report = ProgressReport.objects.get()
    assert report.status == ReportStatus.SUBMITTED
    assert report.submitted_by == commune_official and not report.is_late
    assert report.summary == "Trồng 1.250 m"
    assert ProgressEntry.objects.get().amount == Decimal("1250")


def test_save_and_submit_urlencoded_as_the_pages_script_sends_it_without_photos(
    client, world, plan, hedge, commune_official
):
    """With no photo chosen, static/js/entry.js sends the form urlencoded
    (tests/e2e checks that Chromium does): read as the multipart one is."""
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url)
        html = page.content.decode()
        assert 'src="/static/js/entry.js' in html
        (form,) = [
            f for f in parse_forms(html, "http://testserver/") if f.button_actions
        ]
        assert form.multipart and form.multipart_only_with_files
        fields = form.filled(
            {f"amount_{con_tong.pk}": "1.250", "summary": "Trồng 1.250 m"}
        )
        body, content_type = encode(form, fields)
        assert content_type == "application/x-www-form-urlencoded"
        assert f"photos_{con_tong.pk}=&".encode() in body
        response = client.post(
            form.button_actions[0], body, content_type=content_type, follow=True
        )
    assert "Đã lưu 1 dòng và nộp báo cáo." in response.content.decode()
    report = ProgressReport.objects.get()
    assert report.status == ReportStatus.SUBMITTED and report.summary == "Trồng 1.250 m"
    assert ProgressEntry.objects.get().amount == Decimal("1250")


def test_save_and_submit_sent_twice_is_stored_once_and_both_told_it_is_in(
    client, world, plan, hedge, commune_official
):
    """A weak network sends the same form again after the first went through:
    the copy changes nothing and is not refused; a different figure is."""
    client.force_login(commune_official)
    url = entry_url(plan)
    submit_url = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        data = browser_data(
            client.get(url), **{f"amount_{con_tong.pk}": "80", "summary": "Xong"}
        )
        # Without the page's key (a page drawn before keys; with it, see
        # tests/reports/test_save_key.py) the figures themselves tell a copy.
        del data["save_key"]
        assert client.post(submit_url, data).status_code == 302
        histories = ProgressEntry.history.count(), ProgressReport.history.count()
        again = client.post(submit_url, data, follow=True)
        assert "Báo cáo đã nộp với đúng các số này." in again.content.decode()
        assert again.redirect_chain[0][1] == 302
        assert (
            ProgressEntry.history.count(),
            ProgressReport.history.count(),
        ) == histories
        other = client.post(submit_url, {**data, f"amount_{con_tong.pk}": "90"})
    assert other.status_code == 422
    assert "Báo cáo đã nộp, đang chờ cấp trên xem xét." in other.content.decode()
    assert ProgressEntry.objects.get().amount == Decimal("80")
    assert ProgressReport.objects.get().status == ReportStatus.SUBMITTED


def test_save_and_submit_with_a_bad_figure_submits_nothing_and_keeps_the_typing(
    client, world, plan, hedge, commune_official
):
    client.force_login(commune_official)
    url = entry_url(plan)
    submit_url = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    con_tong, na_lai = vt(hedge, world.con_tong), vt(hedge, world.na_lai)
    with time_machine.travel(at(15, 10), tick=False):
        data = browser_data(
            client.get(url),
            **{f"amount_{con_tong.pk}": "-5", f"amount_{na_lai.pk}": "12,5"},
        )
        response = client.post(submit_url, data)
    html = response.content.decode()
    assert response.status_code == 422
    assert "Khối lượng không được âm." in html
    assert 'value="-5"' in html and 'value="12,5"' in html
    # Pressing "Lưu" on the page drawn here must save, not submit.
    assert f'action="{url}"' in html
    assert not ProgressEntry.objects.exists()
    assert not ProgressReport.objects.filter(status=ReportStatus.SUBMITTED).exists()


def test_save_and_submit_in_a_reopened_period_asks_a_reason_only_for_changes(
    client, world, plan, hedge, commune_official, reviewer
):
    client.force_login(commune_official)
    url = entry_url(plan)
    submit_url = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(17, 9), tick=False):
        report = reopened_after_the_deadline(plan, reviewer)
        changed = browser_data(client.get(url), **{f"amount_{con_tong.pk}": "80"})
        refused = client.post(submit_url, changed)
        assert refused.status_code == 422
        assert "ghi lý do sửa số liệu" in refused.content.decode()
        assert not ProgressEntry.objects.exists()
        saved = client.post(url, {**changed, "reason": "Bổ sung"})
        assert saved.status_code == 302
        # Saved already: pressing "Lưu và nộp" now changes nothing, needs no reason.
        response = client.post(submit_url, browser_data(client.get(url)), follow=True)
    assert "Đã nộp báo cáo." in response.content.decode()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.is_late
    assert ProgressEntry.objects.get().amount == Decimal("80")


def test_village_head_cannot_save_and_submit(client, world, plan, hedge, village_head):
    client.force_login(village_head)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(
            reverse("reports:submit", args=[plan.pk, WEEK.isoformat()]),
            {f"amount_{vt(hedge, world.con_tong).pk}": "30"},
        )
    assert response.status_code == 403
    assert not ProgressEntry.objects.exists()
    assert not ProgressReport.objects.filter(status=ReportStatus.SUBMITTED).exists()


def test_commune_official_cannot_review_own_report(
    client, world, plan, hedge, commune_official
):
    with time_machine.travel(at(15, 10), tick=False):
        report = services.report_get_or_create(
            plan=plan, period_start=WEEK, today=datetime.date(2023, 3, 15)
        )
        services.report_submit(report=report, user=commune_official, now=at(15, 10))
        client.force_login(commune_official)
        response = client.post(
            reverse("reports:review", args=[report.pk]), {"decision": "accept"}
        )
    assert response.status_code == 403


def test_village_head_sees_and_edits_only_their_village(
    client, world, plan, hedge, village_head
):
    client.force_login(village_head)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url).content.decode()
        assert "Thôn Cồn Tòng" in page and "Thôn Nà Lài" not in page
        response = client.post(
            url,
            {
                f"amount_{vt(hedge, world.con_tong).pk}": "30",
                f"amount_{vt(hedge, world.na_lai).pk}": "999",
            },
        )
    assert response.status_code == 302
    assert {
        e.village_target.village.name: e.amount for e in ProgressEntry.objects.all()
    } == {"Cồn Tòng": 30}
    assert "Lưu và nộp" not in page  # the commune submits, not the village


def test_two_people_saving_the_same_entry_see_a_conflict(
    client, world, plan, hedge, commune_official, village_head
):
    from django.test import Client

    url = entry_url(plan)
    field = f"amount_{vt(hedge, world.con_tong).pk}"
    second = Client()
    client.force_login(commune_official)
    second.force_login(village_head)
    with time_machine.travel(at(15, 10), tick=False):
        client.post(url, browser_data(client.get(url), **{field: "100"}))
        # Both open the page on version 1; the official saves first.
        official_page, head_page = client.get(url), second.get(url)
        assert (
            client.post(url, browser_data(official_page, **{field: "120"})).status_code
            == 302
        )
        response = second.post(url, browser_data(head_page, **{field: "95"}))
        html = response.content.decode()
        assert response.status_code == 422
        assert "vừa lưu “120”; bạn nhập “95”" in html
        assert 'value="95"' in html  # what they typed is still in the box
        assert ProgressEntry.objects.get().amount == Decimal("120")
        # Having seen both, saving the same form again is a deliberate choice.
        assert second.post(url, browser_data(response)).status_code == 302
    assert ProgressEntry.objects.get().amount == Decimal("95")


@pytest.mark.parametrize(
    "value,message", [("-5", "không được âm"), ("năm mươi", "Nhập một số")]
)
def test_bad_amounts_keep_what_was_typed(
    client, world, plan, hedge, commune_official, value, message
):
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(
            url,
            {
                f"amount_{vt(hedge, world.con_tong).pk}": value,
                f"amount_{vt(hedge, world.na_lai).pk}": "40",
                "summary": "Tuần này",
            },
        )
    html = response.content.decode()
    assert response.status_code == 422 and message in html
    assert 'value="40"' in html and "Tuần này" in html
    assert not ProgressEntry.objects.exists()  # nothing saved half


def test_far_above_target_is_saved_with_a_warning_and_flagged(
    client, world, plan, hedge, commune_official
):
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(
            url, {f"amount_{vt(hedge, world.na_lai).pk}": "3.200"}, follow=True
        )
    assert "vượt xa chỉ tiêu giao" in response.content.decode()
    entry = ProgressEntry.objects.get()
    assert entry.amount == Decimal("3200") and entry.over_target


@pytest.mark.parametrize(
    "period,message",
    [
        ("2023-03-27", "Chưa đến kỳ báo cáo"),
        ("2022-06-06", "nằm ngoài thời gian của kế hoạch"),
        ("2023-03-14", "tuần bắt đầu từ thứ Hai"),
    ],
)
def test_periods_in_the_future_or_outside_the_plan_are_refused(
    client, world, plan, commune_official, period, message
):
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.get(reverse("reports:entry", args=[plan.pk, period]))
    assert response.status_code == 400 and message in response.content.decode()


def test_another_communes_report_is_404(client, world, plan, hedge):
    outsider = member(world.nhat_tien, Role.COMMUNE_OFFICIAL)
    client.force_login(outsider)
    with time_machine.travel(at(15, 10), tick=False):
        report = services.report_get_or_create(
            plan=plan, period_start=WEEK, today=datetime.date(2023, 3, 15)
        )
        for response in (
            client.get(entry_url(plan)),
            client.get(reverse("reports:current", args=[plan.pk])),
            client.post(entry_url(plan), {}),
            client.post(reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])),
            client.post(
                reverse("reports:review", args=[report.pk]), {"decision": "accept"}
            ),
        ):
            assert response.status_code == 404
        client.post(
            reverse("reports:reopen"),
            {"period": WEEK.isoformat(), "plans": [plan.pk], "reason": "x"},
        )
    assert not report.reopenings.exists()


def test_what_changed_shows_before_after_and_reason(
    client, world, plan, hedge, commune_official, reviewer
):
    con_tong = vt(hedge, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [EntryInput(con_tong, amount=Decimal("100"))],
            now=at(15, 10),
        )
    with time_machine.travel(at(17, 9), tick=False):
        report = ProgressReport.objects.get()
        services.reports_reopen(reports=[report], reviewer=reviewer, reason="Sai số")
        client.force_login(commune_official)
        url = entry_url(plan)
        client.post(
            url,
            {
                f"amount_{con_tong.pk}": "90",
                f"version_{con_tong.pk}": "1",
                "reason": "Đo lại chiều dài",
            },
        )
        page = client.get(url).content.decode()
    assert "100 → 90 m" in page and "Đo lại chiều dài" in page


def test_review_list_shows_every_state(
    client, world, plan, hedge, reviewer, commune_official
):
    client.force_login(reviewer)
    with time_machine.travel(at(17, 9), tick=False):
        page = client.get(
            reverse("reports:review_list") + f"?tuan={WEEK.isoformat()}"
        ).content.decode()
    assert "Xã Thụy Hùng" in page and "Chưa lập" in page and "Quá hạn" in page


def build(world, plan, targets: int, weeks: int, user, this_week: bool = True):
    """`targets` targets over the commune's villages, with `weeks` weeks of
    entries before WEEK, and WEEK's saved too unless not `this_week`."""
    from plans.models import Target, VillageTarget
    from tests.factories import village

    villages = [world.con_tong, world.na_lai] + [
        village(world.thuy_hung, f"Thôn {n}") for n in range(targets - 2)
    ]
    for n in range(targets):
        target = Target.objects.create(
            plan=plan, name=f"Chỉ tiêu {n}", unit="m", quantity=Decimal(1000), order=n
        )
        for v in villages:
            VillageTarget.objects.create(
                target=target, village=v, quantity=Decimal(1000) / len(villages)
            )
    rows = [
        EntryInput(vt, amount=Decimal(5))
        for vt in VillageTarget.objects.filter(target__plan=plan)
    ]
    for w in range(weeks):
        week = WEEK - datetime.timedelta(weeks=w + 1)
        report = ProgressReport.objects.create(
            plan=plan, period_start=week, period_end=week + datetime.timedelta(days=6)
        )
        ProgressEntry.objects.bulk_create(
            ProgressEntry(
                report=report, village_target=r.village_target, amount=r.amount
            )
            for r in rows
        )
    if this_week:
        services.entries_save(
            plan=plan, period_start=WEEK, user=user, inputs=rows, now=at(15, 9)
        )


def plans_of_two_sizes(world, official, this_week: bool = True):
    """The query-count pins' plans: 2 targets with 1 week behind, then 5 with
    4, each built and then used on the week's Friday morning."""
    for size, (targets, weeks) in enumerate([(2, 1), (5, 4)]):
        plan = PlanFactory(
            area=world.thuy_hung,
            issuing_agency=world.agency_thuy_hung,
            symbol=f"KH-{size}",
            number="",
            title=f"Kế hoạch {size}",
        )
        with time_machine.travel(at(15, 9), tick=False):
            build(world, plan, targets, weeks, official, this_week)
            yield plan


# The entry page: 16 before issue 23's third round, 14 after it (rights read
# with the plan and the villages), 13 since its entries and their photos are
# one statement (entry_rows(plain=True)), 12 since the report is read with
# whether it is reopened and ever withdrawn (2 statements fewer) and the
# rows' figures before the week come from those kept with the summary (one
# statement more for these plans of increments only, whose sums were read
# with the rows: the kept figures without a summary built; the same count
# with the summary built, whose kept figures the page reads instead).
@pytest.mark.parametrize("summary", [False, True], ids=["summed", "kept"])
@pytest.mark.parametrize("page,expected", [("entry", 12), ("review", 6)])
def test_entry_and_review_pages_have_a_fixed_query_count(
    client, world, commune_official, reviewer, page, expected, summary
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from reports import summaries

    counts = []
    for plan in plans_of_two_sizes(world, commune_official):
        if summary:
            summaries.rebuild_all()
        user = commune_official if page == "entry" else reviewer
        client.force_login(user)
        url = entry_url(plan) if page == "entry" else reverse("reports:review_list")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts == [expected, expected], [
        q["sql"][:120] for q in captured.captured_queries
    ]


def test_the_page_after_submitting_has_a_fixed_query_count(
    client, world, commune_official
):
    """The locked page a "Lưu và nộp" redirects to: the same statements at
    both plan sizes, no tasks, no form fields; 10 since the entries and
    their photos are one statement (11 before)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for plan in plans_of_two_sizes(world, commune_official):
        client.force_login(commune_official)
        url = entry_url(plan)
        data = browser_data(client.get(url), summary="Xong tuần")
        submit = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
        assert client.post(submit, data).status_code == 302
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url).content.decode()
        assert "amount_" not in html and "Đã nộp" in html
        counts.append(len(captured))
    assert counts == [10, 10], [q["sql"][:120] for q in captured.captured_queries]


@pytest.mark.parametrize("first", [False, True], ids=["again", "first"])
@pytest.mark.parametrize("action", ["entry", "submit"])
def test_saving_the_week_has_a_fixed_query_count(
    client, world, commune_official, action, first
):
    """ "Lưu" and "Lưu và nộp" of a figure in every row: the same number of
    statements for 2 targets × 2 villages as for 5 × 2 with 4 weeks behind
    (issue 23: the POST reads only what reading the form back needs, and
    writes the rows and their history in bulk); `first`: the week's first
    save, which creates its report (and has no entries yet)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for plan in plans_of_two_sizes(world, commune_official, this_week=not first):
        client.force_login(commune_official)
        url = entry_url(plan)
        page = client.get(url)
        typed = {name: "7" for name in browser_data(page) if name.startswith("amount_")}
        data = browser_data(page, summary="Xong tuần", **typed)
        target = reverse(f"reports:{action}", args=[plan.pk, WEEK.isoformat()])
        with CaptureQueriesContext(connection) as captured:
            response = client.post(target, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        counts.append(len(captured))
    # Before issue 23: 35 and 44 (the POST drew every row's cumulative
    # figures, decided the lock three times and re-read the report); 19 and
    # 19 after it, then 4 more to keep the weekly summary fresh in the same
    # transaction (reports.summaries.kept_fresh); 22 since the plan is read
    # with the user's rights and the villages with those they write; still 22
    # since the rights are decided from the user's memberships (one plain
    # statement in place of the villages' with its membership subqueries);
    # 20 since the save opens no savepoint inside kept_fresh's transaction.
    # The week's first save: 32 before the report was created without
    # get_or_create (savepoints, a second SELECT) and without asking a report
    # just created for its save keys, reopenings and entries.
    expected = {False: 20, True: 21}[first]
    assert counts == [expected, expected], [
        q["sql"][:120] for q in captured.captured_queries
    ]


@pytest.mark.parametrize("action", ["entry", "submit"])
def test_saving_the_week_keeping_its_summary_has_a_fixed_query_count(
    client, world, commune_official, action
):
    """The same saves with the plans' summaries built (as cron leaves them):
    the save keeps its plan's summary in place (reports.summaries.after_save)
    in its transaction. 28 and 28 before the summary's row and its current
    generation were read in one statement."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from reports import summaries

    counts = []
    for plan in plans_of_two_sizes(world, commune_official):
        summaries.rebuild_all()
        client.force_login(commune_official)
        page = client.get(entry_url(plan))
        typed = {name: "7" for name in browser_data(page) if name.startswith("amount_")}
        data = browser_data(page, summary="Xong tuần", **typed)
        target = reverse(f"reports:{action}", args=[plan.pk, WEEK.isoformat()])
        with CaptureQueriesContext(connection) as captured:
            response = client.post(target, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        counts.append(len(captured))
    assert counts == [27, 27], [q["sql"][:120] for q in captured.captured_queries]


def jpeg_upload(name="cay.jpg"):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 40)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_photo_with_an_entry_is_stored_and_shown(
    client, world, plan, hedge, commune_official, media
):
    client.force_login(commune_official)
    url = entry_url(plan)
    pk = vt(hedge, world.con_tong).pk
    with time_machine.travel(at(15, 10), tick=False):
        assert (
            client.post(
                url,
                {
                    f"amount_{pk}": "50",
                    f"photos_{pk}": [jpeg_upload(), jpeg_upload("b.jpg")],
                },
            ).status_code
            == 302
        )
        page = client.get(url).content.decode()
    entry = ProgressEntry.objects.get()
    assert entry.photos.count() == 2
    photo = entry.photos.first()
    assert reverse("reports:photo", args=[photo.pk, "nho"]) in page
    thumbnail = client.get(reverse("reports:photo", args=[photo.pk, "nho"]))
    assert thumbnail.status_code == 200 and thumbnail["Content-Type"] == "image/jpeg"
    # Another commune cannot open it, even holding the link.
    client.force_login(member(world.nhat_tien, Role.COMMUNE_OFFICIAL))
    assert (
        client.get(reverse("reports:photo", args=[photo.pk, "lon"])).status_code == 404
    )


def test_fake_photo_saves_nothing_and_keeps_the_figures(
    client, world, plan, hedge, commune_official, media
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(commune_official)
    url = entry_url(plan)
    pk = vt(hedge, world.con_tong).pk
    fake = SimpleUploadedFile(
        "anh.jpg", b"day khong phai anh", content_type="image/jpeg"
    )
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(url, {f"amount_{pk}": "50", f"photos_{pk}": [fake]})
    html = response.content.decode()
    assert response.status_code == 422
    assert "không phải là ảnh hợp lệ" in html and 'value="50"' in html
    assert (
        not ProgressEntry.objects.exists()
        and not ProgressReport.objects.filter(entries__isnull=False).exists()
    )


def test_task_updates_are_saved_checked_and_carried_forward(
    client, world, plan, hedge, commune_official
):
    from plans.models import Task
    from reports.models import TaskUpdate

    task = Task.objects.create(
        plan=plan, number="1", title="Trồng hàng rào xanh các tuyến đường"
    )
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(
            url,
            {f"task_status_{task.pk}": "in_progress", f"task_percent_{task.pk}": "150"},
        )
        assert (
            response.status_code == 422
            and "Tỷ lệ từ 0 đến 100%" in response.content.decode()
        )
        client.post(
            url,
            {
                f"task_status_{task.pk}": "in_progress",
                f"task_percent_{task.pk}": "40",
                f"task_note_{task.pk}": "Thiếu cây giống",
            },
        )
    update = TaskUpdate.objects.get()
    assert (update.status, update.percent, update.note) == (
        "in_progress",
        40,
        "Thiếu cây giống",
    )
    next_week = WEEK + datetime.timedelta(weeks=1)
    with time_machine.travel(at(21, 9), tick=False):
        form = client.get(entry_url(plan, next_week)).context["form"]
    assert form.fields[f"task_status_{task.pk}"].initial == "in_progress"
    assert form.fields[f"task_percent_{task.pk}"].initial == 40


def test_constraint_messages_render(db):
    """Django %-formats constraint messages: a bare "%" would crash the page."""
    from django.apps import apps

    for model in apps.get_models():
        for constraint in model._meta.constraints:
            constraint.get_violation_error_message()


def test_a_row_the_user_did_not_touch_is_never_overwritten(
    client, world, plan, hedge, commune_official, village_head
):
    """Review finding: a stale copy of an untouched row must not win on a second save."""
    from django.test import Client

    url = entry_url(plan)
    con_tong, na_lai = vt(hedge, world.con_tong).pk, vt(hedge, world.na_lai).pk
    head = Client()
    head.force_login(village_head)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        official_page = client.get(url)  # the official opens the week: both rows empty
        assert (
            head.post(
                url, browser_data(head.get(url), **{f"amount_{con_tong}": "50"})
            ).status_code
            == 302
        )
        # The official only fills Nà Lài; their copy of Cồn Tòng is stale but untouched.
        assert (
            client.post(
                url, browser_data(official_page, **{f"amount_{na_lai}": "10"})
            ).status_code
            == 302
        )
        assert (
            client.post(
                url, browser_data(client.get(url), **{f"amount_{na_lai}": "12"})
            ).status_code
            == 302
        )
    amounts = {
        e.village_target.village.name: e.amount for e in ProgressEntry.objects.all()
    }
    assert amounts == {"Cồn Tòng": Decimal("50"), "Nà Lài": Decimal("12")}


def test_two_people_creating_the_same_new_row_conflict(
    client, world, plan, hedge, commune_official, village_head
):
    from django.test import Client

    url = entry_url(plan)
    con_tong = vt(hedge, world.con_tong).pk
    head = Client()
    head.force_login(village_head)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        official_page = client.get(url)
        head.post(url, browser_data(head.get(url), **{f"amount_{con_tong}": "120"}))
        response = client.post(
            url, browser_data(official_page, **{f"amount_{con_tong}": "100"})
        )
    assert response.status_code == 422
    assert "vừa lưu “120”; bạn nhập “100”" in response.content.decode()
    assert ProgressEntry.objects.get().amount == Decimal("120")


def test_report_text_saved_by_someone_else_is_not_wiped(
    client, world, plan, hedge, commune_official
):
    from django.test import Client

    colleague = Client()
    colleague.force_login(member(world.thuy_hung, Role.COMMUNE_OFFICIAL))
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        stale = client.get(url)
        colleague.post(
            url, browser_data(colleague.get(url), difficulties="Thiếu cây giống")
        )
        # Saving an unrelated row from the stale page keeps the colleague's text.
        client.post(
            url, browser_data(stale, **{f"amount_{vt(hedge, world.na_lai).pk}": "10"})
        )
        assert ProgressReport.objects.get().difficulties == "Thiếu cây giống"
        # Changing the same text from the stale page is a conflict showing both.
        response = client.post(url, browser_data(stale, difficulties="Mưa nhiều"))
        assert (
            response.status_code == 422
            and "“Thiếu cây giống”" in response.content.decode()
        )
        assert ProgressReport.objects.get().difficulties == "Thiếu cây giống"
        # Having seen it, saving the same form again is a deliberate choice.
        assert client.post(url, browser_data(response)).status_code == 302
    assert ProgressReport.objects.get().difficulties == "Mưa nhiều"


def test_correcting_a_returned_report_after_the_deadline_is_not_late(
    client, world, plan, hedge, commune_official, reviewer
):
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(16, 9), tick=False):
        report = services.report_get_or_create(
            plan=plan, period_start=WEEK, today=datetime.date(2023, 3, 16)
        )
        services.report_submit(report=report, user=commune_official, now=at(16, 9))
        services.report_return(
            report=report, reviewer=reviewer, comment="Bổ sung ảnh", now=at(16, 16)
        )
        returned = client.get(url).content.decode()
        assert "Cấp trên trả lại (16:00 16/03/2023):</strong> Bổ sung ảnh" in returned
        services.report_submit(report=report, user=commune_official, now=at(17, 8))
        # Resubmitted: the comment is the last return's, not a standing order.
        resubmitted = client.get(url).content.decode()
        assert "Cấp trên trả lại" not in resubmitted
        assert "Ý kiến khi trả lại lần trước (16:00 16/03/2023): Bổ sung ảnh" in (
            resubmitted
        )
    report.refresh_from_db()
    assert report.status == "submitted" and not report.is_late
    history = report.history.order_by("history_date")
    assert [h.history_user for h in history if h.status == "returned"] == [reviewer]


def test_rows_far_above_target_are_flagged_on_the_district_list(
    client, world, plan, hedge, commune_official, reviewer
):
    plan.status = "issued"
    plan.save()
    na_lai = vt(hedge, world.na_lai)
    services.entries_save(
        plan=plan,
        period_start=WEEK,
        user=commune_official,
        inputs=[EntryInput(na_lai, amount=Decimal("3200"))],
        now=at(15, 9),
    )
    client.force_login(reviewer)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(
            reverse("reports:review_list") + f"?tuan={WEEK.isoformat()}"
        ).content.decode()
    assert "Vượt chỉ tiêu: 1" in page


def test_a_form_posted_twice_writes_once(client, world, plan, hedge, commune_official):
    """A weak network's retry: the browser sends the same save again. The
    second changes nothing, so it writes nothing: no new history row for the
    rows or the report's text, no version bumped."""
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        data = browser_data(
            client.get(url),
            **{f"amount_{vt(hedge, world.na_lai).pk}": "10"},
            summary="Đã trồng 10 m",
        )
        assert client.post(url, data).status_code == 302
        assert client.post(url, data).status_code == 302
    report = ProgressReport.objects.get()
    entry = report.entries.get()
    assert (report.summary, entry.amount) == ("Đã trồng 10 m", Decimal("10"))
    assert (report.history.count(), entry.history.count()) == (2, 1)
    assert (report.version, entry.version) == (2, 1)  # created at 1, saved once


def test_recent_changes_show_yes_no_answers(client, world, plan, commune_official):
    """A yes/no row in "Thay đổi gần đây" reads Đã xong / Chưa xong (it used
    to be formatted as a number, and the page failed with a 500)."""
    from plans.models import Counting, Target, VillageTarget

    target = Target.objects.create(
        plan=plan,
        name="Thành lập tổ tự quản",
        unit="tổ",
        quantity=Decimal("1"),
        counting=Counting.YES_NO,
    )
    allocation = VillageTarget.objects.create(
        target=target, village=world.con_tong, quantity=Decimal("1")
    )
    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        for answer in ("no", "yes"):
            save_on_page(client, url, **{f"done_{allocation.pk}": answer})
        response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Thành lập tổ tự quản (kỳ 13/03): Chưa xong → Đã xong" in " ".join(
        page.split()
    )
    assert "nhập Chưa xong" in page


def test_recent_changes_start_at_midnight_hanoi_time(
    world, plan, hedge, commune_official
):
    """`since` is a day in Hà Nội: a change at 00:00 that day is listed, one at
    23:59 the evening before is not (16:59 and 17:00 UTC)."""
    con_tong, na_lai = vt(hedge, world.con_tong), vt(hedge, world.na_lai)
    for moment, row in ((at(13, 23, 59), con_tong), (at(14, 0, 0), na_lai)):
        with time_machine.travel(moment, tick=False):
            save_rows(
                plan,
                commune_official,
                WEEK,
                [EntryInput(row, amount=Decimal(5))],
                moment,
            )
    changes = recent_changes(
        plan=plan,
        since=datetime.date(2023, 3, 14),
        villages=Area.objects.filter(pk__in=[world.con_tong.pk, world.na_lai.pk]),
    )
    assert [(c.village, c.when) for c in changes] == [
        (world.na_lai.title_name, at(14, 0, 0))
    ]


def test_a_bad_row_is_marked_beside_itsamount_field(
    client, world, plan, hedge, commune_official
):
    """The rows are drawn without crispy: the field in error still gets
    Bootstrap's red border and its message right under it, the others not."""
    client.force_login(commune_official)
    url = entry_url(plan)
    bad, good = vt(hedge, world.con_tong).pk, vt(hedge, world.na_lai).pk
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(url, {f"amount_{bad}": "-5", f"amount_{good}": "40"})
    html = " ".join(response.content.decode().split())
    assert response.status_code == 422
    assert re.search(
        rf'<input [^>]*name="amount_{bad}"[^>]*class="[^"]*\bis-invalid\b[^"]*"[^>]*>'
        r'<input type="hidden" [^>]*>'
        r'<div class="invalid-feedback d-block">Khối lượng không được âm.</div>',
        html,
    )
    good_input = re.search(rf'<input [^>]*name="amount_{good}"[^>]*>', html)[0]
    assert 'value="40"' in good_input and "is-invalid" not in good_input


def test_a_negative_amount_from_a_loader_is_refused_and_nothing_is_written(
    world, plan, hedge, commune_official
):
    """The service checks the model's CHECK rule in Python, with the
    constraint's message, before writing any row of the page."""
    with pytest.raises(ValidationError, match="Khối lượng không được âm."):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [
                EntryInput(vt(hedge, world.con_tong), amount=Decimal("30")),
                EntryInput(vt(hedge, world.na_lai), amount=Decimal("-1")),
            ],
            now=at(15, 10),
        )
    assert not ProgressEntry.objects.exists()


@pytest.mark.parametrize("reason", ["", "Đo lại"])
def test_history_copied_by_the_database_as_simple_history_writes_it(
    world, plan, hedge, households, commune_official, reason
):
    """A save's history rows are one INSERT … SELECT (services._history_copy):
    column for column what simple_history's bulk_history_create writes, for
    new rows and changed ones."""
    from plans.models import VillageTarget

    history = ProgressEntry.history.model
    now = at(15, 10)
    with time_machine.travel(now, tick=False):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [
                EntryInput(vt, amount=Decimal("12.5"), note="Ghi <b>chú</b>")
                for vt in VillageTarget.objects.filter(target__plan=plan)
            ],
            now,
        )
    entries = list(ProgressEntry.objects.filter(report__plan=plan).order_by("pk"))
    assert len(entries) == 4

    def rows():
        columns = [
            f.attname for f in history._meta.concrete_fields if f.name != "history_id"
        ]
        return sorted(
            history.objects.filter(id__in=[e.pk for e in entries])
            .order_by("history_id")
            .values_list(*columns)
        )

    for history_type, update in (("+", False), ("~", True)):
        history.objects.all().delete()
        for entry in entries:
            entry._history_user = commune_official
            entry._change_reason = reason or None
        ProgressEntry.history.bulk_history_create(
            entries, update=update, default_date=now
        )
        expected = rows()
        history.objects.all().delete()
        services._history_copy(
            entries, history_type, now=now, user=commune_official, reason=reason
        )
        assert rows() == expected
        assert len(expected) == 4

    # Switched off, neither writes a history row.
    history.objects.all().delete()
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        ProgressEntry.history.bulk_history_create(entries, default_date=now)
        services._history_copy(
            entries, "+", now=now, user=commune_official, reason=reason
        )
    assert not history.objects.exists()


def test_over_target_flags_are_judged_from_the_saved_week_on(
    world, plan, hedge, commune_official, monkeypatch
):
    """Nà Lài's share is 1.200 m (far above: over 1.800). A late correction
    to an earlier week moves the flags of the weeks after it; a save of the
    latest week judges that week's rows only, the weeks before keeping
    theirs (their figures to date do not change)."""
    na_lai = vt(hedge, world.na_lai)
    weeks = [WEEK - datetime.timedelta(weeks=n) for n in (2, 1, 0)]
    for week, day, amount in zip(weeks, (1, 8, 15), (1000, 100, 100), strict=True):
        save_amounts(
            plan, commune_official, {na_lai: amount}, week=week, now=at(day, 9)
        )

    def flags():
        entries = ProgressEntry.objects.order_by("report__period_start")
        return [entry.over_target for entry in entries]

    assert flags() == [False, False, False]
    # 3.000 typed for 1.000 in the first week: every week after is over too.
    result = save_amounts(
        plan, commune_official, {na_lai: 3000}, week=weeks[0], now=at(1, 10)
    )
    assert flags() == [True, True, True]
    assert len(result.warnings) == 1 and "3.000 m vượt xa" in result.warnings[0]
    judged = []
    real = services.is_over_target

    def judging(village_target, to_date):
        judged.append(to_date)
        return real(village_target, to_date)

    monkeypatch.setattr(services, "is_over_target", judging)
    result = save_amounts(plan, commune_official, {na_lai: 150}, week=weeks[2])
    assert judged == [Decimal(3250)]  # this week's row only
    assert flags() == [True, True, True]
    assert "3.250 m vượt xa" in result.warnings[0]


def test_over_target_flags_of_every_week_follow_a_changed_target(
    world, plan, hedge, commune_official
):
    """The review list reads the stored flag, the entry page judges live:
    when the village's share, the target's quantity or its counting changes
    (admin, plan page, Excel import: any save), every week's stored flag is
    judged again and agrees with the live one."""
    na_lai = vt(hedge, world.na_lai)
    nxt = WEEK + datetime.timedelta(days=7)
    save_amounts(plan, commune_official, {na_lai: 3200})
    save_amounts(plan, commune_official, {na_lai: 1}, week=nxt, now=at(22, 9))

    def stored_and_live():
        pairs = []
        for entry in ProgressEntry.objects.order_by("report__period_start"):
            rows = entry_rows(
                plan=plan, period_start=entry.report.period_start, report=entry.report
            )
            live = next(r for r in rows if r.village_target.pk == na_lai.pk)
            pairs.append((entry.over_target, live.over_target))
        return pairs

    assert stored_and_live() == [(True, True), (True, True)]
    # The share raised far above (a plain save: the admin, the Excel import).
    na_lai.refresh_from_db()
    na_lai.quantity = Decimal(100000)
    na_lai.save()
    assert stored_and_live() == [(False, False), (False, False)]
    # Lowered again by the plan page's service: both weeks over once more.
    hedge.refresh_from_db()
    shares = {a.village: a.quantity for a in hedge.allocations.all()}
    shares[world.na_lai] = Decimal(1200)
    hedge.quantity = sum(shares.values())
    plans_services.target_save(
        plan=plan,
        target=hedge,
        user=commune_official,
        version=hedge.version,
        allocations=shares,
        reason="sửa",
    )
    assert stored_and_live() == [(True, True), (True, True)]
    # Counted as the latest figure, not added up: the second week's 1 m is
    # no longer over.
    hedge.refresh_from_db()
    hedge.counting = Counting.RUNNING_TOTAL
    hedge.save()
    assert stored_and_live() == [(True, True), (False, False)]
