"""Writes round 31v's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round31v.py

Round 31v varies the families a village board's draft pasted from Zalo
(round 31, 08_ban_na_tau.txt) read badly, each written here from its
description before the importer was changed:

V1. The person after the body in charge, addressed as a village writes:
    "Phụ trách: Chi đoàn thanh niên bản (anh Lò Văn Pọm)", "(chị …)",
    "(ông …)", "(đ/c …)", "- anh …": the body leads, the person is the
    task's official — on a task's line, on a labelled line under it, in a
    table's column.
V2. A task line whose sentence holds a ";" ("Khôi phục đội xòe, đội văn
    nghệ bản; tập luyện …. Phụ trách: …"): one task, its title whole.
V3. "Thời gian: tháng 5 - 7/2027", "tháng 5 đến tháng 7/2027": the first
    month's first day starts the task, the last month's last day ends it.
V4. A draft's note on its own line under the title ("(Dự thảo lần 2)",
    "(Bản góp ý)"): no part of the title.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from word_writer import a4, closing_under, opening, para, save, task_table  # noqa: E402

OUT = HERE / "round31v"

COMMENT = """Round 31v (a village's plan: persons after the body, ';' in a task's
sentence, month ranges, a draft's note under the title), written before
the importer was changed for it: {what}
Assumptions: the body named in "Phụ trách"/"Chủ trì" leads; a person after
it, in a bracket or after a dash or comma with "anh", "chị", "ông", "bà",
"đ/c", is the official (the name measured); a task's sentence is its
title whole, ";" and all; a month range gives the first month's first day
as start and the last month's last day as deadline; a bracketed draft's
note under the title is no part of it."""


def _village_header(board: str, commune: str, place: str, number: str, day: str) -> str:
    return f"""UBND XÃ {commune.upper()}
BAN PHÁT TRIỂN {board.upper()}
Số: {number}/KH-BPT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, {day}
"""


# --- 1. a Mông village's draft pasted from Zalo, '-' lines with labels -------

PA_CO_TITLE = "Xây dựng thôn Pà Cò đạt chuẩn nông thôn mới năm 2027"
PA_CO_JOBS = [
    ("Bê tông hóa 420 m đường từ nhà văn hóa thôn lên khu Háng Lìa; mỗi hộ góp 5 ngày công",
     "Phụ trách: Trưởng thôn (anh Giàng A Chử). Phối hợp: Chi đoàn thanh niên thôn. Thời gian: tháng 5 - 7/2027",
     {"lead": "Trưởng thôn", "coordinating": ["Chi đoàn thanh niên thôn"],
      "deadline": "2027-07-31", "start": "2027-05-01", "official": "Giàng A Chử"}),
    ("Vận động các hộ làm chuồng trại xa nhà ở, có hố ủ phân",
     "Phụ trách: Chi hội Phụ nữ thôn (chị Thào Thị Mỷ). Thời gian: trước 30/6/2027",
     {"lead": "Chi hội Phụ nữ thôn", "deadline": "2027-06-30", "official": "Thào Thị Mỷ"}),
    ("Mở lớp dạy chữ Mông cho thanh niên; giữ gìn điệu múa khèn trong lễ hội Gầu Tào",
     "Phụ trách: Chi đoàn thanh niên thôn - anh Vàng A Dế. Phối hợp: Chi hội Người cao tuổi thôn. Thời gian: Quý III/2027",
     {"lead": "Chi đoàn thanh niên thôn", "coordinating": ["Chi hội Người cao tuổi thôn"],
      "deadline": "2027-09-30", "start": "2027-07-01", "official": "Vàng A Dế"}),
    ("Trồng 3 ha mận hậu, đào Pháp trên đất dốc",
     "Phụ trách: Chi hội Nông dân thôn (ông Sùng A Páo). Thời gian: trước 31/8/2027",
     {"lead": "Chi hội Nông dân thôn", "deadline": "2027-08-31", "official": "Sùng A Páo"}),
]  # fmt: skip


def pa_co() -> str:
    jobs = "\n".join(f"- {work}. {labels}" for work, labels, _ in PA_CO_JOBS)
    return (
        "[12/03/2027 20:14] Giàng A Chử: gửi bà con bản dự thảo, góp ý giúp nhé\n"
        + _village_header(
            "thôn Pà Cò", "Tả Phìn", "Pà Cò", "   ", "ngày 12 tháng 3 năm 2027"
        )
        + f"""
KẾ HOẠCH
{PA_CO_TITLE}
(Dự thảo lần 2)

I. MỤC TIÊU
Thôn có 96 hộ người Mông; phấn đấu cuối năm 2027 đạt chuẩn.

II. NHỮNG VIỆC CẦN LÀM
{jobs}

III. TỔ CHỨC THỰC HIỆN
Các đoàn thể trong thôn triển khai, báo cáo Trưởng thôn hằng tháng.

Nơi nhận:
- UBND xã Tả Phìn;
- Các hộ trong thôn;
- Lưu.

TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN

Giàng A Chử
"""
    )


# --- 2. a Tày village's plan in Word: numbered jobs, labelled lines under ---

KHUOI_TITLE = "Chỉnh trang khu dân cư bản Khuổi Nạ năm 2027"
KHUOI_JOBS = [
    ("Nạo vét 1,2 km mương Nà Pục; kè đá đoạn qua ruộng bậc thang",
     ["Phụ trách: Tổ thủy lợi bản (anh Hoàng Văn Slam)", "Phối hợp: các hộ hưởng lợi",
      "Thời gian: tháng 3 đến tháng 4/2027"],
     {"lead": "Tổ thủy lợi bản", "coordinating": ["các hộ hưởng lợi"],
      "deadline": "2027-04-30", "start": "2027-03-01", "official": "Hoàng Văn Slam"}),
    ("Sửa mái nhà văn hóa bản, làm lại sân bóng chuyền",
     ["Phụ trách: Trưởng bản (đ/c Nông Văn Chiến)", "Thời gian: trước 30/6/2027"],
     {"lead": "Trưởng bản", "deadline": "2027-06-30", "official": "Nông Văn Chiến"}),
    ("Tổ chức hát then, đàn tính cho thiếu nhi trong dịp hè",
     ["Phụ trách: Chi hội Phụ nữ bản, chị Triệu Thị Hoa", "Thời gian: tháng 6 - 8/2027"],
     {"lead": "Chi hội Phụ nữ bản", "deadline": "2027-08-31", "start": "2027-06-01",
      "official": "Triệu Thị Hoa"}),
]  # fmt: skip


def khuoi_na() -> bytes:
    doc = opening(
        ["UBND XÃ BẰNG PHÚC", "BAN PHÁT TRIỂN BẢN KHUỔI NẠ", "Số: 05/KH-BPT"],
        "Khuổi Nạ, ngày 20 tháng 2 năm 2027",
        KHUOI_TITLE,
    )
    a4(doc)
    para(doc, "(Bản góp ý)", italic=True, center=True)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Đường, mương, nhà văn hóa của bản sạch, đẹp, dùng được quanh năm.")
    para(doc, "II. CÁC VIỆC CẦN LÀM", bold=True)
    for i, (work, lines, _) in enumerate(KHUOI_JOBS, 1):
        para(doc, f"{i}. {work}.")
        for line in lines:
            para(doc, f"- {line}.", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ, hội trong bản thực hiện, báo cáo Ban phát triển bản.")
    closing_under(
        doc,
        ["- UBND xã Bằng Phúc;", "- Chi bộ bản;", "- Lưu."],
        ["TM. BAN PHÁT TRIỂN BẢN", "TRƯỞNG BAN", "", "Nông Văn Chiến"],
    )
    return save(doc)


# --- 3. a Dao village's plan in Word: a table, the person in the cell -------

NAM_DANG_TITLE = "Thực hiện phong trào thôn sáng, xanh, sạch, đẹp năm 2027"
NAM_DANG_ROWS = [
    ("Lắp 40 bóng đèn năng lượng mặt trời dọc đường thôn; hướng dẫn hộ tự bảo quản",
     "Chi đoàn thanh niên thôn (anh Triệu Văn Kiên)", "Tháng 5 - 6/2027",
     {"lead": "Chi đoàn thanh niên thôn", "deadline": "2027-06-30", "start": "2027-05-01",
      "official": "Triệu Văn Kiên"}),
    ("Trồng hoa dọc 1 km đường vào thôn",
     "Chi hội Phụ nữ thôn (chị Bàn Thị Mẩy)", "Trước 30/4/2027",
     {"lead": "Chi hội Phụ nữ thôn", "deadline": "2027-04-30", "official": "Bàn Thị Mẩy"}),
    ("Thu gom rác thải hằng tuần tại 3 điểm tập kết",
     "Tổ tự quản môi trường (ông Lý Văn Sinh)", "Tháng 4 - 12/2027",
     {"lead": "Tổ tự quản môi trường", "deadline": "2027-12-31", "start": "2027-04-01",
      "official": "Lý Văn Sinh"}),
]  # fmt: skip


def nam_dang() -> bytes:
    doc = opening(
        ["UBND XÃ NẬM ĐĂNG", "BAN PHÁT TRIỂN THÔN NẬM ĐĂNG", "Số: 02/KH-BPT"],
        "Nậm Đăng, ngày 15 tháng 3 năm 2027",
        NAM_DANG_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Đường thôn có điện chiếu sáng, có hoa, không có rác thải.")
    para(doc, "II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True)
    task_table(
        doc,
        ["STT", "Nội dung công việc", "Phụ trách", "Thời gian"],
        [
            [[str(i)], [work], [who], [when]]
            for i, (work, who, when, _) in enumerate(NAM_DANG_ROWS, 1)
        ],
        [1.0, 8.0, 5.0, 3.0],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ chức trong thôn thực hiện, báo cáo Ban phát triển thôn.")
    closing_under(
        doc,
        ["- UBND xã Nậm Đăng;", "- Lưu."],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "Triệu Văn Páo"],
    )
    return save(doc)


# --- 4. a Khmer hamlet's plan pasted as text, '+' lines -------------------

SOC_TITLE = "Xây dựng ấp Sóc Ruộng văn hóa, kiểu mẫu năm 2027"
SOC_JOBS = [
    ("Sửa 2 cây cầu khỉ thành cầu bê tông; làm lan can hai bên",
     "Phụ trách: Trưởng ấp (ông Thạch Sa Rươl). Phối hợp: Hội Nông dân ấp. Thời gian: tháng 4 đến tháng 6/2027",
     {"lead": "Trưởng ấp", "coordinating": ["Hội Nông dân ấp"],
      "deadline": "2027-06-30", "start": "2027-04-01", "official": "Thạch Sa Rươl"}),
    ("Tập đội múa Rom vong, đội nhạc ngũ âm chuẩn bị lễ Sene Đôlta",
     "Phụ trách: Chi đoàn ấp (chị Kim Thị Sa Ly). Thời gian: trước 30/9/2027",
     {"lead": "Chi đoàn ấp", "deadline": "2027-09-30", "official": "Kim Thị Sa Ly"}),
    ("Vận động 100% hộ có nhà tiêu hợp vệ sinh; không thả rác xuống kênh",
     "Phụ trách: Chi hội Phụ nữ ấp (bà Lâm Thị Phol). Thời gian: Quý IV/2027",
     {"lead": "Chi hội Phụ nữ ấp", "deadline": "2027-12-31", "start": "2027-10-01",
      "official": "Lâm Thị Phol"}),
]  # fmt: skip


def soc_ruong() -> str:
    jobs = "\n".join(f"+ {work}. {labels}" for work, labels, _ in SOC_JOBS)
    return f"""UBND XÃ LIÊU TÚ
BAN NHÂN DÂN ẤP SÓC RUỘNG
Số: 07/KH-BND
Sóc Ruộng, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
{SOC_TITLE}
(Dự thảo xin ý kiến bà con)

I. MỤC TIÊU
Giữ gìn bản sắc văn hóa đồng bào Khmer, ấp sạch đẹp.

II. CÁC VIỆC CẦN LÀM
{jobs}

III. TỔ CHỨC THỰC HIỆN
Các đoàn thể ấp thực hiện, báo cáo Ban nhân dân ấp.

Nơi nhận:
- UBND xã Liêu Tú;
- Lưu.

TM. BAN NHÂN DÂN ẤP
TRƯỞNG ẤP

Thạch Sa Rươl
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r31v-thon-pa-co-zalo.txt",
        pa_co(),
        COMMENT.format(
            what="a Mông village's draft pasted from Zalo, '-' lines with "
            '"Phụ trách: body (anh/chị/ông …)" or "body - anh …" and a ";" in '
            'a sentence, "(Dự thảo lần 2)" under the title.'
        ),
        {
            "number": "",
            "symbol": "KH-BPT",
            "place": "Pà Cò",
            "date": "2027-03-12",
            "title": PA_CO_TITLE,
            "issuer": "BAN PHÁT TRIỂN THÔN PÀ CÒ",
            "authority": "TM. BAN PHÁT TRIỂN THÔN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Giàng A Chử",
            "recipients": 3,
        },
        [{"title": w, **t} for w, _, t in PA_CO_JOBS],
    )
    write(
        OUT,
        "r31v-ban-khuoi-na-dong-nhan.docx",
        khuoi_na(),
        COMMENT.format(
            what="a Tày village's plan in Word, numbered jobs with labelled "
            'lines under them, "(Bản góp ý)" under the title.'
        ),
        {
            "number": "05",
            "symbol": "KH-BPT",
            "place": "Khuổi Nạ",
            "date": "2027-02-20",
            "title": KHUOI_TITLE,
            "issuer": "BAN PHÁT TRIỂN BẢN KHUỔI NẠ",
            "authority": "TM. BAN PHÁT TRIỂN BẢN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Nông Văn Chiến",
            "recipients": 3,
        },
        [{"title": w, **t} for w, _, t in KHUOI_JOBS],
    )
    write(
        OUT,
        "r31v-thon-nam-dang-bang.docx",
        nam_dang(),
        COMMENT.format(
            what='a Dao village\'s plan in Word, a table whose "Phụ trách" '
            "cell names the body and the person in a bracket."
        ),
        {
            "number": "02",
            "symbol": "KH-BPT",
            "place": "Nậm Đăng",
            "date": "2027-03-15",
            "title": NAM_DANG_TITLE,
            "issuer": "BAN PHÁT TRIỂN THÔN NẬM ĐĂNG",
            "authority": "TM. BAN PHÁT TRIỂN THÔN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Triệu Văn Páo",
            "recipients": 2,
        },
        [{"title": w, **t} for w, _, _, t in NAM_DANG_ROWS],
    )
    write(
        OUT,
        "r31v-ap-soc-ruong-dau-cong.txt",
        soc_ruong(),
        COMMENT.format(
            what="a Khmer hamlet's draft pasted as text, '+' lines with "
            '"Phụ trách: body (ông/chị/bà …)", ";" in sentences, "tháng 4 '
            'đến tháng 6/2027", "(Dự thảo xin ý kiến bà con)" under the title.'
        ),
        {
            "number": "07",
            "symbol": "KH-BND",
            "place": "Sóc Ruộng",
            "date": "2027-03-02",
            "title": SOC_TITLE,
            "issuer": "BAN NHÂN DÂN ẤP SÓC RUỘNG",
            "authority": "TM. BAN NHÂN DÂN ẤP",
            "signer_title": "TRƯỞNG ẤP",
            "signer": "Thạch Sa Rươl",
            "recipients": 2,
        },
        [{"title": w, **t} for w, _, t in SOC_JOBS],
    )


if __name__ == "__main__":
    main()
