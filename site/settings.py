"""Settings for 消保护航: one file, configured by environment variables.

Development defaults are safe to run on a laptop; with DJANGO_DEBUG off the site refuses to
start without a secret key and switches to its production security posture.
"""

import datetime
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
    "wagtail.api.v2",
    "corsheaders",
    "wagtail.contrib.forms",
    # i18n (issue 13): locales in the admin, and "Translate" on pages to copy a tree into English.
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

# No LocaleMiddleware: it would guess the language from Accept-Language or a cookie and add
# "Vary: Accept-Language". The language comes from the URL alone (Chinese unprefixed, English under /en/;
# common.i18n.URLLanguageMiddleware), so no page varies on a header or cookie and the page cache and CDNs
# can keep every page (the admin still follows each user's own language setting).
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "common.i18n.URLLanguageMiddleware",
    # CORS for the content API only (CORS_URLS_REGEX), outside the page cache: cached API responses hold no
    # CORS headers, which are added per request for the origins in CONTENT_API_CORS_ORIGINS.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "common.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "common.anonymous.AnonymousWithoutSessionMiddleware",
    # django-otp's OTPMiddleware, and the admin's second-factor gate.
    "common.twofactor.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "education.middleware.ContentSecurityPolicyMiddleware",
    "common.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
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
                "tipoffs.promises.context",
                "education.elder_mode.context.elder_mode",
            ],
        },
    },
]

# Persistent connections: opening a PostgreSQL connection per request cost a third of the throughput. Each
# worker keeps its connection for up to a minute and checks it is alive before reusing it.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
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

# Admin login throttling (django-axes). Five wrong passwords for one username from one client address lock
# that pair for 15 minutes; other addresses can still log in, so nobody can lock a known user out from
# everywhere, and the lock lifts by itself. The address comes from common.clientip, as everywhere else.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("ADMIN_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("ADMIN_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Failures during a lock-out do not extend it: the page can say when to try again and mean it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "common.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "common.login_lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # django.contrib.admin is not installed

# Two-factor admin login (common.twofactor, README "Deploy"): required for superusers and ADMIN_2FA_GROUPS.
# Only a development machine may turn the requirement off (`make run` does, for admin/admin).
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)
if not ADMIN_2FA_REQUIRED and not DEBUG:
    raise ImproperlyConfigured(
        "ADMIN_2FA_REQUIRED can only be turned off with DJANGO_DEBUG on (development)."
    )
OTP_TOTP_ISSUER = "消保护航"  # the name people see in their authenticator app

# Full-page cache for anonymous readers (common.pagecache; README “页面缓存”), in the cache above: shared
# by every app server when that is Redis. On by default in production, off while developing.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_ALIAS = "default"
# How long we keep a page; publishing purges it at once, so this only bounds what nothing purges.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# s-maxage for CDNs and proxies; keep it short unless FRONTEND_CACHE_PURGE_URL lets publishing purge them.
PAGE_CACHE_EDGE_SECONDS = int(os.environ.get("PAGE_CACHE_EDGE_SECONDS", "60"))
# When many readers ask for a page the cache has just lost (a purge during a surge), one request renders it
# and the others wait up to this long for its copy instead of all rendering it at once.
PAGE_CACHE_RENDER_WAIT_SECONDS = float(os.environ.get("PAGE_CACHE_RENDER_WAIT_SECONDS", "3"))
PAGE_CACHE_EXEMPT_PREFIXES = [
    "/admin/",
    "/api/watchlist/",  # the tip-off watchlist; the public content API (/api/v2/) is cached like pages
    "/documents/",
    "/static/",
    "/media/",
    # One person's alert subscription or event sign-up (forms, confirmation and cancel links).
    "/subscriptions/",
    "/signups/",
]
# 长辈模式 (education.elder_mode): the reader's choice, kept this many days in this cookie.
ELDER_MODE_COOKIE = "elder_mode"
ELDER_MODE_COOKIE_DAYS = 365
# Cookies holding a reader's display preference (长辈模式, and any listed in the environment): each value
# gets its own copy. Only these cookies: statistics or CSRF cookies never split the cache.
PAGE_CACHE_VARY_COOKIES = list(dict.fromkeys([ELDER_MODE_COOKIE, *env_list("PAGE_CACHE_VARY_COOKIES")]))
# Every path under one of these prefixes shares the version of the prefix: purging the prefix purges them
# all. The content API lists and shows many pages per response, so any page change purges all of it.
PAGE_CACHE_PATH_GROUPS = ["/api/v2/"]
# Purged whenever any page is published, unpublished or moved.
PAGE_CACHE_ALWAYS_PURGE = ["/sitemap.xml", "/search/", "/api/v2/"]
# Shown on every page (or deciding who may see a page): saving one purges everything.
PAGE_CACHE_PURGE_ALL_ON = [
    "education.ScamCategory",
    "education.SiteSettings",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailsearchpromotions.SearchPromotion",
]
# Saving or deleting one of these purges the paths given (the content API shows images and their renditions).
PAGE_CACHE_PURGE_PATHS_ON = {"wagtailimages.Image": ["/api/v2/"]}
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

