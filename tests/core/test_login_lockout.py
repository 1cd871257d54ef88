"""Brute-force protection of the admin login (django-axes)."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        username="editor", password=PASSWORD, is_staff=True
    )


def sign_in(client, password, username="editor", address="203.0.113.7", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
        **headers,
    )


def test_wrong_passwords_lock_the_login_and_the_right_one_is_refused_until_reset(client, editor):
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        response = sign_in(client, "wrong-password")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()

    locked = sign_in(client, "wrong-password")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Sign-in locked" in page
    assert f"sign-in is locked after {limit} wrong passwords" in page

    # The right password no longer helps: the lock holds and no session is opened.
    refused = sign_in(client, PASSWORD)
    assert refused.status_code == 429
    assert "Sign-in locked" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302

    call_command("axes_reset_username", "editor", verbosity=0)
    welcome = sign_in(client, PASSWORD)
    assert welcome.status_code == 302
    assert welcome["Location"] == reverse("admin:index")
    assert "LPRC site administration" in client.get(reverse("admin:index")).content.decode()


def test_a_lock_from_one_address_does_not_lock_the_editor_out_elsewhere(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong-password", address="198.51.100.66")
    assert sign_in(client, PASSWORD, address="198.51.100.66").status_code == 429
    assert sign_in(client, PASSWORD, address="203.0.113.7").status_code == 302


def test_a_successful_login_clears_earlier_failures(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 302


def test_only_staff_accounts_may_sign_in_to_the_admin(client, django_user_model):
    django_user_model.objects.create_user(username="reader", password=PASSWORD, is_staff=False)
    response = sign_in(client, PASSWORD, username="reader")
    assert response.status_code == 200
    assert "correct username and password for a staff account" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_weak_passwords_are_refused(django_user_model):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = django_user_model(username="editor")
    with pytest.raises(ValidationError) as refused:
        validate_password("password1", user)
    assert "This password is too common." in refused.value.messages


def test_force_login_still_works_beside_axes(staff_client):
    response = staff_client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "LPRC site administration" in response.content.decode()


BALANCER = "10.0.0.2"


def test_behind_a_load_balancer_each_visitor_is_locked_on_their_own(client, editor, settings):
    settings.TRUSTED_PROXIES = 1
    attacker = {"HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong-password", address=BALANCER, **attacker)
    assert sign_in(client, PASSWORD, address=BALANCER, **attacker).status_code == 429
    # A forged address to the left of the balancer's entry changes nothing.
    forged = {"HTTP_X_FORWARDED_FOR": "203.0.113.7, 198.51.100.66"}
    assert sign_in(client, PASSWORD, address=BALANCER, **forged).status_code == 429
    editor_at_work = {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert sign_in(client, PASSWORD, address=BALANCER, **editor_at_work).status_code == 302


def test_without_trusted_proxies_a_forwarded_header_is_ignored(client, editor, settings):
    settings.TRUSTED_PROXIES = 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    # Each attempt claimed another address; all came from one, and that one is locked.
    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.2"),
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "203.0.113.9, 192.0.2.1", "192.0.2.1"),
        (2, "203.0.113.9, 192.0.2.1, 10.0.0.9", "192.0.2.1"),
        (2, "192.0.2.1", "10.0.0.2"),  # fewer entries than proxies: not through them all
        (1, "", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_is_read_from_the_right(rf, settings, hops, forwarded, expected):
    from core.proxies import client_ip

    settings.TRUSTED_PROXIES = hops
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


# --- per account, across addresses (core.signin; issue 15, finding 9) ------------------


def guess_from_many_addresses(client, failures: int, *, first: int = 0):
    """Wrong passwords from a new IPv6 address every few tries, each address staying
    under the per-address limit, as an attacker rotating through a /64 would."""
    per_address = settings.AXES_FAILURE_LIMIT - 1
    for n in range(failures):
        sign_in(client, "wrong-password", address=f"2001:db8::{first + n // per_address:x}")


@pytest.fixture
def owner(editor):
    editor.email = "editor@example.org"
    editor.save()
    return editor


def test_rotating_addresses_does_not_give_unlimited_guesses_at_one_account(client, owner):
    limit = settings.ACCOUNT_FAILURE_LIMIT
    guess_from_many_addresses(client, limit - 1)
    # Under the account's limit, a new address with the right password still gets in.
    assert sign_in(client, PASSWORD, address="2001:db8::ffff").status_code == 302
    client.logout()
    guess_from_many_addresses(client, limit, first=100)
    # Now even the right password from yet another new address is refused, unchecked.
    refused = sign_in(client, PASSWORD, address="2001:db8:1::1")
    assert refused.status_code == 429
    assert "signing in to it from a new address is paused" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_owner_still_signs_in_from_an_address_they_used_before(client, owner):
    from django.core import mail

    assert sign_in(client, PASSWORD, address="203.0.113.7").status_code == 302
    client.logout()
    guess_from_many_addresses(client, settings.ACCOUNT_FAILURE_LIMIT + 10)
    welcome = sign_in(client, PASSWORD, address="203.0.113.7")
    assert welcome.status_code == 302
    page = client.get(reverse("admin:index")).content.decode()
    assert "Someone tried to sign in to your account with" in page
    assert "different addresses" in page
    # Told once by mail as well, however long the attack went on.
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    assert "paused" in mail.outbox[0].body
    assert settings.SITE_ORIGIN + "/admin/" in mail.outbox[0].body
    # And the warning is shown once.
    client.logout()
    sign_in(client, PASSWORD, address="203.0.113.7")
    assert "Someone tried to sign in" not in client.get(reverse("admin:index")).content.decode()


def test_the_pause_ends_after_the_cool_off_and_can_be_lifted(client, owner):
    import datetime

    from axes.models import AccessAttempt

    guess_from_many_addresses(client, settings.ACCOUNT_FAILURE_LIMIT)
    assert sign_in(client, PASSWORD, address="2001:db8:2::1").status_code == 429
    # An hour and a minute without attempts: the pause is over by itself.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - datetime.timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    )
    assert sign_in(client, PASSWORD, address="2001:db8:2::2").status_code == 302
    client.logout()
    guess_from_many_addresses(client, settings.ACCOUNT_FAILURE_LIMIT, first=200)
    assert sign_in(client, PASSWORD, address="2001:db8:2::3").status_code == 429
    call_command("axes_reset_username", "editor", verbosity=0)
    assert sign_in(client, PASSWORD, address="2001:db8:2::3").status_code == 302


def test_an_account_without_a_mail_address_is_told_in_the_admin(client, editor):
    from django.core import mail

    from core.models import AccountLock

    guess_from_many_addresses(client, settings.ACCOUNT_FAILURE_LIMIT)
    assert mail.outbox == []
    lock = AccountLock.objects.get()
    assert (lock.username, lock.failures, lock.mailed) == (
        "editor",
        settings.ACCOUNT_FAILURE_LIMIT,
        False,
    )
    assert lock.addresses == -(-settings.ACCOUNT_FAILURE_LIMIT // (settings.AXES_FAILURE_LIMIT - 1))
