"""Demo content stated by the documents in shared/seeds: organisations, people, projects.

Every object is keyed on its slug (a person on name and organisation, a participation on
project, organisation and role) and saved only when it differs (core.demo), so running this
twice changes nothing.
"""

import datetime
from decimal import Decimal

from core.dates import DatePrecision
from core.demo import demo_picture, english_key, in_languages
from core.demo import demo_upsert as _upsert
from core.demo_images import demo_logo
from core.languages import text_fields

from .demo_texts import TRANSLATIONS
from .models import Organisation, Participation, Person, Project, SustainableDevelopmentGoal
from .visibility import EU_COFUNDED, EU_DISCLAIMERS, EU_EMBLEM, EU_FUNDED, FunderVisibility


def demo_upsert(model, key, values):
    """core.demo.demo_upsert, with each text in Russian and Kazakh where demo_texts has
    its English text, and keys naming a text looking up its English column."""
    return _upsert(model, english_key(model, key), in_languages(model, values, TRANSLATIONS, key))


# The funder's block closing each release, as the seeds print it. The statement beside the
# EU's emblem on every output comes from the EU's visibility rules (VISIBILITY below), which
# word it from the contributions.
EU_DELEGATION_KZ = (
    "This project is funded by the European Union\n"
    "Delegation of the European Union to the Republic of Kazakhstan\n"
    "62, Kosmonavtov str., 7th floor\n"
    "Astana 010000, Kazakhstan\n"
    "Tel: +7 (7172) 97 45 40\n"
    "Email: delegation-kazakhstan@eeas.europa.eu\n"
    "Website: https://eeas.europa.eu/delegations/kazakhstan"
)
EU_ABOUT = (
    "The European Union is an economic and political union of 27 European countries. It is "
    "founded on the values of respect for human dignity, freedom, democracy, equality, the "
    "rule of law and respect for human rights, including the rights of persons belonging to "
    "minorities. It acts globally to promote sustainable development of societies, "
    "environment and economies, so that everyone can benefit."
)

# What funders require on outputs of the work they pay for (partners.visibility). Only the
# EU's rules are set: the seeds carry the EU's funding statement on every release, and the
# EU's requirements for external actions ("Communicating and raising EU visibility:
# guidance for external actions", 2022, and the disclaimer of its communication and
# visibility manual) word the emblem, the statements and the disclaimer (their wording, in
# partners.visibility, is translated like the interface). The seeds state no
# such rules for the U.S. Department of State or UNODC, so they have none here.
# The emblem is the one the site draws from the EU's published geometry (core.emblems);
# staff replace it with the official file in the admin.
VISIBILITY = {
    "eu": {
        "builtin_emblem": FunderVisibility.BuiltinEmblem.EU,
        "emblem_description": EU_EMBLEM,
        "funded_statement": EU_FUNDED,
        "cofunded_statement": EU_COFUNDED,
        **{
            FunderVisibility.DISCLAIMER_FIELDS[output]: text
            for output, text in EU_DISCLAIMERS.items()
        },
    },
}


def in_every_language(text):
    """A funder's standard wording (an interface string) in each language's column, as the
    catalogues translate it, so that staff see and can edit all three; other values as
    they are."""
    if not text:
        return text
    from django.utils import translation

    texts = {}
    for language in ("en", "ru", "kk"):
        with translation.override(language):
            texts[language] = translation.gettext(text)
    return texts


