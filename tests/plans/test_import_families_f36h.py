"""The header and the closing of plans the importer had not seen: a
cooperative's plan whose name runs over two lines of the header ("HỢP TÁC
XÃ NÔNG NGHIỆP" / "DỊCH VỤ TỔNG HỢP ĐẠI HIỆP"), the "xã" of "hợp tác xã"
being no commune; a plain text (a village's .txt, an e-mail's body) whose
closing puts "Nơi nhận:" and the signature side by side on the same lines;
and the capital letter the readers test for, which never is a lower-case
marked letter (à, ế, ỹ lie between À and Ỹ)."""

from __future__ import annotations

import quopri

import pytest

from ntm.documents.closing_beside import closing_beside, recipient
from plans.document_import.capitals import CAPITAL, is_capital
from plans.document_import.charge import _sentences
from plans.document_import.markers import marker
from plans.document_import.proposal import issuer_place
from plans.document_import.units import partner_first
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import read_plan

# ── 1. A cooperative's plan ──

TASKS = """I. MỤC TIÊU
Bảo đảm đủ nước tưới và vật tư cho vụ Đông Xuân.
II. NHIỆM VỤ
1. Tổ Dịch vụ vật tư chủ trì cung ứng 50 tấn phân bón cho thành viên, hoàn thành trước ngày 31/01/2026.
2. Tổ Thủy nông chủ trì, phối hợp với các thôn nạo vét 3 km kênh mương nội đồng, hoàn thành trước ngày 28/02/2026.
III. TỔ CHỨC THỰC HIỆN
Các tổ báo cáo kết quả về Ban Giám đốc hằng tháng.
"""


def coop_text(names: list[str], signature: list[str], place="Đại Hiệp") -> str:
    return (
        "\n".join(names)
        + "\nSố: 07/KH-HTX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\n"
        + f"{place}, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\n"
        + "Sản xuất, kinh doanh vụ Đông Xuân 2025 - 2026\n"
        + TASKS
        + "Nơi nhận:\n- UBND xã (b/c);\n- Thành viên HTX;\n- Lưu: VT.\n"
        + "\n".join(signature)
        + "\n"
    )


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        (
            ["HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TỔNG HỢP ĐẠI HIỆP"],
            "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP",
        ),
        (["HTX DỊCH VỤ NÔNG NGHIỆP", "TÂN PHÚ"], "HTX DỊCH VỤ NÔNG NGHIỆP TÂN PHÚ"),
        (
            ["HỢP TÁC XÃ", "NÔNG NGHIỆP ĐIỆN BIÊN ĐÔNG"],
            "HỢP TÁC XÃ NÔNG NGHIỆP ĐIỆN BIÊN ĐÔNG",
        ),
        (
            ["UBND XÃ ĐẠI HIỆP", "HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TỔNG HỢP ĐẠI HIỆP"],
            "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP",
        ),
        (
            ["UBND XÃ THANH AN", "HTX THƯƠNG MẠI DỊCH VỤ", "THANH AN"],
            "HTX THƯƠNG MẠI DỊCH VỤ THANH AN",
        ),
    ],
    ids=["dai-hiep", "tan-phu", "dien-bien-dong", "under-its-commune", "thanh-an"],
)
def test_a_cooperative_named_over_two_lines_is_one_issuer(names, issuer):
    plan = read_plan(
        coop_text(names, ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "Phan Văn Ích"])
    )
    assert plan.issuer_text == issuer
    assert plan.symbol == "KH-HTX"
    assert plan.signing_authority == "TM. HỘI ĐỒNG QUẢN TRỊ"
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Phan Văn Ích")
    assert len(plan.tasks) == 2


def test_the_cooperative_under_its_commune_in_a_word_header():
    """The header table of a Word plan: the commune over the cooperative,
    whose name wraps; the cooperative alone issues it, the director signs
    with no TM."""
    header = tbl(
        [tc("", body=p("UBND XÃ ĐẠI HIỆP") + p("HỢP TÁC XÃ NÔNG NGHIỆP")
            + p("DỊCH VỤ TỔNG HỢP ĐẠI HIỆP") + p("Số: 07/KH-HTX")),
         tc("", body=p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            + p("Độc lập - Tự do - Hạnh phúc")
            + p("Đại Hiệp, ngày 10 tháng 01 năm 2026"))],
    )  # fmt: skip
    body = [
        p(line) for line in coop_text([], ["GIÁM ĐỐC", "Lê Văn Hòa"]).splitlines()[5:]
    ]
    plan = read_plan(docx(header, *body), "ke-hoach.docx")
    assert plan.issuer_text == "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP"
    assert plan.parent_text == "UBND XÃ ĐẠI HIỆP"
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        "",
        "GIÁM ĐỐC",
        "Lê Văn Hòa",
    )


@pytest.mark.parametrize(
    ("issuer", "place"),
    [
        ("HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP", ""),
        ("Hợp tác xã Nông nghiệp Mỹ Thới", ""),
        ("HTX NÔNG NGHIỆP XÃ ĐẠI HIỆP", "Đại Hiệp"),
        ("ỦY BAN NHÂN DÂN XÃ SƠN BẰNG", "Sơn Bằng"),
    ],
)
def test_the_xa_of_hop_tac_xa_names_no_commune(issuer, place):
    assert issuer_place(issuer) == place


