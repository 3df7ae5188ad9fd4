"""Villages (thôn, bản, xóm…): no national list names them, so each commune,
or the province on its behalf, enters them in the browser or from an Excel
sheet.

Who: commune officials and administrators on their communes
(`Area.objects.editable_by`), and account managers on their subtree
(`managed_by`): the province that sets a commune up enters its villages too.

Names: "Thôn Nà Lài" typed whole is split into the kind and the name, as the
app stores them (kind "thôn", name "Nà Lài"); NFC, single spaces. A village
whose name (accents and case aside) the commune already has is not created
twice: uploading the same sheet again changes nothing. A village is never
deleted (reports hang on it); one that merged or ceased gets an end date.

The sheet: columns found by heading ("Xã", "Tên thôn", "Loại"); the "Xã"
column may be left out on a commune's own page. The file passes the same
checks by content as every import (ntm/xlsx.py); problems come
back by row and cell, and nothing is saved unless there are none. The dry
run saves inside a transaction that is rolled back.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ntm import uploads
from ntm.text import fold, nfc
from ntm.xlsx import (
    FONT,
    ImportProblem,
    UploadResult,
    is_formula,
    quoted,
    text_cell,
)
from villages.models import Area, AreaLevel

VILLAGE_KINDS = [
    "thôn",
    "bản",
    "xóm",
    "làng",
    "ấp",
    "buôn",
    "plei",
    "sóc",
    "khu",
    "khu phố",
    "khu dân cư",
    "tổ dân phố",
    "khối",
    "tiểu khu",
]
# Longest first, so that "khu dân cư Bắc Sơn" is not read as kind "khu".
_PREFIXES = sorted(VILLAGE_KINDS, key=len, reverse=True)
SHEET_TITLE = "Thôn, khu dân cư"
HEADER = PatternFill("solid", fgColor="D9E1F2")
MAX_VILLAGES = 2_000
COLUMNS = {
    "commune": ("xa", "xa, phuong", "xa/phuong", "don vi cap xa", "xa phuong"),
    "name": (
        "ten thon",
        "thon",
        "ten",
        "ten thon, khu dan cu",
        "thon, ban",
        "ten thon, ban",
    ),
    "kind": ("loai", "loai don vi"),
}


def villages_scope(user):
    """Areas whose villages `user` enters: plan editors' and account
    managers' subtrees (one query, as a queryset)."""
    return Area.objects.filter(
        Q(pk__in=Area.objects.editable_by(user).values("pk"))
        | Q(pk__in=Area.objects.managed_by(user).values("pk"))
    )


def split_name(kind: str, name: str) -> tuple[str, str]:
    """("", "Thôn Nà Lài") → ("thôn", "Nà Lài"); a kind written in the name
    wins over the one chosen ("thôn", "Xóm Bãi") → ("xóm", "Bãi"), since the
    form always sends one; otherwise the kind given, "thôn" by default."""
    kind = " ".join(nfc(kind).lower().split())
    name = " ".join(nfc(name).split())
    lowered = name.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix + " ") and len(name) > len(prefix) + 1:
            return prefix, name[len(prefix) + 1 :]
    return kind or "thôn", name


def village_problems(*, commune: Area, kind: str, name: str, exclude=None) -> dict:
    problems = {}
    if not name:
        problems["name"] = "Hãy ghi tên thôn."
    elif len(name) > 150:
        problems["name"] = "Tên thôn dài quá 150 ký tự."
    if kind not in VILLAGE_KINDS:
        problems["kind"] = (
            f"Loại “{kind}” không có trong danh sách: " + ", ".join(VILLAGE_KINDS) + "."
        )
    if name:
        same = [
            v
            for v in commune.children.filter(level=AreaLevel.VILLAGE).active()
            if fold(v.name) == fold(name) and v.pk != getattr(exclude, "pk", None)
        ]
        if same:
            problems["name"] = f"{commune.title_name} đã có {same[0].full_name}."
    return problems


def _commune_in_scope(user, commune: Area) -> None:
    if (
        commune.level != AreaLevel.COMMUNE
        or not villages_scope(user).filter(pk=commune.pk).exists()
    ):
        raise PermissionDenied("Bạn không nhập thôn cho địa bàn này.")


