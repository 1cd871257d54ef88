"""The IATI panel on the admin's project page: what IATI needs and the project lacks,
whether the project's file validates against the official schema, and the file itself."""

from django.template.loader import render_to_string

from . import iati


def project_iati_panel(*, request, obj) -> str:
    project = iati.projects_queryset().get(pk=obj.pk)
    document = iati.activities_document([project], request=request)
    errors = iati.schema_errors(document) if document is not None else []
    return render_to_string(
        "opendata/admin/project_iati.html",
        {
            "project": project,
            "findings": iati.findings(project),
            "document": document.decode() if document is not None else "",
            "schema_errors": errors,
        },
        request=request,
    )
