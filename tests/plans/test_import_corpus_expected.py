"""The expected results the corpus's generators write (import_corpus/
expected.py) read back as the TOML the import quality measure loads."""

import tomllib

from tests.plans.import_corpus.expected import as_tasks, toml_text, write


def test_the_expected_result_reads_back_as_what_it_was_written_from():
    header = {"number": 'Số: 12/KH-UBND "A"', "bases": ["Căn cứ a\\b"], "recipients": 3}
    tasks = [
        {
            "title": "Làm đường",
            "lead": "Phòng Kinh tế",
            "coordinating": ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
            "deadline": "2027-06-30",
            "start": "2027-01-01",
        },
        {"title": "Họp dân", "lead": "", "coordinating": [], "deadline": None},
    ]
    text = toml_text("Family F1.\nAssumed: no partners.", header, tasks)
    assert text.startswith("# Family F1.\n# Assumed: no partners.\n[header]\n")
    assert tomllib.loads(text) == {
        "header": header,
        "tasks": [tasks[0], {"title": "Họp dân"}],
    }


def test_a_row_of_a_generator_is_an_expected_task_whatever_stands_before_its_deadline():
    assert as_tasks(
        [
            ("Làm đường", "Phòng Kinh tế", ["Hội Nông dân xã"], "2027-06-30"),
            ("Họp dân", "Văn phòng", [], "Quý II/2027", "2027-06-30"),
        ]
    ) == [
        {
            "title": "Làm đường",
            "lead": "Phòng Kinh tế",
            "coordinating": ["Hội Nông dân xã"],
            "deadline": "2027-06-30",
        },
        {
            "title": "Họp dân",
            "lead": "Văn phòng",
            "coordinating": [],
            "deadline": "2027-06-30",
        },
    ]


def test_a_document_is_written_with_its_expected_result_beside_it(tmp_path):
    write(tmp_path, "a.txt", "KẾ HOẠCH\n", "F2.", {"recipients": 1}, [])
    write(tmp_path, "b.docx", b"PK", "F3.", {"recipients": 2}, [])
    assert (tmp_path / "a.txt").read_text("utf-8") == "KẾ HOẠCH\n"
    assert (tmp_path / "b.docx").read_bytes() == b"PK"
    assert (tmp_path / "a.toml").read_text(
        "utf-8"
    ) == "# F2.\n[header]\nrecipients = 1\n"
    assert tomllib.loads((tmp_path / "b.toml").read_text("utf-8")) == {
        "header": {"recipients": 2}
    }
