"""Addresses that belong to no language: the health check, robots.txt and the sitemaps
(which list each page in every language, with its alternates)."""

from django.urls import path
from django.views.generic import TemplateView

from core.cache import cache_public_page

from . import views
from .sitemaps import sitemap_index_view, sitemap_section_view

app_name = "root"

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
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
