"""Writes set f39e's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39e.py

Set f39e: two families the importer read badly, written here before it was
changed for them:

F1. a cooperative's plan whose tasks are plain paragraphs, no numbering,
    the responsible body inside the sentence ("Năm 2026, Ban quản trị Hợp
    tác xã sẽ chủ trì mở rộng …, phối hợp với Phòng Kinh tế xã, hoàn thành
    trước vụ Hè Thu (tháng 4/2026)."; "Tổ kỹ thuật do anh … phụ trách sẽ
    tập huấn …"; "Bộ phận kinh doanh của HTX đảm nhận việc …"; "… chịu
    trách nhiệm …"; "… được giao …"), and a paragraph on who monitors the
    plan that is no task: pasted into an e-mail (.md, .txt) or as Word;
F2. a commune's plan by criterion ("1. Tiêu chí số 2 - Giao thông" over
    "1.1. <work>. Phòng Kinh tế chủ trì, phối hợp Ban phát triển các thôn
    X, Y; hoàn thành trong tháng 8/2027."), its deadlines written at the
    end of the sentence ("thực hiện từ tháng 3/2027, xong trước
    30/6/2027", "hoàn thành Quý III/2027", "hoàn thành tháng 10/2027",
    "; thường xuyên.") (.txt, .docx).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "f39e"

COMMENT = """Set f39e (a cooperative's plan whose tasks are unnumbered
paragraphs with the responsible body inside the sentence; a commune's plan
by criterion whose deadlines end the sentence), written before the importer
was changed for it: {what}
Assumptions: "<body> sẽ chủ trì / đảm nhận việc / chịu trách nhiệm / được
giao / do <person> phụ trách sẽ <work>" names the lead (a body "của HTX"
is the cooperative's own: the body alone) and the named person in charge;
"phối hợp (với) X", "có sự phối hợp của X" a partner; "Ban phát triển các
thôn X, Y" is one partner; a paragraph on who monitors the plan ("Ban kiểm
soát … theo dõi, kiểm tra …") is no task; a criterion's heading ("Tiêu chí
số 2 - Giao thông") is no task; a month's or a quarter's last day is the
deadline, a range's first day its start; "thường xuyên" runs to the end of
the plan's year."""


# --- F1 (.md): a cooperative's plan pasted into an e-mail --------------------

TAN_PHUOC = """**Từ:** Nguyễn Văn Lợi <htxtanphuoc@gmail.com>
**Gửi:** Phòng Kinh tế xã Tân Phước <kinhte.tanphuoc@gmail.com>
**Ngày gửi:** Thứ Hai, 12/01/2026 08:15
**Tiêu đề:** Kế hoạch sản xuất, kinh doanh năm 2026 của HTX

Kính gửi Phòng Kinh tế xã,

Hợp tác xã xin gửi Kế hoạch sản xuất, kinh doanh năm 2026 đã được Đại hội thành viên
thông qua để Phòng tổng hợp, theo dõi.

Trân trọng,
Lợi

---

HỢP TÁC XÃ NÔNG NGHIỆP TÂN PHƯỚC

Số: 01/KH-HTX

Tân Phước, ngày 10 tháng 01 năm 2026

# KẾ HOẠCH

## Sản xuất, kinh doanh và liên kết tiêu thụ nông sản năm 2026

Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023;

Căn cứ Nghị quyết Đại hội thành viên thường niên năm 2026 của Hợp tác xã;

Hợp tác xã Nông nghiệp Tân Phước xây dựng Kế hoạch như sau:

### I. MỤC TIÊU

Doanh thu dịch vụ đạt 12 tỷ đồng; thu nhập bình quân của thành viên tăng 10% so với
năm 2025.

### II. NHIỆM VỤ VÀ GIẢI PHÁP

Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng nguyên liệu lúa liên kết lên
320 ha tại các ấp Phước Lợi, Phước Hòa, phối hợp với Phòng Kinh tế xã, hoàn thành trước
vụ Hè Thu (tháng 4/2026).

Tổ kỹ thuật do anh Trần Minh Phụng phụ trách sẽ tập huấn quy trình canh tác lúa giảm
phát thải cho 180 hộ thành viên, thực hiện từ tháng 02/2026 đến tháng 3/2026, có sự phối
hợp của Trung tâm Dịch vụ nông nghiệp.

Bộ phận kinh doanh của HTX đảm nhận việc đưa sản phẩm gạo Tân Phước lên sàn thương mại
điện tử và mở 02 điểm giới thiệu sản phẩm trong Quý III/2026.

Ngoài ra, Ban kiểm soát HTX theo dõi, kiểm tra việc thực hiện và báo cáo Đại hội thành
viên cuối năm.

### III. TỔ CHỨC THỰC HIỆN

Các tổ, bộ phận triển khai thực hiện Kế hoạch này; định kỳ hằng quý báo cáo Ban quản trị.

**Nơi nhận:**
- UBND xã (b/c);
- Phòng Kinh tế xã;
- Thành viên HTX;
- Lưu: VT.

**GIÁM ĐỐC**

Nguyễn Văn Lợi
"""