# The public site is Chinese at the usual URLs and English under /en/ (issue 13), chosen by the URL only,
# never guessed from Accept-Language (common/i18n.py); editors choose the admin's language themselves.
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

# Uploaded files: local disk by default (one app server). MEDIA_STORAGE=s3 puts them in an S3-compatible
# store that every app server shares (README "Deploy"): public media (images, renditions, documents) in one
# bucket with plain URLs, tip-off evidence in another, private bucket. Evidence never has a URL, public or
# presigned; the team downloads it only through the permission-checked view (tipoffs.triage.evidence).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local").strip().lower()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "tipoffs.models.storage.PrivateStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Where the public bucket's files are served from, for the Content-Security-Policy's img-src ("" when local).
MEDIA_ORIGIN = ""
if MEDIA_STORAGE == "s3":
    S3_BUCKET_PUBLIC = os.environ.get("S3_BUCKET_PUBLIC", "").strip()
    S3_BUCKET_PRIVATE = os.environ.get("S3_BUCKET_PRIVATE", "").strip()
    if not (S3_BUCKET_PUBLIC and S3_BUCKET_PRIVATE):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs S3_BUCKET_PUBLIC and S3_BUCKET_PRIVATE.")
    if S3_BUCKET_PUBLIC == S3_BUCKET_PRIVATE:
        raise ImproperlyConfigured("S3_BUCKET_PRIVATE must differ from the public bucket.")
    # Unset values fall back to boto3's own lookup (AWS_ACCESS_KEY_ID …, an instance role).
    _s3_options = {
        option: os.environ[name].strip()
        for option, name in (
            ("endpoint_url", "S3_ENDPOINT_URL"),
            ("region_name", "S3_REGION"),
            ("access_key", "S3_ACCESS_KEY_ID"),
            ("secret_key", "S3_SECRET_ACCESS_KEY"),
            ("addressing_style", "S3_ADDRESSING_STYLE"),
        )
        if os.environ.get(name, "").strip()
    }
    # A CDN or domain in front of the public bucket, e.g. media.example.com (served over HTTPS).
    S3_PUBLIC_DOMAIN = os.environ.get("S3_PUBLIC_DOMAIN", "").strip() or None
    STORAGES["default"] = {
        "BACKEND": "common.storage.PublicS3Storage",
        "OPTIONS": {**_s3_options, "bucket_name": S3_BUCKET_PUBLIC, "custom_domain": S3_PUBLIC_DOMAIN},
    }
    STORAGES["private"] = {
        "BACKEND": "common.storage.PrivateS3Storage",
        "OPTIONS": {**_s3_options, "bucket_name": S3_BUCKET_PRIVATE},
    }
    if S3_PUBLIC_DOMAIN:
        MEDIA_ORIGIN = f"https://{S3_PUBLIC_DOMAIN}"
    elif "endpoint_url" in _s3_options:
        from urllib.parse import urlsplit

        _endpoint = urlsplit(_s3_options["endpoint_url"])
        _virtual = _s3_options.get("addressing_style") == "virtual"
        MEDIA_ORIGIN = f"{_endpoint.scheme}://{S3_BUCKET_PUBLIC + '.' if _virtual else ''}{_endpoint.netloc}"
    else:  # Amazon S3 itself
        MEDIA_ORIGIN = f"https://{S3_BUCKET_PUBLIC}.s3.amazonaws.com"
    # Documents are streamed by Wagtail's view, never redirected to the bucket: a document in a restricted
    # collection stays behind its permission check.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'local' or 's3'.")

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
# The admin's title and the dashboard's greeting; the logo and company come from 站点信息
# (templates/wagtailadmin/).
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "消保护航")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Translated page trees (wagtail.contrib.simple_translation; docs/architecture.md says why not
# wagtail-localize). Content languages are the public languages above.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
# Chinese titles would otherwise become percent-encoded slugs, unreadable when shared in WeChat;
# education.slugs turns titles into pinyin slugs instead.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's database backend with Chinese word segmentation (education.search).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "education.search.backend", "SEARCH_CONFIG": "simple"}}
SEARCH_SEGMENTER = os.environ.get("SEARCH_SEGMENTER", "jieba")  # or "bigram"; then update_index
# SVG is accepted for logos, but only a plain drawing: common.images refuses scripts, event attributes and
# outside references on every upload form, because originals are served from our own origin.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "common.images.SafeImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_FINDERS = []  # no oEmbed look-ups to third parties: videos are plain links
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"

EDUCATION_PAGE_SIZE = 20

# The read-only content API for the app and the WeChat mini-program (education.api, README “内容接口”).
# Browsers may call it from these origins only (django-cors-headers, and only under /api/v2/); the app and the
# mini-program's server-side requests need no CORS.
CONTENT_API_CORS_ORIGINS = env_list("CONTENT_API_CORS_ORIGINS")
CORS_ALLOWED_ORIGINS = CONTENT_API_CORS_ORIGINS
CORS_URLS_REGEX = r"^/api/v2/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 86400
# detail_url links take the site's own root URL unless this is set (e.g. https://api.example.com).
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL") or None
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False

# Share cards (education.sharecards): the 1200×630 PNG behind every guide's, alert's and event's og:image,
# drawn with Noto Sans CJK SC from Debian's fonts-noto-cjk (`make run`/`make test` install it). Point these
# at another CJK font (a .ttc/.otf/.ttf; the index picks the face in a collection) if it lives elsewhere;
# `manage.py check` says when the file is missing.
SHARE_CARD_FONT = os.environ.get("SHARE_CARD_FONT", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
SHARE_CARD_FONT_REGULAR = os.environ.get(
    "SHARE_CARD_FONT_REGULAR", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
)
SHARE_CARD_FONT_INDEX = int(os.environ.get("SHARE_CARD_FONT_INDEX", "2"))  # 2 = Simplified Chinese (SC)
# Draw a page's new card as soon as it is published (a background task); otherwise on its first request.
SHARE_CARD_DRAW_ON_PUBLISH = True

# Who the site is talking to, behind the load balancer or CDN (common/clientip.py explains; gunicorn.conf.py
# trusts X-Forwarded-* from the same networks). Unset means "no proxy", which check --deploy warns about.
TRUSTED_PROXY_CIDRS = env_list("TRUSTED_PROXY_CIDRS")
TRUSTED_PROXY_COUNT = (
    int(os.environ["TRUSTED_PROXY_COUNT"]) if os.environ.get("TRUSTED_PROXY_COUNT") else None
)
CLIENT_IP_SALT = os.environ.get("CLIENT_IP_SALT", "")
# Per-client rate limits (common.ratelimit): scope -> (requests allowed, window in seconds), counted in the
# shared cache. This is the only place a limit is set.
RATE_LIMITS = {
    "report": (int(os.environ.get("TIPOFF_REPORTS_PER_HOUR", "5")), 3600),
    "appeal": (int(os.environ.get("TIPOFF_APPEALS_PER_HOUR", "5")), 3600),
    "lookup": (int(os.environ.get("TIPOFF_LOOKUPS_PER_HOUR", "20")), 3600),
    "check": (int(os.environ.get("TIPOFF_RISK_CHECKS_PER_HOUR", "30")), 3600),
    "my_data": (int(os.environ.get("TIPOFF_DATA_DOWNLOADS_PER_HOUR", "5")), 3600),
    # The reporter's follow-up (additions, rating, withdrawal): the same rules as the report itself.
    "followup": (int(os.environ.get("TIPOFF_FOLLOWUPS_PER_HOUR", "5")), 3600),
    # Alert subscriptions and event sign-ups (education.subscriptions, education.signups).
    "subscribe": (int(os.environ.get("ALERT_SUBSCRIBES_PER_HOUR", "5")), 3600),
    "signup": (int(os.environ.get("EVENT_SIGNUPS_PER_HOUR", "10")), 3600),
    # “对您有帮助吗？” answers (education.feedback)
    "feedback": (int(os.environ.get("FEEDBACK_PER_HOUR", "20")), 3600),
    # Quiz answers (education.quizzes): one per submitted quiz, with or without JavaScript.
    "quiz": (int(os.environ.get("QUIZ_ANSWERS_PER_HOUR", "60")), 3600),
}
# Failed background tasks (notification e-mails) re-enqueue themselves: at most this many attempts,
# waiting TASK_RETRY_SECONDS, doubled after each failure (common.tasks).
TASK_MAX_ATTEMPTS = int(os.environ.get("TASK_MAX_ATTEMPTS", "5"))
TASK_RETRY_SECONDS = int(os.environ.get("TASK_RETRY_SECONDS", "60"))
# The team's dashboard warns when the oldest waiting task has waited this long: no worker is running.
TASK_QUEUE_STALE_MINUTES = int(os.environ.get("TASK_QUEUE_STALE_MINUTES", "10"))

# Tip-offs. These are the one source of the promises and limits the public is told about: forms, templates
# (the ``promises`` context processor) and e-mails read them through tipoffs.promises.
TIPOFF_SLA_HOURS = {"acknowledge": 1, "investigate": 24, "feedback": 48}
TIPOFF_TEAM_GROUP = "消保团队"  # created by migration tipoffs 0003_team_group
# Organisers of salons and live streams: may see and export events' sign-up lists (personal data).
EVENT_ORGANISER_GROUP = "活动组织者"  # created by migration education 0007_subscriptions_and_signups
# Members of these groups (and superusers) must sign in to the admin with a second factor.
ADMIN_2FA_GROUPS = [TIPOFF_TEAM_GROUP, EVENT_ORGANISER_GROUP]
# How long personal data is kept, in days: the privacy notice, the forms and `manage.py purge_expired` all
# read this one dict (tipoffs.promises.retention).
TIPOFF_RETENTION_DAYS = {
    "report_text": 3 * 365,  # what happened, contacts as typed, notes: from receipt
    "reporter_details": 90,  # reporter's name and contact: after closing and feedback
    "evidence": 180,  # evidence files: after closing, unless held for the police
    "client_ip_hash": 30,  # salted hashes of client addresses: from receipt
    "risk_check_hourly": 30,  # risk-check counts per hour, then daily totals
    "appellant_details": 90,  # appellant's name and contact: after the appeal is decided
    "audit_log": 3 * 365,  # tip-off audit-log entries; never under 183 days (等保, checked at start-up)
}
# Event sign-ups (names, phones, e-mail addresses) are erased this many days after the event ends, by the
# same daily `manage.py purge_expired` (education.signups.retention).
EVENT_SIGNUP_RETENTION_DAYS = int(os.environ.get("EVENT_SIGNUP_RETENTION_DAYS", "30"))
# The text of readers' “对您有帮助吗？” comments (people type phone numbers into them however we ask) is
# erased this many days after it was written; the helpful / not helpful answer stays for the reports.
FEEDBACK_COMMENT_RETENTION_DAYS = int(os.environ.get("FEEDBACK_COMMENT_RETENTION_DAYS", "180"))
# A confirmed black-industry contact is due for review this many days after it was confirmed (numbers get
# recycled); the daily sweep then takes it off the risk check and the watchlist until the team decides.
TIPOFF_CONFIRMED_REVIEW_DAYS = int(os.environ.get("TIPOFF_CONFIRMED_REVIEW_DAYS", "180"))
# Encryption at rest (tipoffs.privacy.crypto): Fernet keys, comma-separated, newest first (the first
# encrypts, all decrypt; `manage.py rotate_data_keys` re-encrypts under the first). The lookup key makes the
# keyed hashes that find and de-duplicate encrypted values; it is never rotated. Both are required when
# debug is off (`check --deploy`); development derives both from the secret key.
TIPOFF_DATA_KEYS = env_list("TIPOFF_DATA_KEYS")
TIPOFF_LOOKUP_KEY = os.environ.get("TIPOFF_LOOKUP_KEY", "")
# Public statistics (/statistics/): how many months they cover, and the smallest count shown as a number;
# smaller counts read "<5" so no reporter can be recognised from them.
TIPOFF_STATISTICS = {"months": 12, "min_count": 5}
TIPOFF_EVIDENCE_MAX_FILES = 5
TIPOFF_EVIDENCE_MAX_FILE_BYTES = 10 * 1024 * 1024
TIPOFF_EVIDENCE_MAX_TOTAL_BYTES = 25 * 1024 * 1024
TIPOFF_EVIDENCE_MAX_PIXELS = 40_000_000
# Whole request, evidence included; anything larger is refused before it is parsed.
TIPOFF_MAX_REQUEST_BYTES = TIPOFF_EVIDENCE_MAX_TOTAL_BYTES + 2 * 1024 * 1024
# After a status lookup with the right key, the follow-up forms (add information, rate, withdraw) open for
# this long without asking for the key again (tipoffs.followup.access).
TIPOFF_FOLLOWUP_ACCESS_MINUTES = int(os.environ.get("TIPOFF_FOLLOWUP_ACCESS_MINUTES", "30"))
# Status keys are stored as HMAC-SHA256 under this secret (SECRET_KEY when unset).
TIPOFF_STATUS_KEY_SECRET = os.environ.get("TIPOFF_STATUS_KEY_SECRET", "")
# Alert e-mails (education.subscriptions) and event sign-ups (education.signups). Links in e-mails start with
# PUBLIC_BASE_URL (e.g. https://www.example.com); unset, with the default Wagtail site's root URL.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
# Double opt-in: an address never confirmed is erased after this many days.
ALERT_SUBSCRIPTION_CONFIRM_DAYS = 7
# Recipients per background task when an alert is published (a failed batch is retried on its own).
ALERT_EMAIL_BATCH_SIZE = int(os.environ.get("ALERT_EMAIL_BATCH_SIZE", "100"))
# Signed-up people are reminded this many hours before the start (`manage.py send_event_reminders`).
EVENT_REMINDER_HOURS = 24
# Who is e-mailed about new tip-offs and SLA breaches (comma-separated); empty means nobody.
TIPOFF_NOTIFY_EMAILS = env_list("TIPOFF_NOTIFY_EMAILS")
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
        # Lock-outs and repeated failures are warnings; every successful login at INFO is noise.
        "axes": {"level": "WARNING"},
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
# Images may also come from the public media bucket (MEDIA_STORAGE=s3), and from nowhere else.
_MEDIA_SOURCE = f" {MEDIA_ORIGIN}" if MEDIA_ORIGIN else ""
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; img-src 'self' data:{_MEDIA_SOURCE}; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'self'; object-src 'none'"
)
CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES = ("/admin/",)
# The admin's own policy (common.middleware), as strict as Wagtail 8 allows. Its date pickers, inline
# panels and list filters are set up by inline <script>s and its rich-text editor adds <style> elements, so
# script and style need 'unsafe-inline'; nothing may load from or talk to another host, and no eval. The
# sign-in and two-factor pages need none of that and get the policy without 'unsafe-inline'.
ADMIN_CONTENT_SECURITY_POLICY_PREFIX = "/admin/"
_ADMIN_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:{media}; style-src 'self'{inline}; "
    "script-src 'self'{inline}; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; "
    "base-uri 'self'; object-src 'none'"
)
ADMIN_CONTENT_SECURITY_POLICY = _ADMIN_POLICY.format(inline=" 'unsafe-inline'", media=_MEDIA_SOURCE)
ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY = _ADMIN_POLICY.format(inline="", media=_MEDIA_SOURCE)
# Browser features no page of the site uses, turned off for every page and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)
# Nothing in the admin may call out: no avatars from gravatar.com, no update check against wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
