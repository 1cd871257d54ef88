"""Text that staff write as Markdown, turned into HTML that is safe to show anywhere.

Staff write paragraphs, lists, emphasis and links without knowing HTML. Whatever is
stored (including raw HTML a paste may carry) goes through nh3, an allow-list sanitiser,
on the way out: the database is never trusted to hold safe HTML.
"""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "b",
    "i",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "abbr",
    "code",
    "pre",
    "sup",
    "sub",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
# No file:, data: or javascript: links; relative links (to our own pages) stay allowed.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

MARKDOWN_EXTENSIONS = ["sane_lists", "tables", "def_list", "abbr", "smarty"]


def sanitise_html(html: str) -> SafeString:
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    # Safe because nh3 has just removed everything not on the allow-lists above.
    return mark_safe(cleaned)


def render_markdown(text: str) -> SafeString:
    """Markdown → sanitised HTML. Headings start at <h2>: the page owns its <h1>."""
    if not text:
        return mark_safe("")
    html = markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS, output_format="html")
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return sanitise_html(html)
