"""Villages (thôn, bản) entered in the browser or from Excel by the commune,
or by the province on its behalf; never by another commune."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from tests.factories import member
from villages import village_entry
from villages.models import Area, AreaLevel, Role


def sheet(rows, headings=("STT", "Xã", "Tên thôn", "Loại")) -> io.BytesIO:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH THÔN"])
    ws.append([])
    ws.append([])
    ws.append(list(headings))
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "thon.xlsx"
    return buffer


def villages_of(commune) -> list[str]:
    return sorted(
        a.full_name
        for a in Area.objects.filter(parent=commune, level=AreaLevel.VILLAGE)
    )


def test_a_commune_official_adds_renames_and_ends_a_village(
    client, world, commune_official
):
    client.force_login(commune_official)
    url = reverse("village_list", args=[world.thuy_hung.pk])
    response = client.post(url, {"kind": "bản", "name": "  Khuổi  Pả "})
    assert response.status_code == 302
    village = Area.objects.get(parent=world.thuy_hung, name="Khuổi Pả")
    assert (village.kind, village.level) == ("bản", AreaLevel.VILLAGE)
    # Typed whole, the kind is taken from the name.
    client.post(url, {"kind": "thôn", "name": "Xóm Bãi"})
    assert Area.objects.get(parent=world.thuy_hung, name="Bãi").kind == "xóm"
    # The same name again, accents and case aside: refused, what was typed kept.
    response = client.post(url, {"kind": "thôn", "name": "na lai"})
    assert response.status_code == 422
    assert "Xã Thụy Hùng đã có thôn Nà Lài." in response.content.decode()
    assert 'value="na lai"' in response.content.decode()
    edit = reverse("village_edit", args=[world.thuy_hung.pk, village.pk])
    client.post(edit, {"kind": "bản", "name": "Khuổi Pả 2", "valid_to": "2026-06-30"})
    village.refresh_from_db()
    assert village.name == "Khuổi Pả 2" and str(village.valid_to) == "2026-06-30"


def test_the_province_enters_villages_for_its_communes_from_one_sheet(
    client, world, province_manager
):
    client.force_login(province_manager)
    url = reverse("village_import", args=[world.lang_son.pk])
    rows = [
        (1, "Xã Thụy Hùng", "Nà Lài", ""),  # already there: kept, not doubled
        (2, "Xã Thụy Hùng", "Bản Co Măn", ""),
        (3, "xa dong dang", "Khu Ba", "khu"),
        (4, "Xã Nhật Tiến", "Thôn Hai", None),
    ]
    before = Area.objects.count()
    response = client.post(url, {"file": sheet(rows), "action": "check"})
    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and [r.exists for r in result.rows] == [True, False, False, False]
    assert Area.objects.count() == before
    response = client.post(url, {"action": "apply_checked"})
    assert response.context["result"].applied
    assert "bản Co Măn" in villages_of(world.thuy_hung)
    assert villages_of(world.direct_commune) == ["khu Ba", "thôn Khu Hai"]
    assert "thôn Hai" in villages_of(world.nhat_tien)
    assert Area.objects.count() == before + 3
    # The same sheet again changes nothing.
    response = client.post(url, {"file": sheet(rows), "action": "apply"})
    assert not response.context["result"].new
    assert Area.objects.count() == before + 3


@pytest.mark.parametrize(
    "rows,message",
    [
        (
            [(1, "Xã Sơn Bằng", "Thôn Mới", "")],
            "Dòng 5, ô B5: không tìm thấy xã “Xã Sơn Bằng”",
        ),
        ([(1, "Xã Thụy Hùng", "", "thôn")], "Dòng 5, ô C5: hãy ghi tên thôn."),
        (
            [(1, "Xã Thụy Hùng", "Mới", "phường")],
            "Dòng 5, ô D5: loại “phường” không có trong danh sách",
        ),
        (
            [(1, "Xã Thụy Hùng", "Mới", ""), (2, "Xã Thụy Hùng", "moi", "")],
            "Dòng 6, ô C6: thôn moi đã có ở dòng 5.",
        ),
        ([(1, "", "Mới", "")], "Dòng 5, ô B5: hãy ghi xã của thôn."),
        ([(1, "Xã Thụy Hùng", "=1+1", "")], "Dòng 5, ô C5: ô chứa công thức"),
    ],
    ids=[
        "commune of another province",
        "no name",
        "unknown kind",
        "twice",
        "no commune",
        "formula",
    ],
)
def test_a_bad_village_sheet_saves_nothing(
    client, world, province_manager, rows, message
):
    client.force_login(province_manager)
    before = Area.objects.count()
    response = client.post(
        reverse("village_import", args=[world.lang_son.pk]),
        {
            "file": sheet(rows + [(9, "Xã Thụy Hùng", "Thôn Đúng", "")]),
            "action": "apply",
        },
    )
    assert response.status_code == 422
    texts = [p.text for p in response.context["result"].problems]
    assert any(message in t for t in texts), texts
    assert Area.objects.count() == before


def test_a_commune_page_imports_only_that_communes_villages(
    client, world, commune_official
):
    client.force_login(commune_official)
    url = reverse("village_import", args=[world.thuy_hung.pk])
    response = client.post(
        url, {"file": sheet([(1, "", "Bản Mới", "")]), "action": "apply"}
    )
    assert response.context["result"].applied
    assert "bản Mới" in villages_of(world.thuy_hung)
    response = client.post(
        url, {"file": sheet([(1, "Xã Nhật Tiến", "Bản Khác", "")]), "action": "apply"}
    )
    assert response.status_code == 422
    assert "không tìm thấy xã “Xã Nhật Tiến”" in response.content.decode()


def test_the_template_reads_back_with_the_communes_villages(
    client, world, commune_official
):
    client.force_login(commune_official)
    response = client.get(reverse("village_template", args=[world.thuy_hung.pk]))
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    ws = wb.active
    assert [ws.cell(4, c).value for c in range(1, 5)] == [
        "STT",
        "Xã",
        "Tên thôn",
        "Loại",
    ]
    assert {ws.cell(r, 3).value for r in range(5, 7)} == {"Cồn Tòng", "Nà Lài"}
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "mau.xlsx"
    response = client.post(
        reverse("village_import", args=[world.thuy_hung.pk]),
        {"file": buffer, "action": "check"},
    )
    assert response.context["result"].ok and not response.context["result"].new


@pytest.mark.parametrize("who", ["other commune", "reviewer", "village head"])
def test_nobody_else_enters_a_communes_villages(client, world, who):
    user = {
        "other commune": lambda: member(world.nhat_tien, Role.COMMUNE_OFFICIAL),
        "reviewer": lambda: member(world.cao_loc, Role.DISTRICT_REVIEWER),
        "village head": lambda: member(world.con_tong, Role.VILLAGE_HEAD),
    }[who]()
    client.force_login(user)
    before = Area.objects.count()
    for name in ("village_list", "village_import", "village_template"):
        url = reverse(name, args=[world.thuy_hung.pk])
        assert client.get(url).status_code == 404, name
        assert client.post(url, {"kind": "thôn", "name": "Chen"}).status_code in (
            404,
            405,
        )
    url = reverse("village_edit", args=[world.thuy_hung.pk, world.na_lai.pk])
    assert client.post(url, {"kind": "thôn", "name": "Chen"}).status_code == 404
    assert Area.objects.count() == before


def test_split_name_knows_the_kinds_people_write():
    assert village_entry.split_name("", "Khu dân cư Bắc Sơn") == (
        "khu dân cư",
        "Bắc Sơn",
    )
    assert village_entry.split_name("", "Tổ dân phố 3") == ("tổ dân phố", "3")
    assert village_entry.split_name("", "Bản") == ("thôn", "Bản")
    assert village_entry.split_name("BẢN", "Nà Lài") == ("bản", "Nà Lài")
    assert village_entry.split_name("thôn", "Xóm Bãi") == ("xóm", "Bãi")
