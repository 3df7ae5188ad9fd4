"""Accounts from an Excel sheet: one row per person (họ và tên, tên đăng nhập,
chức vụ, điện thoại, thư điện tử, địa bàn, vai trò, hiệu lực từ / đến).

The file passes the same checks by content as the target import
(ntm/xlsx.py: zip signature, legacy .xls, size, zip bombs, sheet
dimensions) before a cell is read. Columns are found by their heading, in any
order and spelling variant ("Email", "Thư điện tử"; "SĐT", "Điện thoại"), so
a province's own staff list works as well as the template. Each row is then
checked by the same rules as the one-by-one form (accounts.account_problems),
and problems come back by row and cell.

A sheet whose data no longer sits under its headings (a column inserted or
deleted in the data only) is the mistake that would otherwise put phone
numbers into e-mail addresses: data under no heading, or a value that fits
the neighbouring column (an address under "Điện thoại", a role under "Địa
bàn"), is reported as shifted columns, and nothing is saved.

Nothing is saved unless every row is right; the dry run creates the accounts
inside a transaction that is rolled back, so it reports what applying would
refuse. Applying returns each new account's temporary password, once.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

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
from villages import accounts
from villages.accounts import PHONE_RE, AccountData
from villages.models import Area, AreaLevel, Role

SHEET_TITLE = "Tài khoản"
AREAS_SHEET = "Danh sách địa bàn"
MAX_ACCOUNTS = 500
HEADER = PatternFill("solid", fgColor="D9E1F2")

# Column → the headings that name it (folded: no accents, lower case).
COLUMNS = {
    "full_name": ("ho va ten", "ho ten", "ten can bo", "ho va ten can bo"),
    "username": ("ten dang nhap", "tai khoan", "username"),
    "position": ("chuc vu", "chuc danh"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "dt"),
    "email": ("thu dien tu", "email", "e-mail", "dia chi thu dien tu"),
    "area": ("dia ban", "don vi", "dia ban cong tac"),
    "role": ("vai tro", "quyen"),
    "valid_from": ("hieu luc tu", "tu ngay", "ngay bat dau"),
    "valid_to": ("hieu luc den", "den ngay", "ngay ket thuc"),
}
REQUIRED = ("full_name", "area", "role")
TEMPLATE_HEADINGS = [
    ("STT", None, 6),
    ("Họ và tên", "full_name", 26),
    ("Tên đăng nhập", "username", 20),
    ("Chức vụ", "position", 26),
    ("Điện thoại", "phone", 15),
    ("Thư điện tử", "email", 28),
    ("Địa bàn", "area", 30),
    ("Vai trò", "role", 28),
    ("Hiệu lực từ", "valid_from", 13),
    ("Hiệu lực đến", "valid_to", 13),
]
LABELS = {key: title for title, key, _ in TEMPLATE_HEADINGS if key}
INSTRUCTION = (
    "Mỗi dòng một người. Bắt buộc: Họ và tên, Địa bàn (ghi như ở trang “Danh sách "
    "địa bàn” hoặc mã đơn vị), Vai trò (chọn trong danh sách). Tên đăng nhập để "
    "trống thì hệ thống tự tạo. Ngày ghi dd/mm/yyyy; để trống “Hiệu lực từ” là từ "
    "hôm nay. Không chèn hay xóa cột ở phần dữ liệu."
)

NO_TABLE = (
    "Không tìm thấy dòng tiêu đề có các cột “Họ và tên”, “Địa bàn” và “Vai trò” "
    "trong 15 dòng đầu. Hãy dùng tệp mẫu tải từ trang này."
)
SHIFTED = (
    "Các cột của tệp bị lệch so với dòng tiêu đề (dòng {row}): {detail} Không có "
    "tài khoản nào được tạo; hãy đưa dữ liệu về đúng cột rồi tải lên lại."
)
TOO_MANY = "Tệp có {count} dòng; mỗi lần nhập tối đa {limit} tài khoản."


@dataclass
class AccountRow:
    row: int
    data: AccountData
    area_text: str
    role_text: str
    username_given: bool
    password: str = ""


@dataclass
class AccountImportResult(UploadResult):
    rows: list[AccountRow] = field(default_factory=list)


# ── The template ──


def area_label(area: Area, parent: Area | None) -> str:
    """How a sheet names an area: "Xã Thất Khê", "Thôn Nà Lài, xã Thụy Hùng"."""
    if area.level == AreaLevel.VILLAGE and parent is not None:
        return f"{area.title_name}, {parent.full_name}"
    return area.title_name


def _scope_areas(manager) -> list[tuple[Area, str]]:
    """Active areas of the manager's subtree with the text a sheet uses."""
    areas = list(
        Area.objects.managed_by(manager)
        .active()
        .select_related("parent")
        .order_by("path")
    )
    return [(a, area_label(a, a.parent)) for a in areas]


