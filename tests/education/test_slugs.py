"""Pinyin slugs come from one function, whether a page is made in code, by the demo or in the admin."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from education.models import GuidePage, StandardPage
from education.slugs import available_pinyin_slug

pytestmark = pytest.mark.django_db


def test_a_page_whose_parent_is_known_before_saving_gets_a_free_slug(guide_index):
    """Model validation before add_child (the parent cached, no tree path yet) must not pick a
    slug a sibling already has: the save would then fail on a clash the editor never chose."""
    guide_index.add_child(instance=GuidePage(title="警惕代理维权骗局", summary="摘要", body=[]))
    twin = GuidePage(title="警惕代理维权骗局", summary="摘要", body=[])
    twin._cached_parent_obj = guide_index
    twin.full_clean(exclude=["path", "depth"])  # as a model form validates a new page
    assert twin.slug == "jing-ti-dai-li-wei-quan-pian-ju-2"
    guide_index.add_child(instance=twin)
    assert twin.slug == "jing-ti-dai-li-wei-quan-pian-ju-2"


def test_a_title_without_any_spellable_character_still_gets_a_slug(home):
    page = home.add_child(instance=StandardPage(title="🙂🙂"))
    assert page.slug == "page"
    again = home.add_child(instance=StandardPage(title="🙂"))
    assert again.slug == "page-2"


def test_admin_form_and_model_agree(admin_client, guide_index, category):
    """An editor leaving the slug empty gets exactly what the model would have chosen."""
    guide_index.add_child(instance=GuidePage(title="冒充客服诈骗", summary="摘要", body=[]))
    expected = available_pinyin_slug("冒充客服诈骗", guide_index)
    assert expected == "mao-chong-ke-fu-zha-pian-2"
    data = nested_form_data(
        {
            "title": "冒充客服诈骗",
            "slug": "",
            "summary": "接到自称客服的电话要警惕。",
            "category": category.pk,
            "tags": "",
            "body": streamfield([("paragraph", rich_text("<p>挂断电话。</p>"))]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/education/guidepage/{guide_index.pk}/", data)
    assert response.status_code == 302
    assert GuidePage.objects.filter(slug=expected).exists()
