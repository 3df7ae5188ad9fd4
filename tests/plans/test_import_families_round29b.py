"""The families a blind hold-out of plans still read badly after round 28
(round 29b, docs/import-quality.md), tried on plans that are in no corpus:
in the organisation part of a Front's plan, the duties under a body's
heading ("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã") whose time is a bare
range with no label ("… từ tháng 5 đến tháng 9/2026", ", từ ngày 01/11 đến
ngày 18/11/2026"), a duty that opens on its partner ("- Phối hợp với UBND
xã lựa chọn …", a verb no list holds); partners joined by "và" where each
side is a whole body ("Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị -
xã hội xã"), never inside a name; and a counted target line ("Có ít nhất 02
khu dân cư đạt chuẩn …")."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.units import units
from tests.documents.docx_parts import docx, p
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """ỦY BAN MTTQ VIỆT NAM
XÃ TÂN LẬP
BAN THƯỜNG TRỰC
Số: 15/KH-MTTQ
Tân Lập, ngày 10 tháng 4 năm 2026

KẾ HOẠCH
Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Mặt trận trong xây dựng nông thôn mới.
II. TỔ CHỨC THỰC HIỆN
"""

CLOSING = """Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Văn Hùng
"""

FRONT = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"
VETERANS = "Hội Cựu chiến binh xã"


def tasks(body: str):
    return read_plan(HEAD + body + CLOSING, "ke-hoach.txt").tasks


def rows(body: str):
    return [
        (t.title, t.lead_text, t.coordinating_units, t.starts_on, t.ends_on)
        for t in tasks(body)
    ]


@pytest.mark.parametrize(
    ("line", "title", "start", "end"),
    [
        (
            "- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với bình xét danh hiệu “Gia đình văn hóa”, từ ngày 01/11 đến ngày 18/11/2026.",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với bình xét danh hiệu “Gia đình văn hóa”",
            D(2026, 11, 1),
            D(2026, 11, 18),
        ),
        (
            "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm từ tháng 5 đến tháng 9/2026.",
            "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm",
            D(2026, 5, 1),
            D(2026, 9, 30),
        ),
        (
            "- Ra quân tổng vệ sinh đường làng, ngõ xóm từ ngày 15/3 đến 30/3/2026.",
            "Ra quân tổng vệ sinh đường làng, ngõ xóm",
            D(2026, 3, 15),
            D(2026, 3, 30),
        ),
        (
            "- Vận động nhân dân trồng cây xanh dọc các tuyến đường từ tháng 3 đến hết tháng 6/2026.",
            "Vận động nhân dân trồng cây xanh dọc các tuyến đường",
            D(2026, 3, 1),
            D(2026, 6, 30),
        ),
        (
            "- Phát động phong trào thi đua xây dựng khu dân cư kiểu mẫu, từ quý II đến quý III/2026.",
            "Phát động phong trào thi đua xây dựng khu dân cư kiểu mẫu",
            D(2026, 4, 1),
            D(2026, 9, 30),
        ),
        (
            "- Giám sát việc sử dụng kinh phí làm đường của các thôn từ ngày 01/6/2026 đến ngày 31/8/2026.",
            "Giám sát việc sử dụng kinh phí làm đường của các thôn",
            D(2026, 6, 1),
            D(2026, 8, 31),
        ),
    ],
)
def test_a_duty_whose_time_is_a_bare_range(line, title, start, end):
    body = f"1. {VETERANS}\n{line}\n"
    assert rows(body) == [(title, VETERANS, [], start, end)]


def test_bare_ranges_under_bold_headings_of_a_word_plan():
    data = docx(
        p("ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP"),
        p("Số: 15/KH-MTTQ"),
        p("Tân Lập, ngày 10 tháng 4 năm 2026"),
        p("KẾ HOẠCH"),
        p("Thực hiện Cuộc vận động năm 2026"),
        p("II. TỔ CHỨC THỰC HIỆN", runs=[("II. TỔ CHỨC THỰC HIỆN", "b")]),
        p(runs=[(f"1. {FRONT}", "b")]),
        p(
            "- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư, "
            "từ ngày 01/11 đến ngày 18/11/2026."
        ),
        p(runs=[(f"5. {VETERANS}", "b")]),
        p(
            "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, "
            "xóm từ tháng 5 đến tháng 9/2026."
        ),
        p("TM. BAN THƯỜNG TRỰC"),
        p("CHỦ TỊCH"),
        p("Nguyễn Văn Hùng"),
    )
    found = [
        (t.title, t.lead_text, t.starts_on, t.ends_on)
        for t in read_plan(data, "ke-hoach.docx").tasks
    ]
    assert found == [
        (
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
            FRONT,
            D(2026, 11, 1),
            D(2026, 11, 18),
        ),
        (
            "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm",
            VETERANS,
            D(2026, 5, 1),
            D(2026, 9, 30),
        ),
    ]


def test_a_range_of_places_or_days_is_no_time():
    # "từ đầu thôn đến cuối thôn", "từ 2 đến 3 ngày": the work's own words
    # stay in its title; the bare range of months after them is the time.
    body = (
        f"1. {VETERANS}\n"
        "- Vận động nhân dân làm đường từ đầu thôn đến cuối thôn; hoàn thành trong tháng 10/2026.\n"
        "- Tổ chức tập huấn từ 2 đến 3 ngày cho cán bộ chi hội từ tháng 7 đến tháng 8/2026.\n"
    )
    assert [(t.title, t.starts_on, t.ends_on) for t in tasks(body)] == [
        (
            "Vận động nhân dân làm đường từ đầu thôn đến cuối thôn",
            D(2026, 10, 1),
            D(2026, 10, 31),
        ),
        (
            "Tổ chức tập huấn từ 2 đến 3 ngày cho cán bộ chi hội",
            D(2026, 7, 1),
            D(2026, 8, 31),
        ),
    ]


@pytest.mark.parametrize(
    ("line", "title", "partners", "end"),
    [
        (
            "- Phối hợp với UBND xã lựa chọn 02 khu dân cư xây dựng mô hình khu dân cư nông thôn mới kiểu mẫu trong quý II/2026.",
            "Lựa chọn 02 khu dân cư xây dựng mô hình khu dân cư nông thôn mới kiểu mẫu",
            ["UBND xã"],
            D(2026, 6, 30),
        ),
        (
            "- Phối hợp với Hội Nông dân xã bình chọn 05 hộ sản xuất giỏi tiêu biểu để biểu dương; hoàn thành trong tháng 11/2026.",
            "Bình chọn 05 hộ sản xuất giỏi tiêu biểu để biểu dương",
            ["Hội Nông dân xã"],
            D(2026, 11, 30),
        ),
        (
            "- Phối hợp với Ủy ban nhân dân xã Tân Lập gắn biển 03 tuyến đường tự quản, hoàn thành trong quý III/2026.",
            "Gắn biển 03 tuyến đường tự quản",
            ["Ủy ban nhân dân xã Tân Lập"],
            D(2026, 9, 30),
        ),
    ],
)
def test_a_duty_that_opens_on_its_partner(line, title, partners, end):
    [task] = tasks(f"1. {FRONT}\n{line}\n")
    assert (task.title, task.lead_text, task.coordinating_units, task.ends_on) == (
        title,
        FRONT,
        partners,
        end,
    )


def test_partners_joined_by_va_in_a_sentence():
    body = (
        "2. Đảng ủy xã\n"
        "Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Ủy ban MTTQ "
        "Việt Nam xã và các tổ chức chính trị - xã hội xã tuyên truyền, phổ biến Cuộc "
        "vận động; thời gian: năm 2026.\n"
        "3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã:\n"
        "- Vận động đoàn viên, hội viên hiến đất làm đường; hoàn thành tháng 10/2026.\n"
    )
    # As partners each side is a body of its own; as a heading's addressee
    # the Front with its members is one lead.
    assert [(t.lead_text, t.coordinating_units) for t in tasks(body)] == [
        (
            "Ban Tuyên giáo và Dân vận Đảng ủy xã",
            ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"],
        ),
        ("Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã", []),
    ]


@pytest.mark.parametrize(
    ("partners", "each"),
    [
        # Each side a whole body: the Front named with its level, then its
        # members counted.
        (
            "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã",
            ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"],
        ),
        (
            "Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội",
            ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể chính trị - xã hội"],
        ),
        (
            "Phòng Văn hóa - Xã hội và Hội Liên hiệp Phụ nữ xã",
            ["Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã"],
        ),
        (
            "Công an xã và Ban Chỉ huy Quân sự xã",
            ["Công an xã", "Ban Chỉ huy Quân sự xã"],
        ),
        # One name that holds "và", whichever side it stands.
        ("Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]),
        ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
        (
            "Ban Tuyên giáo và Dân vận Đảng ủy xã và UBND xã",
            ["Ban Tuyên giáo và Dân vận Đảng ủy xã", "UBND xã"],
        ),
        (
            "UBND xã và Sở Nông nghiệp và Môi trường",
            ["UBND xã", "Sở Nông nghiệp và Môi trường"],
        ),
        # The Front and its members written as one (the level closes both).
        (
            "UBMTTQ và các đoàn thể CT-XH huyện",
            ["UBMTTQ và các đoàn thể CT-XH huyện"],
        ),
        ("Ủy ban MTTQ và các đoàn thể xã", ["Ủy ban MTTQ và các đoàn thể xã"]),
    ],
)
def test_partners_joined_by_va(partners, each):
    assert units(partners, partners=True) == each


TARGETS = """II. CHỈ TIÊU
- 95% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.
- 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
{line}
III. TỔ CHỨC THỰC HIỆN
1. Hội Cựu chiến binh xã
- Vận động hội viên hiến đất làm đường; hoàn thành trong tháng 9/2026.
"""


@pytest.mark.parametrize(
    ("line", "name", "quantity", "unit"),
    [
        (
            "- Có ít nhất 02 khu dân cư đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
            "Khu dân cư đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
            2,
            "khu dân cư",
        ),
        (
            "- Phấn đấu có thêm 03 thôn đạt chuẩn thôn nông thôn mới.",
            "Thôn đạt chuẩn thôn nông thôn mới",
            3,
            "thôn",
        ),
        (
            "- Có tối thiểu 15 hộ được công nhận hộ sản xuất, kinh doanh giỏi các cấp.",
            "Hộ được công nhận hộ sản xuất, kinh doanh giỏi các cấp",
            15,
            "hộ",
        ),
    ],
)
def test_a_counted_target_line(line, name, quantity, unit):
    text = HEAD.replace("II. TỔ CHỨC THỰC HIỆN\n", "")
    plan = read_plan(text + TARGETS.format(line=line) + CLOSING, "ke-hoach.txt")
    counted = [t for t in plan.targets if t.line == line]
    assert [(t.name, t.quantity, t.unit) for t in counted] == [(name, quantity, unit)]
    assert next(s for s in plan.source if s.text == line).used
