"""Writes round 31u's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round31u.py

Round 31u varies, in every layout (a Word plan's prose, a Party
committee's text, labelled lines, a Word task table and the same table as
LibreOffice's PDF), the two families of where one unit ends that a blind
hold-out (round 31) missed, written before the importer was changed:

U1. A body whose own name holds a word that folds to "giao": "Giao Ban
    Tuyên giáo và Dân vận Đảng ủy xã chủ trì …", "Đảng ủy giao Ban Tuyên
    giáo và Dân vận chủ trì …", "Trung tâm Giáo dục nghề nghiệp - Giáo dục
    thường xuyên chủ trì …".
U2. The people of a place among a task's partners: after a body and a
    comma or "và" they are a partner of their own ("Trạm Y tế xã, già làng
    các buôn", "Đồn Biên phòng và già làng, trưởng bản", "Công chức Văn
    hóa - Xã hội, Nghệ nhân H'Nhí Niê"); the figures written one after the
    other in lower case are one partner ("già làng, trưởng bản", "người có
    uy tín, trưởng dòng họ các bản").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round31u"

COMMENT = """Round 31u (where one partner ends; a lead's name holding "giáo"),
written before the importer was changed for it: {what}
Assumptions: the people of a place ("già làng", "trưởng bản", "người có uy
tín", "bà con", "nghệ nhân", "chức sắc") after a body are a partner of their
own; figures written one after the other in lower case are one partner; a
body's name that holds "và" or "giáo" is one lead; "thường xuyên" ends with
the plan's year; a range of months gives the start and the deadline."""


def T(title, lead, coordinating, deadline, start=None):
    task = {"title": title, "lead": lead, "coordinating": coordinating}
    task["deadline"] = deadline
    if start:
        task["start"] = start
    return task


# --- 1. a commune's Word plan: prose paragraphs, "Giao X chủ trì, …" ------------

PROSE = [
    ("Mở 03 lớp xóa mù chữ cho người Mông từ 15 đến 60 tuổi tại các bản",
     "Giao Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên chủ trì, phối hợp với "
     "Trường Tiểu học và THCS Pa Vệ Sủ, già làng, trưởng bản thực hiện; hoàn thành trước "
     "ngày 30/11/2026.",
     T("Mở 03 lớp xóa mù chữ cho người Mông từ 15 đến 60 tuổi tại các bản",
       "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
       ["Trường Tiểu học và THCS Pa Vệ Sủ", "già làng, trưởng bản"], "2026-11-30")),
    ("Tuyên truyền, vận động đồng bào bỏ tục lệ lạc hậu trong việc cưới, việc tang",
     "Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã và người "
     "có uy tín, trưởng dòng họ các bản thực hiện thường xuyên.",
     T("Tuyên truyền, vận động đồng bào bỏ tục lệ lạc hậu trong việc cưới, việc tang",
       "Công chức Văn hóa - Xã hội",
       ["Ủy ban MTTQ Việt Nam xã", "người có uy tín, trưởng dòng họ các bản"],
       "2026-12-31")),
    ("Hỗ trợ 40 hộ nghèo phát triển chăn nuôi bò sinh sản theo Dự án 3",
     "Giao Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã, bà con các bản Pa Vệ Sủ, "
     "Mống Sến thực hiện; thời gian: Quý III/2026.",
     T("Hỗ trợ 40 hộ nghèo phát triển chăn nuôi bò sinh sản theo Dự án 3",
       "Phòng Kinh tế",
       ["Hội Nông dân xã", "bà con các bản Pa Vệ Sủ, Mống Sến"], "2026-09-30")),
    ("Kiện toàn 05 tổ hòa giải ở cơ sở, bồi dưỡng kỹ năng hòa giải cho tổ viên",
     "Giao Công an xã chủ trì, phối hợp Ban Tuyên giáo và Dân vận Đảng ủy xã, chức sắc "
     "tôn giáo trên địa bàn thực hiện, hoàn thành trong tháng 6/2026.",
     T("Kiện toàn 05 tổ hòa giải ở cơ sở, bồi dưỡng kỹ năng hòa giải cho tổ viên",
       "Công an xã",
       ["Ban Tuyên giáo và Dân vận Đảng ủy xã", "chức sắc tôn giáo trên địa bàn"],
       "2026-06-30")),
]  # fmt: skip

PROSE_TITLE = "Xóa mù chữ và xây dựng nếp sống văn minh vùng đồng bào Mông năm 2026"


def prose_plan() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PA VỆ SỦ", "Số: 35/KH-UBND"],
        "Pa Vệ Sủ, ngày 10 tháng 3 năm 2026",
        PROSE_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy vai trò của cả hệ thống chính trị và người có uy tín.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, (work, assigned, _) in enumerate(PROSE, 1):
        para(doc, f"{i}. {work}. {assigned}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan, đơn vị báo cáo kết quả về UBND xã.", indent=1.0)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các bản;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Giàng A Dơ"],
    )
    return save(doc)


# --- 2. a Party committee's text: "Đảng ủy giao …", "và" before the people ------

PARTY = [
    ("Tổ chức 12 buổi tuyên truyền lưu động bằng tiếng Thái, tiếng Mông tại các bản",
     "Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Đồn Biên phòng và "
     "già làng, trưởng bản thực hiện; hoàn thành trước ngày 30 tháng 9 năm 2026.",
     T("Tổ chức 12 buổi tuyên truyền lưu động bằng tiếng Thái, tiếng Mông tại các bản",
       "Ban Tuyên giáo và Dân vận Đảng ủy xã",
       ["Đồn Biên phòng", "già làng, trưởng bản"], "2026-09-30")),
    ("Biên soạn tài liệu hỏi - đáp về chính sách dân tộc bằng song ngữ Việt - Thái",
     "Đảng ủy giao Ban Tuyên giáo và Dân vận chủ trì, phối hợp Trường Phổ thông dân tộc "
     "bán trú THCS Chiềng Khoa, nghệ nhân các bản thực hiện trong Quý II/2026.",
     T("Biên soạn tài liệu hỏi - đáp về chính sách dân tộc bằng song ngữ Việt - Thái",
       "Ban Tuyên giáo và Dân vận",
       ["Trường Phổ thông dân tộc bán trú THCS Chiềng Khoa", "nghệ nhân các bản"],
       "2026-06-30")),
    ("Xây dựng mô hình “Bản không có ma túy” tại 03 bản biên giới",
     "Ban Chỉ huy Quân sự xã chủ trì, phối hợp Công an xã và đội ngũ người có uy tín ở "
     "các bản thực hiện thường xuyên.",
     T("Xây dựng mô hình “Bản không có ma túy” tại 03 bản biên giới",
       "Ban Chỉ huy Quân sự xã",
       ["Công an xã", "đội ngũ người có uy tín ở các bản"], "2026-12-31")),
]  # fmt: skip

PARTY_TITLE = (
    "Tuyên truyền, vận động đồng bào dân tộc thiểu số tham gia xây dựng nông thôn "
    "mới năm 2026"
)


def party_plan() -> str:
    body = "\n".join(f"{i}. {w}. {a}" for i, (w, a, _) in enumerate(PARTY, 1))
    return f"""ĐẢNG BỘ TỈNH SƠN LA
ĐẢNG ỦY XÃ CHIỀNG KHOA
*
Số 18-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Chiềng Khoa, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
{PARTY_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của đồng bào Thái, Mông về xây dựng nông thôn mới.

II. NHIỆM VỤ, GIẢI PHÁP
{body}

III. TỔ CHỨC THỰC HIỆN
Các chi bộ bản báo cáo kết quả về Ban Thường vụ Đảng ủy.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy;
- Các chi bộ;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Lường Văn Xôm
"""


# --- 3. a commune's text: labelled lines under each numbered job -------------

LABELLED = [
    ("Tổ chức 06 buổi truyền thông về chăm sóc sức khỏe bà mẹ, trẻ em tại các buôn",
     "Chủ trì: Hội Liên hiệp Phụ nữ xã",
     "Phối hợp: Trạm Y tế xã, già làng các buôn",
     "Thời gian: tháng 4 - tháng 6/2026",
     T("Tổ chức 06 buổi truyền thông về chăm sóc sức khỏe bà mẹ, trẻ em tại các buôn",
       "Hội Liên hiệp Phụ nữ xã", ["Trạm Y tế xã", "già làng các buôn"],
       "2026-06-30", "2026-04-01")),
    ("Phục dựng nghề dệt thổ cẩm, thành lập 02 tổ hợp tác dệt",
     "Chủ trì: Hội Liên hiệp Phụ nữ xã",
     "Phối hợp: Công chức Văn hóa - Xã hội, Nghệ nhân H'Nhí Niê",
     "Thời gian: Quý III/2026",
     T("Phục dựng nghề dệt thổ cẩm, thành lập 02 tổ hợp tác dệt",
       "Hội Liên hiệp Phụ nữ xã", ["Công chức Văn hóa - Xã hội", "Nghệ nhân H'Nhí Niê"],
       "2026-09-30")),
    ("Ra quân vệ sinh môi trường, trồng hoa dọc đường liên buôn",
     "Chủ trì: Đoàn Thanh niên xã",
     "Phối hợp: Hội Nông dân xã, bà con các buôn",
     "Thời gian: trước 31/7/2026",
     T("Ra quân vệ sinh môi trường, trồng hoa dọc đường liên buôn",
       "Đoàn Thanh niên xã", ["Hội Nông dân xã", "bà con các buôn"], "2026-07-31")),
]  # fmt: skip

LABELLED_TITLE = "Xây dựng buôn văn hóa, nông thôn mới vùng đồng bào Ê Đê năm 2026"


def labelled_plan() -> str:
    jobs = []
    for i, (work, lead, partners, when, _) in enumerate(LABELLED, 1):
        jobs += [f"{i}. {work}.", f"- {lead}.", f"- {partners}.", f"- {when}."]
    body = "\n".join(jobs)
    return f"""ỦY BAN NHÂN DÂN
XÃ EA KIẾT
Số: 22/KH-UBND
Ea Kiết, ngày 18 tháng 3 năm 2026

KẾ HOẠCH
{LABELLED_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Giữ gìn bản sắc văn hóa Ê Đê gắn với xây dựng nông thôn mới.

II. NHIỆM VỤ CỤ THỂ
{body}

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2026.

Nơi nhận:
- UBND tỉnh;
- Các buôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Thuật Mlô
"""


# --- 4 and 5. a commune's Word task table, and the same as PDF ----------------

TABLE = [
    ("Tập huấn kỹ thuật trồng cà phê tái canh cho 120 hộ đồng bào Gia Rai",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
     "Hội Nông dân xã và bà con các làng", "Quý II/2026",
     T("Tập huấn kỹ thuật trồng cà phê tái canh cho 120 hộ đồng bào Gia Rai",
       "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
       ["Hội Nông dân xã", "bà con các làng"], "2026-06-30")),
    ("Duy trì 04 đội cồng chiêng, truyền dạy cồng chiêng cho thanh thiếu niên",
     "Phòng Văn hóa - Xã hội",
     "Đoàn Thanh niên xã, nghệ nhân cồng chiêng các làng", "Tháng 5 - tháng 9/2026",
     T("Duy trì 04 đội cồng chiêng, truyền dạy cồng chiêng cho thanh thiếu niên",
       "Phòng Văn hóa - Xã hội",
       ["Đoàn Thanh niên xã", "nghệ nhân cồng chiêng các làng"], "2026-09-30",
       "2026-05-01")),
    ("Xây dựng 03 mô hình “Làng tự quản về an ninh trật tự”",
     "Công an xã",
     "Ban Chỉ huy Quân sự xã, già làng, người có uy tín", "Thường xuyên",
     T("Xây dựng 03 mô hình “Làng tự quản về an ninh trật tự”",
       "Công an xã", ["Ban Chỉ huy Quân sự xã", "già làng, người có uy tín"],
       "2026-12-31")),
    ("Vận động hiến đất mở rộng 2,4 km đường liên làng",
     "Ban Tuyên giáo và Dân vận Đảng ủy xã",
     "Ủy ban MTTQ Việt Nam xã; trưởng làng các làng", "Trước 30/10/2026",
     T("Vận động hiến đất mở rộng 2,4 km đường liên làng",
       "Ban Tuyên giáo và Dân vận Đảng ủy xã",
       ["Ủy ban MTTQ Việt Nam xã", "trưởng làng các làng"], "2026-10-30")),
]  # fmt: skip

HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]


