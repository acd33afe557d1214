"""WCAG 2.x contrast from computed CSS colours, and the page script that collects them."""

import re

_RGB = re.compile(r"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)")

WHITE = (255.0, 255.0, 255.0, 1.0)


def parse_color(value):
    """``rgb(r, g, b)`` / ``rgba(r, g, b, a)`` as getComputedStyle returns them -> (r, g, b, a)."""
    if value.strip() == "transparent":
        return (0.0, 0.0, 0.0, 0.0)
    match = _RGB.fullmatch(value.strip())
    if not match:
        raise ValueError(f"unsupported computed colour: {value!r}")
    r, g, b, a = match.groups()
    if a is None:
        alpha = 1.0
    elif a.endswith("%"):
        alpha = float(a[:-1]) / 100
    else:
        alpha = float(a)
    return (float(r), float(g), float(b), alpha)


def composite(top, bottom):
    """``top`` drawn over the opaque colour ``bottom``."""
    alpha = top[3]
    return tuple(top[i] * alpha + bottom[i] * (1 - alpha) for i in range(3)) + (1.0,)


def flatten(backgrounds):
    """Background colours from the element outwards -> the opaque colour seen behind the text."""
    result = WHITE  # the canvas
    for layer in reversed([parse_color(b) for b in backgrounds]):
        result = composite(layer, result)
    return result


def relative_luminance(color):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in color[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg, bg):
    """WCAG contrast ratio of two colours ("#rrggbb", CSS rgb() strings or tuples), 1..21."""
    fg, bg = (_as_tuple(c) for c in (fg, bg))
    if bg[3] < 1:
        bg = composite(bg, WHITE)
    if fg[3] < 1:
        fg = composite(fg, bg)
    lighter, darker = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _as_tuple(color):
    if isinstance(color, tuple):
        return color if len(color) == 4 else (*color, 1.0)
    if color.startswith("#"):
        return tuple(float(int(color[i : i + 2], 16)) for i in (1, 3, 5)) + (1.0,)
    return parse_color(color)


def is_large_text(font_size_px, font_weight):
    """WCAG "large scale": at least 18pt (24px), or 14pt (18.66px) bold."""
    return font_size_px >= 24 or (font_size_px >= 18.66 and int(font_weight) >= 700)


def required_ratio(font_size_px, font_weight):
    return 3.0 if is_large_text(font_size_px, font_weight) else 4.5


# Runs in the page: for each element given (or each visible element holding its own text), the text
# colour, the background colours from it up to the first opaque one, and its font size and weight.
COLLECT_SCRIPT = """
(elements) => {
    const ownText = (el) => Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
    if (!elements) {
        elements = Array.from(document.body.querySelectorAll("*")).filter(ownText);
    }
    const out = [];
    for (const el of elements) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        // Skip what nobody sees: hidden, clipped to 1px (.visually-hidden), or parked off the top.
        if (style.visibility === "hidden" || style.display === "none") continue;
        if (rect.width <= 1 || rect.height <= 1 || rect.bottom + window.scrollY <= 0) continue;
        const backgrounds = [];
        for (let node = el; node; node = node.parentElement) {
            const bg = getComputedStyle(node).backgroundColor;
            backgrounds.push(bg);
            const nums = bg.match(/[\\d.]+/g) || [];
            const alpha = bg === "transparent" ? 0 : (nums.length > 3 ? parseFloat(nums[3]) : 1);
            if (alpha >= 1) break;
        }
        const cls = el.getAttribute("class");
        out.push({
            element: el.tagName.toLowerCase() + (cls ? "." + cls.trim().split(/\\s+/).join(".") : ""),
            text: el.textContent.trim().replace(/\\s+/g, " ").slice(0, 30),
            color: style.color,
            backgrounds: backgrounds,
            fontSize: parseFloat(style.fontSize),
            fontWeight: style.fontWeight,
        });
    }
    return out;
}
"""


def failures(samples, minimum=None):
    """The samples (from COLLECT_SCRIPT) below WCAG AA, or below ``minimum`` for every text (7 for
    长辈模式's AAA), as readable lines."""
    bad = []
    for s in samples:
        bg = flatten(s["backgrounds"])
        ratio = contrast_ratio(parse_color(s["color"]), bg)
        needed = minimum or required_ratio(s["fontSize"], s["fontWeight"])
        if ratio < needed:
            bad.append(
                f"{s['element']} “{s['text']}”: {s['color']} on rgb{tuple(round(c) for c in bg[:3])} "
                f"= {ratio:.2f}:1 < {needed}:1"
            )
    return bad
