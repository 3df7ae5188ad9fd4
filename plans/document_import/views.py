"""Upload a plan document, review what was read, then create the plan.

The preview is one form: every field the import filled can be corrected,
and each review action (a line into a task, merge, split, move) is a submit
button that posts the whole form back with its action; the page is drawn
again from what was posted, so nothing typed is lost and nothing is saved
before "Tạo kế hoạch"."""

from __future__ import annotations

import logging
import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ntm.documents import read_document, size_check
from ntm.text import fold
from plans import selectors
from plans.document_import import review
from plans.document_import.forms import (
    BasisFormSet,
    Directory,
    PhaseFormSet,
    PlanHeadForm,
    SectionFormSet,
    TargetFormSet,
    TaskFormSet,
    UploadForm,
    official_label,
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
from plans.document_import.proposal import (
    PlanProposal,
    TaskProposal,
    area_for,
    propose,
)
from villages.models import Agency, Area, Official

logger = logging.getLogger(__name__)
NOT_A_PLAN = (
    "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
    "(KẾ HOẠCH, QUYẾT ĐỊNH …), các mục I, II, III hay nhiệm vụ nào."
)
PREFIXES = ("bases", "tasks", "targets", "phases", "sections")


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
    )


def _initial(proposal: PlanProposal) -> dict:
    p = proposal.parsed
    return {
        "head": {
            "area": proposal.area.pk,
            "issuer": proposal.issuer.pk if proposal.issuer else None,
            "issuer_new": proposal.issuer_new,
            "create_issuer": bool(proposal.issuer_new),
            "doc_type": p.doc_type or "KH",
            "number": p.number[:10],
            "symbol": p.symbol[:40],
            "title": p.title,
            "place": p.place or proposal.area.name,
            "issued_on": p.issued_on,
            "issue_month": p.issue_month,
            "issue_year": None if p.issued_on else p.issue_year,
            "year": p.plan_year or p.year,
            "signing_authority": p.signing_authority[:100],
            "signer_title": p.signer_title[:100],
            "signer_name": p.signer_name[:100],
            "opening": p.opening,
            "purpose": p.purpose,
            "requirements": p.requirements,
            "budget_total": p.budget_total,
            "budget_text": p.budget_text[:255],
            "report_deadline": p.report_deadline,
            "recipients": "\n".join(p.recipients),
            "source": review.source_dump(p.source),
        },
        "bases": [
            {
                "include": True,
                "implements": b.implements,
                "kind": b.kind,
                "number": b.number[:60],
                "issued_on": b.issued_on,
                "issuer": b.issuer[:200],
                "about": b.about,
            }
            for b in p.bases
        ],
        "tasks": [
            {
                "include": True,
                "number": t.parsed.number[:10],
                "title": t.parsed.title,
                "description": t.parsed.description,
                "time_text": t.parsed.time_text[:255],
                "starts_on": t.parsed.starts_on,
                "ends_on": t.parsed.ends_on,
                "lead": (t.lead.name if t.lead else t.lead_unmatched)[:255],
                "coordinating": "\n".join(
                    [a.name for a in t.coordinating] + t.coordinating_unmatched
                ),
                "official": (
                    official_label(t.official) if t.official else t.parsed.official_text
                )[:255],
                "flags": "\n".join(t.flags),
                "matches": review.match_lines(
                    (t.lead, t.lead_score or 100.0, t.parsed.lead_text)
                    if t.lead
                    else None,
                    t.coordinating_scores,
                ),
                "method": t.parsed.method,
                "participants": t.parsed.participants,
            }
            for t in proposal.tasks
        ],
        "targets": [
            {
                "include": True,
                "name": t.name[:255],
                "quantity": t.quantity,
                "unit": t.unit[:40],
            }
            for t in p.targets
            if t.quantity is not None
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
                "number": s.number[:10],
                "heading": s.heading[:255],
                "body": "\n".join(s.lines),
            }
            for s in p.sections
            if s.kind == "text"
        ],
    }


def _score(directory, matched: dict, role: str, name: str) -> dict | None:
    """How `name` stands for an agency: the proposal's score while the name
    is the one it proposed (with what the document wrote when only alike),
    100 for a name picked from the list, None for a name with no agency
    (proposed as new)."""
    if not name or directory.agency(name) is None:
        return None
    value, written = matched.get((role, fold(name)), (100, ""))
    return {"score": value, "written": written if value < 100 else ""}


