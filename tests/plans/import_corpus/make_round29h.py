"""Writes round 29h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round29h.py

Round 29h varies the header families a blind hold-out of commune plans
(round 29) still read badly, each written here from its description before
the importer was changed for it:

H1. a steering committee's name wrapped over two lines under its commune's
    ("UBND XÃ MỸ HIỆP" / "BAN CHỈ ĐẠO XÂY DỰNG" / "NÔNG THÔN MỚI"), in a
    landscape Word plan saved as PDF; a draft whose day and number are left
    blank ("Số:       /KH-BCĐ", "ngày      tháng 5 năm 2026"), blanks the
    PDF's text cuts into cells; a congress's resolution cited with neither
    number nor date.
H2. the same in a .txt: "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH" / "MỤC TIÊU QUỐC GIA
    XÃ", the blank day in figures ("ngày   /5/2026"), two bases in one
    sentence, the second numberless ("…; căn cứ Nghị quyết Hội nghị thôn
    ngày …").
H3. a village's workbook whose title block holds two bases in one cell,
    the first with its date left blank ("ngày …"), the second numberless.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import toml_text, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from word_writer import MOTTO, a4, closing_beside, para, save, side_by_side  # noqa: E402

OUT = HERE / "round29h"

COMMENT = """Round 29h (header families), written before the importer was changed
for it: {what}
Assumptions: the issuer is the lowest body of the top-left block, its
wrapped lines joined (the commune above it is its parent, no part of it);
a date whose day is left blank is no day: the year and the month are kept
("2026-05"); a blank number is read as blank; a basis is a document cited
by its number, or with none by its date ("Nghị quyết ngày 2/1/2026"); a
congress's resolution with neither number nor date names no document to
find and is no basis."""

TASKS = [
    ("Phòng Kinh tế chủ trì, phối hợp với các thôn rà soát, đánh giá mức độ đạt "
     "các tiêu chí nông thôn mới của xã; hoàn thành trong tháng 6/2026.",
     {"title": "Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới của xã",
      "lead": "Phòng Kinh tế", "coordinating": ["các thôn"],
      "deadline": "2026-06-30"}),
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã tuyên "
     "truyền, vận động nhân dân tham gia xây dựng nông thôn mới; hoàn thành "
     "trước ngày 30/9/2026.",
     {"title": "Tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới",
      "lead": "Phòng Văn hóa - Xã hội", "coordinating": ["Ủy ban MTTQ Việt Nam xã"],
      "deadline": "2026-09-30"}),
    ("Văn phòng HĐND và UBND xã chủ trì tổng hợp kết quả thực hiện, báo cáo Ban "
     "Chỉ đạo; hoàn thành trước ngày 15/12/2026.",
     {"title": "Tổng hợp kết quả thực hiện, báo cáo Ban Chỉ đạo",
      "lead": "Văn phòng HĐND và UBND xã", "deadline": "2026-12-15"}),
]  # fmt: skip


def steering_header(place: str, issuer: str, title: str, bases: list[str]) -> dict:
    return {
        "number": "",
        "symbol": "KH-BCĐ",
        "place": place,
        "date": "2026-05",
        "title": title,
        "issuer": issuer,
        "authority": "TM. BAN CHỈ ĐẠO",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Lò Văn Tư",
        "bases": bases,
        "recipients": 3,
    }


# --- H1. a landscape Word plan saved as PDF --------------------------------

MY_HIEP_TITLE = "Thực hiện xây dựng nông thôn mới năm 2026"


def my_hiep_pdf() -> bytes:
    from docx import Document

    doc = Document()
    a4(doc, landscape=True)
    side_by_side(
        doc,
        [
            "UBND XÃ MỸ HIỆP",
            "BAN CHỈ ĐẠO XÂY DỰNG",
            "NÔNG THÔN MỚI",
            "Số:       /KH-BCĐ",
        ],
        [*MOTTO, "Mỹ Hiệp, ngày      tháng 5 năm 2026"],
    )
    para(doc, "DỰ THẢO", bold=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, MY_HIEP_TITLE, bold=True, center=True)
    para(doc, "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Mỹ Hiệp lần thứ I, "
              "nhiệm kỳ 2025 - 2030;", indent=1.0)  # fmt: skip
    para(doc, "Căn cứ Kế hoạch số 21/KH-UBND ngày 12/01/2026 của UBND xã Mỹ Hiệp "
              "về xây dựng nông thôn mới năm 2026;", indent=1.0)  # fmt: skip
    para(doc, "Ban Chỉ đạo xây dựng nông thôn mới xã xây dựng Kế hoạch như sau:",
         indent=1.0)  # fmt: skip
    para(doc, "I. NHIỆM VỤ", bold=True)
    for n, (text, _) in enumerate(TASKS, 1):
        para(doc, f"{n}. {text}", indent=1.0)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên Ban Chỉ đạo theo dõi, đôn đốc thực hiện Kế hoạch.",
         indent=1.0)  # fmt: skip
    closing_beside(
        doc,
        ["- UBND xã;", "- Các thành viên BCĐ;", "- Lưu: VT."],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Lò Văn Tư"],
    )
    return saved_as(save(doc), "pdf")


# --- H2. a .txt: "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH" / "MỤC TIÊU QUỐC GIA XÃ" ------

CAM_BINH_TITLE = "Thực hiện các Chương trình mục tiêu quốc gia năm 2026"


def cam_binh() -> str:
    tasks = "\n".join(f"{n}. {text}" for n, (text, _) in enumerate(TASKS, 1))
    return f"""UBND XÃ CẨM BÌNH
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH
MỤC TIÊU QUỐC GIA XÃ
Số:    /KH-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Bình, ngày   /5/2026
DỰ THẢO
KẾ HOẠCH
{CAM_BINH_TITLE}
Căn cứ Nghị quyết Đại hội Hội CCB xã nhiệm kỳ 2022 - 2027;
Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND xã Cẩm Bình; căn cứ Nghị quyết Hội nghị Ban Chỉ đạo xã ngày 02/4/2026;
I. NHIỆM VỤ
{tasks}
II. TỔ CHỨC THỰC HIỆN
Các thành viên Ban Chỉ đạo theo dõi, đôn đốc thực hiện Kế hoạch.
Nơi nhận:
- UBND xã;
- Các thành viên BCĐ;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Lò Văn Tư
"""


# --- H3. a village's workbook: two bases in one title cell -----------------

THON_DONG_ROWS = [
    ("Vận động nhân dân hiến đất mở rộng đường trục thôn", "Trưởng thôn",
     "Tháng 3/2027", "2027-03-31"),
    ("Trồng hàng rào xanh dọc đường trục thôn", "Chi hội Phụ nữ thôn",
     "Tháng 4/2027", "2027-04-30"),
    ("Sửa chữa nhà văn hóa thôn", "Ban phát triển thôn", "Quý II/2027",
     "2027-06-30"),
]  # fmt: skip


def thon_dong_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["ỦY BAN NHÂN DÂN XÃ CẨM BÌNH"])
    ws.append(["BAN PHÁT TRIỂN THÔN ĐÔNG"])
    ws.append(["KẾ HOẠCH XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027"])
    ws.append(
        [
            "Căn cứ Kế hoạch số 15/KH-UBND ngày … của UBND xã Cẩm Bình; căn cứ "
            "Nghị quyết Hội nghị thôn ngày 02/01/2027"
        ]
    )
    ws.append(["STT", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành"])
    for n, (task, lead, when, _) in enumerate(THON_DONG_ROWS, 1):
        ws.append([n, task, lead, when])
    return save(wb)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r29h-bcd-my-hiep-du-thao.pdf",
        my_hiep_pdf(),
        COMMENT.format(
            what="a steering committee's landscape Word draft saved as PDF,\n"
            "its name wrapped under the commune's, day and number left blank."
        ),
        steering_header(
            "Mỹ Hiệp",
            "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI",
            MY_HIEP_TITLE,
            ["21/KH-UBND"],
        ),
        [fields for _, fields in TASKS],
    )
    write(
        OUT,
        "r29h-bcd-cam-binh-ngay-trong.txt",
        cam_binh(),
        COMMENT.format(
            what="a steering committee's draft pasted into a .txt, its name\n"
            'wrapped, "ngày   /5/2026", two bases in one sentence.'
        ),
        steering_header(
            "Cẩm Bình",
            "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÃ",
            CAM_BINH_TITLE,
            ["15/KH-UBND", "Nghị quyết ngày 02/04/2026"],
        ),
        [fields for _, fields in TASKS],
    )
    (OUT / "r29h-thon-dong-hai-can-cu.xlsx").write_bytes(thon_dong_xlsx())
    (OUT / "r29h-thon-dong-hai-can-cu.toml").write_text(
        toml_text(
            COMMENT.format(
                what="a village's workbook, two bases in one cell of its title\n"
                "block, the first's date left blank."
            ),
            {
                "title": "XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027",
                "issuer": "BAN PHÁT TRIỂN THÔN ĐÔNG",
                "bases": ["15/KH-UBND", "Nghị quyết ngày 02/01/2027"],
            },
            [
                {"title": task, "lead": lead, "deadline": day}
                for task, lead, _, day in THON_DONG_ROWS
            ],
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
