"""Writes round 27b's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round27b.py

Round 27b varies two families a blind hold-out of commune plans (round 27)
measured as failing, each written here from its description before the
importer was changed for it:

B1. bases that cite a document with no number: "Căn cứ Kết luận của Ban
    Thường vụ Đảng ủy xã ngày 10/02/2027;", "Căn cứ Nghị quyết Hội nghị thôn
    ngày 08/4/2027;", "Căn cứ Thông báo kết luận của Thường trực HĐND xã tại
    phiên họp ngày …", "Căn cứ Biên bản họp thôn ngày …", "Thực hiện ý kiến
    chỉ đạo của Chủ tịch UBND tỉnh tại Công văn không số ngày …", "Căn cứ
    Chỉ thị của Ban Thường vụ Tỉnh ủy về …" (no date), beside numbered ones
    and "Căn cứ tình hình thực tế của địa phương" (no document: the opening).
B2. issuers in capitals of places the demo does not hold, one over two
    lines ("ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN" / "BAN THƯỜNG TRỰC").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round27b"

COMMENT = """Round 27b (bases citing a document with no number; issuers in capitals
of places the demo does not hold), written before the importer was changed
for it: {what}
Assumptions: a cited document with no number is a basis all the same,
listed by its type and date as "<type> ngày <d/m/yyyy>" (by its type alone
when it gives no date), a numbered one by its number; "Căn cứ tình hình
thực tế …" names no document and is the opening."""

# --- a commune's plan pasted into a .txt -------------------------------------

HOA_LAC_BASES = [
    "Căn cứ Kết luận của Ban Thường vụ Đảng ủy xã ngày 10/02/2027 về nhiệm vụ "
    "xây dựng nông thôn mới năm 2027;",
    "Căn cứ Thông báo kết luận của Thường trực HĐND xã tại phiên họp ngày 15/01/2027;",
    "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn không số ngày "
    "05/01/2027;",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2027 của UBND huyện Thạch Thất;",
    "Căn cứ tình hình thực tế của địa phương,",
]
HOA_LAC_KEYS = [
    "Kết luận ngày 10/02/2027",
    "Thông báo ngày 15/01/2027",
    "Công văn ngày 05/01/2027",
    "12/KH-UBND",
]
HOA_LAC_TITLE = "Thực hiện tiêu chí Môi trường và An toàn thực phẩm năm 2027"
HOA_LAC_TASKS = [
    ("Hội Nông dân xã vận động 120 hộ xây dựng hố ủ phân hữu cơ tại vườn; thời "
     "gian: Quý II/2027.",
     {"title": "Vận động 120 hộ xây dựng hố ủ phân hữu cơ tại vườn",
      "lead": "Hội Nông dân xã", "deadline": "2027-06-30"}),
    ("Đoàn Thanh niên xã tổ chức 03 đợt ra quân thu gom rác thải nhựa dọc kênh "
     "tiêu, hoàn thành trước 30/9/2027.",
     {"title": "Tổ chức 03 đợt ra quân thu gom rác thải nhựa dọc kênh tiêu",
      "lead": "Đoàn Thanh niên xã", "deadline": "2027-09-30"}),
]  # fmt: skip


def hoa_lac() -> str:
    bases = "\n".join(HOA_LAC_BASES)
    tasks = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(HOA_LAC_TASKS, 1))
    return f"""ỦY BAN NHÂN DÂN
XÃ HÒA LẠC
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Lạc, ngày 25 tháng 02 năm 2027

KẾ HOẠCH
{HOA_LAC_TITLE}

{bases}
UBND xã xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% thôn có tổ tự quản vệ sinh môi trường.

II. NHIỆM VỤ CỤ THỂ
{tasks}

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, tổng hợp kết quả \
thực hiện, báo cáo Chủ tịch UBND xã.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nguyễn Văn Hùng
"""


# --- a village's Word plan: the village meeting's resolution and minutes -----

DONG_HOA_BASES = [
    "Căn cứ Nghị quyết Hội nghị thôn ngày 08/4/2027;",
    "Căn cứ Biên bản họp thôn ngày 10/4/2027 về việc đóng góp xây dựng đường "
    "giao thông nội đồng;",
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2027 của UBND xã Cẩm Xuyên;",
]
DONG_HOA_KEYS = ["Nghị quyết ngày 8/4/2027", "Biên bản ngày 10/4/2027", "45/KH-UBND"]
DONG_HOA_TITLE = "Cứng hóa đường giao thông nội đồng thôn Đông Hòa năm 2027"
DONG_HOA_TASKS = [
    ("Hội Nông dân xã vận động các hộ hiến đất, tháo dỡ công trình phụ dọc "
     "tuyến đường nội đồng, hoàn thành trước 30/5/2027.",
     {"title": "Vận động các hộ hiến đất, tháo dỡ công trình phụ dọc tuyến đường "
               "nội đồng",
      "lead": "Hội Nông dân xã", "deadline": "2027-05-30"}),
    ("Hội Cựu chiến binh xã giám sát chất lượng thi công 1,2 km đường bê tông; "
     "thời gian: Quý III/2027.",
     {"title": "Giám sát chất lượng thi công 1,2 km đường bê tông",
      "lead": "Hội Cựu chiến binh xã", "deadline": "2027-09-30"}),
]  # fmt: skip


