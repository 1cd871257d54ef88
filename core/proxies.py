"""The visitor's own address when the site runs behind proxies or a load balancer.

Behind a load balancer every request comes from the balancer's address (REMOTE_ADDR), so
django-axes, which locks sign-in per user name *and address*, would see every visitor as
one: an attacker guessing an editor's password would lock the editor out everywhere.
Each proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXIES proxies of our own in front of gunicorn the visitor is the
TRUSTED_PROXIES-th address from the right. Addresses further left were written by the
client and are never believed. With TRUSTED_PROXIES = 0 (the default: gunicorn faces the
visitors) the header is ignored altogether.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    """The client address for django-axes (AXES_CLIENT_IP_CALLABLE)."""
    remote = request.META.get("REMOTE_ADDR")
    hops = getattr(settings, "TRUSTED_PROXIES", 0)
    if hops <= 0:
        return remote
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < hops:
        return remote  # not through all our proxies: a direct request, trust nothing
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
