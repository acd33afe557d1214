"""Tip-off submissions under load: 500 reports from 8 concurrent clients, without and with a 2 MB image.

    .venv/bin/python bench/submissions.py           # BENCH_QUICK=1 for 80 reports

Each client does what a browser does: fetch the form (for its CSRF token and its one-time form token), post
the report, follow the redirect to the thank-you page and read the reference there. Served by gunicorn (2 sync
workers, DEBUG off) on PostgreSQL (database ``bench_xbhh_intake``, dropped and created by this script), with
a per-client report limit high enough for the bench (``TIPOFF_REPORTS_PER_HOUR``). Afterwards the database
must hold exactly one tip-off per accepted submission, each with its own reference.
"""

import io
import random
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from _support import (
    Gunicorn,
    bench_env,
    build_demo_site,
    configure_django,
    flush_cache_prefix,
    log,
    machine_line,
    number,
    percentile,
    postgres_database,
    scaled,
    table,
    wrk,
)

SUBMISSIONS = scaled(500, 80)
CLIENTS = 8
IMAGE_BYTES = 2 * 1024 * 1024
HIDDEN_INPUT = re.compile(r"<input\b[^>]*\btype=\"hidden\"[^>]*>")
ATTRIBUTE = re.compile(r"\b(name|value)=\"([^\"]*)\"")
REFERENCE = re.compile(r"JB-\d{8}-[0-9A-Z]{4}")


def two_megabyte_jpeg():
    """A photo-like JPEG of at least 2 MB (noise does not compress), made once."""
    from PIL import Image

    rng = random.Random(20261124)
    width = 1200
    height = 800
    while True:
        image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=90)
        if buffer.tell() >= IMAGE_BYTES:
            return buffer.getvalue()
        width, height = int(width * 1.1), int(height * 1.1)


def hidden_fields(html):
    fields = {}
    for tag in HIDDEN_INPUT.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        if "name" in attributes:
            fields[attributes["name"]] = attributes.get("value", "")
    return fields


def submit(base_url, number_, image):
    """One report, as a browser sends it. Returns (seconds for the POST, reference or None, error or None)."""
    http = requests.Session()
    form_url = f"{base_url}/report/"
    page = http.get(form_url, timeout=120)
    page.raise_for_status()
    # The cookies are Secure (DEBUG is off) and the bench speaks plain HTTP: send them by hand.
    csrf_cookie = page.cookies.get("csrftoken")
    data = {
        **hidden_fields(page.text),
        "category": "unsure",
        "description": f"第 {number_} 条压测举报：对方自称银行客服，说我的账户异常，要求我共享屏幕。",
        "contact_channel": "phone_call",
        "consent": "on",
        "contacts-0-kind": "phone",
        "contacts-0-value": f"170 {number_ // 10000:04d} {number_ % 10000:04d}",
        "contacts-0-platform": "",
        "website": "",
    }
    files = {"evidence": ("screenshot.jpg", image, "image/jpeg")} if image else None
    started = time.perf_counter()
    response = http.post(
        form_url,
        data=data,
        files=files,
        headers={"Cookie": f"csrftoken={csrf_cookie}"},
        allow_redirects=False,
        timeout=300,
    )
    elapsed = time.perf_counter() - started
    if response.status_code != 302:
        return elapsed, None, f"HTTP {response.status_code}"
    session = response.cookies.get("sessionid")
    thanks = http.get(
        base_url + response.headers["Location"], headers={"Cookie": f"sessionid={session}"}, timeout=120
    )
    match = REFERENCE.search(thanks.text)
    return elapsed, match.group(0) if match else None, None if match else "no reference on the thanks page"


def run(base_url, image):
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        outcomes = list(pool.map(lambda n: submit(base_url, n, image), range(SUBMISSIONS)))
    wall = time.perf_counter() - started
    return outcomes, wall


def main():
    workdir = tempfile.TemporaryDirectory(prefix="bench-submissions-")
    database_url, database = postgres_database("bench_xbhh_intake")
    env = bench_env(workdir.name, DATABASE_URL=database_url, TIPOFF_REPORTS_PER_HOUR="1000000")
    build_demo_site(env)
    configure_django(env)
    from tipoffs.models import TipOff

    image = two_megabyte_jpeg()
    rows = []
    with Gunicorn(env) as server:
        # What the same server gives 8 clients without a database: the baseline of this run.
        baseline = wrk(server.url + "/robots.txt", 3, threads=2, connections=CLIENTS)
        image_label = f"with a {len(image) / 2**20:.1f} MB image"
        for label, payload in (("without evidence", None), (image_label, image)):
            before = TipOff.objects.count()
            log(f"{SUBMISSIONS} submissions from {CLIENTS} clients, {label}")
            outcomes, wall = run(server.url, payload)
            saved = TipOff.objects.count() - before
            times = [elapsed * 1000 for elapsed, _reference, _error in outcomes]
            references = [reference for _elapsed, reference, _error in outcomes if reference]
            errors = sorted({error for _elapsed, _reference, error in outcomes if error})
            rows.append(
                [
                    label,
                    SUBMISSIONS,
                    saved,
                    SUBMISSIONS - saved,
                    "yes" if len(set(references)) == len(references) == saved else "NO",
                    number(SUBMISSIONS / wall, 1),
                    number(percentile(times, 0.5)),
                    number(percentile(times, 0.95)),
                    f"{percentile(times, 0.5) / baseline['p50']:,.0f}×",
                    "; ".join(errors) or "—",
                ]
            )
    flush_cache_prefix(env)

    print("### Tip-off submissions")
    print()
    print(
        f"{machine_line(database)}. gunicorn 2 sync workers, DEBUG off; {CLIENTS} concurrent clients, each "
        "fetching the form, posting and reading the reference on the thank-you page; times are the POST. "
        f"Baseline: /robots.txt from {CLIENTS} clients on the same server, {number(baseline['rps'])} req/s, "
        f"p50 {baseline['p50']:.1f} ms."
    )
    print()
    headers = ["submissions", "sent", "saved", "lost", "unique references", "per s", "p50 ms", "p95 ms"]
    headers += ["p50 × baseline", "errors"]
    print(table(headers, rows))
    print()


if __name__ == "__main__":
    main()
