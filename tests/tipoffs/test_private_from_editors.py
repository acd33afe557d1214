"""Editors who manage scam categories never learn about tip-offs through Wagtail's "usage" views."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import ReferenceIndex

from tests.factories import make_contact, make_tipoff, make_user
from tipoffs.models import ContactAppeal

pytestmark = pytest.mark.django_db


def test_category_usage_lists_no_tipoffs(client, category):
    editor = make_user("editor")
    editor.user_permissions.add(*Permission.objects.filter(codename__endswith="_scamcategory"))
    client.force_login(editor)
    client.get("/admin/")  # the admin's viewsets register their models for the reference index
    tipoff = make_tipoff(category=category)
    ContactAppeal.objects.create(contact=make_contact("qq", "12345678", tipoffs=[tipoff]), reason="x")
    response = client.get(reverse("wagtailsnippets_education_scamcategory:usage", args=[category.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert tipoff.reference not in html and "举报线索" not in html
    assert not ReferenceIndex.objects.filter(base_content_type__app_label="tipoffs").exists()
