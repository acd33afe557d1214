"""``manage.py check`` says when the share cards' CJK font is missing (education.W001)."""

from django.core import checks


@checks.register()
def share_card_font(app_configs, **kwargs):
    from .render import missing_fonts

    missing = missing_fonts()
    if not missing:
        return []
    return [
        checks.Warning(
            f"The share cards' CJK font is missing: {', '.join(missing)}.",
            hint="Install Debian's fonts-noto-cjk (make run and make test do), or point SHARE_CARD_FONT and "
            "SHARE_CARD_FONT_REGULAR at a CJK .ttc/.otf/.ttf. Until then share cards cannot be drawn.",
            id="education.W001",
        )
    ]
