"""The commune hears, by mail, that its report was returned (with the reason)
or accepted; no address, no mail, and a failing mail server breaks nothing."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.urls import reverse

from reports import notifications, services
from reports.models import ProgressReport, ReportStatus
from reports.notifications import notify_accepted, notify_returned
from tests.reports.conftest import WEEK, at

COMMENT = "Thôn Nà Lài chưa có ảnh minh chứng; đề nghị bổ sung."


@pytest.fixture
def submitter(commune_official):
    commune_official.first_name = "Nguyễn Văn Bình"
    commune_official.email = "binh@example.vn"
    commune_official.save()
    return commune_official


@pytest.fixture
def report(plan, submitter, reviewer):
    reviewer.first_name = "Trần Thị Hoa"
    reviewer.save()
    return ProgressReport.objects.create(
        plan=plan,
        period_start=WEEK,
        period_end=WEEK + datetime.timedelta(days=6),
        status=ReportStatus.SUBMITTED,
        submitted_by=submitter,
        submitted_at=at(16, 10),
        reviewed_by=reviewer,
    )


def review(report, status, comment=""):
    report.status = status
    report.review_comment = comment
    report.reviewed_at = at(17, 9, 5)
    report.save()
    return report


def test_a_returned_report_mails_the_submitter_the_comment(report):
    assert notify_returned(review(report, ReportStatus.RETURNED, COMMENT)) is True
    [message] = mail.outbox
    assert message.to == ["binh@example.vn"]
    assert message.from_email == "NTM <ntm@localhost>"
    assert message.subject == ("Báo cáo bị trả lại: 01/KH-BCĐ, tuần 13/03 – 19/03/2023")
    body = message.body
    assert body.startswith("Kính gửi Nguyễn Văn Bình,")
    assert (
        "Báo cáo tiến độ tuần 13/03 – 19/03/2023 của xã Thụy Hùng theo "
        "Kế hoạch số 01/KH-BCĐ “Phát động phong trào” đã bị trả lại" in body
    )
    assert "Người xem xét: Trần Thị Hoa lúc 09:05 ngày 17/03/2023." in body
    assert f"Ý kiến của cấp trên:\n{COMMENT}" in body
    assert reverse("reports:entry", args=[report.plan_id, "2023-03-13"]) in body


def test_an_accepted_report_mails_the_submitter(report):
    assert notify_accepted(review(report, ReportStatus.ACCEPTED)) is True
    [message] = mail.outbox
    assert message.to == ["binh@example.vn"]
    assert message.subject == (
        "Báo cáo đã được duyệt: 01/KH-BCĐ, tuần 13/03 – 19/03/2023"
    )
    assert "xã Thụy Hùng" in message.body and "đã được duyệt." in message.body
    assert "Ý kiến của cấp trên" not in message.body


def test_an_accepting_comment_is_passed_on(report):
    notify_accepted(review(report, ReportStatus.ACCEPTED, "Đề nghị phát huy."))
    assert "Ý kiến của cấp trên:\nĐề nghị phát huy." in mail.outbox[0].body


def test_the_link_is_absolute_when_the_site_address_is_known(report, settings):
    settings.SITE_URL = "https://ntm.example.vn/"
    notify_accepted(review(report, ReportStatus.ACCEPTED))
    path = reverse("reports:entry", args=[report.plan_id, "2023-03-13"])
    assert f"https://ntm.example.vn{path}" in mail.outbox[0].body


@pytest.mark.parametrize("notify", [notify_returned, notify_accepted])
def test_no_mail_when_the_submitter_has_no_address(report, submitter, notify):
    submitter.email = ""
    submitter.save()
    assert notify(review(report, ReportStatus.RETURNED, COMMENT)) is False
    assert mail.outbox == []


def test_no_mail_when_the_submitter_account_is_gone(report):
    report.submitted_by = None
    assert notify_returned(review(report, ReportStatus.RETURNED, COMMENT)) is False
    assert mail.outbox == []


def test_a_failing_mail_server_is_logged_not_raised(report, monkeypatch, caplog):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("máy chủ thư không trả lời")

    monkeypatch.setattr(notifications, "send_mail", refuse)
    assert notify_returned(review(report, ReportStatus.RETURNED, COMMENT)) is False
    assert "Could not mail binh@example.vn" in caplog.text


def test_a_title_with_a_line_break_still_makes_a_valid_subject(report, plan):
    plan.number, plan.symbol = "01", "KH-BCĐ\nX"
    plan.save()
    notify_returned(review(report, ReportStatus.RETURNED, COMMENT))
    assert "\n" not in mail.outbox[0].subject


def test_returning_through_the_service_mails_after_commit(
    report, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.report_return(report=report, reviewer=reviewer, comment=COMMENT)
    [message] = mail.outbox
    assert message.subject.startswith("Báo cáo bị trả lại:")
    assert COMMENT in message.body


def test_accepting_through_the_service_mails_after_commit(
    report, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.report_accept(report=report, reviewer=reviewer)
    [message] = mail.outbox
    assert message.subject.startswith("Báo cáo đã được duyệt:")
