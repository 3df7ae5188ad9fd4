"""Writes round 30o's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round30o.py

Round 30o varies the family a blind hold-out of plans from every region
(round 30) lost half of its officials to, each written here from its
description before the importer was changed for it:

O1. a table "STT | Nội dung hoạt động | Bắt đầu | Kết thúc | Đơn vị chủ trì |
    Phối hợp | Phụ trách | Ghi chú": the "Phụ trách" column beside the
    lead's holds people, the officials; bodies stay partners ("Chi đoàn
    thôn", "Tổ công nghệ số cộng đồng").
O2. a rank or title before the name ("Thiếu tá …", "Đại úy …", "già làng
    …", "bác sĩ …").
O3. the names of the peoples of the Highlands, the Khmer, the Chăm and the
    north, with no Kinh family name, an apostrophe inside ("Rơ Châm
    H'Phim", "Điểu K'Lưm"), the signer's too.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save, task_table  # noqa: E402

OUT = HERE / "round30o"

COMMENT = """Round 30o (the officials of every people), written before the
importer was changed for it: {what}
Assumptions: a "Phụ trách" column (or label) beside the lead's names the
task's official, a person; a body in the partners' column is a partner,
never a person; a rank or title before a name ("Thiếu tá", "già làng") is
no part of it (the measure compares the person); a name of any people is
read whole, its apostrophe as written; the deadline is the end column's
day or the quarter's last day, the start the start column's day."""

# --- a commune's Word plan: a table with a "Phụ trách" column -----------------

IA_ROWS = [
    ("Ra quân tổng vệ sinh đường làng, ngõ xóm", "01/3/2027", "31/3/2027",
     "Đoàn Thanh niên xã", "Chi đoàn thôn", "Võ Thị Ngọc Hân", ""),
    ("Tập huấn kỹ năng số cho đoàn viên, thanh niên", "05/4/2027", "30/4/2027",
     "Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng", "Huỳnh Tấn Lộc", ""),
    ("Trồng 2 km đường hoa thanh niên tại buôn Ia Lâu", "01/5/2027", "31/5/2027",
     "Đoàn Thanh niên xã", "Hội Nông dân xã", "Rơ Châm H'Phim", ""),
    ("Vận động đồng bào làm chuồng trại xa nhà", "01/6/2027", "31/8/2027",
     "Hội Nông dân xã", "Các buôn", "Siu Hồng Quân - Chủ tịch Hội Nông dân xã", ""),
    ("Tuần tra an ninh trật tự dịp hè", "01/6/2027", "31/8/2027",
     "Công an xã", "Đoàn Thanh niên xã", "Đại úy Ksor Nhoai", ""),
]  # fmt: skip
IA_OFFICIALS = [
    "Võ Thị Ngọc Hân", "Huỳnh Tấn Lộc", "Rơ Châm H'Phim",
    "Siu Hồng Quân - Chủ tịch Hội Nông dân xã", "Ksor Nhoai",
]  # fmt: skip
IA_TITLE = "Hoạt động Tháng Thanh niên và chiến dịch hè năm 2027"


def ia_lau() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ IA LÂU", "Số: 31/KH-UBND"],
        "Ia Lâu, ngày 20 tháng 02 năm 2027",
        IA_TITLE,
    )
    a4(doc, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò xung kích của đoàn viên, thanh niên.", indent=1.0)
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    head = ["STT", "Nội dung hoạt động", "Bắt đầu", "Kết thúc", "Đơn vị chủ trì",
            "Phối hợp", "Phụ trách", "Ghi chú"]  # fmt: skip
    rows = [[[str(i)], *[[v] for v in row]] for i, row in enumerate(IA_ROWS, 1)]
    task_table(doc, head, rows, [1.0, 6.0, 2.2, 2.2, 3.0, 3.0, 3.5, 1.6])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/9/2027.", indent=1.0)
    closing_beside(
        doc,
        ["- Huyện Đoàn;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Rơ Mah Hlim"],
    )
    return save(doc)


def ia_lau_tasks() -> list[dict]:
    return [
        {"title": title, "lead": lead, "coordinating": [partner],
         "start": _iso(start), "deadline": _iso(end), "official": official}
        for (title, start, end, lead, partner, _, _), official
        in zip(IA_ROWS, IA_OFFICIALS, strict=True)
    ]  # fmt: skip


def _iso(day: str) -> str:
    d, m, y = day.split("/")
    return f"{y}-{int(m):02d}-{int(d):02d}"


# --- a commune's plan pasted into a .txt: labelled tasks ----------------------

DAK_TASKS = [
    ("Tuyên truyền về chuyển đổi số tại các bon", "Phòng Văn hóa - Xã hội",
     "Điểu K'Lưm", "Điểu K'Lưm", "Quý II/2027", "2027-06-30"),
    ("Tuần tra, giữ gìn an ninh trật tự dịp Tết Nguyên đán", "Công an xã",
     "Thiếu tá Sơn Hoàng Phúc - Trưởng Công an xã",
     "Sơn Hoàng Phúc - Trưởng Công an xã", "Quý I/2027", "2027-03-31"),
    ("Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi", "Trạm Y tế xã",
     "bác sĩ Thạch Sô Phol - Trạm trưởng Trạm Y tế",
     "Thạch Sô Phol - Trạm trưởng Trạm Y tế", "Quý III/2027", "2027-09-30"),
    ("Vận động đồng bào giữ gìn nhà rông truyền thống", "Ủy ban MTTQ Việt Nam xã",
     "già làng Y Thông Ayun", "Y Thông Ayun", "Quý IV/2027", "2027-12-31"),
    ("Hỗ trợ giống lúa nước cho 40 hộ đồng bào", "Phòng Kinh tế",
     "đ/c Danh Út, công chức Nông nghiệp", "Danh Út, công chức Nông nghiệp",
     "Quý II/2027", "2027-06-30"),
]  # fmt: skip
DAK_TITLE = "Thực hiện các tiêu chí nông thôn mới vùng đồng bào dân tộc năm 2027"


def dak_lua() -> str:
    items = []
    for i, (title, lead, official, _, time, _) in enumerate(DAK_TASKS, 1):
        items.append(
            f"{i}. {title}\n- Đơn vị chủ trì: {lead}\n- Phụ trách: {official}\n"
            f"- Thời gian: {time}"
        )
    body = "\n".join(items)
    return f"""ỦY BAN NHÂN DÂN
