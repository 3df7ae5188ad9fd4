"""Gaps found after round 14 (docs/import-quality.md), tried on documents
that are in no corpus: a bracket's two-digit month ("tháng 11/2027") beside
partners whose names hold commas ("các sở, ngành"); "2/ 15 hộ …", a number
typed with a slash before a figure; and official letters (công văn) that
hand work down to their addressees ("Kính gửi: …")."""

from __future__ import annotations

import datetime

import pytest

from ntm.documents import read_document
from plans.document_import.meaning import _inline, letter_lead_in
from plans.document_import.outline import marker
from plans.document_import.parser import parse
from tests.plans.test_import_families import plan_of

D = datetime.date


@pytest.mark.parametrize("month", ["10", "11", "12"])
@pytest.mark.parametrize(
    "partners", ["các sở, ngành", "các sở, ban, ngành", "các phòng, ban"]
)
def test_a_brackets_two_digit_month_is_its_time_beside_partners_with_commas(
    month, partners
):
    """ "(Chi cục X chủ trì, phối hợp các sở, ngành; tháng 11/2027)": the
    month after the partners is the task's time (a month of two digits was
    no time word, so the clause was dropped)."""
    text, found = _inline(
        "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao "
        f"(Chi cục Phát triển nông thôn chủ trì, phối hợp {partners}; "
        f"tháng {month}/2027)."
    )
    assert (
        text == "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert found == {
        "lead": "Chi cục Phát triển nông thôn",
        "coordinating": partners,
        "time": f"tháng {month}/2027",
    }


