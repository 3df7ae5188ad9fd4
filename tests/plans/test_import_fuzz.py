"""Never a crash: random, truncated and shuffled documents, and the bad
inputs of the plans issue, through the reader, the command and the upload
page. Each gives a preview, or a Vietnamese message; none a traceback or a
500. (The cases are drawn from a fixed seed, so a failure is reproducible.)"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from ntm.documents import DocumentError, read_document
from ntm.documents.reading import OLE2
from plans.document_import.parser import parse
from plans.document_import.proposal import propose
from plans.models import Plan
from tests.documents.docx_parts import zipped
from tests.factories import AgencyFactory, commune, province

CORPUS = Path(__file__).parent / "import_corpus"
SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


def _sources() -> list[tuple[str, bytes]]:
    files = [
        p
        for p in sorted(CORPUS.rglob("*"))
        if p.suffix in (".txt", ".md", ".docx", ".pdf")
    ]
    files += sorted(SEEDS.glob("*.txt"))
    return [(p.name, p.read_bytes()) for p in files]


def cases(count: int, seed: int = 18) -> list[tuple[str, bytes]]:
    """Documents as users break them: cut anywhere, lines shuffled or
    dropped, bytes flipped, random Vietnamese words, markers with nothing
    after them."""
    rng = random.Random(seed)
    sources = _sources()
    out: list[tuple[str, bytes]] = []
    while len(out) < count:
        name, data = rng.choice(sources)
        how = rng.randrange(7)
        if how == 0:  # truncated anywhere (a .docx or .pdf cut is corrupt)
            out.append((name, data[: rng.randrange(1, max(2, len(data)))]))
        elif how == 1 and name.endswith((".txt", ".md")):  # lines shuffled
            lines = data.decode("utf-8").splitlines()
            rng.shuffle(lines)
            out.append((name, "\n".join(lines).encode()))
        elif how == 2 and name.endswith((".txt", ".md")):  # half the lines gone
            lines = data.decode("utf-8").splitlines()
            kept = [line for line in lines if rng.random() < 0.5]
            out.append((name, "\n".join(kept).encode()))
        elif how == 3:  # bytes flipped
            flipped = bytearray(data)
            for _ in range(rng.randrange(1, 40)):
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
            out.append((name, bytes(flipped)))
        elif how == 4:  # random words with markers and header pieces
            pieces = [
                "KẾ HOẠCH",
                "I.",
                "1.1.",
                "a)",
                "-",
                "+",
                "Tiêu chí số",
                "Chỉ tiêu 17.",
                "Số: /",
                "ngày tháng năm",
                "(",
                ")",
                "chủ trì",
                "phối hợp",
                "Thời gian:",
                "\t",
                "|",
                "**",
                "Nơi nhận:",
                "TM.",
            ]
            words = []
            for _ in range(rng.randrange(5, 400)):
                if rng.random() < 0.3:
                    words.append(rng.choice(pieces))
                else:
                    words.append(
                        "".join(
                            rng.choice(VIETNAMESE) for _ in range(rng.randrange(1, 8))
                        )
                    )
                words.append(rng.choice([" ", " ", " ", "\n", "\t"]))
            out.append(("ngau-nhien.txt", "".join(words).encode()))
        elif how == 5:  # pure noise
            out.append(
                (
                    "rac.bin",
                    bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))),
                )
            )
        elif name.endswith((".txt", ".md")):  # every line cut in the middle
            lines = data.decode("utf-8").splitlines()
            cut = [line[: rng.randrange(len(line) + 1)] for line in lines]
            out.append((name, "\n".join(cut).encode()))
    return out


# The bad inputs of the plans issue (8): not a plan, empty, 50 MB, password
# protected or corrupt .docx, legacy .doc renamed .docx.
BAD = [
    (
        "thu.txt",
        "Kính gửi anh Nam,\nTuần sau họp chi bộ lúc 8 giờ.\nTrân trọng.".encode(),
    ),
    ("trong.docx", b""),
    ("lon.txt", b"x" * (50 * 1024 * 1024)),
    ("mat-khau.docx", OLE2 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600),
    ("hong.docx", b"PK\x03\x04" + b"\x00garbage" * 40),
    ("cu.docx", OLE2 + "WordDocument".encode("utf-16-le") + b"\x00" * 600),
    ("rong.docx", zipped({"word/document.xml": b"<w:document/>"})),
]


@pytest.mark.parametrize("index", range(0, 120))
def test_the_pipeline_reads_or_explains(index, db):
    name, data = cases(120)[index]
    area = commune(province("Lạng Sơn"), "Tân Thành")
    try:
        document = read_document(name, data)
    except DocumentError as error:
        assert error.messages and all(m.strip() for m in error.messages)
        return
    parsed = parse(document)
    propose(parsed, area=area)
    assert all(line.text for line in parsed.source)


@pytest.fixture
def world(db):
    area = commune(province("Lạng Sơn"), "Tân Thành")
    AgencyFactory(area=area, name="Ủy ban nhân dân xã Tân Thành")
    get_user_model().objects.create_superuser("quantri", password="x")
    return area


@pytest.mark.parametrize("index", range(0, 30))
def test_the_command_never_shows_a_traceback(index, world, tmp_path):
    name, data = [*BAD, *cases(30, seed=8)][index]
    path = tmp_path / name
    path.write_bytes(data)
    out = io.StringIO()
    try:
        call_command(
            "import_plan", path, area=str(world.pk), stdout=out, create_agencies=True
        )
    except CommandError as error:
        message = str(error)
        assert message and not message.startswith("Traceback")
        # Vietnamese, saying what or which field.
        assert any(
            ch in message
            for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
        )
    else:
        assert "Đã tạo kế hoạch nháp" in out.getvalue()


@pytest.mark.parametrize("index", range(0, 25))
def test_the_page_never_answers_500(index, world, client):
    name, data = [*BAD, *cases(25, seed=9)][index]
    client.login(username="quantri", password="x")
    before = Plan.objects.count()
    page = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile(name, data), "area": world.pk},
    )
    assert page.status_code == 200
    text = page.content.decode()
    assert "Xem trước" in text or "invalid-feedback" in text or "alert" in text
    assert Plan.objects.count() == before


def test_the_fuzz_can_fail():
    """The cases are not all refused: most of them still read, so the tests
    above exercise the outline and meaning, not only the reader."""
    read = 0
    for name, data in cases(120):
        try:
            read_document(name, data)
        except (DocumentError, ValidationError):
            continue
        read += 1
    assert read >= 40
