"""Funders' marks in templates: ``{% project_marks project "web" as marks %}``, then
``{% funder_marks marks %}`` (emblem with its statement) and ``{% funder_disclaimers marks %}``.
Events and releases have their own ``event_marks`` and ``release_marks`` tags."""

from django import template

from partners.visibility import Output
from partners.visibility import project_marks as _project_marks

register = template.Library()

# Display heights of the emblem in CSS pixels: never smaller than a partner's logo beside
# it (logos are shown at most LOGO_HEIGHT high, see includes/org_logo.html).
EMBLEM_HEIGHT = {"large": 56, "small": 28}
LOGO_HEIGHT = 48


@register.simple_tag
def project_marks(project, output=Output.WEB):
    return _project_marks(getattr(project, "pk", project), output)


def _sized(marks, size):
    height = EMBLEM_HEIGHT[size]
    shown = []
    for mark in marks:
        if mark.emblem is None and not mark.statement:
            continue
        width = round(height * mark.emblem.width / mark.emblem.height) if mark.emblem else 0
        shown.append({"mark": mark, "width": width, "height": height})
    return shown


@register.inclusion_tag("includes/funder_marks.html")
def funder_marks(marks, size="large"):
    """Each funder's emblem with its statement beside it, as the funder requires."""
    return {"shown": _sized(marks, size), "size": size}


@register.inclusion_tag("includes/funder_disclaimers.html")
def funder_disclaimers(marks):
    return {"disclaimers": list(dict.fromkeys(m.disclaimer for m in marks if m.disclaimer))}
