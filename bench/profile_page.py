"""Where an uncached render of one public page spends its time: a tool for when a target is missed, not
part of `make bench`.

    .venv/bin/python bench/profile_page.py /guides/daili-weiquan/ [renders]

Builds the demo content in a throw-away SQLite file, turns DEBUG and the page cache off, renders the page
``renders`` times (default 100) after a warm-up and prints: milliseconds per render, the time spent executing
SQL, each template's own and inclusive time, and the 25 functions with the most cumulative time (cProfile).
"""

import collections
import cProfile
import io
import pstats
import sys
import time

from _support import setup_django_on_a_throwaway_database

# DEBUG goes off once the demo content is loaded (the loader runs in development only).
_workdir = setup_django_on_a_throwaway_database("bench-profile-", PAGE_CACHE="0")

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.template import base as template_base  # noqa: E402
from django.test import Client  # noqa: E402


class TemplateTimes:
    """Own and inclusive render time per template, while installed."""

    def __init__(self):
        self.own, self.inclusive, self._stack = collections.Counter(), collections.Counter(), []
        self._render = template_base.Template.render

    def __enter__(self):
        times, render = self, self._render

        def timed_render(template, context):
            started = time.perf_counter()
            times._stack.append(0.0)
            try:
                return render(template, context)
            finally:
                spent, nested = time.perf_counter() - started, times._stack.pop()
                times.inclusive[template.origin.template_name] += spent
                times.own[template.origin.template_name] += spent - nested
                if times._stack:
                    times._stack[-1] += spent

        template_base.Template.render = timed_render
        return self

    def __exit__(self, *exc):
        template_base.Template.render = self._render


def main(url, renders):
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    for _ in range(5):
        assert client.get(url).status_code == 200, url

    sql = [0.0]

    def timed_sql(execute, *args):
        started = time.perf_counter()
        try:
            return execute(*args)
        finally:
            sql[0] += time.perf_counter() - started

    started = time.perf_counter()
    with connection.execute_wrapper(timed_sql):
        for _ in range(renders):
            client.get(url)
    per_render = (time.perf_counter() - started) / renders * 1000
    print(f"{url}: {per_render:.1f} ms per render, of which SQL {sql[0] / renders * 1000:.1f} ms\n")

    with TemplateTimes() as templates:
        for _ in range(renders):
            client.get(url)
    print(f"{'own ms':>7} {'incl ms':>8}  template")
    for name, own in templates.own.most_common(15):
        print(f"{own / renders * 1000:7.2f} {templates.inclusive[name] / renders * 1000:8.2f}  {name}")

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(renders):
        client.get(url)
    profile.disable()
    print()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/", int(sys.argv[2]) if len(sys.argv) > 2 else 100)
