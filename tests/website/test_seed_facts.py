"""Every fact of the four seed documents (shared/seeds) on the public site, as a visitor
reads it, and none the documents do not state.

`load_demo` builds the demo from the transcriptions in partners/, events/ and pressroom/
demo.py; each test below reads the public pages with a fresh anonymous client (the page
cache on, as in production) and looks for every fact in its table: the page it must be on
and the words a fact-checker would find there. Pages are read as text (tags dropped,
entities decoded, white space collapsed), so a fact is found whatever markup carries it.
"""

import importlib
import io
import re
from html import unescape

import pytest
from django.core.management import call_command
from django.test import Client
from pypdf import PdfReader

from events.models import Event
from partners.models import Organisation
from pressroom.models import Coverage, PressRelease

pytestmark = pytest.mark.django_db

EN = "\u2013"  # en dash


INLINE_TAGS = re.compile(r"</?(?:a|time|strong|em|b|i|span|abbr|cite|sup|sub|ins|del)\b[^>]*>")


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    # Inline markup is part of the running text; a block ends a word.
    html = INLINE_TAGS.sub("", html)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    text = re.sub(r"\s+", " ", text)
    # Markup between a word and its punctuation ("<a>UNODC</a>, ...") leaves a space.
    return re.sub(r" ([,.;:)])", r"\1", text).replace("( ", "(")


class Pages:
    """The demo site's pages a fact lives on, each read once, as a new visitor reads it."""

    def __init__(self):
        release = {r.release_date.isoformat(): r for r in PressRelease.objects.all()}
        self.urls = {
            "release 000": release["2024-11-21"].get_absolute_url(),
            "release 000 pdf": release["2024-11-21"].get_pdf_url(),
            "release 002": release["2024-08-21"].get_absolute_url(),
            "release 003": release["2024-04-11"].get_absolute_url(),
            "forum": Event.objects.get(kind="forum").get_absolute_url(),
            "academy": Event.objects.get(kind="academy").get_absolute_url(),
            "presentation": Event.objects.get(kind="presentation").get_absolute_url(),
            "steering meeting": Event.objects.get(kind="steering-committee").get_absolute_url(),
            "article": Coverage.objects.get().get_absolute_url(),
            "coverage": "/en/press/coverage/",
            "rule of law for all": "/en/projects/rule-of-law-for-all/",
            "just4all": "/en/projects/just4all/",
            "projects": "/en/projects/",
            "funders": "/en/funders/",
            "home": "/en/",
            "events": "/en/events/",
        }
        for organisation in Organisation.objects.all():
            self.urls[organisation.slug] = organisation.get_absolute_url()
        self.client = Client()
        self.read = {}

    def __getitem__(self, name):
        if name not in self.read:
            response = self.client.get(self.urls[name])
            assert response.status_code == 200, (name, self.urls[name])
            if name.endswith(" pdf"):
                content = b"".join(response) if response.streaming else response.content
                self.read[name] = " ".join(
                    " ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(content)).pages
                )
            else:
                self.read[name] = visible_text(response.content.decode())
        return self.read[name]


@pytest.fixture
def pages():
    call_command("load_demo", "--no-user", stdout=io.StringIO())
    return Pages()


def check(pages, table):
    missing = [(page, fact) for page, fact in table if fact not in pages[page]]
    assert not missing, "\n".join(f"{page}: {fact!r}" for page, fact in missing)


def check_absent(pages, table):
    present = [(page, fact) for page, fact in table if fact in pages[page]]
    assert not present, "\n".join(f"{page}: {fact!r} (not in the seeds)" for page, fact in present)


# Seed 000: the LPRC release of 21 November 2024 on the Ninth Expert Forum -------------------

