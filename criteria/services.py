"""Writes for criteria reference data: loading the criteria sets from the TOML
fixtures in fixtures/reference/. Loading is idempotent: every row is found by its
natural key and updated in place, so a second run changes nothing."""

from __future__ import annotations

import datetime
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from criteria.models import (
    CriteriaSet,
    Criterion,
    CriterionGroup,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
    OutstandingField,
)
from villages.models import Agency, Area, AreaLevel, Region
from villages.text import nfc

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


def _number(value: Any) -> Decimal | None:
    # TOML floats are binary; go through str so 0.38 stays 0.38.
    return None if value is None or value == "" else Decimal(str(value))


def _provenance(item: dict, default_source: str) -> dict:
    return {
        "verified": bool(item.get("verified", False)),
        "source": item.get("source", default_source),
    }


def _provenance_kept(item: dict, existing, default_source: str) -> dict:
    """Provenance from `item`; an override entry that names none keeps the
    inherited row's own."""
    if existing is not None and "verified" not in item and "source" not in item:
        return {"verified": existing.verified, "source": existing.source}
    return _provenance(item, default_source)


def _requirement(item: dict) -> dict:
    return {
        "comparator": item.get("comparator", "text"),
        "required_number": _number(item.get("required_number")),
        "required_text": nfc(item.get("required_text", "")),
    }


@transaction.atomic
def regions_load(path: Path | None = None) -> int:
    """Create or update the 7 regions from regions.toml; return how many there are."""
    data = tomllib.loads((path or REFERENCE_DIR / "regions.toml").read_text("utf-8"))
    for order, item in enumerate(data["regions"], start=1):
        Region.objects.update_or_create(
            code=item["code"], defaults={"name": nfc(item["name"]), "order": order}
        )
    return len(data["regions"])


def _document_upsert(data: dict) -> LegalDocument:
    # "amends" is linked once every document is in (_amendments_link).
    document, _ = LegalDocument.objects.update_or_create(
        number=nfc(data["number"]),
        issuer=nfc(data["issuer"]),
        defaults={
            "doc_type": data["doc_type"],
            "issued_on": data.get("issued_on"),
            "effective_on": data.get("effective_on"),
            "title": nfc(data.get("title", "")),
            **_provenance(data, ""),
        },
    )
    return document


def _province(name: str) -> Area:
    province = Area.objects.filter(level=AreaLevel.PROVINCE, name=nfc(name)).first()
    if province is None:
        province = Area.objects.create(
            name=nfc(name), kind="tỉnh", level=AreaLevel.PROVINCE
        )
    return province


def _copy_from_parent(criteria_set: CriteriaSet, parent: CriteriaSet) -> None:
    """Give a provincial set its own rows for the parent's groups, criteria and
    indicators, linked back with inherits_from, so later assessments point at
    the set a commune is actually judged by."""
    groups = {}
    for group in parent.groups.all():
        groups[group.pk], _ = CriterionGroup.objects.update_or_create(
            criteria_set=criteria_set,
            code=group.code,
            defaults={"name": group.name, "order": group.order},
        )
    for field in parent.outstanding_fields.all():
        OutstandingField.objects.update_or_create(
            criteria_set=criteria_set,
            code=field.code,
            defaults={
                "name": field.name,
                "order": field.order,
                "verified": field.verified,
                "source": field.source,
            },
        )
    for criterion in parent.criteria.prefetch_related("indicators__requirements"):
        own, _ = Criterion.objects.update_or_create(
            criteria_set=criteria_set,
            number=criterion.number,
            defaults={
                "name": criterion.name,
                "description": criterion.description,
                "group": groups.get(criterion.group_id),
                "verified": criterion.verified,
                "source": criterion.source,
            },
        )
        for indicator in criterion.indicators.all():
            if indicator.valid_to is not None or indicator.whole_criterion:
                continue
            copy, _ = Indicator.objects.update_or_create(
                criterion=own,
                code=indicator.code,
                valid_to=None,
                defaults={
                    "order": indicator.order,
                    "name": indicator.name,
                    "unit": indicator.unit,
                    "comparator": indicator.comparator,
                    "required_number": indicator.required_number,
                    "required_text": indicator.required_text,
                    "verifying_sector": indicator.verifying_sector,
                    "takes_outstanding_fields": indicator.takes_outstanding_fields,
                    "inherits_from": indicator,
                    "overrides_parent": False,
                    "valid_from": indicator.valid_from,
                    "verified": indicator.verified,
                    "source": indicator.source,
                },
            )
            for requirement in indicator.requirements.all():
                IndicatorRequirement.objects.update_or_create(
                    indicator=copy,
                    region_id=requirement.region_id,
                    commune_group=requirement.commune_group,
                    year=requirement.year,
                    defaults={
                        "comparator": requirement.comparator,
                        "required_number": requirement.required_number,
                        "required_text": requirement.required_text,
                        "verified": requirement.verified,
                        "source": requirement.source,
                    },
                )