def tan_phuoc_md():
    title = "Sản xuất, kinh doanh và liên kết tiêu thụ nông sản năm 2026"
    head = hdr("01", "KH-HTX", "Tân Phước", "2026-01-10", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP TÂN PHƯỚC", "", "GIÁM ĐỐC", "Nguyễn Văn Lợi",
               ["17/2023/QH15", "Nghị quyết"], 4)  # fmt: skip
    tasks = [
        T("Mở rộng vùng nguyên liệu lúa liên kết lên 320 ha tại các ấp Phước Lợi, "
          "Phước Hòa", "Ban quản trị Hợp tác xã", ["Phòng Kinh tế xã"], "2026-04-30"),
        T("Tập huấn quy trình canh tác lúa giảm phát thải cho 180 hộ thành viên",
          "Tổ kỹ thuật", ["Trung tâm Dịch vụ nông nghiệp"], "2026-03-31",
          "2026-02-01", official="Trần Minh Phụng"),
        T("Đưa sản phẩm gạo Tân Phước lên sàn thương mại điện tử và mở 02 điểm giới "
          "thiệu sản phẩm", "Bộ phận kinh doanh", [], "2026-09-30"),
    ]  # fmt: skip
    return ("f39e-htx-tan-phuoc-thu-dien-tu.md", TAN_PHUOC, "a cooperative's plan "
            "pasted into an e-mail as Markdown ('**Từ:** …' headers, a greeting, '---', "
            "then '# KẾ HOẠCH', '## <title>'), its tasks unnumbered paragraphs ('… sẽ chủ "
            "trì …', '… do anh … phụ trách sẽ …', '… đảm nhận việc …').", head, tasks)  # fmt: skip


# --- F1 (.txt): the same kind of plan, plain text, no sections ---------------

HOA_BINH = """Từ: Lê Thị Mỹ Hạnh <ketoan.htxhoabinh@gmail.com>
Gửi: UBND xã Hòa Bình
Chủ đề: Gửi kế hoạch vụ Đông Xuân 2026 của HTX Hòa Bình

Kính gửi anh chị Văn phòng UBND xã,

HTX gửi lại kế hoạch vụ Đông Xuân 2026 như đã báo cáo tại cuộc họp giao ban. Bản có dấu
HTX sẽ gửi sau ạ.

Cảm ơn anh chị.

---

HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP HÒA BÌNH
Số: 02/KH-HTX
Hòa Bình, ngày 05 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức sản xuất vụ Đông Xuân 2025 - 2026

Căn cứ Kế hoạch số 215/KH-UBND ngày 20/11/2025 của UBND xã Hòa Bình về sản xuất vụ Đông
Xuân 2025 - 2026;
Hợp tác xã xây dựng kế hoạch như sau:

Tổ dịch vụ thủy lợi chịu trách nhiệm nạo vét 4,5 km kênh nội đồng cánh đồng Bàu Sen,
phối hợp với Ban nhân dân ấp Hòa Thạnh, hoàn thành trước ngày 15/01/2026.

Tổ vật tư được giao cung ứng phân bón, thuốc bảo vệ thực vật trả chậm cho thành viên
theo hợp đồng đã ký, hoàn thành trong tháng 02/2026.

Ban quản trị HTX chịu trách nhiệm ký hợp đồng bao tiêu lúa với Công ty TNHH Lương thực
Phước Thành, có sự phối hợp của Hội Nông dân xã, thời gian thực hiện từ tháng 3/2026 đến
tháng 4/2026.

Ban kiểm soát Hợp tác xã có trách nhiệm giám sát việc thực hiện kế hoạch, báo cáo Đại
hội thành viên sau khi kết thúc vụ.

Nơi nhận:
- UBND xã Hòa Bình (b/c);
- Thành viên HTX;
- Lưu: VT.

GIÁM ĐỐC
Phạm Văn Thạnh
"""


