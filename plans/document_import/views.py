"""Upload a plan document, review what was read, then create the plan.

The preview is one form: every field the import filled can be corrected,
and each review action (a line into a task, merge, split, move) is a submit
button that posts the whole form back with its action; the page is drawn
again from what was posted, so nothing typed is lost and nothing is saved
before "Tạo kế hoạch"."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from ntm.documents import read_document, size_check
from plans import selectors
from plans.document_import import formdata, review
from plans.document_import.forms import (
    BasisFormSet,
    CosignerFormSet,
    Directory,
    PhaseFormSet,
    PlanHeadForm,
    SectionFormSet,
    TargetFormSet,
    TaskFormSet,
    UploadForm,
)
from plans.document_import.importing import plan_import
from plans.document_import.kept import kept_remove, kept_save
from plans.document_import.parser import ParsedPlan, parse
from plans.document_import.proposal import (
    area_in_force,
    areas_named,
    plan_place,
    propose,
)
from villages.fields import area_context, validity
from villages.models import Agency, Area, AreaLevel, Official

logger = logging.getLogger(__name__)
NOT_A_PLAN = (
    "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
    "(KẾ HOẠCH, QUYẾT ĐỊNH …), các mục I, II, III hay nhiệm vụ nào."
)
PREFIXES = ("bases", "tasks", "targets", "phases", "sections", "cosigners")


def _allowed(request) -> None:
    if not selectors.can_create_plan(user=request.user):
        raise PermissionDenied(
            "Chỉ công chức xã hoặc quản trị viên được nhập kế hoạch."
        )


def _directory(request) -> Directory:
    agencies = Agency.objects.for_user(request.user).order_by("name")
    return Directory(
        agencies=agencies,
        officials=Official.objects.filter(agency__in=agencies)
        .select_related("agency")
        .order_by("full_name"),
    )


def _forms(request, data=None, *, initial=None, directory=None):
    directory = directory or _directory(request)
    initial = initial or {}
    return (
        PlanHeadForm(
            data, user=request.user, initial=initial.get("head"), prefix="plan"
        ),
        BasisFormSet(data, initial=initial.get("bases"), prefix="bases"),
        TaskFormSet(
            data,
            initial=initial.get("tasks"),
            prefix="tasks",
            form_kwargs={"directory": directory},
        ),
        TargetFormSet(data, initial=initial.get("targets"), prefix="targets"),
        PhaseFormSet(data, initial=initial.get("phases"), prefix="phases"),
        SectionFormSet(data, initial=initial.get("sections"), prefix="sections"),
        CosignerFormSet(
            data,
            initial=initial.get("cosigners"),
            prefix="cosigners",
            form_kwargs={"directory": directory},
        ),
    )


def _preview(request, *forms_, notes=()) -> HttpResponse:
    context = formdata.preview_context(*forms_, notes=notes)
    return render(request, "plans/import_preview.html", context)


def _area(form: UploadForm, parsed: ParsedPlan, user, notes: list) -> Area | None:
    """The chosen area, or the one the document names, among the user's
    areas in force on the plan's date. A chosen unit merged before that date
    gives way to the one that replaced it, and `notes` says so."""
    if chosen := form.cleaned_data.get("area"):
        day = parsed.reference_day
        area = area_in_force(chosen, day, within=Area.objects.editable_by(user))
        if area != chosen:
            notes.append(
                f"{chosen.title_name} thôi hoạt động từ ngày "
                f"{chosen.valid_to:%d/%m/%Y}: kế hoạch ngày {day:%d/%m/%Y} thuộc "
                f"{area.full_name}{f' ({validity(area)})' if validity(area) else ''}, "
                "đơn vị thay thế."
            )
        return area
    # A plan that writes no place and date is from the place its issuer
    # names ("ỦY BAN NHÂN DÂN XÃ SƠN BẰNG"), as of today.
    place = plan_place(parsed)
    if not place:
        form.add_error("area", "Văn bản không ghi địa danh: chọn địa bàn của kế hoạch.")
        return None
    day = parsed.reference_day
    found = areas_named(place, day, within=Area.objects.editable_by(user))
    if len(found) != 1:
        form.add_error("area", _area_problem(place, day, found))
        return None
    return found[0]


def _area_problem(place: str, day, found: list[Area]) -> str:
    """Why the place a plan names gives no one area, in words the user can
    act on: the day it was looked up on (the plan's, or today's for a plan
    with no date) and the areas of that name."""
    when = (
        f"vào ngày của kế hoạch ({day:%d/%m/%Y})"
        if day
        else f"hôm nay ({timezone.localdate():%d/%m/%Y}; văn bản không ghi ngày)"
    )
    if not found:
        return (
            f"Không tìm thấy địa bàn “{place}” còn hiệu lực {when} trong phạm vi "
            "của bạn: chọn địa bàn của kế hoạch."
        )
    names = "; ".join(
        f"{area.full_name} ({', '.join(context)})" if context else area.full_name
        for area in found
        for context in [area_context(area)]
    )
    return (
        f"Có {len(found)} địa bàn tên “{place}” còn hiệu lực {when}: {names}. "
        "Chọn địa bàn của kế hoạch ở ô trên."
    )


def import_upload(request: HttpRequest) -> HttpResponse:
    _allowed(request)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            # The size is known before reading: a 50 MB upload is never held.
            size_check(upload.size)
            document = read_document(upload.name, data := upload.read())
            parsed = parse(document)
        except ValidationError as error:
            form.add_error("file", error)
        except Exception:  # never a traceback for a user's document
            logger.exception("import_upload: %s", upload.name)
            form.add_error(
                "file",
                "Không đọc được cấu trúc văn bản (lỗi của chương trình, đã ghi nhật ký). "
                "Thử lưu lại văn bản dạng .docx hoặc .txt rồi tải lên.",
            )
        else:
            if not parsed.looks_like_a_plan and not parsed.tasks:
                form.add_error("file", NOT_A_PLAN)
            elif area := _area(form, parsed, request.user, notes := []):
                kept_remove(user=request.user, token=form.cleaned_data["kept"])
                proposal = propose(parsed, area=area)
                return _preview(
                    request,
                    *_forms(request, initial=formdata.initial(proposal)),
                    notes=[*notes, *parsed.notes, *proposal.notes],
                )
            else:
                _keep(request, form, upload.name, data)
    return render(request, "plans/import_upload.html", {"form": form})


def _keep(request, form: UploadForm, name: str, data: bytes) -> None:
    """The file was read and only the area is missing: keep it on the server,
    so the page asks for the area alone; a new file replaces a kept one."""
    if form.kept_file is None:
        kept_remove(user=request.user, token=form.cleaned_data["kept"])
        form.show_kept(kept_save(user=request.user, name=name, data=data))


def _state(forms_) -> dict:
    """The posted values of every form, as initial data for the next draw."""
    head, *formsets = forms_
    state = {"head": {name: head[name].value() for name in head.fields}}
    for prefix, formset in zip(PREFIXES, formsets, strict=True):
        state[prefix] = [
            {name: form[name].value() for name in form.fields} for form in formset
        ]
    for task in state["tasks"]:
        # A unit added from the list joins the others.
        if (task.get("coordinating_add") or "").strip():
            task["coordinating"] = "\n".join(
                x
                for x in (
                    (task.get("coordinating") or "").strip(),
                    task["coordinating_add"].strip(),
                )
                if x
            )
        task["coordinating_add"] = ""
    return state


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """A review action, or the plan created from the corrected preview;
    nothing is saved before."""
    _allowed(request)
    forms_ = _forms(request, request.POST)
    action = request.POST.get("action", "")
    if action:
        if not all(formset.management_form.is_valid() for formset in forms_[1:]):
            messages.error(request, "Biểu mẫu gửi lên không đầy đủ; tải lại tệp.")
            return redirect("plans:import")
        state = _state(forms_)
        source = review.source_load(state["head"]["source"])
        message = review.apply(action, state["tasks"], source, state["sections"])
        state["head"]["source"] = review.source_json(source)
        messages.info(request, message)
        directory = forms_[2].form_kwargs["directory"]
        return _preview(request, *_forms(request, initial=state, directory=directory))
    return _confirm(request, forms_)


def _confirm(request, forms_) -> HttpResponse:
    head = forms_[0]
    if not all(f.is_valid() for f in forms_):
        messages.error(
            request, "Còn ô chưa hợp lệ (đánh dấu đỏ bên dưới); chưa lưu gì."
        )
        return _preview(request, *forms_)
    proposal = formdata.proposal_from_forms(forms_)
    h = head.cleaned_data
    try:
        plan = plan_import(
            proposal=proposal,
            user=request.user,
            create_issuer=h["create_issuer"],
            allow_no_tasks=h["no_tasks"],
            year=h["year"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _preview(request, *forms_)
    messages.success(request, _created(plan, proposal))
    return redirect("plans:detail", plan.pk)


def _created(plan, proposal) -> str:
    """What the import made, and the user's next step: a commune's targets
    are then split among its villages; any other plan is checked over."""
    made = [f"{len(proposal.tasks)} nhiệm vụ"]
    if targets := len(proposal.parsed.targets):
        made.append(f"{targets} chỉ tiêu")
    if targets and plan.area.level == AreaLevel.COMMUNE:
        step = "Kiểm tra lại rồi giao chỉ tiêu cho các thôn."
    else:
        step = "Kiểm tra lại nhiệm vụ và thông tin chung của kế hoạch."
    return f"Đã tạo kế hoạch nháp với {', '.join(made)}. {step}"
