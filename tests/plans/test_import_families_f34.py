"""The families a blind round (34) read badly, tried on plans of my own:
a task given in a paragraph under its heading to the unit that does it and
a person in charge ("Giao Phó Giám đốc X phụ trách; Tổ Kỹ thuật thực
hiện, phối hợp …"), a partner's name that ends on a level right before a
work whose verb opens on an accented letter ("… các đoàn thể chính trị -
xã hội xã đẩy mạnh …"), the signature of a head who signs with no TM./KT.,
and a PDF whose two-column header table has narrow columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from plans.document_import.quality import official_key
from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, plan_of, read_file, read_plan

CORPUS = Path(__file__).parent / "import_corpus" / "f34"

# ── 2. "Nhiệm vụ 1. <work>." over one paragraph that assigns it ──

CHARGED = [
    (
        "Nhiệm vụ 1. Cải tạo 5 ha vườn tạp sang trồng bưởi da xanh.",
        "Giao Phó Giám đốc Nguyễn Văn Tâm phụ trách; Tổ Kỹ thuật thực hiện, phối hợp "
        "Trung tâm Dịch vụ nông nghiệp xã, Chi hội Nông dân ấp Mỹ Thới. Thời gian: "
        "tháng 10 - tháng 12/2026.",
        "Cải tạo 5 ha vườn tạp sang trồng bưởi da xanh",
        ("Tổ Kỹ thuật", ["Trung tâm Dịch vụ nông nghiệp xã", "Chi hội Nông dân ấp Mỹ Thới"],
         "nguyen van tam", "2026-10-01", "2026-12-31"),
    ),
    (
        "Nội dung 2: Nạo vét 2 km kênh nội đồng xứ Đồng Sau",
        "Người phụ trách: Phó Chủ tịch UBND xã Lê Văn Hai; Đơn vị thực hiện: Ban phát "
        "triển thôn Đông, phối hợp Hợp tác xã Phú Xá. Thời gian: từ tháng 3 đến tháng "
        "5/2026.",
        "Nạo vét 2 km kênh nội đồng xứ Đồng Sau",
        ("Ban phát triển thôn Đông", ["Hợp tác xã Phú Xá"], "le van hai", "2026-03-01",
         "2026-05-31"),
    ),
    (
        "Việc 3 – Đổ bê tông 300 m đường ngõ xóm Bản Chang.",
        "Tổ xây dựng thôn thực hiện, Trưởng thôn Hoàng Văn Sình phụ trách, phối hợp các "
        "hộ hưởng lợi. Thời gian: hoàn thành trước 30/6/2026.",
        "Đổ bê tông 300 m đường ngõ xóm Bản Chang",
        ("Tổ xây dựng thôn", ["các hộ hưởng lợi"], "hoang van sinh", None, "2026-06-30"),
    ),
    (
        "Nhiệm vụ 4. Thành lập tổ thu gom rác thải thôn Đông.",
        "Phụ trách: đ/c Phạm Thị Lan, Chi hội trưởng; Chi hội Phụ nữ thôn thực hiện, "
        "phối hợp Đoàn Thanh niên xã. Thời gian: tháng 4/2026.",
        "Thành lập tổ thu gom rác thải thôn Đông",
        ("Chi hội Phụ nữ thôn", ["Đoàn Thanh niên xã"], "pham thi lan", "2026-04-01",
         "2026-04-30"),
    ),
    (
        "Nhiệm vụ 5. Mở lớp dạy nghề may công nghiệp cho 30 lao động nữ.",
        "Giao cho Hiệu trưởng Lê Thị Hoa theo dõi; Trung tâm Giáo dục nghề nghiệp huyện "
        "tổ chức thực hiện, phối hợp với Hội Liên hiệp Phụ nữ xã. Quý III/2026.",
        "Mở lớp dạy nghề may công nghiệp cho 30 lao động nữ",
        ("Trung tâm Giáo dục nghề nghiệp huyện", ["Hội Liên hiệp Phụ nữ xã"], "le thi hoa",
         "2026-07-01", "2026-09-30"),
    ),
]  # fmt: skip


def _check_charged(plan, cases):
    tasks = by_title(plan)
    for _, _, title, (lead, partners, official, start, deadline) in cases:
        task = tasks[title]
        assert task.lead_text == lead, title
        assert task.coordinating_units == partners, title
        assert official_key(task.official_text) == official, title
        if start:
            assert str(task.starts_on) == start, title
        assert str(task.ends_on) == deadline, title


@pytest.mark.parametrize("case", CHARGED, ids=lambda c: c[2][:30])
def test_a_heading_over_the_paragraph_that_charges_it_txt(case):
    plan = plan_of(f"{case[0]}\n{case[1]}\n")
    assert len(plan.tasks) == 1, [t.title for t in plan.tasks]
    _check_charged(plan, [case])


def test_headings_over_charging_paragraphs_in_word_bold_or_not():
    blocks = [
        p("HỢP TÁC XÃ NÔNG NGHIỆP MỸ THỚI"),
        p("Số: 03/KH-HTX"),
        p("Mỹ Thới, ngày 02 tháng 02 năm 2026"),
        p("KẾ HOẠCH"),
        p("Sản xuất, kinh doanh năm 2026"),
        p("I. NHIỆM VỤ", runs=[("I. NHIỆM VỤ", "b")]),
    ]
    for k, (heading, paragraph, _, _) in enumerate(CHARGED):
        blocks.append(p(heading, runs=[(heading, "b" if k % 2 == 0 else "")]))
        blocks.append(p(paragraph))
    blocks += [p("GIÁM ĐỐC"), p("Trần Văn Bình")]
    plan = read_plan(docx(*blocks), "ke-hoach.docx")
    assert len(plan.tasks) == len(CHARGED), [t.title for t in plan.tasks]
    _check_charged(plan, CHARGED)


def test_a_person_in_charge_alone_leads_nothing():
    """A paragraph naming the person in charge but no unit that does the
    work is no assignment of a lead: the person is not made the lead."""
    plan = plan_of(
        "Nhiệm vụ 1. Sửa chữa nhà văn hóa thôn Đông.\n"
        "Giao Phó Chủ tịch UBND xã Lê Văn Hai phụ trách. Thời gian: Quý II/2026.\n"
    )
    (task,) = plan.tasks
    assert "Lê Văn Hai" not in task.lead_text


# ── 4. A partner closed by its level, then a verb opening on "đ", "ư", … ──


@pytest.mark.parametrize(
    ("sentence", "lead", "partners", "title"),
    [
        ("Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã "
         "hội xã đẩy mạnh Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô "
         "thị văn minh\", thực hiện thường xuyên.",
         "Ủy ban MTTQ Việt Nam xã", ["các đoàn thể chính trị - xã hội xã"],
         "Đẩy mạnh Cuộc vận động"),
        ("Hội Cựu chiến binh xã chủ trì, phối hợp với các chi hội thôn đôn đốc hội "
         "viên tham gia ngày chủ nhật xanh, thực hiện hằng tháng.",
         "Hội Cựu chiến binh xã", ["các chi hội thôn"], "Đôn đốc hội viên"),
        ("Phòng Kinh tế chủ trì, phối hợp với UBND các xã đánh giá mức độ đạt tiêu chí "
         "giao thông, hoàn thành Quý III/2026.",
         "Phòng Kinh tế", ["UBND các xã"], "Đánh giá mức độ đạt"),
        ("Đoàn Thanh niên xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã ứng dụng "
         "chuyển đổi số trong quản lý đoàn viên, hội viên.",
         "Đoàn Thanh niên xã", ["Hội Liên hiệp Phụ nữ xã"], "Ứng dụng chuyển đổi số"),
        ("Trạm Y tế xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội xã đăng "
         "ký xã đạt chuẩn quốc gia về y tế, hoàn thành tháng 9/2026.",
         "Trạm Y tế xã", ["các đoàn thể chính trị - xã hội xã"], "Đăng ký xã đạt chuẩn"),
        ("Công an xã chủ trì, phối hợp với Ban bảo vệ dân phố thôn Đông Hà đẩy mạnh "
         "phong trào toàn dân bảo vệ an ninh Tổ quốc.",
         "Công an xã", ["Ban bảo vệ dân phố thôn Đông Hà"], "Đẩy mạnh phong trào"),
        ("Giao Ban Văn hóa xã chủ trì, phối hợp với các thôn đẩy mạnh phong trào văn "
         "nghệ quần chúng, hoàn thành năm 2026.",
         "Ban Văn hóa xã", ["các thôn"], "Đẩy mạnh phong trào văn nghệ"),
        ("UBND xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã tăng cường công tác "
         "giám sát của cộng đồng.",
         "UBND xã", ["Ủy ban MTTQ Việt Nam xã"], "Tăng cường công tác giám sát"),
    ],
)  # fmt: skip
def test_a_partner_ends_on_its_level_before_the_work(sentence, lead, partners, title):
    plan = plan_of(f"1. {sentence}\n")
    (task,) = plan.tasks
    assert task.title.startswith(title), task.title
    assert task.lead_text == lead
    assert task.coordinating_units == partners


# ── 3. A head who signs with no TM./KT. ──

CLOSING_HEAD = """ỦY BAN NHÂN DÂN XÃ MỸ AN
BAN PHÁT TRIỂN ẤP BẾN ĐÌNH
Số: 04/KH-BPT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Đình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Xây dựng ấp văn hóa năm 2026
I. NHIỆM VỤ
1. Trồng 500 cây xanh trên tuyến đường ấp, hoàn thành tháng 6/2026.
Nơi nhận:
- UBND xã (b/c);
- Các tổ nhân dân tự quản;
- Lưu.
"""


@pytest.mark.parametrize(
    ("signature", "authority", "post", "name"),
    [
        # A Word header and closing copied out cell by cell.
        ("TM. BAN PHÁT TRIỂN ẤP\nTRƯỞNG BAN\n(Đã ký)\nNguyễn Văn Út", "TM. BAN PHÁT "
         "TRIỂN ẤP", "TRƯỞNG BAN", "Nguyễn Văn Út"),
        ("TRẠM TRƯỞNG\n(đã ký)\nVi Văn Ủn", "", "TRẠM TRƯỞNG", "Vi Văn Ủn"),
        ("HIỆU TRƯỞNG\n\nLục Thị Ánh", "", "HIỆU TRƯỞNG", "Lục Thị Ánh"),
        ("GIÁM ĐỐC\n(Đã ký và đóng dấu)\nĐinh Văn Ước", "", "GIÁM ĐỐC", "Đinh Văn Ước"),
        ("TRƯỞNG THÔN\nHoàng Thị Én", "", "TRƯỞNG THÔN", "Hoàng Thị Én"),
    ],
)  # fmt: skip
def test_the_signer_whose_name_opens_on_a_marked_capital(
    signature, authority, post, name
):
    plan = read_plan(CLOSING_HEAD + signature + "\n")
    assert plan.signing_authority == authority
    assert plan.signer_title == post
    assert plan.signer_name == name
    assert len(plan.recipients) == 3


@pytest.mark.parametrize(
    ("recipient", "post"),
    [("- Lưu: VT.", "TRẠM TRƯỞNG"), ("- Lưu VP.", "HIỆU TRƯỞNG"),
     ("- Lưu.", "GIÁM ĐỐC"), ("- Lưu: VT;", "TRƯỞNG THÔN")],
)  # fmt: skip
def test_a_head_s_post_run_into_the_last_recipient(recipient, post):
    """A Word 97 file whose closing table ends it loses the table when
    LibreOffice opens it: the last recipient and the post run together."""
    plan = read_plan(
        CLOSING_HEAD.replace("- Lưu.\n", "")
        + f"{recipient}{post}\n(đã ký)\nVi Văn Lâm\n"
    )
    assert plan.signer_title == post
    assert plan.signer_name == "Vi Văn Lâm"
    assert len(plan.recipients) == 3


def test_a_word_97_file_whose_closing_table_ends_it():
    plan = read_file(CORPUS / "f34-tram-thu-y-cao-loc.doc")
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        "",
        "TRẠM TRƯỞNG",
        "Vi Văn Lâm",
    )
    assert len(plan.recipients) == 4


# ── 1. A header table of narrow columns: the issuer wrapped onto "CHƯƠNG
# TRÌNH" (a type alone), the motto wrapped, read in any order ──

NARROW_BODY = """KẾ HOẠCH
Triển khai thực hiện các Chương trình mục tiêu quốc gia năm 2024
Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ;
Ban Chỉ đạo huyện ban hành Kế hoạch như sau:
I. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và PTNT (cơ quan thường trực)
- Hướng dẫn các xã rà soát tiêu chí, hoàn thành trước ngày 30/6/2024.
2. UBND các xã
- Xây dựng kế hoạch của xã, hoàn thành trước ngày 15/3/2024.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Hoàng Văn Nam
"""
ISSUER = ["UBND HUYỆN CAO LỘC", "BAN CHỈ ĐẠO CÁC", "CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER, DATE = "Số: 07/KH-BCĐ", "Cao Lộc, ngày 22 tháng 02 năm 2024"


def _interleaved(left, right):
    out = []
    for k in range(max(len(left), len(right))):
        out += [*left[k : k + 1], *right[k : k + 1]]
    return out


@pytest.mark.parametrize(
    "header",
    [
        # Column after column, as a reader of the PDF's text gives them.
        [*ISSUER, *MOTTO, NUMBER, DATE],
        [*ISSUER, NUMBER, *MOTTO, DATE],
        # Line by line, the columns' lines at other heights.
        [*_interleaved(ISSUER, MOTTO), NUMBER, DATE],
        [*_interleaved(MOTTO, ISSUER), DATE, NUMBER],
        # The motto not wrapped.
        [*_interleaved(ISSUER, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", MOTTO[2]]),
         NUMBER, DATE],
        # Side by side, a tab between the columns.
        [f"{a}\t{b}" for a, b in zip(ISSUER, [*MOTTO, ""], strict=True)]
        + [f"{NUMBER}\t{DATE}"],
        [f"{a}\t{b}" for a, b in zip(ISSUER, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                              MOTTO[2], "", ""], strict=True)]
        + [f"{NUMBER}\t{DATE}"],
    ],
)  # fmt: skip
def test_an_issuer_wrapped_onto_a_type_alone(header):
    plan = read_plan("\n".join(header) + "\n" + NARROW_BODY)
    assert (plan.number, plan.symbol, plan.place, str(plan.issued_on)) == (
        "07",
        "KH-BCĐ",
        "Cao Lộc",
        "2024-02-22",
    )
    assert (
        plan.title == "Triển khai thực hiện các Chương trình mục tiêu quốc gia năm 2024"
    )
    assert plan.issuer_text == "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"
    assert len(plan.bases) == 1
    assert len(plan.tasks) == 2


def test_a_pdf_whose_narrow_header_columns_stand_at_other_heights():
    plan = read_file(CORPUS / "f34-bcd-van-quan-ban-in.pdf")
    assert (plan.number, plan.symbol, plan.place, str(plan.issued_on)) == (
        "09",
        "KH-BCĐ",
        "Văn Quan",
        "2024-02-26",
    )
    assert plan.issuer_text == "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"
    assert plan.title.startswith("Triển khai thực hiện các Chương trình")
    assert len(plan.bases) == 1
    assert len(plan.tasks) == 3


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (["UBND XÃ THANH SƠN", "BAN PHÁT TRIỂN", "THÔN BẢN CHANG"],
         "BAN PHÁT TRIỂN THÔN BẢN CHANG"),
        (["UBND XÃ MỸ AN", "BAN CÔNG TÁC MẶT TRẬN", "ẤP BẾN ĐÌNH"],
         "BAN CÔNG TÁC MẶT TRẬN ẤP BẾN ĐÌNH"),
        (["HỘI LHPN XÃ GIAO THỦY", "CHI HỘI PHỤ NỮ", "XÓM 3"], "CHI HỘI PHỤ NỮ XÓM 3"),
        # A village's own body under the commune stays the commune's child.
        (["UBND XÃ THANH SƠN", "THÔN BẢN CHANG"], "THÔN BẢN CHANG"),
    ],
)  # fmt: skip
def test_a_village_body_s_name_copied_cell_by_cell(lines, issuer):
    plan = read_plan("\n".join(lines) + "\n" + CLOSING_HEAD.split("\n", 2)[2])
    assert plan.issuer_text == issuer
