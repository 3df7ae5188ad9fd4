"""Writes set f40p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40p.py

Set f40p: work led by a PERSON, three families the importer read badly,
written here before it was changed for them:

F1. a task paragraph or "-" item that opens on a person and his post ("Chị
    Lê Thị Hoa, Kế toán HTX, chịu trách nhiệm lập …", "Anh Hà Văn Tùng
    (Trưởng thôn) đảm nhận việc …", "Đồng chí X - Phó Chủ tịch UBND xã
    phụ trách chỉ đạo Phòng Kinh tế hoàn thiện …"): the person is the
    official, the body the sentence has doing the work leads, else the
    body the post names ("Kế toán HTX" → "HTX", "Chi hội trưởng Chi hội
    Phụ nữ thôn" → "Chi hội Phụ nữ thôn"), else the post itself as f33t
    reads it ("Trưởng thôn"); the title is the work;
F2. a member table "STT | Họ và tên | Chức vụ | Nhiệm vụ được phân công |
    Thời gian" with no unit column and no unit rows: each row a task, the
    name its official, the body the post names its lead ("Phó Chủ tịch
    UBND xã" → "UBND xã", "Trưởng Phòng Kinh tế" → "Phòng Kinh tế"), none
    when the post names no body ("Hiệu trưởng", "Công chức Địa chính -
    Xây dựng");
F3. a person in brackets written other ways: the name first ("(Hồ Thị Nga
    - YS)", "(Nông Thị Huệ, nữ hộ sinh)"), the title written out ("(bác sĩ
    Lê Văn Dũng)", "(thầy Phạm Minh Đức phụ trách)", "(cô giáo Lò Thị
    Én)"): the official; a place or a body in brackets ("(thôn Cổ Loa)",
    "(khoảng 150 hộ)") is none and stays in the name.
"""

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "f40p"

COMMENT = """Set f40p (work led by a person: a task that opens on a person and
his post, a member table with no unit column, a person in brackets written
name first or with a title written out), written before the importer was
changed for it: {what}
Assumptions: the person a task opens on (or a member table's "Họ và tên",
or a bracket naming a person) is its official, written as a careful person
enters it (the name alone); the lead is the body the sentence has doing the
work ("… chỉ đạo Phòng Kinh tế hoàn thiện …" → "Phòng Kinh tế"), else the
body the person's post names, as the plan writes it ("Kế toán HTX" →
"HTX", "Phó Chủ tịch UBND xã" → "UBND xã"), else a bare post as f33t reads
it ("Trưởng thôn" leads), and in a member table no lead when the post names
no body; a place or a count in brackets stays in the name; a month's or a
quarter's last day is the deadline, a range's first day its start,
"thường xuyên" / "hằng tháng" the plan year's last day."""


# --- F1 (.docx): a cooperative's "-" items opening on a person ---------------

HOA_THANG = [
    ("- Chị Lê Thị Hoa, Kế toán HTX, chịu trách nhiệm lập sổ theo dõi công nợ và "
     "vốn góp của thành viên, hoàn thành trước 30/6/2026.",
     T("Lập sổ theo dõi công nợ và vốn góp của thành viên", "HTX", [], "2026-06-30",
       official="Lê Thị Hoa")),
    ("- Anh Phạm Văn Quyết - Tổ trưởng Tổ dịch vụ thủy lợi đảm nhận việc nạo vét "
     "3,5 km kênh mương nội đồng trước vụ Đông Xuân, thực hiện từ tháng 10 đến "
     "tháng 11/2026.",
     T("Nạo vét 3,5 km kênh mương nội đồng trước vụ Đông Xuân",
       "Tổ dịch vụ thủy lợi", [], "2026-11-30", "2026-10-01",
       official="Phạm Văn Quyết")),
    ("- Ông Trần Văn Long, Giám đốc HTX, trực tiếp chỉ đạo Tổ kỹ thuật tập huấn "
     "quy trình sản xuất lúa hữu cơ cho 80 hộ thành viên, phối hợp với Trung tâm "
     "Dịch vụ nông nghiệp huyện; hoàn thành trong Quý II/2026.",
     T("Tập huấn quy trình sản xuất lúa hữu cơ cho 80 hộ thành viên", "Tổ kỹ thuật",
       ["Trung tâm Dịch vụ nông nghiệp huyện"], "2026-06-30",
       official="Trần Văn Long")),
    ("- Chị Đỗ Thị Mai, Trưởng Ban kiểm soát HTX, chịu trách nhiệm kiểm tra việc "
     "sử dụng vốn vay của các tổ dịch vụ trong Quý III/2026.",
     T("Kiểm tra việc sử dụng vốn vay của các tổ dịch vụ", "Ban kiểm soát HTX", [],
       "2026-09-30", official="Đỗ Thị Mai")),
]  # fmt: skip