def table_plan(place: str, number: str, title: str, signer: str, widths) -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {place.upper()}", f"Số: {number}/KH-UBND"],
        f"{place}, ngày 20 tháng 3 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động đồng bào Gia Rai cùng tham gia xây dựng nông thôn mới.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    rows = [
        [[str(i)], [work], [lead], [partners], [when]]
        for i, (work, lead, partners, when, _) in enumerate(TABLE, 1)
    ]
    task_table(doc, HEAD, rows, widths, bold_titles=False)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã.", indent=1.0)
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Các làng;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer],
    )
    return save(doc)


WORD_TITLE = "Phát huy vai trò đồng bào Gia Rai trong xây dựng nông thôn mới năm 2026"
PDF_TITLE = (
    "Phát huy vai trò đồng bào Gia Rai xã Ia Le trong xây dựng nông thôn mới năm 2026"
)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r31u-xa-pa-ve-su-giao-chu-tri.docx",
        prose_plan(),
        COMMENT.format(
            what="a commune's Word plan, numbered prose paragraphs, each the work "
            'then "Giao X chủ trì, phối hợp Y, Z thực hiện; hoàn thành …" whose '
            "partners mix bodies and the people of a place."
        ),
        commune_header("Pa Vệ Sủ", "35", "2026-03-10", PROSE_TITLE, "Giàng A Dơ", 3),
        [p[-1] for p in PROSE],
    )
    write(
        OUT,
        "r31u-dang-uy-chieng-khoa.txt",
        party_plan(),
        COMMENT.format(
            what="a Party committee's plan as text, numbered prose paragraphs "
            'with "Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì", "Đảng ủy '
            'giao Ban Tuyên giáo và Dân vận chủ trì", partners "X và già làng, '
            'trưởng bản".'
        ),
        {
            "number": "18",
            "symbol": "KH/ĐU",
            "place": "Chiềng Khoa",
            "date": "2026-03-12",
            "title": PARTY_TITLE,
            "issuer": "ĐẢNG ỦY XÃ CHIỀNG KHOA",
            "authority": "T/M ĐẢNG ỦY",
            "signer_title": "BÍ THƯ",
            "signer": "Lường Văn Xôm",
            "recipients": 3,
        },
        [p[-1] for p in PARTY],
    )
    write(
        OUT,
        "r31u-xa-ea-kiet-nhan.txt",
        labelled_plan(),
        COMMENT.format(
            what='a commune\'s text plan, numbered jobs with "- Chủ trì: …", '
            '"- Phối hợp: <body>, <people of the place>", "- Thời gian: …" lines.'
        ),
        commune_header("Ea Kiết", "22", "2026-03-18", LABELLED_TITLE, "Y Thuật Mlô", 3),
        [p[-1] for p in LABELLED],
    )
    write(
        OUT,
        "r31u-xa-ia-o-bang.docx",
        table_plan(
            "Ia O", "40", WORD_TITLE, "Rơ Châm Thuấn", [1.0, 6.0, 3.5, 4.0, 2.5]
        ),
        COMMENT.format(
            what="a commune's Word task table whose partner cells hold a body "
            'and the people of a place ("X và bà con các làng", "X, già làng, '
            'người có uy tín", "X; trưởng làng các làng").'
        ),
        commune_header("Ia O", "40", "2026-03-20", WORD_TITLE, "Rơ Châm Thuấn", 3),
        [r[-1] for r in TABLE],
    )
    write(
        OUT,
        "r31u-xa-ia-le-bang.pdf",
        saved_as(
            table_plan("Ia Le", "41", PDF_TITLE, "Siu Hlim", [1.0, 6.5, 3.5, 3.0, 2.0]),
            "pdf",
        ),
        COMMENT.format(
            what="the same task table exported by LibreOffice to PDF, its "
            "partner column narrow so that a body and the people of a place "
            "wrap over lines."
        ),
        commune_header("Ia Le", "41", "2026-03-20", PDF_TITLE, "Siu Hlim", 3),
        [r[-1] for r in TABLE],
    )


if __name__ == "__main__":
    main()
