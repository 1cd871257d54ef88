"""Admin plumbing every app uses: a guard for hand-written changelist lookups, publishing
kept for publishers, review of editors' changes (proposals), a styled 403, the country
picker. The admin site itself is the site layer's (website.admin)."""

from dataclasses import dataclass
from functools import wraps

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import ERROR_FLAG
from django.contrib.admin.widgets import (
    AutocompleteSelect,
    AutocompleteSelectMultiple,
    FilteredSelectMultiple,
)
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, models, transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from . import languages, moderation
from .forms import NormalisedTextField
from .models import Proposal
from .publishing import PUBLIC_MODELS, PublishingDenied, public_change


def guard_changelist(view):
    """Turn a hand-written lookup the database cannot take into the admin's own answer.

    The changelist validates filters from the query string when it builds them, but some
    fail only when the query runs: ?start_date__year=999999999999 (OverflowError), or a NUL
    byte in a value on PostgreSQL. Staff then get the list again with the admin's "?e=1"
    notice instead of a server error; the savepoint keeps the request's transaction usable.
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                # The list's queries run while the template renders: render inside the guard.
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                return response
        except (OverflowError, ValueError, DatabaseError):
            if ERROR_FLAG in request.GET:
                raise
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")

    return guarded


def publish_permission(opts) -> str:
    """The permission string for a model's Meta (``opts``), e.g. 'events.publish_event'."""
    return f"{opts.app_label}.publish_{opts.model_name}"


class PublishingAdminMixin:
    """For a model with a draft/published status (put it before VersionAdmin/ModelAdmin),
    an ``is_public`` property and a ``get_preview_url()``.

    Without the model's publish permission (``<app>.publish_<model>``, declared in the
    model's Meta.permissions) the publishing fields are read-only and the actions declared
    with ``permissions=["publish"]`` are hidden. Reverting and recovering are publishers'
    on every model: see ModerationAdminMixin.
    """

    publishing_fields = ("status",)

    def has_publish_permission(self, request):
        return request.user.has_perm(publish_permission(self.opts))

    def view_on_site(self, obj):
        # The public address of a draft is a 404; staff get its preview (core.views).
        return obj.get_absolute_url() if obj.is_public else obj.get_preview_url()

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += [name for name in self.publishing_fields if name not in readonly]
        return readonly


class RegisteredPanelsAdminMixin:
    """Panels that apps above this model's own register for its change page
    (core.registry.admin_panel_register): the IATI file of a project, which opendata/
    makes and partners/ cannot import. Shown below the form of a saved object, in
    templates/admin/moderation/change_form.html."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None and not add:
            from .registry import admin_panels

            context["admin_panels"] = [
                {
                    "key": panel.key,
                    "title": panel.title,
                    "html": panel.render(request=request, obj=obj),
                }
                for panel in admin_panels(self.model)
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)


class CountryPicker(FilteredSelectMultiple):
    """The picker in a wrapper of its own, as the admin wraps many-to-many fields: the
    picker's script puts its boxes first inside the select's parent, which would otherwise
    be the form row and push the field's label to the far side of the boxes."""

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        return format_html('<div class="related-widget-wrapper">{}</div>', html)


class CountryPickerAdminMixin:
    """Fields holding several countries get the admin's two-box picker with a filter box.

    django-countries renders them as a plain multiple select of 250 names, where a
    misplaced click without Ctrl drops every country already chosen; the picker (the one
    `filter_horizontal` uses) lets staff type "kaz", move Kazakhstan across, and see what
    is chosen.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        from django_countries.fields import CountryField

        if isinstance(db_field, CountryField) and db_field.multiple:
            kwargs["widget"] = CountryPicker(db_field.verbose_name, is_stacked=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# Autocomplete fields that survive a forged form ----------------------------------------------


def _key_fits(field, value) -> bool:
    """Whether ``value`` (as posted) is something the key column ``field`` can be asked for."""
    if value in (None, ""):
        return True
    try:
        python = field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    if isinstance(field, models.IntegerField) and isinstance(python, int):
        return -(2**63) <= python < 2**63  # SQLite and PostgreSQL raise beyond 64 bits
    return not (isinstance(python, str) and "\x00" in python)  # PostgreSQL refuses NUL


class _KnownKeysOnly:
    """Django's autocomplete widgets show a form with errors again by looking up the keys
    it was posted with, all of them: a key the column cannot take (":" for a number, a
    number over 64 bits, a NUL) raised ValueError or OverflowError while the form was
    drawn, a 500 instead of the form's own message (found by fuzzing every admin form,
    issue 15). Such keys are left out of the look-up; the field still says they are not
    a valid choice."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        opts = remote.model._meta
        target = opts.get_field(getattr(remote, "field_name", None) or opts.pk.name)
        return super().optgroups(name, [v for v in value if _key_fits(target, v)], attr)


