"""What a timing benchmark does first: the repository on ``sys.path``, its database (``BENCH_DATABASE_URL``,
an empty database the bench migrates and fills, or else a throw-away SQLite file), Django set up."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(name):
    """Set Django up for bench ``name``; returns the temporary directory to keep alive (or None)."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    tmp = None
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        tmp = tempfile.TemporaryDirectory(prefix=f"bench-{name}-")
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp.name}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.dummy.DummyBackend"  # no query recording

    import django

    django.setup()
    return tmp
