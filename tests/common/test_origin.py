"""Same-site checks for CSRF-exempt public POSTs, and the safe way back."""

import pytest
from django.test import RequestFactory

from common.origin import is_same_site, safe_next


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"HTTP_ORIGIN": "http://testserver"}, True),
        ({"HTTP_ORIGIN": "http://TESTSERVER"}, True),
        ({"HTTP_ORIGIN": "http://testserver.evil.example"}, False),
        ({"HTTP_ORIGIN": "https://evil.example", "HTTP_REFERER": "http://testserver/"}, False),
        ({"HTTP_ORIGIN": "null", "HTTP_REFERER": "http://testserver/guides/"}, True),
        ({"HTTP_REFERER": "http://testserver/guides/x/"}, True),
        ({"HTTP_REFERER": "/guides/"}, False),
        ({}, True),  # no header at all: privacy tools strip them; rate limit and honeypot still hold
    ],
)
def test_is_same_site(headers, expected):
    assert is_same_site(RequestFactory().post("/feedback/", **headers)) is expected


def test_an_https_site_refuses_an_http_origin():
    request = RequestFactory().post("/feedback/", secure=True, HTTP_ORIGIN="http://testserver")
    assert not is_same_site(request)
    request = RequestFactory().post("/feedback/", secure=True, HTTP_ORIGIN="https://testserver")
    assert is_same_site(request)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/guides/?page=2", "/guides/?page=2"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("http://testserver/guides/", "/"),
        ("guides/", "/"),
        (None, "/"),
    ],
)
def test_safe_next(url, expected):
    assert safe_next(RequestFactory().post("/"), url) == expected
