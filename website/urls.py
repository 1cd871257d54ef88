from django.urls import path
from django.views.generic import TemplateView

from core.cache import cache_public_page

from . import views
from .sitemaps import sitemap_index_view, sitemap_section_view

app_name = "website"

urlpatterns = [
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("search/", cache_public_page(views.search, params=["q"]), name="search"),
    path("sitemap.xml", cache_public_page(sitemap_index_view), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        cache_public_page(sitemap_section_view, params=["p"]),
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]
