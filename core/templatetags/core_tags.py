import re

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from core import i18n
from core.formatting import html_to_text
from core.languages import current_language, shown_language
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
    """`739000` → "EUR 739,000" in English, "EUR 739 000" in Russian and Kazakh; whole
    amounts lose their cents, others keep two decimals."""
    if amount is None:
        return ""
    decimals = 0 if amount == amount.to_integral_value() else 2
    text = i18n.format_number(amount, decimals)
    return f"{currency} {text}".strip()


@register.filter
def number(value):
    """A whole number with the language's thousands separator: "8 800 000", "8,800,000"."""
    return "" if value is None else i18n.format_number(value)


@register.filter
def local_date(day):
    """ "20 November 2024", "20 ноября 2024 г.", "2024 жылғы 20 қараша"."""
    return "" if not day else i18n.format_date(day)


@register.filter
def local_moment(moment):
    """A date and time in the site's time zone: "20 November 2024, 10:00",
    "20 ноября 2024 г., 10:00"."""
    if not moment:
        return ""
    from django.utils import timezone

    moment = timezone.localtime(moment)
    return f"{i18n.format_date(moment.date())}, {moment:%H:%M}"


@register.filter
def local_month(day):
    """ "November 2024", "ноябрь 2024 г.", "2024 жылғы қараша"."""
    return "" if not day else i18n.format_month(day.year, day.month)


@register.simple_tag
def date_range(start, end=None):
    """A date range as the visitor's language writes it, each date in a <time> element
    (core.i18n.range_parts): "20–21 November 2024", "20–21 ноября 2024 г.",
    "2024 жылғы 20–21 қараша"."""
    if not start:
        return ""
    return format_html_join(
        "",
        "{}",
        (
            (format_html('<time datetime="{}">{}</time>', day.isoformat(), text) if day else text,)
            for day, text in i18n.range_parts(start, end)
        ),
    )


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in every language, for the switcher and the hreflang alternates:
    {"default": the path without a language (it redirects by the visitor's), "languages":
    [{"code", "name", "path", "current", "og_locale"}]}, each path with the page's declared
    query parameters. No languages on a page outside the language prefixes."""
    request = context.get("request")
    if request is None:
        return {"default": "", "languages": []}
    bare, versions = i18n.language_versions(request.path)
    query = request.GET.urlencode() if request.META.get("QUERY_STRING") else ""
    suffix = f"?{query}" if query else ""
    names = dict(i18n.settings.LANGUAGES)
    current = i18n.current_language()
    return {
        "default": bare + suffix,
        "languages": [
            {
                "code": code,
                "name": names[code],
                "path": path + suffix,
                "current": code == current,
                "og_locale": i18n.OG_LOCALES.get(code, code),
            }
            for code, path in versions
        ],
    }


@register.simple_tag
def og_locale():
    return i18n.OG_LOCALES.get(i18n.current_language(), "")


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
