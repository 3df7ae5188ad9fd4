"""Writes round 29b's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round29b.py

Round 29b varies the families a blind hold-out (round 29) missed in the
organisation part of a Front's plan, each written here from its
description before the importer was changed for it:

B1. duties under a body's heading ("1. Ban Thường trực Ủy ban MTTQ Việt
    Nam xã", "5. Hội Cựu chiến binh xã"), one sentence or "-" lines, whose
    time is a bare range with no label ("… thôn, xóm từ tháng 5 đến tháng
    9/2026.", ", từ ngày 01/11 đến ngày 18/11/2026.", "từ quý II đến quý
    III/2026");
B2. a "-" duty that opens on its partner, its verb one no list holds ("-
    Phối hợp với UBND xã lựa chọn 02 khu dân cư …");
B3. partners joined by "và", each a whole body ("phối hợp với Ủy ban MTTQ
    Việt Nam xã và các tổ chức chính trị - xã hội xã"), beside names that
    hold "và" ("Ban Tuyên giáo và Dân vận Đảng ủy xã", "Văn phòng HĐND và
    UBND xã");
B4. a counted target line ("- Có ít nhất 02 khu dân cư đạt chuẩn …") after
    percent ones.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round29b"

COMMENT = """Round 29b (duties under a body's heading in a Front's plan), written
before the importer was changed for it: {what}
Assumptions: the body a numbered heading names leads the duties under it;
a bare range the sentence ends on ("từ tháng 5 đến tháng 9/2026", ", từ
ngày 01/11 đến ngày 18/11/2026") is its time, the first day its start and
the last its deadline, and no part of the title; "- Phối hợp với X <work>"
has X as its partner and the work, capitalised, as its title; partners
joined by "và" are two where each side is a whole body, never inside a
name; "xong trước …", "hoàn thành trong tháng …", "; thời gian: năm …" are
deadlines as before."""


def _front_header(
    place: str, number: str, date: str, title: str, signer: str, recipients: int
) -> dict:
    return {
        "number": number,
        "symbol": "KH-MTTQ-BTT",
        "place": place,
        "date": date,
        "title": title,
        "issuer": f"BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ {place.upper()}",
        "authority": "TM. BAN THƯỜNG TRỰC",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": recipients,
    }


FRONT = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"

# --- a commune Front's plan pasted into a .txt --------------------------------

TAN_LAP_DUTIES = [
    (f"1. {FRONT}", [
        ("- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với bình "
         "xét danh hiệu “Gia đình văn hóa”, từ ngày 01/11 đến ngày 18/11/2026.",
         {"title": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với "
                   "bình xét danh hiệu “Gia đình văn hóa”",
          "lead": FRONT, "deadline": "2026-11-18", "start": "2026-11-01"}),
        ("- Phối hợp với UBND xã lựa chọn 02 khu dân cư xây dựng mô hình khu dân "
         "cư nông thôn mới kiểu mẫu trong quý II/2026.",
         {"title": "Lựa chọn 02 khu dân cư xây dựng mô hình khu dân cư nông thôn "
                   "mới kiểu mẫu",
          "lead": FRONT, "coordinating": ["UBND xã"], "deadline": "2026-06-30",
          "start": "2026-04-01"}),
        ("- Tổng hợp kết quả thực hiện Cuộc vận động, báo cáo Ban Thường trực Ủy "
         "ban MTTQ Việt Nam tỉnh xong trước ngày 15/12/2026.",
         {"title": "Tổng hợp kết quả thực hiện Cuộc vận động, báo cáo Ban Thường "
                   "trực Ủy ban MTTQ Việt Nam tỉnh",
          "lead": FRONT, "deadline": "2026-12-15"}),
    ]),
    ("2. Ban Công tác Mặt trận các thôn", [
        ("Ra quân tổng vệ sinh đường làng, ngõ xóm, khơi thông cống rãnh từ ngày "
         "15/3 đến 30/3/2026.",
         {"title": "Ra quân tổng vệ sinh đường làng, ngõ xóm, khơi thông cống rãnh",
          "lead": "Ban Công tác Mặt trận các thôn", "deadline": "2026-03-30",
          "start": "2026-03-15"}),
    ]),
    ("3. Hội Cựu chiến binh xã", [
        ("Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm từ "
         "tháng 5 đến tháng 9/2026.",
         {"title": "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, "
                   "xóm",
          "lead": "Hội Cựu chiến binh xã", "deadline": "2026-09-30",
          "start": "2026-05-01"}),
    ]),
]  # fmt: skip

TAN_LAP_TITLE = (
    "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
    "văn minh” năm 2026"
)


def tan_lap() -> str:
    lines = []
    for heading, items in TAN_LAP_DUTIES:
        lines.append(heading)
        lines += [s for s, _ in items]
    body = "\n".join(lines)
    return f"""ỦY BAN MTTQ VIỆT NAM
XÃ TÂN LẬP
BAN THƯỜNG TRỰC
Số: 15/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
{TAN_LAP_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Mặt trận và các tổ chức thành viên trong xây dựng nông thôn mới.

II. CHỈ TIÊU
- 95% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.
- 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
- Có ít nhất 02 khu dân cư đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

III. TỔ CHỨC THỰC HIỆN
{body}

Nơi nhận:
- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;
- Đảng ủy xã;
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(Đã ký)
Nguyễn Văn Hùng
"""


# --- a commune Front's Word plan: bold headings over sentences ----------------

DONG_SON_DUTIES = [
    ("1. Đảng ủy xã", [
        ("Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Ủy ban "
         "MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã tuyên truyền, phổ "
         "biến Cuộc vận động đến đoàn viên, hội viên; thời gian: năm 2026.",
         {"title": "Tuyên truyền, phổ biến Cuộc vận động đến đoàn viên, hội viên",
          "lead": "Ban Tuyên giáo và Dân vận Đảng ủy xã",
          "coordinating": ["Ủy ban MTTQ Việt Nam xã",
                           "các tổ chức chính trị - xã hội xã"],
          "deadline": "2026-12-31", "start": "2026-01-01"}),
    ]),
    (f"2. {FRONT}", [
        ("- Phối hợp với Hội Nông dân xã bình chọn 05 hộ sản xuất giỏi tiêu biểu "
         "để biểu dương; hoàn thành trong tháng 11/2026.",
         {"title": "Bình chọn 05 hộ sản xuất giỏi tiêu biểu để biểu dương",
          "lead": FRONT, "coordinating": ["Hội Nông dân xã"],
          "deadline": "2026-11-30", "start": "2026-11-01"}),
        ("- Chủ trì, phối hợp với Văn phòng HĐND và UBND xã và Hội Liên hiệp Phụ "
         "nữ xã phát động phong trào thi đua xây dựng khu dân cư kiểu mẫu, từ quý "
         "II đến quý III/2026.",
         {"title": "Phát động phong trào thi đua xây dựng khu dân cư kiểu mẫu",
          "lead": FRONT,
          "coordinating": ["Văn phòng HĐND và UBND xã", "Hội Liên hiệp Phụ nữ xã"],
          "deadline": "2026-09-30", "start": "2026-04-01"}),
    ]),
    ("3. Đoàn Thanh niên xã", [
        ("Vận động đoàn viên trồng cây xanh dọc các tuyến đường trục thôn từ tháng "
         "3 đến hết tháng 6/2026.",
         {"title": "Vận động đoàn viên trồng cây xanh dọc các tuyến đường trục thôn",
          "lead": "Đoàn Thanh niên xã", "deadline": "2026-06-30",
          "start": "2026-03-01"}),
    ]),
]  # fmt: skip

DONG_SON_TITLE = "Xây dựng khu dân cư nông thôn mới kiểu mẫu năm 2026"


def dong_son() -> bytes:
    doc = opening(
        ["ỦY BAN MTTQ VIỆT NAM", "XÃ ĐÔNG SƠN", "BAN THƯỜNG TRỰC",
         "Số: 08/KH-MTTQ-BTT"],
        "Đông Sơn, ngày 20 tháng 02 năm 2026",
        DONG_SON_TITLE,
    )  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Huy động sức mạnh của khối đại đoàn kết toàn dân tộc.", indent=1.0)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    for heading, items in DONG_SON_DUTIES:
        para(doc, heading, bold=True, indent=1.0)
        for sentence, _ in items:
            para(doc, sentence, indent=1.0)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- UBND xã;", "- Lưu: VT."],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Lê Thị Hoa"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r29b-mttq-xa-tan-lap-khoang-thoi-gian.txt",
        tan_lap(),
        COMMENT.format(
            what="a commune Front's plan pasted into a .txt; bodies' headings "
            'over "-" duties or one sentence, a counted target line.'
        ),
        _front_header(
            "Tân Lập", "15", "2026-03-10", TAN_LAP_TITLE, "Nguyễn Văn Hùng", 3
        ),
        [fields for _, items in TAN_LAP_DUTIES for _, fields in items],
    )
    write(
        OUT,
        "r29b-mttq-xa-dong-son-phoi-hop-va.docx",
        dong_son(),
        COMMENT.format(
            what="a commune Front's Word plan; bold bodies' headings over "
            'sentences, partners joined by "và".'
        ),
        _front_header("Đông Sơn", "08", "2026-02-20", DONG_SON_TITLE, "Lê Thị Hoa", 3),
        [fields for _, items in DONG_SON_DUTIES for _, fields in items],
    )


if __name__ == "__main__":
    main()
