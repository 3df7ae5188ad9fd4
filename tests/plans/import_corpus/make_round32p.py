"""Writes round 32p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round32p.py

Round 32p varies the prose family the third blind hold-out's Party plan
(round 32, 01_dang_uy_ea_kar.docx) read badly, each written here from its
description before the importer was changed for it: numbered paragraphs
of Party, Front and commune plans that give a task's direction to a
comrade and its work to a body in one sentence.

D1. "<body> giao đồng chí … chỉ đạo X chủ trì, phối hợp Y <work>" (and
    "Giao đồng chí … trực tiếp chỉ đạo …", "Thường trực Đảng ủy phân công
    đ/c …");
D2. "Đồng chí … chịu trách nhiệm chỉ đạo; X chủ trì, …";
D3. the comrade inside or after the sentence: "…, do đồng chí … phụ
    trách, hoàn thành …", "…; bà … chịu trách nhiệm.";
D4. the work before its assignment: "<work>, giao X chủ trì, phối hợp
    với Y thực hiện, …";
D5. "X chủ trì <work>; phối hợp với Y thực hiện, …" (the partners in a
    clause of their own), "phối hợp với Y hoàn thành <work>", and a year
    the sentence ends on ("… trong năm 2027");
D6. the same assignment in a table's cell ("Phân công thực hiện") and on
    a labelled line ("- Phân công: Đồng chí … chỉ đạo; X chủ trì, phối
    hợp với Y và các xóm …").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round32p"

COMMENT = """Round 32p (a comrade given a task's direction in its sentence),
written before the importer was changed for it: {what}
Assumptions: the title is the work, from its verb; the lead is the body
that "chủ trì"; the official is the comrade given the direction or the
charge (the name and the post as written); the partners are those after
"phối hợp (với)" up to the work's verb, or in a clause of their own; the
deadline is the time clause's last day."""


def _party_header(
    place: str,
    number: str,
    date: str,
    title: str,
    signer: str,
    recipients: int,
    title_of_signer: str = "PHÓ BÍ THƯ",
) -> dict:
    return {
        "number": number,
        "symbol": "KH/ĐU",
        "place": place,
        "date": date,
        "title": title,
        "issuer": f"ĐẢNG ỦY XÃ {place.upper()}",
        "authority": "T/M BAN THƯỜNG VỤ",
        "signer_title": title_of_signer,
        "signer": signer,
        "recipients": recipients,
    }  # fmt: skip


CU_BAO = [
    ("Ban Thường vụ Đảng ủy giao đồng chí Y Kông Mlô - Đảng ủy viên, Phó Chủ tịch "
     "UBND xã chỉ đạo Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp "
     "Cư Bao xây dựng 03 mô hình trồng sầu riêng theo tiêu chuẩn VietGAP, hoàn "
     "thành trong Quý III/2027.",
     {"title": "Xây dựng 03 mô hình trồng sầu riêng theo tiêu chuẩn VietGAP",
      "lead": "Phòng Kinh tế xã", "coordinating": ["Hợp tác xã Nông nghiệp Cư Bao"],
      "deadline": "2027-09-30", "official": "Y Kông Mlô"}),
    ("Đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Đảng ủy chịu trách nhiệm chỉ "
     "đạo; Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã lắp đặt camera "
     "an ninh tại 8 buôn, hoàn thành trước ngày 30/6/2027.",
     {"title": "Lắp đặt camera an ninh tại 8 buôn", "lead": "Công an xã",
      "coordinating": ["Ban Chỉ huy Quân sự xã"], "deadline": "2027-06-30",
      "official": "Nguyễn Văn An"}),
    ("Thường trực Đảng ủy phân công đ/c H'Linh Niê, Ủy viên Ban Thường vụ Đảng ủy "
     "trực tiếp chỉ đạo Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Đoàn Thanh "
     "niên xã tổ chức 12 buổi tuyên truyền phòng chống bạo lực gia đình, hoàn "
     "thành trong tháng 10/2027.",
     {"title": "Tổ chức 12 buổi tuyên truyền phòng chống bạo lực gia đình",
      "lead": "Hội Liên hiệp Phụ nữ xã", "coordinating": ["Đoàn Thanh niên xã"],
      "deadline": "2027-10-31", "official": "H'Linh Niê"}),
    ("Cứng hóa 2,5 km đường giao thông nội đồng buôn Cư Bao, giao Ủy ban nhân dân "
     "xã chủ trì, phối hợp với Ban tự quản buôn Cư Bao thực hiện, hoàn thành "
     "trong tháng 8/2027.",
     {"title": "Cứng hóa 2,5 km đường giao thông nội đồng buôn Cư Bao",
      "lead": "Ủy ban nhân dân xã", "coordinating": ["Ban tự quản buôn Cư Bao"],
      "deadline": "2027-08-31"}),
]  # fmt: skip

CU_BAO_TITLE = "Lãnh đạo phát triển kinh tế nông nghiệp và giữ gìn an ninh năm 2027"


def cu_bao() -> str:
    body = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(CU_BAO, 1))
    return f"""ĐẢNG BỘ TỈNH ĐẮK LẮK
ĐẢNG ỦY XÃ CƯ BAO
*
Số 21-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Cư Bao, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
{CU_BAO_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.

II. NHIỆM VỤ, GIẢI PHÁP
{body}

III. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Y Khim Êban
"""


