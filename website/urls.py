from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.generic import TemplateView

from core.cache import cache_public_page

from . import views
from .sitemaps import site_sitemaps

app_name = "website"

urlpatterns = [
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("search/", cache_public_page(views.search, params=["q"]), name="search"),
    path(
        "sitemap.xml",
        cache_public_page(sitemap, params=["p"]),
        {"sitemaps": site_sitemaps()},
        name="sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]
