"""A decision that issues a plan attached after it ("Quyết định ban hành Kế
hoạch", the family a blind hold-out, round 33, read with 0 tasks), tried on
plans that are in no corpus: the decision's header, "QUYẾT ĐỊNH", "Ban hành
Kế hoạch …", the body that decides, "Căn cứ …", "Theo đề nghị … Tờ trình
…", "Điều 1-3", "Nơi nhận", the signature; then the plan, with or without
its own header block, "KẾ HOẠCH" (maybe under "PHỤ LỤC"), its title, "(Ban
hành kèm theo Quyết định số …)" in brackets or not, and its tasks.

Number, symbol, date, place, issuer, signature and recipients are the
decision's; the bases its "Căn cứ" lines; the title and the tasks the
plan's. A plan that only cites a decision reads as before."""

from __future__ import annotations

import datetime
import io

import pytest

from ntm.documents import read_document
from plans.document_import import attached
from plans.document_import.lines import lines_of
from tests.plans.reading import by_title, read_plan

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TITLE = "Phát triển sản xuất gắn với xây dựng nông thôn mới xã Yên Lạc năm 2027"
TASKS = [
    "1. Cứng hóa 2,5 km đường nội đồng thôn Nà Lẹng. Phòng Kinh tế chủ trì, phối "
    "hợp với Ban Phát triển thôn Nà Lẹng; hoàn thành trước ngày 30/9/2027.",
    "2. Trồng mới 40 ha quế tập trung. Hội Nông dân xã chủ trì, phối hợp với Hợp tác "
    "xã Yên Lạc; thời gian hoàn thành: tháng 8/2027.",
]


def decision(
    *,
    head=("ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC"),
    number="Số: 21/QĐ-UBND",
    decider="ỦY BAN NHÂN DÂN XÃ YÊN LẠC",
    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Khánh"),
    date="Yên Lạc, ngày 14 tháng 02 năm 2027",
) -> list[str]:
    return [
        *head,
        number,
        *MOTTO,
        date,
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch phát triển sản xuất gắn với xây dựng nông thôn mới xã Yên Lạc năm 2027",
        decider,
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 10/01/2027 của UBND tỉnh Cao Bằng;",
        "Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 12/TTr-KT ngày 10/02/2027.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển sản xuất gắn với "
        "xây dựng nông thôn mới xã Yên Lạc năm 2027.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Văn phòng HĐND và UBND xã, Phòng Kinh tế, các thôn chịu trách nhiệm "
        "thi hành Quyết định này./.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT.",
        *signature,
    ]


def plan_part(*, own_header=False, note="(Ban hành kèm theo Quyết định số 21/QĐ-UBND "
              "ngày 14/02/2027 của Ủy ban nhân dân xã Yên Lạc)", kind=("KẾ HOẠCH",),
              tasks=TASKS) -> list[str]:  # fmt: skip
    return [
        *(["ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC", *MOTTO] if own_header else []),
        *kind,
        TITLE,
        note,
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao thu nhập cho người dân.",
        "II. NHIỆM VỤ",
        *tasks,
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2027.",
    ]


