from django import template

from core.dates import DatePrecision, precise_range_html

register = template.Library()


@register.simple_tag
def date_range(start, end, precision=DatePrecision.DAY):
    """A date range as people write it, each date in a <time> element, as precise as it is
    known (core.dates): "20-21 November 2024", "30 November - 2 December 2024",
    "11 April 2024" (en dashes), "March 2025", "2024 - 2026"."""
    return precise_range_html(start, end, precision)


@register.simple_tag
def event_marks(event, output="web"):
    """What the event's funders require on an output (events.visibility)."""
    from events.visibility import event_marks as marks

    return marks(event, output)
