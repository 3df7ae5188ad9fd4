"""The family round 12 found in r12-xa-tan-phu-giao-cau-dan.docx
(docs/import-quality.md), tried on plans that are in no corpus: work
assigned by a sentence that leads a list ("1. Giao Phòng X chủ trì, phối
hợp với Y thực hiện các nội dung sau:", "… tổ chức thực hiện:", "Giao UBND
các thôn:", "Đoàn Thanh niên xã có trách nhiệm:") over a) … đ) e) g) h)
items or "-"/"+" bullets, each a task that takes the sentence's lead and
partners unless it names its own; items that start with their time
("- Quý I/2027: ra quân …", "- Từ tháng 4 đến tháng 6/2027: …, phối hợp
X, Y."); a body named before a colon ("4. Công an xã: xây dựng …; hoàn
thành trong tháng 11/2027."). Objectives and reporting duties listed the
same way stay what they are: no task."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.assignments import lead_in
from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, read_plan

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 10 tháng 12 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Duy trì và nâng cao chất lượng các tiêu chí đã đạt.
- Huy động nguồn lực của cộng đồng.
2. Yêu cầu: các bộ phận thực hiện các nội dung sau:
- Bám sát kế hoạch của tỉnh.
- Tổ chức thực hiện nghiêm túc, hiệu quả.
II. NHIỆM VỤ VÀ PHÂN CÔNG
1. Giao Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện những nhiệm vụ sau:
a) Huấn luyện dân quân năm 2027; thời gian: Quý III/2027.
b) Tổ chức giao quân đạt 100% chỉ tiêu; hoàn thành trong tháng 2/2027.
c) Xây dựng lực lượng dân quân vững mạnh; thời gian: cả năm 2027.
d) Diễn tập phòng chống thiên tai; thời gian: trước mùa mưa bão (trước ngày 31/8/2027).
đ) Tuyên truyền Luật Nghĩa vụ quân sự; hoàn thành trong 6 tháng đầu năm 2027.
e) Rà soát thanh niên trong độ tuổi nhập ngũ; thời gian: 6 tháng cuối năm 2027.
g) Đăng ký nghĩa vụ quân sự cho nam công dân đủ 17 tuổi; thời gian: thường xuyên.
h) Trạm Y tế xã: khám sức khỏe nghĩa vụ quân sự; hoàn thành trong tháng 12/2027.
2. Giao UBND các thôn:
- Quý I/2027: ra quân làm đường giao thông nông thôn.
- Từ tháng 4 đến tháng 6/2027: trồng cây xanh dọc các tuyến đường trục thôn, phối hợp Hội Nông dân xã, Hội Cựu chiến binh xã.
- Cuối năm 2027: tổng kết phong trào thi đua.
3. Đoàn Thanh niên xã có trách nhiệm:
+ Tổ chức Tháng Thanh niên; thời gian: tháng 3/2027.
+ Xây dựng 02 công trình thanh niên; hoàn thành cuối năm 2027.
4. Công an xã: xây dựng mô hình camera an ninh tại 5 thôn; hoàn thành trong tháng 11/2027.
III. TỔ CHỨC THỰC HIỆN
1. Các bộ phận, đơn vị được phân công có trách nhiệm:
- Báo cáo kết quả thực hiện hằng quý về UBND xã trước ngày 20 của tháng cuối quý.
- Tổng hợp khó khăn, vướng mắc, đề xuất hướng giải quyết.
2. Văn phòng HĐND và UBND xã theo dõi, đôn đốc thực hiện kế hoạch.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""

DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỊNH HÓA
Số: 210/KH-UBND
Định Hóa, ngày 20 tháng 12 năm 2026
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027
I. MỤC TIÊU
- Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới nâng cao.
- Thu nhập bình quân đầu người đạt 60 triệu đồng/năm.
II. NHIỆM VỤ, GIẢI PHÁP
1. Giao Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với UBND các xã, thị trấn tổ chức thực hiện:
- Trong Quý II/2027: hoàn thành thẩm định hồ sơ xã Bảo Linh đạt chuẩn nông thôn mới nâng cao.
- Từ ngày 01/3/2027 đến ngày 30/4/2027: kiểm tra tiến độ các công trình thủy lợi.
- Tháng 10 - 11/2027: đánh giá kết quả thực hiện các tiêu chí, phối hợp Văn phòng Điều phối nông thôn mới huyện.
2. Phòng Tài chính - Kế hoạch huyện chủ trì thực hiện các nội dung:
a) Phân bổ vốn ngân sách huyện cho các xã; thời gian: trong tháng 1/2027.
b) Hướng dẫn thanh quyết toán vốn; thời gian: cuối năm 2027.
3. Phòng Văn hóa và Thông tin huyện: tuyên truyền về xây dựng nông thôn mới trên Đài Truyền thanh huyện; thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo kết quả về UBND huyện trước ngày 15/12/2027.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Hoa
"""


