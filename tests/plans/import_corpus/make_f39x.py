"""Writes set f39x's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39x.py

Set f39x: a plan the importer read at 0 tasks, written here before it was
changed for it: a cooperative's (a village's, a union's) plan whose tasks
are unnumbered paragraphs that open on the responsible body ("Năm 2026,
Ban quản trị Hợp tác xã sẽ chủ trì …", "Tổ kỹ thuật do anh … phụ trách sẽ
…", "… đảm nhận việc …") with NO section heading and NO "như sau:" line
over them: only its bases ("Căn cứ …; căn cứ … OCOP.", one paragraph or
several) or one objective sentence ("Mục tiêu năm 2026: …") before them,
then a paragraph on who monitors the plan (no task), "Nơi nhận:" and the
signature ("TM. HỘI ĐỒNG QUẢN TRỊ" / "CHỦ TỊCH"): pasted into an e-mail
(.md, .txt) or as Word (.docx).
"""

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_under, opening, para, save  # noqa: E402

OUT = HERE / "f39x"

COMMENT = """Set f39x (a cooperative's, a village's or a union's plan whose
tasks are unnumbered paragraphs opening on the responsible body, with no
section heading and no "như sau:" line over them), written before the
importer was changed for it: {what}
Assumptions: the bases ("Căn cứ …") and an objective sentence before the
task paragraphs are the preamble; "<body> sẽ chủ trì / đảm nhận việc /
chịu trách nhiệm / được giao / do <person> phụ trách sẽ <work>" names the
lead (a body "của HTX" is the cooperative's own: the body alone) and the
named person in charge; "phối hợp (với) X", "có sự phối hợp của X" a
partner; a paragraph on who monitors the plan ("Ban kiểm soát … theo dõi,
kiểm tra …") is no task; a month's or a quarter's last day is the
deadline, a range's first day its start."""


# --- .md: a cooperative's plan pasted into an e-mail, one basis paragraph ----

PHU_THANH = """**Từ:** Trần Văn Hậu <htxphuthanh@gmail.com>
**Gửi:** UBND xã Phú Thạnh <ubnd.phuthanh@gmail.com>
**Ngày gửi:** Thứ Ba, 13/01/2026 09:40
**Tiêu đề:** Kế hoạch phát triển sản phẩm OCOP năm 2026 của HTX

Kính gửi UBND xã,

Hợp tác xã gửi Kế hoạch năm 2026 đã được Hội đồng quản trị thông qua để xã tổng hợp,
theo dõi.

Trân trọng,
Hậu

---

HỢP TÁC XÃ NÔNG NGHIỆP PHÚ THẠNH

Số: 01/KH-HTX

Phú Thạnh, ngày 12 tháng 01 năm 2026

# KẾ HOẠCH

## Phát triển sản phẩm OCOP và liên kết tiêu thụ xoài năm 2026

Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 05/01/2026; căn cứ Quyết định số 215/QĐ-UBND ngày 20/11/2025 của UBND tỉnh Tiền Giang về công nhận sản phẩm OCOP.

Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng trồng xoài liên kết lên 150 ha tại các ấp Phú Hòa, Phú Lợi, phối hợp với Phòng Kinh tế xã, hoàn thành trước vụ Hè Thu (tháng 4/2026).

Tổ kỹ thuật do anh Lê Minh Phụng phụ trách sẽ tập huấn quy trình VietGAP cho 120 hộ thành viên, thực hiện từ tháng 02/2026 đến tháng 3/2026, có sự phối hợp của Trung tâm Dịch vụ nông nghiệp.

Bộ phận kinh doanh của HTX đảm nhận việc đưa sản phẩm xoài sấy Phú Thạnh lên sàn thương mại điện tử trong Quý III/2026.

Ngoài ra, Ban kiểm soát HTX theo dõi, kiểm tra việc thực hiện và báo cáo Đại hội thành viên cuối năm.

**Nơi nhận:**
- UBND xã (b/c);
- Thành viên HTX;
- Lưu: VT.

**TM. HỘI ĐỒNG QUẢN TRỊ**

**CHỦ TỊCH**

Trần Văn Hậu
"""


