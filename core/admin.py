"""The admin as staff meet it: apps in the order they think of them, history with restore,
and publishing kept for publishers."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from .staff import publish_permission

# Events first, then the press room, then partners and projects; anything else after.
APP_ORDER = ["events", "pressroom", "partners"]
# Inside an app, what staff open most comes first; other models follow by name.
MODEL_ORDER = ["Event", "EventSeries", "PressRelease", "Coverage", "Project", "Organisation"]


class LPRCAdminSite(admin.AdminSite):
    site_header = _("LPRC site administration")
    site_title = _("LPRC admin")
    index_title = _("Content")

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        app_position = {label: index for index, label in enumerate(APP_ORDER)}
        model_position = {name: index for index, name in enumerate(MODEL_ORDER)}
        for app in app_list:
            app["models"].sort(
                key=lambda model: (
                    model_position.get(model["object_name"], len(model_position)),
                    str(model["name"]),
                )
            )
        return sorted(
            app_list,
            key=lambda app: (
                app_position.get(app["app_label"], len(app_position)),
                str(app["name"]),
            ),
        )


class PublishingAdminMixin:
    """For a model with a draft/published status (put it before VersionAdmin/ModelAdmin).

    Without the model's publish permission (core.staff) the publishing fields are read-only,
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
