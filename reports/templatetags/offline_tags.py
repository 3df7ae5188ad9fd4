from django import template

from reports.offline import offline_user_key

register = template.Library()


@register.simple_tag(takes_context=True)
def offline_user(context) -> str:
    """The signed-in user's opaque key for the phone's offline copies."""
    request = context.get("request")
    return offline_user_key(request.user) if request else ""