SEED_000 = [
    # the release itself
    ("release 000", "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana"),
    ("release 000", "21 November 2024"),
    ("release 000", "ASTANA"),
    ("release 000", "in Astana in November 20-21, 2024"),
    ("release 000", "Olga Miroshnichenko, LPRC coordinator"),
    ("release 000", "Tel: +77017444429"),
    ("release 000", "omiroshnichenko@hotmail.com"),
    (
        "release 000",
        "Implemented by Legal Policy Research Centre, International Partnership for Human Rights",
    ),
    ("release 000", "Funded by European Union"),
    ("release 000 pdf", "This project is implemented by"),
    ("release 000 pdf", "This project is funded by the European Union"),
    ("release 000 pdf", "62, Kosmonavtov str., 7th floor"),
    ("release 000 pdf", "Tel: +7 (7172) 97 45 40"),
    ("release 000 pdf", "E-mail: info@lprc.kz"),
    ("release 000 pdf", "economic and political union of 27 European countries"),
    # the event: dates, place, count, countries, who
    ("forum", "Ninth Expert Forum on Criminal Justice for Central Asia"),
    ("forum", f"20{EN}21 November 2024"),
    ("forum", "Astana, Kazakhstan"),
    ("forum", "Ninth edition of the Expert Forum on Criminal Justice for Central Asia"),
    (
        "forum",
        "Over 220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, "
        "Turkmenistan and Mongolia, including judges, prosecutors, lawyers, civil society "
        "representatives and international experts",
    ),
    ("forum", "Kazakhstan, Kyrgyzstan, Mongolia, Tajikistan, Turkmenistan, Uzbekistan"),
    ("forum", "criminal justice reforms from 2021 to 2024"),
    ("forum", "ethical AI considerations"),
    ("forum", "OSCE Office for Democratic Institutions and Human Rights"),
    ("forum", "Legal Policy Research Centre"),
    ("forum", "United Nations Office on Drugs and Crime"),
    ("forum", "United Nations Development Programme"),
    ("forum", "Dignity Public Association"),
    ("forum", "OSCE Programme Office in Astana"),
    ("forum", "Other regional programme offices of the OSCE in Central Asia"),
    ("forum", "Funder European Union Bureau of Counterterrorism, U.S. Department of State"),
    ("forum", "As named in the LPRC press release, 21 November 2024"),
    ("forum", "(LPRC press release, 21 November 2024)"),  # the count's source
    ("forum", "Monitoring criminal justice"),
    # Full names, the seed's abbreviations explained beside them (issue 18).
    (
        "forum",
        "Led by International Partnership for Human Rights (IPHR), Legal Policy Research "
        "Centre (LPRC), OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
    ),
    ("forum", "discussed the results of its pilot in Kyrgyzstan"),
    ("forum", "combating gender-based violence in the region"),
    # the project
    ("rule of law for all", "Coordinated Civil Society Action to Promote the Rule of Law for All"),
    ("rule of law for all", f"2024 {EN} 2026 (3 years)"),
    ("rule of law for all", "A project LPRC runs."),
    ("rule of law for all", "Total budget: EUR 777,895"),
    ("rule of law for all", "EUR 739,000 of EUR 777,895 = 95.0 % from European Union"),
    ("rule of law for all", "Lead implementer Legal Policy Research Centre"),
    ("rule of law for all", "Co-implementer International Partnership for Human Rights"),
    ("rule of law for all", "criminal justice system in Kazakhstan"),
    ("rule of law for all", "Kazakhstan"),
    ("funders", "Bureau of Counterterrorism, U.S. Department of State"),
    ("funders", "Event: Ninth Expert Forum on Criminal Justice for Central Asia"),
    ("eu", "The European Union is an economic and political union of 27 European countries."),
    ("eu-delegation-kazakhstan", "62, Kosmonavtov str., 7th floor, Astana 010000, Kazakhstan"),
    ("eu-delegation-kazakhstan", "+7 (7172) 97 45 40"),
    ("eu-delegation-kazakhstan", "delegation-kazakhstan@eeas.europa.eu"),
    # (Markdown's typography curls the quotation marks.)
    ("lprc", "Public Foundation \u201cLegal Policy Research Centre\u201d (LPRC)"),
    ("lprc", "E-mail: info@lprc.kz"),
    ("lprc", "Olga Miroshnichenko, LPRC coordinator Tel: +77017444429"),
    ("iphr", "International Partnership for Human Rights"),
]