def template_workbook(*, manager) -> bytes:
    """An empty sheet to fill in, with the manager's areas and the roles."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws["A1"] = "DANH SÁCH TÀI KHOẢN CẦN TẠO"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    ws["A2"] = INSTRUCTION
    ws["A2"].font = Font(name=FONT, italic=True, color="C00000")
    header_row = 4
    for column, (title, _, width) in enumerate(TEMPLATE_HEADINGS, start=1):
        cell = ws.cell(header_row, column, title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(column)].width = width
    # Formats by column, not by cell: cells made in advance would push rows
    # that a tool appends below them.
    for letter in ("I", "J"):
        ws.column_dimensions[letter].number_format = "DD/MM/YYYY"
    ws.column_dimensions["E"].number_format = "@"  # phone numbers keep their 0
    ws.freeze_panes = ws.cell(header_row + 1, 1)

    areas_ws = wb.create_sheet(AREAS_SHEET)
    for column, title in enumerate(["Địa bàn (ghi vào cột Địa bàn)", "Mã", "Cấp"], 1):
        cell = areas_ws.cell(1, column, title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER
    for index, (area, label) in enumerate(_scope_areas(manager), start=2):
        text_cell(areas_ws.cell(index, 1), label)
        text_cell(areas_ws.cell(index, 2), area.code)
        areas_ws.cell(index, 3, area.get_level_display())
    roles_row = 1
    areas_ws.cell(roles_row, 5, "Vai trò").font = Font(name=FONT, bold=True)
    roles = accounts.grantable_roles(manager)
    for index, (_, label) in enumerate(roles, start=2):
        areas_ws.cell(index, 5, label)
    areas_ws.column_dimensions["A"].width = 45
    areas_ws.column_dimensions["E"].width = 32
    validation = DataValidation(
        type="list",
        formula1=f"'{AREAS_SHEET}'!$E$2:$E${len(roles) + 1}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Vai trò không hợp lệ",
        error="Chọn vai trò trong danh sách.",
    )
    validation.add(f"H{header_row + 1}:H{header_row + 200}")
    ws.add_data_validation(validation)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


TEMPLATE_FILENAME = "mau-tai-khoan.xlsx"


# ── Reading ──


def _heading_key(value) -> str | None:
    if not isinstance(value, str):
        return None
    text = fold(value).strip(" :*")
    for key, names in COLUMNS.items():
        if text in names:
            return key
    return None


def _find_header(ws) -> tuple[int, dict[str, int]] | None:
    for row in range(1, min(ws.max_row, 15) + 1):
        found: dict[str, int] = {}
        for column in range(1, min(ws.max_column, 60) + 1):
            key = _heading_key(ws.cell(row, column).value)
            if key and key not in found:
                found[key] = column
        if all(key in found for key in REQUIRED):
            return row, found
    return None


def _cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(" ".join(str(value).split()))


def _cell_date(cell) -> datetime.date | None:
    """A date cell, or text dd/mm/yyyy; ValueError with the reason."""
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _cell_text(cell)
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()  # noqa: DTZ007
        except ValueError:
            continue
    raise ValueError(
        f"{quoted(text)} không phải ngày (ghi dd/mm/yyyy, ví dụ 01/07/2025)"
    )


def _looks_like(kind: str, text: str, roles: dict, areas: dict) -> bool:
    """Whether `text` is what column `kind` holds: the shifted-columns test."""
    if not text:
        return False
    if kind == "email":
        return "@" in text and " " not in text
    if kind == "phone":
        return bool(PHONE_RE.match(accounts.normalise_phone(text)))
    if kind == "role":
        return fold(text) in roles
    if kind == "area":
        return fold(text) in areas
    if kind in ("valid_from", "valid_to"):
        return bool(re.match(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$", text))
    return False


def _role_lookup() -> dict[str, str]:
    lookup = {}
    for role in Role:
        lookup[fold(role.label)] = role.value
        lookup[fold(role.value)] = role.value
    # The short names people write.
    lookup.update(
        {
            "cong chuc": Role.COMMUNE_OFFICIAL,
            "truong thon": Role.VILLAGE_HEAD,
            "can bo huyen": Role.DISTRICT_REVIEWER,
            "duyet bao cao": Role.DISTRICT_REVIEWER,
            "quan ly": Role.ACCOUNT_MANAGER,
        }
    )
    return lookup


def _area_lookup(roots) -> tuple[dict[str, list[Area]], dict[str, list[Area]]]:
    """Areas a sheet may name, by folded label and by code: the active areas
    of the manager's provinces (1 query), so that a commune of the next
    district is "outside your area" rather than "unknown"."""
    by_label: dict[str, list[Area]] = {}
    by_code: dict[str, list[Area]] = {}
    areas = Area.objects.active().select_related("parent").order_by("path")
    if roots is not None:
        provinces = {r.path[:9] for r in roots}
        query = Q(pk__in=[])
        for path in provinces:
            query |= Q(path__startswith=path)
        areas = areas.filter(query)
    for area in areas:
        label = area_label(area, area.parent)
        for key in {fold(label), fold(area.full_name)}:
            by_label.setdefault(key, []).append(area)
        if area.code:
            by_code.setdefault(area.code, []).append(area)
    return by_label, by_code


def account_import(*, manager, upload, dry_run: bool, filename: str = ""):
    """Check an uploaded sheet and, unless `dry_run` or anything is wrong,
    create every account it lists (one transaction). Problems by row and
    cell, in Vietnamese; nothing is saved unless there are none."""
    result = AccountImportResult(dry_run=dry_run)
    wb = uploads.opened_workbook(upload, result, filename=filename)
    if wb is None:
        return result
    found = None
    for ws in wb.worksheets:
        if ws.title == AREAS_SHEET:
            continue
        header = _find_header(ws)
        if header:
            found = (ws, *header)
            break
    if found is None:
        result.problems.append(ImportProblem(NO_TABLE))
        return result
    ws, header_row, columns = found
    _read_rows(
        manager=manager, ws=ws, header_row=header_row, columns=columns, result=result
    )
    if result.problems or not result.rows:
        if not result.rows and not result.problems:
            result.problems.append(
                ImportProblem("Tệp không có dòng nào dưới dòng tiêu đề để nhập.")
            )
        return result
    _create(manager=manager, result=result)
    return result


def _read_rows(*, manager, ws, header_row: int, columns: dict, result) -> None:
    sheet = ws.title
    roles = _role_lookup()
    roots = accounts.manager_roots(manager)
    by_label, by_code = _area_lookup(None if manager.is_superuser else roots)

    def problem(message, *, row=None, column=None, label=""):
        cell = f"{get_column_letter(column)}{row}" if row and column else None
        result.problems.append(
            ImportProblem(message, label=label, sheet=sheet, row=row, cell=cell)
        )

    last_row = ws.max_row
    data_rows = [
        r
        for r in range(header_row + 1, last_row + 1)
        if any(
            ws.cell(r, c).value not in (None, "")
            for c in range(1, min(ws.max_column, 60) + 1)
        )
    ]
    if len(data_rows) > MAX_ACCOUNTS:
        result.problems.append(
            ImportProblem(TOO_MANY.format(count=len(data_rows), limit=MAX_ACCOUNTS))
        )
        return

    # Data under no heading: the classic shift after inserting a column.
    headed = set(columns.values()) | {
        c
        for c in range(1, ws.max_column + 1)
        if ws.cell(header_row, c).value not in (None, "")
    }
    shifted: list[str] = []
    for column in range(1, min(ws.max_column, 60) + 1):
        if column in headed:
            continue
        rows = [r for r in data_rows if ws.cell(r, column).value not in (None, "")]
        if rows:
            letter = get_column_letter(column)
            shifted.append(
                f"cột {letter} có dữ liệu (từ dòng {rows[0]}) nhưng không có tiêu đề."
            )

    seen_usernames: dict[str, int] = {}
    for row in data_rows:
        texts, formulas = {}, set()
        for key, column in columns.items():
            cell = ws.cell(row, column)
            if is_formula(cell):
                formula = getattr(cell.value, "text", cell.value)
                problem(
                    f"ô chứa công thức {quoted(formula)}; hãy dán giá trị thay cho "
                    "công thức (Paste Special → Values)",
                    row=row,
                    column=column,
                    label=f"Dòng {row}, ô {cell.coordinate}",
                )
                formulas.add(key)
                texts[key] = ""
            else:
                texts[key] = _cell_text(cell)
                if key == "phone" and isinstance(cell.value, int | float):
                    # Typed into a number cell, "0912345678" lost its 0.
                    texts[key] = "0" + texts[key].lstrip("0")
        # A value that belongs to the neighbouring column.
        for key, column in columns.items():
            text = texts.get(key, "")
            if not text or _looks_like(key, text, roles, by_label):
                continue
            for other, other_column in columns.items():
                if abs(other_column - column) == 1 and _looks_like(
                    other, text, roles, by_label
                ):
                    shifted.append(
                        f"dòng {row}, ô {get_column_letter(column)}{row} "
                        f"(“{LABELS[key]}”) ghi {quoted(text)}, là giá trị của cột "
                        f"“{LABELS[other]}”."
                    )
                    break
        name = texts.get("full_name", "")
        label = f"Dòng {row}" + (f" ({name})" if name else "")
        dates = {}
        for key in ("valid_from", "valid_to"):
            if key not in columns:
                dates[key] = None
                continue
            try:
                dates[key] = _cell_date(ws.cell(row, columns[key]))
            except ValueError as error:
                problem(
                    str(error),
                    row=row,
                    column=columns[key],
                    label=f"{label}, ô {get_column_letter(columns[key])}{row}",
                )
                dates[key] = None
        area_text = texts.get("area", "")
        area = None
        if area_text:
            area, area_problem = _resolve_area(area_text, by_label, by_code, roots)
            if area_problem:
                problem(
                    area_problem,
                    row=row,
                    column=columns["area"],
                    label=f"{label}, ô {get_column_letter(columns['area'])}{row}",
                )
        role_text = texts.get("role", "")
        role = roles.get(fold(role_text), "")
        if role_text and not role:
            problem(
                f"vai trò {quoted(role_text)} không có trong danh sách (xem trang "
                f"“{AREAS_SHEET}” của tệp mẫu).",
                row=row,
                column=columns["role"],
                label=f"{label}, ô {get_column_letter(columns['role'])}{row}",
            )
        username = texts.get("username", "").lower()
        data = AccountData(
            full_name=name,
            area=area,
            role=role,
            username=username,
            position=texts.get("position", ""),
            phone=accounts.normalise_phone(texts.get("phone", "")),
            email=texts.get("email", ""),
            valid_from=dates["valid_from"],
            valid_to=dates["valid_to"],
        )
        checks = accounts.account_problems(manager, data, roots=roots)
        # Already reported: no "choose an area" on top of "unknown area".
        for key in formulas:
            checks.pop(key, None)
        if area_text and area is None:
            checks.pop("area", None)
        if role_text and not role:
            checks.pop("role", None)
        if not area_text and "area" not in formulas:
            checks["area"] = "Hãy ghi địa bàn."
        if not role_text and "role" not in formulas:
            checks["role"] = "Hãy ghi vai trò."
        for key, message in checks.items():
            column = columns.get(key) or columns.get("full_name")
            problem(
                message,
                row=row,
                column=column,
                label=f"{label}, ô {get_column_letter(column)}{row}",
            )
        if username:
            if fold(username) in seen_usernames:
                problem(
                    f"tên đăng nhập “{username}” trùng với dòng "
                    f"{seen_usernames[fold(username)]}.",
                    row=row,
                    column=columns["username"],
                    label=f"{label}, ô {get_column_letter(columns['username'])}{row}",
                )
            seen_usernames.setdefault(fold(username), row)
        result.rows.append(
            AccountRow(
                row=row,
                data=data,
                area_text=area_text,
                role_text=role_text,
                username_given=bool(username),
            )
        )
    if shifted:
        result.problems.insert(
            0,
            ImportProblem(
                SHIFTED.format(row=header_row, detail=" ".join(shifted[:5])),
                sheet=sheet,
            ),
        )


def _resolve_area(text, by_label, by_code, roots) -> tuple[Area | None, str | None]:
    """The area a cell names, by code or by label; the reason if none or many."""
    code = text.strip()
    matches = None
    if code.isdigit():
        matches = by_code.get(code) or by_code.get(code.zfill(5))
    if not matches:
        matches = by_label.get(fold(text), [])
    if not matches:
        return None, (
            f"không tìm thấy địa bàn {quoted(text)} đang hoạt động. Ghi như ở trang "
            f"“{AREAS_SHEET}” của tệp mẫu (ví dụ “Xã Thất Khê” hoặc “Thôn Nà Lài, "
            "xã Thụy Hùng”) hoặc ghi mã đơn vị."
        )
    if len(matches) > 1:
        inside = [a for a in matches if any(a.is_within(r) for r in roots)]
        if len(inside) == 1:
            return inside[0], None
        names = "; ".join(
            area_label(a, a.parent) + (f" (mã {a.code})" if a.code else "")
            for a in matches[:4]
        )
        return None, (
            f"có nhiều địa bàn tên {quoted(text)}: {names}. Hãy ghi kèm xã (“Thôn …, "
            "xã …”) hoặc ghi mã đơn vị."
        )
    return matches[0], None


def _create(*, manager, result: AccountImportResult) -> None:
    """Create every row's account in one transaction; undo it all for a dry
    run or at the first refusal."""
    roots = accounts.manager_roots(manager)
    with transaction.atomic():
        for item in result.rows:
            try:
                user, password = accounts.account_create(
                    manager=manager,
                    data=item.data,
                    source=result.filename or "Excel",
                    roots=roots,
                )
            except ValidationError as error:
                for message in error.messages:
                    result.problems.append(
                        ImportProblem(message, label=f"Dòng {item.row}", row=item.row)
                    )
                continue
            item.data.username = user.username
            item.password = password
        if result.problems or result.dry_run:
            transaction.set_rollback(True)
            for item in result.rows:
                item.password = ""
            return
    result.applied = True
