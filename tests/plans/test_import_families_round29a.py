"""The families a blind hold-out still read badly in a plan's organisation
part ("III. TỔ CHỨC THỰC HIỆN", round 29a, docs/import-quality.md), tried
on plans in no corpus: concrete work a body is given there, with its own
deadline, is a task — "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây
dựng kế hoạch cụ thể …, hoàn thành trước ngày …" (the body, a preamble,
the work), "2. Các chi hội phụ nữ thôn: tổ chức cho hội viên đăng ký …,
hoàn thành đăng ký trước ngày …; báo cáo kết quả … theo quý" (the report
back after it no part of the task); a duty made only of steering and
oversight ("phân công … phụ trách …; theo dõi, đôn đốc, tổng hợp, báo cáo
… trước ngày …", "hướng dẫn, kiểm tra …; tổng hợp, báo cáo …") is none,
whatever day it names."""

from __future__ import annotations

import datetime

from tests.documents.docx_parts import docx, p
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """HỘI LHPN TỈNH THÁI NGUYÊN
HỘI LHPN XÃ PHÚ LẠC
Số: 08/KH-HPN
Phú Lạc, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện cuộc vận động xây dựng gia đình “5 không, 3 sạch” năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Góp phần xây dựng nông thôn mới.
II. NỘI DUNG
1. Tuyên truyền cuộc vận động đến 100% hội viên; hoàn thành trong quý II/2026.
III. TỔ CHỨC THỰC HIỆN
"""
TAIL = """Nơi nhận:
- Hội LHPN tỉnh;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hoàng Thị Lan
"""
PART_II = ("Tuyên truyền cuộc vận động đến 100% hội viên", "", D(2026, 6, 30))


def plan(organisation: str):
    return read_plan(HEAD + organisation + TAIL, "ke-hoach.txt")


def rows(organisation: str):
    return [(t.title, t.lead_text, t.ends_on) for t in plan(organisation).tasks]


# ── concrete work in the organisation part is a task ──


def test_a_body_a_preamble_then_the_work_and_its_deadline():
    part = (
        "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để "
        "triển khai thực hiện ở chi bộ, hoàn thành trước ngày 15/3/2026.\n"
        "2. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy.\n"
    )
    assert rows(part) == [
        PART_II,
        (
            "Xây dựng kế hoạch cụ thể để triển khai thực hiện ở chi bộ",
            "Các chi bộ trực thuộc",
            D(2026, 3, 15),
        ),
    ]


def test_a_body_that_takes_the_initiative_then_the_work():
    part = (
        "1. Hội Nông dân xã chủ động xây dựng 02 mô hình trồng rau an toàn tại thôn "
        "Đồng Bầu; hoàn thành trong quý III/2026.\n"
    )
    assert rows(part) == [
        PART_II,
        (
            "Xây dựng 02 mô hình trồng rau an toàn tại thôn Đồng Bầu",
            "Hội Nông dân xã",
            D(2026, 9, 30),
        ),
    ]


def test_a_bullet_whose_preamble_names_the_plan_by_its_content():
    part = (
        "- Đoàn Thanh niên xã căn cứ nội dung Kế hoạch tổ chức ra quân dọn vệ sinh "
        "các tuyến đường thôn, hoàn thành trước ngày 30/4/2026.\n"
    )
    assert rows(part) == [
        PART_II,
        (
            "Tổ chức ra quân dọn vệ sinh các tuyến đường thôn",
            "Đoàn Thanh niên xã",
            D(2026, 4, 30),
        ),
    ]


def test_the_branches_work_after_a_colon_and_the_report_back_after_it():
    part = (
        "1. Ban Thường vụ Hội LHPN xã: phân công ủy viên Ban Chấp hành phụ trách địa "
        "bàn; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Hội LHPN tỉnh trước ngày "
        "05/12/2026.\n"
        "2. Các chi hội phụ nữ thôn: tổ chức cho hội viên đăng ký xây dựng gia đình "
        "“5 không, 3 sạch”, hoàn thành đăng ký trước ngày 30/5/2026; báo cáo kết quả "
        "về Hội LHPN xã theo quý./.\n"
    )
    parsed = plan(part)
    assert [(t.title, t.lead_text, t.ends_on) for t in parsed.tasks] == [
        PART_II,
        (
            "Tổ chức cho hội viên đăng ký xây dựng gia đình “5 không, 3 sạch”",
            "Các chi hội phụ nữ thôn",
            D(2026, 5, 30),
        ),
    ]
    # The report back is the plan's reporting deadline, not the branches' day.
    assert parsed.report_deadline == D(2026, 12, 5)


