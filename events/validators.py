"""Checks by content for event documents: a PDF, or an Office Open XML file (docx, pptx, xlsx).

The name's extension must agree with what the bytes are, so a renamed executable or a
macro-enabled file (docm, pptm) is refused. The PDF check is core's; the OOXML check lives
here because only events take office files so far (move it to core.uploads if that changes).
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from core.uploads import PdfValidator, is_new_upload

# extension → the folder every genuine OOXML package of that kind has
OOXML_PARTS = {".docx": "word/", ".pptx": "ppt/", ".xlsx": "xl/"}
DOCUMENT_EXTENSIONS = [".pdf", *OOXML_PARTS]
MACRO_CONTENT_TYPES = ("macroEnabled", "vbaProject")


def document_format(name: str) -> str:
    """ "agenda.PDF" → "pdf": the format label shown beside a download link."""
    return os.path.splitext(name)[1].lower().lstrip(".")


@deconstructible
class EventDocumentValidator:
    """A PDF or a docx/pptx/xlsx whose content matches its extension, without macros."""

    def __call__(self, file):
        if not is_new_upload(file):
            return  # checked when it came in (core.uploads.is_new_upload)
        ext = os.path.splitext(getattr(file, "name", "") or "")[1].lower()
        if ext not in DOCUMENT_EXTENSIONS:
            raise ValidationError(
                _("Upload a PDF, Word (.docx), PowerPoint (.pptx) or Excel (.xlsx) file."),
                code="document_extension",
            )
        if ext == ".pdf":
            PdfValidator()(file)
            return
        self._check_ooxml(file, ext)

    def _check_ooxml(self, file, ext):
        wrong = ValidationError(
            _("The file is not a genuine %(ext)s document."),
            code="not_ooxml",
            params={"ext": ext},
        )
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as package:
                names = package.namelist()
                if "[Content_Types].xml" not in names:
                    raise wrong
                if not any(name.startswith(OOXML_PARTS[ext]) for name in names):
                    raise wrong
                content_types = package.read("[Content_Types].xml").decode("utf-8", "replace")
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise wrong from exc
        finally:
            file.seek(0)
        if any(marker in content_types for marker in MACRO_CONTENT_TYPES):
            raise ValidationError(
                _("Documents with macros are not accepted; save it without macros."),
                code="ooxml_macros",
            )

    def __eq__(self, other):
        return isinstance(other, EventDocumentValidator)