def hoa_thang_docx():
    title = "Sản xuất lúa hữu cơ và dịch vụ thủy lợi năm 2026"
    doc = opening(["HỢP TÁC XÃ NÔNG NGHIỆP HÒA THẮNG", "Số: 05/KH-HTX"],
                  "Hòa Thắng, ngày 15 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 10/01/2026;",
         indent=1.0)  # fmt: skip
    para(doc, "Hội đồng quản trị HTX xây dựng Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Mở rộng diện tích lúa hữu cơ lên 60 ha, bảo đảm tưới tiêu chủ động.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    for text, _ in HOA_THANG:
        para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ dịch vụ báo cáo kết quả về Hội đồng quản trị hằng quý.")
    closing_under(doc, ["- UBND xã (b/c);", "- Thành viên HTX;", "- Lưu: VT."],
                  ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "Nguyễn Văn Thắng"])  # fmt: skip
    head = hdr("05", "KH-HTX", "Hòa Thắng", "2026-01-15", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP HÒA THẮNG", "TM. HỘI ĐỒNG QUẢN TRỊ",
               "CHỦ TỊCH", "Nguyễn Văn Thắng", ["Nghị quyết ngày 10/01/2026"], 3)  # fmt: skip
    return ("f40p-htx-hoa-thang-nguoi-dau-dong.docx", save(doc), "a cooperative's "
            "Word plan whose '-' items open on a person and the post after a comma or "
            "a dash ('Chị Lê Thị Hoa, Kế toán HTX, chịu trách nhiệm …', 'Ông X, Giám "
            "đốc HTX, trực tiếp chỉ đạo Tổ kỹ thuật …').", head,
            [t for _, t in HOA_THANG])  # fmt: skip


# --- F1 (.txt): a village's plan, the post in brackets, lines cut at 80 -----

DONG_TAM = """UBND XÃ THANH XƯƠNG
BAN PHÁT TRIỂN THÔN ĐỒNG TÂM
Số: 03/KH-BPT
Đồng Tâm, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Xây dựng thôn nông thôn mới kiểu mẫu năm 2026

Căn cứ Kế hoạch số 21/KH-UBND ngày 15/02/2026 của UBND xã Thanh Xương;
Ban phát triển thôn xây dựng Kế hoạch như sau:

I. MỤC TIÊU
Thôn Đồng Tâm đạt chuẩn thôn nông thôn mới kiểu mẫu trong năm 2026.

II. NHIỆM VỤ CỤ THỂ
- Anh Hà Văn Tùng (Trưởng thôn) đảm nhận việc vận động nhân dân hiến đất mở rộng đường trục thôn đoạn từ nhà văn hóa đến cầu Bản, thực hiện từ tháng 3 đến tháng 5/2026.
- Chị Lò Thị Én - Chi hội trưởng Chi hội Phụ nữ thôn chịu trách nhiệm duy trì mô hình "5 không, 3 sạch" ở 45 hộ hội viên; hoàn thành trước 30/9/2026.
- Anh Vàng Văn Páo, Bí thư Chi đoàn thôn, phụ trách tổ chức 02 đợt ra quân phát quang đường làng, phối hợp với Chi hội Cựu chiến binh thôn, trong Quý III/2026.
- Ông Lường Văn Chiến (Phó trưởng thôn) chịu trách nhiệm lắp 20 bóng điện chiếu sáng đường ngõ xóm (xóm Nà Ngần) trước ngày 31/10/2026.

III. TỔ CHỨC THỰC HIỆN
Ban phát triển thôn họp giao ban hằng tháng, báo cáo UBND xã kết quả thực hiện.

Nơi nhận:
- UBND xã (b/c);
- Chi bộ thôn;
- Lưu.
TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN
Hà Văn Tùng
"""


