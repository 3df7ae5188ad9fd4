"""An official letter (Công văn) that assigns work body by body — "Kính
gửi:- …" with the dash glued to the colon, bodies as numbered or bold
unnumbered headings over their items, its text copied out of a PDF whose
header columns share lines — and several bases in one "Căn cứ" line."""

from __future__ import annotations

import pytest

from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, check_task, read_plan

LETTER = """ỦY BAN NHÂN DÂN
HUYỆN HOA LƯ
Số: 377/UBND-NN
V/v thực hiện một số nhiệm vụ
xây dựng nông thôn mới Quý III/2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Lư, ngày 05 tháng 7 năm 2024
Kính gửi:- Phòng Nông nghiệp và Phát triển nông thôn;
- Ủy ban nhân dân các xã.
Thực hiện Kế hoạch số 96/KH-UBND ngày 20/6/2024 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện một số nội dung sau:
1. Phòng Nông nghiệp và Phát triển nông thôn
a) Chủ trì, phối hợp với Hội Nông dân huyện hướng dẫn các xã xây dựng mô hình trồng rau an toàn; hoàn thành trước ngày 30/9/2024.
b) Tổng hợp kết quả thực hiện các tiêu chí, gửi kết quả về Ủy ban nhân dân huyện trước ngày 15/10/2024.
2. Ủy ban nhân dân các xã
Phối hợp với Phòng Tài nguyên và Môi trường tổ chức thu gom rác thải tại các thôn; thời gian: Quý III/2024.
Các đơn vị báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/12/2024./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Văn Hòa
"""


def test_letter_whose_kinh_gui_has_its_dash_glued():
    plan = read_plan(LETTER)
    tasks = by_title(plan)
    assert list(tasks) == [
        "Hướng dẫn các xã xây dựng mô hình trồng rau an toàn",
        "Tổng hợp kết quả thực hiện các tiêu chí",
        "Tổ chức thu gom rác thải tại các thôn",
    ]
    check_task(
        tasks["Hướng dẫn các xã xây dựng mô hình trồng rau an toàn"],
        "Phòng Nông nghiệp và Phát triển nông thôn",
        ["Hội Nông dân huyện"],
        deadline="2024-09-30",
    )
    check_task(
        tasks["Tổng hợp kết quả thực hiện các tiêu chí"],
        "Phòng Nông nghiệp và Phát triển nông thôn",
        deadline="2024-10-15",
    )
    check_task(
        tasks["Tổ chức thu gom rác thải tại các thôn"],
        "Ủy ban nhân dân các xã",
        ["Phòng Tài nguyên và Môi trường"],
        deadline="2024-09-30",
    )
    assert plan.title == "Thực hiện một số nhiệm vụ xây dựng nông thôn mới Quý III/2024"
    assert (plan.number, plan.symbol) == ("377", "UBND-NN")


COPIED = """UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP Độc lập - Tự do - Hạnh phúc
VÀ MÔI TRƯỜNG ______________
______________
Số: 3180/SNNMT-PTNT Ninh Bình, ngày 16 tháng 9 năm 2025
V/v triển khai một số nhiệm vụ
trọng tâm năm 2025
Kính gửi:- Ủy ban nhân dân các xã, phường;
- Chi cục Phát triển nông thôn.
Thực hiện Kế hoạch số 215/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh;
Văn bản số 1820/BNNMT-VPĐP ngày 05/9/2025 của Bộ Nông nghiệp và Môi trường;
Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung
sau:
1. Ủy ban nhân dân các xã, phường
a) Kiện toàn Ban Chỉ đạo cấp xã; hoàn thành trước ngày 30/9/2025.
b) Rà soát các tiêu chí nông thôn mới theo địa bàn mới, gửi kết quả về Sở
trước ngày 15/10/2025.
2. Chi cục Phát triển nông thôn
a) Hướng dẫn các xã xây dựng kế hoạch năm 2026; thời gian thực hiện trong
tháng 10/2025.
b) Tổng hợp kết quả rà soát tiêu chí của các xã (thực hiện thường xuyên).
Các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2025.
Nơi nhận: KT. GIÁM ĐỐC
- Như trên; PHÓ GIÁM ĐỐC
- Lưu: VT, PTNT.
Trần Văn Bình
"""


def test_letter_copied_out_of_a_pdf_with_no_blank_line():
    plan = read_plan(COPIED)
    assert (plan.number, plan.symbol) == ("3180", "SNNMT-PTNT")
    assert str(plan.issued_on) == "2025-09-16"
    assert plan.title == "Triển khai một số nhiệm vụ trọng tâm năm 2025"
    assert [b.number for b in plan.bases] == ["215/KH-UBND", "1820/BNNMT-VPĐP"]
    assert [t.lead_text for t in plan.tasks] == [
        "Ủy ban nhân dân các xã, phường",
        "Ủy ban nhân dân các xã, phường",
        "Chi cục Phát triển nông thôn",
        "Chi cục Phát triển nông thôn",
    ]
    assert [str(t.ends_on) for t in plan.tasks] == [
        "2025-09-30",
        "2025-10-15",
        "2025-10-31",
        "2025-12-31",
    ]
    assert plan.signer_name == "Trần Văn Bình"


