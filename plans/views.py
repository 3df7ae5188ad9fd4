"""Plan pages. Reads start from Plan.objects.for_user(); writes from
Plan.objects.editable_by(). A plan outside the user's scope is a 404; a plan
the user may read but not change (a reviewer's) answers 403 to a write."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget

from ntm.numbers import parse_number
from plans import selectors, services
from plans.forms import (
    AgencyQuickAddForm,
    BasisFormSet,
    CosignerFormSet,
    FundingFormSet,
    GoalFormSet,
    PhaseFormSet,
    PlanForm,
    PlanSectionForm,
    TargetForm,
    TaskForm,
)
from plans.kinds import propose_kind
from plans.models import Counting, Plan, PlanSection, Target, Task
from villages.models import Area


def editable_plan(request: HttpRequest, pk: int) -> Plan:
    plan = get_object_or_404(
        Plan.objects.for_user(request.user).select_related("area", "criteria_set"),
        pk=pk,
    )
    if not Plan.objects.editable_by(request.user).filter(pk=pk).exists():
        raise PermissionDenied("Bạn chỉ được xem kế hoạch này.")
    return plan


def _form_errors_to(form, error: ValidationError | services.ConflictError) -> None:
    """Show a service's refusal above the form, which keeps everything typed."""
    texts = error.messages if isinstance(error, ValidationError) else [str(error)]
    for text in texts:
        form.add_error(None, text)


def plan_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "plans/plan_list.html",
        {
            "plans": selectors.plan_list(user=request.user),
            "can_create": selectors.can_create_plan(user=request.user),
        },
    )


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return render(
        request,
        "plans/plan_detail.html",
        {"doc": selectors.plan_document(user=request.user, pk=pk)},
    )


def plan_gaps(request: HttpRequest, pk: int) -> HttpResponse:
    """Each goal's distance to its criteria, with the tasks and targets that
    work on what is missing."""
    plan = get_object_or_404(
        Plan.objects.for_user(request.user).select_related("area"), pk=pk
    )
    gaps = selectors.goal_gaps(plan=plan, on=timezone.localdate())
    # A village head reads the plan of their commune but the criteria board
    # of their own village only: no link to a board that would answer 404.
    visible = set(
        Area.objects.for_user(request.user)
        .filter(pk__in={item.goal.area_id for item in gaps})
        .values_list("pk", flat=True)
    )
    return render(
        request,
        "plans/plan_gaps.html",
        {"plan": plan, "gaps": gaps, "visible": visible},
    )


def plan_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_create_plan(user=request.user):
        raise PermissionDenied("Chỉ công chức xã hoặc quản trị viên được lập kế hoạch.")
    form = PlanForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = {
            k: v
            for k, v in form.cleaned_data.items()
            if k not in {"version", "recipients_text"}
        }
        try:
            plan = services.plan_create(
                user=request.user,
                recipients_text=form.cleaned_data["recipients_text"],
                **data,
            )
        except ValidationError as error:
            _form_errors_to(form, error)
        else:
            messages.success(
                request, "Đã lưu kế hoạch. Tiếp theo: thêm nhiệm vụ và chỉ tiêu."
            )
            return redirect("plans:detail", plan.pk)
    return render(request, "plans/plan_form.html", {"form": form})


def _cite_bases(bases) -> None:
    """Every basis line to be saved (changed, not deleted) through
    services.basis_cited: outside documents typed on it on file first."""
    for form in bases.forms:
        if form.has_changed() and not form.cleaned_data.get("DELETE"):
            services.basis_cited(basis=form.instance, new_document=form.new_document)


def _plan_formsets(data, *, plan: Plan, user) -> dict:
    """The edit page's inline formsets, by prefix. The plan instance is shared
    with the plan form, so a line checked against the issuer (a cosigner)
    sees the issuer posted with it."""
    kwargs = {"form_kwargs": {"user": user, "plan": plan}}
    return {
        "bases": BasisFormSet(data, instance=plan, prefix="bases", **kwargs),
        "goals": GoalFormSet(data, instance=plan, prefix="goals", **kwargs),
        "funding": FundingFormSet(data, instance=plan, prefix="funding"),
        "cosigners": CosignerFormSet(data, instance=plan, prefix="cosigners", **kwargs),
    }


def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    data = request.POST or None
    form = PlanForm(data, instance=plan, user=request.user)
    formsets = _plan_formsets(data, plan=plan, user=request.user)
    if data:
        # The saves (outside documents typed on basis lines included) happen in
        # one transaction that is undone unless everything holds.
        with transaction.atomic():
            valid = all([form.is_valid(), *(f.is_valid() for f in formsets.values())])
            if not valid:
                transaction.set_rollback(True)
            else:
                try:
                    services.plan_update(
                        plan=form.instance,
                        version=form.cleaned_data["version"] or 0,
                        recipients_text=form.cleaned_data["recipients_text"],
                    )
                    _cite_bases(formsets["bases"])
                    for formset in formsets.values():
                        formset.save()
                except (ValidationError, services.ConflictError) as error:
                    transaction.set_rollback(True)
                    _form_errors_to(form, error)
                else:
                    messages.success(request, "Đã lưu thay đổi.")
                    return redirect("plans:detail", plan.pk)
    status = 422 if data else 200
    return render(
        request,
        "plans/plan_form.html",
        {"form": form, "plan": plan, **formsets},
        status=status,
    )


