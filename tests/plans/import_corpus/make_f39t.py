"""Writes set f39t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39t.py

Set f39t: text copied out of a signed PDF into a .txt, written here before
the importer was changed for it. Every visual line of the PDF is a line:
the header's two columns run together on shared lines (the left one first,
or the right one first), the title and the bases run over several lines,
sentences break mid-way, a word is hyphenated across two lines ("Viet-" /
"GAP"), page numbers stand alone between blank lines, and the closing's
two columns run together too ("Nơi nhận: TM. BAN THƯỜNG VỤ").

F1. a district Farmers' Union's plan (CRLF), "-" and "+" tasks each
    followed by broken "* Đơn vị thực hiện: …; phối hợp: …" lines;
F2. a commune People's Committee's plan (LF), numbered tasks whose sentences
    wrap, a "Thời gian:" line under each;
F3. a commune Party committee's plan (CRLF) copied with the right column
    first on the shared lines ("ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG BỘ HUYỆN …").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_round32 import T, hdr  # noqa: E402

OUT = HERE / "f39t"

COMMENT = """Set f39t (text copied out of a signed PDF into a .txt: every visual
line a line, the header's and the closing's two columns run together,
sentences and words broken across lines, page numbers in the flow), written
before the importer was changed for it: {what}
Assumptions: a line that does not end a sentence and is followed by one
that does not open an item goes on in it; "Viet-" / "GAP" is one word; a
number alone between blank lines is a page's; the left column's last line
before "Số:" is the issuer, its first line (the superior) and the right
column (the motto, the Party's or the Union's name) are not; a base without
a number is its kind and its date; "hằng tháng" ends on the plan year's
last day; a heading ending on ":" over "+" items
is no task; checking on the plan itself is no task."""

# --- F1 (CRLF): a district Farmers' Union's plan ------------------------------

VU_THU = """HỘI NÔNG DÂN TỈNH THÁI BÌNH HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN VŨ THƯ
*
Số: 45-KH/HND Vũ Thư, ngày 18 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ hội viên nông dân phát triển sản xuất nông nghiệp hàng hóa, góp phần
xây dựng nông thôn mới nâng cao năm 2024
-----

Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương; Kết luận
số 61-KL/TW ngày 17/8/2023 của Ban Bí thư;
Căn cứ Chương trình công tác năm 2024 của Ban Thường vụ Hội Nông dân tỉnh ngày
05/01/2024; Kế hoạch số 18/KH-UBND ngày 22/01/2024 của UBND huyện Vũ Thư về xây
dựng nông thôn mới năm 2024;
Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của hội viên nông dân là chủ thể trong xây dựng nông thôn mới,
nâng cao thu nhập của hội viên.

II. NỘI DUNG, NHIỆM VỤ
1. Công tác tuyên truyền
- Tuyên truyền, vận động hội viên nông dân tham gia sản xuất nông nghiệp theo
hướng hàng hóa, ứng dụng công nghệ cao;
* Đơn vị thực hiện: Ban Tuyên huấn Hội Nông dân huyện; phối hợp: Trung tâm Văn
hóa - Thể thao huyện, Hội Nông dân các xã.
* Thời gian: hằng tháng.

2

- Biên tập, phát hành 02 số bản tin chuyên đề về sản xuất nông nghiệp an toàn.
* Chủ trì: Ban Tuyên huấn Hội Nông dân huyện; phối hợp: Phòng Nông nghiệp và
Phát triển nông thôn huyện.
* Thời gian hoàn thành: trước 30/6/2024.
2. Hỗ trợ phát triển sản xuất
- Xây dựng mô hình, tổ hợp tác, hợp tác xã:
+ Xây dựng 03 mô hình trồng rau an toàn theo tiêu chuẩn Viet-
GAP tại các xã Việt Hùng, Minh Lãng, Song Lãng;
* Đơn vị thực hiện: Ban Kinh tế Hội Nông dân huyện; phối hợp: Trung tâm Dịch vụ nông
nghiệp huyện, Hội Nông dân các xã Việt Hùng, Minh Lãng.
* Thời gian hoàn thành: trước 30/11/2024.
+ Thành lập mới 02 tổ hợp tác chăn nuôi lợn an toàn sinh học tại các xã Tân Lập,
Hòa Bình;
* Chủ trì: Ban Kinh tế Hội Nông dân huyện; phối hợp: Phòng Nông nghiệp và Phát
triển nông thôn huyện.
* Thời gian hoàn thành: trước 30/9/2024.
- Phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân 5 tỷ đồng vốn vay cho
hội viên nông dân phát triển sản xuất.
* Chủ trì: Văn phòng Hội Nông dân huyện; phối hợp: Phòng Giao dịch Ngân hàng
Chính sách xã hội huyện.
* Thời gian hoàn thành: trước 31/10/2024.

