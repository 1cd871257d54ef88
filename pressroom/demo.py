"""Demo content from shared/seeds: the three LPRC press releases and the UNODC article.

The texts are the releases' own. The lead is each release's first paragraph and the body
the rest; the closing "For more information, contact…" sentence, the implementers and the
EU statement are not copied into the text: the PDF prints them from the contact person and
the project's organisations, as data. Keyed on slugs (the article on title and outlet) and
saved only when something differs (core.demo), so running this twice changes nothing.
"""

import datetime
import zoneinfo

from django.conf import settings

from core.demo import cover_description, demo_picture, english_key, in_languages
from core.demo import demo_upsert as _upsert
from core.demo_images import demo_cover
from events.models import Event, EventOrganisation, Quote, Session
from partners.models import Organisation, Participation, Person, Project

from .demo_texts import TRANSLATIONS
from .models import Coverage, PressRelease


def demo_upsert(model, key, values):
    """core.demo.demo_upsert, with each text in Russian and Kazakh where demo_texts has
    its English text, and keys naming a text looking up its English column."""
    return _upsert(model, english_key(model, key), in_languages(model, values, TRANSLATIONS, key))


TITLE_000 = "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana"

LEAD_000 = (
    "European Union supported organisation of the Ninth Expert Forum on Criminal Justice "
    "for Central Asia in Astana in November 20-21, 2024. The forum brought together over "
    "220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan, "
    "and Mongolia, including judges, prosecutors, lawyers, civil society representatives,"
    " and international experts."
)

BODY_000 = "\n\n".join(
    [
        (
            "The forum comprehensively examined Central Asian criminal justice reforms from 2021 "
            "to 2024 on strengthening the independence of the judiciary, access to justice, "
            "pre-trial investigation human rights, investigative effectiveness, penitentiary "
            "reform and probation, and the digitalization of justice systems, including ethical "
            "AI considerations. A dedicated session highlighted gender-related issues and the "
            "role of women in the justice system, and combating gender-based violence in the "
            "region."
        ),
        (
            "The forum served as a valuable platform for sharing best practices, identifying "
            "challenges, and fostering collaboration among stakeholders in the region. The "
            "results of professional discussions will contribute to effective cooperation to "
            "strengthen the rule of law and promote access to justice in Central Asia."
        ),
        (
            "Forum organizers included ODIHR OSCE, LPRC, UNODC, UNDP, Dignity Public Association,"
            " OSCE Program office in Astana and other regional program offices of the OSCE of CA,"
            " with the financial support of the EU and Bureau of Counterterrorism, U.S. "
            "Department of State."
        ),
        (
            "The Legal Policy Research Centre (LPRC) and International Partnership for Human "
            "Rights (IPHR) together with ODIHR OSCE presented monitoring methodology and "
            "discussed results of the pilot in Kyrgyzstan on Forum session on monitoring criminal"
            " justice."
        ),
        (
            'This session was held under the project "Coordinated Civil Society Action to Promote'
            ' the Rule of Law for All", implemented by the Public Foundation "Legal Policy '
            'Research Centre" (LPRC) and the International Partnership for Human Rights (IPHR) '
            "with the financial support of the European Union. The project is designed for 3 "
            "years - from the beginning of 2024 to the end of 2026 and aims to increase the "
            "capacity of civil society to support the rule of law and respond to challenges in "
            "the criminal justice system in Kazakhstan. The total budget of the project is EUR "
            "777,895. The contribution of the European Union is 739,000 Euros."
        ),
    ]
)

TITLE_002 = "Rule of Law Academy for Civil Society Representatives"

LEAD_002 = (
    "The Rule of Law Academy for civil society representatives was concluded on August "
    "21, 2024. The Academy was held from August 19-21 in Almaty within the framework of "
    'the European Union-funded project "Coordinated Civil Society Action to Promote the '
    'Rule of Law for All". The event was attended by 42 representatives from 27 civil '
    "society organizations specializing in human rights, protection of the rights of "
    "children, women, youth, migrants, people with disabilities and other vulnerable "
    "groups from 13 regions of Kazakhstan."
)

