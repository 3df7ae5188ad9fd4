"""The named official of a task on plans the importer has not seen (issue
18), tried on plans of my own: a Party committee's numbered work over its
"Phân công: …. Thời gian: …. Đồng chí …, <post> trực tiếp chỉ đạo." line
(or the person on a line of their own), and a Front's "Body: work"
paragraph that ends on the comrade given part of the work ("…; giao đồng
chí … - Phó Chủ tịch … chuẩn bị nội dung, khách mời.") after its day and
where it is held."""

from __future__ import annotations

import pytest

from plans.document_import.quality import official_key
from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, read_plan

# ── 1. A Party committee's plan: "Phân công: …" under each numbered task ──

PARTY_HEAD = """ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ NGHI LÂM
*
Số 09-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nghi Lâm, ngày 08 tháng 01 năm 2027
KẾ HOẠCH
Lãnh đạo xây dựng xã Nghi Lâm đạt chuẩn nông thôn mới nâng cao năm 2027
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao vai trò lãnh đạo của Đảng ủy trong xây dựng nông thôn mới.
II. NHIỆM VỤ TRỌNG TÂM
"""
PARTY_TAIL = """III. TỔ CHỨC THỰC HIỆN
Các chi bộ triển khai, báo cáo kết quả về Văn phòng Đảng ủy.
Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Hồ Văn Quang
"""

# (work, its assignment as one or several lines, what is read: lead,
# partners, deadline, official's name folded or None)
PARTY = [
    ("1. Lãnh đạo bê tông hóa 4,5 km đường trục xóm Đông Sơn, Tây Sơn.",
     ["Phân công: Ủy ban nhân dân xã chủ trì; Ủy ban MTTQ xã, Hội Nông dân xã phối "
      "hợp thực hiện. Thời gian: Quý II/2027. Đồng chí Nguyễn Hữu Thắng, Phó Bí thư "
      "Thường trực Đảng ủy trực tiếp chỉ đạo."],
     ("Ủy ban nhân dân xã", ["Ủy ban MTTQ xã", "Hội Nông dân xã"], "2027-06-30",
      "nguyen huu thang")),
    ("2. Vận động Nhân dân hiến đất, tháo dỡ tường rào mở rộng đường ngõ xóm.",
     ["Phân công: Ủy ban MTTQ xã chủ trì; các đoàn thể chính trị - xã hội xã phối hợp "
      "thực hiện. Thời gian: Quý III/2027. Đồng chí Phan Thị Lài, Đảng ủy viên, Chủ "
      "tịch Hội Liên hiệp Phụ nữ xã phụ trách."],
     ("Ủy ban MTTQ xã", ["các đoàn thể chính trị - xã hội xã"], "2027-09-30",
      "phan thi lai")),
    ("3. Xây dựng 02 mô hình trồng rau an toàn theo chuỗi giá trị.",
     ["Phân công: Hội Nông dân xã chủ trì; Hợp tác xã Nghi Lâm phối hợp thực hiện. "
      "Thời gian: tháng 10/2027. Đ/c Đậu Văn Tình - Ủy viên BTV theo dõi, chỉ đạo."],
     ("Hội Nông dân xã", ["Hợp tác xã Nghi Lâm"], "2027-10-31", "dau van tinh")),
    ("4. Nâng cao chất lượng sinh hoạt chi bộ xóm.",
     ["Phân công: Các chi bộ xóm thực hiện. Thời gian: thường xuyên."],
     ("Các chi bộ xóm", [], "2027-12-31", None)),
    ("5. Tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết về nông thôn mới.",
     ["Phân công: Ban Xây dựng Đảng chủ trì; Văn phòng Đảng ủy phối hợp thực hiện.",
      "Thời gian: tháng 11/2027.",
      "Đồng chí Võ Thị Thanh Hà, Trưởng Ban Xây dựng Đảng phụ trách."],
     ("Ban Xây dựng Đảng", ["Văn phòng Đảng ủy"], "2027-11-30", "vo thi thanh ha")),
]  # fmt: skip


