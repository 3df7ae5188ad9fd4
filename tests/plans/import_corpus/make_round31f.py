"""Writes round 31f's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round31f.py

Round 31f varies the families a commune Fatherland Front plan (round 31,
10_mttq_dinh_hoa.docx) and a ward plan (round 30, 04_phuong_tan_dong_hiep
.odt) measured as failing on main 52c7f95, each written here from its
description before the importer was changed for it: the organisation part
hands the work out under each member body's heading, and the issuer is a
body named by its role over its name.

F1. the issuer's role on a line of its own over its name ("BAN THƯỜNG
    TRỰC" / "ỦY BAN MTTQ VIỆT NAM XÃ …", "BAN CHẤP HÀNH" / "HỘI LHPN XÃ …",
    "BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN XÃ …"): the two lines as written;
F2. a duty's time in a crop season, its months in brackets ("…, thực hiện
    trong vụ Hè Thu 2027 (tháng 4 - tháng 8/2027)", "…, trong vụ Đông Xuân
    2026 - 2027 (từ tháng 12/2026 đến tháng 4/2027)");
F3. partners the work ends on before its time ("…, phối hợp với Ban Nhân
    dân ấp; thời gian từ 01/10 đến 18/11/2027", "…, phối hợp: A, B; hoàn
    thành Quý III/2027");
F4. who follows it in the bracket the duty ends on ("(đồng chí …, Phó Chủ
    tịch phụ trách)");
F5. a range that ends on a year ("…, từ ngày 31/5/2026 đến hết năm 2026");
F6. headings of a standing body or the members ("Thường trực Ủy ban MTTQ
    Việt Nam xã:", "Thường vụ Hội:", "Đề nghị Ủy ban MTTQ Việt Nam phường").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round26e import header  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round31f"

COMMENT = """Round 31f (duties handed out under each body's heading), written
before the importer was changed for it: {what}
Assumptions: the issuer is its lines as written, joined; a duty with a time
of its own is a task of the body above it, one without (or a report back)
is none; the title is the duty up to its partners or its time; a season's
months in brackets are its time; "(đồng chí X, … phụ trách)" names the
official; a month's or quarter's last day is the deadline, a range's first
day its start."""


def _plan(left, place_date, title, basis, parts, closing):
    """A Word plan: header, title, a basis, the aims, then `parts` (a
    heading, then (body heading, [(duty, expected)])), the last paragraph, and the
    closing (recipients, signature)."""
    doc = opening(left, place_date, title)
    a4(doc)
    para(doc, basis, indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.")
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    for heading, duties in parts:
        para(doc, heading, bold=True, indent=1.0)
        for duty, _ in duties:
            para(doc, f"- {duty}", indent=1.0)
    para(doc, "Trên đây là Kế hoạch; đề nghị các đơn vị triển khai thực hiện./.")
    closing_beside(doc, *closing)
    return doc


def _text_plan(left, place_date, title, basis, parts, closing):
    """The same plan pasted into a .txt."""
    lines = [*left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    lines += [place_date, "", "KẾ HOẠCH", title, "", basis, ""]
    lines += ["I. MỤC ĐÍCH, YÊU CẦU", "Phát huy vai trò của hội viên.", ""]
    lines += ["II. TỔ CHỨC THỰC HIỆN"]
    for heading, duties in parts:
        lines += [heading, *(f"- {d}" for d, _ in duties)]
    lines += ["Trên đây là Kế hoạch thực hiện./.", "", "Nơi nhận:", *closing[0]]
    return "\n".join([*lines, *closing[1]]) + "\n"


# ── 1. A commune Front's standing board (.docx) ──

PHU_AN_TITLE = "Vận động nhân dân tham gia xây dựng xã nông thôn mới nâng cao năm 2027"
PHU_AN = [
    ("1. Hội Nông dân xã:", [
        ("Xây dựng 02 mô hình lúa - tôm giảm phát thải tại ấp Phú Hữu, thực hiện "
         "trong vụ Hè Thu 2027 (tháng 5 - tháng 9/2027).",
         {"title": "Xây dựng 02 mô hình lúa - tôm giảm phát thải tại ấp Phú Hữu",
          "lead": "Hội Nông dân xã", "deadline": "2027-09-30", "start": "2027-05-01"}),
        ("Vận động hội viên góp ngày công nạo vét 03 tuyến kênh nội đồng, phối hợp "
         "với Hợp tác xã Phú An; thời gian từ 15/3 đến 30/4/2027.",
         {"title": "Vận động hội viên góp ngày công nạo vét 03 tuyến kênh nội đồng",
          "lead": "Hội Nông dân xã", "coordinating": ["Hợp tác xã Phú An"],
          "deadline": "2027-04-30", "start": "2027-03-15"}),
    ]),
    ("2. Ban Công tác Mặt trận các ấp:", [
        ("Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” tại 06 ấp, phối hợp với "
         "Ban Nhân dân ấp; thời gian từ 01/10 đến 18/11/2027.",
         {"title": "Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” tại 06 ấp",
          "lead": "Ban Công tác Mặt trận các ấp", "coordinating": ["Ban Nhân dân ấp"],
          "deadline": "2027-11-18", "start": "2027-10-01"}),
        ("Giám sát việc đóng góp của nhân dân; định kỳ báo cáo Ban Thường trực.", None),
    ]),
    ("3. Thường trực Ủy ban MTTQ Việt Nam xã:", [
        ("Vận động Quỹ “Vì người nghèo” hỗ trợ sửa chữa 08 căn nhà, phối hợp: "
         "Hội Cựu chiến binh xã, Đoàn Thanh niên xã; hoàn thành Quý III/2027 "
         "(đồng chí Trần Văn Lợi, Phó Chủ tịch phụ trách).",
         {"title": "Vận động Quỹ “Vì người nghèo” hỗ trợ sửa chữa 08 căn nhà",
          "lead": "Thường trực Ủy ban MTTQ Việt Nam xã",
          "coordinating": ["Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"],
          "deadline": "2027-09-30", "official": "Trần Văn Lợi"}),
        ("Theo dõi, tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
         None),
    ]),
]  # fmt: skip


def phu_an() -> bytes:
    doc = _plan(
        ["ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG THÁP", "BAN THƯỜNG TRỰC",
         "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ AN", "Số: 21/KH-MTTQ-BTT"],
        "Phú An, ngày 10 tháng 3 năm 2027",
        PHU_AN_TITLE,
        "Căn cứ Kế hoạch số 33/KH-MTTQ-BTT ngày 15/02/2027 của Ban Thường trực "
        "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp, Ban Thường trực Ủy ban MTTQ Việt "
        "Nam xã xây dựng kế hoạch như sau:",
        PHU_AN,
        (["- BTT UBMTTQ VN tỉnh;", "- TT Đảng ủy xã;", "- Các tổ chức thành viên;",
          "- Lưu VT."],
         ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Nguyễn Thị Hồng"]),
    )  # fmt: skip
    return save(doc)


# ── 2. A ward's plan with a request to the Front (.odt) ──

AN_PHU_TITLE = "Ra quân làm sạch môi trường, xây dựng khu phố văn minh năm 2026"
AN_PHU = [
    ("1. Phòng Kinh tế, Hạ tầng và Đô thị phường", [
        ("Lắp đặt 20 thùng rác phân loại tại chợ An Phú, từ ngày 15/6/2026 đến "
         "hết năm 2026.",
         {"title": "Lắp đặt 20 thùng rác phân loại tại chợ An Phú",
          "lead": "Phòng Kinh tế, Hạ tầng và Đô thị phường",
          "deadline": "2026-12-31", "start": "2026-06-15"}),
    ]),
    ("2. Đề nghị Ủy ban MTTQ Việt Nam phường", [
        ("Phát động phong trào “Ngày Chủ nhật xanh” tại 9 khu phố, từ ngày "
         "07/6/2026 đến hết năm 2026.",
         {"title": "Phát động phong trào “Ngày Chủ nhật xanh” tại 9 khu phố",
          "lead": "Ủy ban MTTQ Việt Nam phường",
          "deadline": "2026-12-31", "start": "2026-06-07"}),
        ("Giám sát việc thực hiện của các khu phố, phản ánh kiến nghị của nhân dân.",
         None),
    ]),
    ("3. Đề nghị Hội Cựu chiến binh phường", [
        ("Duy trì 05 tổ tự quản tuyến đường “Sáng - xanh - sạch - đẹp”, phối hợp "
         "với Ban điều hành khu phố; thời gian từ 01/6 đến 31/12/2026.",
         {"title": "Duy trì 05 tổ tự quản tuyến đường “Sáng - xanh - sạch - đẹp”",
          "lead": "Hội Cựu chiến binh phường",
          "coordinating": ["Ban điều hành khu phố"],
          "deadline": "2026-12-31", "start": "2026-06-01"}),
    ]),
]  # fmt: skip


def an_phu() -> bytes:
    doc = _plan(
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN PHÚ", "Số: 64/KH-UBND"],
        "An Phú, ngày 02 tháng 6 năm 2026",
        AN_PHU_TITLE,
        "Căn cứ Kế hoạch số 95/KH-UBND ngày 12/5/2026 của Ủy ban nhân dân Thành "
        "phố Hồ Chí Minh, Ủy ban nhân dân phường An Phú ban hành Kế hoạch như sau:",
        AN_PHU,
        (["- UBMTTQVN phường;", "- Các khu phố;", "- Lưu: VT."],
         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Minh Tâm"]),
    )  # fmt: skip
    return saved_as(save(doc), "odt")


# ── 3. A commune Women's Union's executive committee (.txt) ──

TA_PHIN_TITLE = (
    "Thực hiện phong trào “Phụ nữ tích cực học tập, lao động sáng tạo” năm 2027"
)
TA_PHIN = [
    ("1. Các chi hội phụ nữ thôn:", [
        ("Hướng dẫn hội viên trồng 05 ha rau an toàn, trong vụ Đông Xuân 2026 - "
         "2027 (từ tháng 12/2026 đến tháng 4/2027).",
         {"title": "Hướng dẫn hội viên trồng 05 ha rau an toàn",
          "lead": "Các chi hội phụ nữ thôn",
          "deadline": "2027-04-30", "start": "2026-12-01"}),
        ("Báo cáo kết quả về Thường vụ Hội trước ngày 10 hằng tháng.", None),
    ]),
    ("2. Thường vụ Hội:", [
        ("Tổ chức lớp dạy nghề thêu thổ cẩm cho 30 hội viên, phối hợp với Trung "
         "tâm Giáo dục nghề nghiệp huyện; hoàn thành trong tháng 8/2027 "
         "(đồng chí Giàng Thị Mai, Phó Chủ tịch Hội phụ trách).",
         {"title": "Tổ chức lớp dạy nghề thêu thổ cẩm cho 30 hội viên",
          "lead": "Thường vụ Hội",
          "coordinating": ["Trung tâm Giáo dục nghề nghiệp huyện"],
          "deadline": "2027-08-31", "official": "Giàng Thị Mai"}),
    ]),
]  # fmt: skip


def ta_phin() -> str:
    return _text_plan(
        ["HỘI LHPN HUYỆN SA PA", "BAN CHẤP HÀNH", "HỘI LHPN XÃ TẢ PHÌN",
         "Số: 12/KH-HPN"],
        "Tả Phìn, ngày 20 tháng 02 năm 2027",
        TA_PHIN_TITLE,
        "Căn cứ Kế hoạch số 05/KH-HPN ngày 25/01/2027 của Ban Thường vụ Hội LHPN "
        "huyện Sa Pa, Ban Chấp hành Hội LHPN xã xây dựng kế hoạch như sau:",
        TA_PHIN,
        (["- Hội LHPN huyện;", "- Đảng ủy xã;", "- Lưu VP."],
         ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Vàng Thị Sua"]),
    )  # fmt: skip


# ── 4. A commune Farmers' Union's standing board (.pdf from Word) ──

THANH_NUA_TITLE = (
    "Phát triển sản xuất nông nghiệp hàng hóa gắn với xây dựng nông thôn mới năm 2027"
)
THANH_NUA = [
    ("1. Các chi hội nông dân:", [
        ("Vận động hội viên chuyển đổi 12 ha đất lúa kém hiệu quả sang trồng ngô, "
         "thực hiện trong vụ Xuân Hè 2027 (tháng 2 - tháng 6/2027).",
         {"title": "Vận động hội viên chuyển đổi 12 ha đất lúa kém hiệu quả sang trồng ngô",
          "lead": "Các chi hội nông dân",
          "deadline": "2027-06-30", "start": "2027-02-01"}),
    ]),
    ("2. Thường trực Hội Nông dân xã:", [
        ("Phối hợp giải ngân vốn vay ưu đãi cho 25 hộ hội viên, phối hợp: Ngân "
         "hàng Chính sách xã hội, Quỹ Hỗ trợ nông dân; hoàn thành Quý II/2027 "
         "(đồng chí Lò Văn Ơn, Phó Chủ tịch phụ trách).",
         {"title": "Phối hợp giải ngân vốn vay ưu đãi cho 25 hộ hội viên",
          "lead": "Thường trực Hội Nông dân xã",
          "coordinating": ["Ngân hàng Chính sách xã hội", "Quỹ Hỗ trợ nông dân"],
          "deadline": "2027-06-30", "official": "Lò Văn Ơn"}),
        ("Theo dõi, đôn đốc các chi hội; tổng hợp, báo cáo kết quả.", None),
    ]),
]  # fmt: skip


def thanh_nua() -> bytes:
    doc = _plan(
        ["HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN", "BAN THƯỜNG VỤ", "HỘI NÔNG DÂN XÃ THANH NƯA",
         "Số: 09/KH-HND"],
        "Thanh Nưa, ngày 15 tháng 01 năm 2027",
        THANH_NUA_TITLE,
        "Căn cứ Kế hoạch số 14/KH-UBND ngày 08/01/2027 của UBND xã Thanh Nưa, "
        "Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau:",
        THANH_NUA,
        (["- Hội Nông dân tỉnh;", "- Đảng ủy xã;", "- Các chi hội;", "- Lưu VT."],
         ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Lò Văn Thắng"]),
    )  # fmt: skip
    return saved_as(save(doc), "pdf")


def _header_of(
    issuer, number, symbol, place, date, title, authority, signer, count, bases
):
    return {
        **header(number, symbol, place, date, title, issuer, authority, "CHỦ TỊCH",
                 signer, count),
        "bases": bases,
    }  # fmt: skip


def _tasks(parts) -> list[dict]:
    return [fields for _, duties in parts for _, fields in duties if fields]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r31f-mttq-xa-phu-an.docx",
        phu_an(),
        COMMENT.format(
            what='a commune Front\'s plan (Word), "BAN THƯỜNG TRỰC" over its name, duties '
            "under each member body's heading: a crop season with its months, partners "
            'before the time, "(đồng chí …, Phó Chủ tịch phụ trách)".'
        ),
        _header_of("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ PHÚ AN", "21", "KH-MTTQ-BTT",
                "Phú An", "2027-03-10", PHU_AN_TITLE, "TM. BAN THƯỜNG TRỰC",
                "Nguyễn Thị Hồng", 4, ["33/KH-MTTQ-BTT"]),
        _tasks(PHU_AN),
    )  # fmt: skip
    write(
        OUT,
        "r31f-phuong-an-phu-de-nghi.odt",
        an_phu(),
        COMMENT.format(
            what='a ward\'s plan (.odt), body headings with no colon, "Đề nghị <body>" '
            'for the Front and the veterans, "…, từ ngày D đến hết năm Y".'
        ),
        _header_of("ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ", "64", "KH-UBND", "An Phú",
                "2026-06-02", AN_PHU_TITLE, "TM. ỦY BAN NHÂN DÂN", "Lê Minh Tâm", 3,
                ["95/KH-UBND"]),
        _tasks(AN_PHU),
    )  # fmt: skip
    write(
        OUT,
        "r31f-hpn-xa-ta-phin.txt",
        ta_phin(),
        COMMENT.format(
            what='a commune Women\'s Union\'s plan pasted into a .txt, "BAN CHẤP HÀNH" '
            "over its name, a crop season over two years with its months, the person "
            "in charge in the bracket the duty ends on."
        ),
        _header_of("BAN CHẤP HÀNH HỘI LHPN XÃ TẢ PHÌN", "12", "KH-HPN", "Tả Phìn",
                "2027-02-20", TA_PHIN_TITLE, "TM. BAN CHẤP HÀNH", "Vàng Thị Sua", 3,
                ["05/KH-HPN"]),
        _tasks(TA_PHIN),
    )  # fmt: skip
    write(
        OUT,
        "r31f-hnd-xa-thanh-nua.pdf",
        thanh_nua(),
        COMMENT.format(
            what='a commune Farmers\' Union\'s plan (pdf from Word), "BAN THƯỜNG VỤ" over '
            'its name, "Thường trực Hội Nông dân xã:" heading, "phối hợp: A, B; hoàn '
            'thành …" before the person in charge.'
        ),
        _header_of("BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ THANH NƯA", "09", "KH-HND", "Thanh Nưa",
                "2027-01-15", THANH_NUA_TITLE, "TM. BAN THƯỜNG VỤ", "Lò Văn Thắng", 4,
                ["14/KH-UBND"]),
        _tasks(THANH_NUA),
    )  # fmt: skip


if __name__ == "__main__":
    main()