class SafeAutocompleteSelect(_KnownKeysOnly, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(_KnownKeysOnly, AutocompleteSelectMultiple):
    pass


class SafeModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Refuses, with the field's own message, a posted key the column cannot take: Django
    looks all of them up at once, and a number over 64 bits raised OverflowError on
    SQLite (a 500) where a single choice gets "Select a valid choice"."""

    def _check_values(self, value):
        opts = self.queryset.model._meta
        target = opts.get_field(self.to_field_name) if self.to_field_name else opts.pk
        for key in value:
            if not _key_fits(target, key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        return super()._check_values(value)


#: Rows an inline takes in one save beyond those it already has.
MAX_NEW_INLINE_ROWS = 50


class ForgedFormMixin:
    """Admin forms that hold against a forged POST (ModerationAdminMixin brings it to every
    content admin; inlines with relations name it themselves):

    - the autocomplete widgets above in place of Django's, and many-to-many fields that
      refuse keys no row can have;
    - inline rows limited to those the object has plus MAX_NEW_INLINE_ROWS. Django accepts
      up to 2,000 rows an inline whatever TOTAL_FORMS says, and draws each again with its
      errors: a forged event form of 2,000 rows in each of its four inlines took 86 s
      (a killed worker) and answered 27 MB. Now "Please submit at most N forms".
    """

    def get_formsets_with_inlines(self, request, obj=None):
        for inline in self.get_inline_instances(request, obj):
            formset = inline.get_formset(request, obj)
            existing = 0
            if obj is not None and obj.pk is not None:
                existing = inline.get_queryset(request).filter(**{formset.fk.name: obj}).count()
            limit = existing + MAX_NEW_INLINE_ROWS
            own = inline.get_max_num(request, obj)
            limit = min(limit, own) if own is not None else limit
            yield inline.get_formset(request, obj, max_num=limit, absolute_max=limit), inline

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        kwargs.setdefault("form_class", SafeModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class NormalisedTextAdminMixin:
    """Text boxes that store "\n" line endings, so re-saving an unchanged text is no
    change (core.forms.NormalisedTextField). For ModelAdmins and inlines alike."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        from django.db import models

        if isinstance(db_field, models.TextField) and db_field.editable and not db_field.choices:
            kwargs.setdefault("form_class", NormalisedTextField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# Texts in three languages --------------------------------------------------------------


class MissingTranslationFilter(admin.SimpleListFilter):
    """Items with a text that exists in some language but not in the chosen one."""

    title = _lazy("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [
            (language, _lazy("missing %(language)s") % {"language": language})
            for language in languages.LANGUAGES
        ]

    def queryset(self, request, queryset):
        if self.value() in languages.LANGUAGES:
            return queryset.filter(languages.missing_q(queryset.model, self.value()))
        return queryset


class TranslatedFieldsAdminMixin:
    """Staff write every translated text (core.languages) in its three languages at once.

    Each text is one row of its language columns side by side (static/css/admin.css lays
    them out; each input says its language in ``lang``, so spelling checks and screen
    readers know it), in the order of MODELTRANSLATION_LANGUAGES; the original field is
    left out of the form. A text the model requires must be given in at least one
    language (core.languages.TranslatedTextsMixin). Lists get a column and a filter for
    what is missing in a language, and their search looks in every language. Works for
    ModelAdmins and inlines alike.
    """

    class Media:
        css = {"all": ["css/admin.css"]}  # lays the language columns out side by side

    def _translated(self) -> tuple[str, ...]:
        return languages.translated_fields(self.model)

    def _expand(self, names) -> list:
        """Field names with each translated one replaced by a row of its languages; a
        translated field sharing a row with others gets a row of its own."""
        translated = self._translated()
        expanded = []
        for name in names:
            if isinstance(name, list | tuple):
                plain = [n for n in name if n not in translated]
                rows = [self._row(n) for n in name if n in translated]
                if plain:
                    expanded.append(tuple(plain) if len(plain) > 1 else plain[0])
                expanded.extend(rows)
            elif name in translated:
                expanded.append(self._row(name))
            else:
                expanded.append(name)
        return expanded

    @staticmethod
    def _row(name) -> tuple[str, ...]:
        return tuple(languages.column(name, language) for language in languages.LANGUAGES)

    def get_fields(self, request, obj=None):
        if self.fields:
            return self._expand(self.fields)
        # Derived from the form: its language columns, grouped back into rows.
        fields, rows = [], {}
        for name in super().get_fields(request, obj):
            original = self._original_of(name)
            if original is None:
                fields.append(name)
            elif original not in rows:
                rows[original] = self._row(original)
                fields.append(rows[original])
        return fields

    def _original_of(self, name):
        if not isinstance(name, str):
            return None
        for original in self._translated():
            if name in self._row(original):
                return original
        return None

    def get_fieldsets(self, request, obj=None):
        if not self.fieldsets:
            return super().get_fieldsets(request, obj)
        return [
            (title, {**options, "fields": self._expand(options["fields"])})
            for title, options in self.fieldsets
        ]

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or ()), *self._translated()]

    def get_search_fields(self, request):
        found = []
        for lookup in super().get_search_fields(request):
            found += languages.lookup_columns(self.model, lookup)
        return found

    def get_prepopulated_fields(self, request, obj=None):
        # Slugs are made from the English text: Latin letters, one address in every language.
        translated = self._translated()
        return {
            target: [languages.column(s, "en") if s in translated else s for s in sources]
            for target, sources in super().get_prepopulated_fields(request, obj).items()
        }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = getattr(db_field, "language", None)
        original = getattr(db_field, "translated_field", None)
        if formfield is None or language is None or original is None:
            return formfield
        widget = formfield.widget
        widget.attrs["lang"] = language
        widget.attrs["class"] = " ".join(
            filter(None, [widget.attrs.get("class", ""), "translation-field"])
        )
        formfield.label = f"{capfirst(original.verbose_name)} · {languages.AUTONYMS[language]}"
        formfield.required = False
        if language != languages.LANGUAGES[0]:
            formfield.help_text = ""  # said once, under the row's first language
        return formfield

    def get_list_display(self, request):
        return [*super().get_list_display(request), "missing_translations"]

    def get_list_filter(self, request):
        return [MissingTranslationFilter, *super().get_list_filter(request)]

    @admin.display(description=_lazy("missing"))
    def missing_translations(self, obj):
        return " / ".join(languages.missing_languages(obj)) or "—"


