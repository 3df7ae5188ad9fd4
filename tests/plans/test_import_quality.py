"""The import measured on plans it was not written for: the corpus under
tests/plans/import_corpus (tuned: the plans it was developed on, including
three earlier held-out rounds; held_out: round 4; round5 … round8: rounds 5
to 8), each with its expected result. Rounds 4 to 8 were each measured once
untouched (figures in docs/import-quality.md) and then tuned on, so every
set must meet the thresholds of issue 18 (tasks ≥ 95 % precision and
recall, the other fields ≥ 90 %). `manage.py import_quality` prints the
table."""

from __future__ import annotations

import functools
import io
import re
import tomllib
from pathlib import Path

import pytest
from django.core.management import call_command

from plans.document_import import quality

# Round 6 (tasks 75.0/60.0, leads 100/40.0 when first measured) and round 7
# (tasks 93.3/93.3, leads 71.4/41.7, coordinating 100/85.7, deadlines
# 100/73.3, header 95.2/90.9) were each measured once untouched
# (docs/import-quality.md), then tuned on together; both now meet the
# thresholds. Round 8 (tasks 69.0/66.7, leads 56.5/54.2, officials 0/0,
# deadlines 94.7/66.7 when first measured) was tuned on after it. Round 9
# (tasks 91.2/75.6, leads 96.2/61.0, deadlines 83.9/63.4 when first
# measured; its borderless PDF table 0/0) was tuned on after that, the PDF
# table by the reader's rule for tables without ruling lines. Round 10
# (tasks 86.1/77.5, leads 87.5/52.5, coordinating 100/58.8, deadlines
# 96.4/67.5 when first measured; the Google Docs Markdown 0/0) was tuned on
# after that. Round 11 (tasks 64.7/64.7, leads 84.6/68.8, coordinating
# 77.8/53.8, deadlines 84.6/64.7 when first measured; the prose plan whose
# tasks are paragraphs under topic headings 0/0) was tuned on after that.
# Round 12 (tasks 68.3/77.8, leads 79.3/63.9, coordinating 75.8/58.1,
# deadlines 95.8/63.9 when first measured; the table pasted from Excel's
# deadlines 0/0) was tuned on after that.
# Round 13 (tasks 50.0/16.7, leads 100/16.7, coordinating 100/57.1,
# deadlines 0/0 when first measured; two of its three plans gave no task)
# was tuned on after that. The xlsx set (spreadsheets: an appendix workbook
# uploaded alone, a whole plan as .ods) was written with the spreadsheet
# reader, not held out; partners 62.5/45.5 when first measured.
# Round 14 (tasks 100/77.8, deadlines 100/38.9, header 92.7/88.4 when first
# measured; its official letter gave no task) was tuned on after that. The
# letters set (official letters that hand work down, and a reminder that
# asks for none) was written before the letter reading changed: tasks 0/0,
# leads 0/0, deadlines 0/0, header 90.0/85.7 when first measured.
# Round 15h (the four families the lead's hold-out of 06/12/2026 read
# badly, written before the change for them: advising unit on labelled
# lines, a numeric place-date, labels in one paragraph, Word list paragraphs
# as .docx and PDF) measured tasks 94.3/94.3, leads 88.5/65.7, coordinating
# 51.6/48.5, officials 0/0, deadlines 94.4/48.6, header 100/94.6 untouched.
# Round 15 (the lead's hidden hold-out, measured untouched at 90311e0: tasks
# 88.9/88.9, leads 69.6/59.3, coordinating 67.9/63.3, officials 0/0,
# deadlines 82.4/51.9, header 100/97.0) and round 16 (measured at 75eb977:
# 100 on every field but the header, 94.3/94.3) were tuned on after that.
# Round 17h (the families of the lead's third hold-out, written before the
# change for them: wrapped bold headings in LibreOffice PDFs, a "Nhiệm vụ,
# giải pháp" task table, a criterion over one unlettered paragraph) measured
# tasks 52.2/36.4, leads 57.1/36.4, coordinating 48.1/27.7, deadlines
# 60.0/36.4, header 100/97.4 untouched.
# Round 17w (helper weak18, the last session's weak readings; written
# knowing the families, measured at ff1abb3): tasks 66.7/66.7, leads
# 57.1/44.4, coordinating 100/62.5, officials 50/33.3, deadlines 100/66.7,
# header 100/80.6; its fourth plan (two days in one time, two leads named),
# before that change: leads 33.3/33.3, coordinating 100/50, deadlines
# 100/66.7.
# Round 19h (helper fam19, the families of the lead's round-19 hold-out,
# written before the change for them: works headed "Công trình 1:", a
# schedule of quarters or months as the time, numbered groups over lettered
# rows) measured tasks 65.0/68.4, leads 76.5/68.4, coordinating 82.4/63.6,
# deadlines 66.7/31.6, header 100/100 untouched (at bd8080b).
# Round 20a (helper fam20a, the family of the lead's round-20 hold-out,
# written before the change for it: work handed out unit by unit under
# "III. TỔ CHỨC THỰC HIỆN", a line that only names a unit over items that
# end with their time) measured tasks 100/12.2, leads 100/12.2,
# coordinating 100/33.3, deadlines 100/12.2, header 100/100 untouched (at
# fb3c8fe): four of its five plans gave no task from part III.
# Round 20b (helper fam20b, the families of the lead's round-20 hold-out,
# written before the change for them: a task table cut by the pages of a
# PDF, abbreviated names with a comma inside, a time in two columns "Bắt
# đầu | Hoàn thành") measured tasks 88.5/96.4, leads 83.9/83.9,
# coordinating 75.3/88.9, deadlines 96.4/96.4, starts 0/0, header
# 98.8/98.8 untouched (at fb3c8fe; starts under the measure added then).
# Round 22t (helper fam22t, four families of the lead's round-22 hold-out,
# written before the change for them: one column per village under a
# merged header cell, a row's works with their times line by line, the
# body inside a one-cell layout table, tasks after "Một là," / "Thứ nhất,")
# measured tasks 90.9/65.2, leads 90.9/65.2, coordinating 91.9/63.0,
# deadlines 73.3/47.8, header 100/96.8 untouched (at 295b5f9).
# Round 22h (helper fam22h, the header families of the lead's round-22
# hold-out, written before the change for them: joint plans of two bodies,
# a table exported with a caption and a form's label, a plan inside a
# forwarded e-mail) measured 100 on tasks, leads, coordinating and starts,
# deadlines 71.4/71.4, header 82.4/68.9 untouched (at bd5f00c).
# Round 22k (helper known, the families earlier rounds left open, written
# before the change for them: unit names with "và" or a comma inside,
# sections headed by capitals, bases in the body, Word tables as PDF pages
# give them, a message's sentence after greetings, schedules of weeks and
# years) measured tasks 83.6/68.7, leads 79.6/64.2, coordinating 82.3/71.8,
# deadlines 86.4/56.7, starts 0/0, header 97.3/88.3 untouched (at 295b5f9).
# The next round must be written before the next change.
SETS = quality.SETS
# The reader itself: the command's test puts _read in quality.run's place,
# and a set not read before would then call itself.
_RUN = quality.run


