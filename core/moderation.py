"""Review of editors' changes: an editor never changes what the public sees.

An editor's save of public content (a published event or release, or any organisation,
person, project, coverage item or series, which are public as soon as they exist) is
captured as a ``Proposal``: the admin runs its normal save inside a savepoint, the state is
serialised here, and the savepoint is rolled back (core.admin.ModerationAdminMixin). A
publisher then sees what changed and approves it, which applies it through the one
publishing path (core.publishing.public_change), or rejects it with a comment.

A state is the object and the inline rows its history follows (the reverse foreign keys
given to core.publishing.register(..., follow=...)), each as Django's JSON serializer
writes it: ``{"object": {...}, "rows": {"sessions": [{...}, ...], ...}}``.

Approval applies the *difference* between the state the editor saved and the live state
it was made from (a three-way merge): fields and rows the editor did not touch keep their
live values, so a download count, a status a publisher changed, or a row a publisher added
meanwhile are never rolled back by an older proposal.
"""

import difflib
import json
from dataclasses import dataclass, field

from django.contrib.admin.models import ADDITION, CHANGE
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ImproperlyConfigured, ObjectDoesNotExist, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.formats import date_format, localize, number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .languages import translated_fields
from .models import Proposal
from .publishing import PublishingDenied, can_publish, log_action, public_change

# Content without a status of its own goes public as soon as it exists; publishing it
# (and reviewing proposals for it) takes this permission (core.Proposal's Meta).
PUBLISH_CONTENT = "core.publish_content"


# Who may publish what --------------------------------------------------------------------


def has_status(model) -> bool:
    """Whether ``model`` has a draft stage of its own (a ``status`` with a draft value)."""
    try:
        status = model._meta.get_field("status")
    except Exception:
        return False
    return "draft" in {value for value, _label in status.choices or ()}


def is_live(obj) -> bool:
    """Whether the public sees (or will see, once its time comes) this object's content.

    Anything not a draft counts, so a scheduled release is live too: an editor's change to
    it would otherwise go public at its publish time without review.
    """
    if obj is None or obj.pk is None:
        return False
    if has_status(type(obj)):
        return obj.status != "draft"
    return True


def declares_publish_permission(model) -> bool:
    codename = f"publish_{model._meta.model_name}"
    return any(name == codename for name, _label in model._meta.permissions)


def may_publish(user, model) -> bool:
    """Whether ``user`` changes ``model``'s public content directly (and reviews proposals
    for it): the model's own publish_<model> permission where it declares one, otherwise
    core.publish_content."""
    if user is None or not user.is_active:
        return False
    if declares_publish_permission(model):
        return can_publish(user, model)
    return user.has_perm(PUBLISH_CONTENT)


def needs_review(user, model, obj=None) -> bool:
    """Whether a save by ``user`` of ``obj`` (None for a new one) must become a proposal."""
    if may_publish(user, model):
        return False
    if obj is None:
        # A new item with a status starts as a draft, which the public never sees.
        return not has_status(model)
    return is_live(obj)


# States -----------------------------------------------------------------------------------


def followed_relations(model) -> list[tuple[str, models.ForeignKey]]:
    """The inline rows that belong to an object of ``model``, as (accessor, foreign key):
    the reverse relations its history follows."""
    from reversion.revisions import _get_options  # the follow list reversion keeps

    relations = []
    for name in _get_options(model).follow:
        relation = model._meta.get_field(name)
        if not (relation.one_to_many and relation.auto_created):
            raise ImproperlyConfigured(
                f"{model._meta.label}.{name}: proposals follow reverse foreign keys only."
            )
        relations.append((name, relation.field))
    return relations


def _entry(obj) -> dict:
    return json.loads(serializers.serialize("json", [obj]))[0]


def _rows_of(fk, parent_pk):
    ordering = fk.model._meta.ordering or ["pk"]
    return fk.model._base_manager.filter(**{fk.attname: parent_pk}).order_by(*ordering, "pk")


