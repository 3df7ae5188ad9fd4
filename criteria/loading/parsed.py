"""What a loader read from a source, before anything is saved.

Every source (the shipped TOML fixtures, an Excel template, a Word appendix, a
PDF) is read into the same shape: a `ParsedSet` of criteria, indicators and
required values, each with where it was read, plus the problems that stop the
load and the warnings the preview shows. `criteria.services` compares it with
the set's current version (`snapshot_*`, `diff`) and turns it into a new
version.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from villages.models import CommuneGroup

# ── Provenance and problems ──


@dataclass
class Source:
    """Where an item was read, and (fixtures only) the check that verified it."""

    source: str = ""  # citation: URL or words
    document: str = ""  # number of a LegalDocument ("318/QĐ-TTg")
    part: str = ""  # "Phụ lục I"
    locator: str = ""  # "trang 3, dòng 14"
    paraphrase: bool = False
    verified: bool = False
    checked_on: datetime.date | None = None
    check_note: str = ""


@dataclass
class Problem:
    """A reason the load stops (or, as a warning, something the preview shows):
    `where` names the row ("Dòng 14", "Bảng 2, dòng 5"), `message` says what
    is wrong and what to do, in Vietnamese."""

    where: str
    message: str

    @property
    def text(self) -> str:
        if not self.where:
            return self.message
        return f"{self.where[:1].upper()}{self.where[1:]}: {self.message}"


# ── The parsed content ──


@dataclass
class Level:
    """A required value: comparator, number, wording as printed, footnote."""

    comparator: str
    number: Decimal | None = None
    text: str = ""
    note: str = ""

    def key(self) -> tuple:
        number = None if self.number is None else self.number.normalize()
        return (self.comparator, number, self.text, self.note)


@dataclass
class ParsedRequirement:
    """The level for one region, commune group or year."""

    level: Level
    region: str = ""  # Region.code
    commune_group: int | None = None
    year: int | None = None
    source: Source = field(default_factory=Source)

    @property
    def key(self) -> tuple:
        return (self.region, self.commune_group or 0, self.year or 0)

    @property
    def label(self) -> str:
        return requirement_key_label(self.key)


def requirement_key_label(key: tuple) -> str:
    region, group, year = key
    parts = []
    if region:
        parts.append(region)
    if group:
        parts.append(CommuneGroup(group).label)
    if year:
        parts.append(f"năm {year}")
    return ", ".join(parts) or "chung"


@dataclass
class ParsedIndicator:
    """An indicator as read. In a fixture that refines a parent set, a field
    left None keeps the parent's value (an override names only what changes)."""

    code: str
    name: str | None = None
    unit: str | None = None
    level: Level | None = None  # the general level (Chỉ tiêu chung)
    requirements: list[ParsedRequirement] = field(default_factory=list)
    verifying_sector: str | None = None
    verifying_agency: str | None = None
    takes_outstanding_fields: bool | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    amended_by: str = ""
    order: int = 0
    source: Source = field(default_factory=Source)
    where: str = ""
    remark: str = ""  # the row's "Ghi chú" cell, kept as the general note


@dataclass
class ParsedCriterion:
    """A criterion as read; name None (fixtures): the parent's row is kept
    as inherited, only its indicators are changed or added."""

    number: int
    name: str | None = None
    group: str | None = None
    description: str | None = None
    indicators: list[ParsedIndicator] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    where: str = ""


@dataclass
class ParsedField:
    code: str
    name: str
    source: Source = field(default_factory=Source)


@dataclass
class ParsedSet:
    criteria: list[ParsedCriterion] = field(default_factory=list)
    groups: list[tuple[str, str]] = field(default_factory=list)
    outstanding_fields: list[ParsedField] = field(default_factory=list)
    dimension: str = ""  # region | commune_group | none; "" when not stated
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # footnote mark → text

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def indicators(self) -> list[ParsedIndicator]:
        return [i for c in self.criteria for i in c.indicators]


# ── Snapshots: the content that decides "đạt / chưa đạt", for comparing ──

# A change to any of these makes a new version. Provenance, the verifying
# sector and agency, and the order of rows are updated in place: they do not
# change how an assessment is judged.
INDICATOR_FIELDS = ("criterion", "name", "unit", "level", "valid_from", "valid_to")


@dataclass
class Snapshot:
    meta: dict = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    criteria: dict[int, tuple] = field(default_factory=dict)  # name, group, text
    indicators: dict[str, dict] = field(default_factory=dict)
    requirements: dict[tuple, tuple] = field(default_factory=dict)  # (code, key)
    fields: dict[str, str] = field(default_factory=dict)

    def __eq__(self, other) -> bool:
        return isinstance(other, Snapshot) and self.__dict__ == other.__dict__