def test_a_lettered_list_past_dj_takes_the_sentences_lead_and_partners():
    tasks = by_title(read_plan(COMMUNE))
    army = [t for t in tasks.values() if t.number.startswith("1.")]
    assert [(t.number, t.title) for t in army] == [
        ("1.a", "Huấn luyện dân quân năm 2027"),
        ("1.b", "Tổ chức giao quân đạt 100% chỉ tiêu"),
        ("1.c", "Xây dựng lực lượng dân quân vững mạnh"),
        ("1.d", "Diễn tập phòng chống thiên tai"),
        ("1.đ", "Tuyên truyền Luật Nghĩa vụ quân sự"),
        ("1.e", "Rà soát thanh niên trong độ tuổi nhập ngũ"),
        ("1.g", "Đăng ký nghĩa vụ quân sự cho nam công dân đủ 17 tuổi"),
        ("1.h", "Khám sức khỏe nghĩa vụ quân sự"),
    ]
    for task in army[:-1]:
        assert task.lead_text == "Ban Chỉ huy Quân sự xã", task.title
        assert task.coordinating_units == ["Đoàn Thanh niên xã"], task.title
    assert [t.ends_on for t in army] == [
        datetime.date(2027, 9, 30),
        datetime.date(2027, 2, 28),
        datetime.date(2027, 12, 31),
        datetime.date(2027, 8, 31),  # the day in brackets wins over the season
        datetime.date(2027, 6, 30),
        datetime.date(2027, 12, 31),
        datetime.date(2027, 12, 31),  # "thường xuyên": the plan's year
        datetime.date(2027, 12, 31),
    ]
    assert army[5].starts_on == datetime.date(2027, 7, 1)


def test_an_item_that_names_its_own_lead_takes_none_of_the_sentences():
    task = by_title(read_plan(COMMUNE))["Khám sức khỏe nghĩa vụ quân sự"]
    assert task.lead_text == "Trạm Y tế xã"
    assert task.coordinating_units == []


def test_time_first_bullets_under_a_lead_in_with_no_partner():
    tasks = by_title(read_plan(COMMUNE))
    villages = [t for t in tasks.values() if t.number.startswith("2.")]
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in villages
    ] == [
        (
            "Ra quân làm đường giao thông nông thôn",
            "UBND các thôn",
            [],
            datetime.date(2027, 3, 31),
        ),
        (
            "Trồng cây xanh dọc các tuyến đường trục thôn",
            "UBND các thôn",
            ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
            datetime.date(2027, 6, 30),
        ),
        (
            "Tổng kết phong trào thi đua",
            "UBND các thôn",
            [],
            datetime.date(2027, 12, 31),
        ),
    ]
    assert villages[1].starts_on == datetime.date(2027, 4, 1)


