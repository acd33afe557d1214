"""A request body Django refuses to parse gets the friendly 400 page, never a 500."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

POST_URLS = ["/report/", "/report/status/", "/report/check/", "/report/check/appeal/", "/admin/login/"]


@pytest.fixture
def browser_like_client():
    """CSRF enforced as for real browsers, with a csrftoken cookie, and server errors answered, not raised."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    return client


def assert_friendly_400(response):
    assert response.status_code == 400
    page = response.content.decode()
    assert "浏览器发来的内容我们无法识别" in page
    assert "您填写的内容一般还在" in page


@pytest.mark.parametrize("url", POST_URLS)
@pytest.mark.parametrize("charset", ["latin-1", "utf-16", "ISO-8859-1"])
def test_a_form_in_another_charset_gets_400(browser_like_client, form_page, url, charset):
    response = browser_like_client.post(
        url,
        data="description=café",  # the test client encodes it in the declared charset
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert_friendly_400(response)


@pytest.mark.parametrize("url", POST_URLS)
def test_too_many_fields_gets_400(browser_like_client, form_page, url, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    body = "&".join(f"f{n}=x" for n in range(11))
    response = browser_like_client.post(url, data=body, content_type="application/x-www-form-urlencoded")
    assert_friendly_400(response)


def test_utf8_declared_in_any_case_is_still_accepted(browser_like_client, form_page):
    """Only the charset is refused: a normal form is not (here it fails CSRF, as it has no token)."""
    response = browser_like_client.post(
        "/report/check/", data="kind=phone", content_type="application/x-www-form-urlencoded; charset=UTF-8"
    )
    assert response.status_code == 403


def test_the_500_page_does_not_read_the_request(rf):
    from common.errors import server_error

    request = rf.post(
        "/report/", data=b"a=b", content_type="application/x-www-form-urlencoded; charset=latin-1"
    )
    response = server_error(request)
    assert response.status_code == 500
    assert "抱歉，网站暂时出了点问题" in response.content.decode()
