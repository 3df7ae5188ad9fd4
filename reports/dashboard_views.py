"""Dashboards: commune, district (a table of communes) and province.

Scope: the area must be in Area.objects.for_user() (404 otherwise) and every
figure is read through Plan.objects.for_user(); the return and reopen buttons
appear, and work, only for plans in Plan.objects.reviewable_by(). Bad query
string values fall back to a safe default with a Vietnamese message."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from plans.models import Plan
from reports import dashboards, services
from reports.forms import ReopenForm, ReviewForm
from reports.models import ProgressReport
from reports.periods import monday
from reports.views import reopen_posted
from villages.access import dashboard_membership, has_dashboard, offered_if
from villages.models import AreaLevel, Role

BAD_WEEK = "Tuần “{}” không hợp lệ (ghi dạng năm-tháng-ngày): đang hiện tuần này."


def _week(request: HttpRequest, area) -> datetime.date:
    """The week asked for (?tuan=YYYY-MM-DD, any day of it), else this week —
    or, when no plan in the area reports this year, the latest reported week."""
    today = timezone.localdate()
    value = request.GET.get("tuan", "")
    if value:
        try:
            day = datetime.date.fromisoformat(value)
            if 2000 <= day.year <= 2100:
                return monday(day)
        except ValueError:
            pass
        messages.warning(request, BAD_WEEK.format(value[:40]))
        return monday(today)
    plans = Plan.objects.for_user(request.user).filter(area__path__startswith=area.path)
    if plans.filter(year=today.year).exists():
        return monday(today)
    latest = ProgressReport.objects.filter(plan__in=plans).aggregate(
        latest=Max("period_start")
    )["latest"]
    return latest or monday(today)


def _week_links(week: datetime.date) -> dict:
    following = week + datetime.timedelta(days=7)
    return {
        "previous_week": week - datetime.timedelta(days=7),
        # Never into a week that has not begun.
        "next_week": following if following <= monday(timezone.localdate()) else None,
        "week_end": week + datetime.timedelta(days=6),
    }


@offered_if(has_dashboard)
def dashboard_home(request: HttpRequest) -> HttpResponse:
    """Send each user to the dashboard of their first membership."""
    membership = dashboard_membership(request.user)
    if membership is None:
        messages.info(
            request, "Tài khoản chưa được gán địa bàn nên chưa có bảng tổng hợp."
        )
        return redirect("home")
    area = membership.area
    if area.level == AreaLevel.COMMUNE:
        return redirect("reports:dashboard_commune", pk=area.pk)
    if area.level == AreaLevel.PROVINCE and membership.role != Role.DISTRICT_REVIEWER:
        return redirect("reports:dashboard_province", pk=area.pk)
    return redirect("reports:dashboard_district", pk=area.pk)


def dashboard_commune(request: HttpRequest, pk: int) -> HttpResponse:
    commune = dashboards.dashboard_area(
        user=request.user, pk=pk, levels=[AreaLevel.COMMUNE]
    )
    week = _week(request, commune)
    plan_pk = request.GET.get("ke_hoach", "")
    board = dashboards.commune_dashboard(
        user=request.user,
        commune=commune,
        week=week,
        now=timezone.now(),
        plan_pk=int(plan_pk) if plan_pk.isdigit() else None,
    )
    return render(
        request,
        "reports/dashboard_commune.html",
        {
            "board": board,
            "review_form": ReviewForm(),
            "reopen_form": ReopenForm(),
            **_week_links(week),
        },
    )


def dashboard_district(request: HttpRequest, pk: int) -> HttpResponse:
    area = dashboards.dashboard_area(
        user=request.user, pk=pk, levels=[AreaLevel.DISTRICT, AreaLevel.PROVINCE]
    )
    week = _week(request, area)
    params = dashboards.table_params(request.GET)
    for problem in params.problems:
        messages.warning(request, problem)
    board = dashboards.district_dashboard(
        user=request.user, area=area, week=week, now=timezone.now(), params=params
    )
    return render(
        request,
        "reports/dashboard_district.html",
        {
            "board": board,
            "sorts": dashboards.SORTS,
            "states": dashboards.state_counts([]),
            "reopen_form": ReopenForm(),
            **_week_links(week),
        },
    )


def dashboard_province(request: HttpRequest, pk: int) -> HttpResponse:
    area = dashboards.dashboard_area(
        user=request.user, pk=pk, levels=[AreaLevel.PROVINCE]
    )
    week = _week(request, area)
    board = dashboards.province_dashboard(
        user=request.user, area=area, week=week, now=timezone.now()
    )
    return render(
        request,
        "reports/dashboard_province.html",
        {
            "board": board,
            "spark_weeks": dashboards.spark_weeks(week),
            **_week_links(week),
        },
    )


def _back(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("reports:dashboard")


@require_POST
def dashboard_return(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a submitted report with a comment, from a dashboard."""
    report = get_object_or_404(ProgressReport.objects.for_user(request.user), pk=pk)
    if not Plan.objects.reviewable_by(request.user).filter(pk=report.plan_id).exists():
        raise PermissionDenied("Bạn không có quyền trả lại báo cáo này.")
    form = ReviewForm({"decision": "return", "comment": request.POST.get("comment")})
    if not form.is_valid():
        messages.error(request, "Ghi ý kiến để xã biết cần sửa gì.")
        return redirect(_back(request))
    try:
        services.report_return(
            report=report, reviewer=request.user, comment=form.cleaned_data["comment"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Đã trả lại báo cáo cho xã.")
    return redirect(_back(request))


@require_POST
def dashboard_reopen(request: HttpRequest) -> HttpResponse:
    """Reopen this week for the chosen communes, with a reason, from a dashboard."""
    form = ReopenForm(request.POST)
    try:
        week = datetime.date.fromisoformat(request.POST.get("period", ""))
    except ValueError:
        messages.error(request, "Kỳ báo cáo không hợp lệ.")
        return redirect(_back(request))
    reopen_posted(request, form, monday(week))
    return redirect(_back(request))
