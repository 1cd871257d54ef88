"""The site's URLs plus /media/, for the browser checks: the live server serves uploads
(logos, covers, photos) as the web server or object storage does in production, so pages
are checked with their pictures in place. Django serves /media/ itself only with DEBUG."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # Read at each request: every test has a MEDIA_ROOT of its own (tests/conftest.py).
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urlpatterns]
