"""IATI 2.03 files: the projects as activities, and LPRC as an organisation.

IATI (the International Aid Transparency Initiative) is how donors and aggregators (the
IATI Datastore, d-portal) read what a programme does. The files are built from the
projects' own fields and validated against the official schemas (schemas/iati-2.03/);
what IATI needs and a project lacks is said by ``findings()``, which the admin's project
page shows beside the file.

Choices made here, each once:
- LPRC reports (reporting-org: IATI_ORGANISATION_IDENTIFIER, a placeholder until staff
  set LPRC's registered identifier). A project LPRC takes no part in (JUST4ALL) is
  reported as a secondary reporter, as IATI asks of one who reproduces another's data.
- Participation roles become IATI organisation roles (ORGANISATION_ROLES): funders are
  1 Funding, the lead implementer 2 Accountable and 4 Implementing, co-implementers and
  partners 4 Implementing. No participation role means 3 Extending, so none has it.
- Status and dates come from the project's dates: a start not yet reached is planned, one
  passed actual; an end date passed makes the status 3 (finalisation: the work is over,
  whether the accounts are closed the site does not know).
- The budget is the project's total over its whole period (IATI advises budgets of a year
  at most: findings() says so); a funder's contribution is an incoming commitment (11)
  once its date is recorded, since IATI needs the date of every transaction.
- Document links: the project's page and its published events' pages (A12 activity web
  page), and the PDFs of its public press releases (A08 results, outcomes and outputs).
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from lxml import etree

from events.models import Event
from partners.models import DacSector, Organisation, Participation, Project
from pressroom.models import PressRelease

from .resources import projects as project_resource
from .resources.common import absolute, paths

VERSION = "2.03"
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas" / "iati-2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# IATI codelists (https://iatistandard.org/en/iati-standard/203/codelists/).
FUNDING, ACCOUNTABLE, EXTENDING, IMPLEMENTING = "1", "2", "3", "4"
ORGANISATION_ROLES = {
    Participation.Role.FUNDER: (FUNDING,),
    Participation.Role.CO_FUNDER: (FUNDING,),
    Participation.Role.LEAD: (ACCOUNTABLE, IMPLEMENTING),
    Participation.Role.CO_IMPLEMENTER: (IMPLEMENTING,),
    Participation.Role.PARTNER: (IMPLEMENTING,),
}
# OrganisationType: 10 government, 15 other public sector, 21 international NGO,
# 22 national NGO (organisation_type), 40 multilateral, 80 academic, training and
# research. Donors and media are too varied to say: no type.
ORGANISATION_TYPES = {
    Organisation.Kind.GOVERNMENT: "10",
    Organisation.Kind.COURT: "15",
    Organisation.Kind.INTERNATIONAL: "40",
    Organisation.Kind.ACADEMIC: "80",
}
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
PIPELINE, IMPLEMENTATION, FINALISATION = "1", "2", "3"
BUDGET_ORIGINAL, BUDGET_INDICATIVE = "1", "1"
INCOMING_COMMITMENT = "11"
DAC_5_DIGIT = "1"  # SectorVocabulary
SDG_GOALS = "2"  # TagVocabulary: UN Sustainable Development Goals
ACTIVITY_WEB_PAGE, RESULTS = "A12", "A08"  # DocumentCategory

# The files' own language: the one the content is written in first (English; the site's
# visitors' default is Russian, but every item has its English text). Narratives in other
# languages carry xml:lang.
FILE_LANGUAGE = "en"


def organisation_identifier() -> str:
    return settings.IATI_ORGANISATION_IDENTIFIER


def identifier_is_placeholder() -> bool:
    return organisation_identifier() == settings.IATI_ORGANISATION_IDENTIFIER_PLACEHOLDER


def activity_identifier(project) -> str:
    """The project's own, or (until staff set one) one made from its address."""
    return project.iati_identifier or f"{organisation_identifier()}-{project.slug}"


def organisation_type(organisation, countries=()) -> str | None:
    """The IATI type of an organisation in a project in ``countries``: a civil society
    organisation based in one of them is a national NGO there, any other international."""
    if organisation.kind == Organisation.Kind.CIVIL_SOCIETY:
        based = organisation.country.code if organisation.country else ""
        return "22" if based and based in countries else "21"
    return ORGANISATION_TYPES.get(organisation.kind)


