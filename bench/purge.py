"""Retention purge benchmark: 100,000 expired tip-offs, purged in batches, beside one big transaction.

    .venv/bin/python bench/purge.py                 # a throw-away SQLite file
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_purge .venv/bin/python bench/purge.py

The PostgreSQL database must exist and be empty. Every tip-off was received four years ago and closed, so
the reporter-details, report-text and address rules all erase all of them. Prints the total time and the
longest single batch (the longest time rows stay locked) of a batched run (500 rows per transaction), and
the same for the baseline: the whole purge as one transaction per rule.
"""

import dataclasses
import datetime
import os
import statistics
import time

from _django import setup_django

TIPOFFS = int(os.environ.get("BENCH_TIPOFFS", "100000"))
_tmp = setup_django("purge")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import TextField, Value  # noqa: E402
from django.utils import timezone  # noqa: E402

from tipoffs.models import TipOff  # noqa: E402
from tipoffs.privacy import crypto, purge  # noqa: E402


def fill():
    TipOff.objects.all().delete()
    received = timezone.now() - datetime.timedelta(days=4 * 365)
    token = crypto.encrypt("+8613900000000")  # one token for all: encryption is not what is measured
    rows = [
        TipOff(
            reference=f"JB-BENCH-{n:07d}",
            status_key_hash="x",
            description="有人冒充平台客服，说可以帮我把贷款利息降下来，让我交服务费。" * 3,
            reporter_name="",
            reporter_contact="",
            consent_given_at=received,
            received_at=received,
            status="closed",
            closed_at=received,
            outcome="confirmed",
            client_ip_hash="ab" * 32,
        )
        for n in range(TIPOFFS)
    ]
    TipOff.objects.bulk_create(rows, batch_size=2000)
    # The field would encrypt a clear value; store the ready token as it is.
    TipOff.objects.update(reporter_contact=Value(token, output_field=TextField()))


def timed_run(batch_size):
    durations = []

    def timed(erase):
        def run(rows, now):
            started = time.perf_counter()
            try:
                return erase(rows, now)
            finally:
                durations.append(time.perf_counter() - started)

        return run

    purge.RULES = tuple(dataclasses.replace(rule, erase=timed(rule.erase)) for rule in ORIGINAL_RULES)
    started = time.perf_counter()
    counts = purge.purge_expired(batch_size=batch_size).counts
    total = time.perf_counter() - started
    return total, durations, counts


if __name__ == "__main__":
    call_command("migrate", verbosity=0)
    ORIGINAL_RULES = purge.RULES
    print(f"{TIPOFFS} expired tip-offs, {connection.vendor}")
    results = {}
    for label, batch_size in (
        ("batched (500 per transaction)", 500),
        ("baseline (one transaction)", TIPOFFS),
    ):
        fill()
        total, durations, counts = timed_run(batch_size)
        results[label] = (total, max(durations))
        print(
            f"{label}: total {total:.1f} s, {len(durations)} batches, "
            f"longest batch {max(durations) * 1000:.0f} ms, "
            f"median batch {statistics.median(durations) * 1000:.0f} ms; "
            "erased "
            f"{counts['reporter_details']} details, {counts['report_text']} texts, "
            f"{counts['tipoff_ip_hashes']} addresses"
        )
    (batched_total, batched_lock), (base_total, base_lock) = results.values()
    print(
        f"longest lock: {batched_lock / base_lock:.3f} × the baseline's; "
        f"total time: {batched_total / base_total:.2f} × the baseline's"
    )
