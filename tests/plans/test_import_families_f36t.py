"""Task tables and task sentences the importer read wrongly, tried on plans
of my own: a mass organisation's table whose time column comes before the
work and whose unit that does it is headed "Chi hội/ Ban phụ trách", "Ban/
Chi hội thực hiện", "Đơn vị/ người phụ trách" (a month's cell merged down
over its rows); a numbered task whose lead and partners follow a colon in
the same paragraph; "Giao X chủ trì, phối hợp Y <work>" with the partners
running straight into the work ("… tổ chức nâng cấp …", "… hỗ trợ …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import (
    HEAD,
    TAIL,
    by_title,
    plan_of,
    read_file,
    read_plan,
    word_plan,
)

CORPUS = Path(__file__).parent / "import_corpus" / "f36t"

# ── 1. A union's table: time first, the unit's column named by the union ──

UNION_ROWS = [
    # (month or None under a merged cell, work, unit, partners)
    ("Tháng 3/2027", "Tổ chức tọa đàm kỷ niệm Ngày Quốc tế Phụ nữ 8/3", "Ban Tuyên giáo",
     "Các chi hội thôn"),
    (None, "Ra quân làm sạch tuyến đường hoa thôn Khe Mơ", "Chi hội thôn Khe Mơ",
     "Đoàn Thanh niên xã"),
    (None, "Thăm hỏi hội viên có hoàn cảnh khó khăn", "Ban Chính sách", ""),
    ("Tháng 4/2027", "Ra mắt mô hình phân loại rác thải tại nguồn", "Chi hội thôn Bản Péo",
     "Trạm Y tế xã"),
]  # fmt: skip


def _union_table(lead_header: str) -> str:
    rows = [[tc("TT"), tc("Thời gian"), tc("Nội dung công việc"), tc(lead_header),
             tc("Phối hợp"), tc("Ghi chú")]]  # fmt: skip
    for n, (month, work, unit, partners) in enumerate(UNION_ROWS, 1):
        if month is None:
            when = tc("", vmerge="continue")
        else:
            merged_down = n < len(UNION_ROWS) and UNION_ROWS[n][0] is None
            when = tc(month, vmerge="restart" if merged_down else None)
        rows.append([tc(str(n)), when, tc(work), tc(unit), tc(partners), tc("")])
    return tbl(*rows)


@pytest.mark.parametrize(
    "lead_header",
    [
        "Chi hội/ Ban phụ trách",
        "Ban/ Chi hội thực hiện",
        "Đơn vị/ người phụ trách",
        "Đơn vị/người phụ trách",
        "Chi đoàn thực hiện",
        "Bộ phận thực hiện",
        "Người thực hiện",
    ],
)
def test_a_union_table_leads_from_its_own_column(lead_header):
    plan = read_plan(word_plan(_union_table(lead_header)), "ke-hoach.docx")
    assert [t.title for t in plan.tasks] == [row[1] for row in UNION_ROWS]
    assert [t.lead_text for t in plan.tasks] == [row[2] for row in UNION_ROWS]
    assert [t.coordinating_units for t in plan.tasks] == [
        [row[3]] if row[3] else [] for row in UNION_ROWS
    ]
    # The month merged down is every row's time under it.
    assert [str(t.ends_on) for t in plan.tasks] == [
        "2027-03-31", "2027-03-31", "2027-03-31", "2027-04-30"
    ]  # fmt: skip
    assert not any(t.official_text for t in plan.tasks)


def test_people_under_unit_or_person_in_charge_are_officials():
    """ "Đơn vị/ người phụ trách" over people's names: they are the ones in
    charge, not bodies that lead."""
    rows = [[tc("TT"), tc("Thời gian"), tc("Nội dung"), tc("Đơn vị/ người phụ trách"),
             tc("Ghi chú")]]  # fmt: skip
    for n, (work, who) in enumerate(
        [("Sửa chữa nhà văn hóa thôn Nà Lầu", "Đ/c Hoàng Văn Sình"),
         ("Trồng 300 cây xanh ven đường", "Đ/c Lục Thị Mai")], 1):  # fmt: skip
        rows.append([tc(str(n)), tc("Tháng 5/2027"), tc(work), tc(who), tc("")])
    plan = read_plan(word_plan(tbl(*rows)), "ke-hoach.docx")
    assert [t.lead_text for t in plan.tasks] == ["", ""]
    assert [t.official_text for t in plan.tasks] == ["Hoàng Văn Sình", "Lục Thị Mai"]


@pytest.mark.parametrize(
    ("name", "leads"),
    [
        ("f36t-hoi-phu-nu-phu-an.docx",
         ["Ban Tuyên giáo", "Chi hội thôn Phú An", "Ban Chính sách",
          "Chi hội thôn Đồng Chùa", "Ban Kinh tế", "Ban Thường vụ"]),
        ("f36t-hoi-nong-dan-phong-hai.odt",
         ["Ban Kinh tế", "Chi hội Khe Ván", "Chi hội Bản Thàng", "Ban Thường vụ",
          "Ban Kiểm tra"]),
        ("f36t-doan-xa-na-phac-ban-in.pdf",
         ["Chi đoàn thôn Nà Pục", "Ban Thường vụ Đoàn xã", "Chi đoàn thôn Bản Sảng",
          "Ban Thường vụ Đoàn xã"]),
    ],
)  # fmt: skip
def test_union_tables_in_word_odt_and_pdf(name, leads):
    plan = read_file(CORPUS / name)
    assert [t.lead_text for t in plan.tasks] == leads
    assert not any(t.official_text for t in plan.tasks)
    # Three rows under a month merged down over them share its time.
    ends = [str(t.ends_on) for t in plan.tasks]
    assert ends.count(ends[0]) >= 2, ends


# ── 2. The lead and partners after a colon in the task's paragraph ──

COLON = [
    ('3. Tổ chức Ngày hội hiến máu tình nguyện "Giọt hồng biên cương": BCH Đoàn xã chủ '
     "trì, phối hợp Trạm Y tế xã, Chi đoàn các thôn; thời gian: tháng 3/2027.",
     'Tổ chức Ngày hội hiến máu tình nguyện "Giọt hồng biên cương"', "BCH Đoàn xã",
     ["Trạm Y tế xã", "Chi đoàn các thôn"], "2027-03-01", "2027-03-31"),
    ("1. Làm mới 12 cổng ngõ, hàng rào xanh thôn Nặm Cắm: Chi hội Cựu chiến binh thôn "
     "Nặm Cắm chủ trì, phối hợp Ban phát triển thôn; thời gian: tháng 4/2027.",
     "Làm mới 12 cổng ngõ, hàng rào xanh thôn Nặm Cắm",
     "Chi hội Cựu chiến binh thôn Nặm Cắm", ["Ban phát triển thôn"], "2027-04-01",
     "2027-04-30"),
    ("2. Rà soát, cập nhật hộ nghèo, hộ cận nghèo năm 2027: Công chức Văn hóa - Xã hội "
     "chủ trì, phối hợp Ban phát triển các thôn; thời gian: từ tháng 9 đến tháng "
     "10/2027.",
     "Rà soát, cập nhật hộ nghèo, hộ cận nghèo năm 2027", "Công chức Văn hóa - Xã hội",
     ["Ban phát triển các thôn"], "2027-09-01", "2027-10-31"),
]  # fmt: skip


def _check(task, title, lead, partners, start, deadline):
    assert task.title == title
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert str(task.starts_on) == start
    assert str(task.ends_on) == deadline


@pytest.mark.parametrize("case", COLON, ids=lambda c: c[1][:30])
def test_the_lead_after_a_colon_in_the_same_paragraph(case):
    sentence, *expected = case
    (task,) = plan_of(sentence + "\n").tasks
    _check(task, *expected)


def test_colon_forms_in_an_email_and_in_word():
    body = "".join(sentence + "\n" for sentence, *_ in COLON)
    # The same tasks, the lead on the lines under the first one.
    body += (
        "4. Tổ chức Hội trại tuổi trẻ biên cương lần thứ III.\n"
        "- Chủ trì: Ban Thường vụ Đoàn xã.\n"
        "- Phối hợp: Đồn Biên phòng Lũng Cú, Hội Cựu chiến binh xã.\n"
        "- Thời gian: tháng 5/2027.\n"
    )
    last = ("Tổ chức Hội trại tuổi trẻ biên cương lần thứ III", "Ban Thường vụ Đoàn xã",
            ["Đồn Biên phòng Lũng Cú", "Hội Cựu chiến binh xã"], "2027-05-01",
            "2027-05-31")  # fmt: skip
    # An e-mail's body: the mail's own lines around the plan.
    mail = (
        "Từ: Đoàn xã Lũng Cú <doanxalungcu@gmail.com>\n"
        "Gửi: Thứ Sáu, 12/02/2027 8:15\n"
        "Chủ đề: Kế hoạch hoạt động quý I, II\n\n"
        "Kính gửi các chi đoàn,\n\n"
        f"{HEAD}{body}{TAIL}\n--\nGửi từ điện thoại của tôi\n"
    )
    for plan in (plan_of(body), read_plan(mail, "thu-doan-xa.txt")):
        assert len(plan.tasks) == 4, [t.title for t in plan.tasks]
        for task, expected in zip(
            plan.tasks, [c[1:] for c in COLON] + [last], strict=True
        ):
            _check(task, *expected)
    plan = read_file(CORPUS / "f36t-doan-xa-lung-cu-thu.txt")
    tasks = by_title(plan)
    _check(tasks[COLON[0][1]], *COLON[0][1:])


def test_colon_form_in_a_word_paragraph():
    plan = read_file(CORPUS / "f36t-xa-tan-thanh-giao.docx")
    task = by_title(plan)["Rà soát, cập nhật hộ nghèo, hộ cận nghèo năm 2027"]
    assert task.lead_text == "Phòng Văn hóa - Xã hội xã"
    assert task.coordinating_units == ["Ban phát triển các thôn"]


# ── 3. "Giao X chủ trì, phối hợp Y <work>", no punctuation before the work ──


@pytest.mark.parametrize(
    ("sentence", "title", "lead", "partners", "start", "deadline"),
    [
        ("2. Giao Ban Quản lý dự án đầu tư xây dựng xã chủ trì, phối hợp Phòng Kinh tế "
         "xã tổ chức nâng cấp, mở rộng 2,3 km đường trục thôn Nà Cọn; thời gian thực "
         "hiện từ tháng 3 đến tháng 8/2027.",
         "Nâng cấp, mở rộng 2,3 km đường trục thôn Nà Cọn",
         "Ban Quản lý dự án đầu tư xây dựng xã", ["Phòng Kinh tế xã"], "2027-03-01",
         "2027-08-31"),
        ("3. Giao Phòng Kinh tế xã chủ trì, phối hợp Hội Nông dân xã hỗ trợ Hợp tác xã "
         "Miến dong Bình Liêu hoàn thiện hồ sơ OCOP sản phẩm miến dong; thời gian: "
         "tháng 7/2027.",
         "Hỗ trợ Hợp tác xã Miến dong Bình Liêu hoàn thiện hồ sơ OCOP sản phẩm miến dong",
         "Phòng Kinh tế xã", ["Hội Nông dân xã"], "2027-07-01", "2027-07-31"),
        ("4. Giao Trạm Y tế xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã, Đoàn Thanh "
         "niên xã triển khai xây dựng mô hình xử lý rác thải hữu cơ tại hộ gia đình; "
         "thời gian: tháng 9/2027.",
         "Xây dựng mô hình xử lý rác thải hữu cơ tại hộ gia đình", "Trạm Y tế xã",
         ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"], "2027-09-01", "2027-09-30"),
        ("5. Giao Công an xã chủ trì, phối hợp Ban bảo vệ dân phố tổ chức tập huấn "
         "kỹ năng phòng cháy, chữa cháy cho 60 hộ kinh doanh; thời gian: tháng "
         "10/2027.",
         "Tập huấn kỹ năng phòng cháy, chữa cháy cho 60 hộ kinh doanh", "Công an xã",
         ["Ban bảo vệ dân phố"], "2027-10-01", "2027-10-31"),
        # "tổ chức Hội nghị …", "tổ chức Lễ …": an event, not a bare opener.
        ("6. Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã "
         "tổ chức Hội nghị biểu dương điển hình tiên tiến; thời gian: tháng 11/2027.",
         "Tổ chức Hội nghị biểu dương điển hình tiên tiến", "Văn phòng HĐND và UBND xã",
         ["Ủy ban MTTQ Việt Nam xã"], "2027-11-01", "2027-11-30"),
        ("7. Giao Phòng Văn hóa - Xã hội xã chủ trì, phối hợp Đoàn Thanh niên xã tổ "
         "chức Lễ ra quân hưởng ứng Tháng hành động vì môi trường; thời gian: tháng "
         "6/2027.",
         "Tổ chức Lễ ra quân hưởng ứng Tháng hành động vì môi trường",
         "Phòng Văn hóa - Xã hội xã", ["Đoàn Thanh niên xã"], "2027-06-01",
         "2027-06-30"),
        # With no "Giao", "tổ chức" stays (the older sets' titles keep it).
        (
            "9. Hạt Kiểm lâm chủ trì, phối hợp các thôn tổ chức tuần tra bảo vệ rừng "
            "đầu nguồn; thời gian: tháng 8/2027.",
            "Tổ chức tuần tra bảo vệ rừng đầu nguồn",
            "Hạt Kiểm lâm",
            ["các thôn"],
            "2027-08-01",
            "2027-08-31",
        ),
        # "triển khai thực hiện …" keeps its opener.
        ("8. Giao Phòng Kinh tế xã chủ trì, phối hợp các thôn triển khai thực hiện Đề "
         "án phát triển cây quế; thời gian: tháng 12/2027.",
         "Triển khai thực hiện Đề án phát triển cây quế", "Phòng Kinh tế xã",
         ["các thôn"], "2027-12-01", "2027-12-31"),
    ],
)  # fmt: skip
def test_partners_end_at_the_first_verb_of_work(
    sentence, title, lead, partners, start, deadline
):
    (task,) = plan_of(sentence + "\n").tasks
    _check(task, title, lead, partners, start, deadline)


def test_giao_forms_in_a_word_plan():
    plan = read_file(CORPUS / "f36t-xa-tan-thanh-giao.docx")
    tasks = by_title(plan)
    assert tasks["Nâng cấp, mở rộng 2,3 km đường trục thôn Khuổi Khon"].lead_text == (
        "Ban Quản lý dự án đầu tư xây dựng xã"
    )
    road = tasks["Xây dựng 3 tuyến đường hoa kiểu mẫu"]
    assert road.coordinating_units == ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"]
