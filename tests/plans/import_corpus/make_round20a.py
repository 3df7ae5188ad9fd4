"""Writes round 20a's plans (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round20a.py

Round 20a varies one family the lead's hold-out measured as failing (issue
18), written before the importer was changed for it: work handed out unit
by unit in the organisation part. The body's "II. NỘI DUNG" (or "NHIỆM
VỤ") is one paragraph saying each unit's tasks are given in part III, and
under "III. TỔ CHỨC THỰC HIỆN" a numbered line that is only a unit's name
("1. Phòng Kinh tế", "2. Phòng Văn hóa - Xã hội:", in bold or not, "Đề
nghị Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể:", "Ban phát triển các
thôn:") is followed by "-" or "+" bullets, each a piece of work that ends
with its time (", hoàn thành trước ngày 30/6/2027.", ", hoàn thành trong
quý III/2027.", " trong tháng 8/2027.", ", hoàn thành trong năm 2027.",
", thường xuyên."), among general duties that are no piece of work ("…
là cơ quan thường trực, tổng hợp, báo cáo …", "chủ động xây dựng kế
hoạch chi tiết", "định kỳ báo cáo … trước ngày 20 hằng tháng").

Five plans: a commune's text plan; a commune's Word plan with its unit
lines in bold and one "… có trách nhiệm:" line among them; a province
department's plan exported to PDF; a commune's Word plan whose part II has
tasks of its own and whose part III adds a couple per unit; a commune's
text plan whose part III holds only duties (no task may come from it).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_files import saved_as  # noqa: E402
from word_writer import closing_beside, closing_under, opening, para  # noqa: E402

OUT = HERE / "round20a"


# --- 1. a commune's text plan ------------------------------------------------

XA_HOA_AN = """ỦY BAN NHÂN DÂN
XÃ HÒA AN
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 10 tháng 02 năm 2027

KẾ HOẠCH
Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027

Căn cứ Kế hoạch số 112/KH-UBND ngày 15/01/2027 của UBND tỉnh Cao Bằng về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;
Căn cứ Nghị quyết số 08/NQ-HĐND ngày 25/12/2026 của HĐND xã Hòa An về nhiệm vụ phát triển kinh tế - xã hội năm 2027;
Ủy ban nhân dân xã Hòa An ban hành Kế hoạch duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Duy trì vững chắc 19/19 tiêu chí xã nông thôn mới, từng bước nâng cao đời sống vật chất và tinh thần của người dân.
2. Yêu cầu
Phân công cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành; các cơ quan, đơn vị phối hợp chặt chẽ trong quá trình thực hiện.

