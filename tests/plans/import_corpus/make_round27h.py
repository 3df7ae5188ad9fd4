"""Writes round 27h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round27h.py

Round 27h varies one family a blind hold-out of provincial plans measured
as failing (1 task of 6 read, no lead right), written here from its
description before the importer was changed for it: a province's duties
under each body's numbered heading in "IV. TỔ CHỨC THỰC HIỆN" or "III.
NHIỆM VỤ", where round 25a's reading of such headings did not reach:

H1. a heading with a bracket after the body's name ("1. Sở Nông nghiệp và
    Môi trường (cơ quan thường trực Chương trình)") over "-" duties that
    open "Chủ trì, phối hợp với Sở Tài chính tham mưu …; thời gian: …";
H2. a heading followed by plain paragraphs, not bullets ("2. Sở Xây dựng"
    then "Hướng dẫn thực hiện …; thời gian: Quý IV/2027."), one of them a
    general duty with no time;
H3. "a) Sở Y tế: <duty>" with the duty on the heading's own line; "Các sở,
    ban, ngành", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh" as the body; a body
    written short ("Sở NN&MT", "Sở VHTTDL"); two duties in one paragraph,
    each with its own time, or several under one time.

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

OUT = HERE / "round27h"

SNNMT = "Sở Nông nghiệp và Môi trường"
SXD = "Sở Xây dựng"
STC = "Sở Tài chính"
XA = "UBND các xã, phường"


def task(title, lead, deadline, coordinating=()):
    return {"title": title, "lead": lead, "coordinating": list(coordinating),
            "deadline": deadline}  # fmt: skip


# A plan's body part: (section heading, [(heading, style, [(line, tasks)])]).
# `style` is "bullets" ("- " before each line), "paragraphs" (each line a
# paragraph under the heading) or "colon" (the heading closed by ":" with
# its first line after it on the same line). A line's tasks are what a
# careful reader enters from it ([] for a general duty).

QUANG_TRI = ("IV. TỔ CHỨC THỰC HIỆN", [
    (f"1. {SNNMT} (cơ quan thường trực Chương trình)", "bullets", [
        ("Là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành, địa phương "
         "thực hiện Kế hoạch.", []),
        ("Chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành Quyết "
         "định quy định chi tiết các tiêu chí xã nông thôn mới hiện đại giai đoạn "
         "2026 - 2030; thời gian: Quý II/2027.",
         [task("Tham mưu UBND tỉnh ban hành Quyết định quy định chi tiết các tiêu "
               "chí xã nông thôn mới hiện đại giai đoạn 2026 - 2030", SNNMT,
               "2027-06-30", [STC])]),
        ("Chủ trì, phối hợp với Sở Xây dựng, UBND các xã, phường tổ chức thẩm "
         "định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới; thời gian: "
         "Quý IV/2027.",
         [task("Tổ chức thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn "
               "mới", SNNMT, "2027-12-31", [SXD, XA])]),
    ]),
    (f"2. {SXD}", "paragraphs", [
        ("Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở dân "
         "cư trên địa bàn nông thôn; thời gian: Quý IV/2027.",
         [task("Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở "
               "dân cư trên địa bàn nông thôn", SXD, "2027-12-31")]),
    ]),
    ("3. Sở Văn hóa, Thể thao và Du lịch", "bullets", [
        ("Phối hợp với UBND các xã, phường xây dựng 20 mô hình làng văn hóa kiểu "
         "mẫu; thời gian: tháng 10/2027.",
         [task("Xây dựng 20 mô hình làng văn hóa kiểu mẫu",
               "Sở Văn hóa, Thể thao và Du lịch", "2027-10-31", [XA])]),
        ("Chủ trì tổ chức Liên hoan văn nghệ quần chúng các xã nông thôn mới; "
         "thời gian: tháng 11/2027.",
         [task("Tổ chức Liên hoan văn nghệ quần chúng các xã nông thôn mới",
               "Sở Văn hóa, Thể thao và Du lịch", "2027-11-30")]),
    ]),
    (f"4. {STC}", "paragraphs", [
        ("Tham mưu UBND tỉnh bố trí vốn thực hiện Chương trình theo quy định của "
         "Luật Ngân sách nhà nước.", []),
        ("Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu phân bổ vốn "
         "ngân sách tỉnh năm 2028 cho các xã; thời gian: tháng 11/2027.",
         [task("Tham mưu phân bổ vốn ngân sách tỉnh năm 2028 cho các xã", STC,
               "2027-11-30", [SNNMT])]),
    ]),
    (f"5. {XA}", "paragraphs", [
        ("Rà soát, cập nhật kế hoạch thực hiện các tiêu chí nông thôn mới của địa "
         "phương; thời gian: tháng 6/2027.",
         [task("Rà soát, cập nhật kế hoạch thực hiện các tiêu chí nông thôn mới "
               "của địa phương", XA, "2027-06-30")]),
    ]),
])  # fmt: skip

HA_TINH = ("III. NHIỆM VỤ", [
    ("1. Nhiệm vụ của các sở, ngành", "heading", []),
    (f"a) {SNNMT}", "colon", [
        ("Chủ trì, phối hợp với Sở Tài chính, Sở Công Thương xây dựng 05 chuỗi "
         "liên kết sản xuất sản phẩm OCOP chủ lực; thời gian: Quý III/2027.",
         [task("Xây dựng 05 chuỗi liên kết sản xuất sản phẩm OCOP chủ lực", SNNMT,
               "2027-09-30", [STC, "Sở Công Thương"])]),
    ]),
    ("b) Sở Y tế", "colon", [
        ("Chủ trì, phối hợp với UBND các xã, phường nâng tỷ lệ người dân tham gia "
         "bảo hiểm y tế đạt 95%; thời gian: Quý IV/2027.",
         [task("Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%", "Sở Y tế",
               "2027-12-31", [XA])]),
    ]),
    ("c) Sở Giáo dục và Đào tạo", "colon", [
        ("Hướng dẫn các xã, phường duy trì chuẩn phổ cập giáo dục tiểu học mức độ "
         "3; thời gian: tháng 8/2027.",
         [task("Hướng dẫn các xã, phường duy trì chuẩn phổ cập giáo dục tiểu học "
               "mức độ 3", "Sở Giáo dục và Đào tạo", "2027-08-31")]),
    ]),
    ("d) Các sở, ban, ngành", "colon", [
        ("Chủ động triển khai các nhiệm vụ được giao theo chức năng, nhiệm vụ.",
         []),
    ]),
    ("2. Nhiệm vụ của Mặt trận và các đoàn thể", "heading", []),
    ("a) Đề nghị Ủy ban MTTQ Việt Nam tỉnh", "colon", [
        ("Chủ trì vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn; "
         "thời gian: Quý III/2027.",
         [task("Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn",
               "Ủy ban MTTQ Việt Nam tỉnh", "2027-09-30")]),
    ]),
    ("b) Đề nghị Hội Nông dân tỉnh", "colon", [
        ("Phối hợp với Sở Nông nghiệp và Môi trường tập huấn kỹ thuật canh tác hữu "
         "cơ cho 500 hội viên; thời gian: tháng 7/2027.",
         [task("Tập huấn kỹ thuật canh tác hữu cơ cho 500 hội viên",
               "Hội Nông dân tỉnh", "2027-07-31", [SNNMT])]),
    ]),
])  # fmt: skip

NGHE_AN = ("IV. TỔ CHỨC THỰC HIỆN", [
    ("1. Sở NN&MT (cơ quan thường trực)", "bullets", [
        ("Chủ trì, phối hợp với Sở Tài chính hướng dẫn các xã xây dựng phương án "
         "huy động nguồn lực; thời gian: tháng 5/2027.",
         [task("Hướng dẫn các xã xây dựng phương án huy động nguồn lực", SNNMT,
               "2027-05-31", [STC])]),
        ("Chủ trì tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2027; "
         "thời gian: Quý IV/2027.",
         [task("Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2027",
               SNNMT, "2027-12-31")]),
    ]),
    ("2. Sở VHTTDL", "paragraphs", [
        ("Hướng dẫn xây dựng, duy trì thiết chế văn hóa, thể thao ở các thôn, "
         "bản, hoàn thành trong quý III/2027; tổ chức kiểm tra việc thực hiện "
         "tiêu chí văn hóa tại 15 xã, hoàn thành trong tháng 11/2027.",
         [task("Hướng dẫn xây dựng, duy trì thiết chế văn hóa, thể thao ở các "
               "thôn, bản", "Sở Văn hóa, Thể thao và Du lịch", "2027-09-30"),
          task("Tổ chức kiểm tra việc thực hiện tiêu chí văn hóa tại 15 xã",
               "Sở Văn hóa, Thể thao và Du lịch", "2027-11-30")]),
    ]),
    ("3. Sở Công Thương", "paragraphs", [
        ("Hỗ trợ các chủ thể OCOP tham gia hội chợ, triển lãm; kết nối tiêu thụ "
         "nông sản trên sàn thương mại điện tử; thời gian: Quý III/2027.",
         [task("Hỗ trợ các chủ thể OCOP tham gia hội chợ, triển lãm",
               "Sở Công Thương", "2027-09-30")]),
    ]),
    (f"4. {XA}", "paragraphs", [
        ("Chủ động xây dựng kế hoạch thực hiện của địa phương; bố trí nguồn lực "
         "thực hiện các tiêu chí.", []),
    ]),
])  # fmt: skip

THANH_HOA = ("III. NHIỆM VỤ", [
    (f"1. {SXD}:", "paragraphs", [
        ("Hướng dẫn các xã lập quy hoạch chung xây dựng xã giai đoạn 2026 - 2035. "
         "Thời gian hoàn thành: Quý II/2027.",
         [task("Hướng dẫn các xã lập quy hoạch chung xây dựng xã giai đoạn 2026 - "
               "2035", SXD, "2027-06-30")]),
    ]),
    (f"2. {SNNMT} (Cơ quan thường trực Ban Chỉ đạo tỉnh):", "bullets", [
        ("Chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng tham mưu UBND tỉnh phân "
         "bổ vốn sự nghiệp năm 2027; thời gian: tháng 3/2027.",
         [task("Tham mưu UBND tỉnh phân bổ vốn sự nghiệp năm 2027", SNNMT,
               "2027-03-31", [STC, SXD])]),
        ("Theo dõi, tổng hợp tình hình thực hiện Kế hoạch.", []),
    ]),
    ("3. Các sở, ban, ngành:", "paragraphs", [
        ("Phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn, kiểm tra các xã "
         "thực hiện tiêu chí thuộc lĩnh vực quản lý; thời gian: Quý IV/2027.",
         [task("Hướng dẫn, kiểm tra các xã thực hiện tiêu chí thuộc lĩnh vực quản "
               "lý", "Các sở, ban, ngành", "2027-12-31", [SNNMT])]),
    ]),
    ("4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội "
     "tỉnh:", "paragraphs", [
        ("Vận động đoàn viên, hội viên tham gia xây dựng khu dân cư nông thôn mới "
         "kiểu mẫu.", []),
    ]),
    (f"5. {XA}:", "paragraphs", [
        ("Tổ chức rà soát, đánh giá mức độ đạt các tiêu chí; thời gian: tháng "
         "4/2027.",
         [task("Tổ chức rà soát, đánh giá mức độ đạt các tiêu chí", XA,
               "2027-04-30")]),
    ]),
])  # fmt: skip


def lines_of(body) -> list[str]:
    """The body part's lines as written, the section heading first."""
    section, headings = body
    out = [section]
    for heading, style, items in headings:
        texts = [text for text, _ in items]
        if style == "colon":
            out.append(f"{heading}: {texts[0]}")
            texts = texts[1:]
        else:
            out.append(heading)
        out += [f"- {t}" if style == "bullets" else t for t in texts]
    return out


