"""Prose tasks whose sentence does not open on the work or on its lead
(f33t, docs/import-quality.md), tried on sentences that are in no corpus:

- the time first, then its comma: "Trong Quý II/2027, Tổ Tiêm chủng chủ
  trì, phối hợp với … rà soát …", "Hằng quý, Trường Mầm non … kiểm tra …,
  có sự hỗ trợ của …", "Đến hết Quý III/2027, hoàn thành nâng cấp …; giao
  Bộ phận Kế toán chủ trì …": the time is the task's time, no part of its
  title, and the body after it leads;
- the person first: "Bà Siu H'Bleo - Trưởng Trạm chỉ đạo Bộ phận Dược bảo
  đảm …", "Bà X, Phó Chủ tịch UBND xã, chỉ đạo Y …", "Đồng chí X (Phó Bí
  thư) giao Y …": the person is the official, the body after the verb
  leads; "Ông X - Trưởng thôn trực tiếp tổ chức …" names no body: the
  person's post leads, the person is the official.

Ethnic minorities' names (Jrai, Ê Đê, Mông) stay whole as officials."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.quality import official_key
from tests.documents.docx_parts import docx, p
from tests.plans.reading import read_plan

HEAD = """ỦY BAN NHÂN DÂN XÃ IA PNÔN
TRẠM Y TẾ
Số: 09/KH-TYT
Ia Pnôn, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Chăm sóc sức khỏe nhân dân năm 2027
I. MỤC ĐÍCH
Nâng cao chất lượng chăm sóc sức khỏe ban đầu.
II. NHIỆM VỤ CỤ THỂ
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các bộ phận báo cáo kết quả về Trạm trưởng.
Nơi nhận:
- UBND xã;
- Lưu.
TRẠM TRƯỞNG
Rơ Mah Thuận
"""


def only_task(sentence: str, name: str = "ke-hoach.txt"):
    if name.endswith(".docx"):
        lines = [*HEAD.splitlines(), "1. " + sentence, *TAIL.splitlines()]
        tasks = read_plan(docx(*(p(line) for line in lines)), name).tasks
    else:
        tasks = read_plan(HEAD + "1. " + sentence + "\n" + TAIL, name).tasks
    assert len(tasks) == 1, [t.title for t in tasks]
    return tasks[0]


FORMATS = ["ke-hoach.txt", "ke-hoach.md", "ke-hoach.docx"]

TIME_FIRST = [
    (
        "Trong Quý II/2027, Tổ Tiêm chủng chủ trì, phối hợp với cộng tác viên dân số "
        "các thôn Plei Ring, Plei Krông, Ia Bang rà soát danh sách trẻ trong độ tuổi "
        "tiêm chủng; y sĩ Ksor H'Luân trực tiếp theo dõi.",
        "Rà soát danh sách trẻ trong độ tuổi tiêm chủng",
        "Tổ Tiêm chủng",
        ["cộng tác viên dân số các thôn Plei Ring, Plei Krông, Ia Bang"],
        "2027-06-30",
        "",
        "Ksor H'Luân",
    ),
    (
        "Hằng quý, Trường Mầm non Hoa Ban kiểm tra sức khỏe cho trẻ toàn trường, có "
        "sự hỗ trợ của Trạm Y tế xã.",
        "Kiểm tra sức khỏe cho trẻ toàn trường",
        "Trường Mầm non Hoa Ban",
        ["Trạm Y tế xã"],
        "2027-12-31",
        "",
        "",
    ),
    (
        "Hằng tháng, Bộ phận Dinh dưỡng cân, đo cho trẻ dưới 2 tuổi tại các buôn, "
        "có sự hỗ trợ của cô đỡ thôn bản.",
        "Cân, đo cho trẻ dưới 2 tuổi tại các buôn",
        "Bộ phận Dinh dưỡng",
        ["cô đỡ thôn bản"],
        "2027-12-31",
        "",
        "",
    ),
    (
        "Từ tháng 6 đến tháng 8/2027, Đoàn Thanh niên xã phối hợp với Công an xã và "
        "Chi hội Cựu chiến binh tổ chức tuyên truyền phòng, chống ma túy.",
        "Tổ chức tuyên truyền phòng, chống ma túy",
        "Đoàn Thanh niên xã",
        ["Công an xã", "Chi hội Cựu chiến binh"],
        "2027-08-31",
        "2027-06-01",
        "",
    ),
    (
        "Đến hết Quý III/2027, hoàn thành nâng cấp 02 phòng học Trường Tiểu học Lê "
        "Lợi; giao Bộ phận Kế toán chủ trì lập hồ sơ, trình UBND xã phê duyệt.",
        "Nâng cấp 02 phòng học Trường Tiểu học Lê Lợi",
        "Bộ phận Kế toán",
        [],
        "2027-09-30",
        "",
        "",
    ),
    (
        "Đến hết tháng 10/2027, hoàn thành thẩm định 15 sản phẩm OCOP; giao Chi cục "
        "Chất lượng, Chế biến và Phát triển thị trường chủ trì tổ chức hội đồng.",
        "Thẩm định 15 sản phẩm OCOP",
        "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
        [],
        "2027-10-31",
        "",
        "",
    ),
    (
        "Trong tháng 5/2027, tổ chức ra quân làm sạch 3 km kênh mương nội đồng.",
        "Tổ chức ra quân làm sạch 3 km kênh mương nội đồng",
        "",
        [],
        "2027-05-31",
        "",
        "",
    ),
    (
        "Trong tháng 10/2027, Ban phát triển thôn Nà Khoang vận động 40 hộ làm chuồng "
        "trại xa nhà ở.",
        "Vận động 40 hộ làm chuồng trại xa nhà ở",
        "Ban phát triển thôn Nà Khoang",
        [],
        "2027-10-31",
        "",
        "",
    ),
]


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize(
    ("sentence", "title", "lead", "partners", "ends", "starts", "official"),
    TIME_FIRST,
)
def test_a_time_the_sentence_opens_on_is_its_time_and_the_body_after_leads(
    name, sentence, title, lead, partners, ends, starts, official
):
    task = only_task(sentence, name)
    assert task.title == title
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert task.ends_on == datetime.date.fromisoformat(ends)
    if starts:
        assert task.starts_on == datetime.date.fromisoformat(starts)
    assert official_key(task.official_text) == official_key(official)


PERSON_FIRST = [
    (
        "Bà Siu H'Bleo - Trưởng Trạm chỉ đạo Bộ phận Dược bảo đảm cấp phát đủ thuốc "
        "điều trị bệnh mạn tính; thực hiện thường xuyên.",
        "Bảo đảm cấp phát đủ thuốc điều trị bệnh mạn tính",
        "Bộ phận Dược",
        "Siu H'Bleo",
        "2027-12-31",
    ),
    (
        "Bà Ksor H'Luân, Phó Chủ tịch UBND xã, chỉ đạo Phòng Văn hóa - Xã hội tổ chức "
        "Ngày hội văn hóa các dân tộc, hoàn thành trong tháng 11/2027.",
        "Tổ chức Ngày hội văn hóa các dân tộc",
        "Phòng Văn hóa - Xã hội",
        "Ksor H'Luân",
        "2027-11-30",
    ),
    (
        "Đồng chí Rơ Châm Hyoanh (Phó Bí thư Đảng ủy) giao Hội Nông dân xã vận động "
        "hội viên tái canh 15 ha cà phê, hoàn thành trong Quý IV/2027.",
        "Vận động hội viên tái canh 15 ha cà phê",
        "Hội Nông dân xã",
        "Rơ Châm Hyoanh",
        "2027-12-31",
    ),
    (
        "Ông Nguyễn Văn Hải - Phó Giám đốc Sở trực tiếp chỉ đạo Chi cục Phát triển "
        "nông thôn hướng dẫn các xã xây dựng mô hình thôn thông minh trong Quý II/2027.",
        "Hướng dẫn các xã xây dựng mô hình thôn thông minh",
        "Chi cục Phát triển nông thôn",
        "Nguyễn Văn Hải",
        "2027-06-30",
    ),
    (
        "Bà Sùng Thị Mỷ, Chi hội trưởng Chi hội Phụ nữ, chỉ đạo Tổ phụ nữ tự quản giữ "
        "sạch nguồn nước đầu thôn, hoàn thành trong Quý III/2027.",
        "Giữ sạch nguồn nước đầu thôn",
        "Tổ phụ nữ tự quản",
        "Sùng Thị Mỷ",
        "2027-09-30",
    ),
    (
        "Đồng chí Thạch Sô Phol (Bí thư Chi bộ) giao Liên đội phối hợp với Chi đoàn "
        "trường tổ chức trồng 200 cây xanh, hoàn thành trong tháng 3/2027.",
        "Tổ chức trồng 200 cây xanh",
        "Liên đội",
        "Thạch Sô Phol",
        "2027-03-31",
    ),
    (
        "Ông Y Bhim Niê - Trưởng buôn trực tiếp tổ chức dọn vệ sinh đường buôn vào "
        "Chủ nhật cuối tháng; thực hiện thường xuyên.",
        "Tổ chức dọn vệ sinh đường buôn vào Chủ nhật cuối tháng",
        "Trưởng buôn",
        "Y Bhim Niê",
        "2027-12-31",
    ),
]


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize(
    ("sentence", "title", "lead", "official", "ends"), PERSON_FIRST
)
def test_a_person_the_sentence_opens_on_is_its_official_not_its_title(
    name, sentence, title, lead, official, ends
):
    task = only_task(sentence, name)
    assert task.title == title
    assert task.lead_text == lead
    assert official_key(task.official_text) == official_key(official)
    assert task.ends_on == datetime.date.fromisoformat(ends)


def test_a_sentence_that_opens_on_its_lead_is_read_as_before():
    task = only_task(
        "Bộ phận Tiêm chủng tổ chức tiêm chủng mở rộng cho trẻ em vào ngày 25 hằng "
        "tháng, phấn đấu tỷ lệ tiêm đủ mũi đạt 95%."
    )
    assert task.lead_text == "Bộ phận Tiêm chủng"
    assert task.title.startswith("Tổ chức tiêm chủng mở rộng")