# ── 2. "Nơi nhận:" and the signature side by side in a plain text ──

PLAIN_HEAD = """UBND XÃ CÔNG THÀNH
BAN PHÁT TRIỂN THÔN YÊN ĐIỀM
Số: 02/KH-BPT
Yên Điềm, ngày 15 tháng 3 năm 2026
KẾ HOẠCH
Làm đường giao thông nội đồng thôn Yên Điềm năm 2026
I. NỘI DUNG
1. Tổ xây dựng thôn chủ trì đổ bê tông 500 m đường nội đồng, hoàn thành trước ngày 30/6/2026.
2. Chi đoàn thôn chủ trì trồng 200 cây xanh hai bên đường, hoàn thành trước ngày 31/8/2026.
II. TỔ CHỨC THỰC HIỆN
Ban phát triển thôn họp mỗi tháng một lần.

"""

BESIDE = """Nơi nhận:                                    TM. BAN PHÁT TRIỂN THÔN
- UBND xã Công Thành (b/c);                         TRƯỞNG BAN
- Chi bộ thôn;
- Các chi hội, đoàn thể;
- Lưu.                                          Nguyễn Văn Bảy
"""

SIGNED = """Nơi nhận:                                  TM. BAN PHÁT TRIỂN THÔN
- UBND xã Công Thành (b/c);                        TRƯỞNG BAN
- Chi bộ thôn;                                        (đã ký)
- Các chi hội, đoàn thể;
- Lưu.

                                                 Nguyễn Văn Bảy
"""

TABS = (
    "Nơi nhận:\t\t\t\tTM. BAN PHÁT TRIỂN THÔN\n"
    "- UBND xã Công Thành (b/c);\t\t\tTRƯỞNG BAN\n"
    "- Chi bộ thôn;\n"
    "- Các chi hội, đoàn thể;\n"
    "- Lưu.\t\t\t\t\tNguyễn Văn Bảy\n"
)


@pytest.mark.parametrize(
    "closing", [BESIDE, SIGNED, TABS], ids=["spaces", "signed", "tabs"]
)
def test_recipients_and_signature_side_by_side(closing):
    plan = read_plan(PLAIN_HEAD + closing)
    assert plan.signing_authority == "TM. BAN PHÁT TRIỂN THÔN"
    assert plan.signer_title == "TRƯỞNG BAN"
    assert plan.signer_name == "Nguyễn Văn Bảy"
    assert plan.recipients == [
        "UBND xã Công Thành (b/c)",
        "Chi bộ thôn",
        "Các chi hội, đoàn thể",
        "Lưu",
    ]
    assert len(plan.tasks) == 2


UNION = """BCH ĐOÀN TNCS HỒ CHÍ MINH
XÃ BẢN LẦU
Số: 15-KH/ĐTN
Bản Lầu, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Ra quân Tháng Thanh niên năm 2026
I. NỘI DUNG
1. Các chi đoàn thôn chủ trì ra quân làm vệ sinh đường làng, hoàn thành trước ngày 26/3/2026.
2. Đoàn xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã trồng 500 cây xanh, hoàn thành trước ngày 31/3/2026.
II. TỔ CHỨC THỰC HIỆN
Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã.

Nơi nhận:                                       TM. BAN CHẤP HÀNH ĐOÀN XÃ
- Huyện đoàn Mường Khương (b/c);                           BÍ THƯ
- Đảng ủy xã (b/c);
- Các chi đoàn;
- Lưu VP.                                              Vàng Seo Dín

--
Văn phòng Đoàn xã Bản Lầu
"""


def test_a_union_closing_side_by_side_in_a_quoted_printable_mail():
    mail = (
        b"From: doanxa@banlau.vn\nTo: chidoan@banlau.vn\n"
        b"Subject: Ke hoach Thang Thanh nien\n"
        b'Content-Type: text/plain; charset="UTF-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\n"
    ) + quopri.encodestring(UNION.encode("utf-8"))
    plan = read_plan(mail, "ke-hoach.eml")
    assert plan.issuer_text == "BCH ĐOÀN TNCS HỒ CHÍ MINH XÃ BẢN LẦU"
    assert plan.signing_authority == "TM. BAN CHẤP HÀNH ĐOÀN XÃ"
    assert (plan.signer_title, plan.signer_name) == ("BÍ THƯ", "Vàng Seo Dín")
    assert plan.recipients == [
        "Huyện đoàn Mường Khương (b/c)",
        "Đảng ủy xã (b/c)",
        "Các chi đoàn",
        "Lưu VP",
    ]
    assert len(plan.tasks) == 2


def test_a_recipient_line_with_a_wide_gap_inside_is_no_signature():
    """A line of recipients in a closing with no signature beside it stays
    what it was: the signature under the list."""
    plan = read_plan(
        PLAIN_HEAD
        + "Nơi nhận:\n- UBND xã Công Thành (b/c);\n- Lưu.\n"
        + "TM. BAN PHÁT TRIỂN THÔN\nTRƯỞNG BAN\nNguyễn Văn Bảy\n"
    )
    assert plan.recipients == ["UBND xã Công Thành (b/c)", "Lưu"]
    assert plan.signer_name == "Nguyễn Văn Bảy"


