"""common.pageposts: the same-site check for token-less POSTs to cached pages."""

import pytest
from django.test import RequestFactory

from common.origin import is_same_site


@pytest.mark.parametrize(
    "headers, same",
    [
        ({}, True),
        ({"HTTP_ORIGIN": "http://testserver"}, True),
        ({"HTTP_ORIGIN": "https://testserver"}, True),
        ({"HTTP_ORIGIN": "http://testserver.evil.example"}, False),
        ({"HTTP_ORIGIN": "null"}, False),
        ({"HTTP_REFERER": "http://testserver/guides/x/"}, True),
        ({"HTTP_REFERER": "http://evil.example/testserver/"}, False),
        # Origin wins over Referer: a cross-site form cannot borrow a same-site Referer.
        ({"HTTP_ORIGIN": "http://evil.example", "HTTP_REFERER": "http://testserver/"}, False),
    ],
)
def test_is_same_site(headers, same):
    request = RequestFactory().post("/guides/x/", **headers)
    assert is_same_site(request) is same