def _indicator_upsert(
    criterion: Criterion, item: dict, order: int, default_source: str
):
    """Create an indicator, or change an inherited one: an override entry sets
    only the keys it names, the rest stays as copied from the parent set."""
    existing = Indicator.objects.filter(
        criterion=criterion, code=item["code"], valid_to=None
    ).first()
    inherited = existing is not None and existing.inherits_from_id is not None

    def kept(key, default=""):
        return item.get(key, getattr(existing, key) if existing else default)

    fields = {
        "order": kept("order", order),
        "name": nfc(kept("name")),
        "unit": kept("unit"),
        "verifying_sector": nfc(kept("verifying_sector")),
        "takes_outstanding_fields": kept("takes_outstanding_fields", False),
        "valid_from": kept("valid_from", None),
        **_provenance_kept(item, existing, default_source),
    }
    if "amended_by" in item:
        fields["amended_by"] = LegalDocument.objects.filter(
            number=item["amended_by"]
        ).first()
    if "verifying_agency" in item:
        # Provincial sets name the agency in their province; it exists once the
        # province's places are loaded (loaddemo), otherwise it stays empty.
        fields["verifying_agency"] = Agency.objects.filter(
            area=criterion.criteria_set.province, name=nfc(item["verifying_agency"])
        ).first()
    if "comparator" in item or existing is None:
        fields.update(_requirement(item))
        fields["overrides_parent"] = inherited
    indicator, _ = Indicator.objects.update_or_create(
        criterion=criterion,
        code=item["code"],
        valid_to=item.get("valid_to"),
        defaults=fields,
    )
    for req in item.get("requirements", []):
        region = Region.objects.get(code=req["region"]) if req.get("region") else None
        IndicatorRequirement.objects.update_or_create(
            indicator=indicator,
            region=region,
            commune_group=req.get("commune_group"),
            year=req.get("year"),
            defaults={**_requirement(req), **_provenance(req, default_source)},
        )
        if inherited:
            Indicator.objects.filter(pk=indicator.pk).update(overrides_parent=True)
    return indicator


def _set_upsert(document: LegalDocument, data: dict) -> CriteriaSet:
    parent = (
        CriteriaSet.objects.get(code=data["parent"]) if data.get("parent") else None
    )
    default_source = data.get("source", document.source)
    criteria_set, _ = CriteriaSet.objects.update_or_create(
        code=data["code"],
        defaults={
            "name": nfc(data["name"]),
            "document": document,
            "level": data["level"],
            "subject_level": data.get("subject_level", AreaLevel.COMMUNE),
            "period_start": data["period_start"],
            "period_end": data["period_end"],
            "target_dimension": data.get("target_dimension", "none"),
            "parent": parent,
            "province": _province(data["province"]) if data.get("province") else None,
            "note": nfc(data.get("note", "")),
            **_provenance(data, default_source),
        },
    )
    if parent is not None and data.get("inherit", False):
        _copy_from_parent(criteria_set, parent)
    groups = {}
    for order, item in enumerate(data.get("groups", []), start=1):
        groups[item["code"]], _ = CriterionGroup.objects.update_or_create(
            criteria_set=criteria_set,
            code=item["code"],
            defaults={"name": nfc(item["name"]), "order": order},
        )
    for item in data.get("criteria", []):
        existing = Criterion.objects.filter(
            criteria_set=criteria_set, number=item["number"]
        ).first()
        group = groups.get(item.get("group")) or (
            CriterionGroup.objects.filter(
                criteria_set=criteria_set, code=item["group"]
            ).first()
            if item.get("group")
            else existing.group
            if existing
            else None
        )
        criterion, _ = Criterion.objects.update_or_create(
            criteria_set=criteria_set,
            number=item["number"],
            defaults={
                "name": nfc(item.get("name", existing.name if existing else "")),
                "description": nfc(
                    item.get("description", existing.description if existing else "")
                ),
                "group": group,
                **_provenance_kept(item, existing, default_source),
            },
        )
        for order, indicator in enumerate(item.get("indicators", []), start=1):
            _indicator_upsert(criterion, indicator, order, default_source)
    fields = data.get("outstanding_fields", [])
    # Fields a set adds come after those it inherited.
    offset = criteria_set.outstanding_fields.exclude(
        code__in=[str(item["code"]) for item in fields]
    ).count()
    for order, item in enumerate(fields, start=offset + 1):
        OutstandingField.objects.update_or_create(
            criteria_set=criteria_set,
            code=str(item["code"]),
            defaults={
                "name": nfc(item["name"]),
                "order": order,
                **_provenance(item, default_source),
            },
        )
    return criteria_set


def _parents_known(sets: list[dict], known: set[str]) -> bool:
    own = {s["code"] for s in sets}
    return all(not s.get("parent") or s["parent"] in known | own for s in sets)


