"""Demo events stated by the documents in shared/seeds.

Needs partners.demo.build() first (organisations and projects by slug). Every object is
keyed on a natural key (series slug; event slug and year; role; session title) and saved
only when it differs (core.demo), so running this twice changes nothing.
"""

import datetime

from core.demo import demo_picture, demo_upsert
from core.demo_images import demo_cover
from partners.models import Organisation, Project

from .models import Event, EventOrganisation, EventSeries, Session

R = EventOrganisation.Role

FORUM_SERIES = {
    "slug": "expert-forum-criminal-justice-central-asia",
    "title": "Expert Forum on Criminal Justice for Central Asia",
    "description": (
        "A yearly regional forum where judges, prosecutors, lawyers, civil society and "
        "international experts from Central Asia review criminal justice reform."
    ),
}

EVENTS = [
    {
        "slug": "ninth-expert-forum-on-criminal-justice-for-central-asia",
        "title": "Ninth Expert Forum on Criminal Justice for Central Asia",
        "kind": Event.Kind.FORUM,
        "series": FORUM_SERIES["slug"],
        "edition": 9,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 11, 20),
        "end_date": datetime.date(2024, 11, 21),
        "city": "Astana",
        "country": "KZ",
        "participant_count": 220,
        "participant_note": (
            "Over 220 participants: judges, prosecutors, lawyers, civil society "
            "representatives and international experts"
        ),
        "participating_countries": ["KZ", "KG", "UZ", "TJ", "TM", "MN"],
        "summary": (
            "Over 220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, "
            "Turkmenistan and Mongolia examined Central Asian criminal justice reforms from "
            "2021 to 2024."
        ),
        "body": (
            "The forum examined Central Asian criminal justice reforms from 2021 to 2024: the "
            "independence of the judiciary, access to justice, human rights in pre-trial "
            "investigation, investigative effectiveness, penitentiary reform and probation, "
            "and the digitalisation of justice systems, including ethical AI considerations.\n\n"
            "It served as a platform for sharing best practices, identifying challenges and "
            "fostering collaboration among stakeholders in the region. The results of the "
            "discussions will contribute to cooperation to strengthen the rule of law and "
            "promote access to justice in Central Asia.\n\n"
            "Other regional programme offices of the OSCE in Central Asia also took part in "
            "organising the forum."
        ),
        "roles": [
            ("odihr", R.ORGANISER),
            ("lprc", R.ORGANISER),
            ("unodc", R.ORGANISER),
            ("undp", R.ORGANISER),
            ("dignity", R.ORGANISER),
            ("osce-astana", R.ORGANISER),
            ("eu", R.FUNDER),
            ("us-state-counterterrorism", R.FUNDER),
        ],
        "sessions": [
            {
                "title": "Monitoring criminal justice",
                "kind": Session.Kind.PANEL,
                "description": (
                    "LPRC and IPHR, together with ODIHR, presented a methodology for "
                    "monitoring criminal justice and discussed the results of its pilot in "
                    "Kyrgyzstan. The session was held under the project “Coordinated Civil "
                    "Society Action to Promote the Rule of Law for All”."
                ),
                "leaders": ["lprc", "iphr", "odihr"],
            },
            {
                "title": "Gender issues and the role of women in the justice system",
                "kind": Session.Kind.PANEL,
                "description": (
                    "Gender-related issues, the role of women in the justice system, and "
                    "combating gender-based violence in the region."
                ),
                "leaders": [],
            },
        ],
    },
    {
        "slug": "rule-of-law-academy",
        "title": "Rule of Law Academy for Civil Society Representatives",
        "kind": Event.Kind.ACADEMY,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 8, 19),
        "end_date": datetime.date(2024, 8, 21),
        "city": "Almaty",
        "country": "KZ",
        "participant_count": 42,
        "participant_note": (
            "42 representatives of 27 civil society organisations from 13 regions of Kazakhstan"
        ),
        "participating_countries": ["KZ"],
        "summary": (
            "42 representatives of 27 civil society organisations from 13 regions of "
            "Kazakhstan trained on the rule of law, an independent judiciary, criminal and "
            "administrative justice, documentation and strategic litigation."
        ),
        "body": (
            "The Academy aimed to increase legal literacy and strengthen the skills of civil "
            "society representatives in Kazakhstan working on human rights and the rights of "
            "children, women, youth, migrants, people with disabilities and other vulnerable "
            "groups. Its programme covered the rule of law, the role of an independent "
            "judiciary, criminal justice, administrative justice, documentation of human "
            "rights violations and strategic litigation.\n\n"
            "Participants joined the National Network for the Rule of Law in Kazakhstan "
            "(NNRLK), initiated by the Academy organisers to coordinate civil society action "
            "on justice reform."
        ),
        "roles": [("lprc", R.ORGANISER), ("iphr", R.ORGANISER), ("eu", R.FUNDER)],
        "sessions": [],
    },
    {
        "slug": "presentation-rule-of-law-for-all",
        "title": (
            "Presentation of the project “Coordinated Civil Society Action to Promote Rule of "
            "Law for All”"
        ),
        "kind": Event.Kind.PRESENTATION,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 4, 11),
        "end_date": datetime.date(2024, 4, 11),
        "city": "Astana",
        "country": "KZ",
        "participant_count": None,
        "participant_note": (
            "Representatives of government agencies, civil society, lawyers, journalists, "
            "research institutions and international organisations"
        ),
        "participating_countries": ["KZ"],
        "summary": (
            "The EU-funded project was presented in Astana. Johannes Baur, Head of "
            "Cooperation of the EU Delegation to Kazakhstan, spoke on why the rule of law "
            "matters for trust in state institutions."
        ),
        "body": (
            "“Rule of law is a key condition for the functioning of a society and a state. "
            "The respect of rule of law is essential for the trust of individuals in state "
            "institutions and for the transparent development of the economy. Kazakhstan has "
            "made reforms in this area in the past years and the European Union would like "
            "to support civil society to promote the rule of law further,” Mr Johannes Baur, "
            "Head of Cooperation of the Delegation of the European Union to the Republic of "
            "Kazakhstan, said in his speech.\n\n"
            "The project includes a Rule of Law Academy, a Rule of Law Platform to improve "
            "coordination and information sharing, support for monitoring the rule of law "
            "and criminal justice throughout Kazakhstan, and annual national rule of law "
            "forums."
        ),
        "roles": [
            ("lprc", R.ORGANISER),
            ("iphr", R.ORGANISER),
            ("eu-delegation-kazakhstan", R.SUPPORTER),
            ("eu", R.FUNDER),
        ],
        "sessions": [],
    },
    {
        "slug": "just4all-third-steering-committee-meeting",
        "title": "Third JUST4ALL Steering Committee Meeting",
        "kind": Event.Kind.STEERING_COMMITTEE,
        "project": "just4all",
        "start_date": datetime.date(2023, 10, 5),
        "end_date": datetime.date(2023, 10, 5),
        # The seed names the country but not the city, so the city stays blank.
        "city": "",
        "country": "KG",
        "participant_count": 60,
        "participant_note": "Some 60 stakeholders",
        "participating_countries": ["KG"],
        "summary": (
            "Some 60 stakeholders from the EU, UNODC, the Government and civil society "
            "reviewed progress on probation and criminal justice information management in "
            "the Kyrgyz Republic."
        ),
        "body": (
            "The Ministry of Justice and the General Prosecutor's Office presented the "
            "project's main activities between March and September 2023: a Risk and Needs "
            "Assessment of probation clients, and a training strategy and curriculum for the "
            "Probation Department. Participants heard about the Memorandum of Cooperation "
            "between the Kyrgyz and Latvian probation services.\n\n"
            "Follow-up actions include raising public awareness of probation work, stronger "
            "cooperation with civil society, and better coordination between donors and "
            "Government counterparts."
        ),
        "roles": [
            ("unodc", R.ORGANISER),
            ("eu-delegation-kyrgyz-republic", R.CO_ORGANISER),
            ("kg-ministry-of-justice", R.PARTNER),
            ("kg-general-prosecutors-office", R.PARTNER),
            ("kg-probation-department", R.PARTNER),
            ("ludwig-boltzmann-institute", R.PARTNER),
            ("eu", R.FUNDER),
            ("unodc", R.FUNDER),
        ],
        "sessions": [
            {
                "title": "Project activities, March to September 2023",
                "kind": Session.Kind.PLENARY,
                "description": (
                    "Risk and needs assessment of probation clients; the training strategy "
                    "and curriculum of the Probation Department."
                ),
                "leaders": ["kg-ministry-of-justice", "kg-general-prosecutors-office"],
            },
        ],
    },
]


