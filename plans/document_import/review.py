"""What the user does on the preview before anything is saved: turn a line
the import could not place, or kept as a section's text, into a task, merge
two tasks, split one at any line of its content, move one up, down or to any
position. Each is a pure function on the preview's state (the posted values
of every task and section form, and the source lines), so the page needs no
JavaScript: every button posts the whole form back with its action."""

from __future__ import annotations

import json
import re

from ntm.text import fold
from plans.document_import.timeframes import TIME_CELL, cell_time, time_range

ACTIONS = ("line_to_task", "merge", "split", "up", "down", "move")
_ACTION = re.compile(r"^(?P<name>[a-z_]+):(?P<index>\d{1,4})$")


def source_dump(lines) -> str:
    """The source lines for the hidden field: text, where it went, cells."""
    return json.dumps(
        [[line.text, line.used, line.cells] for line in lines], ensure_ascii=False
    )


def source_json(lines: list[list]) -> str:
    return json.dumps(lines, ensure_ascii=False)


def source_load(text: str) -> list[list]:
    """The hidden field back; anything malformed gives no lines (the user
    still has every form field)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    lines = []
    for item in data[:20000]:
        if isinstance(item, list) and len(item) == 3 and isinstance(item[0], str):
            cells = item[2] if isinstance(item[2], list) else None
            lines.append([item[0], str(item[1] or ""), cells])
    return lines


def parse_action(value: str) -> tuple[str, int] | None:
    m = _ACTION.match(value or "")
    if not m or m.group("name") not in ACTIONS:
        return None
    return m.group("name"), int(m.group("index"))


def _blank_task(number: str) -> dict:
    return {
        "include": True,
        "number": number,
        "title": "",
        "description": "",
        "time_text": "",
        "starts_on": None,
        "ends_on": None,
        "lead": "",
        "coordinating": "",
        "coordinating_add": "",
        "official": "",
        "method": "",
        "participants": "",
        "flags": "",
        "matches": "",
        "split_line": "",
        "move_to": "",
    }


def _next_number(tasks: list[dict]) -> str:
    numbers = {str(t.get("number") or "") for t in tasks}
    n = len(tasks) + 1
    while str(n) in numbers:
        n += 1
    return str(n)


def _fill_from_cells(task: dict, cells: list[str]) -> None:
    """A row's other cells: the one that reads as a time ("Quý I/2027",
    "Trước 30/4/2027", "Thường xuyên") wherever it stands, with its dates
    when it names its year; of the others, the first is the lead and the
    second the coordinating units, one a line (a note column after them is
    left out). Two times side by side ("01/2027 | 06/2027": a start and
    an end column) give the start and the deadline."""
    found = [
        i
        for i, c in enumerate(cells)
        if TIME_CELL.fullmatch(fold(c)) or time_range(cell_time(c)) is not None
    ]
    start = ""
    if len(found) >= 2 and found[1] == found[0] + 1:
        start, time = cells[found[0]], cells[found[1]]
    else:
        time = cells[found[0]] if found else ""
    names = [c for c in cells if c not in (start, time)]
    if names:
        task["lead"] = names[0]
    if len(names) > 1:
        task["coordinating"] = "\n".join(
            part.strip() for part in re.split(r"[;\n]", names[1]) if part.strip()
        )
    if time:
        task["time_text"] = f"{start} – {time}" if start else time
        if span := time_range(cell_time(time)):
            task["starts_on"], task["ends_on"] = span
        if start and (begins := time_range(cell_time(start))):
            first = begins[0] or begins[1]
            if task["ends_on"] is None or first <= task["ends_on"]:
                task["starts_on"] = first


# Where a line read as a section's own text went ("mục III"): such a line
# may still be a task the import did not see as one.
_SECTION_TEXT = re.compile(r"mục(?: \S+)?")


def can_become_task(used: str, text: str, section_lines: set[str]) -> bool:
    """Whether "Thành nhiệm vụ" is offered for a source line: one the import
    left unplaced, or one it kept as a section's text (not its heading)."""
    return not used or bool(
        _SECTION_TEXT.fullmatch(used) and text.strip() in section_lines
    )


def section_lines(sections: list[dict]) -> set[str]:
    """Every line of the sections' texts as the preview holds them."""
    return {
        line.strip()
        for section in sections
        for line in (section.get("body") or "").splitlines()
        if line.strip()
    }


def _take_from_sections(sections: list[dict], text: str) -> None:
    """Line `text` leaves the first section text holding it (once)."""
    for section in sections:
        lines = (section.get("body") or "").splitlines()
        for i, line in enumerate(lines):
            if line.strip() == text.strip():
                del lines[i]
                section["body"] = "\n".join(lines)
                return


def line_to_task(
    tasks: list[dict], source: list[list], index: int, sections: list[dict] = ()
) -> str:
    """Line `index` of the source becomes a new task (a table row's cells
    fill its number, title, lead, coordinating units and time). A line the
    import kept as a section's text leaves that text."""
    if not 0 <= index < len(source):
        return "Không tìm thấy dòng đã chọn."
    text, used, cells = source[index]
    if not can_become_task(used, text, section_lines(sections)):
        return f"Dòng đã chọn đã được dùng ({used}); không thêm nhiệm vụ."
    if used:
        _take_from_sections(sections, text)
    task = _blank_task(_next_number(tasks))
    cells = [c for c in (cells or []) if c]
    if cells and len(cells) >= 2:
        if re.fullmatch(r"[\dIVXivx.]{1,6}", cells[0]):
            task["number"], cells = cells[0].strip("."), cells[1:]
        task["title"] = cells[0]
        _fill_from_cells(task, cells[1:])
    else:
        task["title"] = re.sub(
            r"^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*", "", text
        )
    if any(str(t.get("number")) == task["number"] for t in tasks):
        task["number"] = _next_number(tasks)
    tasks.append(task)
    source[index][1] = f"nhiệm vụ {task['number']} (thêm tay)"
    return f"Đã thêm nhiệm vụ {task['number']} từ dòng đã chọn."


