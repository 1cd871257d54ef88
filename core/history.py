"""Content history (django-reversion): every save through the admin keeps a version, and
staff can restore an earlier version or a deleted object from the admin's History and
"Recover deleted" pages.

The models are registered here, in one place, with the inline rows that belong to them
(``follow``), so that restoring an event also restores its organisers, sessions, photos and
documents as they were. Many-to-many choices (countries, contacts, SDGs) are part of the
model's own data.
"""

import reversion


def register_history():
    from events.models import Document, Event, EventOrganisation, EventSeries, Photo, Session
    from partners.models import Organisation, Participation, Person, Project
    from pressroom.models import Coverage, PressRelease

    registrations = [
        (EventOrganisation, ()),
        (Session, ()),
        (Photo, ()),
        (Document, ()),
        (Event, ("roles", "sessions", "photos", "documents")),
        (EventSeries, ()),
        (PressRelease, ()),
        (Coverage, ()),
        (Person, ()),
        (Organisation, ("people",)),
        (Participation, ()),
        (Project, ("participations",)),
    ]
    for model, follow in registrations:
        if not reversion.is_registered(model):
            reversion.register(model, follow=follow)
