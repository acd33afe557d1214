"""The page language, chosen by the URL and never guessed, in the forms <html lang> and OpenGraph use.

Chinese (``LANGUAGE_CODE``) is served at the usual, unprefixed URLs; English under ``/en/`` (``i18n_patterns``
with ``prefix_default_language=False`` in ``site/urls.py``). A browser asking for English in its
Accept-Language still gets Chinese pages with Chinese messages at ``/``: the reader chooses English by
following an ``/en/`` link (the language switcher). Because the language is in the URL and nowhere else,
no page varies on Accept-Language or on a cookie, and the page cache and CDNs can keep every page.
"""

from django.conf import settings
from django.utils import translation

# Django language code -> (BCP 47 tag, OpenGraph locale)
_TAGS = {"zh-hans": ("zh-Hans", "zh_CN"), "en": ("en", "en_US")}


def language_from_path(path):
    """The language of a URL path: its prefix (``/en/…``) if it names another language, else the default."""
    prefix = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    if prefix in codes and prefix != settings.LANGUAGE_CODE:
        return prefix
    return settings.LANGUAGE_CODE


class URLLanguageMiddleware:
    """Activate the language the URL names, for every request, instead of Django's LocaleMiddleware.

    LocaleMiddleware would read Accept-Language and a cookie, and add ``Vary: Accept-Language`` to every
    unprefixed page (which the page cache refuses to keep). Activating on every request also stops a
    language activated by an earlier request on the same thread (an editor's admin language) leaking.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_from_path(request.path_info)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            return self.get_response(request)
        finally:
            translation.activate(settings.LANGUAGE_CODE)


def _tags(language=None):
    return _TAGS.get(language or translation.get_language() or "zh-hans", _TAGS["zh-hans"])


def html_lang(language=None):
    """BCP 47 tag of ``language`` (default: the active language), e.g. ``zh-Hans``."""
    return _tags(language)[0]


def og_locale(language=None):
    return _tags(language)[1]