def dong_tam_txt():
    title = "Xây dựng thôn nông thôn mới kiểu mẫu năm 2026"
    head = hdr("03", "KH-BPT", "Đồng Tâm", "2026-03-02", title,
               "BAN PHÁT TRIỂN THÔN ĐỒNG TÂM", "TM. BAN PHÁT TRIỂN THÔN",
               "TRƯỞNG BAN", "Hà Văn Tùng", ["21/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Vận động nhân dân hiến đất mở rộng đường trục thôn đoạn từ nhà văn hóa "
          "đến cầu Bản", "Trưởng thôn", [], "2026-05-31", "2026-03-01",
          official="Hà Văn Tùng"),
        T('Duy trì mô hình "5 không, 3 sạch" ở 45 hộ hội viên',
          "Chi hội Phụ nữ thôn", [], "2026-09-30", official="Lò Thị Én"),
        T("Tổ chức 02 đợt ra quân phát quang đường làng", "Chi đoàn thôn",
          ["Chi hội Cựu chiến binh thôn"], "2026-09-30", official="Vàng Văn Páo"),
        T("Lắp 20 bóng điện chiếu sáng đường ngõ xóm (xóm Nà Ngần)",
          "Phó trưởng thôn", [], "2026-10-31", official="Lường Văn Chiến"),
    ]  # fmt: skip
    # Typed in a plain-text editor that wrapped its lines at 80 characters.
    text = "\n".join(cut for line in DONG_TAM.splitlines()
                     for cut in textwrap.wrap(line, 80) or [""]) + "\n"  # fmt: skip
    return ("f40p-thon-dong-tam-go-tay.txt", text, "a village's plan typed as a "
            "plain text wrapped at 80 characters, '-' items opening on a person, his "
            "post in brackets or after a dash or a comma.", head, tasks)  # fmt: skip


# --- F1 (.md): a Party cell's numbered paragraphs, "Đồng chí" / "Đ/c" -------

CHI_BO = """ĐẢNG BỘ XÃ YÊN PHONG

**CHI BỘ THÔN TRUNG**

Số 04-KH/CB

Yên Phong, ngày 10 tháng 02 năm 2026

# KẾ HOẠCH

## Lãnh đạo xây dựng thôn văn hóa, nông thôn mới năm 2026

Căn cứ Nghị quyết số 02-NQ/CB ngày 05/01/2026 của Chi bộ thôn Trung;

Chi bộ xây dựng Kế hoạch như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Phát huy vai trò của đảng viên trong xây dựng thôn văn hóa.

### II. NHIỆM VỤ VÀ PHÂN CÔNG ĐẢNG VIÊN

1. Đồng chí Nguyễn Văn Bình - Bí thư Chi bộ phụ trách chỉ đạo Ban công tác Mặt trận thôn vận động nhân dân đóng góp xây dựng nhà văn hóa thôn, phối hợp với Chi hội Người cao tuổi; hoàn thành trong Quý II/2026.

2. Đồng chí Trần Thị Lan, Chi ủy viên, Chi hội trưởng Chi hội Phụ nữ thôn, chịu trách nhiệm vận động 30 hộ trồng rau an toàn theo tiêu chuẩn VietGAP trước ngày 30/8/2026.

3. Đ/c Hoàng Văn Sơn (Trưởng Ban công tác Mặt trận thôn) đảm nhận việc bình xét danh hiệu gia đình văn hóa năm 2026, thực hiện từ tháng 11 đến tháng 12/2026.

4. Đồng chí Ngô Văn Hùng, Chi hội trưởng Chi hội Cựu chiến binh, chịu trách nhiệm vận động hội viên tham gia giữ gìn an ninh trật tự thôn, thường xuyên.

### III. TỔ CHỨC THỰC HIỆN

Các đồng chí được phân công báo cáo Chi bộ tại sinh hoạt định kỳ hằng tháng.

**Nơi nhận:**
- Đảng ủy xã (b/c);
- Đảng viên trong Chi bộ;
- Lưu.

**T/M CHI BỘ**

**BÍ THƯ**

Nguyễn Văn Bình
"""


