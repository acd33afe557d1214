"""长辈模式 in a real browser at 320 px: computed font sizes, contrast and tap-target sizes in both modes, the
switch with JavaScript off, 朗读 only where the browser can speak, and axe on the pages in 长辈模式."""

import pytest
from playwright.sync_api import expect

from .axe import axe_violations
from .contrast import COLLECT_SCRIPT, failures
from .support import browser_db

WIDTH = 320
COOKIE = "elder_mode"

# Every control and stand-alone link a finger must hit: its size, unless it is a link inside a sentence
# (WCAG 2.5.5/2.5.8 exempt those; 长辈模式 keeps them in the line of text).
TARGETS_SCRIPT = """
() => {
    const ownText = (el) => Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
    const out = [];
    for (const el of document.querySelectorAll(
            "a[href], button, input:not([type=hidden]), select, textarea, summary")) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        if (style.visibility === "hidden" || style.display === "none") continue;
        if (el.closest("[hidden], [aria-hidden=true]")) continue;
        if (rect.width <= 1 || rect.height <= 1) continue;
        // parked off screen: the skip link until focused, the honeypot
        if (rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0) continue;
        if (style.display === "inline" && el.parentElement && ownText(el.parentElement)) continue;
        out.push({
            element: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).trim() : ""),
            text: (el.textContent || el.getAttribute("aria-label") || el.name || "").trim().slice(0, 20),
            width: rect.width,
            height: rect.height,
        });
    }
    return out;
}
"""


@pytest.fixture
def elder_site(home, report_page, guide_index, make_guide, make_alert, make_event, category):
    guide = make_guide(
        title="冒充客服要您转账到“安全账户”怎么办",
        tags=["冒充客服"],
        body=[
            ("heading", {"text": "识别骗局", "level": "h2"}),
            (
                "paragraph",
                '<p>正规客服不会让您转账。拿不准时，拨打<a href="tel:110">110</a>或官方热线核实。</p>',
            ),
            ("warning_signs", {"title": "识别特征", "signs": ["要求共享屏幕", "催促转账"]}),
        ],
    )
    for _ in range(2):
        make_guide()
    alert = make_alert(level="urgent", title="有人冒充本公司客服")
    make_alert(level="warning")
    make_event()
    return {"home": home, "guide": guide, "alert": alert, "guides": guide_index}


def _context(new_context, live_server, elder, **options):
    context = new_context(viewport={"width": WIDTH, "height": 640}, **options)
    if elder:
        context.add_cookies([{"name": COOKIE, "value": "1", "url": live_server.url}])
    return context


def _is_control(target):
    """Buttons and form fields: 44 px tall in the normal mode too (links there follow the text)."""
    tag, _dot, classes = target["element"].partition(".")
    return tag in {"button", "input", "select", "textarea"} or "button" in classes.split()


def _px(page, selector, prop="font-size"):
    return float(
        page.eval_on_selector(selector, f"el => getComputedStyle(el).getPropertyValue('{prop}')")[:-2]
    )


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_font_size_contrast_and_tap_targets_at_320px(live_server, new_context, elder_site, elder):
    page = _context(new_context, live_server, elder).new_page()
    urls = [
        "/",
        elder_site["guide"].url,
        elder_site["alert"].url,
        elder_site["guides"].url + "?category=maochong-kefu",
    ]
    problems = []
    for url in urls:
        page.goto(live_server.url + url)
        assert (page.evaluate("document.documentElement.className") == "elder") is elder
        body = _px(page, "body")
        h1 = _px(page, "h1")
        samples = page.evaluate(COLLECT_SCRIPT, None)
        targets = page.evaluate(TARGETS_SCRIPT)
        assert samples and targets
        if elder:
            assert body >= 20, url
            assert h1 >= 1.4 * body, f"{url}: headings scale with the text ({h1}px)"
            small = [f"{s['element']} “{s['text']}” {s['fontSize']}px" for s in samples if s["fontSize"] < 20]
            problems += [f"{url}: text under 20px: {line}" for line in small]
            problems += [f"{url}: contrast {line}" for line in failures(samples, minimum=7)]
            problems += [
                f"{url}: tap target {t['element']} “{t['text']}” {t['width']:.0f}×{t['height']:.0f}"
                for t in targets
                if t["width"] < 48 or t["height"] < 48
            ]
            # One column: no card borders or chips, nothing side by side in the main content.
            assert page.locator(".chips a, .chip").evaluate_all(
                "els => els.every(el => getComputedStyle(el).borderTopWidth === '0px')"
            )
        else:
            assert 16 <= body < 20, url
            assert h1 >= 1.4 * body
            problems += [f"{url}: contrast {line}" for line in failures(samples)]
            problems += [
                f"{url}: tap target {t['element']} “{t['text']}” {t['width']:.0f}×{t['height']:.0f}"
                for t in targets
                if _is_control(t) and t["height"] < 44
            ]
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            problems.append(f"{url}: scrolls sideways ({width}px)")
    assert problems == []


