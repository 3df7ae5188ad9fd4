"""Writes round 31d's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round31d.py

Round 31d varies the time frames a blind hold-out (round 31) missed, each
written here from its description before the importer was changed for it,
in a table, in a spreadsheet's time column, in labelled lines and in a
bracket after the work:

D1. a range of months or days with its year written once: "tháng 3 đến
    tháng 10/2027", "từ tháng 5 đến hết tháng 9 năm 2027", "T4 - T8/2027",
    "15/4 đến 30/9/2027", "01/6 - 31/8 năm 2027": from the first day to the
    last.
D2. recurring days: "Chủ nhật tuần cuối mỗi tháng", "tuần đầu mỗi quý",
    "mỗi tháng 01 lần", "hằng quý": over the plan's year (31/12).
D3. lunar days and months: "rằm tháng Giêng" (Tết + 14 days), "tháng Chạp"
    (by the eve of Tết), "tháng 8/2027 (âm lịch)" (no date: the lunar
    calendar's months are not held).
D4. a blank day left to fill in ("ngày    /9/2027"): no date.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_files import libreoffice_pdf  # noqa: E402
from make_xlsx import boxed, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save, task_table  # noqa: E402

OUT = HERE / "round31d"

COMMENT = """Round 31d (time frames: ranges, recurring days, lunar dates),
written before the importer was changed for it: {what}
Assumptions: a range's deadline is its last day (a month's last day), its
start its first; recurring work ("mỗi tháng", "hằng quý") runs over the
plan's year, due 31/12; "rằm tháng Giêng" is Tết + 14 days, "tháng Chạp"
ends on the eve of the next Tết; another lunar month and a blank day give
no date."""

RECIPIENTS = ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."]


def _task(title, lead, partners, time, deadline=None, start=None):
    return {
        "title": title,
        "lead": lead,
        "coordinating": partners,
        "time": time,
        "deadline": deadline,
        "start": start,
    }


# --- a commune's Word plan: a table with a "Thời gian" column ----------------

VINH_TASKS = [
    _task("Chuyển đổi 40 ha đất lúa kém hiệu quả sang trồng rau màu",
          "Phòng Kinh tế", ["Hội Nông dân xã"], "Tháng 3 đến tháng 10/2027",
          "2027-10-31", "2027-03-01"),
    _task("Nạo vét 6 km kênh mương nội đồng", "Ban Quản lý các dự án xã",
          ["Hợp tác xã nông nghiệp Vĩnh Lợi"], "15/4 - 30/9/2027",
          "2027-09-30", "2027-04-15"),
    _task("Ra quân vệ sinh đường làng, ngõ xóm", "Đoàn Thanh niên xã",
          ["Hội Liên hiệp Phụ nữ xã"], "Chủ nhật tuần cuối mỗi tháng",
          "2027-12-31"),
    _task("Tổ chức Hội thi gói bánh tét mừng Xuân", "Phòng Văn hóa - Xã hội",
          ["Hội Liên hiệp Phụ nữ xã"], "Rằm tháng Giêng", "2027-02-20"),
    _task("Tổ chức Lễ hội Nghinh Ông gắn với quảng bá sản phẩm OCOP",
          "Phòng Văn hóa - Xã hội", ["Ban Nhân dân các thôn"],
          "Tháng 8/2027 (âm lịch)"),
    _task("Kiểm tra công tác vệ sinh an toàn thực phẩm", "Trạm Y tế xã",
          ["Công an xã"], "Hằng quý", "2027-12-31"),
]  # fmt: skip
VINH_TITLE = "Thực hiện Chương trình xây dựng nông thôn mới năm 2027"


def vinh_loi() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ VĨNH LỢI", "Số: 12/KH-UBND"],
        "Vĩnh Lợi, ngày 15 tháng 01 năm 2027",
        VINH_TITLE,
    )
    a4(doc, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Duy trì, nâng chất các tiêu chí xã nông thôn mới.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    rows = [
        [[str(i)], [t["title"]], [t["lead"]], [", ".join(t["coordinating"])],
         [t["time"]]]
        for i, t in enumerate(VINH_TASKS, 1)
    ]  # fmt: skip
    task_table(doc, head, rows, [1.0, 8.0, 3.5, 4.0, 3.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 10/12/2027.", indent=1.0
    )
    closing_beside(
        doc, RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lâm Văn Tài"]
    )
    return save(doc)


# --- a commune's workbook: a time column of ranges and recurring days --------

HOA_TASKS = [
    _task("Trồng mới 3 km hàng rào xanh trên các tuyến đường liên thôn",
          "Hội Cựu chiến binh xã", ["Ban Nhân dân các thôn"], "T4 - T8/2027",
          "2027-08-31", "2027-04-01"),
    _task("Tập huấn kỹ thuật nuôi tôm theo VietGAP cho 60 hộ", "Phòng Kinh tế",
          ["Trung tâm Khuyến nông"], "Từ 01/5 đến 31/8/2027", "2027-08-31",
          "2027-05-01"),
    _task("Sinh hoạt câu lạc bộ dân vũ tại nhà văn hóa các thôn",
          "Hội Liên hiệp Phụ nữ xã", ["Ban Nhân dân các thôn"],
          "Mỗi tháng 01 lần", "2027-12-31"),
    _task("Kiểm tra, duy tu hệ thống đèn chiếu sáng đường quê",
          "Ban Quản lý các dự án xã", ["Điện lực Hòa Thắng"], "02 lần/quý",
          "2027-12-31"),
    _task("Thăm, tặng quà hộ nghèo, gia đình chính sách",
          "Ủy ban MTTQ Việt Nam xã", ["Hội Chữ thập đỏ xã"], "Tháng Chạp",
          "2027-02-05"),
    _task("Phát quang, khơi thông dòng chảy kênh thủy lợi", "Hợp tác xã Hòa Thắng",
          ["Đoàn Thanh niên xã"], "15/6 đến 15/9 năm 2027", "2027-09-15",
          "2027-06-15"),
]  # fmt: skip
HOA_TITLE = "Ra quân xây dựng nông thôn mới năm 2027"


def hoa_thang(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ HÒA THẮNG", width=6, bold=True)
    line(ws, 2, "Số: 05/KH-UBND", width=6)
    line(ws, 3, "Hòa Thắng, ngày 10 tháng 01 năm 2027", width=6, italic=True)
    line(ws, 4, "KẾ HOẠCH", width=6, bold=True)
    line(ws, 5, HOA_TITLE, width=6, bold=True)
    head = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian thực hiện", "Ghi chú"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    for r, t in enumerate(HOA_TASKS, 8):
        values = [r - 7, t["title"], t["lead"], ", ".join(t["coordinating"]),
                  t["time"], ""]  # fmt: skip
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value or None)
    boxed(ws, 7, 7 + len(HOA_TASKS), 6)
    end = 9 + len(HOA_TASKS)
    ws.cell(row=end, column=1, value="Nơi nhận:")
    for i, text in enumerate(RECIPIENTS, end + 1):
        ws.cell(row=i, column=1, value=text)
    for i, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)",
                              "Trần Quốc Bảo"], end):  # fmt: skip
        ws.cell(row=i, column=4, value=text)
    saved_by_calc(wb, path)


# --- a commune's plan pasted into a .txt: labelled lines ---------------------

NAM_TASKS = [
    _task("Hỗ trợ 25 hộ cải tạo vườn tạp trồng cây ăn quả", "Hội Nông dân xã",
          ["Phòng Kinh tế"], "từ tháng 5 đến hết tháng 9 năm 2027", "2027-09-30",
          "2027-05-01"),
    _task("Hoàn thiện hồ sơ đề nghị công nhận thôn nông thôn mới kiểu mẫu",
          "Ban Nhân dân thôn Nam Sơn", ["Phòng Kinh tế"], "ngày    /9/2027"),
    _task("Họp dân đối thoại về an ninh trật tự", "Công an xã",
          ["Ban Nhân dân các thôn"], "tuần đầu mỗi quý", "2027-12-31"),
    _task("Mở lớp bơi miễn phí cho trẻ em dịp hè", "Đoàn Thanh niên xã",
          ["Trường Tiểu học Nam Sơn"], "01/6 - 31/8 năm 2027", "2027-08-31",
          "2027-06-01"),
    _task("Xây dựng 2 tuyến đường hoa kiểu mẫu", "Hội Liên hiệp Phụ nữ xã",
          ["Chi hội phụ nữ các thôn"], "tháng 4 – tháng 8 năm 2027", "2027-08-31",
          "2027-04-01"),
]  # fmt: skip
NAM_TITLE = "Xây dựng xã nông thôn mới nâng cao năm 2027"


def nam_son() -> str:
    items = "\n".join(
        f"{i}. {t['title']}\n- Chủ trì: {t['lead']}\n"
        f"- Phối hợp: {', '.join(t['coordinating'])}\n- Thời gian: {t['time']}"
        for i, t in enumerate(NAM_TASKS, 1)
    )
    return f"""ỦY BAN NHÂN DÂN