def test_seed_000_the_ninth_forum_release(pages):
    check(pages, SEED_000)


# Seed 002: the LPRC release of 21 August 2024 on the Rule of Law Academy -------------------

SEED_002 = [
    ("release 002", "Rule of Law Academy for Civil Society Representatives"),
    ("release 002", "21 August 2024"),
    ("release 002", "ALMATY"),
    ("release 002", "was concluded on August 21, 2024"),
    ("release 002", "Olga Miroshnichenko, LPRC coordinator"),
    ("release 002", "omiroshnichenko@hotmail.com"),
    ("academy", "Rule of Law Academy for Civil Society Representatives"),
    ("academy", f"19{EN}21 August 2024"),
    ("academy", "Almaty, Kazakhstan"),
    (
        "academy",
        "42 representatives from 27 civil society organizations from 13 regions of Kazakhstan",
    ),
    ("academy", "children, women, youth, migrants, people with disabilities"),
    (
        "academy",
        "administrative justice, documentation of human rights violations and strategic litigation",
    ),
    ("academy", "National Network for the Rule of Law in Kazakhstan (NNRLK)"),
    ("academy", "independent evaluation and monitoring of the judiciary"),
    (
        "academy",
        "Organiser Legal Policy Research Centre International Partnership for Human Rights",
    ),
    ("academy", "Coordinated Civil Society Action to Promote the Rule of Law for All"),
    ("academy", "As named in the LPRC press release, 21 August 2024"),
    ("nnrlk", "National Network for the Rule of Law in Kazakhstan"),
    ("nnrlk", "peer-to-peer knowledge sharing and mentoring"),
    ("rule of law for all", "Rule of Law Academy for Civil Society Representatives"),
]


def test_seed_002_the_academy_release(pages):
    check(pages, SEED_002)


# Seed 003: the LPRC release of 11 April 2024 on the project's presentation -----------------

BAUR = (
    "Rule of law is a key condition for the functioning of a society and a state. The respect "
    "of rule of law is essential for the trust of individuals in state institutions and for "
    "the transparent development of the economy. Kazakhstan has made reforms in this area in "
    "the past years and the European Union would like to support civil society to promote the "
    "rule of law further"
)

SEED_003 = [
    ("release 003", "Presentation of the project"),
    ("release 003", "11 April 2024"),
    ("release 003", "ASTANA"),
    ("release 003", "Quoted in this release"),
    ("release 003", BAUR),
    (
        "release 003",
        "Mr Johannes Baur, Head of Cooperation of the Delegation of the European Union to the "
        "Republic of Kazakhstan",
    ),
    ("presentation", "11 April 2024"),
    ("presentation", "Astana, Kazakhstan"),
    (
        "presentation",
        "Representatives of government agencies, civil society, lawyers, journalists, "
        "research institutions and international organizations",
    ),
    ("presentation", "What they said"),
    ("presentation", BAUR),
    (
        "presentation",
        "Mr Johannes Baur, Head of Cooperation of the Delegation of the European Union to the "
        "Republic of Kazakhstan",
    ),
    ("presentation", "(LPRC press release, 11 April 2024)"),
    ("eu-delegation-kazakhstan", "What its people said"),
    ("eu-delegation-kazakhstan", BAUR),
    (
        "rule of law for all",
        "a Rule of Law Platform to improve coordination and information sharing",
    ),
    ("rule of law for all", "annual national rule of law forums"),
    ("rule of law for all", "rights of women, youth and other vulnerable groups"),
]


def test_seed_003_the_presentation_release(pages):
    check(pages, SEED_003)


