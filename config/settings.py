"""All settings of the LPRC site, read from the environment.

Development defaults are safe and need nothing set; production (DEBUG off) refuses to
start without a real SECRET_KEY. There is deliberately no second settings file for the
site; tests/settings.py only adds what a test run cannot have (a secret, collectstatic's
manifest).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.object_storage import s3_origins, s3_settings
from core.middleware import static_file_headers
from core.origin import default_origin, parse_origin

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("LPRC_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

_DEV_SECRET = "django-insecure-development-only-key-never-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "value in production, or run with DEBUG=1 for local development."
        )
    SECRET_KEY = _DEV_SECRET

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Where every absolute address starts (canonical links, feeds, sitemaps, calendars, PDFs):
# one configured origin, never the request's Host header (core/origin.py).
SITE_ORIGIN = parse_origin(
    os.environ.get("SITE_ORIGIN") or default_origin(allowed_hosts=ALLOWED_HOSTS, debug=DEBUG)
)

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks: content columns per language.
    "modeltranslation",
    "website.apps.LPRCAdminConfig",  # django.contrib.admin with our AdminSite
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "axes",
    "reversion",
    "rest_framework",
    "drf_spectacular",
    "core",
    "partners",
    "events",
    "pressroom",
    "opendata",
    "website",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages, feeds and calendars (no secret in them) go out gzipped, cached or not.
    "core.compression.PublicCompressionMiddleware",
    # Cached public pages and PDFs are answered here, as early as a static file; what the
    # middleware below adds to a response (the CSP too) is stored with it (core.cache).
    "core.cache.PublicPageCacheMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before the CSRF check, the first to read a body: a body over its limit is never read.
    "core.middleware.RequestBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lockout raised by the login view into a page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site",
            ],
        },
    },
]

# SQLite in a git-ignored folder by default so that a newcomer's first command works;
# PostgreSQL (psycopg 3) through DATABASE_URL in production and CI.
if "DATABASE_URL" not in os.environ:
    # The default SQLite file lives in var/, which git ignores: a fresh clone has none.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer must give a quick 503 page, not a hung worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers wait for each other for up to 20 s instead of failing at once with "database
    # is locked" (tests/core/test_load.py: 50 connections, two gunicorn workers). Requests
    # that only read stay concurrent: the PDF download count is written outside the
    # request's read transaction (pressroom.views.release_pdf_view).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", 20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))  # hours
# Per user name and address together: an attacker elsewhere cannot lock an editor out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "core/lockout.html"
AXES_RESET_ON_SUCCESS = True
# No start-up banner on every manage.py command; lockouts are still logged as warnings.
AXES_VERBOSE = False
# Cut to the column's 255 characters: a longer name was a 500 on PostgreSQL (core.sessions).
AXES_USERNAME_CALLABLE = "core.sessions.axes_username"
# Proxies of our own in front of gunicorn (a load balancer, nginx): the visitor's address
# is then read from X-Forwarded-For, that many entries from the right (core/proxies.py).
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "core.proxies.client_ip"
# And per account across addresses (core.signin): after this many wrong passwords for one
# account within the cool-off time, from any addresses, sign-in to it is paused for
# addresses it has not signed in from in the last ACCOUNT_KNOWN_ADDRESS_DAYS days, and its
# owner is told (mail, and a warning at their next sign-in).
AXES_HANDLER = "core.signin.AccountThrottleHandler"
ACCOUNT_FAILURE_LIMIT = int(os.environ.get("ACCOUNT_FAILURE_LIMIT", "20"))
ACCOUNT_KNOWN_ADDRESS_DAYS = int(os.environ.get("ACCOUNT_KNOWN_ADDRESS_DAYS", "90"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Russian is the working language of most visitors and partners; Kazakh the state language;
# English that of donors. Every public address carries its language (/ru/, /kk/, /en/);
# an address without one redirects to the visitor's (cookie, then Accept-Language, then
# Russian). Each language names itself in the switcher.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content in three languages (django-modeltranslation): every text a visitor reads has a
# column per language (title_ru, title_kk, title_en), registered in each app's
# translation.py. What existed before was written in English, so English is the language
# of the original columns and of new rows made without one (MODELTRANSLATION_DEFAULT_LANGUAGE).
MODELTRANSLATION_LANGUAGES = ("ru", "kk", "en")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A text not translated shows the language it exists in, nearest first: Kazakh readers
# nearly all read Russian; Russian readers are likelier to read English (the language most
# of the content is first written in) than Kazakh; English readers get Russian, the
# working language of most partners, before Kazakh. Templates say which language a text is
# shown in (core.languages, `lang` attributes and the "not yet available" note).
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("ru", "en", "kk"),
    "ru": ("en", "kk"),
    "kk": ("ru", "en"),
    "en": ("ru", "kk"),
}
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# An absolute MEDIA_URL (another host name) is allowed, and added to the CSP's img-src.
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Static responses never pass the middlewares below WhiteNoise: the page headers they add
# (CSP, Permissions-Policy, X-Frame-Options) are given to each static file here instead.
WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers
# Uploads on S3-compatible object storage when S3_BUCKET is set (core/storage.py), so that
# several app servers share them; otherwise files in MEDIA_ROOT. Variables: README.
_S3 = s3_settings(os.environ)
if _S3 is not None:
    STORAGES["default"] = _S3

# Request bodies over these are refused with 413 before anything reads them
# (core.middleware.RequestBodyLimitMiddleware): visitors who are not signed-in staff post
# nothing bigger than the sign-in form; staff send a whole admin form with its files at
# once (each file field has its own, lower limit: 20 MB a document, 15 MB a photo).
ANONYMOUS_REQUEST_MAX_BYTES = int(os.environ.get("ANONYMOUS_REQUEST_MAX_KB", "64")) * 1024
STAFF_REQUEST_MAX_BYTES = int(os.environ.get("STAFF_REQUEST_MAX_MB", "100")) * 1024 * 1024
# Uploads: refuse anything larger than this before it reaches a model.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "lprc",
            # Room for every public page of a site with thousands of events (default: 300).
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    )
}

# Security: sensible everywhere, strict in production.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Permissions-Policy (core.middleware.SecurityHeadersMiddleware): the site needs none of these.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Content Security Policy (django-csp): everything from our own origin, no inline script
# or style, nothing may frame us. Media on object storage adds its origin to img-src.
_media_url = urlsplit(MEDIA_URL)
_MEDIA_ORIGIN = [f"{_media_url.scheme}://{_media_url.netloc}"] if _media_url.netloc else []
if _S3 is not None:
    _MEDIA_ORIGIN += s3_origins(_S3["OPTIONS"])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_MEDIA_ORIGIN],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Database sessions that never look up a key Django could not have made (core.sessions).
SESSION_ENGINE = "core.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGIN_URL = "admin:login"

# Mail (the notice to an account's owner when its sign-in is paused, core.signin): an SMTP
# server from the environment; without one, nothing is sent and nothing fails.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10  # seconds: a mail server that does not answer must not hold a worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "LPRC site <noreply@lprc.kz>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # A request naming a host the site does not serve gets a plain 400 (templates/400.html);
        # bots send them all day, and Django would log each with a traceback. The access log
        # still shows them.
        "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
        "django.db.backends": {"level": "INFO"},
        # WeasyPrint logs every layout step of every PDF at INFO.
        "weasyprint.progress": {"level": "WARNING"},
    },
}

# What the site says about itself in the footer, the PDF letterhead and feeds.
LPRC_SITE = {
    "name": _("Legal Policy Research Centre"),
    "short_name": _("LPRC"),
    "email": "info@lprc.kz",
    "phone": "+77017444429",
    "city": _("Almaty"),
    "country": _("Kazakhstan"),
}

# Open data (opendata/): the read API, CSV downloads and IATI files -------------------------

# Requests to the API, the CSV downloads and the IATI files, per client address (read as
# django-axes reads it, TRUSTED_PROXIES) and counted in the shared cache: "120/min" or
# "5000/hour", "day" and "s" too. Cached answers count as well: the limit is the client's.
OPEN_DATA_RATE = os.environ.get("OPEN_DATA_RATE", "120/min")
# IATI (International Aid Transparency Initiative) files: LPRC is the reporting
# organisation. Its identifier ({registration agency}-{number}, see org-id.guide) must be
# set by staff: the placeholder default marks every file as not yet publishable.
IATI_ORGANISATION_IDENTIFIER_PLACEHOLDER = "XX-LPRC-NOT-SET"
IATI_ORGANISATION_IDENTIFIER = os.environ.get(
    "IATI_ORGANISATION_IDENTIFIER", IATI_ORGANISATION_IDENTIFIER_PLACEHOLDER
)
# IATI OrganisationType code: 22 "National NGO" (LPRC is a Kazakh public foundation).
IATI_ORGANISATION_TYPE = os.environ.get("IATI_ORGANISATION_TYPE", "22")
# The organisation (its slug) that is LPRC among partners' organisations: its projects
# are reported first-hand, others as a secondary reporter.
IATI_ORGANISATION_SLUG = os.environ.get("IATI_ORGANISATION_SLUG", "lprc")

# Django REST framework, for the read API only: JSON whatever the client asks, no
# sessions or CSRF (nothing but public data, the same for everyone), filters with
# django-filter. Rate limits and caching are the site's own (core.throttle, core.cache).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "opendata.rest.JSONOnly",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "opendata.rest.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
    "URL_FORMAT_OVERRIDE": None,
    "COERCE_DECIMAL_TO_STRING": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "LPRC open data API",
    "DESCRIPTION": (
        "Read-only access to what the Legal Policy Research Centre publishes: events, "
        "projects with their funding, partner organisations, press releases and coverage. "
        "Public data only; licence CC BY 4.0 (attribute to LPRC)."
    ),
    "VERSION": "1",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": False,
    # Choices are listed as such; their Markdown list in each description is not wanted.
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    # Choice sets that share a field name ("kind", "role") get names of their own.
    "ENUM_NAME_OVERRIDES": {
        "EventKindEnum": "events.models.Event.Kind",
        "SessionKindEnum": "events.models.Session.Kind",
        "DocumentKindEnum": "events.models.Document.Kind",
        "EventRoleEnum": "events.models.EventOrganisation.Role",
        "OrganisationKindEnum": "partners.models.Organisation.Kind",
        "ParticipationRoleEnum": "partners.models.Participation.Role",
        # Facts as precise as known and counts as qualified as the sources give them.
        "DatePrecisionEnum": "core.dates.DatePrecision",
        "CountQualifierEnum": "events.models.CountQualifier",
        "QuoteKindEnum": "events.models.Quote.Kind",
        "SourceKindEnum": "partners.models.Source.Kind",
    },
}
