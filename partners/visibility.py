"""What a funder requires of every output of the work it pays for: its visibility rules.

A funder (the European Union first of all) may require its emblem, a funding statement
next to it ("Funded by …" or "Co-funded by …", which follows from the contributions), and
a disclaimer that differs by kind of output (a web page, a press release, a publication,
event material). Staff set these once per funder (``FunderVisibility``); every page, PDF,
feed, calendar and share card of a funded project, event or release then shows them
(``marks_for``), and the site never words them itself.

Marks are computed from plain data cached per content version (core.cache.content_cached):
a list of cards costs no query for them, and a change of the rules renews every page.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.templatetags.static import static
from django.utils.text import format_lazy, get_text_list
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from core.cache import content_cached
from core.languages import LANGUAGES, column, language_columns
from core.text import CleanTextMixin
from core.uploads import (
    MB,
    HashedUploadTo,
    MaxFileSizeValidator,
    WebImageField,
    WebImageValidator,
    is_new_upload,
)

from .models import Organisation, Participation


class Output(models.TextChoices):
    """The kinds of output a funder may word its disclaimer for."""

    WEB = "web", _("Web page")
    PRESS_RELEASE = "press-release", _("Press release")
    PUBLICATION = "publication", _("Publication")
    EVENT_MATERIAL = "event-material", _("Event material")


# The only placeholder a disclaimer may hold: the organisations responsible for the content.
PLACEHOLDER = "{implementers}"
_PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")
DISCLAIMER_HELP = format_lazy(
    "{} {}",
    _(
        "Leave empty if this funder requires none for this kind of output. Write "
        "{implementers} where the names of the organisations responsible for the content "
        "go (a project's implementers, an event's organisers)."
    ),
    _("Plain text, as the funder words it."),
)

# The wording funders publish for everyone to use, word for word (the EU's visibility
# guidance: the statements beside its emblem and its standard disclaimer). They are
# interface strings: a rule worded exactly so is shown in the visitor's language, with the
# catalogues' translation (rules_of); anything else staff write is shown as written.
EU_FUNDED = gettext_noop("Funded by the European Union")
EU_COFUNDED = gettext_noop("Co-funded by the European Union")
EU_EMBLEM = gettext_noop("Emblem of the European Union")
EU_DISCLAIMERS = {
    Output.WEB: gettext_noop(
        "This web page was produced with the financial support of the European Union. Its "
        "contents are the sole responsibility of {implementers} and do not necessarily "
        "reflect the views of the European Union."
    ),
    Output.PRESS_RELEASE: gettext_noop(
        "This press release was produced with the financial support of the European Union. "
        "Its contents are the sole responsibility of {implementers} and do not necessarily "
        "reflect the views of the European Union."
    ),
    Output.PUBLICATION: gettext_noop(
        "This publication was produced with the financial support of the European Union. "
        "Its contents are the sole responsibility of {implementers} and do not necessarily "
        "reflect the views of the European Union."
    ),
    Output.EVENT_MATERIAL: gettext_noop(
        "This material was produced with the financial support of the European Union. Its "
        "contents are the sole responsibility of {implementers} and do not necessarily "
        "reflect the views of the European Union."
    ),
}


def in_visitors_language(text: str) -> str:
    """A funder's fixed wording (above) in the current language; other text as written."""
    return gettext(text) if text.strip() else text


# Emblems the site draws itself (core.emblems), as static files: no upload can carry script.
BUILTIN_EMBLEMS = {
    "eu": ("img/emblems/eu-emblem.svg", 300, 200),
}