def chi_bo_md():
    title = "Lãnh đạo xây dựng thôn văn hóa, nông thôn mới năm 2026"
    head = hdr("04", "KH/CB", "Yên Phong", "2026-02-10", title, "CHI BỘ THÔN TRUNG",
               "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Bình", ["02-NQ/CB"], 3)  # fmt: skip
    tasks = [
        T("Vận động nhân dân đóng góp xây dựng nhà văn hóa thôn",
          "Ban công tác Mặt trận thôn", ["Chi hội Người cao tuổi"], "2026-06-30",
          official="Nguyễn Văn Bình"),
        T("Vận động 30 hộ trồng rau an toàn theo tiêu chuẩn VietGAP",
          "Chi hội Phụ nữ thôn", [], "2026-08-30", official="Trần Thị Lan"),
        T("Bình xét danh hiệu gia đình văn hóa năm 2026",
          "Ban công tác Mặt trận thôn", [], "2026-12-31", "2026-11-01",
          official="Hoàng Văn Sơn"),
        T("Vận động hội viên tham gia giữ gìn an ninh trật tự thôn",
          "Chi hội Cựu chiến binh", [], "2026-12-31", official="Ngô Văn Hùng"),
    ]  # fmt: skip
    return ("f40p-chi-bo-thon-trung-dang-vien.md", CHI_BO, "a Party cell's Markdown "
            "plan whose numbered paragraphs open on 'Đồng chí' or 'Đ/c' and a "
            "member's post, one directing a body.", head, tasks)  # fmt: skip


# --- F2 (.docx): a commune Steering Committee's member table -----------------

BCD_MEMBERS = [
    ("Nguyễn Văn Bình", "Phó Chủ tịch UBND xã, Phó Trưởng ban Thường trực",
     "Chỉ đạo hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
     "Quý III/2026",
     T("Chỉ đạo hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng "
       "cao", "UBND xã", [], "2026-09-30", official="Nguyễn Văn Bình")),
    ("Lê Văn Hải", "Trưởng Phòng Kinh tế",
     "Hướng dẫn thành lập 02 tổ hợp tác trồng rau an toàn", "Tháng 6/2026",
     T("Hướng dẫn thành lập 02 tổ hợp tác trồng rau an toàn", "Phòng Kinh tế", [],
       "2026-06-30", official="Lê Văn Hải")),
    ("Phạm Thị Thu", "Chủ tịch Hội Nông dân xã",
     "Vận động hội viên chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng cây ăn quả",
     "Thường xuyên",
     T("Vận động hội viên chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng cây ăn "
       "quả", "Hội Nông dân xã", [], "2026-12-31", official="Phạm Thị Thu")),
    ("Đinh Văn Toàn", "Công chức Địa chính - Xây dựng",
     "Rà soát quỹ đất xây dựng sân thể thao các thôn", "Trước 30/4/2026",
     T("Rà soát quỹ đất xây dựng sân thể thao các thôn", "", [], "2026-04-30",
       official="Đinh Văn Toàn")),
    ("Vũ Thị Hằng", "Trạm trưởng Trạm Y tế xã",
     "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%", "Quý IV/2026",
     T("Duy trì tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%", "Trạm Y tế xã",
       [], "2026-12-31", official="Vũ Thị Hằng")),
]  # fmt: skip


