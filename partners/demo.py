"""Demo content stated by the documents in shared/seeds: organisations, people, projects.

Every object is keyed on its slug (a person on name and organisation, a participation on
project, organisation and role) and saved only when it differs (core.demo), so running this
twice changes nothing.
"""

import datetime
from decimal import Decimal

from core.dates import DatePrecision
from core.demo import demo_upsert

from .models import Organisation, Participation, Person, Project, SustainableDevelopmentGoal

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

K = Organisation.Kind
ORGANISATIONS = [
    # slug, name, short name, kind, country, website, description, funder statement
    (
        "lprc",
        "Legal Policy Research Centre",
        "LPRC",
        K.CIVIL_SOCIETY,
        "KZ",
        "https://lprc.kz",
        'Public Foundation "Legal Policy Research Centre" (LPRC), an independent think tank '
        "working on the rule of law and justice reform in Kazakhstan and Central Asia.",
        "",
    ),
    (
        "iphr",
        "International Partnership for Human Rights",
        "IPHR",
        K.CIVIL_SOCIETY,
        "BE",
        "https://www.iphronline.org",
        "",
        "",
    ),
    (
        "eu",
        "European Union",
        "EU",
        K.DONOR,
        "",
        "https://eeas.europa.eu",
        EU_ABOUT,
        EU_DELEGATION_KZ,
    ),
    (
        "eu-delegation-kazakhstan",
        "Delegation of the European Union to the Republic of Kazakhstan",
        "EU Delegation to Kazakhstan",
        K.INTERNATIONAL,
        "KZ",
        "https://eeas.europa.eu/delegations/kazakhstan",
        "62, Kosmonavtov str., 7th floor, Astana 010000, Kazakhstan. Tel: +7 (7172) 97 45 40. "
        "Email: delegation-kazakhstan@eeas.europa.eu",
        "",
    ),
    (
        "eu-delegation-kyrgyz-republic",
        "Delegation of the European Union to the Kyrgyz Republic",
        "EU Delegation to the Kyrgyz Republic",
        K.INTERNATIONAL,
        "KG",
        "",
        "",
        "",
    ),
    (
        "odihr",
        "OSCE Office for Democratic Institutions and Human Rights",
        "ODIHR",
        K.INTERNATIONAL,
        "PL",
        "https://www.osce.org/odihr",
        "",
        "",
    ),
    (
        "osce-astana",
        "OSCE Programme Office in Astana",
        "OSCE Astana",
        K.INTERNATIONAL,
        "KZ",
        "https://www.osce.org/programme-office-in-astana",
        "",
        "",
    ),
    (
        "unodc",
        "United Nations Office on Drugs and Crime",
        "UNODC",
        K.INTERNATIONAL,
        "AT",
        "https://www.unodc.org",
        "UNODC Regional Office for Central Asia (ROCA).",
        "",
    ),
    (
        "undp",
        "United Nations Development Programme",
        "UNDP",
        K.INTERNATIONAL,
        "",
        "https://www.undp.org",
        "",
        "",
    ),
    ("dignity", "Dignity Public Association", "Dignity", K.CIVIL_SOCIETY, "KZ", "", "", ""),
    (
        "us-state-counterterrorism",
        "Bureau of Counterterrorism, U.S. Department of State",
        "CT Bureau",
        K.DONOR,
        "US",
        "https://www.state.gov",
        "",
        "",
    ),
    (
        "ludwig-boltzmann-institute",
        "Ludwig Boltzmann Institute of Fundamental and Human Rights",
        "LBI-GMR",
        K.ACADEMIC,
        "AT",
        "https://gmr.lbg.ac.at",
        "",
        "",
    ),
    (
        "kg-ministry-of-justice",
        "Ministry of Justice of the Kyrgyz Republic",
        "MoJ KG",
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "kg-general-prosecutors-office",
        "General Prosecutor's Office of the Kyrgyz Republic",
        "GPO KG",
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "kg-probation-department",
        "Probation Department of the Kyrgyz Republic",
        "Probation KG",
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "lv-state-probation-service",
        "State Probation Service of Latvia",
        "Probation LV",
        K.GOVERNMENT,
        "LV",
        "",
        "",
        "",
    ),
    (
        "nnrlk",
        "National Network for the Rule of Law in Kazakhstan",
        "NNRLK",
        K.CIVIL_SOCIETY,
        "KZ",
        "",
        "Initiated by the organisers of the Rule of Law Academy to promote coordinated, "
        "results-oriented civil society action on rule of law and justice issues.",
        "",
    ),
]

PEOPLE = [
    # organisation slug, name, position, phone, email, press contact
    (
        "lprc",
        "Olga Miroshnichenko",
        "LPRC coordinator",
        "+77017444429",
        "omiroshnichenko@hotmail.com",
        True,
    ),
    (
        "unodc",
        "Vasilina Brazhko",
        "Communication and PR Specialist, UNODC ROCA",
        "+996775987817",
        "vasilina.brazhko@un.org",
        True,
    ),
    ("unodc", "Ashita Mittal", "UNODC Regional Representative for Central Asia", "", "", False),
    ("eu-delegation-kazakhstan", "Johannes Baur", "Head of Cooperation", "", "", False),
    (
        "eu-delegation-kyrgyz-republic",
        "Marilyn Josefson",
        "EU Ambassador in the Kyrgyz Republic",
        "",
        "",
        False,
    ),
    ("eu-delegation-kyrgyz-republic", "Iotam Lerer", "", "", "", False),
    (
        "kg-probation-department",
        "Kuban Kazakov",
        "Director of the Probation Department",
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
        "practice.\n\nIt includes a Rule of Law Academy, a Rule of Law Platform to improve "
        "coordination and information sharing, support to monitor the rule of law and criminal "
        "justice throughout Kazakhstan, and annual national rule of law forums.",
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
        "sdgs": [16],
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
        "summary": "Promotes the humanisation of the criminal justice system in the Kyrgyz "
        "Republic and scales up the country's capacity to implement its criminal justice "
        "reforms in line with international standards and best European practices.",
        "description": "A four-year initiative co-funded by the European Union, co-funded and "
        "implemented by UNODC in partnership with the Ludwig Boltzmann Institute of Fundamental "
        "and Human Rights. It strengthens criminal justice information management and the "
        "probation process.",
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


def build() -> dict[str, int]:
    organisations = {}
    for slug, name, short, kind, country, website, description, statement in ORGANISATIONS:
        organisations[slug] = demo_upsert(
            Organisation,
            {"slug": slug},
            {
                "name": name,
                "short_name": short,
                "kind": kind,
                "country": country,
                "website": website,
                "description": description,
                "funder_statement": statement,
                "is_european_union": slug == "eu",
            },
        )
    for org_slug, name, position, phone, email, press in PEOPLE:
        demo_upsert(
            Person,
            {"name": name, "organisation": organisations[org_slug]},
            {
                "position": position,
                "phone": phone,
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
