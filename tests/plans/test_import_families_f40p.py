"""Work led by a person (set f40p), tried on plans of my own: a task that
opens on a person and his post ("Chị Lê Thị Hoa, Kế toán HTX, chịu trách
nhiệm lập …"), a member table with no unit column ("STT | Họ và tên | Chức
vụ | Nhiệm vụ được phân công | Thời gian"), a person in brackets written
name first or with a title written out ("(Hồ Thị Nga - YS)", "(bác sĩ Lê
Văn Dũng)"); a place or a body in brackets is no official."""

from __future__ import annotations

import pytest

from plans.document_import.person_tasks import post_body
from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, check_task, plan_of, read_plan, word_plan

# ── 1. A task that opens on a person ──

PERSONS = """1. Chị Nguyễn Thị Thanh, Kế toán HTX, chịu trách nhiệm quyết toán vốn hỗ trợ sản xuất năm 2025, hoàn thành trước 31/3/2026.
2. Anh Lục Văn Sình (Trưởng bản) đảm nhận việc vận động 25 hộ làm chuồng trại xa nhà ở, thực hiện từ tháng 4 đến tháng 6/2026.
3. Bà Hoàng Thị Quyên - Chi hội trưởng Chi hội Nông dân bản Phiêng chịu trách nhiệm hướng dẫn hội viên ủ phân hữu cơ; hoàn thành trong Quý III/2026.
4. Ông Đàm Văn Lợi, Giám đốc HTX, trực tiếp chỉ đạo Tổ cơ giới làm đất 40 ha ruộng bậc thang, phối hợp với Trung tâm Dịch vụ nông nghiệp; hoàn thành trong tháng 12/2026.
5. Đồng chí Ma Thị Hường, Đội trưởng Đội văn nghệ bản, phụ trách tập luyện 05 tiết mục dân ca Tày chào mừng Ngày hội Đại đoàn kết trước ngày 15/11/2026.
"""


def _person_tasks(plan):
    return by_title(plan)


@pytest.fixture(scope="module", params=["txt", "md", "docx"])
def persons(request):
    if request.param == "docx":
        lines = [line for line in PERSONS.splitlines() if line]
        return read_plan(word_plan(*(p(line) for line in lines)), "kh.docx")
    name = "ke-hoach." + request.param
    return plan_of(
        PERSONS.replace("\n", "\n\n") if request.param == "md" else PERSONS, name
    )


def test_the_title_is_the_work_not_the_person(persons):
    assert [t.title for t in persons.tasks] == [
        "Quyết toán vốn hỗ trợ sản xuất năm 2025",
        "Vận động 25 hộ làm chuồng trại xa nhà ở",
        "Hướng dẫn hội viên ủ phân hữu cơ",
        "Làm đất 40 ha ruộng bậc thang",
        "Tập luyện 05 tiết mục dân ca Tày chào mừng Ngày hội Đại đoàn kết",
    ]


def test_the_body_the_post_names_leads_the_person_is_the_official(persons):
    money, pens, compost, plough, songs = persons.tasks
    check_task(money, "HTX", official="nguyen thi thanh", deadline="2026-03-31")
    # A post that names no body leads, as a village head's did (f33t).
    check_task(pens, "Trưởng bản", official="luc van sinh", start="2026-04-01",
               deadline="2026-06-30")  # fmt: skip
    check_task(compost, "Chi hội Nông dân bản Phiêng", official="hoang thi quyen",
               deadline="2026-09-30")  # fmt: skip
    check_task(songs, "Đội văn nghệ bản", official="ma thi huong",
               deadline="2026-11-15")  # fmt: skip


def test_the_body_the_person_directs_leads(persons):
    plough = persons.tasks[3]
    check_task(plough, "Tổ cơ giới", ["Trung tâm Dịch vụ nông nghiệp"],
               official="dam van loi", deadline="2026-12-31")  # fmt: skip


def test_a_sentence_that_opens_on_a_body_reads_as_before():
    plan = plan_of(
        "1. Hội Phụ nữ xã chủ trì vận động hội viên phân loại rác tại "
        "nguồn, hoàn thành trước 30/9/2026.\n"
    )
    (task,) = plan.tasks
    assert task.title == "Vận động hội viên phân loại rác tại nguồn"
    check_task(task, "Hội Phụ nữ xã", deadline="2026-09-30")
    assert not task.official_text


