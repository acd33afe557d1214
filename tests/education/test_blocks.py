"""StreamField blocks: the official-channels rule, settings-driven content, images via renditions."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from education.models import GuidePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings():
    settings = SiteSettings.load()
    settings.hotline = "400-000-0000"
    settings.official_channels = [
        (
            "channel",
            {"kind": "phone", "name": "官方客服热线", "value": "400-000-0000", "description": "投诉"},
        ),
        (
            "channel",
            {"kind": "website", "name": "官方网站", "value": "https://www.example.com", "description": ""},
        ),
        (
            "channel",
            {"kind": "app", "name": "App 内入口", "value": "我的-客服-投诉建议", "description": "协商还款"},
        ),
    ]
    settings.save()
    return settings


@pytest.fixture
def image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (11, 79, 156)).save(buffer, "PNG")
    return get_image_model().objects.create(title="示例图", file=ImageFile(buffer, name="example.png"))


def test_paid_agent_guides_require_official_channels(guide_index, paid_agent_category):
    guide = GuidePage(
        title="代理维权是骗局",
        summary="摘要",
        category=paid_agent_category,
        body=[("paragraph", "<p>正文</p>")],
    )
    with pytest.raises(ValidationError) as error:
        guide_index.add_child(instance=guide)
    assert "官方渠道" in error.value.message_dict["body"][0]


def test_official_channels_block_reads_site_settings(client, make_guide, paid_agent_category, site_settings):
    guide = make_guide(
        category=paid_agent_category,
        body=[("official_channels", {"title": "官方渠道，免费办理", "intro": "免费办理"})],
    )
    box = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one(".block-official")
    text = box.get_text()
    assert "官方网站" in text and "我的-客服-投诉建议" in text
    assert box.find("a", href="tel:4000000000")
    assert box.find("a", href="https://www.example.com")
    assert "全部免费" in text

    site_settings.official_channels = [("channel", {"kind": "other", "name": "新渠道", "value": "线下网点"})]
    site_settings.save()
    assert "新渠道" in client.get(guide.url).content.decode(), "one settings edit updates every guide"


def test_report_cta_works_with_any_page(client, home, make_guide):
    target = home.add_child(instance=StandardPage(title="联系我们", slug="contact"))
    guide = make_guide(
        body=[("report_cta", {"text": "发现可疑号码？", "page": target, "button_label": "去举报"})]
    )
    cta = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one(".block-cta a")
    assert cta["href"] == "/contact/"
    assert cta.get_text() == "去举报"


def test_images_are_renditions_with_srcset_and_size(client, make_guide, image):
    guide = make_guide(
        image=image, body=[("image", {"image": image, "alt_text": "骗子短信截图", "caption": "已打码"})]
    )
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    figure = soup.select_one(".block-image")
    img = figure.find("img")
    assert img["alt"] == "骗子短信截图"
    assert img["width"] and img["height"]
    assert "400w" in img["srcset"] and "800w" in img["srcset"]
    assert figure.find("source", type="image/webp")
    original = image.file.url
    assert original not in soup.decode(), "the original upload is never served"
    assert "已打码" in figure.figcaption.get_text()
    # The page's og:image is its share card (education.sharecards), not the header image.
    assert soup.find("meta", property="og:image")["content"].endswith(
        guide.url + "share-card/?v=" + guide.share_card_digest()
    )


def test_video_link_block_embeds_nothing(client, make_guide):
    guide = make_guide(
        body=[
            (
                "video",
                {
                    "title": "三分钟看懂",
                    "url": "https://video.example.com/1",
                    "platform": "视频号",
                    "duration": "3分钟",
                    "description": "",
                },
            )
        ]
    )
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert not soup.find("iframe")
    assert soup.select_one(".block-video a")["href"] == "https://video.example.com/1"


def test_every_block_has_template_icon_and_description():
    from education.blocks import GuideStreamBlock

    for name, block in GuideStreamBlock.base_blocks.items():
        assert block.meta.template, name
        assert block.meta.icon not in (None, "placeholder"), name
        assert block.meta.description, name


def test_guide_reading_time_grows_with_text(make_guide):
    short = make_guide(body=[("paragraph", "<p>" + "字" * 100 + "</p>")])
    long = make_guide(body=[("paragraph", "<p>" + "字" * 1500 + "</p>")])
    assert short.reading_minutes == 1
    assert long.reading_minutes == 5
