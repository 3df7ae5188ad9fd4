"""Loading a set from an uploaded official text: upload, preview, confirm.

The file is kept (CriteriaSetLoad) and read again for every preview and at
confirmation, so what is saved is exactly what the preview showed; nothing is
written to the set before "Xác nhận", and a load with any problem cannot be
confirmed. Only a reference-data manager of the set's province (or a
superuser for a national set) may upload, preview or confirm
(criteria.permissions).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from criteria.loading.fixture import SetMeta
from criteria.loading.parsed import Change, ParsedSet, Problem, Source
from criteria.loading.tableparse import parse_tables
from criteria.loading.tables import SourceTable, SourceUnreadable, read_xlsx
from criteria.loading.versions import (
    SaveResult,
    criteria_set_save,
    current_version,
    preview,
)
from criteria.models import CriteriaSet, CriteriaSetLoad, LegalDocument, LoadStatus
from criteria.permissions import can_manage_set, managed_provinces
from ntm.text import nfc
from villages.models import Region

MAX_BYTES = 10 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

OLD_FORMAT = (
    "Tệp là định dạng Office cũ (.doc, .xls) hoặc có đặt mật khẩu. Mở tệp, bỏ mật "
    "khẩu nếu có, rồi Lưu thành .docx hoặc .xlsx và tải lên lại."
)


def _kind(data: bytes, name: str = "") -> str:
    """xlsx, or the document kind ntm.documents gives (docx, pdf, doc, rtf,
    odt, txt, md), judged by content, never by the file's name."""
    import io
    import zipfile

    from ntm.documents import DocumentError, sniff

    if data.startswith(OLE2) and "WordDocument".encode("utf-16-le") not in data:
        raise SourceUnreadable(OLD_FORMAT)  # .xls, or a password-protected file
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise SourceUnreadable(
                "Không mở được tệp (tệp nén bị hỏng hoặc chưa lưu xong)."
            ) from error
        if "xl/workbook.xml" in names:
            return "xlsx"
    try:
        return sniff(data, name)
    except DocumentError as error:
        raise SourceUnreadable(" ".join(error.messages)) from error


def read_tables(data: bytes, name: str = "") -> tuple[str, list[SourceTable]]:
    """The file's kind and its tables; SourceUnreadable with the reason."""
    if not data or not data.strip():
        raise SourceUnreadable("Tệp trống: không có nội dung nào để nạp.")
    if len(data) > MAX_BYTES:
        raise SourceUnreadable(f"Tệp quá lớn; tối đa {MAX_BYTES // 1024 // 1024} MB.")
    kind = _kind(data, name)
    if kind == "xlsx":
        return kind, read_xlsx(data)
    from criteria.loading import documents

    return kind, documents.read(kind, data, name)


# ── What a load is for ──


def load_meta(load: CriteriaSetLoad) -> tuple[SetMeta, str]:
    """The set a load makes a version of, and its document's number."""
    base = current_version(load.code)
    if base is not None:
        return (
            SetMeta(
                code=base.code,
                name=base.name,
                level=base.level,
                subject_level=base.subject_level,
                period_start=base.period_start,
                period_end=base.period_end,
                dimension=base.target_dimension,
                parent=base.parent.code if base.parent_id else "",
                inherit=base.parent_id is not None,
                province=base.province.name if base.province_id else "",
                note=base.note,
                expected_criteria=base.expected_criteria,
                expected_indicators=base.expected_indicators,
                source=_set_source(load, base.document.number),
            ),
            base.document.number,
        )
    data = load.new_set
    parent = load.parent
    return (
        SetMeta(
            code=load.code,
            name=data["name"],
            level=parent.level,
            subject_level=parent.subject_level,
            period_start=data["period_start"],
            period_end=data["period_end"],
            dimension=parent.target_dimension,
            parent=parent.code,
            inherit=True,
            province=load.province.name,
            source=_set_source(load, data["document_number"]),
        ),
        data["document_number"],
    )


def _set_source(load: CriteriaSetLoad, document: str) -> Source:
    user = load.uploaded_by
    who = (user.get_full_name() or user.username) if user else "không rõ người tải"
    return Source(
        source=f"Nạp từ tệp “{load.name}” ({who}, "
        f"{timezone.localtime(load.uploaded_at):%d/%m/%Y %H:%M})",
        document=document,
        part=load.source_part,
    )


@dataclass
class LoadPreview:
    load: CriteriaSetLoad
    meta: SetMeta | None = None
    parsed: ParsedSet = field(default_factory=ParsedSet)
    current: CriteriaSet | None = None
    changes: list[Change] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.parsed.problems

    @property
    def can_confirm(self) -> bool:
        return (
            self.load.status == LoadStatus.DRAFT
            and not self.parsed.problems
            and bool(self.changes)
        )


