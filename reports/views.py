"""Weekly progress: the entry page (phones first), submission, and review.

Scope: a plan outside Plan.objects.for_user() is a 404. Who may write which
rows: commune officials every row of their commune, a village head only their
village's rows, reviewers none (they accept, return and reopen)."""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass, field

from csp.constants import NONE, SELF
from csp.decorators import csp
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from ntm.compiled import Compiled
from plans.models import Plan, ReportPeriod
from reports import selectors, services
from reports.forms import ProgressForm, ReopenForm, ReviewForm, WithdrawForm
from reports.models import EntryPhoto, ProgressReport, ReportStatus
from reports.periods import (
    deadline,
    deadline_label,
    monday,
    nearest_period,
    next_period,
    period_bounds,
    period_check,
    period_label,
    period_range,
)
from villages.access import available_if, may_review
from villages.rights import request_rights

# NOTE: performance: built and compiled once a process (ntm/compiled.py);
# the statement `Plan.objects.select_related("area").get(pk=…)` sends.
_PLAN = Compiled(
    lambda pk: Plan.objects.select_related("area").filter(pk=pk).order_by()[:21],
    pk=int,
)


def _plan(request, plan_pk: int) -> Plan:
    """The plan, a 404 outside the user's scope (Plan.objects.for_user), with
    `user_edits` and `user_reviews` (editable_by, reviewable_by): decided
    from the user's memberships, read once a request (villages.rights; NOTE:
    performance: no membership subquery built, docs/performance.md)."""
    rights = request_rights(request)
    found = _PLAN(pk=plan_pk)
    plan = found[0] if found else None
    if plan is None or not rights.sees_plan(plan):
        raise Http404("Không tìm thấy kế hoạch.")
    plan.user_edits = rights.edits_plan(plan)
    plan.user_reviews = rights.reviews_plan(plan)
    plan.user_inherits = rights.inherits_plan(plan)
    return plan


def _period(value: str) -> datetime.date:
    """A period's first day from the URL; anything else is a 404, including
    dates so far out that computing the period would overflow."""
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise Http404("Kỳ báo cáo không hợp lệ.") from error
    if not 2000 <= day.year <= 2100:
        raise Http404("Kỳ báo cáo không hợp lệ.")
    return day


def report_current(request: HttpRequest, plan_pk: int) -> HttpResponse:
    """The current period, or the one nearest to ?tuan= (any day of it): a plan
    whose year is over opens its last period, never a page that refuses it."""
    plan = _plan(request, plan_pk)
    today = timezone.localdate()
    asked = request.GET.get("tuan", "")
    try:
        day = datetime.date.fromisoformat(asked) if asked else today
    except ValueError:
        day = today
    start = nearest_period(plan, day, today)
    if start is None:
        return render(
            request,
            "reports/report_entry.html",
            {"plan": plan, "problem": _no_period(plan)},
        )
    return redirect("reports:entry", plan_pk=plan.pk, period=start.isoformat())


def _no_period(plan: Plan) -> str:
    if plan.report_period == ReportPeriod.NONE:
        return "Kế hoạch này không có chế độ báo cáo định kỳ."
    first, _ = period_range(plan)
    return f"Kế hoạch chưa đến kỳ báo cáo đầu tiên (tuần bắt đầu {first:%d/%m/%Y})."


def report_entry(request: HttpRequest, plan_pk: int, period: str) -> HttpResponse:
    """The week's page; a POST saves what the user changed."""
    return _entry_page(request, plan_pk, period, submit=False)


@require_POST
def report_submit(request: HttpRequest, plan_pk: int, period: str) -> HttpResponse:
    """ "Lưu và nộp": the entry form posted here saves what the user changed,
    then submits, so figures typed just before pressing it are never left
    behind. A weak network's second copy of the same form finds the report
    submitted with exactly its figures, and is told so, not refused."""
    return _entry_page(request, plan_pk, period, submit=True)


