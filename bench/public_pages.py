"""Public pages under load: gunicorn (2 sync workers, DEBUG off) on the demo site, loaded with wrk.

    .venv/bin/python bench/public_pages.py          # BENCH_QUICK=1 for 2-second runs

Builds the demo content in a throw-away SQLite file and serves it as in production: gunicorn with
``site/gunicorn.conf.py``, DEBUG off, a generated secret key, hashed static files, Redis as the cache when
it is running. Each URL gets a short wrk run (``-t2 -c4``); ``/robots.txt`` goes through the same stack and
middleware without touching the database, so it is the ceiling every page is compared with, measured in
the same run. When the full-page cache exists (``common.pagecache``), every URL is measured with the cache
off and on. Queries are counted in-process on a repeat visit with the same settings.
"""

import importlib.util
import tempfile
import urllib.parse
import urllib.request

from _support import (
    ROOT,
    Gunicorn,
    bench_env,
    build_demo_site,
    configure_django,
    flush_cache_prefix,
    log,
    machine_line,
    number,
    scaled,
    table,
    wrk,
)

SECONDS = scaled(5, 2)
WARM_UP_REQUESTS = 3


def page_cache_exists():
    import sys

    sys.path[:0] = [str(ROOT)]
    return importlib.util.find_spec("common.pagecache") is not None


def pick_urls():
    from education.models import AlertPage, EventPage, GuidePage, ScamCategory

    guide = GuidePage.objects.live().public().filter(category__isnull=False).first()
    category = ScamCategory.objects.filter(guides__live=True).distinct().first()
    event = EventPage.objects.live().public().upcoming().first() or EventPage.objects.live().first()
    return {
        "robots.txt (ceiling)": "/robots.txt",
        "home": "/",
        "guide": guide.url,
        "guide index, category filter": f"/guides/?category={category.slug}",
        "alert": AlertPage.objects.live().public().first().url,
        "event": event.url,
        "search": "/search/?" + urllib.parse.urlencode({"q": "代理维权"}),
        "risk check (GET)": "/report/check/",
    }


def query_counts(urls, cached):
    """Queries of a repeat visit by an anonymous reader, in this process, with the bench settings."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    if hasattr(settings, "PAGE_CACHE_ENABLED"):
        settings.PAGE_CACHE_ENABLED = cached
    counts = {}
    for label, url in urls.items():
        client = Client()
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[label] = len(queries)
    return counts


def warm_up(base_url, urls):
    for url in urls.values():
        for _ in range(WARM_UP_REQUESTS):
            with urllib.request.urlopen(base_url + url, timeout=60) as response:  # noqa: S310
                assert response.status == 200, (url, response.status)


def measure(env, urls, cached):
    mode = "cached" if cached else "uncached"
    env = {**env, "PAGE_CACHE": "1" if cached else "0"}
    flush_cache_prefix(env)
    counts = query_counts(urls, cached)
    results = {}
    with Gunicorn(env) as server:
        warm_up(server.url, urls)
        for label, url in urls.items():
            log(f"wrk {SECONDS} s, {mode}: {url}")
            results[label] = wrk(server.url + urllib.parse.quote(url, safe="/?=&%"), SECONDS)
        rss = server.worker_rss_mb()
    flush_cache_prefix(env)
    return mode, results, counts, rss


def main():
    workdir = tempfile.TemporaryDirectory(prefix="bench-public-")
    env = bench_env(workdir.name, DATABASE_URL=f"sqlite:///{workdir.name}/site.sqlite3")
    build_demo_site(env)
    configure_django(env)
    from django.db import connection

    urls = pick_urls()
    modes = [False, True] if page_cache_exists() else [False]
    runs = [measure(env, urls, cached) for cached in modes]

    rows = []
    for label in urls:
        for mode, results, counts, _rss in runs:
            result = results[label]
            ceiling = results["robots.txt (ceiling)"]["rps"]
            errors = f" ({result['errors']} errors)" if result["errors"] else ""
            rows.append(
                [
                    label,
                    mode,
                    number(result["rps"]) + errors,
                    number(result["p50"], 1),
                    number(result["p99"], 1),
                    f"{result['rps'] / ceiling:.2f}×",
                    counts[label],
                ]
            )
    cache = "Redis" if env.get("CACHE_URL") else "local memory"
    print("### Public pages")
    print()
    print(
        f"{machine_line(f'SQLite {connection.Database.sqlite_version}, cache in {cache}')}. "
        f"gunicorn 2 sync workers, DEBUG off; wrk -t2 -c4, {SECONDS} s per row. "
        "× robots = req/s as a share of /robots.txt in the same mode; queries = on a repeat visit."
    )
    print()
    print(table(["URL", "page cache", "req/s", "p50 ms", "p99 ms", "× robots", "queries"], rows))
    print()
    for mode, _results, _counts, rss in runs:
        print(f"- RSS per gunicorn worker after the {mode} run: " + ", ".join(f"{mb:.0f} MB" for mb in rss))
    if len(modes) == 1:
        print("- No full-page cache in this version: cached rows are not measured.")
    print()


if __name__ == "__main__":
    main()
