from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    """Open data: the read API, CSV downloads and IATI files. It reads partners, events and
    the pressroom; only config/urls.py imports it."""

    name = "opendata"
    verbose_name = _("Open data")

    def ready(self):
        from core import registry

        from .panels import project_iati_panel

        # A project's page links its data; its admin page shows its IATI file (partners/
        # cannot import this app).
        registry.page_section_register(
            "partners.Project",
            registry.PageSection("open-data", "opendata/includes/project_data.html", order=90),
        )
        registry.admin_panel_register(
            "partners.Project",
            registry.AdminPanel("iati", _("IATI (open data)"), project_iati_panel, order=10),
        )
