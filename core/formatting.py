"""Text that staff write as Markdown, turned into HTML that is safe to show anywhere.

Every long text staff write (a release's lead and body, an event's summary and body, a
description, a funder's statement, a coverage excerpt) is Markdown. It is rendered and
sanitised once, when the object is saved, into a stored `<field>_html` column
(StoredMarkdownMixin), as djangoproject.com's blog `Entry.save()` does; pages, feeds and
PDFs print the stored HTML. Whatever the source holds (including raw HTML a paste may
carry) goes through nh3, an allow-list sanitiser, on the way in.

Where a text must be plain (a meta description, an og:description attribute, a calendar
entry, a card's excerpt), `html_to_text` turns the stored HTML back into text that is *not*
marked safe, so the template's autoescaping quotes it for the attribute it lands in.
"""

import re
from functools import lru_cache
from html import unescape

import markdown
import nh3
from django.db import models
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .text import strip_control

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

# nl2br: a new line in the box is a new line on the page, as staff expect (and as the
# `|linebreaks` the pages used before did); an empty line starts a new paragraph.
MARKDOWN_EXTENSIONS = ["sane_lists", "tables", "def_list", "abbr", "smarty", "nl2br"]

#: The help text of every Markdown field: what staff can use, in plain words.
MARKDOWN_HELP = _(
    "An empty line starts a new paragraph; a new line stays a new line. "
    "**bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, "
    "and ## for a heading."
)


def sanitise_html(html: str) -> SafeString:
    cleaned = nh3.clean(
        # nh3 keeps control characters, which no feed (XML) or calendar can carry.
        strip_control(html),
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


# Where one line of the HTML ends: a line break, or the end of a block.
_LINE_ENDS = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|blockquote|pre|tr|dt|dd)>", re.IGNORECASE)


def html_to_text(value: str) -> str:
    """Stored HTML as plain text: tags gone, entities decoded, one line per paragraph or
    line break. A plain str, never marked safe, so templates escape it for wherever it goes
    (an attribute, a calendar file)."""
    if not value:
        return ""
    text = unescape(strip_tags(_LINE_ENDS.sub("\n", str(value))))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


class RenderedHTMLField(models.TextField):
    """Sanitised HTML rendered from a Markdown field when the object is saved
    (StoredMarkdownMixin). Staff never edit it; it reads back marked safe, because only
    render_markdown() writes it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("editable", False)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return value if value is None else mark_safe(value)


# Python-Markdown's inline patterns take time that grows with the square (or worse) of
# some characters' count, times the length of the text: 10,000 "[" and as many "]" took
# 61 s, 4,000 "[a" and "](" 16 s, a 20,000-row table 29 s; a save over gunicorn's 30 s
# ends in a killed worker (issue 15, a sibling of finding 6). Within these bounds the worst
# text we built took about 4 s on a busy test machine, and real texts stay far below them
# (a release is 3,000-6,000 characters with a dozen links).
MARKDOWN_MAX_CHARS = 30_000
MARKDOWN_MAX_COUNTS = {"[": 500, "<": 1_000, "_": 5_000, "*": 5_000, "|": 5_000}


def validate_markdown(text: str) -> None:
    """Refuse a Markdown text that would cost too long to render, saying why."""
    from django.core.exceptions import ValidationError

    if len(text) > MARKDOWN_MAX_CHARS:
        raise ValidationError(
            _("The text has %(length)s characters; at most %(limit)s fit in one field."),
            code="markdown_too_long",
            params={"length": len(text), "limit": MARKDOWN_MAX_CHARS},
        )
    for char, limit in MARKDOWN_MAX_COUNTS.items():
        count = text.count(char)
        if count > limit:
            raise ValidationError(
                _(
                    "The text has %(count)s “%(char)s” characters, more than the %(limit)s "
                    "that can be formatted in good time: simplify it or split it up."
                ),
                code="markdown_too_complex",
                params={"count": count, "char": char, "limit": limit},
            )


def _same_text(a: str, b: str | None) -> bool:
    # Browsers post a textarea's line breaks as CRLF.
    return b is not None and a.replace("\r\n", "\n") == b.replace("\r\n", "\n")


class StoredMarkdownMixin:
    """For a model whose Markdown fields each have a stored HTML twin.

    ``markdown_fields`` names the source fields; each ``<name>_html`` (a TextField with
    editable=False) is rendered by ``render_html()``, which save() calls. Code that skips
    save() (bulk_create) calls render_html() on each object first. clean_fields() refuses
    a source that would take too long to render (validate_markdown).
    """

    markdown_fields: tuple[str, ...] = ()

    def clean_fields(self, exclude=None):
        from django.core.exceptions import ValidationError

        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for name, _html in self._markdown_pairs():
            if name in errors or (exclude and name in exclude):
                continue
            value = getattr(self, name) or ""
            try:
                validate_markdown(value)
            except ValidationError as exc:
                # A text stored before the bounds (rendered once, when it was saved) may
                # stay as it is: only a new or changed text must fit them.
                if self.pk is not None and _same_text(value, self._stored_text(name)):
                    continue
                errors[name] = exc.error_list
        if errors:
            raise ValidationError(errors)

    def _stored_text(self, name: str) -> str | None:
        rows = type(self)._base_manager.filter(pk=self.pk).values_list(name, flat=True)
        return next(iter(rows), None)

    def _markdown_pairs(self) -> list[tuple[str, str]]:
        """(source, HTML) attribute pairs: one per language for a translated text, each
        rendered from its own language's source (core.languages), else the field itself."""
        from .languages import LANGUAGES, column, translated_fields

        translated = translated_fields(type(self))
        pairs = []
        for name in self.markdown_fields:
            if name in translated:
                pairs += [(column(name, lang), column(f"{name}_html", lang)) for lang in LANGUAGES]
            else:
                pairs.append((name, f"{name}_html"))
        return pairs

    def render_html(self) -> None:
        for source, html in self._markdown_pairs():
            setattr(self, html, render_markdown(getattr(self, source) or ""))

    def save(self, *args, **kwargs):
        self.render_html()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            # "body" in update_fields means the active language's column (the library
            # adds it); say each rendered column too.
            from .languages import LANGUAGES, column

            named = set(update_fields)
            for name in self.markdown_fields:
                if name in named:
                    named |= {column(name, lang) for lang in LANGUAGES}
            rendered = {html for source, html in self._markdown_pairs() if source in named}
            kwargs["update_fields"] = [*update_fields, *(rendered - set(update_fields))]
        super().save(*args, **kwargs)


@lru_cache(maxsize=8)
def _country_names(language: str | None) -> dict[str, str]:
    from django_countries import countries

    return {code: str(name) for code, name in countries}


def country_name(country) -> str:
    """A country's name in the current language, from a code or a django-countries Country.

    django-countries looks the name up anew on every access (0.1-0.3 ms: a translation and
    its own overrides); a list of 400 events spent most of its time there. The names of
    each language are read once per process.
    """
    code = getattr(country, "code", country) or ""
    return _country_names(get_language()).get(code, code)
