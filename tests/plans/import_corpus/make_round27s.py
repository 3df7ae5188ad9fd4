"""Writes round 27s's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round27s.py

Round 27s varies the family a blind hold-out of commune plans (round 27)
measured as failing, each written here from its description before the
importer was changed for it: a task in numbered prose ("1.", "a)", "-")
written as one sentence whose subject is the body that leads it.

S1. the lead straight before the work's verb, with no "chủ trì": "a) Hội
    Nông dân xã vận động 150 hộ …; thời gian: Quý II/2027.", "- Phòng Kinh
    tế tham mưu UBND xã lựa chọn …", "Công an xã lắp đặt …".
S2. "Giao X chủ trì, phối hợp với Ban quản lý các thôn A, B, C <work>":
    the partner is one body whose name lists its villages.
S3. "X phối hợp với Y <work>": X leads, Y takes part.
S4. the deadline in a trailing clause of the same sentence (", hoàn thành
    trước 30/9/2027.", "; thời gian hoàn thành tháng 5/2027.", ", trước
    ngày 31/10/2027; giao đồng chí … theo dõi.", ", hoàn thành trong Quý
    III/2027."), and the person who follows the task in a sentence after
    it ("Giao đ/c … theo dõi.", "Đồng chí … trực tiếp chỉ đạo.").
And sentences that are no task: aims ("Phấn đấu 100% …"), the standing
office's and the other bodies' general duties in "Tổ chức thực hiện", a
sentence about a body that gives it no work.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round27s"

COMMENT = """Round 27s (tasks in numbered prose whose sentence names its lead as
the subject), written before the importer was changed for it: {what}
Assumptions: the body the sentence opens with leads (also before
"phối hợp với Y", Y the partner; "Ban quản lý các thôn A, B, C" one
partner); the title is the work from its verb, capitalised; the trailing
time clause (", hoàn thành …", "; thời gian …", ", trước ngày …") is the
deadline (a quarter's or month's last day, "thường xuyên" the year's end),
not the title; a sentence after it that names a person who follows or
directs the task ("Giao đ/c … theo dõi.") is its official (the name and
the post as written, no title of address), no part of the title; aims
and the general duties under "Tổ chức thực hiện" are no tasks."""

# --- a commune's Word plan: "a)" items under numbered fields ------------------

# (field, [(sentence, expected fields)])
TAN_LAP_FIELDS = [
    ("Về vệ sinh môi trường", [
        ("Hội Nông dân xã vận động 150 hộ xây dựng hố ủ phân hữu cơ tại vườn; thời "
         "gian: Quý II/2027.",
         {"title": "Vận động 150 hộ xây dựng hố ủ phân hữu cơ tại vườn",
          "lead": "Hội Nông dân xã", "deadline": "2027-06-30"}),
        ("Đoàn Thanh niên xã tổ chức 04 đợt ra quân thu gom rác thải nhựa dọc suối "
         "Nậm Mu, hoàn thành trước 30/9/2027.",
         {"title": "Tổ chức 04 đợt ra quân thu gom rác thải nhựa dọc suối Nậm Mu",
          "lead": "Đoàn Thanh niên xã", "deadline": "2027-09-30"}),
        ("Hội Liên hiệp Phụ nữ xã duy trì mô hình \"Tuyến đường hoa phụ nữ\" tại "
         "09 thôn; thời gian: thường xuyên.",
         {"title": "Duy trì mô hình \"Tuyến đường hoa phụ nữ\" tại 09 thôn",
          "lead": "Hội Liên hiệp Phụ nữ xã", "deadline": "2027-12-31"}),
    ]),
    ("Về phát triển kinh tế", [
        ("Phòng Kinh tế tham mưu UBND xã lựa chọn 02 sản phẩm tham gia Chương trình "
         "OCOP; thời gian hoàn thành tháng 5/2027.",
         {"title": "Tham mưu UBND xã lựa chọn 02 sản phẩm tham gia Chương trình OCOP",
          "lead": "Phòng Kinh tế", "deadline": "2027-05-31"}),
        ("Hội Liên hiệp Phụ nữ xã phối hợp với Hội Nông dân xã hỗ trợ 20 hội viên "
         "vay vốn phát triển chăn nuôi, hoàn thành trong Quý IV/2027.",
         {"title": "Hỗ trợ 20 hội viên vay vốn phát triển chăn nuôi",
          "lead": "Hội Liên hiệp Phụ nữ xã", "coordinating": ["Hội Nông dân xã"],
          "deadline": "2027-12-31"}),
    ]),
]  # fmt: skip


def tan_lap() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 27/KH-UBND"],
        "Tân Lập, ngày 12 tháng 01 năm 2027",
        TAN_LAP_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "1. Phấn đấu 100% thôn có tổ tự quản vệ sinh môi trường.", indent=1.0)
    para(doc, "2. Phấn đấu thu nhập bình quân đầu người đạt 52 triệu đồng.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, (field, items) in enumerate(TAN_LAP_FIELDS, 1):
        para(doc, f"{i}. {field}", bold=True, indent=1.0)
        for letter, (sentence, _) in zip("abcdef", items, strict=False):
            para(doc, f"{letter}) {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết "
        "quả thực hiện Kế hoạch về UBND xã.",
        indent=1.0,
    )
    para(
        doc,
        "2. Các phòng, ban, đoàn thể xã căn cứ nhiệm vụ được giao chủ động tổ chức "
        "thực hiện.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các đoàn thể xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lò Văn Thắng"],
    )
    return save(doc)


TAN_LAP_TITLE = "Thực hiện các nhiệm vụ xây dựng nông thôn mới năm 2027"

# --- a commune's plan pasted into a .txt: "Giao …" and "X phối hợp với Y" -----

NAM_DAN_TASKS = [
    ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban quản lý các thôn Khuổi "
     "Luông, Pác Ngòi, Nà Hang rà soát, lập danh sách 35 hộ chưa có nhà tiêu hợp vệ "
     "sinh; hoàn thành trước ngày 30/4/2027. Giao đ/c Hoàng Thị Mai - Phó Chủ tịch "
     "UBND xã theo dõi.",
     {"title": "Rà soát, lập danh sách 35 hộ chưa có nhà tiêu hợp vệ sinh",
      "lead": "Phòng Văn hóa - Xã hội",
      "coordinating": ["Ban quản lý các thôn Khuổi Luông, Pác Ngòi, Nà Hang"],
      "deadline": "2027-04-30",
      "official": "Hoàng Thị Mai - Phó Chủ tịch UBND xã"}),
    ("Hội Cựu chiến binh xã phối hợp với Đoàn Thanh niên xã ra quân trồng 1.200 cây "
     "xanh dọc tuyến đường liên thôn, hoàn thành trong Quý II/2027.",
     {"title": "Ra quân trồng 1.200 cây xanh dọc tuyến đường liên thôn",
      "lead": "Hội Cựu chiến binh xã", "coordinating": ["Đoàn Thanh niên xã"],
      "deadline": "2027-06-30"}),
    ("Công an xã lắp đặt 12 camera giám sát an ninh tại các ngã ba, ngã tư; thời "
     "gian hoàn thành tháng 8/2027.",
     {"title": "Lắp đặt 12 camera giám sát an ninh tại các ngã ba, ngã tư",
      "lead": "Công an xã", "deadline": "2027-08-31"}),
    ("Ban Chỉ huy Quân sự xã phối hợp với Công an xã tổ chức diễn tập phòng cháy, "
     "chữa cháy rừng tại thôn Pác Ngòi, trước ngày 15/3/2027.",
     {"title": "Tổ chức diễn tập phòng cháy, chữa cháy rừng tại thôn Pác Ngòi",
      "lead": "Ban Chỉ huy Quân sự xã", "coordinating": ["Công an xã"],
      "deadline": "2027-03-15"}),
]  # fmt: skip

NAM_DAN_TITLE = "Chỉnh trang cảnh quan, bảo đảm an ninh nông thôn năm 2027"


def nam_dan() -> str:
    tasks = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(NAM_DAN_TASKS, 1))
    return f"""ỦY BAN NHÂN DÂN
XÃ NAM ĐAN
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Đan, ngày 20 tháng 01 năm 2027

KẾ HOẠCH
{NAM_DAN_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% khu dân cư có đường điện chiếu sáng và camera an ninh.
Hội Cựu chiến binh xã là thành viên Ban Chỉ đạo xây dựng nông thôn mới xã.

II. NHIỆM VỤ CỤ THỂ
{tasks}

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp \
kết quả thực hiện, báo cáo Chủ tịch UBND xã.
Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện nhiệm vụ được giao.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Triệu Văn Lâm
"""


# --- a commune's "-" lines, printed to PDF by LibreOffice ---------------------

HOA_BINH_TASKS = [
    ("Phòng Kinh tế hướng dẫn 06 cơ sở sản xuất miến dong đăng ký cấp Giấy chứng "
     "nhận cơ sở đủ điều kiện an toàn thực phẩm, trước ngày 31/10/2027; giao đồng "
     "chí Ma Văn Toàn - công chức Nông nghiệp theo dõi.",
     {"title": "Hướng dẫn 06 cơ sở sản xuất miến dong đăng ký cấp Giấy chứng nhận "
               "cơ sở đủ điều kiện an toàn thực phẩm",
      "lead": "Phòng Kinh tế", "deadline": "2027-10-31",
      "official": "Ma Văn Toàn - công chức Nông nghiệp"}),
    ("Trạm Y tế xã tổ chức khám sàng lọc bệnh không lây nhiễm cho 600 người cao "
     "tuổi, hoàn thành trong Quý III/2027. Đồng chí Vàng Thị Dua - Phó Chủ tịch "
     "UBND xã trực tiếp chỉ đạo.",
     {"title": "Tổ chức khám sàng lọc bệnh không lây nhiễm cho 600 người cao tuổi",
      "lead": "Trạm Y tế xã", "deadline": "2027-09-30",
      "official": "Vàng Thị Dua - Phó Chủ tịch UBND xã"}),
    ("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Ban phát triển các thôn "
     "Bản Piềng, Nà Lầu, Khau Vai cập nhật dữ liệu dân cư lên hệ thống định danh "
     "điện tử; hoàn thành trước ngày 30/6/2027.",
     {"title": "Cập nhật dữ liệu dân cư lên hệ thống định danh điện tử",
      "lead": "Văn phòng HĐND và UBND xã",
      "coordinating": ["Ban phát triển các thôn Bản Piềng, Nà Lầu, Khau Vai"],
      "deadline": "2027-06-30"}),
    ("Hội Nông dân xã phối hợp với Hợp tác xã Nông nghiệp Hòa Bình xây dựng 02 mô "
     "hình trồng cam theo hướng hữu cơ, hoàn thành trước 30/11/2027.",
     {"title": "Xây dựng 02 mô hình trồng cam theo hướng hữu cơ",
      "lead": "Hội Nông dân xã",
      "coordinating": ["Hợp tác xã Nông nghiệp Hòa Bình"], "deadline": "2027-11-30"}),
]  # fmt: skip

HOA_BINH_TITLE = "Nâng cao chất lượng tiêu chí Y tế và Kinh tế năm 2027"


def hoa_binh() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 41/KH-UBND"],
        "Hòa Bình, ngày 03 tháng 02 năm 2027",
        HOA_BINH_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "- Phấn đấu 95% người dân tham gia bảo hiểm y tế.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for sentence, _ in HOA_BINH_TASKS:
        para(doc, f"- {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "- Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết "
        "quả về UBND xã trước ngày 15/12/2027.",
        indent=1.0,
    )
    para(
        doc,
        "- Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện các nhiệm vụ "
        "được giao.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Văn Quý"],
    )
    return save(doc)


# --- a commune's plan saved as .odt: "1." tasks straight under "II." ----------

PHU_NINH_TASKS = [
    ("Văn phòng HĐND và UBND xã số hóa 2.500 hồ sơ hộ tịch lưu trữ; thời gian thực "
     "hiện: Quý III/2027.",
     {"title": "Số hóa 2.500 hồ sơ hộ tịch lưu trữ",
      "lead": "Văn phòng HĐND và UBND xã", "deadline": "2027-09-30"}),
    ("Giao Ban Quản lý dự án xã chủ trì, phối hợp với Ban phát triển các thôn Gò "
     "Dưa, Đồng Sim, Cây Quéo khảo sát tuyến kênh tưới cần kiên cố hóa; hoàn thành "
     "trước ngày 31/3/2027.",
     {"title": "Khảo sát tuyến kênh tưới cần kiên cố hóa",
      "lead": "Ban Quản lý dự án xã",
      "coordinating": ["Ban phát triển các thôn Gò Dưa, Đồng Sim, Cây Quéo"],
      "deadline": "2027-03-31"}),
    ("Hội Người cao tuổi xã phối hợp với Trạm Y tế xã ra quân vệ sinh khuôn viên 07 "
     "nhà văn hóa thôn, hoàn thành trong tháng 10/2027.",
     {"title": "Ra quân vệ sinh khuôn viên 07 nhà văn hóa thôn",
      "lead": "Hội Người cao tuổi xã", "coordinating": ["Trạm Y tế xã"],
      "deadline": "2027-10-31"}),
    ("Ban Chỉ huy Quân sự xã bảo dưỡng 03 bể nước phòng cháy tại khu dân cư tập "
     "trung; thời gian hoàn thành tháng 6/2027. Giao đ/c Đinh Văn Hậu - Chỉ huy "
     "trưởng Ban Chỉ huy Quân sự xã phụ trách.",
     {"title": "Bảo dưỡng 03 bể nước phòng cháy tại khu dân cư tập trung",
      "lead": "Ban Chỉ huy Quân sự xã", "deadline": "2027-06-30",
      "official": "Đinh Văn Hậu - Chỉ huy trưởng Ban Chỉ huy Quân sự xã"}),
]  # fmt: skip

PHU_NINH_TITLE = "Triển khai nhiệm vụ chuyển đổi số và thủy lợi năm 2027"


def phu_ninh() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ NINH", "Số: 08/KH-UBND"],
        "Phú Ninh, ngày 09 tháng 01 năm 2027",
        PHU_NINH_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phấn đấu 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, (sentence, _) in enumerate(PHU_NINH_TASKS, 1):
        para(doc, f"{i}. {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, tổng hợp, "
        "báo cáo kết quả thực hiện Kế hoạch về Chủ tịch UBND xã.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Huỳnh Văn Sáu"],
    )
    return save(doc)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r27s-xa-tan-lap-chu-ngu-dau-cau.docx",
        tan_lap(),
        COMMENT.format(
            what='a commune\'s Word plan, "a)" items under two numbered fields, '
            "aims and general duties around them."
        ),
        commune_header("Tân Lập", "27", "2027-01-12", TAN_LAP_TITLE, "Lò Văn Thắng", 3),
        [fields for _, items in TAN_LAP_FIELDS for _, fields in items],
    )
    write(
        OUT,
        "r27s-xa-nam-dan-giao-phoi-hop.txt",
        nam_dan(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, four numbered tasks, a "
            "sentence that gives a body no work."
        ),
        commune_header(
            "Nam Đan", "19", "2027-01-20", NAM_DAN_TITLE, "Triệu Văn Lâm", 3
        ),
        [fields for _, fields in NAM_DAN_TASKS],
    )
    write(
        OUT,
        "r27s-xa-hoa-binh-gach-dau-dong.pdf",
        saved_as(hoa_binh(), "pdf"),
        COMMENT.format(
            what='a commune\'s Word plan of "-" lines printed to PDF by LibreOffice.'
        ),
        commune_header(
            "Hòa Bình", "41", "2027-02-03", HOA_BINH_TITLE, "Nông Văn Quý", 3
        ),
        [fields for _, fields in HOA_BINH_TASKS],
    )
    write(
        OUT,
        "r27s-xa-phu-ninh-so-thu-tu.odt",
        saved_as(phu_ninh(), "odt"),
        COMMENT.format(
            what='a commune\'s Word plan saved as .odt by LibreOffice, "1." '
            'tasks straight under "II.".'
        ),
        commune_header(
            "Phú Ninh", "08", "2027-01-09", PHU_NINH_TITLE, "Huỳnh Văn Sáu", 3
        ),
        [fields for _, fields in PHU_NINH_TASKS],
    )


if __name__ == "__main__":
    main()
