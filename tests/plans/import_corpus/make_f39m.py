"""Writes set f39m's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39m.py

Set f39m: two families the importer read badly, written here before it
was changed for them:

F1. a women's union's plan e-mailed as Markdown or text: the mail's
    headers ("**Từ:** …", "**Chủ đề:** …"), a greeting, the sender's
    sign-off, "---------- Nội dung kế hoạch ----------", then the plan
    whose tasks are a check-list ("- [ ] **<work>** — *phụ trách:* …;
    *phối hợp:* …; *hạn:* …", "* [ ] <work> | chủ trì: … | thời hạn: …",
    "☐ <work> - thực hiện: …; thời gian: …"); a ticked item ("- [x]
    ~~…~~", "☑ …") is done, no task (.md, .md, .txt);
F2. a primary school's draft ("DỰ THẢO", a blank number and day) whose
    dash items stand under month headings ("Tháng 9/2026:", "Tháng 10 -
    tháng 11/2026:", "Học kỳ II năm học 2026 - 2027:") and end on their
    unit in brackets ("(Tổ Văn phòng; thầy Nguyễn Văn Khải, Phó Hiệu
    trưởng phụ trách)", "(Hội đồng tự đánh giá; phối hợp: các tổ chuyên
    môn)") (.doc, .docx).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx import Document  # noqa: E402
from expected import write  # noqa: E402
from make_files import libreoffice_doc  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, header_table, para, save  # noqa: E402

OUT = HERE / "f39m"

COMMENT = """Set f39m (a check-list plan in an e-mail; a school's draft scheduled
by month with its units in brackets), written before the importer was
changed for it: {what}
Assumptions: the mail's headers, greeting, sign-off and footer are no part
of the plan; an open check-list item is a task, a ticked one ("[x]", "☑",
struck through) is done and no task; "phụ trách / chủ trì / thực hiện"
name the lead (a person in its brackets the official), "phối hợp" the
partners ("Chi hội phụ nữ các ấp 2, 4, 7" one unit), "hạn / thời hạn" the
deadline, "thời gian" a time (a range's first day its start); an item's
bracket "(<unit>; <person>, <post>)" names its lead and official, "phối
hợp: …" in it the partners; a month heading's last day is its items'
deadline, a heading of two months their start and end, an item's own
"hoàn thành trước ngày …" overrides it; a day left blank ("…../…../2027")
is no deadline, nor is a semester heading ("Học kỳ II năm học …"); dots in the bracket name no unit; a reviewer's "[Ghi chú
…]" is no part of the name."""


# --- F1a (.md): a women's union e-mail, a bold check-list with em dashes ----

