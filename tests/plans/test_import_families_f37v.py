"""A village's plan pasted into an e-mail whose tasks are topic paragraphs
("Về đường giao thông, thôn sẽ …") wrapped at about 90 characters, and a
plan typed from a scan (doubled spaces everywhere, the header's columns on
one line, "K Ế  H O Ạ C H", wrapped bases and items, a page number and a
rule between pages), tried on plans of my own."""

from __future__ import annotations

import pytest

from ntm.documents.scanned import unspaced
from plans.document_import.markers import names_a_section
from tests.plans.reading import check_task, plan_of, read_plan


def _titled(plan, start):
    (task,) = [t for t in plan.tasks if t.title.startswith(start)]
    return task


# ── 1. A village's plan pasted into an e-mail, topic paragraphs ──

VILLAGE_MAIL = """**Từ:** Ma Văn Khánh <banpieng.ntm@gmail.com>
**Gửi:** UBND xã Phúc Sen <ubndphucsen@gmail.com>
**Tiêu đề:** Kế hoạch xây dựng bản Piềng nông thôn mới năm 2027

Kính gửi UBND xã Phúc Sen,

Bản Piềng gửi kế hoạch năm 2027 của bản để xã tổng hợp. Nếu có chỗ nào chưa đúng, xin
xã chỉ bảo thêm.

Trân trọng.

---

BAN PHÁT TRIỂN BẢN PIỀNG
Piềng, ngày 10 tháng 01 năm 2027

**KẾ HOẠCH**
**Xây dựng bản Piềng đạt chuẩn nông thôn mới năm 2027**

Căn cứ Biên bản họp bản ngày 06/01/2027, Ban phát triển bản xây dựng kế hoạch như sau:

**1. Mục tiêu**

Đến hết năm 2027 bản Piềng đạt đủ các tiêu chí bản nông thôn mới, không còn hộ ở nhà
tạm.

**2. Những việc thôn làm trong năm**

Về thủy lợi, bản sẽ kiên cố hóa 800 m mương dẫn nước từ đập Nặm Rắc về cánh đồng Nà
Lạn. Ban phát triển bản giao cho ông Nông Văn Thiết, Phó Trưởng bản, phụ trách việc
này, cùng Tổ thủy nông bản và Chi hội Cựu chiến binh bản huy động ngày công; làm xong
trước ngày 15/5/2027.

Về nhà ở, Chi hội Phụ nữ bản chủ trì giúp ba hộ nghèo sửa chữa nhà ở, thời gian từ tháng
3 đến hết tháng 6/2027.

Về điện chiếu sáng, bản lắp 30 bóng đèn năng lượng mặt trời dọc đường trục bản, kinh phí
dự kiến 45 triệu đồng. Trưởng bản Ma Văn Khánh trực tiếp phụ trách, xong trong Quý
II/2027.

Về chăn nuôi, vận động các hộ làm chuồng trại xa nhà ở; Chi hội Nông dân bản chủ trì,
phối hợp với Trạm Thú y xã Phúc Sen, thực hiện trong năm 2027.

**3. Tổ chức thực hiện**

Ban phát triển bản họp mỗi quý một lần, báo cáo UBND xã.

Nơi nhận:
- UBND xã Phúc Sen (b/c);
- Lưu.

TRƯỞNG BẢN

Ma Văn Khánh
"""


@pytest.fixture(scope="module")
def village():
    return read_plan(VILLAGE_MAIL, "ke-hoach-ban-pieng.md")


def test_the_topic_paragraphs_are_the_tasks_and_nothing_else(village):
    assert [t.title for t in village.tasks] == [
        "Kiên cố hóa 800 m mương dẫn nước từ đập Nặm Rắc về cánh đồng Nà Lạn",
        "Giúp ba hộ nghèo sửa chữa nhà ở",
        "Lắp 30 bóng đèn năng lượng mặt trời dọc đường trục bản",
        "Vận động các hộ làm chuồng trại xa nhà ở",
    ]


def test_the_village_does_it_with_a_person_in_charge_and_partners(village):
    task = _titled(village, "Kiên cố hóa 800 m")
    check_task(task, "", ["Tổ thủy nông bản", "Chi hội Cựu chiến binh bản"],
           "nong van thiet", deadline="2027-05-15")  # fmt: skip


def test_a_body_leads_the_work_it_is_said_to_lead_first(village):
    task = _titled(village, "Giúp ba hộ nghèo")
    check_task(task, "Chi hội Phụ nữ bản", start="2027-03-01", deadline="2027-06-30")


