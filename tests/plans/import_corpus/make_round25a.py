"""Writes round 25a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round25a.py

Round 25a varies three families a blind hold-out of ordinary plans (written
by someone who never saw the importer) measured as failing, each written
here from their description before the importer was changed for them:

A1. a task as a numbered bold line over labelled lines whose labels the
    importer did not know: "Thành viên phụ trách: đồng chí … – post",
    "Cơ quan tham mưu: X; phối hợp: A, B", "Thời gian hoàn thành: …",
    "Sản phẩm: …" (a Word plan); "Đơn vị thường trực", "Cơ quan chịu
    trách nhiệm", "Bộ phận phối hợp", "Phối hợp thực hiện", "Công chức
    theo dõi", "Tiến độ", "Kinh phí" (a Word plan printed to PDF by
    LibreOffice).
A2. a task sentence that gives its lead, then the official in brackets and
    the partners after it ("Giao Phòng Kinh tế chủ trì (đồng chí Lê Văn Nam
    – công chức … trực tiếp theo dõi), phối hợp với Công an xã, Ban phát
    triển các thôn."), its deadline in a second sentence ("Thời gian hoàn
    thành: tháng 9/2027.", "Hoàn thành trong quý II/2027.") — a .doc.
A3. duties grouped by agency under "III. TỔ CHỨC THỰC HIỆN": each agency a
    numbered heading, its tasks bullets under it, some opening "Chủ trì,
    phối hợp với Y …", "Phối hợp với Y …", "Chủ trì tham mưu …" (a Word
    plan, and another printed to PDF).

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round25a"


def commune_header(name, number, date, title, signer, bases=()):
    """The header's fields of a commune's plan (the expected result)."""
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": 3,
        **({"bases": list(bases)} if bases else {}),
    }


def start(name, number, date_line, title, bases=()):
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {name}", f"Số: {number}/KH-UBND"],
        f"{name.title()}, {date_line}",
        title,
    )
    a4(doc)
    for basis in bases:
        para(doc, basis, indent=1.0)
    return doc


def close(doc, signer):
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer],
    )
    return save(doc)


# --- A1 labels the importer did not know -----------------------------------

# (title, [labelled lines], expected fields)
MEMBER_TASKS = [
    (
        "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới hiện đại",
        [
            "Thành viên phụ trách: đồng chí Nguyễn Văn Bình – Phó Chủ tịch UBND xã",
            "Cơ quan tham mưu: Phòng Kinh tế; phối hợp: Phòng Văn hóa - Xã hội, Ban phát triển các thôn",
            "Thời gian hoàn thành: tháng 3/2027",
            "Sản phẩm: Báo cáo đánh giá thực trạng các tiêu chí",
        ],
        {"official": "Nguyễn Văn Bình – Phó Chủ tịch UBND xã", "lead": "Phòng Kinh tế",
         "coordinating": ["Phòng Văn hóa - Xã hội", "Ban phát triển các thôn"],
         "deadline": "2027-03-31"},
    ),
    (
        "Xây dựng 02 mô hình sản xuất lúa hữu cơ tại thôn Đông An",
        [
            "Thành viên phụ trách: đồng chí Trần Thị Hoa – Ủy viên Ban Chỉ đạo",
            "Cơ quan tham mưu: Phòng Kinh tế; phối hợp: Hội Nông dân xã, Hợp tác xã nông nghiệp An Phú",
            "Thời gian hoàn thành: Quý III/2027",
            "Kinh phí: 150 triệu đồng từ ngân sách xã",
        ],
        {"official": "Trần Thị Hoa – Ủy viên Ban Chỉ đạo", "lead": "Phòng Kinh tế",
         "coordinating": ["Hội Nông dân xã", "Hợp tác xã nông nghiệp An Phú"],
         "deadline": "2027-09-30"},
    ),
    (
        "Chỉnh trang khuôn viên nhà văn hóa thôn Tây An và thôn Bắc An",
        [
            "Thành viên phụ trách: đồng chí Lê Quang Huy – Phó Chủ tịch UBND xã",
            "Cơ quan tham mưu: Phòng Văn hóa - Xã hội; phối hợp: Ban phát triển thôn Tây An, Ban phát triển thôn Bắc An",
            "Thời gian hoàn thành: 30/11/2027",
        ],
        {"official": "Lê Quang Huy – Phó Chủ tịch UBND xã", "lead": "Phòng Văn hóa - Xã hội",
         "coordinating": ["Ban phát triển thôn Tây An", "Ban phát triển thôn Bắc An"],
         "deadline": "2027-11-30"},
    ),
]  # fmt: skip

DUTY_TASKS = [
    (
        "Cập nhật cơ sở dữ liệu hộ nghèo, hộ cận nghèo trên phần mềm quản lý",
        [
            "Đơn vị thường trực: Phòng Văn hóa - Xã hội",
            "Bộ phận phối hợp: Công an xã, Ban phát triển các thôn",
            "Công chức theo dõi: Phạm Thị Thu",
            "Tiến độ: tháng 5/2027",
        ],
        {"lead": "Phòng Văn hóa - Xã hội", "official": "Phạm Thị Thu",
         "coordinating": ["Công an xã", "Ban phát triển các thôn"],
         "deadline": "2027-05-31"},
    ),
    (
        "Nạo vét 3,2 km kênh mương nội đồng khu Đồng Cả",
        [
            "Cơ quan chịu trách nhiệm: Ban Quản lý dự án đầu tư xây dựng xã",
            "Phối hợp thực hiện: Phòng Kinh tế, Hợp tác xã dịch vụ nông nghiệp Tân Hòa",
            "Kinh phí: 320 triệu đồng",
            "Thời hạn: 30/6/2027",
        ],
        {"lead": "Ban Quản lý dự án đầu tư xây dựng xã",
         "coordinating": ["Phòng Kinh tế", "Hợp tác xã dịch vụ nông nghiệp Tân Hòa"],
         "deadline": "2027-06-30"},
    ),
    (
        "Tổ chức Hội thi tìm hiểu pháp luật về bảo vệ môi trường",
        [
            "Đơn vị thực hiện: Đoàn Thanh niên xã",
            "Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã",
            "Thành viên theo dõi: đồng chí Vũ Minh Khang – Phó Chủ tịch UBND xã",
            "Thời gian thực hiện: Quý III/2027",
            "Kết quả: 8 thôn tham gia",
        ],
        {"lead": "Đoàn Thanh niên xã", "official": "Vũ Minh Khang – Phó Chủ tịch UBND xã",
         "coordinating": ["Hội Liên hiệp Phụ nữ xã"], "deadline": "2027-09-30"},
    ),
    (
        "Lắp đặt 40 cột đèn chiếu sáng trên trục đường liên thôn",
        [
            "Cơ quan thường trực: Ban Quản lý dự án đầu tư xây dựng xã",
            "Phối hợp thực hiện: Ban phát triển các thôn",
            "Thời gian hoàn thành: trước ngày 31/10/2027",
        ],
        {"lead": "Ban Quản lý dự án đầu tư xây dựng xã",
         "coordinating": ["Ban phát triển các thôn"], "deadline": "2027-10-31"},
    ),
]  # fmt: skip


def labelled_plan(name, number, date_line, title, tasks, signer):
    doc = start(name, number, date_line, title)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phân công rõ người, rõ việc, rõ thời gian hoàn thành.", indent=1.0)
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    for i, (task_title, lines, _) in enumerate(tasks, 1):
        para(doc, f"{i}. {task_title}", bold=True, indent=1.0)
        for text in lines:
            para(doc, f"- {text}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả về UBND xã (qua Phòng Kinh tế) "
        "trước ngày 20 hằng tháng.",
        indent=1.0,
    )
    return close(doc, signer)


def expected_tasks(tasks):
    return [{"title": t, **fields} for t, _, fields in tasks]


LABEL_COMMENT = """Round 25a, family A1 (a numbered bold task over labelled lines whose
labels the importer did not know), written before the importer was changed
for it: {what}
Assumptions: the member or person who follows the task ("Thành viên phụ
trách", "Công chức theo dõi", "Thành viên theo dõi")
is its official, without "đồng chí", with the post after the dash (as
docs/import.md writes an official since tidyA; the writer had the name only);
the advising, standing or responsible office leads; the partners are after
"phối hợp:" or on their own line; "Sản phẩm", "Kinh phí", "Kết quả" are
details; a month's deadline is its last day."""


# --- A2 the official in brackets, the deadline in a second sentence --------

SENTENCE_TASKS = [
    (
        "Rà soát, cập nhật quy hoạch chung xây dựng xã đến năm 2030",
        "Giao Phòng Kinh tế chủ trì (đồng chí Lê Văn Nam – công chức Nông nghiệp "
        "trực tiếp theo dõi), phối hợp với Công an xã, Ban phát triển các thôn. "
        "Thời gian hoàn thành: tháng 9/2027.",
        {"lead": "Phòng Kinh tế", "official": "Lê Văn Nam – công chức Nông nghiệp",
         "coordinating": ["Công an xã", "Ban phát triển các thôn"],
         "deadline": "2027-09-30"},
    ),
    (
        "Vận động nhân dân hiến đất mở rộng 4 tuyến đường ngõ xóm thôn Phú Xuân",
        "Giao Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Hội Cựu chiến binh xã. "
        "Hoàn thành trong quý II/2027.",
        {"lead": "Ủy ban MTTQ Việt Nam xã", "coordinating": ["Hội Cựu chiến binh xã"],
         "deadline": "2027-06-30"},
    ),
    (
        "Xây dựng tuyến đường hoa kiểu mẫu dài 1,5 km tại thôn Lộc Điền",
        "Giao Hội Liên hiệp Phụ nữ xã chủ trì (đồng chí Hoàng Thị Mai – Chủ tịch "
        "Hội trực tiếp phụ trách), phối hợp với Đoàn Thanh niên xã. Thời gian "
        "hoàn thành: 31/8/2027.",
        {"lead": "Hội Liên hiệp Phụ nữ xã", "official": "Hoàng Thị Mai – Chủ tịch Hội",
         "coordinating": ["Đoàn Thanh niên xã"], "deadline": "2027-08-31"},
    ),
    (
        "Tổ chức tập huấn chuyển đổi số cho 200 hộ kinh doanh trên địa bàn xã",
        "Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Bưu điện xã, "
        "Đoàn Thanh niên xã. Hoàn thành trước ngày 15/10/2027.",
        {"lead": "Văn phòng HĐND và UBND xã",
         "coordinating": ["Bưu điện xã", "Đoàn Thanh niên xã"],
         "deadline": "2027-10-15"},
    ),
]  # fmt: skip


def sentence_plan():
    doc = start(
        "MỸ LỘC",
        "72",
        "ngày 10 tháng 02 năm 2027",
        "Triển khai các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động cả hệ thống chính trị tham gia xây dựng nông thôn mới.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for i, (task_title, assignment, _) in enumerate(SENTENCE_TASKS, 1):
        para(doc, f"{i}. {task_title}. {assignment}", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ chủ động triển khai; định kỳ báo cáo kết quả "
        "về UBND xã trước ngày 25 hằng tháng.",
        indent=1.0,
    )
    return close(doc, "Đặng Văn Lộc")


SENTENCE_COMMENT = """Round 25a, family A2 (the official in brackets inside the assigning
sentence, the partners after it, the deadline in a second sentence),
written before the importer was changed for it: {what}
Assumptions: the title is the work before "Giao"; the bracket's person is
the official, without "đồng chí", with the post but not "trực tiếp theo
dõi/phụ trách" (as docs/import.md writes an official since tidyA; the writer
had the name only); the partners are after
"phối hợp với"; the second sentence's time is the deadline."""


# --- A3 duties grouped by agency -------------------------------------------

# (agency, [(bullet, title, partners, deadline)], duties without a time)
AGENCIES_A = [
    ("Phòng Kinh tế", [
        ("Chủ trì, phối hợp với Ban phát triển các thôn rà soát, đánh giá mức độ "
         "đạt các tiêu chí kinh tế và tổ chức sản xuất, hoàn thành trong quý II/2027.",
         "Rà soát, đánh giá mức độ đạt các tiêu chí kinh tế và tổ chức sản xuất",
         ["Ban phát triển các thôn"], "2027-06-30"),
        ("Chủ trì tham mưu UBND xã ban hành kế hoạch hỗ trợ phát triển sản phẩm "
         "OCOP, hoàn thành trước ngày 31/3/2027.",
         "Tham mưu UBND xã ban hành kế hoạch hỗ trợ phát triển sản phẩm OCOP",
         [], "2027-03-31"),
        ("Phối hợp với Hợp tác xã nông nghiệp Hòa Sơn xây dựng vùng trồng rau an "
         "toàn 10 ha, hoàn thành trong tháng 10/2027.",
         "Xây dựng vùng trồng rau an toàn 10 ha",
         ["Hợp tác xã nông nghiệp Hòa Sơn"], "2027-10-31"),
    ], ["Là cơ quan thường trực, tổng hợp kết quả thực hiện Kế hoạch."]),
    ("Văn phòng HĐND và UBND xã", [
        ("Chủ trì, phối hợp với Phòng Kinh tế cập nhật thông tin nông thôn mới "
         "trên trang thông tin điện tử của xã, hoàn thành trong quý III/2027.",
         "Cập nhật thông tin nông thôn mới trên trang thông tin điện tử của xã",
         ["Phòng Kinh tế"], "2027-09-30"),
        ("Tổ chức lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông "
         "thôn mới, hoàn thành trong tháng 11/2027.",
         "Tổ chức lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông "
         "thôn mới", [], "2027-11-30"),
    ], []),
    ("Công an xã", [
        ("Chủ trì, phối hợp với Ban phát triển các thôn xây dựng 03 mô hình tự "
         "quản về an ninh trật tự, hoàn thành trong quý IV/2027.",
         "Xây dựng 03 mô hình tự quản về an ninh trật tự",
         ["Ban phát triển các thôn"], "2027-12-31"),
        ("Phối hợp với Đoàn Thanh niên xã tuyên truyền phòng, chống tội phạm tại "
         "8 thôn, hoàn thành trong tháng 6/2027.",
         "Tuyên truyền phòng, chống tội phạm tại 8 thôn",
         ["Đoàn Thanh niên xã"], "2027-06-30"),
    ], ["Chủ động nắm tình hình, bảo đảm an ninh nông thôn."]),
]  # fmt: skip

AGENCIES_B = [
    ("Phòng Văn hóa - Xã hội", [
        ("Chủ trì, phối hợp với Trạm Y tế xã nâng tỷ lệ người dân tham gia bảo "
         "hiểm y tế đạt 95%, hoàn thành trong quý IV/2027.",
         "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
         ["Trạm Y tế xã"], "2027-12-31"),
        ("Chủ trì tham mưu tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 6 thôn, "
         "hoàn thành trong tháng 11/2027.",
         "Tham mưu tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 6 thôn",
         [], "2027-11-30"),
        ("Phối hợp với Hội Liên hiệp Phụ nữ xã vận động 300 hộ phân loại rác thải "
         "tại nguồn, hoàn thành trong quý III/2027.",
         "Vận động 300 hộ phân loại rác thải tại nguồn",
         ["Hội Liên hiệp Phụ nữ xã"], "2027-09-30"),
    ], ["Là cơ quan thường trực về tiêu chí văn hóa, giáo dục, y tế."]),
    ("Ban Quản lý dự án đầu tư xây dựng xã", [
        ("Chủ trì, phối hợp với Phòng Kinh tế, Ban phát triển thôn Đồng Tâm cứng "
         "hóa 1,8 km đường trục thôn Đồng Tâm, hoàn thành trước ngày 30/9/2027.",
         "Cứng hóa 1,8 km đường trục thôn Đồng Tâm",
         ["Phòng Kinh tế", "Ban phát triển thôn Đồng Tâm"], "2027-09-30"),
        ("Sửa chữa 02 phòng học Trường Tiểu học Đồng Tâm, hoàn thành trong tháng "
         "8/2027.",
         "Sửa chữa 02 phòng học Trường Tiểu học Đồng Tâm", [], "2027-08-31"),
    ], []),
    ("Hội Nông dân xã", [
        ("Chủ trì, phối hợp với Hợp tác xã dịch vụ nông nghiệp Đồng Tâm xây dựng "
         "chuỗi liên kết tiêu thụ lúa chất lượng cao, hoàn thành trong quý III/2027.",
         "Xây dựng chuỗi liên kết tiêu thụ lúa chất lượng cao",
         ["Hợp tác xã dịch vụ nông nghiệp Đồng Tâm"], "2027-09-30"),
        ("Phối hợp với Phòng Kinh tế tập huấn kỹ thuật canh tác hữu cơ cho 150 hội "
         "viên, hoàn thành trong tháng 7/2027.",
         "Tập huấn kỹ thuật canh tác hữu cơ cho 150 hội viên",
         ["Phòng Kinh tế"], "2027-07-31"),
    ], []),
]  # fmt: skip


def agency_plan(name, number, date_line, title, agencies, signer):
    doc = start(name, number, date_line, title)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao chất lượng các tiêu chí đã đạt, không để tiêu chí bị tụt hạng.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(
        doc,
        "Nhiệm vụ cụ thể của từng cơ quan, đơn vị được phân công tại mục III Kế hoạch này.",
        indent=1.0,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    for i, (agency, tasks, duties) in enumerate(agencies, 1):
        para(doc, f"{i}. {agency}", bold=True, indent=1.0)
        for duty in duties:
            para(doc, f"- {duty}", indent=1.0)
        for bullet, *_ in tasks:
            para(doc, f"- {bullet}", indent=1.0)
    para(
        doc,
        f"{len(agencies) + 1}. Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND "
        "xã (qua Phòng Kinh tế) trước ngày 15/12/2027.",
        indent=1.0,
    )
    return close(doc, signer)


def agency_tasks(agencies):
    return [
        {"title": t, "lead": agency, "coordinating": partners, "deadline": day}
        for agency, tasks, _ in agencies
        for _, t, partners, day in tasks
    ]


AGENCY_COMMENT = """Round 25a, family A3 (duties grouped by agency under "III. TỔ CHỨC
THỰC HIỆN", the agency a numbered heading, its tasks bullets), written
before the importer was changed for it: {what}
Assumptions: a bullet with a time of its own is a task led by its heading's
agency; its title is the work after "Chủ trì, phối hợp với Y", "Phối hợp
với Y" or "Chủ trì" (Y its partners); a bullet with no time is a duty,
and the report back is no task."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    an_phu_title = "Thực hiện Chương trình xây dựng nông thôn mới hiện đại năm 2027"
    write(
        OUT,
        "r25a-xa-an-phu-thanh-vien-phu-trach.docx",
        labelled_plan(
            "AN PHÚ",
            "41",
            "ngày 12 tháng 01 năm 2027",
            an_phu_title,
            MEMBER_TASKS,
            "Đỗ Văn Phúc",
        ),  # fmt: skip
        LABEL_COMMENT.format(
            what='a commune\'s Word plan, "Thành viên phụ trách: đồng chí … – …", '
            '"Cơ quan tham mưu: X; phối hợp: A, B", "Thời gian hoàn thành: …", '
            '"Sản phẩm: …", "Kinh phí: …".'
        ),
        commune_header("AN PHÚ", "41", "2027-01-12", an_phu_title, "Đỗ Văn Phúc"),
        expected_tasks(MEMBER_TASKS),
    )
    tan_hoa_title = "Thực hiện các nhiệm vụ nông thôn mới trọng tâm năm 2027"
    docx = labelled_plan("TÂN HÒA", "58", "ngày 20 tháng 01 năm 2027", tan_hoa_title,
                         DUTY_TASKS, "Ngô Thanh Tùng")  # fmt: skip
    write(
        OUT,
        "r25a-xa-tan-hoa-don-vi-thuong-truc.pdf",
        saved_as(docx, "pdf"),
        LABEL_COMMENT.format(
            what="a commune's Word plan printed to PDF by LibreOffice, "
            '"Đơn vị thường trực", "Cơ quan chịu trách nhiệm", "Cơ quan '
            'thường trực", "Đơn vị thực hiện", "Bộ phận phối hợp", "Phối '
            'hợp thực hiện", "Công chức theo dõi", "Thành viên theo dõi", '
            '"Tiến độ", "Thời hạn", "Kinh phí", "Kết quả".'
        ),
        commune_header("TÂN HÒA", "58", "2027-01-20", tan_hoa_title, "Ngô Thanh Tùng"),
        expected_tasks(DUTY_TASKS),
    )
    my_loc_title = "Triển khai các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027"
    write(
        OUT,
        "r25a-xa-my-loc-giao-ngoac.doc",
        saved_as(sentence_plan(), "doc"),
        SENTENCE_COMMENT.format(
            what="a commune's plan saved as .doc by LibreOffice, four numbered "
            'paragraphs "N. <work>. Giao X chủ trì (đồng chí … – …), phối hợp '
            'với A, B. Thời gian hoàn thành: …" (two without a bracket, their '
            'time "Hoàn thành trong quý II/2027.", "Hoàn thành trước ngày …").'
        ),
        commune_header("MỸ LỘC", "72", "2027-02-10", my_loc_title, "Đặng Văn Lộc"),
        [{"title": t, **fields} for t, _, fields in SENTENCE_TASKS],
    )
    hoa_son_title = "Duy trì và nâng cao chất lượng các tiêu chí nông thôn mới năm 2027"
    write(
        OUT,
        "r25a-xa-hoa-son-theo-co-quan.docx",
        agency_plan(
            "HÒA SƠN",
            "95",
            "ngày 05 tháng 3 năm 2027",
            hoa_son_title,
            AGENCIES_A,
            "Lý Văn Sơn",
        ),  # fmt: skip
        AGENCY_COMMENT.format(
            what="a commune's Word plan, three agencies (bold numbered headings) "
            "with seven dated bullets and two undated duties."
        ),
        commune_header("HÒA SƠN", "95", "2027-03-05", hoa_son_title, "Lý Văn Sơn"),
        agency_tasks(AGENCIES_A),
    )
    dong_tam_title = "Xây dựng xã Đồng Tâm đạt chuẩn nông thôn mới nâng cao năm 2027"
    docx = agency_plan("ĐỒNG TÂM", "103", "ngày 18 tháng 3 năm 2027", dong_tam_title,
                       AGENCIES_B, "Mai Xuân Trường")  # fmt: skip
    write(
        OUT,
        "r25a-xa-dong-tam-theo-co-quan.pdf",
        saved_as(docx, "pdf"),
        AGENCY_COMMENT.format(
            what="a commune's Word plan printed to PDF by LibreOffice, three "
            "agencies with seven dated bullets and one undated duty."
        ),
        commune_header(
            "ĐỒNG TÂM", "103", "2027-03-18", dong_tam_title, "Mai Xuân Trường"
        ),
        agency_tasks(AGENCIES_B),
    )


if __name__ == "__main__":
    main()
