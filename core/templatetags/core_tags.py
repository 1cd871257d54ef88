from django import template
from django.utils.html import conditional_escape, format_html

from core.formatting import html_to_text
from core.languages import current_language, shown_language

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
    paginated copies of a list do not compete with the list itself.
    """
    request = context.get("request")
    if request is None:
        return location or ""
    return request.build_absolute_uri(location if location is not None else request.path)


# Texts in three languages (core.languages) ---------------------------------------------


def _other_language(obj, name) -> str | None:
    """The language obj.<name> is shown in, if it is not the page's; else None."""
    if obj is None:
        return None
    language = shown_language(obj, name)
    return language if language is not None and language != current_language() else None


@register.simple_tag
def lang_attr(obj, name):
    """` lang="en"` for an element that shows obj.<name>, when the text is shown in another
    language than the page's (not yet translated); nothing otherwise. Screen readers then
    read it with the right voice, browsers and the PDF hyphenate it by the right rules:
    ``<h1{% lang_attr event "title" %}>{{ event.title }}</h1>``."""
    language = _other_language(obj, name)
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def text(obj, *names):
    """obj's first non-empty text of ``names`` (as a model's __str__ picks its short name
    or its title), escaped, in a ``<span lang>`` when it is shown in another language than
    the page's: for a text inside a sentence or a line of the page's own words."""
    for name in names:
        value = getattr(obj, name, "") if obj is not None else ""
        if value:
            language = _other_language(obj, name)
            if language:
                return format_html('<span lang="{}">{}</span>', language, value)
            return conditional_escape(value)
    return ""


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj, *names):
    """A note, in the visitor's language, that the page's main text (the named fields)
    is not yet translated and is shown in the language it exists in."""
    shown = None
    for name in names:
        shown = _other_language(obj, name)
        if shown:
            break
    return {"language": current_language(), "shown": shown}
