"""Whose site this is: the company, its logo and filing numbers in the header, footer and admin (站点信息)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.images import get_image_model

from education.demo.images import DEMO_LOGO_SVG
from education.models import SiteSettings
from tests.factories import png_bytes

pytestmark = pytest.mark.django_db


def image(name, data):
    picture = get_image_model()(title=name, file=ContentFile(data, name=name))
    picture.save()
    return picture


@pytest.fixture
def company(home):
    site_settings = SiteSettings.load()
    site_settings.company_legal_name = "测试金融科技有限公司"
    site_settings.company_short_name = "测试金融"
    site_settings.icp_number = "沪ICP备12345678号-2"
    site_settings.public_security_number = "沪公网安备31011502000123号"
    site_settings.official_app_name = "测试金融"
    site_settings.wechat_official_account = "测试金融消保"
    site_settings.logo = image("logo.svg", DEMO_LOGO_SVG.encode())
    site_settings.save()
    return site_settings


def soup_of(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_header_shows_the_logo_and_the_company(client, company):
    brand = soup_of(client).select_one(".site-header .site-brand")
    logo = brand.select_one("img.site-brand__logo")
    assert logo["src"].endswith(".svg"), "an SVG logo stays a vector"
    assert logo["alt"] == "", "the name is written next to it"
    assert "消保护航" in brand.get_text() and "测试金融" in brand.get_text()


def test_a_png_logo_is_shown_too(client, company):
    company.logo = image("logo.png", png_bytes((400, 120), "navy"))
    company.save()
    logo = soup_of(client).select_one(".site-header img.site-brand__logo")
    assert logo["src"].endswith(".png") and logo["height"] == "80"


def test_footer_names_the_company_and_links_both_filing_numbers(client, company):
    footer = soup_of(client).select_one("footer.site-footer")
    assert "测试金融科技有限公司" in footer.select_one(".site-footer__brand").get_text()
    assert "消保护航" not in footer.select_one(".site-footer__brand").get_text()
    icp = footer.find("a", string="沪ICP备12345678号-2")
    assert icp["href"] == "https://beian.miit.gov.cn/"
    police = footer.find("a", string="沪公网安备31011502000123号")
    assert police["href"] == "https://beian.mps.gov.cn/#/query/webSearch?code=31011502000123"


def test_without_a_company_the_footer_falls_back_to_the_brand_and_shows_no_empty_filings(client, home):
    footer = soup_of(client).select_one("footer.site-footer")
    assert footer.select_one(".site-footer__brand").get_text().strip().endswith("消保护航")
    assert footer.select_one(".site-footer__filings") is None
    assert soup_of(client).select_one(".site-brand img") is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("icp_number", "12345678"),
        ("icp_number", "沪ICP备号"),
        ("icp_number", "沪ICP证123456号"),  # a licence number, not the filing number
        ("public_security_number", "沪公网安备3101号"),
        ("public_security_number", "公网安备31011502000123号"),
    ],
)
def test_malformed_filing_numbers_are_refused_with_the_expected_format(company, field, value):
    setattr(company, field, value)
    with pytest.raises(ValidationError) as raised:
        company.full_clean()
    assert field in raised.value.message_dict
    assert "格式应为" in raised.value.message_dict[field][0]


def test_the_logo_must_be_svg_or_png(company):
    jpeg = io.BytesIO()
    Image.new("RGB", (10, 10)).save(jpeg, "JPEG")
    company.logo = image("logo.jpg", jpeg.getvalue())
    with pytest.raises(ValidationError) as raised:
        company.full_clean()
    assert raised.value.message_dict["logo"] == ["标志只能是 SVG 或 PNG 图片，请另选或上传一张。"]


def test_filled_in_settings_are_valid(company):
    company.icp_number = " 京ICP备00000000号 "
    company.full_clean()
    assert company.icp_number == "京ICP备00000000号"


def test_official_channels_box_names_the_app_and_the_wechat_account(client, company, make_guide):
    guide = make_guide(body=[("official_channels", {"title": "官方渠道，免费办理", "intro": ""})])
    names = soup_of(client, guide.url).select_one(".block-official__names").get_text(" ", strip=True)
    assert "认准测试金融的官方名称" in names
    assert "App「测试金融」" in names and "微信公众号「测试金融消保」" in names


def test_the_wechat_account_counts_as_an_official_channel(company):
    from tipoffs.suspects.official import official_contact_keys

    assert ("name", "测试金融消保") in official_contact_keys()


def test_admin_login_and_title_wear_the_brand(client, company):
    login = soup_of(client, "/admin/login/")
    assert login.h1.get_text(strip=True) == "登录消保护航管理后台"
    assert login.title.get_text().strip().endswith("消保护航 管理后台")
    logo = login.select_one(".login-logo img.admin-brand-logo")
    assert logo["src"].endswith(".svg") and logo["alt"] == "测试金融"
    assert login.select_one(".login-company").get_text() == "测试金融科技有限公司"


def test_admin_dashboard_and_sidebar_show_the_company(admin_client, company):
    dashboard = soup_of(admin_client, "/admin/")
    assert dashboard.h1.get_text(strip=True) == "消保护航 · 测试金融"
    sidebar_logo = dashboard.select_one("template[data-wagtail-sidebar-branding-logo]")
    assert "admin-brand-logo" in sidebar_logo.decode_contents()


def test_admin_without_a_logo_keeps_wagtails_own(client, admin_client, home):
    assert soup_of(client, "/admin/login/").select_one(".login-logo svg") is not None
    template = soup_of(admin_client, "/admin/").select_one("template[data-wagtail-sidebar-branding-logo]")
    assert template.decode_contents().strip() == ""
