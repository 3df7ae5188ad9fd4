"""Writes round 28c's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round28c.py

Round 28c varies the families a blind hold-out of commune plans (round 28)
measured as failing, each written here from its description before the
importer was changed for it:

C1. a task table's start and end in columns of their own headed "Bắt đầu" |
    "Hoàn thành", "Từ ngày" | "Đến ngày", "Ngày bắt đầu" | "Ngày hoàn
    thành", "Thời gian bắt đầu" | "Thời gian hoàn thành", "Bắt đầu" |
    "Thời hạn"; cells that are spreadsheet dates, "01/4/2027", "6/2027",
    "T6/2027", "Tháng 6/2027", "Quý II/2027".
C2. a range in one cell: "Tháng 3 - 6/2027", "Từ 01/11 đến 18/11/2027",
    "Quý II - Quý III/2027", "Từ tháng 3 đến tháng 5/2027".
C3. a prose task that opens on its year and ends on its deadline ("Năm
    2027, Phòng X chủ trì …; hoàn thành trước ngày 30/6/2027").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import toml_text, write  # noqa: E402
from make_xlsx import boxed, excel_day, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round28c"

COMMENT = """Round 28c (a task's start and end), written before the importer was
changed for it: {what}
Assumptions: a start column gives the first day of what it names (a month
from its 1st, a quarter from its first day, a day as written); an end column
or a time gives the last (a month's last day, a quarter's); a range in one
cell ("Tháng 3 - 6/2027") runs from the first day of its first period to
the last day of its last; in prose, the deadline written for the work
("hoàn thành trước ngày …") is the deadline, the year it opens on only the
period it starts in."""

SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "{signer}"]

# --- 1. a commune's workbook: "Bắt đầu" | "Hoàn thành" ----------------------

# (criterion, task, lead, partner, leader, start cell, end cell, start, end)
HOA_SON_ROWS = [
    ("Giao thông", "Cứng hóa 2,5 km đường trục thôn Đồng Mới",
     "Ban Quản lý dự án xã", "Ban phát triển thôn Đồng Mới", "Nguyễn Văn Hùng",
     excel_day(2027, 3, 1), excel_day(2027, 8, 31), "2027-03-01", "2027-08-31"),
    ("Thủy lợi", "Kiên cố hóa 1,2 km kênh mương nội đồng",
     "Phòng Kinh tế", "Hợp tác xã Nông nghiệp Hòa Sơn", "Nguyễn Văn Hùng",
     "01/4/2027", "6/2027", "2027-04-01", "2027-06-30"),
    ("Môi trường", "Xây dựng 03 điểm tập kết rác thải sinh hoạt",
     "Phòng Kinh tế", "Hội Liên hiệp Phụ nữ xã", "Lê Thị Hoa",
     "6/2027", "9/2027", "2027-06-01", "2027-09-30"),
    ("Văn hóa", "Sửa chữa nhà văn hóa thôn Trung Hòa",
     "Phòng Văn hóa - Xã hội", "Ban phát triển thôn Trung Hòa", "Lê Thị Hoa",
     "T5/2027", "T7/2027", "2027-05-01", "2027-07-31"),
    ("Giáo dục", "Xây dựng 02 phòng học Trường Mầm non Hòa Sơn",
     "Ban Quản lý dự án xã", "Trường Mầm non Hòa Sơn", "Nguyễn Văn Hùng",
     "Tháng 6/2027", "Quý IV/2027", "2027-06-01", "2027-12-31"),
    ("Y tế", "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
     "Trạm Y tế xã", "Bảo hiểm xã hội huyện", "Lê Thị Hoa",
     "Quý II/2027", "30/11/2027", "2027-04-01", "2027-11-30"),
]  # fmt: skip


def hoa_son_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    head = [
        "STT", "Tiêu chí", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Lãnh đạo phụ trách", "Bắt đầu", "Hoàn thành", "Ghi chú",
    ]  # fmt: skip
    width = len(head)
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ HÒA SƠN", width=width, bold=True)
    line(ws, 2, "DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027", width=width,
         bold=True)  # fmt: skip
    line(ws, 3, "(Kèm theo Kế hoạch số 41/KH-UBND ngày 10/01/2027 của UBND xã Hòa Sơn)",
         width=width, italic=True)  # fmt: skip
    top = 5
    for c, text in enumerate(head, 1):
        ws.cell(row=top, column=c, value=text).font = Font(bold=True)
    for r, row in enumerate(HOA_SON_ROWS, top + 1):
        criterion, task, lead, partner, leader, start, end, _, _ = row
        values = [r - top, criterion, task, lead, partner, leader, start, end, ""]
        for c, value in enumerate(values, 1):
            if value != "":
                cell = ws.cell(row=r, column=c, value=value)
                if c in (7, 8) and not isinstance(value, str):
                    cell.number_format = "DD/MM/YYYY"
    boxed(ws, top, top + len(HOA_SON_ROWS), width)
    ws.column_dimensions["C"].width = 48
    saved_by_calc(wb, path)


def hoa_son_tasks() -> list[dict]:
    return [
        {"title": task, "lead": lead, "coordinating": [partner],
         "official": leader, "start": start, "deadline": end}
        for _, task, lead, partner, leader, _, _, start, end in HOA_SON_ROWS
    ]  # fmt: skip


# --- 2. a commune's Word table: "Từ ngày" | "Đến ngày" -----------------------

# (task, lead, partner, from, to, start, end)
MY_LOC_ROWS = [
    ("Tổ chức ra quân tổng vệ sinh môi trường toàn xã", "Đoàn Thanh niên xã",
     "Các thôn", "01/3/2027", "31/3/2027", "2027-03-01", "2027-03-31"),
    ("Trồng 2.000 cây xanh trên các tuyến đường liên thôn", "Hội Nông dân xã",
     "Hội Cựu chiến binh xã", "3/2027", "5/2027", "2027-03-01", "2027-05-31"),
    ("Tập huấn kỹ thuật sản xuất lúa hữu cơ cho 120 hộ", "Phòng Kinh tế",
     "Hợp tác xã Mỹ Lộc", "Tháng 7/2027", "Tháng 8/2027", "2027-07-01", "2027-08-31"),
    ("Rà soát hộ nghèo, hộ cận nghèo năm 2027", "Phòng Văn hóa - Xã hội",
     "Ban Công tác Mặt trận các thôn", "Quý III/2027", "15/11/2027",
     "2027-07-01", "2027-11-15"),
]  # fmt: skip


def my_loc_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MỸ LỘC", "Số: 22/KH-UBND"],
        "Mỹ Lộc, ngày 15 tháng 01 năm 2027",
        MY_LOC_TITLE,
    )
    a4(doc, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Huy động sức dân tham gia giữ gìn cảnh quan, môi trường nông thôn.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Từ ngày", "Đến ngày"]
    rows = [
        [[str(i)], [task], [lead], [partner], [first], [last]]
        for i, (task, lead, partner, first, last, _, _) in enumerate(MY_LOC_ROWS, 1)
    ]
    task_table(doc, head, rows, [1.0, 8.0, 3.5, 3.5, 2.5, 2.5], bold_titles=False)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị được giao chủ động triển khai, báo cáo kết quả về UBND xã.")
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        [s.format(signer="Trần Văn Bình") for s in SIGNATURE],
    )
    return save(doc)


MY_LOC_TITLE = "Cải tạo cảnh quan, môi trường nông thôn năm 2027"


def my_loc_tasks() -> list[dict]:
    return [
        {"title": task, "lead": lead, "coordinating": [partner], "start": start,
         "deadline": end}
        for task, lead, partner, _, _, start, end in MY_LOC_ROWS
    ]  # fmt: skip


# --- 3. a commune's Word table: a range in one "Thời gian" cell --------------

# (task, lead, partner, time, start, end)
KIM_LIEN_ROWS = [
    ("Nâng cấp 1,8 km đường giao thông nội đồng", "Phòng Kinh tế",
     "Ban phát triển thôn Kim Liên", "Tháng 3 - 6/2027", "2027-03-01", "2027-06-30"),
    ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "Ủy ban MTTQ xã",
     "Các thôn", "Tháng 9 - 10/2027", "2027-09-01", "2027-10-31"),
    ("Kiểm tra, đánh giá các thôn đạt chuẩn thôn văn hóa", "Phòng Văn hóa - Xã hội",
     "Các thôn", "Từ 01/11 đến 18/11/2027", "2027-11-01", "2027-11-18"),
    ("Hỗ trợ 15 hộ chuyển đổi sang trồng cây ăn quả", "Hội Nông dân xã",
     "Phòng Kinh tế", "Quý II - Quý III/2027", "2027-04-01", "2027-09-30"),
    ("Tuyên truyền phân loại rác thải tại nguồn", "Hội Liên hiệp Phụ nữ xã",
     "Đoàn Thanh niên xã", "Từ tháng 3 đến tháng 5/2027", "2027-03-01", "2027-05-31"),
]  # fmt: skip


def kim_lien_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ KIM LIÊN", "Số: 08/KH-UBND"],
        "Kim Liên, ngày 08 tháng 01 năm 2027",
        KIM_LIEN_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Giữ vững các tiêu chí xã nông thôn mới nâng cao đã đạt.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    head = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    rows = [
        [[str(i)], [task], [lead], [partner], [time]]
        for i, (task, lead, partner, time, _, _) in enumerate(KIM_LIEN_ROWS, 1)
    ]
    task_table(doc, head, rows, [1.0, 6.5, 3.0, 3.0, 3.0], bold_titles=False)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị được giao chủ động triển khai, báo cáo kết quả về UBND xã.")
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        [s.format(signer="Hồ Đức Thịnh") for s in SIGNATURE],
    )
    return save(doc)


KIM_LIEN_TITLE = "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới năm 2027"


def kim_lien_tasks() -> list[dict]:
    return [
        {"title": task, "lead": lead, "coordinating": [partner], "start": start,
         "deadline": end}
        for task, lead, partner, _, start, end in KIM_LIEN_ROWS
    ]  # fmt: skip


# --- 4. a commune's plan pasted into a .txt: the year first, the deadline last -

VINH_HA_TASKS = [
    ("Năm 2027, Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Vĩnh Hà xây dựng "
     "vùng sản xuất rau an toàn 15 ha; hoàn thành trước ngày 30/6/2027.",
     {"title": "Xây dựng vùng sản xuất rau an toàn 15 ha", "lead": "Phòng Kinh tế",
      "coordinating": ["Hợp tác xã Vĩnh Hà"], "deadline": "2027-06-30"}),
    ("Quý II/2027, Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã rà "
     "soát hộ gia đình chưa có nhà tiêu hợp vệ sinh; hoàn thành trước ngày "
     "31/5/2027.",
     {"title": "Rà soát hộ gia đình chưa có nhà tiêu hợp vệ sinh",
      "lead": "Phòng Văn hóa - Xã hội", "coordinating": ["Trạm Y tế xã"],
      "start": "2027-04-01", "deadline": "2027-05-31"}),
    ("Trong năm 2027, Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã xây "
     "dựng 05 mô hình tự quản về an ninh trật tự; hoàn thành trước ngày "
     "30/9/2027.",
     {"title": "Xây dựng 05 mô hình tự quản về an ninh trật tự", "lead": "Công an xã",
      "coordinating": ["Ban Chỉ huy Quân sự xã"], "deadline": "2027-09-30"}),
]  # fmt: skip

VINH_HA_TITLE = "Phát triển kinh tế, bảo đảm môi trường và an ninh nông thôn năm 2027"


def vinh_ha() -> str:
    tasks = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(VINH_HA_TASKS, 1))
    return f"""ỦY BAN NHÂN DÂN
XÃ VĨNH HÀ
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Hà, ngày 18 tháng 01 năm 2027

KẾ HOẠCH
{VINH_HA_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu thu nhập bình quân đầu người đạt 55 triệu đồng.

II. NHIỆM VỤ CỤ THỂ
{tasks}

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả thực hiện, báo cáo \
Chủ tịch UBND xã.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Phạm Quang Huy
"""


def commune(place, number, date, title, signer, recipients):
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": place,
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {place.upper()}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": recipients,
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    hoa_son_xlsx(OUT / "r28c-xa-hoa-son-bat-dau-hoan-thanh.xlsx")
    (OUT / "r28c-xa-hoa-son-bat-dau-hoan-thanh.toml").write_text(
        toml_text(
            COMMENT.format(
                what='a commune\'s workbook, "Bắt đầu" | "Hoàn thành" beside '
                '"Lãnh đạo phụ trách";\ncells spreadsheet dates, "01/4/2027", '
                '"6/2027", "T5/2027", "Tháng 6/2027", "Quý II/2027".'
            ),
            {
                "number": "41",
                "symbol": "KH-UBND",
                "date": "2027-01-10",
                "title": "DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
                "issuer": "ỦY BAN NHÂN DÂN XÃ HÒA SƠN",
            },
            hoa_son_tasks(),
        ),
        encoding="utf-8",
    )
    write(
        OUT,
        "r28c-xa-my-loc-tu-ngay-den-ngay.docx",
        my_loc_docx(),
        COMMENT.format(
            what='a commune\'s landscape Word table, "Từ ngày" | "Đến ngày", '
            "days, months and a\nquarter."
        ),
        commune("Mỹ Lộc", "22", "2027-01-15", MY_LOC_TITLE, "Trần Văn Bình", 3),
        my_loc_tasks(),
    )
    write(
        OUT,
        "r28c-xa-kim-lien-khoang-thoi-gian.docx",
        kim_lien_docx(),
        COMMENT.format(
            what='a commune\'s Word table whose "Thời gian" cell is a range '
            '("Tháng 3 - 6/2027",\n"Từ 01/11 đến 18/11/2027", "Quý II - Quý '
            'III/2027").'
        ),
        commune("Kim Liên", "08", "2027-01-08", KIM_LIEN_TITLE, "Hồ Đức Thịnh", 3),
        kim_lien_tasks(),
    )
    write(
        OUT,
        "r28c-xa-vinh-ha-nam-truoc-han-sau.txt",
        vinh_ha(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, each task opening on its "
            'year or quarter\n("Năm 2027, …") and ending on "hoàn thành trước '
            'ngày …".'
        ),
        commune("Vĩnh Hà", "15", "2027-01-18", VINH_HA_TITLE, "Phạm Quang Huy", 3),
        [fields for _, fields in VINH_HA_TASKS],
    )


if __name__ == "__main__":
    main()