def hoa_binh_txt():
    title = "Tổ chức sản xuất vụ Đông Xuân 2025 - 2026"
    head = hdr("02", "KH-HTX", "Hòa Bình", "2025-12-05", title,
               "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP HÒA BÌNH", "", "GIÁM ĐỐC",
               "Phạm Văn Thạnh", ["215/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Nạo vét 4,5 km kênh nội đồng cánh đồng Bàu Sen", "Tổ dịch vụ thủy lợi",
          ["Ban nhân dân ấp Hòa Thạnh"], "2026-01-15"),
        T("Cung ứng phân bón, thuốc bảo vệ thực vật trả chậm cho thành viên theo hợp "
          "đồng đã ký", "Tổ vật tư", [], "2026-02-28"),
        T("Ký hợp đồng bao tiêu lúa với Công ty TNHH Lương thực Phước Thành",
          "Ban quản trị HTX", ["Hội Nông dân xã"], "2026-04-30", "2026-03-01"),
    ]  # fmt: skip
    return ("f39e-htx-hoa-binh-thu-van-ban.txt", HOA_BINH, "a cooperative's plan "
            "pasted into a plain-text e-mail ('Từ:', 'Gửi:', 'Chủ đề:'), no sections: "
            "unnumbered paragraphs '<body> chịu trách nhiệm / được giao <work>, …' and "
            "one on the supervisory board's monitoring.", head, tasks)  # fmt: skip


# --- F1 (.docx): a cooperative's Word plan ----------------------------------

AN_KHANH = [
    ("Tổ chăn nuôi do chị Hoàng Thị Duyên phụ trách sẽ tiêm phòng vắc xin lở mồm long "
     "móng cho toàn bộ đàn bò của thành viên, phối hợp với Trạm Thú y khu vực, hoàn "
     "thành trong tháng 3/2026.",
     T("Tiêm phòng vắc xin lở mồm long móng cho toàn bộ đàn bò của thành viên",
       "Tổ chăn nuôi", ["Trạm Thú y khu vực"], "2026-03-31",
       official="Hoàng Thị Duyên")),
    ("Ban Giám đốc Hợp tác xã sẽ chủ trì xây dựng hồ sơ đề nghị công nhận sản phẩm "
     "OCOP 3 sao cho mật ong An Khánh, phối hợp với Phòng Kinh tế xã và Trung tâm "
     "Khuyến nông tỉnh, hoàn thành trong Quý IV/2026.",
     T("Xây dựng hồ sơ đề nghị công nhận sản phẩm OCOP 3 sao cho mật ong An Khánh",
       "Ban Giám đốc Hợp tác xã", ["Phòng Kinh tế xã", "Trung tâm Khuyến nông tỉnh"],
       "2026-12-31")),
    ("Tổ tín dụng nội bộ đảm nhận việc giải ngân vốn vay quay vòng cho 45 hộ thành "
     "viên nuôi ong, thực hiện từ tháng 4/2026 đến tháng 6/2026.",
     T("Giải ngân vốn vay quay vòng cho 45 hộ thành viên nuôi ong",
       "Tổ tín dụng nội bộ", [], "2026-06-30", "2026-04-01")),
    ("Ban kiểm soát theo dõi, giám sát việc thực hiện Kế hoạch và báo cáo Đại hội "
     "thành viên.", None),
]  # fmt: skip


def an_khanh_docx():
    title = "Phát triển chăn nuôi và nghề nuôi ong năm 2026"
    doc = opening(["UBND XÃ AN KHÁNH", "HỢP TÁC XÃ NÔNG NGHIỆP VÀ DỊCH VỤ AN KHÁNH",
                   "Số: 03/KH-HTX"], "An Khánh, ngày 16 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(
        doc,
        "Căn cứ Nghị quyết Đại hội thành viên thường niên năm 2026 của Hợp tác xã;",
        indent=1.0,
    )
    para(doc, "Ban Giám đốc Hợp tác xã xây dựng Kế hoạch như sau:", indent=1.0)
    para(doc, "1. Mục tiêu", bold=True)
    para(doc, "Tổng đàn bò của thành viên đạt 600 con; sản lượng mật ong đạt 20 tấn.",
         indent=1.0)  # fmt: skip
    para(doc, "2. Nhiệm vụ", bold=True)
    for text, _ in AN_KHANH:
        para(doc, text, indent=1.0)
    para(doc, "3. Tổ chức thực hiện", bold=True)
    para(doc, "Các tổ báo cáo kết quả về Ban Giám đốc trước ngày 25 hằng tháng.",
         indent=1.0)  # fmt: skip
    closing_beside(doc, ["- UBND xã (b/c);", "- Các tổ;", "- Lưu: VT."],
                   ["GIÁM ĐỐC", "", "", "Đinh Văn Khải"])  # fmt: skip
    head = hdr("03", "KH-HTX", "An Khánh", "2026-01-16", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP VÀ DỊCH VỤ AN KHÁNH", "", "GIÁM ĐỐC",
               "Đinh Văn Khải", ["Nghị quyết"], 3)  # fmt: skip
    return ("f39e-htx-an-khanh-doan-van.docx", save(doc), "a cooperative's Word plan "
            "whose tasks are unnumbered paragraphs ('Tổ chăn nuôi do chị … phụ trách sẽ "
            "…', '… sẽ chủ trì …', '… đảm nhận việc …') and one on the supervisory "
            "board's monitoring.", head, [t for _, t in AN_KHANH if t])  # fmt: skip


