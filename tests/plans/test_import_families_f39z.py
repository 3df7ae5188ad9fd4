"""A plan sent as a chat message (Zalo-style, saved as .txt or .md): "Việc
1: …" ("Nhiệm vụ 1:", "*Việc 1*", "Việc 1.") each followed by short
unlabelled lines, one attribute each, in any order, and lines that only
talk to the readers; tried on plans of my own."""

from __future__ import annotations

import json

import pytest

from ntm.text import fold
from plans.document_import.chat_message import CHATTER
from plans.document_import.labels import LABELS
from plans.document_import.review import source_dump
from tests.plans.reading import HEAD, TAIL, by_title, check_task, read_plan

WOMEN = """HỘI LHPN XÃ HỒNG PHONG
Số: 14/KH-HPN
Hồng Phong, ngày 11/4/2026
KẾ HOẠCH
Hưởng ứng cuộc vận động "Gia đình 5 có 3 sạch" năm 2026
Các chị chi hội trưởng đọc kỹ giúp em nhé
Căn cứ KH số 58/KH-UBND ngày 02/4/2026 của UBND xã
Việc 1: tổng vệ sinh khu dân cư thôn Phong Lai
làm xong trước 31/5
phối hợp chi đoàn Phong Lai
Chi hội Phong Lai chủ trì
Việc 2: tuyên truyền phân loại rác tại hộ gia đình
chị Đào Thị Hạnh phụ trách
tháng 7/2026
BCH Hội xã chủ trì, phối hợp Ban phát triển các thôn
Việc 3: trồng cây xanh dọc kênh Bắc
hạn 20/6/2026
các chi hội Đồng, Bãi chủ trì
Báo cáo kết quả về Hội xã trước ngày 30/11 nha các chị
Nơi nhận:
- Hội LHPN huyện;
- Đảng ủy xã;
- lưu
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phan Thị Lan
"""


@pytest.fixture(scope="module")
def women():
    return read_plan(WOMEN)


def test_women_union_message_tasks_and_attributes(women):
    tasks = by_title(women)
    assert list(tasks) == [
        "Tổng vệ sinh khu dân cư thôn Phong Lai",
        "Tuyên truyền phân loại rác tại hộ gia đình",
        "Trồng cây xanh dọc kênh Bắc",
    ]
    check_task(
        tasks["Tổng vệ sinh khu dân cư thôn Phong Lai"],
        "Chi hội Phong Lai",
        ["chi đoàn Phong Lai"],
        deadline="2026-05-31",
    )
    check_task(
        tasks["Tuyên truyền phân loại rác tại hộ gia đình"],
        "BCH Hội xã",
        ["Ban phát triển các thôn"],
        official="dao thi hanh",
        start="2026-07-01",
        deadline="2026-07-31",
    )
    # One lead, though its name lists two villages' branches.
    check_task(
        tasks["Trồng cây xanh dọc kênh Bắc"],
        "các chi hội Đồng, Bãi",
        deadline="2026-06-20",
    )


def test_women_union_message_header(women):
    assert women.title == 'Hưởng ứng cuộc vận động "Gia đình 5 có 3 sạch" năm 2026'
    assert [b.number for b in women.bases] == ["58/KH-UBND"]
    assert women.bases[0].kind == "Kế hoạch"
    assert len(women.recipients) == 3


