"""ntm.documents reads every format officials have into one structure:
paragraphs with numbering, indentation and emphasis; tables with merged
cells. Real files are made here (Word XML, WeasyPrint PDF, LibreOffice .doc)
and read back."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest

from ntm.documents import DocumentError, Paragraph, Table, convert, read_document
from ntm.documents.reading import OLE2
from tests.documents.docx_parts import docx, p, tbl, tc, zipped


def paragraphs(document) -> list[tuple[str, str]]:
    return [(b.label, b.text) for b in document.blocks if isinstance(b, Paragraph)]


# ── Word ──


def test_word_numbering_is_drawn_as_word_draws_it():
    data = docx(
        p("MỤC ĐÍCH, YÊU CẦU", num=(1, 0)),
        p("NHIỆM VỤ", num=(1, 0)),
        p("Giao thông", num=(1, 1)),
        p("Đường trục xã", num=(1, 2)),
        p("Đường thôn", num=(1, 2)),
        p("rà soát", num=(1, 3)),
        p("cứng hóa", num=(1, 3)),
        p("Thủy lợi", num=(1, 1)),
        p("Kênh mương", num=(1, 2)),
        p("Thời gian: Quý II/2025", num=(2, 0)),
        p("Chủ trì: Phòng NN&PTNT", num=(2, 1)),
        p("ký hiệu", num=(2, 2)),
        p("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p("Tiếp tục từ năm", num=(3, 1)),
        p("Đoạn không đánh số"),
    )
    document = read_document("ke-hoach.docx", data)
    assert paragraphs(document) == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("II.", "NHIỆM VỤ"),
        ("1.", "Giao thông"),
        ("1.1.", "Đường trục xã"),
        ("1.2.", "Đường thôn"),
        ("a)", "rà soát"),
        ("b)", "cứng hóa"),
        ("2.", "Thủy lợi"),
        ("2.1.", "Kênh mương"),
        ("-", "Thời gian: Quý II/2025"),
        ("+", "Chủ trì: Phòng NN&PTNT"),
        ("•", "ký hiệu"),
        ("III.", "TỔ CHỨC THỰC HIỆN"),
        ("5.", "Tiếp tục từ năm"),  # another list instance, started at 5
        ("", "Đoạn không đánh số"),
    ]
    levels = [b.level for b in document.paragraphs]
    assert levels[:6] == [0, 0, 1, 2, 2, 3] and levels[-1] is None
    # Indentation comes from the list level when the paragraph sets none.
    assert [b.indent for b in document.paragraphs[2:6]] == [36.0, 54.0, 54.0, 72.0]
    assert document.paragraphs[0].full_text == "I. MỤC ĐÍCH, YÊU CẦU"


def test_word_emphasis_styles_and_alignment():
    data = docx(
        p("KẾ HOẠCH", style="Title"),
        p(
            runs=[
                ("- ", ""),
                ("Tiêu chí số 1 - Quy hoạch:", "bi"),
                (" Rà soát quy hoạch chung xã", ""),
            ]
        ),
        p(
            runs=[("Nhấn mạnh ", ""), ("đậm", "b")],
            extra='<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>theo kiểu</w:t></w:r>',
        ),
    )
    title, bullet, mixed = read_document("a.docx", data).paragraphs
    assert (title.text, title.bold, title.align, title.style) == (
        "KẾ HOẠCH",
        True,
        "center",
        "Title",
    )
    assert [(r.text, r.bold, r.italic) for r in bullet.runs] == [
        ("- ", False, False),
        ("Tiêu chí số 1 - Quy hoạch:", True, True),
        (" Rà soát quy hoạch chung xã", False, False),
    ]
    assert not bullet.bold
    assert [(r.text, r.bold) for r in mixed.runs] == [
        ("Nhấn mạnh ", False),
        ("đậmtheo kiểu", True),
    ]


def test_word_tabs_breaks_deleted_text_and_content_controls():
    deleted = (
        '<w:del w:id="1" w:author="A"><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>'
    )
    data = docx(
        "<w:p><w:r><w:t>KT. CHỦ TỊCH</w:t><w:br/><w:t>PHÓ CHỦ TỊCH</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>Nơi nhận:</w:t><w:tab/><w:t>KT. CHỦ TỊCH</w:t></w:r></w:p>",
        f"<w:p><w:r><w:t>Giữ lại</w:t></w:r>{deleted}</w:p>",
        "<w:sdt><w:sdtContent>" + p("Trong ô nội dung") + "</w:sdtContent></w:sdt>",
        p("   "),
    )
    document = read_document("a.docx", data)
    assert [b.text for b in document.blocks] == [
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Nơi nhận:\tKT. CHỦ TỊCH",
        "Giữ lại",
        "Trong ô nội dung",
    ]


def test_word_tracked_changes_read_what_is_inserted_never_what_is_deleted():
    # A draft sent with its tracked changes (round 17h): inserted and moved-to
    # text is the document's, deleted and moved-from text is not.
    def change(tag: str, text: str, text_tag: str = "w:t") -> str:
        return (
            f'<{tag} w:id="1" w:author="Văn thư"><w:r>'
            f'<{text_tag} xml:space="preserve">{text}</{text_tag}></w:r></{tag}>'
        )

    data = docx(
        '<w:p><w:r><w:t xml:space="preserve">b) Xây dựng </w:t></w:r>'
        + change("w:del", "02", "w:delText")
        + change("w:ins", "04")
        + '<w:r><w:t xml:space="preserve"> phòng học bộ môn; hoàn thành </w:t></w:r>'
        + change("w:moveFrom", "trước ngày 30/6/2027")
        + change("w:moveTo", "trong tháng 8/2027")
        + "</w:p>"
    )
    (paragraph,) = read_document("a.docx", data).paragraphs
    assert paragraph.text == (
        "b) Xây dựng 04 phòng học bộ môn; hoàn thành trong tháng 8/2027"
    )


def test_word_tables_keep_rows_cells_and_merges():
    data = docx(
        tbl(
            [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")],
            [tc("A", vmerge="restart"), tc("GIAO THÔNG", span=3)],
            [
                tc("", vmerge="continue"),
                tc("Cứng hóa 2 km"),
                tc("UBND xã"),
                tc("Quý II"),
            ],
            [tc("1"), tc("Nạo vét kênh"), tc("HTX", vmerge="restart"), tc("Quý III")],
            [tc("2"), tc("Tu sửa cống"), tc("", vmerge="continue"), tc("Quý IV")],
        )
    )
    (table,) = read_document("bang.docx", data).blocks
    assert isinstance(table, Table) and table.columns == 4
    group = table.rows[1].cells
    assert [(c.text, c.column, c.colspan, c.rowspan) for c in group] == [
        ("A", 0, 1, 2),
        ("GIAO THÔNG", 1, 3, 1),
    ]
    covered = table.rows[2].cells[0]
    assert covered.covered and covered.origin == (1, 0) and covered.text == ""
    assert table.rows[3].cells[2].rowspan == 2
    assert table.texts() == [
        ["TT", "Nội dung", "Chủ trì", "Thời gian"],
        ["A", "GIAO THÔNG", "GIAO THÔNG", "GIAO THÔNG"],
        ["A", "Cứng hóa 2 km", "UBND xã", "Quý II"],
        ["1", "Nạo vét kênh", "HTX", "Quý III"],
        ["2", "Tu sửa cống", "HTX", "Quý IV"],
    ]


def test_a_table_inside_a_cell_is_kept_as_tab_separated_lines():
    inner = tbl([tc("Thôn"), tc("Số hộ")], [tc("Cồn Tòng"), tc("120")])
    data = docx(tbl([f"<w:tc>{p('Phân bổ:')}{inner}{p('')}</w:tc>", tc("Ghi chú")]))
    (table,) = read_document("a.docx", data).blocks
    assert table.rows[0].cells[0].text == "Phân bổ:\nThôn\tSố hộ\nCồn Tòng\t120"


def test_python_docx_documents_read_the_same():
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("Mục một", style="List Number")
    document.add_paragraph("Mục hai", style="List Number")
    document.add_paragraph("Gạch đầu dòng", style="List Bullet")
    bold = document.add_paragraph().add_run("KẾ HOẠCH")
    bold.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    read = read_document("python-docx.docx", buffer.getvalue())
    assert paragraphs(read) == [
        ("1.", "Mục một"),
        ("2.", "Mục hai"),
        ("•", "Gạch đầu dòng"),
        ("", "KẾ HOẠCH"),
    ]
    assert read.paragraphs[-1].bold


# ── text and Markdown ──


def test_text_tabs_are_cells_a_leading_tab_is_indentation():
    text = (
        "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TT\tNội dung\tChủ trì\tThời gian\n"
        "\n"
        "I\tGIAO THÔNG\t\t\n"
        "1\tCứng hóa đường\tUBND xã\tQuý II/2025\n"
        "Hết bảng.\n"
    )
    header, table, tail = read_document("kh.txt", text.encode()).blocks
    assert (header.text, header.indent) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 36.0)
    assert table.texts() == [
        ["TT", "Nội dung", "Chủ trì", "Thời gian"],
        ["I", "GIAO THÔNG", "", ""],
        ["1", "Cứng hóa đường", "UBND xã", "Quý II/2025"],
    ]
    assert tail.text == "Hết bảng."


def test_markdown_emphasis_headings_and_pipe_tables():
    text = (
        "### **III. TỔ CHỨC THỰC HIỆN**\n"
        "- *Tiêu chí số 1 - Quy hoạch:* rà soát **quy hoạch** chung\n"
        "* Gạch sao, không phải nghiêng\n"
        "17\\_1 và 2*3*4 giữ nguyên\n"
        "| TT | Nội dung | Chủ trì |\n"
        "|---|:---|---|\n"
        "| 1 | Trồng cây | **Đoàn thanh niên** |\n"
    )
    heading, criterion, star, literal, table = read_document(
        "kh.md", text.encode()
    ).blocks
    assert (heading.text, heading.style, heading.bold) == (
        "III. TỔ CHỨC THỰC HIỆN",
        "Heading 3",
        True,
    )
    assert criterion.text == "- Tiêu chí số 1 - Quy hoạch: rà soát quy hoạch chung"
    assert [(r.text, r.bold, r.italic) for r in criterion.runs] == [
        ("- ", False, False),
        ("Tiêu chí số 1 - Quy hoạch:", False, True),
        (" rà soát ", False, False),
        ("quy hoạch", True, False),
        (" chung", False, False),
    ]
    assert star.text == "* Gạch sao, không phải nghiêng" and not star.italic
    assert literal.text == "17_1 và 2*3*4 giữ nguyên"
    assert table.texts() == [
        ["TT", "Nội dung", "Chủ trì"],
        ["1", "Trồng cây", "Đoàn thanh niên"],
    ]
    assert table.rows[1].cells[2].bold


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_text_in_every_encoding_windows_writes(encoding):
    text = "KẾ HOẠCH\r\nPhát động phong trào xây dựng nông thôn mới năm 2023\r\n"
    data = cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    document = read_document("kh.txt", data)
    assert [b.text for b in document.blocks] == [
        "KẾ HOẠCH",
        "Phát động phong trào xây dựng nông thôn mới năm 2023",
    ]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """`text` as Windows-1258 writes it: a base letter of the code page, then
    the tone mark as a combining character."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = [m for m in parts[1:] if m in TONES]
            base = parts[0] + "".join(m for m in parts[1:] if m not in TONES)
            out += unicodedata.normalize("NFC", base).encode("cp1258")
            out += "".join(tones).encode("cp1258")
    return out