def _title(work: str) -> str:
    return work.split(". ", 1)[1].rstrip(".")


def _check_party(plan, cases):
    tasks = by_title(plan)
    assert len(plan.tasks) == len(cases), list(tasks)
    for work, _, (lead, partners, deadline, official) in cases:
        task = tasks[_title(work)]
        assert task.lead_text == lead, work
        assert task.coordinating_units == partners, work
        assert str(task.ends_on) == deadline, work
        if official:
            assert official_key(task.official_text) == official, work
            assert "Đồng chí" not in task.official_text
            assert "Đ/c" not in task.official_text
        else:
            assert not task.official_text, work


def _party_text(cases) -> str:
    body = "".join(
        work + "\n" + "".join(f"{a}\n" for a in said) for work, said, _ in cases
    )
    return PARTY_HEAD + body + PARTY_TAIL


@pytest.mark.parametrize(
    "case", [c for c in PARTY if c[2][3]], ids=lambda c: _title(c[0])[:30]
)
def test_a_party_task_and_its_assignment_line(case):
    _check_party(read_plan(_party_text([case])), [case])


def test_the_person_leaves_the_time_and_the_lead_whole():
    """The person's sentence ends the time (or the assignment) it follows:
    neither keeps it."""
    plan = read_plan(_party_text(PARTY))
    for task in plan.tasks:
        assert "chỉ đạo" not in task.time_text
        assert "phụ trách" not in task.time_text
        assert "Đồng chí" not in task.lead_text


def test_a_party_plan_in_word_its_assignment_lines_in_italics():
    blocks = [p(line) for line in PARTY_HEAD.splitlines()]
    for work, said, _ in PARTY:
        blocks.append(p(work))
        blocks += [p(line, runs=[(line, "i")]) for line in said]
    blocks += [p(line) for line in PARTY_TAIL.splitlines()]
    plan = read_plan(docx(*blocks), "ke-hoach-dang-uy.docx")
    _check_party(plan, PARTY)
    # The line with no person: "thường xuyên" is the plan's whole year.
    assert str(by_title(plan)[_title(PARTY[3][0])].starts_on) == "2027-01-01"


# ── 2. A Front's "Body: work" paragraphs, a comrade given part of it ──

FRONT_HEAD = """ỦY BAN MTTQ VIỆT NAM
XÃ THẠCH ĐÀ
Số: 14/KH-MTTQ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Đà, ngày 20 tháng 10 năm 2027
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy truyền thống đoàn kết của Nhân dân trong khu dân cư.
II. NỘI DUNG VÀ PHÂN CÔNG
"""
FRONT_TAIL = """III. TỔ CHỨC THỰC HIỆN
Các tổ chức thành viên báo cáo kết quả về Ban Thường trực.
Nơi nhận:
- Ủy ban MTTQ huyện (b/c);
- Lưu.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Thị Yến
"""

