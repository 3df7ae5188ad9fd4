"""The prose families a second blind hold-out of commune plans (round 30)
still read badly (round 30p, docs/import-quality.md), tried on plans that
are in no corpus: a Party committee's (or a commune's) sentence that gives
the work to a body ("Đảng ủy giao Công an xã chủ trì, …", "Ban Thường vụ
giao cho Đoàn Thanh niên xã chủ trì …") — the body that gives the work is
not its lead — and an aside between "chủ trì" and "phối hợp" ("dưới sự
lãnh đạo của Chi bộ buôn", "dưới sự chỉ đạo của …", "theo hướng dẫn của
…"), which is no partner and does not end the reading of the partners."""

from __future__ import annotations

import pytest

from tests.plans.reading import read_plan

HEAD = """ĐẢNG ỦY XÃ EA KAO
Số: 12-KH/ĐU
Ea Kao, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Thực hiện xây dựng nông thôn mới năm 2026
I. MỤC ĐÍCH
Nâng cao đời sống vật chất, tinh thần của nhân dân.
II. NHIỆM VỤ
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các chi bộ triển khai thực hiện.
Nơi nhận:
- Lưu: VT.
T/M ĐẢNG ỦY
BÍ THƯ
Lò Văn Tư
"""


def only_task(body: str):
    tasks = read_plan(HEAD + body + TAIL).tasks
    assert len(tasks) == 1, [t.title for t in tasks]
    return tasks[0]


# ── 1. "<body> giao <body> chủ trì": the one given the work leads it ──


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        (
            "Đảng ủy giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã "
            "thực hiện thường xuyên.",
            "Công an xã",
            ["Ban Chỉ huy Quân sự xã"],
        ),
        (
            "Ban Thường vụ Đảng ủy giao cho Đoàn Thanh niên xã chủ trì, phối hợp "
            "Hội Liên hiệp Phụ nữ xã thực hiện trong quý III/2026.",
            "Đoàn Thanh niên xã",
            ["Hội Liên hiệp Phụ nữ xã"],
        ),
        (
            "UBND xã giao Phòng Kinh tế chủ trì, phối hợp với các thôn thực hiện, "
            "hoàn thành trước 30/9/2026.",
            "Phòng Kinh tế",
            ["các thôn"],
        ),
        (
            "Chi bộ giao Ban công tác Mặt trận thôn chủ trì thực hiện thường xuyên.",
            "Ban công tác Mặt trận thôn",
            [],
        ),
    ],
)
def test_the_body_given_the_work_leads_it_not_the_one_giving_it(
    sentence, lead, partners
):
    task = only_task(
        "1. Tuyên truyền, vận động nhân dân giữ gìn an ninh trật tự. " + sentence + "\n"
    )
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert task.title.startswith("Tuyên truyền, vận động nhân dân")


# ── 2. an aside between "chủ trì" and "phối hợp" ──


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        (
            "Ban tự quản buôn Ea Kmar chủ trì thực hiện dưới sự lãnh đạo của Chi bộ "
            "buôn, phối hợp với Phòng Văn hóa - Xã hội; thời gian thường xuyên.",
            "Ban tự quản buôn Ea Kmar",
            ["Phòng Văn hóa - Xã hội"],
        ),
        (
            "Ban công tác Mặt trận thôn 3 chủ trì, dưới sự chỉ đạo của Chi bộ thôn, "
            "phối hợp Chi hội Nông dân thôn thực hiện; hoàn thành trong quý III/2026.",
            "Ban công tác Mặt trận thôn 3",
            ["Chi hội Nông dân thôn"],
        ),
        (
            "Trạm Y tế xã chủ trì, theo hướng dẫn của Trung tâm Y tế khu vực, phối "
            "hợp với Hội Chữ thập đỏ xã thực hiện thường xuyên.",
            "Trạm Y tế xã",
            ["Hội Chữ thập đỏ xã"],
        ),
    ],
)
def test_an_aside_after_the_lead_is_no_partner_and_keeps_the_partners(
    sentence, lead, partners
):
    task = only_task("1. Xây dựng buôn, thôn văn hóa kiểu mẫu. " + sentence + "\n")
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert task.time_text
