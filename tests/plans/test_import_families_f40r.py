"""A Party committee's plan in the style of a resolution: its tasks are the
paragraphs that give work ("Giao … chủ trì …", "Đảng ủy giao … chủ trì …")
under "Một là, …" / "Thứ nhất: …" groups, which name aims and are no
tasks; and "Một là, <work>" items read as tasks as before."""

from __future__ import annotations

import pytest

from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, check_task, read_plan

HEAD = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY XÃ LẠC DƯƠNG
*
Số 18-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạc Dương, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Nghị quyết Đại hội Đảng bộ xã về xây dựng nông thôn mới năm 2026
Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo sự thống nhất trong nhận thức và hành động của cán bộ, đảng viên.
II. NHIỆM VỤ VÀ GIẢI PHÁP
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các chi bộ báo cáo kết quả về Ban Thường vụ Đảng ủy trước ngày 15/12/2026.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các chi bộ;
- Lưu VPĐU.
T/M ĐẢNG ỦY
BÍ THƯ
Kơ Să Ha Hồng
"""

GROUPS = """Một là, tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về xây dựng nông thôn mới.
Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ xã tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên; hoàn thành trong Quý II/2026.
Các chi bộ đưa nội dung xây dựng nông thôn mới vào sinh hoạt chi bộ định kỳ hằng tháng.
Hai là, phát triển nông nghiệp ứng dụng công nghệ cao.
Đảng ủy giao UBND xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp Lạc Dương xây dựng 02 mô hình trồng hoa ứng dụng công nghệ cao, hoàn thành trước ngày 30/9/2026 (đồng chí Liêng Jrang Ha Thuận, Phó Bí thư, Chủ tịch UBND xã trực tiếp chỉ đạo).
Ba là, nâng cao hiệu quả công tác kiểm tra, giám sát.
Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ.
"""


def test_paragraphs_that_give_work_under_the_groups():
    plan = read_plan(HEAD + GROUPS + TAIL)
    assert [t.title for t in plan.tasks] == [
        "Tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên",
        "Xây dựng 02 mô hình trồng hoa ứng dụng công nghệ cao",
    ]
    briefing, models = plan.tasks
    check_task(
        briefing,
        "Ban Tuyên giáo và Dân vận Đảng ủy",
        ["Ủy ban MTTQ xã"],
        deadline="2026-06-30",
    )
    check_task(
        models,
        "UBND xã",
        ["Hợp tác xã Nông nghiệp Lạc Dương"],
        official="lieng jrang ha thuan",
        deadline="2026-09-30",
    )
    # The header of a Party committee's plan.
    assert plan.issuer_text == "ĐẢNG ỦY XÃ LẠC DƯƠNG"
    assert (plan.number, plan.symbol) == ("18", "KH/ĐU")
    assert (plan.signing_authority, plan.signer_title) == ("T/M ĐẢNG ỦY", "BÍ THƯ")


def test_ordinal_groups_with_a_colon_over_dash_lines():
    body = """Thứ nhất: nâng cao chất lượng sinh hoạt chi bộ.
