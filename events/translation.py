"""The texts of events' models in Russian, Kazakh and English (django-modeltranslation):
see partners/translation.py. Dates, places' countries, numbers and files stay one per
object; what a visitor reads (titles, summaries, bodies, the city and venue as written,
the participants note, captions and descriptions of images) has a column per language."""

from modeltranslation.translator import TranslationOptions, register

from .models import Document, Event, EventSeries, ParticipantCount, Photo, Session


@register(EventSeries)
class EventSeriesTranslation(TranslationOptions):
    fields = ("title", "description", "description_html")
    # Titles are unique in each language: an empty one is stored as NULL, which never clashes.
    empty_values = {"title": None}


@register(Event)
class EventTranslation(TranslationOptions):
    fields = (
        "title",
        "summary",
        "summary_html",
        "body",
        "body_html",
        "city",
        "venue",
        "participant_note",
        "cover_alt",
    )


@register(Session)
class SessionTranslation(TranslationOptions):
    fields = ("title", "description", "description_html")


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("caption", "alt_text")


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title",)


@register(ParticipantCount)
class ParticipantCountTranslation(TranslationOptions):
    # What follows the number in the source ("stakeholders"), in each language.
    fields = ("note",)