def tasks_of(body) -> list[dict]:
    return [t for _, _, items in body[1] for _, tasks in items for t in tasks]


# (file, province, number, date line, date, title, signer, body, what)
PLANS = [
    ("r27h-tinh-quang-tri-to-chuc-thuc-hien.odt", "QUẢNG TRỊ", "215",
     "ngày 14 tháng 01 năm 2027", "2027-01-14",
     "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
     "Hoàng Văn Nam", QUANG_TRI,
     "a province's plan saved as .odt by LibreOffice; five bodies' bold "
     "numbered headings under \"IV. TỔ CHỨC THỰC HIỆN\", the first with a "
     "bracket after the name over \"-\" duties, three over plain paragraphs "
     "(one a general duty with no time)."),
    ("r27h-tinh-ha-tinh-a-b-hai-cham.docx", "HÀ TĨNH", "88",
     "ngày 20 tháng 01 năm 2027", "2027-01-20",
     "Triển khai các nhiệm vụ xây dựng nông thôn mới năm 2027",
     "Trần Thị Thu", HA_TINH,
     "a province's Word plan; \"a) Sở …: <duty>; thời gian: …\" on one line "
     "under two numbered groups of \"III. NHIỆM VỤ\", \"Các sở, ban, ngành\" "
     "with a general duty, \"Đề nghị Ủy ban MTTQ Việt Nam tỉnh\", \"Đề nghị "
     "Hội Nông dân tỉnh\"."),
    ("r27h-tinh-nghe-an-viet-tat.pdf", "NGHỆ AN", "143",
     "ngày 05 tháng 02 năm 2027", "2027-02-05",
     "Nâng cao chất lượng các tiêu chí nông thôn mới năm 2027",
     "Nguyễn Văn Đệ", NGHE_AN,
     "a province's Word plan printed to PDF by LibreOffice; bodies written "
     "short (\"Sở NN&MT (cơ quan thường trực)\", \"Sở VHTTDL\"), a paragraph of "
     "two duties each with its own time, one of two duties under one time, "
     "one of general duties."),
    ("r27h-tinh-thanh-hoa-van-ban.txt", "THANH HÓA", "57",
     "ngày 28 tháng 01 năm 2027", "2027-01-28",
     "Thực hiện các tiêu chí nông thôn mới nâng cao năm 2027",
     "Lê Đức Giang", THANH_HOA,
     "a province's plan pasted as plain text; headings closed by \":\" over "
     "a paragraph or \"-\" duties, the time in a second sentence "
     "(\"Thời gian hoàn thành: Quý II/2027.\"), \"Các sở, ban, ngành:\", "
     "\"Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội "
     "tỉnh:\" over a general duty."),
]  # fmt: skip