def state_of(obj) -> dict:
    """The object as stored now, with the rows its history follows."""
    model = type(obj)
    obj = model._base_manager.get(pk=obj.pk)
    return {
        "object": _entry(obj),
        "rows": {
            name: [_entry(row) for row in _rows_of(fk, obj.pk)]
            for name, fk in followed_relations(model)
        },
    }


def state_of_version(version) -> dict:
    """A reversion Version of an object, with the followed rows saved in its revision."""
    model = version._model
    entry = json.loads(version.serialized_data)[0]
    rows: dict[str, list] = {}
    siblings = list(version.revision.version_set.exclude(pk=version.pk))
    for name, fk in followed_relations(model):
        content_type = ContentType.objects.get_for_model(fk.model)
        rows[name] = [
            row
            for sibling in siblings
            if sibling.content_type_id == content_type.pk
            for row in json.loads(sibling.serialized_data)
            if str(row["fields"].get(fk.name)) == str(version.object_id)
        ]
    return {"object": entry, "rows": rows}


def _skipped_fields(model) -> set[str]:
    """Fields a save sets by itself: never part of what someone changed. A translated
    text's original column is one (core.languages): the save fills it from the language
    columns (``title_ru``, ``title_kk``, ``title_en``), which are what staff change,
    propose and review; applying the original would write its text into the column of
    whatever language the reviewer's admin is in."""
    return {
        f.name
        for f in model._meta.concrete_fields
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    } | set(translated_fields(model))


def _same(a, b) -> bool:
    if a in (None, "") and b in (None, ""):
        # An empty text is stored as either (a language column a form saved, or not yet).
        return True
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    if isinstance(a, str) and isinstance(b, str):
        # Browsers post a textarea's line breaks as CRLF: a re-saved text is not a change.
        return a.replace("\r\n", "\n") == b.replace("\r\n", "\n")
    return a == b


def _changed_fields(model, old: dict, new: dict) -> dict:
    skipped = _skipped_fields(model)
    return {
        name: value
        for name, value in new.items()
        if name not in skipped and not _same(old.get(name), value)
    }


@dataclass
class RowsPatch:
    added: list[dict] = field(default_factory=list)
    removed: list = field(default_factory=list)
    changed: dict = field(default_factory=dict)  # pk -> {field: value}

    def __bool__(self):
        return bool(self.added or self.removed or self.changed)


@dataclass
class Patch:
    """What an editor changed: the fields, and the rows added, removed and changed."""

    new: bool
    entry: dict
    fields: dict
    rows: dict[str, RowsPatch]

    def __bool__(self):
        return self.new or bool(self.fields) or any(self.rows.values())


def patch_between(model, base: dict | None, proposed: dict) -> Patch:
    old_fields = base["object"]["fields"] if base else {}
    rows = {}
    for name, fk in followed_relations(model):
        row_model = fk.model
        old_rows = {row["pk"]: row for row in (base["rows"].get(name, []) if base else [])}
        new_rows = proposed["rows"].get(name, [])
        new_pks = {row["pk"] for row in new_rows}
        patch = RowsPatch()
        for row in new_rows:
            if row["pk"] not in old_rows:
                patch.added.append(row)
                continue
            changed = _changed_fields(row_model, old_rows[row["pk"]]["fields"], row["fields"])
            changed.pop(fk.name, None)
            if changed:
                patch.changed[row["pk"]] = changed
        patch.removed = [pk for pk in old_rows if pk not in new_pks]
        rows[name] = patch
    return Patch(
        new=base is None,
        entry=proposed["object"],
        fields=_changed_fields(model, old_fields, proposed["object"]["fields"]),
        rows=rows,
    )


def patch_of(proposal) -> Patch:
    return patch_between(proposal.model, proposal.base_data, proposal.data)


def _deserialized(entry):
    return next(serializers.deserialize("python", [entry], ignorenonexistent=True))


def _set_fields(obj, deserialized, names) -> dict:
    """Copy the named fields from a deserialized object; returns the many-to-many ones."""
    m2m = {}
    for name in names:
        try:
            model_field = obj._meta.get_field(name)
        except Exception:
            continue  # a field since removed from the model
        if model_field.many_to_many:
            if name in deserialized.m2m_data:
                m2m[name] = deserialized.m2m_data[name]
        elif isinstance(model_field, models.FileField):
            setattr(obj, name, getattr(deserialized.object, name).name)
        else:
            setattr(obj, model_field.attname, getattr(deserialized.object, model_field.attname))
    return m2m