def _preview(request, head, bases, tasks, targets, phases, sections, notes=()):
    source = review.source_load(head["source"].value())
    used = sum(1 for _, where, _ in source if where)
    directory = tasks.form_kwargs["directory"]
    rows = []
    for index, form in enumerate(tasks):
        matched = review.match_load(form["matches"].value())
        lead = form["lead"].value() or ""
        units = [
            n.strip(" -;")
            for n in re.split(r"[\n;]", form["coordinating"].value() or "")
            if n.strip(" -;")
        ]
        lines = review.content_lines({"description": form["description"].value()})
        rows.append(
            {
                "form": form,
                "index": index,
                "lead_score": _score(directory, matched, "lead", lead),
                "unit_scores": [
                    {"name": n, **found}
                    for n in units
                    if (found := _score(directory, matched, "coordinating", n))
                ],
                "content_lines": [
                    {"number": k, "text": text[:80]} for k, text in enumerate(lines, 1)
                ],
                "lead_known": bool(directory.agency(lead)),
                "official_known": bool(
                    directory.official(form["official"].value() or "")
                ),
                "unknown_units": [
                    n.strip(" -;")
                    for n in re.split(r"[\n;]", form["coordinating"].value() or "")
                    if n.strip(" -;") and not directory.agency(n.strip(" -;"))
                ],
            }
        )
    return render(
        request,
        "plans/import_preview.html",
        {
            "head": head,
            "bases": bases,
            "tasks": tasks,
            "task_rows": rows,
            "agency_names": sorted(
                {a.name for a in directory.agencies}
                | {a.short_name for a in directory.agencies if a.short_name}
            ),
            "official_names": [official_label(o) for o in directory.officials],
            "targets": targets,
            "phases": phases,
            "sections": sections,
            "source": [
                {"index": i, "text": text, "used": where}
                for i, (text, where, _) in enumerate(source)
            ],
            "unplaced_count": len(source) - used,
            "used_share": round(100 * used / len(source)) if source else 100,
            "notes": notes,
        },
    )


def _area(form: UploadForm, parsed: ParsedPlan, user) -> Area | None:
    """The chosen area, or the one the document names, among the user's
    areas in force on the plan's date."""
    if form.cleaned_data.get("area"):
        return form.cleaned_data["area"]
    if not parsed.place:
        form.add_error("area", "Văn bản không ghi địa danh: chọn địa bàn của kế hoạch.")
        return None
    found = area_for(
        parsed.place, parsed.reference_day, within=Area.objects.editable_by(user)
    )
    if len(found) != 1:
        form.add_error(
            "area",
            f"{'Không tìm thấy' if not found else 'Có nhiều'} địa bàn “{parsed.place}” "
            "trong phạm vi của bạn vào ngày của kế hoạch: chọn địa bàn.",
        )
        return None
    return found[0]


def import_upload(request: HttpRequest) -> HttpResponse:
    _allowed(request)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            # The size is known before reading: a 50 MB upload is never held.
            size_check(upload.size)
            document = read_document(upload.name, upload.read())
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
            elif area := _area(form, parsed, request.user):
                proposal = propose(parsed, area=area)
                return _preview(
                    request,
                    *_forms(request, initial=_initial(proposal)),
                    notes=[*parsed.notes, *proposal.notes],
                )
    return render(request, "plans/import_upload.html", {"form": form})


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
        message = review.apply(action, state["tasks"], source)
        state["head"]["source"] = review.source_json(source)
        messages.info(request, message)
        directory = forms_[2].form_kwargs["directory"]
        return _preview(request, *_forms(request, initial=state, directory=directory))
    return _confirm(request, forms_)


def _confirm(request, forms_) -> HttpResponse:
    head, bases, tasks, targets, phases, sections = forms_
    if not all(f.is_valid() for f in forms_):
        messages.error(
            request, "Còn ô chưa hợp lệ (đánh dấu đỏ bên dưới); chưa lưu gì."
        )
        return _preview(request, *forms_)
    h = head.cleaned_data
    parsed = ParsedPlan(
        doc_type=h["doc_type"] or "KH",
        number=h["number"],
        symbol=h["symbol"],
        place=h["place"],
        issued_on=h["issued_on"],
        issue_month=None if h["issued_on"] else h["issue_month"],
        issue_year=None if h["issued_on"] else h["issue_year"],
        title=h["title"],
        opening=h["opening"],
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
        unknown = d["coordinating_unknown"]
        task = ParsedTask(
            number=d["number"],
            title=d["title"],
            description=d["description"],
            time_text=d["time_text"],
            starts_on=d["starts_on"],
            ends_on=d["ends_on"],
            method=d["method"],
            # Units not on file stay as written with the people taking part.
            participants="\n".join(
                x
                for x in (
                    d["participants"],
                    "Đơn vị phối hợp chưa có trong hệ thống: " + "; ".join(unknown)
                    if unknown
                    else "",
                )
                if x
            ),
            official_text="" if d["official_obj"] else d["official"],
        )
        parsed.tasks.append(task)
        task_proposals.append(
            TaskProposal(
                parsed=task,
                lead=d["lead_agency"],
                lead_unmatched="" if d["lead_agency"] else d["lead"],
                official=d["official_obj"],
                coordinating=d["coordinating_agencies"],
            )
        )
    parsed.targets = [
        ParsedTarget(
            d["name"], d["quantity"], d["unit"], "", per_village=d["per_village"]
        )
        for d in (f.cleaned_data for f in targets)
        if d.get("include")
    ]
    parsed.phases = [
        ParsedPhase(d["name"], d["starts_on"], d["ends_on"])
        for d in (f.cleaned_data for f in phases)
        if d.get("include")
    ]
    parsed.issue_year = parsed.issue_year or (h["year"] if not h["issued_on"] else None)
    proposal = PlanProposal(
        parsed=parsed,
        area=h["area"],
        issuer=h["issuer"],
        issuer_new="" if h["issuer"] else h["issuer_new"],
        tasks=task_proposals,
    )
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
    messages.success(
        request,
        f"Đã tạo kế hoạch nháp với {len(task_proposals)} nhiệm vụ, {len(parsed.targets)} chỉ tiêu. "
        "Kiểm tra lại rồi giao chỉ tiêu cho các thôn.",
    )
    return redirect("plans:detail", plan.pk)
