"""Template filters about targets ({% load target_tags %})."""

from django import template

from plans.kinds import kind_label

register = template.Library()


@register.filter
def target_kind(target) -> str:
    """A target's kind as users read it ("Mốc hoàn thành …", "… (càng thấp
    càng tốt)"): plans.kinds.kind_label."""
    return kind_label(target)
