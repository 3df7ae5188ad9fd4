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
    return converted(
        data,
        KINDS[kind],
        "docx:MS Word 2007 XML",
        FILTERS[kind],
        missing=LEGACY_NO_CONVERTER,
        failed=CONVERT_FAILED.format(kind=KINDS[kind]),
    )


def converted(
    data: bytes, suffix: str, target: str, infilter: str, *, missing: str, failed: str
) -> bytes:
    """`data` (a file ending in `suffix`, read with LibreOffice's import
    filter `infilter`) converted to `target`; a DocumentError with the
    message `missing` when LibreOffice is not installed, `failed` when it
    cannot convert the file."""
    if converter() is None:
        raise DocumentError(missing, code="no_converter")
    try:
        result = libreoffice(data, suffix, target, options=(f"--infilter={infilter}",))
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DocumentError(failed, code="convert_failed") from error
    if result is None:
        raise DocumentError(failed, code="convert_failed")
    return result


def libreoffice(
    data: bytes,
    suffix: str,
    target: str,
    *,
    options: tuple[str, ...] = (),
    timeout: int = TIMEOUT_SECONDS,
) -> bytes | None:
    """`data` (a file ending in `suffix`) converted by LibreOffice headless to
    `target` (what --convert-to takes: "pdf", "docx:MS Word 2007 XML"), with
    `options` before it; None when LibreOffice is missing or made nothing.
    Raises OSError or subprocess.TimeoutExpired when it cannot run."""
    program = converter()
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="ntm-convert-") as folder:
        work = Path(folder)
        source = work / f"input{suffix}"
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
            *options,
            "--convert-to",
            target,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        subprocess.run(
            command,
            capture_output=True,
            timeout=timeout,
            check=False,
            env={**os.environ, "HOME": folder},
            stdin=subprocess.DEVNULL,
        )
        result = work / "out" / f"input.{target.split(':')[0]}"
        if not result.is_file() or result.stat().st_size == 0:
            return None
        return result.read_bytes()
