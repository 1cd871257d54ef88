"""Where absolute addresses start: one configured origin, never the request's Host header.

Canonical links, social cards, sitemaps, robots.txt, feeds, calendars and the links in
release PDFs all name the site by ``settings.SITE_ORIGIN`` ("https://lprc.kz"). Built from
the Host header instead, a page cached for a request to one accepted name (``localhost``,
an old domain) carried that name to every later visitor, and a name the site does not
serve made the error page itself fail (issue 15, findings 3 and 4).
"""

import re
from html import escape, unescape
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.encoding import iri_to_uri


def parse_origin(value: str) -> str:
    """ "https://lprc.kz/" -> "https://lprc.kz"; anything but scheme, host and port is refused
    (a path or query would be glued in front of every address)."""
    origin = value.strip().rstrip("/")
    parts = urlsplit(origin)
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        raise ImproperlyConfigured(
            f"SITE_ORIGIN must be a scheme and a host name, such as https://lprc.kz, not {value!r}."
        )
    return origin


def default_origin(*, allowed_hosts: list[str], debug: bool) -> str:
    """Without SITE_ORIGIN: the development server in debug, otherwise the first host name
    the site serves (over HTTPS), otherwise localhost (a test run, a management command)."""
    if debug:
        return "http://127.0.0.1:8000"
    for host in allowed_hosts:
        if host != "*" and not host.startswith("."):
            return f"https://{host}"
    return "http://localhost"


def site_origin() -> str:
    return settings.SITE_ORIGIN


def absolute_url(location: str) -> str:
    """The full address of a path on this site ("/press/" -> "https://lprc.kz/press/").

    An address that is already absolute (media on another host name) is kept; one that is
    protocol-relative gets the site's scheme.
    """
    location = iri_to_uri(location)
    parts = urlsplit(location)
    if parts.scheme:
        return location
    origin = site_origin()
    if location.startswith("//"):
        return f"{urlsplit(origin).scheme}:{location}"
    return origin + (location if location.startswith("/") else "/" + location)


# Sanitised HTML (core.formatting) writes every attribute in double quotes.
_HREF = re.compile(r'(<a\s[^>]*?href=")([^"]*)(")')


def absolute_links(html: str, base: str) -> str:
    """Sanitised HTML with every link made absolute against ``base`` (a page's full
    address), for copies read away from the page: a feed reader resolves
    "programme.pdf" against nothing it knows."""

    def rewrite(match: re.Match) -> str:
        target = urljoin(base, unescape(match.group(2)))
        return match.group(1) + escape(target, quote=True) + match.group(3)

    return _HREF.sub(rewrite, html)
