"""Where one unit ends in a list of partners and in the sentence that gives
a lead (round 31u, docs/import-quality.md): a body whose own name holds a
word that folds to "giao" ("Ban Tuyên giáo và Dân vận Đảng ủy xã", "Trung
tâm Giáo dục nghề nghiệp") is no giver; the people of a place ("già làng",
"trưởng bản", "người có uy tín", "bà con", "nghệ nhân") after a body are a
partner of their own, after a comma or "và", and one partner with the
figures written beside them in lower case."""

from __future__ import annotations

import pytest

from plans.document_import.clauses import clauses
from plans.document_import.units import units
from tests.plans.reading import plan_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trạm Y tế xã, già làng các buôn", ["Trạm Y tế xã", "già làng các buôn"]),
        (
            "Phòng Kinh tế xã, bà con nhân dân trong thôn",
            ["Phòng Kinh tế xã", "bà con nhân dân trong thôn"],
        ),
        (
            "Công chức Văn hóa - Xã hội, Nghệ nhân H'Bla Mlô",
            ["Công chức Văn hóa - Xã hội", "Nghệ nhân H'Bla Mlô"],
        ),
        (
            "Đồn Biên phòng và già làng, trưởng bản",
            ["Đồn Biên phòng", "già làng, trưởng bản"],
        ),
        (
            "Ban Chỉ huy Quân sự xã và đội ngũ người có uy tín ở các buôn",
            ["Ban Chỉ huy Quân sự xã", "đội ngũ người có uy tín ở các buôn"],
        ),
        (
            "Sở Dân tộc và Tôn giáo; già làng, người có uy tín",
            ["Sở Dân tộc và Tôn giáo", "già làng, người có uy tín"],
        ),
        (
            "Hội Người cao tuổi xã, chức sắc tôn giáo, người có uy tín",
            ["Hội Người cao tuổi xã", "chức sắc tôn giáo, người có uy tín"],
        ),
        # Unchanged: bodies, and figures named by their place.
        (
            "Trưởng bản Nà Đình, Trưởng bản Nà Kèn",
            ["Trưởng bản Nà Đình", "Trưởng bản Nà Kèn"],
        ),
        ("Trưởng thôn Khòn Khuông, Bản Cằm", ["Trưởng thôn Khòn Khuông, Bản Cằm"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Công an xã, Trưởng bản các bản", ["Công an xã", "Trưởng bản các bản"]),
    ],
)
def test_the_people_of_a_place_are_one_partner_apart_from_the_bodies(text, expected):
    assert units(text, partners=True) == expected


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Trung "
            "tâm Dịch vụ tổng hợp xã thực hiện thường xuyên",
            "Ban Tuyên giáo và Dân vận Đảng ủy xã",
        ),
        (
            "Ban Tuyên giáo và Dân vận chủ trì, phối hợp Đoàn Thanh niên xã",
            "Ban Tuyên giáo và Dân vận",
        ),
        (
            "Giáo viên chủ nhiệm các lớp chủ trì, phối hợp Chi hội Phụ nữ thôn",
            "Giáo viên chủ nhiệm các lớp",
        ),
        (
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên chủ trì, phối "
            "hợp Phòng Văn hóa - Xã hội",
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
        ),
        # A real giver still gives the work away.
        (
            "Đảng ủy giao Ban Tuyên giáo và Dân vận chủ trì, phối hợp Công an xã",
            "Ban Tuyên giáo và Dân vận",
        ),
    ],
)
def test_a_name_that_holds_a_word_folding_to_giao_leads_whole(text, lead):
    assert clauses(text)["lead"] == lead


def test_a_sentence_with_the_body_of_propaganda_and_mass_mobilisation_in_a_plan():
    plan = plan_of(
        "1. Tuyên truyền về Chương trình MTQG bằng tiếng Mông trên loa truyền "
        "thanh các bản. Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối "
        "hợp với Trạm Y tế xã, già làng các bản thực hiện trong năm 2026.\n"
    )
    (task,) = plan.tasks
    assert task.lead_text == "Ban Tuyên giáo và Dân vận Đảng ủy xã"
    assert task.coordinating_units == ["Trạm Y tế xã", "già làng các bản"]
