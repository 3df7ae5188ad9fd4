"""Versions of a criteria set: comparing what was read with the current
version, and writing a new version when they differ.

A version is a CriteriaSet row of its own (same `code`, `version` + 1,
`previous` → the one it replaces, which gets `superseded_at`). Its criteria,
indicators and required values are new rows, so every assessment keeps
pointing at the indicator, and through it the version, it was made under;
nothing an assessment was judged by is ever changed in place. What does not
decide a verdict (provenance, the verifying sector or agency, the set's note)
is updated in place on the current version.

A provincial set that inherits its parent gets, besides its own rows (read in
the provincial text), a copy of every parent row it does not restate, flagged
inherited and never verified. Its version records the parent version it was
built on: when the parent gets a new version, loading the provincial set again
makes a new provincial version on it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from criteria.loading.fixture import SetMeta
from criteria.loading.parsed import (
    Change,
    Level,
    ParsedCriterion,
    ParsedIndicator,
    ParsedSet,
    Snapshot,
    Source,
    diff,
)
from criteria.models import (
    CriteriaSet,
    Criterion,
    CriterionGroup,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
    OutstandingField,
)
from ntm.text import nfc
from villages.models import Agency, Area, AreaLevel, Region

STAND_IN_SOURCE = (
    "Chưa có văn bản đối chiếu: văn bản chưa được nạp chỉ tiêu chi tiết, "
    "tiêu chí được đánh giá như một khối."
)


class LoadRefused(ValueError):
    """The rows cannot make a version (a fixture or preview bug); str() says why."""


@dataclass
class SaveResult:
    criteria_set: CriteriaSet
    created: bool
    changes: list[Change] = field(default_factory=list)


# ── Reading the current state ──


def current_version(code: str) -> CriteriaSet | None:
    return (
        CriteriaSet.objects.filter(code=code, superseded_at__isnull=True)
        .select_related("document", "province", "parent")
        .first()
    )


def _level_key(comparator, number, text, note) -> tuple | None:
    """A level as compared between versions; None for "no level" however it
    is stored (a text level with no words, a ≥ with no number)."""
    numeric = comparator in ("gte", "lte", "gt", "lt", "eq", "text")
    if numeric and number is None and not text and not note:
        return None
    return (comparator, None if number is None else number.normalize(), text, note)


def _meta_snapshot(meta: dict) -> dict:
    return {key: value for key, value in meta.items() if value not in ("", None)}


def snapshot_version(criteria_set: CriteriaSet) -> Snapshot:
    """The own content of a stored version (inherited copies and stand-ins
    follow from the parent version and are left out)."""
    indicators = list(
        Indicator.objects.filter(criterion__criteria_set=criteria_set)
        .select_related("criterion")
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=IndicatorRequirement.objects.select_related("region"),
            )
        )
    )
    snapshot = Snapshot(
        meta=_meta_snapshot(
            {
                "name": criteria_set.name,
                "level": criteria_set.level,
                "subject_level": criteria_set.subject_level,
                "period": criteria_set.period_label,
                "dimension": criteria_set.target_dimension,
                "parent": _parent_label(criteria_set.parent),
                "province": criteria_set.province.name
                if criteria_set.province_id
                else "",
                "document": criteria_set.document.number,
            }
        ),
        groups={g.code: g.name.casefold() for g in criteria_set.groups.all()},
        criteria={
            c.number: (c.name, c.group.code if c.group_id else "", c.description)
            for c in criteria_set.criteria.select_related("group")
            if not c.inherited
        },
        fields={
            f.code: f.name
            for f in criteria_set.outstanding_fields.all()
            if not f.inherited
        },
    )
    for indicator in indicators:
        if indicator.whole_criterion:
            continue
        own = not indicator.inherited
        if own:
            snapshot.indicators[_indicator_key(indicator)] = {
                "criterion": indicator.criterion.number,
                "name": indicator.name,
                "unit": indicator.unit,
                "level": _level_key(
                    indicator.comparator,
                    indicator.required_number,
                    indicator.required_text,
                    indicator.note,
                ),
                "valid_from": indicator.valid_from,
                "valid_to": indicator.valid_to,
            }
        for requirement in indicator.requirements.all():
            if requirement.inherited:
                continue
            key = (
                requirement.region.code if requirement.region_id else "",
                requirement.commune_group or 0,
                requirement.year or 0,
            )
            snapshot.requirements[(_indicator_key(indicator), key)] = _level_key(
                requirement.comparator,
                requirement.required_number,
                requirement.required_text,
                requirement.note,
            )
    return snapshot


def _indicator_key(indicator) -> str:
    # An amended wording is its own row: the code plus the day it ended.
    return (
        f"{indicator.code} (đến {indicator.valid_to:%d/%m/%Y})"
        if indicator.valid_to
        else indicator.code
    )


def _parent_label(parent: CriteriaSet | None) -> str:
    return f"{parent.code} (phiên bản {parent.version})" if parent else ""


def snapshot_parsed(
    meta: SetMeta, parsed: ParsedSet, *, document: str, parent: CriteriaSet | None
) -> Snapshot:
    """The own content a new version made from `parsed` would have."""
    parent_rows = _parent_rows(parent) if parent and meta.inherit else {}
    snapshot = Snapshot(
        meta=_meta_snapshot(
            {
                "name": meta.name,
                "level": meta.level,
                "subject_level": meta.subject_level,
                "period": f"{meta.period_start}–{meta.period_end}",
                "dimension": meta.dimension,
                "parent": _parent_label(parent),
                "province": meta.province,
                "document": document,
            }
        ),
        # Group rows are often printed in capitals: the case is typography.
        groups={code: name.casefold() for code, name in parsed.groups},
        fields={f.code: f.name for f in parsed.outstanding_fields},
    )
    if parent and meta.inherit:
        for code, name in parent_rows["groups"].items():
            snapshot.groups.setdefault(code, name.casefold())
    for criterion in parsed.criteria:
        base = parent_rows.get("criteria", {}).get(criterion.number)
        if criterion.name is not None:
            snapshot.criteria[criterion.number] = (
                criterion.name,
                criterion.group or (base.group.code if base and base.group_id else ""),
                criterion.description
                if criterion.description is not None
                else (base.description if base else ""),
            )
        for item in criterion.indicators:
            base_indicator = parent_rows.get("indicators", {}).get(item.code)
            values = _indicator_values(item, base_indicator)
            key = (
                f"{item.code} (đến {item.valid_to:%d/%m/%Y})"
                if item.valid_to
                else item.code
            )
            snapshot.indicators[key] = {
                "criterion": criterion.number,
                "name": values["name"],
                "unit": values["unit"],
                "level": _level_key(
                    values["comparator"],
                    values["required_number"],
                    values["required_text"],
                    values["note"],
                ),
                "valid_from": item.valid_from,
                "valid_to": item.valid_to,
            }
            for requirement in item.requirements:
                level = requirement.level
                snapshot.requirements[(key, requirement.key)] = _level_key(
                    level.comparator, level.number, level.text, level.note
                )
    return snapshot


def _parent_rows(parent: CriteriaSet) -> dict:
    criteria = {c.number: c for c in parent.criteria.select_related("group")}
    indicators = {
        i.code: i
        for i in Indicator.objects.filter(
            criterion__criteria_set=parent, valid_to__isnull=True, whole_criterion=False
        )
        .select_related("criterion")
        .prefetch_related("requirements__region")
    }
    return {
        "groups": {g.code: g.name for g in parent.groups.all()},
        "criteria": criteria,
        "indicators": indicators,
        "fields": {f.code: f for f in parent.outstanding_fields.all()},
    }


def _indicator_values(item: ParsedIndicator, base: Indicator | None) -> dict:
    """An indicator's fields: what `item` names, the rest from `base` (the
    parent's row it refines) or empty."""

    def pick(value, name, default):
        if value is not None:
            return value
        return getattr(base, name) if base is not None else default

    level = item.level
    if level is None and base is not None:
        level = Level(
            base.comparator, base.required_number, base.required_text, base.note
        )
    level = level or Level("text")
    return {
        "name": pick(item.name, "name", ""),
        "unit": pick(item.unit, "unit", ""),
        "comparator": level.comparator,
        "required_number": level.number,
        "required_text": level.text,
        "note": level.note,
        "verifying_sector": pick(item.verifying_sector, "verifying_sector", ""),
        "takes_outstanding_fields": pick(
            item.takes_outstanding_fields, "takes_outstanding_fields", False
        ),
    }


