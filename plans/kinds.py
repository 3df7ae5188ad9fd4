"""The kind of a target as plans write it, and the kind proposed from its
wording: the target form, the Excel target import and the plan import all ask
`propose_kind` and nothing else.

A target's kind is not a column of its own: it is carried by the fields the
progress arithmetic reads (reports/progress.py, docs/progress.md):

- **quantity** split across villages ("Trồng hàng rào xanh: 3.200 m"): any
  unit, counted by increment or as a running total;
- **rate** every village must reach ("Tỷ lệ hộ phân loại rác tại nguồn
  ≥ 80%", "100% hộ có nhà vệ sinh tự hoại"): unit "%" (Target.is_rate), the
  quantity is the rate, entered each week as a count over the village's base;
- **milestone**, yes or no with the day it was done ("Ban hành quyết định
  thành lập tổ tự quản"): counting yes_no;
- **lower is better** ("Tỷ lệ hộ nghèo ≤ 2%"): higher_is_better off, on a
  rate or a quantity (a ceiling).

The proposal reads the name and the unit (and the quantity when one is
given): it is a proposal, shown to the official, never a decision taken
behind their back. Rules, in order:

1. unit "%" is a rate;
2. "tỷ lệ" or a percent ("100% hộ", "≥ 80%") in the name is a rate, unless
   the unit is a measure (km, m², tấn, đồng, cái …) or the quantity is not
   that percent: "Hỗ trợ 50% xi măng cứng hóa 2,5 km" is 2,5 km of road;
3. with no count in the name, a quantity of at most one, and either a verb
   that names a one-off act ("Ban hành", "Thành lập", "Hoàn thành", "Phê
   duyệt", "Công nhận", "Kiện toàn" …) or a unit that is a document
   ("quyết định", "kế hoạch", "đề án" …), a milestone. "Tổ chức 3 lớp tập
   huấn" counts lớp, "Thành lập 5 tổ" counts tổ: quantities;
4. anything else is a quantity.

Lower is better when the wording says so ("≤", "<", "dưới", "không quá",
"tối đa", "xuống còn"), or for a rate, when it says "giảm" or names
something to bring down (hộ nghèo, suy dinh dưỡng …). "Giảm 15 hộ nghèo"
(unit hộ) is 15 households lifted: a quantity, higher is better; "gờ giảm
tốc" is a speed bump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import models

from ntm.text import nfc
from plans.models import Counting


class TargetKind(models.TextChoices):
    QUANTITY = "quantity", "Khối lượng chia cho các thôn"
    RATE = "rate", "Tỷ lệ mỗi thôn phải đạt"
    MILESTONE = "milestone", "Mốc hoàn thành (có/không, ghi ngày)"


LOWER_SUFFIX = " (càng thấp càng tốt)"

# Units that measure an amount: a percent next to them is about something else.
MEASURE_UNITS = {
    "km",
    "m",
    "md",
    "m2",
    "m²",
    "m3",
    "m³",
    "ha",
    "sào",
    "tấn",
    "tạ",
    "kg",
    "lít",
    "đồng",
    "nghìn đồng",
    "ngàn đồng",
    "triệu đồng",
    "tỷ đồng",
    "cái",
    "chiếc",
    "cây",
    "công trình",
    "tuyến",
    "bóng",
    "con",
    "lớp",
    "buổi",
    "cuộc",
    "ngày công",
}
# Units that are a document or an act: one of them is done or not.
ONE_OFF_UNITS = {
    "",
    "quyết định",
    "kế hoạch",
    "văn bản",
    "đề án",
    "phương án",
    "quy chế",
    "quy định",
    "nghị quyết",
    "chỉ thị",
    "thông báo",
    "hồ sơ",
    "bộ hồ sơ",
    "mốc",
    "có/không",
    "có / không",
}
# A one-off act at the start of the name.
MILESTONE_VERBS = (
    "ban hành",
    "thành lập",
    "kiện toàn",
    "hoàn thành",
    "hoàn thiện",
    "phê duyệt",
    "công nhận",
    "đạt chuẩn",
    "được công nhận",
    "ký kết",
    "xây dựng kế hoạch",
    "xây dựng đề án",
    "xây dựng quy chế",
    "xây dựng phương án",
    "lập kế hoạch",
    "lập đề án",
    "lập hồ sơ",
    "lập quy hoạch",
    "tổ chức hội nghị",
    "tổ chức lễ",
    "tổ chức đại hội",
    "tổ chức phát động",
    "phát động",
)
LOWER_MARKS = re.compile(
    r"≤|<=|<|≦|\bdưới\b|\bkhông quá\b|\bkhông vượt quá\b|\btối đa\b"
    r"|\bxuống còn\b|\bgiảm xuống\b|\bcòn dưới\b"
)
RATE_DOWN = re.compile(
    r"\bgiảm\b(?! tốc)|hộ nghèo|cận nghèo|suy dinh dưỡng|thất nghiệp|bỏ học"
    r"|vi phạm|tai nạn|ô nhiễm|tái nghèo"
)
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
RATE_WORD = re.compile(r"\btỷ lệ\b|\btỉ lệ\b")
# What in a name is not a count: document numbers ("số 12/QĐ-UBND",
# "39/2022/QĐ-UBND"), dates, years, criteria numbers ("tiêu chí số 17"), and
# a lone 1 ("01 hội nghị").
NOT_COUNTS = re.compile(
    r"\d+(?:/[\w.-]+)+"  # 12/QĐ-UBND, 09/12/2022
    r"|\b(?:19|20)\d\d\b"  # years
    r"|\b(?:số|tiêu chí|chỉ tiêu|nhóm)\s+\d+(?:\.\d+)*"
    r"|\b0?1\b"
)


@dataclass(frozen=True)
class KindProposal:
    """The kind a target's wording suggests, why, and the rate it writes."""

    kind: str  # a TargetKind value
    higher_is_better: bool
    reason: str  # what in the wording led there, in Vietnamese
    percent: Decimal | None = None  # the rate the name gives ("≥ 80%": 80)

    @property
    def label(self) -> str:
        label = TargetKind(self.kind).label
        return label if self.higher_is_better else label + LOWER_SUFFIX

    def fields(self, *, unit: str, counting: str) -> dict:
        """The target's fields this kind sets, from those typed: a rate's unit
        is "%", a milestone counts yes-no, a quantity keeps its counting
        (a yes-no one becomes an increment)."""
        if self.kind == TargetKind.RATE:
            unit, counting = "%", Counting.RUNNING_TOTAL
        elif self.kind == TargetKind.MILESTONE:
            counting = Counting.YES_NO
        elif counting == Counting.YES_NO:
            counting = Counting.INCREMENT
        return {
            "unit": unit,
            "counting": counting,
            "higher_is_better": self.higher_is_better,
        }


