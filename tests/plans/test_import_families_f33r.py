"""Three file-format families, tried on plans that are in no corpus:

- a Word file (.docx, .doc) whose runs are in a legacy font (".VnTime",
  ".VnTimeH", ".VnArial", "VNI-Times") but whose text is Unicode already:
  its characters decide, not the font's name; real TCVN3 and VNI text
  still converts, and so does a document that mixes both;
- a plan e-mailed or forwarded as text (.txt, .eml): the quoted-printable
  body decoded (soft wraps mid-word, "=20", "=C3=A1"), with or without the
  mail's headers; the headers, greeting and sender's signature set apart;
- a task table whose column header takes two merged rows ("Phân công"
  over "Đơn vị chủ trì | Đơn vị phối hợp | Người phụ trách", "Thời gian"
  over "Bắt đầu | Hoàn thành"), criteria as group rows, partners split at
  commas, semicolons and new lines but "các buôn A, B" one unit."""

from __future__ import annotations

import datetime
import io

import openpyxl
import pytest

from ntm.documents import legacy, read_document
from ntm.documents.legacy import TCVN3, VNI
from ntm.documents.mail import decode_mail
from plans.document_import.units import units
from tests.documents.docx_parts import FIXED_WIDTH, RULED, docx, p, table, tc
from tests.plans.reading import by_title, read_plan

# --- F1: Unicode text in a legacy font ------------------------------------------


def run(text: str, font: str) -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    return f'<w:r><w:rPr>{fonts}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def texts(data: bytes, name: str = "ke-hoach.docx") -> list[str]:
    document = read_document(name, data)
    return [line for line in document.text().split("\n") if line]


UNICODE_LINES = [
    "Vận động hội viên góp công xây dựng đường giao thông",
    "Phòng Kinh tế chủ trì, phối hợp với công chức Địa chính - Xây dựng",
    "Hà Nội, ngày 05 tháng 3 năm 2027",
    "xây dựng nông thôn mới",
]


@pytest.mark.parametrize("font", [".VnTime", ".VnArial", ".VnTimeH", "VNI-Times"])
def test_unicode_text_in_a_legacy_font_is_left_as_it_is(font):
    data = docx(*[para(run(line, font)) for line in UNICODE_LINES])
    assert texts(data) == UNICODE_LINES
    assert legacy.NOTE not in read_document("ke-hoach.docx", data).notes


def test_a_short_unicode_run_without_a_telling_letter_follows_its_paragraph():
    # "góp công" alone is Latin-1 letters, codes of TCVN3 too ("gãp c«ng"
    # would be TCVN3): its paragraph's other run tells.
    data = docx(para(run("Vận động hội viên ", ".VnTime"), run("góp công", ".VnTime")))
    assert texts(data) == ["Vận động hội viên góp công"]


def test_a_paragraph_that_tells_nothing_follows_the_one_before():
    data = docx(
        para(run("Hội viên tham gia xây dựng nông thôn mới", ".VnTime")),
        para(run("góp công", ".VnTime")),
    )
    assert texts(data)[-1] == "góp công"


def test_decomposed_unicode_in_a_legacy_font_is_left_as_it_is():
    line = "Xây dựng đường giao thông nội đồng"
    import unicodedata

    data = docx(para(run(unicodedata.normalize("NFD", line), ".VnTime")))
    assert unicodedata.normalize("NFC", texts(data)[0]) == line


def test_real_tcvn3_and_vni_still_convert():
    data = docx(
        para(run(legacy.encode("ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT", TCVN3), ".VnTimeH")),
        para(run(legacy.encode("Số: 12/KH-UBND", TCVN3), ".VnTime")),
        para(
            run(legacy.encode("Xây dựng đường giao thông nông thôn", VNI), "VNI-Times")
        ),
    )
    assert texts(data) == [
        "ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT",
        "Số: 12/KH-UBND",
        "Xây dựng đường giao thông nông thôn",
    ]


