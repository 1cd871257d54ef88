from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.origin import absolute_links, absolute_url
from core.text import strip_control

from .models import PressRelease

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
        # Links as on the release's page: a reader has no page to resolve them against.
        page = absolute_url(item.get_absolute_url())
        return absolute_links(strip_control(item.lead_html), page)

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