PHUOC_HAU = """**Từ:** Văn phòng Hội LHPN xã Phước Hậu <hoiphunu.phuochau@gmail.com>
**Gửi:** Chi hội trưởng các ấp <chihoi.phuochau@googlegroups.com>
**Cc:** Thường trực Đảng ủy xã <danguy.phuochau@vinhlong.gov.vn>
**Ngày gửi:** Thứ Hai, 09/03/2026 08:15
**Chủ đề:** Kế hoạch thực hiện tiêu chí cảnh quan, môi trường năm 2026 của Hội

Kính gửi các chị Chi hội trưởng,

Văn phòng Hội gửi các chị Kế hoạch số 12/KH-HPN (bản ký đã lưu ở văn phòng). Các chị
xem phần việc của chi hội mình, việc nào xong thì báo lại để Văn phòng đánh dấu nhé.

Thân,
Hà (Văn phòng Hội)

---------- Nội dung kế hoạch ----------

HỘI LHPN TỈNH VĨNH LONG
**BCH HỘI LHPN XÃ PHƯỚC HẬU**
Số: 12/KH-HPN

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
*Độc lập - Tự do - Hạnh phúc*

*Phước Hậu, ngày 06 tháng 3 năm 2026*

## KẾ HOẠCH
### Thực hiện tiêu chí cảnh quan, môi trường xanh - sạch - đẹp năm 2026

*Căn cứ Nghị quyết số 05/NQ-HPN ngày 10/01/2026 của Ban Chấp hành Hội LHPN xã;*
*Căn cứ Kế hoạch số 20/KH-UBND ngày 15/02/2026 của UBND xã Phước Hậu,*

Ban Thường vụ Hội LHPN xã xây dựng kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Phát huy vai trò của hội viên trong giữ gìn cảnh quan, môi trường ấp, xã.

**II. CÁC VIỆC CẦN LÀM**

- [x] ~~Đăng ký chỉ tiêu thi đua năm 2026 với Hội LHPN tỉnh~~ (đã xong ngày 20/02/2026)
- [ ] **Ra mắt 03 mô hình "Tuyến đường hoa phụ nữ tự quản" tại các ấp 2, 4, 7** — *phụ trách:* Ban Thường vụ Hội LHPN xã; *phối hợp:* Đoàn Thanh niên xã, Chi hội phụ nữ các ấp 2, 4, 7; *hạn:* 30/4/2026
- [ ] **Rà soát, hỗ trợ 05 hội viên nghèo cải tạo nhà vệ sinh, chuồng trại hợp vệ sinh** — *phụ trách:* Ban Thường vụ Hội LHPN xã (chị Trần Thị Kim Oanh, Phó Chủ tịch Hội); *phối hợp:* Hội Nông dân xã; *hạn:* Quý III/2026
- [ ] **Tổ chức 02 buổi tập huấn phân loại rác thải tại nguồn cho hội viên** — *phụ trách:* Ban Tuyên giáo Hội; *phối hợp:* Trạm Y tế xã; *thời gian:* từ 01/10 đến 20/10/2026

**III. TỔ CHỨC THỰC HIỆN**

Các chi hội báo cáo kết quả về Văn phòng Hội trước ngày 15/12/2026.

**Nơi nhận:**
- Đảng ủy xã (b/c);
- Hội LHPN tỉnh (b/c);
- Các chi hội;
- Lưu VP.

**TM. BAN CHẤP HÀNH**
**CHỦ TỊCH**

**Nguyễn Thị Bích Liên**

--
Văn phòng Hội LHPN xã Phước Hậu
ĐT: 0270 3821 456 - DĐ: 0918 234 567
"""


def phuoc_hau_md():
    title = "Thực hiện tiêu chí cảnh quan, môi trường xanh - sạch - đẹp năm 2026"
    head = hdr("12", "KH-HPN", "Phước Hậu", "2026-03-06", title,
               "BCH HỘI LHPN XÃ PHƯỚC HẬU", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
               "Nguyễn Thị Bích Liên", ["05/NQ-HPN", "20/KH-UBND"], 4)  # fmt: skip
    tasks = [
        T('Ra mắt 03 mô hình "Tuyến đường hoa phụ nữ tự quản" tại các ấp 2, 4, 7',
          "Ban Thường vụ Hội LHPN xã",
          ["Đoàn Thanh niên xã", "Chi hội phụ nữ các ấp 2, 4, 7"], "2026-04-30"),
        T("Rà soát, hỗ trợ 05 hội viên nghèo cải tạo nhà vệ sinh, chuồng trại hợp "
          "vệ sinh", "Ban Thường vụ Hội LHPN xã", ["Hội Nông dân xã"], "2026-09-30",
          official="Trần Thị Kim Oanh"),
        T("Tổ chức 02 buổi tập huấn phân loại rác thải tại nguồn cho hội viên",
          "Ban Tuyên giáo Hội", ["Trạm Y tế xã"], "2026-10-20", "2026-10-01"),
    ]  # fmt: skip
    return ("f39m-hoi-phu-nu-phuoc-hau-email.md", PHUOC_HAU, "a women's union's "
            "e-mail in Markdown (bold headers, greeting, sign-off, '---------- Nội "
            "dung kế hoạch ----------', a mail footer after the signature) whose tasks "
            "are a check-list '- [ ] **<work>** — *phụ trách:* …; *phối hợp:* …; "
            "*hạn:* …', one item ticked and struck through.", head, tasks)  # fmt: skip


