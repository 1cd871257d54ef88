"""The 500 handler: a database outage seen outside a view still becomes a 503."""

import sys

from django.views.defaults import server_error as django_server_error

from core.middleware import database_unavailable_response, is_database_unavailable


def server_error(request, *args, **kwargs):
    """Django's 500 page, except for a database that cannot be reached (503, Retry-After).

    DatabaseUnavailableMiddleware handles errors raised by views; this catches the rest,
    e.g. a session saved by middleware after the view. Django calls the handler inside its
    `except` block, so the exception is still at hand.
    """
    if is_database_unavailable(sys.exc_info()[1]):
        return database_unavailable_response()
    return django_server_error(request, *args, **kwargs)