@pytest.mark.parametrize(
    ("sentence", "title", "lead", "official"),
    [
        ("Anh Hà Văn Tùng (Trưởng thôn) vận động nhân dân hiến đất mở rộng đường "
         "trục thôn, thực hiện từ tháng 3 đến tháng 5/2026.",
         "Vận động nhân dân hiến đất mở rộng đường trục thôn", "Trưởng thôn",
         "ha van tung"),
        ("Chị Lê Thị Hoa, Kế toán HTX, lập sổ theo dõi công nợ của thành viên, "
         "hoàn thành trước 30/6/2026.",
         "Lập sổ theo dõi công nợ của thành viên", "HTX", "le thi hoa"),
        ("Cô Lò Thị Én - Tổ trưởng Tổ chuyên môn 1 tổ chức chuyên đề dạy đọc cho học "
         "sinh lớp 1 trong tháng 10/2026.",
         "Tổ chức chuyên đề dạy đọc cho học sinh lớp 1", "Tổ chuyên môn 1",
         "lo thi en"),
        ("Thầy Quàng Văn Thái, Hiệu trưởng, được giao hoàn thiện hồ sơ kiểm định "
         "chất lượng giáo dục trước 30/11/2026.",
         "Hoàn thiện hồ sơ kiểm định chất lượng giáo dục", "Hiệu trưởng",
         "quang van thai"),
    ],
)  # fmt: skip
def test_a_person_who_does_the_work_with_no_phrase_before_it(
    sentence, title, lead, official
):
    (task,) = plan_of(f"1. {sentence}\n").tasks
    assert task.title == title
    check_task(task, lead, official=official)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anh chị em đoàn viên tham gia dọn vệ sinh đường làng hằng tháng.",
        "Bà con các thôn tham gia hiến đất làm đường trong Quý II/2026.",
    ],
)
def test_the_people_of_a_place_are_no_person(sentence):
    (task,) = plan_of(f"1. {sentence}\n").tasks
    assert task.title.startswith(sentence[:12])
    assert not task.official_text


