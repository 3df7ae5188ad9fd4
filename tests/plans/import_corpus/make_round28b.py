"""Writes round 28b's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round28b.py

Round 28b varies the family a blind hold-out of commune plans (round 28)
still measured as failing after round 27s, each written here from its
description before the importer was changed for it: a task in lettered
prose ("a)", "b)") whose sentence opens on its lead.

B1. "Giao X chủ trì, phối hợp với các thôn <work>": the partner is the
    villages, counted, before the work's verb.
B2. "X chủ trì, phối hợp Y <work>, thời gian hoàn thành tháng 9/2027.":
    "phối hợp" without "với", the deadline after a comma.
B3. a lead whose long name holds lower-case words ("Ban Quản lý dự án đầu
    tư xây dựng khu vực xã …"), the partners written after the work ("; X,
    các thôn A, B phối hợp <work>"), the deadline in the next sentence.
B4. a person in brackets between the body and "chủ trì" ("Hội Nông dân xã
    (đồng chí …, Chủ tịch Hội phụ trách) chủ trì, …").
B5. "Văn phòng HĐND và UBND xã chủ trì, phối hợp Y <work>; xong trước
    30/6/2027.": the shared office leads; "xong trước …" is a deadline.
And sentences that are no task: aims, general duties.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round28b"

COMMENT = """Round 28b (lettered prose tasks that open on their lead), written
before the importer was changed for it: {what}
Assumptions: the body the sentence opens with leads, its whole name (also
one of lower-case words, also the shared office "Văn phòng HĐND và UBND
xã"); a person in brackets after it is the task's official (the name and
the post as written); the partners are those after "phối hợp (với)" up to
the work's verb ("các thôn" one), or those written after the work ("; X,
Y phối hợp <work>": each a partner, their clause no part of the title);
the title is the work from its verb, capitalised; the deadline is the
time clause after a comma or semicolon (", thời gian hoàn thành …", ";
xong trước …") or the sentence after it ("Hoàn thành trước ngày …"), a
month's or quarter's last day; aims and general duties are no tasks."""

# --- a commune's plan pasted into a .txt: "a)" under numbered fields ----------

BAN_LAU_FIELDS = [
    ("Về quy hoạch", [
        ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn khảo sát, "
         "thống kê hiện trạng 12 nhà văn hóa thôn theo tiêu chí Cơ sở vật chất văn "
         "hóa giai đoạn 2026 - 2030; hoàn thành trong Quý II/2027.",
         {"title": "Khảo sát, thống kê hiện trạng 12 nhà văn hóa thôn theo tiêu chí "
                   "Cơ sở vật chất văn hóa giai đoạn 2026 - 2030",
          "lead": "Phòng Văn hóa - Xã hội", "coordinating": ["các thôn"],
          "deadline": "2027-06-30"}),
        ("Phòng Kinh tế chủ trì, phối hợp Công an xã lập phương án bố trí điểm "
         "tập kết rác thải tại 05 thôn, trình UBND xã phê duyệt, thời gian hoàn "
         "thành tháng 8/2027.",
         {"title": "Lập phương án bố trí điểm tập kết rác thải tại 05 thôn, trình "
                   "UBND xã phê duyệt",
          "lead": "Phòng Kinh tế", "coordinating": ["Công an xã"],
          "deadline": "2027-08-31"}),
    ]),
    ("Về hạ tầng", [
        ("Ban Quản lý dự án đầu tư xây dựng khu vực xã Bản Lầu chủ trì kiên cố "
         "hóa 3,2 km kênh mương nội đồng thôn Nậm Chủng; Phòng Kinh tế, các thôn "
         "Nậm Chủng, Cốc Sâm phối hợp vận động nhân dân hiến đất. Hoàn thành trước "
         "ngày 31/10/2027.",
         {"title": "Kiên cố hóa 3,2 km kênh mương nội đồng thôn Nậm Chủng",
          "lead": "Ban Quản lý dự án đầu tư xây dựng khu vực xã Bản Lầu",
          "coordinating": ["Phòng Kinh tế", "các thôn Nậm Chủng, Cốc Sâm"],
          "deadline": "2027-10-31"}),
        ("Văn phòng HĐND và UBND xã chủ trì, phối hợp Phòng Kinh tế cải tạo hội "
         "trường và khu vực tiếp công dân của xã; xong trước 31/7/2027.",
         {"title": "Cải tạo hội trường và khu vực tiếp công dân của xã",
          "lead": "Văn phòng HĐND và UBND xã", "coordinating": ["Phòng Kinh tế"],
          "deadline": "2027-07-31"}),
    ]),
]  # fmt: skip

BAN_LAU_TITLE = "Thực hiện tiêu chí Quy hoạch và Hạ tầng nông thôn mới năm 2027"


def ban_lau() -> str:
    fields = []
    for i, (field, items) in enumerate(BAN_LAU_FIELDS, 1):
        fields.append(f"{i}. {field}")
        fields += [
            f"{letter}) {s}" for letter, (s, _) in zip("abcd", items, strict=False)
        ]
    body = "\n".join(fields)
    return f"""ỦY BAN NHÂN DÂN
XÃ BẢN LẦU
Số: 14/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bản Lầu, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
{BAN_LAU_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% thôn có nhà văn hóa đạt chuẩn.
Văn phòng HĐND và UBND xã là đầu mối tổng hợp kết quả thực hiện.

II. NHIỆM VỤ, GIẢI PHÁP
{body}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Lù Văn Pao
"""


# --- a commune's Word plan: "a)" items, a person in brackets ------------------

NA_HANG_FIELDS = [
    ("Về phát triển sản xuất", [
        ("Hội Liên hiệp Phụ nữ xã (đồng chí Hà Thị Thu, Chủ tịch Hội phụ trách) "
         "chủ trì, phối hợp với Phòng Kinh tế và Hợp tác xã Chè Shan tuyết Nà Hang "
         "xây dựng 01 mô hình chế biến chè an toàn; hoàn thành tháng 11/2027.",
         {"title": "Xây dựng 01 mô hình chế biến chè an toàn",
          "lead": "Hội Liên hiệp Phụ nữ xã",
          "coordinating": ["Phòng Kinh tế", "Hợp tác xã Chè Shan tuyết Nà Hang"],
          "deadline": "2027-11-30",
          "official": "Hà Thị Thu, Chủ tịch Hội"}),
        ("Ban Quản lý rừng phòng hộ khu vực xã Nà Hang chủ trì trồng 25 ha rừng "
         "gỗ lớn tại thôn Khuổi Tích; Hạt Kiểm lâm, Đoàn Thanh niên xã phối hợp "
         "tuyên truyền, vận động. Hoàn thành trước ngày 30/9/2027.",
         {"title": "Trồng 25 ha rừng gỗ lớn tại thôn Khuổi Tích",
          "lead": "Ban Quản lý rừng phòng hộ khu vực xã Nà Hang",
          "coordinating": ["Hạt Kiểm lâm", "Đoàn Thanh niên xã"],
          "deadline": "2027-09-30"}),
    ]),
    ("Về cải cách hành chính", [
        ("Văn phòng HĐND và UBND xã chủ trì, phối hợp Công an xã bố trí lại Bộ "
         "phận một cửa của xã; xong trước 30/4/2027.",
         {"title": "Bố trí lại Bộ phận một cửa của xã",
          "lead": "Văn phòng HĐND và UBND xã", "coordinating": ["Công an xã"],
          "deadline": "2027-04-30"}),
    ]),
]  # fmt: skip

NA_HANG_TITLE = "Phát triển sản xuất và cải cách hành chính năm 2027"


def na_hang() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ NÀ HANG", "Số: 22/KH-UBND"],
        "Nà Hang, ngày 18 tháng 01 năm 2027",
        NA_HANG_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "1. Phấn đấu thu nhập bình quân đầu người đạt 48 triệu đồng.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, (field, items) in enumerate(NA_HANG_FIELDS, 1):
        para(doc, f"{i}. {field}", bold=True, indent=1.0)
        for letter, (sentence, _) in zip("abcd", items, strict=False):
            para(doc, f"{letter}) {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả "
        "thực hiện Kế hoạch về UBND xã.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Ma Văn Chiến"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r28b-xa-ban-lau-chu-tri-phoi-hop.txt",
        ban_lau(),
        COMMENT.format(
            what='a commune\'s plan pasted into a .txt, "a)" items under two '
            "numbered fields, an aim and a general duty."
        ),
        commune_header("Bản Lầu", "14", "2027-01-15", BAN_LAU_TITLE, "Lù Văn Pao", 3),
        [fields for _, items in BAN_LAU_FIELDS for _, fields in items],
    )
    write(
        OUT,
        "r28b-xa-na-hang-nguoi-trong-ngoac.docx",
        na_hang(),
        COMMENT.format(
            what='a commune\'s Word plan, "a)" items, a person in brackets after '
            "the lead, partners written after the work."
        ),
        commune_header("Nà Hang", "22", "2027-01-18", NA_HANG_TITLE, "Ma Văn Chiến", 3),
        [fields for _, items in NA_HANG_FIELDS for _, fields in items],
    )


if __name__ == "__main__":
    main()
