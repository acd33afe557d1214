"""Filtering and pagination work with JavaScript turned off (plain links and GET)."""

from urllib.parse import parse_qs, urlsplit

import pytest

from .support import browser_db


@pytest.mark.browser
@browser_db
def test_category_filter_and_pagination_without_javascript(
    live_server, new_context, guide_index, make_guide, category
):
    from education.models import ScamCategory

    other = ScamCategory.objects.get(slug="fan-cuishou")
    for _ in range(22):
        make_guide(category=category)
    for _ in range(3):
        make_guide(category=other)

    context = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + guide_index.url)
    assert page.locator(".result-count").inner_text() == "共 25 篇指南"
    # Proof that scripts really are off in this context.
    page.set_content("<p id=x>off</p><script>document.getElementById('x').textContent = 'on'</script>")
    assert page.locator("#x").inner_text() == "off"
    page.goto(live_server.url + guide_index.url)

    chips = page.get_by_role("navigation", name="按分类筛选")
    chips.get_by_role("link", name=category.name, exact=True).click()
    page.wait_for_url(f"**category={category.slug}*")

    query = parse_qs(urlsplit(page.url).query)
    assert query.get("category") == [category.slug]
    assert chips.get_by_role("link", name=category.name, exact=True).get_attribute("aria-current") == "true"
    assert page.locator(".result-count").inner_text() == "共 22 篇指南"
    cards = page.locator(".card--guide")
    assert cards.count() == 20
    assert set(page.locator(".card--guide .badge").all_inner_texts()) == {category.name}

    pagination = page.get_by_role("navigation", name="分页")
    assert "第 1 页，共 2 页" in pagination.inner_text()
    pagination.get_by_role("link", name="下一页").click()
    page.wait_for_url("**page=2*")

    query = parse_qs(urlsplit(page.url).query)
    assert query.get("category") == [category.slug], page.url
    assert query.get("page") == ["2"], page.url
    assert "第 2 页，共 2 页" in pagination.inner_text()
    assert cards.count() == 2
    assert set(page.locator(".card--guide .badge").all_inner_texts()) == {category.name}
