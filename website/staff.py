"""The two kinds of staff and what each may do in the admin.

Editors write: they add and change draft events and releases, and propose changes to what
is public (core.moderation), but cannot publish, unpublish, delete, revert or recover.
Publishers may also do those, and review editors' proposals.
Publishing is a permission of its own, ``<app>.publish_<model>``, declared in the Meta of
the models with a draft/published status; the admin (core.admin.PublishingAdminMixin)
asks for it.

The groups are brought up to date after every ``migrate``, once Django has created the
permissions the models declare: ``staff_groups_sync()`` only gives existing permissions to
the groups; load_demo runs it too.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
PUBLISHERS = "Publishers"

# The models staff edit, by app.
EDITED_MODELS = {
    "events": [
        "eventseries",
        "event",
        "eventorganisation",
        "participantcount",
        "quote",
        "session",
        "photo",
        "document",
    ],
    "pressroom": ["pressrelease", "coverage"],
    "partners": [
        "organisation",
        "person",
        "project",
        "participation",
        "source",
        "fundervisibility",
    ],
}
# Rows edited inline as part of another object (an event's organisers, sessions, photos and
# documents; a project's participants): removing one is editing, not deleting content.
INLINE_MODELS = {
    "events": [
        "eventorganisation",
        "participantcount",
        "quote",
        "session",
        "photo",
        "document",
    ],
    "partners": ["participation", "fundervisibility"],
}
# Looked up, never edited by staff.
VIEWED_MODELS = {"partners": ["sustainabledevelopmentgoal"]}
# The models with a draft/published status: publishers hold their publish_<model>.
PUBLISHABLE_MODELS = [("events", "event"), ("pressroom", "pressrelease")]
# Content without a status (organisations, people, projects, coverage, series) is public as
# soon as it exists: publishers change it directly and review editors' proposals for it.
PUBLISHER_EXTRA_PERMISSIONS = [("core", "publish_content")]


def staff_groups_sync(apps=global_apps, using="default"):
    """Create (or bring up to date) the two groups from the permissions that exist."""
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    available = {
        (perm.content_type.app_label, perm.codename): perm
        for perm in Permission.objects.db_manager(using).select_related("content_type")
    }

    def permissions(app_label, model_name, actions):
        return [
            available[(app_label, f"{action}_{model_name}")]
            for action in actions
            if (app_label, f"{action}_{model_name}") in available
        ]

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
    for app_label, codename in PUBLISHER_EXTRA_PERMISSIONS:
        if (app_label, codename) in available:
            publisher_permissions.append(available[(app_label, codename)])

    editors, _ = Group.objects.db_manager(using).get_or_create(name=EDITORS)
    editors.permissions.set(editor_permissions)
    publishers, _ = Group.objects.db_manager(using).get_or_create(name=PUBLISHERS)
    publishers.permissions.set(editor_permissions + publisher_permissions)
    return {"editors": editors, "publishers": publishers}


def staff_groups_after_migrate(app_config, using="default", apps=global_apps, plan=None, **kwargs):
    """post_migrate receiver: runs once per ``migrate``, after the last app with models has
    had its permissions created (Django sends post_migrate per app, in INSTALLED_APPS
    order). Not after a flush (no ``plan``): what follows a flush brings its own groups (a
    backup restore, a test's serialized rollback), and making them here would collide."""
    if plan is None:
        return
    with_models = [config for config in global_apps.get_app_configs() if config.models_module]
    if not with_models or app_config.label != with_models[-1].label:
        return
    try:
        apps.get_model("auth", "Group")
    except LookupError:
        return
    staff_groups_sync(apps=apps, using=using)
