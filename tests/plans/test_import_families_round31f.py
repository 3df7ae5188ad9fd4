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