# --- F1b (.md): the same family, "* [ ]" items with " | " between fields ----

AN_BINH = """**Từ:** Lê Thị Ngọc Hà <ngocha.hpnanbinh@gmail.com>
**Gửi:** Các chi hội phụ nữ ấp <chihoi.anbinh@googlegroups.com>
**Ngày gửi:** Thứ Tư, 15/04/2026 14:02
**Chủ đề:** Gửi kế hoạch "Phụ nữ chung tay xây dựng nông thôn mới" quý II-III/2026

Chào các chị,

Chị gửi kế hoạch Ban Thường vụ đã thông qua, các chị triển khai giúp chị nhé.

---------- Nội dung kế hoạch ----------

*HỘI LHPN HUYỆN CHÂU THÀNH*
**BTV HỘI LHPN XÃ AN BÌNH**
Số: 07/KH-BTV

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*An Bình, ngày 14 tháng 4 năm 2026*

## KẾ HOẠCH
### Phụ nữ chung tay xây dựng nông thôn mới quý II, quý III năm 2026

*Căn cứ Chương trình công tác năm 2026 của Ban Chấp hành Hội LHPN xã;*

### 1. Yêu cầu

Mỗi chi hội có ít nhất một việc làm cụ thể, có kết quả.

### 2. Việc cần làm

* [x] ~~Tổng kết phong trào "Nhà sạch, vườn đẹp" năm 2025~~
* [ ] Xây dựng 02 tuyến đường "Sáng - xanh - sạch - đẹp" ở ấp An Thới, ấp Tân Quy | chủ trì: Chi hội Phụ nữ ấp An Thới | phối hợp: Ban Nhân dân ấp An Thới, ấp Tân Quy | thời hạn: 31/5/2026
* [ ] Vận động 40 hộ hội viên trồng rau an toàn theo hướng VietGAP | chủ trì: Chi hội Phụ nữ ấp Tân Quy (chị Võ Thị Mỹ Lệ, Chi hội trưởng) | phối hợp: Hợp tác xã rau an toàn An Bình | thời hạn: tháng 8/2026
* [ ] Trao 10 suất học bổng cho con hội viên nghèo vượt khó | chủ trì: Ban Thường vụ Hội | thời gian: từ tháng 8 đến tháng 9/2026

### 3. Tổ chức thực hiện

Chi hội trưởng các ấp báo cáo kết quả về Ban Thường vụ cuối mỗi tháng.

**Nơi nhận:**
- Thường trực Đảng ủy xã;
- Các chi hội;
- Lưu.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**

**Lê Thị Ngọc Hà**

Thân ái,
Ngọc Hà
--
Hội LHPN xã An Bình - ĐT: 0275 3855 120
"""


def an_binh_md():
    title = "Phụ nữ chung tay xây dựng nông thôn mới quý II, quý III năm 2026"
    head = hdr("07", "KH-BTV", "An Bình", "2026-04-14", title, "BTV HỘI LHPN XÃ AN BÌNH",
               "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Ngọc Hà", ["Chương trình"], 3)  # fmt: skip
    tasks = [
        T('Xây dựng 02 tuyến đường "Sáng - xanh - sạch - đẹp" ở ấp An Thới, ấp Tân '
          "Quy", "Chi hội Phụ nữ ấp An Thới",
          ["Ban Nhân dân ấp An Thới, ấp Tân Quy"], "2026-05-31"),
        T("Vận động 40 hộ hội viên trồng rau an toàn theo hướng VietGAP",
          "Chi hội Phụ nữ ấp Tân Quy", ["Hợp tác xã rau an toàn An Bình"],
          "2026-08-31", official="Võ Thị Mỹ Lệ"),
        T("Trao 10 suất học bổng cho con hội viên nghèo vượt khó",
          "Ban Thường vụ Hội", [], "2026-09-30", "2026-08-01"),
    ]  # fmt: skip
    return ("f39m-hoi-phu-nu-an-binh-checklist.md", AN_BINH, "a women's union's "
            "e-mail in Markdown whose check-list items are '* [ ] <work> | chủ trì: … "
            "| phối hợp: … | thời hạn: …', a ticked one struck through, the sender's "
            "sign-off and footer after the plan's signature.", head, tasks)  # fmt: skip