K = Organisation.Kind
# Only what the documents state: names, the short names they use, countries they name.
# No website, short name, country or description the documents do not give.
ORGANISATIONS = [
    {
        "slug": "lprc",
        "name": "Legal Policy Research Centre",
        "short_name": "LPRC",
        "kind": K.CIVIL_SOCIETY,
        "country": "KZ",
        "description": (
            'Public Foundation "Legal Policy Research Centre" (LPRC).\n'
            "Tel: +77017444429\n"
            "E-mail: info@lprc.kz"
        ),
        "is_site_owner": True,
    },
    {
        "slug": "iphr",
        "name": "International Partnership for Human Rights",
        "short_name": "IPHR",
        "kind": K.CIVIL_SOCIETY,
    },
    {
        "slug": "eu",
        "name": "European Union",
        "short_name": "EU",
        "kind": K.DONOR,
        "description": EU_ABOUT,
        "funder_statement": EU_DELEGATION_KZ,
        "is_european_union": True,
    },
    {
        "slug": "eu-delegation-kazakhstan",
        "name": "Delegation of the European Union to the Republic of Kazakhstan",
        "kind": K.INTERNATIONAL,
        "country": "KZ",
        "website": "https://eeas.europa.eu/delegations/kazakhstan",
        "description": (
            "62, Kosmonavtov str., 7th floor, Astana 010000, Kazakhstan. "
            "Tel: +7 (7172) 97 45 40. Email: delegation-kazakhstan@eeas.europa.eu"
        ),
    },
    {
        # Its ambassador speaks for the EU "in the Kyrgyz Republic" (seed 004).
        "slug": "eu-delegation-kyrgyz-republic",
        "name": "Delegation of the European Union to the Kyrgyz Republic",
        "kind": K.INTERNATIONAL,
        "country": "KG",
    },
    {
        "slug": "odihr",
        "name": "OSCE Office for Democratic Institutions and Human Rights",
        "short_name": "ODIHR",
        "kind": K.INTERNATIONAL,
    },
    {
        "slug": "osce-astana",
        "name": "OSCE Programme Office in Astana",
        "kind": K.INTERNATIONAL,
        "country": "KZ",
    },
    {
        "slug": "unodc",
        "name": "United Nations Office on Drugs and Crime",
        "short_name": "UNODC",
        "kind": K.INTERNATIONAL,
    },
    {
        "slug": "undp",
        "name": "United Nations Development Programme",
        "short_name": "UNDP",
        "kind": K.INTERNATIONAL,
    },
    {"slug": "dignity", "name": "Dignity Public Association", "kind": K.CIVIL_SOCIETY},
    {
        # A bureau of a ministry that funded the Ninth Forum: a government body and a donor.
        "slug": "us-state-counterterrorism",
        "name": "Bureau of Counterterrorism, U.S. Department of State",
        "kind": K.GOVERNMENT,
        "other_kinds": [K.DONOR],
        "country": "US",
    },
    {
        "slug": "ludwig-boltzmann-institute",
        "name": "Ludwig Boltzmann Institute of Fundamental and Human Rights",
        "kind": K.ACADEMIC,
    },
    {
        "slug": "kg-ministry-of-justice",
        "name": "Ministry of Justice of the Kyrgyz Republic",
        "kind": K.GOVERNMENT,
        "country": "KG",
    },
    {
        "slug": "kg-general-prosecutors-office",
        "name": "General Prosecutor's Office of the Kyrgyz Republic",
        "kind": K.GOVERNMENT,
        "country": "KG",
    },
    {
        "slug": "kg-probation-department",
        "name": "Probation Department of the Kyrgyz Republic",
        "kind": K.GOVERNMENT,
        "country": "KG",
    },
    {
        "slug": "lv-state-probation-service",
        "name": "Latvian Probation Service",
        "kind": K.GOVERNMENT,
        "country": "LV",
    },
    {
        "slug": "nnrlk",
        "name": "National Network for the Rule of Law in Kazakhstan",
        "short_name": "NNRLK",
        "kind": K.CIVIL_SOCIETY,
        "country": "KZ",
        "description": (
            "Initiated by the organisers of the Rule of Law Academy, the NNRLK aims to promote "
            "coordinated and results-oriented civil society action to monitor, evaluate and "
            "influence lawmaking and policy-making on rule of law and justice issues. It "
            "facilitates coordination as well as peer-to-peer knowledge sharing and mentoring "
            "among its members."
        ),
    },
]

PEOPLE = [
    # organisation slug, honorific, name, position, phone, what the phone is, email, press
    (
        "lprc",
        "",
        "Olga Miroshnichenko",
        "LPRC coordinator",
        "+77017444429",
        "",
        "omiroshnichenko@hotmail.com",
        True,
    ),
    (
        "unodc",
        "",
        "Vasilina Brazhko",
        "Communication and PR Specialist at UNODC ROCA",
        "+996775987817",
        "WhatsApp",
        "vasilina.brazhko@un.org",
        True,
    ),
    (
        "unodc",
        "Ms",
        "Ashita Mittal",
        "UNODC Regional Representative for Central Asia",
        "",
        "",
        "",
        False,
    ),
    (
        "eu-delegation-kazakhstan",
        "Mr",
        "Johannes Baur",
        "Head of Cooperation of the Delegation of the European Union to the Republic of Kazakhstan",
        "",
        "",
        "",
        False,
    ),
    (
        "eu-delegation-kyrgyz-republic",
        "H.E.",
        "Marilyn Josefson",
        "EU Ambassador in the Kyrgyz Republic",
        "",
        "",
        "",
        False,
    ),
    # Seed 004 says he spoke on the Ambassador's behalf, not what his position is.
    ("eu-delegation-kyrgyz-republic", "Dr", "Iotam Lerer", "", "", "", "", False),
    (
        "kg-probation-department",
        "Mr",
        "Kuban Kazakov",
        "Director of the Probation Department",
        "",
        "",
        "",
        False,
    ),
]

