"""The texts of the pressroom's models in Russian, Kazakh and English
(django-modeltranslation): see partners/translation.py. A release's dates, status, links
and its official PDF stay one per release."""

from modeltranslation.translator import TranslationOptions, register

from .models import Coverage, PressRelease


@register(PressRelease)
class PressReleaseTranslation(TranslationOptions):
    # The cover picture is one per release; its description is written per language.
    fields = ("title", "lead", "lead_html", "body", "body_html", "dateline_city", "cover_alt")


@register(Coverage)
class CoverageTranslation(TranslationOptions):
    fields = ("title", "excerpt", "excerpt_html")