# Review of editors' changes --------------------------------------------------------------


class _Rollback(Exception):
    """Leaves a savepoint with its changes undone, carrying the response to return."""

    def __init__(self, response):
        super().__init__()
        self.response = response


@dataclass
class _FormSave:
    """What the admin's form save did in this request (``request._lprc_form_save``)."""

    mode: str  # "direct": it goes live; "capture": it becomes a proposal
    saved: bool = False
    state: dict | None = None


def _form_save(request) -> _FormSave | None:
    return getattr(request, "_lprc_form_save", None)


class ModerationAdminMixin(NormalisedTextAdminMixin, ForgedFormMixin):
    """An editor never changes what the public sees (put it first, on a VersionAdmin).

    A publisher's save goes live through the one publishing path. An editor's save of a
    live object (a published one, or any object of a model without a draft status) runs
    the admin's normal save in a savepoint, is serialised with the rows its history
    follows, and is rolled back: it becomes the editor's proposal (one open per editor and
    object; saving again updates it), which the form shows whenever that editor opens the
    object again. New objects of models without a status are proposals too. History is
    readable by editors; only publishers revert or recover.
    """

    change_form_template = "admin/moderation/change_form.html"
    change_list_template = "admin/moderation/change_list.html"
    object_history_template = "admin/moderation/object_history.html"

    def may_publish(self, request) -> bool:
        return moderation.may_publish(request.user, self.model)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "proposal/<int:proposal_id>/",
                self.admin_site.admin_view(self.proposal_form_view),
                name="{}_{}_proposal".format(*info),
            ),
            *super().get_urls(),
        ]

    # The form ---------------------------------------------------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        obj = None
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                return super().changeform_view(request, object_id, form_url, extra_context)
        if moderation.needs_review(request.user, self.model, obj):
            proposal = None
            if obj is not None:
                proposal = moderation.open_proposal(
                    user=request.user, model=self.model, object_id=obj.pk
                )
            return self._proposal_form(request, obj, proposal, form_url, extra_context)
        return self._direct_form(request, object_id, obj, form_url, extra_context)

    def proposal_form_view(self, request, proposal_id):
        """Edit a proposed new object, which exists nowhere but in its proposal."""
        proposal = get_object_or_404(
            Proposal.objects.select_related("content_type"),
            pk=proposal_id,
            content_type=ContentType.objects.get_for_model(self.model),
            object_id__isnull=True,
        )
        if proposal.author_id != request.user.pk or not proposal.is_open:
            raise PublishingDenied(
                _("Only its author can change this proposal, and only before it is reviewed.")
            )
        return self._proposal_form(request, None, proposal, request.path, None)

    def _direct_form(self, request, object_id, obj, form_url, extra_context):
        context = {"moderation": self._moderation_context(request, obj, None, propose=False)}
        context.update(extra_context or {})
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, context)
        request._lprc_form_save = form_save = _FormSave("direct")
        try:
            with public_change(user=request.user, message=_("Saved in the admin.")):
                response = super().changeform_view(request, object_id, form_url, context)
                if not form_save.saved:
                    raise _Rollback(response)  # an invalid form: nothing to renew
        except _Rollback as nothing_saved:
            return nothing_saved.response
        return response

    def _proposal_form(self, request, obj, proposal, form_url, extra_context):
        request._lprc_form_save = form_save = _FormSave("capture")
        context = {
            "moderation": self._moderation_context(request, obj, proposal, propose=True),
        }
        context.update(extra_context or {})
        try:
            # Nothing done in here stays: not the save, not its history, not its log entry.
            with (
                transaction.atomic(),
                reversion.create_revision(manage_manually=True, atomic=False),
            ):
                object_id = None if obj is None else str(obj.pk)
                if proposal is not None:
                    loaded = self._load_proposal(request, proposal)
                    if loaded is not None:
                        object_id = str(loaded.pk)
                response = super().changeform_view(request, object_id, form_url, context)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                raise _Rollback(response)
        except _Rollback as undone:
            response = undone.response
        if form_save.state is None:
            return response  # a form shown, or shown again with its errors
        form_save.mode = "proposed"
        saved = moderation.proposal_save(
            user=request.user,
            model=self.model,
            object_id=None if obj is None else obj.pk,
            proposed=form_save.state,
            base=None if obj is None else moderation.state_of(obj),
            proposal=proposal,
        )
        return self._response_proposed(request, obj, proposal, saved)

    def _load_proposal(self, request, proposal):
        try:
            with transaction.atomic():
                return moderation.proposal_load(proposal=proposal)
        except (IntegrityError, ValidationError, ObjectDoesNotExist) as error:
            messages.warning(
                request,
                _(
                    "Your proposal no longer fits the live item (%(error)s), so the form "
                    "shows the live item. Saving replaces your proposal."
                )
                % {"error": error},
            )
            return None

    def _response_proposed(self, request, obj, previous, proposal):
        opts = self.opts
        if proposal is None:
            self.message_user(
                request,
                _("Your proposal no longer changes anything, so it was withdrawn.")
                if previous is not None
                else _("Nothing was changed, so nothing was proposed."),
                messages.INFO,
            )
            if obj is None:
                return HttpResponseRedirect(_admin_url(opts, "changelist"))
            return HttpResponseRedirect(_admin_url(opts, "change", obj.pk))
        if "_submit_proposal" in request.POST:
            moderation.proposal_submit(proposal=proposal, user=request.user)
        if proposal.status == Proposal.Status.SUBMITTED:
            text = _("Your change is saved as a proposal and awaits a publisher's review.")
        else:
            text = _(
                "Your change is saved as a proposal; the public keeps the published version. "
                "Submit it for review when it is ready."
            )
        self.message_user(request, text, messages.SUCCESS)
        if IS_POPUP_VAR in request.POST:
            return TemplateResponse(
                request,
                "admin/moderation/popup_proposed.html",
                {**self.admin_site.each_context(request), "proposal": proposal, "opts": opts},
            )
        if "_continue" in request.POST:
            return HttpResponseRedirect(proposal_edit_url(proposal))
        if "_addanother" in request.POST:
            return HttpResponseRedirect(_admin_url(opts, "add"))
        return HttpResponseRedirect(reverse("admin:core_proposal_change", args=[proposal.pk]))

    def _moderation_context(self, request, obj, proposal, *, propose):
        context = {
            "propose": propose,
            "proposal": proposal,
            "new_object": propose and obj is None,
            "may_publish": self.may_publish(request),
            "live": moderation.is_live(obj),
            "others": [],
            "rejected": None,
        }
        if obj is None:
            return context
        on_object = Proposal.objects.for_object(self.model, obj.pk).select_related(
            "author", "reviewer"
        )
        if context["may_publish"]:
            context["others"] = list(on_object.filter(status=Proposal.Status.SUBMITTED))
        else:
            context["others"] = list(on_object.open().exclude(author=request.user))
            if proposal is None:
                latest = on_object.filter(author=request.user).order_by("-updated_at").first()
                if latest is not None and latest.status == Proposal.Status.REJECTED:
                    context["rejected"] = latest
        return context

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Browsers never keep a chosen file when a form comes back with errors: say which
        # ones to choose again, or they are silently lost at the next save.
        if request.method == "POST" and request.FILES and context.get("errors"):
            names = sorted(
                {upload.name for key in request.FILES for upload in request.FILES.getlist(key)}
            )
            messages.warning(
                request,
                ngettext(
                    "Nothing was saved, and the file you chose (%(files)s) is not kept when "
                    "a form comes back with errors: choose it again before saving.",
                    "Nothing was saved, and the files you chose (%(files)s) are not kept when "
                    "a form comes back with errors: choose them again before saving.",
                    len(names),
                )
                % {"files": ", ".join(names)},
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if (form_save := _form_save(request)) is not None:
            form_save.saved = True

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form_save = _form_save(request)
        if form_save is not None and form_save.mode == "capture":
            form_save.state = moderation.state_of(form.instance)

    def message_user(self, request, *args, **kwargs):
        # The admin's "was changed successfully" would be untrue for a captured save.
        form_save = _form_save(request)
        if form_save is not None and form_save.mode == "capture":
            return None
        return super().message_user(request, *args, **kwargs)

    # History ------------------------------------------------------------------------------

    def _deny_history(self, what):
        things = self.opts.verbose_name_plural
        if what == "revert":
            text = _("Only publishers can revert %(things)s to an earlier version.")
        else:
            text = _("Only publishers can see and recover deleted %(things)s.")
        raise PublishingDenied(text % {"things": things})

    def history_view(self, request, object_id, extra_context=None):
        context = {"may_revert": self.may_publish(request)}
        context.update(extra_context or {})
        return super().history_view(request, object_id, context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self.may_publish(request):
            if request.method == "POST":
                self._deny_history("revert")
            return self.version_view(request, object_id, version_id)
        if request.method != "POST":
            return super().revision_view(request, object_id, version_id, extra_context)
        with public_change(user=request.user, message=_("Reverted to an earlier version.")):
            return super().revision_view(request, object_id, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.may_publish(request):
            self._deny_history("recover")
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_publish(request):
            self._deny_history("recover")
        if request.method != "POST":
            return super().recover_view(request, version_id, extra_context)
        with public_change(user=request.user, message=_("Recovered after deletion.")):
            return super().recover_view(request, version_id, extra_context)

    def version_view(self, request, object_id, version_id):
        """An earlier version beside the item as it is now, to read (editors' history)."""
        from reversion.models import Version

        object_id = unquote(object_id)
        version = get_object_or_404(
            Version.objects.select_related("revision", "revision__user"),
            pk=version_id,
            object_id=object_id,
            content_type=ContentType.objects.get_for_model(self.model),
        )
        obj = self.get_object(request, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        then = moderation.state_of_version(version)
        now = moderation.state_of(obj) if obj is not None else None
        changes = moderation.changes_between(self.model, then, now) if now else None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Version of %(date)s") % {"date": _when(version.revision.date_created)},
            "subtitle": version.object_repr,
            "object_id": object_id,
            "original": obj,
            "version": version,
            "changes": changes,
        }
        return TemplateResponse(request, "admin/moderation/version.html", context)

    def changelist_view(self, request, extra_context=None):
        context = {"may_recover": self.may_publish(request)}
        context.update(extra_context or {})
        return super().changelist_view(request, context)


def proposal_edit_url(proposal) -> str:
    """Where the author changes a proposal: the object's own form (which shows the
    proposal), or for a proposed new object the form of the proposal."""
    opts = proposal.model._meta
    if proposal.object_id is None:
        return _admin_url(opts, "proposal", proposal.pk)
    return _admin_url(opts, "change", proposal.object_id)


def _admin_url(opts, name, object_id=None) -> str:
    args = [] if object_id is None else [quote(object_id)]
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args)


def _when(moment) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _reviewable_types(user):
    return [
        ContentType.objects.get_for_model(model)
        for model in PUBLIC_MODELS
        if moderation.may_publish(user, model)
    ]


def proposal_counts(user) -> dict:
    """For the admin index: what awaits this user's review, and where their own stand."""
    reviewable = _reviewable_types(user)
    awaiting = (
        Proposal.objects.filter(status=Proposal.Status.SUBMITTED, content_type__in=reviewable)
        .exclude(author=user)
        .count()
        if reviewable
        else 0
    )
    mine = dict(
        Proposal.objects.filter(author=user)
        .exclude(status=Proposal.Status.APPROVED)
        .values_list("status")
        .annotate(count=Count("pk"))
    )
    return {
        "awaiting": awaiting,
        "draft": mine.get(Proposal.Status.DRAFT, 0),
        "submitted": mine.get(Proposal.Status.SUBMITTED, 0),
        "rejected": mine.get(Proposal.Status.REJECTED, 0),
    }


class KindFilter(admin.SimpleListFilter):
    """The kinds of content proposals were made for, named as staff name them."""

    title = _lazy("kind of content")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = []
        type_ids = model_admin.get_queryset(request).values_list("content_type", flat=True)
        for content_type in ContentType.objects.filter(pk__in=type_ids.distinct()):
            model = content_type.model_class()
            if model is not None:
                kinds.append((str(content_type.pk), capfirst(model._meta.verbose_name_plural)))
        return sorted(kinds, key=lambda kind: str(kind[1]))

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(content_type_id=int(value))
        return queryset


class ProposalAdmin(admin.ModelAdmin):
    """Proposed changes: each editor sees their own, publishers those they may review."""

    list_display = ["object_repr", "kind", "author", "status", "updated_at", "comment"]
    list_display_links = ["object_repr"]
    list_filter = ["status", KindFilter]
    list_select_related = ["content_type", "author", "reviewer"]
    search_fields = ["object_repr", "review_comment"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False  # proposals come from the content's own forms

    def has_change_permission(self, request, obj=None):
        return False  # the review page has actions of its own

    def has_delete_permission(self, request, obj=None):
        return False  # an author withdraws; decided proposals stay as a record

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related(*self.list_select_related)
        mine = Q(author=request.user)
        reviewable = _reviewable_types(request.user)
        if not reviewable:
            return queryset.filter(mine)
        # Others' drafts are their own until submitted.
        return queryset.filter(
            mine | Q(content_type__in=reviewable) & ~Q(status=Proposal.Status.DRAFT)
        )

    @admin.display(description=_("kind"), ordering="content_type__model")
    def kind(self, obj):
        model = obj.model
        if model is None:
            return "—"
        if obj.object_id is None:
            return _("new %(thing)s") % {"thing": model._meta.verbose_name}
        return capfirst(model._meta.verbose_name)

    @admin.display(description=_lazy("review comment"))
    def comment(self, obj):
        return obj.review_comment or "—"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        proposal = self.get_object(request, unquote(object_id))
        if proposal is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if proposal.model is None:
            raise Http404(_("This kind of content no longer exists."))
        reject_error, comment = None, ""
        if request.method == "POST":
            action = request.POST.get("action")
            try:
                return self._review(request, proposal, action)
            except ValidationError as error:
                if action != "reject":
                    messages.error(request, " ".join(error.messages))
                    return HttpResponseRedirect(request.path)
                reject_error = " ".join(error.messages)
                comment = request.POST.get("comment", "")
        return self._review_page(request, proposal, reject_error, comment)

    def _review(self, request, proposal, action):
        user = request.user
        if action == "approve":
            obj = moderation.proposal_approve(proposal=proposal, user=user)
            self.message_user(
                request,
                format_html(
                    _("Approved: “{}” is live as proposed."),
                    obj,
                ),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(self._list_url(Proposal.Status.SUBMITTED))
        if action == "reject":
            moderation.proposal_reject(
                proposal=proposal, user=user, comment=request.POST.get("comment", "")
            )
            self.message_user(
                request,
                _("Rejected. The editor sees your comment; the public keeps what it had."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(self._list_url(Proposal.Status.SUBMITTED))
        if action == "submit":
            moderation.proposal_submit(proposal=proposal, user=user)
            self.message_user(
                request,
                _("Your change is saved as a proposal and awaits a publisher's review."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(request.path)
        if action == "withdraw":
            moderation.proposal_withdraw(proposal=proposal, user=user)
            self.message_user(request, _("Your proposal is withdrawn."), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:core_proposal_changelist"))
        raise ValidationError(_("Choose approve, reject, submit or withdraw."))

    def _list_url(self, status):
        return reverse("admin:core_proposal_changelist") + f"?status__exact={status}"

    def _review_page(self, request, proposal, reject_error, comment):
        model = proposal.model
        live_obj = None
        if proposal.object_id is not None:
            live_obj = model._base_manager.filter(pk=proposal.object_id).first()
        changes = moderation.proposal_changes(proposal)
        may_review = moderation.may_publish(request.user, model)
        is_author = proposal.author_id == request.user.pk
        opts = model._meta
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Proposed new %(thing)s") % {"thing": opts.verbose_name}
            if proposal.object_id is None
            else _("Proposed change to the %(thing)s") % {"thing": opts.verbose_name},
            "subtitle": proposal.object_repr,
            "proposal": proposal,
            "thing": opts.verbose_name,
            "changes": changes,
            "live_obj": live_obj,
            "live_change_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(live_obj.pk)]
            )
            if live_obj is not None
            else None,
            "live_public_url": live_obj.get_absolute_url()
            if live_obj is not None
            and hasattr(live_obj, "get_absolute_url")
            and moderation.is_live(live_obj)
            else None,
            "may_review": may_review and proposal.status == Proposal.Status.SUBMITTED,
            "is_author": is_author,
            "edit_url": proposal_edit_url(proposal) if is_author and proposal.is_open else None,
            "reject_error": reject_error,
            "comment": comment,
        }
        return TemplateResponse(request, "admin/moderation/proposal.html", context)


# Every admin 403 a page that says why and what to do ---------------------------------------

_DENIED_BY_VIEW = {
    "delete_view": _lazy("Only publishers can delete %(things)s."),
    "revision_view": _lazy("Only publishers can revert %(things)s to an earlier version."),
    "recover_view": _lazy("Only publishers can see and recover deleted %(things)s."),
    "recoverlist_view": _lazy("Only publishers can see and recover deleted %(things)s."),
    "add_view": _lazy("You may not add %(things)s."),
    "change_view": _lazy("You may not change %(things)s."),
    "changelist_view": _lazy("You may not see the list of %(things)s."),
    "history_view": _lazy("You may not see the history of %(things)s."),
}


_NOT_PROPOSABLE = {"delete_view", "recover_view", "recoverlist_view"}


def explain_permission_denied(view, admin_site):
    """An admin view whose PermissionDenied becomes a page in the admin's own look that
    says why (the exception's message, or what the view was for) and what to do. The
    savepoint undoes whatever the view wrote before it refused."""

    @wraps(view)
    def explained(request, *args, **kwargs):
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except PermissionDenied as denied:
            return permission_denied_page(request, admin_site, view, denied, args, kwargs)

    return explained


def permission_denied_page(request, admin_site, view, denied, args, kwargs):
    model_admin = getattr(view, "__self__", None)
    opts = getattr(model_admin, "opts", None)
    reason = str(denied) if denied.args and str(denied) else ""
    change_url = None
    publishers = []
    if opts is not None:
        if not reason and view.__name__ in _DENIED_BY_VIEW:
            reason = _DENIED_BY_VIEW[view.__name__] % {"things": opts.verbose_name_plural}
        object_id = kwargs.get("object_id") or (args[0] if args else None)
        if view.__name__ in ("revision_view", "history_view", "change_view") and object_id:
            change_url = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[object_id]
            )
        model = opts.model
        perm = (
            f"{opts.app_label}.publish_{opts.model_name}"
            if moderation.declares_publish_permission(model)
            else moderation.PUBLISH_CONTENT
        )
        publishers = list(
            get_user_model()
            .objects.with_perm(
                perm,
                is_active=True,
                include_superusers=False,
                # Where permissions live; django-axes, the other backend, holds none.
                backend="django.contrib.auth.backends.ModelBackend",
            )
            .filter(is_staff=True)
            .order_by("username")[:10]
        )
    context = {
        **admin_site.each_context(request),
        "title": _("Not allowed"),
        "reason": reason or _("You do not have permission to do this."),
        "opts": opts,
        "change_url": change_url,
        # A deletion or a recovery is not something an editor can propose.
        "can_propose": getattr(view, "__name__", "") not in _NOT_PROPOSABLE,
        "publishers": publishers,
    }
    return TemplateResponse(request, "admin/403.html", context, status=403)


class PublicChangeAdminMixin:
    """Deletes from the admin, of one object or of those selected in the list, go through
    the publishing path (core.publishing.public_change): one transaction, who and why in
    the history, and the public pages renewed on every process with the commit. The
    admin's own LogEntry records each deletion; a deleted object stays recoverable from
    its last version."""

    def delete_model(self, request, obj):
        message = gettext("Deleted “%(object)s”.") % {"object": obj}
        with public_change(user=request.user, message=message):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        count = queryset.count()
        message = ngettext(
            "Deleted %(count)d %(name)s.", "Deleted %(count)d %(name_plural)s.", count
        ) % {
            "count": count,
            "name": self.opts.verbose_name,
            "name_plural": self.opts.verbose_name_plural,
        }
        with public_change(user=request.user, message=message):
            super().delete_queryset(request, queryset)
