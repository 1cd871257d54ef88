"""Demo events stated by the documents in shared/seeds.

Needs partners.demo.build() first (organisations and projects by slug). Every object is
keyed on a natural key (series slug; event slug and year; role; session title) and saved
only when it differs (core.demo), so running this twice changes nothing.
"""

import datetime

from core.demo import cover_description, demo_picture, english_key, in_languages
from core.demo import demo_upsert as _upsert
from core.demo_images import demo_cover
from partners.models import Organisation, Person, Project

from .demo_texts import TRANSLATIONS
from .models import CountQualifier, Event, EventOrganisation, EventSeries, Quote, Session


def demo_upsert(model, key, values):
    """core.demo.demo_upsert, with each text in Russian and Kazakh where demo_texts has
    its English text, and keys naming a text looking up its English column."""
    return _upsert(model, english_key(model, key), in_languages(model, values, TRANSLATIONS, key))


R = EventOrganisation.Role

FORUM_SERIES = {
    "slug": "expert-forum-criminal-justice-central-asia",
    "title": "Expert Forum on Criminal Justice for Central Asia",
    "description": (
        "A forum on criminal justice for Central Asia. Its Ninth edition, in Astana on 20-21 "
        "November 2024, brought together judges, prosecutors, lawyers, civil society "
        "representatives and international experts."
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
        "participant_qualifier": CountQualifier.OVER,
        "participant_note": (
            "participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan "
            "and Mongolia, including judges, prosecutors, lawyers, civil society "
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
                "kind": Session.Kind.SESSION,
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
                "kind": Session.Kind.SESSION,
                "description": (
                    "A dedicated session highlighted gender-related issues and the role of "
                    "women in the justice system, and combating gender-based violence in the "
                    "region."
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
        "participant_qualifier": CountQualifier.EXACT,
        "participant_note": (
            "representatives from 27 civil society organizations from 13 regions of Kazakhstan"
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
            "As a result of the training, participants gained a deep understanding of the rule "
            "of law, key aspects of criminal and administrative justice, and increased "
            "competencies in independent evaluation and monitoring of the judiciary, methods "
            "of effective interaction with state authorities, documentation of human rights "
            "violations and strategic litigation.\n\n"
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
        "participant_qualifier": CountQualifier.EXACT,
        "participant_note": (
            "Representatives of government agencies, civil society, lawyers, journalists, "
            "research institutions and international organizations"
        ),
        "participating_countries": ["KZ"],
        "summary": (
            "The EU-funded project was presented in Astana. Johannes Baur, Head of "
            "Cooperation of the EU Delegation to Kazakhstan, spoke on why the rule of law "
            "matters for trust in state institutions."
        ),
        # Mr Baur's words are a quote of the event (QUOTES below), not part of its text.
        "body": (
            "The project includes a Rule of Law Academy, a Rule of Law Platform to improve "
            "coordination and information sharing, support for monitoring the rule of law "
            "and criminal justice throughout Kazakhstan, and annual national rule of law "
            "forums."
        ),
        "roles": [("lprc", R.ORGANISER), ("iphr", R.ORGANISER), ("eu", R.FUNDER)],
        "sessions": [],
    },
    {
        "slug": "just4all-third-steering-committee-meeting",
        "title": "Third JUST4ALL Steering Committee Meeting",
        "kind": Event.Kind.STEERING_COMMITTEE,
        "project": "just4all",
        "start_date": datetime.date(2023, 10, 5),
        "end_date": datetime.date(2023, 10, 5),
        # The article is about the project in the Kyrgyz Republic and its Government; it
        # names no city, so the city stays blank.
        "city": "",
        "country": "KG",
        "participant_count": 60,
        "participant_qualifier": CountQualifier.ABOUT,
        "participant_note": "stakeholders",
        "participating_countries": [],
        "summary": (
            "Some 60 stakeholders from the EU, UNODC, the Government and civil society "
            "reviewed progress on probation and criminal justice information management in "
            "the Kyrgyz Republic."
        ),
        "body": (
            "The European Union, UNODC, Government, Civil Society representatives and other "
            "key stakeholders conducted the third \u2018Justice for All\u2019 project "
            "Steering Committee Meeting.\n\n"
            "The Ministry of Justice and the General Prosecutor's Office presented the "
            "project's main activities implemented between March and September 2023. Progress "
            "was made through the introduction of a Risk and Needs Assessment of probation "
            "clients and the development of a comprehensive training strategy and curriculum "
            "for the Probation department. Participants were informed about the signed "
            "Memorandum of Cooperation between the Kyrgyz and Latvian Probations Services and "
            "the Kyrgyz delegation's presentation in the 32nd Session of the Commission on "
            "Crime Prevention and Criminal Justice held in Vienna.\n\n"
            "During the discussion, representatives of government agencies, civil society and "
            "international missions shared their views on the project's up to date progress "
            "and lessons learned. Follow up actions include, but are not limited to, raising "
            "awareness of the probation work with the larger public, strengthening the "
            "cooperation with the civil society and strengthening the coordination between "
            "donors and Government counterparts to enhance synergies and avoid duplication."
        ),
        # "The European Union, UNODC, Government, Civil Society representatives and other
        # key stakeholders conducted" it; the ministries presented, the Probation
        # Department's director spoke. No funder of the meeting itself is named.
        "roles": [
            ("eu", R.ORGANISER),
            ("unodc", R.ORGANISER),
            ("kg-ministry-of-justice", R.PARTNER),
            ("kg-general-prosecutors-office", R.PARTNER),
            ("kg-probation-department", R.PARTNER),
        ],
        "sessions": [
            {
                "title": "The project's main activities, March to September 2023",
                "kind": Session.Kind.SESSION,
                "description": (
                    "The Ministry of Justice and the General Prosecutor's Office presented the "
                    "introduction of a Risk and Needs Assessment of probation clients and the "
                    "development of a comprehensive training strategy and curriculum for the "
                    "Probation department."
                ),
                "leaders": ["kg-ministry-of-justice", "kg-general-prosecutors-office"],
            },
        ],
    },
]


# What people said, as the seeds report it (their source is set by pressroom/demo.py,
# which makes the releases and the article they come from).
QUOTES = [
    {
        "event": ("presentation-rule-of-law-for-all", 2024),
        "person": ("Johannes Baur", "eu-delegation-kazakhstan"),
        "kind": "quote",
        "title_at_the_time": "Head of Cooperation of the Delegation of the European Union "
        "to the Republic of Kazakhstan",
        "words": "Rule of law is a key condition for the functioning of a society and a state. "
        "The respect of rule of law is essential for the trust of individuals in state "
        "institutions and for the transparent development of the economy. Kazakhstan has made "
        "reforms in this area in the past years and the European Union would like to support "
        "civil society to promote the rule of law further",
    },
    {
        "event": ("just4all-third-steering-committee-meeting", 2023),
        "person": ("Kuban Kazakov", "kg-probation-department"),
        "kind": "remarks",
        "title_at_the_time": "the Director of the Probation Department",
        "words": "Underlined the importance of the programmed activities of the \u2018Justice for "
        "All\u2019 project and highlighted the results of the joint efforts of all involved "
        "stakeholders.",
    },
    {
        "event": ("just4all-third-steering-committee-meeting", 2023),
        "person": ("Iotam Lerer", "eu-delegation-kyrgyz-republic"),
        "on_behalf_of": ("Marilyn Josefson", "eu-delegation-kyrgyz-republic"),
        "on_behalf_of_title": "the EU Ambassador in the Kyrgyz Republic",
        "kind": "quote",
        "title_at_the_time": "",
        "words": "I think that the importance of probation and information systems cannot be "
        "overstated. These tools help to ensure that justice is served, offenders are "
        "rehabilitated, and the public is protected. It is no secret that the EU is at the "
        "forefront of supporting digital solutions, thanks also to its budget support and "
        "ongoing engagement on this front.",
    },
    {
        "event": ("just4all-third-steering-committee-meeting", 2023),
        "person": ("Ashita Mittal", "unodc"),
        "kind": "quote",
        "title_at_the_time": "UNODC Regional Representative for Central Asia",
        "words": "As the custodian of the UN standards and norms in crime prevention and "
        "criminal justice, the partnership between UNODC, the European Union, and the "
        "Government of the Kyrgyz Republic under the JUST4ALL framework illustrates the "
        "collective commitment to ensure an effective, fair and humane criminal justice system "
        "for the entire population by strengthening the criminal justice information "
        "management and the probation process.",
    },
]


def _prune(queryset) -> None:
    """Delete what an earlier demo made and the seeds do not state (nothing on a second
    run: no row, no history)."""
    if queryset.exists():
        queryset.delete()


def _person(name, organisation_slug):
    return Person.objects.get(name_en=name, organisation__slug=organisation_slug)


def build_quotes() -> int:
    for order, spec in enumerate(QUOTES):
        slug, year = spec["event"]
        event = Event.objects.get(slug=slug, start_date__year=year)
        person = _person(*spec["person"])
        behalf = spec.get("on_behalf_of")
        demo_upsert(
            Quote,
            {"event": event, "person": person},
            {
                "kind": spec["kind"],
                "title_at_the_time": spec["title_at_the_time"],
                "organisation": person.organisation,
                "on_behalf_of": _person(*behalf) if behalf else None,
                "on_behalf_of_title": spec.get("on_behalf_of_title", ""),
                "words": spec["words"],
                "language": "en",
                "order": order,
            },
        )
    return len(QUOTES)


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
        kept = []
        for order, (slug, role) in enumerate(spec["roles"]):
            kept.append(
                demo_upsert(
                    EventOrganisation,
                    {"event": event, "organisation": organisations[slug], "role": role},
                    {"order": order},
                ).pk
            )
            counts["roles"] += 1
        # Roles an earlier version of this file gave that the seeds do not state.
        _prune(EventOrganisation.objects.filter(event=event).exclude(pk__in=kept))
        kept = []
        for order, session_spec in enumerate(spec["sessions"]):
            session = demo_upsert(
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
            kept.append(session.pk)
            counts["sessions"] += 1
        _prune(Session.objects.filter(event=event).exclude(pk__in=kept))
    counts["quotes"] = build_quotes()
    return counts


def _cover(event: Event) -> None:
    """A title card as the event's cover: the seeds carry no photographs of it. A picture is
    one per event, not one per language: the card and its description are in English, the
    seeds' language (the pages mark the description's language where it differs)."""
    from django.utils import translation
    from django.utils.html import strip_tags

    from .templatetags.event_tags import date_range

    with translation.override("en"):
        dates = strip_tags(date_range(event.start_date, event.end_date))
        kicker = f"{event.get_kind_display()} · {dates}"
        title, place = event.title, event.place
    demo_picture(
        event,
        "cover_image",
        f"{event.slug}.png",
        lambda: demo_cover(kicker=kicker, title=title, place=place, key=event.kind),
        **cover_description(f"{title}, {dates}"),
    )
