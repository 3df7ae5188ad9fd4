"""The importer's word lists are kept once: the kinds of body that lead
(labels.BODY_KINDS) and the cells that are only a time
(timeframes.TIME_CELL), read by the meaning and by the outline alike."""

from __future__ import annotations

from ntm.text import fold
from plans.document_import import labels, table_columns, timeframes, units
from tests.plans.reading import read_plan


def test_the_outline_keeps_no_list_of_its_own():
    assert units.BODY_KINDS is labels.BODY_KINDS
    assert table_columns._LEAD.pattern == labels.BODY_KINDS
    assert not hasattr(table_columns, "_TIME")
    assert table_columns.TIME_CELL is timeframes.TIME_CELL


def test_a_table_with_no_header_reads_its_leads_and_times_by_the_same_words():
    # "Trung tâm", "Trường", "Chi cục" are kinds of body the meaning knew and
    # the outline's own list did not; "Cả năm", "Mỗi tháng" times.
    text = (
        "KẾ HOẠCH\nXây dựng nông thôn mới năm 2027\nI. NHIỆM VỤ\n"
        "1\tTổ chức ngày hội văn hóa các thôn\tTrung tâm Văn hóa xã\tCả năm\n"
        "2\tDạy bơi cho học sinh\tTrường Tiểu học xã\tHằng ngày\n"
        "3\tKiểm tra an toàn thực phẩm\tChi cục Thú y\tMỗi tháng\n"
    )
    tasks = read_plan(text).tasks
    assert [(t.title, t.lead_text, t.time_text) for t in tasks] == [
        ("Tổ chức ngày hội văn hóa các thôn", "Trung tâm Văn hóa xã", "Cả năm"),
        ("Dạy bơi cho học sinh", "Trường Tiểu học xã", "Hằng ngày"),
        ("Kiểm tra an toàn thực phẩm", "Chi cục Thú y", "Mỗi tháng"),
    ]


def test_recurring_work_runs_over_the_plans_year_by_the_same_words():
    for text in ("Thường xuyên", "Hằng quý", "Định kỳ 6 tháng", "Cả năm"):
        assert timeframes.time_range(text, default_year=2027) is not None
        assert timeframes.TIME_CELL.fullmatch(fold(text))