3

III. KIỂM TRA, GIÁM SÁT
- Kiểm tra, giám sát việc thực hiện Kế hoạch tại cơ sở Hội.

IV. TỔ CHỨC THỰC HIỆN
1. Các ban chuyên môn Hội Nông dân huyện theo chức năng, nhiệm vụ triển khai
thực hiện Kế hoạch.
2. Hội Nông dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của
cơ sở, hoàn thành trước 15/4/2024, gửi về Ban Thường vụ Hội Nông dân huyện
(qua Văn phòng) để theo dõi.

Nơi nhận: TM. BAN THƯỜNG VỤ
- TT Hội Nông dân tỉnh (b/c); CHỦ TỊCH
- Thường trực Huyện ủy (b/c);
- UBND huyện; (Đã ký)
- Hội Nông dân các xã, thị trấn;
- Lưu VP.
Đỗ Văn Khang
"""


def vu_thu():
    title = ("Hỗ trợ hội viên nông dân phát triển sản xuất nông nghiệp hàng hóa, góp "
             "phần xây dựng nông thôn mới nâng cao năm 2024")  # fmt: skip
    head = hdr("45", "KH/HND", "Vũ Thư", "2024-03-18", title,
               "BCH HỘI NÔNG DÂN HUYỆN VŨ THƯ", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Đỗ Văn Khang", ["19-NQ/TW", "61-KL/TW", "Chương trình ngày 05/01/2024",
                                "18/KH-UBND"], 5)  # fmt: skip
    tasks = [
        T("Tuyên truyền, vận động hội viên nông dân tham gia sản xuất nông nghiệp theo "
          "hướng hàng hóa, ứng dụng công nghệ cao",
          "Ban Tuyên huấn Hội Nông dân huyện",
          ["Trung tâm Văn hóa - Thể thao huyện", "Hội Nông dân các xã"], "2024-12-31"),
        T("Biên tập, phát hành 02 số bản tin chuyên đề về sản xuất nông nghiệp an toàn",
          "Ban Tuyên huấn Hội Nông dân huyện",
          ["Phòng Nông nghiệp và Phát triển nông thôn huyện"], "2024-06-30"),
        T("Xây dựng 03 mô hình trồng rau an toàn theo tiêu chuẩn VietGAP tại các xã "
          "Việt Hùng, Minh Lãng, Song Lãng", "Ban Kinh tế Hội Nông dân huyện",
          ["Trung tâm Dịch vụ nông nghiệp huyện",
           "Hội Nông dân các xã Việt Hùng, Minh Lãng"], "2024-11-30"),
        T("Thành lập mới 02 tổ hợp tác chăn nuôi lợn an toàn sinh học tại các xã Tân "
          "Lập, Hòa Bình", "Ban Kinh tế Hội Nông dân huyện",
          ["Phòng Nông nghiệp và Phát triển nông thôn huyện"], "2024-09-30"),
        T("Phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân 5 tỷ đồng vốn vay "
          "cho hội viên nông dân phát triển sản xuất", "Văn phòng Hội Nông dân huyện",
          ["Phòng Giao dịch Ngân hàng Chính sách xã hội huyện"], "2024-10-31"),
        T("Xây dựng kế hoạch cụ thể của cơ sở", "Hội Nông dân các xã, thị trấn", [],
          "2024-04-15"),
    ]  # fmt: skip
    return ("f39t-hnd-vu-thu-sao-tu-pdf.txt", VU_THU.replace("\n", "\r\n"),
            "a district Farmers' Union's plan copied from its PDF (CRLF): 'HỘI NÔNG "
            "DÂN TỈNH THÁI BÌNH HỘI NÔNG DÂN VIỆT NAM', bases two to a line, 'Viet-' / "
            "'GAP', page numbers '2', '3', '* Đơn vị thực hiện: …' lines broken, "
            "'Nơi nhận: TM. BAN THƯỜNG VỤ'.", head, tasks)  # fmt: skip


# --- F2 (LF): a commune People's Committee's plan ------------------------------

DONG_LAM = """ỦY BAN NHÂN DÂN HUYỆN TIỀN HẢI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc
XÃ ĐÔNG LÂM
Số: 112/KH-UBND Đông Lâm, ngày 09 tháng 4 năm
2025

