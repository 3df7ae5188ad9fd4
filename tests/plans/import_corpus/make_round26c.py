"""Writes round 26c's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round26c.py

Round 26c varies two families a second blind hold-out of ordinary plans
measured as failing, each written here from their description before the
importer was changed for them:

C1. a provincial department's plan whose numbered tasks are each one
    sentence that opens with its lead: "1. Chi cục X chủ trì, phối hợp với
    Y, Z <work>; thời gian thực hiện: Quý II/2027.", "X chủ trì tham mưu
    UBND tỉnh ban hành …" (UBND tỉnh is advised, no partner), "X chủ trì,
    phối hợp Y và Z tổ chức …", "X phối hợp với Y <work>" (a Word plan
    printed to PDF by LibreOffice, and another Word plan).
C2. a commune's "-" task line of two clauses joined by ";" with its
    who/when bracket at the end: "- Số hóa hồ sơ hành chính; cập nhật dữ
    liệu lên Cổng dịch vụ công (Chủ trì: …; phối hợp: …; thời gian: …)."
    under numbered field headings (a Word plan).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round26c"

# --- C1 the lead named at the sentence's start -------------------------------

# (sentence, expected fields)
QUANG_TRI = [
    ("Chi cục Phát triển nông thôn chủ trì, phối hợp với Phòng Kinh tế các xã, Liên "
     "minh Hợp tác xã tỉnh hướng dẫn các chủ thể hoàn thiện hồ sơ sản phẩm OCOP; thời "
     "gian thực hiện: Quý II/2027.",
     {"title": "Hướng dẫn các chủ thể hoàn thiện hồ sơ sản phẩm OCOP",
      "lead": "Chi cục Phát triển nông thôn",
      "coordinating": ["Phòng Kinh tế các xã", "Liên minh Hợp tác xã tỉnh"],
      "deadline": "2027-06-30"}),
    ("Văn phòng Điều phối nông thôn mới tỉnh chủ trì tham mưu UBND tỉnh ban hành Bộ "
     "tiêu chí xã nông thôn mới hiện đại giai đoạn 2026 - 2030; hoàn thành trước ngày "
     "30/6/2027.",
     {"title": "Tham mưu UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới hiện đại giai "
               "đoạn 2026 - 2030",
      "lead": "Văn phòng Điều phối nông thôn mới tỉnh", "deadline": "2027-06-30"}),
    ("Chi cục Thủy lợi chủ trì, phối hợp Ban Quản lý dự án đầu tư xây dựng các công "
     "trình nông nghiệp và UBND các xã tổ chức kiểm tra an toàn 25 hồ chứa nước nhỏ; "
     "thời gian thực hiện: Quý III/2027.",
     {"title": "Tổ chức kiểm tra an toàn 25 hồ chứa nước nhỏ", "lead": "Chi cục Thủy lợi",
      "coordinating": ["Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp",
                       "UBND các xã"],
      "deadline": "2027-09-30"}),
    ("Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tập huấn kỹ "
     "thuật sản xuất theo tiêu chuẩn VietGAP cho 400 hộ nông dân; hoàn thành trước "
     "ngày 30/9/2027.",
     {"title": "Tập huấn kỹ thuật sản xuất theo tiêu chuẩn VietGAP cho 400 hộ nông dân",
      "lead": "Trung tâm Khuyến nông tỉnh", "coordinating": ["Hội Nông dân tỉnh"],
      "deadline": "2027-09-30"}),
    ("Chi cục Trồng trọt và Bảo vệ thực vật phối hợp với Trung tâm Khuyến nông tỉnh "
     "xây dựng 05 mô hình quản lý dịch hại tổng hợp trên cây lúa; thời gian thực hiện: "
     "tháng 8/2027.",
     {"title": "Xây dựng 05 mô hình quản lý dịch hại tổng hợp trên cây lúa",
      "lead": "Chi cục Trồng trọt và Bảo vệ thực vật",
      "coordinating": ["Trung tâm Khuyến nông tỉnh"], "deadline": "2027-08-31"}),
]  # fmt: skip

HA_TINH = [
    ("Chi cục Phát triển nông thôn chủ trì, phối hợp với Văn phòng Điều phối nông "
     "thôn mới tỉnh, Hội Liên hiệp Phụ nữ tỉnh rà soát, đánh giá 30 sản phẩm OCOP hết "
     "hạn chứng nhận; thời gian thực hiện: Quý I/2027.",
     {"title": "Rà soát, đánh giá 30 sản phẩm OCOP hết hạn chứng nhận",
      "lead": "Chi cục Phát triển nông thôn",
      "coordinating": ["Văn phòng Điều phối nông thôn mới tỉnh",
                       "Hội Liên hiệp Phụ nữ tỉnh"],
      "deadline": "2027-03-31"}),
    ("Chi cục Chăn nuôi và Thú y chủ trì tham mưu Sở ban hành kế hoạch tiêm phòng "
     "vắc xin đợt 2 cho đàn gia súc, gia cầm; hoàn thành trước ngày 15/8/2027.",
     {"title": "Tham mưu Sở ban hành kế hoạch tiêm phòng vắc xin đợt 2 cho đàn gia "
               "súc, gia cầm",
      "lead": "Chi cục Chăn nuôi và Thú y", "deadline": "2027-08-15"}),
    ("Chi cục Kiểm lâm chủ trì, phối hợp với Hạt Kiểm lâm các huyện và UBND các xã "
     "tổ chức tuyên truyền bảo vệ rừng tại 40 thôn giáp rừng; thời gian thực hiện: "
     "Quý II/2027.",
     {"title": "Tổ chức tuyên truyền bảo vệ rừng tại 40 thôn giáp rừng",
      "lead": "Chi cục Kiểm lâm",
      "coordinating": ["Hạt Kiểm lâm các huyện", "UBND các xã"],
      "deadline": "2027-06-30"}),
    ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn chủ trì, phối hợp với Chi "
     "cục Thủy lợi kiểm tra chất lượng nước tại 18 công trình cấp nước tập trung; "
     "hoàn thành trước ngày 31/10/2027.",
     {"title": "Kiểm tra chất lượng nước tại 18 công trình cấp nước tập trung",
      "lead": "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
      "coordinating": ["Chi cục Thủy lợi"], "deadline": "2027-10-31"}),
]  # fmt: skip


def department_plan(province, number, date_line, title, tasks, signer):
    doc = opening(
        [f"UBND TỈNH {province.upper()}", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
         f"Số: {number}/KH-SNNMT"],
        f"{province}, {date_line}",
        title,
    )  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện "
        "từng nhiệm vụ.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, (sentence, _) in enumerate(tasks, 1):
        para(doc, f"{i}. {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực "
        "hiện; định kỳ báo cáo kết quả về Sở trước ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thuộc Sở;",
         "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", signer],
    )  # fmt: skip
    return save(doc)


def department_header(province, number, date, title, signer):
    return {
        "number": number,
        "symbol": "KH-SNNMT",
        "place": province,
        "date": date,
        "title": title,
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": signer,
        "recipients": 4,
    }


LEAD_COMMENT = """Round 26c, family C1 (numbered tasks each one sentence that opens with
its lead), written before the importer was changed for it: {what}
Assumptions: the body before "chủ trì" (or before "phối hợp với") leads;
the bodies after "phối hợp (với)" up to the verb of work are the partners
(split at commas and "và"); "UBND tỉnh", "Sở" after "tham mưu" are advised,
no partner; the title is the work from its verb, capitalised; the time
clause after ";" is the deadline (a quarter's or month's last day)."""


# --- C2 two clauses joined by ";" before the who/when bracket -------------------

# (field heading, [(line, expected fields)])
FIELDS = [
    ("Chuyển đổi số trong quản lý", [
        ("Số hóa hồ sơ hành chính; cập nhật dữ liệu lên Cổng dịch vụ công (Chủ trì: "
         "Văn phòng HĐND và UBND xã; phối hợp: Công an xã; thời gian: Quý III/2027).",
         {"title": "Số hóa hồ sơ hành chính; cập nhật dữ liệu lên Cổng dịch vụ công",
          "lead": "Văn phòng HĐND và UBND xã", "coordinating": ["Công an xã"],
          "deadline": "2027-09-30"}),
        ("Lắp đặt hệ thống camera an ninh tại 6 thôn (Chủ trì: Công an xã; phối hợp: "
         "Ban phát triển các thôn; thời gian: tháng 10/2027).",
         {"title": "Lắp đặt hệ thống camera an ninh tại 6 thôn", "lead": "Công an xã",
          "coordinating": ["Ban phát triển các thôn"], "deadline": "2027-10-31"}),
    ]),
    ("Phát triển sản xuất", [
        ("Rà soát diện tích đất trồng lúa kém hiệu quả; chuyển đổi 20 ha sang trồng "
         "rau màu (Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã, Hợp tác xã nông "
         "nghiệp Phú Lộc; thời gian: Quý II/2027).",
         {"title": "Rà soát diện tích đất trồng lúa kém hiệu quả; chuyển đổi 20 ha sang "
                   "trồng rau màu",
          "lead": "Phòng Kinh tế",
          "coordinating": ["Hội Nông dân xã", "Hợp tác xã nông nghiệp Phú Lộc"],
          "deadline": "2027-06-30"}),
        ("Tổ chức tập huấn kỹ thuật nuôi trồng thủy sản; hỗ trợ 30 hộ cải tạo ao nuôi "
         "(Chủ trì: Hội Nông dân xã; phối hợp: Phòng Kinh tế; thời gian: tháng 9/2027).",
         {"title": "Tổ chức tập huấn kỹ thuật nuôi trồng thủy sản; hỗ trợ 30 hộ cải tạo "
                   "ao nuôi",
          "lead": "Hội Nông dân xã", "coordinating": ["Phòng Kinh tế"],
          "deadline": "2027-09-30"}),
    ]),
    ("Văn hóa, môi trường", [
        ("Thu gom rác thải tại các điểm tập kết; xử lý dứt điểm 5 điểm tồn đọng (Chủ "
         "trì: Phòng Kinh tế; phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã; "
         "thời gian: Quý IV/2027).",
         {"title": "Thu gom rác thải tại các điểm tập kết; xử lý dứt điểm 5 điểm tồn "
                   "đọng",
          "lead": "Phòng Kinh tế",
          "coordinating": ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
          "deadline": "2027-12-31"}),
    ]),
]  # fmt: skip


def field_plan():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC", "Số: 64/KH-UBND"],
        "Phú Lộc, ngày 08 tháng 02 năm 2027",
        PHU_LOC_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Cụ thể hóa các nhiệm vụ trọng tâm theo từng lĩnh vực.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, (field, lines) in enumerate(FIELDS, 1):
        para(doc, f"{i}. {field}", bold=True, indent=1.0)
        for line, _ in lines:
            para(doc, f"- {line}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo kết "
        "quả về UBND xã trước ngày 15/12/2027.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các đơn vị liên quan;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trịnh Văn Hải"],
    )
    return save(doc)


PHU_LOC_TITLE = "Thực hiện nhiệm vụ xây dựng nông thôn mới theo lĩnh vực năm 2027"

FIELD_COMMENT = """Round 26c, family C2 ("-" task lines of two clauses joined by ";" with
the who/when bracket at the end), written before the importer was changed
for it: a commune's Word plan, three numbered field headings over five "-"
lines (four of two clauses, one of one).
Assumptions: the title is both clauses as written (the ";" kept), without
the bracket; the bracket's "Chủ trì" leads, "phối hợp" are the partners,
"thời gian" the deadline (a quarter's or month's last day)."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    quang_tri_title = "Triển khai các nhiệm vụ phát triển nông thôn năm 2027"
    docx = department_plan("Quảng Trị", "845", "ngày 15 tháng 01 năm 2027",
                           quang_tri_title, QUANG_TRI, "Lê Đình Khoa")  # fmt: skip
    write(
        OUT,
        "r26c-so-nnmt-quang-tri-chu-tri-dau-cau.pdf",
        saved_as(docx, "pdf"),
        LEAD_COMMENT.format(
            what="a provincial department's Word plan printed to PDF by "
            "LibreOffice, five numbered one-sentence tasks."
        ),
        department_header(
            "Quảng Trị", "845", "2027-01-15", quang_tri_title, "Lê Đình Khoa"
        ),
        [fields for _, fields in QUANG_TRI],
    )
    ha_tinh_title = "Thực hiện nhiệm vụ phát triển nông nghiệp, nông thôn năm 2027"
    write(
        OUT,
        "r26c-so-nnmt-ha-tinh-chu-tri-dau-cau.docx",
        department_plan(
            "Hà Tĩnh",
            "312",
            "ngày 22 tháng 01 năm 2027",
            ha_tinh_title,
            HA_TINH,
            "Nguyễn Văn Việt",
        ),
        LEAD_COMMENT.format(
            what="a provincial department's Word plan, four numbered one-sentence "
            "tasks."
        ),
        department_header(
            "Hà Tĩnh", "312", "2027-01-22", ha_tinh_title, "Nguyễn Văn Việt"
        ),
        [fields for _, fields in HA_TINH],
    )
    write(
        OUT,
        "r26c-xa-phu-loc-hai-ve-ngoac.docx",
        field_plan(),
        FIELD_COMMENT,
        {
            "number": "64",
            "symbol": "KH-UBND",
            "place": "Phú Lộc",
            "date": "2027-02-08",
            "title": PHU_LOC_TITLE,
            "issuer": "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Trịnh Văn Hải",
            "recipients": 3,
        },
        [fields for _, lines in FIELDS for _, fields in lines],
    )


if __name__ == "__main__":
    main()