@functools.cache
def _read(folder: Path) -> tuple[quality.Result, ...]:
    """Every set read once per test run: the three tests below measure the
    same readings, and a reading of every set takes minutes (most of it
    LibreOffice converting the .doc and .odt plans)."""
    return tuple(_RUN(folder))


def test_the_corpus_is_varied_and_every_plan_has_its_expected_result():
    tuned = quality.cases(quality.CORPUS / "tuned")
    held_out = quality.cases(quality.CORPUS / "held_out")
    round5 = quality.cases(quality.CORPUS / "round5")
    assert len(tuned) >= 12 and len(held_out) >= 4 and len(round5) >= 5
    held_out += round5
    suffixes = {p.suffix for p in tuned + held_out}
    assert {".txt", ".md", ".docx", ".pdf", ".doc"} <= suffixes
    assert any(p.suffix == ".odt" for p in quality.cases(quality.CORPUS / "round10"))
    sheets = {p.suffix for p in quality.cases(quality.CORPUS / "xlsx")}
    assert {".xlsx", ".ods"} <= sheets
    seeds = {
        p.read_bytes()
        for p in (quality.CORPUS.parents[2] / "fixtures" / "seeds").glob("*.txt")
    }
    assert not seeds & {p.read_bytes() for p in tuned + held_out}