def test_a_body_that_has_the_duty_leads_the_plus_items():
    tasks = by_title(read_plan(COMMUNE))
    youth = [t for t in tasks.values() if t.number.startswith("3.")]
    assert [(t.title, t.lead_text, t.ends_on) for t in youth] == [
        ("Tổ chức Tháng Thanh niên", "Đoàn Thanh niên xã", datetime.date(2027, 3, 31)),
        (
            "Xây dựng 02 công trình thanh niên",
            "Đoàn Thanh niên xã",
            datetime.date(2027, 12, 31),
        ),
    ]


def test_a_body_named_before_the_colon_leads_the_work_after_it():
    task = by_title(read_plan(COMMUNE))["Xây dựng mô hình camera an ninh tại 5 thôn"]
    assert task.number == "4"
    assert task.lead_text == "Công an xã"
    assert task.ends_on == datetime.date(2027, 11, 30)


def test_objectives_and_reporting_duties_listed_the_same_way_are_no_tasks():
    titles = " ".join(by_title(read_plan(COMMUNE)))
    assert len(by_title(read_plan(COMMUNE))) == 14
    for words in ("Duy trì", "Bám sát", "Báo cáo kết quả", "Tổng hợp khó khăn"):
        assert words not in titles


def test_a_district_plan_reads_the_same_family():
    tasks = by_title(read_plan(DISTRICT))
    assert [
        (t.number, t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in tasks.values()
    ] == [
        (
            "1.1",
            "Hoàn thành thẩm định hồ sơ xã Bảo Linh đạt chuẩn nông thôn mới nâng cao",
            "Phòng Nông nghiệp và Môi trường huyện",
            ["UBND các xã, thị trấn"],
            datetime.date(2027, 6, 30),
        ),
        (
            "1.2",
            "Kiểm tra tiến độ các công trình thủy lợi",
            "Phòng Nông nghiệp và Môi trường huyện",
            ["UBND các xã, thị trấn"],
            datetime.date(2027, 4, 30),
        ),
        (
            "1.3",
            "Đánh giá kết quả thực hiện các tiêu chí",
            "Phòng Nông nghiệp và Môi trường huyện",
            ["Văn phòng Điều phối nông thôn mới huyện"],
            datetime.date(2027, 11, 30),
        ),
        (
            "2.a",
            "Phân bổ vốn ngân sách huyện cho các xã",
            "Phòng Tài chính - Kế hoạch huyện",
            [],
            datetime.date(2027, 1, 31),
        ),
        (
            "2.b",
            "Hướng dẫn thanh quyết toán vốn",
            "Phòng Tài chính - Kế hoạch huyện",
            [],
            datetime.date(2027, 12, 31),
        ),
        (
            "3",
            "Tuyên truyền về xây dựng nông thôn mới trên Đài Truyền thanh huyện",
            "Phòng Văn hóa và Thông tin huyện",
            [],
            datetime.date(2027, 12, 31),
        ),
    ]
    assert tasks["Kiểm tra tiến độ các công trình thủy lợi"].starts_on == (
        datetime.date(2027, 3, 1)
    )


def test_the_commune_plan_in_word_reads_the_same():
    plan = read_plan(docx(*(p(line) for line in COMMUNE.splitlines())), "ke-hoach.docx")
    text = by_title(plan)
    assert text.keys() == by_title(read_plan(COMMUNE)).keys()
    assert text["Huấn luyện dân quân năm 2027"].lead_text == "Ban Chỉ huy Quân sự xã"


@pytest.mark.parametrize(
    "sentence, lead, partners",
    [
        (
            "Giao Phòng Kinh tế chủ trì, phối hợp với Ban phát triển các ấp thực hiện các nội dung sau:",
            "Phòng Kinh tế",
            "Ban phát triển các ấp",
        ),
        (
            "Giao Phòng Văn hóa - Xã hội chủ trì thực hiện những nhiệm vụ sau:",
            "Phòng Văn hóa - Xã hội",
            "",
        ),
        ("Giao Công an xã chủ trì tổ chức thực hiện:", "Công an xã", ""),
        ("Phòng Kinh tế chủ trì thực hiện các nội dung:", "Phòng Kinh tế", ""),
        ("Giao UBND các thôn:", "UBND các thôn", ""),
        ("Đoàn Thanh niên xã có trách nhiệm:", "Đoàn Thanh niên xã", ""),
        (
            "Giao Hội Nông dân xã, phối hợp với các thôn thực hiện các công việc sau đây:",
            "Hội Nông dân xã",
            "các thôn",
        ),
        ("Trạm Y tế xã thực hiện các nhiệm vụ cụ thể sau:", "Trạm Y tế xã", ""),
    ],
)
def test_a_sentence_that_leads_a_list_names_who_does_it(sentence, lead, partners):
    stated = lead_in(sentence)
    assert stated.get("lead") == lead
    assert stated.get("coordinating", "") == partners


@pytest.mark.parametrize(
    "sentence",
    [
        "Các nhiệm vụ cụ thể như sau:",
        "Về giao thông:",
        "Mục đích:",
        "Yêu cầu: các bộ phận thực hiện các nội dung sau:",
        "Tập trung thực hiện các nội dung sau:",
        "Giao thông nông thôn:",
    ],
)
def test_a_sentence_that_names_no_body_is_no_lead_in(sentence):
    assert lead_in(sentence) == {}


NESTED = COMMUNE.split("II. NHIỆM VỤ VÀ PHÂN CÔNG\n")[0] + (
    "II. NHIỆM VỤ VÀ PHÂN CÔNG\n"
    "1. Lĩnh vực y tế, giáo dục\n"
    "- Giao Trạm Y tế xã chủ trì, phối hợp với các thôn thực hiện các công việc sau đây:\n"
    "+ Khám sức khỏe định kỳ cho người cao tuổi; thực hiện thường xuyên.\n"
    "+ Tiêm chủng mở rộng cho trẻ em (Hội Liên hiệp Phụ nữ xã chủ trì; Quý II/2027).\n"
    "+ Tuyên truyền phòng chống dịch bệnh, phối hợp Đoàn Thanh niên xã.\n"
    "2. Lĩnh vực văn hóa\n"
    "a) Giao Ban Văn hóa xã tổ chức thực hiện:\n"
    "- Thường xuyên: duy trì hoạt động của 8 câu lạc bộ văn nghệ.\n"
    "- 6 tháng cuối năm 2027: tổ chức Liên hoan văn nghệ quần chúng.\n"
    "III. TỔ CHỨC THỰC HIỆN\n" + COMMUNE.split("III. TỔ CHỨC THỰC HIỆN\n")[1]
)


def test_a_lead_in_bullet_or_letter_under_a_topic_heading():
    tasks = by_title(read_plan(NESTED))
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.starts_on, t.ends_on)
        for t in tasks.values()
    ] == [
        (
            "Khám sức khỏe định kỳ cho người cao tuổi",
            "Trạm Y tế xã",
            ["các thôn"],
            datetime.date(2027, 1, 1),
            datetime.date(2027, 12, 31),
        ),
        (
            # Its own lead in brackets: none of the sentence's partners.
            "Tiêm chủng mở rộng cho trẻ em",
            "Hội Liên hiệp Phụ nữ xã",
            [],
            datetime.date(2027, 4, 1),
            datetime.date(2027, 6, 30),
        ),
        (
            # Its own partner replaces the sentence's.
            "Tuyên truyền phòng chống dịch bệnh",
            "Trạm Y tế xã",
            ["Đoàn Thanh niên xã"],
            None,
            None,
        ),
        (
            "Duy trì hoạt động của 8 câu lạc bộ văn nghệ",
            "Ban Văn hóa xã",
            [],
            datetime.date(2027, 1, 1),
            datetime.date(2027, 12, 31),
        ),
        (
            "Tổ chức Liên hoan văn nghệ quần chúng",
            "Ban Văn hóa xã",
            [],
            datetime.date(2027, 7, 1),
            datetime.date(2027, 12, 31),
        ),
    ]


