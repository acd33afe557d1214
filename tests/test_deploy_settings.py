"""Production posture: check --deploy is clean, secrets are required, headers are strict."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "xbhh.example.com",
    "DATABASE_URL": "sqlite:///:memory:",
    "TRUSTED_PROXY_CIDRS": "10.0.0.0/8",
    "TIPOFF_DATA_KEYS": "FbMbbMzlGHZk8GL0hvankF0_sG0hVukzV-Bk_bZhnbQ=",
    "TIPOFF_LOOKUP_KEY": secrets.token_urlsafe(32),
}


def manage(*args, env):
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_is_clean_with_uploads_in_s3():
    env = {
        **PRODUCTION_ENV,
        "MEDIA_STORAGE": "s3",
        "S3_ENDPOINT_URL": "https://s3.example.com",
        "S3_BUCKET_PUBLIC": "xbhh-media",
        "S3_BUCKET_PRIVATE": "xbhh-evidence",
    }
    script = (
        "from django.core.files.storage import storages; from django.core.management import call_command; "
    )
    script += "call_command('check', deploy=True, fail_level='WARNING'); "
    script += "print(type(storages['default']).__name__, type(storages['private']).__name__)"
    result = manage("shell", "-c", script, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "PublicS3Storage PrivateS3Storage", result.stderr


def test_check_deploy_warns_when_no_proxy_setting_is_given():
    env = {**PRODUCTION_ENV, "TRUSTED_PROXY_CIDRS": ""}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "common.W001" in result.stdout + result.stderr
    direct = manage("check", "--deploy", "--fail-level", "WARNING", env={**env, "TRUSTED_PROXY_COUNT": "0"})
    assert direct.returncode == 0, direct.stdout + direct.stderr


def test_gunicorn_trusts_the_same_proxies_and_logs_no_client_address(monkeypatch):
    import runpy

    monkeypatch.setenv("TRUSTED_PROXY_CIDRS", "10.0.0.0/8,192.168.1.0/24")
    config = runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))
    assert config["forwarded_allow_ips"] == "10.0.0.0/8,192.168.1.0/24"
    # Neither the client address nor the query string (a search may be a phone number).
    assert not {"%(h)s", "%(r)s", "%(q)s", "%(u)s", "%({x-forwarded-for}i)s"} & set(
        config["access_log_format"].replace(" ", "\n").replace('"', "\n").split("\n")
    )


def test_production_keeps_database_connections_and_checks_them():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://app@db.example.com:5432/xbhh"}
    script = "from django.conf import settings; db = settings.DATABASES['default']; "
    script += "print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    result = manage("shell", "-c", script, env=env)
    assert result.stdout.strip().splitlines()[-1].split() == ["60", "True"], result.stderr


def test_gunicorn_loads_the_search_dictionary_once_before_forking(monkeypatch):
    import runpy

    from education.search.text import JIEBA

    config = runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    monkeypatch.setattr(JIEBA, "_tokenizer", None)
    monkeypatch.setattr("gc.freeze", lambda: None)
    config["when_ready"](None)
    assert JIEBA._tokenizer is not None


def test_check_deploy_fails_without_encryption_keys():
    env = {**PRODUCTION_ENV, "TIPOFF_DATA_KEYS": "", "TIPOFF_LOOKUP_KEY": ""}
    result = manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "tipoffs.E001" in result.stderr and "tipoffs.E002" in result.stderr
    # Development needs no keys: they are derived from the secret key.
    assert manage("check", "--deploy", env={**env, "DJANGO_DEBUG": "1"}).returncode == 0


def test_a_malformed_data_key_fails_every_check():
    result = manage("check", env={**PRODUCTION_ENV, "TIPOFF_DATA_KEYS": "not-a-key"})
    assert result.returncode != 0 and "tipoffs.E003" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client, home):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_public_templates_have_no_inline_script_or_style(client, make_guide):
    from bs4 import BeautifulSoup

    guide = make_guide()
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    scripts = [
        s for s in soup.find_all("script") if s.get("type") != "application/ld+json" and not s.get("src")
    ]
    assert scripts == []
    assert soup.find("style") is None
    assert not soup.select("[style]")
