"""Writes round 16's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round16.py

Round 16 is the lead's second hidden hold-out of 06/12/2026, measured on
main at 75eb977 before the change it called for: a Word task table split in
two by an empty paragraph (the second part with no header row); a Google
Sheets workbook with its title typed as "KẾ HOẠCH <title>" in one cell and
real date cells; a steering committee's text whose tasks are "Nhiệm vụ 1:",
"Nhiệm vụ 2:"; markdown pasted from a chat assistant ("###", "**Label:**").
"""

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round16"


def grid_table(doc, head, rows):
    t = doc.add_table(rows=(1 if head else 0) + len(rows), cols=len(head or rows[0]))
    t.style = "Table Grid"
    r0 = 0
    if head:
        for i, h in enumerate(head):
            t.cell(0, i).text = h
        r0 = 1
    for r, row in enumerate(rows, r0):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
    return t


# A: a task table that Word split in two (a paragraph typed between them):
# the second part has no header row.
def plan_a() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯƠNG KHÊ", "Số: 241/KH-UBND"],
        "Hương Khê, ngày 15 tháng 12 năm 2026",
        "Thực hiện tiêu chí Giáo dục, Y tế và Văn hóa năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 530/KH-UBND ngày 12/12/2026 của UBND tỉnh Hà Tĩnh;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = [
        "TT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    ]
    grid_table(
        doc,
        head,
        [
            [
                "1",
                "Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi",
                "Trường Mầm non Hương Khê",
                "Phòng Văn hóa - Xã hội",
                "Tháng 6/2027",
            ],
            [
                "2",
                "Xây dựng thêm 02 phòng học bộ môn Trường THCS",
                "Ban Quản lý dự án xã",
                "Trường THCS Hương Khê",
                "Quý III/2027",
            ],
            [
                "3",
                "Khám sức khỏe định kỳ cho người cao tuổi",
                "Trạm Y tế xã",
                "Hội Người cao tuổi xã",
                "Quý II/2027",
            ],
        ],
    )
    para(doc, "")
    grid_table(
        doc,
        None,
        [
            [
                "4",
                "Tập huấn phòng, chống dịch bệnh mùa mưa lũ",
                "Trạm Y tế xã",
                "Các thôn",
                "Tháng 8/2027",
            ],
            [
                "5",
                "Tổ chức Ngày hội văn hóa các dân tộc xã Hương Khê",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban MTTQ Việt Nam xã",
                "Tháng 11/2027",
            ],
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", indent=1
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Sơn"],
    )
    return save(doc)


# B: a workbook from Google Sheets: a title block, then the table; the
# deadline cells are real dates (Excel serials shown dd/mm/yyyy), a "Tiến
# độ (%)" column, the lead column headed "Người/đơn vị chịu trách nhiệm".
def plan_b() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch 2027"
    ws["A1"] = "UBND XÃ ĐỒNG VĂN"
    ws["A2"] = "KẾ HOẠCH THỰC HIỆN XÂY DỰNG NÔNG THÔN MỚI NĂM 2027"
    ws["A2"].font = Font(bold=True)
    ws.append([])
    ws.append(
        [
            "STT",
            "Công việc",
            "Người/đơn vị chịu trách nhiệm",
            "Phối hợp",
            "Hạn hoàn thành",
            "Tiến độ (%)",
        ]
    )
    rows = [
        (
            1,
            "Hoàn thiện hồ sơ đề nghị công nhận thôn Lũng Cẩm đạt chuẩn NTM",
            "Văn phòng HĐND và UBND xã",
            "Thôn Lũng Cẩm",
            datetime.date(2027, 3, 31),
            0,
        ),
        (
            2,
            "Làm mới 1,5 km đường bê tông thôn Sủng Là",
            "Phòng Kinh tế",
            "Ban phát triển thôn Sủng Là",
            datetime.date(2027, 7, 15),
            0,
        ),
        (
            3,
            "Hỗ trợ 20 hộ làm chuồng trại chăn nuôi xa nhà",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            datetime.date(2027, 9, 30),
            0,
        ),
        (
            4,
            "Tuyên truyền về phân loại rác thải tại nguồn",
            "Hội Liên hiệp Phụ nữ xã",
            "Đoàn Thanh niên xã",
            datetime.date(2027, 5, 31),
            0,
        ),
    ]
    for r in rows:
        ws.append(list(r))
        ws.cell(row=ws.max_row, column=5).number_format = "dd/mm/yyyy"
    return save(wb)


# C: tasks named "Nhiệm vụ 1:", "Nhiệm vụ 2:" … (the word is the numbering),
# their attributes as "- Chủ trì:", "- Phối hợp:", "- Thời hạn:" dashes.
PLAN_C = """ĐẢNG ỦY XÃ TÂN LẬP
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG
Số: 09-KH/BCĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 03 tháng 12 năm 2026

KẾ HOẠCH
Triển khai các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027

Thực hiện Kế hoạch số 120-KH/ĐU ngày 25/11/2026 của Đảng ủy xã, Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã xây dựng Kế hoạch như sau:

I. MỤC TIÊU
Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao.

II. NHIỆM VỤ TRỌNG TÂM
Nhiệm vụ 1: Rà soát, đánh giá lại 19 tiêu chí xã nông thôn mới nâng cao
- Chủ trì: Văn phòng HĐND và UBND xã
- Phối hợp: các thành viên Ban Chỉ đạo
- Thời hạn: trước ngày 28/02/2027
Nhiệm vụ 2: Vận động nhân dân hiến 2.000 m2 đất mở rộng đường trục xã
- Chủ trì: Ủy ban MTTQ Việt Nam xã
- Phối hợp: các đoàn thể chính trị - xã hội, Trưởng các thôn
- Thời hạn: Quý II/2027
Nhiệm vụ 3: Xây dựng 03 tuyến đường kiểu mẫu "Sáng - Xanh - Sạch - Đẹp"
- Chủ trì: Hội Liên hiệp Phụ nữ xã
- Phối hợp: Đoàn Thanh niên xã
- Thời hạn: tháng 10/2027

III. TỔ CHỨC THỰC HIỆN
Các thành viên Ban Chỉ đạo theo lĩnh vực phụ trách đôn đốc, kiểm tra việc thực hiện.

Nơi nhận:
- Thường trực Đảng ủy xã;
- Các thành viên BCĐ;
- Lưu: VT.
T/M BAN CHỈ ĐẠO
TRƯỞNG BAN
Bí thư Đảng ủy xã
Nguyễn Hữu Thắng
"""


# D: markdown written by a chat assistant and pasted: "###" headings with
# numbers, "**Label:**" bold labels on their own lines, a numbered list.
PLAN_D = """**ỦY BAN NHÂN DÂN XÃ NÀ HANG**
**Số: 112/KH-UBND**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
*Độc lập - Tự do - Hạnh phúc*

*Nà Hang, ngày 09 tháng 12 năm 2026*

## KẾ HOẠCH
## Phát triển sản xuất gắn với tiêu chí Tổ chức sản xuất năm 2027

Căn cứ Kế hoạch số 61/KH-UBND ngày 30/11/2026 của UBND tỉnh Tuyên Quang, UBND xã Nà Hang ban hành Kế hoạch như sau:

### I. Mục đích

Nâng cao thu nhập cho người dân thông qua phát triển hợp tác xã và sản phẩm OCOP.

### II. Nhiệm vụ

#### 1. Thành lập mới 02 hợp tác xã nông nghiệp

- **Đơn vị chủ trì:** Phòng Kinh tế
- **Phối hợp:** Liên minh Hợp tác xã tỉnh
- **Thời gian:** Quý II/2027

#### 2. Nâng hạng sản phẩm cam sành Nà Hang lên 4 sao OCOP

- **Đơn vị chủ trì:** Hợp tác xã Cam sành Nà Hang
- **Phối hợp:** Phòng Kinh tế, Văn phòng Điều phối nông thôn mới tỉnh
- **Thời gian:** tháng 9/2027

#### 3. Xây dựng vùng trồng 50 ha cam được cấp mã số

- **Đơn vị chủ trì:** Phòng Kinh tế
- **Thời gian:** trước 31/12/2027

### III. Tổ chức thực hiện

Phòng Kinh tế là đầu mối tổng hợp, báo cáo kết quả.

**Nơi nhận:**
- UBND tỉnh (b/c);
- Đảng ủy xã;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Ma Thị Nguyệt**
"""

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r16-xa-huong-khe-bang-tach-doi.docx").write_bytes(plan_a())
    (OUT / "r16-xa-dong-van-google-sheets.xlsx").write_bytes(plan_b())
    (OUT / "r16-bcd-xa-tan-lap-nhiem-vu-so.txt").write_text(PLAN_C)
    (OUT / "r16-xa-na-hang-markdown-chat.md").write_text(PLAN_D)
