"""Django REST framework settings' classes (config.settings.REST_FRAMEWORK), apart from
the views so that DRF can import them while it builds its own views."""

from django.utils.http import urlencode
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import PageNumberPagination

from .resources.common import absolute


class JSONOnly(BaseContentNegotiation):
    """JSON whatever the Accept header says: the page cache keys an answer on its address,
    so one address must always give the same kind of answer."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class Pagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def _link(self, number):
        """The same list at another page: the parameters the list reads (core.cache has
        dropped any other), addressed from the one origin (resources.common.absolute)."""
        query = self.request.query_params.copy()
        if number == 1:
            query.pop(self.page_query_param, None)
        else:
            query[self.page_query_param] = number
        # In name order, as core.cache orders them: one address, one cached copy.
        pairs = sorted((name, value) for name in query for value in query.getlist(name))
        path = self.request.path + (f"?{urlencode(pairs)}" if pairs else "")
        return absolute(self.request, path)

    def get_next_link(self):
        return self._link(self.page.next_page_number()) if self.page.has_next() else None

    def get_previous_link(self):
        return self._link(self.page.previous_page_number()) if self.page.has_previous() else None
