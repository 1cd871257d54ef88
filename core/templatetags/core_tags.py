from django import template

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
