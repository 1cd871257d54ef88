"""`manage.py load_demo`: the demo content from shared/seeds, loaded as often as one likes
without moving anything, and demo accounts only where they cannot become a back door."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from reversion.models import Revision, Version

from website.management.commands.load_demo import DEMO_ACCOUNTS

pytestmark = pytest.mark.django_db


def every_row() -> dict[str, list]:
    """Each model's rows with every field (updated_at included), ordered by primary key."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.app_label in {"partners", "events", "pressroom"}
    }


def load_demo(*args) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def test_a_second_run_changes_nothing():
    load_demo("--no-user")
    rows, versions, revisions = every_row(), Version.objects.count(), Revision.objects.count()
    assert sum(len(r) for r in rows.values()) > 50
    assert versions > 0

    load_demo("--no-user")

    assert every_row() == rows  # no updated_at moved: sitemap dates, ETags and feeds stay
    assert (Version.objects.count(), Revision.objects.count()) == (versions, revisions)


def test_demo_accounts_are_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--allow-demo-accounts"):
        load_demo()
    assert not get_user_model().objects.exists()
    assert not apps.get_model("partners", "Organisation").objects.exists()  # nothing done


def test_with_the_flag_the_accounts_are_made_with_debug_off(settings):
    settings.DEBUG = False
    text = load_demo("--allow-demo-accounts")
    for username, password, _group, _role in DEMO_ACCOUNTS:
        assert f"user {username!r}, password {password!r}" in text
        assert get_user_model().objects.get(username=username).check_password(password)


def test_an_existing_account_keeps_its_password_and_it_is_never_printed(settings):
    settings.DEBUG = True
    own = get_user_model().objects.create_user("editor", password="the-editor-chose-this")

    text = load_demo()

    editor_password = {name: password for name, password, *_ in DEMO_ACCOUNTS}["editor"]
    assert editor_password not in text
    assert "user 'editor' exists, password unchanged" in text
    own.refresh_from_db()
    assert own.check_password("the-editor-chose-this")
    assert not own.is_staff and not own.groups.exists()  # left as it was
    # A second run sets no password either, so it prints none.
    again = load_demo()
    assert "password '" not in again
    assert again.count("exists, password unchanged") == len(DEMO_ACCOUNTS)