# (paragraph, title, lead, deadline, official's name folded or None)
FRONT = [
    ("Ban Thường trực Ủy ban MTTQ xã: Tổ chức Lễ phát động Ngày hội Đại đoàn kết "
     "toàn dân tộc vào ngày 18/11/2027 tại Hội trường UBND xã; giao đồng chí Lê Thị "
     "Kim Oanh - Phó Chủ tịch Ủy ban MTTQ xã chuẩn bị nội dung, khách mời.",
     "Tổ chức Lễ phát động Ngày hội Đại đoàn kết toàn dân tộc",
     "Ban Thường trực Ủy ban MTTQ xã", "2027-11-18", "le thi kim oanh"),
    ("Hội Liên hiệp Phụ nữ xã: Vận động hội viên tham gia làm sạch đường làng, ngõ "
     "xóm trước ngày 10/11/2027; giao đồng chí Chu Thị Huệ - Chủ tịch Hội chỉ đạo các "
     "chi hội thực hiện.",
     "Vận động hội viên tham gia làm sạch đường làng, ngõ xóm",
     "Hội Liên hiệp Phụ nữ xã", "2027-11-10", "chu thi hue"),
    ("Đoàn Thanh niên xã: Tổ chức giải bóng chuyền thanh niên vào ngày 15/11/2027 "
     "tại sân vận động xã.",
     "Tổ chức giải bóng chuyền thanh niên", "Đoàn Thanh niên xã", "2027-11-15", None),
    ("Ban Công tác Mặt trận các thôn: Rà soát, lập danh sách hộ nghèo, hộ có hoàn "
     "cảnh khó khăn, gửi về Ban Thường trực Ủy ban MTTQ xã trước ngày 05/11/2027.",
     "Rà soát, lập danh sách hộ nghèo, hộ có hoàn cảnh khó khăn, gửi về Ban Thường "
     "trực Ủy ban MTTQ xã",
     "Ban Công tác Mặt trận các thôn", "2027-11-05", None),
]  # fmt: skip
OVERSEER = (
    "Đồng chí Trần Văn Lộc - Phó Chủ tịch Ủy ban MTTQ xã: Theo dõi, đôn đốc các "
    "thôn tổ chức Ngày hội, tổng hợp kết quả báo cáo Ban Thường trực."
)


def _check_front(plan, cases):
    tasks = by_title(plan)
    assert len(plan.tasks) == len(cases), list(tasks)
    for _, title, lead, deadline, official in cases:
        task = tasks[title]
        assert task.lead_text == lead, title
        assert str(task.ends_on) == deadline, title
        if official:
            assert official_key(task.official_text) == official, title
        else:
            assert not task.official_text, title


@pytest.mark.parametrize("case", FRONT[:3], ids=lambda c: c[1][:30])
def test_a_body_paragraph_that_gives_a_comrade_part_of_the_work(case):
    _check_front(read_plan(FRONT_HEAD + case[0] + "\n" + FRONT_TAIL), [case])


def test_the_part_and_the_place_go_to_the_description():
    plan = read_plan(FRONT_HEAD + FRONT[0][0] + "\n" + FRONT_TAIL)
    (task,) = plan.tasks
    assert "chuẩn bị nội dung, khách mời" in task.description
    assert "Hội trường UBND xã" in task.description


def test_a_front_plan_in_word_the_bodies_in_bold_and_its_overseer_no_task():
    blocks = [p(line) for line in FRONT_HEAD.splitlines()]
    for text, *_ in FRONT:
        body, work = text.split(": ", 1)
        blocks.append(p(runs=[(body + ":", "b"), (" " + work, "")]))
    blocks.append(p(OVERSEER))
    blocks += [p(line) for line in FRONT_TAIL.splitlines()]
    plan = read_plan(docx(*blocks), "ke-hoach-mttq.docx")
    _check_front(plan, FRONT)
    assert not any("Theo dõi, đôn đốc" in t.title for t in plan.tasks)


def test_the_place_stops_at_the_end_of_its_sentence():
    """ "… tại Hội trường UBND xã. Đoàn Thanh niên xã chủ trì": the place is
    no part of the next sentence, which names the lead."""
    plan = read_plan(
        FRONT_HEAD + "1. Tổ chức Hội nghị tổng kết vào ngày 20/11/2026 tại Hội "
        "trường UBND xã. Đoàn Thanh niên xã chủ trì\n" + FRONT_TAIL
    )
    (task,) = plan.tasks
    assert task.title == "Tổ chức Hội nghị tổng kết"
    assert task.lead_text == "Đoàn Thanh niên xã"
    assert str(task.ends_on) == "2026-11-20"
    assert "Hội trường UBND xã" in task.description
    assert "Đoàn Thanh niên" not in task.description
