from django import template

from core.templatetags.core_tags import date_range as _date_range

register = template.Library()

# Where event templates have always found it; written once in core (core.i18n.range_parts).
register.simple_tag(_date_range, name="date_range")
