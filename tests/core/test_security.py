"""Security headers on public pages and the admin, production cookies, `check --deploy`."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)


def assert_security_headers(response):
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["form-action"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_public_page_sends_the_security_headers(client):
    response = client.get(reverse("website:home"))
    assert response.status_code == 200
    assert "Legal Policy Research Centre" in response.content.decode()
    assert_security_headers(response)


def test_admin_login_page_sends_the_security_headers(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert "Log in" in response.content.decode()
    assert_security_headers(response)


def test_not_found_page_sends_the_security_headers(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_security_headers(response)


def test_static_files_are_answered_first_and_carry_the_security_headers(settings):
    # WhiteNoise sits right after SecurityMiddleware, so a static file costs no session,
    # locale or CSRF work; the headers the later middlewares add come with it all the same.
    assert settings.MIDDLEWARE[:2] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]
    # Tests have no collectstatic output: let WhiteNoise find the files where they are. A
    # fresh Client starts the middlewares anew, with these settings.
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get(settings.STATIC_URL + "css/site.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert_security_headers(response)


def test_https_responses_carry_hsts(client):
    response = client.get(reverse("website:home"), secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


def test_session_and_csrf_cookies_are_secure_and_http_only(client, django_user_model):
    django_user_model.objects.create_user(
        username="editor", password="a-long-test-password", is_staff=True
    )
    login = client.get(reverse("admin:login"), secure=True)
    csrf = login.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
    response = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "a-long-test-password", "next": "/admin/"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "example.org",
        "LPRC_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
