"""Signed-in clients in the roles staff really have (website.staff), never a superuser."""

from django.contrib.auth import get_user_model
from django.test import Client

from website.staff import EDITORS, PUBLISHERS, staff_groups_sync


def client_as(role: str, username: str | None = None) -> Client:
    """A fresh client signed in as a member of ``role`` (EDITORS or PUBLISHERS)."""
    groups = staff_groups_sync()
    group = groups["editors"] if role == EDITORS else groups["publishers"]
    user = get_user_model().objects.create_user(
        username=username or role.lower(), password="a-long-test-password", is_staff=True
    )
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


__all__ = ["EDITORS", "PUBLISHERS", "client_as"]