def projects_queryset():
    """Projects with everything their activity says, in five queries whatever the size."""
    return Project.objects.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("organisation").order_by(
                "role", "organisation__name"
            ),
        ),
        "sdg_goals",
        Prefetch(
            "events",
            queryset=Event.objects.published()
            .only("pk", "title", "slug", "start_date", "project_id")
            .order_by("start_date", "pk"),
            to_attr="iati_events",
        ),
        Prefetch(
            "press_releases",
            queryset=PressRelease.objects.published()
            .only("pk", "title", "slug", "release_date", "project_id")
            .order_by("release_date", "pk"),
            to_attr="iati_releases",
        ),
    ).order_by("-start_date", "title")


def reportable(project) -> bool:
    """IATI needs at least one participating organisation and at least one activity date
    (a project known only by its length, as JUST4ALL's "four-year project", has none:
    none is invented)."""
    has_date = project.start_date is not None or project.end_date is not None
    return has_date and any(p.role in ORGANISATION_ROLES for p in project.participations.all())


# --- building --------------------------------------------------------------------------


def _narratives(parent, tag, texts, *, attrs=None):
    """``<tag><narrative>…</narrative></tag>``, one narrative per (language, text); the
    file's own language goes without xml:lang."""
    element = etree.SubElement(parent, tag, attrs or {})
    for language, text in texts:
        narrative = etree.SubElement(element, "narrative")
        if language != FILE_LANGUAGE:
            narrative.set(XML_LANG, language)
        narrative.text = str(text)
    return element


def _one(parent, tag, text, attrs=None):
    return _narratives(parent, tag, [(FILE_LANGUAGE, text)] if text else [], attrs=attrs)


def _reporting_org(parent, *, secondary: bool | None = None):
    attrs = {"ref": organisation_identifier(), "type": settings.IATI_ORGANISATION_TYPE}
    if secondary is not None:
        attrs["secondary-reporter"] = "1" if secondary else "0"
    return _one(parent, "reporting-org", settings.LPRC_SITE["name"], attrs)


def _iso(moment) -> str:
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def activity_status(project, today) -> str:
    if project.start_date is not None and project.start_date > today:
        return PIPELINE
    if project.end_date is not None and project.end_date < today:
        return FINALISATION
    return IMPLEMENTATION