def preview(
    meta: SetMeta, parsed: ParsedSet, *, document: str
) -> tuple[CriteriaSet | None, list[Change]]:
    """The current version and what a save of `parsed` would change in it."""
    current = current_version(meta.code)
    parent = current_version(meta.parent) if meta.parent else None
    after = snapshot_parsed(meta, parsed, document=document, parent=parent)
    before = snapshot_version(current) if current else None
    return current, diff(before, after)


# ── Writing ──


@transaction.atomic
def criteria_set_save(
    *,
    meta: SetMeta,
    parsed: ParsedSet,
    document: LegalDocument,
    user=None,
    force_version: bool = False,
) -> SaveResult:
    """Save `parsed` as set `meta.code`: a new version when its content
    differs from the current version's (or there is none, or
    `force_version`), else the current version's provenance and
    administrative fields are refreshed in place."""
    if parsed.problems:
        raise LoadRefused("; ".join(p.text for p in parsed.problems))
    # Lock the current version: two confirmations at once make one version.
    current = (
        CriteriaSet.objects.select_for_update()
        .filter(code=meta.code, superseded_at__isnull=True)
        .order_by()  # the default ordering joins the province: no FOR UPDATE
        .first()
    )
    parent = None
    if meta.parent:
        parent = current_version(meta.parent)
        if parent is None:
            raise LoadRefused(f"Không tìm thấy bộ tiêu chí cha “{meta.parent}”.")
    after = snapshot_parsed(meta, parsed, document=document.number, parent=parent)
    before = snapshot_version(current) if current else None
    changes = diff(before, after)
    if current is not None and before == after and not force_version:
        _refresh_in_place(current, meta, parsed, parent)
        return SaveResult(current, created=False)
    now = timezone.now()
    if current is not None:
        current.superseded_at = now
        current.save(update_fields=["superseded_at"])
    criteria_set = CriteriaSet(
        code=meta.code,
        version=current.version + 1 if current else 1,
        previous=current,
        created_at=now,
        created_by=user,
        document=document,
        parent=parent,
        **_set_fields(meta),
        **provenance_fields(meta.source),
    )
    criteria_set.full_clean()
    criteria_set.save()
    _Writer(criteria_set, meta, parsed, parent).write()
    return SaveResult(criteria_set, created=True, changes=changes)


