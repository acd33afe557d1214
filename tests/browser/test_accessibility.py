"""Keyboard access, text-not-colour alert levels, WCAG AA contrast and labelled form controls."""

import pytest

from .contrast import COLLECT_SCRIPT, contrast_ratio, failures, flatten, parse_color
from .support import PHONE, browser_db

# For each input, select and textarea: how it is labelled, or null when it is not.
LABELS_SCRIPT = """
() => Array.from(document.querySelectorAll("input, select, textarea"))
    .filter((el) => !["hidden", "submit", "button", "reset", "image"].includes((el.type || "").toLowerCase()))
    .map((el) => {
        const text = (node) => (node ? node.textContent.trim() : "");
        let label = null;
        if (el.id) {
            const forLabel = Array.from(document.querySelectorAll("label"))
                .find((l) => l.htmlFor === el.id);
            if (forLabel && text(forLabel)) label = "label[for]: " + text(forLabel);
        }
        if (!label && el.closest("label") && text(el.closest("label"))) {
            label = "wrapping label: " + text(el.closest("label"));
        }
        if (!label && (el.getAttribute("aria-label") || "").trim()) {
            label = "aria-label: " + el.getAttribute("aria-label").trim();
        }
        if (!label && el.getAttribute("aria-labelledby")) {
            const joined = el.getAttribute("aria-labelledby").split(/\\s+/)
                .map((id) => text(document.getElementById(id))).join(" ").trim();
            if (joined) label = "aria-labelledby: " + joined;
        }
        return {control: el.outerHTML.slice(0, 120), label: label};
    })
"""


@pytest.mark.browser
@browser_db
def test_skip_link_is_first_tab_stop_visible_and_moves_focus_to_main(
    live_server, new_context, home, report_page, make_alert, make_guide, make_event
):
    for _ in range(5):
        make_alert()
    for _ in range(4):
        make_guide()
    make_event()
    page = new_context(**PHONE).new_page()
    page.goto(live_server.url + "/")

    skip_link = page.get_by_role("link", name="跳到正文")
    assert not _in_viewport(skip_link.bounding_box(), page.viewport_size), "hidden until focused"

    page.keyboard.press("Tab")
    assert skip_link.evaluate("el => el === document.activeElement"), "the first Tab stop is the skip link"
    box = skip_link.bounding_box()
    assert _in_viewport(box, page.viewport_size), f"focused skip link is off screen: {box}"

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    assert page.evaluate("document.activeElement.id") == "main"
    # The page scrolled so that the main content starts at the top of the screen (or as far as it can).
    expected = page.evaluate(
        "Math.min(document.getElementById('main').getBoundingClientRect().top + window.scrollY,"
        " document.documentElement.scrollHeight - window.innerHeight)"
    )
    assert expected > 0, "the page should be long enough to need scrolling"
    assert abs(page.evaluate("window.scrollY") - expected) <= 2
    # The next Tab continues from the main content, not from the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def _in_viewport(box, viewport):
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= viewport["width"]
        and box["y"] + box["height"] <= viewport["height"]
    )


@pytest.mark.browser
@browser_db
def test_contrast_helper_matches_known_wcag_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("rgb(255, 255, 255)", "rgb(179, 38, 30)") == pytest.approx(6.5, abs=0.1)
    assert flatten(["rgba(0, 0, 0, 0)", "rgb(11, 79, 156)"]) == (11.0, 79.0, 156.0, 1.0)
    assert flatten(["rgba(0, 0, 0, 0.5)", "rgba(0, 0, 0, 0)"]) == pytest.approx((127.5, 127.5, 127.5, 1.0))
    assert parse_color("rgba(1, 2, 3, 0.25)") == (1.0, 2.0, 3.0, 0.25)


@pytest.mark.browser
@browser_db
def test_alert_level_is_text_and_every_text_meets_wcag_aa(
    live_server, page, home, report_page, alert_index, guide_index, make_alert, make_guide, make_event
):
    import datetime

    from django.utils import timezone

    urgent = make_alert(title="有人冒充本公司客服", level="urgent")
    make_alert(level="warning")
    make_alert(level="notice")
    make_alert(level="warning", valid_until=timezone.localdate() - datetime.timedelta(days=1))
    make_guide()
    make_event()

    for url in ("/", alert_index.url):
        page.goto(live_server.url + url)
        card = page.locator(".card--alert", has=page.get_by_role("link", name=urgent.title))
        badge = card.locator(".level")
        assert badge.inner_text().strip() == "紧急", f"{url}: the level is written out, not only coloured"

        badges = page.locator(".level")
        assert set(badges.all_inner_texts()) >= {"紧急", "警示", "提示"}
        badge_samples = badges.evaluate_all(COLLECT_SCRIPT)
        assert len(badge_samples) == badges.count()
        for sample in badge_samples:
            ratio = contrast_ratio(parse_color(sample["color"]), flatten(sample["backgrounds"]))
            assert ratio >= 4.5, f"{url}: level badge “{sample['text']}” contrast {ratio:.2f}:1"

        # Every visible piece of text on the page: body text, links, buttons, header, footer.
        samples = page.evaluate(COLLECT_SCRIPT, None)
        elements = {s["element"].split(".")[0] for s in samples}
        assert {"a", "p", "h1", "time"} <= elements, elements
        assert failures(samples) == [], url

    # Filter chips, including the highlighted current one.
    page.goto(live_server.url + guide_index.url + "?category=maochong-kefu")
    chips = page.locator(".chips a")
    assert chips.locator("[aria-current]").count() == 0
    assert page.locator(".chips a[aria-current]").count() == 1
    assert failures(chips.evaluate_all(COLLECT_SCRIPT)) == []
    assert failures(page.evaluate(COLLECT_SCRIPT, None)) == []


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("path", ["/", "/search/", "/search/?q=客服"])
def test_every_form_control_has_an_accessible_label(live_server, page, home, report_page, make_guide, path):
    make_guide(title="冒充客服的骗局")
    page.goto(live_server.url + path)
    controls = page.evaluate(LABELS_SCRIPT)
    assert controls, f"{path}: expected at least the search box"
    unlabelled = [c["control"] for c in controls if not c["label"]]
    assert unlabelled == [], f"{path}: form controls without an accessible label"
    if path.startswith("/search/"):
        assert any(c["label"] == "label[for]: 关键词" for c in controls)