def test_the_seeds_read_as_text_keep_every_line(settings):
    from pathlib import Path

    for path in sorted((Path(settings.BASE_DIR) / "fixtures" / "seeds").glob("*.txt")):
        raw = unicodedata.normalize("NFC", path.read_text("utf-8"))
        document = read_document(path.name, path.read_bytes())
        text = document.text()
        for line in raw.splitlines():
            words = re.sub(r"[*#\t]", " ", line).split()
            assert " ".join(words) in " ".join(text.replace("\t", " ").split()), line


# ── PDF ──


def weasyprint_pdf(html: str) -> bytes:
    from tests.pdfs import html_to_pdf

    return html_to_pdf(html)


PDF_PAGE = """<html><head><style>
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
body { font-family: "Liberation Serif"; font-size: 13pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; padding: 2pt; font-size: 12pt; }
</style></head><body>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện tiêu chí môi trường năm 2025</b></p>
<p style="text-indent:1cm">Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;</p>
<p><b>I. NHIỆM VỤ</b></p>
<p>- <i>Tiêu chí số 17 - Môi trường:</i> thu gom rác thải.</p>
<table>
<tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr>
<tr><td rowspan="2">A</td><td colspan="2"><b>MÔI TRƯỜNG</b></td></tr>
<tr><td>Trồng cây xanh</td><td>Đoàn Thanh niên</td></tr>
</table>
<p>Nơi nhận:</p>
</body></html>"""