def kind_problem(kind: str, unit: str) -> str | None:
    """Why `kind` cannot go with `unit`, in Vietnamese (None: it can): "%"
    is what makes a target a rate."""
    if kind != TargetKind.RATE and unit.strip() == "%":
        return (
            "Đơn vị tính “%” là chỉ tiêu tỷ lệ: chọn loại “Tỷ lệ mỗi thôn phải "
            "đạt”, hoặc ghi đơn vị tính khác (ví dụ hộ, km)."
        )
    return None


def kind_of(target) -> str:
    """The kind a target has now (a TargetKind value)."""
    if target.unit.strip() == "%":
        return TargetKind.RATE
    if target.counting == Counting.YES_NO:
        return TargetKind.MILESTONE
    return TargetKind.QUANTITY


def kind_label(target) -> str:
    """A target's kind as users read it, with "càng thấp càng tốt"."""
    label = TargetKind(kind_of(target)).label
    return label if target.higher_is_better else label + LOWER_SUFFIX


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _percent(name: str) -> Decimal | None:
    """The rate a name writes: the percent after "≥ / ≤ / đạt / trên / dưới"
    if any, else the first one ("100% hộ")."""
    found = list(PERCENT.finditer(name))
    if not found:
        return None
    for match in found:
        before = name[: match.start()].rstrip()
        if before.endswith(("≥", "≤", ">", "<", "=", "đạt", "trên", "dưới", "còn")):
            return _number(match.group(1))
    return _number(found[0].group(1))


def _has_count(name: str) -> bool:
    """Whether the name counts something ("Thành lập 5 tổ", "2,5 km")."""
    return bool(re.search(r"\d", NOT_COUNTS.sub(" ", name)))


def propose_kind(
    name: str, unit: str = "", quantity: Decimal | None = None
) -> KindProposal:
    """The kind the wording of a target suggests (module docstring: the rules),
    with the reason in Vietnamese."""
    # A bullet ("- 100% hộ …") is not part of the wording.
    text = " ".join(nfc(name).lower().split()).lstrip("-+•*–· ")
    unit_text = " ".join(nfc(unit).lower().split()).strip("() ")
    lower_mark = LOWER_MARKS.search(text)
    percent = _percent(text)

    rate_reason = ""
    if unit_text == "%":
        rate_reason = "đơn vị tính “%”"
    elif unit_text not in MEASURE_UNITS and (
        quantity is None or percent is None or quantity == percent
    ):
        if (word := RATE_WORD.search(text)) and (quantity is None or quantity <= 100):
            rate_reason = f"tên có “{word.group(0)}”"
        elif percent is not None and percent <= 100:
            rate_reason = f"tên có “{PERCENT.search(text).group(0)}”"
    if rate_reason:
        down = lower_mark or RATE_DOWN.search(text)
        if down:
            rate_reason += f", “{down.group(0)}”: càng thấp càng tốt"
        return KindProposal(TargetKind.RATE, not down, rate_reason, percent)

    if (
        (quantity is None or quantity <= 1)
        and unit_text not in MEASURE_UNITS
        and not _has_count(text)
    ):
        verb = next((v for v in MILESTONE_VERBS if text.startswith(v)), None)
        if verb:
            return KindProposal(
                TargetKind.MILESTONE,
                True,
                f"tên bắt đầu bằng “{name.strip()[: len(verb)]}”, không ghi số lượng",
            )
        if unit_text in ONE_OFF_UNITS and unit_text:
            return KindProposal(
                TargetKind.MILESTONE, True, f"đơn vị tính “{unit.strip()}”"
            )

    if lower_mark:
        return KindProposal(
            TargetKind.QUANTITY,
            False,
            f"tên có “{lower_mark.group(0)}”: mức trần, càng thấp càng tốt",
        )
    return KindProposal(TargetKind.QUANTITY, True, "khối lượng chia cho các thôn")