def check(plan, *, signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Khánh")):
    assert (plan.number, plan.symbol) == ("21", "QĐ-UBND")
    assert plan.issued_on == datetime.date(2027, 2, 14)
    assert plan.place == "Yên Lạc"
    assert plan.title == TITLE
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN XÃ YÊN LẠC"
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == signature
    assert plan.recipients == ["Như Điều 3", "UBND tỉnh (b/c)", "Lưu: VT"]
    assert [b.number for b in plan.bases] == ["72/2025/QH15", "30/KH-UBND"]
    tasks = by_title(plan)
    assert sorted(tasks) == [
        "Cứng hóa 2,5 km đường nội đồng thôn Nà Lẹng",
        "Trồng mới 40 ha quế tập trung",
    ]
    road = tasks["Cứng hóa 2,5 km đường nội đồng thôn Nà Lẹng"]
    assert road.lead_text == "Phòng Kinh tế"
    assert road.coordinating_text == "Ban Phát triển thôn Nà Lẹng"
    assert road.ends_on == datetime.date(2027, 9, 30)
    assert tasks["Trồng mới 40 ha quế tập trung"].ends_on == datetime.date(2027, 8, 31)
    assert all(line.used for line in plan.source), [
        line.text for line in plan.source if not line.used
    ]


def text_plan(lines: list[str]):
    return read_plan("\n".join(lines) + "\n", "quyet-dinh.txt")


def word(lines: list[str], *, page_break_before: str | None = None) -> bytes:
    from docx import Document

    doc = Document()
    for line in lines:
        if line == page_break_before:
            doc.add_page_break()
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("own_header", [False, True])
def test_a_pasted_decision_gives_its_header_and_the_plan_its_title_and_tasks(
    own_header,
):
    check(text_plan(decision() + plan_part(own_header=own_header)))


@pytest.mark.parametrize(
    "note",
    [
        "Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 14/02/2027 của UBND xã Yên Lạc",
        "(Kèm theo Quyết định số 21/QĐ-UBND ngày 14/02/2027)",
        # Wrapped (a PDF, a paste): the note's second line is no title.
        "(Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 14/02/2027 của Ủy ban\n"
        "nhân dân xã Yên Lạc)",
        "Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 14/02/2027 của Chủ tịch\n"
        "UBND xã Yên Lạc",
        "Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 14/02/2027 của Chủ tịch UBND\n"
        "xã Yên Lạc",
    ],
)
def test_the_plans_note_with_or_without_brackets_is_no_part_of_its_title(note):
    check(text_plan(decision() + plan_part(note=note)))


@pytest.mark.parametrize("own_header", [False, True])
def test_a_word_decision_with_a_page_break_before_the_plan(own_header):
    part = plan_part(own_header=own_header)
    data = word(decision() + part, page_break_before=part[0])
    check(read_plan(data, "quyet-dinh.docx"))


def test_a_word_decision_with_no_page_break():
    check(read_plan(word(decision() + plan_part(own_header=True)), "quyet-dinh.docx"))


def test_a_district_decided_by_its_chairman_signed_by_a_deputy_before_2025():
    lines = decision(
        head=("ỦY BAN NHÂN DÂN", "HUYỆN HÒA AN"),
        number="Số: 21/QĐ-UBND",
        decider="CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HÒA AN",
        signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Thị Hằng"),
        date="Hòa An, ngày 14 tháng 02 năm 2024",
    )
    tasks = [t.replace("2027", "2024") for t in TASKS]
    plan = text_plan(lines + plan_part(tasks=tasks))
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN HUYỆN HÒA AN"
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nông Thị Hằng",
    )
    assert plan.issued_on == datetime.date(2024, 2, 14) and plan.title == TITLE
    assert len(plan.tasks) == 2
    assert plan.tasks[1].ends_on == datetime.date(2024, 8, 31)


def test_a_provinces_decision_after_2025():
    lines = decision(
        head=("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"),
        decider="ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
        date="Cao Bằng, ngày 14 tháng 02 năm 2027",
    )
    plan = text_plan(lines + plan_part())
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
    assert plan.place == "Cao Bằng" and plan.title == TITLE
    assert len(plan.tasks) == 2


