"""The families a second blind hold-out (round 30) missed that round 30l
fixes (docs/import-quality.md), tried on plans that are in no corpus:
numbered jobs each followed by labelled lines of who and when ("- Thực
hiện: X. Phối hợp: Y, Z.", "- Phụ trách: <a person>", "- Thời gian: …")
under a section whose name the lists do not know; and a criterion's block
of labelled lines ("- Hiện trạng: …" a state, "- Nhiệm vụ: <work>" the
task, "- Giao X chủ trì, phối hợp Y thực hiện; thời gian: …; công chức
phụ trách: …" its assignment). A labelled line is never a task's title."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.quality import official_key
from tests.documents.docx_parts import docx, p
from tests.plans.reading import read_plan

D = datetime.date

VILLAGE_HEAD = """[18/03/2026 20:41] A Thiêm Plei Đôn:
Gửi bà con kế hoạch của thôn, mọi người xem nhé
ỦY BAN NHÂN DÂN XÃ IA KHƯƠL
BAN PHÁT TRIỂN THÔN PLEI ĐÔN
Plei Đôn, ngày 18 tháng 3 năm 2026

KẾ HOẠCH
Xây dựng thôn nông thôn mới năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Huy động bà con cùng làm, giữ gìn bản sắc văn hóa của thôn.

II. {section}
"""

VILLAGE_TAIL = """
III. TỔ CHỨC THỰC HIỆN
Ban phát triển thôn theo dõi, báo cáo UBND xã.

TRƯỞNG BAN
A Thiêm
[18/03/2026 20:43] A Thiêm Plei Đôn:
Bà con đọc kỹ nhé
"""


def village(body: str, section: str = "CÁC VIỆC CẦN LÀM", name: str = "ke-hoach.txt"):
    text = VILLAGE_HEAD.format(section=section) + body + VILLAGE_TAIL
    return read_plan(text, name).tasks


def people(tasks) -> list[tuple]:
    return [
        (
            t.title,
            t.lead_text,
            t.coordinating_units,
            official_key(t.official_text),
            t.starts_on,
            t.ends_on,
        )
        for t in tasks
    ]


JOBS = """1. Làm lại hàng rào xanh (trồng cây dâm bụt) dọc đường trục thôn, dài 1,2 km.
- Thực hiện: Chi hội Phụ nữ thôn. Phối hợp: Chi đoàn thôn, các hộ dọc tuyến.
- Phụ trách: Y Nhung (Chi hội trưởng).
- Thời gian: xong trước 30/4.
2. Sửa chữa mái nhà rông của thôn.
- Thực hiện: Tổ hòa giải thôn. Phối hợp: Chi hội Người cao tuổi thôn.
- Phụ trách: già làng A Brếp.
- Thời gian: 15/4 - 15/5/2026.
3. Mở lớp dạy đánh cồng chiêng cho thanh niên.
- Thực hiện: Chi đoàn thôn; phối hợp: Chi hội Cựu chiến binh thôn, các nghệ nhân trong thôn.
- Phụ trách: A Hyum.
- Thời gian: tháng 5 - 7/2026.
"""

EXPECTED = [
    (
        "Làm lại hàng rào xanh (trồng cây dâm bụt) dọc đường trục thôn, dài 1,2 km",
        "Chi hội Phụ nữ thôn",
        ["Chi đoàn thôn", "các hộ dọc tuyến"],
        "y nhung",
        None,
        D(2026, 4, 30),
    ),
    (
        "Sửa chữa mái nhà rông của thôn",
        "Tổ hòa giải thôn",
        ["Chi hội Người cao tuổi thôn"],
        "a brep",
        D(2026, 4, 15),
        D(2026, 5, 15),
    ),
    (
        "Mở lớp dạy đánh cồng chiêng cho thanh niên",
        "Chi đoàn thôn",
        ["Chi hội Cựu chiến binh thôn", "các nghệ nhân trong thôn"],
        "a hyum",
        D(2026, 5, 1),
        D(2026, 7, 31),
    ),
]


@pytest.mark.parametrize(
    "section",
    [
        "CÁC VIỆC CẦN LÀM",
        "NHỮNG VIỆC CẦN LÀM",
        "CÔNG VIỆC CỤ THỂ",
        "PHẦN VIỆC CỦA THÔN",
        "CÁC HOẠT ĐỘNG",
    ],
)
def test_numbered_jobs_with_labelled_lines_under_an_unknown_section(section):
    got = people(village(JOBS, section))
    # The start of a bare deadline ("xong trước 30/4") is not measured here.
    assert [g[:4] + g[5:] for g in got] == [e[:4] + e[5:] for e in EXPECTED]
    assert [g[4] for g in got[1:]] == [e[4] for e in EXPECTED[1:]]


def test_labels_without_dashes():
    body = "\n".join(line.lstrip("- ") for line in JOBS.splitlines()) + "\n"
    got = people(village(body))
    assert [g[:4] for g in got] == [e[:4] for e in EXPECTED]


def test_the_same_plan_as_markdown():
    body = JOBS.replace("\n- ", "\n   - ")
    got = people(village(body, name="ke-hoach.md"))
    assert [g[:4] for g in got] == [e[:4] for e in EXPECTED]


def test_the_same_plan_in_word():
    paragraphs = [
        p(line)
        for line in (
            VILLAGE_HEAD.format(section="CÁC VIỆC CẦN LÀM") + JOBS + VILLAGE_TAIL
        ).splitlines()
        if line.strip()
    ]
    got = people(read_plan(docx(*paragraphs), "ke-hoach.docx").tasks)
    assert [g[:4] for g in got] == [e[:4] for e in EXPECTED]


def test_a_labelled_line_is_never_a_task_title():
    tasks = village(JOBS)
    titles = {t.title for t in tasks}
    assert not titles & {"Thực hiện", "Phụ trách", "Thời gian", "Phối hợp"}
    assert len(tasks) == 3


COMMUNE_HEAD = """ỦY BAN NHÂN DÂN
XÃ QUẢNG TRỰC
Số: 31/KH-UBND
Quảng Trực, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện các tiêu chí xã nông thôn mới năm 2026 (dự thảo)

