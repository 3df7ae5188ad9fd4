"""Mends of the review of set f40m (plans/document_import/follow_up.py):
a checked or followed object of the world ("hoạt động của các cơ sở giết
mổ", "tiến độ thi công", "tình hình an ninh trật tự") is real work, only the
plan's own carrying out ("kết quả thực hiện", "tiến độ thực hiện", "việc
thực hiện Kế hoạch") is following it up; and a table's row that checks on
the plan and names its lead stays a task."""

from __future__ import annotations

from plans.document_import.follow_up import follows_up, not_a_task
from tests.plans.reading import by_title, read_plan

CAM_LO = """ỦY BAN NHÂN DÂN
HUYỆN CAM LỘ
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cam Lộ, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh động vật và bảo đảm an toàn thực phẩm năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh, bảo đảm an toàn thực phẩm trên địa bàn huyện.

II. NHIỆM VỤ
1. Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò, hoàn thành trước ngày 30/4/2026 (Trạm Chăn nuôi và Thú y huyện chủ trì).
2. Theo dõi tình hình dịch bệnh trên đàn gia súc, gia cầm tại các xã (Trạm Chăn nuôi và Thú y huyện chủ trì, phối hợp UBND các xã).
3. Kiểm tra hoạt động của các cơ sở giết mổ gia súc trên địa bàn huyện (Phòng Kinh tế chủ trì).
4. Giám sát hoạt động kinh doanh thực phẩm tại các chợ (Trung tâm Y tế huyện chủ trì).
5. Đôn đốc tiến độ thi công các công trình xử lý chất thải chăn nuôi (Phòng Kinh tế chủ trì).
6. Nắm bắt tình hình an ninh trật tự tại các thôn, thực hiện thường xuyên (Công an huyện chủ trì).

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def table_md(rows: list[str]) -> str:
    """A Markdown plan of Đức Thọ whose task table has `rows`."""
    return (
        "**ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ**\n\nSố: 77/KH-UBND\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Đức Thọ, ngày 20 tháng 3 năm 2026*\n\n"
        "**KẾ HOẠCH**\n**Phát triển sản xuất nông nghiệp năm 2026**\n\n"
        "## I. MỤC ĐÍCH, YÊU CẦU\n\nPhát triển sản xuất nông nghiệp theo hướng hàng hóa.\n\n"
        "## II. NHIỆM VỤ\n\n"
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng 10 mô hình liên kết sản xuất lúa | Phòng Nông nghiệp | UBND các xã | Quý II/2026 |\n"
        + "".join(row + "\n" for row in rows)
        + "\n## III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan triển khai thực hiện Kế hoạch này.\n\n"
        "**Nơi nhận:**\n- UBND tỉnh;\n- Lưu: VT.\n\n"
        "**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\nTrần Văn Hùng\n"
    )


def test_checking_or_urging_on_work_of_the_world_is_a_task():
    tasks = by_title(read_plan(CAM_LO, "ke-hoach.txt"))
    assert list(tasks) == [
        "Tổ chức tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò",
        "Theo dõi tình hình dịch bệnh trên đàn gia súc, gia cầm tại các xã",
        "Kiểm tra hoạt động của các cơ sở giết mổ gia súc trên địa bàn huyện",
        "Giám sát hoạt động kinh doanh thực phẩm tại các chợ",
        "Đôn đốc tiến độ thi công các công trình xử lý chất thải chăn nuôi",
        "Nắm bắt tình hình an ninh trật tự tại các thôn",
    ], list(tasks)
    assert (
        tasks[
            "Kiểm tra hoạt động của các cơ sở giết mổ gia súc trên địa bàn huyện"
        ].lead_text
        == "Phòng Kinh tế"
    )


def test_table_rows_checking_work_of_the_world_with_no_time_are_tasks():
    plan = read_plan(
        table_md(
            [
                "| 2 | Kiểm tra hoạt động kinh doanh vật tư nông nghiệp | Phòng Kinh tế | Công an huyện | |",
                "| 3 | Theo dõi tình hình sâu bệnh trên lúa | Trạm Trồng trọt | UBND các xã | |",
                "| 4 | Cập nhật tiến độ giải ngân vốn sự nghiệp | Phòng Tài chính - Kế hoạch | | |",
            ]
        ),
        "ke-hoach.md",
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Xây dựng 10 mô hình liên kết sản xuất lúa",
        "Kiểm tra hoạt động kinh doanh vật tư nông nghiệp",
        "Theo dõi tình hình sâu bệnh trên lúa",
        "Cập nhật tiến độ giải ngân vốn sự nghiệp",
    ], list(tasks)
    assert tasks["Theo dõi tình hình sâu bệnh trên lúa"].lead_text == "Trạm Trồng trọt"


def test_a_table_row_checking_the_plan_that_names_its_lead_is_a_task():
    plan = read_plan(
        table_md(
            [
                "| 2 | Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã | Phòng Nông nghiệp | UBND các xã | |",
            ]
        ),
        "ke-hoach.md",
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Xây dựng 10 mô hình liên kết sản xuất lúa",
        "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã",
    ], list(tasks)
    assert (
        tasks["Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã"].lead_text
        == "Phòng Nông nghiệp"
    )
    assert not not_a_task(
        "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã", "", "", stated_row=True
    )
    # An item of a list that only checks on the plan stays none.
    assert not_a_task(
        "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã",
        "",
        "",
        stated_row=False,
    )


def test_the_plans_own_carrying_out_and_the_worlds_work():
    for text in (
        "Theo dõi, đôn đốc tiến độ thực hiện Kế hoạch",
        "Nắm bắt tình hình triển khai Chương trình",
        "Kiểm tra, giám sát hoạt động triển khai Kế hoạch tại các xã",
        "Theo dõi quá trình thực hiện, báo cáo Ủy ban nhân dân huyện",
        "Theo dõi, tổng hợp tình hình, báo cáo Ban Chỉ đạo",
        "Đôn đốc tiến độ; hằng quý báo cáo kết quả",
        "Theo dõi việc triển khai Kế hoạch này",
    ):
        assert follows_up(text), text
    for text in (
        "Kiểm tra hoạt động của các cơ sở giết mổ gia súc",
        "Giám sát hoạt động kinh doanh thực phẩm tại các chợ",
        "Đôn đốc tiến độ thi công các công trình xử lý chất thải chăn nuôi",
        "Nắm bắt tình hình an ninh trật tự tại các thôn",
        "Cập nhật tiến độ giải ngân vốn sự nghiệp",
        "Theo dõi tình hình sâu bệnh trên lúa",
    ):
        assert not follows_up(text), text
