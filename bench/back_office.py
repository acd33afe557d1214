"""The team's back office at scale: 100,000 tip-offs and 300,000 suspect contacts on PostgreSQL.

    .venv/bin/python bench/back_office.py           # BENCH_QUICK=1: 10,000 / 30,000 rows, 5 requests a view
    BENCH_REUSE_DB=1 .venv/bin/python bench/back_office.py   # keep an already seeded bench_xbhh

Creates the database ``bench_xbhh`` on the bench PostgreSQL server (``BENCH_POSTGRES_SERVER``, default
``postgres://postgres@127.0.0.1:5432``), migrates it and fills it with ``manage.py seed_bench_data``; then
serves it with gunicorn (2 sync workers, DEBUG off) and times each view sequentially as a logged-in superuser.

The superuser's session is made in this process (``Client.force_login`` on the same database) and its cookie
sent with every request, so the bench does not depend on how people log in (passwords, two-factor ...).
"""

import os
import tempfile
import time
import urllib.parse

import requests
from _support import (
    Gunicorn,
    bench_env,
    configure_django,
    flush_cache_prefix,
    log,
    machine_line,
    manage,
    number,
    percentile,
    postgres_database,
    scaled,
    table,
)

TIPOFFS = scaled(100_000, 10_000)
CONTACTS = scaled(300_000, 30_000)
ROUNDS = scaled(20, 5)
WARM_UP = 2
CONTACT_SEARCH = "138 0013 8000"
# The same server and middleware without a database query: what the machine gives in this run.
BASELINE = ("baseline: /robots.txt", "/robots.txt")


def views():
    tipoffs = "/admin/tipoffs/tipoff/"
    contacts = "/admin/tipoffs/contact/"
    query = urllib.parse.urlencode
    return [
        ("tip-off list, default (most urgent first)", tipoffs),
        ("tip-off list, newest first", tipoffs + "?" + query({"ordering": "-received_at"})),
        ("tip-off list, filter status=new", tipoffs + "?" + query({"status": "new"})),
        ("tip-off list, filter overdue", tipoffs + "?" + query({"sla_state": "overdue"})),
        (f"tip-off list, contact search `{CONTACT_SEARCH}`", tipoffs + "?" + query({"q": CONTACT_SEARCH})),
        ("tip-off list, page 100", tipoffs + "?" + query({"p": 100})),
        ("suspect-contact list", contacts),
        ("suspect-contact search", contacts + "?" + query({"q": CONTACT_SEARCH.replace(" ", "")})),
        ("dashboard (admin home)", "/admin/"),
        ("watchlist API, 100 per page", "/api/watchlist/?page_size=100"),
        ("export: confirmed watchlist CSV", contacts + "?" + query({"status": "confirmed", "export": "csv"})),
        (
            "export: tip-offs under investigation CSV",
            tipoffs + "?" + query({"status": "investigating", "export": "csv"}),
        ),
    ]


def superuser_credentials():
    """A session cookie for a superuser (made without the login form) and an API token.

    Production requires a second factor for superusers, so the session is marked as verified with a
    confirmed TOTP device, as django-otp's own login does.
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tipoffs.models import ApiToken

    user, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    device, _created = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    _token, raw = ApiToken.issue("bench", user)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}, raw


def time_view(base_url, url, cookies, token):
    headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())}
    if url.startswith("/api/"):
        headers = {"Authorization": f"Bearer {token}"}
    times = []
    size = 0
    for round_ in range(WARM_UP + ROUNDS):
        started = time.perf_counter()
        response = requests.get(base_url + url, headers=headers, allow_redirects=False, timeout=600)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {response.status_code} {response.headers.get('Location', '')}")
        size = len(response.content)
        if round_ >= WARM_UP:
            times.append(elapsed)
    return times, size


def main():
    reuse = os.environ.get("BENCH_REUSE_DB") == "1"
    workdir = tempfile.TemporaryDirectory(prefix="bench-back-office-")
    database_url, database = postgres_database("bench_xbhh", fresh=not reuse)
    env = bench_env(workdir.name, DATABASE_URL=database_url)
    log("migrating bench_xbhh")
    manage(env, "migrate", "--noinput", "-v0", debug=True)
    log(f"seeding {TIPOFFS:,} tip-offs and {CONTACTS:,} contacts")
    started = time.perf_counter()
    manage(env, "seed_bench_data", f"--tipoffs={TIPOFFS}", f"--contacts={CONTACTS}")
    seeded = time.perf_counter() - started
    manage(env, "collectstatic", "--noinput", "-v0", debug=False)
    configure_django(env)
    from tipoffs.models import SuspectContact, TipOff, TipOffContact

    counts = (TipOff.objects.count(), SuspectContact.objects.count(), TipOffContact.objects.count())
    cookies, token = superuser_credentials()

    rows = []
    with Gunicorn(env) as server:
        baseline = None
        for label, url in [BASELINE, *views()]:
            log(f"{ROUNDS} requests: {url}")
            times, size = time_view(server.url, url, cookies, token)
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            baseline = baseline or p50
            rows.append([label, number(p50), number(p95), f"{p50 / baseline:,.0f}×", number(size / 1024)])
    flush_cache_prefix(env)

    print("### Back office at scale")
    print()
    print(
        f"{machine_line(database)}. {counts[0]:,} tip-offs, {counts[1]:,} suspect contacts, "
        f"{counts[2]:,} links (seeded in {seeded:.0f} s{', reused' if reuse else ''}); "
        f"gunicorn 2 sync workers, DEBUG off; a superuser, {ROUNDS} sequential requests per view "
        f"after {WARM_UP} warm-ups."
    )
    print()
    print(table(["view", "p50 ms", "p95 ms", "p50 × baseline", "KB"], rows))
    print()


if __name__ == "__main__":
    main()