def load_preview(*, load: CriteriaSetLoad, table: int | None = None) -> LoadPreview:
    """Read the load's file again and compare it with the set's current
    version: criteria, indicators, levels, what could not be read, the diff."""
    result = LoadPreview(load=load)
    try:
        with load.file.open("rb") as stored:
            data = stored.read()
    except OSError:
        result.parsed.problems.append(
            Problem("", "Không đọc được tệp đã tải lên; hãy tải lên lại.")
        )
        return result
    try:
        _, tables = read_tables(data, load.name)
    except SourceUnreadable as error:
        result.parsed.problems.append(Problem("", str(error)))
        return result
    meta, document = load_meta(load)
    result.meta = meta
    regions = list(Region.objects.order_by("order").values_list("code", "name"))
    parsed = parse_tables(
        tables,
        regions=regions,
        source=Source(
            source=meta.source.source, document=document, part=load.source_part
        ),
        table=table,
    )
    result.parsed = parsed
    template = tables[0].meta if tables else {}
    if template.get("code") and template["code"] != meta.code:
        parsed.problems.append(
            Problem(
                "",
                f"Tệp mẫu này lấy từ bộ tiêu chí “{template['code']}”, không phải bộ "
                f"đang nạp “{meta.code}”. Hãy tải mẫu của bộ này.",
            )
        )
    if parsed.dimension and parsed.dimension != meta.dimension:
        expected = {"region": "theo vùng", "commune_group": "theo nhóm xã"}
        parsed.problems.append(
            Problem(
                "",
                f"Bảng ghi mức yêu cầu {expected.get(parsed.dimension, '')}, nhưng bộ "
                f"tiêu chí này tính {expected.get(meta.dimension, 'một mức chung')}: "
                "kiểm tra lại bảng hoặc bộ tiêu chí đã chọn.",
            )
        )
    current = current_version(meta.code)
    if (
        template.get("version")
        and current
        and template["version"] != str(current.version)
    ):
        parsed.warnings.append(
            Problem(
                "",
                f"Tệp mẫu lấy từ phiên bản {template['version']}; phiên bản hiện hành là "
                f"{current.version}. Khác biệt dưới đây so với phiên bản hiện hành.",
            )
        )
    if load.base_id and current and current.pk != load.base_id:
        parsed.problems.append(
            Problem(
                "",
                "Bộ tiêu chí đã có phiên bản mới từ khi tải tệp này lên. Hãy tải lên "
                "lại để xem khác biệt so với phiên bản hiện hành.",
            )
        )
    if parsed.problems:
        return result
    result.current, result.changes = preview(meta, parsed, document=document)
    if not result.changes:
        parsed.warnings.append(
            Problem("", "Không có thay đổi so với phiên bản hiện hành.")
        )
    return result


# ── Writes ──


def _check(user, load: CriteriaSetLoad) -> None:
    base = current_version(load.code)
    if base is not None:
        allowed = can_manage_set(user, base)
    else:
        allowed = managed_provinces(user).filter(pk=load.province_id).exists()
    if not allowed:
        raise PermissionDenied("Bạn không quản lý bộ tiêu chí này.")


@transaction.atomic
def load_upload(
    *,
    user,
    upload,
    criteria_set: CriteriaSet | None = None,
    parent: CriteriaSet | None = None,
    province=None,
    new_set: dict | None = None,
    source_part: str = "",
) -> CriteriaSetLoad:
    """Keep an uploaded file for preview: a new version of `criteria_set`, or
    the first version of a provincial set for `province` that refines
    `parent` (`new_set`: code, name, period, document number and date).
    Refused: a set or province the user does not manage, a file that is not
    a readable .xlsx, .docx or .pdf, a duplicate code for a new set."""
    data = upload.read(MAX_BYTES + 1)
    name = nfc(getattr(upload, "name", "") or "tep")[:255]
    try:
        kind = _kind(data, name) if data and data.strip() else None
    except SourceUnreadable as error:
        raise ValidationError({"file": str(error)}) from error
    if kind is None:
        raise ValidationError({"file": "Tệp trống: không có nội dung nào để nạp."})
    if len(data) > MAX_BYTES:
        raise ValidationError(
            {"file": f"Tệp quá lớn; tối đa {MAX_BYTES // 1024 // 1024} MB."}
        )
    load = CriteriaSetLoad(
        name=name,
        kind=kind,
        sha256=hashlib.sha256(data).hexdigest(),
        source_part=nfc(source_part)[:120],
        uploaded_by=user,
    )
    if criteria_set is not None:
        if not can_manage_set(user, criteria_set):
            raise PermissionDenied("Bạn không quản lý bộ tiêu chí này.")
        load.code, load.base = criteria_set.code, current_version(criteria_set.code)
    else:
        if parent is None or province is None or not new_set:
            raise ValidationError("Chọn bộ tiêu chí cần nạp hoặc khai báo bộ mới.")
        if not managed_provinces(user).filter(pk=province.pk).exists():
            raise PermissionDenied("Bạn không quản lý dữ liệu tham chiếu của tỉnh này.")
        if parent.province_id is not None:
            raise ValidationError(
                {"parent": "Bộ tiêu chí của tỉnh cụ thể hóa một bộ quốc gia."}
            )
        if CriteriaSet.objects.filter(code=new_set["code"]).exists():
            raise ValidationError(
                {
                    "code": f"Đã có bộ tiêu chí mã “{new_set['code']}”: chọn bộ đó để nạp phiên bản mới."
                }
            )
        load.code, load.parent, load.province = new_set["code"], parent, province
        load.new_set = new_set
    load.file.save(f"{load.sha256[:16]}.{kind}", ContentFile(data), save=False)
    load.save()
    return load


