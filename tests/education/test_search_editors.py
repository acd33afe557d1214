"""Search for editors: index updates as tasks, recorded queries, best bets, the admin in Chinese."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from education.models import GuidePage
from education.search import hits
from tests.conftest import publish

pytestmark = pytest.mark.django_db
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def found_titles(client, query):
    soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [a.get_text() for a in soup.select(".search-results h2 a")]


def run_enqueued_tasks():
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    for result in list(backend.results):
        result.task.call(*result.args, **result.kwargs)
    backend.clear()


def test_a_published_page_is_searchable_once_the_task_worker_has_run(client, settings, guide_index):
    settings.TASKS = DUMMY_TASKS
    guide = guide_index.add_child(
        instance=GuidePage(title="警惕代理维权骗局", slug="daili", summary="代理维权收费后失联。", body=[])
    )
    publish(guide)
    assert "警惕代理维权骗局" not in found_titles(client, "代理维权")
    run_enqueued_tasks()
    assert "警惕代理维权骗局" in found_titles(client, "代理维权")


def test_search_never_writes_on_a_get_and_records_the_query_at_the_next_flush(
    client, settings, make_guide, django_assert_max_num_queries
):
    make_guide(category=None, title="征信修复都是骗局")
    settings.TASKS = DUMMY_TASKS
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": "徵信修復"})
    writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert not Query.objects.exists()
    hits.flush()
    popular = Query.get_most_popular()
    assert [(q.query_string, q._hits) for q in popular] == [("征信修复", 1)]


def test_paging_and_filtering_do_not_count_as_new_searches(client, make_guide):
    make_guide(category=None, title="征信修复都是骗局")
    client.get("/search/", {"q": "征信修复"})
    client.get("/search/", {"q": "征信修复", "page": 2})
    client.get("/search/", {"q": "征信修复", "type": "guide"})
    client.get("/search/", {"q": "！！"})
    hits.flush()
    assert [(q.query_string, q.hits) for q in Query.objects.all()] == [("征信修复", 1)]


def test_popular_queries_are_visible_to_editors(admin_client, client, make_guide):
    make_guide(category=None, title="征信修复都是骗局")
    client.get("/search/", {"q": "征信修复"})
    hits.flush()
    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert response.status_code == 200
    assert "征信修复" in response.content.decode()


def test_best_bets_come_first(client, make_guide, guide_index):
    pick = make_guide(category=None, title="官方渠道汇总", summary="各金融机构官方客服电话。")
    make_guide(category=None, title="冒充客服诈骗的识别与应对")
    SearchPromotion.objects.create(
        query=Query.get("冒充客服"), page=pick, sort_order=0, description="先核实官方电话"
    )
    soup = BeautifulSoup(client.get("/search/", {"q": "冒充客服"}).content, "html.parser")
    promoted = soup.select_one(".search-promotions")
    assert promoted.select_one("a").get_text() == "官方渠道汇总"
    assert "先核实官方电话" in promoted.get_text()
    pick.unpublish()
    soup = BeautifulSoup(client.get("/search/", {"q": "冒充客服"}).content, "html.parser")
    assert soup.select_one(".search-promotions") is None


def test_admin_page_search_finds_chinese_words_inside_titles(admin_client, make_guide):
    make_guide(category=None, title="警惕代理维权骗局")
    for query in ["维权", "代理维权", "代理維權", "维"]:
        response = admin_client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200
        assert "警惕代理维权骗局" in response.content.decode(), query


def test_admin_snippet_search_finds_chinese_words(admin_client):
    url = reverse("wagtailsnippets_education_scamcategory:list")
    response = admin_client.get(url, {"q": "维权"})
    assert response.status_code == 200
    assert "代理维权" in response.content.decode()


def test_editors_are_told_when_search_will_catch_up(admin_client, settings, make_guide):
    guide = make_guide(category=None, title="警惕代理维权骗局")
    settings.TASKS = DUMMY_TASKS
    url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": guide.title,
            "slug": guide.slug,
            "summary": guide.summary,
            "body": streamfield([("paragraph", rich_text("<p>正文</p>"))]),
            "tags": "",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data, follow=True)
    assert "站内搜索会在后台任务运行后收录" in response.content.decode()
