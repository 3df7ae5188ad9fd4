"""Measure, with LibreOffice's own text layout, the height every cell of a
spreadsheet needs, and report the rows that are shorter than their text.

Run by Debian's /usr/bin/python3 (it needs python3-uno, which no virtualenv
has), from tests/reports/test_export_print.py:

    python3 libreoffice_rows.py FILE.xlsx [FILE.xlsx ...]

LibreOffice opens each file (the import is the same as Calc's), and for every
cell holding text (a merged cell counts once, over all its columns and rows)
types that text, with the cell's font, size, weight, style, wrapping and
margins, into a scratch sheet whose one column is as wide as the cell, and
lets Calc fit that row ("optimal height"). The cell's own rows must be at
least that high together. Prints one JSON object: {file: [problems]}, each
problem {"cell", "text", "have", "need"} in points.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno
from com.sun.star.connection import NoConnectException

CELL_PROPERTIES = (
    "CharFontName",
    "CharHeight",
    "CharWeight",
    "CharPosture",
    "IsTextWrapped",
    "ParaLeftMargin",
    "ParaRightMargin",
    "ParaTopMargin",
    "ParaBottomMargin",
    "ParaIndent",
    "Orientation",
    "RotateAngle",
)
POINT = 2540 / 72  # LibreOffice lengths are in 1/100 mm


def _property(name: str, value):
    prop = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            return resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
            )
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def _problems(document) -> list[dict]:
    sheets = document.Sheets
    sheet = sheets.getByIndex(0)
    sheets.insertNewByName("scratch", sheets.Count)
    scratch = sheets.getByName("scratch")
    probe = scratch.getCellByPosition(0, 0)
    line = scratch.Rows.getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.RangeAddress.EndRow
    last_col = cursor.RangeAddress.EndColumn
    widths = [sheet.Columns.getByIndex(c).Width for c in range(last_col + 1)]
    heights = [sheet.Rows.getByIndex(r).Height for r in range(last_row + 1)]
    values = sheet.getCellRangeByPosition(0, 0, last_col, last_row).DataArray
    measured: dict[tuple, int] = {}
    problems = []
    for r, row_values in enumerate(values):
        for c, value in enumerate(row_values):
            if value == "":
                continue
            cell = sheet.getCellByPosition(c, r)
            text = cell.String  # as displayed: "3.200", "15,6%"
            area = sheet.createCursorByRange(cell)
            area.collapseToMergedArea()
            span = area.RangeAddress
            width = sum(widths[span.StartColumn : span.EndColumn + 1])
            have = sum(heights[span.StartRow : span.EndRow + 1])
            style = cell.getPropertyValues(CELL_PROPERTIES)
            key = (text, width, repr(style))
            if key not in measured:
                scratch.Columns.getByIndex(0).Width = width
                probe.setPropertyValues(CELL_PROPERTIES, style)
                probe.String = text
                # A fixed height first: Calc fits a row only when it was not fitted.
                line.Height = 100
                line.OptimalHeight = True
                measured[key] = line.Height
            need = measured[key]
            if have + 2 < need:  # 0,02 mm: LibreOffice's rounding
                problems.append(
                    {
                        "cell": cell.AbsoluteName.rsplit(".", 1)[-1].replace("$", ""),
                        "text": text[:60],
                        "have": round(have / POINT, 1),
                        "need": round(need / POINT, 1),
                    }
                )
    return problems


def main(paths: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="ntm-lo-") as profile:
        pipe = f"ntm_rows_{os.getpid()}"
        office = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            context = _connect(pipe)
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
            found = {}
            for path in paths:
                document = desktop.loadComponentFromURL(
                    Path(path).resolve().as_uri(),
                    "_blank",
                    0,
                    (_property("Hidden", True),),
                )
                try:
                    found[path] = _problems(document)
                finally:
                    document.close(True)
            print(json.dumps(found, ensure_ascii=False))
            with contextlib.suppress(Exception):  # the bridge drops as it quits
                desktop.terminate()
            office.wait(timeout=30)
        finally:
            if office.poll() is None:
                office.kill()
                office.wait()


if __name__ == "__main__":
    main(sys.argv[1:])
