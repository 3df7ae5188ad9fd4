"""Tasks in the meaning stage, after the walk: each task's start and
deadline read from its time (with the period heading it stands under, or a
table's start column), task numbers made unique across sections, and the
leads and partners the organisation part gives by task number
(`referenced`)."""

from __future__ import annotations

from ntm.text import fold
from plans.document_import.parsed import ParsedPlan, ParsedTask
from plans.document_import.road_maps import road_map_span
from plans.document_import.timeframes import cell_time, impossible_dates, time_range


class TaskPassesMixin:
    """The Reader's passes over the tasks once the walk has found them all
    (mixed into meaning.Reader, whose state they use)."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    plan: ParsedPlan
    # (body, "lead" or "coordinating", part, task numbers) given by reference.
    references: list[tuple[str, str, str, list[str]]]
    periods: dict[int, str]  # id(task) → the period heading it stands under

    def _dates(self) -> None:
        day = self.plan.reference_day
        year = self.plan.plan_year
        # The year the plan is dated in (a road map's own year has no start).
        dated = day.year if day else None
        for task in self.plan.tasks:
            if not task.time_text:
                if task.start_text:
                    self._start_column(task, year)
                continue
            text = task.time_text
            column = task.sources.get("time") == "column"
            # A start of its own (a "Bắt đầu" column) is read as before.
            own_start = task.start_text or task.sources.get("start") == "column"
            if not own_start and (span := road_map_span(text, dated, column=column)):
                task.starts_on, task.ends_on = span
                continue
            if task.sources.get("time") == "column":
                text = cell_time(text)  # "T6/2027", "Q3/2027", "2027"
            for wrong in impossible_dates(text):
                # "12/30/2026": no date is set in its place; the preview
                # says so beside the task (TaskProposal.flags) and here.
                self.plan.notes.append(
                    f"Nhiệm vụ {task.number}: ngày “{wrong}” không có thật, "
                    "chưa đặt thời hạn."
                )
            found = time_range(text, default_year=year, today=day)
            if found:
                task.starts_on, task.ends_on = found
                period = self.periods.get(id(task))
                if (
                    period
                    and period != task.time_text
                    and (whole := time_range(period, default_year=year, today=day))
                    and whole[0]
                    and task.ends_on
                    and whole[0] <= task.ends_on <= whole[1]
                    and (task.starts_on is None or task.starts_on < whole[0])
                ):
                    # "… trước ngày 25/3/2027" under "Tháng 3/2027": from the
                    # month's first day to the item's own day.
                    task.starts_on = whole[0]
                if task.starts_on and task.ends_on and task.starts_on > task.ends_on:
                    task.starts_on = None
            if task.start_text:
                self._start_column(task, year)
            elif task.sources.get("start") == "column":
                # A table's "Bắt đầu" cell left blank: no start, whatever
                # the deadline's period begins on.
                task.starts_on = None

    @staticmethod
    def _start_column(task: ParsedTask, year: int | None) -> None:
        """A start the table gives in a column of its own: its first day (a
        month from day 1, a quarter from its first day, a day as written),
        when it is not after the deadline; the wording keeps both cells
        ("01/2027 – 06/2027")."""
        # No `today`: a day alone ("15/3/2027") is the day it starts, not a
        # deadline counted from the plan's date.
        found = time_range(cell_time(task.start_text), default_year=year)
        first = found and (found[0] or found[1])
        if first and (task.ends_on is None or first <= task.ends_on):
            task.starts_on = first
        task.time_text = " – ".join(t for t in (task.start_text, task.time_text) if t)

    def _unique_numbers(self) -> None:
        """Two tasks may not share a number (two sections both start at 1):
        the later ones take their section's number in front."""
        seen: dict[str, int] = {}
        for task in self.plan.tasks:
            number = task.number or str(len(seen) + 1)
            if number in seen and task.section:
                number = f"{task.section}.{number}"
            while number in seen:
                seen[number] += 1
                number = f"{task.number}-{seen[number]}"
            seen.setdefault(number, 1)
            task.number = number[:10]

    def referenced(self) -> None:
        """Leads and partners the organisation part gives by the tasks'
        numbers: a lead only to a task that states none, a partner added."""
        for body, role, part, numbers in self.references:
            for task in self.plan.tasks:
                if part and task.section and task.section != part:
                    continue
                if not any(
                    task.number == n or task.number.startswith(n + ".") for n in numbers
                ):
                    continue
                if role == "lead" and not task.lead_text:
                    task.lead_text = body
                    task.sources["lead"] = "reference"
                elif (
                    role == "coordinating"
                    and body != task.lead_text
                    and fold(body) not in {fold(u) for u in task.coordinating_units}
                ):
                    task.coordinating_units.append(body)
                    task.coordinating_text = "; ".join(task.coordinating_units)
                    task.sources["coordinating"] = "reference"