def phu_thanh_md():
    title = "Phát triển sản phẩm OCOP và liên kết tiêu thụ xoài năm 2026"
    head = hdr("01", "KH-HTX", "Phú Thạnh", "2026-01-12", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP PHÚ THẠNH", "TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH",
               "Trần Văn Hậu", ["Nghị quyết ngày 05/01/2026", "215/QĐ-UBND"], 3)  # fmt: skip
    tasks = [
        T("Mở rộng vùng trồng xoài liên kết lên 150 ha tại các ấp Phú Hòa, Phú Lợi",
          "Ban quản trị Hợp tác xã", ["Phòng Kinh tế xã"], "2026-04-30"),
        T("Tập huấn quy trình VietGAP cho 120 hộ thành viên", "Tổ kỹ thuật",
          ["Trung tâm Dịch vụ nông nghiệp"], "2026-03-31", "2026-02-01",
          official="Lê Minh Phụng"),
        T("Đưa sản phẩm xoài sấy Phú Thạnh lên sàn thương mại điện tử",
          "Bộ phận kinh doanh", [], "2026-09-30"),
    ]  # fmt: skip
    return ("f39x-htx-phu-thanh-thu-dien-tu.md", PHU_THANH, "a cooperative's plan "
            "pasted into an e-mail as Markdown ('**Từ:** …', a greeting, '---', '# KẾ "
            "HOẠCH', '## <title>'), one basis paragraph ending in a full stop, then the "
            "task paragraphs straight away, no heading nor 'như sau:'.", head, tasks)  # fmt: skip


# --- .txt: a village's plan in a plain-text e-mail, several bases -----------

AP_MY_LOI = """Từ: Ban nhân dân ấp Mỹ Lợi <apmyloi@gmail.com>
Gửi: UBND xã Mỹ Đức
Chủ đề: Kế hoạch xây dựng ấp văn hóa năm 2026

Kính gửi Văn phòng UBND xã,

Ban nhân dân ấp gửi kế hoạch năm 2026 để xã theo dõi. Bản ký gửi sau ạ.

---

BAN NHÂN DÂN ẤP MỸ LỢI
Số: 02/KH-BND
Mỹ Lợi, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Xây dựng ấp văn hóa, nông thôn mới kiểu mẫu năm 2026

Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND xã Mỹ Đức về xây dựng nông thôn mới năm 2026.
Căn cứ Nghị quyết Hội nghị nhân dân ấp Mỹ Lợi ngày 15/01/2026.
Năm 2026, Chi hội Nông dân ấp sẽ chủ trì vận động 60 hộ cải tạo vườn tạp trồng bưởi da xanh, phối hợp với Hợp tác xã Nông nghiệp Mỹ Đức, hoàn thành trước ngày 30/6/2026.
Tổ tự quản đường hoa do chị Nguyễn Thị Bích Tuyền phụ trách sẽ trồng 1,2 km hàng rào cây xanh dọc đường liên tổ, thực hiện từ tháng 3/2026 đến tháng 5/2026, có sự phối hợp của Chi đoàn Thanh niên ấp.
Chi hội Phụ nữ ấp đảm nhận việc phân loại rác thải tại nguồn ở 120 hộ gia đình trong Quý II/2026.
Ngoài ra, Ban Thanh tra nhân dân ấp theo dõi, kiểm tra việc thực hiện và báo cáo Hội nghị nhân dân ấp cuối năm.
Nơi nhận:
- UBND xã Mỹ Đức (b/c);
- Các tổ nhân dân tự quản;
- Lưu.
TM. BAN NHÂN DÂN ẤP
TRƯỞNG ẤP
Võ Văn Mến
"""


