"""What the printable A4 poster of a guide or an alert shows: the key points, the official channels and a
QR code (segno, inline SVG) back to the page."""

import segno
from django.utils.safestring import mark_safe


def qr_code(url):
    """The QR code of ``url``: medium error correction, survives a smudged print or a folded corner."""
    return segno.make(url, error="m", micro=False)


def qr_svg(url):
    svg = qr_code(url).svg_inline(scale=1, border=2, omitsize=True, dark="#000", light="#fff")
    return mark_safe(svg.replace("<svg ", '<svg role="img" aria-hidden="true" focusable="false" ', 1))  # noqa: S308 - segno's own markup


def key_points(page):
    """(warning signs, steps) from a guide's 识别特征 and 应对步骤 blocks, in body order."""
    signs, steps = [], []
    for block in getattr(page, "body", []):
        if block.block_type == "warning_signs":
            signs.extend(block.value["signs"])
        elif block.block_type == "steps":
            steps.extend(block.value["steps"])
    return signs, steps


def official_channels(site_settings):
    """(name, value) of the company's free official channels from 站点信息, each value once."""
    from django.utils.translation import gettext as _

    lines, seen = [], set()

    def add(name, value):
        if value and value not in seen:
            seen.add(value)
            lines.append((name, value))

    if site_settings.hotline:
        hours = f"（{site_settings.hotline_hours}）" if site_settings.hotline_hours else ""
        add(_("官方客服热线"), site_settings.hotline)
        if hours:
            lines[-1] = (lines[-1][0], lines[-1][1] + hours)
    for channel in site_settings.official_channels:
        value = channel.value
        text = value["value"] + (f" — {value['description']}" if value.get("description") else "")
        if value["value"] not in seen:
            seen.add(value["value"])
            lines.append((value["name"], text))
    if site_settings.official_app_name:
        add(_("官方 App"), site_settings.official_app_name)
        if lines[-1][1] == site_settings.official_app_name:
            lines[-1] = (
                lines[-1][0],
                _("「%(app)s」，只从手机自带的应用商店下载") % {"app": site_settings.official_app_name},
            )
    add(_("微信公众号"), site_settings.wechat_official_account)
    return lines


def poster_context(request, page, site_settings):
    url = page.get_full_url(request)
    signs, steps = key_points(page)
    return {
        "page": page,
        "self": page,
        "site_settings": site_settings,
        "page_url": url,
        "qr_svg": qr_svg(url),
        "warning_signs": signs,
        "steps": steps,
        "categories": page.card_categories(),
        "official_channels": official_channels(site_settings),
    }
