"""Mail about reports: the reviewer's decision to the commune that submitted,
and reminders before a deadline to the commune officials.

A mail that cannot be sent is logged, never raised: the review it follows is
already committed (these run from transaction.on_commit), and a reminder that
failed leaves no ReminderSent row, so the next hourly run tries again.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections.abc import Iterator

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from plans.models import Plan, PlanStatus, ReportPeriod
from reports.models import ProgressReport, ReminderSent, ReportStatus
from reports.periods import deadline, deadline_label, period_bounds, period_label
from villages.models import Membership, Role
from villages.querysets import succession_annotations

logger = logging.getLogger(__name__)

# What a failing mail server or network raises through Django's SMTP backend.
MAIL_ERRORS = (smtplib.SMTPException, OSError)

FOOTER = (
    "Thư này được gửi tự động từ hệ thống theo dõi kế hoạch Nông thôn mới; "
    "xin đừng trả lời thư này."
)


def report_url(plan_id: int, period_start: datetime.date) -> str:
    """The report page of a plan's period; absolute when SITE_URL is set
    (e.g. "https://ntm.example.vn"), since a mail has no host to be relative to."""
    path = reverse(
        "reports:entry",
        kwargs={"plan_pk": plan_id, "period": period_start.isoformat()},
    )
    return getattr(settings, "SITE_URL", "").rstrip("/") + path


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _person(user) -> str:
    return user.get_full_name() or user.username


def _plan_name(plan: Plan) -> str:
    """ "Kế hoạch số 01/KH-BCĐ “Phát động phong trào…”" """
    kind = plan.get_doc_type_display()
    reference = f"số {plan.reference}" if plan.number else plan.reference
    return f"{kind} {reference} “{plan.title}”"


def _send(subject: str, body: str, recipients: list[str]) -> None:
    # A header may not span lines: a symbol typed with a stray line break
    # would otherwise make send_mail refuse the whole message.
    subject = " ".join(subject.split())
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def _notify_submitter(report: ProgressReport, subject: str, lines: list[str]) -> bool:
    submitter = report.submitted_by
    if submitter is None or not submitter.email:
        return False
    body = "\n\n".join(
        [
            f"Kính gửi {_person(submitter)},",
            *lines,
            f"Xem báo cáo: {report_url(report.plan_id, report.period_start)}",
            FOOTER,
        ]
    )
    try:
        _send(subject, body, [submitter.email])
    except MAIL_ERRORS:
        logger.exception(
            "Could not mail %s about report %s", submitter.email, report.pk
        )
        return False
    return True


def _period(report: ProgressReport) -> str:
    """ "tuần 13/03 – 19/03/2023", "tháng 03/2023" """
    return _lower_first(period_label(report.plan, report.period_start))


def _what(report: ProgressReport) -> str:
    plan = report.plan
    return (
        f"Báo cáo tiến độ {_period(report)} của {plan.area.full_name} "
        f"theo {_plan_name(plan)}"
    )


def _reviewer_line(report: ProgressReport) -> str:
    reviewer = _person(report.reviewed_by) if report.reviewed_by else "cấp trên"
    when = (
        f" lúc {timezone.localtime(report.reviewed_at):%H:%M ngày %d/%m/%Y}"
        if report.reviewed_at
        else ""
    )
    return f"Người xem xét: {reviewer}{when}."


def notify_returned(report: ProgressReport) -> bool:
    """Mail the submitter that `report` was returned, with the reviewer's
    comment; False (nothing sent) if they have no address or mail failed."""
    plan = report.plan
    subject = f"Báo cáo bị trả lại: {plan.reference}, {_period(report)}"
    lines = [
        f"{_what(report)} đã bị trả lại để sửa, bổ sung.",
        _reviewer_line(report),
        "Ý kiến của cấp trên:\n" + (report.review_comment or "(không ghi ý kiến)"),
        "Đề nghị sửa theo ý kiến trên rồi nộp lại báo cáo.",
    ]
    return _notify_submitter(report, subject, lines)


def notify_accepted(report: ProgressReport) -> bool:
    """Mail the submitter that `report` was accepted (with the comment, if any);
    False (nothing sent) if they have no address or mail failed."""
    plan = report.plan
    subject = f"Báo cáo đã được duyệt: {plan.reference}, {_period(report)}"
    lines = [f"{_what(report)} đã được duyệt.", _reviewer_line(report)]
    if report.review_comment:
        lines.append("Ý kiến của cấp trên:\n" + report.review_comment)
    return _notify_submitter(report, subject, lines)


# Reminders


# Reports in these states still wait for the commune.
PENDING = {None, ReportStatus.DRAFT, ReportStatus.RETURNED}

STATE_LINES = {
    None: "Kỳ này chưa có báo cáo.",
    ReportStatus.DRAFT: "Báo cáo kỳ này mới lưu nháp, chưa nộp.",
    ReportStatus.RETURNED: "Báo cáo kỳ này đã bị cấp trên trả lại và chưa được nộp lại.",
}


def _due_periods(
    plan: Plan, now: datetime.datetime, until: datetime.datetime
) -> Iterator[tuple[datetime.date, datetime.datetime]]:
    """(period start, deadline) of the periods of `plan` due in (now, until].

    Not only the period containing today: a Monday 08:00 deadline is due
    within 24 hours on Sunday, when today still belongs to the previous week.
    """
    tz = timezone.get_default_timezone()
    first = period_bounds(plan, datetime.date(plan.year, 1, 1))[0]
    last = plan.final_report_on or datetime.date(plan.year, 12, 31)
    day, end = timezone.localdate(now, tz), timezone.localdate(until, tz)
    while day <= end:
        start, period_end = period_bounds(plan, day)
        due = deadline(plan, start)
        if first <= start <= last and now < due <= until:
            yield start, due
        day = period_end + datetime.timedelta(days=1)


def _officials_by_area(area_ids: set[int]) -> dict[int, list[str]]:
    """Addresses of the active commune officials of each area, in one query."""
    rows = (
        Membership.objects.active()
        .filter(
            area_id__in=area_ids,
            role=Role.COMMUNE_OFFICIAL,
            user__is_active=True,
        )
        .exclude(user__email="")
        .order_by("user__email")
        .values_list("area_id", "user__email")
    )
    emails: dict[int, list[str]] = {}
    for area_id, email in rows:
        if email not in emails.setdefault(area_id, []):
            emails[area_id].append(email)
    return emails


def _reminder_mail(
    plan: Plan, period_start: datetime.date, due: datetime.datetime, status
) -> tuple[str, str]:
    period = _lower_first(period_label(plan, period_start))
    lines = [
        f"Kính gửi công chức {plan.area.full_name}"
        + (
            f" (đã sáp nhập vào {plan.successor_label})"
            if getattr(plan, "successor_label", None)
            else ""
        )
        + ",",
        f"Báo cáo tiến độ {period} theo {_plan_name(plan)} "
        f"phải nộp trước {deadline_label(due)}.",
        STATE_LINES[status],
    ]
    if status != ReportStatus.RETURNED:
        # A returned report stays open after the deadline; the others lock.
        lines.append(
            "Sau thời hạn này báo cáo sẽ bị khóa; muốn bổ sung phải đề nghị cấp trên mở lại."
        )
    lines += [f"Nhập và nộp báo cáo: {report_url(plan.pk, period_start)}", FOOTER]
    subject = f"Nhắc hạn báo cáo: {deadline_label(due)} – {plan.reference}"
    return subject, "\n\n".join(lines)


def _remind(
    plan: Plan,
    period_start: datetime.date,
    due: datetime.datetime,
    status,
    emails: list[str],
) -> ReminderSent | None:
    """Claim (plan, period) and mail it, or do nothing if it is claimed."""
    subject, body = _reminder_mail(plan, period_start, due, status)
    try:
        # The row is the claim: a second run at the same moment fails on the
        # unique constraint (waiting, on PostgreSQL, for this one to commit)
        # and sends nothing; a mail that fails rolls the claim back.
        with transaction.atomic():
            row = ReminderSent.objects.create(
                plan=plan, period_start=period_start, recipients=", ".join(emails)
            )
            _send(subject, body, emails)
    except IntegrityError:
        return None
    except MAIL_ERRORS:
        logger.exception("Could not send the reminder for plan %s", plan.pk)
        return None
    return row


def send_reminders(*, now: datetime.datetime, hours: int = 24) -> list[ReminderSent]:
    """Mail the commune officials of every issued weekly or monthly plan whose
    report is due in (now, now + hours] and not yet submitted, once per plan
    and period; return the ReminderSent rows created."""
    if hours < 1:
        raise ValueError("hours must be at least 1")
    until = now + datetime.timedelta(hours=hours)
    today = timezone.localdate(now, timezone.get_default_timezone())
    plans = (
        Plan.objects.filter(
            status=PlanStatus.ISSUED,
            report_period__in=[ReportPeriod.WEEK, ReportPeriod.MONTH],
        )
        # The plan's year is over: its last report day has passed.
        .filter(
            Q(final_report_on__gte=today)
            | Q(final_report_on__isnull=True, year__gte=today.year)
        )
        .select_related("area")
        # A commune merged since the plan was made reports where its successor
        # is (Area.objects.communes_for_week): its officials are reminded too.
        .annotate(**succession_annotations("area_id", today))
        .order_by("pk")
    )
    due = [
        (plan, start, moment)
        for plan in plans
        for start, moment in _due_periods(plan, now, until)
    ]
    if not due:
        return []
    plan_ids = {plan.pk for plan, _, _ in due}
    starts = {start for _, start, _ in due}
    statuses = {
        (plan_id, start): status
        for plan_id, start, status in ProgressReport.objects.filter(
            plan_id__in=plan_ids, period_start__in=starts
        ).values_list("plan_id", "period_start", "status")
    }
    already = set(
        ReminderSent.objects.filter(
            plan_id__in=plan_ids, period_start__in=starts
        ).values_list("plan_id", "period_start")
    )
    officials = _officials_by_area(
        {plan.area_id for plan, _, _ in due}
        | {plan.successor_pk for plan, _, _ in due if plan.successor_pk}
    )
    sent = []
    for plan, start, moment in due:
        status = statuses.get((plan.pk, start))
        emails = list(
            dict.fromkeys(
                officials.get(plan.area_id, []) + officials.get(plan.successor_pk, [])
            )
        )
        if status not in PENDING or (plan.pk, start) in already or not emails:
            continue
        row = _remind(plan, start, moment, status, emails)
        if row is not None:
            sent.append(row)
    return sent
