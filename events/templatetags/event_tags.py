from django import template
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

register = template.Library()

EN_DASH = "\u2013"


def _time(day, fmt):
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), date_format(day, fmt))


@register.simple_tag
def date_range(start, end):
    """A date range as people write it, each date in a <time> element.

    "20-21 November 2024", "30 November - 2 December 2024", "11 April 2024" (en dashes).
    """
    if end is None or end == start:
        return _time(start, "j F Y")
    if start.year != end.year:
        first = "j F Y"
    elif start.month != end.month:
        first = "j F"
    else:
        first = "j"
    separator = EN_DASH if first == "j" else f" {EN_DASH} "
    return format_html("{}{}{}", _time(start, first), separator, _time(end, "j F Y"))


@register.simple_tag
def event_marks(event, output="web"):
    """What the event's funders require on an output (events.visibility)."""
    from events.visibility import event_marks as marks

    return marks(event, output)