def test_a_time_or_a_body_before_a_colon_is_read_only_when_the_work_follows():
    plan = read_plan(
        COMMUNE.split("II. NHIỆM VỤ VÀ PHÂN CÔNG\n")[0] + "II. NHIỆM VỤ VÀ PHÂN CÔNG\n"
        "1. Nạo vét 3 km kênh mương nội đồng.\n"
        "- Đơn vị được giao: công an xã.\n"
        "- Thời gian: Quý II/2027.\n"
        "2. Giao thông nông thôn: cứng hóa 1,2 km đường thôn Nà Pồng.\n"
        "3. Hội Nông dân xã: vận động 20 hộ cải tạo vườn tạp; hoàn thành "
        "trong Quý III/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\n" + COMMUNE.split("III. TỔ CHỨC THỰC HIỆN\n")[1]
    )
    ditch, road, gardens = plan.tasks
    assert (ditch.title, ditch.lead_text) == (
        "Nạo vét 3 km kênh mương nội đồng",
        "công an xã",
    )
    assert ditch.ends_on == datetime.date(2027, 6, 30)
    # "Giao thông nông thôn" is a topic, not a body: no lead.
    assert road.lead_text == ""
    assert (gardens.title, gardens.lead_text, gardens.ends_on) == (
        "Vận động 20 hộ cải tạo vườn tạp",
        "Hội Nông dân xã",
        datetime.date(2027, 9, 30),
    )


