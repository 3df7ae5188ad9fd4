"""Writes round 30l's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round30l.py

Round 30l varies two families a second blind hold-out (round 30) missed,
each written here from its description before the importer was changed:

L1. A village's plan pasted from Zalo into a .txt (a chat line before the
    header and after the signature), its work under a section whose name
    the lists do not know ("II. NHỮNG VIỆC CẦN LÀM"): numbered jobs, each
    followed by labelled lines — "- Thực hiện: X. Phối hợp: Y, Z." (two
    labels on one line), "- Phụ trách: <a person of the Central Highlands'
    peoples, no Kinh family name, perhaps after "già làng">", "- Thời gian:
    …" (a day with no year, a range of days or months).
L2. A commune's draft plan in Word, a criterion's block of labelled lines:
    "- Thực trạng: …" / "- Tình hình: …" (a state, no task), "- Nội dung:
    <work>" (the task is the label's value), then "- Giao X chủ trì, phối
    hợp Y và Z thực hiện; thời gian: …; công chức phụ trách: ông …" (its
    lead, partners, deadline and official); and a block whose "- Nhiệm
    vụ:" lists "+" items under one "- Đơn vị thực hiện: …" line.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round30l"

COMMENT = """Round 30l (labelled lines under a numbered job or a criterion),
written before the importer was changed for it: {what}
Assumptions: each numbered job (or the value of "Nội dung:"/"Nhiệm vụ:")
is a task, never a labelled line; "Thực hiện:" names the lead, "Phối
hợp:" the partners split at commas, "Phụ trách:" a person, the official
(the name measured, a title such as "già làng" no part of it); a day with
no year is in the plan's year; a range of days or months gives the start
and the deadline; "Thực trạng"/"Tình hình" lines are the state, no task."""

# --- a village's plan pasted from Zalo ------------------------------------------

VILLAGE_JOBS = [
    ("Trồng hàng rào xanh bằng cây chè tàu dọc đường vào khu dân cư, dài 800 m.",
     "Thực hiện: Chi hội Nông dân thôn. Phối hợp: Chi đoàn thôn, các hộ hai bên đường.",
     "Phụ trách: Y Blông (Chi hội trưởng).",
     "Thời gian: xong trước 31/5.",
     {"title": "Trồng hàng rào xanh bằng cây chè tàu dọc đường vào khu dân cư, "
               "dài 800 m",
      "lead": "Chi hội Nông dân thôn",
      "coordinating": ["Chi đoàn thôn", "các hộ hai bên đường"],
      "deadline": "2026-05-31", "official": "Y Blông"}),
    ("Sửa lại mái tranh và sàn nhà rông văn hóa của thôn.",
     "Thực hiện: Tổ hòa giải thôn. Phối hợp: Chi hội Người cao tuổi thôn.",
     "Phụ trách: già làng A Thút.",
     "Thời gian: 10/6 - 20/7/2026.",
     {"title": "Sửa lại mái tranh và sàn nhà rông văn hóa của thôn",
      "lead": "Tổ hòa giải thôn", "coordinating": ["Chi hội Người cao tuổi thôn"],
      "deadline": "2026-07-20", "start": "2026-06-10", "official": "A Thút"}),
    ("Dạy hát dân ca, múa xoang cho học sinh trong thôn.",
     "Thực hiện: Chi đoàn thôn. Phối hợp: Chi hội Phụ nữ thôn.",
     "Phụ trách: A Duin.",
     "Thời gian: tháng 6 - 8/2026.",
     {"title": "Dạy hát dân ca, múa xoang cho học sinh trong thôn",
      "lead": "Chi đoàn thôn", "coordinating": ["Chi hội Phụ nữ thôn"],
      "deadline": "2026-08-31", "start": "2026-06-01", "official": "A Duin"}),
]  # fmt: skip

VILLAGE_TITLE = "Xây dựng thôn nông thôn mới kiểu mẫu năm 2026"


def village() -> str:
    jobs = []
    for i, (work, who, person, when, _) in enumerate(VILLAGE_JOBS, 1):
        jobs += [f"{i}. {work}", f"- {who}", f"- {person}", f"- {when}"]
    body = "\n".join(jobs)
    return f"""[14/03/2026 19:05] Y Blông Kon Sơ Lăng:
Gửi bà con kế hoạch của thôn, mọi người đọc rồi góp ý nhé
UBND XÃ KON CHIÊNG
BAN PHÁT TRIỂN THÔN KON SƠ LĂNG
Số: 02/KH-BPT
Kon Sơ Lăng, ngày 14 tháng 3 năm 2026

