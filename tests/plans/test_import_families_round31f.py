"""The families a commune Fatherland Front plan and a ward plan of the
blind hold-outs (rounds 30 and 31) still read badly (round 31f,
docs/import-quality.md): the issuer a mass organisation names by its role
on a line of its own over its name ("BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ VIỆT
NAM XÃ …", "BAN CHẤP HÀNH" / "HỘI LHPN XÃ …") — the two lines as written —
and duties handed out under each member body's heading."""

from __future__ import annotations

import pytest

from tests.plans.reading import read_plan

BODY = """KẾ HOẠCH
Xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH
Phát huy vai trò chủ thể của người dân.
II. TỔ CHỨC THỰC HIỆN
Các tổ chức thành viên triển khai thực hiện./.
Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Néang Sa Ly
"""


# ── 1. The issuer named by its role, then its name ──


@pytest.mark.parametrize(
    ("lines", "issuer", "parent"),
    [
        (
            "ỦY BAN MTTQ VIỆT NAM\nTỈNH AN GIANG\nBAN THƯỜNG TRỰC\n"
            "ỦY BAN MTTQ VIỆT NAM XÃ ĐỊNH HÒA",
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ĐỊNH HÒA",
            "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG",
        ),
        (
            "HỘI LHPN TỈNH SƠN LA\nBAN CHẤP HÀNH\nHỘI LHPN XÃ MƯỜNG BÚ",
            "BAN CHẤP HÀNH HỘI LHPN XÃ MƯỜNG BÚ",
            "HỘI LHPN TỈNH SƠN LA",
        ),
        (
            "HỘI NÔNG DÂN HUYỆN ĐIỆN BIÊN\nBAN THƯỜNG VỤ\nHỘI NÔNG DÂN XÃ THANH NƯA",
            "BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ THANH NƯA",
            "HỘI NÔNG DÂN HUYỆN ĐIỆN BIÊN",
        ),
        (
            # Under its name, the role is that body's, as before.
            "ỦY BAN MTTQ VIỆT NAM\nXÃ BẮC SƠN\nBAN THƯỜNG TRỰC",
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ BẮC SƠN",
            "ỦY BAN MTTQ VIỆT NAM XÃ BẮC SƠN",
        ),
    ],
)
def test_issuer_named_by_its_role_over_its_name(lines, issuer, parent):
    plan = read_plan(
        f"{lines}\nSố: 18/KH-MTTQ-BTT\nĐịnh Hòa, ngày 05 tháng 4 năm 2027\n" + BODY
    )
    assert plan.issuer_text == issuer
    assert plan.parent_text == parent


def test_the_name_a_pdf_reads_on_the_mottos_line():
    """A PDF made from Word reads the motto and the name beside it as one
    line: the name is the rest of it."""
    plan = read_plan(
        "HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\n"
        "BAN THƯỜNG VỤ\nĐộc lập - Tự do - Hạnh phúc HỘI NÔNG DÂN XÃ THANH NƯA\n"
        "Thanh Nưa, ngày 15 tháng 01 năm 2027\nSố: 09/KH-HND\n" + BODY
    )
    assert plan.issuer_text == "BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ THANH NƯA"


# ── 2. Duties under each member body's heading ──

DUTIES_HEAD = """ỦY BAN NHÂN DÂN
XÃ PHÚ AN
Số: 40/KH-UBND
Phú An, ngày 05 tháng 3 năm 2027
KẾ HOẠCH
Xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH
Nâng cao đời sống của nhân dân.
II. TỔ CHỨC THỰC HIỆN
"""
DUTIES_TAIL = """Trên đây là Kế hoạch của UBND xã./.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Ba
"""


def duty_of(heading: str, duty: str):
    plan = read_plan(f"{DUTIES_HEAD}1. {heading}\n- {duty}\n{DUTIES_TAIL}")
    assert len(plan.tasks) == 1, [t.title for t in plan.tasks]
    return plan.tasks[0]