# The reviewer's findings on the closing side by side (m36c).


@pytest.mark.parametrize(
    "first",
    ["Như trên;", "Lưu: VT.", "* UBND xã Công Thành (b/c);"],
    ids=["nhu-tren", "luu", "star"],
)
def test_a_recipient_beside_noi_nhan_is_no_signature(first):
    """A first recipient on the line of "Nơi nhận:" itself, with or
    without a dash, is the list going on, not a signature beside it."""
    lines = [f"Nơi nhận:        {first}", "- Lưu VT.", "TM. UBND"]
    assert closing_beside(lines, 0) is None


def test_a_first_recipient_with_no_dash_stays_a_recipient_in_a_plan():
    plan = read_plan(
        PLAIN_HEAD
        + "Nơi nhận:        Như trên;\n- UBND xã Công Thành (b/c);\n- Lưu.\n"
        + "TM. BAN PHÁT TRIỂN THÔN\nTRƯỞNG BAN\nNguyễn Văn Bảy\n"
    )
    assert plan.recipients == ["Như trên", "UBND xã Công Thành (b/c)", "Lưu"]
    assert plan.signing_authority == "TM. BAN PHÁT TRIỂN THÔN"
    assert plan.signer_name == "Nguyễn Văn Bảy"


WRAPPED = """Nơi nhận:                                     TM. CHI BỘ THÔN NÀ LÒ
-  Ban Thường vụ Đảng ủy xã                              BÍ THƯ
   Nậm Cắn (để báo cáo);
-  Các đoàn thể thôn;
-  Lưu.                                              Lầu Bá Chư
"""

WRAPPED_NOTE = """Nơi nhận:                                     TM. CHI BỘ THÔN NÀ LÒ
-  Ban Thường vụ Đảng ủy xã Nậm Cắn                      BÍ THƯ
   (để báo cáo);
-  Các đoàn thể thôn;

-  Lưu.                                              Lầu Bá Chư
"""


@pytest.mark.parametrize(
    "closing", [WRAPPED, WRAPPED_NOTE], ids=["name-wrapped", "note-wrapped"]
)
def test_a_recipient_wrapped_without_a_dash_goes_on(closing):
    plan = read_plan(PLAIN_HEAD + closing)
    assert plan.signing_authority == "TM. CHI BỘ THÔN NÀ LÒ"
    assert (plan.signer_title, plan.signer_name) == ("BÍ THƯ", "Lầu Bá Chư")
    assert len(plan.recipients) == 3
    assert plan.recipients[0] == "Ban Thường vụ Đảng ủy xã Nậm Cắn (để báo cáo)"
    assert len(plan.tasks) == 2


@pytest.mark.parametrize(
    ("text", "is_one"),
    [
        ("- UBND xã (b/c);", True),
        ("+ Chi bộ thôn;", True),
        ("* Các đoàn thể;", True),
        ("• Ban Mặt trận;", True),
        ("Lưu: VT.", True),
        ("Như trên;", True),
        ("--", False),
        ("Lúa xuân", False),
        ("TM. UBND", False),
    ],
)
def test_one_recipient_test(text, is_one):
    assert recipient(text) is is_one


# ── 3. A capital letter is never a lower-case marked one ──


@pytest.mark.parametrize("letter", list("AĐÀẾỸƠƯĂÂÊÔÍÝỤ"))
def test_marked_capitals_are_capitals(letter):
    assert is_capital(letter)


@pytest.mark.parametrize("letter", list("ađàếỹơưăâêôíýụ"))
def test_lower_case_marked_letters_are_no_capitals(letter):
    import re

    assert not is_capital(letter)
    assert not re.match(CAPITAL, letter)


def test_a_full_stop_before_a_lower_case_marked_word_ends_no_clause():
    """ "… khoảng 5 ha. ở …" as "… khoảng 5 ha. tại …": no new clause."""
    assert len(_sentences("Tổ Kỹ thuật thực hiện 5 ha. ở cánh đồng Đông")) == len(
        _sentences("Tổ Kỹ thuật thực hiện 5 ha. tại cánh đồng Đông")
    )


def test_a_number_glued_to_a_lower_case_marked_word_is_no_marker():
    assert marker("1.2.đảm bảo nước tưới")[0] == marker("1.2.bảo đảm nước tưới")[0]
    assert marker("1.2.Đảm bảo nước tưới")[0] == "dec2"


def test_a_partner_opening_on_a_lower_case_marked_letter_is_read_as_lower_case():
    """ "… với ủy ban …" as "… với hội …": a partner's name in lower case
    opens on no capital, marked or not."""
    assert partner_first(
        "Phối hợp với ủy ban nhân dân xã lựa chọn 02 khu dân cư kiểu mẫu"
    ) == partner_first("Phối hợp với hội nông dân xã lựa chọn 02 khu dân cư kiểu mẫu")