def ap_my_loi_txt():
    title = "Xây dựng ấp văn hóa, nông thôn mới kiểu mẫu năm 2026"
    head = hdr("02", "KH-BND", "Mỹ Lợi", "2026-01-20", title,
               "BAN NHÂN DÂN ẤP MỸ LỢI", "TM. BAN NHÂN DÂN ẤP", "TRƯỞNG ẤP",
               "Võ Văn Mến", ["12/KH-UBND", "Nghị quyết ngày 15/01/2026"], 3)  # fmt: skip
    tasks = [
        T("Vận động 60 hộ cải tạo vườn tạp trồng bưởi da xanh", "Chi hội Nông dân ấp",
          ["Hợp tác xã Nông nghiệp Mỹ Đức"], "2026-06-30"),
        T("Trồng 1,2 km hàng rào cây xanh dọc đường liên tổ", "Tổ tự quản đường hoa",
          ["Chi đoàn Thanh niên ấp"], "2026-05-31", "2026-03-01",
          official="Nguyễn Thị Bích Tuyền"),
        T("Phân loại rác thải tại nguồn ở 120 hộ gia đình", "Chi hội Phụ nữ ấp", [],
          "2026-06-30"),
    ]  # fmt: skip
    # The mail program cut every line at 88 characters.
    text = "\n".join(cut for line in AP_MY_LOI.splitlines()
                     for cut in textwrap.wrap(line, 88) or [""]) + "\n"  # fmt: skip
    return ("f39x-ap-my-loi-thu-van-ban.txt", text, "a village's plan pasted into a "
            "plain-text e-mail that cut its lines at 88 characters, two 'Căn cứ …' "
            "paragraphs, then the task paragraphs straight away and one on who "
            "monitors the plan.", head, tasks)  # fmt: skip


# --- .docx: a cooperative's Word plan, one objective sentence ---------------

LONG_HUNG = [
    ("Ban Giám đốc Hợp tác xã sẽ chủ trì ký hợp đồng bao tiêu 400 tấn thanh long với "
     "Công ty TNHH Trái cây Miền Tây, phối hợp với Phòng Kinh tế xã, hoàn thành trong "
     "tháng 3/2026.",
     T("Ký hợp đồng bao tiêu 400 tấn thanh long với Công ty TNHH Trái cây Miền Tây",
       "Ban Giám đốc Hợp tác xã", ["Phòng Kinh tế xã"], "2026-03-31")),
    ("Tổ dịch vụ đầu vào được giao cung ứng phân hữu cơ vi sinh trả chậm cho 85 hộ "
     "thành viên, thực hiện từ tháng 4/2026 đến tháng 8/2026.",
     T("Cung ứng phân hữu cơ vi sinh trả chậm cho 85 hộ thành viên",
       "Tổ dịch vụ đầu vào", [], "2026-08-31", "2026-04-01")),
    ("Tổ sơ chế do anh Phan Văn Lực phụ trách chịu trách nhiệm lắp đặt kho lạnh bảo "
     "quản 50 tấn trái cây, có sự phối hợp của Ngân hàng Chính sách xã hội huyện, "
     "hoàn thành trong Quý IV/2026.",
     T("Lắp đặt kho lạnh bảo quản 50 tấn trái cây", "Tổ sơ chế",
       ["Ngân hàng Chính sách xã hội huyện"], "2026-12-31",
       official="Phan Văn Lực")),
    ("Ban kiểm soát Hợp tác xã theo dõi, giám sát việc thực hiện Kế hoạch và báo "
     "cáo Đại hội thành viên.", None),
]  # fmt: skip


def long_hung_docx():
    title = "Sản xuất, tiêu thụ thanh long năm 2026"
    doc = opening(["HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP LONG HƯNG", "Số: 04/KH-HTX"],
                  "Long Hưng, ngày 08 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023; căn cứ Nghị "
         "quyết Đại hội thành viên thường niên ngày 03/01/2026.", indent=1.0)  # fmt: skip
    para(doc, "Mục tiêu năm 2026: sản lượng thanh long tiêu thụ qua Hợp tác xã đạt "
         "1.200 tấn, doanh thu dịch vụ đạt 8 tỷ đồng.", indent=1.0)  # fmt: skip
    for text, _ in LONG_HUNG:
        para(doc, text, indent=1.0)
    closing_under(doc, ["- UBND xã (b/c);", "- Thành viên HTX;", "- Lưu: VT."],
                  ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "Huỳnh Thị Lan"])  # fmt: skip
    head = hdr("04", "KH-HTX", "Long Hưng", "2026-01-08", title,
               "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP LONG HƯNG", "TM. HỘI ĐỒNG QUẢN TRỊ",
               "CHỦ TỊCH", "Huỳnh Thị Lan", ["17/2023/QH15", "Nghị quyết ngày 03/01/2026"], 3)  # fmt: skip
    return ("f39x-htx-long-hung-muc-tieu.docx", save(doc), "a cooperative's Word "
            "plan, its bases in one paragraph, one objective sentence ('Mục tiêu năm "
            "2026: …'), then the task paragraphs with no heading.", head,
            [t for _, t in LONG_HUNG if t])  # fmt: skip


