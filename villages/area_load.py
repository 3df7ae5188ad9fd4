"""A province's administrative units from maintained national lists, loaded
idempotently (`manage.py load_areas`).

Two libraries, read as data (their JSON and SQLite files; their Python code,
which pulls in geometry packages, is never imported):

- `vietnam-provinces`: the units in force since 1 July 2025, 34 provinces and
  3,321 commune-level units (xã, phường, đặc khu) with their official codes.
  This is the list the app's communes come from.
- `vietnamadminunits`: the 2021–2025 shape (63 provinces, their districts and
  communes with codes) and which old communes went into which new one. From
  it come the districts and communes kept as history (valid to 30/06/2025)
  and the AreaSuccession records. A new commune the library cannot match is
  loaded without history, and the command says so: the province enters that
  history itself (the admin's "Sắp xếp đơn vị hành chính").

The two lists spell some names differently ("Thuỷ"/"Thủy", doubled spaces,
"–"/"-") and number 114 units differently; they are joined by province and
name, accents kept, falling back to an accent-free match only where it is
unambiguous on both sides ("Văn Lang" and "Văn Lăng" are two communes of one
province).

Names: the lists write "Xã Thất Khê", "Thành phố Hà Nội", "Lạng Sơn"; the app
stores the kind and the bare name (kind "xã", name "Thất Khê"; full_name puts
them together), NFC-normalised with whitespace collapsed.

Idempotent and respectful of corrections: each unit carries the key of its
list record (`Area.source_key`) and the name, kind and code the list gave at
the last load (`Area.source_values`). A field that differs from what the list
last gave was corrected by a person and is kept; a field still as loaded
follows the list. Units typed by hand before the first load are adopted by
code or by unambiguous name under the same parent, their non-blank values
kept. Parents and validity dates are set on creation only. Nothing is ever
deleted. Every change is listed in the returned report.
"""

from __future__ import annotations

import datetime
import functools
import importlib.util
import json
import re
import sqlite3
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from ntm.text import fold
from villages.models import Area, AreaLevel, AreaSuccession

REFORM_DAY = datetime.date(2025, 7, 1)
LAST_OLD_DAY = datetime.date(2025, 6, 30)
PROVINCE_BASIS = (
    "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp "
    "đơn vị hành chính cấp tỉnh"
)
COMMUNE_BASIS = (
    "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành "
    "chính cấp xã của {province} năm 2025"
)
FIELDS = ("name", "kind", "code")


class UnknownProvince(ValueError):
    """The name or code given matches no province, or more than one."""


# ── The libraries' data ──