@pytest.mark.browser
@browser_db
def test_elder_mode_is_bigger_than_normal_and_animations_are_off(live_server, new_context, elder_site):
    sizes = {}
    for elder in (False, True):
        page = _context(new_context, live_server, elder).new_page()
        page.goto(live_server.url + elder_site["guide"].url)
        sizes[elder] = (
            _px(page, "body"),
            _px(page, "h1"),
            _px(page, "h2"),
            _px(page, ".elder-switch__button", "height"),
        )
        if elder:
            assert page.eval_on_selector(".button", "el => getComputedStyle(el).transitionDuration") == "0s"
            assert page.eval_on_selector("body", "el => getComputedStyle(el).animationName") == "none"
    assert all(big > small for small, big in zip(sizes[False], sizes[True], strict=True)), sizes


@pytest.mark.browser
@browser_db
def test_the_switch_works_without_javascript_and_keeps_the_page(live_server, new_context, elder_site):
    context = _context(new_context, live_server, False, java_script_enabled=False)
    page = context.new_page()
    url = live_server.url + elder_site["guides"].url + "?category=maochong-kefu"
    page.goto(url)
    switch = page.get_by_role("button", name="长辈模式")
    assert switch.get_attribute("aria-pressed") == "false"
    switch.click()
    expect(page.locator("html")).to_have_class("elder")
    assert page.url == url
    assert [c["value"] for c in context.cookies() if c["name"] == COOKIE] == ["1"]
    switch = page.get_by_role("button", name="长辈模式")
    assert switch.get_attribute("aria-pressed") == "true"
    expect(page.get_by_role("navigation", name="常用操作")).to_be_visible()
    # It stays on from page to page, then off again.
    page.goto(live_server.url + elder_site["guide"].url)
    assert page.evaluate("document.documentElement.className") == "elder"
    page.get_by_role("button", name="长辈模式").click()
    expect(page.locator("html")).not_to_have_class("elder")
    assert page.url == live_server.url + elder_site["guide"].url
    assert page.evaluate("document.documentElement.className") == ""
    assert not [c for c in context.cookies() if c["name"] == COOKIE]
    # Without JavaScript nothing can speak, so there is no 朗读 button to press.
    assert page.get_by_role("button", name="朗读").count() == 0


FAKE_SPEECH = """
window.__spoken = [];
window.__cancelled = 0;
Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
    speaking: false,
    speak(utterance) { window.__spoken.push([utterance.text, utterance.lang]); },
    cancel() { window.__cancelled += 1; },
    getVoices() { return []; },
}});
"""


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_read_aloud_reads_the_main_text(live_server, new_context, elder_site, elder):
    context = _context(new_context, live_server, elder)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    page.goto(live_server.url + elder_site["guide"].url)
    button = page.get_by_role("button", name="朗读")
    button.click()
    spoken = page.evaluate("window.__spoken")
    texts = [text for text, _lang in spoken]
    assert texts[0] == elder_site["guide"].title
    assert "识别特征" in texts and "要求共享屏幕" in texts
    assert {lang for _text, lang in spoken} == {"zh-CN"}
    assert not any("对您有帮助吗" in text for text in texts), "only the article, not the form after it"
    expect(page.get_by_role("button", name="停止朗读")).to_be_visible()
    page.get_by_role("button", name="停止朗读").click()
    assert page.evaluate("window.__cancelled") >= 2
    expect(button).to_have_text("朗读")


@pytest.mark.browser
@browser_db
def test_read_aloud_stays_hidden_where_the_browser_cannot_speak(live_server, new_context, elder_site):
    context = _context(new_context, live_server, True)
    context.add_init_script('Object.defineProperty(window, "SpeechSynthesisUtterance", {value: undefined});')
    page = context.new_page()
    page.goto(live_server.url + elder_site["guide"].url)
    page.wait_for_load_state("load")
    assert page.locator(".read-aloud__button").count() == 1
    expect(page.locator(".read-aloud__button")).not_to_be_visible()


@pytest.mark.browser
@browser_db
def test_axe_finds_nothing_in_elder_mode(live_server, new_context, elder_site):
    page = _context(new_context, live_server, True).new_page()
    for url in ("/", elder_site["guide"].url, elder_site["alert"].url, elder_site["guides"].url):
        page.goto(live_server.url + url)
        assert axe_violations(page) == [], url
