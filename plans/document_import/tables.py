"""Tables and targets in the meaning stage: a table's rows as tasks or
targets, attributes in its cells, and target lines ("Làm mới 800 m đường");
`TablesMixin` holds the Reader's methods that read them."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import (
    NUMBER,
    WORK,
    attribute,
    capitalised,
    parse_number,
)
from plans.document_import.blocks import Block
from plans.document_import.details import (
    bulleted_details,
    labelled_details,
    labels_a_detail,
)
from plans.document_import.inline import inline_attributes
from plans.document_import.markers import BULLETS, marker
from plans.document_import.parsed import ParsedPlan, ParsedTarget
from plans.document_import.period_groups import group_period
from plans.document_import.person_tasks import post_lead
from plans.document_import.staff_tables import group_unit, is_staff_table
from plans.document_import.title_tails import bracketed_note

QUANTITY = NUMBER
# A target's unit: a word ("km", "hộ", "%"), or a sum of money, per a time
# or not ("triệu đồng/năm", "tỷ đồng").
UNIT = r"(?:(?:triệu|tỷ|nghìn|ngàn)\s+đồng(?:/[^\d\s,.;]+)?|[^\d\s,.;]+)"
TARGET_LINE = re.compile(
    r"^(?P<name>[^:]{3,200}?)\s*(?:\((?P<unit_hint>[^)]{1,20})\))?\s*:\s*"
    rf"(?P<quantity>{QUANTITY})\s*(?P<unit>[^\d.;,()]{{1,20}}?)\s*[.;]?$"
)
PERCENT_LINE = re.compile(
    r"^(?P<quantity>\d{1,3}(?:,\d+)?)\s*%\s*(?P<name>.+?)\s*[.;]?$"
)
# A line that counts what reaches a standard: "Có ít nhất 02 khu dân cư
# đạt chuẩn …", "Phấn đấu có thêm 03 thôn đạt chuẩn …", "Có tối thiểu 15
# hộ được công nhận …" (round 29b): the figure after words that aim at it,
# the thing counted (its unit, three words at most) and what it reaches;
# not a result ("4 thôn đã được công nhận …").
_COUNTED_WORD = r"(?!đã\b)[^\d\s,.;:]+"
COUNTED_LINE = re.compile(
    r"^(?=phấn đấu|có|thêm|ít nhất|tối thiểu|không dưới)"
    r"(?:phấn đấu\s+)?(?:có\s+)?(?:thêm\s+)?(?:ít nhất\s+|tối thiểu\s+|không dưới\s+)?"
    rf"(?P<quantity>\d{{1,4}})\s+(?P<unit>{_COUNTED_WORD}(?:\s+{_COUNTED_WORD}){{0,2}}?)\s+"
    r"(?P<rest>(?:đạt|được|hoàn thành)\s.+)$",
    re.IGNORECASE,
)

# A figure cell: "100", "2,5", "100%".
_FIGURE_CELL = re.compile(rf"^\s*(?P<quantity>{QUANTITY})\s*(?P<unit>[%‰])?\s*$")


def row_target(name: str, figure: str, unit: str, line: str) -> ParsedTarget | None:
    """The target a row of a targets table states: its figure ("100", or
    "100%" with its unit), None when it states none. A name that opens on
    the same figure ("100% chi hội nông dân thôn đăng ký thi đua" at 100 %)
    is what the figure counts ("Chi hội nông dân thôn đăng ký thi đua")."""
    m = _FIGURE_CELL.match(figure)
    quantity = parse_number(m.group("quantity")) if m else None
    if quantity is None or not name:
        return None
    unit = unit or m.group("unit") or ""
    own = PERCENT_LINE.match(name)
    if own and unit == "%" and parse_number(own.group("quantity")) == quantity:
        name = capitalised(own.group("name"))
    return ParsedTarget(name, quantity, unit, line)


def _table_above(node: Block) -> Block | None:
    """The table a row (or a group of rows) is in; None outside one."""
    table = node.parent
    while table is not None and table.kind != "table":
        table = table.parent
    return table


class TablesMixin:
    """The Reader's table and target methods (mixed into meaning.Reader,
    whose state they use). Calls TaskFieldsMixin's `task` (a row that is a
    task)."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    plan: ParsedPlan

    @staticmethod
    def _is_task_table(node: Block) -> bool:
        roles = set(node.columns.values()) if node.kind == "table" else set()
        return "content" in roles and bool(roles & {"lead", "time"})

    def table(self, table: Block, klass: str, context: dict) -> None:
        roles = set(table.columns.values())
        table.use("tiêu đề bảng")
        is_tasks = "content" in roles and bool(
            roles & {"lead", "time", "coordinating", "official"}
        )
        is_targets = (
            "content" in roles and bool(roles & {"quantity", "unit"}) and not is_tasks
        )
        # Numbering that starts again in each group (I: 1, 2, 3; II: 1, 2 …)
        # takes the group's number in front: I.1, II.1.
        numbers = [n.number for n in table.walk() if n.kind == "row" and n.number]
        if len(numbers) != len(set(numbers)):
            for group in table.children:
                if group.kind == "group" and group.number:
                    for row in group.children:
                        if row.number:
                            row.number = f"{group.number}.{row.number}"
        for node in table.children:
            self._table_node(node, klass, context, is_tasks, is_targets)

    def _table_node(self, node: Block, klass, context, is_tasks, is_targets) -> None:
        if node.kind == "group":
            node.use("nhóm trong bảng")
            if period := group_period(node.text):
                # "QUÝ II/2026" across the table: each row's time, unless
                # the row gives its own ("Trước ngày 15/11/2026").
                context = {**context, "time": period, "period": period}
            elif (table := _table_above(node)) and is_staff_table(
                table.columns.values(), table.lines
            ):
                # "1. Văn phòng Điều phối …" over its people: their lead;
                # "2. Nhiệm vụ chung": none, not the unit's above.
                context = {**context, "lead": group_unit(node.text)}
            for child in node.children:
                self._table_node(child, klass, context, is_tasks, is_targets)
            return
        if (
            (table := _table_above(node)) is node.parent
            and is_staff_table(table.columns.values(), table.lines)
            and (lead := post_lead(table, node)) is not None
        ):
            # A member table with no unit rows: "Trưởng Phòng Kinh tế" →
            # "Phòng Kinh tế" leads (person_tasks.post_lead, set f40p), and
            # a post that names none ("Kế toán") no one, over a sentence's
            # above it ("Ban Chỉ đạo phân công các thành viên như sau:").
            context = {**context, "lead": lead}
        if is_tasks and klass in ("tasks", "mixed", "targets", ""):
            items = self._cell_items(node)
            if items:
                # "- Tham mưu … (tháng 02/2027);" "- Hướng dẫn … (quý
                # III/2027)" in one cell: each item is a task of the row's
                # body, with its own time.
                own = self._item_cells(node, len(items))
                for count, item in enumerate(items, 1):
                    one = Block(
                        kind="row",
                        number=f"{node.number}.{count}"
                        if node.number and len(items) > 1
                        else node.number,
                        text=item,
                        lines=node.lines,
                        columns={**node.columns, "content": item, **own[count - 1]},
                        parent=node.parent,
                    )
                    self.task(one, [], *inline_attributes(item), context)
                return
            self._cell_attributes(node)
            self.task(node, [], *inline_attributes(node.text), context)
        elif is_targets or klass == "targets":
            target = row_target(
                node.text,
                node.columns.get("quantity", ""),
                node.columns.get("unit", ""),
                node.lines[0].text,
            )
            if target is not None:
                self.plan.targets.append(target)
                node.use("chỉ tiêu")

    @staticmethod
    def _cell_attributes(node: Block) -> None:
        """A content cell whose later paragraphs each state an attribute or a
        detail of the work ("Nâng cấp đường liên ấp 2 - ấp 4" / "- Quy mô:
        dài 1,6 km, …" / "- Kinh phí dự kiến: 4.800 triệu đồng" / "Thời
        gian: Quý II/2027"): the first paragraphs are the work (its name,
        maybe wrapped over two), the others the row's attributes (a column
        of the same name, when the table has one, is what the row says
        first) and its details, kept in the description as written. After a
        bulleted detail a paragraph with no bullet goes on it (a PDF cell's
        lines are not its paragraphs); with no bullets, every paragraph
        after the first label must be labelled, or the cell is the work as
        written ("Kết quả: 12 tổ" / "nhân rộng ra các thôn còn lại")."""
        table = _table_above(node)
        column = next(
            (
                int(c)
                for c, r in (table.columns if table else {}).items()
                if r == "content"
            ),
            None,
        )
        if column is None or not node.lines:
            return
        pieces = (
            node.lines[0].parts.get(column)
            or bulleted_details(node.text)
            or labelled_details(node.text)
        )
        bullets = [marker(piece)[0] in BULLETS for piece in pieces]
        starts = [
            bullet or labels_a_detail(piece)
            for piece, bullet in zip(pieces, bullets, strict=True)
        ]
        first = next((i for i, start in enumerate(starts) if start), None)
        if first is None and (note := bracketed_note(pieces)):
            # "Cứng hóa 4,5 km …" / "(Nhà nước hỗ trợ xi măng, …)": a note.
            node.text, node.columns["details"] = note
            node.columns["content"] = node.text
            return
        if not first or (not bullets[first] and not all(starts[first:])):
            # Nothing labelled, the whole cell labelled, or prose after a
            # label: the cell is the work as written.
            return
        details: list[str] = []
        for piece, bullet, start in zip(
            pieces[first:], bullets[first:], starts[first:], strict=True
        ):
            if start:
                details.append(marker(piece)[2] if bullet else piece)
            else:
                details[-1] = f"{details[-1]} {piece}"
        node.text = " ".join(pieces[:first])
        node.columns["content"] = node.text
        kept = []
        for detail in details:
            name, value = attribute(detail) or ("", "")
            if name in ("lead", "coordinating", "official", "leader", "time"):
                node.columns.setdefault(name, value)
                continue
            if name in ("budget", "product", "method", "participants", "target"):
                node.columns.setdefault(name, value)
            if name != "target":  # the task writes "Chỉ tiêu: …" itself
                kept.append(detail.rstrip(" ;"))
        if kept:
            node.columns["details"] = "\n".join(kept)

    @staticmethod
    def _item_cells(node: Block, count: int) -> list[dict[str, str]]:
        """Each of a row's `count` items' own time and lead: a time (lead)
        cell whose paragraphs are as many "-" lines ("- Quý I/2027" / "-
        Quý IV/2027") gives the n-th line to the n-th item; a cell of
        another count stays the row's, every item's."""
        own: list[dict[str, str]] = [{} for _ in range(count)]
        table = _table_above(node)
        if table is None or not node.lines or count < 2:
            return own
        for column, role in table.columns.items():
            pieces = node.lines[0].parts.get(int(column), [])
            if role not in ("time", "lead") or len(pieces) != count:
                continue
            if all(marker(piece)[0] in BULLETS for piece in pieces):
                for mine, piece in zip(own, pieces, strict=True):
                    mine[role] = marker(piece)[2].rstrip(" ;.")
        return own

    @staticmethod
    def _cell_items(node: Block) -> list[str]:
        """The items of a row's content cell written after bullets ("- …",
        "+ …", "• …"), one a paragraph, without their bullets; a paragraph
        before the first is the cell's lead-in. [] for a cell that lists
        nothing (its text is the task)."""
        table = _table_above(node)
        if table is None or not node.lines:
            return []
        column = next(
            (int(c) for c, r in table.columns.items() if r == "content"), None
        )
        if column is None:
            return []
        pieces = node.lines[0].parts.get(column) or [node.text]
        kinds = [marker(piece)[0] for piece in pieces]
        bulleted = [i for i, kind in enumerate(kinds) if kind in BULLETS]
        if not bulleted or any(k not in BULLETS for k in kinds[bulleted[0] :]):
            return []
        items = [marker(pieces[i])[2].rstrip(" ;") for i in bulleted]
        lead_in = " ".join(pieces[: bulleted[0]])
        if WORK.match(fold(lead_in)) or any(
            attribute(item) or labels_a_detail(item) for item in items
        ):
            # "Xây dựng nhà văn hóa thôn:" over "- Quy mô …", "- Chủ trì: …":
            # one task and its details.
            return []
        return items

    @staticmethod
    def _shared_target(title: str, block: Block) -> ParsedTarget | None:
        """A row's figures per village (a merged "Phân bổ cho các thôn" over
        a column per village) as its task's target: their sum in the row's
        unit, each village's own; None if there are none or one is no
        number."""
        per_village = {v: parse_number(f) for v, f in block.shares.items()}
        if not per_village or any(q is None for q in per_village.values()):
            return None
        return ParsedTarget(
            title,
            sum(per_village.values()),
            block.columns.get("unit", ""),
            block.lines[0].text,
            per_village=per_village,
        )

    @staticmethod
    def target_line(text: str, line: str) -> list[ParsedTarget]:
        """The targets one line states: "Trồng hàng rào xanh: 3.200 m";
        "Giải tỏa, mở rộng nền đường 5 tuyến 0,7km"; "100% vườn hộ …"
        (one per "N%" clause); "… cải tạo 35 vườn, chỉnh trang 121 vườn hộ"."""
        text = re.sub(r"^[-+•*–]\s*", "", text.strip())
        if m := TARGET_LINE.match(text):
            quantity = parse_number(m.group("quantity"))
            unit = (m.group("unit") or "").strip() or (m.group("unit_hint") or "")
            if quantity is not None and unit:
                return [ParsedTarget(m.group("name").strip(), quantity, unit, line)]
        text = re.sub(r"\s*\([^)]*\)", "", text).rstrip(" .;")
        if m := re.fullmatch(
            rf"(?P<name>[^\d]{{3,120}}?)((?:\s+{QUANTITY}\s*{UNIT}){{1,3}})", text
        ):
            return [
                ParsedTarget(m.group("name").strip(), parse_number(q), unit, line)
                for q, unit in re.findall(rf"({QUANTITY})\s*({UNIT})", m.group(2))
            ]
        if m := COUNTED_LINE.match(text):
            unit = m.group("unit")
            return [
                ParsedTarget(
                    f"{unit[:1].upper()}{unit[1:]} {m.group('rest')}",
                    parse_number(m.group("quantity")),
                    unit,
                    line,
                )
            ]
        found = []
        for sentence in re.split(r"\.\s+", text):
            for clause in re.split(
                r"(?:[,;]\s*|\s+đảm bảo\s+)(?=\d{1,3}(?:,\d+)?\s*%)", sentence
            ):
                if m := PERCENT_LINE.match(clause.strip()):
                    name = re.split(r",\s+(?=[A-ZĐ]{2,}\b)", m.group("name"))[0].strip()
                    found.append(
                        ParsedTarget(
                            name[0].upper() + name[1:],
                            parse_number(m.group("quantity")),
                            "%",
                            line,
                        )
                    )
                    continue
                _, done, tail = clause.partition("thực hiện ")
                for piece in tail.split(",") if done else []:
                    if re.search(rf"{QUANTITY}\s+tiêu chí", piece):
                        continue
                    m = re.match(
                        rf"\s*(?P<verb>[^\d]{{3,40}}?)\s+(?P<q>{QUANTITY})\s+(?P<unit>[^\d\s,.;]+)(?P<more>\s+hộ)?",
                        piece,
                    )
                    if m:
                        verb = m.group("verb").strip()
                        name = f"{verb} {m.group('unit')}{m.group('more') or ''}"
                        found.append(
                            ParsedTarget(
                                name[0].upper() + name[1:],
                                parse_number(m.group("q")),
                                m.group("unit"),
                                line,
                            )
                        )
        return found
