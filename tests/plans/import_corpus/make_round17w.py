"""Writes round 17w's plans (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round17w.py

Round 17w varies the weak readings the last session left (issue 18), each
written before the importer was changed for it:

1. who does the work and when on the task's own numbered line, after its
   first sentence, with a colon or a dash ("1. Làm đường bê tông thôn 3.
   Chủ trì - Phòng Kinh tế; phối hợp - Thôn 3; thời hạn: 30/6/2027."), and
   a title of two words ("1. Làm đường. Chủ trì: …");
2. a bracket after the lead that names its official or only a role
   ("Phòng Kinh tế (cán bộ phụ trách)", "(công chức phụ trách: …)");
3. a place and date with no "ngày" ("Kỳ Anh, 05/01/2027", "Sơn Bằng,
   tháng 3 năm 2027");
4. two days in one time ("ngày 30/4/2027 và 2/9/2027", "30/4 và 2/9/2027")
   and several bodies named to lead one task ("Giao Phòng Kinh tế, Phòng
   Văn hóa - Xã hội chủ trì").
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
from word_writer import closing_beside, opening, para  # noqa: E402

OUT = HERE / "round17w"


LABELS_ON_THE_LINE = """\
ỦY BAN NHÂN DÂN
XÃ KỲ ANH
Số: 03/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Anh, 05/01/2027

KẾ HOẠCH
Cứng hóa đường giao thông nông thôn năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành cứng hóa các tuyến đường thôn còn lại trong năm 2027.

II. NHIỆM VỤ
1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế; phối hợp: Thôn 3; thời hạn: 30/6/2027.
2. Làm đường bê tông thôn 5, dài 1,2 km. Chủ trì - Phòng Kinh tế; phối hợp - Ban phát triển thôn 5; thời hạn - 30/9/2027.
3. Nạo vét kênh. Đơn vị chủ trì: Phòng Kinh tế (cán bộ phụ trách); thời hạn: 31/10/2027.
4. Vận động nhân dân hiến đất mở rộng đường. Đơn vị chủ trì: Ủy ban Mặt trận Tổ quốc xã (công chức phụ trách: Lê Văn Hải); phối hợp: Hội Nông dân xã, Hội Cựu chiến binh xã; thời hạn: Quý II/2027.

III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã.

Nơi nhận:
- UBND tỉnh;
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Long
"""


DASHED_DATE = """\
UBND TỈNH HÀ TĨNH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 11/KH-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, 8-1-2027

KẾ HOẠCH
Kiểm tra tiêu chí môi trường tại các xã năm 2027

I. NHIỆM VỤ
1. Hướng dẫn các xã tự đánh giá tiêu chí môi trường (Chi cục Bảo vệ môi trường (đ/c Hồ Thị Lan – chuyên viên) chủ trì, phối hợp Văn phòng Điều phối nông thôn mới tỉnh; hoàn thành trước ngày 31/3/2027).
2. Kiểm tra thực tế tại 12 xã đăng ký đạt chuẩn (Thanh tra Sở (cán bộ phụ trách) chủ trì, phối hợp Chi cục Bảo vệ môi trường; Quý III/2027).
3. Tổng hợp kết quả. Chủ trì: Văn phòng Sở; thời hạn: 15/12/2027.

II. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở triển khai thực hiện.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Thanh
"""


TWO_DAYS_TWO_LEADS = """\
ỦY BAN NHÂN DÂN
XÃ THẠCH LẠC
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Lạc, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Ra quân làm đẹp cảnh quan các ngày lễ lớn năm 2027

I. MỤC ĐÍCH
Tạo cảnh quan sáng, xanh, sạch, đẹp dịp các ngày lễ lớn.

II. NHIỆM VỤ
1. Tổng vệ sinh đường làng, ngõ xóm dịp 30/4 và 2/9. Giao Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã chủ trì; thời gian: ngày 30/4/2027 và 2/9/2027.
2. Treo cờ Tổ quốc tại các tuyến đường trục thôn
Chủ trì: Ban phát triển các thôn, Hội Cựu chiến binh xã
Phối hợp: Công an xã
Thời gian: 30/4 và 2/9/2027
3. Trồng hoa dọc tuyến đường trục xã. Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã; thời hạn: 30/3/2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã.

Nơi nhận:
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Thị Thu
"""


def month_only_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ SƠN BẰNG", "Số:    /KH-UBND"],
        "Sơn Bằng, tháng 3 năm 2027",
        "Xây dựng thôn kiểu mẫu năm 2027",
    )
    for t in [
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 02/01/2027 của UBND tỉnh Hà Tĩnh;",
        "UBND xã Sơn Bằng ban hành Kế hoạch như sau:",
        "I. NHIỆM VỤ",
        "1. Chỉnh trang khuôn viên nhà văn hóa thôn Trung Hòa",
        "Chủ trì: Phòng Văn hóa - Xã hội (công chức phụ trách: Trần Thị Hoa)",
        "Phối hợp: Ban phát triển thôn Trung Hòa",
        "Thời gian: Quý II/2027",
        "2. Trồng 2 km hàng rào xanh tại thôn Trung Hòa",
        "Chủ trì: Phòng Kinh tế (cán bộ phụ trách)",
        "Phối hợp: Hội Liên hiệp Phụ nữ xã",
        "Thời gian: tháng 9/2027",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận, đơn vị căn cứ Kế hoạch triển khai thực hiện.",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Võ Văn Tâm"],
    )
    doc.save(OUT / "r17w-xa-son-bang-thang-nam.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r17w-xa-ky-anh-nhan-tren-dong.txt").write_text(LABELS_ON_THE_LINE, "utf-8")
    (OUT / "r17w-so-nnmt-ngay-gach-ngang.txt").write_text(DASHED_DATE, "utf-8")
    month_only_docx()
    (OUT / "r17w-xa-thach-lac-hai-ngay-hai-chu-tri.txt").write_text(
        TWO_DAYS_TWO_LEADS, "utf-8"
    )
