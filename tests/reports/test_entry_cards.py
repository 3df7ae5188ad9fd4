"""The entry page's row cards drawn in Python (reports/templatetags/entry_tags.py)
say what the template they replaced said, tag for tag and word for word."""

import datetime
import re
from decimal import Decimal

import pytest
import time_machine
from django.template import engines

from plans.models import Counting, Target, VillageTarget
from reports.forms import ProgressForm
from reports.models import EntryPhoto, ProgressReport
from reports.selectors import PlainEntry, entry_rows
from reports.services import EntryInput
from reports.templatetags.entry_tags import entry_row_cards
from tests.reports.conftest import WEEK, at, save_rows

# The template the cards replaced (report_entry.html before issue 23), as the
# reference: the `row_field` partial inlined as an include-free block.
REFERENCE = """{% load vn_tags %}{% for row, value, note, version, photos, base, done_on in bound_rows %}
  {% ifchanged row.target.pk %}<h2 class="h6 mt-3 mb-2">{{ row.target.name }} <span class="text-body-secondary">({{ row.target.unit }})</span></h2>{% endifchanged %}
  <div class="card mb-2{% if row.over_target %} border-warning{% endif %}">
    <div class="card-body py-2">
      <div class="d-flex justify-content-between">
        <strong>{{ row.village_target.village.title_name }}</strong>
        <span class="small text-body-secondary">{% if row.target.is_rate %}Phải đạt: {{ row.village_target.quantity|vn_number }}%{% else %}Giao: {{ row.village_target.quantity|vn_number }}{% endif %}</span>
      </div>
      <div class="small text-body-secondary mb-1">
        {% if row.target.is_rate and row.target.counting != "yes_no" %}Tỷ lệ trước kỳ: {% if row.before is None %}chưa có{% else %}{{ row.before|vn_number:1 }}% ({{ row.village_target.last_amount|vn_number }}/{{ row.village_target.last_base|vn_number }}){% endif %}{% if row.to_date is not None and row.entry %} · Kỳ này: {{ row.to_date|vn_number:1 }}%{% endif %}
        {% elif row.target.counting == "yes_no" %}Trước kỳ: {% if row.before is None %}chưa có{% elif row.before %}đã xong{% else %}chưa xong{% endif %}
        {% else %}Lũy kế trước kỳ: {{ row.before|vn_number|default:"0" }} · Còn lại: {{ row.remaining|vn_number|default:"0" }}{% endif %}
        {% if row.over_target %}<span class="badge text-bg-warning">Vượt xa chỉ tiêu</span>{% endif %}
      </div>
      {% if value %}
        {% if base %}<div class="row g-2"><div class="col-6">{% with field=value %}FIELD{% endwith %}</div>
        <div class="col-6">{% with field=base %}FIELD{% endwith %}</div></div>
        {% elif done_on %}<div class="row g-2"><div class="col-6">{% with field=value %}FIELD{% endwith %}</div>
        <div class="col-6">{% with field=done_on %}FIELD{% endwith %}</div></div>
        {% else %}{% with field=value %}FIELD{% endwith %}{% endif %}
        {% with field=note %}FIELD{% endwith %}
        {{ version }}
        {% if row.entry.photos.all %}<div class="d-flex flex-wrap gap-1 mb-1">{% for photo in row.entry.photos.all %}<a href="{% url 'reports:photo_page' photo.pk %}"><img src="{% url 'reports:photo' photo.pk 'nho' %}" alt="Ảnh {{ forloop.counter }}" width="72" height="72" class="rounded object-fit-cover" loading="lazy"></a>{% endfor %}</div>{% endif %}
        {% with field=photos %}FIELD{% endwith %}
      {% else %}
        <div>Kỳ này: {% if row.target.counting == "yes_no" %}{% if row.entry.done is None %}–{% elif row.entry.done %}Đã xong{% if row.entry.done_on %} ngày {{ row.entry.done_on|date:"d/m/Y" }}{% endif %}{% else %}Chưa xong{% endif %}{% elif row.target.is_rate and row.entry.base is not None %}{{ row.entry.amount|vn_number|default:"–" }}/{{ row.entry.base|vn_number }}{% else %}{{ row.entry.amount|vn_number|default:"–" }}{% endif %}
          {% if row.entry.note %}<div class="small">{{ row.entry.note }}</div>{% endif %}</div>
        {% if row.entry.photos.all %}<div class="d-flex flex-wrap gap-1 mt-1">{% for photo in row.entry.photos.all %}<a href="{% url 'reports:photo_page' photo.pk %}"><img src="{% url 'reports:photo' photo.pk 'nho' %}" alt="Ảnh {{ forloop.counter }}" width="72" height="72" class="rounded object-fit-cover" loading="lazy"></a>{% endfor %}</div>{% endif %}
      {% endif %}
    </div>
  </div>
  {% empty %}
  <p class="text-body-secondary">Kế hoạch chưa giao chỉ tiêu cho thôn nào{% if not form.editable %} mà bạn được xem{% endif %}.</p>
  {% endfor %}""".replace(
    "FIELD",
    '<div id="div_{{ field.auto_id }}" class="mb-3">\n'
    '  <label for="{{ field.id_for_label }}" class="form-label">{{ field.label }}</label>\n'
    '  {{ field }}{% for error in field.errors %}<div class="invalid-feedback d-block">'
    "{{ error }}</div>{% endfor %}\n</div>",
)

