import pytest


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Pages render on every request here, so query counts measure the view, not the cache."""
    settings.LPRC_PAGE_CACHE = False
