"""A signed PDF's text copied into a .txt (every visual line a line, the
header's and the closing's columns run together, sentences and words broken
across lines, page numbers in the flow), an organisation part's body named
over two levels ("Hội Phụ nữ các xã, thị trấn căn cứ …"), checking on the
plan itself, and "Đảng ủy giao X chủ trì …", tried on plans of my own."""

from __future__ import annotations

import datetime

from ntm.documents.pdf_copy import unwrapped
from plans.document_import import quality
from tests.plans.reading import by_title, plan_of, read_plan
from tests.plans.reading import check_task as _check_task

WOMEN = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
BAN CHẤP HÀNH HỘI LHPN HUYỆN GIAO THỦY
*
Số: 21-KH/HPN Giao Thủy, ngày 04 tháng 5 năm
2026

KẾ HOẠCH
Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế hộ gia đình gắn với xây
dựng nông thôn mới năm 2026
-----
Căn cứ Nghị quyết số 12-NQ/HPN ngày 10/01/2026 của Ban Chấp hành Hội LHPN tỉnh; Kế
hoạch số 33/KH-UBND ngày 15/02/2026 của UBND huyện;
Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Hỗ trợ kinh tế
- Thành lập 04 tổ hợp tác nuôi ong mật theo tiêu chuẩn Viet-
GAHP tại các xã Giao Hà, Giao Lạc;
* Chủ trì: Ban Kinh tế Hội LHPN huyện; phối hợp: Trung tâm Dịch vụ nông
nghiệp huyện.
* Thời gian hoàn thành: trước 31/8/2026.

2

- Tập huấn kỹ năng bán hàng trực tuyến cho 150 hội viên phụ nữ làm kinh
tế.
* Chủ trì: Văn phòng Hội LHPN huyện; phối hợp: Hội Phụ nữ các xã.
* Thời gian hoàn thành: trước 30/9/2026.
- Kiểm tra, giám sát việc thực hiện Kế hoạch tại các cơ sở Hội.

Nơi nhận: TM. BAN THƯỜNG VỤ
- TT Hội LHPN tỉnh (b/c); CHỦ TỊCH
- Thường trực Huyện ủy;
- Lưu VP. (Đã ký)
Phạm Thị Huế
"""


def check_task(task, lead, partners=(), deadline=None):
    _check_task(task, lead, partners, deadline=deadline)


def test_a_pdf_copy_reads_as_the_typed_text_would():
    plan = read_plan(WOMEN.replace("\n", "\r\n"), "hpn.txt")
    assert (plan.number, plan.symbol, plan.place) == ("21", "KH/HPN", "Giao Thủy")
    assert plan.issued_on == datetime.date(2026, 5, 4)
    assert plan.issuer_text == "BAN CHẤP HÀNH HỘI LHPN HUYỆN GIAO THỦY"
    assert plan.title == (
        "Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế hộ gia đình gắn với xây "
        "dựng nông thôn mới năm 2026"
    )
    assert [b.number for b in plan.bases] == ["12-NQ/HPN", "33/KH-UBND"]
    assert plan.signing_authority == "TM. BAN THƯỜNG VỤ"
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Phạm Thị Huế")
    assert len(plan.recipients) == 3
    tasks = by_title(plan)
    # A word hyphenated at a line's end is one word; checking on the plan
    # itself is no task.
    assert list(tasks) == [
        "Thành lập 04 tổ hợp tác nuôi ong mật theo tiêu chuẩn VietGAHP tại các xã "
        "Giao Hà, Giao Lạc",
        "Tập huấn kỹ năng bán hàng trực tuyến cho 150 hội viên phụ nữ làm kinh tế",
    ]
    bees, sales = plan.tasks
    check_task(bees, "Ban Kinh tế Hội LHPN huyện",
               ["Trung tâm Dịch vụ nông nghiệp huyện"], "2026-08-31")  # fmt: skip
    check_task(sales, "Văn phòng Hội LHPN huyện", ["Hội Phụ nữ các xã"], "2026-09-30")


def test_the_right_column_first_on_a_shared_line():
    lines = unwrapped(
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN",
            "Độc lập - Tự do - Hạnh phúc XÃ TÂN THÀNH",
            "Số: 08/KH-UBND Tân Thành, ngày 02 tháng 6 năm 2026",
            "",
            "KẾ HOẠCH",
            "T/M ỦY BAN NHÂN DÂN Nơi nhận:",
            "CHỦ TỊCH - Các thôn;",
            "Lê Văn Tâm - Lưu VT.",
        ]
    )
    assert lines == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN THÀNH",
        "Số: 08/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tân Thành, ngày 02 tháng 6 năm 2026",
        "",
        "KẾ HOẠCH",
        "",
        "Nơi nhận:",
        "- Các thôn;",
        "- Lưu VT.",
        "",
        "T/M ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lê Văn Tâm",
    ]


def test_a_typed_text_keeps_its_lines():
    typed = [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN THÀNH",
        "Số: 08/KH-UBND",
        "",
        "1. Trồng cây",
        "",
        "2",
        "",
        "Nơi nhận:",
        "- Các thôn;",
    ]
    assert unwrapped(typed) == typed


def test_a_body_over_two_levels_leads_its_work():
    plan = plan_of(
        "1. Trồng 2 km hàng rào xanh, hoàn thành trước 30/6/2026.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Hội Phụ nữ các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của "
        "cơ sở, hoàn thành trước 20/5/2026, gửi về Văn phòng Hội để theo dõi.\n"
    )
    tasks = by_title(plan)
    check_task(tasks["Xây dựng kế hoạch của cơ sở"], "Hội Phụ nữ các xã, phường",
               deadline="2026-05-20")  # fmt: skip


def test_checking_on_the_plan_itself_is_no_task():
    plan = plan_of(
        "1. Nạo vét 3 km kênh mương nội đồng, hoàn thành trước 30/4/2026.\n"
        "2. Kiểm tra, giám sát việc thực hiện Kế hoạch này tại các thôn.\n"
        "3. Kiểm tra, giám sát việc sử dụng vốn hỗ trợ của các hộ, trước 30/11/2026.\n"
    )
    assert list(by_title(plan)) == [
        "Nạo vét 3 km kênh mương nội đồng",
        "Kiểm tra, giám sát việc sử dụng vốn hỗ trợ của các hộ",
    ]


def test_the_plans_own_body_gives_the_work():
    plan = plan_of(
        "1. Đảng ủy giao Ủy ban nhân dân xã chủ trì xây dựng 02 mô hình trồng "
        "nấm; Hội Nông dân xã phối hợp, hoàn thành trong quý III/2026.\n"
    )
    (task,) = plan.tasks
    assert task.title == "Xây dựng 02 mô hình trồng nấm"
    check_task(task, "Ủy ban nhân dân xã", ["Hội Nông dân xã"], "2026-09-30")


# ── The set's own files ──


def test_the_set_is_measured_by_default():
    assert "f39t" in quality.SETS
    total = quality.total(quality.run(quality.CORPUS / "f39t"))
    for field in ("tasks", "leads", "header"):
        assert total.scores[field].recall == 1.0, field
