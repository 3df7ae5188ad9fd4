import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from criteria import permissions, selectors, services
from criteria.forms import AssessmentForm
from criteria.models import Assessment, CriteriaSet, EvidenceFile, Indicator
from villages.access import available_if, may_verify
from villages.models import Area, AreaLevel


def criteria_set_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "criteria/criteriaset_list.html",
        {
            "criteria_sets": selectors.criteria_set_list(),
            "can_manage": permissions.is_reference_manager(request.user),
        },
    )


def requested_version(request: HttpRequest) -> int | None:
    """The version asked for by `?phien-ban=` (None: the current one)."""
    version = request.GET.get("phien-ban", "")
    return int(version) if version.isdigit() and len(version) < 5 else None


def criteria_set_detail(request: HttpRequest, code: str) -> HttpResponse:
    criteria_set, criteria, outstanding_fields = selectors.criteria_set_detail(
        code=code, version=requested_version(request)
    )
    return render(
        request,
        "criteria/criteriaset_detail.html",
        {
            "criteria_set": criteria_set,
            "criteria": criteria,
            "outstanding_fields": outstanding_fields,
            "versions": selectors.set_versions(code=code),
            "counts": selectors.requirement_counts(criteria_set=criteria_set),
            "can_manage": permissions.can_manage_set(request.user, criteria_set),
        },
    )


def criterion_detail(request: HttpRequest, code: str, number: int) -> HttpResponse:
    criterion, headings, rows = selectors.criterion_detail(
        code=code, number=number, version=requested_version(request)
    )
    return render(
        request,
        "criteria/criterion_detail.html",
        {
            "criterion": criterion,
            "criteria_set": criterion.criteria_set,
            "headings": headings,
            "rows": rows,
        },
    )


# ── Where communes stand: board, assessment, verification, matrix ──


def _day(request: HttpRequest) -> datetime.date:
    """The date asked for in ?ngay=dd/mm/yyyy; today when absent. A bad date
    says so and falls back to today rather than failing the page."""
    today = timezone.localdate()
    text = request.GET.get("ngay", "").strip()
    if not text:
        return today
    try:
        day = forms.DateField(input_formats=["%d/%m/%Y"]).clean(text)
    except ValidationError:
        messages.warning(
            request, f"Ngày “{text[:20]}” không hợp lệ (dd/mm/yyyy); đang xem hôm nay."
        )
        return today
    if day > today or day.year < 2000:
        messages.warning(
            request, "Chỉ xem được từ năm 2000 đến hôm nay; đang xem hôm nay."
        )
        return today
    return day


def _area(request: HttpRequest, pk: int, *levels: str) -> Area:
    return get_object_or_404(
        Area.objects.for_user(request.user).filter(level__in=levels), pk=pk
    )


def _chosen_set(request, sets: list[CriteriaSet], default: CriteriaSet | None):
    """The set asked for in ?bo=code (its current version, or ?phien-ban=N
    of it), among `sets`; else `default`."""
    code = request.GET.get("bo")
    chosen = next((s for s in sets if s.code == code), None)
    if code and chosen is None:
        messages.warning(request, "Bộ tiêu chí đã chọn không áp dụng cho địa bàn này.")
    version = request.GET.get("phien-ban", "")
    if chosen is not None and version.isdigit() and int(version) != chosen.version:
        older = (
            CriteriaSet.objects.filter(code=chosen.code, version=int(version))
            .select_related("document", "province")
            .first()
        )
        if older is None:
            messages.warning(request, f"Bộ tiêu chí không có phiên bản {version}.")
        return older or chosen
    return chosen or default or (sets[0] if sets else None)


def commune_board(request: HttpRequest, area_pk: int) -> HttpResponse:
    area = _area(request, area_pk, AreaLevel.COMMUNE, AreaLevel.VILLAGE)
    on = _day(request)
    sets = selectors.sets_for_area(area=area)
    level = "xa_ntm" if area.level == AreaLevel.COMMUNE else "khu_dan_cu_kieu_mau"
    default = selectors.applicable_set(area=area, on=on, level=level)
    criteria_set = _chosen_set(request, sets, default)
    unmet_only = request.GET.get("loc") == "chua-dat"
    return render(
        request,
        "criteria/commune_board.html",
        {
            "area": area,
            "on": on,
            "sets": sets,
            "board": criteria_set
            and selectors.commune_board(
                area=area, criteria_set=criteria_set, on=on, unmet_only=unmet_only
            ),
            "unmet_only": unmet_only,
            "can_assess": Area.objects.editable_by(request.user)
            .filter(pk=area.pk)
            .exists(),
            "predecessors": selectors.predecessor_history(area=area),
            "older_versions": criteria_set
            and selectors.older_versions_assessed(area=area, criteria_set=criteria_set),
            "group": criteria_set
            and criteria_set.target_dimension == "commune_group"
            and area.commune_group_on(on),
            "can_manage_groups": permissions.managed_communes(request.user)
            .filter(pk=area.pk)
            .exists(),
        },
    )


