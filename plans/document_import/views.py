"""Upload a plan document, correct what was read, then create the plan."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from plans import selectors
from plans.document_import.forms import (
    BasisFormSet,
    PhaseFormSet,
    PlanHeadForm,
    SectionFormSet,
    TargetFormSet,
    TaskFormSet,
    UploadForm,
)
from plans.document_import.importing import plan_import
from plans.document_import.parser import (
    Basis,
    ParsedPhase,
    ParsedPlan,
    ParsedSection,
    ParsedTarget,
    ParsedTask,
    parse,
)
from plans.document_import.proposal import PlanProposal, TaskProposal, propose
from plans.document_import.reader import read_lines, size_check
from villages.models import Agency


def _allowed(request) -> None:
    if not selectors.can_create_plan(user=request.user):
        raise PermissionDenied(
            "Chỉ công chức xã hoặc quản trị viên được nhập kế hoạch."
        )


def _forms(request, data=None, *, initial=None):
    agencies = Agency.objects.for_user(request.user).order_by("name")
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
            form_kwargs={"agencies": agencies},
        ),
        TargetFormSet(data, initial=initial.get("targets"), prefix="targets"),
        PhaseFormSet(data, initial=initial.get("phases"), prefix="phases"),
        SectionFormSet(data, initial=initial.get("sections"), prefix="sections"),
    )


def _initial(proposal: PlanProposal, lines: list[str]) -> dict:
    p = proposal.parsed
    return {
        "head": {
            "area": proposal.area.pk,
            "issuer": proposal.issuer.pk if proposal.issuer else None,
            "number": p.number,
            "symbol": p.symbol,
            "title": p.title,
            "place": p.place,
            "issued_on": p.issued_on,
            "issue_month": p.issue_month,
            "issue_year": (p.issued_on.year if p.issued_on else p.issue_year),
            "signing_authority": p.signing_authority,
            "signer_title": p.signer_title,
            "signer_name": p.signer_name,
            "purpose": p.purpose,
            "requirements": p.requirements,
            "budget_total": p.budget_total,
            "budget_text": p.budget_text[:255],
            "report_deadline": p.report_deadline,
            "recipients": "\n".join(p.recipients),
            "source": "\n".join(lines),
        },
        "bases": [
            {
                "include": True,
                "implements": b.implements,
                "kind": b.kind,
                "number": b.number,
                "issued_on": b.issued_on,
                "issuer": b.issuer[:200],
                "about": b.about,
            }
            for b in p.bases
        ],
        "tasks": [
            {
                "include": True,
                "number": t.parsed.number,
                "title": t.parsed.title,
                "description": t.parsed.description,
                "time_text": t.parsed.time_text,
                "starts_on": t.parsed.starts_on,
                "ends_on": t.parsed.ends_on,
                "lead": t.lead.pk if t.lead else None,
                "lead_unmatched": t.lead_unmatched,
                "coordinating": [a.pk for a in t.coordinating],
                "coordinating_unmatched": "; ".join(t.coordinating_unmatched),
                "method": t.parsed.method,
                "participants": t.parsed.participants,
            }
            for t in proposal.tasks
        ],
        "targets": [
            {"include": True, "name": t.name, "quantity": t.quantity, "unit": t.unit}
            for t in p.targets
        ],
        "phases": [
            {
                "include": True,
                "name": ph.name,
                "starts_on": ph.starts_on,
                "ends_on": ph.ends_on,
            }
            for ph in p.phases
        ],
        "sections": [
            {
                "include": True,
                "number": s.number,
                "heading": s.heading[:255],
                "body": "\n".join(s.lines),
            }
            for s in p.sections
            if s.kind == "text"
        ],
    }


def _preview(request, head, bases, tasks, targets, phases, sections):
    lines = (head["source"].value() or "").splitlines()
    unplaced = set(parse(lines).unplaced) if lines else set()
    return render(
        request,
        "plans/import_preview.html",
        {
            "head": head,
            "bases": bases,
            "tasks": tasks,
            "targets": targets,
            "phases": phases,
            "sections": sections,
            "source": [(line, line in unplaced) for line in lines],
            "unplaced_count": len(unplaced),
        },
    )


def import_upload(request: HttpRequest) -> HttpResponse:
    _allowed(request)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            # The size is known before reading: a 50 MB upload is never held.
            size_check(upload.size)
            lines = read_lines(upload.read())
        except ValidationError as error:
            form.add_error("file", error)
        else:
            parsed = parse(lines)
            if not parsed.looks_like_a_plan:
                form.add_error(
                    "file",
                    "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
                    "(KẾ HOẠCH, QUYẾT ĐỊNH …) hoặc các mục I, II, III.",
                )
            else:
                proposal = propose(parsed, area=form.cleaned_data["area"])
                return _preview(
                    request, *_forms(request, initial=_initial(proposal, lines))
                )
    return render(request, "plans/import_upload.html", {"form": form})


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """Create the plan from the corrected preview; nothing is saved before."""
    _allowed(request)
    forms_ = _forms(request, request.POST)
    head, bases, tasks, targets, phases, sections = forms_
    if not all(f.is_valid() for f in forms_):
        messages.error(
            request, "Còn ô chưa hợp lệ (đánh dấu đỏ bên dưới); chưa lưu gì."
        )
        return _preview(request, *forms_)
    h = head.cleaned_data
    source_lines = (h["source"] or "").splitlines()
    reparsed = parse(source_lines) if source_lines else ParsedPlan()
    parsed = ParsedPlan(
        doc_type=reparsed.doc_type or "KH",
        number=h["number"],
        symbol=h["symbol"],
        place=h["place"],
        issued_on=h["issued_on"],
        issue_month=None if h["issued_on"] else h["issue_month"],
        issue_year=None if h["issued_on"] else h["issue_year"],
        title=h["title"],
        bases=[
            Basis(
                kind=d["kind"],
                number=d["number"],
                issued_on=d["issued_on"],
                issuer=d["issuer"],
                about=d["about"],
                text="",
                implements=d["implements"],
            )
            for d in (f.cleaned_data for f in bases)
            if d.get("include")
        ],
        sections=[
            ParsedSection(
                number=d["number"],
                heading=d["heading"],
                lines=d["body"].splitlines(),
            )
            for d in (f.cleaned_data for f in sections)
            if d.get("include")
        ],
        report_deadline=h["report_deadline"],
        purpose=h["purpose"],
        requirements=h["requirements"],
        budget_total=h["budget_total"],
        budget_text=h["budget_text"],
        signing_authority=h["signing_authority"],
        signer_title=h["signer_title"],
        signer_name=h["signer_name"],
        recipients=[
            line.strip() for line in h["recipients"].splitlines() if line.strip()
        ],
    )
    task_proposals = []
    for form in tasks:
        d = form.cleaned_data
        if not d.get("include"):
            continue
        task = ParsedTask(
            number=d["number"],
            title=d["title"],
            description=d["description"],
            time_text=d["time_text"],
            starts_on=d["starts_on"],
            ends_on=d["ends_on"],
            method=d["method"],
            participants=d["participants"],
        )
        parsed.tasks.append(task)
        task_proposals.append(
            TaskProposal(
                parsed=task,
                lead=d["lead"],
                lead_unmatched="" if d["lead"] else d["lead_unmatched"],
                coordinating=list(d["coordinating"]),
            )
        )
    parsed.targets = [
        ParsedTarget(d["name"], d["quantity"], d["unit"], "")
        for d in (f.cleaned_data for f in targets)
        if d.get("include")
    ]
    parsed.phases = [
        ParsedPhase(d["name"], d["starts_on"], d["ends_on"])
        for d in (f.cleaned_data for f in phases)
        if d.get("include")
    ]
    proposal = PlanProposal(
        parsed=parsed, area=h["area"], issuer=h["issuer"], tasks=task_proposals
    )
    try:
        plan = plan_import(proposal=proposal, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _preview(request, *forms_)
    messages.success(
        request,
        f"Đã tạo kế hoạch nháp với {len(task_proposals)} nhiệm vụ, {len(parsed.targets)} chỉ tiêu. "
        "Kiểm tra lại rồi giao chỉ tiêu cho các thôn.",
    )
    return redirect("plans:detail", plan.pk)