def _entry_page(request, plan_pk: int, period: str, *, submit: bool) -> HttpResponse:
    plan = _plan(request, plan_pk)
    period_start = _period(period)
    now = timezone.now()
    today = timezone.localdate(now)
    check = period_check(plan, period_start, today)
    if not check.ok:
        # The answer links to the nearest period that opens, never to itself.
        return render(
            request,
            "reports/report_entry.html",
            {
                "plan": plan,
                "problem": check.message,
                "nearest": nearest_period(plan, period_start, today),
            },
            status=400,
        )
    if request.method != "POST":
        page = _entry_read(request, plan, period_start, now)
        return _draw(request, page, _entry_form(page, page.editable), now)
    # NOTE: a POST reads only what reading the form back needs; the page is
    # drawn again only when the save is refused (docs/performance.md).
    page = _entry_read(request, plan, period_start, now, to_save=True)
    if submit and not page.report_editable:
        raise PermissionDenied("Chỉ công chức xã được nộp báo cáo.")
    if not page.writes_rows:
        raise PermissionDenied("Bạn chỉ được xem báo cáo này.")
    form = _entry_form(page, page.writable, request)
    refusal = _save(request, page, form, submit=submit, now=now)
    if refusal is None:
        return _entry_redirect(plan, period_start)
    return _draw_refused(request, plan, period_start, form, refusal, now)


def _entry_read(request, plan, period_start, now, *, to_save=False):
    """The week's page as the user sees it (selectors.entry_page), their
    rights read once a request."""
    return selectors.entry_page(
        user=request.user,
        plan=plan,
        period_start=period_start,
        now=now,
        to_save=to_save,
        rights=request_rights(request),
    )


def _entry_form(page, editable: set[int], request=None, data=None) -> ProgressForm:
    """The entry form over `page`'s rows: bound to the POST when there is one
    (or to `data`, the POST as a refused save left it)."""
    posted = request is not None and request.method == "POST"
    return ProgressForm(
        data if data is not None else (request.POST if posted else None),
        request.FILES if posted else None,
        rows=page.rows,
        editable=editable,
        report_editable=page.report_editable and not page.locked,
        report=page.report,
        task_rows=page.task_rows,
        # No row fields built: a page drawn draws them from their
        # prototypes, a POST read back to be saved builds them only if one
        # is refused; a refused save drawn again has them all (its errors).
        lean=data is None,
    )


def _draw(request, page, form, now, status: int = 200) -> HttpResponse:
    """The week's page around `form`."""
    plan, period_start, report = page.plan, page.period_start, page.report
    due = deadline(plan, period_start)
    context = {
        "plan": plan,
        "report": report,
        "period_start": period_start,
        "period_label": period_label(plan, period_start),
        "deadline": deadline_label(due),
        "lock": page.lock,
        "form": form,
        "can_submit": page.report_editable and not page.locked,
        "can_review": plan.user_reviews,
        "reopened": page.lock.reopened,
        **_neighbours(plan, period_start, timezone.localdate(now)),
        "changes": selectors.recent_changes(
            plan=plan,
            since=period_start - datetime.timedelta(days=7),
            villages=page.villages,
        ),
        "review_form": ReviewForm(),
        "reopen_form": ReopenForm(),
        "can_withdraw": page.report_editable
        and report is not None
        and report.status == ReportStatus.SUBMITTED
        and now <= due,
        "withdraw_form": _withdraw_form(request, report),
        # Drawn with each page: a copy of its save is recognised (`_save_key`).
        "save_key": uuid.uuid4(),
    }
    return render(request, "reports/report_entry.html", context, status=status)


@dataclass
class _Refusal:
    """Why a save was not stored: messages for the top of the form, and the
    rows someone else changed meanwhile (shown side by side)."""

    messages: list[str] = field(default_factory=list)
    conflicts: list = field(default_factory=list)


def _draw_refused(request, plan, period_start, form, refusal, now) -> HttpResponse:
    """The page again, as it is now, holding what the user typed and why it
    was not saved (422). Read in full: the refused POST read only the rows."""
    page = _entry_read(request, plan, period_start, now)
    again = _entry_form(page, page.editable, request, data=form.data)
    again.is_valid()  # the field errors, on the rows still on the form
    if page.locked and not refusal.messages:
        refusal.messages.append(page.lock.reason)
    for message in refusal.messages:
        again.add_error(None, message)
    again.conflicts = refusal.conflicts
    return _draw(request, page, again, now, status=422)