@dataclass
class Unit:
    """One unit as a list gives it, in the app's terms."""

    key: str  # Area.source_key
    level: str
    kind: str
    name: str
    code: str
    parent_key: str | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None

    @property
    def values(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind, "code": self.code}

    @property
    def full_name(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass
class Succession:
    successor: str
    predecessors: list[str]
    effective_on: datetime.date
    legal_basis: str


@dataclass
class ProvinceUnits:
    """Everything the lists hold for one province of today."""

    province: Unit
    communes: list[Unit]
    history: list[Unit] = field(
        default_factory=list
    )  # old provinces, districts, communes
    successions: list[Succession] = field(default_factory=list)
    without_history: list[Unit] = field(default_factory=list)


def _package_dir(name: str) -> Path:
    """The installed package's folder, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"Chưa cài thư viện {name} (pip install -e .).")
    return Path(next(iter(spec.submodule_search_locations)))


def clean_text(value: str | None) -> str:
    """NFC, whitespace collapsed: "Xã  Bắc Đông Quan" → "Xã Bắc Đông Quan"."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def split_kind(full_name: str, kind: str) -> tuple[str, str]:
    """("Xã Thất Khê", "xã") → ("xã", "Thất Khê"); a name without its prefix
    ("Lạng Sơn", "tỉnh") keeps it whole."""
    full_name, kind = clean_text(full_name), clean_text(kind).lower()
    if kind == "thành phố trung ương":
        kind = "thành phố"
    if full_name.lower().startswith(kind + " "):
        return kind, full_name[len(kind) + 1 :]
    return kind, full_name


def _join_key(name: str) -> str:
    """Case, spaces, dashes and apostrophes aside; accents kept."""
    text = clean_text(name).casefold()
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return re.sub(r"[’‘`´]", "'", text)


def _loose_key(name: str) -> str:
    return fold(_join_key(name))


@functools.cache
def national_list() -> dict[str, ProvinceUnits]:
    """Every province of today with its communes and, where the conversion
    library has it, its 2021–2025 history; by two-digit province code."""
    data_dir = _package_dir("vietnam_provinces") / "data"
    provinces = json.loads((data_dir / "nested-divisions.json").read_text("utf-8"))
    result: dict[str, ProvinceUnits] = {}
    for item in provinces:
        code = f"{int(item['code']):02d}"
        kind, name = split_kind(item["name"], item["division_type"])
        province = Unit(
            key=f"dvhc2025:t:{code}",
            level=AreaLevel.PROVINCE,
            kind=kind,
            name=name,
            code=code,
        )
        communes = []
        for ward in item["wards"]:
            ward_kind, ward_name = split_kind(ward["name"], ward["division_type"])
            ward_code = f"{int(ward['code']):05d}"
            communes.append(
                Unit(
                    key=f"dvhc2025:x:{ward_code}",
                    level=AreaLevel.COMMUNE,
                    kind=ward_kind,
                    name=ward_name,
                    code=ward_code,
                    parent_key=province.key,
                    valid_from=REFORM_DAY,
                )
            )
        result[code] = ProvinceUnits(province=province, communes=communes)
    _add_history(result)
    return result


def data_versions() -> str:
    """The versions of the two lists, for the command's output and the docs."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("vietnam-provinces", "vietnamadminunits"):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:  # pragma: no cover - both are dependencies
            parts.append(f"{name} (chưa cài)")
    return ", ".join(parts)


def _add_history(result: dict[str, ProvinceUnits]) -> None:
    """The 2021–2025 districts and communes and the successions, from
    vietnamadminunits, joined to the new communes by province and name."""
    data_dir = _package_dir("vietnamadminunits") / "data"
    conversion = json.loads((data_dir / "converter_2025.json").read_text("utf-8"))
    with sqlite3.connect(f"file:{data_dir / 'dataset.db'}?mode=ro", uri=True) as db:
        new_rows = db.execute(
            "SELECT provinceCode, provinceKey, ward, wardKey FROM admin_units"
        ).fetchall()
        old_rows = db.execute(
            "SELECT provinceKey, province, provinceCode, districtKey, district, "
            "districtType, districtCode, wardKey, ward, wardType, wardCode "
            "FROM admin_units_legacy"
        ).fetchall()
    province_key_of = {code: key for code, key, _, _ in new_rows}

    # Old units by the conversion table's keys ("tinhlangson_huyencaoloc_xathuyhung").
    old_units: dict[str, Unit] = {}
    old_by_province: dict[str, list[Unit]] = defaultdict(list)
    for (
        p_key,
        p_name,
        p_code,
        d_key,
        d_name,
        d_type,
        d_code,
        w_key,
        w_name,
        w_type,
        w_code,
    ) in old_rows:
        city = clean_text(p_name).lower().startswith("thành phố")
        p_kind, p_bare = split_kind(p_name, "thành phố" if city else "tỉnh")
        old_province = Unit(
            key=f"dvhc2021:t:{p_code}",
            level=AreaLevel.PROVINCE,
            kind=p_kind,
            name=p_bare,
            code=p_code,
            valid_to=LAST_OLD_DAY,
        )
        d_kind, d_bare = split_kind(d_name, d_type)
        district = Unit(
            key=f"dvhc2021:h:{d_code}",
            level=AreaLevel.DISTRICT,
            kind=d_kind,
            name=d_bare,
            code=d_code,
            parent_key=old_province.key,
            valid_to=LAST_OLD_DAY,
        )
        if old_province.key not in old_units:
            old_units[old_province.key] = old_province
            old_by_province[p_key].append(old_province)
        if district.key not in old_units:
            old_units[district.key] = district
            old_by_province[p_key].append(district)
        if w_name:
            w_kind, w_bare = split_kind(w_name, w_type)
            commune = Unit(
                key=f"dvhc2021:x:{w_code}",
                level=AreaLevel.COMMUNE,
                kind=w_kind,
                name=w_bare,
                code=w_code,
                parent_key=district.key,
                valid_to=LAST_OLD_DAY,
            )
            old_units[commune.key] = commune
            old_by_province[p_key].append(commune)
            old_units[f"{p_key}_{d_key}_{w_key}"] = commune
        else:
            # An island district without communes became a special zone itself.
            old_units[f"{p_key}_{d_key}_"] = district
            old_units[f"{p_key}_{d_key}_None"] = district

    # New communes in vietnamadminunits' terms (province key, ward key).
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    by_loose: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for p_code, p_key, ward, w_key in new_rows:
        by_name[(p_code, _join_key(ward))] = (p_key, w_key)
        by_loose[(p_code, _loose_key(ward))].append((p_key, w_key))

    merged = conversion["DICT_PROVINCE_WARD_NO_DIVIDED"]
    divided = conversion["DICT_PROVINCE_WARD_DIVIDED"]
    predecessors: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p_key, wards in merged.items():
        for w_key, old_keys in wards.items():
            predecessors[(p_key, w_key)].extend(old_keys)
    for p_key, olds in divided.items():
        for old_key, targets in olds.items():
            for target in targets:
                predecessors[(p_key, target["newWardKey"])].append(old_key)

    for code, units in result.items():
        p_key = province_key_of.get(code)
        if p_key is None:
            units.without_history = list(units.communes)
            continue
        loose_counts = defaultdict(int)
        for commune in units.communes:
            loose_counts[_loose_key(commune.full_name)] += 1
        kept_old: dict[str, Unit] = {}
        old_provinces = conversion["DICT_PROVINCE"].get(p_key, [])
        for commune in units.communes:
            match = by_name.get((code, _join_key(commune.full_name)))
            if match is None:
                loose = by_loose.get((code, _loose_key(commune.full_name)), [])
                if len(loose) == 1 and loose_counts[_loose_key(commune.full_name)] == 1:
                    match = loose[0]
            olds = [old_units[k] for k in predecessors.get(match, []) if k in old_units]
            if not olds:
                units.without_history.append(commune)
                continue
            for old in olds:
                kept_old[old.key] = old
            units.successions.append(
                Succession(
                    successor=commune.key,
                    predecessors=sorted({old.key for old in olds}),
                    effective_on=REFORM_DAY,
                    legal_basis=COMMUNE_BASIS.format(province=units.province.full_name),
                )
            )
        # Every old unit of the old provinces that make up this one, whether or
        # not a match was found, so the history is whole.
        for old_p_key in old_provinces:
            for old in old_by_province.get(old_p_key, []):
                kept_old.setdefault(old.key, old)
        history = sorted(
            kept_old.values(),
            key=lambda u: (
                [AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE].index(
                    u.level
                ),
                u.code,
            ),
        )
        # The old province of the same code is this province, before and after.
        same = f"dvhc2021:t:{code}"
        for unit in history:
            if unit.parent_key == same:
                unit.parent_key = units.province.key
        units.history = [u for u in history if u.key != same]
        absorbed = [u.key for u in units.history if u.level == AreaLevel.PROVINCE]
        if absorbed:
            units.successions.insert(
                0,
                Succession(
                    successor=units.province.key,
                    predecessors=absorbed,
                    effective_on=REFORM_DAY,
                    legal_basis=PROVINCE_BASIS,
                ),
            )


def find_province(query: str) -> ProvinceUnits:
    """The province named or numbered by `query`: "Lạng Sơn", "lang son",
    "Tỉnh Lạng Sơn", "20" or "020"."""
    provinces = national_list()
    text = clean_text(query)
    if text.isdigit():
        found = provinces.get(f"{int(text):02d}")
        if found:
            return found
        raise UnknownProvince(f"Không có tỉnh, thành phố nào mang mã {text}.")
    wanted = _loose_key(text)
    matches = [
        p
        for p in provinces.values()
        if wanted in (_loose_key(p.province.name), _loose_key(p.province.full_name))
    ]
    if len(matches) == 1:
        return matches[0]
    raise UnknownProvince(
        f"Không tìm thấy tỉnh, thành phố “{text}” trong danh mục sau sắp xếp "
        "(34 tỉnh, thành phố). Xem danh sách bằng: manage.py load_areas --list"
    )


# ── Loading ──


@dataclass
class LoadReport:
    """What a load did, in Vietnamese lines for the command to print."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    successions: list[str] = field(default_factory=list)
    without_history: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.adopted or self.successions)


