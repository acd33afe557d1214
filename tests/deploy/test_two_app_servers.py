"""Two app servers behind one load balancer: two gunicorn instances (site/gunicorn.conf.py, DEBUG off, two
workers each) on different ports, sharing one PostgreSQL database, one Redis and one S3 store (moto's server
mode).

- a page published through the admin on server A is fresh at once on server B (page-cache purge via Redis);
- rate limits count across both servers;
- tip-offs submitted to both are all saved, each with its own reference;
- evidence uploaded through A is downloaded by a team member (password and TOTP code) through B, from the
  private bucket; nothing lands on either server's disk or in the public bucket.

Everything is made for this run and removed afterwards: a database of its own (a copy of a migrated template
that later runs reuse), keys under a prefix of their own in Redis database 14 (``TWO_SERVERS_REDIS_URL``),
buckets in a moto server on a free port. Skipped, with the reason, only when PostgreSQL
(``TWO_SERVERS_POSTGRES``, default 127.0.0.1:5432) or Redis is not reachable.
"""

import contextlib
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_SERVER = os.environ.get("TWO_SERVERS_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/14")
REFERENCE = re.compile(r"JB-\d{8}-[0-9A-Z]{4}")
HIDDEN_INPUT = re.compile(r"<input\b[^>]*\btype=\"hidden\"[^>]*>")
ATTRIBUTE = re.compile(r"\b(name|value)=\"([^\"]*)\"")
REPORTS_PER_HOUR = 6
RISK_CHECKS_PER_HOUR = 3
STARTUP_SECONDS = 180  # generous: a busy CI machine is slow to start four workers
TEMPLATE_PREFIX = "xbhh_two_servers_template_"
KEEP_TEMPLATES = 3
# The load balancer passes the public host name to both servers: the page cache keys on it.
PUBLIC_HOST = "xbhh.example.com"


# Services -------------------------------------------------------------------------------------------------


def postgres_reachable():
    try:
        import psycopg

        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=2):
            return True
    except Exception:
        return False


def redis_reachable():
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:
        return False


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, log, seconds=STARTUP_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited\n{tail(log)}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2):  # noqa: S310
            return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s\n{tail(log)}")


def tail(path, lines=40):
    with contextlib.suppress(OSError):
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    return ""


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(command, env, timeout=600):
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