- Giao Ban công tác Mặt trận thôn chủ trì, phối hợp với Chi hội Phụ nữ thôn vận động 100% hộ gia đình đăng ký danh hiệu Gia đình văn hóa; hoàn thành trước ngày 30/4/2026.
- Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể giúp đỡ hộ nghèo.
Thứ hai: phát triển kinh tế, giảm nghèo bền vững.
- Chi bộ giao Ban nhân dân thôn chủ trì rà soát, lập danh sách hộ cận nghèo có nhu cầu vay vốn, thực hiện từ tháng 4/2026 đến tháng 5/2026.
- Tổ nhân dân tự quản phối hợp với Công an xã nắm tình hình ở cơ sở.
"""
    plan = read_plan(HEAD + body + TAIL)
    families, poor = plan.tasks
    assert families.title == (
        "Vận động 100% hộ gia đình đăng ký danh hiệu Gia đình văn hóa"
    )
    check_task(
        families,
        "Ban công tác Mặt trận thôn",
        ["Chi hội Phụ nữ thôn"],
        deadline="2026-04-30",
    )
    assert poor.title == "Rà soát, lập danh sách hộ cận nghèo có nhu cầu vay vốn"
    check_task(poor, "Ban nhân dân thôn", start="2026-04-01", deadline="2026-05-31")


def test_a_group_that_gives_no_work_is_no_task():
    body = GROUPS.replace(
        "Ba là, nâng cao hiệu quả công tác kiểm tra, giám sát.\n",
        "Ba là: nâng cao hiệu quả công tác kiểm tra, giám sát.\n",
    )
    titles = list(by_title(read_plan(HEAD + body + TAIL)))
    assert not any("kiểm tra, giám sát" in title for title in titles)
    assert not any(title.startswith("Tăng cường sự lãnh đạo") for title in titles)


def test_groups_in_a_word_file_with_only_their_number_in_bold():
    lines = (HEAD + GROUPS + TAIL).splitlines()
    paragraphs = []
    for line in lines:
        number, sep, rest = line.partition(" là, ")
        if sep and len(number.split()) == 1:
            paragraphs.append(p(runs=[(number + " là,", "b"), (" " + rest, "")]))
        else:
            paragraphs.append(p(line))
    plan = read_plan(docx(*paragraphs), "ke-hoach.docx")
    assert [t.lead_text for t in plan.tasks] == [
        "Ban Tuyên giáo và Dân vận Đảng ủy",
        "UBND xã",
    ]


def test_time_labelled_after_a_comma_and_a_partner_closed_by_its_area():
    body = """Một là, tập trung nguồn lực hoàn thiện hạ tầng.
Đảng ủy giao UBND xã chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực nâng cấp 3,5 km đường giao thông liên thôn, thời gian: từ tháng 6/2026 đến tháng 10/2026.
Hai là, giữ vững quốc phòng, an ninh.
Giao Công an xã chủ trì xây dựng 02 mô hình tự quản về an ninh trật tự, hoàn thành trong Quý III/2026.
"""
    road, security = read_plan(HEAD + body + TAIL).tasks
    assert road.title == "Nâng cấp 3,5 km đường giao thông liên thôn"
    check_task(
        road,
        "UBND xã",
        ["Ban Quản lý dự án đầu tư xây dựng khu vực"],
        start="2026-06-01",
        deadline="2026-10-31",
    )
    check_task(security, "Công an xã", deadline="2026-09-30")


@pytest.mark.parametrize(
    "body",
    [
        # "Một là, <work>" over the line that only assigns it: the work is
        # the task, as before (set f39d's "- Giao … thực hiện;").
        "Một là, tổ chức hội nghị biểu dương gương điển hình tiên tiến.\n"
        "Giao Ban Tuyên giáo Đảng ủy chủ trì, phối hợp Hội Nông dân xã thực hiện.\n"
        "Hai là, trồng mới 2.500 cây xanh dọc các tuyến đường trục xã.\n"
        "Giao Đoàn Thanh niên xã chủ trì, phối hợp Hội Cựu chiến binh xã thực "
        "hiện.\n",
        # Works numbered "Một là" that state their own lead and time.
        "Một là, tổ chức hội nghị biểu dương gương điển hình tiên tiến (Ban "
        "Tuyên giáo Đảng ủy chủ trì; thời gian: tháng 5/2026).\n"
        "Hai là, trồng mới 2.500 cây xanh dọc các tuyến đường trục xã (Đoàn "
        "Thanh niên xã chủ trì; thời gian: tháng 4/2026).\n",
    ],
)
def test_works_numbered_one_two_stay_tasks(body):
    plan = read_plan(HEAD + body + TAIL)
    assert [t.title for t in plan.tasks] == [
        "Tổ chức hội nghị biểu dương gương điển hình tiên tiến",
        "Trồng mới 2.500 cây xanh dọc các tuyến đường trục xã",
    ]
    assert plan.tasks[1].lead_text == "Đoàn Thanh niên xã"


def test_a_task_line_outside_any_group():
    from plans.document_import.inline import inline_attributes

    work, found = inline_attributes(
        "Giao Phòng Kinh tế chủ trì, phối hợp với Bảo hiểm xã hội khu vực vận động "
        "300 người tham gia bảo hiểm y tế, thời gian: Quý III/2026."
    )
    assert work == "Vận động 300 người tham gia bảo hiểm y tế"
    assert found["coordinating"] == "Bảo hiểm xã hội khu vực"
    assert found["time"] == "Quý III/2026"
