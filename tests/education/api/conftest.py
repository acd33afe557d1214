"""Fixtures of the content API tests."""

import io

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from tests.factories import png_bytes


@pytest.fixture
def make_image():
    def make(title="题图", colour="teal"):
        data = ImageFile(io.BytesIO(png_bytes(size=(1600, 900), colour=colour)), name="hero.png")
        return get_image_model().objects.create(title=title, description=f"{title}的说明", file=data)

    return make


@pytest.fixture
def api(client):
    """GET an API path; returns (status, JSON)."""

    def get(path, **headers):
        response = client.get(path, headers=headers)
        return response.status_code, response.json()

    return get