def _file_fields(model) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def _validate(obj, exclude=()):
    # Uploads were checked by content when the editor saved them; not again from storage.
    obj.full_clean(exclude=[*_file_fields(type(obj)), *exclude])


def _free(model, pk) -> bool:
    return pk is not None and not model._base_manager.filter(pk=pk).exists()


def _insert(deserialized, model, *, validate, exclude=()):
    """Save a row or object new in the proposal. It keeps the key it had when captured if
    that is still free, so a form opened on the proposal posts back to the same rows."""
    obj = deserialized.object
    if not _free(model, obj.pk):
        obj.pk = None
    obj._state.adding = True
    if validate:
        _validate(obj, exclude)
    obj.save(force_insert=True)
    for name, values in deserialized.m2m_data.items():
        getattr(obj, name).set(values)
    return obj


def _lowering_first(model, live: dict, changed: dict) -> list:
    """Changed rows, those that lower a number first: rules that add rows up (the budget
    check at every participation's save) must never see a raise before the matching cut,
    as the admin's own formset orders them."""

    def lowers(item) -> bool:
        pk, fields = item
        row = live.get(pk)
        if row is None:
            return False
        for name, value in fields.items():
            field = model._meta.get_field(name)
            if isinstance(field, models.DecimalField | models.IntegerField) and value is not None:
                old = getattr(row, field.attname)
                if old is not None and field.to_python(value) < old:
                    return True
        return False

    return sorted(changed.items(), key=lambda item: not lowers(item))


def patch_apply(model, object_id, patch: Patch, *, validate: bool):
    """Apply a proposal's changes to the database and return the object.

    With ``validate`` (an approval) the model's rules run first and a ValidationError says
    what no longer holds; without (loading a proposal into the form that edits it) the
    admin form validates what the editor posts.
    """
    if patch.new:
        obj = _insert(_deserialized(patch.entry), model, validate=validate)
    else:
        obj = model._base_manager.select_for_update().get(pk=object_id)
        m2m = _set_fields(obj, _deserialized(patch.entry), patch.fields)
        if patch.fields:
            if validate:
                _validate(obj)
            obj.save()
        for name, values in m2m.items():
            getattr(obj, name).set(values)
    for name, fk in followed_relations(model):
        rows = patch.rows.get(name)
        if not rows:
            continue
        row_model = fk.model
        live = {row.pk: row for row in _rows_of(fk, obj.pk)}
        for pk in rows.removed:
            if pk in live:
                live.pop(pk).delete()
        for pk, fields in _lowering_first(row_model, live, rows.changed):
            row = live.get(pk)
            if row is None:
                continue  # removed on the live item meanwhile: nothing left to change
            entry = {"model": row_model._meta.label_lower, "pk": pk, "fields": fields}
            m2m = _set_fields(row, _deserialized(entry), fields)
            if validate:
                _validate(row)
            row.save()
            for m2m_name, values in m2m.items():
                getattr(row, m2m_name).set(values)
        for entry in rows.added:
            entry = {**entry, "fields": {**entry["fields"], fk.name: obj.pk}}
            _insert(_deserialized(entry), row_model, validate=validate)
    return obj


# Proposals --------------------------------------------------------------------------------


def open_proposal(*, user, model, object_id):
    if object_id is None:
        return None
    return (
        Proposal.objects.open()
        .for_object(model, object_id)
        .filter(author=user)
        .select_related("content_type")
        .first()
    )


def proposal_load(*, proposal) -> models.Model:
    """Put a proposal's state into the database, for a form to edit it (the caller runs
    this in a savepoint it rolls back)."""
    return patch_apply(proposal.model, proposal.object_id, patch_of(proposal), validate=False)