# --- F2 (.txt): a commune's plan by criterion -------------------------------

DONG_SON = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG SƠN
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
Nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao năm 2027

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 25/12/2026 của HĐND xã Đông Sơn;
UBND xã ban hành Kế hoạch như sau:

I. MỤC TIÊU
Duy trì, nâng cao chất lượng 19 tiêu chí xã nông thôn mới nâng cao.

II. NHIỆM VỤ THEO TỪNG TIÊU CHÍ
1. Tiêu chí số 2 - Giao thông
1.1. Cứng hóa 1,8 km đường trục thôn Đông Hòa. Phòng Kinh tế chủ trì, phối hợp Ban phát triển các thôn Đông Hòa, Đông Tiến; hoàn thành trong tháng 8/2027.
1.2. Lắp đặt 45 bóng đèn chiếu sáng đường liên thôn. Đoàn Thanh niên xã chủ trì, phối hợp Phòng Kinh tế; thực hiện từ tháng 3/2027, xong trước 30/6/2027.
2. Tiêu chí số 3 - Thủy lợi và phòng, chống thiên tai
2.1. Kiên cố hóa 2,2 km kênh mương nội đồng. Hợp tác xã Nông nghiệp Đông Sơn chủ trì, phối hợp Phòng Kinh tế; hoàn thành Quý III/2027.
2.2. Rà soát, cập nhật phương án phòng, chống thiên tai của xã. Ban Chỉ huy phòng thủ dân sự xã chủ trì, phối hợp Công an xã; thường xuyên.
3. Tiêu chí số 17 - Môi trường và an toàn thực phẩm
3.1. Trồng 2.000 cây xanh dọc các tuyến đường trục xã. Hội Phụ nữ xã chủ trì, phối hợp Đoàn Thanh niên xã, Hội Cựu chiến binh xã; hoàn thành tháng 10/2027.
3.2. Kiểm tra điều kiện an toàn thực phẩm tại các cơ sở kinh doanh dịch vụ ăn uống. Trạm Y tế xã chủ trì, phối hợp Công an xã; thường xuyên.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2027.