def build() -> dict[str, int]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    projects = {p.slug: p for p in Project.objects.all()}
    series = demo_upsert(
        EventSeries,
        {"slug": FORUM_SERIES["slug"]},
        {"title": FORUM_SERIES["title"], "description": FORUM_SERIES["description"]},
    )
    all_series = {series.slug: series}
    counts = {"series": 1, "events": 0, "roles": 0, "sessions": 0}
    for spec in EVENTS:
        fields = {
            key: value
            for key, value in spec.items()
            if key not in {"slug", "roles", "sessions", "series", "project"}
        }
        fields["series"] = all_series.get(spec.get("series"))
        fields["project"] = projects.get(spec.get("project"))
        fields["status"] = Event.Status.PUBLISHED
        event = demo_upsert(
            Event, {"slug": spec["slug"], "start_date__year": spec["start_date"].year}, fields
        )
        counts["events"] += 1
        _cover(event)
        for order, (slug, role) in enumerate(spec["roles"]):
            demo_upsert(
                EventOrganisation,
                {"event": event, "organisation": organisations[slug], "role": role},
                {"order": order},
            )
            counts["roles"] += 1
        for order, session_spec in enumerate(spec["sessions"]):
            demo_upsert(
                Session,
                {"event": event, "title": session_spec["title"]},
                {
                    "kind": session_spec["kind"],
                    "description": session_spec["description"],
                    "order": order,
                    "leading_organisations": [
                        organisations[slug] for slug in session_spec["leaders"]
                    ],
                },
            )
            counts["sessions"] += 1
    return counts


def _cover(event: Event) -> None:
    """A title card as the event's cover: the seeds carry no photographs of it."""
    from django.utils.html import strip_tags

    from .templatetags.event_tags import date_range

    dates = strip_tags(date_range(event.start_date, event.end_date))
    kicker = f"{event.get_kind_display()} · {dates}"
    demo_picture(
        event,
        "cover_image",
        f"{event.slug}.png",
        lambda: demo_cover(kicker=kicker, title=event.title, place=event.place, key=event.kind),
        cover_alt=f"Title card: {event.title}, {dates}",
    )
