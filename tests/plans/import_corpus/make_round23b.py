"""Writes round 23b's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round23b.py

Round 23b varies one family the lead's round-23 hold-out measured as
failing, written before the importer was changed for it:

F1. a plan copied as plain text from a web portal's page (a commune's or
    a mass organisation's "cổng thông tin điện tử" post): before the plan,
    the portal's breadcrumb ("Trang chủ > Tin tức > …", "Trang chủ / Văn
    bản"), the post's title and a line "Ngày đăng: … | Lượt xem: …",
    "Cập nhật lúc …", "Tác giả: …"; after it "Tệp đính kèm: …", "Tin liên
    quan:" and a few news titles, "Chia sẻ", "In bài". The task table
    pasted one cell per line: the header's cells, then each row's (number,
    content, lead, partners, time), with four, five or six columns; the
    signature with "(Đã ký)". Two .txt and a .md.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from expected import write  # noqa: E402

OUT = HERE / "round23b"


def cells(head: list[str], rows: list[list[str]]) -> str:
    """A table as a web page's copy pastes it: one cell per line."""
    lines = list(head)
    for number, row in enumerate(rows, 1):
        lines += [str(number), *row]
    return "\n".join(lines) + "\n"


AN_BINH_ROWS = [
    ["Tuyên truyền, vận động Nhân dân hiến đất mở rộng đường trục thôn",
     "Ủy ban MTTQ Việt Nam xã", "Các đoàn thể xã; Trưởng các thôn",
     "Quý I/2027"],
    ["Bê tông hóa 2,5 km đường trục thôn Đồng Tâm, thôn Tân Lập",
     "Ban Quản lý dự án xã", "Công chức Địa chính - Xây dựng", "30/6/2027"],
    ["Lắp đặt 120 bóng đèn chiếu sáng đường liên thôn",
     "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "Tháng 9/2027"],
    ["Trồng 2.000 cây xanh dọc các tuyến đường thôn",
     "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Tháng 11/2027"],
    ["Tổng kết, đánh giá kết quả thực hiện tiêu chí Giao thông năm 2027",
     "Văn phòng HĐND và UBND xã", "Các ban, ngành xã", "15/12/2027"],
]  # fmt: skip

AN_BINH = (
    """Trang chủ > Tin tức - Sự kiện > Xây dựng nông thôn mới
Kế hoạch thực hiện tiêu chí Giao thông năm 2027 trên địa bàn xã An Bình
Ngày đăng: 08/01/2027 | Lượt xem: 135
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 06/KH-UBND
An Bình, ngày 06 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện tiêu chí Giao thông xây dựng nông thôn mới nâng cao năm 2027
Căn cứ Kế hoạch số 95/KH-UBND ngày 20/12/2026 của UBND xã về xây dựng nông thôn mới nâng cao giai đoạn 2026 - 2030;
UBND xã An Bình ban hành Kế hoạch thực hiện tiêu chí Giao thông năm 2027 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Duy trì và nâng chất tiêu chí Giao thông theo Bộ tiêu chí xã nông thôn mới nâng cao.
II. NHIỆM VỤ CỤ THỂ
"""
    + cells(
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        AN_BINH_ROWS,
    )
    + """III. TỔ CHỨC THỰC HIỆN
Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.
Nơi nhận:
- UBND huyện;
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Nguyễn Văn Hòa
Tệp đính kèm: KH-06-UBND-giao-thong-2027.pdf
Chia sẻ
In bài
Tin liên quan:
Xã An Bình ra quân làm đường giao thông nông thôn đầu năm 2027
Hội nghị sơ kết 6 tháng đầu năm về xây dựng nông thôn mới
Thông báo lịch tiếp công dân tháng 01/2027
"""
)

TRUNG_HOA_ROWS = [
    ["Tổ chức hội nghị tập huấn kỹ thuật trồng lúa hữu cơ cho hội viên",
     "Ban Thường vụ Hội Nông dân xã", "Trước 31/3/2027"],
    ["Xây dựng 02 mô hình tổ hội nghề nghiệp nuôi ong lấy mật",
     "Chi hội Nông dân thôn Trung Thành", "Quý II/2027"],
    ["Vận động hội viên đăng ký hộ sản xuất, kinh doanh giỏi các cấp",
     "Các chi hội Nông dân thôn", "Tháng 8/2027"],
    ["Phối hợp giải ngân vốn Quỹ Hỗ trợ nông dân cho 15 hộ vay",
     "Ban Thường vụ Hội Nông dân xã", "30/10/2027"],
]  # fmt: skip

TRUNG_HOA = (
    """Trang chủ / Văn bản / Văn bản của các đoàn thể
# Hội Nông dân xã Trung Hòa ban hành kế hoạch phát triển kinh tế hộ năm 2027
Cập nhật lúc 09:15 ngày 15/02/2027
Tác giả: Hội Nông dân xã
BCH HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
HỘI NÔNG DÂN XÃ TRUNG HÒA
Số: 12-KH/HND
Trung Hòa, ngày 12 tháng 02 năm 2027
KẾ HOẠCH
Hỗ trợ hội viên phát triển kinh tế hộ gắn với xây dựng nông thôn mới năm 2027
Thực hiện Chương trình công tác năm 2027 của Ban Thường vụ Hội Nông dân tỉnh, Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau:
1. Mục đích
Nâng cao thu nhập của hội viên, góp phần giữ vững tiêu chí Thu nhập.
2. Nội dung thực hiện
"""
    + cells(
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"], TRUNG_HOA_ROWS
    )
    + """3. Tổ chức thực hiện
Các chi hội báo cáo kết quả về Ban Thường vụ Hội Nông dân xã trước ngày 15/12/2027.
Nơi nhận:
- Hội Nông dân tỉnh;
- Đảng ủy xã;
- Lưu VP.
T/M BAN THƯỜNG VỤ
CHỦ TỊCH
(Đã ký)
Hoàng Thị Lan
**Tệp đính kèm:** 12-KH-HND.docx
Tin liên quan:
- Hội Nông dân xã Trung Hòa tổng kết công tác Hội năm 2026
- Trao 20 suất quà Tết cho hội viên có hoàn cảnh khó khăn
Chia sẻ | In bài
"""
)

PHU_THINH_ROWS = [
    ["Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2027",
     "Công chức Văn hóa - Xã hội", "Trưởng các ấp", "Tháng 3/2027",
     "Danh sách hộ nghèo"],
    ["Hỗ trợ sửa chữa 08 căn nhà cho hộ nghèo",
     "Ủy ban MTTQ Việt Nam xã", "Hội Cựu chiến binh xã; Đoàn Thanh niên xã",
     "Quý III/2027", "08 căn nhà"],
    ["Mở 02 lớp dạy nghề cho lao động nông thôn",
     "Trung tâm Học tập cộng đồng xã", "Hội Liên hiệp Phụ nữ xã",
     "30/9/2027", "60 học viên"],
    ["Tổ chức đối thoại chính sách với hộ nghèo",
     "UBND xã", "Ngân hàng Chính sách xã hội huyện", "Tháng 11/2027",
     "Biên bản đối thoại"],
]  # fmt: skip

PHU_THINH = (
    """Cổng thông tin điện tử xã Phú Thịnh
Trang chủ » Chính quyền » Kế hoạch
KẾ HOẠCH GIẢM NGHÈO BỀN VỮNG NĂM 2027
Ngày đăng: 02/03/2027 | Lượt xem: 89 | Cỡ chữ: A A A
ỦY BAN NHÂN DÂN
XÃ PHÚ THỊNH
Số: 25/KH-UBND
Phú Thịnh, ngày 01 tháng 3 năm 2027
KẾ HOẠCH
Thực hiện tiêu chí Nghèo đa chiều năm 2027
Căn cứ Nghị quyết số 07/NQ-HĐND ngày 20/12/2026 của HĐND xã;
I. MỤC TIÊU
Giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1,5%.
II. NHIỆM VỤ, GIẢI PHÁP
"""
    + cells(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Chủ trì",
            "Phối hợp",
            "Thời hạn hoàn thành",
            "Sản phẩm",
        ],
        PHU_THINH_ROWS,
    )
    + """III. TỔ CHỨC THỰC HIỆN
Công chức Văn hóa - Xã hội tổng hợp, báo cáo UBND xã trước ngày 10/12/2027.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Trần Minh Khoa
Tệp đính kèm:
KH25-giam-ngheo-2027.pdf
Chia sẻ:
Facebook
Zalo
In bài
Tin liên quan
Xã Phú Thịnh trao 05 căn nhà đại đoàn kết
Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027
"""
)