# ── Tasks: one page, edited inline with htmx (and plain forms without it) ──


def _tasks_context(request, plan, form=None, editing=None):
    return {
        "plan": plan,
        "tasks": selectors.plan_tasks(plan=plan),
        "form": form
        or TaskForm(
            plan=plan,
            user=request.user,
            initial={"number": selectors.next_task_number(plan=plan)},
        ),
        "editing": editing,
        "agency_form": AgencyQuickAddForm(plan=plan, user=request.user),
    }


def _tasks_changed(request, plan, fragment: str, done: str = "") -> HttpResponse:
    """After a change to the tasks: htmx gets the page's `fragment` again; a
    plain form goes back to the tasks page, `done` as its message."""
    if request.htmx:
        return render(
            request, f"plans/task_list.html#{fragment}", _tasks_context(request, plan)
        )
    if done:
        messages.success(request, done)
    return redirect("plans:tasks", plan.pk)


def task_list(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return render(request, "plans/task_list.html", _tasks_context(request, plan))


def _task_save(request, plan, task, form) -> HttpResponse | None:
    if not form.is_valid():
        return None
    try:
        services.task_save(
            plan=plan,
            task=form.instance,
            version=form.cleaned_data.get("version"),
            coordinating_agencies=form.cleaned_data["coordinating_agencies"],
            indicators=form.cleaned_data["indicators"],
        )
    except (ValidationError, services.ConflictError) as error:
        _form_errors_to(form, error)
        return None
    # htmx: the list with the new row, and a fresh form swapped in out of band.
    return _tasks_changed(
        request, plan, "task_saved", f"Đã lưu nhiệm vụ {form.instance.number}."
    )


@require_POST
def task_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    form = TaskForm(request.POST, plan=plan, user=request.user)
    response = _task_save(request, plan, Task(), form)
    if response:
        return response
    return _task_form_response(request, plan, form, editing=None, status=422)


def task_edit(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    task = get_object_or_404(plan.tasks, pk=task_pk)
    form = TaskForm(request.POST or None, instance=task, plan=plan, user=request.user)
    if request.method == "POST":
        response = _task_save(request, plan, task, form)
        if response:
            return response
    return _task_form_response(
        request,
        plan,
        form,
        editing=task,
        status=422 if request.method == "POST" else 200,
    )


def _task_form_response(request, plan, form, *, editing, status) -> HttpResponse:
    """The task form again, with everything typed and the errors beside it.
    htmx swaps only 2xx answers, so it gets 200 and is pointed at the form."""
    context = _tasks_context(request, plan, form=form, editing=editing)
    if request.htmx:
        response = render(request, "plans/task_list.html#task_form", context)
        return retarget(reswap(response, "outerHTML"), "#task-form")
    return render(request, "plans/task_list.html", context, status=status)


@require_POST
def task_move(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    task = get_object_or_404(plan.tasks, pk=task_pk)
    services.task_move(
        task=task, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    return _tasks_changed(request, plan, "task_table")


@require_POST
def task_delete(request: HttpRequest, pk: int, task_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    task = get_object_or_404(plan.tasks, pk=task_pk)
    try:
        services.task_delete(task=task)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        if request.htmx:
            # The page's messages live outside the list: reload the whole page.
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return redirect("plans:tasks", plan.pk)
    return _tasks_changed(
        request, plan, "task_table", f"Đã xóa nhiệm vụ {task.number}."
    )


@require_POST
def agency_quick_add(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    form = AgencyQuickAddForm(request.POST, plan=plan, user=request.user)
    agency = None
    if form.is_valid():
        try:
            agency = services.agency_quick_add(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors_to(form, error)
    if not request.htmx:
        if agency:
            messages.success(request, f"Đã thêm “{agency.name}”.")
        else:
            messages.error(
                request, " ".join(m for errors in form.errors.values() for m in errors)
            )
        return redirect("plans:tasks", plan.pk)
    context = {
        **_tasks_context(request, plan),
        "agency_form": form
        if agency is None
        else AgencyQuickAddForm(plan=plan, user=request.user),
        "added": agency,
    }
    # 200 even when refused: htmx swaps only 2xx answers, and the form with its
    # message must replace the old one.
    return render(request, "plans/task_list.html#agency_quick_add", context)


# ── Targets and their split across villages ──


def target_list(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return render(
        request,
        "plans/target_list.html",
        {"plan": plan, "table": selectors.target_table(plan=plan)},
    )


def _target_form_view(request, plan, target: Target) -> HttpResponse:
    form = TargetForm(request.POST or None, instance=target, plan=plan)
    proposal = None
    if request.method == "POST" and form.is_valid() and (found := form.kind_proposal()):
        # A new target whose wording says another kind than the form holds:
        # sent back once with that kind chosen, saved at the next press.
        proposal, posted = found
        form = TargetForm(posted, instance=target, plan=plan)
        form.is_valid()
    elif request.method == "POST" and form.is_valid():
        try:
            services.target_save(
                plan=plan,
                target=form.instance,
                user=request.user,
                version=form.cleaned_data.get("version"),
                allocations=form.allocations(),
                indicators=form.cleaned_data["indicators"],
                reason=form.cleaned_data.get("reason", ""),
            )
        except (ValidationError, services.ConflictError) as error:
            _form_errors_to(form, error)
        else:
            messages.success(request, f"Đã lưu chỉ tiêu “{form.instance.name}”.")
            return redirect("plans:targets", plan.pk)
    status = 422 if request.method == "POST" and not proposal else 200
    revisions = target.revisions.select_related("changed_by")[:20] if target.pk else []
    return render(
        request,
        "plans/target_form.html",
        {
            "plan": plan,
            "form": form,
            "target": target,
            "revisions": revisions,
            "proposal": proposal,
        },
        status=status,
    )


def target_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return _target_form_view(request, plan, Target(plan=plan))


def target_kind(request: HttpRequest, pk: int) -> JsonResponse:
    """The kind proposed for the wording typed so far (plans.kinds), for the
    new-target form's script to preselect while the official types."""
    editable_plan(request, pk)
    name, unit = request.GET.get("name", "")[:255], request.GET.get("unit", "")[:40]
    try:
        quantity = parse_number(request.GET.get("quantity", "")[:30])
    except ValidationError:
        quantity = None
    proposal = propose_kind(name, unit, quantity)
    return JsonResponse(
        {
            "kind": proposal.kind,
            "label": proposal.label,
            "reason": proposal.reason,
            **proposal.fields(unit=unit, counting=Counting.INCREMENT),
        }
    )


def target_edit(request: HttpRequest, pk: int, target_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    target = get_object_or_404(
        plan.targets.prefetch_related("allocations"), pk=target_pk
    )
    return _target_form_view(request, plan, target)


def phase_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    formset = PhaseFormSet(request.POST or None, instance=plan)
    if request.method == "POST" and formset.is_valid():
        formset.save()
        messages.success(request, "Đã lưu các đợt cao điểm.")
        return redirect("plans:detail", plan.pk)
    return render(
        request,
        "plans/phase_form.html",
        {"plan": plan, "formset": formset},
        status=422 if request.method == "POST" else 200,
    )


# ── Sections of the text ("IV. TỔ CHỨC THỰC HIỆN"): list, form, move, delete ──


def section_list(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return render(
        request,
        "plans/section_list.html",
        {"plan": plan, "sections": list(plan.sections.all())},
    )


def _section_form_view(request, plan, section: PlanSection) -> HttpResponse:
    form = PlanSectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        try:
            services.section_save(
                plan=plan, section=form.instance, version=form.cleaned_data["version"]
            )
        except (ValidationError, services.ConflictError) as error:
            _form_errors_to(form, error)
        else:
            messages.success(request, f"Đã lưu mục “{form.instance}”.")
            return redirect("plans:sections", plan.pk)
    return render(
        request,
        "plans/section_form.html",
        {"plan": plan, "form": form, "section": section},
        status=422 if request.method == "POST" else 200,
    )


def section_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return _section_form_view(request, plan, PlanSection(plan=plan))


def section_edit(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    return _section_form_view(
        request, plan, get_object_or_404(plan.sections, pk=section_pk)
    )


@require_POST
def section_move(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    section = get_object_or_404(plan.sections, pk=section_pk)
    direction = "up" if request.POST.get("direction") == "up" else "down"
    services.section_move(section=section, direction=direction)
    return redirect(f"{reverse('plans:sections', args=[plan.pk])}#muc-{section.pk}")


def section_delete(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    """GET asks to confirm (the text is gone for good); POST deletes."""
    plan = editable_plan(request, pk)
    section = get_object_or_404(plan.sections, pk=section_pk)
    if request.method == "POST":
        version = request.POST.get("version", "")
        try:
            services.section_delete(
                section=section, version=int(version) if version.isdigit() else None
            )
        except services.ConflictError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã xóa mục “{section}”.")
            return redirect("plans:sections", plan.pk)
        section.refresh_from_db()
    return render(
        request, "plans/section_confirm_delete.html", {"plan": plan, "section": section}
    )
