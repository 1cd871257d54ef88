"""Saying where a fact comes from, the same way on every page (partners.Source)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core.dates import precise_date_html

register = template.Library()


def source_label(source) -> str:
    """ "UNODC article", "LPRC press release", "Document"."""
    kind = source.get_kind_display().lower()
    if source.publisher_id:
        return f"{source.publisher.display_name} {kind}"
    return kind[:1].upper() + kind[1:]


@register.simple_tag
def cite(source, with_date=True):
    """A source as a short, linked attribution: "LPRC press release, 21 November 2024".
    The title of a release not yet public is never shown (nor linked)."""
    if source is None:
        return ""
    label = source_label(source)
    title = source.title if source.is_public else ""
    if source.link:
        shown = format_html('<a href="{}" title="{}">{}</a>', source.link, title, label)
    else:
        shown = label
    if with_date and source.date:
        shown = format_html("{}, {}", shown, precise_date_html(source.date, source.date_precision))
    return format_html('<span class="source">{}</span>', shown)


@register.simple_tag
def cite_title(source):
    """The source's own title, linked when it can be read: for lists of sources."""
    if source is None or not source.is_public:
        return ""
    if source.link:
        return format_html('<a href="{}">“{}”</a>', source.link, source.title)
    return format_html("“{}”", source.title)


@register.simple_tag
def according_to(source):
    """ "According to the UNODC article, 5 October 2023" for an account that is not the
    page's main one."""
    if source is None:
        return ""
    if source.publisher_id:
        return format_html("{} {}", _("According to the"), cite(source))
    return format_html("{} {}", _("According to a"), cite(source))
