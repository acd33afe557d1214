"""Illustrations for the demo content, drawn with Pillow.

The demo site must build offline and without licensing questions, so instead of downloading photos
we draw simple flat illustrations: a two-colour gradient, a few soft circles and one icon-like motif
(shield, phone, chat bubbles ...). No text is drawn, so no font is needed. Drawing is deterministic
(seeded by the image key), so the same key always gives the same picture.
"""

import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

# Drawn at twice the final size and scaled down: Pillow's ImageDraw does not anti-alias shapes.
SUPERSAMPLE = 2
WHITE = (255, 255, 255, 255)
ALERT_RED = (214, 48, 49, 255)
INK = (33, 37, 41, 255)

SIZES = {
    "hero": (1200, 630),  # the Open Graph share-card ratio, also used as a guide's header image
    "figure": (1200, 800),  # an illustration inside an article body
}


def hex_to_rgba(value, alpha=255):
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)


class Canvas:
    """A square drawing area for a motif, with coordinates given as fractions of its side.

    Motifs are described in unit coordinates (0–1) so each one is written once and scales to any
    image size.
    """

    def __init__(self, draw, left, top, side, colour):
        self.draw, self.left, self.top, self.side, self.colour = draw, left, top, side, colour

    def xy(self, x, y):
        return (self.left + x * self.side, self.top + y * self.side)

    def box(self, x0, y0, x1, y1):
        return (*self.xy(x0, y0), *self.xy(x1, y1))

    def px(self, fraction):
        return max(1, round(fraction * self.side))

    def rect(self, x0, y0, x1, y1, fill, radius=0.03, outline=None, width=0):
        self.draw.rounded_rectangle(
            self.box(x0, y0, x1, y1), radius=self.px(radius), fill=fill, outline=outline, width=self.px(width)
        )

    def circle(self, x, y, r, fill, outline=None, width=0):
        self.draw.ellipse(
            self.box(x - r, y - r, x + r, y + r), fill=fill, outline=outline, width=self.px(width)
        )

    def polygon(self, points, fill):
        self.draw.polygon([self.xy(x, y) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line([self.xy(x, y) for x, y in points], fill=fill, width=self.px(width), joint="curve")

    def exclamation(self, x, y, height, fill):
        """An exclamation mark built from a bar and a dot (no font needed)."""
        self.rect(x - height * 0.09, y - height / 2, x + height * 0.09, y + height * 0.2, fill, radius=0.02)
        self.circle(x, y + height * 0.4, height * 0.1, fill)

    def cross(self, x, y, r, fill, width=0.035):
        self.line([(x - r, y - r), (x + r, y + r)], fill, width)
        self.line([(x - r, y + r), (x + r, y - r)], fill, width)


def draw_shield(c):
    c.polygon([(0.5, 0.06), (0.88, 0.2), (0.84, 0.56), (0.5, 0.94), (0.16, 0.56), (0.12, 0.2)], WHITE)
    c.line([(0.33, 0.5), (0.46, 0.63), (0.69, 0.37)], c.colour, 0.07)


def draw_phone(c):
    c.rect(0.28, 0.04, 0.72, 0.96, WHITE, radius=0.07)
    c.rect(0.32, 0.12, 0.68, 0.86, c.colour, radius=0.02)
    for i, width in enumerate((0.24, 0.18, 0.26)):
        top = 0.2 + i * 0.17
        c.rect(0.36, top, 0.36 + width, top + 0.1, WHITE, radius=0.03)
    c.circle(0.72, 0.14, 0.12, ALERT_RED, outline=WHITE, width=0.02)
    c.exclamation(0.72, 0.13, 0.14, WHITE)


def draw_chat(c):
    c.rect(0.06, 0.12, 0.66, 0.52, WHITE, radius=0.06)
    c.polygon([(0.16, 0.5), (0.3, 0.5), (0.14, 0.64)], WHITE)
    for x in (0.22, 0.36, 0.5):
        c.circle(x, 0.32, 0.04, c.colour)
    c.rect(0.36, 0.46, 0.94, 0.82, WHITE, radius=0.06, outline=c.colour, width=0.015)
    c.polygon([(0.8, 0.8), (0.9, 0.8), (0.9, 0.94)], WHITE)
    c.circle(0.65, 0.64, 0.1, ALERT_RED)
    c.cross(0.65, 0.64, 0.045, WHITE)


def draw_document(c):
    c.polygon([(0.2, 0.04), (0.64, 0.04), (0.8, 0.2), (0.8, 0.96), (0.2, 0.96)], WHITE)
    c.polygon([(0.64, 0.04), (0.64, 0.2), (0.8, 0.2)], c.colour)
    for i in range(6):
        top = 0.3 + i * 0.09
        c.rect(0.28, top, 0.72 - (i % 3) * 0.08, top + 0.03, c.colour, radius=0.01)
    c.circle(0.74, 0.78, 0.15, ALERT_RED, outline=WHITE, width=0.02)
    c.cross(0.74, 0.78, 0.06, WHITE)


def draw_coins(c):
    for i in range(5):
        top = 0.7 - i * 0.11
        c.draw.ellipse(c.box(0.12, top, 0.6, top + 0.2), fill=WHITE, outline=c.colour, width=c.px(0.015))
    c.circle(0.72, 0.32, 0.2, WHITE, outline=c.colour, width=0.02)
    c.circle(0.65, 0.25, 0.04, c.colour)
    c.circle(0.79, 0.39, 0.04, c.colour)
    c.line([(0.8, 0.2), (0.64, 0.44)], c.colour, 0.03)


def draw_lock(c):
    c.rect(0.04, 0.1, 0.6, 0.5, WHITE, radius=0.04)
    c.circle(0.32, 0.3, 0.1, c.colour)
    c.draw.arc(c.box(0.62, 0.42, 0.86, 0.66), start=180, end=360, fill=WHITE, width=c.px(0.045))
    c.line([(0.64, 0.54), (0.64, 0.64)], WHITE, 0.045)
    c.line([(0.84, 0.54), (0.84, 0.64)], WHITE, 0.045)
    c.rect(0.52, 0.6, 0.96, 0.94, WHITE, radius=0.05, outline=c.colour, width=0.015)
    c.circle(0.74, 0.74, 0.04, c.colour)
    c.rect(0.725, 0.74, 0.755, 0.86, c.colour, radius=0.01)


def draw_warning(c):
    c.polygon([(0.5, 0.06), (0.95, 0.9), (0.05, 0.9)], WHITE)
    c.polygon([(0.5, 0.2), (0.83, 0.82), (0.17, 0.82)], ALERT_RED)
    c.exclamation(0.5, 0.56, 0.36, WHITE)


def draw_megaphone(c):
    c.polygon([(0.18, 0.38), (0.7, 0.14), (0.7, 0.78), (0.18, 0.56)], WHITE)
    c.rect(0.08, 0.36, 0.22, 0.58, WHITE, radius=0.02)
    c.rect(0.22, 0.56, 0.34, 0.86, WHITE, radius=0.03)
    for i, length in enumerate((0.12, 0.16, 0.12)):
        y = 0.3 + i * 0.16
        c.line([(0.78, y + (i - 1) * 0.04), (0.78 + length, y + (i - 1) * 0.1)], WHITE, 0.03)


MOTIFS = {
    "shield": draw_shield,
    "phone": draw_phone,
    "chat": draw_chat,
    "document": draw_document,
    "coins": draw_coins,
    "lock": draw_lock,
    "warning": draw_warning,
    "megaphone": draw_megaphone,
}


def gradient(size, start, end):
    """A left-to-right gradient between two colours."""
    mask = PILImage.linear_gradient("L").rotate(90).resize(size)
    return PILImage.composite(
        PILImage.new("RGBA", size, hex_to_rgba(end)), PILImage.new("RGBA", size, hex_to_rgba(start)), mask
    )


def draw_decoration(image, rng):
    """Soft translucent circles and a dot grid, so the illustrations do not look flat."""
    overlay = PILImage.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width, height = image.size
    for _ in range(6):
        r = rng.uniform(0.08, 0.3) * height
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, rng.randint(14, 34)))
    step = height // 16
    for row in range(4):
        for col in range(6):
            x, y = step * (1 + col), height - step * (1 + row)
            draw.ellipse((x - step / 8, y - step / 8, x + step / 8, y + step / 8), fill=(255, 255, 255, 70))
    return PILImage.alpha_composite(image, overlay)


