"""Village targets through Excel: a template generated for the plan, its upload
checked cell by cell, and the split saved through `target_save`.

layout.py (sheets, markers, results), workbooks.py (the template and the
error workbook), parsing.py (an upload read row by row), checks.py (the rows
checked per plan), saving.py (`target_import`), views.py (the pages).

The template (`template_workbook`) has targets as rows and villages as
columns. A hidden row under the header names each column ("#thon:12" for a
village) and two hidden columns carry each row's target id and version, so an
upload maps back by id even when the official sorts the rows or moves
columns; names and the "Toàn xã" and "Cộng các thôn" columns are for reading
only and never imported.

`target_import` checks everything before anything is written and reports each
problem by sheet row and cell address, in Vietnamese. Decisions:

- Formulas in a village cell are refused, with or without a cached value.
  Files written by other tools often carry no cached value or a stale one,
  and a formula makes the import depend on cells the official cannot see;
  the message says to paste values instead (Paste Special → Values). The
  "Cộng các thôn" SUM column is ours and ignored on upload.
- Merged cells in the data rows are refused: a merged number would be read
  for one village only.
- A blank village cell means "not given to this village", as in the
  allocation form: an existing share is removed (refused by the service if
  progress was reported against it). A village column missing from the sheet
  leaves that village's shares untouched; target rows missing from the sheet
  are untouched as well.
- A row whose numbers differ from the database while its target's version
  is not the one the template was made from is a conflict: nothing is
  written and the official downloads a fresh template. Rows the upload leaves
  unchanged are never a conflict, so uploading the same file twice is a no-op.
- A row without a target id but with a name is a new target: its unit
  ("ĐVT") and commune quantity ("Toàn xã") are required. Its kind comes
  from a column headed "Loại chỉ tiêu" when the sheet has one and the cell
  is filled ("Khối lượng", "Tỷ lệ", "Mốc", with "càng thấp càng tốt"),
  else it is proposed from the wording (plans.kinds.propose_kind); the
  dry run lists each new target with its kind and says which were proposed.
- Every check also runs in a dry run: the writes happen through
  `target_save` inside a transaction that is rolled back, so the dry run
  reports exactly what applying would refuse.

Files are checked by content, never by name (ntm/xlsx.py, shared with every
Excel import): the zip signature, legacy .xls
and password-protected .xlsx (both OLE2, D0 CF 11 E0), a Word file in
disguise, the size, and inflated sizes inside the archive (zip bombs) before
openpyxl builds a single cell; a streaming pass then counts cells and rows.
"""

from plans.target_import.layout import (
    ERROR_SHEET,
    ID,
    META_SHEET,
    OTHER_PLAN,
    SHEET_TITLE,
    TWO_TABLES,
    VERSION,
    VILLAGE,
    AllocationChange,
    ImportResult,
)
from plans.target_import.saving import target_import
from plans.target_import.workbooks import (
    error_workbook,
    template_filename,
    template_filename_errors,
    template_workbook,
)

__all__ = [
    "AllocationChange",
    "ERROR_SHEET",
    "ID",
    "ImportResult",
    "META_SHEET",
    "OTHER_PLAN",
    "SHEET_TITLE",
    "TWO_TABLES",
    "VERSION",
    "VILLAGE",
    "error_workbook",
    "target_import",
    "template_filename",
    "template_filename_errors",
    "template_workbook",
]
