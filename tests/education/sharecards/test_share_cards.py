"""Every guide, alert and event has an og:image: a 1200×630 PNG card drawn on first request or on publish,
stored as a file, drawn anew when the page changes."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from PIL import Image, ImageFont
from wagtail.models import PageViewRestriction

from education.sharecards import render
from education.sharecards.content import LEVEL_COLOURS
from education.sharecards.storage import FOLDER

pytestmark = pytest.mark.django_db
OG_IMAGE = re.compile(r'<meta property="og:image" content="([^"]+)">')


def og_image(client, page):
    html = client.get(page.url).content.decode()
    match = OG_IMAGE.search(html)
    assert match, "no og:image"
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert f'<meta itemprop="image" content="{match.group(1)}">' in html
    return match.group(1)


def fetch_card(client, url):
    path = url.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    return Image.open(io.BytesIO(response.content))


def stored_cards(page):
    try:
        return default_storage.listdir(f"{FOLDER}/{page.pk}")[1]
    except FileNotFoundError:
        return []


def test_guides_alerts_and_events_have_a_1200x630_png_card(client, make_guide, make_alert, make_event):
    for page in (make_guide(), make_alert(level="urgent"), make_event()):
        url = og_image(client, page)
        assert url.startswith(page.full_url + "share-card/?v=")
        card = fetch_card(client, url)
        assert card.format == "PNG"
        assert card.size == (1200, 630)


def test_the_card_is_drawn_on_first_request_and_stored_as_a_file(client, settings, make_guide):
    settings.SHARE_CARD_DRAW_ON_PUBLISH = False
    guide = make_guide()
    assert stored_cards(guide) == []
    url = og_image(client, guide)
    fetch_card(client, url)
    digest = url.rsplit("=", 1)[1]
    assert stored_cards(guide) == [f"{digest}.png"]
    fetch_card(client, url)  # served from the file, not drawn again
    assert stored_cards(guide) == [f"{digest}.png"]


def test_publishing_an_edit_draws_a_new_card_and_removes_the_old(client, make_guide):
    guide = make_guide(title="旧标题")
    old_url = og_image(client, guide)
    old_card = fetch_card(client, old_url).tobytes()
    assert stored_cards(guide) == [old_url.rsplit("=", 1)[1] + ".png"]  # drawn when published

    guide.title = "新标题：冒充客服要您共享屏幕"
    guide.save_revision().publish()

    new_url = og_image(client, guide)
    assert new_url != old_url
    assert stored_cards(guide) == [new_url.rsplit("=", 1)[1] + ".png"]  # drawn on publish, old one gone
    assert fetch_card(client, new_url).tobytes() != old_card


def test_an_alert_card_carries_its_level_colour(client, make_alert):
    alert = make_alert(level="urgent", title="紧急：冒用本公司名义的短信")
    card = fetch_card(client, og_image(client, alert)).convert("RGB")
    red = tuple(int(LEVEL_COLOURS["urgent"][0][i : i + 2], 16) for i in (1, 3, 5))
    assert card.getpixel((600, 5)) == red  # the stripe along the top
    assert card.getpixel((80, 100)) == red  # the badge holding the level word

    alert.level = "notice"
    alert.save_revision().publish()
    card = fetch_card(client, og_image(client, alert)).convert("RGB")
    blue = tuple(int(LEVEL_COLOURS["notice"][0][i : i + 2], 16) for i in (1, 3, 5))
    assert card.getpixel((600, 5)) == blue


def test_unpublishing_removes_the_cards(client, make_guide):
    guide = make_guide()
    assert stored_cards(guide)
    guide.unpublish()
    assert stored_cards(guide) == []
    assert client.get(guide.url + "share-card/").status_code == 404


def test_a_restricted_page_does_not_hand_out_its_card(client, make_guide):
    guide = make_guide(title="内部指南")
    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="x")
    response = client.get(guide.url + "share-card/")
    assert response.get("Content-Type", "").split(";")[0] != "image/png"


def test_titles_wrap_for_chinese_within_the_card():
    face = render.font(66)
    title = (
        "紧急提醒：有人冒用本公司名义发送“账户注销”短信，称不回电将影响征信，"
        "并诱导下载 ZoomMeeting 共享屏幕再转账到“安全账户”"
    )
    lines = render.wrap(title, face, 1056, 3)
    assert len(lines) == 3
    assert all(face.getlength(line) <= 1056 for line in lines)
    assert lines[-1].endswith("…")
    assert not any(line[0] in render.NO_LINE_START for line in lines)
    assert "ZoomMeeting" in "".join(lines) or lines[-1].endswith("…")
    assert render.wrap("短标题", face, 1056, 3) == ["短标题"]


def test_the_font_is_the_one_settings_name(settings):
    typeface = render.font(40)
    assert isinstance(typeface, ImageFont.FreeTypeFont)
    assert typeface.path == settings.SHARE_CARD_FONT
    assert "CJK SC" in " ".join(typeface.getname())


@pytest.fixture
def no_font(settings, tmp_path):
    settings.SHARE_CARD_FONT = str(tmp_path / "missing.ttc")
    settings.SHARE_CARD_FONT_REGULAR = str(tmp_path / "missing-regular.ttc")
    render._font.cache_clear()
    yield
    render._font.cache_clear()


def test_a_missing_font_is_reported_and_never_stops_publishing(no_font, make_guide, caplog):
    with pytest.raises(SystemCheckError, match="education.W001"):
        call_command("check", fail_level="WARNING")
    guide = make_guide(title="没有字体也能发布")
    assert guide.live
    assert "could not be drawn" in caplog.text
    with pytest.raises(render.ShareCardFontMissing, match="fonts-noto-cjk"):
        render.font(40)