R = Participation.Role
PROJECTS = [
    {
        "slug": "rule-of-law-for-all",
        "title": "Coordinated Civil Society Action to Promote the Rule of Law for All",
        "short_name": "",
        "summary": "Increases the capacity of civil society to support the rule of law and "
        "respond to challenges in the criminal justice system in Kazakhstan.",
        "description": "The project responds to the need to support and strengthen the role of "
        "civil society in overseeing the rule of law and justice reform processes currently "
        "underway in Kazakhstan. Project activities focus on active engagement with government "
        "stakeholders to promote human rights-oriented reforms that take into account the rights "
        "of women, youth and other vulnerable groups, and their effective implementation in "
        "practice.\n\nIt includes the establishment of a Rule of Law Academy, a Rule of Law "
        "Platform to improve coordination and information sharing, and supportive measures to "
        "monitor the rule of law and criminal justice throughout Kazakhstan. In addition, the "
        "project will promote annual national rule of law forums.",
        # "designed for 3 years - from the beginning of 2024 to the end of 2026": known to
        # the year, not to the day.
        "start_date": datetime.date(2024, 1, 1),
        "start_precision": DatePrecision.YEAR,
        "end_date": datetime.date(2026, 12, 31),
        "end_precision": DatePrecision.YEAR,
        "duration_months": 36,
        "countries": ["KZ"],
        "total_budget": Decimal("777895.00"),
        "currency": "EUR",
        "sdgs": [],  # the releases name none
        "participations": [
            ("lprc", R.LEAD, None),
            ("iphr", R.CO_IMPLEMENTER, None),
            ("eu", R.FUNDER, Decimal("739000.00")),
        ],
    },
    {
        "slug": "just4all",
        "title": "Justice for All (JUST4ALL)",
        "short_name": "JUST4ALL",
        "summary": "Promotes the humanization of the criminal justice system in the Kyrgyz "
        "Republic and is geared towards scaling up the country's capacity to implement its "
        "criminal justice reforms in line with international standards and norms as well as "
        "best European practices.",
        "description": "A four-year, 8,800,000 Euro initiative co-funded by the European Union "
        "(EU), co-funded and implemented by the United Nations Office on Drugs and Crime (UNODC) "
        "in partnership with the Ludwig Boltzmann Institute of Fundamental and Human Rights. It "
        "strengthens the criminal justice information management and the probation process.\n\n"
        "The partnership between the EU, UNODC and the Government of the Kyrgyz Republic under "
        "the JUST4ALL framework contributes to the implementation of the 2030 Sustainable "
        "Development Agenda. In particular, JUST4ALL advances the progressive achievement of "
        "the Sustainable Development Goals 5 'gender equality', 10 'reduced inequalities' and "
        "16 'peace, justice and strong institutions'.",
        # The seed says only "the four-year project": a length, no dates.
        "start_date": None,
        "start_precision": DatePrecision.DAY,
        "end_date": None,
        "end_precision": DatePrecision.DAY,
        "duration_months": 48,
        "countries": ["KG"],
        "total_budget": Decimal("8800000.00"),
        "currency": "EUR",
        "sdgs": [5, 10, 16],
        "participations": [
            ("unodc", R.LEAD, None),
            ("ludwig-boltzmann-institute", R.PARTNER, None),
            ("eu", R.CO_FUNDER, None),
            ("unodc", R.CO_FUNDER, None),
            ("kg-ministry-of-justice", R.PARTNER, None),
            ("kg-general-prosecutors-office", R.PARTNER, None),
            ("kg-probation-department", R.PARTNER, None),
        ],
    },
]

ORGANISATION_DEFAULTS = {
    "short_name": "",
    "other_kinds": [],
    "country": "",
    "website": "",
    "description": "",
    "funder_statement": "",
    "is_european_union": False,
    "is_site_owner": False,
}


def build() -> dict[str, int]:
    organisations = {}
    for spec in ORGANISATIONS:
        values = {**ORGANISATION_DEFAULTS, **spec}
        slug = values.pop("slug")
        organisations[slug] = demo_upsert(Organisation, {"slug": slug}, values)
    for slug, organisation in organisations.items():
        # A typographic stand-in for the logo of each organisation known by an acronym; the
        # EU's mark is its emblem (its visibility rules), so neither it nor its delegations
        # get one.
        short = organisation.short_name
        if short and " " not in short and not slug.startswith("eu"):
            demo_picture(
                organisation, "logo", f"{slug}.png", lambda s=short, k=slug: demo_logo(s, k)
            )
    for org_slug, rules in VISIBILITY.items():
        demo_upsert(
            FunderVisibility,
            {"organisation": organisations[org_slug]},
            {
                name: in_every_language(value) if name in text_fields(FunderVisibility) else value
                for name, value in rules.items()
            },
        )
    for org_slug, honorific, name, position, phone, phone_note, email, press in PEOPLE:
        demo_upsert(
            Person,
            {"name": name, "organisation": organisations[org_slug]},
            {
                "honorific": honorific,
                "position": position,
                "phone": phone,
                "phone_note": phone_note,
                "email": email,
                "is_press_contact": press,
            },
        )
    for data in PROJECTS:
        data = dict(data)
        participations = data.pop("participations")
        sdgs = data.pop("sdgs")
        slug = data.pop("slug")
        data["sdg_goals"] = SustainableDevelopmentGoal.objects.filter(number__in=sdgs)
        project = demo_upsert(Project, {"slug": slug}, data)
        for org_slug, role, amount in participations:
            demo_upsert(
                Participation,
                {"project": project, "organisation": organisations[org_slug], "role": role},
                {"contribution": amount},
            )
    return {
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "projects": Project.objects.count(),
    }
