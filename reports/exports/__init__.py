"""Appendix tables (biểu) in the Decree 30 format: one definition, three renderings.

`tables` defines a table, `builders` fill one per kind, `renderers` draw any of
them as HTML, .xlsx or .pdf, `documents` picks the table for a request or a
command. `render(table, fmt)`, `plan_table()`, `area_table()` and the builders
are plain functions: the views, `export_appendix` and `bench` call them."""

from reports.exports.documents import (
    AREA_TABLES,
    FORMATS,
    PLAN_TABLES,
    area_table,
    plan_table,
)
from reports.exports.renderers import CONTENT_TYPES, render

__all__ = [
    "AREA_TABLES",
    "CONTENT_TYPES",
    "FORMATS",
    "PLAN_TABLES",
    "area_table",
    "plan_table",
    "render",
]
