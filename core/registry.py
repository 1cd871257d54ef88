"""Hooks through which each app hands its pieces to the plumbing and to the site layer.

core/ knows no app. An app that owns public content registers, in its AppConfig.ready(),
what the lower and upper layers need of it: its public models (history and cache renewal,
core.publishing), its search sources (core.search), its sitemap sections, the sections it
adds to pages (and admin pages) of apps below it, and its demo content. Each registry keeps
the order of registration unless an entry says otherwise.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Prefetch


@dataclass(frozen=True)
class PageSection:
    """A part of another app's detail page that this app fills in: an event page's press
    releases, a project page's events. The page's view prefetches it; its template includes
    ``template`` with the page's object in the context under the page's usual name."""

    key: str
    template: str
    prefetch: Callable[[], Prefetch] | None = field(default=None, repr=False)
    order: int = 100


_sections: dict[str, list[PageSection]] = {}


def page_section_register(model_label: str, section: PageSection) -> None:
    """Add (or replace, by key) a section on the detail page of ``model_label`` objects."""
    sections = [s for s in _sections.get(model_label.lower(), []) if s.key != section.key]
    sections.append(section)
    sections.sort(key=lambda s: s.order)
    _sections[model_label.lower()] = sections


def page_sections(model) -> list[PageSection]:
    return list(_sections.get(model._meta.label_lower, []))


def page_section_prefetches(model) -> list[Prefetch]:
    return [s.prefetch() for s in page_sections(model) if s.prefetch is not None]


_sitemaps: dict[str, object] = {}


def sitemap_register(name: str, section) -> None:
    """A section of /sitemap.xml: a core.sitemaps.SitemapSection (or a callable making one
    on first use, when building it needs the URLconf)."""
    _sitemaps[name] = section


def sitemaps() -> dict:
    return {
        name: section() if callable(section) else section for name, section in _sitemaps.items()
    }


@dataclass(frozen=True)
class DemoContent:
    """An app's demo builder: ``build()`` creates or updates its demo objects and returns
    counts by kind. Builders run in the order of ``order`` (apps lower in the stack first)."""

    label: str
    build: Callable[[], dict[str, int]]
    order: int


_demo: dict[str, DemoContent] = {}


def demo_register(content: DemoContent) -> None:
    _demo[content.label] = content


def demo_builders() -> list[DemoContent]:
    return sorted(_demo.values(), key=lambda content: content.order)


@dataclass(frozen=True)
class AdminPanel:
    """A part of another app's admin change page that this app fills in (the IATI file of
    a project, made by opendata/ above partners/): ``render(request=, obj=)`` returns safe
    HTML, shown below the form of a saved object (core.admin.RegisteredPanelsAdminMixin)."""

    key: str
    title: str
    render: Callable = field(repr=False)
    order: int = 100


_admin_panels: dict[str, list[AdminPanel]] = {}


def admin_panel_register(model_label: str, panel: AdminPanel) -> None:
    """Add (or replace, by key) a panel on the admin change page of ``model_label``."""
    panels = [p for p in _admin_panels.get(model_label.lower(), []) if p.key != panel.key]
    panels.append(panel)
    panels.sort(key=lambda p: p.order)
    _admin_panels[model_label.lower()] = panels


def admin_panels(model) -> list[AdminPanel]:
    return list(_admin_panels.get(model._meta.label_lower, []))


@dataclass(frozen=True)
class FundingRow:
    """One thing an organisation funds, for the funders' page: a project (with the amount
    the sources state, if any) or an event. ``ours`` says whether LPRC runs it."""

    organisation: object
    item: object  # has get_absolute_url()
    title: str
    kind: str
    role: str
    amount: object = None  # a Decimal, or None when no source states it
    currency: str = ""
    ours: bool = False


_funding: dict[str, Callable[[], list[FundingRow]]] = {}


def funding_register(key: str, rows: Callable[[], list[FundingRow]]) -> None:
    """An app's funded things (each app in one query): projects, events."""
    _funding[key] = rows


def funding_rows() -> list[FundingRow]:
    return [row for rows in _funding.values() for row in rows()]
