"""The page language in the forms the web needs: ``<html lang>`` (BCP 47), OpenGraph locale, schema.org.

The public site speaks Simplified Chinese only until a translated page tree exists: a browser asking for
another language (Accept-Language) still gets Chinese pages with Chinese messages, and no page varies on
that header. The language is never guessed from the browser.
"""

from django.utils import translation

# Django language code -> (BCP 47 tag, OpenGraph locale)
_TAGS = {"zh-hans": ("zh-Hans", "zh_CN"), "en": ("en", "en_US")}


def _tags():
    return _TAGS.get(translation.get_language() or "zh-hans", _TAGS["zh-hans"])


def html_lang():
    return _tags()[0]


def og_locale():
    return _tags()[1]