def proposal_save(*, user, model, object_id, proposed: dict, base: dict | None, proposal=None):
    """Record what an editor saved. Returns the proposal, or None when the save changes
    nothing (an open proposal that no longer changes anything is withdrawn)."""
    if not patch_between(model, base, proposed):
        if proposal is not None:
            proposal.delete()
        return None
    instance = _deserialized(proposed["object"]).object
    created = proposal is None
    if created:
        proposal = Proposal(
            content_type=ContentType.objects.get_for_model(model),
            object_id=None if object_id is None else str(object_id),
            author=user,
        )
    proposal.object_repr = _text(instance)[:300]
    proposal.data = proposed
    proposal.base_data = base
    proposal.save()
    # In the editor's "Recent actions", linking to the proposal (the item itself is unchanged).
    log_action(
        user=user,
        obj=proposal,
        flag=ADDITION if created else CHANGE,
        message=_("Proposed a change.") if created else _("Changed the proposal."),
    )
    return proposal


def proposal_submit(*, proposal, user) -> None:
    if proposal.author_id != user.pk:
        raise PublishingDenied(_("Only its author can submit this proposal."))
    if not proposal.is_open:
        raise ValidationError(_("This proposal has already been reviewed."))
    if proposal.status != Proposal.Status.SUBMITTED:
        proposal.status = Proposal.Status.SUBMITTED
        proposal.submitted_at = timezone.now()
        proposal.save(update_fields=["status", "submitted_at", "updated_at"])


def proposal_withdraw(*, proposal, user) -> None:
    """An author takes back an open proposal; its uploads stay in storage, unreferenced."""
    if proposal.author_id != user.pk:
        raise PublishingDenied(_("Only its author can withdraw this proposal."))
    if not proposal.is_open:
        raise ValidationError(_("This proposal has already been reviewed."))
    proposal.delete()


def _check_reviewer(proposal, user):
    model = proposal.model
    if not may_publish(user, model):
        raise PublishingDenied(
            _(
                "Only publishers can approve or reject changes to %(things)s. Ask a "
                "publisher to review it."
            )
            % {"things": model._meta.verbose_name_plural}
        )


def _lock_for_review(proposal):
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != Proposal.Status.SUBMITTED:
        raise ValidationError(_("Only a proposal awaiting review can be approved or rejected."))
    return locked


def proposal_approve(*, proposal, user):
    """Apply the proposal to the live content through the one publishing path. Raises
    ValidationError (with the model's own messages) when it no longer applies."""
    _check_reviewer(proposal, user)
    model = proposal.model
    author = proposal.author.get_username() if proposal.author else _("a former editor")
    message = _("Approved the change proposed by %(author)s.") % {"author": author}
    try:
        with public_change(user=user, message=message):
            proposal = _lock_for_review(proposal)
            patch = patch_of(proposal)
            if not patch.new and not model._base_manager.filter(pk=proposal.object_id).exists():
                raise ValidationError(_("The item this proposal changes has been deleted."))
            obj = patch_apply(model, proposal.object_id, patch, validate=True)
            log_action(user=user, obj=obj, flag=ADDITION if patch.new else CHANGE, message=message)
            proposal.status = Proposal.Status.APPROVED
            proposal.object_id = str(obj.pk)
            proposal.object_repr = _text(obj)[:300]
            proposal.reviewer = user
            proposal.reviewed_at = timezone.now()
            proposal.save()
    except IntegrityError as error:
        raise ValidationError(
            _("It clashes with what is live now (%(error)s).") % {"error": error}
        ) from error
    return obj


def proposal_reject(*, proposal, user, comment: str) -> None:
    _check_reviewer(proposal, user)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(
            _("Say why in the comment: the editor sees it and can change the proposal.")
        )
    with transaction.atomic():
        proposal = _lock_for_review(proposal)
        proposal.status = Proposal.Status.REJECTED
        proposal.review_comment = comment
        proposal.reviewer = user
        proposal.reviewed_at = timezone.now()
        proposal.save()
        log_action(user=user, obj=proposal, flag=CHANGE, message=_("Rejected: %s") % comment)


# What changed, for people ----------------------------------------------------------------


@dataclass
class Cell:
    text: str = ""
    html: str | None = None
    url: str | None = None
    image: bool = False

    @property
    def empty(self):
        return not self.text and not self.html