@dataclass
class Change:
    kind: str  # added | removed | changed
    item: str  # "Tiêu chí số 3", "Chỉ tiêu 3.1", "Chỉ tiêu 15.3 (TDMNPB)"
    before: str = ""
    after: str = ""

    @property
    def kind_label(self) -> str:
        return {"added": "Thêm", "removed": "Bỏ", "changed": "Sửa"}[self.kind]


META_LABELS = {
    "name": "Tên bộ tiêu chí",
    "level": "Loại",
    "subject_level": "Đối tượng đánh giá",
    "period": "Giai đoạn",
    "dimension": "Mức đạt chuẩn",
    "parent": "Bộ tiêu chí cha",
    "province": "Tỉnh",
    "document": "Văn bản",
    "note": "Ghi chú",
}


def _level_text(level: tuple | None) -> str:
    if not level:
        return "chưa có mức yêu cầu"
    comparator, number, text, note = level
    symbol = {"gte": "≥", "lte": "≤", "gt": ">", "lt": "<", "eq": "="}
    if text:
        shown = text
    elif comparator in symbol:
        shown = f"{symbol[comparator]} {number}"
    else:
        shown = {"met": "Đạt", "none": "Không", "delegated": "Do tỉnh quy định"}.get(
            comparator, comparator
        )
    return f"{shown} ({note})" if note else shown


def diff(before: Snapshot | None, after: Snapshot) -> list[Change]:
    """What changes from `before` (the current version; None for a new set)
    to `after`, item by item, in reading order."""
    before = before or Snapshot()
    changes: list[Change] = []
    for key, label in META_LABELS.items():
        if before.meta and before.meta.get(key) != after.meta.get(key):
            changes.append(
                Change(
                    "changed",
                    label,
                    str(before.meta.get(key) or ""),
                    str(after.meta.get(key) or ""),
                )
            )

    def compare(old: dict, new: dict, name, show) -> None:
        for key in sorted(old.keys() | new.keys(), key=_sort_key):
            if key not in old:
                changes.append(Change("added", name(key), after=show(new[key])))
            elif key not in new:
                changes.append(Change("removed", name(key), before=show(old[key])))
            elif old[key] != new[key]:
                changes.append(
                    Change("changed", name(key), show(old[key]), show(new[key]))
                )

    compare(before.groups, after.groups, lambda k: f"Nhóm {k}", lambda v: v)
    compare(
        before.criteria,
        after.criteria,
        lambda k: f"Tiêu chí số {k}",
        lambda v: v[0] + (f" (nhóm {v[1]})" if v[1] else ""),
    )
    for code in sorted(
        before.indicators.keys() | after.indicators.keys(), key=_sort_key
    ):
        old, new = before.indicators.get(code), after.indicators.get(code)
        item = f"Chỉ tiêu {code}"
        if old is None:
            changes.append(Change("added", item, after=_indicator_text(new)))
        elif new is None:
            changes.append(Change("removed", item, before=_indicator_text(old)))
        else:
            for name in INDICATOR_FIELDS:
                if old.get(name) != new.get(name):
                    show = _level_text if name == "level" else lambda v: str(v or "")
                    changes.append(
                        Change(
                            "changed",
                            f"{item}: {FIELD_LABELS[name]}",
                            show(old.get(name)),
                            show(new.get(name)),
                        )
                    )
    compare(
        before.requirements,
        after.requirements,
        lambda k: f"Chỉ tiêu {k[0]} ({requirement_key_label(k[1])})",
        _level_text,
    )
    compare(before.fields, after.fields, lambda k: f"Lĩnh vực nổi trội {k}", str)
    return changes


FIELD_LABELS = {
    "criterion": "tiêu chí",
    "name": "nội dung",
    "unit": "đơn vị tính",
    "level": "mức chung",
    "valid_from": "áp dụng từ",
    "valid_to": "áp dụng đến",
}


def _indicator_text(values: dict) -> str:
    unit = f" ({values['unit']})" if values.get("unit") else ""
    return (
        f"{values.get('name', '')}{unit}; mức chung: {_level_text(values.get('level'))}"
    )


def _sort_key(key) -> tuple:
    """Codes in reading order: 2 < 2.1 < 2.10 < 10; tuples by their first part."""
    if isinstance(key, tuple):
        return (_sort_key(key[0]), tuple(str(part) for part in key[1:]))
    parts = []
    for part in str(key).split("."):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)
