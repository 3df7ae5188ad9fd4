"""Reading a criteria appendix from its tables.

The tables of an official appendix (Word, PDF) and the Excel template share
one layout, with variants: "TT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu
chung | Chỉ tiêu theo vùng (7 regions)" (QĐ 318), one column per commune group
("Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3", QĐ 51), an optional "Mã" and "Đơn vị
tính" column, years as columns or as sub-rows ("- Năm 2023"), merged header
cells over two or three rows, a row of column numbers "(1) (2) (3)", group rows
"I. QUY HOẠCH", a criterion number and name merged down over its indicators,
indicator codes at the start of the text ("2.1. Tỷ lệ …"), footnote marks in
cells with their text below the table ("Ghi chú: (1) …").

Every row either finds its place or is reported: a problem (what stops the
load, naming the row and the column) or a warning (shown in the preview, e.g.
a row that could not be placed). Nothing is guessed: a value that cannot be
read, a unit that disagrees with the indicator's, a code under the wrong
criterion, a duplicate, a table whose columns seem shifted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from criteria.loading.parsed import (
    Level,
    ParsedCriterion,
    ParsedIndicator,
    ParsedRequirement,
    ParsedSet,
    Problem,
    Source,
)
from criteria.loading.tables import SourceTable
from criteria.loading.values import (
    ParsedValue,
    ValueUnreadable,
    parse_value,
    units_agree,
)
from ntm.text import fold

ROMAN = re.compile(r"^(i{1,3}|iv|v|vi{1,3}|ix|x)\.?$")
INTEGER = re.compile(r"^(\d{1,2})\.?$")
CODE_PREFIX = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\.?(?:\s+|$)(.*)$", re.S)
YEAR_ROW = re.compile(r"^[-–+•]?\s*(?:nam\s+)?(20\d\d)\s*:?$")
BULLET = re.compile(r"^([-–+•]|[a-zđ]\))\s*")
COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$|^\(?[a-z]\)?$")
FOOTNOTE_START = re.compile(
    r"^(ghi chu|chu thich|luu y)\b|^\((\*{1,3}|\d{1,2})\)|^\*{1,3}\s|^[¹²³⁴⁵⁶⁷⁸⁹⁰]"
)
FOOTNOTE_ITEM = re.compile(r"\((\*{1,3}|\d{1,2})\)\s*[:.]?\s*|(?:^|\s)(\*{1,3})\s+")

HEADINGS = [
    ("number", re.compile(r"^(s?tt|so tt|so thu tu)$")),
    ("criterion", re.compile(r"^(ten tieu chi|tieu chi)$")),
    ("code", re.compile(r"^(ma|ma chi tieu|ma so|so hieu|chi tieu so)$")),
    (
        "content",
        re.compile(
            r"^(noi dung( tieu chi| chi tieu| tieu chi, chi tieu)?|ten chi tieu"
            r"|chi tieu|noi dung chi tieu)$"
        ),
    ),
    ("unit", re.compile(r"^(don vi tinh|dvt|don vi)$")),
    (
        "general",
        re.compile(
            r"chi tieu chung|muc chung|yeu cau chung|^chung$|^muc yeu cau$"
            r"|^muc dat chuan$|^chi tieu dat chuan$|^yeu cau dat chuan$"
        ),
    ),
    ("source", re.compile(r"^(nguon|can cu|trang|vi tri trong van ban)")),
    ("note", re.compile(r"^ghi chu")),
    ("sector", re.compile(r"(nganh|co quan|don vi) (tham dinh|huong dan|chu tri)")),
]
GROUP_HEADING = re.compile(r"\bnhom\s*(1|2|3|iii|ii|i)\b")
YEAR_HEADING = re.compile(r"^(?:nam\s*)?(20\d\d)$")
ROMAN_GROUPS = {"i": 1, "ii": 2, "iii": 3}
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
UNIT_IN_NAME = re.compile(r"\(((?:triệu |nghìn )?đồng[^()]*|[^()\s]*/[^()]*|%)\)\s*$")

# A row with this many characters of prose in a value column is not a level.
LONG_TEXT = 60


@dataclass
class Column:
    index: int
    heading: str  # as printed, parts joined by " / "
    role: str  # number, criterion, code, content, unit, general, value, …
    key: tuple = ("", 0, 0)  # (region code, group, year) for role "value"


@dataclass
class _Current:
    criterion: ParsedCriterion | None = None
    indicator: ParsedIndicator | None = None
    group: str = ""


@dataclass
class _Pending:
    """A level read with footnote marks, resolved once the notes are read."""

    level: Level
    marks: tuple[str, ...]
    where: str


@dataclass
class Reader:
    regions: list[tuple[str, str]]  # (code, name) of the Region table
    source: Source = field(default_factory=Source)  # document and appendix
    parsed: ParsedSet = field(default_factory=ParsedSet)

    def __post_init__(self):
        self.current = _Current()
        self.pending: list[_Pending] = []
        self.codes: dict[str, str] = {}  # indicator code → where first read
        self.numbers: dict[int, str] = {}
        self.dim_count = 0

    # ── Headers ──

    def _region(self, part: str) -> str:
        for code, name in self.regions:
            folded_name = fold(name)
            if part == fold(code) or part == folded_name:
                return code
            if len(part) >= 10 and (part in folded_name or folded_name in part):
                return code
        return ""

    def classify(self, index: int, parts: list[str]) -> Column:
        heading = " / ".join(parts)
        folded = [fold(p).strip(" :.") for p in parts]
        region = next((r for r in map(self._region, reversed(folded)) if r), "")
        group = 0
        for part in reversed(folded):
            match = GROUP_HEADING.search(part)
            if match:
                value = match[1]
                group = int(value) if value.isdigit() else ROMAN_GROUPS[value]
                break
        year = 0
        for part in reversed(folded):
            match = YEAR_HEADING.match(part)
            if match:
                year = int(match[1])
                break
        if region or group or year:
            return Column(index, heading, "value", (region, group, year))
        for part in reversed(folded):
            for role, pattern in HEADINGS:
                if pattern.search(part):
                    return Column(index, heading, role)
        return Column(index, heading, "unknown" if heading else "empty")

    def _is_heading_row(self, row, number_col: int) -> bool:
        """A header row below the first: the number cell empty or merged from
        the first row, every other filled cell a heading."""
        number = row[number_col] if number_col < len(row) else None
        if number is not None and number.text and not number.merged:
            return False
        texts = [cell.text for cell in row if cell.text and not cell.merged]
        if not texts:
            return any(cell.merged for cell in row)
        return all(
            self.classify(0, [text]).role not in ("unknown", "empty") for text in texts
        )

    def find_header(self, table: SourceTable) -> tuple[int, int, list[Column]] | None:
        """(first header row, first data row, columns) of a table with a
        header, else None."""
        for top, row in enumerate(table.rows[:20]):
            roles = [self.classify(i, [c.text]).role for i, c in enumerate(row)]
            if "number" in roles and ({"criterion", "content", "code"} & set(roles)):
                number_col = roles.index("number")
                bottom = top + 1
                while bottom < len(table.rows) and self._is_heading_row(
                    table.rows[bottom], number_col
                ):
                    bottom += 1
                columns = []
                for index in range(table.width):
                    parts = []
                    for r in range(top, bottom):
                        cells = table.rows[r]
                        text = cells[index].text if index < len(cells) else ""
                        if text and (not parts or parts[-1] != text):
                            parts.append(text)
                    columns.append(self.classify(index, parts))
                first = bottom
                if first < len(table.rows) and self._column_numbers(table.rows[first]):
                    first += 1
                return top, first, columns
        return None

    @staticmethod
    def _column_numbers(row) -> bool:
        texts = [fold(cell.text) for cell in row if cell.text]
        return len(texts) >= 3 and all(COLUMN_NUMBER.match(t) for t in texts)

    # ── Rows ──

    def problem(self, where: str, message: str) -> None:
        self.parsed.problems.append(Problem(where, message))

    def warning(self, where: str, message: str) -> None:
        self.parsed.warnings.append(Problem(where, message))

    def read(self, table: SourceTable, first: int, columns: list[Column]) -> None:
        roles = {}
        for column in columns:
            if column.role in ("value", "unknown", "empty"):
                continue
            if column.role in roles:
                self.problem(
                    table.where,
                    f"hai cột cùng là “{column.heading}” (cột {roles[column.role] + 1}"
                    f" và {column.index + 1}): không rõ cột nào cần đọc.",
                )
            roles[column.role] = column.index
        values = [c for c in columns if c.role in ("value", "general")]
        for column in values:
            if column.role == "general":
                column.key = ("", 0, 0)
        self.dim_count = sum(1 for c in values if c.role == "value")
        keys = [c.key for c in values]
        for key in {k for k in keys if keys.count(k) > 1}:
            heading = next(c.heading for c in values if c.key == key)
            self.problem(table.where, f"hai cột mức yêu cầu trùng nhau: “{heading}”.")
        dimension = {
            "region" if c.key[0] else "commune_group" if c.key[1] else ""
            for c in values
        } - {""}
        if len(dimension) > 1:
            self.problem(
                table.where,
                "bảng ghi mức yêu cầu vừa theo vùng vừa theo nhóm xã; một bộ tiêu chí "
                "chỉ dùng một trong hai.",
            )
        elif dimension and not self.parsed.dimension:
            self.parsed.dimension = dimension.pop()
        if "number" not in roles or not ({"criterion", "content"} & roles.keys()):
            self.problem(
                table.where,
                "không tìm thấy cột “TT” và cột “Tên tiêu chí” hoặc “Nội dung chỉ tiêu”.",
            )
            return
        if not values:
            self.problem(
                table.where,
                "không tìm thấy cột mức yêu cầu (“Chỉ tiêu chung”, tên vùng hoặc "
                "“Xã nhóm 1, 2, 3”).",
            )
            return
        last = max(c.index for c in columns if c.role not in ("empty",))
        for index in range(first, len(table.rows)):
            self.row(table, index, roles, values, last)
        for note in table.notes:
            self.footnote(note)

    def _text(self, row, roles, role) -> tuple[str, bool]:
        index = roles.get(role)
        if index is None or index >= len(row):
            return "", False
        return row[index].text.strip(), row[index].merged

    def row(self, table, index, roles, values, last) -> None:
        row = table.rows[index]
        where = table.row_name(index)
        if not any(cell.text for cell in row):
            return
        if any(cell.formula for cell in row):
            column = next(i for i, cell in enumerate(row) if cell.formula)
            self.problem(
                where,
                f"ô ở cột {column + 1} chứa công thức; hãy chép rồi dán giá trị (Paste "
                "Special → Values).",
            )
            return
        filled = [cell.text for cell in row if cell.text]
        first_text = filled[0]
        if FOOTNOTE_START.match(fold(first_text)) and len(set(filled)) == 1:
            self.footnote(first_text)
            return
        beyond = [i for i, cell in enumerate(row) if i > last and cell.text]
        if beyond:
            self.problem(
                where,
                f"có nội dung ở cột {beyond[0] + 1}, ngoài các cột của bảng: các cột "
                "có thể bị lệch.",
            )
            return
        number, number_merged = self._text(row, roles, "number")
        name, name_merged = self._text(row, roles, "criterion")
        content, content_merged = self._text(row, roles, "content")
        if "criterion" not in roles:
            name, name_merged = "", False
        number_folded = fold(number)
        cells = {c.key: row[c.index] for c in values if c.index < len(row)}
        has_values = any(cell.text for cell in cells.values())
        if number and not number_merged:
            if ROMAN.match(number_folded):
                self.current.group = number.rstrip(".").upper()
                self.parsed.groups.append(
                    (self.current.group, (name or content).strip())
                )
                self.current.criterion = self.current.indicator = None
                # (The group's name is often merged across the whole row.)
                if any(c.text and not c.merged for c in cells.values()):
                    self.problem(where, "dòng nhóm tiêu chí không được có mức yêu cầu.")
                return
            match = INTEGER.match(number)
            if match:
                located, _ = self._text(row, roles, "source")
                self.start_criterion(
                    where,
                    int(match[1]),
                    name,
                    content,
                    has_values,
                    inherited=fold(located).startswith("ke thua"),
                )
                if not content or (
                    "criterion" not in roles
                    and not has_values
                    and not CODE_PREFIX.match(content)
                ):
                    return
            elif not BULLET.match(number):
                self.problem(
                    where,
                    f"cột “TT” có “{number[:40]}”, không phải số thứ tự: các cột có thể "
                    "bị lệch.",
                )
                return
        elif name and not name_merged:
            if INTEGER.match(name):
                self.problem(
                    where,
                    f"cột “Tên tiêu chí” có số “{name}”, cột “TT” trống: các cột có "
                    "thể bị lệch.",
                )
            else:
                self.problem(
                    where,
                    f"tiêu chí “{name[:60]}” không có số thứ tự ở cột “TT”.",
                )
            return
        if not content:
            for role, index in roles.items():
                cell = row[index] if index < len(row) else None
                if (
                    role != "content"
                    and cell
                    and not cell.merged
                    and (CODE_PREFIX.match(cell.text) and len(cell.text) > 12)
                ):
                    self.problem(
                        where,
                        f"nội dung chỉ tiêu “{cell.text[:50]}” nằm ở cột {index + 1}, "
                        "không ở cột “Nội dung”: các cột có thể bị lệch.",
                    )
                    return
        unit, unit_merged = self._text(row, roles, "unit")
        unit = re.sub(r"\s*/\s*", "/", unit)  # "triệu đồng/ người/năm" (PDF wrap)
        if unit and not unit_merged and _looks_like_level(unit):
            self.problem(
                where,
                f"cột “Đơn vị tính” có “{unit[:30]}”, là một mức yêu cầu: các cột có "
                "thể bị lệch.",
            )
            return
        if not content:
            if has_values:
                self.problem(where, "có mức yêu cầu nhưng không có nội dung chỉ tiêu.")
            elif any(cell.text and not cell.merged for cell in row):
                self.warning(where, f"không đọc được dòng “{first_text[:60]}”: bỏ qua.")
            return
        if content_merged and not any(not c.merged and c.text for c in cells.values()):
            return  # a merged cell's continuation, nothing new on the row
        self.content(where, row, roles, cells, content, content_merged, unit)

    def start_criterion(
        self, where, number, name, content, has_values, *, inherited=False
    ) -> None:
        if number in self.numbers:
            self.problem(
                where,
                f"tiêu chí số {number} trùng với {self.numbers[number].lower()}.",
            )
        self.numbers[number] = where
        label = name
        if not label:
            # No "Tên tiêu chí" column: the criterion row holds its name.
            match = CODE_PREFIX.match(content)
            label = "" if (match or has_values) else content
        label = re.sub(r"^tiêu chí( số)?\s*\d+\s*[:.–-]\s*", "", label, flags=re.I)
        self.current.criterion = ParsedCriterion(
            number=number,
            # A provincial template's criterion left as the parent set has it.
            name=None if inherited else label.strip(),
            group=self.current.group or None,
            source=self._source(where),
            where=where,
        )
        self.current.indicator = None
        self.parsed.criteria.append(self.current.criterion)
        if not label.strip() and not inherited:
            self.problem(where, f"tiêu chí số {number} không có tên.")

    def _source(self, where: str) -> Source:
        return Source(
            source=self.source.source,
            document=self.source.document,
            part=self.source.part,
            locator=where,
        )

    def content(self, where, row, roles, cells, content, content_merged, unit) -> None:
        criterion = self.current.criterion
        folded = fold(content)
        code_text, _ = self._text(row, roles, "code")
        match = CODE_PREFIX.match(content)
        year = YEAR_ROW.match(folded)
        bullet = BULLET.match(content)
        indicator = self.current.indicator
        if criterion is None:
            self.problem(
                where,
                f"chỉ tiêu “{content[:60]}” không thuộc tiêu chí nào: thiếu số thứ tự "
                "tiêu chí ở cột “TT”.",
            )
            return
        if year and indicator is not None:
            self.levels(where, indicator, cells, unit, year=int(year[1]))
            return
        if (bullet or content_merged) and indicator is not None and not code_text:
            text = content[bullet.end() :] if bullet else content
            if not any(cell.text for cell in cells.values()):
                if not content_merged:
                    indicator.name = f"{indicator.name}; {text}".strip("; ")
                return
            if indicator.level is None and not indicator.requirements:
                self.levels(where, indicator, cells, unit)
                return
            self.problem(
                where,
                f"mức yêu cầu của dòng “{text[:50]}” không gắn được vào chỉ tiêu nào: "
                "tách thành một chỉ tiêu có mã.",
            )
            return
        located, _ = self._text(row, roles, "source")
        if fold(located).startswith("ke thua"):
            # A provincial template's row left as the parent set has it.
            self.current.indicator = None
            return
        code = code_text.rstrip(".") or (match[1] if match else "")
        name = match[2].strip() if match and not code_text else content
        if not code:
            if criterion.indicators:
                self.problem(
                    where,
                    f"chỉ tiêu “{content[:60]}” không có mã (ví dụ "
                    f"{criterion.number}.{len(criterion.indicators) + 1}).",
                )
                return
            code = str(criterion.number)
        if code.split(".")[0] != str(criterion.number):
            self.problem(
                where,
                f"chỉ tiêu {code} nằm dưới tiêu chí số {criterion.number}: thiếu dòng "
                f"tiêu chí số {code.split('.')[0]} hoặc các dòng bị lệch.",
            )
            return
        if code in self.codes:
            self.problem(
                where, f"mã chỉ tiêu {code} trùng với {self.codes[code].lower()}."
            )
            return
        self.codes[code] = where
        sector, _ = self._text(row, roles, "sector")
        note, _ = self._text(row, roles, "note")
        unit_in_name = UNIT_IN_NAME.search(name)
        if unit_in_name and not unit:
            # "Thu nhập bình quân đầu người (triệu đồng/người/năm)"
            unit = re.sub(r"\s*/\s*", "/", unit_in_name[1].strip())
        source = self._source(where)
        if located:
            source.locator = f"{located} ({where})"
        indicator = ParsedIndicator(
            code=code,
            name=name,
            unit=unit,
            verifying_sector=sector or None,
            order=len(criterion.indicators) + 1,
            source=source,
            where=where,
        )
        criterion.indicators.append(indicator)
        self.current.indicator = indicator
        self.levels(where, indicator, cells, unit)
        indicator.remark = note

    def levels(self, where, indicator, cells, unit, year: int = 0) -> None:
        read: list[tuple[tuple, ParsedValue, str]] = []
        for key, cell in cells.items():
            if not cell.text:
                continue
            column = self._heading(key)
            try:
                value = parse_value(cell.text)
            except ValueUnreadable as error:
                self.problem(where, f"cột “{column}”: {error}.")
                continue
            if value is None:
                continue
            if value.comparator == "text" and len(value.text) > LONG_TEXT:
                self.problem(
                    where,
                    f"cột “{column}” có đoạn chữ dài “{value.text[:40]}…” thay cho mức "
                    "yêu cầu: các cột có thể bị lệch.",
                )
                continue
            key = (key[0], key[1], year or key[2])
            read.append((key, value, column))
        if not read:
            return
        declared = indicator.unit or ""
        numeric = [v for _, v, _ in read if v.number is not None]
        worded = [
            v for _, v, _ in read if v.number is None and v.comparator != "delegated"
        ]
        if numeric and worded:
            self.problem(
                where,
                f"chỉ tiêu {indicator.code} có cả mức số (“{numeric[0].text}”) và "
                f"mức bằng chữ (“{worded[0].text}”): các cột có thể bị lệch.",
            )
            return
        if worded and declared == "%":
            self.problem(
                where,
                f"chỉ tiêu {indicator.code} tính bằng % nhưng mức yêu cầu là "
                f"“{worded[0].text}”, không phải một tỷ lệ.",
            )
            return
        for _key, value, column in read:
            if value.unit and not units_agree(declared, value.unit):
                self.problem(
                    where,
                    f"cột “{column}”: đơn vị “{value.unit}” khác đơn vị tính "
                    f"“{declared}” của chỉ tiêu {indicator.code}.",
                )
                return
        if not declared:
            units = {v.unit for v in numeric if v.unit}
            if len(units) > 1 and not all(
                units_agree(a, b) for a in units for b in units
            ):
                self.problem(
                    where,
                    f"chỉ tiêu {indicator.code} ghi nhiều đơn vị khác nhau: "
                    + ", ".join(sorted(units))
                    + ".",
                )
                return
            if units:
                indicator.unit = sorted(units, key=len)[0]
            elif fold(indicator.name or "").startswith("ty le") and numeric:
                indicator.unit = "%"
        for key, value, column in read:
            level = Level(value.comparator, value.number, value.text)
            if value.marks:
                self.pending.append(_Pending(level, value.marks, where))
            if key == ("", 0, 0):
                if indicator.level is not None:
                    self.problem(where, f"chỉ tiêu {indicator.code} có hai mức chung.")
                indicator.level = level
            else:
                if any(r.key == _requirement_key(key) for r in indicator.requirements):
                    self.problem(
                        where,
                        f"chỉ tiêu {indicator.code} có hai mức cho “{column}”.",
                    )
                    continue
                indicator.requirements.append(
                    ParsedRequirement(
                        level=level,
                        region=key[0],
                        commune_group=key[1] or None,
                        year=key[2] or None,
                        source=self._source(where),
                    )
                )

    def _heading(self, key) -> str:
        region, group, year = key
        parts = [region] if region else []
        if group:
            parts.append(f"Xã nhóm {group}")
        if year:
            parts.append(f"Năm {year}")
        return ", ".join(parts) or "Chỉ tiêu chung"

    def footnote(self, text: str) -> None:
        body = re.sub(r"^(ghi chú|chú thích|lưu ý)\s*[:.]?\s*", "", text, flags=re.I)
        body = re.sub(
            r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)",
            lambda m: f" ({m[1].translate(SUPERSCRIPTS)}) ",
            body,
        ).strip()
        pieces = FOOTNOTE_ITEM.split(body)
        # split gives [before, mark-a, mark-b, text, mark-a, mark-b, text, …]
        found = False
        for i in range(1, len(pieces) - 2, 3):
            mark = pieces[i] or pieces[i + 1]
            note = (pieces[i + 2] or "").strip(" ;")
            if mark and note:
                self.parsed.notes[mark] = note
                found = True
        if not found and body:
            self.parsed.notes.setdefault("", body)

    def finish(self) -> ParsedSet:
        for pending in self.pending:
            texts = []
            for mark in pending.marks:
                if mark in self.parsed.notes:
                    texts.append(self.parsed.notes[mark])
                else:
                    self.warning(
                        pending.where,
                        f"chú thích ({mark}) không có nội dung ở cuối bảng.",
                    )
            pending.level.note = "; ".join(texts)
        for criterion in self.parsed.criteria:
            for indicator in criterion.indicators:
                _settle(indicator, self.dim_count)
        numbers = sorted(self.numbers)
        missing = (
            sorted(set(range(1, numbers[-1] + 1)) - set(numbers)) if numbers else []
        )
        if missing:
            self.warning(
                "",
                "không có tiêu chí số "
                + ", ".join(map(str, missing))
                + " (đúng nếu văn bản chỉ ghi các tiêu chí thay đổi).",
            )
        if not self.parsed.criteria and not self.parsed.problems:
            self.problem("", "không đọc được tiêu chí nào từ bảng.")
        return self.parsed


def _requirement_key(key: tuple) -> tuple:
    return (key[0], key[1] or 0, key[2] or 0)


def _looks_like_level(text: str) -> bool:
    try:
        value = parse_value(text)
    except ValueUnreadable:
        return bool(re.match(r"^[≥≤<>=]", text))
    return value is not None and value.number is not None


def _settle(indicator: ParsedIndicator, dim_count: int) -> None:
    """Values equal in every column become the general level; an indicator
    with levels only per region or group takes their comparator as its kind;
    one with none has no requirement ("chưa có mức yêu cầu")."""
    requirements = indicator.requirements
    if requirements and indicator.level is not None:
        if all(r.level.key() == indicator.level.key() for r in requirements):
            indicator.requirements = []
    elif requirements and indicator.level is None:
        same = len({r.level.key() for r in requirements}) == 1
        if (
            same
            and len(requirements) == dim_count > 1
            and not any(r.year for r in requirements)
        ):
            # The same value merged across every column.
            indicator.level = requirements[0].level
            indicator.requirements = []
        else:
            indicator.level = Level(requirements[0].level.comparator)
    if indicator.level is None:
        indicator.level = Level("text")
    if indicator.remark and not indicator.level.note:
        indicator.level.note = indicator.remark


def parse_tables(
    tables: list[SourceTable],
    *,
    regions: list[tuple[str, str]],
    source: Source | None = None,
    table: int | None = None,
) -> ParsedSet:
    """The criteria, indicators and levels of the appendix in `tables`
    (`table`: which one, 1-based, when the file holds several)."""
    reader = Reader(regions=regions, source=source or Source())
    found = []
    for position, candidate in enumerate(tables):
        header = reader.find_header(candidate)
        if header is not None:
            found.append((position, header))
    if not found:
        reader.problem(
            "",
            "không tìm thấy bảng tiêu chí: cần một dòng tiêu đề có cột “TT” và "
            "“Tên tiêu chí” hoặc “Nội dung chỉ tiêu”.",
        )
        return reader.parsed
    if table is None and len(found) > 1:
        names = ", ".join(
            f"bảng {i + 1} ({tables[pos].where})" for i, (pos, _) in enumerate(found)
        )
        reader.problem(
            "",
            f"tệp có {len(found)} bảng tiêu chí: {names}. Chọn bảng cần nạp.",
        )
        return reader.parsed
    chosen = (table or 1) - 1
    if not 0 <= chosen < len(found):
        reader.problem("", f"tệp không có bảng tiêu chí số {table}.")
        return reader.parsed
    position, (_, first, columns) = found[chosen]
    reader.read(tables[position], first, columns)
    # A table without a header right after it, as wide: the same table
    # continued on the next page.
    for following in tables[position + 1 :]:
        if reader.find_header(following) is not None or following.width != len(columns):
            break
        reader.read(following, 0, columns)
    return reader.finish()