YOUTH = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ AN BÌNH
Số: 22-KH/ĐTN
An Bình, ngày 05/6/2026
KẾ HOẠCH
Chiến dịch Thanh niên tình nguyện hè năm 2026
ok các bạn bí thư chi đoàn xem nha 👍
👉 Nhiệm vụ 1: sửa chữa 2 km đường giao thông nội đồng
👉 hạn chót 15/7
👉 ai phụ trách: chị Lò Thị Xuân
👉 Chi đoàn thôn Bản Mới chủ trì
👉 Nhiệm vụ 2: thắp sáng đường quê thôn Nà Lừa
👉 phối hợp với Hội Cựu chiến binh xã, Ban phát triển thôn Nà Lừa
👉 trước ngày 10/8
👉 BCH Đoàn xã chủ trì
Có gì vướng mắc các bạn nhắn trong nhóm nhé
TM. BAN CHẤP HÀNH
BÍ THƯ
Lường Văn Thịnh
"""


def test_youth_message_with_pointing_bullets():
    plan = read_plan(YOUTH)
    tasks = by_title(plan)
    assert list(tasks) == [
        "Sửa chữa 2 km đường giao thông nội đồng",
        "Thắp sáng đường quê thôn Nà Lừa",
    ]
    check_task(
        tasks["Sửa chữa 2 km đường giao thông nội đồng"],
        "Chi đoàn thôn Bản Mới",
        official="lo thi xuan",
        deadline="2026-07-15",
    )
    check_task(
        tasks["Thắp sáng đường quê thôn Nà Lừa"],
        "BCH Đoàn xã",
        ["Hội Cựu chiến binh xã", "Ban phát triển thôn Nà Lừa"],
        deadline="2026-08-10",
    )
    assert plan.title == "Chiến dịch Thanh niên tình nguyện hè năm 2026"


VILLAGE = """THÔN ĐÔNG HÒA
Số: 05/KH-BPT
Đông Hòa, ngày 14/9/2026
KẾ HOẠCH
Chỉnh trang khu dân cư quý IV năm 2026
*Việc 1*: phát quang bụi rậm hai bên đường trục thôn
- xong trước 15/10
- Tổ dân cư số 2 chủ trì
*Việc 2*: kẻ vẽ tường rào tuyến đường liên xóm
- ông Hà Văn Sơn phụ trách
- Chi đoàn thôn chủ trì, phối hợp Chi hội Phụ nữ thôn
- tháng 11
Ok bà con, cuối năm thôn họp tổng kết
TRƯỞNG THÔN
Hà Văn Sơn
"""


def test_village_message_in_markdown_takes_the_plans_year():
    plan = read_plan(VILLAGE, "ke-hoach.md")
    tasks = by_title(plan)
    assert list(tasks) == [
        "Phát quang bụi rậm hai bên đường trục thôn",
        "Kẻ vẽ tường rào tuyến đường liên xóm",
    ]
    check_task(
        tasks["Phát quang bụi rậm hai bên đường trục thôn"],
        "Tổ dân cư số 2",
        deadline="2026-10-15",
    )
    check_task(
        tasks["Kẻ vẽ tường rào tuyến đường liên xóm"],
        "Chi đoàn thôn",
        ["Chi hội Phụ nữ thôn"],
        official="ha van son",
        start="2026-11-01",
        deadline="2026-11-30",
    )


# Mend m39c: a formal plan's "Nhiệm vụ 1: …" headings over labelled lines
# ("Chủ trì: …") are no chat message, and a line ending in "nhà" or "nhẹ"
# (folded "nha", "nhe") does not talk.
FORMAL = """Nhiệm vụ 1: Hỗ trợ xóa nhà tạm
Chủ trì: Ban Chỉ đạo xã
Thời gian: tháng 6/2026
Hỗ trợ 15 hộ nghèo sửa chữa nhà
Nhiệm vụ 2: Làm đường thôn Đông
Chủ trì: UBND xã
Thời gian: quý III/2026
Ưu tiên vật liệu nhẹ
"""


def test_formal_task_headings_over_labelled_lines_are_no_chat_message():
    plan = read_plan(HEAD + FORMAL + TAIL)
    tasks = by_title(plan)
    assert list(tasks) == ["Hỗ trợ xóa nhà tạm", "Làm đường thôn Đông"]
    assert tasks["Hỗ trợ xóa nhà tạm"].description == (
        "Hỗ trợ 15 hộ nghèo sửa chữa nhà"
    )
    assert tasks["Làm đường thôn Đông"].description == "Ưu tiên vật liệu nhẹ"
    assert tasks["Làm đường thôn Đông"].lead_text == "UBND xã"
    assert not [line for line in plan.source if line.used == CHATTER]
    # The preview shows the plan's own lines, not rewritten ones.
    assert "Chủ trì: Ban Chỉ đạo xã" in [line.text for line in plan.source]


HOUSES = """HỘI LHPN XÃ HỒNG PHONG
Số: 15/KH-HPN
Hồng Phong, ngày 12/4/2026
KẾ HOẠCH
Hỗ trợ hội viên nghèo năm 2026
Việc 1: góp ngày công sửa nhà cho hội viên nghèo
Chi hội Phong Lai chủ trì
tháng 6/2026
Việc 2: vận động quyên góp mái tôn
BCH Hội xã chủ trì
làm xong trước 30/7
Ưu tiên tôn loại nhẹ
Nhờ các chi hội nhắc hội viên nhé
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phan Thị Lan
"""


def test_chat_line_ending_in_a_word_like_a_particle_does_not_talk():
    plan = read_plan(HOUSES)
    talk = [line.text for line in plan.source if line.used == CHATTER]
    assert talk == ["Nhờ các chi hội nhắc hội viên nhé"]
    # Not talk: left for the user to place.
    assert plan.unplaced == ["Ưu tiên tôn loại nhẹ"]


def test_chat_message_names_a_person_by_the_one_list_of_addresses():
    # addressed.py: labels.toml [comrades] address, no list of its own.
    assert "addressed" not in LABELS["chat"]
    plan = read_plan(VILLAGE.replace("ông Hà Văn Sơn", "cô Hà Thị Sen"))
    task = by_title(plan)["Kẻ vẽ tường rào tuyến đường liên xóm"]
    assert fold(task.official_text) == "ha thi sen"


def test_preview_shows_a_chat_messages_own_lines(women):
    # The reading takes "- Chủ trì: Chi hội Phong Lai"; the user sees the
    # message's words.
    shown = [text for text, _, _ in json.loads(source_dump(women.source))]
    assert "Chi hội Phong Lai chủ trì" in shown
    assert "làm xong trước 31/5" in shown
    assert "Việc 1: tổng vệ sinh khu dân cư thôn Phong Lai" in shown
    assert not [text for text in shown if text.startswith("- Chủ trì")]