# The seeds' releases of 21 August and 11 April 2024 end with the same paragraph.
PROJECT_PARAGRAPH = (
    'The project implemented by the Public Foundation "Legal Policy Research Centre" '
    "(LPRC) and the International Partnership for Human Rights (IPHR) with the financial "
    "support of the European Union is designed for 3 years - from the beginning of 2024 "
    "to the end of 2026 and aims to increase the capacity of civil society to support the"
    " rule of law and respond to challenges in the criminal justice system in Kazakhstan."
    " The total budget of the project is EUR 777,895. The contribution of the European "
    "Union is 739,000 Euros."
)

BODY_002 = "\n\n".join(
    [
        (
            "The Rule of Law Academy was aimed at increasing legal literacy and strengthening the"
            " skills of civil society representatives in Kazakhstan. The program of the event "
            "covered key aspects of the rule of law, the role of an independent judiciary, "
            "criminal justice, administrative justice, documentation of human rights violations "
            "and strategic litigation."
        ),
        (
            "As a result of the training, Academy participants gained a deep understanding of the"
            " rule of law, key aspects of criminal and administrative justice, as well as "
            "increased competencies in independent evaluation and monitoring of the judiciary, "
            "methods of effective interaction with state authorities, documentation of human "
            "rights violations and strategic litigation."
        ),
        (
            "Academy participants joined the National Network for the Rule of Law in Kazakhstan "
            "(NNRLK), which was initiated by the Academy organizers. The NNRLK aims to promote "
            "coordinated and results-oriented civil society action to monitor, evaluate and "
            "influence lawmaking and policy-making on rule of law and justice issues. The NNRLK "
            "will facilitate coordination as well as peer-to-peer knowledge sharing and mentoring"
            " among its members, thereby contributing to more coherent, strategic and effective "
            "civil society action on ongoing justice reforms."
        ),
        PROJECT_PARAGRAPH,
    ]
)

TITLE_003 = (
    'Presentation of the project "Coordinated Civil Society Action to Promote Rule of Law for All"'
)

LEAD_003 = (
    'The European Union funded project "Coordinated Civil Society Action to Promote the '
    'Rule of Law for All" was presented on April 11, 2024 in Astana. Representatives of '
    "government agencies, civil society, lawyers, journalists, research institutions and "
    "international organizations attended the event."
)

BODY_003 = "\n\n".join(
    [
        (
            '"Rule of law is a key condition for the functioning of a society and a state. The '
            "respect of rule of law is essential for the trust of individuals in state "
            "institutions and for the transparent development of the economy. Kazakhstan has made"
            " reforms in this area in the past years and the European Union would like to support"
            ' civil society to promote the rule of law further" - Mr. Johannes Baur, Head of '
            "Cooperation of the Delegation of the European Union to the Republic of Kazakhstan, "
            "noted in his speech."
        ),
        (
            'The project "Coordinated Civil Society Action to Promote the Rule of Law for All" '
            "responds to the need to support and strengthen the role of civil society in "
            "overseeing the rule of law and justice reform processes currently underway in "
            "Kazakhstan. Project activities will focus on active engagement with government "
            "stakeholders to promote human rights-oriented reforms that take into account the "
            "rights of women, youth and other vulnerable groups, and their effective "
            "implementation in practice."
        ),
        (
            "The project includes many initiatives, including the establishment of a Rule of Law "
            "Academy, a Rule of Law Platform to improve coordination and information sharing, and"
            " supportive measures to monitor the rule of law and criminal justice throughout "
            "Kazakhstan. In addition, the project will promote annual national rule of law "
            "forums."
        ),
        PROJECT_PARAGRAPH,
    ]
)