# --- F1c (.txt): the same family as plain text, "☐" / "☑" and " - " -------

MY_LOC = """Từ: Hội LHPN xã Mỹ Lộc <hlhpn.myloc@gmail.com>
Gửi: các chi hội trưởng
Ngày gửi: Thứ Năm, 04/06/2026 07:40
Chủ đề: KH chỉnh trang nhà ở, hàng rào xanh 6 tháng cuối năm 2026

Kính gửi các chị,

Hội gửi kế hoạch để các chi hội thực hiện; các ô đã đánh dấu là việc đã xong.

Thân,
Thu (Văn phòng Hội)

---------- Nội dung kế hoạch ----------

HỘI LHPN HUYỆN Ý YÊN
BCH HỘI LHPN XÃ MỸ LỘC
Số: 15/KH-HPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Lộc, ngày 03 tháng 6 năm 2026

KẾ HOẠCH
Chỉnh trang nhà ở, hàng rào xanh của hội viên 6 tháng cuối năm 2026

Căn cứ Kế hoạch số 41/KH-UBND ngày 12/5/2026 của UBND xã Mỹ Lộc;

I. MỤC ĐÍCH
Góp phần giữ vững tiêu chí môi trường của xã.

II. NỘI DUNG
☑ Khảo sát số hộ hội viên cần chỉnh trang nhà ở (đã xong tháng 5/2026)
☐ Vận động 60 hộ hội viên trồng hàng rào xanh thay tường rào - thực hiện: Chi hội phụ nữ các thôn Đông, Đoài, Nam; phối hợp: Hội Cựu chiến binh xã; thời gian: tháng 7/2026
☐ Hỗ trợ 03 hội viên neo đơn sửa chữa nhà ở - chủ trì: Ban Chấp hành Hội (chị Đặng Thị Thu, Chủ tịch Hội); phối hợp: Ủy ban Mặt trận Tổ quốc xã, Đoàn Thanh niên xã; thời hạn: 30/11/2026

III. TỔ CHỨC THỰC HIỆN
Các chi hội báo cáo kết quả trước ngày 10/12/2026.

Nơi nhận:
- Hội LHPN huyện;
- Các chi hội;
- Lưu VP.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Đặng Thị Thu

--
Hội LHPN xã Mỹ Lộc
ĐT: 0228 3812 345
"""


def my_loc_txt():
    title = "Chỉnh trang nhà ở, hàng rào xanh của hội viên 6 tháng cuối năm 2026"
    head = hdr("15", "KH-HPN", "Mỹ Lộc", "2026-06-03", title,
               "BCH HỘI LHPN XÃ MỸ LỘC", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
               "Đặng Thị Thu", ["41/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Vận động 60 hộ hội viên trồng hàng rào xanh thay tường rào",
          "Chi hội phụ nữ các thôn Đông, Đoài, Nam", ["Hội Cựu chiến binh xã"],
          "2026-07-31", "2026-07-01"),
        T("Hỗ trợ 03 hội viên neo đơn sửa chữa nhà ở", "Ban Chấp hành Hội",
          ["Ủy ban Mặt trận Tổ quốc xã", "Đoàn Thanh niên xã"], "2026-11-30",
          official="Đặng Thị Thu"),
    ]  # fmt: skip
    return ("f39m-hoi-phu-nu-my-loc-o-vuong.txt", MY_LOC, "a women's union's "
            "e-mail saved as text whose items are '☐ <work> - thực hiện: …; phối hợp: "
            "…; thời gian: …', a ticked '☑' one done.", head, tasks)  # fmt: skip


# --- F2 (.doc / .docx): a primary school's draft scheduled by month --------

