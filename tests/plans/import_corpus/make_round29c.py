"""Writes round 29c's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round29c.py

Round 29c varies two families a blind hold-out of commune plans (round 29)
measured as failing, each written here from its description before the
importer was changed for it:

C1. "Tiêu chí số N - <name>" blocks, each task on one line then its
    labelled lines ("+ Đơn vị chủ trì: …", "+ Đơn vị phối hợp: …", "+ Thời
    gian: …", "+ Cán bộ phụ trách: …"), a task line holding ";" ("… giai
    đoạn 2026 - 2030; hỗ trợ sinh kế cho 25 hộ"): the ";" is part of the
    task, the labels are said of the whole line.
C2. the official inside the who/when bracket after the work: "(giao X thực
    hiện, đ/c Y - Phó Chủ tịch Hội phụ trách; hoàn thành trước …)", "do
    đồng chí … theo dõi", "đồng chí … (PCT Hội) phụ trách", "; đ/c … chỉ
    đạo;".
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round29c"

COMMENT = """Round 29c (a task line holding ";" over its labelled lines; the
official inside the who/when bracket), written before the importer was
changed for it: {what}
Assumptions: a task line followed by its labelled lines is one task, its
whole line (";" included) the title, the labels its lead, partners, time
and official; in a bracket after the work, the unit given the work ("giao
X thực hiện") leads and the person named with a title of address and
then "phụ trách", "theo dõi" or "chỉ đạo" is the official (the name and
post as written, the title of address dropped); a deadline is a month's
or quarter's last day."""

# --- C1: criteria blocks, a task line then its labelled lines --------------

CRITERIA = [
    ("Tiêu chí số 11 - Nghèo đa chiều", [
        ("Rà soát, lập danh sách hộ nghèo, hộ cận nghèo giai đoạn 2026 - 2030; "
         "hỗ trợ sinh kế cho 25 hộ",
         "Phòng Văn hóa - Xã hội", ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"],
         "hoàn thành trước 30/9/2026", "2026-09-30",
         "Nguyễn Văn An - công chức Văn hóa - Xã hội"),
    ]),
    ("Tiêu chí số 2 - Giao thông", [
        ("Cứng hóa 1,8 km đường trục thôn An Lợi; lắp đặt 40 bộ đèn chiếu sáng "
         "đường thôn",
         "Phòng Kinh tế", ["Ban phát triển thôn An Lợi"],
         "Quý III/2026", "2026-09-30",
         "Lê Văn Bình - công chức Địa chính - Xây dựng"),
        ("Duy tu 6 km đường nội đồng",
         "Phòng Kinh tế", ["các thôn"],
         "tháng 11/2026", "2026-11-30",
         "Lê Văn Bình - công chức Địa chính - Xây dựng"),
    ]),
    ("Tiêu chí số 17 - Môi trường và an toàn thực phẩm", [
        ("Xây dựng 03 điểm tập kết rác thải; vận động 100% hộ phân loại rác tại "
         "nguồn",
         "Phòng Kinh tế", ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
         "trước 31/10/2026", "2026-10-31",
         "Phạm Thị Hoa - công chức Nông nghiệp - Môi trường"),
    ]),
]  # fmt: skip

# --- C2: a who/when bracket after the work naming the person in charge --------

BRACKETS = [
    ("Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản” (giao Chi hội phụ nữ "
     "các thôn Phú Hòa, An Lợi, Vĩnh Lại thực hiện, đ/c Trần Thị Mai - Phó Chủ "
     "tịch Hội phụ trách; hoàn thành trước 30/6/2026).",
     {"title": "Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản”",
      "lead": "Chi hội phụ nữ các thôn Phú Hòa, An Lợi, Vĩnh Lại",
      "deadline": "2026-06-30", "official": "Trần Thị Mai - Phó Chủ tịch Hội"}),
    ("Tổ chức 02 lớp tập huấn kỹ thuật trồng lúa chất lượng cao (giao Hội Nông "
     "dân xã thực hiện, đồng chí Lê Văn Hùng (PCT Hội) phụ trách; hoàn thành "
     "tháng 8/2026).",
     {"title": "Tổ chức 02 lớp tập huấn kỹ thuật trồng lúa chất lượng cao",
      "lead": "Hội Nông dân xã", "deadline": "2026-08-31",
      "official": "Lê Văn Hùng (PCT Hội)"}),
    ("Xây dựng 03 mô hình kinh tế hộ thanh niên (giao Đoàn Thanh niên xã thực "
     "hiện, do đ/c Phạm Văn Đức - Bí thư Đoàn xã theo dõi; xong trước "
     "31/10/2026).",
     {"title": "Xây dựng 03 mô hình kinh tế hộ thanh niên",
      "lead": "Đoàn Thanh niên xã", "deadline": "2026-10-31",
      "official": "Phạm Văn Đức - Bí thư Đoàn xã"}),
    ("Trồng 500 cây xanh trên tuyến đường liên thôn (Hội Cựu chiến binh xã thực "
     "hiện; đồng chí Hà Văn Thắng - Chủ tịch Hội chỉ đạo; hoàn thành trong Quý "
     "III/2026).",
     {"title": "Trồng 500 cây xanh trên tuyến đường liên thôn",
      "lead": "Hội Cựu chiến binh xã", "deadline": "2026-09-30",
      "official": "Hà Văn Thắng - Chủ tịch Hội"}),
]  # fmt: skip


def criteria_lines(item: str, label: str) -> list[str]:
    lines = []
    for i, (criterion, tasks) in enumerate(CRITERIA, 1):
        lines.append(f"{i}. {criterion}")
        for work, lead, partners, time, _, official in tasks:
            lines += [
                f"{item}{work}",
                f"{label}Đơn vị chủ trì: {lead}",
                f"{label}Đơn vị phối hợp: {', '.join(partners)}",
                f"{label}Thời gian: {time}",
                f"{label}Cán bộ phụ trách: {official}",
            ]
    return lines


def criteria_expected() -> list[dict]:
    return [
        {
            "title": work,
            "lead": lead,
            "coordinating": partners,
            "deadline": day,
            "official": official,
        }
        for _, tasks in CRITERIA
        for work, lead, partners, _, day, official in tasks
    ]


PHU_HOA_TITLE = "Thực hiện các tiêu chí xã nông thôn mới năm 2026"


def phu_hoa() -> str:
    body = "\n".join(criteria_lines("- ", "+ "))
    return f"""ỦY BAN NHÂN DÂN
XÃ PHÚ HÒA
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Hòa, ngày 06 tháng 4 năm 2026

KẾ HOẠCH
{PHU_HOA_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Duy trì và nâng cao chất lượng các tiêu chí đã đạt.

II. NHIỆM VỤ CỤ THỂ
{body}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã căn cứ nhiệm vụ được giao chủ động thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Văn Hậu
"""


VINH_LAI_TITLE = "Thực hiện các tiêu chí và phần việc nông thôn mới năm 2026"


def vinh_lai() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ VĨNH LẠI", "Số: 27/KH-UBND"],
        "Vĩnh Lại, ngày 10 tháng 4 năm 2026",
        VINH_LAI_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững 19/19 tiêu chí xã đạt chuẩn nông thôn mới.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for line in criteria_lines("- ", "+ "):
        para(doc, line, bold=line[:1].isdigit(), indent=1.0)
    para(doc, f"{len(CRITERIA) + 1}. Các phần việc của đoàn thể", bold=True, indent=1.0)
    for sentence, _ in BRACKETS:
        para(doc, f"- {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện "
        "Kế hoạch về UBND xã.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Tâm"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r29c-xa-phu-hoa-tieu-chi-dong-nhan.txt",
        phu_hoa(),
        COMMENT.format(
            what='a commune\'s plan pasted into a .txt, "Tiêu chí số N" blocks, '
            'each "-" task line then its "+" labelled lines, two task lines '
            'holding ";".'
        ),
        commune_header("Phú Hòa", "41", "2026-04-06", PHU_HOA_TITLE, "Võ Văn Hậu", 3),
        criteria_expected(),
    )
    write(
        OUT,
        "r29c-xa-vinh-lai-nguoi-trong-ngoac.doc",
        saved_as(vinh_lai(), "doc"),
        COMMENT.format(
            what="a commune's Word plan saved as .doc, the same criteria blocks, "
            "then the unions' work with a who/when bracket naming the person "
            "in charge."
        ),
        commune_header(
            "Vĩnh Lại", "27", "2026-04-10", VINH_LAI_TITLE, "Nguyễn Văn Tâm", 3
        ),
        criteria_expected() + [fields for _, fields in BRACKETS],
    )


if __name__ == "__main__":
    main()
