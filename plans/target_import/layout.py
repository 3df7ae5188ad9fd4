"""The workbook's layout (sheet names, the hidden markers, the colours) and
what an import returns (ImportResult, AllocationChange)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl.styles import Border, PatternFill, Side

from ntm.numbers import format_number
from ntm.xlsx import UploadResult
from plans.kinds import KindProposal

SHEET_TITLE = "Chỉ tiêu giao thôn"


META_SHEET = "_ntm"


ERROR_SHEET = "Danh sách lỗi"


# Markers in the hidden row under the header: what each column holds.
ID = "#chi_tieu"


VERSION = "#phien_ban"


VILLAGE = "#thon:"


READ_ONLY_MARKERS = {"#stt", "#ten", "#dvt", "#toan_xa", "#cong"}


TWO_TABLES = (
    "Tệp có nhiều trang tính chứa bảng chỉ tiêu ({sheets}): không rõ trang nào "
    "cần nhập. Hãy xóa các trang chép thêm, chỉ giữ một trang rồi tải lên lại."
)


OTHER_PLAN = (
    "Tệp mẫu này được tải từ một kế hoạch khác. Hãy tải tệp mẫu của kế hoạch "
    "này, ghi số vào đó rồi tải lên."
)


INSTRUCTION = (
    "Ghi khối lượng giao cho từng thôn vào các ô trắng (ví dụ 3.200 hoặc 0,38); "
    "để trống nếu thôn không được giao. Không gộp ô, không dùng công thức, không "
    "sửa các dòng, cột ẩn. Cột “Toàn xã” và “Cộng các thôn” chỉ để đối chiếu."
)


RED = PatternFill("solid", fgColor="FFC7CE")


GREY = PatternFill("solid", fgColor="F2F2F2")


HEADER = PatternFill("solid", fgColor="D9E1F2")


THIN = Side(style="thin", color="808080")


BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@dataclass
class AllocationChange:
    """One target × village whose share the upload changes (None: no share)."""

    row: int
    target: str
    unit: str
    village: str
    before: Decimal | None
    after: Decimal | None

    @property
    def before_text(self) -> str:
        return "–" if self.before is None else format_number(self.before)

    @property
    def after_text(self) -> str:
        return "–" if self.after is None else format_number(self.after)


@dataclass
class NewTarget:
    """A target the upload adds (a row without a target id), with its kind:
    from the sheet's "Loại chỉ tiêu" column, or proposed from its wording."""

    row: int
    name: str
    unit: str
    quantity: Decimal
    kind: KindProposal
    proposed: bool  # no kind written in the sheet: proposed from the wording

    @property
    def quantity_text(self) -> str:
        return format_number(self.quantity)

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def kind_note(self) -> str:
        if self.proposed:
            return (
                f"đề xuất theo cách ghi ({self.kind.reason}); muốn chọn khác, "
                "ghi vào cột “Loại chỉ tiêu”"
            )
        return "theo cột “Loại chỉ tiêu”"


@dataclass
class ImportResult(UploadResult):
    changes: list[AllocationChange] = field(default_factory=list)
    new_targets: list[NewTarget] = field(default_factory=list)
    targets_changed: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes or self.new_targets)