def test_pdf_text_layer_paragraphs_emphasis_and_tables():
    document = read_document("ke-hoach.pdf", weasyprint_pdf(PDF_PAGE))
    assert document.format == "pdf" and document.pages == 1
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert texts[:2] == ["KẾ HOẠCH", "Thực hiện tiêu chí môi trường năm 2025"]
    assert document.paragraphs[0].bold and document.paragraphs[0].align == "center"
    # Two lines of one justified paragraph come back as one paragraph.
    assert texts[2].startswith("Căn cứ Quyết định số 318/QĐ-TTg") and texts[2].endswith(
        "giai đoạn 2021 - 2025;"
    )
    bullet = document.paragraphs[4]
    assert bullet.text == "- Tiêu chí số 17 - Môi trường: thu gom rác thải."
    assert any(r.italic and "Tiêu chí số 17" in r.text for r in bullet.runs)
    (table,) = document.tables
    assert table.texts() == [
        ["TT", "Nội dung", "Chủ trì"],
        ["A", "MÔI TRƯỜNG", "MÔI TRƯỜNG"],
        ["A", "Trồng cây xanh", "Đoàn Thanh niên"],
    ]
    assert table.rows[1].cells[0].rowspan == 2 and table.rows[1].cells[1].colspan == 2
    assert texts[-1] == "Nơi nhận:"


