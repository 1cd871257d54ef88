"""Text staff type, kept to characters every output can carry.

A title, a name or a city is one line: a line break or another control character in it
(a forged form, a paste from a PDF) broke the event's calendar (icalendar refused the
calendar's name: a 500) and would break the feed, whose XML cannot hold control
characters at all (issue 15, finding 5). Long texts keep their line breaks and tabs but
not the other control characters. ``CleanTextMixin`` checks both on every model that
staff write, at the model level, so the admin, its inlines and any form built on a model
say what is wrong; exports strip what older rows may still hold (``strip_control``).
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# C0 and C1 control characters and DEL; in one-line fields also the Unicode line and
# paragraph separators. Long texts keep tab, line feed and carriage return.
ONE_LINE_REFUSED = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
TEXT_REFUSED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")

LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"}


def _character_name(char: str) -> str:
    if char in LINE_BREAKS:
        return str(_("a line break"))
    if char == "\t":
        return str(_("a tab"))
    return unicodedata.name(char, f"U+{ord(char):04X}")


def _refuse(match: re.Match, message) -> None:
    raise ValidationError(
        message,
        code="control_character",
        params={
            "character": _character_name(match.group()),
            "position": match.start() + 1,
        },
    )


ONE_LINE_MESSAGE = _(
    "This field is one line of text: remove %(character)s (an invisible character, at "
    "character %(position)s)."
)
TEXT_MESSAGE = _(
    "Remove the invisible control character %(character)s at character %(position)s; line "
    "breaks and tabs are fine."
)


def validate_one_line(value: str) -> None:
    """A title, a name, a city: no line break, tab or other control character."""
    match = ONE_LINE_REFUSED.search(value or "")
    if match:
        _refuse(match, ONE_LINE_MESSAGE)


def validate_text(value: str) -> None:
    """A long text: line breaks and tabs allowed, other control characters not."""
    match = TEXT_REFUSED.search(value or "")
    if match:
        _refuse(match, TEXT_MESSAGE)


def strip_control(value: str) -> str:
    """What an export writes of text stored before the checks above: control characters
    dropped (line breaks and tabs kept), for formats that cannot hold them (XML)."""
    return TEXT_REFUSED.sub("", value) if value else value


class CleanTextMixin:
    """For a model staff write (put it first among the bases): every editable CharField is
    one line, every editable TextField a text without control characters.

    Checked in clean_fields(), so the admin's forms and inlines show the message beside the
    field; nothing changes in the database schema (no validators on the fields themselves,
    hence no migration). Fields with choices are left to their own check.
    """

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for field in self._meta.concrete_fields:
            if (
                not field.editable
                or field.choices
                or field.name in errors
                or (exclude and field.name in exclude)
            ):
                continue
            value = getattr(self, field.attname)
            if not isinstance(value, str) or not value:
                continue
            check = validate_text if isinstance(field, models.TextField) else None
            if check is None and isinstance(field, models.CharField):
                check = validate_one_line
            if check is None:
                continue
            try:
                check(value)
            except ValidationError as exc:
                errors[field.name] = exc.error_list
        if errors:
            raise ValidationError(errors)