def _bold(text: str) -> str:
    return p(runs=[(text, "b")])


def test_bodies_named_in_bold_with_no_number():
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ GIA VIỄN"),
        p("Số: 96/UBND-VP"),
        p("V/v triển khai nhiệm vụ nông thôn mới tháng 8/2026"),
        p("Gia Viễn, ngày 01 tháng 8 năm 2026"),
        p("Kính gửi:- Văn phòng HĐND và UBND xã;"),
        p("- Ban Phát triển các thôn."),
        p(
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân "
            "xã; Văn bản số 310/SNNMT-PTNT ngày 20/7/2026 của Sở Nông nghiệp và Môi "
            "trường;"
        ),
        p("Ủy ban nhân dân xã đề nghị các bộ phận thực hiện một số nội dung sau:"),
        _bold("Văn phòng HĐND và UBND xã"),
        p(
            "- Đăng tải chuyên mục nông thôn mới trên trang thông tin điện tử xã; "
            "hoàn thành trước ngày 20/8/2026."
        ),
        p("- Tổng hợp báo cáo tiến độ thực hiện (thực hiện thường xuyên)."),
        _bold("Ban Phát triển các thôn"),
        p(
            "Phối hợp với Đoàn Thanh niên xã ra quân làm sạch kênh mương nội đồng; "
            "thời gian: tháng 9/2026."
        ),
        p("Các bộ phận báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/11/2026./."),
        p("Nơi nhận:"),
        p("- Như trên;"),
        p("- Lưu: VT."),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Phạm Văn Lực"),
    )
    plan = read_plan(data, "cong-van.docx")
    tasks = by_title(plan)
    assert list(tasks) == [
        "Đăng tải chuyên mục nông thôn mới trên trang thông tin điện tử xã",
        "Tổng hợp báo cáo tiến độ thực hiện",
        "Ra quân làm sạch kênh mương nội đồng",
    ]
    office = "Văn phòng HĐND và UBND xã"
    check_task(
        tasks["Đăng tải chuyên mục nông thôn mới trên trang thông tin điện tử xã"],
        office,
        deadline="2026-08-20",
    )
    check_task(
        tasks["Tổng hợp báo cáo tiến độ thực hiện"], office, deadline="2026-12-31"
    )
    check_task(
        tasks["Ra quân làm sạch kênh mương nội đồng"],
        "Ban Phát triển các thôn",
        ["Đoàn Thanh niên xã"],
        deadline="2026-09-30",
    )


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN NHO QUAN
Số: 25/KH-UBND
Nho Quan, ngày 18 tháng 01 năm 2024
KẾ HOẠCH
Thực hiện Chương trình giảm nghèo năm 2024
{bases}
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Rà soát hộ nghèo năm 2024.
- Chủ trì: Phòng Lao động - Thương binh và Xã hội.
- Thời gian: Quý II/2024.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Bùi Văn Quý
"""


@pytest.mark.parametrize(
    ("bases", "numbers"),
    [
        (
            "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định "
            "cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; "
            "Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 sửa đổi, bổ sung một số điều "
            "của Nghị định số 27/2022/NĐ-CP;",
            ["27/2022/NĐ-CP", "38/2023/NĐ-CP"],
        ),
        (
            "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; "
            "Quyết định số 211/QĐ-TTg ngày 01/3/2024 sửa đổi, bổ sung một số tiêu chí "
            "của Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; "
            "Thông tư số 05/2024/TT-BNNPTNT ngày 10/5/2024 của Bộ Nông nghiệp và Phát "
            "triển nông thôn;",
            ["263/QĐ-TTg", "211/QĐ-TTg", "05/2024/TT-BNNPTNT"],
        ),
        (
            # What a document does, up to a comma and the next document.
            "Căn cứ Công văn số 34/UBND-NN ngày 05/01/2024 hướng dẫn thực hiện, Kế "
            "hoạch số 14/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh;",
            ["34/UBND-NN", "14/KH-UBND"],
        ),
    ],
)
def test_several_bases_in_one_can_cu_line(bases, numbers):
    plan = read_plan(PLAN.format(bases=bases))
    assert [b.number for b in plan.bases] == numbers
    assert [t.title for t in plan.tasks] == ["Rà soát hộ nghèo năm 2024"]


def test_a_conclusion_at_a_meeting_beside_a_decree():
    plan = read_plan(
        PLAN.format(
            bases="Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ; "
            "Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 sửa đổi, bổ sung một số điều "
            "của Nghị định số 27/2022/NĐ-CP;\nCăn cứ Kết luận của Ban Thường vụ "
            "Huyện ủy tại Hội nghị ngày 05/01/2024 về nhiệm vụ giảm nghèo năm 2024;"
        )
    )
    assert [b.number for b in plan.bases][:2] == ["27/2022/NĐ-CP", "38/2023/NĐ-CP"]
    conclusion = plan.bases[2]
    assert (conclusion.kind, str(conclusion.issued_on)) == ("Kết luận", "2024-01-05")