class Cluster:
    """The database, Redis prefix, S3 buckets and both app servers of one run."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.processes = []
        self.run_id = secrets.token_hex(4)
        self.database = f"xbhh_two_servers_{os.getpid()}_{self.run_id}"
        self.cache_prefix = f"xbhh-two-servers-{self.run_id}"
        self.buckets = {"public": f"xbhh-media-{self.run_id}", "private": f"xbhh-evidence-{self.run_id}"}
        self.s3_url = None
        self.timings = {}

    # -- setting up --------------------------------------------------------------------------------------

    def start(self):
        started = time.monotonic()
        moto = self.start_s3()
        self.env = self.server_env()
        static = self.static_files()  # collectstatic runs meanwhile, unless an earlier run's copy is there
        self.create_database()
        self.timings["database"] = time.monotonic() - started
        static()
        self.timings["static"] = time.monotonic() - started
        self.a = self.start_gunicorn("a")
        self.b = self.start_gunicorn("b")
        moto()
        self.site = json.loads(run([sys.executable, "tests/deploy/site_setup.py", "seed"], self.env))
        self.timings["seeded"] = time.monotonic() - started
        for server in (self.a, self.b):
            wait_for(server["url"] + "/robots.txt", server["process"], server["log"])
        self.timings["ready"] = time.monotonic() - started

    def create_database(self):
        """This run's database, a copy of a migrated template named by a digest of every migration and the
        pinned requirements. The template is built (migrated) once and kept for later runs, which then skip
        the slowest step; the oldest templates are dropped when a new one is built."""
        import psycopg

        digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
        for path in sorted(ROOT.glob("*/migrations/*.py")):
            digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
        template = f"{TEMPLATE_PREFIX}{digest.hexdigest()[:16]}"
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
            connection.execute("SELECT pg_advisory_lock(hashtext(%s))", [TEMPLATE_PREFIX])
            try:
                # Newest first. Other checkouts on the same server may have other migrations: keep a few.
                templates = [
                    name
                    for (name,) in connection.execute(
                        "SELECT datname FROM pg_database WHERE starts_with(datname, %s) ORDER BY oid DESC",
                        [TEMPLATE_PREFIX],
                    )
                ]
                if template not in templates:
                    building = f"{template}_building"
                    kept = [name for name in templates if not name.endswith("_building")][
                        : KEEP_TEMPLATES - 1
                    ]
                    for stale in set(templates) - set(kept):
                        connection.execute(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)')
                    connection.execute(f'CREATE DATABASE "{building}"')
                    env = {**self.env, "DATABASE_URL": f"{POSTGRES_SERVER}/{building}"}
                    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
                    connection.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
                connection.execute(f'CREATE DATABASE "{self.database}" TEMPLATE "{template}"')
            finally:
                connection.execute("SELECT pg_advisory_unlock(hashtext(%s))", [TEMPLATE_PREFIX])

    def static_files(self):
        """Collected static files (DEBUG off: hashed names from the manifest). Kept between runs in the
        temporary folder, named by a digest of static/ and the pinned requirements. Returns a function that
        waits until they are there."""
        digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
        for path in sorted((ROOT / "static").rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
        cached = Path(tempfile.gettempdir()) / f"xbhh-two-servers-static-{digest.hexdigest()[:16]}"
        for stale in cached.parent.glob("xbhh-two-servers-static-*"):
            if stale != cached and time.time() - stale.stat().st_mtime > 86400:
                shutil.rmtree(stale, ignore_errors=True)
        if (cached / "staticfiles.json").exists():
            self.env["STATIC_ROOT"] = str(cached)
            return lambda: None
        collecting = self.workdir / "static"
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env={**self.env, "STATIC_ROOT": str(collecting)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.processes.append(collect)

        def wait():
            assert collect.wait(timeout=180) == 0, collect.stderr.read()
            with contextlib.suppress(OSError):  # another run got there first: theirs is the same
                collecting.rename(cached)
            self.env["STATIC_ROOT"] = str(cached if (cached / "staticfiles.json").exists() else collecting)

        return wait

    def start_s3(self):
        """moto's S3 server on a free port; returns a function that waits for it and makes the buckets."""
        port = free_port()
        log = self.workdir / "moto.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        self.processes.append(process)
        self.s3_url = f"http://127.0.0.1:{port}"

        def ready():
            wait_for(self.s3_url + "/moto-api/", process, log)
            client = self.s3()
            for bucket in self.buckets.values():
                client.create_bucket(Bucket=bucket)
            # As README "Several app servers" says: anyone may read the public bucket; the private bucket
            # has no policy, so only the app's key reads it.
            public = self.buckets["public"]
            statement = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}
            policy = {
                "Version": "2012-10-17",
                "Statement": [{**statement, "Resource": f"arn:aws:s3:::{public}/*"}],
            }
            client.put_bucket_policy(Bucket=public, Policy=json.dumps(policy))

        return ready

    def s3(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",  # noqa: S106 - moto accepts any key
            region_name="us-east-1",
        )

    def server_env(self):
        keep = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "AWS_", "S3_", "TIPOFF_", "PAGE_CACHE", "GUNICORN_"))
            and key not in {"DATABASE_URL", "CACHE_URL", "REDIS_URL", "CACHE_KEY_PREFIX", "MEDIA_STORAGE"}
        }
        return {
            **keep,
            "DJANGO_SETTINGS_MODULE": "settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": f"{PUBLIC_HOST},127.0.0.1",
            # Plain HTTP between this test and gunicorn; production sits behind HTTPS.
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "TRUSTED_PROXY_COUNT": "0",
            "DATABASE_URL": f"{POSTGRES_SERVER}/{self.database}",
            "CACHE_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": self.cache_prefix,
            "MEDIA_STORAGE": "s3",
            "S3_ENDPOINT_URL": self.s3_url,
            "S3_REGION": "us-east-1",
            "S3_ACCESS_KEY_ID": "testing",
            "S3_SECRET_ACCESS_KEY": "testing",
            "S3_BUCKET_PUBLIC": self.buckets["public"],
            "S3_BUCKET_PRIVATE": self.buckets["private"],
            "TIPOFF_DATA_KEYS": "FbMbbMzlGHZk8GL0hvankF0_sG0hVukzV-Bk_bZhnbQ=",
            "TIPOFF_LOOKUP_KEY": secrets.token_urlsafe(32),
            "TIPOFF_REPORTS_PER_HOUR": str(REPORTS_PER_HOUR),
            "TIPOFF_RISK_CHECKS_PER_HOUR": str(RISK_CHECKS_PER_HOUR),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
        }

    def start_gunicorn(self, name):
        port = free_port()
        log = self.workdir / f"gunicorn-{name}.log"
        # As in production, configured by the environment that site/gunicorn.conf.py reads. Each server has
        # its own (empty) local media folders: whatever they share must come from S3.
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
            "MEDIA_ROOT": str(self.workdir / name / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.workdir / name / "private_media"),
        }
        # Not gunicorn's one default control socket in ~/.gunicorn, which both servers would claim.
        command = [sys.executable, "-m", "gunicorn", "-c", "site/gunicorn.conf.py", "--no-control-socket"]
        command += ["--error-logfile", str(log)]
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        return {"name": name, "url": f"http://127.0.0.1:{port}", "process": process, "log": log}

    # -- tearing down ------------------------------------------------------------------------------------

    def stop(self):
        for process in reversed(self.processes):
            stop(process)
        with contextlib.suppress(Exception):
            import redis

            client = redis.Redis.from_url(REDIS_URL)
            keys = list(client.scan_iter(f"{self.cache_prefix}:*", count=1000))
            if keys:
                client.delete(*keys)
        with contextlib.suppress(Exception):
            import psycopg

            with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def logs(self):
        return "\n".join(f"--- {s['name']}\n{tail(s['log'])}" for s in (self.a, self.b) if hasattr(self, "a"))

    def query(self, sql, *params):
        import psycopg

        with psycopg.connect(f"{POSTGRES_SERVER}/{self.database}") as connection:
            return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def cluster():
    if not postgres_reachable():
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_SERVER}; the two-server test needs it")
    if not redis_reachable():
        pytest.skip(f"Redis is not reachable at {REDIS_URL}; the two-server test needs it")
    workdir = tempfile.mkdtemp(prefix="xbhh-two-servers-")
    cluster = Cluster(workdir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


# A browser, over plain HTTP ---------------------------------------------------------------------------------


class Browser:
    """Keeps cookies itself: with DEBUG off they are Secure, and this test speaks plain HTTP to gunicorn."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}
        self.http = requests.Session()

    def request(self, method, path, **kwargs):
        headers = {"Host": PUBLIC_HOST, **kwargs.pop("headers", {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = self.http.request(
            method, self.base_url + path, headers=headers, allow_redirects=False, timeout=60, **kwargs
        )
        self.http.cookies.clear()
        for cookie in response.cookies:
            self.cookies[cookie.name] = cookie.value
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)

    def form(self, path):
        """GET a page with a form; its hidden fields (CSRF token, form token, formset counts)."""
        page = self.get(path)
        assert page.status_code == 200, (path, page.status_code)
        fields = {}
        for tag in HIDDEN_INPUT.findall(page.text):
            attributes = dict(ATTRIBUTE.findall(tag))
            if "name" in attributes:
                fields[attributes["name"]] = attributes.get("value", "")
        return fields


def totp_code(key_hex):
    from django_otp.oath import totp

    return f"{totp(bytes.fromhex(key_hex)):06d}"


def sign_in(base_url, account):
    """The admin's real sign-in: password, then the authenticator's current code."""
    browser = Browser(base_url)
    fields = browser.form("/admin/login/")
    response = browser.post(
        "/admin/login/",
        {**fields, "username": account["username"], "password": account["password"], "next": "/admin/"},
    )
    assert response.status_code == 302, response.text[:500]
    # Signed in with the password only: every admin page sends them to the code.
    response = browser.get(response.headers["Location"])
    assert response.status_code == 302 and response.headers["Location"].startswith("/admin/2fa/verify/")
    fields = browser.form(response.headers["Location"])
    response = browser.post("/admin/2fa/verify/", {**fields, "code": totp_code(account["totp_key"])})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/", response.text[:500]
    assert browser.get("/admin/").status_code == 200
    return browser


def anonymous_get(server, path):
    return requests.get(
        server["url"] + path, headers={"Host": PUBLIC_HOST}, allow_redirects=False, timeout=60
    )


def jpeg_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def submit_report(server, number, evidence=None):
    """One tip-off, as a browser without JavaScript sends it; returns (status, reference or None)."""
    browser = Browser(server["url"])
    fields = browser.form("/report/")
    data = {
        **fields,
        "category": "unsure",
        "description": f"第 {number} 条：对方自称银行客服，说我的账户异常，要求我共享屏幕。",
        "contact_channel": "phone_call",
        "consent": "on",
        "contacts-0-kind": "phone",
        "contacts-0-value": f"170 2000 {number:04d}",
        "contacts-0-platform": "",
        "website": "",
    }
    files = {"evidence": ("截图.jpg", evidence, "image/jpeg")} if evidence else None
    response = browser.post("/report/", data, files=files)
    if response.status_code != 302:
        return response.status_code, None
    thanks = browser.get(response.headers["Location"].split("#")[0])
    match = REFERENCE.search(thanks.text)
    return response.status_code, match.group(0) if match else None


def risk_check(server, value):
    browser = Browser(server["url"])
    fields = browser.form("/report/check/")
    return browser.post("/report/check/", {**fields, "value": value, "kind": "", "platform": ""}).status_code


# The test ---------------------------------------------------------------------------------------------------


def test_two_app_servers_share_pages_limits_tipoffs_and_evidence(cluster):
    a, b = cluster.a, cluster.b
    started = time.monotonic()
    try:
        check_publishing_on_a_is_fresh_on_b(cluster, a, b)
        cluster.timings["published"] = time.monotonic() - started
        check_rate_limits_count_across_servers(a, b)
        cluster.timings["rate_limits"] = time.monotonic() - started
        check_tipoffs_to_both_servers_and_evidence_through_the_other(cluster, a, b)
        cluster.timings["tipoffs"] = time.monotonic() - started
    except AssertionError as error:
        raise AssertionError(f"{error}\n{cluster.logs()}") from error
    finally:
        print("two-server timings (s):", {k: round(v, 1) for k, v in cluster.timings.items()})


def check_publishing_on_a_is_fresh_on_b(cluster, a, b):
    guide = cluster.site["guide"]
    for path in (guide["url"], guide["index_url"]):
        assert anonymous_get(b, path).headers["X-Page-Cache"] == "miss"
        cached = anonymous_get(b, path)
        assert cached.status_code == 200 and cached.headers["X-Page-Cache"] == "hit"
        assert "冒充客服的骗局" in cached.text
        assert anonymous_get(a, path).headers["X-Page-Cache"] == "hit"  # one cache for both servers

    # Its image, uploaded to the public bucket, is shown from there: a plain URL, no signature or expiry.
    page = anonymous_get(a, guide["url"])
    assert cluster.s3_url in page.headers["Content-Security-Policy"]
    images = re.findall(
        rf'src="({re.escape(cluster.s3_url)}/{cluster.buckets["public"]}/images/[^"?]+)"', page.text
    )
    assert images, page.text
    image = requests.get(images[0], timeout=30)
    assert image.status_code == 200 and image.headers["Content-Type"].startswith("image/")

    # An editor's draft changes nothing the public sees.
    run(
        [sys.executable, "tests/deploy/site_setup.py", "draft", str(guide["id"]), "新标题：冒充客服"],
        cluster.env,
    )
    assert "冒充客服的骗局" in anonymous_get(b, guide["url"]).text

    # Published through the admin on A (a superuser with two-factor login) ...
    editor = sign_in(a["url"], cluster.site["editor"])
    action = f"/admin/bulk/wagtailcore/page/publish/?id={guide['id']}"
    published = editor.post(action, editor.form(action))
    assert published.status_code == 302, published.text[:500]

    # ... and fresh on B at once: the page and its index.
    fresh = anonymous_get(b, guide["url"])
    assert fresh.status_code == 200 and fresh.headers["X-Page-Cache"] == "miss"
    assert "新标题：冒充客服" in fresh.text
    assert "新标题：冒充客服" in anonymous_get(b, guide["index_url"]).text

    # Unpublished on A: gone from B at once.
    action = f"/admin/bulk/wagtailcore/page/unpublish/?id={guide['id']}"
    assert editor.post(action, editor.form(action)).status_code == 302
    assert anonymous_get(b, guide["url"]).status_code == 404
    assert "新标题：冒充客服" not in anonymous_get(b, guide["index_url"]).text


def check_rate_limits_count_across_servers(a, b):
    # RISK_CHECKS_PER_HOUR = 3 for this client address, whichever server answers.
    assert [risk_check(server, "171 0000 0000") for server in (a, b, a)] == [200, 200, 200]
    assert risk_check(b, "171 0000 0000") == 429
    assert risk_check(a, "171 0000 0000") == 429


def check_tipoffs_to_both_servers_and_evidence_through_the_other(cluster, a, b):
    image = jpeg_bytes()
    # REPORTS_PER_HOUR = 6: three to each server at the same time, the first to A with evidence.
    jobs = [(a, 1, image), (b, 2, None), (a, 3, None), (b, 4, None), (a, 5, None), (b, 6, None)]
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(lambda job: submit_report(*job), jobs))
    assert [status for status, _reference in outcomes] == [302] * 6, outcomes
    references = [reference for _status, reference in outcomes]
    assert all(references) and len(set(references)) == 6, references
    saved = {reference for (reference,) in cluster.query("SELECT reference FROM tipoffs_tipoff")}
    assert saved == set(references)
    # The seventh from the same address, on either server, is over the shared limit.
    assert submit_report(b, 7) == (429, None)
    assert len(cluster.query("SELECT id FROM tipoffs_tipoff")) == 6

    # Evidence uploaded through A lives in the private bucket: not on A's disk, not in the public bucket.
    ((tipoff_id, evidence_id, name, sha256),) = cluster.query(
        "SELECT t.id, e.id, e.file, e.sha256 FROM tipoffs_evidence e"
        " JOIN tipoffs_tipoff t ON t.id = e.tipoff_id WHERE t.reference = %s",
        references[0],
    )
    s3 = cluster.s3()
    stored = s3.get_object(Bucket=cluster.buckets["private"], Key=name)["Body"].read()
    assert hashlib.sha256(stored).hexdigest() == sha256
    # Whoever guesses its address gets nothing from the bucket itself.
    assert (
        requests.get(f"{cluster.s3_url}/{cluster.buckets['private']}/{name}", timeout=30).status_code == 403
    )
    public_keys = [
        item["Key"] for item in s3.list_objects_v2(Bucket=cluster.buckets["public"]).get("Contents", [])
    ]
    assert not [key for key in public_keys if key.startswith("evidence/")]
    for server in ("a", "b"):
        private_dir = cluster.workdir / server / "private_media"
        assert not private_dir.exists() or not any(private_dir.rglob("*.*"))

    # Nobody signed out gets it from B; a team member signed in on B (password and TOTP code) does, through
    # the case page's permission-checked download link.
    download = f"/admin/tipoffs/tipoff/evidence/{evidence_id}/"
    assert anonymous_get(b, download).status_code == 302
    member = sign_in(b["url"], cluster.site["team_member"])
    case = member.get(f"/admin/tipoffs/tipoff/edit/{tipoff_id}/")
    assert case.status_code == 200 and download in case.text
    response = member.get(download)
    assert response.status_code == 200, response.text[:500]
    assert response.content == stored
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert "no-store" in response.headers["Cache-Control"]
    thumbnail = member.get(f"/admin/tipoffs/tipoff/evidence/{evidence_id}/thumbnail/")
    assert thumbnail.status_code == 200 and thumbnail.headers["Content-Type"] == "image/jpeg"
