"""Database queries per page on the demo site: every public page type and the team's admin pages.

    .venv/bin/python bench/query_counts.py

Builds the demo content (pages and demo tip-offs) in a throw-away SQLite file and prints the number of
queries each page costs on its second request (the first one warms per-process caches). Counts, not
times, so the figures are stable across machines; the tests assert upper bounds on the same pages.
"""

import io

from _support import setup_django_on_a_throwaway_database

# Development's switch: the admin pages are counted without the second-factor step (its own few queries).
_workdir = setup_django_on_a_throwaway_database("bench-queries-", ADMIN_2FA_REQUIRED="0")

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from education.models import AlertPage, EventPage, GuidePage  # noqa: E402
from tipoffs.models import SuspectContact, TipOff  # noqa: E402


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def main():
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())

    public = {
        "home": "/",
        "guide index": "/guides/",
        "alert index": "/alerts/",
        "event index": "/events/",
        "standard page": "/about/",
        "guide": GuidePage.objects.live().first().url,
        "alert": AlertPage.objects.live().first().url,
        "event": EventPage.objects.live().first().url,
        "search results": "/search/?q=代理维权",
        "tip-off form": "/report/",
    }
    most_reported = SuspectContact.objects.order_by("-report_count").first()
    team = {
        "admin home (dashboard)": "/admin/",
        "tip-off list": "/admin/tipoffs/tipoff/",
        "tip-off case": f"/admin/tipoffs/tipoff/edit/{TipOff.objects.first().pk}/",
        "contact list": "/admin/tipoffs/contact/",
        "contact detail": f"/admin/tipoffs/contact/edit/{most_reported.pk}/",
    }
    admin = get_user_model().objects.create_superuser("bench", password="bench-only")
    team_client = Client()
    team_client.force_login(admin)

    print(f"{'page':<24} {'queries':>7}  url")
    for client, pages in ((Client(), public), (team_client, team)):
        for label, url in pages.items():
            print(f"{label:<24} {query_count(client, url):>7}  {url}")


if __name__ == "__main__":
    main()
