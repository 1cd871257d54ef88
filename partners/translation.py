"""The texts of partners' models in Russian, Kazakh and English (django-modeltranslation):
each field named here gets a column per language (core.languages). Slugs, codes, numbers
and addresses stay one per object, so a URL is the same item in every language.

A Markdown source and the HTML rendered from it are both named: each language's HTML is
rendered from that language's source (core.formatting.StoredMarkdownMixin).
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, Person, Project, Source, SustainableDevelopmentGoal
from .visibility import FunderVisibility


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = (
        "name",
        "short_name",
        "description",
        "description_html",
        "funder_statement",
        "funder_statement_html",
    )
    # Names are unique in each language: an empty one is stored as NULL, which never clashes.
    empty_values = {"name": None}


@register(Person)
class PersonTranslation(TranslationOptions):
    # "Dr" / "д-р", "WhatsApp" / "только WhatsApp": as each language writes them.
    fields = ("honorific", "name", "position", "phone_note")


@register(Source)
class SourceTranslation(TranslationOptions):
    # A named document's title in each language; a release's or an article's is copied
    # from the item's own columns (pressroom keeps it up to date).
    fields = ("title",)


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "short_name", "summary", "summary_html", "description", "description_html")


@register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalTranslation(TranslationOptions):
    fields = ("name",)


@register(FunderVisibility)
class FunderVisibilityTranslation(TranslationOptions):
    # A funder's own wording in each language. The EU's standard wording, where a language's
    # column is left empty, falls back to English and is then shown in the catalogues'
    # translation (partners.visibility.in_visitors_language).
    fields = (
        "emblem_description",
        "funded_statement",
        "cofunded_statement",
        "disclaimer_web",
        "disclaimer_press_release",
        "disclaimer_publication",
        "disclaimer_event_material",
    )