COVERAGE_TITLE = (
    "European Union, UNODC and Partners Discuss Developments on Probation and Criminal "
    "Justice Information Management in the Kyrgyz Republic within the JUST4ALL Initiative"
)
# The article whole, paragraph by paragraph (seed 004), as the coverage item's excerpt.
COVERAGE_EXCERPT = "\n\n".join(
    [
        "The European Union, UNODC, Government, Civil Society representatives and other key "
        "stakeholders conducted the third \u2018Justice for All\u2019 project Steering "
        "Committee Meeting on 5 October 2023.",
        "Some 60 stakeholders discussed the implementation of the four-year project - an "
        "8,800,000 Euro initiative co-funded by the European Union (EU), co-funded and "
        "implemented by the United Nations Office on Drugs and Crime (UNODC) in partnership "
        "with the Ludwig Boltzmann Institute of Fundamental and Human Rights. \u2018JUST4ALL\u2019 "
        "promotes the humanization of the criminal justice system in the Kyrgyz Republic and "
        "is geared towards scaling up the country\u2019s capacity to implement its criminal "
        "justice reforms in line with international standards and norms as well as best "
        "European practices.",
        "The Ministry of Justice and the General Prosecutor\u2019s Office presented the "
        "project\u2019s main activities implemented between March and September 2023. Progress "
        "was made through the introduction of a Risk and Needs Assessment of probation clients "
        "and the development of a comprehensive training strategy and curriculum for the "
        "Probation department. In addition, participants were informed about the signed "
        "Memorandum of Cooperation between the Kyrgyz and Latvian Probations Services and the "
        "Kyrgyz delegation\u2019s presentation in the 32nd Session of the Commission on Crime "
        "Prevention and Criminal Justice held in Vienna.",
        "Mr. Kuban Kazakov, the Director of the Probation Department, underlined the "
        "importance of the programmed activities of the \u2018Justice for All\u2019 project "
        "and highlighted the results of the joint efforts of all involved stakeholders.",
        "Dr. Iotam Lerer, addressed the Steering Committee on behalf of H. E. Marilyn "
        "Josefson, the EU Ambassador in the Kyrgyz Republic \u201cI think that the importance "
        "of probation and information systems cannot be overstated. These tools help to "
        "ensure that justice is served, offenders are rehabilitated, and the public is "
        "protected. It is no secret that the EU is at the forefront of supporting digital "
        "solutions, thanks also to its budget support and ongoing engagement on this "
        "front.\u201d",
        "According to Ms. Ashita Mittal, UNODC Regional Representative for Central Asia, "
        "\u2018As the custodian of the UN standards and norms in crime prevention and "
        "criminal justice, the partnership between UNODC, the European Union, and the "
        "Government of the Kyrgyz Republic under the JUST4ALL framework illustrates the "
        "collective commitment to ensure an effective, fair and humane criminal justice "
        "system for the entire population by strengthening the criminal justice information "
        "management and the probation process.",
        "During the discussion, representatives of government agencies, civil society and "
        "international missions shared their views on the project\u2019s up to date progress "
        "and lessons learned. Follow up actions include, but are not limited to, raising "
        "awareness of the probation work with the larger public, strengthening the "
        "cooperation with the civil society and strengthening the coordination between "
        "donors and Government counterparts to enhance synergies and avoid duplication.",
        "The partnership between the EU, UNODC and the Government of the Kyrgyz Republic "
        "under the JUST4ALL framework contributes to the implementation of the 2030 "
        "Sustainable Development Agenda. In particular, JUST4ALL advances the progressive "
        "achievement of the Sustainable Development Goals 5 \u2018gender equality\u2019,10 "
        "\u2018reduced inequalities\u2019 and 16 \u2018peace, justice and strong "
        "institutions\u2019.",
        "For more information, contact Vasilina Brazhko, Communication and PR Specialist at "
        "UNODC ROCA, +996775987817 WhatsApp, Vasilina.brazhko [at] un.org",
    ]
)