def merge(tasks: list[dict], index: int) -> str:
    """Task `index` and the one after it become one: the first keeps its
    number and title, the second's text joins its content, and what the
    first leaves empty the second fills."""
    if not 0 <= index < len(tasks) - 1:
        return "Không có nhiệm vụ nào sau nhiệm vụ này để gộp."
    first, second = tasks[index], tasks.pop(index + 1)
    first["description"] = "\n".join(
        x
        for x in (
            first.get("description"),
            second.get("title"),
            second.get("description"),
        )
        if x
    )
    for name, value in second.items():
        if name in ("number", "title", "description", "include"):
            continue
        if not first.get(name) and value:
            first[name] = value
    return f"Đã gộp nhiệm vụ {second.get('number')} vào nhiệm vụ {first.get('number')}."


def content_lines(task: dict) -> list[str]:
    """The lines of a task's content a split can start at."""
    return [x for x in (task.get("description") or "").splitlines() if x.strip()]


def _position(value, count: int) -> int | None:
    """A 1-based position typed or picked by the user, if it is one."""
    text = str(value or "").strip()
    if not re.fullmatch(r"\d{1,5}", text):
        return None
    number = int(text)
    return number if 1 <= number <= count else None


def split(tasks: list[dict], index: int) -> str:
    """Task `index` cut at the chosen line of its content (`split_line`, the
    first when none is chosen): that line becomes a task of its own right
    after it, with the lines below it as its content and the same time and
    units; the lines above stay."""
    if not 0 <= index < len(tasks):
        return "Không tìm thấy nhiệm vụ đã chọn."
    task = tasks[index]
    lines = content_lines(task)
    if not lines:
        return "Nhiệm vụ này không có dòng nội dung nào để tách."
    chosen = str(task.get("split_line") or "").strip()
    at = _position(chosen, len(lines)) if chosen else 1
    if at is None:
        return f"Dòng để tách phải từ 1 đến {len(lines)}."
    task["description"] = "\n".join(lines[: at - 1])
    new = dict(task)
    new["title"] = re.sub(r"^[-+•*–]\s*", "", lines[at - 1])
    new["description"] = "\n".join(lines[at:])
    new["number"] = (
        f"{task.get('number')}.{1 + sum(1 for t in tasks if str(t.get('number', '')).startswith(str(task.get('number')) + '.'))}"
    )
    tasks.insert(index + 1, new)
    return f"Đã tách dòng {at} thành nhiệm vụ {new['number']}."


def move(tasks: list[dict], index: int, direction: str) -> str:
    other = index - 1 if direction == "up" else index + 1
    if not (0 <= index < len(tasks) and 0 <= other < len(tasks)):
        return "Nhiệm vụ đã ở đầu (hoặc cuối) danh sách."
    tasks[index], tasks[other] = tasks[other], tasks[index]
    return "Đã chuyển nhiệm vụ."


def move_to(tasks: list[dict], index: int) -> str:
    """Task `index` to the position the user chose (`move_to`, 1-based)."""
    if not 0 <= index < len(tasks):
        return "Không tìm thấy nhiệm vụ đã chọn."
    position = _position(tasks[index].get("move_to"), len(tasks))
    if position is None:
        return f"Vị trí chuyển đến phải là một số từ 1 đến {len(tasks)}."
    task = tasks.pop(index)
    tasks.insert(position - 1, task)
    return f"Đã chuyển nhiệm vụ {task.get('number')} đến vị trí {position}."


def match_lines(lead=None, coordinating=()) -> str:
    """How the proposal matched each unit, for the hidden field: (agency,
    score, what the document wrote) for the lead and each partner."""
    out = []
    for role, items in (
        ("lead", [lead] if lead else []),
        ("coordinating", coordinating),
    ):
        for agency, score, written in items:
            written = " ".join(str(written or "").split())
            out.append(f"{role}\t{agency.name}\t{score:.0f}\t{written}")
    return "\n".join(out)


def match_load(text: str) -> dict[tuple[str, str], tuple[int, str]]:
    """The hidden field back: (role, folded name) → (score, written)."""
    found = {}
    for line in (text or "").splitlines()[:500]:
        parts = line.split("\t")
        if (
            len(parts) == 4
            and parts[0] in ("lead", "coordinating")
            and re.fullmatch(r"\d{1,3}", parts[2])
            and int(parts[2]) <= 100
        ):
            found[(parts[0], fold(parts[1]))] = (int(parts[2]), parts[3])
    return found


def apply(
    action: str, tasks: list[dict], source: list[list], sections: list[dict] = ()
) -> str:
    """Apply a button's action ("merge:3") to the state; the message to show."""
    parsed = parse_action(action)
    if parsed is None:
        return "Thao tác không hợp lệ."
    name, index = parsed
    if name == "line_to_task":
        return line_to_task(tasks, source, index, sections)
    if name == "merge":
        return merge(tasks, index)
    if name == "split":
        message = split(tasks, index)
    elif name == "move":
        message = move_to(tasks, index)
    else:
        message = move(tasks, index, name)
    for task in tasks:
        # A choice serves its one action; the next draw starts blank.
        task["split_line"] = task["move_to"] = ""
    return message