I. MỤC TIÊU
Phấn đấu đạt thêm 3 tiêu chí.

II. NHIỆM VỤ, GIẢI PHÁP THEO TỪNG TIÊU CHÍ
"""

COMMUNE_TAIL = """
III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã căn cứ nhiệm vụ được giao chủ động thực hiện.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Điểu Bình
"""


def commune(body: str, name: str = "ke-hoach.txt"):
    return read_plan(COMMUNE_HEAD + body + COMMUNE_TAIL, name).tasks


@pytest.mark.parametrize(
    ("state", "work"),
    [
        ("Hiện trạng", "Nhiệm vụ"),
        ("Thực trạng", "Nội dung"),
        ("Tình hình", "Việc làm"),
    ],
)
def test_the_work_is_the_labels_value_and_the_next_line_assigns_it(state, work):
    body = f"""1. Tiêu chí số 13 - Tổ chức sản xuất
- {state}: mới có 01 hợp tác xã hoạt động hiệu quả; 60% hộ đồng bào chưa liên kết sản xuất.
- {work}: Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê theo Dự án 3.
- Giao Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã và HTX Nông nghiệp dịch vụ Quảng Trực thực hiện; thời gian: Quý III/2026; công chức phụ trách: ông Điểu Xí.
2. Tiêu chí số 16 - Văn hóa
- {state}: 3/5 bon có nhà văn hóa đạt chuẩn.
- {work}: Xây mới nhà văn hóa bon Bu Dấp.
- Giao Ban Quản lý dự án đầu tư xây dựng khu vực chủ trì, phối hợp Ban tự quản bon Bu Dấp thực hiện; thời gian: tháng 10/2026; công chức phụ trách: bà Thị Hoa.
"""
    got = people(commune(body))
    assert got == [
        (
            "Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê theo Dự án 3",
            "Phòng Kinh tế",
            ["Hội Nông dân xã", "HTX Nông nghiệp dịch vụ Quảng Trực"],
            "dieu xi",
            D(2026, 7, 1),
            D(2026, 9, 30),
        ),
        (
            "Xây mới nhà văn hóa bon Bu Dấp",
            "Ban Quản lý dự án đầu tư xây dựng khu vực",
            ["Ban tự quản bon Bu Dấp"],
            "thi hoa",
            D(2026, 10, 1),
            D(2026, 10, 31),
        ),
    ]


def test_a_state_line_is_no_task_beside_listed_items():
    body = """1. Tiêu chí số 2 - Giao thông