def bcd_xa_docx():
    title = "Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "BAN CHỈ ĐẠO CÁC CTMTQG",
                   "Số: 07/KH-BCĐ"],
                  "Tân Lập, ngày 20 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc, left=2.0, right=1.5)
    para(doc, "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND xã Tân Lập "
         "về kiện toàn Ban Chỉ đạo;", indent=1.0)  # fmt: skip
    para(doc, "Ban Chỉ đạo phân công nhiệm vụ các thành viên như sau:", indent=1.0)
    rows = [[[str(n)], [name], [post], [work], [time]]
            for n, (name, post, work, time, _) in enumerate(BCD_MEMBERS, 1)]  # fmt: skip
    task_table(doc, ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công",
                     "Thời gian"], rows, [1.0, 3.4, 4.0, 6.6, 2.5],
               bold_titles=False)  # fmt: skip
    para(doc, "Các thành viên báo cáo kết quả tại phiên họp Ban Chỉ đạo hằng quý.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Thành viên BCĐ;", "- Lưu: VT."],
                   ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Hoàng Văn Nam"])  # fmt: skip
    head = hdr("07", "KH-BCĐ", "Tân Lập", "2026-01-20", title,
               "BAN CHỈ ĐẠO CÁC CTMTQG", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
               "Hoàng Văn Nam", ["12/QĐ-UBND"], 3)  # fmt: skip
    return ("f40p-bcd-tan-lap-thanh-vien.docx", save(doc), "a commune Steering "
            "Committee's Word table of its members ('STT | Họ và tên | Chức vụ | "
            "Nhiệm vụ được phân công | Thời gian'), no unit column, no unit rows.",
            head, [row[-1] for row in BCD_MEMBERS])  # fmt: skip


# --- F2 (.pdf): a school board's member table, printed from Word -------------

SCHOOL_MEMBERS = [
    ("Phạm Minh Đức", "Hiệu trưởng, Trưởng ban",
     "Hoàn thiện hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia mức độ 1",
     "Tháng 11/2026",
     T("Hoàn thiện hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia mức độ 1", "",
       [], "2026-11-30", official="Phạm Minh Đức")),
    ("Nguyễn Thị Thủy", "Tổ trưởng Tổ chuyên môn 1",
     "Bồi dưỡng học sinh đọc, viết chưa đạt chuẩn khối lớp 1", "Tháng 12/2026",
     T("Bồi dưỡng học sinh đọc, viết chưa đạt chuẩn khối lớp 1",
       "Tổ chuyên môn 1", [], "2026-12-31", official="Nguyễn Thị Thủy")),
    ("Hà Văn Nam", "Bí thư Chi đoàn trường",
     "Tổ chức trồng 200 cây xanh trong khuôn viên trường", "Tháng 3/2026",
     T("Tổ chức trồng 200 cây xanh trong khuôn viên trường", "Chi đoàn trường", [],
       "2026-03-31", official="Hà Văn Nam")),
    ("Trần Văn Khải", "Kế toán",
     "Lập dự toán kinh phí sửa chữa 04 phòng học", "Quý II/2026",
     T("Lập dự toán kinh phí sửa chữa 04 phòng học", "", [], "2026-06-30",
       official="Trần Văn Khải")),
]  # fmt: skip


def truong_pdf():
    title = "Xây dựng trường đạt chuẩn quốc gia mức độ 1 năm 2026"
    doc = opening(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG TIỂU HỌC NẬM CẦN",
                   "Số: 15/KH-THNC"],
                  "Nậm Cần, ngày 05 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Thông tư số 13/2018/TT-BGDĐT ngày 25/5/2018 của Bộ Giáo dục "
         "và Đào tạo;", indent=1.0)  # fmt: skip
    para(doc, "Nhà trường phân công thành viên Ban chỉ đạo như sau:", indent=1.0)
    rows = [[[str(n)], [name], [post], [work], [time]]
            for n, (name, post, work, time, _) in enumerate(SCHOOL_MEMBERS, 1)]  # fmt: skip
    task_table(doc, ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công",
                     "Thời gian"], rows, [1.0, 3.2, 3.6, 6.0, 2.4],
               bold_titles=False, size=11)  # fmt: skip
    closing_under(doc, ["- Phòng GD&ĐT (b/c);", "- Thành viên BCĐ;", "- Lưu: VT."],
                  ["HIỆU TRƯỞNG", "", "Phạm Minh Đức"])  # fmt: skip
    head = hdr("15", "KH-THNC", "Nậm Cần", "2026-02-05", title,
               "TRƯỜNG TIỂU HỌC NẬM CẦN", "", "HIỆU TRƯỞNG", "Phạm Minh Đức",
               ["13/2018/TT-BGDĐT"], 3)  # fmt: skip
    return ("f40p-truong-nam-can-ban-chi-dao.pdf", saved_as(save(doc), "pdf"), "a "
            "primary school's board members in a table printed from Word as a PDF, "
            "posts naming a body or none ('Hiệu trưởng', 'Kế toán').", head,
            [row[-1] for row in SCHOOL_MEMBERS])  # fmt: skip


