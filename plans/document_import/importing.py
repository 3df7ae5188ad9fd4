"""Create a plan from a confirmed proposal, in one transaction: the plan, its
bases, purpose and requirements, numbered sections, tasks with their matched
units, officials and indicators, targets, phases and recipients. A unit that
matched nothing is never created: its name stays in the task's "người phụ
trách" text."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction

from criteria.models import DOCUMENT_TYPE_NAMES, LegalDocument
from ntm.text import fold
from plans.document_import.matching import key
from plans.document_import.proposal import PlanProposal
from plans.kinds import KindProposal
from plans.models import (
    BasisRelation,
    Counting,
    Phase,
    Plan,
    PlanBasis,
    PlanCosigner,
    PlanSection,
    Target,
    Task,
)
from plans.services import (
    agency_quick_add,
    plan_create,
    recipients_replace,
    target_save,
    task_save,
)
from villages.models import AgencyKind, Area

NO_TASKS = "Kế hoạch chưa có nhiệm vụ nào. Chuyển các dòng chưa xếp được thành nhiệm vụ, hoặc đánh dấu “Kế hoạch này không có nhiệm vụ” nếu đúng như vậy."
NO_YEAR = "Thiếu năm của kế hoạch: văn bản không ghi năm (dòng “…, ngày … tháng … năm …”). Ghi năm rồi tạo lại."


def named_errors(error: ValidationError, model) -> ValidationError:
    """A model's validation error with each message prefixed by the field's
    Vietnamese name ("Năm kế hoạch: …"), so that a command or a page never
    says “Trường này không thể để trống.” without saying which."""
    if not hasattr(error, "error_dict"):
        return error
    messages = []
    for name, errors in error.message_dict.items():
        try:
            label = str(model._meta.get_field(name).verbose_name)
        except Exception:
            label = ""
        for message in errors:
            messages.append(
                f"{label[:1].upper() + label[1:]}: {message}" if label else message
            )
    return ValidationError(messages)


def _kind(name: str) -> str:
    folded = fold(name)
    if folded.startswith("uy ban nhan dan"):
        return AgencyKind.PEOPLES_COMMITTEE
    if re.match(r"^(?:ban chi dao|ban quan ly)", folded):
        return AgencyKind.STEERING
    if folded.startswith("van phong dieu phoi"):
        return AgencyKind.COORDINATION
    if re.match(r"^(?:so|phong|chi cuc|ban)\b", folded):
        return AgencyKind.DEPARTMENT
    return AgencyKind.GROUP


# A cited document's type as the text names it ("Kết luận") → its code
# ("KL"): the inverse of the names the documents are shown by.
KINDS = {name: code for code, name in DOCUMENT_TYPE_NAMES.items()}


def _known_document(basis) -> LegalDocument | None:
    """The document already on file under this number from the same issuer,
    however the issuer is written ("UBND huyện" and "Ủy ban nhân dân huyện"
    are one body). A citation that names no issuer takes the only document
    with its number, or the only one of its date. A document cited with no
    number is the one of its type, issuer and date."""
    if not basis.number:
        return _known_numberless(basis)
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


def _known_numberless(basis) -> LegalDocument | None:
    wanted = key(basis.issuer)
    same = LegalDocument.objects.filter(
        number="", doc_type=KINDS.get(basis.kind, ""), issued_on=basis.issued_on
    ).order_by("pk")
    return next((d for d in same if key(d.issuer) == wanted), None)


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
def plan_import(
    *,
    proposal: PlanProposal,
    user,
    create_issuer: bool = False,
    allow_no_tasks: bool = False,
    year: int | None = None,
) -> Plan:
    """Create the plan a (corrected) proposal describes, in one transaction.
    The issuer is created only when `create_issuer` says so; a plan with no
    task only when `allow_no_tasks` says it has none."""
    parsed = proposal.parsed
    if not proposal.tasks and not allow_no_tasks:
        raise ValidationError(NO_TASKS, code="no_tasks")
    year = year or parsed.plan_year or parsed.year
    if not year:
        raise ValidationError(NO_YEAR, code="no_year")
    issuer = proposal.issuer
    if issuer is None and proposal.issuer_new and create_issuer:
        issuer = agency_quick_add(
            user=user,
            area=proposal.area,
            name=proposal.issuer_new,
            kind=_kind(proposal.issuer_new),
        )
    if issuer is None:
        raise ValidationError(
            f"Cơ quan ban hành: chưa có “{proposal.issuer_new}” trong hệ thống. Chọn một cơ quan có sẵn, hoặc đánh dấu tạo cơ quan mới."
            if proposal.issuer_new
            else "Cơ quan ban hành: không xác định được từ văn bản. Chọn cơ quan ban hành rồi tạo lại.",
            code="no_issuer",
        )
    cosigners = [
        (cosigner, _cosigner_agency(cosigner, proposal, user))
        for cosigner in proposal.cosigners
    ]
    try:
        plan = _create(parsed, proposal, issuer, year, user)
        for order, (cosigner, agency) in enumerate(cosigners, start=1):
            row = PlanCosigner(
                plan=plan,
                order=order,
                agency=agency,
                signing_authority=cosigner.parsed.signing_authority[:100],
                signer_title=cosigner.parsed.signer_title[:100],
                signer_name=cosigner.parsed.signer_name[:100],
            )
            row.full_clean()
            row.save()
    except ValidationError as error:
        raise named_errors(error, Plan) from error
    return plan


def _cosigner_agency(cosigner, proposal: PlanProposal, user):
    """A joint plan's other body: the agency chosen, else the one named,
    created when the user says so (as the issuer)."""
    if cosigner.agency is None and cosigner.new and cosigner.create:
        return agency_quick_add(
            user=user, area=proposal.area, name=cosigner.new, kind=_kind(cosigner.new)
        )
    if cosigner.agency is None:
        raise ValidationError(
            f"Cơ quan cùng ban hành: chưa có “{cosigner.new}” trong hệ thống. Chọn một cơ quan có sẵn, đánh dấu tạo cơ quan mới, hoặc bỏ chọn cơ quan này.",
            code="no_cosigner",
        )
    return cosigner.agency


def _task(plan, order, item, task, responsible) -> None:
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
            responsible_text=responsible[:255],
            method=task.method,
            participants=task.participants,
        ),
        version=None,
        coordinating_agencies=item.coordinating,
        indicators=item.indicators,
    )


def _responsible(item) -> str:
    """Task.responsible_text: the official as the document or the clerk
    writes them, name and post ("Bùi Văn Hải - Phó Chủ tịch UBND xã"), with
    a lead the system does not know as written; the matched Official's name
    when nothing was written of them (a person in the lead's column)."""
    if item.official and not item.parsed.official_text:
        return item.official.full_name
    return "; ".join(
        x
        for x in ("" if item.lead else item.lead_unmatched, item.parsed.official_text)
        if x
    )


def _create(parsed, proposal, issuer, year, user) -> Plan:
    plan = plan_create(
        user=user,
        area=proposal.area,
        issuing_agency=issuer,
        doc_type=parsed.doc_type or "KH",
        number=parsed.number[:10],
        symbol=parsed.symbol[:40] or "KH",
        year=year,
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
        opening=parsed.opening,
        reporting_text=parsed.reporting_text,
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
        try:
            _task(plan, order, item, task, _responsible(item))
        except ValidationError as error:
            raise ValidationError(
                [
                    f"Nhiệm vụ {task.number}: {m}"
                    for m in named_errors(error, Task).messages
                ]
            ) from error
    villages = {
        key: village
        for village in Area.objects.subtree(plan.area).villages()
        for key in (fold(village.name), fold(village.full_name))
    }
    for order, target in enumerate(
        [t for t in parsed.targets if t.quantity is not None], start=1
    ):
        target.propose_kind()  # kept when the review page set it
        kind = KindProposal(target.kind, target.higher_is_better, target.kind_reason)
        row = Target(
            plan=plan,
            order=order,
            name=target.name[:255],
            quantity=target.quantity,
            **kind.fields(unit=target.unit[:40], counting=Counting.INCREMENT),
        )
        # The split by village a table gave, when every village is on file;
        # else the target alone, to split on the targets page.
        allocations = {}
        if target.per_village and all(
            fold(name) in villages for name in target.per_village
        ):
            allocations = {
                villages[fold(name)]: quantity
                for name, quantity in target.per_village.items()
            }
        target_save(
            plan=plan, target=row, user=user, version=None, allocations=allocations
        )
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
