"""Reads for the dashboards: commune, district and province, at a glance.

shared.py holds what every board reads (the as-of day, this week's reports,
percent done per plan from the weekly summary, the commune rows, ranking and
state counts); commune.py, district.py and province.py build one board each.
The views import the boards from here."""

from reports.dashboards.commune import commune_dashboard
from reports.dashboards.district import (
    SORTS,
    TableParams,
    district_dashboard,
    table_params,
)
from reports.dashboards.province import province_dashboard
from reports.dashboards.shared import (
    PlanProgress,
    dashboard_area,
    plans_progress,
    plans_progress_from_entries,
    spark_weeks,
    state_counts,
)

__all__ = [
    "SORTS",
    "PlanProgress",
    "TableParams",
    "commune_dashboard",
    "dashboard_area",
    "district_dashboard",
    "plans_progress",
    "plans_progress_from_entries",
    "province_dashboard",
    "spark_weeks",
    "state_counts",
    "table_params",
]
