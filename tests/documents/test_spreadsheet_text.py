"""Text pasted from a spreadsheet (Excel, LibreOffice Calc, Google Sheets)
is read as the spreadsheet wrote it to the clipboard: cells separated by
tabs, a cell that holds a line break (Alt+Enter) in double quotes over
several lines with its own quotes doubled, empty cells as trailing tabs. A
quote that closes nothing is text and never takes the lines after it."""

from __future__ import annotations

import pytest

from ntm.documents import Paragraph, Table, read_document


def rows_of(text: str, *, crlf: bool = False) -> list[list[str]]:
    data = text.replace("\n", "\r\n") if crlf else text
    document = read_document("dan-tu-excel.txt", data.encode("utf-8"))
    [table] = document.tables
    return [[cell.text for cell in row.cells] for row in table.rows]


HEAD = "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian\tGhi chú\n"


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_a_quoted_cell_over_two_lines_is_one_cell(crlf):
    rows = rows_of(
        HEAD + "1\tBê tông hóa đường ngõ xóm 5\tPhòng Kinh tế\t"
        '"Ban phát triển xóm 5\nHội Cựu chiến binh xã"\tT6/2027\tVốn lồng ghép\n'
        '2\t"Nạo vét kênh tiêu\nxứ đồng Bàu"\tPhòng Kinh tế\tHTX nông nghiệp\tQ3/2027\t\n',
        crlf=crlf,
    )
    assert rows[1:] == [
        [
            "1",
            "Bê tông hóa đường ngõ xóm 5",
            "Phòng Kinh tế",
            "Ban phát triển xóm 5\nHội Cựu chiến binh xã",
            "T6/2027",
            "Vốn lồng ghép",
        ],
        [
            "2",
            "Nạo vét kênh tiêu\nxứ đồng Bàu",
            "Phòng Kinh tế",
            "HTX nông nghiệp",
            "Q3/2027",
        ],
    ]


def test_a_cell_of_three_lines_and_a_blank_line_inside_it():
    rows = rows_of(
        HEAD + '1\tTập huấn kỹ thuật trồng cây ăn quả\tHội Nông dân xã\t"Trạm '
        'Khuyến nông\n\nHTX Thịnh Phát\nBan phát triển các xóm"\tQIV/2027\n'
    )
    # The blank line of the cell goes, as blank lines do.
    assert rows[1][3] == "Trạm Khuyến nông\nHTX Thịnh Phát\nBan phát triển các xóm"
    assert rows[1][4] == "QIV/2027"


def test_doubled_quotes_in_a_quoted_cell_are_one_quote():
    rows = rows_of(
        HEAD + '1\t"Xây dựng mô hình ""Xóm sáng - xanh - sạch""\ntại xóm 2"\t'
        "Hội Liên hiệp Phụ nữ xã\t\t2027\n"
        '2\t"Phát động phong trào ""Ngày Chủ nhật xanh"""\tĐoàn Thanh niên xã\t\t'
        "T5/2027\n"
    )
    assert rows[1][1] == 'Xây dựng mô hình "Xóm sáng - xanh - sạch"\ntại xóm 2'
    assert rows[2][1] == 'Phát động phong trào "Ngày Chủ nhật xanh"'


def test_a_cell_merely_typed_in_quotes_keeps_them():
    # Excel copies a cell with no line break as it is, quotes and all.
    rows = rows_of(HEAD + '1\t"Tuyến đường nở hoa"\tĐoàn Thanh niên xã\t\t2027\n')
    assert rows[1][1] == '"Tuyến đường nở hoa"'


def test_an_unmatched_quote_does_not_swallow_the_document():
    document = read_document(
        "dan-tu-excel.txt",
        (
            HEAD + '1\t"Nạo vét kênh mương nội đồng\tPhòng Kinh tế\t\tQ2/2027\n'
            "2\tKiên cố hóa 1 km kênh mương\tPhòng Kinh tế\tHTX Đông Hải\tQ3/2027\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            'Các đơn vị báo cáo kết quả về UBND xã."\n'
        ).encode("utf-8"),
    )
    [table] = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[1] == [
        "1",
        '"Nạo vét kênh mương nội đồng',
        "Phòng Kinh tế",
        "",
        "Q2/2027",
    ]
    assert rows[2][1] == "Kiên cố hóa 1 km kênh mương"
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)][-2:] == [
        "III. TỔ CHỨC THỰC HIỆN",
        'Các đơn vị báo cáo kết quả về UBND xã."',
    ]


def test_a_quote_closed_by_more_text_is_no_quoted_cell():
    rows = rows_of(
        HEAD + '1\t"Ngày hội" Đại đoàn kết tại xóm 4\tỦy ban MTTQ xã\t\tT11/2027\n'
    )
    assert rows[1][1] == '"Ngày hội" Đại đoàn kết tại xóm 4'


def test_a_quoted_first_cell_over_two_lines_starts_a_row():
    rows = rows_of(
        "Nội dung\tChủ trì\tThời gian\n"
        '"Rà soát quy hoạch\nchung xã"\tPhòng Kinh tế\t06/2027\n'
        "Cập nhật bản đồ địa chính\tPhòng Kinh tế\t2027-09-30\n"
    )
    assert rows[1:] == [
        ["Rà soát quy hoạch\nchung xã", "Phòng Kinh tế", "06/2027"],
        ["Cập nhật bản đồ địa chính", "Phòng Kinh tế", "2027-09-30"],
    ]


def test_prose_in_quotes_over_two_lines_stays_prose():
    document = read_document(
        "ke-hoach.txt",
        '"Toàn dân đoàn kết\nxây dựng đời sống văn hóa"\n'.encode(),
    )
    assert not document.tables
    assert [b.text for b in document.blocks] == [
        '"Toàn dân đoàn kết',
        'xây dựng đời sống văn hóa"',
    ]


def test_a_quote_left_open_for_many_lines_is_text():
    lines = ['1\t"Xây dựng nhà văn hóa\tPhòng Văn hóa - Xã hội'] + [
        f"Dòng giải thích số {n}." for n in range(60)
    ]
    lines.append('kết thúc"\tHết')
    document = read_document("ke-hoach.txt", "\n".join(lines).encode())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [
        ["1", '"Xây dựng nhà văn hóa', "Phòng Văn hóa - Xã hội"]
    ]
    assert document.blocks[1].text == "Dòng giải thích số 0."