def _neighbours(plan: Plan, period_start: datetime.date, today) -> dict:
    """The periods before and after, when they open: inside the plan, and not
    after the current period."""
    first, last = period_range(plan)
    last = min(last, period_bounds(plan, today)[0])
    previous = period_bounds(plan, period_start - datetime.timedelta(days=1))[0]
    following = next_period(plan, period_start)
    return {
        "previous": previous if previous >= first else None,
        "next": following if following <= last else None,
    }


def _save_key(request) -> services.SaveKeyInput | None:
    """The key drawn with the page (hidden `save_key`) and a hash of what the
    form carries, its CSRF token and the key aside (the offline queue swaps
    the token) and photos by name and size. None without a valid key (a page
    drawn before keys existed): the save then goes as before."""
    try:
        key = uuid.UUID(request.POST.get("save_key", ""))
    except ValueError:
        return None
    # NOTE: performance: one encoder for the 800 fields of a page (json.dumps
    # with ensure_ascii=False builds one a call), the same bytes hashed.
    skip = {"csrfmiddlewaretoken", "save_key"}
    encode = _TEXT_JSON.encode
    text = "".join(
        encode([name, values])
        for name, values in sorted(request.POST.lists())
        if name not in skip
    )
    digest = hashlib.sha256(text.encode())
    for name, files in sorted(request.FILES.lists()):
        digest.update(json.dumps([name, [(f.name, f.size) for f in files]]).encode())
    return services.SaveKeyInput(key=key, digest=digest.hexdigest())


_TEXT_JSON = json.JSONEncoder(ensure_ascii=False)


def _save(request, page, form, *, submit: bool, now) -> _Refusal | None:
    """Save the form (and submit, for "Lưu và nộp") through the one service;
    None when stored (or already stored: a copy), else why not."""
    if not form.is_valid():
        return _Refusal()
    try:
        result = services.entries_save(
            plan=page.plan,
            period_start=page.period_start,
            user=request.user,
            inputs=form.entry_inputs(),
            report_inputs=form.report_inputs(),
            task_inputs=form.task_inputs(),
            reason=form.cleaned_data.get("reason", ""),
            key=_save_key(request),
            photos=form.photos(),
            submit=submit,
            now=now,
        )
    except services.AlreadySaved as copy:  # a lost answer, or the offline queue
        when = timezone.localtime(copy.stored.created_at)
        messages.success(
            request,
            f"{copy.stored.result} Bản lưu này đã gửi lúc {when:%H:%M %d/%m/%Y}; "
            "không ghi lại lần nữa.",
        )
        return None
    except services.EntryConflict as conflict:
        return _conflict_refusal(form, conflict, page)
    except ValidationError as error:
        # A second copy of the same "Lưu và nộp" that waited for the first.
        if submit and _sent_already(request, page, form):
            return None
        if isinstance(error, services.ReportLocked):
            return _Refusal([error.lock.reason])
        return _Refusal(list(error.messages))
    for warning in result.warnings:
        messages.warning(request, warning)
    messages.success(request, result.message)
    return None


def _entry_redirect(plan, period_start) -> HttpResponse:
    return redirect("reports:entry", plan_pk=plan.pk, period=period_start.isoformat())


def _sent_already(request, page, form) -> bool:
    """Whether the report is submitted (or accepted) holding exactly what this
    POST carries in the rows the user writes and the report's text: then the
    POST is a copy of the one that submitted it, and the user is told it is
    in; any difference is refused as before. The report is read again: the
    copy may have waited for the first to commit."""
    report = (
        ProgressReport.objects.filter(plan=page.plan, period_start=page.period_start)
        .prefetch_related("entries")
        .first()
    )
    if report is None or report.status not in {
        ReportStatus.SUBMITTED,
        ReportStatus.ACCEPTED,
    }:
        return False
    if not form.matches(report):
        return False
    messages.info(request, "Báo cáo đã nộp với đúng các số này.")
    return True


