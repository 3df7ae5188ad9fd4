"""What the user does on the preview before anything is saved: turn a line
the import could not place into a task, merge two tasks, split one, move one
up or down. Each is a pure function on the preview's state (the posted
values of every task form, and the source lines), so the page needs no
JavaScript: every button posts the whole form back with its action."""

from __future__ import annotations

import json
import re

ACTIONS = ("line_to_task", "merge", "split", "up", "down")
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
    }


def _next_number(tasks: list[dict]) -> str:
    numbers = {str(t.get("number") or "") for t in tasks}
    n = len(tasks) + 1
    while str(n) in numbers:
        n += 1
    return str(n)


def line_to_task(tasks: list[dict], source: list[list], index: int) -> str:
    """Line `index` of the source becomes a new task (a table row's cells
    fill its number, title, lead, coordinating units and time)."""
    if not 0 <= index < len(source):
        return "Không tìm thấy dòng đã chọn."
    text, used, cells = source[index]
    task = _blank_task(_next_number(tasks))
    cells = [c for c in (cells or []) if c]
    if cells and len(cells) >= 2:
        if re.fullmatch(r"[\dIVXivx.]{1,6}", cells[0]):
            task["number"], cells = cells[0].strip("."), cells[1:]
        task["title"] = cells[0]
        rest = cells[1:]
        if rest:
            task["lead"] = rest[0]
        if len(rest) > 1:
            task["coordinating"] = rest[1]
        if len(rest) > 2:
            task["time_text"] = rest[2]
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


def split(tasks: list[dict], index: int) -> str:
    """The first line of task `index`'s content becomes a task of its own,
    right after it, with the same time and units."""
    if not 0 <= index < len(tasks):
        return "Không tìm thấy nhiệm vụ đã chọn."
    task = tasks[index]
    lines = [x for x in (task.get("description") or "").splitlines() if x.strip()]
    if not lines:
        return "Nhiệm vụ này không có dòng nội dung nào để tách."
    task["description"] = "\n".join(lines[1:])
    new = dict(task)
    new["title"] = re.sub(r"^[-+•*–]\s*", "", lines[0])
    new["description"] = ""
    new["number"] = (
        f"{task.get('number')}.{1 + sum(1 for t in tasks if str(t.get('number', '')).startswith(str(task.get('number')) + '.'))}"
    )
    tasks.insert(index + 1, new)
    return f"Đã tách thành nhiệm vụ {new['number']}."


def move(tasks: list[dict], index: int, direction: str) -> str:
    other = index - 1 if direction == "up" else index + 1
    if not (0 <= index < len(tasks) and 0 <= other < len(tasks)):
        return "Nhiệm vụ đã ở đầu (hoặc cuối) danh sách."
    tasks[index], tasks[other] = tasks[other], tasks[index]
    return "Đã chuyển nhiệm vụ."


def apply(action: str, tasks: list[dict], source: list[list]) -> str:
    """Apply a button's action ("merge:3") to the state; the message to show."""
    parsed = parse_action(action)
    if parsed is None:
        return "Thao tác không hợp lệ."
    name, index = parsed
    if name == "line_to_task":
        return line_to_task(tasks, source, index)
    if name == "merge":
        return merge(tasks, index)
    if name == "split":
        return split(tasks, index)
    return move(tasks, index, name)
