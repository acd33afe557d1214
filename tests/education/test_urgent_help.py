"""The home page's 刚被骗 / 刚转账？ block and the 被骗后自救 help topic."""

import pytest
from bs4 import BeautifulSoup

from education.models import ScamCategory
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def urgent_block(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("main section.urgent")


def test_defaults_need_no_editing(client, home):
    block = urgent_block(client)
    assert block.h2.get_text() == "刚被骗 / 刚转账？"
    assert [a["href"] for a in block.select("a[href^='tel:']")] == ["tel:110", "tel:96110"]
    assert block.select_one(".urgent__steps-title").get_text() == "紧急止付，马上做："
    steps = [li.get_text() for li in block.select("ol li")]
    assert steps == ["马上打银行客服电话，申请止付", "保存聊天记录和转账凭证", "别再回复对方，也别再转账"]
    assert block.select_one(".urgent__more") is None  # no guide chosen yet


def test_it_comes_first_on_the_page(client, home):
    main = BeautifulSoup(client.get("/").content, "html.parser").select_one("main")
    assert main.find("section")["class"] == ["urgent"]


def test_editors_write_the_title_and_steps_and_choose_the_guide(client, home, make_guide):
    guide = make_guide(title="已经转账了怎么办？抓紧黄金时间")
    home.urgent_title = "钱已经转出去了？"
    home.urgent_steps = "  先打 110\n\n联系银行止付  \n"
    home.urgent_guide = guide
    publish(home)
    block = urgent_block(client)
    assert block.h2.get_text() == "钱已经转出去了？"
    assert [li.get_text() for li in block.select("ol li")] == ["先打 110", "联系银行止付"]
    link = block.select_one(".urgent__more a")
    assert (link["href"], link.get_text()) == (guide.url, guide.title)


def test_no_steps_no_empty_list_and_an_unpublished_guide_is_not_linked(client, home, make_guide):
    guide = make_guide()
    home.urgent_steps = ""
    home.urgent_guide = guide
    publish(home)
    guide.unpublish()
    block = urgent_block(client)
    assert block.select("ol") == [] and block.select_one(".urgent__steps-title") is None
    assert block.select_one(".urgent__more") is None
    assert len(block.select("a[href^='tel:']")) == 2  # the calls never depend on the content


def test_help_topic_is_offered_for_guides_but_not_as_a_kind_of_scam(
    client, guide_index, make_guide, form_page
):
    topic = ScamCategory.objects.get(slug="beipian-zijiu")
    assert (topic.name, topic.is_scam_type, topic.sells_free_services) == ("被骗后自救", False, False)
    make_guide(title="已经转账了怎么办", category=topic)
    filters = BeautifulSoup(client.get("/guides/").content, "html.parser").select(".filters nav")[0]
    assert [a.get_text() for a in filters.select("a")][:2] == ["全部", "被骗后自救"]
    assert "已经转账了怎么办" in client.get("/guides/?category=beipian-zijiu").content.decode()

    report_form = BeautifulSoup(client.get(form_page.url).content, "html.parser")
    offered = [option.get_text() for option in report_form.select("select[name=category] option")]
    assert "代理维权" in offered and "被骗后自救" not in offered
    assert list(ScamCategory.objects.scam_types()) == list(ScamCategory.objects.exclude(pk=topic.pk))