def _set_fields(meta: SetMeta) -> dict:
    return {
        "name": meta.name,
        "level": meta.level,
        "subject_level": meta.subject_level,
        "period_start": meta.period_start,
        "period_end": meta.period_end,
        "target_dimension": meta.dimension,
        "province": _province(meta.province) if meta.province else None,
        "note": meta.note,
        "expected_criteria": meta.expected_criteria,
        "expected_indicators": meta.expected_indicators,
    }


def _province(name: str) -> Area:
    province = Area.objects.filter(level=AreaLevel.PROVINCE, name=nfc(name)).first()
    if province is None:
        province = Area.objects.create(
            name=nfc(name), kind="tỉnh", level=AreaLevel.PROVINCE
        )
    return province


def _document(number: str) -> LegalDocument | None:
    return LegalDocument.objects.filter(number=number).first() if number else None


def provenance_fields(source: Source) -> dict:
    """Model fields for `source`; a fixture's check is recorded as made on its
    date by the review its note names (no account)."""
    checked_at = None
    if source.verified and source.checked_on:
        checked_at = timezone.make_aware(
            datetime.datetime.combine(source.checked_on, datetime.time(12))
        )
    return {
        "source": source.source[:500],
        "source_document": _document(source.document) if source.document else None,
        "source_part": source.part[:120],
        "source_locator": source.locator[:120],
        "paraphrase": source.paraphrase,
        "verified": source.verified,
        "checked_at": checked_at,
        "check_note": source.check_note[:255],
        "checked_by": None,
    }


def _inherited_provenance(row, parent: CriteriaSet) -> dict:
    """A copy of a parent row cites the parent's text and is never verified."""
    return {
        "source": f"Kế thừa {parent.document.number}"
        + (f": {row.source}" if row.source else ""),
        "source_document": parent.document,
        "source_part": row.source_part,
        "source_locator": row.source_locator,
        "paraphrase": row.paraphrase,
        "verified": False,
        "checked_at": None,
        "check_note": "",
        "checked_by": None,
    }