def test_the_head_of_the_village_in_charge_and_a_quarter(village):
    task = _titled(village, "Lắp 30 bóng đèn")
    check_task(task, "", official="ma van khanh", deadline="2027-06-30")


def test_the_lead_and_partner_after_a_semicolon(village):
    task = _titled(village, "Vận động các hộ làm chuồng trại")
    check_task(task, "Chi hội Nông dân bản", ["Trạm Thú y xã Phúc Sen"],
           start="2027-01-01", deadline="2027-12-31")  # fmt: skip


def test_the_village_meeting_is_a_basis(village):
    assert [(b.kind, str(b.issued_on)) for b in village.bases] == [
        ("Biên bản", "2027-01-06")
    ]


@pytest.mark.parametrize(
    "heading",
    ["Những việc thôn làm trong năm", "Các việc cần làm", "Nội dung thực hiện"],
)
def test_a_villages_heading_names_the_tasks_section(heading):
    assert names_a_section(heading)


@pytest.mark.parametrize(
    ("text", "title", "lead", "partners", "official", "deadline"),
    [
        ("Về vệ sinh môi trường, xóm sẽ nạo vét 1,5 km rãnh thoát nước hai bên đường "
         "xóm. Ban phát triển xóm giao cho bà Đinh Thị Hạnh, Phó Trưởng xóm, phụ trách "
         "việc này, cùng Chi đoàn thanh niên xóm huy động ngày công; làm xong trước ngày "
         "30/4/2027.", "Nạo vét 1,5 km rãnh thoát nước hai bên đường xóm", "",
         ["Chi đoàn thanh niên xóm"], "dinh thi hanh", "2027-04-30"),
        ("Về sân thể thao, xóm làm mới sân bóng chuyền cạnh nhà văn hóa, kinh phí dự "
         "kiến 60 triệu đồng. Trưởng xóm Bùi Văn Lực trực tiếp phụ trách, xong trong "
         "Quý III/2027.", "Làm mới sân bóng chuyền cạnh nhà văn hóa", "", [],
         "bui van luc", "2027-09-30"),
    ],
)  # fmt: skip
def test_a_topic_paragraph_in_a_tasks_section(
    text, title, lead, partners, official, deadline
):
    (task,) = plan_of(text + "\n").tasks
    assert task.title == title
    check_task(task, lead, partners, official, deadline=deadline)


def test_a_topic_heading_with_no_work_after_it_is_no_task():
    plan = plan_of(
        "1. Rà soát hộ nghèo trên địa bàn xã (Phòng Văn hóa - Xã hội chủ trì; "
        "hoàn thành trong tháng 10/2027).\n"
        "Về kết quả năm trước, các thôn đã hoàn thành phần lớn chỉ tiêu.\n"
    )
    assert [t.title for t in plan.tasks] == ["Rà soát hộ nghèo trên địa bàn xã"]


# ── 2. A plan typed from a scan ──

SCANNED = """ĐẢNG   BỘ  TỈNH  HÀ  TĨNH                       ĐẢNG  CỘNG  SẢN  VIỆT  NAM
ĐẢNG  ỦY  XÃ  THẠCH  LẠC
          *          Thạch Lạc,  ngày 03 tháng 9  năm 2027
Số  21 -KH/ĐU

                         K Ế  H O Ạ C H
          lãnh  đạo  thực  hiện  các  tiêu  chí  xã  nông  thôn  mới  kiểu
               mẫu  giai  đoạn  2027  -  2030

- Căn  cứ Nghị quyết số 02-NQ/ĐH ngày 20/6/2025 của Đại hội Đảng bộ xã Thạch
Lạc lần thứ XXI, nhiệm kỳ 2025 - 2030;
- Căn  cứ Chỉ thị số 07-CT/TU  ngày  12/4/2027  của  Ban  Thường  vụ  Tỉnh
ủy về nông thôn mới kiểu mẫu;
- Căn  cứ Kết luận của Ban Chấp hành Đảng bộ xã  ngày 28/8/2027,
Đảng  ủy  xã  xây  dựng  kế  hoạch  như  sau:

I.  MỤC  ĐÍCH,  YÊU  CẦU
Huy  động  sức  mạnh  của  cả  hệ  thống  chính  trị  và  nhân  dân  trong  xây
dựng  xã  nông  thôn  mới  kiểu  mẫu.

II.  NHIỆM  VỤ  CỤ  THỂ
1.  Xây  dựng  2  km  tuyến  đường  kiểu  mẫu  tại  thôn  Bắc  Lạc.
Giao  Ủy  ban  nhân  dân  xã  chủ  trì,  phối  hợp  với  Hội  Phụ  nữ
xã,  hoàn  thành  trước  ngày  31/5/2028.
2.  Tổ  chức  chấm  điểm  vườn  mẫu  tại  các  thôn.  Giao  Hội  Nông  dân  xã  chủ
trì,  phối  hợp  với  Hội  Cựu  chiến  binh  xã,  thực  hiện  trong  năm  2028.

                                       - 2 -
________________________________________________________________________________
3.  Nâng  cấp  hệ  thống  loa  truyền  thanh  không  dây  toàn  xã.  Giao  Ủy  ban
nhân  dân  xã  chủ  trì,  phối  hợp  với  Đài  Truyền  thanh  xã,  hoàn  thành  trong
Quý  IV/2027.

III.  TỔ  CHỨC  THỰC  HIỆN
Các  chi  bộ  cụ  thể  hóa  kế  hoạch  để  thực  hiện.

Nơi nhận:                                        T/M  ĐẢNG  ỦY
- Ban Thường vụ Huyện ủy (b/c),                        BÍ  THƯ
- Các chi bộ,
- Lưu VP.
                                                   Trần  Đình  Lâm
"""