def _activity(parent, project, *, request, today):
    participations = list(project.participations.all())
    countries = [country.code for country in project.countries]
    lprc_slug = settings.IATI_ORGANISATION_SLUG
    activity = etree.SubElement(
        parent,
        "iati-activity",
        {
            "last-updated-datetime": _iso(project.updated_at),
            XML_LANG: FILE_LANGUAGE,
            "default-currency": project.currency,
        },
    )
    etree.SubElement(activity, "iati-identifier").text = activity_identifier(project)
    _reporting_org(
        activity, secondary=not any(p.organisation.slug == lprc_slug for p in participations)
    )
    texts = project_resource.texts(project)
    _narratives(activity, "title", [(language, title) for language, title, _d in texts])
    _narratives(
        activity,
        "description",
        [(language, description) for language, _t, description in texts if description],
        attrs={"type": "1"},  # general
    )
    # Funders first, then the accountable and the implementing organisations, by name.
    roles = sorted(
        (role, participation.organisation.name, participation.organisation)
        for participation in participations
        for role in ORGANISATION_ROLES.get(participation.role, ())
    )
    for role, name, organisation in roles:
        attrs = {"role": role}
        kind = organisation_type(organisation, countries)
        if kind:
            attrs["type"] = kind
        if organisation.slug == lprc_slug and not identifier_is_placeholder():
            attrs["ref"] = organisation_identifier()
        _one(activity, "participating-org", name, attrs)
    etree.SubElement(activity, "activity-status", {"code": activity_status(project, today)})
    if project.start_date is not None:
        start_type = ACTUAL_START if project.start_date <= today else PLANNED_START
        etree.SubElement(
            activity,
            "activity-date",
            {"type": start_type, "iso-date": project.start_date.isoformat()},
        )
    if project.end_date is not None:
        end_type = ACTUAL_END if project.end_date < today else PLANNED_END
        etree.SubElement(
            activity, "activity-date", {"type": end_type, "iso-date": project.end_date.isoformat()}
        )
    for code in countries:
        attrs = {"code": code}
        if len(countries) == 1:
            attrs["percentage"] = "100"
        etree.SubElement(activity, "recipient-country", attrs)
    if project.dac_sector:
        _one(
            activity,
            "sector",
            str(DacSector(project.dac_sector).label),
            {"vocabulary": DAC_5_DIGIT, "code": project.dac_sector, "percentage": "100"},
        )
    for goal in project.sdg_goals.all():
        _one(activity, "tag", goal.name, {"vocabulary": SDG_GOALS, "code": str(goal.number)})
    if (
        project.total_budget is not None
        and project.start_date is not None
        and project.end_date is not None
    ):
        budget = etree.SubElement(
            activity, "budget", {"type": BUDGET_ORIGINAL, "status": BUDGET_INDICATIVE}
        )
        etree.SubElement(budget, "period-start", {"iso-date": project.start_date.isoformat()})
        etree.SubElement(budget, "period-end", {"iso-date": project.end_date.isoformat()})
        value = etree.SubElement(
            budget,
            "value",
            {"currency": project.currency, "value-date": project.start_date.isoformat()},
        )
        value.text = f"{project.total_budget:.2f}"
    lead = next((p for p in participations if p.role == Participation.Role.LEAD), None)
    for participation in participations:
        if participation.contribution is None or participation.committed_on is None:
            continue
        transaction = etree.SubElement(activity, "transaction")
        etree.SubElement(transaction, "transaction-type", {"code": INCOMING_COMMITMENT})
        day = participation.committed_on.isoformat()
        etree.SubElement(transaction, "transaction-date", {"iso-date": day})
        value = etree.SubElement(
            transaction, "value", {"currency": project.currency, "value-date": day}
        )
        value.text = f"{participation.contribution:.2f}"
        _org_reference(transaction, "provider-org", participation.organisation, countries)
        if lead is not None:
            _org_reference(transaction, "receiver-org", lead.organisation, countries)
    _document(
        activity,
        url=absolute(request, paths.project(slug=project.slug)),
        title=project.title,
        file_format="text/html",
        category=ACTIVITY_WEB_PAGE,
    )
    for event in project.iati_events:
        _document(
            activity,
            url=absolute(request, paths.event(year=event.start_date.year, slug=event.slug)),
            title=event.title,
            file_format="text/html",
            category=ACTIVITY_WEB_PAGE,
            date=event.start_date,
        )
    for release in project.iati_releases:
        _document(
            activity,
            url=absolute(
                request, paths.release_pdf(year=release.release_date.year, slug=release.slug)
            ),
            title=release.title,
            file_format="application/pdf",
            category=RESULTS,
            date=release.release_date,
        )
    return activity


def _org_reference(parent, tag, organisation, countries):
    attrs = {}
    kind = organisation_type(organisation, countries)
    if kind:
        attrs["type"] = kind
    if organisation.slug == settings.IATI_ORGANISATION_SLUG and not identifier_is_placeholder():
        attrs["ref"] = organisation_identifier()
    return _one(parent, tag, organisation.name, attrs)


def _document(parent, *, url, title, file_format, category, date=None):
    link = etree.SubElement(parent, "document-link", {"url": url, "format": file_format})
    _one(link, "title", title)
    etree.SubElement(link, "category", {"code": category})
    etree.SubElement(link, "language", {"code": FILE_LANGUAGE})
    if date is not None:
        etree.SubElement(link, "document-date", {"iso-date": date.isoformat()})


def _serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def activities_document(projects, *, request, today=None) -> bytes | None:
    """An ``iati-activities`` file of the reportable ``projects`` (from projects_queryset),
    or None if there is none (the schema wants at least one activity)."""
    today = today or timezone.localdate()
    reported = [project for project in projects if reportable(project)]
    if not reported:
        return None
    with translation.override(FILE_LANGUAGE):
        root = etree.Element(
            "iati-activities",
            {"version": VERSION, "generated-datetime": _iso(timezone.now())},
        )
        for project in reported:
            _activity(root, project, request=request, today=today)
    return _serialise(root)


