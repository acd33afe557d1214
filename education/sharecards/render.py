"""Drawing a share card: a 1200×630 PNG with Pillow, titles wrapped for Chinese.

The font is a CJK font the project installs (Debian's fonts-noto-cjk: Noto Sans CJK SC), found by the path
in ``SHARE_CARD_FONT``; ``manage.py check`` warns when it is missing (``education.W001``) and drawing then
fails with a message saying which package to install, rather than drawing boxes for every character.
"""

import functools
import io
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from PIL import Image, ImageDraw, ImageFont

from .content import CARD_SIZE

MARGIN = 72
TITLE_SIZE, TITLE_LINES = 66, 3
FOOTER_HEIGHT = 120
INK, MUTED, PAPER, FOOTER = "#1a1a1a", "#4d4d4d", "#ffffff", "#13243a"
# Kinsoku: characters that may not start a line, and those that may not end one.
NO_LINE_START = set("，。、；：？！）》」』”’…—·%,.;:?!)]}")
NO_LINE_END = set("（《「『“‘([{")


class ShareCardFontMissing(ImproperlyConfigured):
    pass


def font_paths():
    return settings.SHARE_CARD_FONT, settings.SHARE_CARD_FONT_REGULAR


def missing_fonts():
    return [path for path in font_paths() if not Path(path).is_file()]


@functools.lru_cache(maxsize=16)
def _font(path, size, index):
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError as error:
        raise ShareCardFontMissing(
            f"Share cards need a CJK font; {path} could not be read ({error}). Install Debian's "
            "fonts-noto-cjk (`make run` and `make test` do) or set SHARE_CARD_FONT/SHARE_CARD_FONT_REGULAR."
        ) from error


def font(size, bold=True):
    bold_path, regular_path = font_paths()
    return _font(bold_path if bold else regular_path, size, settings.SHARE_CARD_FONT_INDEX)


def _units(text):
    """Break points: each CJK character on its own, runs of Latin letters and digits kept whole."""
    units, word = [], ""
    for char in text:
        if char.isascii() and (char.isalnum() or char in "-_/.@"):
            word += char
            continue
        if word:
            units.append(word)
            word = ""
        units.append(char)
    if word:
        units.append(word)
    return units


def wrap(text, typeface, width, max_lines):
    """Lines of ``text`` no wider than ``width``; the last one ends in “…” when the text is cut."""
    lines, line = [], ""
    units = _units(" ".join(text.split()))
    for index, unit in enumerate(units):
        candidate = line + unit
        if not line or typeface.getlength(candidate) <= width or unit in NO_LINE_START:
            line = candidate.lstrip() if not line else candidate
            continue
        carried = ""
        if line[-1] in NO_LINE_END:  # an opening bracket moves to the next line with what it opens
            line, carried = line[:-1], line[-1]
        lines.append(line.rstrip())
        line = (carried + unit).lstrip()
        if len(lines) == max_lines:
            rest = "".join(units[index:])
            return _ellipsis(lines, rest, typeface, width)
    if line:
        lines.append(line.rstrip())
    return lines if len(lines) <= max_lines else _ellipsis(lines[:max_lines], "x", typeface, width)


def _ellipsis(lines, rest, typeface, width):
    if not rest.strip():
        return lines
    last = lines[-1]
    while last and typeface.getlength(last + "…") > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines


def draw_card(content):
    """The card's PNG bytes."""
    width, height = CARD_SIZE
    image = Image.new("RGB", CARD_SIZE, PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 18], fill=content.badge_colour)

    # The badge: the alert level word in its colour (or the kind), then the categories.
    badge_font = font(36)
    x, y = MARGIN, 70
    left, top, right, bottom = draw.textbbox((0, 0), content.badge, font=badge_font)
    badge_box = [x, y, x + (right - left) + 48, y + 68]
    draw.rounded_rectangle(badge_box, radius=12, fill=content.badge_colour)
    draw.text((x + 24, y + 34), content.badge, font=badge_font, fill=content.badge_text_colour, anchor="lm")
    # Beside it: the kind (unless the badge says it already) and the categories.
    label = " · ".join(
        [*([] if content.badge == content.kind_label else [content.kind_label]), *content.categories]
    )
    if label:
        category_font = font(32, bold=False)
        room = width - MARGIN - (badge_box[2] + 28)
        label = wrap(label, category_font, room, 1)[0] if room > 100 else ""
        draw.text((badge_box[2] + 28, y + 34), label, font=category_font, fill=MUTED, anchor="lm")

    # The title, wrapped for Chinese, at most three lines.
    title_font = font(TITLE_SIZE)
    line_height = int(TITLE_SIZE * 1.32)
    y = 182
    for line in wrap(content.title, title_font, width - 2 * MARGIN, TITLE_LINES):
        draw.text((MARGIN, y), line, font=title_font, fill=INK)
        y += line_height
    if content.detail:
        detail_font = font(32, bold=False)
        detail = wrap(content.detail, detail_font, width - 2 * MARGIN, 1)[0]
        draw.text((MARGIN, max(y + 14, 420)), detail, font=detail_font, fill=MUTED)

    # The brand.
    draw.rectangle([0, height - FOOTER_HEIGHT, width, height], fill=FOOTER)
    brand_font = font(42)
    centre = height - FOOTER_HEIGHT // 2
    draw.text((MARGIN, centre), content.brand, font=brand_font, fill="#ffffff", anchor="lm")
    brand_width = draw.textlength(content.brand, font=brand_font)
    if content.tagline:
        tagline_font = font(28, bold=False)
        x = MARGIN + brand_width + 32
        tagline = wrap(content.tagline, tagline_font, width - MARGIN - x, 1)[0]
        draw.text((x, centre + 2), tagline, font=tagline_font, fill="#c9d6e6", anchor="lm")

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
