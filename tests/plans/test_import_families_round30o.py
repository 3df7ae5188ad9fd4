"""The officials a blind hold-out of plans from every region lost (round
30o, docs/import-quality.md), tried on plans that are in no corpus: a
"Phụ trách" column of people beside the lead's (xlsx, docx, tab text), a
rank or title before the name ("Thiếu tá …", "già làng …", "Trưởng bản
…"), and the names of every people of the country, read by their family
names and by their shape, the apostrophe kept as written; a body is never
read as a person."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from plans.document_import.persons import is_a_person, person_and_post
from plans.document_import.quality import official_key
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import plan_of, read_plan, word_plan

HEAD = ["STT", "Nội dung hoạt động", "Bắt đầu", "Kết thúc", "Đơn vị chủ trì",
        "Phối hợp", "Phụ trách", "Ghi chú"]  # fmt: skip
ROWS = [
    ["1", "Ra quân tổng vệ sinh đường làng", "01/3/2026", "31/3/2026",
     "Đoàn Thanh niên xã", "Chi đoàn thôn", "Võ Thị Ngọc Hân", ""],
    ["2", "Tập huấn kỹ năng số cho đoàn viên", "01/4/2026", "30/4/2026",
     "Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng", "Đoàn Minh Khang", ""],
    ["3", "Trồng cây xanh tại tuyến đường thanh niên", "01/5/2026", "31/5/2026",
     "Đoàn Thanh niên xã", "Hội Nông dân xã", "Rơ Châm H'Phim", ""],
]  # fmt: skip
OFFICIALS = ["Võ Thị Ngọc Hân", "Đoàn Minh Khang", "Rơ Châm H'Phim"]


def workbook(tmp_path, head, rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÚ XÁ"])
    ws.append(["KẾ HOẠCH"])
    ws.append(["Hoạt động tháng thanh niên năm 2026"])
    ws.append(head)
    for row in rows:
        ws.append(row)
    path = tmp_path / "ke-hoach.xlsx"
    wb.save(path)
    return path.read_bytes()


def read(tasks):
    return [(t.lead_text, t.coordinating_units, t.official_text) for t in tasks]


EXPECTED = [
    ("Đoàn Thanh niên xã", [row[5]], official)
    for row, official in zip(ROWS, OFFICIALS, strict=True)
]


def test_a_workbook_column_phu_trach_beside_the_lead_holds_the_officials(tmp_path):
    plan = read_plan(workbook(tmp_path, HEAD, ROWS), "ke-hoach.xlsx")
    assert read(plan.tasks) == EXPECTED


def test_a_word_table_column_phu_trach_beside_the_lead():
    table = tbl([tc(c) for c in HEAD], *[[tc(c) for c in row] for row in ROWS])
    plan = read_plan(word_plan(table), "ke-hoach.docx")
    assert read(plan.tasks) == EXPECTED


def test_a_tab_text_column_phu_trach_beside_the_lead():
    body = "\n".join("\t".join(row) for row in [HEAD, *ROWS]) + "\n"
    assert read(plan_of(body).tasks) == EXPECTED


@pytest.mark.parametrize(
    "header", ["Người phụ trách", "Đ/c phụ trách", "Cán bộ phụ trách"]
)
def test_the_other_wordings_of_the_column_of_people(tmp_path, header):
    head = [header if c == "Phụ trách" else c for c in HEAD]
    plan = read_plan(workbook(tmp_path, head, ROWS), "ke-hoach.xlsx")
    assert [t.official_text for t in plan.tasks] == OFFICIALS


def test_a_lone_phu_trach_column_is_read_by_its_cells(tmp_path):
    head = ["STT", "Nội dung", "Phụ trách", "Thời gian"]
    people = [
        ["1", "Vận động hiến đất làm đường", "Y Thông Ayun", "Quý II/2026"],
        ["2", "Sửa nhà văn hóa buôn", "Điểu Xí", "Quý III/2026"],
    ]
    plan = read_plan(workbook(tmp_path, head, people), "ke-hoach.xlsx")
    assert read(plan.tasks) == [("", [], "Y Thông Ayun"), ("", [], "Điểu Xí")]
    bodies = [
        ["1", "Vận động hiến đất làm đường", "Chi đoàn thôn", "Quý II/2026"],
        ["2", "Hướng dẫn cài ứng dụng VNeID", "Tổ công nghệ số cộng đồng", "Quý III/2026"],
    ]  # fmt: skip
    plan = read_plan(workbook(tmp_path, head, bodies), "ke-hoach.xlsx")
    assert read(plan.tasks) == [
        ("Chi đoàn thôn", [], ""),
        ("Tổ công nghệ số cộng đồng", [], ""),
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Thiếu tá Sơn Hoàng Phúc", "Sơn Hoàng Phúc"),
        ("Đại úy Danh Hoàng Tính - Trưởng Công an xã", "Danh Hoàng Tính"),
        ("Trung tá Lò Văn Xuân, Chỉ huy trưởng Ban CHQS xã", "Lò Văn Xuân"),
        ("Thượng úy Thạch Sô Phol", "Thạch Sô Phol"),
        ("Thiếu úy Danh Út (Công an viên)", "Danh Út"),
        ("già làng A Brếp", "A Brếp"),
        ("Già làng Y Nhung", "Y Nhung"),
        ("Trưởng bản Lò Văn Pọm", "Lò Văn Pọm"),
        ("bác sĩ Cầm Thị Hương - Trạm trưởng Trạm Y tế", "Cầm Thị Hương"),
        ("thầy giáo Sùng Mí Páo", "Sùng Mí Páo"),
        ("đ/c Điểu Xí, Chủ tịch Hội Nông dân", "Điểu Xí"),
    ],
)
def test_a_rank_or_title_before_the_name(written, name):
    assert person_and_post(written)[0] == name


@pytest.mark.parametrize(
    "name",
    [
        "Rơ Châm H'Phim", "Điểu K'Lưm", "Điểu K’Lưm", "Điểu Xí", "Y Bhin Niê",
        "Y Thông Ayun", "Siu Hồng Quân", "Thạch Sô Phol", "Danh Út",
        "Danh Hoàng Tính", "Sùng Mí Páo", "Giàng Thị Dở", "Vàng Seo Chứ",
        "Lò Thị Xuân", "Lường Thị Sinh", "Cầm Thị Hương", "Quách Văn Mến",
        "Tăng Văn Lực", "A Thiêm", "A Hyum", "Y Nhung", "Y Sương", "Ksor Nhoai",
        "Rơ Mah Hlim", "H'Hen Niê", "Nay Phi Le", "Bế Văn Tằng", "Ma Thị Mai",
        "Hà Thị Sinh", "Kpă Thị Hoa", "Chamaléa Thị Thủy", "Đàng Năng Thọ",
    ],
)  # fmt: skip
def test_the_names_of_every_people(name):
    assert person_and_post(name) == (name, "")
    assert person_and_post(f"{name} - Phó Chủ tịch UBND xã") == (
        name,
        "Phó Chủ tịch UBND xã",
    )
    assert person_and_post(f"{name}, Bí thư Chi bộ") == (name, "Bí thư Chi bộ")
    assert is_a_person(name)


@pytest.mark.parametrize(
    "body",
    [
        "Chi đoàn thôn", "Tổ công nghệ số cộng đồng", "Đoàn Thanh niên xã",
        "Đoàn Thanh Niên Xã", "Hội Nông dân xã", "Ban Chỉ Huy Quân Sự Xã",
        "Công an xã", "Phòng Kinh tế", "Hợp tác xã Chè Shan", "Các thôn, buôn",
        "Trường Mầm non Hoa Sen", "Trạm Y tế xã", "Buôn Ea Sar", "Ấp Sóc Xoài", "Câu Lạc Bộ Dân Ca",
        "Tổ Công Nghệ Số",
    ],
)  # fmt: skip
def test_a_body_is_never_a_person(body):
    assert not is_a_person(body)
    assert person_and_post(body)[0] == ""


def test_a_label_phu_trach_beside_the_lead_names_the_official():
    body = """1. Tuyên truyền về chuyển đổi số tại các buôn