EA_HLEO = [
    ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 14 thôn, buôn, do đồng chí "
     "Hà Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam xã phụ trách, hoàn thành trước "
     "ngày 18/11/2027.",
     {"title": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 14 thôn, buôn",
      "deadline": "2027-11-18", "official": "Hà Văn Tâm"}),
    ("Giao Ban công tác Mặt trận các thôn chủ trì, phối hợp với Chi hội Cựu chiến "
     "binh các thôn vận động 120 hộ đăng ký gia đình văn hóa, hoàn thành trước "
     "ngày 31/3/2027; bà Nay Thị Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã chịu "
     "trách nhiệm.",
     {"title": "Vận động 120 hộ đăng ký gia đình văn hóa",
      "lead": "Ban công tác Mặt trận các thôn",
      "coordinating": ["Chi hội Cựu chiến binh các thôn"], "deadline": "2027-03-31",
      "official": "Nay Thị Hoa"}),
    ("Hội Nông dân xã chủ trì vận động nông dân chuyển đổi 20 ha cà phê già cỗi; "
     "phối hợp với Hợp tác xã Dịch vụ nông nghiệp Ea Hleo thực hiện, thời gian từ "
     "tháng 4 đến tháng 9/2027.",
     {"title": "Vận động nông dân chuyển đổi 20 ha cà phê già cỗi",
      "lead": "Hội Nông dân xã",
      "coordinating": ["Hợp tác xã Dịch vụ nông nghiệp Ea Hleo"],
      "deadline": "2027-09-30", "start": "2027-04-01"}),
    ("Giao Đoàn Thanh niên xã chủ trì, phối hợp với Liên đội các trường học thực "
     'hiện công trình "Thắp sáng đường quê" tại thôn 5 trong năm 2027.',
     {"title": 'Thực hiện công trình "Thắp sáng đường quê" tại thôn 5',
      "lead": "Đoàn Thanh niên xã",
      "coordinating": ["Liên đội các trường học"], "deadline": "2027-12-31"}),
]  # fmt: skip

EA_HLEO_TITLE = "Thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2027"


