"""Demo content stated by the documents in shared/seeds: organisations, people, projects.

Every object is keyed on its slug (a person on name and organisation, a participation on
project, organisation and role) and saved only when it differs (core.demo), so running this
twice changes nothing.
"""

import datetime
from decimal import Decimal

from core.demo import demo_picture, demo_upsert
from core.demo_images import demo_logo

from .models import Organisation, Participation, Person, Project, SustainableDevelopmentGoal
from .visibility import FunderVisibility

# The seeds print "This project is funded by the European Union" above the Delegation's
# address; the statement now comes from the EU's visibility rules (VISIBILITY below), which
# word it from the contributions, so the funder statement keeps the address alone.
EU_DELEGATION_KZ = (
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
# visibility manual) word the emblem, the statements and the disclaimer. The seeds state no
# such rules for the U.S. Department of State or UNODC, so they have none here.
# The emblem is the one the site draws from the EU's published geometry (core.emblems);
# staff replace it with the official file in the admin.
EU_DISCLAIMER = (
    "{kind} was produced with the financial support of the European Union. Its contents "
    "are the sole responsibility of {{implementers}} and do not necessarily reflect the "
    "views of the European Union."
)
VISIBILITY = {
    "eu": {
        "builtin_emblem": FunderVisibility.BuiltinEmblem.EU,
        "emblem_description": "Emblem of the European Union",
        "funded_statement": "Funded by the European Union",
        "cofunded_statement": "Co-funded by the European Union",
        "disclaimer_web": EU_DISCLAIMER.format(kind="This web page"),
        "disclaimer_press_release": EU_DISCLAIMER.format(kind="This press release"),
        "disclaimer_publication": EU_DISCLAIMER.format(kind="This publication"),
        "disclaimer_event_material": EU_DISCLAIMER.format(kind="This material"),
    },
}

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
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2026, 12, 31),
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
        # The seed says "four-year" and reports activities of 2023; the exact dates are not
        # stated, so the demo uses the calendar years that contain them.
        "start_date": datetime.date(2022, 1, 1),
        "end_date": datetime.date(2025, 12, 31),
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
        demo_upsert(FunderVisibility, {"organisation": organisations[org_slug]}, rules)
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