def test_a_document_mixing_tcvn3_and_unicode_in_one_font_reads_both():
    data = docx(
        para(run(legacy.encode("HỘI NÔNG DÂN XÃ HÒA BÌNH", TCVN3), ".VnTimeH")),
        # "Sè:" tells nothing by itself: the paragraph before was TCVN3.
        para(run(legacy.encode("Số: 08/KH-HND", TCVN3), ".VnTime")),
        para(run("KẾ HOẠCH", ".VnTimeH")),
        para(run("Hội viên góp công xây dựng nông thôn mới", ".VnTime")),
        para(
            run(legacy.encode("Phòng Kinh tế ", TCVN3), ".VnTime"),
            run("chủ trì, phối hợp với các thôn", ".VnTime"),
        ),
    )
    assert texts(data) == [
        "HỘI NÔNG DÂN XÃ HÒA BÌNH",
        "Số: 08/KH-HND",
        "KẾ HOẠCH",
        "Hội viên góp công xây dựng nông thôn mới",
        "Phòng Kinh tế chủ trì, phối hợp với các thôn",
    ]


def test_a_first_paragraph_that_tells_nothing_follows_the_legacy_fonts_text():
    # The body in a Unicode font says nothing of the ".VnTime" runs.
    data = docx(
        para(run(legacy.encode("Số: 12/KH-UBND", TCVN3), ".VnTime")),
        para(run(legacy.encode("ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT", TCVN3), ".VnTimeH")),
        para(run("Xây dựng đường giao thông nội đồng thôn Đông", "Times New Roman")),
        para(run("Vận động hội viên góp công, góp sức", "Times New Roman")),
    )
    assert texts(data)[:2] == ["Số: 12/KH-UBND", "ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT"]


def test_the_characters_decide():
    assert legacy.verdict("hội viên góp công", TCVN3) is False
    assert legacy.verdict(legacy.encode("hội viên góp công", TCVN3), TCVN3) is True
    assert legacy.verdict("góp công", TCVN3) is None
    assert legacy.verdict(legacy.encode("Xây dựng nông thôn", VNI), VNI) is True
    assert legacy.verdict("Xây dựng nông thôn", VNI) is False


def _vntime_plan() -> bytes:
    lines = [
        ("HỘI NÔNG DÂN XÃ TÂN LẬP", ".VnTimeH"),
        ("Số: 21/KH-HND", ".VnTime"),
        ("Tân Lập, ngày 15 tháng 4 năm 2027", ".VnTime"),
        ("KẾ HOẠCH", ".VnTimeH"),
        ("Vận động hội viên góp công xây dựng nông thôn mới năm 2027", ".VnTime"),
        ("I. NHIỆM VỤ", ".VnTime"),
        ("1. Xây dựng 2 km đường bê tông nội đồng. Chi hội Nông dân thôn Đông chủ "
         "trì; thời gian hoàn thành: tháng 9/2027.", ".VnTime"),
        ("2. Vận động hội viên góp công làm kênh mương. Chi hội Nông dân thôn Tây "
         "chủ trì; thời gian hoàn thành: Quý IV/2027.", ".VnTime"),
        ("TM. BAN CHẤP HÀNH", ".VnTimeH"),
        ("CHỦ TỊCH", ".VnTimeH"),
        ("Lê Văn Công", ".VnTime"),
    ]  # fmt: skip
    return docx(*[para(run(text, font)) for text, font in lines])


def test_a_word_plan_in_vntime_holding_unicode_keeps_its_header_and_tasks():
    plan = read_plan(_vntime_plan(), "ke-hoach.docx")
    assert plan.number == "21"
    assert plan.issued_on == datetime.date(2027, 4, 15)
    assert plan.title == "Vận động hội viên góp công xây dựng nông thôn mới năm 2027"
    assert plan.signer_name == "Lê Văn Công"
    tasks = by_title(plan)
    assert "Xây dựng 2 km đường bê tông nội đồng" in tasks
    assert "Vận động hội viên góp công làm kênh mương" in tasks


def test_a_word_97_file_in_vntime_holding_unicode_reads_as_unicode():
    from tests.plans.import_corpus.make_files import saved_as

    plan = read_plan(saved_as(_vntime_plan(), "doc"), "ke-hoach.doc")
    assert plan.title == "Vận động hội viên góp công xây dựng nông thôn mới năm 2027"
    assert "Vận động hội viên góp công làm kênh mương" in by_title(plan)