@transaction.atomic
def provinces_load(
    units_list: list[ProvinceUnits], *, history: bool = True, dry_run: bool = False
) -> LoadReport:
    """Create or update the provinces, their communes and (with `history`)
    their 2021–2025 units and successions; with `dry_run`, report and roll
    back. One transaction."""
    report = LoadReport()
    for units in units_list:
        _load_one(units, history=history, report=report)
    if dry_run:
        transaction.set_rollback(True)
    return report


def _load_one(units: ProvinceUnits, *, history: bool, report: LoadReport) -> None:
    records = [units.province, *units.communes]
    if history:
        records += units.history
    known = {
        a.source_key: a
        for a in Area.objects.filter(source_key__in=[u.key for u in records])
    }
    areas: dict[str, Area] = {}
    for unit in records:  # parents before children: the province, then by level
        parent = areas.get(unit.parent_key) if unit.parent_key else None
        areas[unit.key] = _upsert(unit, parent, known.get(unit.key), report)
    if not history:
        return
    for succession in units.successions:
        _succession_upsert(succession, areas, report)
    report.without_history += [
        f"{u.full_name} ({units.province.full_name})" for u in units.without_history
    ]


def _adopt(unit: Unit, parent: Area | None) -> Area | None:
    """A unit typed by hand before the first load: same parent and level, and
    the same code or (when only one fits) the same name, accents aside."""
    candidates = Area.objects.filter(level=unit.level, parent=parent, source_key="")
    if unit.level == AreaLevel.PROVINCE:
        candidates = Area.objects.filter(level=unit.level, source_key="")
    by_code = [a for a in candidates if a.code and a.code == unit.code]
    if len(by_code) == 1:
        return by_code[0]
    by_name = [
        a
        for a in candidates
        if not a.code and _loose_key(a.name) == _loose_key(unit.name)
    ]
    return by_name[0] if len(by_name) == 1 else None


