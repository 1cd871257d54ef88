from django import template

from pressroom.visibility import release_marks as _release_marks

register = template.Library()


@register.simple_tag
def release_marks(release, output="web"):
    """What the release's funders require on an output (pressroom.visibility)."""
    return _release_marks(release, output)
