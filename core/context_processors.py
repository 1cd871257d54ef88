from django.conf import settings


def site(request):
    """What every page needs to know about the organisation behind the site."""
    return {"site": settings.LPRC_SITE}
