"""Which reported contacts are the company's own official channels.

Someone may report our real hotline (they were unsure and wanted to check), or a scammer may spoof it
(caller-ID spoofing of 400 and 95xxx numbers is common). Either way the team must see at once that the
value is ours. The official channels are read from the site settings (设置 → 站点信息), never copied, and
cached only for the current request, so an edit there shows on the next page load.
"""

from django.core.exceptions import ValidationError
from django.http import HttpRequest

from tipoffs.models import ContactKind
from tipoffs.suspects.normalise import normalise_contact

# Official channel kinds (education.blocks.OfficialChannelBlock) -> contact kinds their value may match.
_KINDS_BY_CHANNEL = {
    "phone": (ContactKind.PHONE,),
    "website": (ContactKind.URL,),
    "app": (ContactKind.URL,),
    "wechat": (ContactKind.WECHAT, ContactKind.NAME),
    "other": (ContactKind.PHONE, ContactKind.URL, ContactKind.WECHAT, ContactKind.QQ, ContactKind.NAME),
}
_REQUEST_CACHE_ATTRIBUTE = "_tipoffs_official_contact_keys"


def _keys_for(value, kinds):
    keys = set()
    for kind in kinds:
        try:
            normalised = normalise_contact(kind, value)
        except ValidationError:
            continue
        keys.add((normalised.kind, normalised.value))
    return keys


def compute_official_contact_keys(settings_instance):
    keys = set()
    if settings_instance.hotline:
        keys |= _keys_for(settings_instance.hotline, (ContactKind.PHONE,))
    if settings_instance.wechat_official_account:
        keys |= _keys_for(settings_instance.wechat_official_account, _KINDS_BY_CHANNEL["wechat"])
    for block in settings_instance.official_channels:
        if block.block_type != "channel":
            continue
        channel = block.value
        kinds = _KINDS_BY_CHANNEL.get(channel.get("kind"), _KINDS_BY_CHANNEL["other"])
        keys |= _keys_for(channel.get("value") or "", kinds)
    return frozenset(keys)


def official_contact_keys(site_or_request=None):
    """The set of ``(kind, normalised value)`` of the official hotline and channels.

    Given a request, the result is cached on that request only; given a site (or nothing), it is computed
    afresh.
    """
    from education.models.site_settings import SiteSettings

    if isinstance(site_or_request, HttpRequest):
        cached = getattr(site_or_request, _REQUEST_CACHE_ATTRIBUTE, None)
        if cached is None:
            cached = compute_official_contact_keys(SiteSettings.load(request_or_site=site_or_request))
            setattr(site_or_request, _REQUEST_CACHE_ATTRIBUTE, cached)
        return cached
    return compute_official_contact_keys(SiteSettings.load(request_or_site=site_or_request))


def is_official(contact, keys):
    """True if ``contact`` (anything with ``kind`` and ``value``) is one of ``keys``."""
    return (contact.kind, contact.value) in keys
