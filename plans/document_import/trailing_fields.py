"""A task's own lines written after its details: "1. Nâng cấp tuyến đường
trục xã" over "a) Mở rộng mặt đường …;" / "b) Lắp đặt hệ thống chiếu
sáng …" and then "- Chủ trì: Phòng Kinh tế xã" / "- Phối hợp: …" / "-
Thời gian: …". Placed by marker (and by Word's list level, which puts the
"-" lines deeper than the letters), those lines fall under the last
letter, which then reads as a task of its own and the others as tasks
with nothing. When only the last of the letters has such lines, and the
item over them has none, they are the item's: moved up to it, after its
letters, so that the item is the task and the letters its details."""

from __future__ import annotations

from plans.document_import.attributes import attribute
from plans.document_import.blocks import Block
from plans.document_import.markers import BULLETS

# The attributes that say who does a task and by when.
TASK_FIELDS = ("lead", "coordinating", "official", "leader", "time")
# The details under a task that do not make tasks of their own.
DETAIL_KINDS = ("letter",)
# The items that may be tasks over such details ("1.", "1.1.", "3.1.",
# "Nhiệm vụ 1:"); a section's letters with fields after the last stay as
# they were read.
ITEM_KINDS = ("dec1", "dec2", "dec3", "dec4", "item")


def _field(block: Block) -> bool:
    if block.kind not in BULLETS and block.kind != "text":
        return False
    said = attribute(block.text)
    return said is not None and said[0] in TASK_FIELDS


def _trailing_fields(block: Block) -> list[Block]:
    """The field lines that end `block`'s children (none of them its
    details' own deeper lines)."""
    out: list[Block] = []
    for child in reversed(block.children):
        if not _field(child) or child.children:
            break
        out.append(child)
    return out[::-1]


def lift(block: Block) -> None:
    """Throughout the tree under `block`: an item's field lines written
    after its letters, moved from the last letter up to the item."""
    for child in block.children:
        lift(child)
    if block.kind not in ITEM_KINDS:
        return
    details = [c for c in block.children if c.kind in DETAIL_KINDS]
    if len(details) < 2 or block.children[-1] is not details[-1]:
        return
    if any(_field(c) for c in block.children):
        return  # The item states its own.
    last = details[-1]
    fields = _trailing_fields(last)
    if not fields or any(_field(c) for d in details[:-1] for c in d.children):
        return  # Nothing after the letters, or every letter with its own.
    del last.children[len(last.children) - len(fields) :]
    for field in fields:
        field.parent = block
        block.children.append(field)
