"""Helpers shared by the benchmarks: the bench environment, a throw-away gunicorn, wrk, percentiles, tables.

Not a benchmark itself (``run.py`` skips files starting with ``_``).
"""

import base64
import contextlib
import hashlib
import os
import platform
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


def setup_django_on_a_throwaway_database(prefix, **environment):
    """Set up Django in this process, in development mode, on an empty SQLite file and media folders in a
    temporary directory (returned: it is deleted when the object goes away), with ``environment`` added."""
    workdir = tempfile.TemporaryDirectory(prefix=prefix)
    os.environ.update(
        DATABASE_URL=f"sqlite:///{workdir.name}/demo.sqlite3",
        MEDIA_ROOT=f"{workdir.name}/media",
        PRIVATE_MEDIA_ROOT=f"{workdir.name}/private_media",
        DJANGO_DEBUG="1",  # the demo content (its tip-offs included) is only loaded in development
        **environment,
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()
    return workdir


def quick():
    """``BENCH_QUICK=1`` (or ``run.py --quick``): fewer requests and rows, for trying the bench out."""
    return os.environ.get("BENCH_QUICK", "") not in ("", "0")


def scaled(full, quick_value):
    return quick_value if quick() else full


def log(message):
    """Progress goes to stderr; stdout carries only the report that ends up in RESULTS.md."""
    print(f"[{time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", file=sys.stderr, flush=True)


def redis_available(url=REDIS_URL):
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:
        return False


BENCH_DATA_KEY = base64.urlsafe_b64encode(hashlib.sha256(b"xbhh bench data key").digest()).decode()


def bench_env(workdir, **overrides):
    """Production-like settings (DEBUG off, a generated secret) with every file in ``workdir``.

    HTTPS redirects are off because the bench talks plain HTTP to gunicorn on localhost; the cache is
    Redis under a key prefix of this run when Redis is there (as in production), local memory otherwise.
    """
    workdir = Path(workdir)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private_media"),
        "CACHE_KEY_PREFIX": f"xbhh-bench-{os.getpid()}",
        "LOG_LEVEL": "WARNING",
        # Encryption at rest is on as in production. Fixed keys (bench data only, never a real secret) so
        # that BENCH_REUSE_DB can read a database seeded by an earlier run.
        "TIPOFF_DATA_KEYS": BENCH_DATA_KEY,
        "TIPOFF_LOOKUP_KEY": "xbhh bench lookup key",
    }
    env.pop("CACHE_URL", None)
    env.pop("REDIS_URL", None)
    if redis_available():
        env["CACHE_URL"] = REDIS_URL
    env.update(overrides)
    return env


def flush_cache_prefix(env):
    """Delete this run's keys from the shared Redis (nothing to do for local memory)."""
    if not env.get("CACHE_URL"):
        return
    import redis

    client = redis.Redis.from_url(env["CACHE_URL"])
    keys = list(client.scan_iter(f"{env['CACHE_KEY_PREFIX']}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def manage(env, *args, debug=None):
    """``manage.py`` in a child process. ``debug=True`` runs it in development mode: tasks (search index
    updates) then run immediately instead of waiting for a worker, and the demo loader is allowed."""
    child_env = dict(env)
    if debug is not None:
        child_env["DJANGO_DEBUG"] = "1" if debug else "0"
    # Their chatter goes to stderr: stdout is the report.
    command = [sys.executable, "manage.py", *args]
    subprocess.run(command, env=child_env, cwd=ROOT, check=True, stdout=sys.stderr)


def build_demo_site(env):
    log("migrating and loading the demo content")
    manage(env, "migrate", "--noinput", "-v0", debug=True)
    manage(env, "load_demo_content", "-v0", debug=True)
    manage(env, "collectstatic", "--noinput", "-v0", debug=False)


def configure_django(env):
    """Set up Django in this process with the bench settings (for query counts, sessions, seeding)."""
    os.environ.update(env)
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn from ``site/gunicorn.conf.py`` on a free port: ``with Gunicorn(env) as server: ...``."""

    def __init__(self, env, workers=2):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self._log = Path(tempfile.mkstemp(prefix="bench-gunicorn-", suffix=".log")[1])

    def __enter__(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "site/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            # One log line per request would measure the terminal; errors still go to the log file.
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            str(self._log),
        ]
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_tail()}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(self.url + "/robots.txt", timeout=5) as response,  # noqa: S310
            ):
                if response.status == 200 and len(self.worker_pids()) == self.workers:
                    return self
            time.sleep(0.5)
        self.__exit__(None, None, None)
        raise RuntimeError(f"gunicorn did not start: {self.log_tail()}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines=30):
        return "\n".join(self._log.read_text(errors="replace").splitlines()[-lines:])

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def worker_rss_mb(self):
        """Resident memory of each worker, in MB."""
        sizes = []
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):
                status = Path(f"/proc/{pid}/status").read_text()
                sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
        return sorted(sizes)


def wrk(url, seconds, threads=2, connections=4):
    """Load ``url`` with wrk; returns req/s, p50 and p99 in ms, and the count of non-2xx/3xx answers."""
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency_ms(label):
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency_ms("50%"),
        "p99": latency_ms("99%"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
    }


def percentile(values, fraction):
    """Nearest-rank percentile of ``values`` (fraction 0.5 is the median)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def median(values):
    return statistics.median(values)


def table(headers, rows):
    """A Markdown table; numbers are expected already formatted."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def number(value, digits=0):
    return f"{value:,.{digits}f}"


def machine_line(database):
    """Cores, CPU, Python and database, for the heading of each result section."""
    model = ""
    with contextlib.suppress(OSError):
        match = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
        model = f" ({match.group(1).strip()})" if match else ""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{os.cpu_count()} cores{model}; Python {platform.python_version()}; {database}; "
        f"load average at start {load}"
    )


def postgres_database(name, fresh=True):
    """URL of the PostgreSQL database ``name`` on the bench server, dropped and created anew if ``fresh``."""
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if fresh or not exists:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        version = connection.execute("SHOW server_version").fetchone()[0].split()[0]
    return f"{POSTGRES_SERVER}/{name}", f"PostgreSQL {version}"