@pytest.mark.parametrize(
    ("heading", "duty", "title", "fields"),
    [
        (
            # A crop season, its months in brackets.
            "Hội Nông dân xã:",
            "Xây dựng cánh đồng lớn 200 ha (phối hợp Hợp tác xã Phú An), thực hiện "
            "trong vụ Hè Thu 2027 (tháng 4 - tháng 8/2027).",
            "Xây dựng cánh đồng lớn 200 ha",
            {"ends_on": "2027-08-31", "starts_on": "2027-04-01",
             "coordinating_units": ["Hợp tác xã Phú An"]},
        ),
        (
            "Các chi hội phụ nữ thôn:",
            "Hướng dẫn hội viên trồng 05 ha rau an toàn, trong vụ Đông Xuân 2026 - "
            "2027 (từ tháng 12/2026 đến tháng 4/2027).",
            "Hướng dẫn hội viên trồng 05 ha rau an toàn",
            {"ends_on": "2027-04-30", "starts_on": "2026-12-01"},
        ),
        (
            # Partners the work ends on, before its time.
            "Ban Công tác Mặt trận các ấp:",
            "Tổ chức Ngày hội Đại đoàn kết tại khu dân cư, phối hợp với Ban Nhân "
            "dân ấp; thời gian từ 01/10 đến 18/11/2027.",
            "Tổ chức Ngày hội Đại đoàn kết tại khu dân cư",
            {"ends_on": "2027-11-18", "starts_on": "2027-10-01",
             "coordinating_units": ["Ban Nhân dân ấp"]},
        ),
        (
            # "phối hợp:" after a comma, then the person in charge in the
            # bracket the duty ends on; a standing body's heading.
            "Thường trực Ủy ban MTTQ Việt Nam xã:",
            "Rà soát, hỗ trợ vay vốn cho 40 hộ, phối hợp: Ngân hàng Chính sách xã "
            "hội, Hội Nông dân xã; hoàn thành Quý III/2027 (đồng chí Sơn Thị Bô "
            "Pha, Phó Chủ tịch phụ trách).",
            "Rà soát, hỗ trợ vay vốn cho 40 hộ",
            {"ends_on": "2027-09-30", "lead_text": "Thường trực Ủy ban MTTQ Việt Nam xã",
             "coordinating_units": ["Ngân hàng Chính sách xã hội", "Hội Nông dân xã"]},
        ),
        (
            # A range that ends on a year; a request to the Front.
            "Đề nghị Ủy ban MTTQ Việt Nam xã",
            "Phát động phong trào “Chủ nhật xanh” tại các thôn, từ ngày 31/5/2027 "
            "đến hết năm 2027.",
            "Phát động phong trào “Chủ nhật xanh” tại các thôn",
            {"ends_on": "2027-12-31", "starts_on": "2027-05-31",
             "lead_text": "Ủy ban MTTQ Việt Nam xã"},
        ),
        (
            "Thường vụ Hội:",
            "Tổ chức lớp dạy nghề cho 30 hội viên; hoàn thành trong tháng 8/2027 "
            "(đồng chí Giàng Thị Mai phụ trách).",
            "Tổ chức lớp dạy nghề cho 30 hội viên",
            {"ends_on": "2027-08-31", "lead_text": "Thường vụ Hội"},
        ),
    ],
)  # fmt: skip
def test_a_duty_under_its_body(heading, duty, title, fields):
    task = duty_of(heading, duty)
    assert task.title == title
    for name, value in fields.items():
        got = getattr(task, name)
        assert (got.isoformat() if hasattr(got, "isoformat") else got) == value, name


@pytest.mark.parametrize(
    ("duty", "official"),
    [
        ("Rà soát hộ nghèo; hoàn thành Quý III/2027 (đồng chí Sơn Thị Bô Pha, "
         "Phó Chủ tịch phụ trách).", "Sơn Thị Bô Pha"),
        ("Sửa chữa 03 căn nhà cho hộ nghèo, hoàn thành trong tháng 9/2027 (đ/c Lò "
         "Văn Ơn phụ trách).", "Lò Văn Ơn"),
    ],
)  # fmt: skip
def test_the_person_in_charge_in_the_closing_bracket(duty, official):
    task = duty_of("Hội Nông dân xã:", duty)
    assert official in task.official_text
    assert "phụ trách" not in task.title


def test_a_season_without_its_months_names_no_time():
    """The season alone names no months (they differ by region): the duty
    states no time, so it is the body's duty, no task."""
    plan = read_plan(
        f"{DUTIES_HEAD}1. Hội Nông dân xã:\n- Gieo cấy 150 ha lúa chất lượng cao, "
        f"trong vụ Đông Xuân 2026 - 2027.\n{DUTIES_TAIL}"
    )
    assert plan.tasks == []
