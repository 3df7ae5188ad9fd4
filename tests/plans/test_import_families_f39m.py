"""A plan's tasks as a Markdown or text check-list in an e-mail ("- [ ]
**<work>** — *phụ trách:* …; *hạn:* …", "☐ <work> | chủ trì: …", a
ticked "[x] ~~…~~" done), and a school's draft whose dash items stand
under month headings ("Tháng 10 - tháng 11/2026:", "Học kỳ II năm học …")
and end on their unit in brackets ("(Tổ Chuyên môn 1; cô …, tổ trưởng)"),
tried on plans of my own."""

from __future__ import annotations

import pytest

from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, check_task, plan_of, read_plan

# ── 1. A check-list in an e-mail ──

MAIL = """**Từ:** Văn phòng Hội Nông dân xã Tân Lập <hnd.tanlap@gmail.com>
**Gửi:** Chi hội trưởng các thôn
**Ngày gửi:** Thứ Ba, 12/05/2026 09:30
**Chủ đề:** Kế hoạch hỗ trợ hội viên làm vườn mẫu

Chào các anh chị,

Hội gửi kế hoạch, việc nào xong đã đánh dấu.

Thân,
Tuấn (Văn phòng Hội)

---------- Nội dung kế hoạch ----------

**BCH HỘI NÔNG DÂN XÃ TÂN LẬP**
Số: 21/KH-HND

*Tân Lập, ngày 11 tháng 5 năm 2026*

## KẾ HOẠCH
### Hỗ trợ hội viên xây dựng vườn mẫu năm 2026

**I. CÁC VIỆC CẦN LÀM**

- [X] ~~Bình xét hộ đăng ký vườn mẫu~~ (xong tháng 4)
- [ ] **Cải tạo 12 vườn tạp thành vườn mẫu tại thôn Đồng Bài, Nà Lẹng** — *chủ trì:* Chi hội Nông dân các thôn Đồng Bài, Nà Lẹng; *phối hợp:* Hợp tác xã Tân Lập; *thời hạn:* 31/8/2026
- [ ] **Tập huấn kỹ thuật ghép cải tạo cây ăn quả** — *thực hiện:* Ban Thường vụ Hội (anh Hoàng Văn Tuấn, Phó Chủ tịch Hội); *thời gian:* từ 01/6 đến 15/6/2026

**II. TỔ CHỨC THỰC HIỆN**

Các chi hội báo cáo kết quả hằng tháng.

**TM. BAN CHẤP HÀNH**
**CHỦ TỊCH**

**Lương Văn Nhất**

Thân ái,
Hoàng Tuấn
--
Văn phòng Hội - ĐT: 0205 3871 222
"""


@pytest.fixture(scope="module")
def mailed_list():
    return read_plan(MAIL, "thu-hoi-nong-dan.md")


def test_an_open_item_is_a_task_its_labels_after_the_dash(mailed_list):
    tasks = by_title(mailed_list)
    assert set(tasks) == {
        "Cải tạo 12 vườn tạp thành vườn mẫu tại thôn Đồng Bài, Nà Lẹng",
        "Tập huấn kỹ thuật ghép cải tạo cây ăn quả",
    }
    check_task(
        tasks["Cải tạo 12 vườn tạp thành vườn mẫu tại thôn Đồng Bài, Nà Lẹng"],
        "Chi hội Nông dân các thôn Đồng Bài, Nà Lẹng",
        ["Hợp tác xã Tân Lập"],
        deadline="2026-08-31",
    )
    check_task(
        tasks["Tập huấn kỹ thuật ghép cải tạo cây ăn quả"],
        "Ban Thường vụ Hội",
        official="hoang van tuan",
        start="2026-06-01",
        deadline="2026-06-15",
    )


def test_the_senders_sign_off_after_the_signature_is_no_signer(mailed_list):
    assert mailed_list.signer_name == "Lương Văn Nhất"