UNNUMBERED = (
    "Giao Phòng Kinh tế chủ trì, phối hợp với các thôn thực hiện các nội dung sau:\n"
    "- Cứng hóa 2 km đường trục thôn; thời gian: Quý III/2027.\n"
    "- Nạo vét 3 km kênh mương; thời gian: Quý II/2027.\n"
    "Giao cho Hội Nông dân xã thực hiện các nhiệm vụ sau:\n"
    "- Vận động 20 hộ cải tạo vườn tạp; thời gian: cả năm 2027.\n"
    "1. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể thực hiện:\n"
    "a) Tổ chức Ngày hội Đại đoàn kết; thời gian: tháng 11/2027.\n"
    "2. Phân công cho Trạm Y tế xã:\n"
    "- Đến hết tháng 6/2027: khám sức khỏe cho người cao tuổi.\n"
    "- Quý I, II/2027: tiêm chủng mở rộng.\n"
)


def test_a_lead_in_with_no_number_holds_for_the_items_after_it_only():
    doc = (
        COMMUNE.split("II. NHIỆM VỤ VÀ PHÂN CÔNG\n")[0]
        + "II. NHIỆM VỤ VÀ PHÂN CÔNG\n"
        + UNNUMBERED
        + "III. TỔ CHỨC THỰC HIỆN\n"
        + COMMUNE.split("III. TỔ CHỨC THỰC HIỆN\n")[1]
    )
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in by_title(read_plan(doc)).values()
    ] == [
        (
            "Cứng hóa 2 km đường trục thôn",
            "Phòng Kinh tế",
            ["các thôn"],
            datetime.date(2027, 9, 30),
        ),
        (
            "Nạo vét 3 km kênh mương",
            "Phòng Kinh tế",
            ["các thôn"],
            datetime.date(2027, 6, 30),
        ),
        # The second sentence is not the bullet's text above it, and its
        # lead replaces the first one's lead and partners.
        (
            "Vận động 20 hộ cải tạo vườn tạp",
            "Hội Nông dân xã",
            [],
            datetime.date(2027, 12, 31),
        ),
        (
            "Tổ chức Ngày hội Đại đoàn kết",
            "Ủy ban MTTQ Việt Nam xã",
            ["các đoàn thể"],
            datetime.date(2027, 11, 30),
        ),
        (
            "Khám sức khỏe cho người cao tuổi",
            "Trạm Y tế xã",
            [],
            datetime.date(2027, 6, 30),
        ),
        ("Tiêm chủng mở rộng", "Trạm Y tế xã", [], datetime.date(2027, 6, 30)),
    ]