def ea_hleo() -> bytes:
    doc = opening(
        ["ỦY BAN MTTQ VIỆT NAM", "XÃ EA HLEO", "BAN THƯỜNG TRỰC", "Số: 09/KH-MTTQ-BTT"],
        "Ea Hleo, ngày 20 tháng 01 năm 2027",
        EA_HLEO_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của Nhân dân trong xây dựng nông thôn mới.")
    para(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    for i, (sentence, _) in enumerate(EA_HLEO, 1):
        para(doc, f"{i}. {sentence}")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên Ủy ban MTTQ Việt Nam xã triển khai thực hiện.")
    closing_beside(
        doc,
        ["- Ban Thường trực UBMTTQ tỉnh,", "- Đảng ủy xã,", "- Lưu VP."],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Hà Văn Tâm"],
    )
    return save(doc)


KRONG_BONG = [
    ("Giao đồng chí Trần Văn Bình - Phó Chủ tịch UBND xã trực tiếp chỉ đạo Phòng "
     "Văn hóa - Xã hội chủ trì, phối hợp với Ban Quản lý các dự án đầu tư xây "
     "dựng khu vực hoàn thành sửa chữa 03 nhà văn hóa thôn trước ngày 30/9/2027.",
     {"title": "Sửa chữa 03 nhà văn hóa thôn", "lead": "Phòng Văn hóa - Xã hội",
      "coordinating": ["Ban Quản lý các dự án đầu tư xây dựng khu vực"],
      "deadline": "2027-09-30", "official": "Trần Văn Bình"}),
    ("Xây dựng 02 sản phẩm OCOP 3 sao (cà phê bột, mật ong), giao Phòng Kinh tế xã "
     "chủ trì, phối hợp với Hợp tác xã Nông nghiệp Krông Bông thực hiện; đồng chí "
     "Lê Thị Thu - Phó Chủ tịch UBND xã trực tiếp chỉ đạo; hoàn thành trong Quý "
     "IV/2027.",
     {"title": "Xây dựng 02 sản phẩm OCOP 3 sao (cà phê bột, mật ong)",
      "lead": "Phòng Kinh tế xã",
      "coordinating": ["Hợp tác xã Nông nghiệp Krông Bông"],
      "deadline": "2027-12-31", "official": "Lê Thị Thu"}),
    ("Trạm Y tế xã chủ trì khám sàng lọc bệnh không lây nhiễm cho 500 người cao "
     "tuổi; phối hợp với Hội Người cao tuổi xã thực hiện, hoàn thành trong tháng "
     "7/2027.",
     {"title": "Khám sàng lọc bệnh không lây nhiễm cho 500 người cao tuổi",
      "lead": "Trạm Y tế xã", "coordinating": ["Hội Người cao tuổi xã"],
      "deadline": "2027-07-31"}),
]  # fmt: skip

KRONG_BONG_TITLE = "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027"


def krong_bong() -> str:
    body = "\n\n".join(f"{i}. {s}" for i, (s, _) in enumerate(KRONG_BONG, 1))
    return f"""**ỦY BAN NHÂN DÂN**
**XÃ KRÔNG BÔNG**

Số: 17/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Krông Bông, ngày 05 tháng 3 năm 2027*

# KẾ HOẠCH

## {KRONG_BONG_TITLE}

### I. MỤC TIÊU

Giữ vững 19/19 tiêu chí, đạt thêm 02 tiêu chí nâng cao.

### II. NHIỆM VỤ CỤ THỂ

{body}

### III. TỔ CHỨC THỰC HIỆN

Văn phòng HĐND và UBND xã theo dõi, tổng hợp.

**Nơi nhận:**
- UBND huyện (b/c);
- Đảng ủy xã;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Y Jú Niê**
"""


YEN_SON = [
    ("Xây dựng 02 mô hình nuôi bò sinh sản",
     "Đồng chí Lò Văn Sáng - Phó Chủ tịch UBND xã chỉ đạo; Hội Nông dân xã chủ "
     "trì, phối hợp với Hợp tác xã Yên Sơn và các xóm Nà Bó, Khuổi Hẩu",
     "Quý III/2027",
     {"title": "Xây dựng 02 mô hình nuôi bò sinh sản", "lead": "Hội Nông dân xã",
      "coordinating": ["Hợp tác xã Yên Sơn", "các xóm Nà Bó, Khuổi Hẩu"],
      "deadline": "2027-09-30", "official": "Lò Văn Sáng"}),
    ("Sửa chữa 03 nhà văn hóa xóm",
     "Giao đồng chí Hà Thị Mai - Phó Chủ tịch UBND xã trực tiếp chỉ đạo Phòng Văn "
     "hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã",
     "Tháng 9/2027",
     {"title": "Sửa chữa 03 nhà văn hóa xóm", "lead": "Phòng Văn hóa - Xã hội",
      "coordinating": ["Đoàn Thanh niên xã"], "deadline": "2027-09-30",
      "official": "Hà Thị Mai"}),
    ("Nạo vét 4 km kênh mương nội đồng",
     "Phòng Kinh tế xã chủ trì, phối hợp với các xóm; đồng chí Hoàng Văn Lực - "
     "Phó Chủ tịch UBND xã phụ trách",
     "30/6/2027",
     {"title": "Nạo vét 4 km kênh mương nội đồng", "lead": "Phòng Kinh tế xã",
      "coordinating": ["các xóm"], "deadline": "2027-06-30",
      "official": "Hoàng Văn Lực"}),
]  # fmt: skip

YEN_SON_TITLE = (
    "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027"
)


def yen_son_table() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN SƠN", "Số: 44/KH-UBND"],
        "Yên Sơn, ngày 12 tháng 02 năm 2027",
        YEN_SON_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Duy trì 19/19 tiêu chí xã nông thôn mới.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    task_table(
        doc,
        ["TT", "Nội dung công việc", "Phân công thực hiện", "Thời gian hoàn thành"],
        [
            [[str(i)], [work], [who], [when]]
            for i, (work, who, when, _) in enumerate(YEN_SON, 1)
        ],
        (1.0, 6.0, 6.5, 3.0),
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các xóm, các ngành căn cứ Kế hoạch tổ chức thực hiện.")
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các xóm;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Văn Quý"],
    )
    return save(doc)


def yen_son_lines() -> str:
    jobs = "\n".join(
        f"{i}. {work}\n- Phân công: {who}.\n- Thời gian: {when}."
        for i, (work, who, when, _) in enumerate(YEN_SON, 1)
    )
    return f"""ỦY BAN NHÂN DÂN
XÃ YÊN SƠN
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Sơn, ngày 12 tháng 02 năm 2027

KẾ HOẠCH
{YEN_SON_TITLE}

I. MỤC TIÊU
Duy trì 19/19 tiêu chí xã nông thôn mới.

II. CÁC VIỆC CẦN LÀM
{jobs}

III. TỔ CHỨC THỰC HIỆN
Các xóm, các ngành căn cứ Kế hoạch tổ chức thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các xóm;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Văn Quý
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r32p-dang-uy-cu-bao-giao-dong-chi.txt",
        cu_bao(),
        COMMENT.format(
            what="a Party committee's plan pasted into a .txt: \"giao đồng chí … "
            'chỉ đạo X chủ trì", "Đồng chí … chịu trách nhiệm chỉ đạo; X chủ '
            'trì", "phân công đ/c … trực tiếp chỉ đạo", the work before "giao X '
            'chủ trì".'
        ),
        _party_header("Cư Bao", "21", "2027-01-15", CU_BAO_TITLE, "Y Khim Êban", 2),
        [fields for _, fields in CU_BAO],
    )
    write(
        OUT,
        "r32p-mttq-ea-hleo-do-dong-chi-phu-trach.docx",
        ea_hleo(),
        COMMENT.format(
            what='a Front\'s plan in Word: "…, do đồng chí … phụ trách, …", "…; '
            'bà … chịu trách nhiệm.", "X chủ trì <work>; phối hợp với Y thực '
            'hiện", a year the sentence ends on.'
        ),
        {
            "number": "09",
            "symbol": "KH-MTTQ-BTT",
            "place": "Ea Hleo",
            "date": "2027-01-20",
            "title": EA_HLEO_TITLE,
            "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ EA HLEO",
            "authority": "TM. BAN THƯỜNG TRỰC",
            "signer_title": "CHỦ TỊCH",
            "signer": "Hà Văn Tâm",
            "recipients": 3,
        },
        [fields for _, fields in EA_HLEO],
    )
    write(
        OUT,
        "r32p-xa-krong-bong-truc-tiep-chi-dao.md",
        krong_bong(),
        COMMENT.format(
            what="a commune's plan in Markdown: \"Giao đồng chí … trực tiếp chỉ "
            'đạo X chủ trì, phối hợp với Y hoàn thành <work>", the work before '
            '"giao X chủ trì" with the comrade after it, "; phối hợp với Y" tails.'
        ),
        {
            "number": "17",
            "symbol": "KH-UBND",
            "place": "Krông Bông",
            "date": "2027-03-05",
            "title": KRONG_BONG_TITLE,
            "issuer": "ỦY BAN NHÂN DÂN XÃ KRÔNG BÔNG",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Y Jú Niê",
            "recipients": 3,
        },
        [fields for _, fields in KRONG_BONG],
    )
    for name, data, number, layout in (
        ("r32p-xa-yen-son-bang-phan-cong.docx", yen_son_table(), "44", "a table"),
        ("r32p-xa-yen-son-dong-phan-cong.txt", yen_son_lines(), "45", "lines"),
    ):
        write(
            OUT,
            name,
            data,
            COMMENT.format(
                what=f"a commune's plan, the assignment in {layout} "
                '("Phân công thực hiện" / "- Phân công:"): "Đồng chí … chỉ đạo; '
                'X chủ trì, phối hợp với Y và các xóm …", "Giao đồng chí … trực '
                'tiếp chỉ đạo X chủ trì, …", "…; đồng chí … phụ trách".'
            ),
            {
                "number": number,
                "symbol": "KH-UBND",
                "place": "Yên Sơn",
                "date": "2027-02-12",
                "title": YEN_SON_TITLE,
                "issuer": "ỦY BAN NHÂN DÂN XÃ YÊN SƠN",
                "authority": "TM. ỦY BAN NHÂN DÂN",
                "signer_title": "CHỦ TỊCH",
                "signer": "Nông Văn Quý",
                "recipients": 3,
            },
            [fields for *_, fields in YEN_SON],
        )


if __name__ == "__main__":
    main()
