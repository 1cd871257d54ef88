"""Fill an empty database with thousands of objects for the benchmark (`make bench`).

Bulk inserts, deterministic content, every public page has something to show. Refuses to
run against a database that already holds content unless --force: it is meant for the
benchmark's own throwaway database.
"""

import datetime
import random
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone, translation

from core.publishing import public_change
from events.models import (
    Event,
    EventOrganisation,
    EventSeries,
    ParticipantCount,
    Quote,
    Session,
)
from partners.models import Organisation, Participation, Person, Project, Source
from pressroom.models import Coverage, PressRelease

WORDS = [
    "rule",
    "law",
    "justice",
    "reform",
    "court",
    "civil",
    "society",
    "monitoring",
    "probation",
    "forum",
    "academy",
    "prosecutor",
    "human",
    "rights",
    "access",
    "judiciary",
    "independence",
    "digital",
    "ethics",
    "gender",
    "training",
    "platform",
    "network",
    "region",
    "policy",
    "research",
    "evaluation",
    "strategic",
    "litigation",
]


def render_stored_html(objs) -> None:
    """bulk_create() skips save(), which renders the Markdown fields' stored HTML."""
    model = type(objs[0])
    for obj in objs:
        obj.render_html()
    fields = [f"{name}_html" for name in model.markdown_fields]
    model.objects.bulk_update(objs, fields, batch_size=500)


def sentence(rng, n=12):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