def organisation_document(*, request) -> bytes:
    """LPRC as an IATI organisation: identifier, name and reporting organisation."""
    lprc = Organisation.objects.filter(slug=settings.IATI_ORGANISATION_SLUG).first()
    updated = lprc.updated_at if lprc is not None else timezone.now()
    with translation.override(FILE_LANGUAGE):
        root = etree.Element(
            "iati-organisations",
            {"version": VERSION, "generated-datetime": _iso(timezone.now())},
        )
        organisation = etree.SubElement(
            root,
            "iati-organisation",
            {
                "last-updated-datetime": _iso(updated),
                XML_LANG: FILE_LANGUAGE,
                "default-currency": "EUR",
            },
        )
        etree.SubElement(organisation, "organisation-identifier").text = organisation_identifier()
        _one(organisation, "name", settings.LPRC_SITE["name"])
        _reporting_org(organisation)
    return _serialise(root)


# --- checking --------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / name)))


ACTIVITIES_SCHEMA = "iati-activities-schema.xsd"
ORGANISATIONS_SCHEMA = "iati-organisations-schema.xsd"


def schema_errors(document: bytes, schema: str = ACTIVITIES_SCHEMA) -> list[str]:
    """What the official schema finds wrong with ``document``; empty if it is valid."""
    xsd = _schema(schema)
    if xsd.validate(etree.fromstring(document)):
        return []
    return [f"line {error.line}: {error.message}" for error in xsd.error_log]


@dataclass(frozen=True)
class Finding:
    """Something IATI needs that the project lacks (``missing``), or a weaker point."""

    message: str
    missing: bool = True


def findings(project) -> list[Finding]:
    """What IATI needs and ``project`` (from projects_queryset) lacks, in staff's words."""
    found = []
    if identifier_is_placeholder():
        found.append(
            Finding(
                _(
                    "LPRC's IATI organisation identifier is not set: every file says “%(id)s”. "
                    "Set IATI_ORGANISATION_IDENTIFIER to the identifier LPRC is registered with."
                )
                % {"id": organisation_identifier()}
            )
        )
    if not project.iati_identifier:
        found.append(
            Finding(
                _(
                    "No IATI activity identifier: the file uses “%(id)s”, made from the "
                    "address, which changes if the address does."
                )
                % {"id": activity_identifier(project)}
            )
        )
    if not project.dac_sector:
        found.append(Finding(_("No sector: IATI needs the project's DAC sector.")))
    if project.start_date is None and project.end_date is None:
        found.append(
            Finding(
                _(
                    "No start or end date: IATI needs at least one, so the project is left "
                    "out of the IATI file until one is known."
                )
            )
        )
    elif not reportable(project):
        found.append(
            Finding(
                _(
                    "No participating organisation: the project is left out of the IATI file "
                    "until it has a funder or an implementer."
                )
            )
        )
    if not project.countries:
        found.append(Finding(_("No recipient country.")))
    elif len(project.countries) > 1:
        found.append(
            Finding(
                _(
                    "Several recipient countries: IATI asks for each one's share of the "
                    "budget, which the site does not record, so none is given."
                ),
                missing=False,
            )
        )
    if project.total_budget is None:
        found.append(Finding(_("No total budget.")))
    if project.end_date is None:
        found.append(Finding(_("No end date: IATI needs the budget's period, so none is given.")))
    elif (
        project.total_budget is not None
        and project.start_date is not None
        and (project.end_date - project.start_date).days > 366
    ):
        found.append(
            Finding(
                _(
                    "The budget is one total over %(years)s years; IATI advises a budget per "
                    "year at most."
                )
                % {"years": round((project.end_date - project.start_date).days / 365.25, 1)},
                missing=False,
            )
        )
    for participation in project.participations.all():
        if participation.contribution is not None and participation.committed_on is None:
            found.append(
                Finding(
                    _(
                        "The contribution of %(organisation)s (%(amount)s %(currency)s) has no "
                        "date: it is left out of the file's transactions until it has one."
                    )
                    % {
                        "organisation": participation.organisation.name,
                        "amount": f"{participation.contribution:,.2f}",
                        "currency": project.currency,
                    }
                )
            )
    if not any(p.role in Participation.FUNDING_ROLES for p in project.participations.all()):
        found.append(Finding(_("No funder."), missing=False))
    return found