def test_a_task_whose_bracket_ends_in_november_ends_in_november():
    plan = plan_of(
        "1. Hướng dẫn hoàn thiện hồ sơ (UBND các xã, phường chủ trì; tháng 12/2027).\n"
        "2. Kiểm tra hồ sơ (Phòng Kinh tế chủ trì, phối hợp các phòng, ban; tháng 11/2027).\n"
    )
    rows = [(t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]
    assert rows == [
        ("UBND các xã, phường", [], D(2027, 12, 31)),
        ("Phòng Kinh tế", ["các phòng, ban"], D(2027, 11, 30)),
    ]


@pytest.mark.parametrize(
    "line, rest",
    [
        (
            "2/ 15 hộ nghèo được hỗ trợ sửa chữa nhà ở.",
            "15 hộ nghèo được hỗ trợ sửa chữa nhà ở.",
        ),
        (
            "3/ 2,5 km đường trục thôn được cứng hóa.",
            "2,5 km đường trục thôn được cứng hóa.",
        ),
        ("4/ 100% hộ dân dùng nước sạch.", "100% hộ dân dùng nước sạch."),
    ],
)
def test_a_number_typed_with_a_slash_before_a_figure_is_a_marker(line, rest):
    """ "2/ 15 hộ …": item 2 (15 is no month), where "30/ 6 hoàn thành …"
    stays a date (test_a_slash_with_no_space_after_it_is_no_marker)."""
    assert marker(line) == ("dec1", line[0], rest)


@pytest.mark.parametrize(
    "line",
    [
        "30/ 6 hoàn thành thu gom rác thải.",
        "15/ 10/2027 nghiệm thu công trình.",
        "1/ 2 số hộ",
    ],
)
def test_a_day_and_its_month_after_a_slash_stay_text(line):
    assert marker(line)[0] == "text"


def test_slash_numbers_before_figures_are_tasks_and_a_day_is_not():
    """In a list typed "1/ … 2/ … 3/ …", "2/ 5 hộ …" (a day and month by its
    look) is item 2 since it follows item 1; "30/ 6 …" under item 3 is that
    item's text."""
    plan = plan_of(
        "1/ Hỗ trợ xây mới nhà ở cho hộ nghèo.\n"
        "2/ 5 hộ cận nghèo được hỗ trợ sửa chữa nhà ở.\n"
        "3/ 15 hộ được vay vốn phát triển sản xuất.\n"
        "30/ 6 hoàn thành giải ngân.\n"
    )
    rows = [(t.number, t.title) for t in plan.tasks]
    assert rows == [
        ("1", "Hỗ trợ xây mới nhà ở cho hộ nghèo"),
        ("2", "5 hộ cận nghèo được hỗ trợ sửa chữa nhà ở"),
        ("3", "15 hộ được vay vốn phát triển sản xuất"),
    ]
    assert "30/ 6 hoàn thành giải ngân" in plan.tasks[2].description


def letter(addressed: str, body: str) -> str:
    return (
        "UBND HUYỆN THẠCH HÀ\n"
        "PHÒNG VĂN HÓA\n"
        "VÀ THÔNG TIN\n"
        "Số: 31/PVHTT\n"
        "V/v triển khai xây dựng thiết chế văn hóa\n"
        "thôn, tổ dân phố năm 2027\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Thạch Hà, ngày 11 tháng 01 năm 2027\n"
        f"{addressed}"
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2027 của UBND huyện, "
        f"{body}"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Lưu: VT.\n"
        "TRƯỞNG PHÒNG\n"
        "Đặng Thị Mai\n"
    )


def letter_plan(addressed: str, body: str):
    return parse(read_document("cong-van.txt", letter(addressed, body).encode()))


ASKS = (
    "1. Rà soát hiện trạng nhà văn hóa các thôn, tổ dân phố; báo cáo kết quả "
    "về Phòng Văn hóa và Thông tin trước ngày 20/02/2027.\n"
    "2. Phối hợp Trung tâm Văn hóa huyện tổ chức hội thi văn nghệ quần chúng "
    "(quý II/2027).\n"
    "3. Hoàn thiện quy ước thôn, tổ dân phố: (1) rà soát; (2) lấy ý kiến; (3) "
    "trình phê duyệt. Hoàn thành trước ngày 30/9/2027.\n"
    "Phòng Văn hóa và Thông tin đề nghị Quý cơ quan quan tâm phối hợp./.\n"
)


@pytest.mark.parametrize(
    "addressed, asked, lead",
    [
        (
            "Kính gửi: UBND các xã, thị trấn.\n",
            "Phòng Văn hóa và Thông tin đề nghị UBND các xã, thị trấn khẩn "
            "trương triển khai thực hiện các nội dung sau:\n",
            "UBND các xã, thị trấn",
        ),
        (
            "Kính gửi: Ủy ban nhân dân các xã.\n",
            "Phòng Văn hóa và Thông tin đề nghị Quý cơ quan quan tâm thực hiện "
            "một số nội dung sau:\n",
            "Ủy ban nhân dân các xã",
        ),
        (
            "Kính gửi:\n- UBND các xã;\n- Trung tâm Văn hóa - Thể thao các xã.\n",
            "Phòng Văn hóa và Thông tin đề nghị các đơn vị triển khai các "
            "nhiệm vụ sau:\n",
            "UBND các xã và Trung tâm Văn hóa - Thể thao các xã",
        ),
    ],
)
def test_a_letters_asks_are_tasks_of_whom_it_hands_them_to(addressed, asked, lead):
    """A công văn with no "NHIỆM VỤ" section: the numbered asks after "…
    đề nghị … triển khai các nội dung sau:" are tasks, led by the body the
    sentence names, else by the addressees of "Kính gửi"; a partner an ask
    opens with, its report back and the parts it lists inline are not its
    name; the closing paragraph is no part of the last ask."""
    plan = letter_plan(addressed, asked + ASKS)
    rows = [
        (t.number, t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in plan.tasks
    ]
    assert rows == [
        (
            "1",
            "Rà soát hiện trạng nhà văn hóa các thôn, tổ dân phố",
            lead,
            [],
            D(2027, 2, 20),
        ),
        (
            "2",
            "Tổ chức hội thi văn nghệ quần chúng",
            lead,
            ["Trung tâm Văn hóa huyện"],
            D(2027, 6, 30),
        ),
        ("3", "Hoàn thiện quy ước thôn, tổ dân phố", lead, [], D(2027, 9, 30)),
    ]
    assert "đề nghị Quý cơ quan" not in plan.tasks[2].description
    assert "(1) rà soát" in plan.tasks[2].description
    assert plan.title == (
        "Triển khai xây dựng thiết chế văn hóa thôn, tổ dân phố năm 2027"
    )
    assert plan.issuer_text == "PHÒNG VĂN HÓA VÀ THÔNG TIN"
    assert not plan.unplaced


def test_a_letters_heading_that_names_a_body_leads_the_asks_under_it():
    plan = letter_plan(
        "Kính gửi:\n- Các phòng, ban chuyên môn;\n- UBND các xã.\n",
        "Phòng Văn hóa và Thông tin đề nghị các cơ quan, đơn vị thực hiện tốt "
        "các nhiệm vụ sau:\n"
        "1. Đối với UBND các xã:\n"
        "- Bố trí quỹ đất xây dựng khu thể thao thôn (quý III/2027).\n"
        "2. Đối với Trung tâm Văn hóa huyện:\n"
        "- Tập huấn cho 40 cán bộ văn hóa xã trước ngày 15/4/2027.\n",
    )
    rows = [(t.title, t.lead_text, t.ends_on) for t in plan.tasks]
    assert rows == [
        ("Bố trí quỹ đất xây dựng khu thể thao thôn", "UBND các xã", D(2027, 9, 30)),
        (
            "Tập huấn cho 40 cán bộ văn hóa xã",
            "Trung tâm Văn hóa huyện",
            D(2027, 4, 15),
        ),
    ]


def test_a_letter_that_asks_for_no_list_of_work_has_no_task():
    """A reminder: its only list names the communes that have not reported,
    after a sentence that hands no work ("… còn các xã sau chưa gửi báo
    cáo:"); its one request is a sentence."""
    plan = letter_plan(
        "Kính gửi: UBND các xã.\n",
        "Phòng Văn hóa và Thông tin đã đề nghị UBND các xã báo cáo kết quả. "
        "Đến nay, còn các xã sau chưa gửi báo cáo:\n"
        "- Xã Thạch Kênh;\n"
        "- Xã Thạch Liên.\n"
        "Đề nghị UBND các xã nêu trên gửi báo cáo trước ngày 20/01/2027./.\n",
    )
    assert plan.tasks == []


@pytest.mark.parametrize(
    "sentence, given",
    [
        (
            "Sở Nông nghiệp và Môi trường đề nghị UBND các huyện chỉ đạo thực "
            "hiện các nội dung sau:",
            {"lead": "UBND các huyện"},
        ),
        ("Ban Chỉ đạo yêu cầu các cơ quan, đơn vị thực hiện:", {}),
        ("Đề nghị Quý cơ quan quan tâm triển khai những việc sau:", {}),
        (
            "UBND huyện giao Phòng Kinh tế chủ trì, phối hợp Phòng Tài chính "
            "thực hiện các việc sau:",
            {"lead": "Phòng Kinh tế", "coordinating": "Phòng Tài chính"},
        ),
        ("Đến nay, còn các xã sau chưa gửi báo cáo:", None),
        ("Kết quả đạt được như sau:", None),
    ],
)
def test_the_sentence_before_a_letters_asks(sentence, given):
    assert letter_lead_in(sentence) == given


@pytest.mark.parametrize("body", ["Phòng Giáo dục và Đào tạo", "Sở Giao thông vận tải"])
def test_a_body_whose_name_holds_an_assigns_word_is_named_whole(body):
    """ "Giáo dục", "Giao thông" fold to the assigns word "giao": in a name
    (capitalised) they give no work."""
    sentence = f"Văn phòng Điều phối đề nghị {body} triển khai các nội dung sau:"
    assert letter_lead_in(sentence) == {"lead": body}
