"""The admin site as staff meet it: apps in the order they think of them, what awaits their
review on the index, and a page that explains every refusal."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ProposalAdmin, explain_permission_denied, guard_changelist, proposal_counts
from core.models import Proposal

# Events first, then the press room, then partners and projects; anything else after.
APP_ORDER = ["events", "pressroom", "partners"]
# Inside an app, what staff open most comes first; other models follow by name.
MODEL_ORDER = ["Event", "EventSeries", "PressRelease", "Coverage", "Project", "Organisation"]


class LPRCAdminSite(admin.AdminSite):
    site_header = _("LPRC site administration")
    site_title = _("LPRC admin")
    index_title = _("Content")
    index_template = "admin/site_index.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Here rather than with @admin.register in core.admin: this module imports core.admin
        # while the default site is being built, before admin.site exists.
        self.register(Proposal, ProposalAdmin)

    def admin_view(self, view, cacheable=False):
        if getattr(view, "__name__", "") == "changelist_view":
            view = guard_changelist(view)
        view = explain_permission_denied(view, self)
        return super().admin_view(view, cacheable)

    def index(self, request, extra_context=None):
        context = {"review": proposal_counts(request.user)}
        context.update(extra_context or {})
        return super().index(request, context)

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