XÃ NAM SƠN
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 20 tháng 01 năm 2027

KẾ HOẠCH
{NAM_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu đạt chuẩn xã nông thôn mới nâng cao trong năm 2027.

II. NHIỆM VỤ, GIẢI PHÁP
{items}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện.

Nơi nhận:
{chr(10).join(RECIPIENTS)}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nguyễn Hữu Phước
"""


# --- a commune's plan printed to .pdf: the who and when in a bracket ---------

PHU_TASKS = [
    _task("Kiên cố hóa 1,5 km đường giao thông nội đồng", "Phòng Kinh tế",
          ["Ban Nhân dân các thôn"], "tháng 3 đến tháng 10/2027", "2027-10-31",
          "2027-03-01"),
    _task("Vận động 100% hộ dân phân loại rác thải tại nguồn",
          "Hội Liên hiệp Phụ nữ xã", ["Ban Nhân dân các thôn"],
          "15/4 đến 30/9/2027", "2027-09-30", "2027-04-15"),
    _task("Tổ chức Lễ dâng hương tưởng niệm các Vua Hùng", "Phòng Văn hóa - Xã hội",
          ["Đoàn Thanh niên xã"], "mùng 10 tháng 3 âm lịch"),
    _task("Tuyên truyền phòng, chống cháy rừng mùa khô", "Công an xã",
          ["Ban Chỉ huy Quân sự xã"], "Chủ nhật thứ hai hằng tháng", "2027-12-31"),
]  # fmt: skip
PHU_TITLE = "Thực hiện các tiêu chí nông thôn mới năm 2027"


def phu_my() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ MỸ", "Số: 17/KH-UBND"],
        "Phú Mỹ, ngày 25 tháng 01 năm 2027",
        PHU_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Giữ vững danh hiệu xã đạt chuẩn nông thôn mới.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, t in enumerate(PHU_TASKS, 1):
        para(
            doc,
            f"{i}. {t['title']} (chủ trì: {t['lead']}; phối hợp: "
            f"{', '.join(t['coordinating'])}; thời gian: {t['time']}).",
            indent=1.0,
        )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 05/12/2027.", indent=1.0
    )
    closing_beside(
        doc, RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hà Minh Quân"]
    )
    return libreoffice_pdf(save(doc))


def _expected(tasks: list[dict]) -> list[dict]:
    return [{k: v for k, v in t.items() if k != "time"} for t in tasks]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r31d-xa-vinh-loi-cot-thoi-gian.docx",
        vinh_loi(),
        COMMENT.format(
            what="a commune's Word plan, a table \"STT | Nội dung | Chủ trì | "
            'Phối hợp | Thời gian": ranges, a recurring Sunday, lunar days.'
        ),
        commune_header("Vĩnh Lợi", "12", "2027-01-15", VINH_TITLE, "Lâm Văn Tài", 3),
        _expected(VINH_TASKS),
    )
    path = OUT / "r31d-xa-hoa-thang-bang-tinh.xlsx"
    hoa_thang(path)
    write(
        OUT,
        path.name,
        path.read_bytes(),
        COMMENT.format(
            what="a commune's workbook, a time column of ranges with one year,"
            ' "mỗi tháng" and "Tháng Chạp".'
        ),
        commune_header("Hòa Thắng", "05", "2027-01-10", HOA_TITLE, "Trần Quốc Bảo", 3),
        _expected(HOA_TASKS),
    )
    write(
        OUT,
        "r31d-xa-nam-son-dong-nhan.txt",
        nam_son(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, labelled lines \"- Thời "
            'gian: …", one a blank day left to fill in.'
        ),
        commune_header("Nam Sơn", "09", "2027-01-20", NAM_TITLE, "Nguyễn Hữu Phước", 3),
        _expected(NAM_TASKS),
    )
    write(
        OUT,
        "r31d-xa-phu-my-ngoac.pdf",
        phu_my(),
        COMMENT.format(
            what="a commune's plan printed to .pdf, each work ending on a "
            'bracket "(chủ trì: …; phối hợp: …; thời gian: …)".'
        ),
        commune_header("Phú Mỹ", "17", "2027-01-25", PHU_TITLE, "Hà Minh Quân", 3),
        _expected(PHU_TASKS),
    )


if __name__ == "__main__":
    main()