BINH_LOI = [
    ("Tháng 9/2026:", [
        ("- Rà soát cơ sở vật chất, lập danh mục phòng học, công trình vệ sinh cần "
         "sửa chữa (Tổ Văn phòng; thầy Nguyễn Văn Khải, Phó Hiệu trưởng phụ trách).",
         T("Rà soát cơ sở vật chất, lập danh mục phòng học, công trình vệ sinh cần "
           "sửa chữa", "Tổ Văn phòng", [], "2026-09-30", "2026-09-01",
           official="Nguyễn Văn Khải")),
        ("- Tổ chức cho học sinh trồng và chăm sóc 02 bồn hoa trước mỗi dãy lớp học "
         "(Liên đội; phối hợp: Ban đại diện cha mẹ học sinh).",
         T("Tổ chức cho học sinh trồng và chăm sóc 02 bồn hoa trước mỗi dãy lớp học",
           "Liên đội", ["Ban đại diện cha mẹ học sinh"], "2026-09-30", "2026-09-01")),
    ]),
    ("Tháng 10 - tháng 11/2026:", [
        ("- Tự đánh giá mức độ đạt chuẩn quốc gia theo các tiêu chuẩn của Thông tư "
         "17/2018/TT-BGDĐT (Hội đồng tự đánh giá; phối hợp: các tổ chuyên môn).",
         T("Tự đánh giá mức độ đạt chuẩn quốc gia theo các tiêu chuẩn của Thông tư "
           "17/2018/TT-BGDĐT", "Hội đồng tự đánh giá", ["các tổ chuyên môn"],
           "2026-11-30", "2026-10-01")),
    ]),
    ("Tháng 12/2026:", [
        ("- Xây dựng thư viện xanh ngoài trời tại khu sân sau (Tổ Văn phòng; cô Lê "
         "Thị Hằng, nhân viên thư viện), hoàn thành trước ngày 31/3/2027.",
         T("Xây dựng thư viện xanh ngoài trời tại khu sân sau", "Tổ Văn phòng", [],
           "2027-03-31", official="Lê Thị Hằng")),
        ("- Sơ kết học kỳ I, báo cáo kết quả thực hiện tiêu chí giáo dục về Ủy ban "
         "nhân dân xã (Ban Giám hiệu; phối hợp: Công đoàn trường, Liên đội).",
         T("Sơ kết học kỳ I, báo cáo kết quả thực hiện tiêu chí giáo dục về Ủy ban "
           "nhân dân xã", "Ban Giám hiệu", ["Công đoàn trường", "Liên đội"],
           "2026-12-31", "2026-12-01")),
    ]),
    ("Học kỳ II năm học 2026 - 2027:", [
        ("- Hoàn thành cải tạo 04 phòng học, lát lại sân trường bằng gạch block "
         "(………………………). [Ghi chú của cô Ngọc: chờ xã duyệt kinh phí]",
         T("Hoàn thành cải tạo 04 phòng học, lát lại sân trường bằng gạch block",
           "")),
        ("- Đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1 trước "
         "ngày …../…../2027 (Ban Giám hiệu).",
         T("Đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
           "Ban Giám hiệu")),
    ]),
]  # fmt: skip


def school(names, months, signer):
    """A school's draft: "DỰ THẢO", its header with a blank number and day,
    "KẾ HOẠCH", the title, then its month headings over dash items."""
    upper, school_name, symbol, place, title = names
    doc = Document()
    a4(doc)
    para(doc, "DỰ THẢO", bold=True)
    header_table(doc, [upper, school_name, f"Số:       /{symbol}"],
                 f"{place}, ngày      tháng 9 năm 2026")  # fmt: skip
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc, "Giữ vững trường đạt chuẩn, góp phần hoàn thành tiêu chí giáo dục của xã."
    )
    para(doc, "II. LỊCH THỰC HIỆN", bold=True)
    for heading, items in months:
        para(doc, heading, bold=True, italic=True)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ, bộ phận triển khai; Ban Giám hiệu kiểm tra hằng tháng.")
    closing_beside(doc, ["- Phòng Văn hóa - Xã hội xã;", "- Các tổ;", "- Lưu: VT."],
                   ["HIỆU TRƯỞNG", "", "", signer])  # fmt: skip
    return doc