II. NỘI DUNG
Nhiệm vụ cụ thể của từng cơ quan, đơn vị được phân công tại mục III của Kế hoạch này.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
- Là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện Kế hoạch với UBND xã.
- Chủ trì, phối hợp Ban phát triển các thôn rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới trên địa bàn xã, hoàn thành trước ngày 30/6/2027.
- Cứng hóa 1,8 km đường trục thôn Tân Hòa, hoàn thành trong quý III/2027.
- Nạo vét 2,5 km kênh mương nội đồng cánh đồng Nà Đoỏng trong tháng 8/2027.
2. Phòng Văn hóa - Xã hội:
- Chủ trì tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 8 thôn, hoàn thành trước ngày 18/11/2027.
- Phối hợp với Trạm Y tế xã vận động người dân tham gia bảo hiểm y tế, thường xuyên.
- Bình xét danh hiệu gia đình văn hóa, thôn văn hóa năm 2027, hoàn thành trong tháng 12/2027.
3. Công an xã
- Bảo đảm an ninh trật tự, an toàn xã hội trên địa bàn xã, thường xuyên.
- Lắp đặt 12 camera an ninh tại các tuyến đường trục xã, hoàn thành trong quý II/2027.
4. Đoàn Thanh niên xã
- Ra quân làm sạch đường làng, ngõ xóm vào ngày Chủ nhật cuối tháng, hoàn thành trong năm 2027.
- Phối hợp với Hội Liên hiệp Phụ nữ xã trồng 500 cây xanh dọc tuyến đường liên thôn trong tháng 3/2027.
5. Đề nghị Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể:
+ Tuyên truyền, vận động hội viên chỉnh trang nhà ở, hàng rào, cổng ngõ, thường xuyên.
+ Giám sát việc thực hiện các công trình có sự đóng góp của nhân dân, hoàn thành trong quý IV/2027.
6. Ban phát triển các thôn:
- Vận động nhân dân hiến đất mở rộng đường thôn, hoàn thành trước ngày 30/9/2027.
- Duy trì hoạt động tổ tự quản vệ sinh môi trường, thường xuyên.
7. Các cơ quan, đơn vị có liên quan chủ động xây dựng kế hoạch chi tiết để triển khai thực hiện, định kỳ báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 20 hằng tháng.

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy, TT HĐND xã;
- Các cơ quan, đơn vị (t/h);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nông Văn Thắng
"""


# --- 2. a commune's Word plan, its unit lines in bold -------------------------


def units_part(doc, units, *, mark="-"):
    """`units`: (heading, bullets) — the unit's line in bold, then its work
    one bullet a line, typed."""
    for heading, bullets in units:
        para(doc, heading, bold=True, indent=1)
        for bullet in bullets:
            para(doc, f"{mark} {bullet}", indent=1)


def xa_son_thuy_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ SƠN THỦY", "Số: 31/KH-UBND"],
        "Sơn Thủy, ngày 22 tháng 01 năm 2027",
        "Thực hiện tiêu chí môi trường và an toàn thực phẩm năm 2027",
    )
    for t in [
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2027 của UBND xã Sơn Thủy về xây"
        " dựng xã nông thôn mới nâng cao năm 2027;",
        "UBND xã Sơn Thủy xây dựng Kế hoạch thực hiện như sau:",
    ]:
        para(doc, t, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý lên 95%; không để"
        " xảy ra ngộ độc thực phẩm đông người trên địa bàn xã.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "Các nhiệm vụ cụ thể được phân công cho từng cơ quan, đơn vị tại phần III"
        " Kế hoạch này.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    units_part(
        doc,
        [
            (
                "1. Phòng Kinh tế:",
                [
                    "Phòng Kinh tế là cơ quan thường trực, tổng hợp, báo cáo kết quả"
                    " thực hiện Kế hoạch về UBND xã.",
                    "Tham mưu UBND xã ban hành quy chế quản lý điểm tập kết rác thải"
                    " tại các thôn, hoàn thành trước ngày 31/3/2027.",
                    "Chủ trì, phối hợp Hợp tác xã Nông nghiệp Sơn Thủy xây dựng mô hình"
                    " ủ phân hữu cơ từ phụ phẩm nông nghiệp, hoàn thành trong quý"
                    " III/2027.",
                    "Khơi thông 3 km rãnh thoát nước khu dân cư thôn Đông, hoàn thành"
                    " trong tháng 9/2027.",
                ],
            ),
            (
                "2. Phòng Văn hóa - Xã hội:",
                [
                    "Chủ trì, phối hợp Trạm Y tế xã kiểm tra an toàn thực phẩm tại các"
                    " cơ sở kinh doanh dịp Tết Trung thu, hoàn thành trong tháng"
                    " 9/2027.",
                    "Tuyên truyền trên Đài Truyền thanh xã về phân loại rác thải tại"
                    " nguồn, thường xuyên.",
                ],
            ),
            (
                "3. Trạm Y tế xã có trách nhiệm:",
                [
                    "Giám sát chất lượng nước sinh hoạt tại 2 trạm cấp nước tập"
                    " trung, hoàn thành trước ngày 30/6/2027.",
                    "Phun thuốc diệt muỗi tại các khu dân cư có nguy cơ sốt xuất"
                    " huyết trong tháng 7/2027.",
                ],
            ),
            (
                "4. Hội Nông dân xã:",
                [
                    "Vận động hội viên thu gom vỏ bao bì thuốc bảo vệ thực vật sau sử"
                    " dụng, hoàn thành trong năm 2027.",
                ],
            ),
            (
                "5. Ban phát triển các thôn:",
                [
                    "Phối hợp với Phòng Kinh tế tổ chức ra quân tổng vệ sinh môi"
                    " trường hưởng ứng Ngày Môi trường thế giới, hoàn thành trước ngày"
                    " 05/6/2027.",
                    "Chủ động xây dựng kế hoạch chi tiết của thôn để triển khai thực"
                    " hiện.",
                ],
            ),
        ],
    )
    para(
        doc,
        "Các cơ quan, đơn vị định kỳ báo cáo kết quả thực hiện về UBND xã trước"
        " ngày 20 hằng tháng để tổng hợp.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Như mục III;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Thị Hạnh"],
    )
    doc.save(OUT / "r20a-xa-son-thuy-in-dam.docx")


# --- 3. a province department's plan, exported to PDF -----------------------


def so_nnmt_pdf() -> bytes:
    doc = opening(
        ["UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 36/KH-SNNMT"],
        "Lạng Sơn, ngày 05 tháng 02 năm 2027",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027"
        " của ngành nông nghiệp và môi trường",
    )
    for t in [
        "Căn cứ Quyết định số 145/QĐ-UBND ngày 20/01/2027 của UBND tỉnh Lạng Sơn"
        " giao kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông"
        " thôn mới năm 2027;",
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện như sau:",
    ]:
        para(doc, t, indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Phấn đấu đến hết năm 2027 có thêm 10 xã đạt chuẩn nông thôn mới nâng"
        " cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "Nhiệm vụ của từng phòng, đơn vị thuộc Sở được giao cụ thể tại phần III"
        " của Kế hoạch này.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    for heading, bullets in [
        (
            "1. Văn phòng Điều phối nông thôn mới tỉnh",
            [
                "Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện"
                " Kế hoạch.",
                "Chủ trì, phối hợp Chi cục Phát triển nông thôn thẩm định hồ sơ đề"
                " nghị công nhận xã đạt chuẩn nông thôn mới nâng cao, hoàn thành"
                " trong quý IV/2027.",
                "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác nông thôn mới"
                " cấp xã, hoàn thành trước ngày 30/4/2027.",
            ],
        ),
        (
            "2. Phòng Kế hoạch - Tài chính",
            [
                "Tham mưu phân bổ vốn sự nghiệp thực hiện Chương trình cho các xã,"
                " hoàn thành trong tháng 3/2027.",
                "Hướng dẫn các xã thanh toán, quyết toán vốn ngân sách năm 2027,"
                " thường xuyên.",
            ],
        ),
        (
            "3. Chi cục Thủy lợi",
            [
                "Kiểm tra hiện trạng các công trình thủy lợi nhỏ tại 10 xã đăng ký"
                " đạt chuẩn nâng cao, hoàn thành trong quý II/2027.",
                "Chủ trì, phối hợp Ban Quản lý dự án đầu tư xây dựng công trình"
                " nông nghiệp và phát triển nông thôn tỉnh sửa chữa đập Khuổi Mạ,"
                " hoàn thành trong năm 2027.",
            ],
        ),
        (
            "4. Trung tâm Khuyến nông",
            [
                "Xây dựng 5 mô hình trồng cây ăn quả theo tiêu chuẩn VietGAP tại"
                " các xã nông thôn mới kiểu mẫu trong tháng 10/2027.",
            ],
        ),
        (
            "5. Đề nghị UBND các xã, phường:",
            [
                "Phối hợp với Văn phòng Điều phối nông thôn mới tỉnh rà soát, cập"
                " nhật bộ chỉ số theo dõi tiêu chí nông thôn mới, hoàn thành trước"
                " ngày 15/7/2027.",
            ],
        ),
    ]:
        para(doc, heading, indent=1)
        for bullet in bullets:
            para(doc, f"- {bullet}", indent=1)
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở định kỳ báo cáo kết quả thực hiện về Sở (qua"
        " Văn phòng Điều phối nông thôn mới tỉnh) trước ngày 20 hằng tháng.",
        indent=1,
    )
    closing_under(
        doc,
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VPĐP."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hoàng Văn Lực"],
    )
    path = OUT / "r20a-so-nnmt-lang-son.docx"
    doc.save(path)
    data = path.read_bytes()
    path.unlink()
    return saved_as(data, "pdf")


# --- 4. tasks in part II, and a couple more per unit in part III -------------


def xa_tan_lac_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẠC", "Số: 18/KH-UBND"],
        "Tân Lạc, ngày 14 tháng 01 năm 2027",
        "Xây dựng xã nông thôn mới nâng cao năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 205/KH-UBND ngày 28/12/2026 của UBND tỉnh Hòa Bình về"
        " thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Phấn đấu năm 2027 xã Tân Lạc đạt chuẩn nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for t in [
        "1. Nâng cấp 2,2 km đường trục thôn Đồng Tâm (Phòng Kinh tế chủ trì, phối"
        " hợp Ban phát triển thôn Đồng Tâm; hoàn thành trước ngày 30/9/2027).",
        "2. Xây dựng nhà văn hóa thôn Bãi Chạo (Phòng Văn hóa - Xã hội chủ trì,"
        " phối hợp Ban phát triển thôn Bãi Chạo; hoàn thành trong quý IV/2027).",
        "3. Nâng tỷ lệ hộ dân sử dụng nước sạch lên 70% (Trạm Y tế xã chủ trì,"
        " phối hợp Hội Liên hiệp Phụ nữ xã; hoàn thành trong năm 2027).",
    ]:
        para(doc, t, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    units_part(
        doc,
        [
            (
                "1. Phòng Kinh tế",
                [
                    "Là cơ quan thường trực giúp UBND xã theo dõi, tổng hợp kết quả"
                    " thực hiện Kế hoạch.",
                    "Chủ trì kiểm tra tiến độ các công trình xây dựng cơ bản trên địa"
                    " bàn xã, hoàn thành trong quý II/2027.",
                    "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới"
                    " nâng cao, hoàn thành trước ngày 15/11/2027.",
                ],
            ),
            (
                "2. Phòng Văn hóa - Xã hội",
                [
                    "Tổ chức Hội thi tìm hiểu về xây dựng nông thôn mới trong tháng"
                    " 10/2027.",
                    "Phối hợp với Đoàn Thanh niên xã cập nhật thông tin về nông thôn"
                    " mới trên trang thông tin điện tử của xã, thường xuyên.",
                ],
            ),
            (
                "3. Hội Nông dân xã",
                [
                    "Phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi,"
                    " hoàn thành trong quý I/2027.",
                    "Tham gia giám sát cộng đồng các công trình hạ tầng trên địa bàn"
                    " xã.",
                ],
            ),
        ],
        mark="+",
    )
    para(
        doc,
        "4. Các thôn chủ động xây dựng kế hoạch chi tiết để triển khai thực hiện;"
        " định kỳ báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Bùi Văn Chiến"],
    )
    doc.save(OUT / "r20a-xa-tan-lac-hai-phan.docx")


# --- 5. part III holds only duties --------------------------------------------

XA_PHU_LUONG = """ỦY BAN NHÂN DÂN
XÃ PHÚ LƯƠNG
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lương, ngày 20 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện tiêu chí giao thông và thủy lợi năm 2027

Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2027 của UBND xã Phú Lương về xây dựng nông thôn mới năm 2027;
UBND xã Phú Lương xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các công trình giao thông, thủy lợi đúng tiến độ, bảo đảm chất lượng.

