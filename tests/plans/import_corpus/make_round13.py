"""Writes round 13's Word and text files (run once; the files are committed,
so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round13.py

Round 13 is the lead's second hold-out of 06/12/2026, written before reading
any import change since round 11 and measured untouched: tasks under month
headings; an assignment table with the body first and several tasks in one
cell; a text numbered with slashes ("1/", "a/").
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent

from word_writer import closing_under, opening, para  # noqa: E402

OUT = HERE / "round13"


def plan_month():
    """Tasks under month headings: the month is the time of every item."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC", "Số: 12/KH-UBND"],
        "Yên Lạc, ngày 08 tháng 01 năm 2027",
        "Thực hiện các phần việc xây dựng nông thôn mới quý I năm 2027",
    )
    for t in [
        "Căn cứ Kế hoạch số 203/KH-UBND ngày 02/12/2026 của UBND xã Yên Lạc về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        "UBND xã xây dựng Kế hoạch thực hiện các phần việc trong quý I năm 2027 như sau:",
        "I. YÊU CẦU",
        "Các phần việc được triển khai đúng tiến độ, có sản phẩm cụ thể, báo cáo kết quả cuối mỗi tháng.",
        "II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    months = [
        (
            "Tháng 01/2027",
            [
                "- Ra quân tổng vệ sinh môi trường, phát quang đường làng ngõ xóm tại 9 thôn (Đoàn Thanh niên xã chủ trì, các thôn phối hợp).",
                "- Kiểm tra, hướng dẫn 30 hộ chỉnh trang vườn hộ, cổng ngõ (Hội Nông dân xã).",
            ],
        ),
        (
            "Tháng 02/2027",
            [
                "- Tổ chức Tết trồng cây Xuân Đinh Mùi 2027, trồng 1.500 cây bóng mát (Phòng Kinh tế chủ trì; Đoàn Thanh niên xã, Hội Cựu chiến binh xã phối hợp).",
                "- Rà soát, lập danh sách hộ đăng ký cải tạo nhà tiêu hợp vệ sinh (Trạm Y tế xã).",
            ],
        ),
        (
            "Tháng 3/2027",
            [
                "- Khởi công xây dựng nhà văn hóa thôn Đông (Phòng Kinh tế chủ trì, phối hợp Ban phát triển thôn Đông).",
                "- Sơ kết quý I, báo cáo kết quả về UBND xã trước ngày 25/3/2027 (Phòng Kinh tế).",
            ],
        ),
    ]
    for head, items in months:
        para(doc, head, bold=True, italic=True)
        for it in items:
            para(doc, it, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Giao Phòng Kinh tế theo dõi, đôn đốc việc thực hiện Kế hoạch này.")
    closing_under(
        doc,
        ["- TT Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Minh Tuấn"],
    )
    doc.save(OUT / "r13-xa-yen-lac-lich-thang.docx")


def plan_table_by_agency():
    """An assignment table whose first column is the agency and whose task
    cell holds several "-" tasks, each with its own time in brackets."""
    doc = opening(
        ["UBND XÃ CAO PHONG", "BAN CHỈ ĐẠO XÂY DỰNG NTM", "Số: 05/KH-BCĐ"],
        "Cao Phong, ngày 15 tháng 01 năm 2027",
        "Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng nông thôn mới năm 2027",
    )
    for t in [
        "Căn cứ Quyết định số 02/QĐ-UBND ngày 05/01/2027 của UBND xã Cao Phong về kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã;",
        "Ban Chỉ đạo xây dựng nông thôn mới xã phân công nhiệm vụ cho các thành viên như sau:",
    ]:
        para(doc, t)
    rows = [
        ("TT", "Cơ quan, đơn vị", "Nhiệm vụ được giao", "Ghi chú"),
        (
            "1",
            "Phòng Kinh tế",
            [
                "- Tham mưu kế hoạch đầu tư các công trình hạ tầng năm 2027 (tháng 02/2027);",
                "- Hướng dẫn các thôn bảo trì 12 km đường giao thông nông thôn (quý III/2027);",
                "- Tổng hợp, báo cáo kết quả thực hiện các tiêu chí (hằng quý).",
            ],
            "",
        ),
        (
            "2",
            "Phòng Văn hóa - Xã hội",
            [
                "- Hoàn thiện hồ sơ công nhận trường Mầm non Cao Phong đạt chuẩn quốc gia mức độ 1 (tháng 5/2027);",
                "- Vận động 95% người dân tham gia bảo hiểm y tế (cả năm).",
            ],
            "",
        ),
        (
            "3",
            "Công an xã",
            [
                "- Xây dựng 02 mô hình tự quản về an ninh trật tự tại thôn Mường Chạ, thôn Dáy (tháng 9/2027).",
            ],
            "",
        ),
        (
            "4",
            "Hội Nông dân xã",
            [
                "- Thành lập 01 tổ hợp tác trồng cam (quý II/2027);",
                "- Tập huấn kỹ thuật thâm canh cam cho 120 hội viên (tháng 4/2027).",
            ],
            "Phối hợp Phòng Kinh tế",
        ),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, (n, body, work, note) in enumerate(rows):
        t.cell(i, 0).text = n
        t.cell(i, 1).text = body
        if isinstance(work, list):
            c = t.cell(i, 2)
            c.paragraphs[0].text = work[0]
            for w in work[1:]:
                c.add_paragraph(w)
        else:
            t.cell(i, 2).text = work
        t.cell(i, 3).text = note
    para(
        doc,
        "Các thành viên Ban Chỉ đạo căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.",
    )
    closing_under(
        doc,
        ["- UBND xã (b/c);", "- Thành viên BCĐ;", "- Lưu: VT."],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "Bùi Văn Thắng"],
    )
    doc.save(OUT / "r13-bcd-cao-phong-bang-theo-don-vi.docx")


PLAN_SLASH = """UBND XÃ NGHĨA HÀNH
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghĩa Hành, ngày 19 tháng 02 năm 2027

KẾ HOẠCH
Khắc phục các tiêu chí nông thôn mới chưa đạt sau đợt kiểm tra của tỉnh năm 2027

Thực hiện Thông báo số 45/TB-VPĐP ngày 10/02/2027 của Văn phòng Điều phối nông thôn mới tỉnh Quảng Ngãi về kết quả kiểm tra, UBND xã Nghĩa Hành xây dựng kế hoạch khắc phục như sau:

1/ Mục đích
Khắc phục dứt điểm các tồn tại, hạn chế được chỉ ra qua đợt kiểm tra.

2/ Nội dung khắc phục
a/ Tiêu chí Giao thông: sửa chữa 850 m mặt đường trục thôn Phú Lâm bị hư hỏng. Đơn vị thực hiện: Phòng Kinh tế; xong trước 30/6.
b/ Tiêu chí Môi trường: xử lý dứt điểm 03 điểm tập kết rác tự phát ven sông Vệ. Đơn vị thực hiện: Phòng Kinh tế, phối hợp Đoàn Thanh niên xã; chậm nhất ngày 15/4/2027.
c/ Tiêu chí Y tế: bổ sung hồ sơ theo dõi sức khỏe điện tử cho người dân đạt 90%. Đơn vị thực hiện: Trạm Y tế xã; hoàn thành dứt điểm trong quý II.
d/ Tiêu chí Quốc phòng và an ninh: củng cố hồ sơ xét công nhận xã đạt chuẩn an toàn về an ninh, trật tự. Đơn vị thực hiện: Công an xã; đến ngày 31/10/2027.

3/ Tổ chức thực hiện
Các đơn vị báo cáo tiến độ khắc phục về UBND xã (qua Phòng Kinh tế) vào ngày 20 hằng tháng.

Nơi nhận:
- VPĐP NTM tỉnh (b/c);
- TT Đảng ủy xã;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thị Lan
"""


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    plan_month()
    plan_table_by_agency()
    (OUT / "r13-xa-nghia-hanh-so-gach-cheo.txt").write_text(
        PLAN_SLASH, encoding="utf-8"
    )
