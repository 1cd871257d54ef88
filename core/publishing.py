"""Public content: the models whose rows the public sees, registered by their apps.

Registering a model (in its app's AppConfig.ready()) gives it content history with
restore (django-reversion, following the inline rows named in ``follow``) and makes every
save or delete of it renew what is cached of the public site (core.cache). A model whose
rows go public at a moment of their own (a scheduled release) also says when the next one
does (``next_change``), so that caches renew then without a save.
"""

from collections.abc import Callable
from datetime import datetime

import reversion
from django.db.models.signals import m2m_changed, post_delete, post_save

PUBLIC_MODELS: list[type] = []
_next_change_sources: list[Callable[[], datetime | None]] = []


def register(model, *, follow: tuple[str, ...] = (), next_change=None) -> None:
    from .cache import content_changed

    if model in PUBLIC_MODELS:
        return
    PUBLIC_MODELS.append(model)
    if not reversion.is_registered(model):
        reversion.register(model, follow=follow)
    uid = f"lprc-content-{model._meta.label_lower}"
    post_save.connect(content_changed, sender=model, dispatch_uid=uid + "-save")
    post_delete.connect(content_changed, sender=model, dispatch_uid=uid + "-delete")
    for field in model._meta.local_many_to_many:
        m2m_changed.connect(
            content_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}"
        )
    if next_change is not None:
        _next_change_sources.append(next_change)


def next_scheduled_change() -> datetime | None:
    """The next moment some registered content becomes public by itself, or None."""
    moments = [moment for source in _next_change_sources if (moment := source()) is not None]
    return min(moments, default=None)
