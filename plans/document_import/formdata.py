"""Between the import's forms and its proposal: the proposal as the preview's
initial data, the preview's context (the task table with its match scores),
and the corrected forms read back as a proposal for `plan_import`. Plain
data, no request and no database write."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import import review
from plans.document_import.forms import official_label
from plans.document_import.parsed import ParsedCosigner
from plans.document_import.parser import (
    Basis,
    ParsedPhase,
    ParsedPlan,
    ParsedSection,
    ParsedTarget,
    ParsedTask,
)
from plans.document_import.persons import names_official
from plans.document_import.proposal import (
    CosignerProposal,
    PlanProposal,
    TaskProposal,
)


def initial(proposal: PlanProposal) -> dict:
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
                "official": _official_shown(t)[:255],
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
                "kind": t.kind,
                "lower_is_better": not t.higher_is_better,
                "kind_reason": t.kind_reason,
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
        "cosigners": [
            {
                "include": True,
                "agency": (c.agency.name if c.agency else c.new)[:255],
                "create_agency": c.agency is None and bool(c.new),
                "signing_authority": c.parsed.signing_authority[:100],
                "signer_title": c.parsed.signer_title[:100],
                "signer_name": c.parsed.signer_name[:100],
            }
            for c in proposal.cosigners
        ],
    }


def _official_shown(task) -> str:
    """The official the preview shows: the text as read, name and post;
    but the matched Official's label when the match came from elsewhere
    than the person the text names (the post alone: "Công chức Văn hóa -
    Xã hội" → "Lê Thị Hà – Công chức Văn hóa - Xã hội"; the lead's
    column), so the clerk sees who was matched."""
    written = task.parsed.official_text
    if task.official and not names_official(written, task.official):
        return official_label(task.official)
    return written


def _score(directory, matched: dict, role: str, name: str) -> dict | None:
    """How `name` stands for an agency: the proposal's score while the name
    is the one it proposed (with what the document wrote when only alike),
    100 for a name picked from the list, None for a name with no agency
    (proposed as new)."""
    if not name or directory.agency(name) is None:
        return None
    value, written = matched.get((role, fold(name)), (100, ""))
    return {"score": value, "written": written if value < 100 else ""}


def _task_rows(tasks, directory) -> list[dict]:
    """One row per task form: its match scores and what is not on file."""
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
    return rows


def preview_context(
    head, bases, tasks, targets, phases, sections, cosigners, notes=()
) -> dict:
    """What the preview page draws, from its forms (bound or initial)."""
    source = review.source_load(head["source"].value())
    used = sum(1 for _, where, _ in source if where)
    kept_as_text = review.section_lines(
        [{"body": form["body"].value()} for form in sections]
    )
    directory = tasks.form_kwargs["directory"]
    rows = _task_rows(tasks, directory)
    return {
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
        "cosigners": cosigners,
        "source": [
            {
                "index": i,
                "text": text,
                "used": where,
                "can_become_task": review.can_become_task(where, text, kept_as_text),
            }
            for i, (text, where, _) in enumerate(source)
        ],
        "unplaced_count": len(source) - used,
        "used_share": round(100 * used / len(source)) if source else 100,
        "notes": notes,
    }


def proposal_from_forms(forms_) -> PlanProposal:
    """The validated preview forms as the proposal `plan_import` saves: rows
    left unticked are dropped, units not on file kept as written."""
    head, bases, tasks, targets, phases, sections, cosigners = forms_
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
    cosigner_proposals = []
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
            official_text=d["official"],
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
            d["name"],
            d["quantity"],
            d["unit"],
            "",
            per_village=d["per_village"],
            kind=d["kind"],
            higher_is_better=not d["lower_is_better"],
            kind_reason=d["kind_reason"],
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
    for d in (f.cleaned_data for f in cosigners):
        if not d.get("include"):
            continue
        parsed.cosigners.append(
            ParsedCosigner(
                d["agency"], d["signing_authority"], d["signer_title"], d["signer_name"]
            )
        )
        cosigner_proposals.append(
            CosignerProposal(
                parsed.cosigners[-1],
                d["agency_obj"],
                new="" if d["agency_obj"] else d["agency"],
                create=d["create_agency"],
            )
        )
    proposal = PlanProposal(
        parsed=parsed,
        area=h["area"],
        issuer=h["issuer"],
        issuer_new="" if h["issuer"] else h["issuer_new"],
        cosigners=cosigner_proposals,
        tasks=task_proposals,
    )
    return proposal