- Hiện trạng: còn 7,5 km đường trục bon chưa được cứng hóa.
- Nhiệm vụ:
+ Cứng hóa 3 km đường trục bon Bu Đắk.
+ Nâng cấp 2 km đường nội đồng bon Bu Prăng.
- Đơn vị thực hiện: Phòng Kinh tế chủ trì; phối hợp: Ban tự quản các bon. Thời gian hoàn thành: 30/11/2026.
2. Tiêu chí số 16 - Văn hóa
- Kết quả cần đạt: 5/5 bon có nhà văn hóa đạt chuẩn.
- Nhiệm vụ: Xây mới nhà văn hóa bon Bu Dấp.
- Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp Ban tự quản bon Bu Dấp thực hiện; thời gian: tháng 10/2026.
"""
    got = [(t.title, t.lead_text, t.ends_on) for t in commune(body)]
    assert got == [
        ("Cứng hóa 3 km đường trục bon Bu Đắk", "Phòng Kinh tế", D(2026, 11, 30)),
        ("Nâng cấp 2 km đường nội đồng bon Bu Prăng", "Phòng Kinh tế", D(2026, 11, 30)),
        ("Xây mới nhà văn hóa bon Bu Dấp", "Phòng Văn hóa - Xã hội", D(2026, 10, 31)),
    ]


def test_the_commune_block_in_word():
    lines = """1. Tiêu chí số 13 - Tổ chức sản xuất
- Hiện trạng: mới có 01 hợp tác xã hoạt động hiệu quả.
- Nhiệm vụ: Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê theo Dự án 3.
- Giao Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã thực hiện; thời gian: Quý III/2026; công chức phụ trách: ông Điểu Xí."""
    text = COMMUNE_HEAD + lines + COMMUNE_TAIL
    got = people(
        read_plan(
            docx(*[p(x) for x in text.splitlines() if x.strip()]), "ke-hoach.docx"
        ).tasks
    )
    assert got == [
        (
            "Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê theo Dự án 3",
            "Phòng Kinh tế",
            ["Hội Nông dân xã"],
            "dieu xi",
            D(2026, 7, 1),
            D(2026, 9, 30),
        )
    ]


@pytest.mark.parametrize(
    "when",
    [
        "tối thứ Bảy hằng tuần, từ tháng 6/2026 đến hết năm",
        "từ tháng 6/2026 đến cuối năm",
        "từ tháng 6 đến hết năm",
    ],
)
def test_from_a_month_to_the_years_end(when):
    body = (
        "1. Mở lớp dạy đánh cồng chiêng cho thanh niên.\n"
        "- Thực hiện: Chi đoàn thôn.\n"
        f"- Thời gian: {when}.\n"
        "2. Sửa chữa mái nhà rông của thôn.\n"
        "- Thực hiện: Tổ hòa giải thôn.\n"
    )
    task = village(body)[0]
    assert (task.starts_on, task.ends_on) == (D(2026, 6, 1), D(2026, 12, 31))
