"""One search over everything the public may see. Each app registers the kinds of content
it owns (events, sessions, quotes, documents, people, press releases, coverage, projects,
organisations) in its AppConfig.ready(), with the template of one result.

On PostgreSQL it is full-text search (``websearch_to_tsquery`` syntax, so "quoted phrases"
and -exclusions work) ranked by where the words occur: a hit in a title weighs more than one
in a body. On SQLite, where development and most tests run, every word must appear
(case-insensitively) in one of the same fields, and the lists keep their usual order.

Content is in Russian, Kazakh and English (core.languages): a translated field is searched
in all its languages, whatever the visitor's. On PostgreSQL each language's columns are in
the stored document under their own text-search configuration (TEXT_SEARCH_CONFIGS:
Russian and English stemmed, Kazakh, which PostgreSQL has no stemmer for, as plain
lower-cased words), and a query is parsed with each configuration and matches if any does.

Each kind of result costs one query, however many objects the database holds.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connections, models
from django.db.models import Q

from .languages import LANGUAGES, column, lookup_columns, translated_fields

MAX_QUERY_LENGTH = 200
# More words than this is not a search any more; the rest are dropped on SQLite.
MAX_TERMS = 10
RESULTS_PER_KIND = 20
# The text-search configuration of each content language: "forums" finds "forum",
# "форума" finds "форум"; Kazakh has no stemmer in PostgreSQL, so its words are kept whole.
TEXT_SEARCH_CONFIGS = {"ru": "russian", "kk": "simple", "en": "english"}


@dataclass(frozen=True)
class Source:
    """A kind of content the search looks in, and its fields by weight (A weighs most)."""

    key: str
    label: str
    weighted_fields: dict[str, str]
    queryset: object = field(repr=False)  # a callable returning the public queryset
    order: int = 100  # where its results stand on the page, lowest first
    # Newest first, backed by an index: which matches are ranked (see RANK_CANDIDATES).
    recency: tuple[str, ...] = ("-pk",)
    # How one result looks on the search page: a template given the object as ``item``.
    template: str = "includes/search_result.html"


@dataclass
class ResultGroup:
    key: str
    label: str
    results: list
    has_more: bool
    template: str = "includes/search_result.html"


@dataclass
class SearchOutcome:
    query: str = ""
    was_shortened: bool = False
    groups: list[ResultGroup] = field(default_factory=list)

    @property
    def is_empty_query(self) -> bool:
        return not self.query

    @property
    def total(self) -> int:
        return sum(len(group.results) for group in self.groups)


#: The kinds of content searched, in the order results are shown. Each app adds its own
#: in its AppConfig.ready() with register(); core knows none of them.
SOURCES: list[Source] = []


def register(source: Source) -> None:
    """Add a kind of content to the site search (idempotent by key)."""
    SOURCES[:] = [existing for existing in SOURCES if existing.key != source.key]
    SOURCES.append(source)
    SOURCES.sort(key=lambda item: item.order)


def clean_query(raw: str | None) -> tuple[str, bool]:
    """The query as the search uses it, and whether it had to be shortened.

    Control characters (a NUL byte breaks PostgreSQL) are dropped and runs of white space
    become one space. A query with no letter or digit in it searches for nothing.
    """
    text = "".join(
        " " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in raw or ""
    )
    text = re.sub(r"\s+", " ", text).strip()
    shortened = len(text) > MAX_QUERY_LENGTH
    if shortened:
        text = text[:MAX_QUERY_LENGTH]
        # Drop the word that was cut in half, unless it is the only one.
        text = text.rsplit(" ", 1)[0] if " " in text else text
    if not any(ch.isalnum() for ch in text):
        return "", shortened
    return text, shortened


def _terms(query: str) -> list[str]:
    words = [word.strip("\"'+-") for word in query.split()]
    return [word for word in words if word][:MAX_TERMS]


def _spellings(term: str) -> set[str]:
    """SQLite's LIKE ignores the case of ASCII letters only: a Cyrillic word is looked for
    as typed, in lower case, capitalised (at the start of a title) and in capitals."""
    if term.isascii():
        return {term}
    return {term, term.lower(), term.capitalize(), term.upper()}


def _substring_filter(source: Source, model, query: str) -> Q:
    condition = Q()
    for term in _terms(query):
        any_field = Q()
        for name in source.weighted_fields:
            for lookup in lookup_columns(model, name):
                for spelling in _spellings(term):
                    any_field |= Q(**{f"{lookup}__icontains": spelling})
        condition &= any_field
    return condition


def document_sql(model, weighted_fields: dict[str, str]) -> str:
    """The SQL of a model's stored search document on PostgreSQL: every column of every
    weighted field, each under its language's configuration. Each app's migration freezes
    what this gave when it was written (a test compares them)."""
    parts = []
    for name, weight in weighted_fields.items():
        if name in translated_fields(model):
            pairs = [(column(name, lang), TEXT_SEARCH_CONFIGS[lang]) for lang in LANGUAGES]
        else:
            pairs = [(name, TEXT_SEARCH_CONFIGS["en"])]
        for column_name, config in pairs:
            parts.append(
                f"setweight(to_tsvector('{config}'::regconfig, "
                f"COALESCE(\"{column_name}\", '')), '{weight}')"
            )
    return " || ".join(parts)


def _search_query(query: str):
    """The visitor's words as a query in every language's configuration, any matching."""
    from django.contrib.postgres.search import SearchQuery

    configs = dict.fromkeys(TEXT_SEARCH_CONFIGS[lang] for lang in LANGUAGES)
    combined = None
    for config in configs:
        one = SearchQuery(query, search_type="websearch", config=config)
        combined = one if combined is None else combined | one
    return combined


#: A generated tsvector column PostgreSQL keeps on each searched table. Each app's migration
#: "search_document" creates it from the same fields and weights the app registers here.
SEARCH_DOCUMENT_COLUMN = "search_document"


#: How many of the newest matches of a kind are ranked. Ranking reads each match's whole
#: stored document (about 10-20 us a row on PostgreSQL), so ranking every match of a common
#: word grew with the archive (2,000 releases: 20 ms a kind, uncached); the newest
#: RANK_CANDIDATES are found through the recency index and ranked, whatever the size.
RANK_CANDIDATES = 100


def _ranked(queryset: models.QuerySet, source: Source, query: str) -> models.QuerySet:
    """The most relevant of the newest matches, ranked by weight from the stored document:
    nothing is parsed per row, and at most RANK_CANDIDATES rows are ranked."""
    from django.contrib.postgres.search import SearchRank, SearchVectorField
    from django.db.models.expressions import RawSQL

    quote = connections[queryset.db].ops.quote_name
    table = queryset.model._meta.db_table
    document = RawSQL(
        f"{quote(table)}.{quote(SEARCH_DOCUMENT_COLUMN)}", [], output_field=SearchVectorField()
    )
    search_query = _search_query(query)
    # Unqualified on purpose: inside the subquery the table is aliased (U0), and the only
    # table there is the searched one.
    own_document = RawSQL(quote(SEARCH_DOCUMENT_COLUMN), [], output_field=SearchVectorField())
    matchable = queryset
    if len(queryset.query.alias_map) > 1:
        # The public queryset filters through other tables (a quote's event must be
        # published), and those may have a search_document column of their own: match on
        # the searched table alone, among the rows the public queryset allows.
        matchable = queryset.model._base_manager.filter(pk__in=queryset.values("pk"))
    candidates = (
        matchable.annotate(search_document=own_document)
        .filter(search_document=search_query)
        .order_by(*source.recency)
        .values("pk")[:RANK_CANDIDATES]
    )
    return (
        queryset.filter(pk__in=candidates)
        .annotate(search_rank=SearchRank(document, search_query))
        .order_by("-search_rank", *source.recency)
    )


def search_source(source: Source, query: str, *, limit: int = RESULTS_PER_KIND) -> ResultGroup:
    queryset = source.queryset()
    if connections[queryset.db].vendor == "postgresql":
        queryset = _ranked(queryset, source, query)
    else:
        queryset = queryset.filter(_substring_filter(source, queryset.model, query))
    # One more than shown tells whether there are more, without a second COUNT query.
    results = list(queryset[: limit + 1])
    return ResultGroup(
        key=source.key,
        label=source.label,
        results=results[:limit],
        has_more=len(results) > limit,
        template=source.template,
    )


def site_search(raw_query: str | None, *, limit: int = RESULTS_PER_KIND) -> SearchOutcome:
    """Search every kind of public content; one query per kind, none for an empty query."""
    query, shortened = clean_query(raw_query)
    outcome = SearchOutcome(query=query, was_shortened=shortened)
    if not query:
        return outcome
    outcome.groups = [search_source(source, query, limit=limit) for source in SOURCES]
    return outcome
