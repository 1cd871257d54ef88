"""/sitemap.xml: an index of sections, each served in pages (core.sitemaps). The home page
and the lists are this layer's section; each app registers its own (core.registry)."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.origin import site_origin
from core.registry import sitemaps
from core.sitemaps import SitemapSection, sitemap_index, urlset

LISTS = [
    "website:home",
    "events:event-list",
    "events:forum-list",
    "events:academy-list",
    "events:presentation-list",
    "events:steering-meeting-list",
    "pressroom:release-list",
    "partners:project-list",
    "partners:organisation-list",
    "partners:funder-list",
]
CONTENT_TYPE = "application/xml; charset=utf-8"


def _pages_section() -> SitemapSection:
    return SitemapSection(rows=lambda: LISTS, location=reverse, changefreq="daily", priority=0.8)


def site_sitemaps() -> dict[str, SitemapSection]:
    return {"pages": _pages_section(), **sitemaps()}


@require_safe
def sitemap_index_view(request):
    """Every page of every section: one COUNT per section, whatever the size."""
    origin = site_origin()
    locations = []
    for name, section in site_sitemaps().items():
        address = origin + reverse("root:sitemap-section", kwargs={"section": name})
        pages = section.pages()
        locations += [address] if pages == 1 else [f"{address}?p={n}" for n in range(1, pages + 1)]
    return HttpResponse(sitemap_index(locations), content_type=CONTENT_TYPE)


@require_safe
def sitemap_section_view(request, section: str):
    """One page of a section: one query, at most core.sitemaps.PAGE_SIZE addresses."""
    sections = site_sitemaps()
    if section not in sections:
        raise Http404("No such sitemap section.")
    raw = request.GET.get("p", "1")
    if not (raw.isascii() and raw.isdigit() and 0 < len(raw) < 7 and int(raw) > 0):
        raise Http404("No such sitemap page.")
    number = int(raw)
    rows = sections[section].page(number)
    if not rows and number > 1:
        raise Http404("No such sitemap page.")
    return HttpResponse(urlset(site_origin(), sections[section], rows), content_type=CONTENT_TYPE)