KẾ HOẠCH
Cải tạo cảnh quan, môi trường các thôn hướng tới xã nông thôn mới kiểu mẫu
năm 2025
-----
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ; Nghị
quyết số 05/NQ-HĐND ngày 20/12/2024 của HĐND xã;
Căn cứ Thông báo kết luận của Thường trực Đảng ủy xã ngày 28/3/2025;
UBND xã xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Huy động sự tham gia của Nhân dân trong cải tạo cảnh quan, bảo đảm môi trường
xanh - sạch - đẹp.

II. NHIỆM VỤ CỤ THỂ
1. Trồng mới 3,5 km hàng rào xanh dọc các tuyến đường trục thôn Đông Quách,
Đông Cơ.
Chủ trì: Ban phát triển thôn Đông Quách; phối hợp: Hội Phụ nữ xã, Đoàn Thanh
niên xã.
Thời gian hoàn thành: trước 30/6/2025.
2. Lắp đặt 40 thùng thu gom rác thải có nắp đậy tại các điểm tập kết của 6
thôn.
Chủ trì: Hợp tác xã dịch vụ môi trường Đông Lâm; phối hợp: các thôn.
Thời gian hoàn thành: trước 31/5/2025.

2

3. Xây dựng 02 tuyến đường hoa kiểu mẫu, mỗi tuyến dài 500 m, tại thôn Đông
Cao.
Chủ trì: Hội Liên hiệp Phụ nữ xã; phối hợp: Ban phát triển thôn Đông Cao.
Thời gian hoàn thành: trước 02/9/2025.
4. Kiểm tra, giám sát việc thực hiện Kế hoạch này tại các thôn.

III. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về UBND xã (qua công chức Địa chính - Nông nghiệp) trước
ngày 20 hằng tháng.

Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Thường trực Đảng ủy xã (b/c); KT. CHỦ TỊCH
- Thường trực HĐND xã; PHÓ CHỦ TỊCH
- Các thôn;
- Lưu: VT. (Đã ký)

Bùi Thị Thu Trang
"""


def dong_lam():
    title = ("Cải tạo cảnh quan, môi trường các thôn hướng tới xã nông thôn mới kiểu "
             "mẫu năm 2025")  # fmt: skip
    head = hdr("112", "KH-UBND", "Đông Lâm", "2025-04-09", title,
               "ỦY BAN NHÂN DÂN XÃ ĐÔNG LÂM", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Bùi Thị Thu Trang",
               ["318/QĐ-TTg", "05/NQ-HĐND", "Thông báo ngày 28/3/2025"], 4)  # fmt: skip
    tasks = [
        T("Trồng mới 3,5 km hàng rào xanh dọc các tuyến đường trục thôn Đông Quách, "
          "Đông Cơ", "Ban phát triển thôn Đông Quách",
          ["Hội Phụ nữ xã", "Đoàn Thanh niên xã"], "2025-06-30"),
        T("Lắp đặt 40 thùng thu gom rác thải có nắp đậy tại các điểm tập kết của 6 "
          "thôn", "Hợp tác xã dịch vụ môi trường Đông Lâm", ["Các thôn"], "2025-05-31"),
        T("Xây dựng 02 tuyến đường hoa kiểu mẫu, mỗi tuyến dài 500 m, tại thôn Đông "
          "Cao", "Hội Liên hiệp Phụ nữ xã", ["Ban phát triển thôn Đông Cao"],
          "2025-09-02"),
    ]  # fmt: skip
    return ("f39t-xa-dong-lam-sao-tu-pdf.txt", DONG_LAM, "a commune People's "
            "Committee's plan copied from its PDF (LF): the superior and the motto on "
            "one line, the date broken before its year, numbered tasks wrapped, "
            "'Chủ trì: …; phối hợp: …' lines broken, a page number '2', 'Nơi nhận: "
            "TM. ỦY BAN NHÂN DÂN'.", head, tasks)  # fmt: skip


# --- F3 (CRLF): a commune Party committee's plan, the right column first ------

HONG_PHONG = """ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG BỘ HUYỆN NINH GIANG
ĐẢNG ỦY XÃ HỒNG PHONG
Hồng Phong, ngày 26 tháng 02 năm 2026 *
Số 27-KH/ĐU