Nơi nhận:
- Đảng ủy xã (b/c);
- Các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Đình Tuấn
"""


def dong_son_txt():
    title = "Nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao năm 2027"
    head = hdr("45", "KH-UBND", "Đông Sơn", "2027-01-15", title,
               "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Lê Đình Tuấn", ["12/NQ-HĐND"], 3)  # fmt: skip
    tasks = [
        T("Cứng hóa 1,8 km đường trục thôn Đông Hòa", "Phòng Kinh tế",
          ["Ban phát triển các thôn Đông Hòa, Đông Tiến"], "2027-08-31"),
        T("Lắp đặt 45 bóng đèn chiếu sáng đường liên thôn", "Đoàn Thanh niên xã",
          ["Phòng Kinh tế"], "2027-06-30", "2027-03-01"),
        T("Kiên cố hóa 2,2 km kênh mương nội đồng", "Hợp tác xã Nông nghiệp Đông Sơn",
          ["Phòng Kinh tế"], "2027-09-30"),
        T("Rà soát, cập nhật phương án phòng, chống thiên tai của xã",
          "Ban Chỉ huy phòng thủ dân sự xã", ["Công an xã"], "2027-12-31"),
        T("Trồng 2.000 cây xanh dọc các tuyến đường trục xã", "Hội Phụ nữ xã",
          ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"], "2027-10-31"),
        T("Kiểm tra điều kiện an toàn thực phẩm tại các cơ sở kinh doanh dịch vụ ăn "
          "uống", "Trạm Y tế xã", ["Công an xã"], "2027-12-31"),
    ]  # fmt: skip
    return ("f39e-xa-dong-son-tieu-chi.txt", DONG_SON, "a commune's plain-text plan "
            "by criterion ('1. Tiêu chí số 2 - Giao thông' over '1.1. <work>. <lead> chủ "
            "trì, phối hợp …; hoàn thành trong tháng 8/2027.').", head, tasks)  # fmt: skip


# --- F2 (.docx): another commune's plan by criterion -------------------------

YEN_THAI = [
    ("1. Tiêu chí số 6 - Cơ sở vật chất văn hóa", [
        ("1.1. Sửa chữa, nâng cấp nhà văn hóa các thôn Yên Thái, Yên Bình. Phòng Văn "
         "hóa - Xã hội chủ trì, phối hợp Ban phát triển các thôn Yên Thái, Yên Bình; "
         "hoàn thành trong tháng 11/2027.",
         T("Sửa chữa, nâng cấp nhà văn hóa các thôn Yên Thái, Yên Bình",
           "Phòng Văn hóa - Xã hội", ["Ban phát triển các thôn Yên Thái, Yên Bình"],
           "2027-11-30")),
        ("1.2. Bổ sung dụng cụ thể dục thể thao cho 05 điểm vui chơi. Đoàn Thanh niên "
         "xã chủ trì, phối hợp Ban phát triển các thôn; hoàn thành tháng 5/2027.",
         T("Bổ sung dụng cụ thể dục thể thao cho 05 điểm vui chơi",
           "Đoàn Thanh niên xã", ["Ban phát triển các thôn"], "2027-05-31")),
    ]),
    ("2. Tiêu chí số 10 - Thu nhập", [
        ("2.1. Xây dựng 02 mô hình trồng cam sành theo hướng hữu cơ. Hội Nông dân xã "
         "chủ trì, phối hợp Phòng Kinh tế; thực hiện từ tháng 2/2027, xong trước "
         "31/8/2027.",
         T("Xây dựng 02 mô hình trồng cam sành theo hướng hữu cơ", "Hội Nông dân xã",
           ["Phòng Kinh tế"], "2027-08-31", "2027-02-01")),
        ("2.2. Hướng dẫn hộ nghèo, hộ cận nghèo vay vốn phát triển sản xuất. Hội Liên "
         "hiệp Phụ nữ xã chủ trì, phối hợp Hội Cựu chiến binh xã; thường xuyên.",
         T("Hướng dẫn hộ nghèo, hộ cận nghèo vay vốn phát triển sản xuất",
           "Hội Liên hiệp Phụ nữ xã", ["Hội Cựu chiến binh xã"], "2027-12-31")),
        ("2.3. Tổ chức 04 lớp đào tạo nghề cho lao động nông thôn. Phòng Văn hóa - Xã "
         "hội chủ trì, phối hợp Hợp tác xã Nông nghiệp Yên Thái; hoàn thành Quý "
         "II/2027.",
         T("Tổ chức 04 lớp đào tạo nghề cho lao động nông thôn",
           "Phòng Văn hóa - Xã hội", ["Hợp tác xã Nông nghiệp Yên Thái"],
           "2027-06-30")),
    ]),
]  # fmt: skip


def yen_thai_docx():
    title = "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu năm 2027"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ YÊN THÁI", "Số: 18/KH-UBND"],
                  "Yên Thái, ngày 22 tháng 02 năm 2027", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 10/01/2027 của HĐND xã;",
         indent=1.0)  # fmt: skip
    para(doc, "UBND xã ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững các tiêu chí đã đạt, hoàn thành tiêu chí xã kiểu mẫu.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for heading, items in YEN_THAI:
        para(doc, heading, bold=True)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 10/12/2027.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Thị Hoa"])  # fmt: skip
    head = hdr("18", "KH-UBND", "Yên Thái", "2027-02-22", title,
               "ỦY BAN NHÂN DÂN XÃ YÊN THÁI", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Nông Thị Hoa", ["03/NQ-HĐND"], 3)  # fmt: skip
    tasks = [task for _, items in YEN_THAI for _, task in items]
    return ("f39e-xa-yen-thai-tieu-chi.docx", save(doc), "a commune's Word plan by "
            "criterion (bold '1. Tiêu chí số 6 - …' over '1.1. <work>. <lead> chủ trì, "
            "phối hợp …; thường xuyên.').", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (
        tan_phuoc_md,
        hoa_binh_txt,
        an_khanh_docx,
        dong_son_txt,
        yen_thai_docx,
    ):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
