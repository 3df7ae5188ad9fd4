"""Task paragraphs whose work and responsibility are separate sentences,
tried on plans of my own: a numbered task whose work is its first sentence
and who leads, helps, is in charge and when come after it (a cost sentence
between, "khởi công từ …"), a short heading that only names an activity
over the paragraph that states the work, a heading that hands the works to
a table with a total row, paragraphs with no number under "II. NỘI DUNG"
(the lead first, or passive), and a year's figures under a task."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import (
    HEAD,
    TAIL,
    by_title,
    check_task,
    plan_of,
    read_file,
    read_plan,
    word_plan,
)

CORPUS = Path(__file__).parent / "import_corpus" / "f36w"


# ── 1. The work first, then who and when as sentences ──

SENTENCES = [
    ("1. Lát gạch 400 m2 sân nhà văn hóa xóm Chùa. Kinh phí 95 triệu đồng, trong đó "
     "Nhân dân đóng góp 30 triệu đồng. Ban phát triển xóm chủ trì, Chi hội Người cao "
     "tuổi xóm phối hợp, hoàn thành trước ngày 31/5/2026.",
     "Lát gạch 400 m2 sân nhà văn hóa xóm Chùa", "Ban phát triển xóm",
     ["Chi hội Người cao tuổi xóm"], None, None, "2026-05-31"),
    ("2. Xây mới cầu tràn qua suối Nậm Lúc, dài 18 m. Tổng kinh phí 650 triệu đồng. "
     "Ban quản lý xã chủ trì, Tổ giám sát cộng đồng phối hợp, khởi công từ ngày "
     "10/8/2026, hoàn thành trước ngày 15/12/2026.",
     "Xây mới cầu tràn qua suối Nậm Lúc, dài 18 m", "Ban quản lý xã",
     ["Tổ giám sát cộng đồng"], None, "2026-08-10", "2026-12-15"),
    ("3. Nâng cấp 1,5 km kênh mương nội đồng cánh đồng Na Pục. Hợp tác xã Nông nghiệp "
     "Bình Minh chủ trì, khởi công từ 01/9/2026, hoàn thành trước 30/11/2026.",
     "Nâng cấp 1,5 km kênh mương nội đồng cánh đồng Na Pục",
     "Hợp tác xã Nông nghiệp Bình Minh", [], None, "2026-09-01", "2026-11-30"),
]  # fmt: skip


@pytest.mark.parametrize("case", SENTENCES, ids=lambda c: c[1][:30])
def test_the_work_then_who_and_when_as_sentences(case):
    text, title, lead, partners, official, start, deadline = case
    (task,) = plan_of(text + "\n").tasks
    assert task.title == title
    check_task(task, lead, partners, official, start, deadline)


@pytest.mark.parametrize(
    ("text", "title", "lead", "official"),
    [
        ("3. Giữ gìn vệ sinh đường làng ngõ xóm: Tổ tự quản vệ sinh môi trường thôn "
         "thực hiện thường xuyên, ông Ngô Văn Tấn, Tổ trưởng theo dõi, nhắc nhở từng hộ.",
         "Giữ gìn vệ sinh đường làng ngõ xóm", "Tổ tự quản vệ sinh môi trường thôn",
         "ngo van tan"),
        ("4. Thu gom bao bì thuốc bảo vệ thực vật trên đồng ruộng: Tổ hợp tác dịch vụ "
         "nông nghiệp thôn thực hiện hằng tháng, bà Lò Thị Mai, Tổ trưởng theo dõi.",
         "Thu gom bao bì thuốc bảo vệ thực vật trên đồng ruộng",
         "Tổ hợp tác dịch vụ nông nghiệp thôn", "lo thi mai"),
    ],
)  # fmt: skip
def test_the_body_that_does_it_after_a_colon(text, title, lead, official):
    (task,) = plan_of(text + "\n").tasks
    assert task.title == title
    check_task(task, lead, official=official, deadline="2026-12-31")


def test_a_cost_sentence_is_kept_apart_from_the_name():
    (task,) = plan_of(SENTENCES[0][0] + "\n").tasks
    assert "Kinh phí" not in task.title
    assert "95 triệu" in task.description


# ── 2. A heading that only names an activity over its paragraph ──

ACTIVITIES = [
    ("1. Hội thi nấu ăn",
     "Tổ chức Hội thi nấu ăn các món truyền thống của đồng bào Tày, Nùng nhân ngày "
     "08/3/2026. Hội Liên hiệp Phụ nữ xã chủ trì, các chi hội phụ nữ thôn phối hợp; bà "
     "Nông Thị Hằng, Phó Chủ tịch Hội phụ trách.",
     "Tổ chức Hội thi nấu ăn các món truyền thống của đồng bào Tày, Nùng",
     "Hội Liên hiệp Phụ nữ xã", ["các chi hội phụ nữ thôn"], "nong thi hang",
     "2026-03-08"),
    ("2. Ra quân làm đường",
     "Ra quân làm đường giao thông nội đồng cánh đồng Bản Chắt tại 3 thôn vào ngày "
     "15/3/2026. Ban Chấp hành Đoàn xã chủ trì, Hội Cựu chiến binh xã phối hợp.",
     "Ra quân làm đường giao thông nội đồng cánh đồng Bản Chắt tại 3 thôn",
     "Ban Chấp hành Đoàn xã", ["Hội Cựu chiến binh xã"], None, "2026-03-15"),
    ("3. Ngày chủ nhật xanh",
     "Tổ chức ngày chủ nhật xanh thu gom rác thải dọc tuyến đường liên xã. Chi hội Cựu "
     "chiến binh thôn chủ trì, phối hợp Chi đoàn thôn, thực hiện trong tháng 5/2026.",
     "Tổ chức ngày chủ nhật xanh thu gom rác thải dọc tuyến đường liên xã",
     "Chi hội Cựu chiến binh thôn", ["Chi đoàn thôn"], None, "2026-05-31"),
]  # fmt: skip


def _check_activities(plan):
    assert len(plan.tasks) == len(ACTIVITIES), [t.title for t in plan.tasks]
    tasks = by_title(plan)
    for _, _, title, lead, partners, official, deadline in ACTIVITIES:
        check_task(tasks[title], lead, partners, official, deadline=deadline)


def test_activity_headings_over_their_paragraph_txt():
    body = "".join(f"{heading}\n{paragraph}\n" for heading, paragraph, *_ in ACTIVITIES)
    _check_activities(plan_of(body))


def test_activity_headings_over_their_paragraph_in_word():
    blocks = []
    for heading, paragraph, *_ in ACTIVITIES:
        blocks += [p(heading, runs=[(heading, "b")]), p(paragraph)]
    _check_activities(read_plan(word_plan(*blocks), "ke-hoach.docx"))


def test_a_heading_that_names_the_work_keeps_its_name():
    """A heading that is the work ("1. Sửa chữa nhà văn hóa thôn Đông") over
    a paragraph that says more of it is still named by the heading."""
    plan = plan_of(
        "1. Sửa chữa nhà văn hóa thôn Đông\n"
        "Thay mái tôn, lát lại nền 120 m2. Ban phát triển thôn chủ trì, hoàn thành "
        "trước ngày 30/9/2026.\n"
    )
    assert [t.title for t in plan.tasks] == ["Sửa chữa nhà văn hóa thôn Đông"]


# ── 3. A heading that hands the works to a table ──


def test_a_table_of_works_under_a_heading_with_a_total_row():
    row = lambda *cells: [tc(c) for c in cells]  # noqa: E731
    document = word_plan(
        p("2. Công trình thanh niên"),
        p("Ban Chấp hành Đoàn xã giao các chi đoàn thực hiện các công trình sau:"),
        tbl(
            row(
                "TT",
                "Tên công trình, phần việc",
                "Quy mô",
                "Kinh phí (triệu đồng)",
                "Đơn vị thực hiện",
                "Hoàn thành",
            ),  # fmt: skip
            row(
                "1",
                "Làm 300 m đường điện chiếu sáng xóm Bãi",
                "300 m",
                "40",
                "Chi đoàn xóm Bãi",
                "31/3/2026",
            ),  # fmt: skip
            row(
                "2",
                "Xây bồn hoa trước cổng Trường Tiểu học",
                "12 bồn",
                "15",
                "Chi đoàn Trường Tiểu học",
                "30/4/2026",
            ),  # fmt: skip
            [tc("Tổng cộng", span=3), tc("55"), tc(""), tc("")],
        ),
    )
    plan = read_plan(document, "ke-hoach.docx")
    assert [t.title for t in plan.tasks] == [
        "Làm 300 m đường điện chiếu sáng xóm Bãi",
        "Xây bồn hoa trước cổng Trường Tiểu học",
    ]
    first, second = plan.tasks
    check_task(first, "Chi đoàn xóm Bãi", deadline="2026-03-31")
    check_task(second, "Chi đoàn Trường Tiểu học", deadline="2026-04-30")


# ── 4. Paragraphs with no number: the lead first, or passive ──

PROSE = [
    ("Các chi hội phụ nữ thôn vận động hội viên phân loại rác thải tại nguồn; Trạm Y "
     "tế xã phối hợp hướng dẫn, hoàn thành trong Quý II/2026.",
     "Vận động hội viên phân loại rác thải tại nguồn", "Các chi hội phụ nữ thôn",
     ["Trạm Y tế xã"], "2026-06-30"),
    ("Việc sửa chữa 5 nhà Đại đoàn kết cho hộ cận nghèo, do Ban Thường trực Ủy ban "
     "MTTQ Việt Nam xã chủ trì, phối hợp với Hội Chữ thập đỏ xã, hoàn thành trước ngày "
     "30/9/2026.",
     "Sửa chữa 5 nhà Đại đoàn kết cho hộ cận nghèo",
     "Ban Thường trực Ủy ban MTTQ Việt Nam xã", ["Hội Chữ thập đỏ xã"], "2026-09-30"),
    ("Hội Cựu chiến binh xã chủ trì duy trì mô hình tự quản an ninh trật tự ở khu dân "
     "cư, thực hiện thường xuyên trong năm.",
     "Duy trì mô hình tự quản an ninh trật tự ở khu dân cư", "Hội Cựu chiến binh xã",
     [], "2026-12-31"),
]  # fmt: skip

MAIL = """From: MTTQ xa Tan Son <mttq.tanson@gmail.com>
To: cacthon@googlegroups.com
Date: Mon, 9 Mar 2026 07:50:12 +0700
Subject: Ke hoach nam 2026

