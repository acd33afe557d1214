"""Read-only JSON watchlist of confirmed black-industry contacts, for the company's interception system.

Authentication is an API token in ``Authorization: Bearer <token>`` only: no session (so a logged-in
browser gets nothing it did not ask for), no query-string token (URLs end up in logs). The values are the
full normalised identifiers, bank cards included, because the interception system must match them.

A full sync (no ``updated_since``) lists the confirmed contacts. An incremental sync also lists contacts
the team has since taken off the list (cleared, or back to pending) with ``"listed": false``, so the
interception system can stop blocking them.

Pagination is by cursor over ``(updated_at, id)``, so a client that syncs with ``updated_since`` never
skips or repeats a row when contacts change between pages.
"""

import base64
import binascii
import datetime
import json

from django.db.models import Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from tipoffs.models import ApiToken, ContactStatus, SuspectContact

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500


def _error(status, code, message):
    response = JsonResponse({"error": code, "detail": message}, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="watchlist"'
    return response


def _bearer_token(request):
    header = request.headers.get("Authorization", "")
    scheme, _sep, credentials = header.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip() or " " in credentials.strip():
        return None
    return credentials.strip()


def _iso(value):
    return value.isoformat() if value else None


def parse_instant(text):
    """An ISO 8601 date or date-time; naive values are in the site's time zone. None if invalid."""
    try:
        value = parse_datetime(text)
    except ValueError:
        return None
    if value is None:
        try:
            day = parse_date(text)
        except ValueError:
            return None
        if day is None:
            return None
        value = datetime.datetime.combine(day, datetime.time.min)
    try:
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        value.astimezone(datetime.UTC)  # the database compares in UTC: reject what cannot be expressed there
    except (OverflowError, ValueError):
        return None
    return value


def encode_cursor(contact):
    raw = json.dumps([contact.updated_at.isoformat(), contact.pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text):
    try:
        padded = text + "=" * (-len(text) % 4)
        updated_at, pk = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        instant = parse_datetime(updated_at)
        if instant is None or timezone.is_naive(instant) or not isinstance(pk, int):
            return None
        return instant, pk
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        return None


def _serialise(contact):
    return {
        "listed": contact.status == ContactStatus.CONFIRMED,
        "kind": contact.kind,
        "value": contact.full_value,  # decrypted: the interception system matches full card numbers
        "platform": contact.platform,
        "report_count": contact.report_count,
        "first_reported_at": _iso(contact.first_reported_at),
        "last_reported_at": _iso(contact.last_reported_at),
        "status_changed_at": _iso(contact.status_changed_at),
        "updated_at": _iso(contact.updated_at),
    }


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def watchlist(request):
    return _no_store(_watchlist(request))


def _watchlist(request):
    token = ApiToken.authenticate(_bearer_token(request))
    if token is None:
        return _error(401, "invalid_token", _("缺少有效的接口令牌，或令牌已吊销。"))
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())

    queryset = SuspectContact.objects.filter(status=ContactStatus.CONFIRMED)
    params = {}

    updated_since_text = request.GET.get("updated_since", "").strip()
    if updated_since_text:
        updated_since = parse_instant(updated_since_text)
        if updated_since is None:
            return _error(
                400,
                "invalid_updated_since",
                _("updated_since 必须是 ISO 8601 日期或时间，例如 2026-11-24T08:00:00+08:00。"),
            )
        # A team decision stamps status_changed_at: those are the delistings a client must hear about.
        queryset = SuspectContact.objects.filter(
            Q(status=ContactStatus.CONFIRMED) | Q(status_changed_at__isnull=False),
            updated_at__gte=updated_since,
        )
        params["updated_since"] = updated_since_text

    page_size_text = request.GET.get("page_size", "").strip()
    page_size = DEFAULT_PAGE_SIZE
    if page_size_text:
        # isdecimal() alone would accept "²" or "١": only ASCII digits are a page size.
        if not (page_size_text.isascii() and page_size_text.isdecimal()) or not (
            1 <= int(page_size_text) <= MAX_PAGE_SIZE
        ):
            return _error(
                400,
                "invalid_page_size",
                _("page_size 必须是 1 到 %(max)d 之间的整数。") % {"max": MAX_PAGE_SIZE},
            )
        page_size = int(page_size_text)
        params["page_size"] = page_size

    cursor_text = request.GET.get("cursor", "").strip()
    if cursor_text:
        cursor = decode_cursor(cursor_text)
        if cursor is None:
            return _error(400, "invalid_cursor", _("cursor 无效，请使用上一页返回的 next 链接。"))
        after_updated_at, after_pk = cursor
        queryset = queryset.filter(
            Q(updated_at__gt=after_updated_at) | Q(updated_at=after_updated_at, pk__gt=after_pk)
        )

    rows = list(queryset.order_by("updated_at", "pk")[: page_size + 1])
    has_more = len(rows) > page_size
    rows = rows[:page_size]

    next_cursor = encode_cursor(rows[-1]) if has_more else None
    next_url = None
    if next_cursor:
        next_url = request.build_absolute_uri(
            reverse("tipoffs_watchlist") + "?" + urlencode({**params, "cursor": next_cursor})
        )
    return JsonResponse(
        {
            "results": [_serialise(contact) for contact in rows],
            "next": next_url,
            "next_cursor": next_cursor,
        },
        json_dumps_params={"ensure_ascii": False},
    )
