"""Plumbing models: nothing here is content; each model serves one mechanism in core
(the content version every process reads, editors' proposed changes)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ProposalQuerySet(models.QuerySet):
    def open(self):
        """Not yet decided: a draft its author still works on, or one awaiting review."""
        return self.filter(status__in=Proposal.OPEN)

    def for_object(self, model, object_id):
        return self.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=str(object_id)
        )


class Proposal(models.Model):
    """An editor's change to public content, kept aside until a publisher approves it.

    ``data`` is the state the editor saved (the object and the inline rows its history
    follows, each as Django's JSON serializer writes it); ``base_data`` is the live state it
    was made from. Approval applies what the editor changed between the two to the live
    object (core.moderation), so what others changed meanwhile on other fields stays.
    A proposed new object has no ``object_id`` until it is approved.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Awaiting review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    OPEN = (Status.DRAFT, Status.SUBMITTED)

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("kind of content")
    )
    # None, not "": a proposed new object has no id yet (and the one-open-per-author
    # constraint must not apply to it).
    object_id = models.CharField(  # noqa: DJ001 - see above
        _("object id"), max_length=191, null=True, blank=True
    )
    object_repr = models.CharField(_("item"), max_length=300)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="proposals",
        verbose_name=_("author"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    data = models.JSONField(_("proposed state"))
    base_data = models.JSONField(_("state it was based on"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        # Content without a draft status of its own (organisations, people, projects,
        # coverage, series) has no publish_<model> permission; this one stands for it.
        permissions = [
            ("publish_content", _("Can publish changes to content without a draft status")),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id", "status"], name="proposal_object"),
            models.Index(fields=["status", "-updated_at"], name="proposal_status"),
        ]
        constraints = [
            # Saving the same form again updates the open proposal instead of adding one.
            models.UniqueConstraint(
                fields=["content_type", "object_id", "author"],
                condition=Q(status__in=["draft", "submitted"], object_id__isnull=False),
                name="proposal_one_open_per_author",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted", "approved", "rejected"]),
                name="proposal_status_valid",
            ),
        ]

    def __str__(self):
        return self.object_repr

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @property
    def model(self):
        return self.content_type.model_class()


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


class AccountLock(models.Model):
    """Sign-in to one account paused for new addresses: wrong passwords for it came from
    many addresses (core.signin). One row per episode, kept so that the account's owner
    hears of it: by mail when it starts, in the admin at their next sign-in."""

    username = models.CharField(_("user name"), max_length=255, db_index=True)
    started_at = models.DateTimeField(_("started"))
    last_failure_at = models.DateTimeField(_("last wrong password"))
    failures = models.PositiveIntegerField(_("wrong passwords"))
    addresses = models.PositiveIntegerField(_("addresses they came from"))
    mailed = models.BooleanField(_("owner told by mail"), default=False)
    seen_at = models.DateTimeField(_("owner told in the admin"), null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("account lock")
        verbose_name_plural = _("account locks")

    def __str__(self):
        return f"{self.username} ({self.started_at:%Y-%m-%d %H:%M})"
