"""Appendix tables (biểu) in the Decree 30 format: one definition, three renderings.

`tables` defines a table, `builders` fill one per kind, `renderers` draw any of
them as HTML, .xlsx or .pdf. `render(table, fmt)` and the builders are what the
views, the export_appendix command and `bench` call."""

from reports.exports.renderers import CONTENT_TYPES, render

FORMATS = ("xlsx", "pdf")
PLAN_TABLES = ("targets", "schedule", "progress", "criteria")
AREA_TABLES = ("criteria", "district_summary")

__all__ = ["AREA_TABLES", "CONTENT_TYPES", "FORMATS", "PLAN_TABLES", "render"]
