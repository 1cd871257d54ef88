"""Admin plumbing every app uses: a guard for hand-written changelist lookups, publishing
kept for publishers, the country picker. The admin site itself is the site layer's
(website.admin)."""

from functools import wraps

from django.contrib.admin.views.main import ERROR_FLAG
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext

from .publishing import public_change


def guard_changelist(view):
    """Turn a hand-written lookup the database cannot take into the admin's own answer.

    The changelist validates filters from the query string when it builds them, but some
    fail only when the query runs: ?start_date__year=999999999999 (OverflowError), or a NUL
    byte in a value on PostgreSQL. Staff then get the list again with the admin's "?e=1"
    notice instead of a server error; the savepoint keeps the request's transaction usable.
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                # The list's queries run while the template renders: render inside the guard.
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                return response
        except (OverflowError, ValueError, DatabaseError):
            if ERROR_FLAG in request.GET:
                raise
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")

    return guarded


def publish_permission(opts) -> str:
    """The permission string for a model's Meta (``opts``), e.g. 'events.publish_event'."""
    return f"{opts.app_label}.publish_{opts.model_name}"


class PublishingAdminMixin:
    """For a model with a draft/published status (put it before VersionAdmin/ModelAdmin).

    Without the model's publish permission (``<app>.publish_<model>``, declared in the
    model's Meta.permissions) the publishing fields are read-only,
    the actions declared with ``permissions=["publish"]`` are hidden, and earlier versions
    cannot be restored (a restore would bring back an old status with the text).
    """

    publishing_fields = ("status",)

    def has_publish_permission(self, request):
        return request.user.has_perm(publish_permission(self.opts))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += [name for name in self.publishing_fields if name not in readonly]
        return readonly

    def revision_view(self, request, *args, **kwargs):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().revision_view(request, *args, **kwargs)

    def recover_view(self, request, *args, **kwargs):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().recover_view(request, *args, **kwargs)


class CountryPicker(FilteredSelectMultiple):
    """The picker in a wrapper of its own, as the admin wraps many-to-many fields: the
    picker's script puts its boxes first inside the select's parent, which would otherwise
    be the form row and push the field's label to the far side of the boxes."""

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        return format_html('<div class="related-widget-wrapper">{}</div>', html)


class CountryPickerAdminMixin:
    """Fields holding several countries get the admin's two-box picker with a filter box.

    django-countries renders them as a plain multiple select of 250 names, where a
    misplaced click without Ctrl drops every country already chosen; the picker (the one
    `filter_horizontal` uses) lets staff type "kaz", move Kazakhstan across, and see what
    is chosen.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        from django_countries.fields import CountryField

        if isinstance(db_field, CountryField) and db_field.multiple:
            kwargs["widget"] = CountryPicker(db_field.verbose_name, is_stacked=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PublicChangeAdminMixin:
    """Deletes from the admin, of one object or of those selected in the list, go through
    the publishing path (core.publishing.public_change): one transaction, who and why in
    the history, and the public pages renewed on every process with the commit. The
    admin's own LogEntry records each deletion; a deleted object stays recoverable from
    its last version."""

    def delete_model(self, request, obj):
        message = gettext("Deleted “%(object)s”.") % {"object": obj}
        with public_change(user=request.user, message=message):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        count = queryset.count()
        message = ngettext(
            "Deleted %(count)d %(name)s.", "Deleted %(count)d %(name_plural)s.", count
        ) % {
            "count": count,
            "name": self.opts.verbose_name,
            "name_plural": self.opts.verbose_name_plural,
        }
        with public_change(user=request.user, message=message):
            super().delete_queryset(request, queryset)