HOSTILE = "<b>\"Đường\" & 'ngõ'</b>"


def reference(form) -> str:
    """The reference template over the form's rows with Django's own
    BoundFields (the cards draw an unbound form's fields without them)."""
    counting = {r.village_target.pk: r.target.counting for r in form.rows}

    def bound(pk, name):
        return form[f"{name}_{pk}"] if f"{name}_{pk}" in form.fields else None

    rows = []
    for row in form.rows:
        pk = row.village_target.pk
        if pk not in form.editable:
            rows.append((row, None, None, None, None, None, None))
            continue
        value = bound(pk, "done" if counting[pk] == Counting.YES_NO else "amount")
        rows.append(
            (
                row,
                value,
                *(bound(pk, n) for n in ("note", "version", "photos", "base")),
                bound(pk, "done_on"),
            )
        )
    return (
        engines["django"]
        .from_string(REFERENCE)
        .render({"form": form, "bound_rows": rows})
    )


def normalised(html: str) -> str:
    """Whitespace is the templates' layout, not the page's content."""
    return re.sub(r">\s+", ">", re.sub(r"\s+<", "<", re.sub(r"\s+", " ", html))).strip()


@pytest.fixture
def rows_world(world, plan, hedge, households, commune_official):
    """Every kind of row: an increment, a running total, a rate (count over
    base), a milestone; entries last week and this week, hostile text, a photo
    and a row far over its target."""
    toilets = Target.objects.create(
        plan=plan, name=HOSTILE, unit="%", quantity=80, counting=Counting.RUNNING_TOTAL
    )
    decision = Target.objects.create(
        plan=plan,
        name="Ban hành quyết định",
        unit="qđ",
        quantity=1,
        counting=Counting.YES_NO,
    )
    for target in (toilets, decision):
        for place in (world.con_tong, world.na_lai):
            VillageTarget.objects.create(
                target=target, village=place, quantity=1 if target is decision else 80
            )
    vts = {
        (vt.target_id, vt.village_id): vt
        for vt in VillageTarget.objects.filter(target__plan=plan)
    }
    con, na = world.con_tong.pk, world.na_lai.pk
    earlier = WEEK - datetime.timedelta(weeks=1)
    with time_machine.travel(at(8, 9), tick=False):
        save_rows(
            plan,
            commune_official,
            earlier,
            [
                EntryInput(vts[hedge.pk, con], amount=Decimal("1500.5")),
                EntryInput(vts[households.pk, con], amount=Decimal(30)),
                EntryInput(
                    vts[toilets.pk, con], amount=Decimal(152), base=Decimal(176)
                ),
                EntryInput(vts[decision.pk, con], done=False),
            ],
            at(8, 9),
        )
    with time_machine.travel(at(15, 9), tick=False):
        save_rows(
            plan,
            commune_official,
            WEEK,
            [
                EntryInput(vts[hedge.pk, con], amount=Decimal(9000), note=HOSTILE),
                EntryInput(vts[hedge.pk, na], amount=Decimal("0.38")),
                EntryInput(vts[toilets.pk, na], amount=Decimal(10), base=Decimal(20)),
                EntryInput(
                    vts[decision.pk, con],
                    done=True,
                    done_on=datetime.date(2023, 3, 14),
                ),
                EntryInput(vts[decision.pk, na], done=False, note="Chờ họp"),
            ],
            at(15, 9),
        )
    report = ProgressReport.objects.get(plan=plan, period_start=WEEK)
    EntryPhoto.objects.create(
        entry=report.entries.get(village_target=vts[hedge.pk, con]),
        image="progress/a.jpg",
        thumbnail="progress/thumbs/a.jpg",
    )
    return plan, report