# Seed 004: the UNODC news item on the third JUST4ALL steering committee meeting ------------

LERER = (
    "I think that the importance of probation and information systems cannot be overstated. "
    "These tools help to ensure that justice is served, offenders are rehabilitated, and the "
    "public is protected. It is no secret that the EU is at the forefront of supporting "
    "digital solutions, thanks also to its budget support and ongoing engagement on this front."
)
MITTAL = (
    "As the custodian of the UN standards and norms in crime prevention and criminal justice, "
    "the partnership between UNODC, the European Union, and the Government of the Kyrgyz "
    "Republic under the JUST4ALL framework illustrates the collective commitment to ensure an "
    "effective, fair and humane criminal justice system for the entire population by "
    "strengthening the criminal justice information management and the probation process."
)
KAZAKOV = (
    "Underlined the importance of the programmed activities of the \u2018Justice for All\u2019 "
    "project and highlighted the results of the joint efforts of all involved stakeholders."
)

SEED_004 = [
    # the article, whole, on its own page, without a date it does not give
    (
        "article",
        "European Union, UNODC and Partners Discuss Developments on Probation and Criminal "
        "Justice Information Management in the Kyrgyz Republic within the JUST4ALL Initiative",
    ),
    ("article", "Published by United Nations Office on Drugs and Crime"),
    ("article", "The article does not give its date."),
    ("article", "Steering Committee Meeting on 5 October 2023"),
    ("article", "Some 60 stakeholders discussed the implementation of the four-year project"),
    ("article", "the 2030 Sustainable Development Agenda"),
    ("article", "+996775987817 WhatsApp"),
    ("coverage", "date not given"),
    # the meeting
    ("steering meeting", "Third JUST4ALL Steering Committee Meeting"),
    ("steering meeting", "5 October 2023"),
    ("steering meeting", "Kyrgyzstan"),
    ("steering meeting", "About 60 stakeholders"),
    ("steering meeting", "A partners' event, organised by EU, UNODC; LPRC reports on it."),
    ("steering meeting", "Organiser European Union United Nations Office on Drugs and Crime"),
    ("steering meeting", "Ministry of Justice of the Kyrgyz Republic"),
    ("steering meeting", "General Prosecutor's Office of the Kyrgyz Republic"),
    ("steering meeting", "As named in the UNODC article"),
    ("steering meeting", "main activities implemented between March and September 2023"),
    ("steering meeting", "Risk and Needs Assessment of probation clients"),
    (
        "steering meeting",
        "comprehensive training strategy and curriculum for the Probation department",
    ),
    (
        "steering meeting",
        "Memorandum of Cooperation between the Kyrgyz and Latvian Probations Services",
    ),
    (
        "steering meeting",
        "the Kyrgyz delegation\u2019s presentation in the 32nd Session of the Commission on Crime "
        "Prevention and Criminal Justice held in Vienna",
    ),
    (
        "steering meeting",
        "strengthening the coordination between donors and Government counterparts",
    ),
    ("steering meeting", "Mr Kuban Kazakov, the Director of the Probation Department"),
    ("steering meeting", KAZAKOV),
    (
        "steering meeting",
        "Dr Iotam Lerer, Delegation of the European Union to the Kyrgyz Republic, on behalf of "
        "H.E. Marilyn Josefson, the EU Ambassador in the Kyrgyz Republic",
    ),
    ("steering meeting", LERER),
    ("steering meeting", "Ms Ashita Mittal, UNODC Regional Representative for Central Asia"),
    ("steering meeting", MITTAL),
    ("steering meeting", "(UNODC article)"),
    # the project
    ("just4all", "Justice for All (JUST4ALL)"),
    ("just4all", "4 years; our sources do not give the dates"),
    (
        "just4all",
        "A project of United Nations Office on Drugs and Crime, which LPRC reports on; LPRC does "
        "not run it.",
    ),
    ("just4all", "Total budget: EUR 8,800,000"),
    (
        "just4all",
        "Funded by European Union (co-funder), United Nations Office on Drugs and Crime "
        "(co-funder); our sources do not state how much each gives.",
    ),
    ("just4all", "Ludwig Boltzmann Institute of Fundamental and Human Rights"),
    ("just4all", "humanization of the criminal justice system in the Kyrgyz Republic"),
    ("just4all", "the 2030 Sustainable Development Agenda"),
    ("just4all", "SDG 5: Gender equality"),
    ("just4all", "SDG 10: Reduced inequalities"),
    ("just4all", "SDG 16: Peace, justice and strong institutions"),
    ("just4all", "Kyrgyzstan"),
    ("projects", "Projects with partners"),
    (
        "funders",
        "Project: Justice for All (JUST4ALL) partners' Co-funder not stated in our sources",
    ),
    # the people and the contact
    ("unodc", "Vasilina Brazhko, Communication and PR Specialist at UNODC ROCA"),
    ("unodc", "Tel: +996775987817 (WhatsApp)"),
    ("unodc", "vasilina.brazhko@un.org"),
    ("unodc", MITTAL),
    ("unodc", "Justice for All (JUST4ALL) — Lead implementer, Co-funder"),
    ("kg-probation-department", KAZAKOV),
    ("eu-delegation-kyrgyz-republic", LERER),
]