BAR_LIST = """* [ ] Sửa 2 cầu tràn thôn Khuổi Hẩu | chủ trì: Tổ công trình thôn | phối hợp: Chi đoàn thôn | thời hạn: Quý III/2026
☐ Trồng 300 cây keo ven suối - thực hiện: Chi hội Phụ nữ thôn; thời gian: tháng 9/2026
☑ Họp dân bàn việc làm cầu
- [ ] Sửa nhà văn hóa thôn, chủ trì: Ban phát triển thôn, phối hợp: Chi đoàn thôn, Chi hội Cựu chiến binh thôn, thời hạn hoàn thành: tháng 11/2026
"""


def test_bars_boxes_dashes_and_commas_before_the_labels():
    tasks = by_title(plan_of(BAR_LIST))
    assert set(tasks) == {
        "Sửa 2 cầu tràn thôn Khuổi Hẩu",
        "Trồng 300 cây keo ven suối",
        "Sửa nhà văn hóa thôn",
    }
    check_task(
        tasks["Sửa nhà văn hóa thôn"],
        "Ban phát triển thôn",
        ["Chi đoàn thôn", "Chi hội Cựu chiến binh thôn"],
        deadline="2026-11-30",
    )
    check_task(
        tasks["Sửa 2 cầu tràn thôn Khuổi Hẩu"],
        "Tổ công trình thôn",
        ["Chi đoàn thôn"],
        deadline="2026-09-30",
    )
    check_task(
        tasks["Trồng 300 cây keo ven suối"],
        "Chi hội Phụ nữ thôn",
        start="2026-09-01",
        deadline="2026-09-30",
    )


# ── 2. A school's draft by month, its units in brackets ──


@pytest.fixture(scope="module")
def school_draft():
    return read_plan(
        docx(
            p("DỰ THẢO"),
            p("UBND XÃ HÒA AN"),
            p("TRƯỜNG TIỂU HỌC HÒA AN"),
            p("Số:      /KH-THHA"),
            p("Hòa An, ngày      tháng 10 năm 2026"),
            p("KẾ HOẠCH"),
            p("Xây dựng trường học xanh năm học 2026 - 2027"),
            p("I. LỊCH THỰC HIỆN"),
            p("Tháng 11 - tháng 12/2026:"),
            p(
                "- Trồng 40 cây bóng mát quanh sân trường (Tổ Chuyên môn 1; cô "
                "Vi Thị Lan, tổ trưởng phụ trách)."
            ),
            p(
                "- Làm 02 vườn rau thí nghiệm cho học sinh (Liên đội; phối hợp: "
                "Ban đại diện cha mẹ học sinh), hoàn thành trước ngày 20/01/2027."
            ),
            p("Học kỳ II năm học 2026 - 2027:"),
            p(
                "- Sơn lại tường rào phía đông (……………). [Ghi chú của thầy Tùng: "
                "hỏi lại kinh phí]"
            ),
            p(
                "- Đón đoàn đánh giá trường học xanh trước ngày …../…../2027 (Ban Giám hiệu)."
            ),
            p("II. TỔ CHỨC THỰC HIỆN"),
            p("Các tổ triển khai."),
            p("HIỆU TRƯỞNG"),
            p("Ma Văn Tùng"),
        ),
        "du-thao.docx",
    )


def test_a_month_heading_and_the_items_bracket(school_draft):
    tasks = by_title(school_draft)
    check_task(
        tasks["Trồng 40 cây bóng mát quanh sân trường"],
        "Tổ Chuyên môn 1",
        official="vi thi lan",
        start="2026-11-01",
        deadline="2026-12-31",
    )
    check_task(
        tasks["Làm 02 vườn rau thí nghiệm cho học sinh"],
        "Liên đội",
        ["Ban đại diện cha mẹ học sinh"],
        deadline="2027-01-20",
    )


def test_a_drafts_blanks_and_notes_are_no_name(school_draft):
    tasks = by_title(school_draft)
    walls = tasks["Sơn lại tường rào phía đông"]
    check_task(walls, "")
    assert walls.ends_on is None
    visit = tasks["Đón đoàn đánh giá trường học xanh"]
    check_task(visit, "Ban Giám hiệu")
    assert visit.ends_on is None
