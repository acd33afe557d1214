"""The statistics pages in the browser: at 320 px nothing scrolls sideways but the tables inside their own
box, the charts are drawn, the tables are there, with JavaScript on or off; axe finds no violation."""

import pytest
from playwright.sync_api import expect

from .support import browser_db

NARROW = {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 2, "is_mobile": True}
PAGES = {"statistics": "/statistics/", "handling": "/statistics/handling/"}


@pytest.fixture
def statistics_data(home, report_page):
    """Tip-offs in several categories and channels this month, some handled late, and an empty cache."""
    import datetime

    from django.core.cache import cache

    from education.models import ScamCategory
    from tests.factories import hours_ago, make_tipoff

    categories = list(ScamCategory.objects.all())
    channels = ["phone_call", "wechat", "sms", "website"]
    for n in range(60):
        received = hours_ago(30 + n)
        make_tipoff(
            contacts=(),
            received_at=received,
            category=categories[n % len(categories)] if n % 9 else None,
            contact_channel=channels[n % len(channels)],
            amount_lost=(n * 937) % 50000 or None,
            acknowledged_at=received + datetime.timedelta(hours=0.5 if n % 7 else 2),
            closed_at=received + datetime.timedelta(hours=10 if n % 5 else 26),
            reporter_contact="+8613900000000" if n % 2 else "",
            status="closed",
            outcome="duplicate" if n % 6 == 0 else "confirmed",
        )
    cache.clear()


def page_width_problems(page):
    """Elements that stick out of the viewport (the page itself must never scroll sideways)."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll("body *"))
                .filter((el) => !el.closest(".table-scroll") || el.matches(".table-scroll"))
                .filter((el) => el.getBoundingClientRect().right > width + 0.5)
                .map((el) => el.tagName + "." + el.className);
        }"""
    )


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("name", list(PAGES))
def test_at_320px_charts_and_tables_fit_without_sideways_scrolling(
    live_server, new_context, statistics_data, screenshot_dir, name, javascript
):
    page = new_context(**NARROW, java_script_enabled=javascript).new_page()
    assert page.goto(live_server.url + PAGES[name]).status == 200
    suffix = "js" if javascript else "no-js"
    page.screenshot(path=str(screenshot_dir / f"statistics-{name}-320-{suffix}.png"), full_page=True)

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page_width_problems(page) == []

    charts = page.locator("figure.stat-chart__figure svg[role=img]")
    assert charts.count() == (4 if name == "statistics" else 3)
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box["width"] >= 250 and box["x"] >= 0 and box["x"] + box["width"] <= 320, box
        assert box["height"] > 50
        assert charts.nth(index).locator("rect").count() > 0, "bars are drawn"

    tables = page.locator(".table-scroll table")
    assert tables.count() == charts.count()
    first_table = page.locator(".table-scroll").first
    expect(first_table.locator("caption")).to_be_visible()
    # The widest table scrolls inside its own box: its content is wider than the box, the box is not.
    widths = first_table.evaluate("el => [el.scrollWidth, el.clientWidth, el.getBoundingClientRect().right]")
    if name == "statistics":
        assert widths[0] > widths[1]
    assert widths[2] <= 320
    assert page.get_by_role("link", name="下载 CSV", exact=False).count() == charts.count()


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 1366])
@pytest.mark.parametrize("name", list(PAGES))
def test_statistics_pages_have_no_axe_violations(
    live_server, new_context, statistics_data, screenshot_dir, name, width
):
    from .axe import axe_violations

    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(live_server.url + PAGES[name])
    if width == 1366:
        page.screenshot(path=str(screenshot_dir / f"statistics-{name}-1366.png"), full_page=True)
    assert axe_violations(page) == []


@pytest.mark.browser
@browser_db
def test_axe_is_really_checking(live_server, page, home):
    """The harness finds a planted violation, so an empty list above means something."""
    from .axe import axe_violations

    page.goto(live_server.url + "/statistics/")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=x.png>')")
    assert "image-alt" in [rule for rule, _impact, _nodes in axe_violations(page)]
