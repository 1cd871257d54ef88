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