@transaction.atomic
def village_create(*, user, commune: Area, kind: str, name: str) -> Area:
    """A new village of `commune` (ValidationError by field)."""
    _commune_in_scope(user, commune)
    kind, name = split_name(kind, name)
    problems = village_problems(commune=commune, kind=kind, name=name)
    if problems:
        raise ValidationError(problems)
    village = Area(parent=commune, level=AreaLevel.VILLAGE, kind=kind, name=name)
    village.full_clean(exclude=["path"])
    village.save()
    return village


@transaction.atomic
def village_update(*, user, village: Area, kind: str, name: str, valid_to=None) -> Area:
    """Rename a village, or end it (merged, ceased): never deleted."""
    _commune_in_scope(user, village.parent)
    kind, name = split_name(kind, name)
    problems = village_problems(
        commune=village.parent, kind=kind, name=name, exclude=village
    )
    if problems:
        raise ValidationError(problems)
    village.kind, village.name, village.valid_to = kind, name, valid_to
    village.full_clean(exclude=["path"])
    village.save()
    return village


# ── Excel ──


def template_workbook(*, user, area: Area) -> bytes:
    """A sheet to fill: one row per village; the communes of `area` listed."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws["A1"] = "DANH SÁCH THÔN, KHU DÂN CƯ"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    ws["A2"] = (
        "Mỗi dòng một thôn. Cột “Xã” ghi như danh sách bên phải (để trống nếu "
        "nhập cho chính xã của trang). Cột “Loại”: thôn, bản, xóm, làng, ấp, "
        "buôn, khu, tổ dân phố…; để trống là thôn."
    )
    ws["A2"].font = Font(name=FONT, italic=True, color="C00000")
    for column, (title, width) in enumerate(
        [("STT", 6), ("Xã", 28), ("Tên thôn", 30), ("Loại", 14)], start=1
    ):
        cell = ws.cell(4, column, title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER
        ws.column_dimensions[get_column_letter(column)].width = width
    communes = _communes(user, area)
    ws.cell(4, 6, "Các xã (ghi vào cột Xã)").font = Font(name=FONT, bold=True)
    for index, commune in enumerate(communes, start=5):
        text_cell(ws.cell(index, 6), commune.title_name)
    ws.column_dimensions["F"].width = 32
    if area.level == AreaLevel.COMMUNE:
        for index, village in enumerate(
            area.children.filter(level=AreaLevel.VILLAGE).active().order_by("name"),
            start=5,
        ):
            ws.cell(index, 1, index - 4)
            text_cell(ws.cell(index, 2), area.title_name)
            text_cell(ws.cell(index, 3), village.name)
            text_cell(ws.cell(index, 4), village.kind)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _communes(user, area: Area) -> list[Area]:
    return list(
        villages_scope(user)
        .filter(path__startswith=area.path, level=AreaLevel.COMMUNE)
        .active()
        .order_by("path")
    )


@dataclass
class VillageRow:
    row: int
    commune: Area
    kind: str
    name: str
    exists: bool = False


@dataclass
class VillageImportResult(UploadResult):
    rows: list[VillageRow] = field(default_factory=list)

    @property
    def new(self) -> list[VillageRow]:
        return [r for r in self.rows if not r.exists]


def _heading(value) -> str | None:
    if not isinstance(value, str):
        return None
    text = fold(value).strip(" :*")
    return next((k for k, names in COLUMNS.items() if text in names), None)


def village_import(*, user, area: Area, upload, dry_run: bool, filename: str = ""):
    """Check a sheet of villages for the communes of `area` and, unless
    `dry_run` or anything is wrong, create the new ones (one transaction)."""
    if not villages_scope(user).filter(pk=area.pk).exists():
        raise PermissionDenied("Bạn không nhập thôn cho địa bàn này.")
    result = VillageImportResult(dry_run=dry_run)
    wb = uploads.opened_workbook(upload, result, filename=filename)
    if wb is None:
        return result
    ws = wb.worksheets[0]
    header_row, columns = None, {}
    for row in range(1, min(ws.max_row, 15) + 1):
        found = {}
        for column in range(1, min(ws.max_column, 30) + 1):
            key = _heading(ws.cell(row, column).value)
            if key and key not in found:
                found[key] = column
        if "name" in found:
            header_row, columns = row, found
            break
    if header_row is None:
        result.problems.append(
            ImportProblem(
                "Không tìm thấy dòng tiêu đề có cột “Tên thôn” trong 15 dòng đầu. "
                "Hãy dùng tệp mẫu tải từ trang này."
            )
        )
        return result
    if "commune" not in columns and area.level != AreaLevel.COMMUNE:
        result.problems.append(
            ImportProblem(
                "Tệp thiếu cột “Xã”: nhập cho nhiều xã thì mỗi dòng phải ghi xã."
            )
        )
        return result
    _read(
        user=user,
        area=area,
        ws=ws,
        header_row=header_row,
        columns=columns,
        result=result,
    )
    if result.problems or not result.new:
        return result
    with transaction.atomic():
        for item in result.new:
            try:
                village_create(
                    user=user, commune=item.commune, kind=item.kind, name=item.name
                )
            except ValidationError as error:
                for message in error.messages:
                    result.problems.append(
                        ImportProblem(message, label=f"Dòng {item.row}", row=item.row)
                    )
        if result.problems or dry_run:
            transaction.set_rollback(True)
            return result
    result.applied = True
    return result


def _read(*, user, area, ws, header_row, columns, result) -> None:
    communes = _communes(user, area)
    by_name: dict[str, list[Area]] = {}
    for commune in communes:
        for key in {fold(commune.title_name), fold(commune.name)}:
            by_name.setdefault(key, []).append(commune)
    by_code = {c.code: c for c in communes if c.code}
    existing: dict[int, set[str]] = {}
    for village in Area.objects.filter(
        parent__in=communes, level=AreaLevel.VILLAGE
    ).active():
        existing.setdefault(village.parent_id, set()).add(fold(village.name))
    seen: dict[tuple[int, str], int] = {}
    sheet = ws.title
    rows = [
        r
        for r in range(header_row + 1, ws.max_row + 1)
        if any(ws.cell(r, c).value not in (None, "") for c in columns.values())
    ]
    if len(rows) > MAX_VILLAGES:
        result.problems.append(
            ImportProblem(
                f"Tệp có {len(rows)} dòng; mỗi lần nhập tối đa {MAX_VILLAGES} thôn."
            )
        )
        return

    def problem(message, row, key):
        cell = f"{get_column_letter(columns[key])}{row}"
        result.problems.append(
            ImportProblem(
                message, label=f"Dòng {row}, ô {cell}", sheet=sheet, row=row, cell=cell
            )
        )

    for row in rows:
        cells = {key: ws.cell(row, column) for key, column in columns.items()}
        formula = [key for key, cell in cells.items() if is_formula(cell)]
        for key in formula:
            problem("ô chứa công thức; hãy dán giá trị thay cho công thức", row, key)
        if formula:
            continue
        texts = {
            key: nfc(" ".join(str(cell.value).split()))
            if cell.value is not None
            else ""
            for key, cell in cells.items()
        }
        commune = area if area.level == AreaLevel.COMMUNE else None
        if texts.get("commune"):
            text = texts["commune"]
            matches = (
                [by_code[text]] if text in by_code else by_name.get(fold(text), [])
            )
            if len(matches) != 1:
                problem(
                    f"không tìm thấy xã {quoted(text)} trong các xã bạn nhập thôn"
                    + (
                        f" ({area.title_name})."
                        if area.level != AreaLevel.COMMUNE
                        else "."
                    )
                    if not matches
                    else f"có nhiều xã tên {quoted(text)}; hãy ghi mã xã.",
                    row,
                    "commune",
                )
                continue
            commune = matches[0]
            if area.level == AreaLevel.COMMUNE and commune.pk != area.pk:
                problem(
                    f"{commune.title_name} không phải {area.full_name}: trang này chỉ "
                    "nhập thôn của xã này.",
                    row,
                    "commune",
                )
                continue
        if commune is None:
            problem("hãy ghi xã của thôn.", row, "commune")
            continue
        kind, name = split_name(texts.get("kind", ""), texts.get("name", ""))
        if not name:
            problem("hãy ghi tên thôn.", row, "name")
            continue
        if len(name) > 150:
            problem("tên thôn dài quá 150 ký tự.", row, "name")
            continue
        if kind not in VILLAGE_KINDS:
            problem(
                f"loại {quoted(kind)} không có trong danh sách: "
                + ", ".join(VILLAGE_KINDS)
                + ".",
                row,
                "kind" if "kind" in columns else "name",
            )
            continue
        key = (commune.pk, fold(name))
        if key in seen:
            problem(f"{kind} {name} đã có ở dòng {seen[key]}.", row, "name")
            continue
        seen[key] = row
        result.rows.append(
            VillageRow(
                row=row,
                commune=commune,
                kind=kind,
                name=name,
                exists=fold(name) in existing.get(commune.pk, set()),
            )
        )


TEMPLATE_FILENAME = "mau-thon.xlsx"