@pytest.mark.parametrize("name", SETS)
def test_the_issues_thresholds_are_met_on_every_set(name):
    """Round 4 (held_out) and round 5 measured below this before they were
    tuned on (docs/import-quality.md); now every set meets the issue's
    thresholds."""
    total = quality.total(list(_read(quality.CORPUS / name)))
    scores = {f: (s.precision, s.recall) for f, s in total.scores.items()}
    assert scores["tasks"][0] >= 0.95 and scores["tasks"][1] >= 0.95, scores
    for field in quality.FIELDS[1:]:
        assert min(scores[field]) >= 0.90, (field, scores[field])
    assert total.used_share >= 0.90


def test_every_document_finds_most_of_its_tasks():
    """No single plan family may be left behind by the totals."""
    for name in SETS:
        for result in _read(quality.CORPUS / name):
            assert result.scores["tasks"].recall >= 0.8, (result.name, result.misses)


def test_the_command_prints_per_document_and_in_total(monkeypatch):
    monkeypatch.setattr(quality, "run", lambda folder: list(_read(folder)))
    out = io.StringIO()
    call_command("import_quality", misses=True, stdout=out)
    text = out.getvalue()
    for name in SETS:
        assert f"== {name}:" in text, name
    assert "round16" in SETS and "round17h" in SETS and "letters" in SETS
    assert "01-xa-hoa-lac-tieu-chi.md" in text and "Tổng" in text
    for column in (
        "tasks",
        "leads",
        "coordinatin",
        "officials",
        "deadlines",
        "starts",
        "header",
        "dòng dùng",
    ):
        assert column in text


def test_a_wrong_result_lowers_the_score(tmp_path):
    """The measure can fail: a corpus entry whose expected task is not in the
    document scores below 100 %."""
    source = quality.CORPUS / "tuned" / "07-xa-tan-thanh-du-thao.txt"
    (tmp_path / "x.txt").write_bytes(source.read_bytes())
    expected = source.with_suffix(".toml").read_text("utf-8")
    expected += '\n[[tasks]]\nnumber = "9"\ntitle = "Nhiệm vụ không có trong văn bản"\nlead = "UBND xã"\n'
    (tmp_path / "x.toml").write_text(expected, "utf-8")
    (result,) = quality.run(tmp_path)
    assert result.scores["tasks"].recall < 1.0
    assert any("Nhiệm vụ không có trong văn bản" in miss for miss in result.misses)


@pytest.mark.django_db
def test_the_bench_previews_a_long_word_plan_and_leaves_nothing(tmp_path):
    """The speed is measured by the command, not asserted here: this only
    keeps the bench working (and rolled back)."""
    from plans.models import Plan
    from villages.models import Area

    out = io.StringIO()
    call_command("import_quality", bench=True, folder=[tmp_path], stdout=out)
    text = out.getvalue()
    assert "== bench: xem trước một tệp .docx" in text
    assert "160 nhiệm vụ; 5 lần: trung vị" in text
    assert not Area.objects.exists() and not Plan.objects.exists()


def test_no_expected_official_carries_a_title_of_address():
    """The expected results say what a careful person enters (docs/import.md,
    units.without_honorific): "Lò Thị Mai - công chức …", never "đ/c Lò Thị
    Mai …"; the measure compares them as written."""
    addressed = re.compile(r"(?:^|\()(?:đ\s*/\s*c|đồng chí)\.?\s", re.IGNORECASE)
    found = []
    for path in sorted((Path(__file__).parent / "import_corpus").rglob("*.toml")):
        for task in tomllib.loads(path.read_text("utf-8")).get("tasks", []):
            if addressed.search(task.get("official") or ""):
                found.append((path.name, task["official"]))
    assert found == []
