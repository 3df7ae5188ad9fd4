"""Writes round 29a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round29a.py

Round 29a varies the families a blind hold-out (round 29) still measured
as failing in a plan's organisation part ("III. TỔ CHỨC THỰC HIỆN"), each
written here from its description before the importer was changed for it.

A1. A numbered item whose sentence opens on a body, then a basis or a
    manner, then concrete work with its own deadline ("Các thôn căn cứ Kế
    hoạch này xây dựng kế hoạch cụ thể …, hoàn thành trước ngày …", "Hội
    Nông dân xã chủ động xây dựng 02 mô hình …; hoàn thành trong quý …"):
    a task that body leads.
A2. "X: <concrete work>, hoàn thành đăng ký trước ngày …; báo cáo kết quả
    về … theo quý.": a task of X, the report back after it no part of it.
A3. Duties made only of steering and oversight, with the day of a report
    ("X: phân công … phụ trách …; theo dõi, đôn đốc, tổng hợp kết quả, báo
    cáo … trước ngày …", "hướng dẫn, kiểm tra …; tổng hợp, báo cáo …",
    "căn cứ Kế hoạch này chủ động triển khai thực hiện, báo cáo …",
    "giám sát việc thực hiện Kế hoạch, báo cáo …"): no task.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round29a"

COMMENT = """Round 29a (work and oversight in the organisation part), written
before the importer was changed for it: {what}
Assumptions: in the organisation part, an item that gives a body concrete
work (its first verb one of work, not of steering) with a deadline of its
own is a task that body leads — the body before a colon, or the body its
sentence opens with (a basis "căn cứ Kế hoạch này" and a manner "chủ động"
no part of the title); the report back after the work ("; báo cáo kết quả
về … theo quý") is no part of it; a duty made only of steering, oversight
and reporting whose day is a report's is no task; the tasks of part II are
read as before."""

# --- a commune's plan pasted into a .txt ---------------------------------------

YEN_LAC_TASKS = [
    ("Phòng Kinh tế chủ trì, phối hợp với các thôn rà soát hiện trạng 8 tuyến "
     "đường trục thôn cần cứng hóa; hoàn thành trong Quý I/2027.",
     {"title": "Rà soát hiện trạng 8 tuyến đường trục thôn cần cứng hóa",
      "lead": "Phòng Kinh tế", "coordinating": ["các thôn"],
      "deadline": "2027-03-31"}),
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp Trạm Y tế xã tổ chức 03 lớp "
     "tập huấn về vệ sinh an toàn thực phẩm; hoàn thành trong tháng 5/2027.",
     {"title": "Tổ chức 03 lớp tập huấn về vệ sinh an toàn thực phẩm",
      "lead": "Phòng Văn hóa - Xã hội", "coordinating": ["Trạm Y tế xã"],
      "deadline": "2027-05-31"}),
]  # fmt: skip

YEN_LAC_ORGANISATION = [
    ("Văn phòng HĐND và UBND xã: theo dõi, đôn đốc, tổng hợp kết quả, báo cáo "
     "UBND tỉnh trước ngày 15/12/2027.", None),
    ("Các thôn căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để triển khai thực "
     "hiện ở thôn, hoàn thành trước ngày 31/3/2027.",
     {"title": "Xây dựng kế hoạch cụ thể để triển khai thực hiện ở thôn",
      "lead": "Các thôn", "coordinating": [], "deadline": "2027-03-31"}),
    ("Hội Liên hiệp Phụ nữ xã: tổ chức cho hội viên đăng ký xây dựng gia đình "
     "“5 không, 3 sạch”, hoàn thành đăng ký trước ngày 30/6/2027; báo cáo kết "
     "quả về UBND xã theo quý.",
     {"title": "Tổ chức cho hội viên đăng ký xây dựng gia đình “5 không, 3 sạch”",
      "lead": "Hội Liên hiệp Phụ nữ xã", "coordinating": [],
      "deadline": "2027-06-30"}),
    ("Đoàn Thanh niên xã: hướng dẫn, kiểm tra các chi đoàn; tổng hợp, báo cáo "
     "UBND xã trước ngày 30/11/2027.", None),
]  # fmt: skip

YEN_LAC_TITLE = "Thực hiện Chương trình xây dựng nông thôn mới năm 2027"


def yen_lac() -> str:
    tasks = "\n".join(
        f"{letter}) {s}" for letter, (s, _) in zip("abcd", YEN_LAC_TASKS, strict=False)
    )
    organisation = "\n".join(
        f"{i}. {s}" for i, (s, _) in enumerate(YEN_LAC_ORGANISATION, 1)
    )
    return f"""ỦY BAN NHÂN DÂN
XÃ YÊN LẠC
Số: 17/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Lạc, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
{YEN_LAC_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% thôn đạt chuẩn nông thôn mới.

II. NHIỆM VỤ, GIẢI PHÁP
1. Về hạ tầng và văn hóa
{tasks}

III. TỔ CHỨC THỰC HIỆN
{organisation}

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nông Văn Hùng
"""


# --- a commune's Word plan ------------------------------------------------------

DONG_BAU_TASKS = [
    ("Hợp tác xã Nông nghiệp Đồng Bầu chủ trì, phối hợp Phòng Kinh tế xây dựng "
     "vùng trồng chè an toàn 15 ha; hoàn thành trong Quý III/2027.",
     {"title": "Xây dựng vùng trồng chè an toàn 15 ha",
      "lead": "Hợp tác xã Nông nghiệp Đồng Bầu", "coordinating": ["Phòng Kinh tế"],
      "deadline": "2027-09-30"}),
]  # fmt: skip

DONG_BAU_ORGANISATION = [
    ("Phòng Kinh tế: phân công công chức phụ trách từng thôn; theo dõi, đôn đốc, "
     "tổng hợp, báo cáo UBND xã trước ngày 05/12/2027.", None),
    ("Hội Nông dân xã chủ động xây dựng 02 mô hình trồng rau an toàn tại thôn "
     "Khe Mo; hoàn thành trong quý III/2027.",
     {"title": "Xây dựng 02 mô hình trồng rau an toàn tại thôn Khe Mo",
      "lead": "Hội Nông dân xã", "coordinating": [], "deadline": "2027-09-30"}),
    ("Các chi hội nông dân: căn cứ Kế hoạch này chủ động triển khai thực hiện, "
     "báo cáo kết quả về Hội Nông dân xã trước ngày 20/11/2027.", None),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã: giám sát việc thực hiện Kế hoạch, "
     "báo cáo UBND xã trước ngày 15/12/2027.", None),
]  # fmt: skip

DONG_BAU_TITLE = "Phát triển sản xuất nông nghiệp năm 2027"


def dong_bau() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG BẦU", "Số: 25/KH-UBND"],
        "Đồng Bầu, ngày 20 tháng 01 năm 2027",
        DONG_BAU_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "1. Phấn đấu giá trị sản xuất nông nghiệp tăng 5%.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(doc, "1. Về phát triển sản xuất", bold=True, indent=1.0)
    for letter, (sentence, _) in zip("abcd", DONG_BAU_TASKS, strict=False):
        para(doc, f"{letter}) {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    for i, (sentence, _) in enumerate(DONG_BAU_ORGANISATION, 1):
        para(doc, f"{i}. {sentence}", indent=1.0)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Sáng"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r29a-xa-yen-lac-to-chuc-thuc-hien.txt",
        yen_lac(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, lettered tasks in part II, "
            "numbered duties in part III (two tasks, two oversight)."
        ),
        commune_header(
            "Yên Lạc", "17", "2027-01-12", YEN_LAC_TITLE, "Nông Văn Hùng", 3
        ),
        [f for _, f in YEN_LAC_TASKS + YEN_LAC_ORGANISATION if f],
    )
    write(
        OUT,
        "r29a-xa-dong-bau-giam-sat.docx",
        dong_bau(),
        COMMENT.format(
            what="a commune's Word plan, numbered duties in part III (one task "
            "after a manner, three of oversight)."
        ),
        commune_header(
            "Đồng Bầu", "25", "2027-01-20", DONG_BAU_TITLE, "Hoàng Văn Sáng", 3
        ),
        [f for _, f in DONG_BAU_TASKS + DONG_BAU_ORGANISATION if f],
    )


if __name__ == "__main__":
    main()
