"""Settings for 消保护航: one file, configured by environment variables.

Development defaults are safe to run on a laptop; with DJANGO_DEBUG off the site refuses to
start without a secret key and switches to its production security posture.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "common",
    "education",
    "tipoffs",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# No LocaleMiddleware: the public site is Chinese whatever the browser's Accept-Language says, so pages
# need not vary on it (the admin follows each user's own language setting). An explicit language choice
# would be read in a middleware here, its cookie listed in PAGE_CACHE_VARY_COOKIES.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "common.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "common.anonymous.AnonymousWithoutSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "education.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "xbhh"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full-page cache for anonymous readers (common.pagecache; README “页面缓存”), in the cache above: shared
# by every app server when that is Redis. On by default in production, off while developing.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_ALIAS = "default"
# How long we keep a page; publishing purges it at once, so this only bounds what nothing purges.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# s-maxage for CDNs and proxies; keep it short unless FRONTEND_CACHE_PURGE_URL lets publishing purge them.
PAGE_CACHE_EDGE_SECONDS = int(os.environ.get("PAGE_CACHE_EDGE_SECONDS", "60"))
# Cookies holding a reader's display preference (e.g. a large-text mode): each value gets its own copy.
PAGE_CACHE_VARY_COOKIES = env_list("PAGE_CACHE_VARY_COOKIES")
PAGE_CACHE_EXEMPT_PREFIXES = ["/admin/", "/api/", "/documents/", "/static/", "/media/"]
# Purged whenever any page is published, unpublished or moved.
PAGE_CACHE_ALWAYS_PURGE = ["/sitemap.xml", "/search/"]
# Shown on every page (or deciding who may see a page): saving one purges everything.
PAGE_CACHE_PURGE_ALL_ON = [
    "education.ScamCategory",
    "education.SiteSettings",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailsearchpromotions.SearchPromotion",
]
# The edge cache (a CDN or Varnish in front of the app servers), purged on publish like our own cache:
# an HTTP PURGE of each changed URL sent to this address (wagtail.contrib.frontend_cache's HTTPBackend).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
    if env_list("FRONTEND_CACHE_HOSTNAMES"):
        WAGTAILFRONTENDCACHE["default"]["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Tip-off evidence lives here; no URL pattern or web server ever serves this directory.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# In development whitenoise serves straight from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Background work. The database backend needs `manage.py db_worker` running (see README);
# development and tests run tasks immediately.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "消保护航"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("zh-hans", "简体中文")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
# Chinese titles would otherwise become percent-encoded slugs, unreadable when shared in WeChat;
# education.models.pages.AsciiSlugMixin turns titles into pinyin slugs instead.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's database backend with Chinese word segmentation (education.search).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "education.search.backend", "SEARCH_CONFIG": "simple"}}
SEARCH_SEGMENTER = os.environ.get("SEARCH_SEGMENTER", "jieba")  # or "bigram"; then update_index
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_FINDERS = []  # no oEmbed look-ups to third parties: videos are plain links
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"

EDUCATION_PAGE_SIZE = 20

# Tip-offs. Evidence limits are read by tipoffs.evidence; rate limits are (requests, seconds) per
# client IP, counted in the shared cache.
TIPOFF_EVIDENCE_MAX_FILES = 5
TIPOFF_EVIDENCE_MAX_FILE_BYTES = 10 * 1024 * 1024
TIPOFF_EVIDENCE_MAX_TOTAL_BYTES = 25 * 1024 * 1024
TIPOFF_EVIDENCE_MAX_PIXELS = 40_000_000
# Whole request, evidence included; anything larger is refused before it is parsed.
TIPOFF_MAX_REQUEST_BYTES = 27 * 1024 * 1024
TIPOFF_RATE_LIMITS = {
    "report": (int(os.environ.get("TIPOFF_REPORTS_PER_HOUR", "5")), 3600),
    "lookup": (int(os.environ.get("TIPOFF_LOOKUPS_PER_HOUR", "20")), 3600),
    "check": (int(os.environ.get("TIPOFF_RISK_CHECKS_PER_HOUR", "30")), 3600),
}
TIPOFF_TRUSTED_PROXY_COUNT = int(os.environ.get("TIPOFF_TRUSTED_PROXY_COUNT", "0"))
TIPOFF_IP_SALT = os.environ.get("TIPOFF_IP_SALT", "")
# Who is e-mailed about new tip-offs and SLA breaches (comma-separated); empty means nobody.
TIPOFF_NOTIFY_EMAILS = env_list("TIPOFF_NOTIFY_EMAILS")
# A failed notification e-mail is retried by the task re-enqueuing itself: at most this many attempts,
# waiting TIPOFF_NOTIFY_RETRY_SECONDS, doubled after each failure.
TIPOFF_NOTIFY_MAX_ATTEMPTS = int(os.environ.get("TIPOFF_NOTIFY_MAX_ATTEMPTS", "5"))
TIPOFF_NOTIFY_RETRY_SECONDS = int(os.environ.get("TIPOFF_NOTIFY_RETRY_SECONDS", "60"))
# Uploads above this size go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        # One line per background task run is noise at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}

# Production posture.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Strict CSP for the public site; see education.middleware for why the admin is exempt.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'self'; object-src 'none'"
)
CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES = ("/admin/",)
