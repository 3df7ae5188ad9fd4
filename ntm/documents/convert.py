"""Formats Word can open but we do not read directly (.doc, .rtf, .odt),
converted to .docx by LibreOffice headless when it is installed
(scripts/system-deps installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ntm.documents.errors import CONVERT_FAILED, LEGACY_NO_CONVERTER, DocumentError

TIMEOUT_SECONDS = 90
KINDS = {"doc": ".doc", "rtf": ".rtf", "odt": ".odt"}
# The import filter is named: left to guess, LibreOffice reads a damaged
# .doc as plain text and "converts" its bytes.
FILTERS = {"doc": "MS Word 97", "rtf": "Rich Text Format", "odt": "writer8"}


def converter() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, kind: str) -> bytes:
    """`data` (a .doc, .rtf or .odt file) as .docx bytes."""
    program = converter()
    if program is None:
        raise DocumentError(LEGACY_NO_CONVERTER, code="no_converter")
    with tempfile.TemporaryDirectory(prefix="ntm-convert-") as folder:
        work = Path(folder)
        source = work / f"input{KINDS[kind]}"
        source.write_bytes(data)
        # A profile of its own: two conversions at once never share a lock,
        # and nothing is written to the server account's home.
        profile = (work / "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"--infilter={FILTERS[kind]}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        env = {**os.environ, "HOME": folder}
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                env=env,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise DocumentError(
                CONVERT_FAILED.format(kind=KINDS[kind]), code="convert_failed"
            ) from error
        result = work / "out" / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise DocumentError(
                CONVERT_FAILED.format(kind=KINDS[kind]), code="convert_failed"
            )
        return result.read_bytes()
