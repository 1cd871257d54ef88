from django.conf import settings


def site(request):
    """What every page needs to know about the organisation behind the site, and the one
    origin its absolute addresses start with (core.origin)."""
    return {"site": settings.LPRC_SITE, "site_origin": settings.SITE_ORIGIN}