class _Writer:
    """Writes the rows of a new version."""

    def __init__(self, criteria_set, meta: SetMeta, parsed: ParsedSet, parent):
        self.set = criteria_set
        self.meta = meta
        self.parsed = parsed
        self.parent = parent if meta.inherit else None
        self.regions = {r.code: r for r in Region.objects.all()}

    def write(self) -> None:
        parent_rows = _parent_rows(self.parent) if self.parent else {}
        self.groups = {}
        for order, (code, name) in enumerate(self.parsed.groups, start=1):
            self.groups[code] = CriterionGroup.objects.create(
                criteria_set=self.set, code=code, name=name, order=order
            )
        for group in self.parent.groups.all() if self.parent else []:
            if group.code not in self.groups:
                self.groups[group.code] = CriterionGroup.objects.create(
                    criteria_set=self.set,
                    code=group.code,
                    name=group.name,
                    order=group.order,
                )
        own = {c.number: c for c in self.parsed.criteria}
        base_criteria = parent_rows.get("criteria", {})
        base_indicators = parent_rows.get("indicators", {})
        for number in sorted(own.keys() | base_criteria.keys()):
            criterion = self._criterion(own.get(number), base_criteria.get(number))
            listed = own.get(number)
            items = {i.code: i for i in listed.indicators} if listed else {}
            base_items = [
                i for i in base_indicators.values() if i.criterion.number == number
            ]
            base_items.sort(key=lambda i: (i.order, i.code))
            order = 0
            for base in base_items:
                order += 1
                item = items.pop(base.code, None)
                if item is None:
                    self._copy_indicator(criterion, base, order)
                else:
                    self._indicator(criterion, item, order, base)
            for item in items.values():
                order += 1
                self._indicator(criterion, item, item.order or order, None)
        self._fields(parent_rows.get("fields", {}))
        self._stand_ins()

    def _criterion(self, listed: ParsedCriterion | None, base: Criterion | None):
        if listed is not None and listed.name is not None:
            group_code = listed.group or (
                base.group.code if base and base.group_id else None
            )
            return Criterion.objects.create(
                criteria_set=self.set,
                number=listed.number,
                name=listed.name,
                group=self.groups.get(group_code) if group_code else None,
                description=listed.description
                if listed.description is not None
                else (base.description if base else ""),
                **provenance_fields(listed.source),
            )
        if base is None:
            raise LoadRefused(
                f"Tiêu chí số {listed.number} không có tên và bộ cha không có tiêu chí này."
            )
        return Criterion.objects.create(
            criteria_set=self.set,
            number=base.number,
            name=base.name,
            group=self.groups.get(base.group.code) if base.group_id else None,
            description=base.description,
            inherited=True,
            **_inherited_provenance(base, self.parent),
        )

    def _agency(self, name: str | None):
        if not name or not self.set.province_id:
            return None
        # Provincial sets name the agency in their province; it exists once
        # the province's places are loaded, otherwise it stays empty.
        return Agency.objects.filter(area=self.set.province, name=nfc(name)).first()

    def _indicator(self, criterion, item: ParsedIndicator, order, base):
        values = _indicator_values(item, base)
        indicator = Indicator.objects.create(
            criterion=criterion,
            code=item.code,
            order=order,
            name=values["name"],
            unit=values["unit"],
            comparator=values["comparator"],
            required_number=values["required_number"],
            required_text=values["required_text"],
            note=values["note"],
            verifying_sector=values["verifying_sector"],
            verifying_agency=self._agency(item.verifying_agency)
            if item.verifying_agency is not None
            else (base.verifying_agency if base else None),
            takes_outstanding_fields=values["takes_outstanding_fields"],
            valid_from=item.valid_from,
            valid_to=item.valid_to,
            amended_by=_document(item.amended_by),
            inherits_from=base,
            overrides_parent=base is not None,
            **provenance_fields(item.source),
        )
        given = set()
        for requirement in item.requirements:
            given.add(requirement.key)
            IndicatorRequirement.objects.create(
                indicator=indicator,
                region=self.regions[requirement.region] if requirement.region else None,
                commune_group=requirement.commune_group,
                year=requirement.year,
                comparator=requirement.level.comparator,
                required_number=requirement.level.number,
                required_text=requirement.level.text,
                note=requirement.level.note,
                **provenance_fields(requirement.source),
            )
        if base is not None and item.level is None:
            # An override that restates no level keeps the parent's levels.
            self._copy_requirements(indicator, base, skip=given)

    def _copy_indicator(self, criterion, base: Indicator, order: int):
        indicator = Indicator.objects.create(
            criterion=criterion,
            code=base.code,
            order=order,
            name=base.name,
            unit=base.unit,
            comparator=base.comparator,
            required_number=base.required_number,
            required_text=base.required_text,
            note=base.note,
            verifying_sector=base.verifying_sector,
            verifying_agency=base.verifying_agency,
            takes_outstanding_fields=base.takes_outstanding_fields,
            valid_from=base.valid_from,
            inherits_from=base,
            overrides_parent=False,
            **_inherited_provenance(base, self.parent),
        )
        self._copy_requirements(indicator, base, skip=set())

    def _copy_requirements(self, indicator, base: Indicator, skip: set) -> None:
        for requirement in base.requirements.all():
            key = (
                requirement.region.code if requirement.region_id else "",
                requirement.commune_group or 0,
                requirement.year or 0,
            )
            if key in skip:
                continue
            IndicatorRequirement.objects.create(
                indicator=indicator,
                region_id=requirement.region_id,
                commune_group=requirement.commune_group,
                year=requirement.year,
                comparator=requirement.comparator,
                required_number=requirement.required_number,
                required_text=requirement.required_text,
                note=requirement.note,
                inherited=True,
                **_inherited_provenance(requirement, self.parent),
            )

    def _fields(self, base_fields: dict) -> None:
        own = {f.code: f for f in self.parsed.outstanding_fields}
        order = 0
        for code, base in sorted(base_fields.items(), key=lambda kv: kv[1].order):
            order += 1
            if code in own:
                listed = own.pop(code)
                OutstandingField.objects.create(
                    criteria_set=self.set,
                    code=code,
                    name=listed.name,
                    order=order,
                    **provenance_fields(listed.source),
                )
            else:
                OutstandingField.objects.create(
                    criteria_set=self.set,
                    code=code,
                    name=base.name,
                    order=order,
                    inherited=True,
                    **_inherited_provenance(base, self.parent),
                )
        for listed in own.values():
            order += 1
            OutstandingField.objects.create(
                criteria_set=self.set,
                code=listed.code,
                name=listed.name,
                order=order,
                **provenance_fields(listed.source),
            )

    def _stand_ins(self) -> None:
        """Each criterion without indicators gets one that stands for the whole
        criterion ("Đạt tiêu chí số N"), so that it can be assessed as a block
        and counted; marked as having no source to check against."""
        parent_stand_ins = {}
        if self.parent is not None:
            parent_stand_ins = {
                i.criterion.number: i
                for i in Indicator.objects.filter(
                    criterion__criteria_set=self.parent, whole_criterion=True
                ).select_related("criterion")
            }
        for criterion in self.set.criteria.filter(indicators__isnull=True):
            Indicator.objects.create(
                criterion=criterion,
                code=str(criterion.number),
                order=0,
                name=f"Đạt tiêu chí số {criterion.number} – {criterion.name}",
                comparator="met",
                required_text="Đạt",
                whole_criterion=True,
                inherits_from=parent_stand_ins.get(criterion.number),
                source=STAND_IN_SOURCE,
            )