@dataclass
class FieldChange:
    label: str
    old: Cell
    new: Cell


@dataclass
class RowChange:
    kind: str  # "added", "removed", "changed"
    title: str
    fields: list[FieldChange]


@dataclass
class RelationChanges:
    label: str
    rows: list[RowChange]
    unchanged: int


@dataclass
class Changes:
    fields: list[FieldChange]
    relations: list[RelationChanges]
    unchanged_fields: int
    conflicts: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.fields) or any(r.rows for r in self.relations)

    @property
    def changed_relations(self):
        return [relation for relation in self.relations if relation.rows]

    @property
    def unchanged_relations(self):
        return [relation.label for relation in self.relations if not relation.rows]


def _text(obj) -> str:
    try:
        return str(obj)
    except Exception:  # a __str__ that follows a link to something gone
        return f"{capfirst(obj._meta.verbose_name)} #{obj.pk}"


def _related_texts(model, pks) -> list[str]:
    objects = model._base_manager.in_bulk([pk for pk in pks if pk is not None])
    return [
        _text(objects[pk]) if pk in objects else _("#%s (deleted)") % pk
        for pk in pks
        if pk is not None
    ]


def _cell(model_field, deserialized) -> Cell:
    obj = deserialized.object
    if model_field.many_to_many:
        pks = deserialized.m2m_data.get(model_field.name, [])
        return Cell(", ".join(_related_texts(model_field.related_model, pks)))
    value = getattr(obj, model_field.attname)
    if value in (None, ""):
        return Cell()
    if model_field.many_to_one or model_field.one_to_one:
        return Cell(_related_texts(model_field.related_model, [value])[0])
    if isinstance(model_field, models.FileField):
        file = getattr(obj, model_field.name)
        try:
            url = file.url
        except Exception:
            url = None
        return Cell(
            file.name.rsplit("/", 1)[-1],
            url=url,
            image=isinstance(model_field, models.ImageField),
        )
    shown = getattr(obj, model_field.name)
    if getattr(model_field, "multiple", False):  # several countries
        return Cell(", ".join(str(getattr(item, "name", item)) for item in shown))
    if hasattr(shown, "code") and hasattr(shown, "name"):  # a country
        return Cell(str(shown.name))
    if model_field.choices:
        return Cell(str(getattr(obj, f"get_{model_field.name}_display")()))
    if isinstance(model_field, models.BooleanField):
        return Cell(_("Yes") if value else _("No"))
    if isinstance(model_field, models.DateTimeField):
        return Cell(date_format(timezone.localtime(value), "DATETIME_FORMAT"))
    if isinstance(model_field, models.DateField):
        return Cell(date_format(value, "DATE_FORMAT"))
    if isinstance(model_field, models.DecimalField):  # money: 739,000.00
        return Cell(number_format(shown, model_field.decimal_places, force_grouping=True))
    return Cell(str(localize(shown)))


