from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.origin import absolute_links, absolute_url
from core.text import strip_control

from .models import PressRelease
from .visibility import release_marks

FEED_SIZE = 20


class LatestReleasesFeed(Feed):
    """RSS 2.0 of the latest public releases; embargoed and draft ones are never in it.

    Every address is absolute from settings.SITE_ORIGIN: Django's feed would otherwise
    start them at the request's Host header, and the cached feed would carry that host to
    every reader (issue 15).
    """

    url_name = "pressroom:release-feed"

    def link(self):
        return absolute_url(reverse("pressroom:release-list"))

    def feed_url(self):
        return absolute_url(reverse(self.url_name))

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def title(self):
        return _("%(site)s press releases") % {"site": settings.LPRC_SITE["short_name"]}

    def description(self):
        return _("Press releases of the %(site)s: forums, academies and projects.") % {
            "site": settings.LPRC_SITE["name"]
        }

    def items(self):
        return PressRelease.objects.published().for_cards().order_by("-publish_at")[:FEED_SIZE]

    # XML cannot carry control characters (Django raises rather than write them): rows
    # stored before the model refused them must not take the feed down (issue 15).
    def item_title(self, item):
        return strip_control(item.title)

    def item_description(self, item):
        """The lead, then each funder's emblem with its statement and its disclaimer for
        press releases, as on the release's page and PDF."""
        # Links as on the release's page: a reader has no page to resolve them against.
        page = absolute_url(item.get_absolute_url())
        lead = absolute_links(strip_control(item.lead_html), page)
        marks = release_marks(item, "press-release")
        if not marks:
            return lead
        statements = format_html_join(
            "",
            "<p>{}{}</p>",
            (
                (
                    format_html(
                        '<img src="{}" alt="{}" width="{}" height="{}"> ',
                        absolute_url(m.emblem.url),
                        m.emblem.description,
                        round(36 * m.emblem.width / m.emblem.height),
                        36,
                    )
                    if m.emblem
                    else "",
                    m.statement,
                )
                for m in marks
            ),
        )
        disclaimers = format_html_join(
            "", "<p><small>{}</small></p>", ((m.disclaimer,) for m in marks if m.disclaimer)
        )
        # The lead is sanitised HTML (core.formatting), its links made absolute.
        return format_html("{}{}{}", mark_safe(lead), statements, disclaimers)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return settings.LPRC_SITE["name"]

    def item_categories(self, item):
        return [strip_control(str(item.project))] if item.project else []


class LatestReleasesAtomFeed(LatestReleasesFeed):
    feed_type = Atom1Feed
    url_name = "pressroom:release-feed-atom"

    def subtitle(self):
        return self.description()