@pytest.fixture(scope="module")
def scanned():
    return read_plan(SCANNED, "ke-hoach-thach-lac.txt")


def test_a_scans_number_symbol_place_and_date(scanned):
    assert (scanned.number, scanned.symbol, scanned.place) == (
        "21",
        "KH/ĐU",
        "Thạch Lạc",
    )
    assert str(scanned.issued_on) == "2027-09-03"


def test_a_scans_title_is_joined_as_written(scanned):
    assert scanned.title == (
        "lãnh đạo thực hiện các tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2027 - 2030"
    )


def test_a_scans_issuer_and_bases(scanned):
    assert scanned.issuer_text.upper() == "ĐẢNG ỦY XÃ THẠCH LẠC"
    keys = [b.number or f"{b.kind} {b.issued_on}" for b in scanned.bases]
    assert keys == ["02-NQ/ĐH", "07-CT/TU", "Kết luận 2027-08-28"]


def test_a_scans_items_read_as_in_a_clean_text(scanned):
    assert [t.title for t in scanned.tasks] == [
        "Xây dựng 2 km tuyến đường kiểu mẫu tại thôn Bắc Lạc",
        "Tổ chức chấm điểm vườn mẫu tại các thôn",
        "Nâng cấp hệ thống loa truyền thanh không dây toàn xã",
    ]
    first, second, third = scanned.tasks
    check_task(first, "Ủy ban nhân dân xã", ["Hội Phụ nữ xã"], deadline="2028-05-31")
    check_task(
        second, "Hội Nông dân xã", ["Hội Cựu chiến binh xã"], deadline="2028-12-31"
    )
    check_task(
        third, "Ủy ban nhân dân xã", ["Đài Truyền thanh xã"], deadline="2027-12-31"
    )


def test_a_scans_signature(scanned):
    assert (scanned.signer_title, scanned.signer_name) == ("BÍ THƯ", "Trần Đình Lâm")


def test_doubled_spaces_are_single_and_a_column_gap_stays():
    lines = unspaced(SCANNED.splitlines())
    assert (
        lines[0] == "ĐẢNG BỘ TỈNH HÀ TĨNH                       ĐẢNG CỘNG SẢN VIỆT NAM"
    )
    assert lines[5].strip() == "KẾ HOẠCH"
    assert lines[3] == "Số 21 -KH/ĐU"


def test_a_clean_text_keeps_its_spaces():
    lines = [
        "UBND XÃ PHÚ XÁ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "KẾ HOẠCH",
        "Xây dựng nông thôn mới năm 2027",
        "1. Làm  đường thôn Đông, dài 500 m (UBND xã chủ trì).",
        "2. Nạo vét kênh mương nội đồng (Hợp tác xã chủ trì).",
        "3. Trồng cây xanh dọc đường trục xã (Đoàn Thanh niên chủ trì).",
        "4. Sửa chữa nhà văn hóa thôn Tây (Ban phát triển thôn chủ trì).",
        "5. Tổ chức tập huấn kỹ thuật trồng rau (Hội Nông dân chủ trì).",
        "6. Lắp đặt đèn chiếu sáng đường thôn (Chi đoàn chủ trì).",
        "7. Thu gom rác thải sinh hoạt các thôn (Hội Phụ nữ chủ trì).",
    ]
    assert unspaced(lines) == lines