def _word_diff(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, words taken out marked <del> in the old, put in marked <ins>."""
    old_words, new_words = old.split(" "), new.split(" ")
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        old_part = escape(" ".join(old_words[a1:a2]))
        new_part = escape(" ".join(new_words[b1:b2]))
        if op == "equal":
            old_html.append(old_part)
            new_html.append(new_part)
            continue
        if a2 > a1:
            old_html.append(f"<del>{old_part}</del>")
        if b2 > b1:
            new_html.append(f"<ins>{new_part}</ins>")
    # Every word went through escape() above; only our own tags are added.
    return (
        mark_safe(" ".join(old_html).replace("\n", "<br>")),
        mark_safe(" ".join(new_html).replace("\n", "<br>")),
    )


def _field_changes(model, old_entry, new_entry, names=None) -> list[FieldChange]:
    old = _deserialized(old_entry) if old_entry else None
    new = _deserialized(new_entry) if new_entry else None
    skipped = _skipped_fields(model)
    changes = []
    for model_field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        name = model_field.name
        if model_field.primary_key or name in skipped or not model_field.serialize:
            continue
        if names is not None and name not in names:
            continue
        old_value = old_entry["fields"].get(name) if old_entry else None
        new_value = new_entry["fields"].get(name) if new_entry else None
        if old_entry and new_entry and _same(old_value, new_value):
            continue
        old_cell = _cell(model_field, old) if old else Cell()
        new_cell = _cell(model_field, new) if new else Cell()
        if old_cell.empty and new_cell.empty:
            continue
        if (
            isinstance(model_field, models.TextField | models.CharField)
            and not model_field.choices
            and old
            and new
            and not old_cell.empty
            and not new_cell.empty
        ):
            old_cell.html, new_cell.html = _word_diff(old_cell.text, new_cell.text)
        changes.append(FieldChange(str(capfirst(model_field.verbose_name)), old_cell, new_cell))
    return changes


def state_merge(model, live: dict | None, patch: Patch) -> dict:
    """What approving would make of the live state (the same merge as patch_apply)."""
    if patch.new or live is None:
        return {"object": patch.entry, "rows": {n: r.added for n, r in patch.rows.items()}}
    merged = {
        "object": {**live["object"], "fields": {**live["object"]["fields"], **patch.fields}},
        "rows": {},
    }
    for name, rows in live["rows"].items():
        row_patch = patch.rows.get(name) or RowsPatch()
        kept = []
        for row in rows:
            if row["pk"] in row_patch.removed:
                continue
            changed = row_patch.changed.get(row["pk"])
            kept.append({**row, "fields": {**row["fields"], **changed}} if changed else row)
        merged["rows"][name] = kept + list(row_patch.added)
    return merged


def changes_between(model, old: dict | None, new: dict) -> Changes:
    """Fields and inline rows side by side, old | new, for every model."""
    fields = _field_changes(model, old["object"] if old else None, new["object"])
    countable = [
        f
        for f in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if not f.primary_key and f.serialize and f.name not in _skipped_fields(model)
    ]
    relations = []
    for name, fk in followed_relations(model):
        row_model = fk.model
        old_rows = {row["pk"]: row for row in (old["rows"].get(name, []) if old else [])}
        new_rows = new["rows"].get(name, [])
        new_pks = {row["pk"] for row in new_rows}
        rows, unchanged = [], 0
        for row in new_rows:
            before = old_rows.get(row["pk"])
            if before is None:
                title = _text(_deserialized(row).object)
                row_fields = _field_changes(row_model, None, row)
                rows.append(RowChange("added", title, _without(row_fields, fk)))
                continue
            row_fields = _without(_field_changes(row_model, before, row), fk)
            if row_fields:
                rows.append(RowChange("changed", _text(_deserialized(row).object), row_fields))
            else:
                unchanged += 1
        for pk, row in old_rows.items():
            if pk not in new_pks:
                title = _text(_deserialized(row).object)
                rows.append(
                    RowChange("removed", title, _without(_field_changes(row_model, row, None), fk))
                )
        relations.append(
            RelationChanges(str(capfirst(row_model._meta.verbose_name_plural)), rows, unchanged)
        )
    return Changes(fields, relations, unchanged_fields=len(countable) - len(fields))


def _without(changes, fk):
    label = str(capfirst(fk.verbose_name))
    return [change for change in changes if change.label != label]


def proposal_changes(proposal, *, live: dict | None = None) -> Changes:
    """What approving the proposal changes on the live item, with the fields that someone
    changed on the live item after the proposal was written (approval overrides those)."""
    model = proposal.model
    patch = patch_of(proposal)
    if live is None and not patch.new:
        try:
            live = state_of(model._base_manager.get(pk=proposal.object_id))
        except ObjectDoesNotExist:
            live = None
    if proposal.status == Proposal.Status.APPROVED:
        # Decided: show what it changed then, not a merge with today's item.
        return changes_between(model, proposal.base_data, proposal.data)
    merged = state_merge(model, live, patch)
    changes = changes_between(model, live if not patch.new else None, merged)
    if live and proposal.base_data:
        base_fields = proposal.base_data["object"]["fields"]
        live_fields = live["object"]["fields"]
        for name in patch.fields:
            if not _same(base_fields.get(name), live_fields.get(name)):
                changes.conflicts.append(str(capfirst(model._meta.get_field(name).verbose_name)))
    return changes