def _form(plan, report, editable, data=None):
    report = ProgressReport.objects.prefetch_related("entries__photos").get(
        pk=report.pk
    )
    rows = entry_rows(plan=plan, period_start=WEEK, report=report)
    everything = {r.village_target.pk for r in rows}
    return ProgressForm(
        data,
        rows=rows,
        editable=everything if editable else set(),
        report_editable=editable,
        report=report,
    )


@pytest.mark.parametrize("editable", [True, False], ids=["editable", "read-only"])
def test_cards_say_what_the_template_said(rows_world, editable):
    plan, report = rows_world
    form = _form(plan, report, editable)
    cards = entry_row_cards(form)
    assert normalised(cards) == normalised(reference(form))
    if editable:  # drawn without BoundField, and the same
        assert all(
            type(value).__name__ == "RowField" for _, value, *_ in form.row_fields()
        )
    assert "Vượt xa chỉ tiêu" in cards and "&lt;b&gt;&quot;Đường&quot;" in cards
    assert "<b>" not in cards
    assert "1.500,5" in cards and "14/03/2023" in cards and "Ảnh 1" in cards


@pytest.mark.parametrize("editable", [True, False], ids=["editable", "read-only"])
def test_plain_rows_draw_the_same_cards_and_figures_as_model_rows(rows_world, editable):
    """The page reads its rows as plain values (`entry_rows(plain=True)`):
    the same figures from the same function, the same cards."""
    plan, report = rows_world
    # More photos: two more on the row that has one, one on another row.
    first = EntryPhoto.objects.get().entry
    other = report.entries.exclude(pk=first.pk).first()
    for entry, name in ((first, "b"), (other, "c"), (first, "d")):
        EntryPhoto.objects.create(
            entry=entry, image=f"progress/{name}.jpg", thumbnail=f"t/{name}.jpg"
        )
    models = entry_rows(plan=plan, period_start=WEEK, report=report)
    plain = entry_rows(plan=plan, period_start=WEEK, report=report, plain=True)
    in_order = list(
        first.photos.order_by("uploaded_at", "pk").values_list("pk", flat=True)
    )
    assert [r.photos for r in plain if len(r.photos) > 1] == [in_order]
    assert type(plain[0].village_target).__name__ == "PlainVillageTarget"
    assert type(next(r.entry for r in plain if r.entry)).__name__ == "PlainEntry"

    def said(row):
        vt, target, entry = row.village_target, row.target, row.entry
        return (
            vt.pk,
            vt.village_id,
            vt.village.title_name,
            vt.quantity,
            vt.done_sum,
            vt.last_amount,
            vt.last_base,
            vt.last_done,
            (target.pk, target.name, target.unit, target.counting),
            (target.is_rate, target.higher_is_better, target.quantity),
            row.before,
            row.to_date,
            row.remaining,
            row.over_target,
            row.photos,
            entry and tuple(getattr(entry, name) for name in PlainEntry.FIELDS),
        )

    assert [said(r) for r in plain] == [said(r) for r in models]
    everything = {r.village_target.pk for r in models}
    forms = [
        ProgressForm(
            rows=rows,
            editable=everything if editable else set(),
            report_editable=editable,
            report=report,
        )
        for rows in (models, plain)
    ]
    assert entry_row_cards(forms[1]) == entry_row_cards(forms[0])


def test_cards_with_errors_say_what_the_template_said(rows_world):
    plan, report = rows_world
    data = {}
    for row in _form(plan, report, True).rows:
        pk = row.village_target.pk
        data[f"amount_{pk}"] = "abc"
        data[f"base_{pk}"] = "-1"
        data[f"done_on_{pk}"] = "31/02/2023"
        data[f"version_{pk}"] = "0"
    form = _form(plan, report, True, data)
    assert not form.is_valid()
    cards = entry_row_cards(form)
    assert normalised(cards) == normalised(reference(form))
    assert "invalid-feedback" in cards and "is-invalid" in cards


