"""Pages of the reference-data manager (criteria.permissions): loading a set
from its official text (upload, preview, confirm), the Excel template, the
list of what is missing or unchecked with the check itself, commune groups."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from criteria import permissions, selectors, services
from criteria.forms import CheckForm, CommuneGroupForm, LoadForm
from criteria.groups import commune_group_assign, commune_group_rule
from criteria.loading import uploads
from criteria.loading.template import template_workbook
from criteria.models import CriteriaSet, CriteriaSetLoad
from criteria.views import errors_to_form, requested_version


def _manager(request: HttpRequest) -> None:
    if not permissions.is_reference_manager(request.user):
        raise PermissionDenied(
            "Trang dành cho người quản lý dữ liệu tham chiếu của tỉnh."
        )


def _load(request: HttpRequest, pk: int) -> CriteriaSetLoad:
    """A load the user may see: of a set they manage, or of a new set of a
    province they manage; 403 for anyone who manages no reference data, 404
    for a manager of another province (as for a guessed address)."""
    _manager(request)
    load = get_object_or_404(
        CriteriaSetLoad.objects.select_related("uploaded_by", "province", "parent"),
        pk=pk,
    )
    current = CriteriaSet.objects.current_versions().filter(code=load.code).first()
    allowed = (
        permissions.can_manage_set(request.user, current)
        if current is not None
        else permissions.managed_provinces(request.user)
        .filter(pk=load.province_id)
        .exists()
    )
    if not allowed:
        raise Http404
    return load


def load_start(request: HttpRequest) -> HttpResponse:
    _manager(request)
    form = LoadForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        initial={"criteria_set": request.GET.get("bo")},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            load = uploads.load_upload(
                user=request.user,
                upload=data["file"],
                criteria_set=data.get("criteria_set"),
                parent=data.get("parent"),
                province=data.get("province"),
                new_set=data.get("new_set"),
                source_part=data.get("source_part", ""),
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            return redirect("criteria:load_preview", load.pk)
    return render(
        request,
        "criteria/load_form.html",
        {"form": form, "loads": selectors.recent_loads(user=request.user)},
    )


def _table(request: HttpRequest) -> int | None:
    value = request.GET.get("bang") or request.POST.get("bang") or ""
    return int(value) if value.isdigit() and len(value) < 4 else None


def load_preview(request: HttpRequest, pk: int) -> HttpResponse:
    load = _load(request, pk)
    table = _table(request)
    shown = uploads.load_preview(load=load, table=table)
    headings, rows = uploads.preview_table(shown.parsed)
    return render(
        request,
        "criteria/load_preview.html",
        {
            "load": load,
            "preview": shown,
            "headings": headings,
            "rows": rows,
            "table": table,
        },
    )


@require_POST
def load_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    load = _load(request, pk)
    try:
        result = uploads.load_confirm(
            load=load, user=request.user, table=_table(request)
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        back = reverse("criteria:load_preview", args=[load.pk])
        table = _table(request)
        return redirect(f"{back}?bang={table}" if table else back)
    created = result.criteria_set
    messages.success(
        request,
        f"Đã tạo phiên bản {created.version} của {created.name}: "
        f"{len(result.changes)} thay đổi. Các kết quả đánh giá theo phiên bản trước "
        "được giữ nguyên.",
    )
    return redirect("criteria:set_detail", created.code)


@require_POST
def load_discard(request: HttpRequest, pk: int) -> HttpResponse:
    load = _load(request, pk)
    try:
        uploads.load_discard(load=load, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Đã hủy lần nạp; bộ tiêu chí không thay đổi.")
    return redirect("criteria:load")


def template_download(request: HttpRequest, code: str) -> HttpResponse:
    """The set's Excel template; sets are public, as their pages are."""
    criteria_set = selectors.criteria_set_version(
        code=code, version=requested_version(request)
    )
    name = f"mau-{criteria_set.code}-phien-ban-{criteria_set.version}.xlsx"
    return HttpResponse(
        template_workbook(criteria_set=criteria_set),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def review(request: HttpRequest) -> HttpResponse:
    """What is missing or unchecked, set by set, with a link to fix each."""
    _manager(request)
    sets = list(
        permissions.manageable_sets(request.user)
        .select_related("document", "province")
        .order_by("-period_end", "province__name", "code")
    )
    code = request.GET.get("bo")
    if code:
        sets = [s for s in sets if s.code == code]
        if not sets:
            raise Http404
    return render(
        request,
        "criteria/review.html",
        {"reviews": [selectors.set_review(criteria_set=s) for s in sets], "code": code},
    )


def _checkable(kind: str, pk: int):
    from django.apps import apps

    if kind not in services.CHECKABLE:
        raise Http404
    model = apps.get_model("criteria", services.CHECKABLE[kind])
    return get_object_or_404(model, pk=pk)


def check_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Record the check of one item against its source (the only way an item
    becomes "đã đối chiếu")."""
    _manager(request)
    item = _checkable(kind, pk)
    criteria_set = services.checkable_set(item)
    if not permissions.can_manage_set(request.user, criteria_set):
        raise Http404
    form = CheckForm(
        request.POST or None,
        initial={
            "verified": "1",
            "source_document": item.source_document_id or criteria_set.document_id,
            "source_part": item.source_part,
            "source_locator": item.source_locator,
            "source": item.source,
            "paraphrase": item.paraphrase,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.provenance_check(item=item, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            state = (
                "đã đối chiếu" if form.cleaned_data["verified"] else "chưa đối chiếu"
            )
            messages.success(request, f"Đã ghi nhận: {item} – {state}.")
            return redirect(f"{reverse('criteria:review')}?bo={criteria_set.code}")
    return render(
        request,
        "criteria/check_form.html",
        {"item": item, "kind": kind, "criteria_set": criteria_set, "form": form},
    )


def commune_groups(request: HttpRequest, area_pk: int) -> HttpResponse:
    """A commune's QĐ 51 groups over time, and the form that records a new one."""
    _manager(request)
    area = get_object_or_404(permissions.managed_communes(request.user), pk=area_pk)
    form = CommuneGroupForm(request.POST or None)
    decision = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        facts = form.facts()
        decision = commune_group_rule(facts)
        try:
            assignment = commune_group_assign(
                area=area,
                facts=facts,
                valid_from=data["valid_from"],
                basis=data["basis"],
                group=data["group"],
                user=request.user,
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(
                request,
                f"Đã ghi {area.full_name}: {assignment.get_group_display()} từ "
                f"{assignment.valid_from:%d/%m/%Y}.",
            )
            return redirect("criteria:commune_groups", area.pk)
    return render(
        request,
        "criteria/commune_groups.html",
        {
            "area": area,
            "form": form,
            "decision": decision,
            "assignments": area.group_assignments.select_related("assigned_by"),
        },
    )
