from django.contrib.sitemaps import Sitemap

from .models import Event


class EventSitemap(Sitemap):
    """Published events: one query (plus the paginator's count), whatever their number."""

    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return Event.objects.published().only("slug", "start_date", "updated_at").order_by("pk")

    def lastmod(self, event):
        return event.updated_at
