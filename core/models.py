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