class FunderVisibility(CleanTextMixin, models.Model):
    class BuiltinEmblem(models.TextChoices):
        EU = "eu", _("European Union emblem, drawn by the site from its published geometry")

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="visibility",
        verbose_name=_("funder"),
    )
    emblem = WebImageField(
        _("emblem"),
        upload_to=HashedUploadTo("emblems"),
        blank=True,
        width_field="emblem_width",
        height_field="emblem_height",
        validators=[MaxFileSizeValidator(2 * MB), WebImageValidator()],
        help_text=_(
            "The funder's official emblem file as PNG, JPEG or WebP (not SVG), at most 2 MB, "
            "at least 200 pixels high. It replaces the drawn emblem below."
        ),
    )
    emblem_width = models.PositiveIntegerField(null=True, editable=False)
    emblem_height = models.PositiveIntegerField(null=True, editable=False)
    builtin_emblem = models.CharField(
        _("drawn emblem"),
        max_length=10,
        choices=BuiltinEmblem.choices,
        blank=True,
        help_text=_("Used until the official file is uploaded above."),
    )
    emblem_description = models.CharField(
        _("emblem description"),
        max_length=200,
        blank=True,
        help_text=_("What the emblem is, for people who cannot see it: “EU emblem”."),
    )
    funded_statement = models.CharField(
        _("funding statement"),
        max_length=200,
        blank=True,
        help_text=_(
            "Shown next to the emblem when this funder pays the whole budget alone: "
            "“Funded by the European Union”."
        ),
    )
    cofunded_statement = models.CharField(
        _("co-funding statement"),
        max_length=200,
        blank=True,
        help_text=_(
            "Shown instead when there are several funders or this one pays part of the "
            "budget: “Co-funded by the European Union”."
        ),
    )
    disclaimer_web = models.TextField(
        _("disclaimer on web pages"), blank=True, help_text=DISCLAIMER_HELP
    )
    disclaimer_press_release = models.TextField(
        _("disclaimer on press releases"), blank=True, help_text=DISCLAIMER_HELP
    )
    disclaimer_publication = models.TextField(
        _("disclaimer on publications"), blank=True, help_text=DISCLAIMER_HELP
    )
    disclaimer_event_material = models.TextField(
        _("disclaimer on event material"),
        blank=True,
        help_text=format_lazy(
            "{} {}", _("Calendars and other material about an event."), DISCLAIMER_HELP
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("visibility rules")
        verbose_name_plural = _("visibility rules")

    def __str__(self):
        return gettext("Visibility rules of %(funder)s") % {"funder": self.organisation.name}

    DISCLAIMER_FIELDS = {
        Output.WEB: "disclaimer_web",
        Output.PRESS_RELEASE: "disclaimer_press_release",
        Output.PUBLICATION: "disclaimer_publication",
        Output.EVENT_MATERIAL: "disclaimer_event_material",
    }

    @property
    def has_emblem(self) -> bool:
        return bool(self.emblem) or bool(self.builtin_emblem)

    def clean(self):
        super().clean()
        errors = {}

        def given(name):  # in any language (core.languages)
            return any((text or "").strip() for text in language_columns(self, name).values())

        # The emblem and the statement go together, never one without the other. Errors
        # name the first language's column: the form shows each text's languages, not the
        # original field.
        if self.has_emblem:
            for name in ("funded_statement", "cofunded_statement"):
                if not given(name):
                    errors[column(name, LANGUAGES[0])] = _(
                        "The emblem is always shown with a statement: write it."
                    )
            if not given("emblem_description"):
                errors[column("emblem_description", LANGUAGES[0])] = _(
                    "Describe the emblem for people who cannot see it."
                )
        elif given("funded_statement") or given("cofunded_statement"):
            errors["builtin_emblem"] = _(
                "A statement is shown next to the emblem: upload the emblem or choose the "
                "drawn one."
            )
        for name in self.DISCLAIMER_FIELDS.values():
            for language in LANGUAGES:
                text = getattr(self, column(name, language), "") or ""
                unknown = [p for p in _PLACEHOLDER_RE.findall(text) if p != PLACEHOLDER]
                if unknown:
                    errors[column(name, language)] = _(
                        "%(found)s is not a placeholder the site fills in; the only one is "
                        "{implementers}."
                    ) % {"found": unknown[0]}
        # Like the upload validators, the height rule checks a new upload only (core.uploads).
        if (
            self.emblem
            and is_new_upload(self.emblem)
            and self.emblem_height is not None
            and self.emblem_height < 200
        ):
            errors["emblem"] = _(
                "The emblem is %(h)s pixels high; upload one at least 200 pixels high, so "
                "that it stays sharp on print."
            ) % {"h": self.emblem_height}
        if errors:
            raise ValidationError(errors)


# What pages use: plain, picklable data -------------------------------------------------


@dataclass(frozen=True)
class Emblem:
    url: str  # a static or media URL, for pages
    width: int
    height: int
    description: str
    static_path: str = ""  # a builtin emblem's file under static/, for PDFs and share cards
    media_name: str = ""  # an uploaded emblem's name in the media storage


@dataclass(frozen=True)
class Rules:
    funder_id: int
    funder_name: str
    emblem: Emblem | None
    funded_statement: str
    cofunded_statement: str
    disclaimers: dict = field(default_factory=dict)  # Output value -> text


@dataclass(frozen=True)
class Mark:
    """What one funder requires on one output: emblem, statement, disclaimer (any may be
    missing when the funder does not require it)."""

    funder_id: int
    funder_name: str
    emblem: Emblem | None
    statement: str
    disclaimer: str


@dataclass(frozen=True)
class Funding:
    """Who funds an item, whether each co-funds, and who is responsible for its content."""

    funders: tuple = ()  # of (organisation id, co-funded?)
    implementers: tuple = ()  # of organisation names, as the disclaimer names them
    rules: dict = field(default_factory=dict)  # organisation id -> Rules, for those with any


def _emblem(rule: FunderVisibility) -> Emblem | None:
    description = in_visitors_language(rule.emblem_description) or rule.organisation.name
    if rule.emblem:
        return Emblem(
            url=rule.emblem.url,
            width=rule.emblem_width or 300,
            height=rule.emblem_height or 200,
            description=description,
            media_name=rule.emblem.name,
        )
    if rule.builtin_emblem in BUILTIN_EMBLEMS:
        path, width, height = BUILTIN_EMBLEMS[rule.builtin_emblem]
        return Emblem(
            url=static(path),
            width=width,
            height=height,
            description=description,
            static_path=path,
        )
    return None


def rules_of(organisation) -> Rules | None:
    """An organisation's rules as plain data; None without any. The caller loaded
    ``organisation.visibility`` with select_related (a reverse one-to-one: no query then,
    also when there is none)."""
    try:
        rule = organisation.visibility
    except FunderVisibility.DoesNotExist:
        return None
    return Rules(
        funder_id=organisation.pk,
        funder_name=organisation.name,
        emblem=_emblem(rule),
        funded_statement=in_visitors_language(rule.funded_statement),
        cofunded_statement=in_visitors_language(rule.cofunded_statement),
        disclaimers={
            str(output.value): in_visitors_language(getattr(rule, name))
            for output, name in FunderVisibility.DISCLAIMER_FIELDS.items()
            if getattr(rule, name).strip()
        },
    )


def is_cofunded(*, funder_count: int, contribution: Decimal | None, budget: Decimal | None) -> bool:
    """Co-funded when others fund the item too, or when this funder's known contribution is
    less than the known total budget; a lone funder of unknown amount is said to fund it."""
    if funder_count > 1:
        return True
    return contribution is not None and budget is not None and contribution < budget


def _funding(rows, budget: Decimal | None) -> Funding:
    """Funding from a project's participation rows (each with its organisation)."""
    funding_rows = [
        p for p in rows if p.role in Participation.FUNDING_ROLES or p.contribution is not None
    ]
    funder_ids = list(dict.fromkeys(p.organisation_id for p in funding_rows))
    funders = []
    for organisation_id in funder_ids:
        own = [p for p in funding_rows if p.organisation_id == organisation_id]
        known = [p.contribution for p in own if p.contribution is not None]
        contribution = sum(known, Decimal(0)) if known else None
        cofunded = is_cofunded(
            funder_count=len(funder_ids), contribution=contribution, budget=budget
        ) or any(p.role == Participation.Role.CO_FUNDER for p in own)
        funders.append((organisation_id, cofunded))
    implementers = sorted(
        (p for p in rows if p.role in (Participation.Role.LEAD, Participation.Role.CO_IMPLEMENTER)),
        key=lambda p: (p.role != Participation.Role.LEAD, p.organisation.name),
    )
    return Funding(
        funders=tuple(funders),
        implementers=tuple(dict.fromkeys(p.organisation.name for p in implementers)),
        rules={
            p.organisation_id: rule
            for p in funding_rows
            if (rule := rules_of(p.organisation)) is not None
        },
    )


def _compute_project_funding() -> dict[int, Funding]:
    rows = (
        Participation.objects.filter(
            models.Q(role__in=Participation.FUNDING_ROLES)
            | models.Q(role__in=[Participation.Role.LEAD, Participation.Role.CO_IMPLEMENTER])
            | models.Q(contribution__isnull=False)
        )
        # The funders' rules come along: one query for every project's marks.
        .select_related("organisation__visibility", "project")
        .order_by("pk")
    )
    by_project: dict[int, list[Participation]] = {}
    budgets: dict[int, Decimal | None] = {}
    for row in rows:
        by_project.setdefault(row.project_id, []).append(row)
        budgets[row.project_id] = row.project.total_budget
    funding = {}
    for project_id, project_rows in by_project.items():
        item = _funding(project_rows, budgets[project_id])
        if item.funders:
            funding[project_id] = item
    return funding


def project_funding() -> dict[int, Funding]:
    """Every funded project's funding by id, with its funders' rules, once per content
    version (one query)."""
    return content_cached("partners:project-funding", _compute_project_funding)


def marks_for(funding: Funding | None, output: str) -> list[Mark]:
    """What each funder of ``funding`` with rules requires on an ``output``, in the order of
    the funders (largest contribution first, as the funding split shows them)."""
    if funding is None or not funding.funders:
        return []
    rules = funding.rules
    names = get_text_list(list(funding.implementers), gettext("and"))
    marks = []
    for organisation_id, cofunded in funding.funders:
        rule = rules.get(organisation_id)
        if rule is None:
            continue
        statement = rule.cofunded_statement if cofunded else rule.funded_statement
        disclaimer = rule.disclaimers.get(output, "")
        if disclaimer and PLACEHOLDER in disclaimer:
            if not names:
                # Nobody to name: the sentence would be wrong, so the funder's own words
                # stay with the placeholder's place said plainly.
                names = gettext("the organisations that carry out the work")
            disclaimer = disclaimer.replace(PLACEHOLDER, names)
        if rule.emblem is None and not statement and not disclaimer:
            continue
        marks.append(
            Mark(
                funder_id=organisation_id,
                funder_name=rule.funder_name,
                emblem=rule.emblem,
                statement=statement,
                disclaimer=disclaimer,
            )
        )
    return marks


def site_runs(implementers) -> bool:
    """Whether the site's own organisation (LPRC, ``is_site_owner``) carries the work out:
    only its own work goes out on its letterhead, and only that is presented as "our
    programme"."""
    return any(org.is_site_owner for org in implementers)


def card_marks(marks: list[Mark]) -> tuple:
    """The marks as a share card draws them (core.sharecards): emblem and statement."""
    from core.sharecards import CardMark

    return tuple(
        CardMark(
            statement=m.statement,
            static_path=m.emblem.static_path if m.emblem else "",
            media_name=m.emblem.media_name if m.emblem else "",
        )
        for m in marks
        if m.statement or m.emblem
    )


def share_card_response(*, title: str, kicker: str, marks: list[Mark], cover_name: str = ""):
    """A share card (og:image) as a PNG response, for a project, event or release."""
    from django.conf import settings
    from django.http import HttpResponse

    from core.sharecards import ShareCard, render_share_card

    card = ShareCard(
        title=title,
        kicker=kicker,
        site=f"{settings.LPRC_SITE['short_name']} · {settings.LPRC_SITE['name']}",
        marks=card_marks(marks),
        cover_name=cover_name,
    )
    return HttpResponse(render_share_card(card), content_type="image/png")


def project_marks(project_id: int | None, output: str) -> list[Mark]:
    if project_id is None:
        return []
    return marks_for(project_funding().get(project_id), output)