Kính gửi các đồng chí Trưởng thôn,
Ban Thường trực gửi kế hoạch, đề nghị các đồng chí triển khai.

ỦY BAN MTTQ VIỆT NAM
XÃ TÂN SƠN
Số: 04/KH-MTTQ
Tân Sơn, ngày 06 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Cuộc vận động năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Phát huy sức mạnh đại đoàn kết toàn dân tộc.
II. NỘI DUNG
{body}III. TỔ CHỨC THỰC HIỆN
Các Ban công tác Mặt trận báo cáo Ban Thường trực trước ngày 10/12/2026.
Nơi nhận:
- Đảng ủy xã;
- Lưu.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Hà Văn Sáu
"""


def _check_prose(plan):
    assert len(plan.tasks) == len(PROSE), [t.title for t in plan.tasks]
    tasks = by_title(plan)
    for _, title, lead, partners, deadline in PROSE:
        check_task(tasks[title], lead, partners, deadline=deadline)


def test_paragraphs_with_no_number_in_an_email():
    body = "".join(text + "\n" for text, *_ in PROSE)
    _check_prose(read_plan(MAIL.format(body=body)))


def test_paragraphs_with_no_number_in_word():
    lines = MAIL.format(body="").split("\n")[8:]
    at = lines.index("III. TỔ CHỨC THỰC HIỆN")
    blocks = [p(line) for line in lines[:at] if line]
    blocks += [p(text) for text, *_ in PROSE]
    blocks += [p(line) for line in lines[at:] if line]
    _check_prose(read_plan(docx(*blocks), "ke-hoach.docx"))


# ── 5. A year's figures under a task ──


def test_a_years_figures_are_targets_of_their_task():
    plan = plan_of(
        "1. Trồng mới rừng sản xuất bằng cây gỗ lớn. Hội Nông dân xã chủ trì, Hạt Kiểm "
        "lâm phối hợp, hoàn thành trong năm 2027:\n"
        "+ Năm 2026: 50 ha;\n"
        "+ Năm 2027: thêm 70 ha.\n"
        "2. Cứng hóa 2 km kênh mương. Hợp tác xã Phú Xá chủ trì, hoàn thành trong năm "
        "2026.\n"
    )
    assert [t.title for t in plan.tasks] == [
        "Trồng mới rừng sản xuất bằng cây gỗ lớn",
        "Cứng hóa 2 km kênh mương",
    ]
    check_task(
        plan.tasks[0], "Hội Nông dân xã", ["Hạt Kiểm lâm"], deadline="2027-12-31"
    )
    figures = [(t.quantity, t.unit, t.task_number) for t in plan.targets]
    assert [(str(q), u) for q, u, _ in figures] == [("50", "ha"), ("70", "ha")]
    assert {n for _, _, n in figures} == {plan.tasks[0].number}


# ── 6. Mends: what a reviewer read wrong ──


def test_a_years_figures_under_an_objective_stay_in_its_section():
    """ "+ Năm 2026: 20 ha;" under an objective's heading is no task's: its
    lines stay in section I, none left unplaced."""
    head = HEAD.replace(
        "I. MỤC ĐÍCH\nCứng hóa thêm 5 km đường thôn.\n",
        "I. MỤC TIÊU\n1. Mục tiêu cụ thể\n"
        "a) Diện tích chuyển đổi sang trồng cây ăn quả:\n"
        "- Năm 2026: 20 ha;\n- Năm 2027: 30 ha.\n",
    )
    plan = read_plan(
        head + "1. Cứng hóa 2 km kênh mương. Hợp tác xã Phú Xá chủ trì, hoàn thành "
        "trong năm 2026.\n" + TAIL
    )
    assert [t.title for t in plan.tasks] == ["Cứng hóa 2 km kênh mương"]
    assert plan.unplaced == []


STARTED = (
    "Xây dựng nhà văn hóa thôn 3, khởi công từ ngày 15/7/2026, hoàn thành trước "
    "ngày 30/10/2026. Ban Phát triển thôn chủ trì, phối hợp Hội Nông dân xã."
)


def test_the_sentence_after_a_start_and_an_end_keeps_its_lead():
    (task,) = plan_of(f"1. {STARTED}\n").tasks
    assert task.title == "Xây dựng nhà văn hóa thôn 3"
    check_task(
        task,
        "Ban Phát triển thôn",
        ["Hội Nông dân xã"],
        start="2026-07-15",
        deadline="2026-10-30",
    )


def test_an_activity_heading_takes_its_paragraph_as_rewritten():
    (task,) = plan_of(f"1. Nhà văn hóa thôn 3\n{STARTED}\n").tasks
    assert task.title == "Xây dựng nhà văn hóa thôn 3"
    check_task(
        task,
        "Ban Phát triển thôn",
        ["Hội Nông dân xã"],
        start="2026-07-15",
        deadline="2026-10-30",
    )


def test_a_years_figures_after_a_cost_sentence_are_targets():
    plan = plan_of(
        "1. Bê tông hóa 650 m đường trục thôn 3. Kinh phí 180 triệu đồng. Ban Phát "
        "triển thôn chủ trì, phối hợp Hội Nông dân xã; thời gian: Quý III/2026:\n"
        "+ Năm 2026: 300 m;\n"
        "+ Năm 2027: 350 m.\n"
    )
    (task,) = plan.tasks
    assert task.title == "Bê tông hóa 650 m đường trục thôn 3"
    assert "180 triệu" in task.description
    check_task(task, "Ban Phát triển thôn", ["Hội Nông dân xã"], deadline="2026-09-30")
    figures = [(str(t.quantity), t.unit, t.task_number) for t in plan.targets]
    assert figures == [("300", "m", task.number), ("350", "m", task.number)]


def test_a_cost_sentence_ends_only_before_a_capital():
    """ "…30 triệu đ. ủng hộ …": a small marked letter starts no sentence."""
    (task,) = plan_of(
        "1. Lát gạch 400 m2 sân nhà văn hóa xóm Chùa. Kinh phí 95 triệu đồng, Nhân "
        "dân đóng góp 30 triệu đ. ủng hộ thêm ngày công. Ban phát triển xóm chủ trì, "
        "hoàn thành trước ngày 31/5/2026.\n"
    ).tasks
    assert task.title == "Lát gạch 400 m2 sân nhà văn hóa xóm Chùa"
    assert "ủng hộ thêm ngày công" in task.description
    check_task(task, "Ban phát triển xóm", deadline="2026-05-31")


# ── The set's plans ──


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.toml")))
def test_the_sets_plans_read_their_tasks(name):
    import tomllib

    expected = tomllib.loads((CORPUS / name).read_text("utf-8"))
    document = next(
        f for f in CORPUS.iterdir() if f.stem == name[:-5] and f != CORPUS / name
    )
    plan = read_file(document)
    assert sorted(t.title for t in plan.tasks) == sorted(
        t["title"] for t in expected["tasks"]
    )
