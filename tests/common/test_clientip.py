"""The client address behind trusted proxies: the same for every per-client limit, impossible to spoof."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from common.clientip import client_ip
from tests.factories import report_data

PROXY = "10.0.0.5"


def request(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_without_a_proxy_setting_forwarded_headers_are_ignored(settings):
    settings.TRUSTED_PROXY_CIDRS, settings.TRUSTED_PROXY_COUNT = [], None
    assert client_ip(request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_trusted_networks_skip_our_proxies_from_the_right(settings):
    settings.TRUSTED_PROXY_CIDRS = ["10.0.0.0/8"]
    assert client_ip(request(PROXY, "203.0.113.7")) == "203.0.113.7"
    # A CDN and our load balancer: both ours, the client is the first address outside them.
    assert client_ip(request(PROXY, "203.0.113.7, 10.1.2.3")) == "203.0.113.7"
    # A client writing its own X-Forwarded-For cannot choose its address: the proxy appends the real one.
    assert client_ip(request(PROXY, "198.51.100.99, 203.0.113.7")) == "203.0.113.7"


def test_a_client_talking_to_the_app_directly_cannot_pose_as_someone_else(settings):
    settings.TRUSTED_PROXY_CIDRS = ["10.0.0.0/8"]
    assert client_ip(request("203.0.113.7", "198.51.100.99")) == "203.0.113.7"


def test_a_proxy_count_takes_that_many_from_the_right(settings):
    settings.TRUSTED_PROXY_CIDRS, settings.TRUSTED_PROXY_COUNT = [], 1
    assert client_ip(request(PROXY, "198.51.100.99, 203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request(PROXY, "198.51.100.99, 203.0.113.7, 10.1.2.3")) == "203.0.113.7"


@pytest.mark.django_db
def test_two_clients_behind_one_proxy_have_their_own_report_budgets(client, form_page, settings):
    settings.TRUSTED_PROXY_CIDRS = ["10.0.0.0/8"]
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "report": (2, 3600)}
    cache.clear()

    def report_from(address):
        data = report_data()
        return client.post("/report/", data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address).status_code

    assert [report_from("203.0.113.1") for _ in range(3)] == [302, 302, 429]
    assert report_from("203.0.113.2") == 302