COMMENT = """Round 27h (duties under each body's heading in a province's plan),
written before the importer was changed for it: {what}
Assumptions: the body a heading names (without the bracket after it, a
short name as written) leads each duty under it that has a time of its own;
the title is the work after "Chủ trì, phối hợp với Y", "Phối hợp với Y" or
"Chủ trì" (Y the partners), without the time; a duty with no time is a
general duty, no task; in one paragraph, duties separated by ";" each with
its own time are a task each, and duties under one time are one task named
by the first (the others its description); "Đề nghị" is no part of the
body; a quarter ends on its last day, a month on its last day."""

OPENING = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Huy động cả hệ thống chính trị thực hiện hiệu quả các tiêu chí nông thôn mới.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "Nhiệm vụ cụ thể của từng cơ quan, đơn vị được phân công dưới đây.",
]
REPORT = (
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nông "
    "nghiệp và Môi trường) trước ngày 15/12/2027."
)
RECIPIENTS = ["- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy;", "- Lưu: VT."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", ""]


def body_lines(body) -> list[str]:
    """The plan's lines from "I." to the report back."""
    lines = lines_of(body)
    if body[0].startswith("III."):
        return [*OPENING[:2], *lines, "IV. TỔ CHỨC THỰC HIỆN", REPORT]
    return [*OPENING, *lines, f"{len(body[1]) + 1}. {REPORT}"]


def is_heading(line: str) -> bool:
    return line[:2] in ("I.", "II", "IV") or (
        line[:1].isdigit() and not line.startswith("- ")
    )


def word_plan(province, number, date_line, title, signer, body) -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"TỈNH {province}", f"Số: {number}/KH-UBND"],
        f"{province.title()}, {date_line}",
        title,
    )
    a4(doc)
    for line in body_lines(body):
        bold = is_heading(line) and len(line) < 110
        para(doc, line, bold=bold, indent=1.0)
    closing_beside(doc, RECIPIENTS, [*SIGNATURE, signer])
    return save(doc)


def text_plan(province, number, date_line, title, signer, body) -> str:
    return "\n".join([
        "ỦY BAN NHÂN DÂN", f"TỈNH {province}", f"Số: {number}/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        f"{province.title()}, {date_line}", "", "KẾ HOẠCH", title, "",
        *body_lines(body), "", "Nơi nhận:", *RECIPIENTS,
        *[s for s in SIGNATURE if s], signer,
    ]) + "\n"  # fmt: skip


def header(province, number, date, title, signer) -> dict:
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": province.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN TỈNH {province}",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": signer,
        "recipients": len(RECIPIENTS),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, province, number, date_line, date, title, signer, body, what in PLANS:
        args = (province, number, date_line, title, signer, body)
        suffix = Path(name).suffix[1:]
        if suffix == "txt":
            data = text_plan(*args)
        elif suffix == "docx":
            data = word_plan(*args)
        else:
            data = saved_as(word_plan(*args), suffix)
        write(
            OUT,
            name,
            data,
            COMMENT.format(what=what),
            header(province, number, date, title, signer),
            tasks_of(body),
        )


if __name__ == "__main__":
    main()
