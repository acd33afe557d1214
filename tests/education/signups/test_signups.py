"""Signing up for an event: the form on its own URL, confirmation with the .ics, the waitlist moving up on
cancel, reminders, closing at the start, erasure after the event."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail as outbox
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from common.pagecache.rules import response_is_cacheable
from education.signups.models import EventSignup, SignupStatus
from tests.factories import make_signup

pytestmark = pytest.mark.django_db


def signup_url(event):
    return event.url + event.reverse_subpage("signup")


def post(client, event, capture, **data):
    data = {"name": "王女士", "phone": "", "email": "", "website": "", **data}
    with capture(execute=True):
        return client.post(signup_url(event), data)


@pytest.fixture
def sign(client, django_capture_on_commit_callbacks):
    return lambda event, **data: post(client, event, django_capture_on_commit_callbacks, **data)


def test_the_event_page_links_to_the_form_and_stays_cacheable(client, signup_event, mail):
    event = signup_event()
    response = client.get(event.url)
    assert signup_url(event) in response.content.decode()
    assert not response.cookies
    assert response_is_cacheable(response.wsgi_request, response)
    form = client.get(signup_url(event))
    assert form["Cache-Control"] == "no-store"
    assert not response_is_cacheable(form.wsgi_request, form)
    assert "共 2 个名额，还剩 2 个" in form.content.decode()


def test_events_without_sign_ups_have_no_form(client, make_event):
    event = make_event()
    assert signup_url(event) not in client.get(event.url).content.decode()
    assert client.get(signup_url(event)).status_code == 404


def test_signing_up_with_an_email_sends_a_confirmation_with_the_calendar(client, signup_event, mail, sign):
    event = signup_event()
    response = sign(event, email="Guest@Example.com", phone="138 0013 8000")
    signup = EventSignup.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/signups/{signup.key}/"
    assert (signup.name, signup.phone, signup.email, signup.status) == (
        "王女士",
        "+8613800138000",
        "guest@example.com",
        SignupStatus.CONFIRMED,
    )
    page = client.get(response["Location"])
    assert page["Cache-Control"] == "no-store"
    assert "报名成功" in page.content.decode()
    [message] = outbox.outbox
    assert message.to == ["guest@example.com"]
    assert message.subject == f"报名成功：{event.title}"
    assert f"https://xbhh.example.com/signups/{signup.key}/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == f"{event.slug}.ics" and mimetype.startswith("text/calendar")
    [vevent] = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["summary"]) == event.title
    assert vevent.decoded("dtstart") == event.start.replace(microsecond=0)
    assert str(vevent["url"]) == f"https://xbhh.example.com{event.url}"


def test_a_phone_alone_is_enough_and_sends_no_email(signup_event, mail, sign):
    event = signup_event()
    sign(event, phone="+86 139-0013-9000")
    assert EventSignup.objects.get().phone == "+8613900139000"
    assert not outbox.outbox


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"phone": "12345"}, "phone", "这不是一个有效的手机号"),
        ({"email": "guest@"}, "email", "这不是一个有效的电子邮箱地址"),
        ({"name": ""}, "name", "请填写称呼"),
    ],
)
def test_bad_input_is_explained_and_kept(signup_event, sign, data, field, message):
    event = signup_event()
    response = sign(event, **{"phone": "138 0013 8000", **data})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert message in soup.select_one(f"#id_{field}_error").get_text()
    for name, value in data.items():
        assert soup.select_one(f"#id_{name}").get("value", "") == value
    assert not EventSignup.objects.exists()


def test_a_phone_or_an_email_is_required(signup_event, sign):
    response = sign(signup_event())
    assert response.status_code == 400
    assert "请至少填写手机号或电子邮箱中的一项" in response.content.decode()


def test_signing_up_twice_is_refused_kindly(signup_event, sign):
    event = signup_event()
    sign(event, phone="13800138000")
    response = sign(event, name="又一次", phone="138 0013 8000", email="x@example.com")
    assert response.status_code == 409
    assert "已经报名了这场活动" in response.content.decode()
    assert EventSignup.objects.count() == 1


def test_a_full_event_puts_people_on_the_waitlist(client, signup_event, mail, sign):
    event = signup_event(capacity=1)
    sign(event, email="first@example.com")
    response = sign(event, email="second@example.com")
    waiting = EventSignup.objects.get(email="second@example.com")
    assert waiting.status == SignupStatus.WAITLISTED
    assert "排第 1 位" in client.get(response["Location"]).content.decode()
    message = outbox.outbox[-1]
    assert message.subject == f"已进入候补：{event.title}"
    assert not message.attachments  # no place yet, so nothing for the calendar
    assert "名额已满" in client.get(signup_url(event)).content.decode()


def test_cancelling_erases_the_sign_up_and_moves_the_waitlist_up(
    client, signup_event, mail, sign, django_capture_on_commit_callbacks
):
    event = signup_event(capacity=1)
    first = sign(event, email="first@example.com")["Location"]
    sign(event, email="second@example.com")
    sign(event, email="third@example.com")
    outbox.outbox.clear()
    assert "取消报名" in client.get(first).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(first)
    assert "已取消" in response.content.decode()
    assert not EventSignup.objects.filter(email="first@example.com").exists()
    statuses = dict(EventSignup.objects.values_list("email", "status"))
    assert statuses == {"second@example.com": "confirmed", "third@example.com": "waitlisted"}
    [message] = outbox.outbox
    assert message.to == ["second@example.com"] and message.subject.startswith("候补成功")
    assert message.attachments
    assert client.get(first).status_code == 404


def test_more_places_published_move_the_waitlist_up(signup_event, mail, django_capture_on_commit_callbacks):
    event = signup_event(capacity=1)
    make_signup(event)
    waiting = make_signup(event, status=SignupStatus.WAITLISTED)
    with django_capture_on_commit_callbacks(execute=True):
        event.signup_capacity = 2
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == SignupStatus.CONFIRMED and waiting.promoted_at


def test_sign_ups_close_when_the_event_starts(client, signup_event, sign, frozen_clock):
    event = signup_event()
    frozen_clock(event.start + datetime.timedelta(minutes=1))
    assert "已经停止报名" in client.get(signup_url(event)).content.decode()
    response = sign(event, phone="13800138000")
    assert response.status_code == 409
    assert not EventSignup.objects.exists()


def test_sign_ups_are_rate_limited_and_the_honeypot_drops_bots(signup_event, sign, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "signup": (1, 3600)}
    event = signup_event(capacity=5)
    assert sign(event, phone="13800138000", website="spam").status_code == 200
    assert not EventSignup.objects.exists()
    assert sign(event, phone="13800138000").status_code == 302
    response = sign(event, phone="13900139000")
    assert response.status_code == 429 and "提交次数太多了" in response.content.decode()


def test_capacity_is_required_to_take_sign_ups(signup_event):
    event = signup_event()
    event.signup_capacity = None
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "signup_capacity" in error.value.message_dict


def test_reminders_go_once_24_hours_before(signup_event, mail, frozen_clock):
    start = timezone.now() + datetime.timedelta(days=3)
    event = signup_event(start=start)
    confirmed = make_signup(event, email="going@example.com")
    make_signup(event, phone="+8613800138000", email="")
    make_signup(event, email="waiting@example.com", status=SignupStatus.WAITLISTED)
    clock = frozen_clock(start - datetime.timedelta(hours=25))
    call_command("send_event_reminders", stdout=io.StringIO())
    assert not outbox.outbox
    clock(hours=2)
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    [message] = outbox.outbox
    assert message.to == ["going@example.com"] and "明天开始" in message.subject
    assert message.attachments
    assert "已发送 1 封" in out.getvalue()
    call_command("send_event_reminders", stdout=io.StringIO())
    assert len(outbox.outbox) == 1
    confirmed.refresh_from_db()
    assert confirmed.reminded_at


def test_a_failed_reminder_is_retried_next_run(signup_event, mail, frozen_clock, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    start = timezone.now() + datetime.timedelta(days=3)
    event = signup_event(start=start)
    make_signup(event)
    frozen_clock(start - datetime.timedelta(hours=3))
    real = EmailBackend.send_messages
    monkeypatch.setattr(EmailBackend, "send_messages", lambda self, messages: 1 / 0)
    call_command("send_event_reminders", stdout=io.StringIO())
    monkeypatch.setattr(EmailBackend, "send_messages", real)
    call_command("send_event_reminders", stdout=io.StringIO())
    assert len(outbox.outbox) == 1


def test_sign_ups_are_erased_n_days_after_the_event(signup_event, settings, frozen_clock):
    settings.EVENT_SIGNUP_RETENTION_DAYS = 30
    event = signup_event()
    make_signup(event)
    make_signup(event, status=SignupStatus.WAITLISTED)
    clock = frozen_clock(event.end)
    clock(days=29)
    call_command("purge_expired", stdout=io.StringIO())
    assert EventSignup.objects.count() == 2
    clock(days=30, minutes=1)
    out = io.StringIO()
    call_command("purge_expired", "--dry-run", stdout=out)
    assert "活动报名人的称呼和联系方式（活动结束后到期）：2 条报名" in out.getvalue()
    call_command("purge_expired", stdout=io.StringIO())
    assert not EventSignup.objects.exists()


def test_no_name_or_contact_is_logged(signup_event, mail, sign, caplog):
    caplog.set_level("DEBUG")
    event = signup_event(capacity=1)
    sign(event, name="张秘密", phone="13800138000", email="secret.guest@example.com")
    sign(event, name="李候补", email="waiting.guest@example.com")
    text = caplog.text
    for value in ("张秘密", "13800138000", "secret.guest", "李候补", "waiting.guest"):
        assert value not in text
