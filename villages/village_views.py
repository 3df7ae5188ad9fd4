"""Villages of a commune: entered in the browser or imported from Excel, by
the commune or the province on its behalf (villages/village_entry.py)."""

from __future__ import annotations

import functools

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from ntm import uploads
from villages import village_entry
from villages.models import Area, AreaLevel

CHECKED_KEY = "villages:village_import_checked:{pk}"


class VillageForm(forms.Form):
    kind = forms.ChoiceField(
        label="Loại",
        choices=[(k, k.capitalize()) for k in village_entry.VILLAGE_KINDS],
        initial="thôn",
    )
    name = forms.CharField(
        label="Tên",
        max_length=150,
        error_messages={"required": "Hãy ghi tên thôn."},
        help_text="Ví dụ: Nà Lài (hoặc ghi cả “Bản Nà Lài”).",
    )
    valid_to = forms.DateField(
        label="Thôi hoạt động sau ngày",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Chỉ ghi khi thôn đã sáp nhập hoặc giải thể.",
    )

    def __init__(self, *args, ending=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not ending:
            del self.fields["valid_to"]
        for field in self.fields.values():
            css = (
                "form-select"
                if isinstance(field, forms.ChoiceField)
                else "form-control"
            )
            field.widget.attrs["class"] = f"{css} {css}-lg"


class VillageImportForm(forms.Form):
    file = uploads.excel_file_field(
        "Hãy chọn tệp Excel danh sách thôn.",
        accept=".xlsx",
        css="form-control form-control-lg",
    )


def _errors_to(form, error: ValidationError) -> None:
    """A service's refusal on the form's fields (above it when it names no
    field of the form); everything typed stays."""
    for field, texts in error.message_dict.items():
        for text in texts:
            form.add_error(field if field in form.fields else None, text)


def _area(request, pk: int, *, commune_only: bool = False) -> Area:
    scope = village_entry.villages_scope(request.user)
    if commune_only:
        scope = scope.filter(level=AreaLevel.COMMUNE)
    else:
        scope = scope.exclude(level=AreaLevel.VILLAGE)
    return get_object_or_404(scope, pk=pk)


def village_list(request: HttpRequest, pk: int) -> HttpResponse:
    commune = _area(request, pk, commune_only=True)
    form = VillageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            village = village_entry.village_create(
                user=request.user,
                commune=commune,
                kind=form.cleaned_data["kind"],
                name=form.cleaned_data["name"],
            )
        except ValidationError as error:
            _errors_to(form, error)
        else:
            messages.success(request, f"Đã thêm {village.full_name}.")
            return redirect("village_list", pk=commune.pk)
    villages = list(
        commune.children.filter(level=AreaLevel.VILLAGE).order_by("valid_to", "name")
    )
    return render(
        request,
        "villages/village_list.html",
        {"commune": commune, "villages": villages, "form": form},
        status=422 if form.errors else 200,
    )


def village_edit(request: HttpRequest, pk: int, village_pk: int) -> HttpResponse:
    commune = _area(request, pk, commune_only=True)
    village = get_object_or_404(
        commune.children.filter(level=AreaLevel.VILLAGE), pk=village_pk
    )
    form = VillageForm(
        request.POST or None,
        ending=True,
        initial={
            "kind": village.kind,
            "name": village.name,
            "valid_to": village.valid_to,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            village_entry.village_update(
                user=request.user,
                village=village,
                kind=form.cleaned_data["kind"],
                name=form.cleaned_data["name"],
                valid_to=form.cleaned_data["valid_to"],
            )
        except ValidationError as error:
            _errors_to(form, error)
        else:
            messages.success(request, f"Đã lưu {village.full_name}.")
            return redirect("village_list", pk=commune.pk)
    return render(
        request,
        "villages/village_form.html",
        {"commune": commune, "village": village, "form": form},
        status=422 if form.errors else 200,
    )


@require_GET
def village_template(request: HttpRequest, pk: int) -> FileResponse:
    area = _area(request, pk)
    return uploads.workbook_download(
        village_entry.template_workbook(user=request.user, area=area),
        village_entry.TEMPLATE_FILENAME,
    )


@uploads.size_guarded
def village_import(request: HttpRequest, pk: int) -> HttpResponse:
    area = _area(request, pk)
    page = uploads.import_page(
        request,
        VillageImportForm,
        key=CHECKED_KEY.format(pk=area.pk),
        empty_result=lambda: village_entry.VillageImportResult(dry_run=True),
        run=functools.partial(
            village_entry.village_import, user=request.user, area=area
        ),
        button="Kiểm tra thử",
        changes="new",
    )
    if page.result is not None and page.result.applied:
        messages.success(request, f"Đã thêm {len(page.result.new)} thôn.")
    return render(
        request,
        "villages/village_import.html",
        {
            "area": area,
            "form": page.form,
            "result": page.result,
            "checked_kept": page.checked_kept,
        },
        status=page.status,
    )