def test_a_steering_committees_decision():
    lines = decision(
        head=("UBND XÃ YÊN LẠC", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG"),
        number="Số: 03/QĐ-BCĐ",
        decider="TRƯỞNG BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG XÃ YÊN LẠC",
        signature=("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hà Văn Khánh"),
    )
    plan = text_plan(lines + plan_part())
    assert (plan.number, plan.symbol) == ("03", "QĐ-BCĐ")
    assert plan.issuer_text == "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG"
    assert plan.signing_authority == "TM. BAN CHỈ ĐẠO" and plan.title == TITLE
    assert len(plan.tasks) == 2


def test_the_plan_attached_as_an_appendix_with_its_tasks_in_a_table():
    from tests.documents.docx_parts import docx, p, tbl, tc

    rows = [
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Cứng hóa 2,5 km đường nội đồng thôn Nà Lẹng", "Phòng Kinh tế",
         "Ban Phát triển thôn Nà Lẹng", "30/9/2027"],
        ["2", "Trồng mới 40 ha quế tập trung", "Hội Nông dân xã", "Hợp tác xã Yên Lạc",
         "Tháng 8/2027"],
    ]  # fmt: skip
    part = plan_part(kind=("PHỤ LỤC", "KẾ HOẠCH"), tasks=[])
    at = part.index("III. TỔ CHỨC THỰC HIỆN")
    data = docx(
        *[p(line) for line in decision() + part[:at]],
        tbl(*[[tc(c) for c in row] for row in rows]),
        *[p(line) for line in part[at:]],
    )
    check(read_plan(data, "quyet-dinh.docx"))


def test_a_pdf_decision_and_its_plan_on_the_next_page():
    from tests.pdfs import html_to_pdf

    part = plan_part(own_header=True)
    body = "".join(f"<p>{line}</p>" for line in decision())
    body += f'<p style="page-break-before: always">{part[0]}</p>'
    body += "".join(f"<p>{line}</p>" for line in part[1:])
    html = (
        '<html><head><style>body { font-family: "Liberation Serif"; font-size: 13pt; }'
        f"p {{ margin: 0 0 6pt 0; }}</style></head><body>{body}</body></html>"
    )
    check(read_plan(html_to_pdf(html), "quyet-dinh.pdf"))


def test_the_decisions_articles_are_no_tasks_and_its_request_no_basis():
    plan = text_plan(decision() + plan_part())
    assert not any(t.title.startswith(("Ban hành", "Quyết định")) for t in plan.tasks)
    assert "12/TTr-KT" not in [b.number for b in plan.bases]


PLAIN = [
    "ỦY BAN NHÂN DÂN",
    "XÃ YÊN LẠC",
    "Số: 21/KH-UBND",
    *MOTTO,
    "Yên Lạc, ngày 14 tháng 02 năm 2027",
    "KẾ HOẠCH",
    TITLE,
    "Căn cứ Quyết định số 45/QĐ-UBND ngày 05/01/2027 của UBND tỉnh;",
    "Căn cứ Quyết định số 07/QĐ-UBND ngày 10/01/2027 của UBND huyện về giao vốn;",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao thu nhập cho người dân.",
    "II. NHIỆM VỤ",
    *TASKS,
    "Nơi nhận:",
    "- UBND tỉnh;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Hà Văn Khánh",
]


def test_a_plan_that_cites_decisions_in_its_bases_reads_as_before():
    lines = lines_of(read_document("ke-hoach.txt", ("\n".join(PLAIN) + "\n").encode()))
    assert attached.read(lines) is None
    plan = text_plan(PLAIN)
    assert (plan.number, plan.symbol, plan.title) == ("21", "KH-UBND", TITLE)
    assert [b.number for b in plan.bases] == ["45/QĐ-UBND", "07/QĐ-UBND"]
    assert len(plan.tasks) == 2 and plan.signer_name == "Hà Văn Khánh"


def test_a_decision_whose_appendix_is_only_a_table_is_read_by_the_appendix():
    """Round 8's form: "PHỤ LỤC" over "(Ban hành kèm theo …)" and a table, no
    "KẾ HOẠCH" of its own: the outline's appendix reads it, as before."""
    lines = decision() + ["PHỤ LỤC", "(Ban hành kèm theo Quyết định số 21/QĐ-UBND)"]
    doc = read_document("qd.txt", ("\n".join(lines) + "\n").encode())
    assert attached.read(lines_of(doc)) is None