class Command(BaseCommand):
    help = "Fill an empty database with benchmark content (bulk, deterministic)."

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, default=300)
        parser.add_argument("--projects", type=int, default=100)
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument("--releases", type=int, default=2000)
        parser.add_argument("--force", action="store_true")
        parser.add_argument(
            "--label",
            default="bench",
            help="Word in every name and slug, so that a second fill can sit beside the first.",
        )

    def handle(self, *args, label, **options):
        if not label.isalnum() or not label.islower():
            raise CommandError("--label takes lower-case letters and digits only.")
        # Bulk inserts send no signals: the publishing path renews the pages once, at the
        # end of the one transaction (they create no history: nobody wrote them).
        with public_change(message=f"Benchmark data ({label})"):
            counts = self.fill(label=label, **options)
        # Fresh statistics after a bulk load, as autovacuum gathers them within a minute on a
        # PostgreSQL server. Without them PostgreSQL takes 2,000 published rows for 3, and
        # SQLite walks every published release by date to find one project's six newest
        # (5 ms) instead of looking the project up (0.5 ms).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(counts)

    def fill(self, **options) -> str:
        # Texts given without a language are English (the *_en columns), whatever
        # language the command runs in.
        with translation.override("en"):
            return self._fill(**options)

    def _fill(self, *, organisations, projects, events, releases, force, label, **options) -> str:
        if Organisation.objects.exists() and not force:
            raise CommandError("The database already holds content; use --force to add anyway.")
        rng = random.Random(20241121)
        kinds = [k for k, _ in Organisation.Kind.choices]
        orgs = Organisation.objects.bulk_create(
            Organisation(
                name=f"{label.title()} organisation {i}",
                short_name=f"{label[:2].upper()}O{i}",
                slug=f"{label}-org-{i}",
                kind=kinds[i % len(kinds)],
                country=rng.choice(["KZ", "KG", "UZ", "TJ", "TM", "MN", "AT", "BE"]),
                description=sentence(rng, 30),
                funder_statement="This project is funded by the European Union" if i < 5 else "",
            )
            for i in range(organisations)
        )
        people = Person.objects.bulk_create(
            Person(
                name=f"{label.title()} contact {i}",
                position="Coordinator",
                organisation=orgs[i % len(orgs)],
                email=f"{label}-contact{i}@example.org",
                is_press_contact=True,
            )
            for i in range(min(200, organisations))
        )
        start = datetime.date(2015, 1, 1)
        projs = Project.objects.bulk_create(
            Project(
                title=f"{label.title()} project {i}: {sentence(rng, 5)}",
                short_name=f"{label[:2].upper()}P{i}",
                slug=f"{label}-project-{i}",
                summary=sentence(rng, 25),
                description=sentence(rng, 120),
                start_date=start + datetime.timedelta(days=30 * i),
                end_date=start + datetime.timedelta(days=30 * i + 1200),
                countries=["KZ"],
                total_budget=Decimal(1_000_000 + i * 1000),
                currency="EUR",
            )
            for i in range(projects)
        )
        participations = []
        for i, project in enumerate(projs):
            rows = [
                Participation(project=project, organisation=orgs[i % len(orgs)], role="lead"),
                Participation(
                    project=project, organisation=orgs[(i + 7) % len(orgs)], role="partner"
                ),
                Participation(
                    project=project,
                    organisation=orgs[i % 5],
                    role="funder",
                    contribution=Decimal(900_000),
                ),
            ]
            # bulk_create() skips Participation.save(): the budget rule is checked here.
            project.check_budget([row.contribution for row in rows])
            participations += rows
        Participation.objects.bulk_create(participations)
        series = EventSeries.objects.bulk_create(
            EventSeries(title=f"{label.title()} series {i}", slug=f"{label}-series-{i}")
            for i in range(10)
        )
        event_kinds = [k for k, _ in Event.Kind.choices]
        today = timezone.localdate()
        event_objs = []
        for i in range(events):
            day = today + datetime.timedelta(days=i - events + 60)
            in_series = i % 10 == 0
            event_objs.append(
                Event(
                    # Titles and summaries in the three languages, bodies in English only:
                    # pages show both, the translated and the marked fallback.
                    title_ru=f"Событие {i}",
                    title_kk=f"Іс-шара {i}",
                    summary_ru=f"Краткое описание события {i}.",
                    summary_kk=f"{i}-іс-шараның қысқаша сипаттамасы.",
                    title=f"{label.title()} event {i}: {sentence(rng, 4)}",
                    slug=f"{label}-event-{i}",
                    kind=event_kinds[i % len(event_kinds)],
                    status="published" if i % 20 else "draft",
                    series=series[i % 10] if in_series else None,
                    edition=(i // 10) + 1 if in_series else None,
                    project=projs[i % len(projs)],
                    start_date=day,
                    end_date=day + datetime.timedelta(days=i % 3),
                    city=rng.choice(["Astana", "Almaty", "Bishkek", "Tashkent"]),
                    country=rng.choice(["KZ", "KG", "UZ"]),
                    participant_count=20 + i % 200,
                    summary=sentence(rng, 25),
                    body=sentence(rng, 200),
                )
            )
        event_objs = Event.objects.bulk_create(event_objs)
        roles, sessions = [], []
        for i, event in enumerate(event_objs):
            roles += [
                EventOrganisation(event=event, organisation=orgs[i % len(orgs)], role="organiser"),
                EventOrganisation(
                    event=event, organisation=orgs[(i + 3) % len(orgs)], role="partner"
                ),
                EventOrganisation(event=event, organisation=orgs[i % 5], role="funder"),
            ]
            sessions += [
                Session(event=event, title=f"Session {n} of event {i}", order=n) for n in range(3)
            ]
        EventOrganisation.objects.bulk_create(roles)
        Session.objects.bulk_create(sessions)
        now = timezone.now()
        release_objs = []
        for i in range(releases):
            event = event_objs[i % len(event_objs)]
            release_objs.append(
                PressRelease(
                    title_ru=f"Пресс-релиз {i}",
                    title_kk=f"{i}-баспасөз релизі",
                    lead_ru=f"Первый абзац пресс-релиза {i}.",
                    lead_kk=f"{i}-баспасөз релизінің бірінші абзацы.",
                    title=f"{label.title()} release {i}: {sentence(rng, 6)}",
                    slug=f"{label}-release-{i}",
                    release_date=event.end_date,
                    dateline_city=event.city.upper(),
                    lead=sentence(rng, 40),
                    body="\n\n".join(sentence(rng, 80) for _ in range(5)),
                    event=event,
                    project=event.project,
                    status="published" if i % 20 else "draft",
                    publish_at=now - datetime.timedelta(hours=i),
                )
            )
        release_objs = PressRelease.objects.bulk_create(release_objs)
        through = PressRelease.contacts.through
        through.objects.bulk_create(
            through(pressrelease_id=r.pk, person_id=people[i % len(people)].pk)
            for i, r in enumerate(release_objs)
        )
        coverage = Coverage.objects.bulk_create(
            Coverage(
                outlet=orgs[i % len(orgs)],
                title=f"{label.title()} coverage {i}",
                url=f"https://example.org/{label}/news/{i}",
                published_on=event_objs[i].start_date,
                excerpt=sentence(rng, 30),
                event=event_objs[i],
                project=event_objs[i].project,
            )
            for i in range(0, len(event_objs), 4)
        )
        self.fill_accounts(
            rng=rng,
            people=people,
            orgs=orgs,
            event_objs=event_objs,
            release_objs=release_objs,
            coverage=coverage,
        )
        for objs in (orgs, projs, event_objs, release_objs, coverage):
            render_stored_html(objs)
        return (
            f"{len(orgs)} organisations, {len(projs)} projects, {len(event_objs)} events, "
            f"{len(release_objs)} releases"
        )

    def fill_accounts(self, *, rng, people, orgs, event_objs, release_objs, coverage):
        """Sources (bulk inserts skip the saves that make them), and with them a second
        account of every fourth event: roles and a count from an article, and quotes."""
        release_sources = Source.objects.bulk_create(
            Source(
                kind=Source.Kind.RELEASE,
                title=release.title,
                origin=f"release:{release.pk}",
                date=release.release_date,
                page=f"/press/{release.release_date.year}/{release.slug}/",
                public_from=release.publish_at if release.status == "published" else None,
            )
            for release in release_objs
        )
        article_sources = Source.objects.bulk_create(
            Source(
                kind=Source.Kind.ARTICLE,
                title=item.title,
                origin=f"coverage:{item.pk}",
                publisher_id=item.outlet_id,
                date=item.published_on,
                url=item.url,
            )
            for item in coverage
        )
        through = Coverage.other_outlets.through
        through.objects.bulk_create(
            through(coverage_id=item.pk, organisation_id=orgs[(i + 11) % len(orgs)].pk)
            for i, item in enumerate(coverage)
        )
        main = {}
        for release, source in zip(release_objs, release_sources, strict=True):
            main.setdefault(release.event_id, source)
        other = {
            item.event_id: source for item, source in zip(coverage, article_sources, strict=True)
        }
        for event in event_objs:
            event.main_source = event.participant_source = main.get(event.pk)
            event.participant_qualifier = "over" if event.pk % 2 else "exact"
        Event.objects.bulk_update(
            event_objs, ["main_source", "participant_source", "participant_qualifier"], 500
        )
        roles = list(EventOrganisation.objects.filter(event__in=event_objs))
        for role in roles:
            role.source = main.get(role.event_id)
        EventOrganisation.objects.bulk_update(roles, ["source"], batch_size=500)
        EventOrganisation.objects.bulk_create(
            EventOrganisation(
                event_id=event_id,
                organisation=orgs[event_id % len(orgs)],
                role="co-organiser",
                source=source,
            )
            for event_id, source in other.items()
        )
        ParticipantCount.objects.bulk_create(
            ParticipantCount(
                event_id=event_id, number=60, qualifier="about", note="stakeholders", source=source
            )
            for event_id, source in other.items()
        )
        quotes = []
        for i, event in enumerate(event_objs):
            person = people[i % len(people)]
            quote = Quote(
                event=event,
                person=person,
                organisation_id=person.organisation_id,
                title_at_the_time="Coordinator",
                words=sentence(rng, 30),
                speaker=person.name,
                source=main.get(event.pk),
            )
            quote.render_html()
            quotes.append(quote)
        Quote.objects.bulk_create(quotes, batch_size=500)
