"""A header typed in floating text boxes: Word keeps each box's paragraphs
inside the paragraph that anchors it (VML w:pict/v:textbox, or a DrawingML
shape wps:txbx with the VML copy in mc:Fallback). The reader gives them as
paragraphs of their own, each once."""

from __future__ import annotations

from ntm.documents import read_document
from tests.documents.docx_parts import docx, p

V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _box(*lines: str) -> str:
    return "<w:txbxContent>" + "".join(p(line) for line in lines) + "</w:txbxContent>"


def vml(*lines: str) -> str:
    return (
        f'<w:r><w:pict><v:shape xmlns:v="{V}"><v:textbox>{_box(*lines)}'
        "</v:textbox></v:shape></w:pict></w:r>"
    )


def drawing(*lines: str) -> str:
    return (
        f'<w:r><mc:AlternateContent xmlns:mc="{MC}">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="{WPS}">'
        f"<wps:txbx>{_box(*lines)}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape xmlns:v="{V}"><v:textbox>{_box(*lines)}'
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def texts(data: bytes) -> list[str]:
    return [b.text for b in read_document("ke-hoach.docx", data).blocks]


def test_vml_text_boxes_are_paragraphs_of_their_own():
    data = docx(
        p(
            extra=vml("HỘI ĐỒNG NHÂN DÂN", "HUYỆN MƯỜNG TÈ", "Số: 31/KH-HĐND")
            + vml("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        ),
        p("Mường Tè, ngày 03 tháng 4 năm 2026"),
    )
    assert texts(data) == [
        "HỘI ĐỒNG NHÂN DÂN",
        "HUYỆN MƯỜNG TÈ",
        "Số: 31/KH-HĐND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Mường Tè, ngày 03 tháng 4 năm 2026",
    ]


def test_a_modern_shape_is_read_once_not_again_from_its_fallback():
    data = docx(p("KẾ HOẠCH", extra=drawing("Số: 07/KH-BCĐ", "Ban Chỉ đạo xã")))
    assert texts(data) == ["Số: 07/KH-BCĐ", "Ban Chỉ đạo xã", "KẾ HOẠCH"]
