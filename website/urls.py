"""The pages a visitor reads, under a language prefix (config/urls.py); the addresses
that belong to no language are in root_urls.py."""

from django.urls import path

from core.cache import cache_public_page

from . import views

app_name = "website"

urlpatterns = [
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("search/", cache_public_page(views.search, params=["q"]), name="search"),
]
