"""SVG uploads: a plain drawing is accepted on every upload form, anything that could run or fetch is not."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from common.images import UNSAFE_SVG_MESSAGE, unsafe_svg_reason

DRAWING = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by a drawing program -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10">
  <sodipodi:namedview inkscape:zoom="1"/>
  <title>Logo</title>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
    <style>.a { fill: url(#g); }</style>
  </defs>
  <path id="p" class="a" d="M0 0 H10 V10 Z" style="stroke: url(#g)"/>
  <use xlink:href="#p"/>
</svg>"""


def svg(body, attributes=""):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 10 10"{attributes}>{body}</svg>'
    ).encode()


def test_a_plain_drawing_with_inert_editor_metadata_is_safe():
    assert unsafe_svg_reason(DRAWING) is None


@pytest.mark.parametrize(
    "data",
    [
        svg("<script>alert(1)</script>"),
        svg("", ' onload="alert(1)"'),
        svg('<rect width="1" height="1" ONCLICK="alert(1)"/>'),
        svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml">hi</body></foreignObject>'),
        svg('<a href="https://example.com/"><rect width="1" height="1"/></a>'),
        svg('<use xlink:href="https://example.com/sprite.svg#icon"/>'),
        svg('<use href="data:image/svg+xml;base64,PHN2Zz4="/>'),
        svg('<image href="https://example.com/x.png"/>'),
        svg('<rect width="1" height="1" fill="url(https://example.com/x.svg#g)"/>'),
        svg('<rect width="1" height="1" style="background: url(\'//example.com/t.png\')"/>'),
        svg("<style>@import url(https://example.com/a.css);</style>"),
        svg('<animate attributeName="href" to="javascript:alert(1)"/>'),
        svg('<rect width="1" height="1" fill="javascript:alert(1)"/>'),
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
        b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
        b"<svg><rect/></svg>",  # no SVG namespace: a browser would not treat it as SVG either
        b"not xml at all",
    ],
)
def test_anything_that_could_run_or_fetch_is_refused(data):
    assert unsafe_svg_reason(data) is not None


@pytest.fixture
def image_add_url():
    return reverse("wagtailimages:add")


@pytest.mark.django_db
def test_uploading_a_hostile_svg_is_refused_with_a_clear_message(admin_client, image_add_url):
    upload = SimpleUploadedFile("logo.svg", svg("<script>alert(1)</script>"), content_type="image/svg+xml")
    response = admin_client.post(image_add_url, {"title": "logo", "file": upload})
    assert response.status_code == 200
    assert str(UNSAFE_SVG_MESSAGE) in response.content.decode()
    assert not get_image_model().objects.filter(title="logo").exists()


@pytest.mark.django_db
def test_a_plain_svg_uploads_and_so_does_a_png(admin_client, image_add_url):
    from tests.factories import png_bytes

    upload = SimpleUploadedFile("logo.svg", DRAWING, content_type="image/svg+xml")
    response = admin_client.post(image_add_url, {"title": "svg logo", "file": upload})
    assert response.status_code == 302
    assert get_image_model().objects.get(title="svg logo").is_svg()
    upload = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    assert admin_client.post(image_add_url, {"title": "png logo", "file": upload}).status_code == 302


@pytest.mark.django_db
def test_the_multiple_uploader_refuses_a_hostile_svg_too(admin_client):
    upload = SimpleUploadedFile("x.svg", svg("", ' onload="alert(1)"'), content_type="image/svg+xml")
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})
    assert response.json()["success"] is False
    assert str(UNSAFE_SVG_MESSAGE) in response.json()["error_message"]
    assert not get_image_model().objects.exists()