def _conflict_refusal(form, conflict, page) -> _Refusal:
    """Both versions side by side (and for offline.js's replay); a second
    save of the same form keeps the user's."""
    _accept_conflicts_on_next_save(form, conflict, page)
    return _Refusal(
        [
            f"{item.label}: {item.by} vừa lưu “{item.theirs}”; bạn nhập “{item.yours}”. "
            "Số của bạn vẫn ở ô bên dưới: đối chiếu rồi bấm Lưu lần nữa nếu muốn giữ số của bạn."
            for item in conflict.conflicts
        ],
        conflict.conflicts,
    )


def _accept_conflicts_on_next_save(form, conflict, page) -> None:
    """The user has now seen the other value of exactly these fields: make a
    second save of the same form overwrite them, and nothing else."""
    report = ProgressReport.objects.prefetch_related("entries", "task_updates").get(
        plan=page.plan, period_start=page.period_start
    )
    entries = {e.village_target_id: e for e in report.entries.all()}
    updates = {u.task_id: u for u in report.task_updates.all()}
    data = form.data.copy()
    for item in conflict.conflicts:
        kind, key = item.key
        if kind == "entry":
            data[f"version_{key}"] = entries[key].version
        elif kind == "report":
            data[form.add_initial_prefix(key)] = getattr(report, key)
        elif kind == "task":
            update = updates[key]
            for part, value in (
                ("status", update.status),
                ("percent", update.percent),
                ("note", update.note),
            ):
                data[form.add_initial_prefix(f"task_{part}_{key}")] = (
                    "" if value is None else value
                )
    form.data = data


WITHDRAW_TYPED = "ntm_withdraw_reason_{}"


def _withdraw_form(request, report) -> WithdrawForm | None:
    """The withdrawal form, holding the reason of a refused try (kept in the
    session across the redirect, so nothing typed is lost)."""
    if report is None:
        return None
    typed = request.session.pop(WITHDRAW_TYPED.format(report.pk), "")
    return WithdrawForm(initial={"reason": typed, "version": report.version})