@transaction.atomic
def load_confirm(
    *, load: CriteriaSetLoad, user, table: int | None = None
) -> SaveResult:
    """Make the new version the preview showed. Refused: anyone but a manager
    of the set, a load already decided, a file with problems, no change, a
    set that got another version since the upload."""
    load = CriteriaSetLoad.objects.select_for_update().get(pk=load.pk)
    _check(user, load)
    if load.status != LoadStatus.DRAFT:
        raise ValidationError("Lần nạp này đã được xác nhận hoặc hủy.")
    shown = load_preview(load=load, table=table)
    if shown.problems:
        raise ValidationError([problem.text for problem in shown.problems])
    if not shown.changes:
        raise ValidationError(
            "Không có thay đổi so với phiên bản hiện hành: không tạo phiên bản mới."
        )
    meta, number = shown.meta, load_meta(load)[1]
    document = LegalDocument.objects.filter(number=number).first()
    if document is None:
        data = load.new_set
        document = LegalDocument.objects.create(
            number=number,
            doc_type=data.get("document_type", "QĐ"),
            issuer=f"UBND tỉnh {load.province.name}",
            issued_on=data.get("document_date") or None,
            title=meta.name,
            source=meta.source.source,
        )
    result = criteria_set_save(
        meta=meta, parsed=shown.parsed, document=document, user=user
    )
    load.status, load.result, load.decided_at = (
        LoadStatus.CONFIRMED,
        result.criteria_set,
        timezone.now(),
    )
    load.save(update_fields=["status", "result", "decided_at"])
    return result


def load_discard(*, load: CriteriaSetLoad, user) -> None:
    """Drop a draft load (its file goes with it)."""
    _check(user, load)
    if load.status != LoadStatus.DRAFT:
        raise ValidationError("Lần nạp này đã được xác nhận hoặc hủy.")
    load.status, load.decided_at = LoadStatus.DISCARDED, timezone.now()
    load.save(update_fields=["status", "decided_at"])
    load.file.delete(save=False)


# ── What the preview shows ──

SYMBOLS = {"gte": "≥", "lte": "≤", "gt": ">", "lt": "<", "eq": "="}


def level_label(level, unit: str = "") -> str:
    """A level as read: "≥ 80%", "Đạt", "Không", the wording for "theo mô tả",
    "" when there is none."""
    from ntm.numbers import format_number

    if level is None:
        return ""
    if level.comparator in SYMBOLS:
        if level.number is None:
            return ""
        suffix = unit if unit == "%" else f" {unit}" if unit else ""
        return f"{SYMBOLS[level.comparator]} {format_number(level.number)}{suffix}"
    if level.comparator == "met":
        return level.text or "Đạt"
    if level.comparator == "none":
        return level.text or "Không"
    if level.comparator == "delegated":
        return f"{level.text} (do tỉnh quy định)"
    return level.text


@dataclass
class PreviewCell:
    label: str  # as read: "≥ 80%"
    printed: str = ""  # as printed, when different: "từ 80% trở lên"
    note: str = ""


@dataclass
class PreviewRow:
    criterion: object  # ParsedCriterion
    indicator: object | None  # ParsedIndicator
    general: PreviewCell | None = None
    cells: list[PreviewCell | None] = field(default_factory=list)


def preview_table(parsed: ParsedSet) -> tuple[list[str], list[PreviewRow]]:
    """Column headings (per region, group or year) and one row per criterion
    and indicator, each level as read beside the wording as printed."""
    from criteria.loading.parsed import requirement_key_label

    order = dict(Region.objects.values_list("code", "order"))
    keys = sorted(
        {r.key for i in parsed.indicators for r in i.requirements},
        key=lambda k: (k[2], k[1], order.get(k[0], 0)),
    )
    rows = []
    for criterion in parsed.criteria:
        rows.append(PreviewRow(criterion=criterion, indicator=None))
        for indicator in criterion.indicators:
            by_key = {r.key: r.level for r in indicator.requirements}
            cells = [_cell(by_key.get(key), indicator.unit or "") for key in keys]
            general = _cell(indicator.level, indicator.unit or "")
            if general is None and not any(cells):
                general = PreviewCell(label="Chưa có mức yêu cầu")
            rows.append(
                PreviewRow(
                    criterion=criterion,
                    indicator=indicator,
                    general=general,
                    cells=cells,
                )
            )
    return [requirement_key_label(k) for k in keys], rows


def _cell(level, unit: str) -> PreviewCell | None:
    label = level_label(level, unit)
    if level is None or not (label or level.note):
        return None
    printed = level.text if level.text and level.text != label else ""
    return PreviewCell(label=label, printed=printed, note=level.note)
