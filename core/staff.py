"""The two kinds of staff and what each may do in the admin.

Editors write: they add and change events, releases, coverage, organisations, people and
projects (and remove the rows inside them, such as a session), but cannot publish,
unpublish or delete. Publishers may also do those three.
Publishing is a permission of its own, ``<app>.publish_<model>``, on the two models with a
draft/published status; the admin (core.admin.PublishingAdminMixin) asks for it.

``staff_groups_sync()`` is idempotent: the data migration runs it, and so does load_demo,
so that a model added later joins the groups on the next demo load or a new migration.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext_noop

EDITORS = "Editors"
PUBLISHERS = "Publishers"

# The models staff edit, by app.
EDITED_MODELS = {
    "events": ["eventseries", "event", "eventorganisation", "session", "photo", "document"],
    "pressroom": ["pressrelease", "coverage"],
    "partners": ["organisation", "person", "project", "participation"],
}
# Rows edited inline as part of another object (an event's organisers, sessions, photos and
# documents; a project's participants): removing one is editing, not deleting content.
INLINE_MODELS = {
    "events": ["eventorganisation", "session", "photo", "document"],
    "partners": ["participation"],
}
# Looked up, never edited by staff.
VIEWED_MODELS = {"partners": ["sustainabledevelopmentgoal"]}
# The models with a draft/published status, and the name of their publish permission.
PUBLISHABLE_MODELS = {
    ("events", "event"): gettext_noop("Can publish and unpublish events"),
    ("pressroom", "pressrelease"): gettext_noop("Can publish and unpublish press releases"),
}


def publish_codename(model_name: str) -> str:
    return f"publish_{model_name}"


def publish_permission(opts) -> str:
    """The permission string for a model's Meta (``opts``), e.g. 'events.publish_event'."""
    return f"{opts.app_label}.{publish_codename(opts.model_name)}"


def publish_permissions_ensure(apps=global_apps, using="default", **kwargs):
    """Create the publish permissions if missing.

    Also a post_migrate receiver (core.apps): a flush, as a backup restore or a
    transactional test does, deletes every permission, and Django recreates only the ones
    that models declare.
    """
    try:
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:  # a migration state before auth or contenttypes exist
        return
    for (app_label, model_name), name in PUBLISHABLE_MODELS.items():
        content_type, _ = ContentType.objects.db_manager(using).get_or_create(
            app_label=app_label, model=model_name
        )
        Permission.objects.db_manager(using).get_or_create(
            content_type=content_type,
            codename=publish_codename(model_name),
            defaults={"name": name},
        )


def staff_groups_sync(apps=global_apps, using="default", verbosity=0):
    """Create (or bring up to date) the publish permissions and the two groups."""
    from django.contrib.auth.management import create_permissions

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    # In a fresh database the migrations run before Django creates the default add/change/
    # delete/view permissions (post_migrate), so make them now.
    for label in {*EDITED_MODELS, *VIEWED_MODELS}:
        app_config = apps.get_app_config(label)
        if not getattr(app_config, "models_module", None):
            app_config.models_module = True  # the migration state's stand-in has none
        create_permissions(app_config, verbosity=verbosity, using=using, apps=apps)

    def permissions(app_label, model_name, actions):
        content_type, _ = ContentType.objects.db_manager(using).get_or_create(
            app_label=app_label, model=model_name
        )
        return list(
            Permission.objects.db_manager(using).filter(
                content_type=content_type,
                codename__in=[f"{action}_{model_name}" for action in actions],
            )
        )

    publish_permissions_ensure(apps=apps, using=using)
    editor_permissions = []
    publisher_permissions = []
    for app_label, model_names in EDITED_MODELS.items():
        for model_name in model_names:
            editor_permissions += permissions(app_label, model_name, ["view", "add", "change"])
            if model_name not in INLINE_MODELS.get(app_label, ()):
                publisher_permissions += permissions(app_label, model_name, ["delete"])
    for app_label, model_names in INLINE_MODELS.items():
        for model_name in model_names:
            editor_permissions += permissions(app_label, model_name, ["delete"])
    for app_label, model_names in VIEWED_MODELS.items():
        for model_name in model_names:
            editor_permissions += permissions(app_label, model_name, ["view"])
    for app_label, model_name in PUBLISHABLE_MODELS:
        publisher_permissions += permissions(app_label, model_name, ["publish"])

    editors, _ = Group.objects.db_manager(using).get_or_create(name=EDITORS)
    editors.permissions.set(editor_permissions)
    publishers, _ = Group.objects.db_manager(using).get_or_create(name=PUBLISHERS)
    publishers.permissions.set(editor_permissions + publisher_permissions)
    return {"editors": editors, "publishers": publishers}