def render_png(key, motif, palette, size="hero"):
    """Return the PNG bytes of one illustration: ``palette`` is (start colour, end colour) in hex."""
    width, height = SIZES[size]
    big = (width * SUPERSAMPLE, height * SUPERSAMPLE)
    image = draw_decoration(gradient(big, *palette), random.Random(key))
    side = int(big[1] * 0.72)
    left = int(big[0] * 0.62 - side / 2)
    top = (big[1] - side) // 2
    MOTIFS[motif](Canvas(ImageDraw.Draw(image), left, top, side, hex_to_rgba(palette[0])))
    image = image.resize((width, height), PILImage.Resampling.LANCZOS).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def get_or_create_image(key, title, motif, palette, size="hero"):
    """Return ``(image, created)``: the Wagtail image titled ``title``, drawn only if it is missing.

    Looking up by title keeps the loader idempotent and leaves editors' replacements alone.
    """
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).order_by("pk").first()
    if existing:
        return existing, False
    png = io.BytesIO(render_png(key, motif, palette, size))
    image = image_model(title=title, file=ImageFile(png, name=f"demo-{key}.png"))
    image.save()
    return image, True


# The demo company's logo: a shield with a tick, drawn as a plain SVG (no text, so no font is needed). It
# is what an editor would upload, and it passes the same SVG checks as an upload (common.images).
DEMO_LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<title>示例金融（虚构）标志</title>
<rect width="64" height="64" rx="12" fill="#0b4f9c"/>
<path d="M32 9 L51 16 V31 C51 43 43 51 32 56 C21 51 13 43 13 31 V16 Z" fill="#ffffff"/>
<path d="M23 32 L30 39 L42 25" fill="none" stroke="#b3261e" stroke-width="5" stroke-linecap="round"
 stroke-linejoin="round"/>
</svg>
"""


def get_or_create_logo(title):
    """Return ``(image, created)``: the demo company's SVG logo in the image library, titled ``title``."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).order_by("pk").first()
    if existing:
        return existing, False
    image = image_model(title=title, file=ContentFile(DEMO_LOGO_SVG.encode(), name="demo-logo.svg"))
    image.save()
    return image, True