@transaction.atomic
def criteria_load(directory: Path | None = None) -> list[CriteriaSet]:
    """Load every criteria file of fixtures/reference/criteria, parents first."""
    directory = directory or REFERENCE_DIR / "criteria"
    pending = [
        tomllib.loads(path.read_text("utf-8")) | {"_path": path}
        for path in sorted(directory.glob("*.toml"))
    ]
    loaded: list[CriteriaSet] = []
    documents = [data["document"] for data in pending]
    known = set(CriteriaSet.objects.values_list("code", flat=True))
    while pending:
        # A file waits until the sets it refines (its parents) are loaded.
        ready = [
            data for data in pending if _parents_known(data.get("sets", []), known)
        ]
        if not ready:
            names = ", ".join(str(d["_path"].name) for d in pending)
            raise ValueError(f"Không tìm thấy bộ tiêu chí cha cho: {names}")
        for data in ready:
            pending.remove(data)
            document = _document_upsert(data["document"])
            for set_data in data.get("sets", []):
                loaded.append(_set_upsert(document, set_data))
                known.add(set_data["code"])
    _amendments_link(documents)
    _whole_criterion_indicators_sync()
    return loaded


WHOLE_CRITERION_SOURCE = (
    "Tạo tự động: văn bản chưa được nhập chỉ tiêu chi tiết, "
    "tiêu chí được đánh giá như một khối."
)


def _whole_criterion_indicators_sync() -> None:
    """Give every criterion without indicators of its own one indicator that
    stands for the whole criterion, so that it can be assessed and counted
    (QĐ 1980 and QĐ 51 are loaded without their indicators). Once the real
    indicators are loaded, an unused stand-in goes."""
    from django.db.models import Exists, OuterRef

    real = Indicator.objects.filter(
        criterion=OuterRef("pk"), valid_to__isnull=True, whole_criterion=False
    )
    stand_in = Indicator.objects.filter(criterion=OuterRef("pk"), whole_criterion=True)
    replaced = Indicator.objects.filter(
        whole_criterion=True, valid_to__isnull=True
    ).filter(
        Exists(
            Indicator.objects.filter(
                criterion=OuterRef("criterion"),
                valid_to__isnull=True,
                whole_criterion=False,
            )
        )
    )
    # An assessed stand-in keeps its history but stops counting from today.
    replaced.filter(assessments__isnull=False).update(
        valid_to=timezone.localdate() - datetime.timedelta(days=1)
    )
    replaced.filter(assessments__isnull=True).delete()
    Indicator.objects.bulk_create(
        Indicator(
            criterion=criterion,
            code=str(criterion.number),
            order=0,
            name=f"Đạt tiêu chí số {criterion.number} – {criterion.name}",
            comparator="met",
            required_text="Đạt",
            whole_criterion=True,
            verified=False,
            source=WHOLE_CRITERION_SOURCE,
        )
        for criterion in Criterion.objects.filter(~Exists(real), ~Exists(stand_in))
    )
    # A provincial set's stand-in refines its parent set's, as copies do.
    stand_ins = {
        (i.criterion.criteria_set_id, i.criterion.number): i
        for i in Indicator.objects.filter(whole_criterion=True).select_related(
            "criterion__criteria_set"
        )
    }
    for (_, number), indicator in stand_ins.items():
        parent = stand_ins.get((indicator.criterion.criteria_set.parent_id, number))
        if parent and indicator.inherits_from_id != parent.pk:
            indicator.inherits_from = parent
            indicator.save(update_fields=["inherits_from"])


def _amendments_link(documents: list[dict]) -> None:
    for data in documents:
        amends = None
        if data.get("amends"):
            amends = LegalDocument.objects.filter(number=data["amends"]).first()
        LegalDocument.objects.filter(
            number=nfc(data["number"]), issuer=nfc(data["issuer"])
        ).update(amends=amends)


# ── Assessments ──

NUMERIC = {"gte", "lte", "eq"}


def _judge(comparator: str, value: Decimal, required: Decimal) -> str:
    met = {"gte": value >= required, "lte": value <= required, "eq": value == required}[
        comparator
    ]
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
    if not Area.objects.editable_by(user).filter(pk=area.pk).exists():
        raise ValidationError(
            "Không thể đánh giá địa bàn ngoài phạm vi được phân quyền."
        )
    criteria_set = indicator.criterion.criteria_set
    if area.level != criteria_set.subject_level:
        raise ValidationError(
            f"Bộ tiêu chí này đánh giá cấp {criteria_set.get_subject_level_display().lower()}, không phải {area}."
        )
    requirement = requirement_for(indicator=indicator, area=area, on=assessed_on)
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
        if requirement.required_number is not None:
            status = _judge(
                requirement.comparator or indicator.comparator,
                value_number,
                requirement.required_number,
            )
    elif value_number is not None:
        raise ValidationError(
            {
                "value_number": f"Chỉ tiêu {indicator.code} đánh giá {indicator.get_comparator_display()}, không nhập số."
            }
        )
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