def binh_loi_doc():
    title = ("Xây dựng trường đạt chuẩn quốc gia, góp phần thực hiện tiêu chí giáo dục "
             "xã nông thôn mới năm học 2026 - 2027")  # fmt: skip
    names = ("UBND XÃ BÌNH LỢI", "TRƯỜNG TIỂU HỌC BÌNH LỢI", "KH-THBL", "Bình Lợi",
             title)  # fmt: skip
    doc = school(names, BINH_LOI, "Phạm Thị Ngọc")
    head = hdr("", "KH-THBL", "Bình Lợi", "2026-09", title, "TRƯỜNG TIỂU HỌC BÌNH LỢI",
               "", "HIỆU TRƯỞNG", "Phạm Thị Ngọc", [], 3)  # fmt: skip
    return ("f39m-truong-th-binh-loi-du-thao.doc", libreoffice_doc(save(doc)), "a "
            "primary school's draft (.doc) whose dash items stand under month headings "
            "and end on '(<unit>; <person>, <post>)' or '(<unit>; phối hợp: …)'.",
            head, [task for _, items in BINH_LOI for _, task in items])  # fmt: skip


TAN_AN = [
    ("Tháng 01/2027:", [
        ("- Sửa chữa hệ thống nước uống, nhà vệ sinh học sinh khu lẻ Tân Hòa (Bộ "
         "phận Kế toán - Văn phòng; thầy Trương Quốc Bảo, Phó Hiệu trưởng).",
         T("Sửa chữa hệ thống nước uống, nhà vệ sinh học sinh khu lẻ Tân Hòa",
           "Bộ phận Kế toán - Văn phòng", [], "2027-01-31", "2027-01-01",
           official="Trương Quốc Bảo")),
    ]),
    ("Tháng 02 - tháng 3/2027:", [
        ("- Tổ chức Ngày hội đọc sách cho học sinh toàn trường (Thư viện; phối hợp: "
         "Liên đội, Ban đại diện cha mẹ học sinh trường).",
         T("Tổ chức Ngày hội đọc sách cho học sinh toàn trường", "Thư viện",
           ["Liên đội", "Ban đại diện cha mẹ học sinh trường"], "2027-03-31",
           "2027-02-01")),
        ("- Hoàn thiện hồ sơ minh chứng tiêu chí giáo dục (Tổ chuyên môn khối 4 - 5; "
         "cô Đinh Thị Mai, tổ trưởng), xong trước ngày 15/4/2027.",
         T("Hoàn thiện hồ sơ minh chứng tiêu chí giáo dục", "Tổ chuyên môn khối 4 - 5",
           [], "2027-04-15", official="Đinh Thị Mai")),
    ]),
    ("Tháng 5/2027:", [
        ("- Tổng kết năm học, đề xuất khen thưởng tập thể, cá nhân có đóng góp "
         "(……………………). [Ghi chú của thầy Bảo: bổ sung đơn vị]",
         T("Tổng kết năm học, đề xuất khen thưởng tập thể, cá nhân có đóng góp", "",
           [], "2027-05-31", "2027-05-01")),
    ]),
]  # fmt: skip


def tan_an_docx():
    title = "Thực hiện tiêu chí giáo dục và đào tạo học kỳ II năm học 2026 - 2027"
    names = ("UBND XÃ TÂN AN", "TRƯỜNG TIỂU HỌC TÂN AN", "KH-THTA", "Tân An", title)
    doc = school(names, TAN_AN, "Hồ Văn Lực")
    head = hdr("", "KH-THTA", "Tân An", "2026-09", title, "TRƯỜNG TIỂU HỌC TÂN AN", "",
               "HIỆU TRƯỞNG", "Hồ Văn Lực", [], 3)  # fmt: skip
    return ("f39m-truong-th-tan-an-theo-thang.docx", save(doc), "a primary school's "
            "draft (.docx) scheduled by month, its units and officials in brackets, "
            "one item's own 'xong trước ngày …', one bracket left as dots.", head,
            [task for _, items in TAN_AN for _, task in items])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (phuoc_hau_md, an_binh_md, my_loc_txt, binh_loi_doc, tan_an_docx):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