II. NHIỆM VỤ CỤ THỂ
1. Cứng hóa 1,2 km đường ngõ xóm thôn Khe Mo.
- Chủ trì: Phòng Kinh tế.
- Phối hợp: Ban phát triển thôn Khe Mo.
- Thời gian: hoàn thành trước ngày 31/8/2027.
2. Kiên cố hóa 600 m kênh mương nội đồng thôn Làng Mới.
- Chủ trì: Hợp tác xã Nông nghiệp Phú Lương.
- Phối hợp: Phòng Kinh tế.
- Thời gian: Quý III/2027.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế:
- Là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện Kế hoạch.
- Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ được giao.
- Tổng hợp, báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2027.
2. Phòng Văn hóa - Xã hội:
- Thường xuyên tuyên truyền về xây dựng nông thôn mới trên hệ thống truyền thanh xã.
- Phối hợp với Phòng Kinh tế kiểm tra, đánh giá kết quả thực hiện.
3. Các thôn:
- Chủ động xây dựng kế hoạch chi tiết để triển khai thực hiện.
- Định kỳ báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Dương Văn Toàn
"""


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r20a-xa-hoa-an-giao-viec.txt").write_text(XA_HOA_AN, encoding="utf-8")
    xa_son_thuy_docx()
    (OUT / "r20a-so-nnmt-lang-son.pdf").write_bytes(so_nnmt_pdf())
    xa_tan_lac_docx()
    (OUT / "r20a-xa-phu-luong-chi-trach-nhiem.txt").write_text(
        XA_PHU_LUONG, encoding="utf-8"
    )
