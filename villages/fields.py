"""Choice fields for areas and agencies whose labels tell apart rows that
would otherwise read the same.

Since the 2025 reform the same name can stand for two units: "xã Sơn Bằng"
of huyện Hương Sơn (until 30/06/2025) and the merged "xã Sơn Bằng" directly
under tỉnh Hà Tĩnh, each with its "Ủy ban nhân dân xã Sơn Bằng". A list that
holds both says which is which (the place above it and the dates); a name
that is alone in its list keeps its plain label."""

from __future__ import annotations

from collections import Counter

from django import forms


def validity(row) -> str:
    """ "đến 30/06/2025", "từ 01/07/2025" or "" for a row with dates."""
    if row.valid_to:
        return f"đến {row.valid_to:%d/%m/%Y}"
    if row.valid_from:
        return f"từ {row.valid_from:%d/%m/%Y}"
    return ""


def area_context(area) -> list[str]:
    """What tells `area` from another of the same name: its parent and its
    dates, or its parent's for a village of a merged commune ("thôn Thịnh
    Bằng (xã Sơn Bằng, đến 30/06/2025)")."""
    parent = area.parent if area.parent_id else None
    dates = validity(area) or (validity(parent) if parent else "")
    return [part for part in (parent.full_name if parent else "", dates) if part]


class _DistinctLabels:
    """Labels of the rows whose plain label is shared by another row of the
    queryset get `qualifier(row)` in brackets (one extra query per form)."""

    def plain(self, obj) -> str:
        raise NotImplementedError

    def qualifier(self, obj) -> list[str]:
        raise NotImplementedError

    def shared_labels(self) -> set[str]:
        if getattr(self, "_shared_for", None) is not self.queryset:
            counts = Counter(self.plain(obj) for obj in self.queryset)
            self._shared = {label for label, n in counts.items() if n > 1}
            self._shared_for = self.queryset
        return self._shared

    def label_from_instance(self, obj) -> str:
        label = self.plain(obj)
        if label in self.shared_labels():
            extra = ", ".join(self.qualifier(obj))
            if extra:
                return f"{label} ({extra})"
        return label


class AreaChoiceField(_DistinctLabels, forms.ModelChoiceField):
    def plain(self, obj) -> str:
        return obj.full_name

    def qualifier(self, obj) -> list[str]:
        return area_context(obj)


class AgencyChoiceField(_DistinctLabels, forms.ModelChoiceField):
    def plain(self, obj) -> str:
        return obj.name

    def qualifier(self, obj) -> list[str]:
        parts = [obj.area.full_name, *area_context(obj.area)]
        own = validity(obj)
        return [*parts, own] if own and own not in parts else parts
