from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("LPRC site administration")
admin.site.site_title = _("LPRC admin")
admin.site.index_title = _("Content")

# A database outage met outside a view still answers 503, not 500 (see website.faults).
handler500 = "website.faults.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("events/", include("events.urls")),
    path("press/", include("pressroom.urls")),
    path("", include("partners.urls")),
    path("", include("opendata.urls")),
    path("", include("website.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
