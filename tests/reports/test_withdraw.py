"""A commune takes back a submitted report before the deadline, with a reason
the district sees; never after the deadline, never once accepted, never from
outside the commune."""

import pytest
import time_machine
from django.urls import reverse

from reports import services
from reports.models import ProgressReport, ReportStatus, Withdrawal
from tests.reports.conftest import at, entry_url, save_amounts


@pytest.fixture
def submitted(plan, hedge, world, commune_official):
    """Thụy Hùng's report for WEEK, submitted on Wednesday 10:00 (deadline Thursday 14:30)."""
    con_tong = hedge.allocations.get(village=world.con_tong)
    result = save_amounts(plan, commune_official, {con_tong: 150}, now=at(15, 10))
    return services.report_submit(
        report=result.report, user=commune_official, now=at(15, 10)
    )


def withdraw(client, report, reason="Nhập nhầm số của thôn Cồn Tòng", version=None):
    return client.post(
        reverse("reports:withdraw", args=[report.pk]),
        {"reason": reason, "version": report.version if version is None else version},
    )


@time_machine.travel(at(15, 11), tick=False)
def test_the_commune_withdraws_before_the_deadline_and_the_district_sees_why(
    client, plan, submitted, commune_official, reviewer
):
    client.force_login(commune_official)
    page = client.get(entry_url(plan)).content.decode()
    assert reverse("reports:withdraw", args=[submitted.pk]) in page
    response = withdraw(client, submitted)
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.DRAFT
    assert submitted.submitted_at is None and submitted.version == 3
    (record,) = Withdrawal.objects.all()
    assert record.reason == "Nhập nhầm số của thôn Cồn Tòng"
    assert record.withdrawn_by == commune_official
    assert record.submitted_at == at(15, 10)
    (change,) = submitted.history.filter(history_change_reason__startswith="Rút")
    assert change.history_change_reason == "Rút báo cáo: Nhập nhầm số của thôn Cồn Tòng"
    assert change.history_user == commune_official and change.status == "draft"
    page = client.get(response.url).content.decode()
    assert "Đã rút báo cáo" in page
    assert "Lưu và nộp" in page  # editable again, and can be sent again

    client.force_login(reviewer)
    page = client.get(entry_url(plan)).content.decode()
    assert "Xã đã rút báo cáo lúc 11:00 15/03/2023" in page
    assert "Nhập nhầm số của thôn Cồn Tòng" in page
    assert reverse("reports:withdraw", args=[submitted.pk]) not in page


def test_a_withdrawn_report_is_submitted_again(plan, submitted, commune_official):
    services.report_withdraw(
        report=submitted,
        user=commune_official,
        reason="Bổ sung ảnh",
        version=submitted.version,
        now=at(15, 11),
    )
    report = services.report_submit(
        report=submitted, user=commune_official, now=at(16, 9)
    )
    assert report.status == ReportStatus.SUBMITTED and not report.is_late


@time_machine.travel(at(16, 14, 31), tick=False)
def test_not_after_the_deadline_and_the_typed_reason_is_kept(
    client, plan, submitted, commune_official
):
    client.force_login(commune_official)
    page = client.get(entry_url(plan)).content.decode()
    assert reverse("reports:withdraw", args=[submitted.pk]) not in page
    response = withdraw(client, submitted, reason="Sửa số hộ thu gom rác")
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.SUBMITTED
    assert not Withdrawal.objects.exists()
    page = client.get(response.url).content.decode()
    assert (
        "Chưa rút được báo cáo: Đã quá hạn báo cáo (14:30 thứ Năm, 16/03/2023)" in page
    )
    assert "Lý do bạn đã ghi: “Sửa số hộ thu gom rác”." in page


@time_machine.travel(at(15, 11), tick=False)
def test_the_reason_is_required_and_kept_on_refusal(
    client, plan, submitted, commune_official
):
    client.force_login(commune_official)
    response = withdraw(client, submitted, reason="   ")
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.SUBMITTED
    page = client.get(response.url).content.decode()
    assert "Ghi lý do rút báo cáo để cấp trên biết." in page
    # A stale page: the report changed (reviewed and resubmitted) since it was drawn.
    response = withdraw(client, submitted, reason="Sửa lại số liệu", version=1)
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.SUBMITTED
    page = client.get(response.url).content.decode()
    assert "Báo cáo vừa được thay đổi" in page
    assert "Sửa lại số liệu</textarea>" in page  # the typed reason is still there


@time_machine.travel(at(15, 11), tick=False)
def test_not_once_accepted(client, plan, submitted, commune_official, reviewer):
    services.report_accept(report=submitted, reviewer=reviewer, now=at(15, 10, 30))
    submitted.refresh_from_db()
    client.force_login(commune_official)
    page = client.get(entry_url(plan)).content.decode()
    assert reverse("reports:withdraw", args=[submitted.pk]) not in page
    response = withdraw(client, submitted)
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.ACCEPTED
    assert "Báo cáo đã được duyệt, không rút lại được." in (
        client.get(response.url).content.decode()
    )


@time_machine.travel(at(15, 11), tick=False)
def test_a_returned_report_withdrawn_again_stays_returned_and_keeps_its_timing(
    plan, submitted, commune_official, reviewer
):
    services.report_return(
        report=submitted, reviewer=reviewer, comment="Thiếu ảnh", now=at(15, 10, 30)
    )
    ProgressReport.objects.filter(pk=submitted.pk).update(is_late=True)
    report = services.report_submit(
        report=submitted, user=commune_official, now=at(15, 10, 45)
    )
    services.report_withdraw(
        report=report, user=commune_official, reason="Còn thiếu", version=None
    )
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED and report.is_late
    assert report.review_comment == "Thiếu ảnh"


@time_machine.travel(at(15, 11), tick=False)
@pytest.mark.parametrize(
    "who, status",
    [
        ("village_head", 403),
        ("reviewer", 403),
        ("other_commune_official", 404),
        ("provincial_viewer", 403),
    ],
)
def test_nobody_outside_the_commune_office_withdraws(
    client, world, plan, submitted, who, status, request
):
    client.force_login(request.getfixturevalue(who))
    assert withdraw(client, submitted).status_code == status
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.SUBMITTED
    assert not Withdrawal.objects.exists()


@time_machine.travel(at(15, 11), tick=False)
def test_withdrawing_is_post_only(client, plan, submitted, commune_official):
    client.force_login(commune_official)
    response = client.get(reverse("reports:withdraw", args=[submitted.pk]))
    assert response.status_code == 405
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.SUBMITTED
