"""The words of a table's column headers are one list (ntm/documents/
columns.toml), read by the spreadsheet reader to find a sheet's header row
and by the plan importer to give each column its role."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from ntm.documents import columns, sheet
from ntm.text import fold
from plans.document_import import blocks, labels

DATA = tomllib.loads(
    Path(columns.__file__).with_name("columns.toml").read_text("utf-8")
)
PHRASES = [
    phrase
    for column in DATA["column"]
    for kind in ("whole", "starts", "has")
    for phrase in column.get(kind, [])
]


def test_the_two_readers_keep_no_list_of_their_own():
    assert not hasattr(sheet, "HEADER_WORDS")
    assert "column" not in labels.LABELS
    assert blocks.COLUMNS is columns.COLUMNS


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_phrase_names_a_column_for_both_readers(phrase):
    # The importer gives the cell a role; the spreadsheet reader counts it
    # as a header cell. Both from the same line of columns.toml.
    assert any(re.search(pattern, phrase) for _, pattern in blocks.COLUMNS)
    assert phrase in columns.HEADER_WORDS
    assert columns.HEADER.search(phrase)


def test_a_header_cell_takes_the_first_role_it_matches():
    def role(text: str) -> str:
        folded = fold(text)
        return next(r for r, p in columns.COLUMNS if re.search(p, folded))

    assert role("Người chịu trách nhiệm") == "official"
    assert role("Đơn vị chủ trì thực hiện") == "lead"
    assert role("Cơ quan, đơn vị") == "lead"
    assert role("Đơn vị tính") == "unit"
    assert role("Năm hoàn thành") == "time"
    assert role("STT") == "number"
    assert role("Nội dung công việc") == "content"