def test_a_scanned_pdf_is_named_as_such():
    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    pdf = weasyprint_pdf(
        f'<html><body><img src="data:image/png;base64,{pixel}" width="500"></body></html>'
    )
    with pytest.raises(DocumentError, match="bản quét"):
        read_document("scan.pdf", pdf)


def test_encrypted_and_broken_pdfs():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(weasyprint_pdf(PDF_PAGE))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="mat-khau", owner_password="chu")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(DocumentError, match="mật khẩu"):
        read_document("khoa.pdf", locked.getvalue())
    with pytest.raises(DocumentError, match="PDF bị hỏng"):
        read_document("hong.pdf", b"%PDF-1.4\n1 0 obj garbage")


# ── .doc through LibreOffice ──


def libreoffice(data: bytes, source: str, target: str) -> bytes:
    """`data` (a .`source` file) converted by LibreOffice to `target`."""
    converted = convert.libreoffice(data, f".{source}", target, timeout=120)
    assert converted, f"LibreOffice made no .{target} of the .{source}"
    return converted


def test_a_legacy_doc_is_converted_by_libreoffice():
    assert convert.converter(), "LibreOffice: scripts/system-deps installs it"
    source = docx(
        p("KẾ HOẠCH", style="Title"),
        p("NHIỆM VỤ", num=(1, 0)),
        p("Giao thông", num=(1, 1)),
        p("Cứng hóa đường trục thôn"),
    )
    legacy = libreoffice(source, "docx", "doc")
    assert legacy.startswith(OLE2)
    document = read_document("cu.doc", legacy)
    assert document.format == "doc" and "LibreOffice" in document.notes[0]
    assert [b.full_text for b in document.paragraphs] == [
        "KẾ HOẠCH",
        "I. NHIỆM VỤ",
        "1. Giao thông",
        "Cứng hóa đường trục thôn",
    ]
    # NOTE: no table here: LibreOffice 7.4 drops tables when it writes a .doc
    # (seen in its own .doc → .html round trip), so a test cannot make one.


def test_without_libreoffice_a_doc_gets_a_message(monkeypatch):
    monkeypatch.setattr(convert, "converter", lambda: None)
    fake_doc = OLE2 + "WordDocument".encode("utf-16-le") + b"\x00" * 600
    with pytest.raises(DocumentError, match=r"Word cũ \(\.doc\).*LibreOffice"):
        read_document("cu.doc", fake_doc)


def test_a_broken_doc_gets_a_message_not_a_crash():
    assert convert.converter()
    fake_doc = OLE2 + "WordDocument".encode("utf-16-le") + b"\x00" * 600
    with pytest.raises(DocumentError, match="Không chuyển được tệp .doc"):
        read_document("hong.doc", fake_doc)


# ── what is not a document ──


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "Tệp trống"),
        (b"  \r\n\t\n", "Tệp trống"),
        (b"x" * (10 * 1024 * 1024 + 1), "Tệp quá lớn"),
        (OLE2 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 99, "mật khẩu"),
        (OLE2 + "Workbook".encode("utf-16-le") + b"\0" * 99, "bảng tính"),
        (zipped({"xl/workbook.xml": b"<x/>"}), "bảng tính"),
        (b"PK\x03\x04" + b"\x00garbage" * 40, "không phải là tài liệu Word"),
        (zipped({"word/other.xml": b"<x/>"}), "không phải là tài liệu Word"),
        (zipped({"word/document.xml": b"<not xml"}), "không phải là tài liệu Word"),
        (zipped({"word/document.xml": b"<html/>"}), "không phải là tài liệu Word"),
        (
            zipped({"word/document.xml": b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>"}),
            "không phải là tài liệu Word",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "ảnh"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "ảnh"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "không phải văn bản"),
    ],
)
def test_what_is_not_a_document_gets_a_vietnamese_message(data, message):
    with pytest.raises(DocumentError, match=re.escape(message)):
        read_document("tep.docx", data)


def test_an_empty_word_document_is_empty():
    with pytest.raises(DocumentError, match="Tệp trống"):
        read_document("trong.docx", docx(p(""), p("   ")))