KẾ HOẠCH
thực hiện Nghị quyết của Đảng ủy xã về phát triển kinh tế nông nghiệp gắn
với xây dựng nông thôn mới năm 2026
-----
Căn cứ Nghị quyết số 06-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã; Chương trình
công tác năm 2026 của Ban Thường vụ Đảng ủy xã ngày 15/01/2026;
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực lãnh đạo của các chi bộ trong phát triển kinh tế nông
nghiệp.

II. NHIỆM VỤ TRỌNG TÂM
1. Chi bộ các thôn lãnh đạo chuyển đổi 25 ha đất lúa kém hiệu quả sang trồng
cây ăn quả, hoàn thành trước 30/10/2026.
2. Đảng ủy giao Ủy ban nhân dân xã chủ trì xây dựng vùng sản xuất lúa hữu cơ
60 ha tại các thôn Hồng Đức, Hồng Lạc; Hội Nông dân xã phối hợp, thời gian
hoàn thành trong quý III/2026.

2

3. Ủy ban Mặt trận Tổ quốc xã chủ trì vận động Nhân dân hiến 1.200 m² đất mở
rộng đường giao thông nội đồng, hoàn thành trước 31/12/2026.

III. TỔ CHỨC THỰC HIỆN
Các chi bộ quán triệt, tổ chức thực hiện Kế hoạch này; báo cáo kết quả về Ban
Thường vụ Đảng ủy xã trước ngày 15/12/2026.

T/M ĐẢNG ỦY Nơi nhận:
BÍ THƯ - Ban Thường vụ Huyện ủy (b/c);
- Các chi bộ;
Nguyễn Thị Hạnh - Lưu VP.
"""


def hong_phong():
    title = ("Thực hiện Nghị quyết của Đảng ủy xã về phát triển kinh tế nông nghiệp "
             "gắn với xây dựng nông thôn mới năm 2026")  # fmt: skip
    head = hdr("27", "KH/ĐU", "Hồng Phong", "2026-02-26", title,
               "ĐẢNG ỦY XÃ HỒNG PHONG", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Thị Hạnh",
               ["06-NQ/ĐU", "Chương trình ngày 15/01/2026"], 3)  # fmt: skip
    tasks = [
        T("Lãnh đạo chuyển đổi 25 ha đất lúa kém hiệu quả sang trồng cây ăn quả",
          "Chi bộ các thôn", [], "2026-10-30"),
        T("Xây dựng vùng sản xuất lúa hữu cơ 60 ha tại các thôn Hồng Đức, Hồng Lạc",
          "Ủy ban nhân dân xã", ["Hội Nông dân xã"], "2026-09-30", "2026-07-01"),
        T("Vận động Nhân dân hiến 1.200 m² đất mở rộng đường giao thông nội đồng",
          "Ủy ban Mặt trận Tổ quốc xã", [], "2026-12-31"),
    ]  # fmt: skip
    return ("f39t-dang-uy-hong-phong-sao-tu-pdf.txt", HONG_PHONG.replace("\n", "\r\n"),
            "a commune Party committee's plan copied from its PDF (CRLF) with the "
            "right column first on the shared lines ('ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG BỘ "
            "HUYỆN NINH GIANG', 'Hồng Phong, ngày … *'), numbered sentences wrapped, "
            "the signature's column before 'Nơi nhận:'.", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (vu_thu, dong_lam, hong_phong):
        name, data, what, head, tasks = make()
        write(OUT, name, data.encode("utf-8"), COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
