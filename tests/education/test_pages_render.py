"""Each page type renders for the public, with head metadata, breadcrumbs and structured data."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from education.models import StandardPage

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup):
    tag = soup.find("script", type="application/ld+json")
    assert tag is not None
    return json.loads(tag.string)


def test_home_page_shows_alerts_guides_events_and_report_button(
    client, home, make_alert, make_guide, make_event
):
    report = home.add_child(instance=StandardPage(title="举报线索", slug="report"))
    home.report_page = report
    home.save_revision().publish()
    make_alert(title="冒充客服注销校园贷高发", level="urgent")
    make_guide(title="识别假客服")
    make_event(title="校园防骗讲座")
    soup = soup_of(client.get("/"))
    text = soup.get_text()
    assert "冒充客服注销校园贷高发" in text
    assert "紧急" in text
    assert "识别假客服" in text
    assert "校园防骗讲座" in text
    report_links = soup.select('a.button--report[href="/report/"]')
    assert report_links, "report button links to the chosen page"
    assert json_ld(soup)["@type"] == "WebSite"


def test_guide_page(client, make_guide):
    guide = make_guide(
        title="冒充客服要求共享屏幕怎么办",
        summary="遇到自称客服要求共享屏幕，立即挂断。",
        last_reviewed=datetime.date(2026, 10, 1),
        tags=["共享屏幕"],
        body=[
            ("warning_signs", {"title": "识别特征", "signs": ["要求下载会议软件"]}),
            ("steps", {"title": "应对步骤", "steps": [{"title": "挂断电话", "detail": "不要操作"}]}),
            ("case_story", {"title": "王女士的经历", "story": "<p>她差点转账。</p>", "lesson": "先核实"}),
        ],
    )
    soup = soup_of(client.get(guide.url))
    assert soup.h1.get_text() == "冒充客服要求共享屏幕怎么办"
    assert soup.title.get_text().startswith("冒充客服要求共享屏幕怎么办 | ")
    assert (
        soup.find("meta", attrs={"name": "description"})["content"] == "遇到自称客服要求共享屏幕，立即挂断。"
    )
    assert soup.find("meta", property="og:type")["content"] == "article"
    assert soup.find("link", rel="canonical")["href"] == f"http://localhost{guide.url}"
    assert "要求下载会议软件" in soup.select_one(".block-warning-signs").get_text()
    assert soup.select(".block-steps ol li")
    assert "王女士的经历" in soup.select_one(".block-case").get_text()
    assert "阅读约 1 分钟" in soup.get_text()
    assert soup.find("time", datetime="2026-10-01")
    breadcrumbs = [a.get_text() for a in soup.select(".breadcrumbs a")]
    assert breadcrumbs == ["首页", "防骗指南"]
    data = json_ld(soup)
    assert data["@type"] == "Article"
    assert data["headline"] == "冒充客服要求共享屏幕怎么办"
    assert data["articleSection"] == "冒充客服"


def test_meta_description_prefers_search_description(client, make_guide):
    guide = make_guide(search_description="编辑写的描述")
    soup = soup_of(client.get(guide.url))
    assert soup.find("meta", attrs={"name": "description"})["content"] == "编辑写的描述"


def test_related_guides_are_same_category_only(client, make_guide, paid_agent_category):
    guide = make_guide(title="主指南")
    sibling = make_guide(title="同类指南")
    other = make_guide(
        title="别类指南",
        category=paid_agent_category,
        body=[("official_channels", {"title": "官方渠道", "intro": ""})],
    )
    related = soup_of(client.get(guide.url)).select_one("#related-heading").find_parent("section")
    assert sibling.title in related.get_text()
    assert other.title not in related.get_text()
    assert guide.title not in related.get_text()


def test_json_ld_cannot_be_broken_out_of(client, make_guide):
    guide = make_guide(title="</script><script>alert(1)</script>")
    html = client.get(guide.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(BeautifulSoup(html, "html.parser"))["headline"] == guide.title


def test_alert_page_level_in_words_and_expiry(client, make_alert):
    today = timezone.localdate()
    current = make_alert(level="warning", valid_until=today + datetime.timedelta(days=5))
    expired = make_alert(
        level="urgent",
        issued_on=today - datetime.timedelta(days=40),
        valid_until=today - datetime.timedelta(days=1),
    )
    current_soup = soup_of(client.get(current.url))
    assert current_soup.select_one(".level--warning").get_text() == "警示"
    assert "已过期" not in current_soup.get_text()
    expired_soup = soup_of(client.get(expired.url))
    assert expired_soup.select_one(".level--urgent").get_text() == "紧急"
    assert "已过期" in expired_soup.select_one(".notice--expired").get_text()


def test_standard_page(client, home):
    page = home.add_child(
        instance=StandardPage(
            title="隐私政策",
            slug="privacy",
            introduction="我们如何保护您的信息",
            body=[("paragraph", "<p>举报人可以匿名。</p>")],
        )
    )
    soup = soup_of(client.get(page.url))
    assert "举报人可以匿名" in soup.get_text()
    assert soup.find("meta", attrs={"name": "description"})["content"] == "我们如何保护您的信息"


def test_every_page_has_skip_link_search_box_and_feed_links(client, home, alert_index):
    soup = soup_of(client.get("/"))
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.find(id="main").name == "main"
    search = soup.find("input", attrs={"name": "q"})
    assert soup.find("label", attrs={"for": search["id"]})
    assert soup.find("link", type="application/rss+xml")["href"] == "/alerts/feed/rss/"
    assert soup.find("link", type="application/atom+xml")["href"] == "/alerts/feed/atom/"
    assert soup.html["lang"] == "zh-Hans"


def test_friendly_404_in_chinese(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "没有找到这个页面" in response.content.decode()


def test_500_page_is_standalone_chinese():
    from django.template import loader

    html = loader.get_template("500.html").render({})
    assert "网站暂时出了点问题" in html
    assert "110" in html


def test_robots_txt_points_to_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