def test_cards_draw_the_forms_initial_values_as_boundfield_does(rows_world):
    """An `initial=` given to the form wins over the row's stored figure, as
    BoundField takes it (form.get_initial_for_field)."""
    plan, report = rows_world
    rows = entry_rows(plan=plan, period_start=WEEK, report=report)
    pks = [r.village_target.pk for r in rows]
    given = {f"note_{pk}": f"Ghi chú đầu {pk}" for pk in pks}
    given |= {f"amount_{pk}": Decimal("77.5") for pk in pks}
    form = ProgressForm(
        initial=given,
        rows=rows,
        editable=set(pks),
        report_editable=True,
        report=report,
    )
    cards = entry_row_cards(form)
    assert normalised(cards) == normalised(reference(form))
    assert f"Ghi chú đầu {pks[0]}" in cards and 'value="77,5"' in cards


@pytest.mark.parametrize("editable", [True, False])
def test_no_rows_says_so_as_the_template_did(world, plan, editable):
    form = ProgressForm(
        rows=[], editable=set([1]) if editable else set(), report_editable=False
    )
    assert normalised(entry_row_cards(form)) == normalised(reference(form))


# "Thay đổi gần đây" as report_entry.html drew it before issue 23's last round.
CHANGES_REFERENCE = """{% load vn_tags %}{% if changes %}
<h2 class="h6 mt-4">Thay đổi gần đây</h2>
<ul class="list-unstyled small">
  {% for change in changes %}
  <li class="mb-1">{{ change.when|date:"H:i d/m/Y" }} – {{ change.who|default:"?" }}: {{ change.village }}, {{ change.target }} (kỳ {{ change.period_start|date:"d/m" }}):
    {% if change.yes_no %}{% if change.before is None %}nhập {% else %}{{ change.before|yesno:"Đã xong,Chưa xong,–" }} → {% endif %}{{ change.after|yesno:"Đã xong,Chưa xong,–" }}
    {% elif change.before is None %}nhập {{ change.after|vn_number|default:"–" }} {{ change.unit }}{% else %}{{ change.before|vn_number }} → {{ change.after|vn_number|default:"–" }} {{ change.unit }}{% endif %}{% if change.reason %}. Lý do: {{ change.reason }}{% endif %}</li>
  {% endfor %}
</ul>
{% endif %}"""


def _change(**kwargs):
    from reports.selectors import Change

    fields = {
        # 23:30 UTC is the next morning in Hà Nội: the date follows the zone.
        "when": datetime.datetime(2023, 3, 14, 23, 30, tzinfo=datetime.UTC),
        "who": "Nguyễn Văn A",
        "village": "Thôn Cồn Tòng",
        "target": "Nhà văn hóa",
        "unit": "nhà",
        "period_start": datetime.date(2023, 3, 13),
        "before": None,
        "after": Decimal("1200.5"),
        "reason": "",
    }
    return Change(**(fields | kwargs))


CHANGES = [
    _change(),
    _change(before=Decimal("3"), after=Decimal("0")),
    _change(before=Decimal("3"), after=None, reason=HOSTILE),
    _change(who="", village=HOSTILE, target=HOSTILE, unit=HOSTILE),
    _change(yes_no=True, before=None, after=False),
    _change(yes_no=True, before=False, after=True, reason="Sửa"),
    _change(yes_no=True, before=True, after=None),
]


@pytest.mark.parametrize("changes", [[], CHANGES[:1], CHANGES])
def test_recent_changes_match_the_template_they_replaced(changes):
    from reports.templatetags.entry_tags import entry_changes

    expected = (
        engines["django"].from_string(CHANGES_REFERENCE).render({"changes": changes})
    )
    drawn = entry_changes(changes)
    assert normalised(drawn) == normalised(expected)
    if changes:
        assert "15/03/2023" in drawn  # the local date, not UTC's
    if len(changes) > 1:
        assert "&lt;b&gt;" in drawn and "<b>" not in drawn


# The report's text fields as report_entry.html drew them before issue 23's
# fourth round: crispy's field template.
FIELDS_REFERENCE = (
    "{% load crispy_forms_tags %}{{ form.summary|as_crispy_field }}"
    "{{ form.next_plan|as_crispy_field }}{{ form.difficulties|as_crispy_field }}"
    "{{ form.proposals|as_crispy_field }}"
)


