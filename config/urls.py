from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("LPRC site administration")
admin.site.site_title = _("LPRC admin")
admin.site.index_title = _("Content")

# A database outage met outside a view still answers 503, not 500 (see website.faults).
handler500 = "website.faults.server_error"

# What belongs to no language stays at the root: the admin (in the staff member's own
# language), the health check, robots.txt and the sitemaps (which list every language).
# Every page a visitor reads has its language first: /ru/events/, /kk/events/, /en/events/;
# LocaleMiddleware redirects an address without one (/events/) to the visitor's language.
urlpatterns = [
    path("admin/", admin.site.urls),
    # The admin's language choice (staff; public pages carry theirs in the address).
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("website.root_urls")),
    *i18n_patterns(
        path("events/", include("events.urls")),
        path("press/", include("pressroom.urls")),
        path("", include("partners.urls")),
        path("", include("opendata.urls")),
        path("", include("website.urls")),
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