def test_a_sheet_cell_in_vntime_holding_unicode_is_left_as_it_is():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Xây dựng đường giao thông nội đồng"
    ws["A1"].font = openpyxl.styles.Font(name=".VnTime")
    ws["A2"] = legacy.encode("Xây dựng đường giao thông nội đồng", TCVN3)
    ws["A2"].font = openpyxl.styles.Font(name=".VnTime")
    out = io.BytesIO()
    wb.save(out)
    document = read_document("ke-hoach.xlsx", out.getvalue())
    assert document.text().count("Xây dựng đường giao thông nội đồng") == 2


# --- F2: e-mailed plans ---------------------------------------------------------

PLAN = """ỦY BAN NHÂN DÂN
XÃ THANH LƯU
Số: 33/KH-UBND
Thanh Lưu, ngày 02 tháng 3 năm 2027
KẾ HOẠCH
Chỉnh trang khu dân cư kiểu mẫu năm 2027
I. NHIỆM VỤ
1. Bê tông hóa 700 m đường ngõ xóm Bản Lầu. Đơn vị thực hiện: Ban phát triển thôn Bản Lầu ; phối hợp: Hội Cựu chiến binh xã. Thoi gian: den 30/6/2027.
2. Lắp đặt 40 bóng đèn chiếu sáng đường trục thôn Nà Pàng.  Đơn vị thực hiện: Đoàn Thanh niên xã. Thời gian: đến tháng 9/2027.
II. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về UBND xã trước ngày 15/12/2027.
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Lưu"""


def qp(text: str, *, escape: bool) -> str:
    """`text` soft-wrapped at column 76 as a mail client writes
    quoted-printable (mid-word), letters beyond ASCII as "=XX" when
    `escape`."""
    out = []
    for line in text.split("\n"):
        pieces = [
            "".join(f"={b:02X}" for b in ch.encode()) if escape and not ch.isascii()
            else "=3D" if ch == "=" else ch
            for ch in line
        ]  # fmt: skip
        if pieces and pieces[-1] == " ":
            pieces[-1] = "=20"
        current = ""
        for piece in pieces:
            if len(current) + len(piece) > 75:
                out.append(current + "=")
                current = ""
            current += piece
        out.append(current)
    return "\n".join(out)


HEADERS = """From: Van phong UBND xa <vanphong@thanhluu.gov.vn>
To: cacthon@thanhluu.gov.vn
Date: Tue, 2 Mar 2027 15:20:11 +0700
Subject: Fwd: Ke hoach chinh trang khu dan cu 2027
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

"""
GREETING = """Kính gửi các đồng chí Trưởng thôn,
Văn phòng gửi các đ/c kế hoạch chỉnh trang khu dân cư năm 2027.

---------- Forwarded message ---------
From: UBND xa Thanh Luu <ubnd@thanhluu.gov.vn>
Date: Tue, 2 Mar 2027 at 10:02
Subject: Ke hoach chinh trang
To: <vanphong@thanhluu.gov.vn>

"""
SIGNATURE = """

Trân trọng!
--
Nguyễn Thị Hường
Văn phòng UBND xã Thanh Lưu
ĐT: 0915 222 333"""


def _check_mail(plan):
    assert plan.number == "33"
    assert plan.issued_on == datetime.date(2027, 3, 2)
    assert plan.title == "Chỉnh trang khu dân cư kiểu mẫu năm 2027"
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN"
    assert plan.signer_name == "Hà Văn Lưu"
    tasks = by_title(plan)
    road = tasks["Bê tông hóa 700 m đường ngõ xóm Bản Lầu"]
    assert road.lead_text == "Ban phát triển thôn Bản Lầu"
    assert road.coordinating_text == "Hội Cựu chiến binh xã"
    assert road.ends_on == datetime.date(2027, 6, 30)
    lights = tasks["Lắp đặt 40 bóng đèn chiếu sáng đường trục thôn Nà Pàng"]
    assert lights.lead_text == "Đoàn Thanh niên xã"
    assert lights.ends_on == datetime.date(2027, 9, 30)
    assert not [line.text for line in plan.source if not line.used]


