"""Writes round 24p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round24p.py

Round 24p is one family, written before the importer was changed for it:
plans printed to PDF (LibreOffice from Word) on a portrait A4 page whose
task table has narrow columns, so that the text of a cell wraps onto
several lines, and a word wider than its column is cut mid-word ("Xó" /
"m", "Nghiệ" / "p"), a date at its separator ("31/10/" / "2027", "Quý
II/" / "2027") or inside its year ("11/20" / "27"):

P1. a commune's plan with seven columns (TT, Nội dung, Chỉ tiêu, Chủ trì,
    Phối hợp, Thời gian, Ghi chú), 2 cm columns for the units and the
    time; the targets with thousands separators, "%" and "m²".
P2. round 22t's village table (one column per village under a merged
    header cell) on a portrait page, the villages' columns 1.1 cm wide.
P3. a commune's plan with eight narrow columns, its deadlines
    written "30-6-2027", "31.12.2027", "tháng 12/2027".

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round22t import village_table  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round24p"


def commune_header(name, number, symbol, date, title, signer, bases):
    """The header's fields of a commune's plan (the expected result)."""
    return {
        "number": number,
        "symbol": symbol,
        "place": name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": 3,
        "bases": bases,
    }


# --- P1 seven columns on a portrait page -------------------------------------

THANH_XUAN_TASKS = [
    {
        "title": "Bê tông hóa đường trục thôn, liên thôn",
        "target": "1.200 m",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Trưởng các thôn"],
        "time": "31/10/2027",
        "deadline": "2027-10-31",
        "note": "Vốn NTM",
    },
    {
        "title": "Xây dựng mô hình trồng rau an toàn theo hướng VietGAP",
        "target": "15 ha",
        "lead": "Hợp tác xã Nông nghiệp Thanh Xuân",
        "coordinating": ["Trung tâm Khuyến nông huyện"],
        "time": "15/6/2027",
        "deadline": "2027-06-15",
        "note": "",
    },
    {
        "title": "Nâng tỷ lệ người dân tham gia bảo hiểm y tế",
        "target": "≥ 95%",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Bảo hiểm xã hội huyện", "Trường Mầm non xã"],
        "time": "Quý II/2027",
        "deadline": "2027-06-30",
        "note": "",
    },
    {
        "title": "Xây dựng nhà văn hóa thôn Đông Thịnh",
        "target": "350 m²",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Mặt trận Tổ quốc xã", "Thôn Đông Thịnh"],
        "time": "Tháng 12/2027",
        "deadline": "2027-12-31",
        "note": "Đối ứng 30%",
    },
    {
        "title": "Chuyển đổi số trong thanh toán không dùng tiền mặt",
        "target": "2.500 hộ",
        "lead": "Công chức Văn phòng - Thống kê",
        "coordinating": ["Bưu điện văn hóa xã", "Đoàn Thanh niên xã"],
        "time": "30/11/2027",
        "deadline": "2027-11-30",
        "note": "",
    },
]


def thanh_xuan_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ THANH XUÂN", "Số: 27/KH-UBND"],
        "Thanh Xuân, ngày 15 tháng 02 năm 2027",
        "Thực hiện các chỉ tiêu xây dựng nông thôn mới nâng cao năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/01/2027 của UBND huyện về"
        " xây dựng nông thôn mới nâng cao năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Thanh Xuân xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    task_table(
        doc,
        ["TT", "Nội dung công việc", "Chỉ tiêu", "Chủ trì", "Phối hợp",
         "Thời gian", "Ghi chú"],
        [
            [[str(n)], [t["title"]], [t["target"]], [t["lead"]],
             ["; ".join(t["coordinating"])], [t["time"]], [t["note"]]]
            for n, t in enumerate(THANH_XUAN_TASKS, 1)
        ],
        [0.9, 4.6, 1.6, 2.2, 2.4, 1.7, 1.6],
        bold_titles=False,
        size=12,
    )  # fmt: skip
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã hằng quý.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND huyện;", "- Thường trực Đảng ủy;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Thắng"],
    )
    return saved_as(save(doc), "pdf")


# --- P2 a village table on a portrait page -----------------------------------

XOM_VILLAGES = ["Xóm Đông", "Xóm Tây", "Xóm Trại", "Xóm Mới"]
NGHIA_HUNG_TASKS = [
    {
        "title": "Chỉnh trang hàng rào xanh, cổng ngõ",
        "unit": "hộ",
        "per": ["35", "28", "40", "22"],
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Trưởng các xóm"],
        "time": "Quý II/2027",
        "deadline": "2027-06-30",
    },
    {
        "title": "Kiên cố hóa kênh mương nội đồng",
        "unit": "m",
        "per": ["300", "250", "420", "180"],
        "lead": "Hợp tác xã Nông nghiệp Nghĩa Hưng",
        "coordinating": ["Phòng Kinh tế"],
        "time": "31/10/2027",
        "deadline": "2027-10-31",
    },
    {
        "title": "Xây dựng mô hình “Khu dân cư an toàn về phòng cháy chữa cháy”",
        "unit": "mô hình",
        "per": ["1", "1", "1", "1"],
        "lead": "Công an xã",
        "coordinating": ["Ban Chỉ huy Quân sự xã"],
        "time": "Tháng 11/2027",
        "deadline": "2027-11-30",
    },
    {
        "title": "Vận động người dân tham gia bảo hiểm y tế tự nguyện",
        "unit": "người",
        "per": ["60", "45", "70", "40"],
        "lead": "Trạm Y tế xã",
        "coordinating": ["Bảo hiểm xã hội khu vực", "Đoàn Thanh niên xã"],
        "time": "Quý IV/2027",
        "deadline": "2027-12-31",
    },
]


def nghia_hung_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ NGHĨA HƯNG", "Số: 11/KH-UBND"],
        "Nghĩa Hưng, ngày 22 tháng 01 năm 2027",
        "Giao chỉ tiêu xây dựng nông thôn mới kiểu mẫu cho các xóm năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Nghị quyết số 07-NQ/ĐU ngày 10/01/2027 của Đảng ủy xã Nghĩa"
        " Hưng về lãnh đạo xây dựng nông thôn mới kiểu mẫu;",
        indent=1,
    )
    para(doc, "UBND xã Nghĩa Hưng xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. NHIỆM VỤ VÀ CHỈ TIÊU GIAO CHO CÁC XÓM", bold=True)
    para(doc, "Giao chỉ tiêu cụ thể cho các xóm như sau:", indent=1)
    village_table(
        doc,
        ["TT", "Nội dung công việc", "ĐVT"],
        "Chỉ tiêu giao cho các xóm",
        XOM_VILLAGES,
        ["Chủ trì", "Phối hợp", "Thời hạn"],
        [
            [str(n), t["title"], t["unit"], *t["per"], t["lead"],
             "; ".join(t["coordinating"]), t["time"]]
            for n, t in enumerate(NGHIA_HUNG_TASKS, 1)
        ],
        page=17.0,
    )  # fmt: skip
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các xóm gửi kế hoạch chi tiết về UBND xã trước 15/02/2027.", indent=1)
    closing_beside(
        doc,
        ["- Thường trực Đảng ủy;", "- Các xóm;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Văn Nghĩa"],
    )
    return saved_as(save(doc), "pdf")


# --- P3 eight narrow columns, dates written with dashes and dots -------------

PHU_LOC_TASKS = [
    {
        "title": "Rà soát, cập nhật hộ nghèo, hộ cận nghèo",
        "unit": "hộ",
        "target": "1.050",
        "lead": "Công chức Văn hóa - Xã hội",
        "coordinating": ["Trưởng các thôn"],
        "time": "30-6-2027",
        "deadline": "2027-06-30",
    },
    {
        "title": "Trồng cây xanh trên các tuyến đường liên thôn",
        "unit": "cây",
        "target": "2.300",
        "lead": "Hội Cựu chiến binh xã",
        "coordinating": ["Đoàn Thanh niên xã", "Hội Nông dân xã"],
        "time": "31.12.2027",
        "deadline": "2027-12-31",
    },
    {
        "title": "Nạo vét kênh mương nội đồng",
        "unit": "km",
        "target": "12,5",
        "lead": "Hợp tác xã Dịch vụ nông nghiệp",
        "coordinating": ["Các thôn"],
        "time": "tháng 12/2027",
        "deadline": "2027-12-31",
    },
    {
        "title": "Tập huấn chuyển giao khoa học kỹ thuật cho nông dân",
        "unit": "lớp",
        "target": "6",
        "lead": "Trung tâm Khuyến nông",
        "coordinating": ["Hội Nông dân xã"],
        "time": "Quý III/2027",
        "deadline": "2027-09-30",
    },
]


def phu_loc_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC", "Số: 05/KH-UBND"],
        "Phú Lộc, ngày 06 tháng 02 năm 2027",
        "Triển khai các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2027 của UBND huyện về"
        " xây dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Phú Lộc xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. NHIỆM VỤ TRỌNG TÂM", bold=True)
    task_table(
        doc,
        ["STT", "Nhiệm vụ", "ĐVT", "Chỉ tiêu", "Chủ trì", "Phối hợp",
         "Thời hạn", "Ghi chú"],
        [
            [[str(n)], [t["title"]], [t["unit"]], [t["target"]], [t["lead"]],
             ["; ".join(t["coordinating"])], [t["time"]], [""]]
            for n, t in enumerate(PHU_LOC_TASKS, 1)
        ],
        [0.9, 5.8, 1.2, 1.5, 1.6, 1.6, 1.8, 1.6],
        bold_titles=False,
        size=12,
    )  # fmt: skip
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thôn, các đoàn thể triển khai thực hiện.", indent=1)
    closing_beside(
        doc,
        ["- Thường trực Đảng ủy;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Lộc"],
    )
    return saved_as(save(doc), "pdf")


COMMENT = """\
Round 24p (PDF tables with narrow columns), written before the importer
was changed for it: {what} LibreOffice printed the Word file to PDF on a
portrait A4 page; the cells' text wraps, words wider than their column
are cut mid-word and dates at their separators or inside the year.
Assumptions: a cell's wrapped lines are one text; a word or a date cut
by the column's width is read whole ("Nghiệp", "31/10/2027"); two
syllables at a line's end stay two words ("Phòng Kinh" / "tế").
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r24p-xa-thanh-xuan-bay-cot.pdf",
        thanh_xuan_docx(),
        COMMENT.format(
            what="a commune's task table of seven columns (TT, Nội dung,"
            " Chỉ tiêu, Chủ trì, Phối hợp, Thời gian, Ghi chú), the partners"
            ' split by ";", targets "1.200 m", "≥ 95%", "350 m²".'
        ),
        commune_header(
            "THANH XUÂN",
            "27",
            "KH-UBND",
            "2027-02-15",
            "Thực hiện các chỉ tiêu xây dựng nông thôn mới nâng cao năm 2027",
            "Nguyễn Văn Thắng",
            ["112/KH-UBND"],
        ),
        THANH_XUAN_TASKS,
    )
    write(
        OUT,
        "r24p-xa-nghia-hung-chi-tieu-xom.pdf",
        nghia_hung_docx(),
        COMMENT.format(
            what="round 22t's village table (one 1.1 cm column per village"
            ' under "Chỉ tiêu giao cho các xóm") on a portrait page.'
        ),
        commune_header(
            "NGHĨA HƯNG",
            "11",
            "KH-UBND",
            "2027-01-22",
            "Giao chỉ tiêu xây dựng nông thôn mới kiểu mẫu cho các xóm năm 2027",
            "Phạm Văn Nghĩa",
            ["07-NQ/ĐU"],
        ),
        NGHIA_HUNG_TASKS,
    )
    write(
        OUT,
        "r24p-xa-phu-loc-tam-cot.pdf",
        phu_loc_docx(),
        COMMENT.format(
            what="a commune's task table of eight columns, its"
            ' deadlines "30-6-2027", "31.12.2027", "tháng 12/2027".'
        ),
        commune_header(
            "PHÚ LỘC",
            "05",
            "KH-UBND",
            "2027-02-06",
            "Triển khai các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027",
            "Lê Văn Lộc",
            ["09/KH-UBND"],
        ),
        PHU_LOC_TASKS,
    )


if __name__ == "__main__":
    main()