COMMENT = """Round 23b, family F1 (a plan copied as plain text from a web portal's
page), written before the importer was changed for it: {what}
Assumptions: the portal's lines (breadcrumb, the post's title, "Ngày đăng",
"Tệp đính kèm", "Tin liên quan" and its news, "Chia sẻ", "In bài") are no
part of the plan; the plan's title is the line under "KẾ HOẠCH", never the
post's; the cells one per line are the table's rows; "(Đã ký)" is no name."""


def tasks(rows: list[list[str]], partners: bool, deadlines: list[str]) -> list:
    out = []
    for row, deadline in zip(rows, deadlines, strict=True):
        task = {"title": row[0], "lead": row[1], "deadline": deadline}
        if partners:
            task["coordinating"] = [u.strip() for u in row[2].split(";")]
        out.append(task)
    return out


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r23b-cong-xa-an-binh-giao-thong.txt",
        AN_BINH,
        COMMENT.format(
            what='a commune\'s post, breadcrumb "Trang chủ > …", five '
            "columns one cell per line."
        ),
        {
            "number": "06",
            "symbol": "KH-UBND",
            "place": "An Bình",
            "date": "2027-01-06",
            "title": "Thực hiện tiêu chí Giao thông xây dựng nông thôn mới "
            "nâng cao năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Nguyễn Văn Hòa",
            "recipients": 3,
            "bases": ["95/KH-UBND"],
        },
        tasks(
            AN_BINH_ROWS,
            True,
            ["2027-03-31", "2027-06-30", "2027-09-30", "2027-11-30", "2027-12-15"],
        ),
    )
    write(
        OUT,
        "r23b-hoi-nong-dan-trung-hoa-kinh-te-ho.md",
        TRUNG_HOA,
        COMMENT.format(
            what="a farmers' association's post pasted into a .md, "
            'breadcrumb "Trang chủ / Văn bản", "Cập nhật lúc", '
            '"Tác giả", four columns one cell per line.'
        ),
        {
            "number": "12",
            "symbol": "KH/HND",
            "place": "Trung Hòa",
            "date": "2027-02-12",
            "title": "Hỗ trợ hội viên phát triển kinh tế hộ gắn với xây dựng "
            "nông thôn mới năm 2027",
            "issuer": "HỘI NÔNG DÂN XÃ TRUNG HÒA",
            "authority": "T/M BAN THƯỜNG VỤ",
            "signer_title": "CHỦ TỊCH",
            "signer": "Hoàng Thị Lan",
            "recipients": 3,
            # The provincial association's work programme, cited with no
            # number or date (round 27b: a basis listed by its type alone).
            "bases": ["Chương trình"],
        },
        tasks(
            [[r[0], r[1]] for r in TRUNG_HOA_ROWS],
            False,
            ["2027-03-31", "2027-06-30", "2027-08-31", "2027-10-30"],
        ),
    )
    write(
        OUT,
        "r23b-cong-xa-phu-thinh-giam-ngheo.txt",
        PHU_THINH,
        COMMENT.format(
            what="a commune's portal, breadcrumb \"Trang chủ » …\", the post's "
            "title in capitals, six columns (a product column) one cell per "
            "line, a deputy's signature."
        ),
        {
            "number": "25",
            "symbol": "KH-UBND",
            "place": "Phú Thịnh",
            "date": "2027-03-01",
            "title": "Thực hiện tiêu chí Nghèo đa chiều năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Trần Minh Khoa",
            "recipients": 2,
            "bases": ["07/NQ-HĐND"],
        },
        tasks(
            PHU_THINH_ROWS,
            True,
            ["2027-03-31", "2027-09-30", "2027-09-30", "2027-11-30"],
        ),
    )
