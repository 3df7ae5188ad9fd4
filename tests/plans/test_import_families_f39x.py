"""A cooperative's (a village's, a union's) plan whose unnumbered task
paragraphs open on the responsible body ("Năm 2026, Ban quản trị Hợp tác xã
sẽ chủ trì …") with no section heading and no "như sau:" line over them:
only its bases, or one objective sentence, before them; and plans whose
preamble paragraphs are no such sentences, read as before."""

from __future__ import annotations

import textwrap

import pytest

from tests.plans.reading import by_title, check_task, read_plan

MAILED = """**Từ:** Trần Văn Hậu <htxphuthanh@gmail.com>
**Gửi:** UBND xã Phú Thạnh

Kính gửi UBND xã,

HTX gửi kế hoạch năm 2026 để xã tổng hợp.

Trân trọng.

---

HỢP TÁC XÃ NÔNG NGHIỆP PHÚ THẠNH

Số: 01/KH-HTX

Phú Thạnh, ngày 12 tháng 01 năm 2026

# KẾ HOẠCH

## Phát triển sản phẩm OCOP năm 2026

Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 05/01/2026; căn cứ Quyết định số 215/QĐ-UBND ngày 20/11/2025 của UBND tỉnh Tiền Giang về công nhận sản phẩm OCOP.

Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng trồng xoài liên kết lên 150 ha, phối hợp với Phòng Kinh tế xã, hoàn thành trước vụ Hè Thu (tháng 4/2026).

Tổ kỹ thuật do anh Lê Minh Phụng phụ trách sẽ tập huấn quy trình VietGAP cho 120 hộ thành viên, thực hiện từ tháng 02/2026 đến tháng 3/2026, có sự phối hợp của Trung tâm Dịch vụ nông nghiệp.

Bộ phận kinh doanh của HTX đảm nhận việc đưa xoài sấy lên sàn thương mại điện tử trong Quý III/2026.

Ngoài ra, Ban kiểm soát HTX theo dõi, kiểm tra việc thực hiện và báo cáo Đại hội thành viên cuối năm.

**Nơi nhận:**
- UBND xã (b/c);
- Lưu: VT.

**TM. HỘI ĐỒNG QUẢN TRỊ**

**CHỦ TỊCH**

Trần Văn Hậu
"""


def test_tasks_right_after_the_bases():
    plan = read_plan(MAILED, "thu.md")
    assert [t.title for t in plan.tasks] == [
        "Mở rộng vùng trồng xoài liên kết lên 150 ha",
        "Tập huấn quy trình VietGAP cho 120 hộ thành viên",
        "Đưa xoài sấy lên sàn thương mại điện tử",
    ]
    land, training, sales = plan.tasks
    check_task(land, "Ban quản trị Hợp tác xã", ["Phòng Kinh tế xã"])
    assert str(land.ends_on) == "2026-04-30"
    check_task(
        training,
        "Tổ kỹ thuật",
        ["Trung tâm Dịch vụ nông nghiệp"],
        official="le minh phung",
        start="2026-02-01",
        deadline="2026-03-31",
    )
    check_task(sales, "Bộ phận kinh doanh", deadline="2026-09-30")
    # The bases stay the preamble's; who monitors the plan is no task.
    assert {b.number for b in plan.bases} >= {"215/QĐ-UBND"}
    assert any(s.heading.startswith("Ngoài ra, Ban kiểm soát") for s in plan.sections)


UNION = """HỘI NÔNG DÂN XÃ TÂN HỘI
Số: 07/KH-HND
Tân Hội, ngày 25 tháng 02 năm 2026
KẾ HOẠCH
Hỗ trợ hội viên phát triển kinh tế tập thể năm 2026
Căn cứ Chương trình công tác số 03/CTr-HND ngày 10/01/2026 của Ban Thường vụ Hội Nông dân huyện.
Mục tiêu năm 2026: thành lập mới 02 tổ hợp tác, 80% hội viên được tư vấn pháp luật.
Trong Quý II/2026, Ban Thường vụ Hội Nông dân xã sẽ chủ trì thành lập 02 tổ hợp tác trồng rau an toàn, phối hợp với Phòng Kinh tế xã, hoàn thành trước ngày 30/6/2026.
Tổ tư vấn pháp luật của Hội đảm nhận việc tổ chức 04 buổi tư vấn pháp luật về đất đai cho hội viên trong Quý III/2026.
Nơi nhận:
- Hội Nông dân huyện (b/c);
- Lưu: VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Thành Công
"""


def test_tasks_after_an_objective_sentence():
    plan = read_plan(UNION)
    farms, advice = plan.tasks
    assert farms.title == "Thành lập 02 tổ hợp tác trồng rau an toàn"
    check_task(
        farms,
        "Ban Thường vụ Hội Nông dân xã",
        ["Phòng Kinh tế xã"],
        start="2026-04-01",
        deadline="2026-06-30",
    )
    # "của Hội": the union's own body, the body alone.
    check_task(advice, "Tổ tư vấn pháp luật", deadline="2026-09-30")


def test_tasks_in_a_mail_cut_at_80_characters():
    cut = "\n".join(
        part for line in UNION.splitlines() for part in textwrap.wrap(line, 80)
    )
    farms, advice = read_plan(cut).tasks
    assert farms.title == "Thành lập 02 tổ hợp tác trồng rau an toàn"
    check_task(farms, "Ban Thường vụ Hội Nông dân xã", ["Phòng Kinh tế xã"])
    assert advice.title == "Tổ chức 04 buổi tư vấn pháp luật về đất đai cho hội viên"


@pytest.mark.parametrize(
    "preamble",
    [
        # A single such paragraph is no list of tasks.
        "Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng trồng xoài "
        "lên 150 ha, phối hợp với Phòng Kinh tế xã, hoàn thành trong tháng 4/2026.",
        # Sentences that open on no body responsible for work.
        "Năm 2025, Hợp tác xã đạt doanh thu 10 tỷ đồng, tăng 8% so với năm 2024.",
    ],
)
def test_a_preamble_of_other_sentences_stays_the_preamble(preamble):
    text = f"""HỢP TÁC XÃ NÔNG NGHIỆP PHÚ THẠNH
Số: 02/KH-HTX
Phú Thạnh, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Sản xuất năm 2026
{preamble}
Hội đồng quản trị thống nhất các nội dung sau.
I. NHIỆM VỤ
1. Cải tạo 20 ha vườn xoài. Tổ kỹ thuật chủ trì; hoàn thành trong tháng 5/2026.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Trần Văn Hậu
"""
    plan = read_plan(text)
    assert list(by_title(plan)) == ["Cải tạo 20 ha vườn xoài"]
