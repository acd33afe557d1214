"""Every guide and alert has a printable A4 version with its key points, the official channels and a QR
code (inline SVG) that decodes to the page's full URL."""

import re

import pytest
import zxingcpp
from PIL import Image

from education.sharecards.poster import qr_code, qr_svg
from tests.factories import set_official_channels

pytestmark = pytest.mark.django_db


def decode(qr, tmp_path):
    path = tmp_path / "qr.png"
    qr.save(path, scale=8, border=4)
    results = zxingcpp.read_barcodes(Image.open(path))
    assert len(results) == 1
    return results[0].text


@pytest.fixture
def guide(make_guide, paid_agent_category):
    set_official_channels(hotline="400-000-0000", channels=[("app", "App 内“我的-客服”")])
    return make_guide(
        title="代理维权是骗局",
        category=paid_agent_category,
        body=[
            ("warning_signs", {"title": "识别特征", "signs": ["先收服务费", "让您不要联系官方"]}),
            ("steps", {"title": "应对步骤", "steps": [{"title": "停止付款", "detail": "不再转账"}]}),
            ("official_channels", {}),
        ],
    )


def test_a_guide_poster_has_key_points_official_channels_and_a_qr_code(client, guide, tmp_path):
    response = client.get(guide.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "代理维权是骗局",
        "先收服务费",
        "让您不要联系官方",
        "停止付款",
        "400-000-0000",
        "App 内“我的-客服”",
    ):
        assert text in html
    assert 'href="/static/css/poster.css"' in html
    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    assert svg == str(qr_svg(guide.full_url))  # the QR code on the page is the page's own URL…
    assert decode(qr_code(guide.full_url), tmp_path) == guide.full_url  # …and decodes to it


def test_an_alert_poster_shows_its_level_and_links_back(client, make_alert, tmp_path):
    alert = make_alert(
        level="urgent", title="紧急：冒充客服", body=[("paragraph", "<p>不要回拨短信里的号码。</p>")]
    )
    html = client.get(alert.url + "print/").content.decode()
    assert "poster--urgent" in html and "紧急" in html
    assert "不要回拨短信里的号码。" in html
    assert alert.full_url in html
    assert re.search(r"<svg .*?</svg>", html, re.S).group(0) == str(qr_svg(alert.full_url))


def test_pages_link_to_their_printable_version(client, guide, make_alert):
    assert 'href="/guides/' in client.get(guide.url).content.decode()
    for page in (guide, make_alert()):
        assert f'href="{page.url}print/"' in client.get(page.url).content.decode()


def test_events_have_no_poster(client, make_event):
    assert client.get(make_event().url + "print/").status_code == 404


def test_posters_are_cached_and_purged_on_publish(
    client, page_cache, guide, django_capture_on_commit_callbacks
):
    client.get(guide.url + "print/")
    assert client.get(guide.url + "print/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        guide.title = "代理维权是骗局（更新）"
        guide.save_revision().publish()
    response = client.get(guide.url + "print/")
    assert response["X-Page-Cache"] == "miss"
    assert "代理维权是骗局（更新）" in response.content.decode()
