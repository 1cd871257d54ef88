"""Query counts of public pages as the first visitor after a change meets them.

The page cache stays on in tests, as in production (no switch turns it off). Before a
count, empty it: the view then renders from the database and its queries count. The
content state every cached page is keyed on (core.cache) is renewed once per change for
the whole site, not once per page, so it is looked up here, before the count starts.
"""

from django.core.cache import cache

from core.cache import content_version


def empty_page_cache() -> None:
    cache.clear()
    content_version()


# Languages --------------------------------------------------------------------------------

#: The content languages and an Accept-Language header that asks for each one.
ACCEPT_LANGUAGE = {"ru": "ru", "kk": "kk", "en": "en"}


def in_language(client, language: str):
    """``client``, asking for pages in ``language`` from now on.

    Public pages take their language from the address (/ru/, /kk/, /en/: language_url);
    the ``django_language`` cookie and Accept-Language are set as well, for the admin and
    the addresses outside the language prefixes (sitemaps).
    """
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = ACCEPT_LANGUAGE[language]
    return client


def language_url(url: str, language: str) -> str:
    """The address of ``url`` in ``language``: its language prefix (/en/, /ru/, /kk/)
    replaced by ``language``'s, also after an origin ("http://localhost/en/..."). An
    address outside the prefixes (a sitemap) stays as it is."""
    import re

    return re.sub(r"^((?:[a-z]+://[^/]+)?)/(?:en|ru|kk)(?=/)", rf"\1/{language}", url, count=1)


def translated_post(data: dict) -> dict:
    """Admin form data written with plain field names (``title``, ``sessions-0-title``)
    as the admin's forms name them: the column of the language the test runs in
    (``title_en``), since each translated text has one input per language."""
    from django.apps import apps

    from core.languages import column, current_language, translated_fields

    names = {name for model in apps.get_models() for name in translated_fields(model)}
    language = current_language()
    posted = {}
    for key, value in data.items():
        prefix, _, name = key.rpartition("-")
        if name in names:
            key = f"{prefix}-{column(name, language)}" if prefix else column(name, language)
        posted[key] = value
    return posted