- Đơn vị chủ trì: Đoàn Thanh niên xã
- Phụ trách: Điểu K'Lưm
2. Tuần tra an ninh trật tự dịp Tết
- Chủ trì: Công an xã
- Phụ trách: Thiếu tá Sơn Hoàng Phúc - Trưởng Công an xã
3. Vận động đồng bào làm chuồng trại xa nhà
- Phụ trách: già làng A Brếp
"""
    assert [(t.lead_text, t.official_text) for t in plan_of(body).tasks] == [
        ("Đoàn Thanh niên xã", "Điểu K'Lưm"),
        ("Công an xã", "Thiếu tá Sơn Hoàng Phúc - Trưởng Công an xã"),
        ("", "già làng A Brếp"),
    ]


def test_the_measure_keeps_an_apostrophe_name_equal_to_itself():
    assert official_key("Rơ Châm H'Phim") == official_key("Rơ Châm H’Phim")
    assert official_key("Điểu K'Lưm - Phó Chủ tịch UBND xã") == official_key(
        "Điểu K'Lưm"
    )
    assert official_key("Thiếu tá Sơn Hoàng Phúc") == official_key("Sơn Hoàng Phúc")
    assert official_key("Điểu K'Lưm") != official_key("Điểu Xí")


def test_a_signer_of_another_people_is_read_with_the_apostrophe():
    text = """ỦY BAN NHÂN DÂN
XÃ ĐẮK LUA
Số: 05/KH-UBND
Đắk Lua, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Phát triển sản xuất năm 2026
I. NHIỆM VỤ
1. Trồng 5 ha điều ghép
- Chủ trì: Phòng Kinh tế
II. TỔ CHỨC THỰC HIỆN
Các bộ phận báo cáo UBND xã.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Điểu K'Lưm
"""
    plan = read_plan(text, "ke-hoach.txt")
    assert plan.signer_name == "Điểu K'Lưm"