def _assessment_subject(request, area_pk: int, indicator_pk: int):
    """The commune or village, the indicator of its level, what applies there
    today, and whether the user may assess it (their area, a current set)."""
    area = _area(request, area_pk, AreaLevel.COMMUNE, AreaLevel.VILLAGE)
    indicator = get_object_or_404(
        Indicator.objects.select_related(
            "criterion__criteria_set", "verifying_agency"
        ).prefetch_related("requirements__region"),
        pk=indicator_pk,
        criterion__criteria_set__subject_level=area.level,
    )
    can_assess = (
        Area.objects.editable_by(request.user).filter(pk=area.pk).exists()
        and indicator.criterion.criteria_set.is_current
    )
    applies = selectors.requirement_for(
        indicator=indicator, area=area, on=timezone.localdate()
    )
    return area, indicator, applies, can_assess


def _assessment_saved(request, form, area, indicator) -> bool:
    """Record the posted assessment; False with the refusal on the form."""
    try:
        services.assessment_record(
            area=area, indicator=indicator, user=request.user, **form.cleaned_data
        )
    except ValidationError as error:
        errors_to_form(form, error)
        return False
    messages.success(request, f"Đã lưu đánh giá chỉ tiêu {indicator.code}.")
    return True


def assessment_edit(
    request: HttpRequest, area_pk: int, indicator_pk: int
) -> HttpResponse:
    """An indicator's history for one commune, and (for its editors) the form
    that records a new assessment. A refused input keeps everything typed;
    only the files must be chosen again, as browsers never resend them."""
    area, indicator, applies, can_assess = _assessment_subject(
        request, area_pk, indicator_pk
    )
    form = AssessmentForm(
        request.POST or None,
        request.FILES or None,
        indicator=indicator,
        has_requirement=applies.has_requirement,
        initial={"assessed_on": timezone.localdate()},
    )
    if request.method == "POST":
        if not can_assess:
            raise PermissionDenied("Bạn không đánh giá tiêu chí của địa bàn này.")
        if form.is_valid() and _assessment_saved(request, form, area, indicator):
            return redirect(
                f"{reverse('criteria:board', args=[area.pk])}?bo={indicator.criterion.criteria_set.code}"
            )
    return render(
        request,
        "criteria/assessment_form.html",
        {
            "area": area,
            "indicator": indicator,
            "criteria_set": indicator.criterion.criteria_set,
            "requirement": selectors.IndicatorStatus(
                indicator, applies.requirement_label, None, applies
            ),
            "history": selectors.indicator_history(area=area, indicator=indicator),
            "form": form if can_assess else None,
        },
    )


def errors_to_form(form, error: ValidationError) -> None:
    """A service's ValidationError shown on the form: on its field when the
    form has one, else above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    """An evidence file, for those who may see its commune; always a download."""
    evidence = get_object_or_404(
        EvidenceFile.objects.filter(
            assessment__area__in=Area.objects.for_user(request.user)
        ),
        pk=pk,
    )
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


QUEUE_STATES = {"cho": "waiting", "tra-lai": "returned", "tat-ca": "all"}


QUEUE_PAGE_SIZE = 30


@available_if(
    may_verify,
    "Trang này dành cho cán bộ của cơ quan thẩm định tiêu chí (sở, phòng chuyên môn).",
)
def verification_queue(request: HttpRequest) -> HttpResponse:
    state = request.GET.get("trang-thai", "cho")
    if state not in QUEUE_STATES:
        state = "cho"
    queue = selectors.verification_queue(
        user=request.user, state=QUEUE_STATES[state], on=timezone.localdate()
    )
    # get_page: a page number that is not a number or past the end shows the
    # nearest page rather than an error.
    page = Paginator(queue, QUEUE_PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "criteria/verification_queue.html",
        {"assessments": page.object_list, "page": page, "state": state},
    )


@require_POST
def assessment_verify(request: HttpRequest, pk: int) -> HttpResponse:
    # Not for_user: a merged commune reads its former communes' assessments
    # but verifies nothing there.
    assessment = get_object_or_404(
        Assessment.objects.filter(
            area__in=Area.objects.within_memberships(request.user)
        ).select_related("indicator", "area"),
        pk=pk,
    )
    verified = request.POST.get("action") == "verify"
    try:
        services.assessment_verify(
            assessment=assessment,
            user=request.user,
            verified=verified,
            comment=request.POST.get("comment", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"{'Đã thẩm định' if verified else 'Đã trả lại'} chỉ tiêu {assessment.indicator.code} của {assessment.area}.",
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("criteria:queue")
    return redirect(back)


def criteria_matrix(request: HttpRequest, area_pk: int) -> HttpResponse:
    area = _area(request, area_pk, AreaLevel.PROVINCE, AreaLevel.DISTRICT)
    on = _day(request)
    sets = selectors.sets_for_area(area=area, subject_level=AreaLevel.COMMUNE)
    default = selectors.applicable_set(
        area=area, on=on, subject_level=AreaLevel.COMMUNE
    )
    criteria_set = _chosen_set(request, sets, default)
    communes = list(
        Area.objects.for_user(request.user).subtree(area).communes().order_by("path")
    )
    order = "met" if request.GET.get("xep") == "dat" else "name"
    return render(
        request,
        "criteria/criteria_matrix.html",
        {
            "area": area,
            "on": on,
            "sets": sets,
            "order": order,
            "matrix": criteria_set
            and selectors.criteria_matrix(
                communes=communes, criteria_set=criteria_set, on=on, order=order
            ),
            "counts": criteria_set
            and selectors.requirement_counts(criteria_set=criteria_set),
        },
    )