@pytest.mark.parametrize("escape", [False, True])
@pytest.mark.parametrize("name", ["thu.txt", "thu.eml"])
def test_a_forwarded_mail_reads_as_the_plan_alone(escape, name):
    text = HEADERS + qp(GREETING + PLAN + SIGNATURE, escape=escape) + "\n"
    _check_mail(read_plan(text, name))


def test_a_quoted_printable_body_copied_without_its_headers_is_decoded():
    text = qp("Gửi các đ/c kế hoạch của xã.\n\n" + PLAN + SIGNATURE, escape=False)
    assert "=\n" in text
    _check_mail(read_plan(text, "thu.txt"))


def test_a_mail_with_crlf_lines_and_a_windows_charset():
    body = qp(PLAN, escape=False).replace("\n", "\r\n")
    text = HEADERS.replace("\n", "\r\n") + body
    assert decode_mail(text).split("\n")[-1] == "Hà Văn Lưu"
    latin = HEADERS.replace("UTF-8", "windows-1258") + "C=F4ng an x=E3\n"
    assert decode_mail(latin).split("\n")[-2] == "Công an xă"


def test_plain_text_with_an_equals_sign_is_no_mail():
    text = "Tổng kinh phí =\n120 triệu đồng\nTỷ lệ = 95%\n"
    assert decode_mail(text) == text


# --- F3: a two-row table header -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội Nông dân xã, Chi hội Nông dân các buôn Ko Tam, Ea Ho",
         ["Hội Nông dân xã", "Chi hội Nông dân các buôn Ko Tam, Ea Ho"]),
        ("Ban tự quản các ấp Mỹ Hòa, Mỹ Lợi; Hội Nông dân xã",
         ["Ban tự quản các ấp Mỹ Hòa, Mỹ Lợi", "Hội Nông dân xã"]),
        ("Chi đoàn các xóm Đông Hải, Tây Sơn, Bắc Sơn",
         ["Chi đoàn các xóm Đông Hải, Tây Sơn, Bắc Sơn"]),
        ("Ban phát triển thôn, Ban Công Tác Mặt Trận",
         ["Ban phát triển thôn", "Ban Công Tác Mặt Trận"]),
        ("UBND các thôn Đồng Tâm, Đồng Tiến", ["UBND các thôn Đồng Tâm, Đồng Tiến"]),
    ],
)  # fmt: skip
def test_a_list_of_places_after_its_kind_is_one_unit(text, expected):
    assert units(text, partners=True) == expected


ROWS = [
    ("1", "Thành lập Tổ hợp tác trồng sầu riêng", "Phòng Kinh tế",
     "Hội Nông dân xã, Chi hội Nông dân các buôn Ea Kmat, Ea Bông", "Y Ngông Êban",
     datetime.date(2027, 3, 1), datetime.date(2027, 8, 31)),
    ("2", "Xây dựng 01 mô hình chăn nuôi heo an toàn sinh học", "Hội Nông dân xã",
     "Trạm thú y; Công ty TNHH Hòa Phát\nCác hộ chăn nuôi", "H'Biă Niê", "Quý I/2027",
     "Quý II/2027"),
    ("3", "Thu gom rác thải tại 5 buôn", "Hội LHPN xã", "Đoàn Thanh niên xã",
     "H'Biă Niê", None, "tháng 11/2027"),
]  # fmt: skip


def _check_two_rows(plan, *, new_lines=True):
    tasks = by_title(plan)
    assert len(plan.tasks) == 3, [t.title for t in plan.tasks]
    durian = tasks["Thành lập Tổ hợp tác trồng sầu riêng"]
    assert durian.lead_text == "Phòng Kinh tế"
    assert durian.coordinating_units == [
        "Hội Nông dân xã",
        "Chi hội Nông dân các buôn Ea Kmat, Ea Bông",
    ]
    assert durian.official_text == "Y Ngông Êban"
    assert durian.starts_on == datetime.date(2027, 3, 1)
    assert durian.ends_on == datetime.date(2027, 8, 31)
    pigs = tasks["Xây dựng 01 mô hình chăn nuôi heo an toàn sinh học"]
    if new_lines:
        # A PDF keeps no paragraph mark in a cell: a partner after a new line
        # is not told from a wrapped line (docs/import-quality.md, f33r).
        assert pigs.coordinating_units == [
            "Trạm thú y",
            "Công ty TNHH Hòa Phát",
            "Các hộ chăn nuôi",
        ]
    assert pigs.starts_on == datetime.date(2027, 1, 1)
    assert pigs.ends_on == datetime.date(2027, 6, 30)
    rubbish = tasks["Thu gom rác thải tại 5 buôn"]
    assert rubbish.official_text == "H'Biă Niê"
    assert rubbish.ends_on == datetime.date(2027, 11, 30)


