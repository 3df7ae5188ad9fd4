"""Create a plan from a confirmed proposal, in one transaction: the plan, its
bases, purpose and requirements, numbered sections, tasks with their matched
units, officials and indicators, targets, phases and recipients. A unit that
matched nothing is never created: its name stays in the task's "người phụ
trách" text."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from criteria.models import LegalDocument
from plans.document_import.matching import key
from plans.document_import.proposal import PlanProposal
from plans.models import (
    BasisRelation,
    Phase,
    Plan,
    PlanBasis,
    PlanSection,
    Target,
    Task,
)
from plans.services import plan_create, recipients_replace, task_save

KINDS = {
    "Kế hoạch": "KH",
    "Quyết định": "QĐ",
    "Công văn": "CV",
    "Nghị quyết": "NQ",
    "Thông tư": "TT",
    "Chỉ thị": "CT",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Thông báo": "TB",
    "Nghị định": "NĐ",
    "Luật": "L",
}


def _known_document(basis) -> LegalDocument | None:
    """The document already on file under this number from the same issuer,
    however the issuer is written ("UBND huyện" and "Ủy ban nhân dân huyện"
    are one body). A citation that names no issuer takes the only document
    with its number, or the only one of its date."""
    candidates = list(
        LegalDocument.objects.filter(number__iexact=basis.number).order_by("pk")
    )
    if basis.issuer:
        wanted = key(basis.issuer)
        same = [d for d in candidates if key(d.issuer) == wanted]
        return same[0] if same else None
    if basis.issued_on and len(candidates) > 1:
        candidates = [d for d in candidates if d.issued_on == basis.issued_on]
    return candidates[0] if len(candidates) == 1 else None


def _basis(plan: Plan, order: int, basis, user) -> PlanBasis:
    source = (
        Plan.objects.for_user(user)
        .filter(
            number=basis.number.split("/")[0],
            symbol="/".join(basis.number.split("/")[1:]),
        )
        .first()
        if basis.kind == "Kế hoạch" and "/" in basis.number
        else None
    )
    document = None
    if source is None:
        document = _known_document(basis) or LegalDocument.objects.create(
            number=basis.number,
            issuer=basis.issuer[:200],
            doc_type=KINDS.get(basis.kind, ""),
            issued_on=basis.issued_on,
            title=basis.about[:500],
            verified=False,
            source=f"Trích dẫn trong kế hoạch số {plan.reference}",
        )
    return PlanBasis.objects.create(
        plan=plan,
        order=order,
        relation=BasisRelation.IMPLEMENTS
        if basis.implements
        else BasisRelation.BASED_ON,
        source_plan=source,
        document=document,
        text=f"về {basis.about}" if basis.about else "",
    )


@transaction.atomic
def plan_import(*, proposal: PlanProposal, user) -> Plan:
    parsed = proposal.parsed
    if not parsed.looks_like_a_plan:
        raise ValidationError(
            "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
            "(KẾ HOẠCH, QUYẾT ĐỊNH …) hoặc các mục I, II, III."
        )
    if proposal.issuer is None:
        raise ValidationError(
            "Không xác định được cơ quan ban hành kế hoạch. Chọn cơ quan ban hành rồi nhập lại."
        )
    day = parsed.reference_day
    plan = plan_create(
        user=user,
        area=proposal.area,
        issuing_agency=proposal.issuer,
        doc_type=parsed.doc_type or "KH",
        number=parsed.number[:10],
        symbol=parsed.symbol[:40] or "KH",
        year=(day.year if day else None) or parsed.issue_year,
        title=parsed.title or "(chưa có trích yếu)",
        place=parsed.place[:100] or proposal.area.name,
        issued_on=parsed.issued_on,
        issue_month=parsed.issue_month,
        issue_year=parsed.issue_year,
        budget_total=parsed.budget_total,
        budget_text=parsed.budget_text[:255],
        signing_authority=parsed.signing_authority[:100],
        signer_title=parsed.signer_title[:100],
        signer_name=parsed.signer_name[:100],
        final_report_on=parsed.report_deadline,
        purpose=parsed.purpose,
        requirements=parsed.requirements,
        criteria_set=proposal.criteria_set,
        recipients_text="",
    )
    for order, basis in enumerate(parsed.bases, start=1):
        _basis(plan, order, basis, user)
    # Parts the structure does not hold ("IV. TỔ CHỨC THỰC HIỆN") stay as the
    # plan's numbered sections.
    texts = [section for section in parsed.sections if section.kind == "text"]
    for order, section in enumerate(texts, start=1):
        PlanSection.objects.create(
            plan=plan,
            order=order,
            number=section.number,
            heading=section.heading[:255],
            body="\n".join(section.lines),
        )
    for order, item in enumerate(proposal.tasks, start=1):
        task = item.parsed
        task_save(
            plan=plan,
            task=Task(
                plan=plan,
                order=order,
                number=task.number[:10],
                title=task.title,
                description=task.description,
                time_text=task.time_text[:255],
                starts_on=task.starts_on,
                ends_on=task.ends_on,
                lead_agency=item.lead,
                responsible_official=item.official,
                # A unit or person the system does not know stays as written.
                responsible_text=(
                    item.official.full_name if item.official else item.lead_unmatched
                )[:255],
                method=task.method,
                participants=task.participants,
            ),
            version=None,
            coordinating_agencies=item.coordinating,
            indicators=item.indicators,
        )
    for order, target in enumerate(parsed.targets, start=1):
        row = Target(
            plan=plan,
            order=order,
            name=target.name[:255],
            unit=target.unit[:40],
            quantity=target.quantity,
        )
        row.full_clean()
        row.save()
    for order, phase in enumerate(parsed.phases, start=1):
        row = Phase(
            plan=plan,
            order=order,
            name=phase.name,
            starts_on=phase.starts_on,
            ends_on=phase.ends_on,
        )
        row.full_clean()
        row.save()
    if parsed.recipients:
        recipients_replace(plan=plan, text="\n".join(parsed.recipients))
    return plan
