"""Plumbing models: nothing here is content; each model serves one mechanism in core."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentState(models.Model):
    """One row (pk 1): the version of everything the public may see, read by every process.

    Every cached public page and PDF is filed under this version (core.cache). A change of
    public content replaces it in the same transaction as the change, so the moment the
    change is visible to other processes the pages cached before it are unreachable, on
    every worker and every app server that shares the database. ``next_change`` is the next
    moment some content goes public by itself (a scheduled release): the first request
    after it replaces the version, for all processes at once.
    """

    SINGLETON_PK = 1

    version = models.CharField(_("version"), max_length=32)
    next_change = models.DateTimeField(_("next scheduled change"), null=True, blank=True)
    changed_at = models.DateTimeField(_("last renewed"))

    class Meta:
        verbose_name = _("content state")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="content_state_single_row")
        ]

    def __str__(self):
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