@require_POST
def report_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Take back a submitted report before the deadline, with a reason."""
    report, rights = _report_seen(request, pk)
    if not rights.edits_plan(report.plan):
        raise PermissionDenied("Chỉ công chức xã được rút báo cáo của xã.")
    form = WithdrawForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(
                [e for errors in form.errors.values() for e in errors]
            )
        services.report_withdraw(
            report=report,
            user=request.user,
            reason=form.cleaned_data["reason"],
            version=form.cleaned_data["version"],
        )
    except ValidationError as error:
        typed = request.POST.get("reason", "").strip()[:500]
        request.session[WITHDRAW_TYPED.format(report.pk)] = typed
        text = "Chưa rút được báo cáo: " + " ".join(error.messages)
        if typed:  # the form may be gone (past the deadline): the text is not
            text += f" Lý do bạn đã ghi: “{typed}”."
        messages.error(request, text)
    else:
        messages.success(
            request,
            "Đã rút báo cáo. Sửa xong, bấm “Lưu và nộp” trước hạn để nộp lại.",
        )
    return _entry_redirect(report.plan, report.period_start)


def _report_seen(request, pk: int):
    """The report and the user's rights, a 404 outside the user's scope
    (ProgressReport.objects.for_user): decided from the memberships read once
    a request, as the entry page does (villages.rights; NOTE: performance: no
    membership subquery built, docs/performance.md)."""
    rights = request_rights(request)
    report = ProgressReport.objects.select_related("plan__area").filter(pk=pk).first()
    if report is None or not rights.sees_plan(report.plan):
        raise Http404("Không tìm thấy báo cáo.")
    return report, rights


def _reviewable(request, pk: int) -> ProgressReport:
    report, rights = _report_seen(request, pk)
    if not rights.reviews_plan(report.plan):
        raise PermissionDenied("Bạn không có quyền duyệt báo cáo này.")
    return report


@require_POST
def report_review(request: HttpRequest, pk: int) -> HttpResponse:
    report = _reviewable(request, pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            if form.cleaned_data["decision"] == "accept":
                services.report_accept(
                    report=report,
                    reviewer=request.user,
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, "Đã duyệt báo cáo.")
            else:
                services.report_return(
                    report=report,
                    reviewer=request.user,
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, "Đã trả lại báo cáo cho xã.")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect(
        "reports:entry", plan_pk=report.plan_id, period=report.period_start.isoformat()
    )


@available_if(may_review, "Trang này dành cho cán bộ duyệt báo cáo của các xã.")
def review_list(request: HttpRequest) -> HttpResponse:
    plans = Plan.objects.reviewable_by(request.user)
    today = timezone.localdate()
    week = request.GET.get("tuan")
    this_week = monday(today)
    start = min(monday(_period(week)), this_week) if week else this_week
    rows = selectors.review_rows(plans=plans, period_start=start, now=timezone.now())
    return render(
        request,
        "reports/review_list.html",
        {
            "rows": rows,
            "period_start": start,
            "previous": start - datetime.timedelta(days=7),
            # Never into weeks that have not begun: their reports cannot open.
            "next": start + datetime.timedelta(days=7) if start < this_week else None,
            "reopen_form": ReopenForm(),
        },
    )


@require_POST
def reports_reopen(request: HttpRequest) -> HttpResponse:
    form = ReopenForm(request.POST)
    period_start = _period(request.POST.get("period", ""))
    reopen_posted(request, form, period_start)
    return redirect(reverse("reports:review_list") + f"?tuan={period_start}")


def reopen_posted(
    request: HttpRequest, form: ReopenForm, period_start: datetime.date
) -> None:
    """Reopen `period_start` for the posted plans the user reviews, with the
    form's reason, and say how it went (a message); the review list and the
    dashboards both post here."""
    ids = [value for value in request.POST.getlist("plans") if value.isdigit()]
    plans = list(Plan.objects.reviewable_by(request.user).filter(pk__in=ids))
    if not form.is_valid() or not plans:
        messages.error(request, "Chọn ít nhất một xã và ghi lý do mở lại.")
        return
    try:
        opened = services.periods_reopen(
            plans=plans,
            period_start=period_start,
            reviewer=request.user,
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Đã mở lại {len(opened)} kỳ báo cáo.")


def _photo(request: HttpRequest, pk: int) -> EntryPhoto:
    """A photo for those who may see its village's row: photos are served
    through the same scope as the page (Plan.objects.for_user and
    Area.objects.for_user, decided from the memberships read once a request),
    never by a bare media URL that anyone holding the link could open."""
    rights = request_rights(request)
    photo = (
        EntryPhoto.objects.select_related(
            "entry__report__plan__area",
            "entry__village_target__village",
            "entry__village_target__target",
        )
        .filter(pk=pk)
        .first()
    )
    if (
        photo is None
        or not rights.sees_plan(photo.entry.report.plan)
        or not rights.sees_area(photo.entry.village_target.village)
    ):
        raise Http404("Không tìm thấy ảnh.")
    return photo


def photo_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A photo on a page of the app, with the way back to its report: the
    entry page links here rather than to the bare image."""
    photo = _photo(request, pk)
    return render(request, "reports/photo_detail.html", {"photo": photo})


# The browser draws a bare image in a document of its own, styled inline (Chrome
# and Firefox both); the site's policy (style-src 'self') would refuse that
# style. The image's own policy allows inline style and nothing else: no
# script, no other source, sandboxed, never framed.
PHOTO_CSP = {
    "default-src": [NONE],
    "img-src": [SELF],
    "style-src": ["'unsafe-inline'"],
    "frame-ancestors": [NONE],
    "sandbox": [True],
}


@csp(PHOTO_CSP)
def photo_file(request: HttpRequest, pk: int, size: str) -> FileResponse:
    """A progress photo (or its thumbnail) as JPEG bytes."""
    photo = _photo(request, pk)
    image = photo.thumbnail if size == "nho" else photo.image
    response = FileResponse(image.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=86400"
    return response
