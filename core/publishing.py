"""Public content: the models whose rows the public sees, registered by their apps.

Registering a model (in its app's AppConfig.ready()) gives it content history with
restore (django-reversion, following the inline rows named in ``follow``) and makes every
save or delete of it renew what is cached of the public site (core.cache). A model whose
rows go public at a moment of their own (a scheduled release) also says when the next one
does (``next_change``), so that caches renew then without a save.
"""

from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime

import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext as _

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


# The one path for changes of what the public sees -----------------------------------------
#
# Every change that may alter a public page (an admin save, a bulk action, a history revert,
# an approved proposal, a delete, a restore, a demo or bulk load) runs inside
# public_change(): one transaction, one revision in the history (with who and why), and the
# cache renewed in that same transaction. The functions below are the common cases; the
# permission checks are theirs, so no caller can forget one.
#
# A scheduled release going live (or an embargo lifting) writes no row and records no
# revision or LogEntry at that moment: the revision that set its publish time (who, when,
# why) is its record, and nobody acts when the clock passes it. core.cache renews every
# process's pages at that moment, which the content state holds (``next_change``).


class PublishingDenied(PermissionDenied):
    """The user may not make this change; the message says why, for the admin's 403 page."""


def can_publish(user, model) -> bool:
    opts = model._meta
    return bool(user and user.has_perm(f"{opts.app_label}.publish_{opts.model_name}"))


def content_changed() -> None:
    """Renew every cached public page, on every process (core.cache). Inside a transaction
    the renewal commits with it: other processes see the new content and the new version
    of the cache at the same moment."""
    from .cache import content_changed as renew

    renew()


@contextmanager
def public_change(*, user=None, message: str = "", history: bool = True):
    """Run a change of public content: atomically, recorded as one revision, and with the
    caches renewed in the same transaction (on every process: see core.cache).

    ``history=False`` records no revision, for a restore: it brings back the archive's
    content and history exactly, and a revision of its own would make them differ.
    """
    with transaction.atomic():
        if not history:
            yield
        else:
            with reversion.create_revision():
                if user is not None and getattr(user, "pk", None):
                    reversion.set_user(user)
                if message:
                    reversion.set_comment(message)
                yield
        # Also covers what sends no signal inside the block (a queryset.update()).
        content_changed()


def log_action(*, user, obj, flag: int, message: str = "") -> None:
    """A LogEntry for the admin's "Recent actions" and the object's history; none for
    changes no person made (a scheduled go-live, a demo load)."""
    if user is None or not getattr(user, "pk", None):
        return
    from django.contrib.admin.models import LogEntry

    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=flag,
        change_message=message,
        single_object=True,
    )


def content_set_status(*, objs, user, status: str, message: str = "") -> list:
    """Publish or unpublish each object (a model with a ``status``): a save per object, so
    history, the log and the caches all see it. Returns the objects that changed."""
    objs = list(objs)
    if not objs:
        return []
    model = type(objs[0])
    if user is not None and not can_publish(user, model):
        raise PublishingDenied(
            _("Only publishers can publish or unpublish %(things)s.")
            % {"things": model._meta.verbose_name_plural}
        )
    from django.contrib.admin.models import CHANGE

    changed = []
    with public_change(user=user, message=message or _("Status set to %s.") % status):
        for obj in objs:
            if obj.status == status:
                continue
            obj.status = status
            obj.save(update_fields=["status", "updated_at"])
            log_action(
                user=user, obj=obj, flag=CHANGE, message=[{"changed": {"fields": ["status"]}}]
            )
            changed.append(obj)
    return changed


def content_delete(*, obj, user, message: str = "") -> None:
    """Delete an object the public may see, with the deletion in the log and caches renewed."""
    opts = obj._meta
    if user is not None and not user.has_perm(f"{opts.app_label}.delete_{opts.model_name}"):
        raise PublishingDenied(_("You may not delete %(thing)s.") % {"thing": opts.verbose_name})
    from django.contrib.admin.models import DELETION

    with public_change(user=user, message=message):
        log_action(user=user, obj=obj, flag=DELETION, message=message)
        obj.delete()