def _typed_parts(html: str) -> list[str]:
    """Each textarea and hidden input exactly, whitespace and all: a
    textarea's text is the user's, not layout."""
    return re.findall(r"<textarea.*?</textarea>|<input[^>]*>", html, re.S)


@pytest.mark.parametrize("bound", [False, True], ids=["unbound", "bound"])
@pytest.mark.parametrize("editable", [True, False], ids=["editable", "read-only"])
def test_report_fields_say_what_crispy_said(db, editable, bound):
    from types import SimpleNamespace

    from reports.templatetags.entry_tags import entry_report_fields

    report = SimpleNamespace(
        summary=f"Tuần này:\n{HOSTILE}\n\n  thụt đầu dòng",
        next_plan="",
        difficulties="\nbắt đầu bằng dòng trống",
        proposals="Không",
    )
    data = {"summary": "Đã gõ lại\r\n<i>", "difficulties": "\u0000"} if bound else None
    form = ProgressForm(
        data, rows=[], editable=set(), report_editable=editable, report=report
    )
    if bound:  # a null character: crispy draws the error (disabled: no data)
        assert form.is_valid() is not editable
    expected = engines["django"].from_string(FIELDS_REFERENCE).render({"form": form})
    drawn = entry_report_fields(form)
    assert normalised(drawn) == normalised(expected)
    assert _typed_parts(drawn) == _typed_parts(expected)
    assert len(_typed_parts(drawn)) == 8
    assert ("disabled" in drawn) is not editable
    assert "&lt;" in drawn and "<b>" not in drawn and "<i>" not in drawn


@pytest.mark.parametrize("given", [False, True], ids=["stored", "initial="])
def test_the_page_draws_its_rows_without_building_their_fields(rows_world, given):
    """The page's form (`lean=True`, unbound: what the view draws) builds no
    row field: each is drawn from its row's prototype, and the cards say
    what the reference template says over a full form's BoundFields."""
    plan, report = rows_world
    full = _form(plan, report, True)
    initial = {}
    if given:  # an `initial=` wins over the stored figure, as in BoundField
        pk = full.rows[0].village_target.pk
        initial = {f"note_{pk}": "Đầu <kỳ>", f"amount_{pk}": lambda: Decimal("7.5")}
        full = ProgressForm(
            initial=initial,
            rows=full.rows,
            editable=full.editable,
            report_editable=True,
            report=report,
        )
    lean = ProgressForm(
        initial=initial,
        rows=full.rows,
        editable=full.editable,
        report_editable=True,
        report=report,
        lean=True,
    )
    assert not [name for name in lean.fields if name.startswith(("amount", "note_"))]
    cards = entry_row_cards(lean)
    assert normalised(cards) == normalised(reference(full))
    assert cards.count("<input") == normalised(reference(full)).count("<input")
    if given:
        assert "Đầu &lt;kỳ&gt;" in cards and 'value="7,5"' in cards


@pytest.mark.parametrize(
    "typed", ["", HOSTILE, "\nbắt đầu bằng dòng trống\n\n  thụt"], ids=repr
)
def test_the_withdrawal_form_says_what_crispy_said(typed):
    """The withdrawal form on the page after a submission: its reason as
    `as_crispy_field` drew it (a required field: the asterisk), its version
    as Django's hidden input; a refused try's reason comes back typed."""
    from django import forms

    from reports.forms import WithdrawForm
    from reports.templatetags.entry_tags import entry_text_field

    template = engines["django"].from_string(
        "{% load crispy_forms_tags %}{{ form.reason|as_crispy_field }}"
    )
    form = WithdrawForm(initial={"reason": typed, "version": 7})
    expected = template.render({"form": form})
    drawn = entry_text_field(form, "reason")
    assert normalised(drawn) == normalised(expected)
    assert _typed_parts(drawn) == _typed_parts(expected)
    assert "asteriskField" in drawn and " required " in drawn
    assert str(form["version"]) == forms.HiddenInput().render(
        "version", 7, {"id": "id_version"}
    )
    bound = WithdrawForm({"reason": "", "version": "7"})
    assert not bound.is_valid()
    assert entry_text_field(bound, "reason") == template.render({"form": bound})
