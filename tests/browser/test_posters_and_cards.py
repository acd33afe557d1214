"""The printable poster as a person sees it: one A4 page whose printed QR code takes a phone back to the
guide; readable at 320 px without JavaScript. The share card is the page's og:image, a 1200×630 PNG."""

import io
import re

import pytest
from playwright.sync_api import expect

from .report_helpers import open_page
from .support import SCREENSHOT_DIR, browser_db


@pytest.fixture
def guide(make_guide, paid_agent_category):
    from tests.factories import set_official_channels

    set_official_channels(hotline="400-000-0000")
    return make_guide(
        title="投诉本来免费：识破“代理维权”的收费套路",
        category=paid_agent_category,
        body=[
            ("warning_signs", {"title": "识别特征", "signs": ["先收服务费", "让您不要联系官方"]}),
            ("steps", {"title": "应对步骤", "steps": [{"title": "停止付款", "detail": "不再转账"}]}),
            ("official_channels", {}),
        ],
    )


@pytest.mark.browser
@browser_db
def test_the_printed_poster_is_one_a4_page_whose_qr_code_leads_back(live_server, page, guide, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    page.goto(live_server.url + guide.url + "print/")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1  # one A4 sheet
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    shot = page.screenshot(full_page=True, path=str(SCREENSHOT_DIR / "poster-a4.png"))
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    assert [result.text for result in results] == [guide.full_url]


@pytest.mark.browser
@browser_db
def test_the_poster_reflows_at_320_px_without_javascript(live_server, new_context, guide):
    phone = open_page(new_context, 320, javascript=False)
    phone.goto(live_server.url + guide.url + "print/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    expect(phone.get_by_role("heading", name="官方渠道，全部免费")).to_be_visible()
    phone.get_by_role("link", name="返回网页版").click()
    assert phone.url == live_server.url + guide.url


@pytest.mark.browser
@browser_db
def test_the_og_image_is_the_share_card(live_server, page, guide, settings):
    from PIL import Image

    from education.sharecards.render import missing_fonts

    if missing_fonts():
        pytest.skip("CJK font not installed: apt-get install fonts-noto-cjk")
    page.goto(live_server.url + guide.url)
    card_url = page.locator('meta[property="og:image"]').get_attribute("content")
    response = page.request.get(live_server.url + "/" + card_url.split("://", 1)[1].split("/", 1)[1])
    assert response.ok and response.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(response.body())).size == (1200, 630)
