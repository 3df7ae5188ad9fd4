"""Writes round 29v's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round29v.py
    .venv/bin/python tests/plans/import_corpus/make_round29v.py --check

Round 29v keeps the sentence families the importer already reads and
changes only their words: the verbs the work starts with and the kinds of
body that lead or take part are chosen OUTSIDE the importer's lists
(labels.toml [work], units.BODY_KINDS). Blind hold-outs kept losing tasks
to a verb or a body kind nobody had listed; real users will bring more.
`--check` prints which of the words below the lists lack (VERBS, KINDS:
ordinary work of a commune's or a province's plan and the bodies a commune
or province really has); the plans use mainly those.

V1. "X chủ trì, phối hợp (với) Y, Z <work>; <time>" (.txt).
V2. "X <work> …; <time>": the lead as the sentence's subject (.docx).
V3. "<work> (X chủ trì, Y phối hợp; <time>)." (.pdf by LibreOffice).
V4. a table with "Đơn vị chủ trì" / "Đơn vị phối hợp" columns (.docx).
V5. duties under each body's numbered heading in the tasks section (.txt).
And sentences that are no task: aims, general duties.
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

OUT = HERE / "round29v"

# Ordinary administrative work (the verb a task's work opens with).
VERBS = [
    "Biên soạn", "In ấn", "Niêm yết", "Công khai", "Đối chiếu", "Thẩm tra",
    "Xác minh", "Thu thập", "Sửa đổi", "Bổ sung", "Kiểm đếm", "Cắm mốc",
    "Giải tỏa", "Thu hồi", "Bồi thường", "Chỉnh lý", "Lưu trữ", "Chuyển giao",
    "Phân bổ", "Truyền thông", "Phát thanh", "Biên tập", "Đăng tải", "Thay thế",
    "Sơn sửa", "Quét vôi", "Phun thuốc", "Tiêu độc", "Khử trùng", "Tiêm phòng",
    "Trao tặng", "Thăm hỏi", "Động viên", "Kêu gọi", "Quyên góp", "Xét chọn",
    "Nhắc nhở", "Xử phạt", "Tuần tra", "Truy quét", "Phỏng vấn", "Lấy ý kiến",
    "Đối thoại", "Giới thiệu", "Trưng bày", "Cho vay", "Chi trả", "Thanh toán",
    "Khoanh nuôi", "Gieo cấy", "Thu hoạch", "Nhân giống", "Ươm tạo", "Chứng nhận",
    "Truy xuất", "Đóng gói", "Sơ chế", "Chế biến", "Bảo quản", "Tiêu thụ",
    "Bao tiêu", "Thu mua", "Mời gọi", "Đàm phán", "Khơi thông", "Gia cố",
    "San lấp", "Thắp sáng", "Cắt tỉa", "Phát quang", "Dọn dẹp", "Thu dọn",
    "Diễn tập", "Dạy nghề", "Phổ cập", "Kiểm định", "Chấm điểm", "Xếp loại",
    "Tôn vinh", "Biểu dương", "Luân chuyển", "Tuyển chọn", "Giao khoán",
    "Nhập liệu", "Chuẩn hóa", "Đồng bộ", "Tích hợp", "Cài đặt", "Kích hoạt",
    "Phủ sóng", "Ngầm hóa", "Tháo dỡ", "Cưỡng chế", "Soạn thảo", "Giải quyết",
    "Tiếp xúc", "Rà phá", "Đấu nối", "Bàn giao", "Hướng dẫn", "Xây dựng",
]  # fmt: skip

# The bodies a commune or a province has (a kind word, then what and where).
KINDS = [
    "Quỹ tín dụng nhân dân xã", "Điện lực huyện", "Bưu điện văn hóa xã",
    "Tổ công nghệ số cộng đồng xã", "Công ty Cổ phần Cấp nước",
    "Doanh nghiệp tư nhân", "Thư viện xã", "Đội Dân phòng",
    "Chi hội Nông dân thôn", "Chi đoàn thanh niên thôn",
    "Câu lạc bộ Người cao tuổi", "Nhà máy chè", "Xí nghiệp Thủy nông",
    "Bệnh viện Đa khoa huyện", "Đồn Biên phòng", "Hạt Quản lý đê",
    "Liên đoàn Lao động huyện", "Công đoàn xã", "Viện Kiểm sát nhân dân huyện",
    "Nhà Văn hóa xã", "Nhà Thiếu nhi huyện", "Trại giống cây trồng",
    "Vườn quốc gia Ba Bể", "Lâm trường", "Hiệp hội Du lịch", "Thanh tra huyện",
    "Tòa án nhân dân huyện", "Tổ hợp tác", "Đội Quản lý thị trường",
    "Nhà máy nước", "Cảng cá", "Bến xe", "Trang trại", "Khu bảo tồn",
    "Quỹ Hỗ trợ nông dân", "Viettel huyện", "VNPT huyện", "Trạm Y tế xã",
    "Công an xã", "Ban Chỉ huy Quân sự xã", "Trường Mầm non", "Hợp tác xã",
    "Ban Quản lý chợ", "Chi nhánh Ngân hàng Chính sách xã hội",
    "Trung tâm Dịch vụ nông nghiệp", "Trạm Khuyến nông", "Đài Truyền thanh xã",
    "Ban Điều hành khu dân cư", "Chi cục Thuế khu vực",
    "Văn phòng Đăng ký đất đai", "Ban Thanh tra nhân dân", "Hội Khuyến học xã",
]  # fmt: skip

COMMENT = """Round 29v (the families the importer reads, in words its lists lack:
work verbs and kinds of body chosen outside labels.toml [work] and
units.BODY_KINDS), written before the importer was changed for it: {what}
Assumptions: the body the sentence opens with leads, its whole name (of
any kind: a fund, a post office, a power company, a team, a library, a
company); the partners are those after "phối hợp (với)" up to the work,
split at commas, each whole; the work starts at its verb, whatever the
verb, capitalised; the time clause after ";" or "," is the deadline (a
month's or quarter's last day, "thường xuyên" the year's end); in a
bracket after the work, the body before "chủ trì" leads and those before
"phối hợp" take part; under a body's heading each duty with a time is a
task it leads; aims and general duties are no tasks."""


def task(title, lead, deadline, coordinating=None):
    found = {"title": title, "lead": lead, "deadline": deadline}
    if coordinating:
        found["coordinating"] = coordinating
    return found


# --- V1 a commune's .txt: "X chủ trì, phối hợp (với) Y <work>" -----------------

YEN_LAC = [
    ("Trạm Y tế xã chủ trì, phối hợp với Trường Mầm non Hoa Sen, Chi hội Phụ nữ "
     "các thôn tiêm phòng sởi cho 320 trẻ em dưới 5 tuổi; hoàn thành trong Quý "
     "II/2027.",
     task("Tiêm phòng sởi cho 320 trẻ em dưới 5 tuổi", "Trạm Y tế xã", "2027-06-30",
          ["Trường Mầm non Hoa Sen", "Chi hội Phụ nữ các thôn"])),
    ("Quỹ tín dụng nhân dân Yên Lạc chủ trì, phối hợp với Hội Nông dân xã cho vay "
     "ưu đãi 40 hộ trồng cây ăn quả; hoàn thành trước ngày 30/9/2027.",
     task("Cho vay ưu đãi 40 hộ trồng cây ăn quả", "Quỹ tín dụng nhân dân Yên Lạc",
          "2027-09-30", ["Hội Nông dân xã"])),
    ("Công an xã chủ trì, phối hợp với Đội Dân phòng xã, Ban Chỉ huy Quân sự xã "
     "tuần tra, truy quét tụ điểm cờ bạc tại 08 thôn; thời gian: thường xuyên.",
     task("Tuần tra, truy quét tụ điểm cờ bạc tại 08 thôn", "Công an xã",
          "2027-12-31", ["Đội Dân phòng xã", "Ban Chỉ huy Quân sự xã"])),
    ("Bưu điện văn hóa xã chủ trì, phối hợp Tổ công nghệ số cộng đồng các thôn "
     "kích hoạt tài khoản định danh điện tử cho 1.500 người dân; xong trước "
     "31/8/2027.",
     task("Kích hoạt tài khoản định danh điện tử cho 1.500 người dân",
          "Bưu điện văn hóa xã", "2027-08-31",
          ["Tổ công nghệ số cộng đồng các thôn"])),
    ("Điện lực Yên Lạc chủ trì, phối hợp với Ban phát triển các thôn thay thế 120 "
     "bóng đèn chiếu sáng công cộng, hoàn thành tháng 10/2027.",
     task("Thay thế 120 bóng đèn chiếu sáng công cộng", "Điện lực Yên Lạc",
          "2027-10-31", ["Ban phát triển các thôn"])),
    ("Hợp tác xã Chè Yên Lạc chủ trì, phối hợp với Công ty TNHH Chè Tân Cương Xanh "
     "bao tiêu 200 tấn chè búp tươi cho xã viên; hoàn thành trong Quý IV/2027.",
     task("Bao tiêu 200 tấn chè búp tươi cho xã viên", "Hợp tác xã Chè Yên Lạc",
          "2027-12-31", ["Công ty TNHH Chè Tân Cương Xanh"])),
]  # fmt: skip

YEN_LAC_TITLE = "Thực hiện các tiêu chí Y tế, An ninh và Thông tin năm 2027"


def yen_lac() -> str:
    tasks = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(YEN_LAC, 1))
    return f"""ỦY BAN NHÂN DÂN
XÃ YÊN LẠC
Số: 16/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Lạc, ngày 11 tháng 01 năm 2027

KẾ HOẠCH
{YEN_LAC_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 98% trẻ em dưới 5 tuổi được tiêm chủng đầy đủ.
Quỹ tín dụng nhân dân Yên Lạc là thành viên Ban Chỉ đạo xây dựng nông thôn mới xã.

II. NHIỆM VỤ CỤ THỂ
{tasks}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đơn vị được giao nhiệm vụ chủ động tổ chức thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Hoàng Văn Thắm
"""


# --- V2 a commune's Word plan: "X <work> …" ------------------------------------

HOA_SON = [
    ("Thư viện xã luân chuyển 600 đầu sách về 07 điểm đọc sách thôn; thời gian: "
     "Quý III/2027.",
     task("Luân chuyển 600 đầu sách về 07 điểm đọc sách thôn", "Thư viện xã",
          "2027-09-30")),
    ("Đội Dân phòng xã diễn tập phương án chữa cháy tại chợ trung tâm, hoàn thành "
     "trước 30/6/2027.",
     task("Diễn tập phương án chữa cháy tại chợ trung tâm", "Đội Dân phòng xã",
          "2027-06-30")),
    ("Chi đoàn Thanh niên thôn Đồng Mới phát quang 3 km hành lang đường liên thôn; "
     "thời gian hoàn thành tháng 4/2027.",
     task("Phát quang 3 km hành lang đường liên thôn",
          "Chi đoàn Thanh niên thôn Đồng Mới", "2027-04-30")),
    ("Hội Khuyến học xã trao tặng 150 suất học bổng cho học sinh vượt khó, hoàn "
     "thành trong Quý III/2027.",
     task("Trao tặng 150 suất học bổng cho học sinh vượt khó", "Hội Khuyến học xã",
          "2027-09-30")),
    ("Trạm Y tế xã phun thuốc tiêu độc, khử trùng tại 12 cơ sở chăn nuôi; thời "
     "gian: tháng 5/2027.",
     task("Phun thuốc tiêu độc, khử trùng tại 12 cơ sở chăn nuôi", "Trạm Y tế xã",
          "2027-05-31")),
    ("Công ty Cổ phần Cấp nước Hòa Sơn đấu nối nước sạch cho 300 hộ thôn Nà Pàn, "
     "hoàn thành trong Quý IV/2027.",
     task("Đấu nối nước sạch cho 300 hộ thôn Nà Pàn",
          "Công ty Cổ phần Cấp nước Hòa Sơn", "2027-12-31")),
]  # fmt: skip

HOA_SON_TITLE = "Nâng cao chất lượng đời sống văn hóa, môi trường năm 2027"


def hoa_son() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA SƠN", "Số: 09/KH-UBND"],
        "Hòa Sơn, ngày 08 tháng 01 năm 2027",
        HOA_SON_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "1. Phấn đấu 100% thôn có điểm đọc sách.", indent=1.0)
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for letter, (sentence, _) in zip("abcdefgh", HOA_SON, strict=False):
        para(doc, f"{letter}) {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, tổng hợp, báo "
        "cáo kết quả thực hiện Kế hoạch về Chủ tịch UBND xã.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đàm Văn Kiên"],
    )
    return save(doc)


# --- V3 a commune's Word plan printed to PDF: "<work> (X chủ trì, …)" ----------

TAN_TRAO = [
    ("Chỉnh lý bản đồ địa chính 05 thôn sau dồn điền đổi thửa (Chi nhánh Văn phòng "
     "Đăng ký đất đai huyện chủ trì, Phòng Kinh tế phối hợp; hoàn thành trước ngày "
     "30/11/2027).",
     task("Chỉnh lý bản đồ địa chính 05 thôn sau dồn điền đổi thửa",
          "Chi nhánh Văn phòng Đăng ký đất đai huyện", "2027-11-30",
          ["Phòng Kinh tế"])),
    ("Ngầm hóa 1,5 km cáp viễn thông trục trung tâm xã (Viettel Tân Trào chủ trì, "
     "VNPT Tân Trào, Điện lực Tân Trào phối hợp; thời gian: Quý III/2027).",
     task("Ngầm hóa 1,5 km cáp viễn thông trục trung tâm xã", "Viettel Tân Trào",
          "2027-09-30", ["VNPT Tân Trào", "Điện lực Tân Trào"])),
    ("Giải tỏa hành lang an toàn đường tỉnh 243 (Đội Quản lý trật tự xã chủ trì, "
     "Công an xã phối hợp; thời gian: tháng 7/2027).",
     task("Giải tỏa hành lang an toàn đường tỉnh 243", "Đội Quản lý trật tự xã",
          "2027-07-31", ["Công an xã"])),
    ("Thu mua 500 tấn chè búp tươi theo hợp đồng liên kết (Nhà máy chè Tân Trào chủ "
     "trì, Tổ hợp tác chè Khuôn Điển phối hợp; hoàn thành trong Quý IV/2027).",
     task("Thu mua 500 tấn chè búp tươi theo hợp đồng liên kết",
          "Nhà máy chè Tân Trào", "2027-12-31", ["Tổ hợp tác chè Khuôn Điển"])),
    ("Gia cố 800 m đê bao chống sạt lở ven sông Phó Đáy (Hạt Quản lý đê Sơn Dương "
     "chủ trì, Ban Chỉ huy Quân sự xã phối hợp; hoàn thành trước 31/5/2027).",
     task("Gia cố 800 m đê bao chống sạt lở ven sông Phó Đáy",
          "Hạt Quản lý đê Sơn Dương", "2027-05-31", ["Ban Chỉ huy Quân sự xã"])),
]  # fmt: skip

TAN_TRAO_TITLE = "Phát triển hạ tầng và sản xuất hàng hóa năm 2027"


def tan_trao() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN TRÀO", "Số: 33/KH-UBND"],
        "Tân Trào, ngày 22 tháng 01 năm 2027",
        TAN_TRAO_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "- Phấn đấu thu nhập bình quân đầu người đạt 55 triệu đồng.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for sentence, _ in TAN_TRAO:
        para(doc, f"- {sentence}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "- Các cơ quan, đơn vị chủ động phối hợp triển khai các nhiệm vụ được giao.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các đơn vị liên quan;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hà Văn Sinh"],
    )
    return save(doc)


# --- V4 a commune's Word table: "Đơn vị chủ trì" / "Đơn vị phối hợp" ----------

# (work, lead, partners, time, expected deadline)
MINH_DUC = [
    ("Khám sàng lọc ung thư cổ tử cung cho 400 phụ nữ", "Bệnh viện Đa khoa huyện",
     ["Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"], "Quý II/2027", "2027-06-30"),
    ("Khoanh nuôi tái sinh 60 ha rừng phòng hộ đầu nguồn", "Lâm trường Yên Sơn",
     ["Hạt Kiểm lâm", "Tổ bảo vệ rừng thôn Khe Thuyền"], "Tháng 9/2027",
     "2027-09-30"),
    ("Dạy nghề may công nghiệp cho 60 lao động nông thôn",
     "Trung tâm Giáo dục nghề nghiệp huyện",
     ["Công ty TNHH May Minh Anh", "Đoàn Thanh niên xã"], "Quý III/2027",
     "2027-09-30"),
    ("Trưng bày, giới thiệu sản phẩm OCOP tại hội chợ xuân", "Hiệp hội Du lịch tỉnh",
     ["Hợp tác xã Mật ong Minh Đức", "Siêu thị Co.op Tuyên Quang"], "Tháng 2/2027",
     "2027-02-28"),
    ("Thu hồi nợ quá hạn các chương trình tín dụng chính sách",
     "Chi nhánh Ngân hàng Chính sách xã hội huyện",
     ["Tổ tiết kiệm và vay vốn các thôn"], "Tháng 12/2027", "2027-12-31"),
]  # fmt: skip

MINH_DUC_TITLE = (
    "Thực hiện các nhiệm vụ phát triển kinh tế - xã hội gắn với nông thôn mới năm 2027"
)


def minh_duc() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MINH ĐỨC", "Số: 05/KH-UBND"],
        "Minh Đức, ngày 06 tháng 01 năm 2027",
        MINH_DUC_TITLE,
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành "
        "từng nhiệm vụ.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    task_table(
        doc,
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
         "Thời gian hoàn thành"],
        [[[str(i)], [work], [lead], [", ".join(partners)], [time]]
         for i, (work, lead, partners, time, _) in enumerate(MINH_DUC, 1)],
        [1.2, 8.0, 4.5, 6.0, 3.4],
        bold_titles=False,
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ chủ động triển khai; định kỳ báo cáo kết quả "
        "về UBND xã trước ngày 25 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các đơn vị liên quan;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Triệu Thị Hoa"],
    )
    return save(doc)


# --- V5 a commune's .txt: duties under each body's heading ---------------------

# (body, [(duty, expected fields or None for a general duty)])
TAN_HOA = [
    ("Điện lực Tân Hòa", [
        ("Thay thế 4,5 km đường dây hạ thế xuống cấp tại thôn Nà Lìa, hoàn thành "
         "trong Quý III/2027.",
         task("Thay thế 4,5 km đường dây hạ thế xuống cấp tại thôn Nà Lìa",
              "Điện lực Tân Hòa", "2027-09-30")),
        ("Bảo đảm cấp điện an toàn, liên tục cho sản xuất và sinh hoạt.", None),
    ]),
    ("Bưu điện văn hóa xã", [
        ("Phối hợp với Tổ công nghệ số cộng đồng các thôn hướng dẫn 800 hộ sử dụng "
         "thanh toán không dùng tiền mặt; thời gian: tháng 8/2027.",
         task("Hướng dẫn 800 hộ sử dụng thanh toán không dùng tiền mặt",
              "Bưu điện văn hóa xã", "2027-08-31",
              ["Tổ công nghệ số cộng đồng các thôn"])),
    ]),
    ("Đồn Biên phòng Tân Hòa", [
        ("Chủ trì, phối hợp với Công an xã tuần tra, kiểm soát đường mòn, lối mở "
         "biên giới; thời gian: tháng 12/2027.",
         task("Tuần tra, kiểm soát đường mòn, lối mở biên giới",
              "Đồn Biên phòng Tân Hòa", "2027-12-31", ["Công an xã"])),
    ]),
    ("Công ty TNHH Thương mại Minh Phát", [
        ("Thu mua 300 tấn gừng cho nông dân theo hợp đồng bao tiêu, hoàn thành trong "
         "Quý IV/2027.",
         task("Thu mua 300 tấn gừng cho nông dân theo hợp đồng bao tiêu",
              "Công ty TNHH Thương mại Minh Phát", "2027-12-31")),
    ]),
]  # fmt: skip

TAN_HOA_TITLE = (
    "Huy động các đơn vị trên địa bàn tham gia xây dựng nông thôn mới năm 2027"
)


def tan_hoa() -> str:
    parts = []
    for i, (body, duties) in enumerate(TAN_HOA, 1):
        parts.append(f"{i}. {body}")
        parts += [f"- {duty}" for duty, _ in duties]
    body = "\n".join(parts)
    return f"""ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hòa, ngày 14 tháng 01 năm 2027

KẾ HOẠCH
{TAN_HOA_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của các cơ quan, doanh nghiệp đóng trên địa bàn xã.

II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ
{body}

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND xã.

Nơi nhận:
- Đảng ủy xã;
- Các đơn vị trên địa bàn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nông Văn Dũng
"""


def check() -> None:
    """Print the words of VERBS and KINDS the importer's lists lack."""
    import django

    sys.path.insert(0, str(HERE.parents[2]))
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ntm.settings")
    django.setup()
    from ntm.text import fold
    from plans.document_import.attributes import WORK
    from plans.document_import.units import BODY_HEAD

    verbs = [v for v in VERBS if not WORK.match(fold(v) + " x")]
    kinds = [k for k in KINDS if not BODY_HEAD.match(fold(k))]
    print(f"verbs: {len(verbs)} of {len(VERBS)} not in labels.toml [work]:")
    print(", ".join(verbs))
    print(f"kinds: {len(kinds)} of {len(KINDS)} not in units.BODY_KINDS:")
    print(", ".join(kinds))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r29v-xa-yen-lac-chu-tri-tu-la.txt",
        yen_lac(),
        COMMENT.format(
            what="V1, a commune's plan pasted into a .txt, \"X chủ trì, phối hợp "
            '(với) Y <work>" with a fund, a post office, a power company, a '
            "militia team and a company."
        ),
        commune_header(
            "Yên Lạc", "16", "2027-01-11", YEN_LAC_TITLE, "Hoàng Văn Thắm", 3
        ),
        [fields for _, fields in YEN_LAC],
    )
    write(
        OUT,
        "r29v-xa-hoa-son-chu-ngu-la.docx",
        hoa_son(),
        COMMENT.format(
            what='V2, a commune\'s Word plan, "a)" items whose subject leads '
            "(a library, a fire team, a youth cell, a water company)."
        ),
        commune_header("Hòa Sơn", "09", "2027-01-08", HOA_SON_TITLE, "Đàm Văn Kiên", 3),
        [fields for _, fields in HOA_SON],
    )
    write(
        OUT,
        "r29v-xa-tan-trao-ngoac-don-vi-la.pdf",
        saved_as(tan_trao(), "pdf"),
        COMMENT.format(
            what='V3, a commune\'s Word plan of "-" lines printed to PDF by '
            'LibreOffice, "(X chủ trì, Y phối hợp; <time>)" after the work.'
        ),
        commune_header(
            "Tân Trào", "33", "2027-01-22", TAN_TRAO_TITLE, "Hà Văn Sinh", 3
        ),
        [fields for _, fields in TAN_TRAO],
    )
    write(
        OUT,
        "r29v-xa-minh-duc-bang-don-vi-la.docx",
        minh_duc(),
        COMMENT.format(
            what="V4, a commune's Word table (STT | Nội dung nhiệm vụ | Đơn vị chủ "
            "trì | Đơn vị phối hợp | Thời gian hoàn thành): a hospital, a forestry "
            "enterprise, an association, a supermarket."
        ),
        commune_header(
            "Minh Đức", "05", "2027-01-06", MINH_DUC_TITLE, "Triệu Thị Hoa", 3
        ),
        [task(work, lead, day, partners) for work, lead, partners, _, day in MINH_DUC],
    )
    write(
        OUT,
        "r29v-xa-tan-hoa-nhiem-vu-don-vi.txt",
        tan_hoa(),
        COMMENT.format(
            what="V5, a commune's plan pasted into a .txt, duties under each "
            "body's numbered heading (a power company, a post office, a border "
            "post, a company), one a general duty with no time."
        ),
        commune_header(
            "Tân Hòa", "12", "2027-01-14", TAN_HOA_TITLE, "Nông Văn Dũng", 3
        ),
        [fields for _, duties in TAN_HOA for _, fields in duties if fields],
    )


if __name__ == "__main__":
    check() if "--check" in sys.argv else main()