def test_a_youth_branch_after_a_colon_with_its_deadline_first():
    # Guiding towards work of its own day stays a task: the day is not a
    # report's.
    part = (
        "1. Ban Thường vụ Đoàn xã: hướng dẫn 100% chi đoàn đăng ký công trình thanh "
        "niên, hoàn thành trước ngày 30/4/2026; tổng hợp, báo cáo Tỉnh đoàn trước "
        "ngày 31/10/2026.\n"
        "2. Các chi đoàn: tổ chức cho đoàn viên trồng 500 cây xanh dọc đường trục "
        "thôn, hoàn thành trước ngày 30/4/2026; báo cáo kết quả về Ban Thường vụ "
        "Đoàn xã.\n"
    )
    assert rows(part) == [
        PART_II,
        (
            "Hướng dẫn 100% chi đoàn đăng ký công trình thanh niên",
            "Ban Thường vụ Đoàn xã",
            D(2026, 4, 30),
        ),
        (
            "Tổ chức cho đoàn viên trồng 500 cây xanh dọc đường trục thôn",
            "Các chi đoàn",
            D(2026, 4, 30),
        ),
    ]


def test_a_word_plan_whose_branches_are_given_work_in_paragraphs():
    data = docx(
        *[p(line) for line in HEAD.splitlines()],
        p(
            "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch cụ thể "
            "để triển khai thực hiện ở chi bộ, hoàn thành trước ngày 15/3/2026."
        ),
        p(
            "2. Ban Thường vụ Đoàn xã: hướng dẫn, kiểm tra các chi đoàn; tổng hợp, "
            "báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 31/3/2026."
        ),
        *[p(line) for line in TAIL.splitlines()],
    )
    parsed = read_plan(data, "ke-hoach.docx")
    assert [(t.title, t.lead_text, t.ends_on) for t in parsed.tasks] == [
        PART_II,
        (
            "Xây dựng kế hoạch cụ thể để triển khai thực hiện ở chi bộ",
            "Các chi bộ trực thuộc",
            D(2026, 3, 15),
        ),
    ]
    assert parsed.report_deadline == D(2026, 3, 31)


# ── steering and oversight are no task, whatever day they name ──


def test_a_standing_committee_that_assigns_follows_and_reports():
    part = (
        "1. Ban Thường vụ Hội LHPN xã: phân công ủy viên Ban Chấp hành phụ trách địa "
        "bàn; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Hội LHPN tỉnh trước ngày "
        "05/12/2026.\n"
    )
    parsed = plan(part)
    assert [(t.title, t.lead_text, t.ends_on) for t in parsed.tasks] == [PART_II]
    assert parsed.report_deadline == D(2026, 12, 5)


def test_a_standing_committee_that_guides_checks_and_reports():
    part = (
        "1. Ban Thường vụ Đoàn xã: hướng dẫn, kiểm tra các chi đoàn; tổng hợp, báo "
        "cáo Ban Thường vụ Tỉnh đoàn trước ngày 31/3/2026.\n"
        "2. Các chi đoàn: căn cứ Kế hoạch này chủ động triển khai thực hiện.\n"
    )
    assert rows(part) == [PART_II]


def test_an_inspection_committee_that_supervises_with_a_day():
    part = (
        "1. Ủy ban Kiểm tra Đảng ủy xã: kiểm tra, giám sát việc thực hiện Kế hoạch, "
        "báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2026.\n"
        "2. Văn phòng Đảng ủy: tham mưu, theo dõi, đôn đốc các chi bộ; tổng hợp tình "
        "hình, báo cáo Thường trực Đảng ủy chậm nhất ngày 10/12/2026.\n"
    )
    assert rows(part) == [PART_II]


def test_oversight_written_as_a_sentence_with_its_body_first():
    part = (
        "1. Văn phòng Đảng ủy tham mưu theo dõi, đôn đốc, tổng hợp tình hình, báo "
        "cáo Thường trực Đảng ủy trước ngày 10/12/2026.\n"
        "2. Các chi hội căn cứ Kế hoạch này chủ động triển khai thực hiện, báo cáo "
        "kết quả trước ngày 20/11/2026.\n"
        "3. Hội Nông dân xã chỉ đạo, hướng dẫn các chi hội thực hiện; định kỳ báo "
        "cáo kết quả trong quý IV/2026.\n"
        "4. Các chi hội phụ nữ thôn: tổ chức cho hội viên đăng ký xây dựng gia đình "
        "“5 không, 3 sạch”, hoàn thành trước ngày 30/5/2026.\n"
    )
    assert rows(part) == [
        PART_II,
        (
            "Tổ chức cho hội viên đăng ký xây dựng gia đình “5 không, 3 sạch”",
            "Các chi hội phụ nữ thôn",
            D(2026, 5, 30),
        ),
    ]