RELEASES = [
    # slug, title, lead, body, release date, dateline, slug of the event (events/demo.py)
    (
        "ninth-expert-forum-criminal-justice-central-asia",
        TITLE_000,
        LEAD_000,
        BODY_000,
        datetime.date(2024, 11, 21),
        "ASTANA",
        "ninth-expert-forum-on-criminal-justice-for-central-asia",
    ),
    (
        "rule-of-law-academy-civil-society-2024",
        TITLE_002,
        LEAD_002,
        BODY_002,
        datetime.date(2024, 8, 21),
        "ALMATY",
        "rule-of-law-academy",
    ),
    (
        "presentation-rule-of-law-for-all",
        TITLE_003,
        LEAD_003,
        BODY_003,
        datetime.date(2024, 4, 11),
        "ASTANA",
        "presentation-rule-of-law-for-all",
    ),
]


def _find_event(slug: str, year: int):
    """The demo event a release is about, if events/demo.py created it (else None)."""
    return Event.objects.filter(slug=slug, start_date__year=year).first()


def _cite(event, source) -> None:
    """The event's facts (its organisers' roles, its count, what was said there) come from
    ``source``, the seed that states them: its main account."""
    if event is None:
        return
    values = {"main_source": source}
    if event.participant_count is not None or event.participant_note:
        values["participant_source"] = source
    demo_upsert(Event, {"pk": event.pk}, values)
    for role in event.roles.all():
        demo_upsert(EventOrganisation, {"pk": role.pk}, {"source": source})
    for quote in event.quotes.all():
        demo_upsert(Quote, {"pk": quote.pk}, {"source": source})
    for session in event.sessions.all():
        demo_upsert(Session, {"pk": session.pk}, {"source": source})


def _cite_project(project, source) -> None:
    """The project's dates, budget and who does what come from ``source``."""
    if project is None:
        return
    demo_upsert(Project, {"pk": project.pk}, {"dates_source": source, "budget_source": source})
    for participation in project.participations.all():
        demo_upsert(Participation, {"pk": participation.pk}, {"source": source})


def build() -> dict[str, int]:
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    project = Project.objects.get(slug="rule-of-law-for-all")
    contact = Person.objects.get(name_en="Olga Miroshnichenko", organisation__slug="lprc")
    for slug, title, lead, body, date, dateline, event_slug in RELEASES:
        release = demo_upsert(
            PressRelease,
            {"slug": slug},
            {
                "title": title,
                "lead": lead,
                "body": body,
                "release_date": date,
                "dateline_city": dateline,
                "project": project,
                "event": _find_event(event_slug, date.year),
                "status": PressRelease.Status.PUBLISHED,
                "publish_at": datetime.datetime.combine(date, datetime.time(10, 0), tzinfo=tz),
                "contacts": [contact],
            },
        )
        # A title card as the cover: the releases carry no photographs.
        kicker = f"Press release · {date.day} {date:%B %Y}"
        demo_picture(
            release,
            "cover_image",
            f"{slug}.png",
            lambda k=kicker, t=title, d=dateline: demo_cover(
                kicker=k, title=t, place=d.title(), key="release"
            ),
            **cover_description(title),
        )
        # A release already stored unchanged is not saved again: make sure of its source.
        _cite(release.event, release.sync_source())
    # All three releases state the project's dates and budget; the latest is cited.
    latest = PressRelease.objects.get(slug=RELEASES[0][0])
    _cite_project(project, latest.sync_source())

    # The article gives the meeting's date, not its own: its date stays empty.
    article = demo_upsert(
        Coverage,
        {"title": COVERAGE_TITLE, "outlet": Organisation.objects.get(slug="unodc")},
        {
            "published_on": None,
            "excerpt": COVERAGE_EXCERPT,
            "project": Project.objects.filter(slug="just4all").first(),
            "event": _find_event("just4all-third-steering-committee-meeting", 2023),
        },
    )
    source = article.sync_source()
    _cite(article.event, source)
    _cite_project(article.project, source)
    return {
        "press releases": PressRelease.objects.count(),
        "coverage": Coverage.objects.count(),
    }
