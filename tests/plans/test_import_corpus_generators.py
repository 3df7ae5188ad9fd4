"""The corpus's generators (tests/plans/import_corpus/make_*.py) are run by
hand, once, and their files committed, so nothing ran them afterwards: a
helper moved out of one could break another unnoticed (round 22k's lost a
name it took from round 20b's), and three wrote the corpus again whenever
they were merely imported. Each is imported here: its names must still be
there, and importing it must write nothing."""

import importlib.util
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "import_corpus"
GENERATORS = sorted(CORPUS.glob("make_*.py"))


def _files() -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in CORPUS.rglob("*") if p.is_file()}


def test_there_are_generators_to_check():
    assert len(GENERATORS) >= 25


@pytest.mark.parametrize("path", GENERATORS, ids=lambda p: p.name)
def test_a_generator_imports_and_writes_nothing_when_imported(path):
    before = _files()
    spec = importlib.util.spec_from_file_location(f"corpus_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    changed = [p for p, mtime in _files().items() if before.get(p) != mtime]
    assert changed == []