# --- F3 (.md): a health station's items, the person in brackets -------------

TRAM_Y_TE = """UBND XÃ ĐÔNG HỘI

**TRẠM Y TẾ XÃ**

Số: 09/KH-TYT

Đông Hội, ngày 08 tháng 3 năm 2026

**KẾ HOẠCH**

**Chăm sóc sức khỏe ban đầu, giữ vững tiêu chí y tế năm 2026**

Căn cứ Kế hoạch số 30/KH-UBND ngày 20/02/2026 của UBND xã Đông Hội;

**I. MỤC TIÊU**

Giữ vững tiêu chí số 15 về y tế, 100% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.

**II. NHIỆM VỤ**

Trạm Y tế xã chủ trì thực hiện các nội dung sau:

- Lập hồ sơ quản lý sức khỏe cho người cao tuổi thôn Cổ Loa (Hồ Thị Nga - YS), hoàn thành trước 30/6/2026.
- Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên (bác sĩ Lê Văn Dũng), trong Quý III/2026.
- Tiêm chủng mở rộng cho trẻ dưới 1 tuổi tại các thôn (Nông Thị Huệ, nữ hộ sinh), thực hiện hằng tháng.
- Truyền thông phòng chống sốt xuất huyết tại các hộ gia đình (thôn Cổ Loa), trong tháng 5/2026.
- Kiểm tra vệ sinh môi trường tại các hộ chăn nuôi (khoảng 150 hộ), trước 31/8/2026.

**III. TỔ CHỨC THỰC HIỆN**

Trạm Y tế xã báo cáo UBND xã kết quả thực hiện hằng quý.

**Nơi nhận:**
- UBND xã (b/c);
- Trung tâm Y tế khu vực;
- Lưu: TYT.

**TRẠM TRƯỞNG**

Vũ Thị Hằng
"""


def tram_y_te_md():
    title = "Chăm sóc sức khỏe ban đầu, giữ vững tiêu chí y tế năm 2026"
    head = hdr("09", "KH-TYT", "Đông Hội", "2026-03-08", title, "TRẠM Y TẾ XÃ", "",
               "TRẠM TRƯỞNG", "Vũ Thị Hằng", ["30/KH-UBND"], 3)  # fmt: skip
    lead = "Trạm Y tế xã"
    tasks = [
        T("Lập hồ sơ quản lý sức khỏe cho người cao tuổi thôn Cổ Loa", lead, [],
          "2026-06-30", official="Hồ Thị Nga"),
        T("Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên",
          lead, [], "2026-09-30", official="Lê Văn Dũng"),
        T("Tiêm chủng mở rộng cho trẻ dưới 1 tuổi tại các thôn", lead, [],
          "2026-12-31", official="Nông Thị Huệ"),
        T("Truyền thông phòng chống sốt xuất huyết tại các hộ gia đình (thôn Cổ Loa)",
          lead, [], "2026-05-31"),
        T("Kiểm tra vệ sinh môi trường tại các hộ chăn nuôi (khoảng 150 hộ)", lead, [],
          "2026-08-31"),
    ]  # fmt: skip
    return ("f40p-tram-y-te-dong-hoi-ngoac.md", TRAM_Y_TE, "a health station's "
            "Markdown plan, its items under one lead-in, a person in brackets written "
            "name first ('(Hồ Thị Nga - YS)', '(Nông Thị Huệ, nữ hộ sinh)') or with a "
            "title written out ('(bác sĩ Lê Văn Dũng)'), a place or a count in "
            "brackets.", head, tasks)  # fmt: skip


