"""Admin sign-in throttling: django-axes' limit per user name and address, plus a limit per
account across addresses (issue 15, finding 9).

axes counts wrong passwords per user name *and* address, so that a stranger elsewhere
cannot lock an editor out; but an attacker who changes address after every few guesses
(an IPv6 block holds billions) then had unlimited guesses at one account. Here, once an
account has had ACCOUNT_FAILURE_LIMIT wrong passwords within the cool-off time
(AXES_COOLOFF_TIME) from whatever addresses, sign-in to it is paused for every address
it has not signed in from successfully in the last ACCOUNT_KNOWN_ADDRESS_DAYS days. So:

- the attacker's guesses stop counting for anything (each is refused unchecked);
- the owner keeps signing in from where they usually do (the per-address limit still
  applies there), and anywhere else once the attempts stop for the cool-off time: a
  stranger can pause the account for new addresses while the attack goes on, never lock
  its owner out for good; ``manage.py axes_reset_username NAME`` lifts it at once;
- the owner hears of it: a mail when the pause starts (if the account has an address)
  and a warning at their next sign-in to the admin (core.models.AccountLock).
"""

import logging

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import AccountLock
from .origin import absolute_url

logger = logging.getLogger(__name__)


def _failures_since(username: str, since) -> tuple[int, int]:
    """Wrong passwords for ``username`` since ``since``, and how many addresses they came
    from (one query)."""
    totals = AccessAttempt.objects.filter(username=username, attempt_time__gte=since).aggregate(
        failures=Sum("failures_since_start"), addresses=Count("ip_address", distinct=True)
    )
    return totals["failures"] or 0, totals["addresses"] or 0


def _known_address(username: str, address: str | None) -> bool:
    if not address:
        return False
    since = timezone.now() - timezone.timedelta(days=settings.ACCOUNT_KNOWN_ADDRESS_DAYS)
    return AccessLog.objects.filter(
        username=username, ip_address=address, attempt_time__gte=since
    ).exists()


class AccountThrottleHandler(AxesDatabaseHandler):
    """AXES_HANDLER: axes' database handler with the per-account pause described above."""

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        username = get_client_username(request, credentials)
        if not username:
            return False
        failures, _addresses = _failures_since(username, get_cool_off_threshold(request))
        if failures < settings.ACCOUNT_FAILURE_LIMIT:
            return False
        if _known_address(username, getattr(request, "axes_ip_address", None)):
            return False
        request.lprc_account_paused = True  # templates/core/lockout.html says so
        return True

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None:
            return
        if getattr(request, "lprc_account_paused", False):
            request.axes_locked_out = True  # AxesMiddleware answers with the lockout page
        username = get_client_username(request, credentials)
        if username:
            self._record_lock(request, username)

    def _record_lock(self, request, username: str) -> None:
        threshold = get_cool_off_threshold(request)
        failures, addresses = _failures_since(username, threshold)
        if failures < settings.ACCOUNT_FAILURE_LIMIT:
            return
        now = timezone.now()
        ongoing = AccountLock.objects.filter(username=username, last_failure_at__gte=threshold)
        if ongoing.update(last_failure_at=now, failures=failures, addresses=addresses):
            return
        lock = AccountLock.objects.create(
            username=username,
            started_at=now,
            last_failure_at=now,
            failures=failures,
            addresses=addresses,
        )
        logger.warning(
            "Sign-in to %r paused for new addresses: %s wrong passwords from %s addresses",
            username,
            failures,
            addresses,
        )
        owner = get_user_model().objects.filter(username=username, is_active=True).first()
        if owner is not None and owner.email:
            sent = send_mail(
                _("Sign-in to your LPRC admin account was paused"),
                _lock_mail(lock),
                None,
                [owner.email],
                fail_silently=True,
            )
            if sent:
                AccountLock.objects.filter(pk=lock.pk).update(mailed=True)

    def user_logged_in(self, sender, request, user, **kwargs):
        super().user_logged_in(sender, request, user, **kwargs)
        unseen = list(AccountLock.objects.filter(username=user.get_username(), seen_at=None))
        for lock in unseen:
            messages.warning(request, _lock_notice(lock))
        if unseen:
            AccountLock.objects.filter(pk__in=[lock.pk for lock in unseen]).update(
                seen_at=timezone.now()
            )


def _lock_notice(lock: AccountLock) -> str:
    attempts = ngettext("%(count)d wrong password", "%(count)d wrong passwords", lock.failures) % {
        "count": lock.failures
    }
    sources = ngettext(
        "from %(count)d address", "from %(count)d different addresses", lock.addresses
    ) % {"count": lock.addresses}
    return _(
        "Someone tried to sign in to your account with %(attempts)s %(sources)s, from "
        "%(start)s to %(end)s. Sign-in from new addresses was paused meanwhile. If it was "
        "not you, your password held; choose a longer one if it is short or used elsewhere."
    ) % {
        "attempts": attempts,
        "sources": sources,
        "start": date_format(timezone.localtime(lock.started_at), "DATETIME_FORMAT"),
        "end": date_format(timezone.localtime(lock.last_failure_at), "DATETIME_FORMAT"),
    }


def _lock_mail(lock: AccountLock) -> str:
    return _(
        "Hello %(name)s,\n\n"
        "someone is trying to sign in to your account on the LPRC site's admin "
        "(%(admin)s): %(failures)d wrong passwords from %(addresses)d different addresses "
        "since %(start)s.\n\n"
        "Until the attempts stop for %(cooloff)s, sign-in to your account is paused for "
        "addresses you have not used before; from where you usually sign in, it works as "
        "always. If it was not you, your password held; choose a longer one if it is short "
        "or used elsewhere. An administrator can lift the pause at once.\n"
    ) % {
        "name": lock.username,
        "admin": absolute_url(reverse("admin:index")),
        "failures": lock.failures,
        "addresses": lock.addresses,
        "start": date_format(timezone.localtime(lock.started_at), "DATETIME_FORMAT"),
        "cooloff": _cooloff_text(),
    }


def _cooloff_text() -> str:
    from axes.helpers import get_cool_off

    cool_off = get_cool_off()
    minutes = int(cool_off.total_seconds() // 60) if cool_off else 60
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
