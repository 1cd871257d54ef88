from contextvars import ContextVar

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from core.sitemaps import request_origin

from .models import PressRelease
from .visibility import release_marks

# The feed objects are shared by every request; the origin of the one being answered is
# kept per thread (and per async task), for the emblems' absolute addresses.
_origin: ContextVar[str] = ContextVar("feed_origin", default="")

FEED_SIZE = 20


class LatestReleasesFeed(Feed):
    """RSS 2.0 of the latest public releases; embargoed and draft ones are never in it."""

    link = reverse_lazy("pressroom:release-list")

    def title(self):
        return _("%(site)s press releases") % {"site": settings.LPRC_SITE["short_name"]}

    def description(self):
        return _("Press releases of the %(site)s: forums, academies and projects.") % {
            "site": settings.LPRC_SITE["name"]
        }

    def items(self):
        return PressRelease.objects.published().for_cards().order_by("-publish_at")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def get_feed(self, obj, request):
        _origin.set(request_origin(request))
        return super().get_feed(obj, request)

    def item_description(self, item):
        """The lead, then each funder's emblem with its statement and its disclaimer for
        press releases, as on the release's page and PDF."""
        marks = release_marks(item, "press-release")
        if not marks:
            return item.lead_html
        origin = _origin.get()
        statements = format_html_join(
            "",
            "<p>{}{}</p>",
            (
                (
                    format_html(
                        '<img src="{}{}" alt="{}" width="{}" height="{}"> ',
                        origin,
                        m.emblem.url,
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
        return format_html("{}{}{}", item.lead_html, statements, disclaimers)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return settings.LPRC_SITE["name"]

    def item_categories(self, item):
        return [str(item.project)] if item.project else []


class LatestReleasesAtomFeed(LatestReleasesFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