XÃ ĐẮK LUA
Số: 08/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lua, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
{DAK_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% bon có nhà văn hóa đạt chuẩn.

II. NHIỆM VỤ, GIẢI PHÁP
{body}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các bon;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Điểu K'Lưm
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r30o-xa-ia-lau-cot-phu-trach.docx",
        ia_lau(),
        COMMENT.format(
            what="a commune's Word plan, a table \"STT | Nội dung hoạt động | "
            "Bắt đầu | Kết thúc | Đơn vị chủ trì | Phối hợp | Phụ trách | Ghi "
            'chú", a rank before one name.'
        ),
        commune_header("Ia Lâu", "31", "2027-02-20", IA_TITLE, "Rơ Mah Hlim", 3),
        ia_lau_tasks(),
    )
    write(
        OUT,
        "r30o-xa-dak-lua-nguoi-phu-trach.txt",
        dak_lua(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, labelled tasks whose "
            '"Phụ trách:" names a person with a rank or title, the signer '
            "with an apostrophe."
        ),
        commune_header("Đắk Lua", "08", "2027-01-12", DAK_TITLE, "Điểu K'Lưm", 3),
        [
            {"title": title, "lead": lead, "deadline": day, "official": official}
            for title, lead, _, official, _, day in DAK_TASKS
        ],
    )


if __name__ == "__main__":
    main()