def _upsert(unit: Unit, parent: Area | None, area: Area | None, report) -> Area:
    library = unit.values
    label = f"{unit.full_name} (mã {unit.code})"
    if area is None:
        area = _adopt(unit, parent)
        if area is not None:
            changes = []
            for name in FIELDS:
                if not getattr(area, name):
                    setattr(area, name, library[name])
                    changes.append(name)
            area.source_key, area.source_values = unit.key, library
            area.save()
            report.adopted.append(
                f"{area.full_name}: nhận địa bàn đã có làm {label}"
                + (f", bổ sung {', '.join(changes)}" if changes else "")
            )
            return area
        area = Area(
            parent=parent,
            level=unit.level,
            valid_from=unit.valid_from,
            valid_to=unit.valid_to,
            source_key=unit.key,
            source_values=library,
            **library,
        )
        area.full_clean(exclude=["path"])
        area.save()
        report.created.append(label)
        return area
    last = area.source_values or {}
    updates = []
    for name in FIELDS:
        current, new = getattr(area, name), library[name]
        if current == new:
            continue
        if current != last.get(name, current):
            report.kept.append(
                f"{area.full_name}: giữ {_FIELD_LABELS[name]} “{current}” do người "
                f"dùng sửa (danh mục ghi “{new}”)"
            )
            continue
        updates.append(f"{_FIELD_LABELS[name]} “{current}” → “{new}”")
        setattr(area, name, new)
    if updates or last != library:
        area.source_values = library
        area.save()
        if updates:
            report.updated.append(f"{label}: " + "; ".join(updates))
    else:
        report.unchanged += 1
    return area


_FIELD_LABELS = {"name": "tên", "kind": "loại", "code": "mã"}


def _succession_upsert(succession: Succession, areas: dict, report) -> None:
    """Created once; later loads only add predecessors the list has gained.
    The legal basis and note, which a person completes, are never rewritten."""
    successor = areas[succession.successor]
    predecessors = [areas[k] for k in succession.predecessors if k in areas]
    record = AreaSuccession.objects.filter(
        successor=successor, effective_on=succession.effective_on
    ).first()
    if record is None:
        record = AreaSuccession.objects.create(
            successor=successor,
            effective_on=succession.effective_on,
            legal_basis=succession.legal_basis,
            note="Theo danh mục chuyển đổi của thư viện vietnamadminunits.",
        )
        record.predecessors.set(predecessors)
        names = ", ".join(p.full_name for p in predecessors)
        report.successions.append(f"{successor.full_name} ← {names}")
        return
    have = set(record.predecessors.values_list("pk", flat=True))
    missing = [p for p in predecessors if p.pk not in have]
    if missing:
        record.predecessors.add(*missing)
        names = ", ".join(p.full_name for p in missing)
        report.successions.append(f"{successor.full_name} ← thêm {names}")