# --- F3 (.docx): a school's task table, persons in brackets in the work ------

SCHOOL_WORK = [
    ("Tổ chức ngày hội đọc sách cho học sinh toàn trường (thầy Phạm Minh Đức phụ "
     "trách)", "Thư viện nhà trường", "Tháng 4/2026",
     T("Tổ chức ngày hội đọc sách cho học sinh toàn trường", "Thư viện nhà trường",
       [], "2026-04-30", official="Phạm Minh Đức")),
    ("Dạy tiếng Việt tăng cường cho học sinh dân tộc thiểu số lớp 1 (cô giáo Lò Thị "
     "Én)", "Tổ chuyên môn 1", "Quý III/2026",
     T("Dạy tiếng Việt tăng cường cho học sinh dân tộc thiểu số lớp 1",
       "Tổ chuyên môn 1", [], "2026-09-30", official="Lò Thị Én")),
    ("Cải tạo sân chơi, bãi tập điểm trường bản Phiêng (điểm trường lẻ)",
     "Ban cơ sở vật chất", "Trước 31/7/2026",
     T("Cải tạo sân chơi, bãi tập điểm trường bản Phiêng (điểm trường lẻ)",
       "Ban cơ sở vật chất", [], "2026-07-31")),
    ("Đo đạc, lập hồ sơ cấp giấy chứng nhận quyền sử dụng đất điểm trường bản Phiêng "
     "(Nguyễn Văn An, cán bộ địa chính xã)", "Ban cơ sở vật chất", "Tháng 8/2026",
     T("Đo đạc, lập hồ sơ cấp giấy chứng nhận quyền sử dụng đất điểm trường bản "
       "Phiêng", "Ban cơ sở vật chất", [], "2026-08-31", official="Nguyễn Văn An")),
]  # fmt: skip


def truong_docx():
    title = "Nâng cao chất lượng giáo dục, giữ vững tiêu chí trường học năm 2026"
    doc = opening(["UBND XÃ MƯỜNG PHĂNG", "TRƯỜNG TIỂU HỌC MƯỜNG PHĂNG",
                   "Số: 22/KH-TH"],
                  "Mường Phăng, ngày 12 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Kế hoạch số 40/KH-UBND ngày 01/3/2026 của UBND xã Mường "
         "Phăng;", indent=1.0)  # fmt: skip
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [[[str(n)], [work], [lead], [time]]
            for n, (work, lead, time, _) in enumerate(SCHOOL_WORK, 1)]  # fmt: skip
    task_table(doc, ["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian"],
               rows, [1.0, 8.5, 4.0, 2.8], bold_titles=False)  # fmt: skip
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ, bộ phận báo cáo kết quả về Ban giám hiệu cuối mỗi học kỳ.")
    closing_under(doc, ["- UBND xã (b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."],
                  ["HIỆU TRƯỞNG", "", "Quàng Văn Thái"])  # fmt: skip
    head = hdr("22", "KH-TH", "Mường Phăng", "2026-03-12", title,
               "TRƯỜNG TIỂU HỌC MƯỜNG PHĂNG", "", "HIỆU TRƯỞNG", "Quàng Văn Thái",
               ["40/KH-UBND"], 3)  # fmt: skip
    return ("f40p-truong-muong-phang-bang.docx", save(doc), "a school's Word task "
            "table whose work cells close on a person in brackets ('(thầy … phụ "
            "trách)', '(cô giáo …)', '(name, cán bộ địa chính xã)') or on a place "
            "('(điểm trường lẻ)').", head, [row[-1] for row in SCHOOL_WORK])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (hoa_thang_docx, dong_tam_txt, chi_bo_md, bcd_xa_docx, truong_pdf,
                 tram_y_te_md, truong_docx):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