@pytest.mark.parametrize(
    ("post", "body"),
    [
        ("Kế toán HTX", "HTX"),
        ("Phó Chủ tịch UBND xã, Phó Trưởng ban Thường trực", "UBND xã"),
        ("Trưởng Phòng Kinh tế", "Phòng Kinh tế"),
        ("Chủ tịch Hội Nông dân xã", "Hội Nông dân xã"),
        ("Trạm trưởng Trạm Y tế xã", "Trạm Y tế xã"),
        ("Tổ trưởng Tổ dịch vụ thủy lợi", "Tổ dịch vụ thủy lợi"),
        ("Chi ủy viên, Chi hội trưởng Chi hội Phụ nữ thôn", "Chi hội Phụ nữ thôn"),
        ("Bí thư Chi đoàn trường", "Chi đoàn trường"),
        ("Hiệu trưởng, Trưởng ban", ""),
        ("Công chức Địa chính - Xây dựng", ""),
        ("Trưởng thôn", ""),
        ("Kế toán", ""),
        ("Phó Trưởng Phòng Kinh tế", "Phòng Kinh tế"),
        ("Phó trưởng phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
        ("Phó Trưởng ban Thường trực", ""),
        ("Hiệu trưởng Trường Tiểu học Nậm Cần", "Trường Tiểu học Nậm Cần"),
    ],
)
def test_the_body_a_post_names(post, body):
    assert post_body(post) == body


# ── 2. A member table with no unit column ──

MEMBERS = [
    ("Đặng Văn Quân", "Phó Chủ tịch UBND xã, Phó Trưởng ban",
     "Chỉ đạo rà soát, đánh giá 19 tiêu chí nông thôn mới", "Quý II/2026"),
    ("Triệu Thị Mai", "Trưởng Phòng Văn hóa - Xã hội",
     "Hướng dẫn các thôn xây dựng hương ước, quy ước", "Tháng 5/2026"),
    ("Lý Văn Chiến", "Chủ tịch Hội Cựu chiến binh xã",
     "Vận động hội viên hiến đất làm đường liên thôn", "Thường xuyên"),
    ("Hứa Thị Lan", "Công chức Tư pháp - Hộ tịch",
     "Rà soát tiêu chí tiếp cận pháp luật", "Trước 30/6/2026"),
]  # fmt: skip


@pytest.fixture(scope="module", params=["Nhiệm vụ được phân công", "Nhiệm vụ"])
def members(request):
    head = [tc(h) for h in ("STT", "Họ và tên", "Chức vụ", request.param, "Thời gian")]
    rows = [[tc(str(n)), *(tc(c) for c in row)] for n, row in enumerate(MEMBERS, 1)]
    body = (p("Ban Chỉ đạo phân công các thành viên như sau:"), tbl(head, *rows))
    return read_plan(word_plan(*body), "kh.docx")


def test_each_member_row_is_a_task_led_by_the_body_the_post_names(members):
    assert [t.title for t in members.tasks] == [row[2] for row in MEMBERS]
    review, customs, land, law = members.tasks
    check_task(review, "UBND xã", official="dang van quan", deadline="2026-06-30")
    check_task(customs, "Phòng Văn hóa - Xã hội", official="trieu thi mai",
               deadline="2026-05-31")  # fmt: skip
    check_task(land, "Hội Cựu chiến binh xã", official="ly van chien",
               deadline="2026-12-31")  # fmt: skip
    # A post that names no body: no lead.
    check_task(law, "", official="hua thi lan", deadline="2026-06-30")


def test_a_staff_table_under_unit_rows_keeps_the_rows_unit():
    head = [tc(h) for h in ("STT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công",
                            "Thời hạn")]  # fmt: skip
    group = [tc("1. Phòng Kinh tế", span=5)]
    row = [tc("1"), tc("Lê Văn Hải"), tc("Chủ tịch Hội Nông dân xã"),
           tc("Hướng dẫn thành lập 02 tổ hợp tác trồng rau"), tc("Tháng 6/2026")]  # fmt: skip
    plan = read_plan(word_plan(tbl(head, group, row)), "kh.docx")
    (task,) = plan.tasks
    check_task(task, "Phòng Kinh tế", official="le van hai", deadline="2026-06-30")


# ── 3. A person in brackets written other ways ──

BRACKETS = """Trạm Y tế xã chủ trì thực hiện các nội dung sau:
- Quản lý hồ sơ sức khỏe phụ nữ có thai thôn Đông (Vi Thị Hà - NHS), hoàn thành trước 30/6/2026.
- Khám mắt cho người cao tuổi (bác sĩ Nông Văn Đức), trong Quý III/2026.
- Cấp thuốc điều trị tăng huyết áp ngoại trú (Lưu Thị Mến, y sĩ), thực hiện hằng tháng.
- Tập huấn sơ cứu cho giáo viên mầm non (cô giáo Hà Thị Vân phụ trách), tháng 8/2026.
- Phun hóa chất diệt muỗi (thôn Nà Pàn), trong tháng 7/2026.
- Kiểm tra bếp ăn bán trú (Trạm Y tế xã), trước 15/9/2026.
"""


@pytest.fixture(scope="module", params=["txt", "md", "docx"])
def brackets(request):
    if request.param == "docx":
        lines = [line for line in BRACKETS.splitlines() if line]
        return read_plan(word_plan(*(p(line) for line in lines)), "kh.docx")
    return plan_of(BRACKETS, "ke-hoach." + request.param)


def test_a_person_in_brackets_is_the_official_not_the_title(brackets):
    tasks = by_title(brackets)
    for title, official, deadline in (
        ("Quản lý hồ sơ sức khỏe phụ nữ có thai thôn Đông", "vi thi ha", "2026-06-30"),
        ("Khám mắt cho người cao tuổi", "nong van duc", "2026-09-30"),
        ("Cấp thuốc điều trị tăng huyết áp ngoại trú", "luu thi men", "2026-12-31"),
        ("Tập huấn sơ cứu cho giáo viên mầm non", "ha thi van", "2026-08-31"),
    ):
        check_task(tasks[title], "Trạm Y tế xã", official=official, deadline=deadline)


def test_a_place_or_a_body_in_brackets_is_no_official(brackets):
    tasks = by_title(brackets)
    spray = tasks["Phun hóa chất diệt muỗi (thôn Nà Pàn)"]
    assert not spray.official_text
    assert str(spray.ends_on) == "2026-07-31"
    kitchen = next(t for t in brackets.tasks if t.title.startswith("Kiểm tra bếp ăn"))
    assert not kitchen.official_text
