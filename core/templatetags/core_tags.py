import re

from django import template
from django.utils.safestring import mark_safe

from core.formatting import html_to_text
from core.origin import absolute_url

register = template.Library()


@register.filter
def plain_text(value):
    """Stored HTML (a `*_html` field) as plain text for a meta description, an attribute or
    a card's excerpt. Not marked safe, so autoescaping quotes it where it lands; `striptags`
    would keep a safe string safe, and a quote in the text would end the attribute."""
    return html_to_text(value)


@register.filter
def money(amount, currency=""):
    """`739000` → `739,000`; whole amounts lose their cents, others keep two decimals."""
    if amount is None:
        return ""
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{currency} {text}".strip()


@register.simple_tag(takes_context=True)
def absolute_uri(context, location=None):
    """The page's (or a path's) full address for canonical links and social cards.

    Without a location: the current path without its query string, so that filtered and
    paginated copies of a list do not compete with the list itself. The address starts at
    settings.SITE_ORIGIN, never at the request's Host header (core.origin).
    """
    if location is None:
        request = context.get("request")
        if request is None:
            return ""
        location = request.path
    return absolute_url(str(location))


@register.simple_tag
def precise_date(day, precision="day"):
    """One date as precise as it is known (core.dates): "11 April 2024", "March 2025", "2025"."""
    from core.dates import precise_date_html

    return precise_date_html(day, precision)


@register.simple_tag
def precise_range(start, end, precision="day"):
    """A period as precise as it is known (core.dates)."""
    from core.dates import precise_range_html

    return precise_range_html(start, end, precision)


@register.simple_tag
def precise_period(start, start_precision, end, end_precision, open_end=""):
    """A period whose ends may be known to different precisions (core.dates)."""
    from core.dates import precise_period_html

    return precise_period_html(start, start_precision, end, end_precision, open_end=open_end)


@register.filter
def duration(months):
    """A length in months as people say it: "3 years", "18 months"."""
    from core.dates import duration_text

    return duration_text(months)


_FIRST_PARAGRAPH = re.compile(r"\s*(<p>.*?</p>)", re.DOTALL)


@register.filter
def first_paragraph(html):
    """The first paragraph of stored, sanitised HTML (a `*_html` field), whole: for lists
    that must not cut a text mid-sentence. A paragraph holds no other paragraph, so the
    piece is as well-formed and as safe as the whole."""
    if not html:
        return ""
    match = _FIRST_PARAGRAPH.match(str(html))
    return mark_safe(match.group(1)) if match else html


@register.filter
def has_more_paragraphs(html):
    return str(html or "").count("<p>") > 1