# --- .md: a union's plan, no e-mail, bases then tasks ------------------------

HOI_ND = """HỘI NÔNG DÂN XÃ TÂN HỘI

Số: 07/KH-HND

Tân Hội, ngày 25 tháng 02 năm 2026

**KẾ HOẠCH**

**Hỗ trợ hội viên phát triển kinh tế tập thể năm 2026**

Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân xã Tân Hội ngày 20/6/2023.

Căn cứ Chương trình công tác số 03/CTr-HND ngày 10/01/2026 của Ban Thường vụ Hội Nông dân huyện.

Trong Quý II/2026, Ban Thường vụ Hội Nông dân xã sẽ chủ trì thành lập 02 tổ hợp tác trồng rau an toàn tại các ấp Tân Thạnh, Tân Lợi, phối hợp với Phòng Kinh tế xã, hoàn thành trước ngày 30/6/2026.

Chi hội Nông dân ấp Tân Thạnh do anh Đặng Văn Tài phụ trách sẽ hướng dẫn 40 hội viên vay vốn Quỹ Hỗ trợ nông dân, thực hiện từ tháng 3/2026 đến tháng 6/2026, có sự phối hợp của Ngân hàng Chính sách xã hội huyện.

Tổ tư vấn pháp luật của Hội đảm nhận việc tổ chức 04 buổi tư vấn pháp luật về đất đai cho hội viên trong Quý III/2026.

Ngoài ra, Ban Kiểm tra Hội Nông dân xã theo dõi, kiểm tra việc thực hiện và báo cáo Ban Chấp hành cuối năm.

Nơi nhận:

- Hội Nông dân huyện (b/c);
- Đảng ủy xã (b/c);
- Các chi hội;
- Lưu: VP.

**TM. BAN THƯỜNG VỤ**

**CHỦ TỊCH**

Nguyễn Thành Công
"""


def hoi_nd_md():
    title = "Hỗ trợ hội viên phát triển kinh tế tập thể năm 2026"
    head = hdr("07", "KH-HND", "Tân Hội", "2026-02-25", title,
               "HỘI NÔNG DÂN XÃ TÂN HỘI", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Nguyễn Thành Công", ["Nghị quyết ngày 20/6/2023", "03/CTr-HND"], 4)  # fmt: skip
    tasks = [
        T("Thành lập 02 tổ hợp tác trồng rau an toàn tại các ấp Tân Thạnh, Tân Lợi",
          "Ban Thường vụ Hội Nông dân xã", ["Phòng Kinh tế xã"], "2026-06-30",
          "2026-04-01"),
        T("Hướng dẫn 40 hội viên vay vốn Quỹ Hỗ trợ nông dân",
          "Chi hội Nông dân ấp Tân Thạnh", ["Ngân hàng Chính sách xã hội huyện"],
          "2026-06-30", "2026-03-01", official="Đặng Văn Tài"),
        T("Tổ chức 04 buổi tư vấn pháp luật về đất đai cho hội viên",
          "Tổ tư vấn pháp luật", [], "2026-09-30"),
    ]  # fmt: skip
    return ("f39x-hoi-nong-dan-tan-hoi.md", HOI_ND, "a farmers' union's plan in "
            "Markdown, two 'Căn cứ …' paragraphs ending in a full stop, then the task "
            "paragraphs (one opening 'Trong Quý II/2026, …') with no heading.", head,
            tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (phu_thanh_md, ap_my_loi_txt, long_hung_docx, hoi_nd_md):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