def _refresh_in_place(current: CriteriaSet, meta: SetMeta, parsed: ParsedSet, parent):
    """Same content: bring provenance, notes, verifying sectors and agencies up
    to date on the current version without a new version. A check
    made in the app is kept; one recorded by a fixture follows the fixture."""
    _apply_provenance(current, meta.source)
    CriteriaSet.objects.filter(pk=current.pk).update(
        name=meta.name,
        note=meta.note,
        expected_criteria=meta.expected_criteria,
        expected_indicators=meta.expected_indicators,
    )
    criteria = {c.number: c for c in current.criteria.all()}
    indicators = {
        (i.criterion.number, i.code, i.valid_to): i
        for i in Indicator.objects.filter(criterion__criteria_set=current)
        .select_related("criterion")
        .prefetch_related("requirements__region")
    }
    writer = _Writer(current, meta, parsed, parent)
    for listed in parsed.criteria:
        criterion = criteria.get(listed.number)
        if criterion is not None and listed.name is not None:
            _apply_provenance(criterion, listed.source)
        for item in listed.indicators:
            indicator = indicators.get((listed.number, item.code, item.valid_to))
            if indicator is None or indicator.inherited:
                continue
            _apply_provenance(indicator, item.source)
            updates = {}
            if item.verifying_sector is not None:
                updates["verifying_sector"] = item.verifying_sector
            if item.verifying_agency is not None:
                updates["verifying_agency"] = writer._agency(item.verifying_agency)
            if item.takes_outstanding_fields is not None:
                updates["takes_outstanding_fields"] = item.takes_outstanding_fields
            if updates:
                Indicator.objects.filter(pk=indicator.pk).update(**updates)
            requirements = {
                (
                    r.region.code if r.region_id else "",
                    r.commune_group or 0,
                    r.year or 0,
                ): r
                for r in indicator.requirements.all()
            }
            for requirement in item.requirements:
                row = requirements.get(requirement.key)
                if row is not None and not row.inherited:
                    _apply_provenance(row, requirement.source)
    fields = {f.code: f for f in current.outstanding_fields.all()}
    for listed in parsed.outstanding_fields:
        if listed.code in fields and not fields[listed.code].inherited:
            _apply_provenance(fields[listed.code], listed.source)


def _apply_provenance(row, source: Source) -> None:
    values = provenance_fields(source)
    if row.checked_by_id is not None:
        # Checked by a person in the app: a fixture never undoes that.
        for key in ("verified", "checked_at", "check_note", "checked_by"):
            values.pop(key)
    type(row).objects.filter(pk=row.pk).update(**values)
