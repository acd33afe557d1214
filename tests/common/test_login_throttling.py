"""Admin login brute force: a (username, address) pair is locked after 5 wrong passwords, for 15 minutes."""

import datetime
import logging

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "correct-horse-battery"
WRONG = "wrong-password-123"
START = datetime.datetime(2026, 11, 24, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.com", PASSWORD)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def log_in(client, password, address="203.0.113.5", **headers):
    return client.post(LOGIN_URL, {"username": "boss", "password": password}, REMOTE_ADDR=address, **headers)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def fail_five_times(client, address="203.0.113.5", **headers):
    return [log_in(client, WRONG, address, **headers) for _ in range(5)]


def test_five_wrong_passwords_lock_that_user_from_that_address(client, boss, clock):
    responses = fail_five_times(client)
    assert [r.status_code for r in responses[:4]] == [200] * 4  # the login form again, with an error
    assert responses[4].status_code == 429

    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert not is_logged_in(client)


def test_the_locked_out_page_is_in_chinese_and_says_when_to_try_again(client, boss, clock):
    fail_five_times(client)
    clock.shift(datetime.timedelta(minutes=3))
    response = log_in(client, PASSWORD)
    page = response.content.decode()
    assert "登录已暂时锁定" in page
    assert "10:15" in page  # last failure at 10:00 Beijing time + 15 minutes
    assert "约 12 分钟后" in page
    assert PASSWORD not in page and WRONG not in page


def test_another_address_can_still_log_in(client, boss, clock):
    fail_five_times(client)
    response = log_in(client, PASSWORD, address="198.51.100.7")
    assert response.status_code == 302
    assert is_logged_in(client)


def test_the_lock_lifts_after_the_cool_off(client, boss, clock):
    fail_five_times(client)
    clock.shift(datetime.timedelta(minutes=14, seconds=59))
    assert log_in(client, PASSWORD).status_code == 429
    clock.shift(datetime.timedelta(seconds=2))
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_trying_during_the_lock_does_not_extend_it(client, boss, clock):
    fail_five_times(client)
    for _ in range(10):
        clock.shift(datetime.timedelta(minutes=1))
        assert log_in(client, WRONG).status_code == 429
    clock.shift(datetime.timedelta(minutes=5, seconds=1))
    assert log_in(client, PASSWORD).status_code == 302


def test_the_lock_uses_the_sites_client_address_behind_a_proxy(client, boss, clock, settings):
    """Behind one trusted proxy every request comes from the proxy; clients differ by X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    fail_five_times(client, proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert log_in(client, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert log_in(client, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302


def test_a_success_before_the_limit_starts_the_count_again(client, boss, clock):
    for _ in range(4):
        log_in(client, WRONG)
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    assert [log_in(client, WRONG).status_code for _ in range(4)] == [200] * 4


def test_every_lock_out_is_logged_without_the_password(client, boss, clock, caplog):
    with caplog.at_level(logging.WARNING):
        fail_five_times(client)
        log_in(client, PASSWORD)
    lockouts = [r for r in caplog.records if r.name == "common.login_lockout"]
    assert len(lockouts) == 2  # the attempt that locked, and the refused one after it
    assert all("boss" in r.getMessage() and "203.0.113.5" in r.getMessage() for r in lockouts)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert WRONG not in logged and PASSWORD not in logged


def test_the_stored_attempts_keep_no_password(client, boss, clock):
    from axes.models import AccessAttempt

    fail_five_times(client)
    attempt = AccessAttempt.objects.get()
    assert attempt.failures_since_start == 5
    assert WRONG not in attempt.post_data
    assert timezone.localtime(attempt.attempt_time).hour == 10
