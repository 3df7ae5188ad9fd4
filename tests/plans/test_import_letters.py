"""Gaps found after round 14 (docs/import-quality.md), tried on documents
that are in no corpus: a bracket's two-digit month ("tháng 11/2027") beside
partners whose names hold commas ("các sở, ngành"); "2/ 15 hộ …", a number
typed with a slash before a figure; and official letters (công văn) that
hand work down to their addressees ("Kính gửi: …")."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.inline import inline_attributes
from plans.document_import.letters import letter_lead_in
from plans.document_import.markers import marker
from tests.plans.reading import plan_of, read_plan

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
    text, found = inline_attributes(
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
    return read_plan(letter(addressed, body), "cong-van.txt")


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


@pytest.mark.parametrize(
    "line",
    [
        "6/ 2027: hoàn thành 5 km đường.",
        "12/ 2027 nghiệm thu công trình.",
        "31/ 12.",
        "31/ 12. Nghiệm thu công trình.",
    ],
)
def test_a_month_and_its_year_or_a_dated_full_stop_after_a_slash_stay_text(line):
    """ "6/ 2027: …" is a month and its year, "31/ 12." a day and its month
    ending a sentence: neither is an item typed with a slash (since "2/ 15
    hộ" became one again, they were)."""
    assert marker(line)[0] == "text"


def test_a_figure_with_a_decimal_point_after_a_slash_is_still_an_item():
    """A full stop ends "31/ 12." as a date; one before a digit is a decimal
    point ("4/ 2.5 km …" is item 4)."""
    line = "4/ 2.5 km đường được cứng hóa."
    assert marker(line) == ("dec1", "4", "2.5 km đường được cứng hóa.")


def test_time_lines_typed_with_a_slash_stay_under_their_item():
    """ "6/ 2027: …" and "31/ 12." under item 1 are that item's text; "2/ 15
    hộ …" after it is item 2."""
    plan = plan_of(
        "1/ Cứng hóa đường trục thôn Đông.\n"
        "6/ 2027: hoàn thành 5 km đường.\n"
        "12/ 2027 nghiệm thu công trình.\n"
        "2/ 15 hộ nghèo được hỗ trợ sửa chữa nhà ở, xong trước ngày\n"
        "31/ 12.\n"
    )
    rows = [(t.number, t.title) for t in plan.tasks]
    assert rows == [
        ("1", "Cứng hóa đường trục thôn Đông"),
        ("2", "15 hộ nghèo được hỗ trợ sửa chữa nhà ở, xong trước ngày"),
    ]
    assert "6/ 2027: hoàn thành 5 km đường" in plan.tasks[0].description
    assert "12/ 2027 nghiệm thu công trình" in plan.tasks[0].description


TWO_ASKS = (
    "1. Rà soát hiện trạng nhà văn hóa các thôn; báo cáo kết quả về Phòng Văn "
    "hóa và Thông tin trước ngày 20/02/2027.\n"
    "2. Tổ chức hội thi văn nghệ quần chúng (quý II/2027).\n"
)


@pytest.mark.parametrize(
    "sentence, given",
    [
        (  # H3: "giao thông" gives no work.
            "Phòng NN&MT đề nghị UBND các xã, thị trấn rà soát tiêu chí giao "
            "thông của các thôn, khu phố theo các nội dung sau:",
            {"lead": "UBND các xã, thị trấn"},
        ),
        (
            "Phòng Kinh tế thông báo kế hoạch bảo trì đường giao thông năm 2027 "
            "gồm các công việc sau:",
            None,
        ),
        (  # "được giao vốn" is passive: the asked are still "các xã …".
            "Sở đề nghị các xã đã được giao vốn thực hiện các nội dung sau:",
            {"lead": "các xã đã được giao vốn"},
        ),
        (  # H4: a name's own words do not end it.
            "Sở đề nghị Ban Chỉ đạo các huyện chỉ đạo thực hiện các nội dung sau:",
            {"lead": "Ban Chỉ đạo các huyện"},
        ),
        (
            "Sở đề nghị Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện "
            "tuyên truyền các nội dung sau:",
            {"lead": "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện"},
        ),
        (  # M3: "Đề nghị" opening a sentence after a full stop.
            "Thực hiện Kế hoạch số 05/KH-UBND của UBND huyện. Đề nghị UBND các "
            "xã, thị trấn khẩn trương triển khai thực hiện các nội dung sau:",
            {"lead": "UBND các xã, thị trấn"},
        ),
        (  # M4: a partner named after who is asked.
            "Phòng NN&MT đề nghị UBND các xã, thị trấn phối hợp với Hợp tác xã "
            "Dịch vụ môi trường thực hiện các nội dung sau:",
            {
                "lead": "UBND các xã, thị trấn",
                "coordinating": "Hợp tác xã Dịch vụ môi trường",
            },
        ),
        (  # L1: "đề nghị của …" is a noun; a reply gives opinions.
            "Thực hiện đề nghị của UBND xã Thạch Kênh tại Tờ trình số 12/TTr-UBND, "
            "Phòng Kinh tế có ý kiến về các nội dung sau:",
            None,
        ),
        (  # L1: an approval asked of a council hands out no work.
            "UBND xã đề nghị HĐND xã xem xét, thông qua các nội dung sau:",
            None,
        ),
    ],
)
def test_who_a_letters_sentence_asks(sentence, given):
    assert letter_lead_in(sentence) == given


@pytest.mark.parametrize(
    "asked, lead, partners",
    [
        (
            "Phòng NN&MT đề nghị UBND các xã, thị trấn rà soát tiêu chí giao "
            "thông của các thôn, khu phố theo các nội dung sau:\n",
            "UBND các xã, thị trấn",
            [],
        ),
        (
            "Đề nghị UBND các xã, thị trấn khẩn trương triển khai thực hiện các "
            "nội dung sau:\n",
            "UBND các xã, thị trấn",
            [],
        ),
        (
            "Phòng đề nghị UBND các xã, thị trấn phối hợp với Hợp tác xã Dịch vụ "
            "môi trường thực hiện các nội dung sau:\n",
            "UBND các xã, thị trấn",
            ["Hợp tác xã Dịch vụ môi trường"],
        ),
    ],
)
def test_a_letters_asks_after_a_full_stop_and_with_a_partner(asked, lead, partners):
    """The lead-in is the preamble's last line, after "… của UBND huyện."
    in the same paragraph; every ask is led by the body it names."""
    text = letter("Kính gửi: UBND các xã, thị trấn.\n", "").replace(
        "của UBND huyện, ", "của UBND huyện. " + asked + TWO_ASKS
    )
    plan = read_plan(text, "cong-van.txt")
    rows = [(t.number, t.lead_text, t.coordinating_units) for t in plan.tasks]
    assert rows == [("1", lead, partners), ("2", lead, partners)]


def test_a_notice_that_says_giao_thong_has_no_task():
    plan = letter_plan(
        "Kính gửi: UBND các xã, thị trấn.\n",
        "Phòng Kinh tế thông báo kế hoạch bảo trì đường giao thông năm 2027 "
        "gồm các công việc sau:\n" + TWO_ASKS,
    )
    assert plan.tasks == []


def test_a_reply_giving_opinions_has_no_task():
    """ "Thực hiện đề nghị của UBND xã …": the reply hands out no work."""
    text = letter("Kính gửi: UBND xã Thạch Kênh.\n", "").replace(
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2027 của UBND huyện, ",
        "Thực hiện đề nghị của UBND xã Thạch Kênh tại Tờ trình số 12/TTr-UBND "
        "ngày 05/01/2027, Phòng Kinh tế có ý kiến về các nội dung sau:\n"
        "1. Hồ sơ đề nghị công nhận xã đạt chuẩn đã đầy đủ theo quy định.\n"
        "2. Đề nghị UBND xã bổ sung biên bản họp thôn.\n",
    )
    plan = read_plan(text, "cong-van.txt")
    assert plan.tasks == []


SUBMISSION = (
    "ỦY BAN NHÂN DÂN\nXÃ THẠCH KÊNH\nSố: 15/TTr-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Thạch Kênh, ngày 05 tháng 01 năm 2027\n{title}"
    "Về việc đề nghị thông qua Kế hoạch xây dựng nông thôn mới năm 2027\n"
    "Kính gửi: Hội đồng nhân dân xã Thạch Kênh.\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
    "UBND xã đề nghị HĐND xã {asked}các nội dung sau:\n"
    "1. Kế hoạch xây dựng nông thôn mới năm 2027 với tổng kinh phí 5.000 "
    "triệu đồng.\n"
    "2. Danh mục công trình đầu tư năm 2027.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)


@pytest.mark.parametrize(
    "title, asked",
    [
        ("TỜ TRÌNH\n", ""),  # its title
        ("", "xem xét, thông qua "),  # the approval it asks
        ("TỜ TRÌNH\n", "xem xét, thông qua "),
    ],
)
def test_a_submission_has_no_task(title, asked):
    """A tờ trình has a "Kính gửi" and numbered items after "… đề nghị HĐND
    xã …": it asks approval and hands out no work."""
    text = SUBMISSION.format(title=title, asked=asked)
    plan = read_plan(text, "to-trinh.txt")
    assert plan.tasks == []
