"""View mixins the apps' public pages share: filtered lists that repair bad input, and
staff previews of what is not public yet."""

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext


class ForgivingPaginationMixin:
    """A public ListView whose page number, if it makes no sense (not a number, past the
    end), is repaired with a message in ``filter_errors`` instead of a 404."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.filter_errors = []

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        number = self.request.GET.get(self.page_kwarg) or 1
        try:
            page = paginator.page(number)
        except PageNotAnInteger:
            page = paginator.page(1)
            self._page_error(gettext("The page number was not a number; showing page 1."))
        except EmptyPage:
            # The paginator has turned `number` into an int before it raises this.
            if int(number) < 1:
                page = paginator.page(1)
                message = gettext("There is no page %(number)s; showing page 1.")
            else:
                page = paginator.page(paginator.num_pages)
                message = gettext("There is no page %(number)s; showing the last page.")
            self._page_error(message % {"number": str(number)[:20]})
        return paginator, page, page.object_list, page.has_other_pages()

    def _page_error(self, message: str) -> None:
        self.filter_errors.append(("", message))

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_errors=self.filter_errors, **kwargs)


class FilteredListMixin(ForgivingPaginationMixin):
    """A public list (ListView) filtered by a django-filter FilterSet.

    Values that make no sense (a year with nothing in it, an unknown project, a page past
    the end or not a number) are ignored with a message saying so, and the list still
    shows: a link someone shared never ends on an error page. The messages sit in an error
    summary above the list, each linking to its field, which shows the same message beside
    it (the GOV.UK error summary pattern); templates/includes/filter_form.html shows both.

    Subclasses build their FilterSet in ``get_filterset()``.
    """

    def get_filterset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.get_filterset()
        self.filter_errors = []
        if self.filterset.is_bound and not self.filterset.is_valid():
            form = self.filterset.form
            for name, errors in form.errors.items():
                field = form[name] if name in form.fields else None
                label = field.label if field else name
                anchor = f"#{field.auto_id}" if field else ""
                self.filter_errors.extend((anchor, f"{label}: {error}") for error in errors)
        # Invalid values drop out of cleaned_data, so .qs applies only the valid ones.
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter=self.filterset, **kwargs)


class StaffPreviewMixin:
    """A DetailView of any object, public or not, exactly as the public will see it, for
    staff only, at an address of its own (/<app>/preview/<pk>/): public addresses then
    show public content only, to everyone, and their cached copies can never hold a
    draft. The preview is private (never stored by a cache) and never indexed.

    Templates get ``preview = True`` to say what the visitor is looking at.
    """

    preview = True

    def dispatch(self, request, *args, **kwargs):
        return staff_member_required(super().dispatch)(request, *args, **kwargs)

    def get_preview_queryset(self):
        """Every object, drafts included; subclasses add what the page prefetches."""
        return self.model._default_manager.all()

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_preview_queryset(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = True
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        mark_private(response)
        return response


def mark_private(response):
    """For a page only staff may see: no shared or browser cache keeps it, no engine
    indexes it."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