def test_a_sheet_with_a_two_row_header_and_plain_criteria_rows():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"] = "ỦY BAN NHÂN DÂN", "XÃ EA BÔNG"
    ws["A3"] = "Số: 09/KH-UBND"
    ws["E3"] = "Ea Bông, ngày 05 tháng 01 năm 2027"
    ws["A4"], ws["A5"] = "KẾ HOẠCH", "Thực hiện tiêu chí nông thôn mới năm 2027"
    heads = ["STT", "Nội dung", "Phân công", None, None, "Thời gian", None]
    subs = [None, None, "Đơn vị chủ trì", "Đơn vị phối hợp", "Người phụ trách",
            "Bắt đầu", "Hoàn thành"]  # fmt: skip
    for c, (head, sub) in enumerate(zip(heads, subs, strict=True), 1):
        ws.cell(row=7, column=c, value=head)
        ws.cell(row=8, column=c, value=sub)
    for merged in ("A7:A8", "B7:B8", "C7:E7", "F7:G7"):
        ws.merge_cells(merged)
    r = 9
    for position, row in enumerate(ROWS):
        if position in (0, 2):
            name = ("Tiêu chí số 13 - Tổ chức sản xuất" if position == 0
                    else "Tiêu chí số 17 - Môi trường")  # fmt: skip
            ws.cell(row=r, column=1, value=name)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
        r += 1
    out = io.BytesIO()
    wb.save(out)
    _check_two_rows(read_plan(out.getvalue(), "ke-hoach.xlsx"))


def _two_row_word() -> bytes:
    def text(value):
        if isinstance(value, datetime.date):
            return value.strftime("%d/%m/%Y")
        return value or ""

    def cell(value):
        lines = text(value).split("\n")
        if len(lines) == 1:
            return tc(lines[0])
        return tc("", body="".join(p(line) for line in lines))

    rows = [
        [tc("STT", vmerge="restart"), tc("Nội dung", vmerge="restart"),
         tc("Phân công", span=3), tc("Thời gian", span=2)],
        [tc("", vmerge="continue"), tc("", vmerge="continue"), tc("Đơn vị chủ trì"),
         tc("Đơn vị phối hợp"), tc("Người phụ trách"), tc("Bắt đầu"),
         tc("Hoàn thành")],
    ]  # fmt: skip
    for position, row in enumerate(ROWS):
        if position in (0, 2):
            rows.append([tc(f"Tiêu chí số {13 if position == 0 else 17}", span=7)])
        rows.append([cell(v) for v in row])
    widths = [500, 2200, 1300, 1700, 1200, 1050, 1050]
    return docx(
        p("ỦY BAN NHÂN DÂN XÃ EA BÔNG"),
        p("Số: 09/KH-UBND"),
        p("Ea Bông, ngày 05 tháng 01 năm 2027"),
        p("KẾ HOẠCH"),
        p("Thực hiện tiêu chí nông thôn mới năm 2027"),
        p("I. NHIỆM VỤ"),
        table(rows, widths, FIXED_WIDTH + RULED),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Y Khuê Byă"),
    )


def test_a_word_table_with_a_two_row_header_and_plain_criteria_rows():
    _check_two_rows(read_plan(_two_row_word(), "ke-hoach.docx"))


def test_the_same_table_as_a_pdf():
    from tests.plans.import_corpus.make_files import saved_as

    plan = read_plan(saved_as(_two_row_word(), "pdf"), "ke-hoach.pdf")
    _check_two_rows(plan, new_lines=False)
