"""A youth union's plan names the young person in charge of a task as the
union says it, "anh …" or "chị …" (not "đồng chí"), in a sentence of its
own after the task's assignment, on a line of its own, or in the clause
that gives them part of the work. The ways a person is addressed are one
list (labels.toml [comrades] address) every reader of a person uses."""

from __future__ import annotations

import pytest

from plans.document_import.quality import official_key
from tests.plans.reading import by_title, read_plan

HEAD = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ MƯỜNG CHANH
Số: 21-KH/ĐTN
Mường Chanh, ngày 12 tháng 02 năm 2027
KẾ HOẠCH
Tuổi trẻ xã Mường Chanh chung sức xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò xung kích của đoàn viên thanh niên trong xây dựng nông thôn mới.
II. NỘI DUNG
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các chi đoàn báo cáo kết quả về BCH Đoàn xã trước ngày 15/12/2027.
Nơi nhận:
- Huyện đoàn (b/c);
- Đảng ủy xã (b/c);
- Lưu VP.
TM. BAN CHẤP HÀNH
BÍ THƯ
Lường Văn Khánh
"""

# (task's lines, title, lead, deadline, official's name folded or "")
CASES = [
    (["1. Ra quân làm sạch 3 km đường trục bản Nà Lốc, bản Co Muông.",
      "Phân công: Chi đoàn bản Nà Lốc chủ trì; Chi hội Phụ nữ bản phối hợp thực "
      "hiện. Thời gian: tháng 3/2027. Anh Lò Văn Thắng, Bí thư Chi đoàn phụ trách."],
     "Ra quân làm sạch 3 km đường trục bản Nà Lốc, bản Co Muông",
     "Chi đoàn bản Nà Lốc", "2027-03-31", "lo van thang"),
    (["2. Trồng 500 cây keo trên đồi Pá Sang.",
      "Phân công: Chi đoàn bản Co Muông chủ trì; Tổ bảo vệ rừng bản phối hợp thực "
      "hiện. Thời gian: Quý II/2027.",
      "Chị Quàng Thị Hoa, Phó Bí thư Đoàn xã theo dõi, chỉ đạo."],
     "Trồng 500 cây keo trên đồi Pá Sang",
     "Chi đoàn bản Co Muông", "2027-06-30", "quang thi hoa"),
    (["3. Sửa chữa nhà văn hóa bản Huổi Một.",
      "Phân công: Chi đoàn bản Huổi Một chủ trì; Trưởng bản phối hợp thực hiện. "
      "Thời gian: tháng 8/2027. anh Cầm Văn Duy, Bí thư Chi đoàn phụ trách."],
     "Sửa chữa nhà văn hóa bản Huổi Một",
     "Chi đoàn bản Huổi Một", "2027-08-31", "cam van duy"),
    (["4. Vận động thanh niên tham gia bảo hiểm y tế.",
      "Phân công: Đoàn xã chủ trì; Trạm Y tế xã phối hợp thực hiện. Thời gian: "
      "tháng 6/2027. Chi hội Phụ nữ bản theo dõi."],
     "Vận động thanh niên tham gia bảo hiểm y tế",
     "Đoàn xã", "2027-06-30", ""),
]  # fmt: skip

FRONT_LIKE = (
    "Chi đoàn bản Nà Lốc: Tổ chức Ngày chủ nhật xanh vào ngày 21/3/2027 tại nhà văn "
    "hóa bản; giao anh Lò Văn Thắng - Bí thư Chi đoàn chuẩn bị dụng cụ, cây giống."
)


def _plan(cases) -> str:
    return HEAD + "".join("\n".join(lines) + "\n" for lines, *_ in cases) + TAIL


def _check(plan, cases):
    tasks = by_title(plan)
    assert len(plan.tasks) == len(cases), list(tasks)
    for _, title, lead, deadline, official in cases:
        task = tasks[title]
        assert task.lead_text == lead, title
        assert str(task.ends_on) == deadline, title
        assert official_key(task.official_text) == official, title
        if official:
            assert not task.official_text.lower().startswith(("anh ", "chị ")), title
            assert "phụ trách" not in task.time_text, title


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][:30])
def test_the_young_person_in_charge_of_a_task(case):
    _check(read_plan(_plan([case])), [case])


def test_every_task_of_the_youth_plan():
    _check(read_plan(_plan(CASES)), CASES)


def test_a_young_person_given_part_of_the_work():
    plan = read_plan(HEAD + FRONT_LIKE + "\n" + TAIL)
    (task,) = plan.tasks
    assert task.title == "Tổ chức Ngày chủ nhật xanh"
    assert task.lead_text == "Chi đoàn bản Nà Lốc"
    assert str(task.ends_on) == "2027-03-21"
    assert official_key(task.official_text) == "lo van thang"