KẾ HOẠCH
{VILLAGE_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Bà con cùng góp công, giữ gìn nhà rông và bản sắc văn hóa của thôn.

II. NHỮNG VIỆC CẦN LÀM
{body}

III. TỔ CHỨC THỰC HIỆN
Ban phát triển thôn theo dõi, báo cáo UBND xã kết quả thực hiện.

Nơi nhận:
- UBND xã;
- Các hộ trong thôn;
- Lưu.
TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN
A Thút
[14/03/2026 19:07] Y Blông Kon Sơ Lăng:
Bà con đọc kỹ, tối thứ Bảy họp thôn nhé
"""


# --- a commune's draft plan in Word: a criterion's labelled lines ------------

CRITERIA = [
    ("Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn",
     "Thực trạng: trên địa bàn mới có 01 hợp tác xã hoạt động hiệu quả.",
     "Nội dung: Hỗ trợ 35 hộ đồng bào S'tiêng trồng xen sầu riêng trong vườn điều theo Dự án 3.",
     "Giao Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã và HTX Nông nghiệp Đồng Nai Thượng thực hiện; thời gian: Quý III/2026; công chức phụ trách: ông Điểu Lâm.",
     {"title": "Hỗ trợ 35 hộ đồng bào S'tiêng trồng xen sầu riêng trong vườn điều "
               "theo Dự án 3",
      "lead": "Phòng Kinh tế",
      "coordinating": ["Hội Nông dân xã", "HTX Nông nghiệp Đồng Nai Thượng"],
      "deadline": "2026-09-30", "start": "2026-07-01", "official": "Điểu Lâm"}),
    ("Tiêu chí số 16 - Văn hóa",
     "Tình hình: 4/6 sóc có nhà văn hóa đạt chuẩn.",
     "Nhiệm vụ: Xây mới nhà văn hóa sóc Bù Bưng.",
     "Giao Ban Quản lý dự án đầu tư xây dựng khu vực chủ trì, phối hợp Ban tự quản sóc Bù Bưng thực hiện; thời gian: tháng 10/2026; công chức phụ trách: bà Thị Mai.",
     {"title": "Xây mới nhà văn hóa sóc Bù Bưng",
      "lead": "Ban Quản lý dự án đầu tư xây dựng khu vực",
      "coordinating": ["Ban tự quản sóc Bù Bưng"],
      "deadline": "2026-10-31", "start": "2026-10-01", "official": "Thị Mai"}),
]  # fmt: skip

ROADS = [
    {"title": "Cứng hóa 2,5 km đường trục sóc Bù Bưng", "lead": "Phòng Kinh tế",
     "coordinating": ["Ban tự quản các sóc"], "deadline": "2026-11-30"},
    {"title": "Nâng cấp 1,8 km đường nội đồng sóc Bù Gia", "lead": "Phòng Kinh tế",
     "coordinating": ["Ban tự quản các sóc"], "deadline": "2026-11-30"},
]  # fmt: skip

COMMUNE_TITLE = "Thực hiện các tiêu chí xã nông thôn mới năm 2026 (dự thảo)"


def commune() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG NAI THƯỢNG", "Số: 27/KH-UBND"],
        "Đồng Nai Thượng, ngày 16 tháng 3 năm 2026",
        COMMUNE_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Phấn đấu đạt thêm 03 tiêu chí trong năm 2026.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP THEO TỪNG TIÊU CHÍ", bold=True)
    para(doc, "1. Tiêu chí số 2 - Giao thông", bold=True, indent=1.0)
    para(doc, "- Hiện trạng: còn 6,3 km đường trục sóc chưa được cứng hóa.", indent=1.0)
    para(doc, "- Nhiệm vụ:", indent=1.0)
    for road in ROADS:
        para(doc, f"+ {road['title']}.", indent=1.0)
    para(
        doc,
        "- Đơn vị thực hiện: Phòng Kinh tế chủ trì; phối hợp: Ban tự quản các sóc. "
        "Thời gian hoàn thành: 30/11/2026.",
        indent=1.0,
    )
    for i, (name, state, work, assigned, _) in enumerate(CRITERIA, 2):
        para(doc, f"{i}. {name}", bold=True, indent=1.0)
        for line in (state, work, assigned):
            para(doc, f"- {line}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các sóc;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Điểu Bình"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r30l-thon-kon-so-lang-zalo.txt",
        village(),
        COMMENT.format(
            what="a village's plan pasted from Zalo, numbered jobs under "
            '"II. NHỮNG VIỆC CẦN LÀM", each with "Thực hiện: X. Phối hợp: Y", '
            '"Phụ trách: <person>", "Thời gian: …" lines.'
        ),
        {
            "number": "02",
            "symbol": "KH-BPT",
            "place": "Kon Sơ Lăng",
            "date": "2026-03-14",
            "title": VILLAGE_TITLE,
            "issuer": "BAN PHÁT TRIỂN THÔN KON SƠ LĂNG",
            "authority": "TM. BAN PHÁT TRIỂN THÔN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "A Thút",
            "recipients": 3,
        },
        [job[-1] for job in VILLAGE_JOBS],
    )
    write(
        OUT,
        "r30l-xa-dong-nai-thuong-tieu-chi.docx",
        commune(),
        COMMENT.format(
            what="a commune's draft plan in Word, criteria's blocks of "
            '"Thực trạng"/"Tình hình", "Nội dung"/"Nhiệm vụ: <work>" and "Giao '
            '…" lines, and a block of "+" items under one "Đơn vị thực hiện".'
        ),
        commune_header(
            "Đồng Nai Thượng", "27", "2026-03-16", COMMUNE_TITLE, "Điểu Bình", 3
        ),
        ROADS + [c[-1] for c in CRITERIA],
    )


if __name__ == "__main__":
    main()
