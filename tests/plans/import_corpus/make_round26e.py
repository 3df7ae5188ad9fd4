"""Writes round 26e's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round26e.py

Round 26e varies the family of round 26's department plan that read 3
tasks of 10: numbered tasks each one sentence that opens on its lead ("X
chủ trì, phối hợp với Y và Z <work>; thời gian …"), written here before the
importer was changed for them:

E1. leads whose own name holds a comma ("Chi cục Chất lượng, Chế biến và
    Phát triển thị trường"), partners of kinds the reader did not know
    (Bưu điện, Viettel, Điện lực, a company, Ngân hàng Chính sách xã hội,
    Quỹ, Thanh tra Sở, a council "Hội đồng thẩm định, xếp hạng …" whose
    name holds a verb and a comma), a lead with no partner whose work opens
    on "tổng hợp" (a Word plan printed to PDF by LibreOffice);
E2. the lead after a time phrase and a comma ("Năm 2027, Chi cục … chủ trì,
    phối hợp …", "Trong quý II, …", "Từ tháng 3 đến tháng 5/2027, …") (a
    Word plan);
E3. the lead after "Giao" / "Đề nghị", abbreviated names (Sở NN&MT, TT
    Khuyến nông, Hội ND tỉnh, Liên minh HTX tỉnh, Sở TC), "UBND các xã,
    phường, đặc khu" (a text plan);
E4. a commune's plan with partners Viettel, Bưu điện xã, Điện lực, "các
    doanh nghiệp", and sentences that must not be read as opening on a lead
    (a product, a fair: they lead nothing) (a Word plan);
E5. partners of the mass organisations (Hội, Đoàn, Tỉnh đoàn, Quỹ), "phối
    hợp" with no "với", a lead "Ban Quản lý …" whose name holds a verb (a
    text plan).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round26e"


def task(title, lead, deadline, coordinating=()):
    found = {"title": title, "lead": lead, "deadline": deadline}
    if lead is None:
        del found["lead"]
    if coordinating:
        found["coordinating"] = list(coordinating)
    return found


# --- E1 leads with a comma, partners of many kinds ---------------------------

KON_TUM = [
    ("Chi cục Chất lượng, Chế biến và Phát triển thị trường chủ trì, phối hợp với Sở "
     "Công Thương, Bưu điện tỉnh, Viettel Kon Tum hỗ trợ 40 chủ thể OCOP đưa sản phẩm "
     "lên sàn thương mại điện tử; thời gian thực hiện: Quý III/2027.",
     task("Hỗ trợ 40 chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử",
          "Chi cục Chất lượng, Chế biến và Phát triển thị trường", "2027-09-30",
          ["Sở Công Thương", "Bưu điện tỉnh", "Viettel Kon Tum"])),
    ("Chi cục Thủy lợi chủ trì, phối hợp với Điện lực Kon Tum, Công ty TNHH MTV Khai "
     "thác công trình thủy lợi tỉnh kiểm tra hệ thống trạm bơm điện phục vụ tưới tiêu; "
     "hoàn thành trước ngày 30/4/2027.",
     task("Kiểm tra hệ thống trạm bơm điện phục vụ tưới tiêu", "Chi cục Thủy lợi",
          "2027-04-30",
          ["Điện lực Kon Tum", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh"])),
    ("Chi cục Phát triển nông thôn chủ trì, phối hợp với Ngân hàng Chính sách xã hội "
     "tỉnh, Quỹ Hỗ trợ nông dân tỉnh hướng dẫn hộ nghèo tiếp cận vốn vay phát triển "
     "sản xuất; thời gian thực hiện: tháng 6/2027.",
     task("Hướng dẫn hộ nghèo tiếp cận vốn vay phát triển sản xuất",
          "Chi cục Phát triển nông thôn", "2027-06-30",
          ["Ngân hàng Chính sách xã hội tỉnh", "Quỹ Hỗ trợ nông dân tỉnh"])),
    ("Chi cục Phát triển nông thôn chủ trì, phối hợp với Hội đồng thẩm định, xếp hạng "
     "sản phẩm OCOP tỉnh tổ chức đánh giá 35 sản phẩm OCOP mới; thời gian thực hiện: "
     "Quý II/2027.",
     task("Tổ chức đánh giá 35 sản phẩm OCOP mới", "Chi cục Phát triển nông thôn",
          "2027-06-30", ["Hội đồng thẩm định, xếp hạng sản phẩm OCOP tỉnh"])),
    ("Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở kiểm tra việc thực hiện quy chế "
     "chi tiêu nội bộ tại 6 đơn vị thuộc Sở; hoàn thành trước ngày 30/11/2027.",
     task("Kiểm tra việc thực hiện quy chế chi tiêu nội bộ tại 6 đơn vị thuộc Sở",
          "Văn phòng Sở", "2027-11-30", ["Thanh tra Sở"])),
    ("Chi cục Kiểm lâm chủ trì tổng hợp, báo cáo kết quả giao khoán bảo vệ rừng năm "
     "2027 về UBND tỉnh; hoàn thành trước ngày 15/12/2027.",
     task("Tổng hợp, báo cáo kết quả giao khoán bảo vệ rừng năm 2027 về UBND tỉnh",
          "Chi cục Kiểm lâm", "2027-12-15")),
]  # fmt: skip

# --- E2 the lead after a time phrase ------------------------------------------

DAK_LAK = [
    ("Năm 2027, Chi cục Phát triển nông thôn chủ trì, phối hợp với Liên minh Hợp tác "
     "xã tỉnh, Hội Nông dân tỉnh xây dựng 10 mô hình hợp tác xã kiểu mới gắn với chuỗi "
     "giá trị.",
     task("Xây dựng 10 mô hình hợp tác xã kiểu mới gắn với chuỗi giá trị",
          "Chi cục Phát triển nông thôn", "2027-12-31",
          ["Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh"])),
    ("Trong quý II, Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Đoàn Thanh niên "
     "tỉnh, các doanh nghiệp tổ chức 6 lớp tập huấn khởi nghiệp cho thanh niên nông "
     "thôn.",
     task("Tổ chức 6 lớp tập huấn khởi nghiệp cho thanh niên nông thôn",
          "Trung tâm Khuyến nông tỉnh", "2027-06-30",
          ["Đoàn Thanh niên tỉnh", "các doanh nghiệp"])),
    ("Từ tháng 3 đến tháng 5/2027, Chi cục Trồng trọt và Bảo vệ thực vật chủ trì rà "
     "soát diện tích cà phê cần tái canh tại 20 xã.",
     task("Rà soát diện tích cà phê cần tái canh tại 20 xã",
          "Chi cục Trồng trọt và Bảo vệ thực vật", "2027-05-31")),
    ("Trong tháng 9/2027, Phòng Kế hoạch - Tài chính phối hợp với Sở Tài chính tham "
     "mưu UBND tỉnh phân bổ vốn sự nghiệp năm 2028.",
     task("Tham mưu UBND tỉnh phân bổ vốn sự nghiệp năm 2028",
          "Phòng Kế hoạch - Tài chính", "2027-09-30", ["Sở Tài chính"])),
    ("Trong quý IV/2027, Văn phòng Điều phối nông thôn mới tỉnh chủ trì, phối hợp với "
     "UBND các xã, phường tổng hợp kết quả thực hiện các tiêu chí nông thôn mới.",
     task("Tổng hợp kết quả thực hiện các tiêu chí nông thôn mới",
          "Văn phòng Điều phối nông thôn mới tỉnh", "2027-12-31",
          ["UBND các xã, phường"])),
]  # fmt: skip

# --- E3 the lead after "Giao" / "Đề nghị", abbreviated names ------------------

QUANG_NINH = [
    ("Giao Chi cục Thủy sản chủ trì, phối hợp với UBND các xã, phường, đặc khu rà soát "
     "120 tàu cá chưa lắp thiết bị giám sát hành trình; thời gian thực hiện: Quý "
     "I/2027.",
     task("Rà soát 120 tàu cá chưa lắp thiết bị giám sát hành trình", "Chi cục Thủy sản",
          "2027-03-31", ["UBND các xã, phường, đặc khu"])),
    ("Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Ngân hàng Chính sách xã "
     "hội tỉnh vận động 500 hội viên vay vốn phát triển kinh tế hộ; thời gian thực "
     "hiện: Quý II/2027.",
     task("Vận động 500 hội viên vay vốn phát triển kinh tế hộ",
          "Hội Liên hiệp Phụ nữ tỉnh", "2027-06-30",
          ["Ngân hàng Chính sách xã hội tỉnh"])),
    ("Giao Sở NN&MT chủ trì, phối hợp với TT Khuyến nông, Hội ND tỉnh xây dựng 04 mô "
     "hình nuôi hàu theo chuỗi giá trị; hoàn thành trước ngày 31/10/2027.",
     task("Xây dựng 04 mô hình nuôi hàu theo chuỗi giá trị", "Sở NN&MT", "2027-10-31",
          ["TT Khuyến nông", "Hội ND tỉnh"])),
    ("Đề nghị Liên minh HTX tỉnh chủ trì, phối hợp với Sở Công Thương hỗ trợ 15 hợp "
     "tác xã tham gia hội chợ xúc tiến thương mại; thời gian thực hiện: tháng 8/2027.",
     task("Hỗ trợ 15 hợp tác xã tham gia hội chợ xúc tiến thương mại",
          "Liên minh HTX tỉnh", "2027-08-31", ["Sở Công Thương"])),
    ("Giao Sở TC chủ trì tham mưu UBND tỉnh bố trí kinh phí thực hiện Chương trình "
     "OCOP năm 2027; hoàn thành trước ngày 31/3/2027.",
     task("Tham mưu UBND tỉnh bố trí kinh phí thực hiện Chương trình OCOP năm 2027",
          "Sở TC", "2027-03-31")),
]  # fmt: skip

# --- E4 a commune's partners; sentences that lead nothing ---------------------

HOA_BINH = [
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Viettel Quảng Ninh, Bưu điện xã "
     "hướng dẫn 300 hộ dân cài đặt ứng dụng dịch vụ công trực tuyến; thời gian thực "
     "hiện: Quý II/2027.",
     task("Hướng dẫn 300 hộ dân cài đặt ứng dụng dịch vụ công trực tuyến",
          "Phòng Văn hóa - Xã hội", "2027-06-30", ["Viettel Quảng Ninh", "Bưu điện xã"])),
    ("Phòng Kinh tế chủ trì, phối hợp với Điện lực Vân Đồn, các doanh nghiệp lắp đặt "
     "40 cột đèn chiếu sáng năng lượng mặt trời; hoàn thành trước ngày 30/9/2027.",
     task("Lắp đặt 40 cột đèn chiếu sáng năng lượng mặt trời", "Phòng Kinh tế",
          "2027-09-30", ["Điện lực Vân Đồn", "các doanh nghiệp"])),
    ("Hội Cựu chiến binh xã chủ trì, phối hợp với Ban công tác Mặt trận các thôn vận "
     "động nhân dân hiến 2.000 m2 đất làm đường; thời gian thực hiện: Quý III/2027.",
     task("Vận động nhân dân hiến 2.000 m2 đất làm đường", "Hội Cựu chiến binh xã",
          "2027-09-30", ["Ban công tác Mặt trận các thôn"])),
    ("Sản phẩm OCOP của xã phối hợp quảng bá tại các điểm du lịch cộng đồng; thời "
     "gian thực hiện: Quý III/2027.",
     task("Sản phẩm OCOP của xã phối hợp quảng bá tại các điểm du lịch cộng đồng", None,
          "2027-09-30")),
    ("Hội chợ nông sản xã phối hợp với Lễ hội hoa sim tổ chức tại quảng trường trung "
     "tâm xã; thời gian thực hiện: tháng 5/2027.",
     task("Hội chợ nông sản xã phối hợp với Lễ hội hoa sim tổ chức tại quảng trường "
          "trung tâm xã", None, "2027-05-31")),
]  # fmt: skip

# --- E5 mass organisations, "phối hợp" with no "với" --------------------------

LAM_DONG = [
    ("Ban Quản lý các khu bảo tồn thiên nhiên chủ trì, phối hợp Hội Cựu chiến binh "
     "tỉnh, Đoàn Thanh niên tỉnh trồng 50 ha rừng phòng hộ; thời gian thực hiện: tháng "
     "7/2027.",
     task("Trồng 50 ha rừng phòng hộ", "Ban Quản lý các khu bảo tồn thiên nhiên",
          "2027-07-31", ["Hội Cựu chiến binh tỉnh", "Đoàn Thanh niên tỉnh"])),
    ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn phối hợp với Trung tâm Y tế "
     "tỉnh kiểm tra chất lượng nước tại 25 công trình cấp nước tập trung; hoàn thành "
     "trước ngày 31/8/2027.",
     task("Kiểm tra chất lượng nước tại 25 công trình cấp nước tập trung",
          "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "2027-08-31",
          ["Trung tâm Y tế tỉnh"])),
    ("Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với Hội Nông dân tỉnh, Quỹ Hỗ trợ "
     "nông dân tỉnh hỗ trợ 200 hộ chăn nuôi an toàn sinh học; thời gian thực hiện: "
     "Quý IV/2027.",
     task("Hỗ trợ 200 hộ chăn nuôi an toàn sinh học", "Chi cục Chăn nuôi và Thú y",
          "2027-12-31", ["Hội Nông dân tỉnh", "Quỹ Hỗ trợ nông dân tỉnh"])),
    ("Văn phòng Điều phối nông thôn mới tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể "
     "thao và Du lịch xây dựng 05 mô hình du lịch nông thôn gắn với sản phẩm OCOP; "
     "thời gian thực hiện: Quý III/2027.",
     task("Xây dựng 05 mô hình du lịch nông thôn gắn với sản phẩm OCOP",
          "Văn phòng Điều phối nông thôn mới tỉnh", "2027-09-30",
          ["Sở Văn hóa, Thể thao và Du lịch"])),
    ("Chi cục Phát triển nông thôn phối hợp với Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn "
     "tuyên truyền phân loại rác thải tại nguồn; hoàn thành trước ngày 30/6/2027.",
     task("Tuyên truyền phân loại rác thải tại nguồn", "Chi cục Phát triển nông thôn",
          "2027-06-30", ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"])),
]  # fmt: skip


def numbered(tasks):
    return [f"{i}. {sentence}" for i, (sentence, _) in enumerate(tasks, 1)]


def word_plan(issuer_lines, place_and_date, title, tasks, recipients, signature):
    doc = opening(issuer_lines, place_and_date, title)
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện "
        "từng nhiệm vụ.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for line in numbered(tasks):
        para(doc, line, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ chủ động triển khai thực hiện; định kỳ báo "
        "cáo kết quả trước ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(doc, recipients, signature)
    return save(doc)


def text_plan(
    issuer_lines, number_line, place_and_date, title, tasks, recipients, signature
):
    national = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    top = [
        f"{issuer_lines[0]}\t{national[0]}",
        f"{issuer_lines[1]}\t{national[1]}",
        f"{number_line}\t{place_and_date}",
    ]
    body = [
        "",
        "KẾ HOẠCH",
        title,
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện "
        "từng nhiệm vụ.",
        "",
        "II. NHIỆM VỤ CỤ THỂ",
        *numbered(tasks),
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị được giao nhiệm vụ chủ động triển khai thực hiện; định kỳ báo "
        "cáo kết quả trước ngày 20 hằng tháng.",
        "",
    ]
    rows = max(len(recipients) + 1, len(signature))
    left = ["Nơi nhận:", *recipients] + [""] * rows
    right = signature + [""] * rows
    closing = [
        f"{a}\t{b}".rstrip() for a, b in zip(left[:rows], right[:rows], strict=True)
    ]
    return "\n".join(top + body + closing) + "\n"


def header(
    number, symbol, place, date, title, issuer, authority, post, signer, recipients
):
    return {
        "number": number,
        "symbol": symbol,
        "place": place,
        "date": date,
        "title": title,
        "issuer": issuer,
        "authority": authority,
        "signer_title": post,
        "signer": signer,
        "recipients": recipients,
    }


COMMENT = """Round 26e, family {family}, written before the importer was changed for
it: {what}
Assumptions: the body before "chủ trì" (or before "phối hợp (với)") leads,
after a time phrase and its comma or after "Giao" / "Đề nghị"; the bodies
after "phối hợp (với)" up to the verb of work are the partners (split at
commas and at "và" between two bodies); the title is the work from its
verb, capitalised; the time clause after ";" (or the opening time phrase)
is the deadline (a quarter's, month's or year's last day). A sentence whose
subject is no body (a product, a fair) leads nothing: it is the title."""

DEPARTMENT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", ""]
DEPARTMENT_RECIPIENTS = [
    "- UBND tỉnh (b/c);",
    "- Giám đốc, các PGĐ Sở;",
    "- Các đơn vị thuộc Sở;",
    "- Lưu: VT.",
]


def department_header(number, place, date, title, signer):
    return header(
        number,
        "KH-SNNMT",
        place,
        date,
        title,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        signer,
        len(DEPARTMENT_RECIPIENTS),
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    kon_tum = "Phát triển sản phẩm OCOP và hạ tầng sản xuất nông nghiệp năm 2027"
    docx = word_plan(
        ["UBND TỈNH KON TUM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 128/KH-SNNMT"],
        "Kon Tum, ngày 12 tháng 01 năm 2027",
        kon_tum,
        KON_TUM,
        DEPARTMENT_RECIPIENTS,
        DEPARTMENT + ["Y Nhưn"],
    )
    write(
        OUT,
        "r26e-so-nnmt-kon-tum-dau-phay-nhieu-loai.pdf",
        saved_as(docx, "pdf"),
        COMMENT.format(
            family="E1",
            what="a provincial department's Word plan printed to PDF by "
            "LibreOffice; leads whose name holds a comma, partners of many kinds "
            "(Bưu điện, Viettel, Điện lực, a company, a bank, a fund, Thanh tra "
            "Sở, a council whose name holds a verb), a lead whose work opens on "
            '"tổng hợp".',
        ),
        department_header("128", "Kon Tum", "2027-01-12", kon_tum, "Y Nhưn"),
        [fields for _, fields in KON_TUM],
    )
    dak_lak = "Thực hiện nhiệm vụ phát triển nông thôn năm 2027"
    write(
        OUT,
        "r26e-so-nnmt-dak-lak-moc-thoi-gian.docx",
        word_plan(
            ["UBND TỈNH ĐẮK LẮK", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 45/KH-SNNMT"],
            "Đắk Lắk, ngày 18 tháng 01 năm 2027",
            dak_lak,
            DAK_LAK,
            DEPARTMENT_RECIPIENTS,
            DEPARTMENT + ["Nguyễn Thị Thu Hà"],
        ),
        COMMENT.format(
            family="E2",
            what="a provincial department's Word plan whose sentences open on a "
            'time phrase and a comma before their lead ("Năm 2027, …", "Trong '
            'quý II, …" of the plan\'s year, "Từ tháng 3 đến tháng 5/2027, …").',
        ),
        department_header("45", "Đắk Lắk", "2027-01-18", dak_lak, "Nguyễn Thị Thu Hà"),
        [fields for _, fields in DAK_LAK],
    )
    quang_ninh = "Phát triển kinh tế nông nghiệp, nông thôn vùng biển năm 2027"
    signature = [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "",
        "Nghiêm Xuân Cường",
    ]
    recipients = [
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Các sở, ban, ngành;",
        "- UBND các xã, phường, đặc khu;",
        "- Lưu: VT.",
    ]
    write(
        OUT,
        "r26e-ubnd-quang-ninh-giao-de-nghi.txt",
        text_plan(
            ["UBND TỈNH QUẢNG NINH", ""],
            "Số: 36/KH-UBND",
            "Quảng Ninh, ngày 25 tháng 01 năm 2027",
            quang_ninh,
            QUANG_NINH,
            recipients,
            signature,
        ),
        COMMENT.format(
            family="E3",
            what='a province\'s text plan whose sentences open on "Giao" or "Đề '
            'nghị" before their lead, with abbreviated names (Sở NN&MT, TT Khuyến '
            'nông, Hội ND tỉnh, Liên minh HTX tỉnh, Sở TC) and "UBND các xã, '
            'phường, đặc khu".',
        ),
        header(
            "36",
            "KH-UBND",
            "Quảng Ninh",
            "2027-01-25",
            quang_ninh,
            "UBND TỈNH QUẢNG NINH",
            "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nghiêm Xuân Cường",
            len(recipients),
        ),
        [fields for _, fields in QUANG_NINH],
    )
    hoa_binh = "Thực hiện các nhiệm vụ xây dựng nông thôn mới năm 2027"
    commune_recipients = ["- Đảng ủy xã;", "- Các đơn vị liên quan;", "- Lưu: VT."]
    write(
        OUT,
        "r26e-xa-hoa-binh-doanh-nghiep-khong-dau.docx",
        word_plan(
            ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 21/KH-UBND"],
            "Hòa Bình, ngày 05 tháng 02 năm 2027",
            hoa_binh,
            HOA_BINH,
            commune_recipients,
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Văn Long"],
        ),
        COMMENT.format(
            family="E4",
            what="a commune's Word plan with partners Viettel, Bưu điện xã, "
            'Điện lực, "các doanh nghiệp", and two sentences that open on no '
            "body (a product, a fair).",
        ),
        header(
            "21",
            "KH-UBND",
            "Hòa Bình",
            "2027-02-05",
            hoa_binh,
            "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Phạm Văn Long",
            len(commune_recipients),
        ),
        [fields for _, fields in HOA_BINH],
    )
    lam_dong = "Bảo vệ rừng, nước sạch và môi trường nông thôn năm 2027"
    write(
        OUT,
        "r26e-so-nnmt-lam-dong-doan-the.txt",
        text_plan(
            ["UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
            "Số: 77/KH-SNNMT",
            "Lâm Đồng, ngày 20 tháng 01 năm 2027",
            lam_dong,
            LAM_DONG,
            DEPARTMENT_RECIPIENTS,
            DEPARTMENT + ["Phạm Văn Sơn"],
        ),
        COMMENT.format(
            family="E5",
            what="a provincial department's text plan: partners of the mass "
            'organisations (Hội, Đoàn, Tỉnh đoàn, Quỹ), "phối hợp" with no "với", '
            'a lead "Ban Quản lý …" whose name holds a verb.',
        ),
        department_header("77", "Lâm Đồng", "2027-01-20", lam_dong, "Phạm Văn Sơn"),
        [fields for _, fields in LAM_DONG],
    )


if __name__ == "__main__":
    main()
