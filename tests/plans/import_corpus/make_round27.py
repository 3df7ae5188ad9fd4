"""Writes round 27's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round27.py

Round 27 is the lead's third BLIND hold-out (06/12/2026): eight ordinary
plans (2026-2027, after the 2025 reform) by a helper who read neither the
importer, its corpus, its docs nor the seeds, measured untouched on main
9a42603 (tasks 77.1/77.1, leads 94.7/75.0, coordinating 93.9/90.2,
officials 61.1/40.7, deadlines 90.2/77.1, header 100/97.9) once three
expected results followed the product's documented readings, each said in
its comment: the closing report duty of plan C is a general duty, not a
task; the issuer of plan G joins both header lines (as round 5's Front
plan); a basis with no number is measured by its type and date. Its
families went, in words, to rounds 27s, 27o, 27h and 27b.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx import Document  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    opening,
    para,
    save,
    side_by_side,
    task_table,
)

OUT = HERE / "round27"


def T(title, lead, coord=(), deadline="", start="", official=""):
    return {
        "title": title,
        "lead": lead,
        "coordinating": list(coord),
        "deadline": deadline,
        "start": start,
        "official": official,
    }


# ---------------------------------------------------------------- A
def plan_a():
    """Merged commune (Lạng Sơn), docx table STT|Nội dung|Chủ trì|Phối hợp|Thời gian, group rows."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG", "Số: 187/KH-UBND"],
        "Đồng Đăng, ngày 18 tháng 12 năm 2026",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã Đồng Đăng năm 2027",
    )
    a4(doc)
    for b in [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
        "Căn cứ Quyết định số 1689/QĐ-UBND ngày 15/8/2026 của UBND tỉnh Lạng Sơn về việc giao chỉ tiêu xây dựng nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10/12/2026 của HĐND xã Đồng Đăng về kế hoạch phát triển kinh tế - xã hội năm 2027;",
    ]:
        para(doc, b, italic=True, indent=1.0)
    para(
        doc,
        "Xã Đồng Đăng được thành lập trên cơ sở sắp xếp thị trấn Đồng Đăng, xã Bảo Lâm và xã Hồng Phong từ ngày 01/7/2025. Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Chương trình năm 2027 như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "- Duy trì 19/19 tiêu chí xã nông thôn mới; phấn đấu có thêm 02 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
        indent=1.0,
    )
    para(
        doc,
        "- Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn dưới 2,5%.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "(Có bảng phân công chi tiết kèm theo)", italic=True, center=True)
    rows = [
        (
            "1",
            "Cứng hóa 3,2 km đường trục thôn Nà Pàn, Khòn Khuyến",
            "Phòng Kinh tế",
            "Ban phát triển các thôn Nà Pàn, Khòn Khuyến",
            "Quý III/2027",
            "2027-09-30",
        ),
        (
            "2",
            "Cải tạo, nâng cấp 02 phòng học Trường Tiểu học Bảo Lâm",
            "Phòng Văn hóa - Xã hội",
            "Trường Tiểu học Bảo Lâm, Phòng Kinh tế",
            "Tháng 8/2027",
            "2027-08-31",
        ),
        (
            "3",
            "Hỗ trợ 45 hộ chuyển đổi sang trồng hồi, quế theo chuỗi giá trị",
            "Phòng Kinh tế",
            "Hội Nông dân xã, Trạm Khuyến nông",
            "30/10/2027",
            "2027-10-30",
        ),
        (
            "4",
            "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5%",
            "Phòng Văn hóa - Xã hội",
            "Trạm Y tế xã, Bảo hiểm xã hội khu vực",
            "Trước 15/12/2027",
            "2027-12-15",
        ),
        (
            "5",
            "Xây dựng 02 mô hình thu gom, phân loại rác thải tại nguồn",
            "Phòng Kinh tế",
            "Hội Liên hiệp Phụ nữ xã, các thôn Pác Luống, Nà Lành",
            "Quý II/2027",
            "2027-06-30",
        ),
        (
            "6",
            "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo",
            "Phòng Văn hóa - Xã hội",
            "Ban công tác Mặt trận các thôn",
            "Quý IV/2027",
            "2027-12-31",
        ),
        (
            "7",
            "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
            "Văn phòng HĐND và UBND",
            "Các phòng, ban chuyên môn",
            "Tháng 11/2027",
            "2027-11-30",
        ),
    ]
    coord = {
        "3": ["Hội Nông dân xã", "Trạm Khuyến nông"],
        "2": ["Trường Tiểu học Bảo Lâm", "Phòng Kinh tế"],
        "4": ["Trạm Y tế xã", "Bảo hiểm xã hội khu vực"],
        "5": ["Hội Liên hiệp Phụ nữ xã", "các thôn Pác Luống, Nà Lành"],
    }
    groups = {
        "1": "Tiêu chí Giao thông",
        "2": "Tiêu chí Trường học",
        "3": "Tiêu chí Thu nhập",
        "4": "Tiêu chí Y tế",
        "5": "Tiêu chí Môi trường",
        "6": "Tiêu chí Nghèo đa chiều",
        "7": "Công tác hồ sơ",
    }
    table_rows = []
    for i, (n, t, lead, c, when, _) in enumerate(rows):
        table_rows.append(
            [
                [["I", "II", "III", "IV", "V", "VI", "VII"][i]],
                [groups[n]],
                [""],
                [""],
                [""],
            ]
        )
        table_rows.append([[n], [t], [lead], [c], [when]])
    task_table(
        doc,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
        ],
        table_rows,
        [1.2, 6.3, 3.0, 3.5, 2.5],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Các phòng, ban chuyên môn được giao chủ trì chủ động xây dựng kế hoạch chi tiết, tổ chức thực hiện đúng tiến độ.",
        indent=1.0,
    )
    para(
        doc,
        "2. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động nhân dân tham gia.",
        indent=1.0,
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND xã (qua Phòng Kinh tế) để xem xét, giải quyết./.",
        indent=1.0,
    )
    rec = [
        "- UBND tỉnh (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, ban, đơn vị;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    closing_beside(
        doc,
        rec,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Hoàng Văn Thắng",
        ],
    )
    header = dict(
        number="187",
        symbol="KH-UBND",
        place="Đồng Đăng",
        date="2026-12-18",
        title="Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã Đồng Đăng năm 2027",
        issuer="ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Hoàng Văn Thắng",
        bases=["72/2025/QH15", "1689/QĐ-UBND", "25/NQ-HĐND"],
        recipients=len(rec),
    )
    tasks = [T(t, lead, coord.get(n, [c]), d) for n, t, lead, c, _, d in rows]
    write(
        OUT,
        "a_xa_dong_dang_bang.docx",
        save(doc),
        "A: merged commune UBND (Lạng Sơn), docx task table with criterion group rows (roman numeral rows), KT. CHỦ TỊCH.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- B
def plan_b():
    """Sở NN&MT Hà Tĩnh: docx landscape table TT|Nội dung|Thời gian|Chủ trì|Phối hợp|Lãnh đạo Sở phụ trách."""
    doc = opening(
        ["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 412/KH-SNNMT"],
        "Hà Tĩnh, ngày 08 tháng 01 năm 2027",
        "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Hà Tĩnh năm 2027",
    )
    a4(doc, left=2.0, right=2.0, landscape=True)
    for b in [
        "Căn cứ Quyết định số 2315/QĐ-UBND ngày 25/12/2026 của UBND tỉnh về việc giao kế hoạch vốn ngân sách nhà nước năm 2027;",
        "Căn cứ Kế hoạch số 05/KH-BCĐ ngày 06/01/2027 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh;",
        "Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Nông nghiệp và Môi trường;",
    ]:
        para(doc, b, italic=True, indent=1.0)
    para(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai thực hiện Chương trình năm 2027, cụ thể như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Cụ thể hóa các nhiệm vụ được UBND tỉnh giao; phân công rõ đơn vị, lãnh đạo phụ trách, thời gian hoàn thành.",
        indent=1.0,
    )
    para(
        doc,
        "- Phấn đấu năm 2027 toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao, 05 xã đạt chuẩn nông thôn mới kiểu mẫu.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    rows = [
        (
            "Tham mưu UBND tỉnh phân bổ chi tiết kế hoạch vốn ngân sách tỉnh năm 2027 thực hiện Chương trình",
            "Tháng 02/2027",
            "Phòng Kế hoạch - Tài chính",
            ["Văn phòng Điều phối nông thôn mới tỉnh"],
            "Đ/c Trần Hồng Quân, Phó Giám đốc",
            dict(deadline="2027-02-28", official="Trần Hồng Quân"),
        ),
        (
            "Kiểm tra, thẩm định hồ sơ 12 xã đề nghị công nhận đạt chuẩn nông thôn mới nâng cao, 05 xã nông thôn mới kiểu mẫu",
            "Từ tháng 8 đến tháng 11/2027",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["Các sở, ngành thành viên Ban Chỉ đạo", "UBND các xã"],
            "Đ/c Nguyễn Văn Việt, Phó Giám đốc",
            dict(start="2027-08-01", deadline="2027-11-30", official="Nguyễn Văn Việt"),
        ),
        (
            "Đánh giá, phân hạng và công nhận bổ sung 60 sản phẩm OCOP đạt từ 3 sao trở lên",
            "Quý III/2027",
            "Chi cục Phát triển nông thôn",
            ["Sở Công Thương", "UBND các xã có sản phẩm"],
            "Đ/c Nguyễn Văn Việt, Phó Giám đốc",
            dict(deadline="2027-09-30", official="Nguyễn Văn Việt"),
        ),
        (
            "Hướng dẫn các xã duy trì, nâng cao chất lượng tiêu chí số 3 về thủy lợi và phòng, chống thiên tai",
            "Trước 30/6/2027",
            "Chi cục Thủy lợi",
            ["Chi cục Phát triển nông thôn"],
            "Đ/c Phan Thị Hà, Phó Giám đốc",
            dict(deadline="2027-06-30", official="Phan Thị Hà"),
        ),
        (
            "Xây dựng 15 mô hình sản xuất nông nghiệp ứng dụng công nghệ cao, nông nghiệp hữu cơ",
            "Từ tháng 3 đến tháng 10/2027",
            "Trung tâm Khuyến nông",
            ["Chi cục Trồng trọt và Bảo vệ thực vật", "Hội Nông dân tỉnh"],
            "Đ/c Trần Hồng Quân, Phó Giám đốc",
            dict(start="2027-03-01", deadline="2027-10-31", official="Trần Hồng Quân"),
        ),
        (
            "Tổng hợp, báo cáo định kỳ tiến độ thực hiện Chương trình về UBND tỉnh, Ban Chỉ đạo tỉnh",
            "Thường xuyên",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["Các phòng, đơn vị thuộc Sở"],
            "Đ/c Nguyễn Văn Việt, Phó Giám đốc",
            dict(deadline="2027-12-31", official="Nguyễn Văn Việt"),
        ),
    ]
    table_rows = [
        [[str(i + 1)], [t], [when], [lead], ["; ".join(c)], [who]]
        for i, (t, when, lead, c, who, _) in enumerate(rows)
    ]
    task_table(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Thời gian thực hiện",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách",
        ],
        table_rows,
        [1.0, 8.5, 3.2, 4.0, 4.5, 4.5],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; định kỳ hằng tháng báo cáo kết quả về Văn phòng Điều phối nông thôn mới tỉnh để tổng hợp./.",
        indent=1.0,
    )
    rec = [
        "- UBND tỉnh (để b/c);",
        "- Văn phòng Điều phối NTM Trung ương;",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- UBND các xã, phường;",
        "- Lưu: VT, VPĐP.",
    ]
    closing_beside(
        doc, rec, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Việt"]
    )
    header = dict(
        number="412",
        symbol="KH-SNNMT",
        place="Hà Tĩnh",
        date="2027-01-08",
        title="Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Hà Tĩnh năm 2027",
        issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer="Nguyễn Văn Việt",
        bases=["2315/QĐ-UBND", "05/KH-BCĐ"],
        recipients=len(rec),
    )
    tasks = [T(t, lead, c, **extra) for t, _, lead, c, _, extra in rows]
    write(
        OUT,
        "b_so_nnmt_ha_tinh.docx",
        save(doc),
        "B: provincial department (Sở NN&MT Hà Tĩnh), landscape docx table, time column before lead, named leader column.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- C
def plan_c():
    """Commune (Tuyên Quang after merger with Hà Giang): numbered prose, responsibility in sentences."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN XÃ MINH SƠN", "Số: 23/KH-UBND"],
        "Minh Sơn, ngày 20 tháng 02 năm 2027",
        "Thực hiện tiêu chí môi trường và an toàn thực phẩm trong xây dựng nông thôn mới năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 28/12/2026 của UBND tỉnh Tuyên Quang về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kết luận của Ban Thường vụ Đảng ủy xã ngày 10/02/2027 về công tác xây dựng nông thôn mới năm 2027;",
        indent=1.0,
    )
    para(doc, "UBND xã Minh Sơn xây dựng Kế hoạch thực hiện như sau:", indent=1.0)
    P = lambda s, **k: para(doc, s, indent=1.0, **k)  # noqa: E731
    P("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    P(
        "1. Mục đích: Nâng cao chất lượng tiêu chí số 17 về Môi trường và an toàn thực phẩm, góp phần giữ vững danh hiệu xã đạt chuẩn nông thôn mới."
    )
    P(
        "2. Yêu cầu: Các nhiệm vụ phải được phân công cụ thể, gắn trách nhiệm người đứng đầu; bám sát điều kiện thực tế của từng thôn."
    )
    P("II. CHỈ TIÊU", bold=True)
    P(
        "- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 78%; tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 85% trở lên."
    )
    P(
        "- 100% cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm."
    )
    P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    P("1. Công tác tuyên truyền", bold=True)
    P(
        "a) Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã xây dựng chuyên mục tuyên truyền về phân loại rác thải trên hệ thống loa truyền thanh, thực hiện trong Quý I/2027."
    )
    P(
        'b) Hội Liên hiệp Phụ nữ xã duy trì mô hình "Ngôi nhà xanh - sạch - đẹp" tại 12 thôn; thời gian: thường xuyên.'
    )
    P("2. Thu gom, xử lý chất thải rắn sinh hoạt", bold=True)
    P(
        "a) Giao Phòng Kinh tế chủ trì, phối hợp với Ban quản lý các thôn Nậm Ty, Nà Chì, Bản Khoang rà soát, bố trí 04 điểm tập kết rác thải tạm thời bảo đảm vệ sinh môi trường; hoàn thành trước ngày 30/5/2027."
    )
    P(
        "b) Phòng Kinh tế tham mưu UBND xã ký hợp đồng thu gom, vận chuyển rác thải với đơn vị có đủ năng lực; thời gian hoàn thành tháng 4/2027. Đồng chí Vàng Seo Pháo - Phó Chủ tịch UBND xã trực tiếp chỉ đạo."
    )
    P("3. Bảo đảm an toàn thực phẩm", bold=True)
    P(
        "- Trạm Y tế xã chủ trì, phối hợp với Công an xã kiểm tra điều kiện an toàn thực phẩm đối với 35 cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn, hoàn thành trong tháng 9/2027."
    )
    P(
        "- Phòng Kinh tế hướng dẫn 08 hộ, cơ sở chế biến chè Shan tuyết đăng ký cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, trước ngày 31/10/2027; giao đồng chí Lý Văn Chu, công chức Phòng Kinh tế theo dõi."
    )
    P("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    P(
        "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND xã trước ngày 10/12/2027."
    )
    P(
        "2. Các phòng, ban, đơn vị và Ban quản lý các thôn căn cứ nhiệm vụ được giao, chủ động tổ chức thực hiện có hiệu quả Kế hoạch này./."
    )
    rec = [
        "- Thường trực Đảng ủy xã (b/c);",
        "- Thường trực HĐND xã;",
        "- Chủ tịch, các PCT UBND xã;",
        "- Ủy ban MTTQ và các đoàn thể xã;",
        "- Các thôn;",
        "- Lưu: VT, KT.",
    ]
    closing_under(
        doc, rec, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Sình"]
    )
    header = dict(
        number="23",
        symbol="KH-UBND",
        place="Minh Sơn",
        date="2027-02-20",
        title="Thực hiện tiêu chí môi trường và an toàn thực phẩm trong xây dựng nông thôn mới năm 2027",
        issuer="ỦY BAN NHÂN DÂN XÃ MINH SƠN",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Hoàng Văn Sình",
        bases=["112/KH-UBND", "Kết luận ngày 10/02/2027"],
        recipients=len(rec),
    )
    tasks = [
        T(
            "Xây dựng chuyên mục tuyên truyền về phân loại rác thải trên hệ thống loa truyền thanh",
            "Phòng Văn hóa - Xã hội",
            ["Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã"],
            "2027-03-31",
        ),
        T(
            'Duy trì mô hình "Ngôi nhà xanh - sạch - đẹp" tại 12 thôn',
            "Hội Liên hiệp Phụ nữ xã",
            [],
            "2027-12-31",
        ),
        T(
            "Rà soát, bố trí 04 điểm tập kết rác thải tạm thời bảo đảm vệ sinh môi trường",
            "Phòng Kinh tế",
            ["Ban quản lý các thôn Nậm Ty, Nà Chì, Bản Khoang"],
            "2027-05-30",
        ),
        T(
            "Tham mưu UBND xã ký hợp đồng thu gom, vận chuyển rác thải với đơn vị có đủ năng lực",
            "Phòng Kinh tế",
            [],
            "2027-04-30",
            official="Vàng Seo Pháo",
        ),
        T(
            "Kiểm tra điều kiện an toàn thực phẩm đối với 35 cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn",
            "Trạm Y tế xã",
            ["Công an xã"],
            "2027-09-30",
        ),
        T(
            "Hướng dẫn 08 hộ, cơ sở chế biến chè Shan tuyết đăng ký cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "Phòng Kinh tế",
            [],
            "2027-10-31",
            official="Lý Văn Chu",
        ),
    ]
    write(
        OUT,
        "c_xa_minh_son_vanxuoi.docx",
        save(doc),
        "C: commune UBND (Tuyên Quang), numbered prose I./1./a)/-, lead and partners inside sentences, named officials after the deadline.\n"
        'A basis with no number is measured by its type and date. The closing duty "Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp,\n'
        "báo cáo kết quả ... trước ngày 10/12/2027\" is a general duty and the plan's report deadline, not a task (docs/import.md; the writer had\n"
        "counted it as a task).",
        header,
        tasks,
    )


# ---------------------------------------------------------------- D
def plan_d():
    """Đoàn xã (Lạng Sơn): Đoàn header, table TT|Nội dung|Thời gian|Chủ trì|Phối hợp|Đồng chí phụ trách -> PDF."""
    doc = Document()
    side_by_side(
        doc,
        ["BCH ĐOÀN TỈNH LẠNG SƠN", "BCH ĐOÀN XÃ CAO LỘC", "***", "Số: 15-KH/ĐTN"],
        ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Cao Lộc, ngày 05 tháng 3 năm 2027"],
    )
    a4(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Tuổi trẻ xã Cao Lộc chung tay xây dựng nông thôn mới năm 2027",
        bold=True,
        center=True,
    )
    para(doc, "-----", center=True)
    para(
        doc,
        "Căn cứ Kế hoạch số 42-KH/TĐTN-PTTN ngày 20/01/2027 của Ban Thường vụ Tỉnh đoàn Lạng Sơn về triển khai phong trào thanh niên tình nguyện năm 2027;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 14/01/2027 của UBND xã Cao Lộc về thực hiện Chương trình xây dựng nông thôn mới năm 2027;",
        indent=1.0,
    )
    para(doc, "Ban Chấp hành Đoàn xã xây dựng kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới; mỗi chi đoàn đăng ký ít nhất 01 công trình, phần việc thanh niên.",
        indent=1.0,
    )
    para(doc, "II. NỘI DUNG VÀ PHÂN CÔNG", bold=True)
    rows = [
        (
            'Ra quân "Ngày Chủ nhật xanh" dọn vệ sinh, phát quang 15 km đường giao thông nông thôn',
            "Tháng 3/2027",
            "Ban Thường vụ Đoàn xã",
            ["Các Chi đoàn thôn"],
            "Đ/c Hoàng Minh Đức",
            dict(deadline="2027-03-31", official="Hoàng Minh Đức"),
        ),
        (
            "Trồng 1.500 cây xanh trên các tuyến đường trục xã",
            "Từ 26/3 đến 30/4/2027",
            "Ban Thường vụ Đoàn xã",
            ["Hội Cựu chiến binh xã", "Trường THCS Cao Lộc"],
            "Đ/c Hoàng Minh Đức",
            dict(start="2027-03-26", deadline="2027-04-30", official="Hoàng Minh Đức"),
        ),
        (
            "Thắp sáng 2,5 km đường quê tại thôn Pò Mỏ, Nà Ngườm",
            "Quý II/2027",
            "Chi đoàn thôn Pò Mỏ",
            ["Chi đoàn thôn Nà Ngườm", "Ban phát triển thôn"],
            "Đ/c Lộc Văn Tài",
            dict(deadline="2027-06-30", official="Lộc Văn Tài"),
        ),
        (
            "Hỗ trợ thanh niên xây dựng 03 mô hình kinh tế, quảng bá sản phẩm OCOP trên mạng xã hội",
            "Tháng 6 - tháng 9/2027",
            "Ban Thường vụ Đoàn xã",
            ["Phòng Kinh tế", "Hội Liên hiệp Thanh niên xã"],
            "Đ/c Nông Thị Hạnh",
            dict(start="2027-06-01", deadline="2027-09-30", official="Nông Thị Hạnh"),
        ),
        (
            "Sơ kết, biểu dương tập thể, cá nhân tiêu biểu trong phong trào",
            "Tháng 12/2027",
            "Ban Thường vụ Đoàn xã",
            [],
            "Đ/c Nông Thị Hạnh",
            dict(deadline="2027-12-31", official="Nông Thị Hạnh"),
        ),
    ]
    table_rows = [
        [[str(i + 1)], [t], [when], [lead], ["; ".join(c) if c else ""], [who]]
        for i, (t, when, lead, c, who, _) in enumerate(rows)
    ]
    task_table(
        doc,
        [
            "TT",
            "Nội dung hoạt động",
            "Thời gian",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Đồng chí phụ trách",
        ],
        table_rows,
        [1.1, 5.4, 2.4, 2.6, 2.6, 2.4],
        bold_titles=False,
        size=11,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi đoàn căn cứ kế hoạch xây dựng nội dung cụ thể, báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 10 hằng tháng./.",
        indent=1.0,
    )
    rec = [
        "- BTV Tỉnh đoàn (b/c);",
        "- Đảng ủy, UBND xã (b/c);",
        "- Các chi đoàn trực thuộc;",
        "- Lưu VP.",
    ]
    closing_beside(doc, rec, ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Nông Thị Hạnh"])
    header = dict(
        number="15",
        symbol="KH/ĐTN",
        place="Cao Lộc",
        date="2027-03-05",
        title="Tuổi trẻ xã Cao Lộc chung tay xây dựng nông thôn mới năm 2027",
        issuer="BCH ĐOÀN XÃ CAO LỘC",
        authority="TM. BAN CHẤP HÀNH",
        signer_title="BÍ THƯ",
        signer="Nông Thị Hạnh",
        bases=["42-KH/TĐTN-PTTN", "09/KH-UBND"],
        recipients=len(rec),
    )
    tasks = [T(t, lead, c, **extra) for t, _, lead, c, _, extra in rows]
    write(
        OUT,
        "d_doan_xa_cao_loc.pdf",
        saved_as(save(doc), "pdf"),
        "D: commune Youth Union (Đoàn) plan, Đoàn-style header (number 15-KH/ĐTN, right side ĐOÀN TNCS HỒ CHÍ MINH), table, PDF via LibreOffice.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- E
def plan_e():
    """Thôn (Hà Tĩnh), table TT|Nội dung|Bộ phận thực hiện|Người phụ trách|Phối hợp|Thời gian -> .doc"""
    doc = opening(
        ["UBND XÃ ĐỨC MINH", "BAN PHÁT TRIỂN THÔN TRUNG HÀ", "Số: 03/KH-BPT"],
        "Trung Hà, ngày 15 tháng 4 năm 2027",
        "Xây dựng khu dân cư nông thôn mới kiểu mẫu thôn Trung Hà năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 41/KH-UBND ngày 02/3/2027 của UBND xã Đức Minh về xây dựng khu dân cư nông thôn mới kiểu mẫu năm 2027;",
        indent=1.0,
    )
    para(doc, "Căn cứ Nghị quyết Hội nghị thôn ngày 08/4/2027;", indent=1.0)
    para(
        doc,
        "Ban phát triển thôn Trung Hà xây dựng kế hoạch, phân công các chi hội, đoàn thể thực hiện như sau:",
        indent=1.0,
    )
    para(doc, "1. Mục tiêu", bold=True)
    para(
        doc,
        "Đến cuối năm 2027 thôn Trung Hà đạt chuẩn khu dân cư nông thôn mới kiểu mẫu; 100% tuyến đường ngõ xóm được cứng hóa; thu nhập bình quân đạt 70 triệu đồng/người/năm.",
        indent=1.0,
    )
    para(doc, "2. Nội dung, phân công thực hiện", bold=True)
    rows = [
        (
            "Bê tông hóa 650 m đường ngõ xóm Đồng Vịnh",
            "Ban phát triển thôn",
            "Ông Trần Văn Bảy",
            ["Các hộ dân xóm Đồng Vịnh"],
            "30/6/2027",
            "2027-06-30",
            "Trần Văn Bảy",
        ),
        (
            "Trồng 1,2 km hàng rào xanh, đường hoa",
            "Chi hội Phụ nữ thôn",
            "Bà Nguyễn Thị Lài",
            ["Chi đoàn thanh niên thôn"],
            "Tháng 5/2027",
            "2027-05-31",
            "Nguyễn Thị Lài",
        ),
        (
            "Chỉnh trang 25 vườn hộ mẫu",
            "Chi hội Nông dân thôn",
            "Ông Phan Đình Lợi",
            ["Các hộ đăng ký"],
            "Quý III/2027",
            "2027-09-30",
            "Phan Đình Lợi",
        ),
        (
            "Lắp đặt 40 bóng điện chiếu sáng đường thôn",
            "Chi hội Cựu chiến binh thôn",
            "Ông Lê Văn Thụ",
            ["Ban phát triển thôn"],
            "31/8/2027",
            "2027-08-31",
            "Lê Văn Thụ",
        ),
        (
            "Vận động 100% hộ phân loại rác thải tại nguồn",
            "Chi hội Phụ nữ thôn",
            "Bà Nguyễn Thị Lài",
            ["Tổ tự quản môi trường"],
            "Thường xuyên",
            "2027-12-31",
            "Nguyễn Thị Lài",
        ),
        (
            "Hoàn thiện hồ sơ đề nghị UBND xã công nhận khu dân cư nông thôn mới kiểu mẫu",
            "Ban phát triển thôn",
            "Ông Trần Văn Bảy",
            [],
            "Trước 15/11/2027",
            "2027-11-15",
            "Trần Văn Bảy",
        ),
    ]
    table_rows = [
        [[str(i + 1)], [t], [lead], [who], [", ".join(c)], [when]]
        for i, (t, lead, who, c, when, _, _) in enumerate(rows)
    ]
    task_table(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Bộ phận thực hiện",
            "Người phụ trách",
            "Phối hợp",
            "Thời gian hoàn thành",
        ],
        table_rows,
        [0.9, 5.2, 2.8, 2.6, 2.6, 2.3],
        bold_titles=False,
    )
    para(
        doc,
        "3. Kinh phí: Huy động nhân dân đóng góp khoảng 0,85 tỷ đồng, ngân sách xã hỗ trợ xi măng theo cơ chế của tỉnh.",
        indent=1.0,
    )
    para(
        doc,
        "Trên đây là Kế hoạch xây dựng khu dân cư nông thôn mới kiểu mẫu của thôn Trung Hà, đề nghị các chi hội, đoàn thể và bà con nhân dân trong thôn nghiêm túc thực hiện./.",
        indent=1.0,
    )
    rec = [
        "- UBND xã (b/c);",
        "- Chi bộ thôn;",
        "- Các chi hội, đoàn thể thôn;",
        "- Lưu: BPT.",
    ]
    closing_beside(
        doc, rec, ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Trần Văn Bảy"]
    )
    header = dict(
        number="03",
        symbol="KH-BPT",
        place="Trung Hà",
        date="2027-04-15",
        title="Xây dựng khu dân cư nông thôn mới kiểu mẫu thôn Trung Hà năm 2027",
        issuer="BAN PHÁT TRIỂN THÔN TRUNG HÀ",
        authority="TM. BAN PHÁT TRIỂN THÔN",
        signer_title="TRƯỞNG BAN",
        signer="Trần Văn Bảy",
        bases=["41/KH-UBND", "Nghị quyết ngày 08/4/2027"],
        recipients=len(rec),
    )
    tasks = [T(t, lead, c, d, official=o) for t, lead, _, c, _, d, o in rows]
    write(
        OUT,
        "e_thon_trung_ha.doc",
        saved_as(save(doc), "doc"),
        "E: village development board (thôn) of a Hà Tĩnh commune, .doc via LibreOffice, table with both lead body and person column.\n"
        "A basis with no number (the village meeting's resolution) is measured by its type and date.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- F
def plan_f():
    """Commune UBND (Hà Tĩnh) task sheet in xlsx."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Phan cong"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name="Times New Roman", size=12, bold=True)
    norm = Font(name="Times New Roman", size=12)

    def put(ref, v, f=norm, center=False, merge=None):
        ws[ref] = v
        ws[ref].font = f
        ws[ref].alignment = Alignment(
            horizontal="center" if center else None, wrap_text=True, vertical="center"
        )
        if merge:
            ws.merge_cells(merge)

    put("A1", "ỦY BAN NHÂN DÂN XÃ THẠCH LẠC", bold, True, "A1:D1")
    put("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, True, "E1:I1")
    put("E2", "Độc lập - Tự do - Hạnh phúc", bold, True, "E2:I2")
    put("A3", "Số: 96/KH-UBND", norm, True, "A3:D3")
    put(
        "E3",
        "Thạch Lạc, ngày 10 tháng 5 năm 2027",
        Font(name="Times New Roman", size=12, italic=True),
        True,
        "E3:I3",
    )
    put(
        "A5",
        "KẾ HOẠCH",
        Font(name="Times New Roman", size=14, bold=True),
        True,
        "A5:I5",
    )
    put(
        "A6",
        "Phân công nhiệm vụ thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027",
        bold,
        True,
        "A6:I6",
    )
    put(
        "A7",
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 20/3/2027 của UBND tỉnh Hà Tĩnh về xây dựng xã nông thôn mới nâng cao, kiểu mẫu năm 2027, UBND xã phân công nhiệm vụ như sau:",
        Font(name="Times New Roman", size=12, italic=True),
        False,
        "A7:I7",
    )
    ws.row_dimensions[7].height = 32
    head = [
        "STT",
        "Tiêu chí",
        "Nội dung công việc",
        "Khối lượng/ chỉ tiêu",
        "Bộ phận chủ trì",
        "Bộ phận phối hợp",
        "Thời gian hoàn thành",
        "Lãnh đạo phụ trách",
        "Ghi chú",
    ]
    for i, h in enumerate(head):
        c = ws.cell(row=9, column=i + 1, value=h)
        c.font, c.border = bold, box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        (
            "Giao thông",
            "Nâng cấp, mở rộng tuyến đường liên thôn Tân Lộc - Hòa Bình",
            "2,4 km",
            "Phòng Kinh tế",
            "Ban phát triển thôn Tân Lộc, Hòa Bình",
            "30/9/2027",
            "Đ/c Nguyễn Hữu Tình - PCT",
            ["Ban phát triển thôn Tân Lộc, Hòa Bình"],
            "2027-09-30",
            "Nguyễn Hữu Tình",
        ),
        (
            "Giao thông",
            "Lắp đặt hệ thống đèn chiếu sáng trục chính xã",
            "3,5 km",
            "Phòng Kinh tế",
            "Đội Quản lý điện Thạch Hà",
            "Quý III/2027",
            "Đ/c Nguyễn Hữu Tình - PCT",
            ["Đội Quản lý điện Thạch Hà"],
            "2027-09-30",
            "Nguyễn Hữu Tình",
        ),
        (
            "Thu nhập",
            "Phát triển vùng trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP",
            "25 ha",
            "Phòng Kinh tế",
            "Hội Nông dân xã; HTX Nông nghiệp Thạch Lạc",
            "Tháng 10/2027",
            "Đ/c Nguyễn Hữu Tình - PCT",
            ["Hội Nông dân xã", "HTX Nông nghiệp Thạch Lạc"],
            "2027-10-31",
            "Nguyễn Hữu Tình",
        ),
        (
            "Giáo dục",
            "Xây dựng 04 phòng học bộ môn Trường THCS Thạch Lạc",
            "04 phòng",
            "Phòng Văn hóa - Xã hội",
            "Trường THCS Thạch Lạc; Phòng Kinh tế",
            dt.datetime(2027, 8, 31),  # noqa: DTZ001 (a spreadsheet date has no zone)
            "Đ/c Trần Thị Mai - PCT",
            ["Trường THCS Thạch Lạc", "Phòng Kinh tế"],
            "2027-08-31",
            "Trần Thị Mai",
        ),
        (
            "Y tế",
            "Lập hồ sơ sức khỏe điện tử cho người dân",
            "≥ 95% dân số",
            "Trạm Y tế xã",
            "Phòng Văn hóa - Xã hội",
            dt.datetime(2027, 12, 31),  # noqa: DTZ001 (a spreadsheet date has no zone)
            "Đ/c Trần Thị Mai - PCT",
            ["Phòng Văn hóa - Xã hội"],
            "2027-12-31",
            "Trần Thị Mai",
        ),
        (
            "Môi trường",
            "Cải tạo cảnh quan, trồng cây xanh tại khu trung tâm xã",
            "2.000 cây",
            "Phòng Kinh tế",
            "Hội LHPN xã, Đoàn Thanh niên xã",
            "Quý II/2027",
            "Đ/c Nguyễn Hữu Tình - PCT",
            ["Hội LHPN xã", "Đoàn Thanh niên xã"],
            "2027-06-30",
            "Nguyễn Hữu Tình",
        ),
        (
            "An ninh, trật tự",
            'Xây dựng mô hình "Camera an ninh" tại các thôn',
            "08 thôn",
            "Công an xã",
            "Các thôn",
            "Tháng 7/2027",
            "Đ/c Phạm Văn Tuấn - CT",
            ["Các thôn"],
            "2027-07-31",
            "Phạm Văn Tuấn",
        ),
    ]
    r = 10
    for i, row in enumerate(rows):
        vals = [i + 1, *row[:7], ""]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.font, c.border = norm, box
            c.alignment = Alignment(
                wrap_text=True,
                vertical="center",
                horizontal="center" if j in (0, 3, 6) else None,
            )
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    put(
        f"A{r}",
        "Nơi nhận:",
        Font(name="Times New Roman", size=11, bold=True, italic=True),
    )
    put(f"G{r}", "TM. ỦY BAN NHÂN DÂN", bold, True, f"G{r}:I{r}")
    rec = [
        "- Đảng ủy, HĐND xã;",
        "- Các phòng, ban, ngành;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    for k, line in enumerate(rec):
        put(f"A{r + 1 + k}", line, Font(name="Times New Roman", size=11))
    put(f"G{r + 1}", "CHỦ TỊCH", bold, True, f"G{r + 1}:I{r + 1}")
    put(f"G{r + 5}", "Phạm Văn Tuấn", bold, True, f"G{r + 5}:I{r + 5}")
    for col, w in zip("ABCDEFGHI", [6, 13, 40, 13, 18, 24, 14, 20, 10], strict=True):
        ws.column_dimensions[col].width = w
    header = dict(
        number="96",
        symbol="KH-UBND",
        place="Thạch Lạc",
        date="2027-05-10",
        title="Phân công nhiệm vụ thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027",
        issuer="ỦY BAN NHÂN DÂN XÃ THẠCH LẠC",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Phạm Văn Tuấn",
        bases=["58/KH-UBND"],
        recipients=len(rec),
    )
    tasks = [T(row[1], row[3], row[7], row[8], official=row[9]) for row in rows]
    write(
        OUT,
        "f_xa_thach_lac.xlsx",
        save(wb),
        "F: commune UBND (Hà Tĩnh) task sheet in xlsx: criterion column, volume column, lead, partners, deadline (text or real date), leader.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- G
def plan_g():
    text = """ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN
BAN THƯỜNG TRỰC
Số: 34/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Đàn, ngày 02 tháng 6 năm 2027

KẾ HOẠCH
Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027

Căn cứ Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 15/01/2027 giữa Ban Thường trực Ủy ban MTTQ Việt Nam xã và UBND xã Nam Đàn;
Căn cứ Kế hoạch số 120/KH-MTTQ-BTT ngày 10/4/2027 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An;
Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
- Phát huy vai trò chủ thể của nhân dân, huy động sức dân tham gia xây dựng nông thôn mới theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
- Phấn đấu 100% khu dân cư đạt danh hiệu "Khu dân cư văn hóa"; huy động nhân dân đóng góp trên 1,5 tỷ đồng.

II. NỘI DUNG THỰC HIỆN
1. Ban Công tác Mặt trận các khu dân cư chủ trì vận động nhân dân hiến đất, góp công làm 5 km đường giao thông nội đồng; thời gian: từ tháng 6 đến tháng 10/2027.
2. Hội Cựu chiến binh xã phối hợp với Đoàn Thanh niên xã ra quân xây dựng 03 tuyến đường "Sáng - Xanh - Sạch - Đẹp", hoàn thành trong Quý III/2027.
3. Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Hội Nông dân xã vận động 200 hộ thực hiện phân loại rác thải tại nguồn, hoàn thành trước 30/9/2027. Giao đ/c Nguyễn Thị Hoa - Phó Chủ tịch UBMTTQ xã theo dõi.
4. Ban Thường trực UBMTTQ xã chủ trì tổ chức giám sát việc thực hiện các công trình nông thôn mới có sự đóng góp của nhân dân; thời gian: Quý IV/2027.
5. Ban Thường trực UBMTTQ xã phối hợp với Phòng Văn hóa - Xã hội vận động hỗ trợ xây mới 05 nhà Đại đoàn kết cho hộ nghèo (tổng kinh phí 0,3 tỷ đồng), hoàn thành trước 31/12/2027.

III. TỔ CHỨC THỰC HIỆN
Đề nghị các tổ chức thành viên, Ban Công tác Mặt trận các khu dân cư căn cứ Kế hoạch triển khai thực hiện, báo cáo kết quả về Ban Thường trực UBMTTQ xã trước ngày 15/12/2027 để tổng hợp./.

Nơi nhận:
- BTT UBMTTQ tỉnh (b/c);
- TT Đảng ủy xã (b/c);
- UBND xã;
- Các tổ chức thành viên;
- Ban CTMT các khu dân cư;
- Lưu: VP.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(đã ký)
Hồ Văn Lâm
"""
    header = dict(
        number="34",
        symbol="KH-MTTQ-BTT",
        place="Nam Đàn",
        date="2027-06-02",
        title='Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027',
        issuer="BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN",
        authority="TM. BAN THƯỜNG TRỰC",
        signer_title="CHỦ TỊCH",
        signer="Hồ Văn Lâm",
        bases=["05/CTPH-MTTQ-UBND", "120/KH-MTTQ-BTT"],
        recipients=6,
    )
    tasks = [
        T(
            "Vận động nhân dân hiến đất, góp công làm 5 km đường giao thông nội đồng",
            "Ban Công tác Mặt trận các khu dân cư",
            [],
            "2027-10-31",
            start="2027-06-01",
        ),
        T(
            'Ra quân xây dựng 03 tuyến đường "Sáng - Xanh - Sạch - Đẹp"',
            "Hội Cựu chiến binh xã",
            ["Đoàn Thanh niên xã"],
            "2027-09-30",
        ),
        T(
            "Vận động 200 hộ thực hiện phân loại rác thải tại nguồn",
            "Hội Liên hiệp Phụ nữ xã",
            ["Hội Nông dân xã"],
            "2027-09-30",
            official="Nguyễn Thị Hoa",
        ),
        T(
            "Tổ chức giám sát việc thực hiện các công trình nông thôn mới có sự đóng góp của nhân dân",
            "Ban Thường trực UBMTTQ xã",
            [],
            "2027-12-31",
        ),
        T(
            "Vận động hỗ trợ xây mới 05 nhà Đại đoàn kết cho hộ nghèo (tổng kinh phí 0,3 tỷ đồng)",
            "Ban Thường trực UBMTTQ xã",
            ["Phòng Văn hóa - Xã hội"],
            "2027-12-31",
        ),
    ]
    write(
        OUT,
        "g_mttq_nam_dan_zalo.txt",
        text,
        "G: commune Fatherland Front standing committee plan pasted as text from Zalo (header lines one under another), numbered prose tasks.\n"
        "Issuer: the standing board of the commune's Front committee, both header lines joined (as round 5's r5-mttq-xa-bac-son; the writer\n"
        "had taken the lowest line alone).",
        header,
        tasks,
    )


# ---------------------------------------------------------------- H
def plan_h():
    """UBND tỉnh Tuyên Quang: duties per department (prose), saved as .odt."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "Số: 215/KH-UBND"],
        "Tuyên Quang, ngày 28 tháng 9 năm 2027",
        "Triển khai Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 trên địa bàn tỉnh Tuyên Quang",
    )
    a4(doc)
    P = lambda s, **k: para(doc, s, indent=1.0, **k)  # noqa: E731
    P("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;")
    P(
        "Căn cứ Quyết định số 18/2026/QĐ-TTg ngày 05/6/2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030;"
    )
    P(
        "Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 1032/TTr-SNNMT ngày 15/9/2027, UBND tỉnh ban hành Kế hoạch như sau:"
    )
    P("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    P(
        "Triển khai kịp thời, đồng bộ Bộ tiêu chí mới tới 124 xã, phường; xác định rõ trách nhiệm của các sở, ngành và UBND các xã, phường."
    )
    P("II. NHIỆM VỤ CỤ THỂ", bold=True)
    P("1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình)", bold=True)
    P(
        "- Chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành Quyết định quy định chi tiết các tiêu chí, chỉ tiêu thuộc thẩm quyền của tỉnh; hoàn thành trong tháng 11/2027."
    )
    P(
        "- Tổ chức tập huấn, hướng dẫn cho cán bộ, công chức phụ trách nông thôn mới của các xã về Bộ tiêu chí mới, hoàn thành trước ngày 15/12/2027."
    )
    P("2. Sở Xây dựng", bold=True)
    P(
        "Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở dân cư; thời gian: Quý IV/2027."
    )
    P("3. Sở Văn hóa, Thể thao và Du lịch", bold=True)
    P(
        "Chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh hướng dẫn tiêu chí văn hóa và chỉ tiêu xây dựng đời sống văn hóa ở khu dân cư, hoàn thành trong tháng 12/2027."
    )
    P("4. Sở Tài chính", bold=True)
    P(
        "Chủ trì cân đối, bố trí vốn ngân sách tỉnh năm 2028 thực hiện Chương trình, trình UBND tỉnh trước ngày 30/11/2027."
    )
    P("5. UBND các xã, phường", bold=True)
    P(
        "Rà soát, đánh giá thực trạng theo Bộ tiêu chí mới, xây dựng lộ trình đạt chuẩn giai đoạn 2026 - 2030, hoàn thành trước ngày 20/12/2027."
    )
    P("III. TỔ CHỨC THỰC HIỆN", bold=True)
    P(
        "Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp những khó khăn, vướng mắc, báo cáo UBND tỉnh xem xét, chỉ đạo./."
    )
    rec = [
        "- Bộ Nông nghiệp và Môi trường (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành thành viên BCĐ tỉnh;",
        "- UBND các xã, phường;",
        "- Lưu: VT, NLN.",
    ]
    closing_beside(
        doc,
        rec,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Hoàng Việt Phương",
        ],
    )
    header = dict(
        number="215",
        symbol="KH-UBND",
        place="Tuyên Quang",
        date="2027-09-28",
        title="Triển khai Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 trên địa bàn tỉnh Tuyên Quang",
        issuer="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Hoàng Việt Phương",
        bases=["72/2025/QH15", "18/2026/QĐ-TTg"],
        recipients=len(rec),
    )
    tasks = [
        T(
            "Tham mưu UBND tỉnh ban hành Quyết định quy định chi tiết các tiêu chí, chỉ tiêu thuộc thẩm quyền của tỉnh",
            "Sở Nông nghiệp và Môi trường",
            ["Sở Tài chính"],
            "2027-11-30",
        ),
        T(
            "Tổ chức tập huấn, hướng dẫn cho cán bộ, công chức phụ trách nông thôn mới của các xã về Bộ tiêu chí mới",
            "Sở Nông nghiệp và Môi trường",
            [],
            "2027-12-15",
        ),
        T(
            "Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở dân cư",
            "Sở Xây dựng",
            [],
            "2027-12-31",
        ),
        T(
            "Hướng dẫn tiêu chí văn hóa và chỉ tiêu xây dựng đời sống văn hóa ở khu dân cư",
            "Sở Văn hóa, Thể thao và Du lịch",
            ["Ủy ban MTTQ Việt Nam tỉnh"],
            "2027-12-31",
        ),
        T(
            "Cân đối, bố trí vốn ngân sách tỉnh năm 2028 thực hiện Chương trình, trình UBND tỉnh",
            "Sở Tài chính",
            [],
            "2027-11-30",
        ),
        T(
            "Rà soát, đánh giá thực trạng theo Bộ tiêu chí mới, xây dựng lộ trình đạt chuẩn giai đoạn 2026 - 2030",
            "UBND các xã, phường",
            [],
            "2027-12-20",
        ),
    ]
    write(
        OUT,
        "h_ubnd_tinh_tuyen_quang.odt",
        saved_as(save(doc), "odt"),
        "H: provincial UBND (Tuyên Quang after merger), .odt via LibreOffice, duties grouped under each department's heading (lead = heading).\n"
        "The 'Theo đề nghị ... Tờ trình' line is not a base; the closing monitoring duty (no date) is general, not a task.",
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for f in (plan_a, plan_b, plan_c, plan_d, plan_e, plan_f, plan_g, plan_h):
        f()
        print("wrote", f.__name__)
