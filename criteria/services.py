"""Writes for criteria reference data and assessments.

Reference data: the shipped criteria sets are read from the TOML fixtures in
fixtures/reference/ (criteria.loading.fixture) and saved as versions
(criteria.loading.versions): a second run with the same files changes
nothing, a changed file makes a new version of the sets it changes.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from criteria.loading.fixture import DocumentData, read_fixture
from criteria.loading.versions import (
    LoadRefused,
    SaveResult,
    criteria_set_save,
    provenance_fields,
)
from criteria.models import (
    NUMERIC_COMPARATORS,
    CriteriaSet,
    Indicator,
    LegalDocument,
)
from ntm.text import nfc
from villages.models import Area, Region

__all__ = ["LoadRefused", "SaveResult", "criteria_set_save"]

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


@transaction.atomic
def regions_load(path: Path | None = None) -> int:
    """Create or update the 7 regions from regions.toml; return how many there are."""
    data = tomllib.loads((path or REFERENCE_DIR / "regions.toml").read_text("utf-8"))
    for order, item in enumerate(data["regions"], start=1):
        Region.objects.update_or_create(
            code=item["code"], defaults={"name": nfc(item["name"]), "order": order}
        )
    return len(data["regions"])


def document_upsert(data: DocumentData) -> LegalDocument:
    """Create or update a legal document by number and issuer (documents are
    not versioned: their facts do not judge anyone). A check recorded in the
    app is kept."""
    document = LegalDocument.objects.filter(
        number=data.number, issuer=data.issuer
    ).first()
    values = {
        "doc_type": data.doc_type,
        "issued_on": data.issued_on,
        "effective_on": data.effective_on,
        "title": data.title,
        **provenance_fields(data.source),
    }
    if document is not None and document.checked_by_id is not None:
        for key in ("verified", "checked_at", "check_note", "checked_by"):
            values.pop(key)
    if document is None:
        document = LegalDocument(number=data.number, issuer=data.issuer)
    for key, value in values.items():
        setattr(document, key, value)
    document.save()
    return document


def _parents_first(entries: list) -> list:
    """(path, document, sets) entries ordered so that a set defined in these
    files is saved after the set it refines (also when both are already in
    the database: the child's version records the parent version)."""
    defined = {meta.code for _, _, sets in entries for meta, _ in sets}
    known = set(CriteriaSet.objects.values_list("code", flat=True))
    done: set[str] = set()
    ordered, pending = [], list(entries)
    while pending:
        ready = []
        for entry in pending:
            own = {meta.code for meta, _ in entry[2]}
            parents = {meta.parent for meta, _ in entry[2] if meta.parent} - own
            if all((p in done) or (p not in defined and p in known) for p in parents):
                ready.append(entry)
        if not ready:
            names = ", ".join(path.name for path, _, _ in pending)
            raise ValueError(f"Không tìm thấy bộ tiêu chí cha cho: {names}")
        for entry in ready:
            pending.remove(entry)
            ordered.append(entry)
            done |= {meta.code for meta, _ in entry[2]}
    return ordered


@transaction.atomic
def criteria_load(directory: Path | None = None) -> list[CriteriaSet]:
    """Load every criteria file of fixtures/reference/criteria, parents first;
    return the current version of each set in them."""
    directory = directory or REFERENCE_DIR / "criteria"
    entries = []
    for path in sorted(directory.glob("*.toml")):
        document, sets = read_fixture(path, tomllib.loads(path.read_text("utf-8")))
        entries.append((path, document, sets))
    documents = {}
    for _, data, _ in entries:
        documents[data.number] = (document_upsert(data), data)
    for document, data in documents.values():
        document.amends.set(
            LegalDocument.objects.filter(number__in=data.amends).exclude(pk=document.pk)
        )
    loaded = []
    for _, data, sets in _parents_first(entries):
        for meta, parsed in sets:
            result = criteria_set_save(
                meta=meta, parsed=parsed, document=documents[data.number][0]
            )
            loaded.append(result.criteria_set)
    return loaded


# ── Assessments ──

NUMERIC = NUMERIC_COMPARATORS


def _judge(comparator: str, value: Decimal, required: Decimal) -> str:
    met = {
        "gte": value >= required,
        "lte": value <= required,
        "gt": value > required,
        "lt": value < required,
        "eq": value == required,
    }[comparator]
    return "met" if met else "not_met"


@transaction.atomic
def assessment_record(
    *,
    area: Area,
    indicator: Indicator,
    assessed_on,
    user,
    status: str = "",
    value_number: Decimal | None = None,
    value_text: str = "",
    evidence: str = "",
    outstanding_fields=(),
    files=(),
    today=None,
):
    """Record where `area` stands on `indicator` on `assessed_on`. A numeric
    indicator takes a number and is judged against the requirement that applies
    to the area; a yes-no or text indicator takes the status given. The
    indicator of QĐ 319's condition 4 also names the outstanding fields chosen
    (their number is its value). Evidence files are checked by content and kept
    with the assessment. Refused: a date after today, an area outside the
    user's scope or of the wrong level, a value of the wrong kind, a field of
    another set, a bad file."""

    from criteria.models import Assessment, AssessmentStatus, VerificationStatus
    from criteria.selectors import requirement_for

    today = today or timezone.localdate()
    if assessed_on > today:
        raise ValidationError({"assessed_on": "Ngày đánh giá không được sau hôm nay."})
    # The user's scope on `today`: the real today, except for history loaded
    # as it happened (ntm.demo.assessments passes the assessment's day).
    if not Area.objects.editable_by(user, on=today).filter(pk=area.pk).exists():
        raise ValidationError(
            "Không thể đánh giá địa bàn ngoài phạm vi được phân quyền."
        )
    criteria_set = indicator.criterion.criteria_set
    if area.level != criteria_set.subject_level:
        raise ValidationError(
            f"Bộ tiêu chí này đánh giá cấp {criteria_set.get_subject_level_display().lower()}, không phải {area}."
        )
    if CriteriaSet.objects.filter(
        pk=criteria_set.pk, superseded_at__isnull=False
    ).exists():
        raise ValidationError(
            f"{criteria_set.name} đã có phiên bản mới (phiên bản {criteria_set.version} "
            "được thay thế); hãy đánh giá theo phiên bản hiện hành. Các kết quả đã "
            "đánh giá theo phiên bản này được giữ nguyên."
        )
    if area.valid_from and assessed_on < area.valid_from:
        # A commune formed by the 2025 reform starts with no standing of its
        # own: its predecessors' assessments are history, never its own.
        raise ValidationError(
            {
                "assessed_on": f"{area.title_name} được thành lập ngày "
                f"{area.valid_from:%d/%m/%Y}; chỉ đánh giá từ ngày đó. Kết quả của "
                "các xã trước sắp xếp chỉ là lịch sử, không chuyển sang xã mới."
            }
        )
    requirement = requirement_for(indicator=indicator, area=area, on=assessed_on)
    judged = requirement.has_requirement
    outstanding_fields = list(outstanding_fields)
    if outstanding_fields:
        if not indicator.takes_outstanding_fields:
            raise ValidationError(
                {
                    "outstanding_fields": f"Chỉ tiêu {indicator.code} không chọn lĩnh vực nổi trội."
                }
            )
        if any(f.criteria_set_id != criteria_set.pk for f in outstanding_fields):
            raise ValidationError(
                {
                    "outstanding_fields": "Lĩnh vực nổi trội phải thuộc bộ tiêu chí đang đánh giá."
                }
            )
        if value_number is None:
            value_number = Decimal(len(outstanding_fields))
    if indicator.comparator in NUMERIC:
        if value_number is None:
            raise ValidationError(
                {
                    "value_number": f"Chỉ tiêu {indicator.code} cần một số ({indicator.unit or 'giá trị'})."
                }
            )
        if judged:
            status = _judge(
                requirement.comparator
                if requirement.comparator in NUMERIC
                else indicator.comparator,
                value_number,
                requirement.required_number,
            )
    elif value_number is not None:
        raise ValidationError(
            {
                "value_number": f"Chỉ tiêu {indicator.code} đánh giá {indicator.get_comparator_display()}, không nhập số."
            }
        )
    if not judged and status != AssessmentStatus.NOT_ASSESSED:
        # No level to judge against: the value and evidence are kept, the
        # verdict is "chưa có mức yêu cầu", never "Đạt".
        status = AssessmentStatus.NO_REQUIREMENT
    if status not in AssessmentStatus.values:
        raise ValidationError({"status": "Chọn Đạt, Chưa đạt hoặc Chưa đánh giá."})
    assessment, _ = Assessment.objects.update_or_create(
        area=area,
        indicator=indicator,
        assessed_on=assessed_on,
        defaults={
            "status": status,
            "value_number": value_number,
            "value_text": nfc(value_text),
            "requirement": requirement.requirement_label,
            "evidence": nfc(evidence),
            "assessed_by": user,
            "verification": VerificationStatus.PENDING,
            "verified_by": None,
            "verified_at": None,
        },
    )
    assessment.outstanding_fields.set(outstanding_fields)
    if files:
        from criteria.evidence import evidence_attach

        evidence_attach(assessment=assessment, uploads=list(files), user=user)
    return assessment


@transaction.atomic
def assessment_verify(*, assessment, user, verified: bool, comment: str = ""):
    """The indicator's owning agency verifies an assessment, or returns it with
    a comment. Anyone else is refused."""

    from criteria.models import VerificationStatus
    from criteria.selectors import verifier

    if not verifier(user).owns(assessment.indicator, assessment.area):
        raise ValidationError(
            f"Cơ quan của bạn không thẩm định chỉ tiêu {assessment.indicator.code}."
        )
    if not verified and not comment.strip():
        raise ValidationError(
            "Ghi ý kiến khi trả lại để địa phương biết cần bổ sung gì."
        )
    assessment.verification = (
        VerificationStatus.VERIFIED if verified else VerificationStatus.RETURNED
    )
    assessment.verified_by, assessment.verified_at = user, timezone.now()
    assessment.verification_comment = comment.strip()
    assessment._history_user = user
    assessment.save()
    return assessment


# ── Checking an item against its source ──

CHECKABLE = {
    "set": "CriteriaSet",
    "criterion": "Criterion",
    "indicator": "Indicator",
    "requirement": "IndicatorRequirement",
    "field": "OutstandingField",
}


def checkable_set(item) -> CriteriaSet:
    """The criteria set an item (of CHECKABLE) belongs to."""
    from criteria.models import Criterion, IndicatorRequirement, OutstandingField

    if isinstance(item, CriteriaSet):
        return item
    if isinstance(item, Criterion | OutstandingField):
        return item.criteria_set
    if isinstance(item, Indicator):
        return item.criterion.criteria_set
    if isinstance(item, IndicatorRequirement):
        return item.indicator.criterion.criteria_set
    raise TypeError(type(item).__name__)


@transaction.atomic
def provenance_check(
    *,
    item,
    user,
    verified: bool,
    source_document: LegalDocument | None = None,
    source_part: str = "",
    source_locator: str = "",
    source: str = "",
    paraphrase: bool = False,
    note: str = "",
):
    """The one act that sets "verified": `user`, a manager of the item's set,
    read it in the cited source (document, appendix, article or page, or an
    address) and found it the same; `verified=False` records that it was not
    (or undoes a check, with the reason in `note`). Refused: a set the user
    does not manage, a replaced version, an inherited row (check it in the
    parent set), a paraphrase, a check without a citation."""
    from criteria.permissions import can_manage_set

    criteria_set = checkable_set(item)
    if not can_manage_set(user, criteria_set):
        raise ValidationError("Bạn không quản lý bộ tiêu chí này.")
    if CriteriaSet.objects.filter(
        pk=criteria_set.pk, superseded_at__isnull=False
    ).exists():
        raise ValidationError(
            "Phiên bản này đã được thay thế: đối chiếu trên phiên bản hiện hành."
        )
    if getattr(item, "inherited", False):
        raise ValidationError(
            "Dòng này kế thừa bộ tiêu chí cha: đối chiếu ở bộ cha, hoặc nạp lại dòng "
            "từ văn bản của tỉnh để thành dòng riêng."
        )
    if getattr(item, "whole_criterion", False) and verified:
        raise ValidationError(
            "Chỉ tiêu thay cho cả tiêu chí không có trong văn bản: hãy nạp các chỉ "
            "tiêu thật của tiêu chí."
        )
    source_part, source_locator = nfc(source_part), nfc(source_locator)
    source = nfc(source) or item.source
    if verified:
        if paraphrase:
            raise ValidationError(
                {
                    "paraphrase": "Bản diễn giải không được đánh dấu đã đối chiếu: chép "
                    "nguyên văn từ văn bản (nạp lại) rồi đối chiếu."
                }
            )
        cited = source_document is not None and (source_part or source_locator)
        if not cited and "http" not in source:
            raise ValidationError(
                {
                    "source_locator": "Ghi văn bản và vị trí (phụ lục, điều, trang) hoặc "
                    "đường dẫn để người khác mở lại được nguồn đã đối chiếu."
                }
            )
    item.source = source[:500]
    item.source_document = source_document or item.source_document
    item.source_part = source_part or item.source_part
    item.source_locator = source_locator or item.source_locator
    item.paraphrase = paraphrase
    item.verified = verified
    item.checked_by = user
    item.checked_at = timezone.now()
    item.check_note = nfc(note)[:255] or (
        "Đã đối chiếu với văn bản nguồn."
        if verified
        else "Chưa khớp với văn bản nguồn."
    )
    item.full_clean(validate_unique=False)
    item.save()
    return item