def dong_hoa() -> bytes:
    doc = opening(
        ["UBND XÃ CẨM XUYÊN", "BAN PHÁT TRIỂN THÔN ĐÔNG HÒA", "Số: 03/KH-BPT"],
        "Đông Hòa, ngày 15 tháng 4 năm 2027",
        DONG_HOA_TITLE,
    )
    a4(doc)
    for text in DONG_HOA_BASES:
        para(doc, text, italic=True, indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phấn đấu 100% tuyến đường nội đồng được cứng hóa.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, (sentence, _) in enumerate(DONG_HOA_TASKS, 1):
        para(doc, f"{i}. {sentence}", indent=1.0)
    closing_beside(
        doc,
        ["- UBND xã;", "- Các hộ dân;", "- Lưu."],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Phan Văn Lợi"],
    )
    return save(doc)


# --- the Fatherland Front's standing committee, printed to PDF ---------------

NAM_DAN_BASES = [
    "Căn cứ Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của "
    'Đảng đối với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô '
    'thị văn minh";',
    "Căn cứ Kết luận của Ban Thường vụ Đảng ủy xã ngày 10/02/2027;",
    "Căn cứ Chương trình phối hợp số 02/CTrPH-UBND-MTTQ ngày 06/01/2027 giữa UBND "
    "xã và Ủy ban MTTQ Việt Nam xã Nam Đàn;",
]
NAM_DAN_KEYS = ["Chỉ thị", "Kết luận ngày 10/02/2027", "02/CTrPH-UBND-MTTQ"]
NAM_DAN_TITLE = "Vận động toàn dân xây dựng nông thôn mới năm 2027"
NAM_DAN_TASKS = [
    ("Hội Liên hiệp Phụ nữ xã duy trì mô hình \"Tuyến đường hoa phụ nữ\" tại "
     "06 xóm; thời gian: thường xuyên.",
     {"title": "Duy trì mô hình \"Tuyến đường hoa phụ nữ\" tại 06 xóm",
      "lead": "Hội Liên hiệp Phụ nữ xã", "deadline": "2027-12-31"}),
    ("Hội Cựu chiến binh xã phối hợp với Đoàn Thanh niên xã trồng 800 cây xanh "
     "dọc tuyến đường liên xóm, hoàn thành trong Quý II/2027.",
     {"title": "Trồng 800 cây xanh dọc tuyến đường liên xóm",
      "lead": "Hội Cựu chiến binh xã", "coordinating": ["Đoàn Thanh niên xã"],
      "deadline": "2027-06-30"}),
]  # fmt: skip


def nam_dan() -> bytes:
    doc = opening(
        ["ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN", "BAN THƯỜNG TRỰC", "Số: 07/KH-MTTQ-BTT"],
        "Nam Đàn, ngày 01 tháng 3 năm 2027",
        NAM_DAN_TITLE,
    )
    a4(doc)
    for text in NAM_DAN_BASES:
        para(doc, text, italic=True, indent=1.0)
    para(
        doc,
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch thực hiện như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của các tổ chức thành viên của Mặt trận.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, (sentence, _) in enumerate(NAM_DAN_TASKS, 1):
        para(doc, f"{i}. {sentence}", indent=1.0)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- UBND xã;", "- Lưu: VP."],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Hồ Thị Liên"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r27b-xa-hoa-lac-can-cu-khong-so.txt",
        hoa_lac(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, a conclusion, a notice "
            'and a "công văn không số" cited by date, a numbered plan.'
        ),
        {
            "number": "31",
            "symbol": "KH-UBND",
            "place": "Hòa Lạc",
            "date": "2027-02-25",
            "title": HOA_LAC_TITLE,
            "issuer": "ỦY BAN NHÂN DÂN XÃ HÒA LẠC",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Nguyễn Văn Hùng",
            "recipients": 3,
            "bases": HOA_LAC_KEYS,
        },
        [fields for _, fields in HOA_LAC_TASKS],
    )
    write(
        OUT,
        "r27b-thon-dong-hoa-nghi-quyet-hoi-nghi.docx",
        dong_hoa(),
        COMMENT.format(
            what="a village's Word plan citing its meeting's resolution and "
            "minutes by date (8/4 written 08/4)."
        ),
        {
            "number": "03",
            "symbol": "KH-BPT",
            "place": "Đông Hòa",
            "date": "2027-04-15",
            "title": DONG_HOA_TITLE,
            "issuer": "BAN PHÁT TRIỂN THÔN ĐÔNG HÒA",
            "authority": "TM. BAN PHÁT TRIỂN THÔN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Phan Văn Lợi",
            "recipients": 3,
            "bases": DONG_HOA_KEYS,
        },
        [fields for _, fields in DONG_HOA_TASKS],
    )
    write(
        OUT,
        "r27b-mttq-nam-dan-chi-thi-khong-ngay.pdf",
        saved_as(nam_dan(), "pdf"),
        COMMENT.format(
            what="the Fatherland Front's standing committee's Word plan printed "
            "to PDF by LibreOffice, its issuer in capitals over two lines, a "
            "directive cited with neither number nor date."
        ),
        {
            "number": "07",
            "symbol": "KH-MTTQ-BTT",
            "place": "Nam Đàn",
            "date": "2027-03-01",
            "title": NAM_DAN_TITLE,
            "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN",
            "authority": "TM. BAN THƯỜNG TRỰC",
            "signer_title": "CHỦ TỊCH",
            "signer": "Hồ Thị Liên",
            "recipients": 3,
            "bases": NAM_DAN_KEYS,
        },
        [fields for _, fields in NAM_DAN_TASKS],
    )


if __name__ == "__main__":
    main()