def test_seed_004_the_unodc_article(pages):
    check(pages, SEED_004)


# Nothing the seeds do not state -------------------------------------------------------------

NOT_STATED = [
    # JUST4ALL's dates: the article gives a length only
    ("just4all", "2022"),
    ("just4all", "2025"),
    ("just4all", "January"),
    ("just4all", "December"),
    ("just4all", "not disclosed"),
    # the article's own date, and months made into days
    ("article", "Date 5 October 2023"),
    ("coverage", "United Nations Office on Drugs and Crime · 5 October 2023"),
    ("coverage", "UNODC · 5 October 2023"),
    ("rule of law for all", "January 2024"),
    ("rule of law for all", "December 2026"),
    # roles no seed gives
    ("presentation", "Supporter"),
    ("steering meeting", "Co-organiser"),
    ("steering meeting", "Funder"),
    # a partner's project or funder presented as LPRC's
    ("home", "Our funders"),
    ("events", "that LPRC organises."),
    ("projects", "projects LPRC runs with its partners"),
    # websites, countries and descriptions no seed gives
    ("iphr", "Belgium"),
    ("iphr", "Website"),
    ("unodc", "Austria"),
    ("lprc", "think tank"),
    # headings over nothing
    ("iphr", "Contacts"),
    ("iphr", "No projects recorded yet"),
    ("eu", "No projects recorded yet"),
]


def test_nothing_the_seeds_do_not_state(pages):
    check_absent(pages, NOT_STATED)


# --- the demo's Russian and Kazakh texts say what the English (the seeds) says ------


def _numbers(text: str) -> list[str]:
    """The figures of a text, however each language groups thousands ("8,800,000",
    "8 800 000" with no-break spaces)."""
    grouped = re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}\b)", "", text)
    return sorted(re.findall(r"\d+", grouped))


@pytest.mark.parametrize("app", ["partners", "events", "pressroom"])
def test_every_demo_translation_keeps_the_figures_of_its_english_text(app):
    """A translator may reword, never change a date, a count or an amount: each Russian and
    Kazakh demo text holds exactly the numbers of the English text it translates."""
    texts = importlib.import_module(f"{app}.demo_texts").TEXTS
    assert texts
    wrong = [
        (language, text["en"][:60])
        for text in texts
        for language in ("ru", "kk")
        if _numbers(text[language]) != _numbers(text["en"])
    ]
    assert not wrong, wrong
    assert _numbers("8,800,000 and 2024") == _numbers("8\u00a0800\u00a0000 и 2024")
    assert _numbers("220 participants") != _numbers("200 участников")
