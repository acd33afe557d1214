"""Where uploads are kept: local disk by default, S3-compatible buckets with MEDIA_STORAGE=s3 (settings and
common/storage.py). Evidence never gets a URL, public or presigned, wherever it is kept."""

import re
import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from common.storage import PrivateS3Storage, PublicS3Storage
from tipoffs.models import Evidence, PrivateStorage, private_storage

ROOT = Path(__file__).resolve().parents[2]
S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "S3_ENDPOINT_URL": "https://s3.example.com",
    "S3_REGION": "cn-east-1",
    "S3_ACCESS_KEY_ID": "AKEXAMPLE",
    "S3_SECRET_ACCESS_KEY": "secret-example",
    "S3_BUCKET_PUBLIC": "xbhh-media",
    "S3_BUCKET_PRIVATE": "xbhh-evidence",
}


def load_settings(monkeypatch, **env):
    """site/settings.py as a process started with ``env`` would see it."""
    for name in ("MEDIA_STORAGE", "S3_PUBLIC_DOMAIN", "S3_ADDRESSING_STYLE", *S3_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DJANGO_DEBUG", "1")
    return runpy.run_path(str(ROOT / "site" / "settings.py"))


def test_local_disk_is_the_default(monkeypatch):
    config = load_settings(monkeypatch)
    assert config["STORAGES"]["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert config["STORAGES"]["private"] == {"BACKEND": "tipoffs.models.storage.PrivateStorage"}
    assert "img-src 'self' data:;" in config["CONTENT_SECURITY_POLICY"]
    assert isinstance(private_storage(), PrivateStorage)
    assert isinstance(Evidence._meta.get_field("file").storage, PrivateStorage)


def test_s3_settings_give_two_buckets_and_allow_images_from_the_public_one(monkeypatch):
    config = load_settings(monkeypatch, **S3_ENV)
    public, private = config["STORAGES"]["default"], config["STORAGES"]["private"]
    assert public["BACKEND"] == "common.storage.PublicS3Storage"
    assert private["BACKEND"] == "common.storage.PrivateS3Storage"
    assert public["OPTIONS"]["bucket_name"] == "xbhh-media"
    assert private["OPTIONS"]["bucket_name"] == "xbhh-evidence"
    for options in (public["OPTIONS"], private["OPTIONS"]):
        assert options["endpoint_url"] == "https://s3.example.com"
        assert options["region_name"] == "cn-east-1"
        assert options["access_key"] == "AKEXAMPLE"
        assert options["secret_key"] == "secret-example"
        assert "querystring_auth" not in options
    # Public images come from the bucket's host; the admin shows them too. Nothing else is added.
    assert "img-src 'self' data: https://s3.example.com;" in config["CONTENT_SECURITY_POLICY"]
    assert "img-src 'self' data: blob: https://s3.example.com;" in config["ADMIN_CONTENT_SECURITY_POLICY"]
    # Documents go through Wagtail's view (and its collection permissions), never a redirect to the bucket.
    assert config["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


def test_s3_public_domain_and_virtual_hosted_buckets_set_the_image_origin(monkeypatch):
    config = load_settings(monkeypatch, **S3_ENV, S3_PUBLIC_DOMAIN="media.example.com")
    assert config["STORAGES"]["default"]["OPTIONS"]["custom_domain"] == "media.example.com"
    assert config["MEDIA_ORIGIN"] == "https://media.example.com"
    config = load_settings(monkeypatch, **S3_ENV, S3_ADDRESSING_STYLE="virtual")
    assert config["MEDIA_ORIGIN"] == "https://xbhh-media.s3.example.com"
    aws = {**S3_ENV}
    del aws["S3_ENDPOINT_URL"]
    assert load_settings(monkeypatch, **aws)["MEDIA_ORIGIN"] == "https://xbhh-media.s3.amazonaws.com"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**S3_ENV, "S3_BUCKET_PRIVATE": ""}, "needs S3_BUCKET_PUBLIC and S3_BUCKET_PRIVATE"),
        ({**S3_ENV, "S3_BUCKET_PRIVATE": "xbhh-media"}, "must differ from the public bucket"),
        ({"MEDIA_STORAGE": "ftp"}, "must be 'local' or 's3'"),
    ],
)
def test_s3_settings_refuse_to_start_without_a_separate_private_bucket(monkeypatch, env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        load_settings(monkeypatch, **env)


@pytest.fixture
def s3():
    """An in-process S3 (moto) with both buckets."""
    import boto3
    from moto import mock_aws

    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        for bucket in ("xbhh-media", "xbhh-evidence"):
            client.create_bucket(Bucket=bucket)
        yield client


def public_grants(client, bucket, key):
    grants = client.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    return [
        grant
        for grant in grants
        if grant["Grantee"].get("URI", "").endswith(("AllUsers", "AuthenticatedUsers"))
    ]


def test_private_s3_storage_keeps_evidence_private_and_never_makes_a_url(s3):
    # Even told to sign URLs, or to make objects public-read, it does neither.
    storage = PrivateS3Storage(bucket_name="xbhh-evidence", region_name="us-east-1", querystring_auth=True)
    assert storage.querystring_auth is False
    with pytest.raises(ValueError, match="public ACL"):
        PrivateS3Storage(bucket_name="xbhh-evidence", default_acl="public-read")

    name = storage.save("evidence/2026/12/abc.jpg", ContentFile(b"\xff\xd8evidence"))
    assert name == "evidence/2026/12/abc.jpg"
    with storage.open(name) as stored:
        assert stored.read() == b"\xff\xd8evidence"
    with pytest.raises(ValueError, match="no URL"):
        storage.url(name)
    assert not public_grants(s3, "xbhh-evidence", name)
    assert "Contents" not in s3.list_objects_v2(Bucket="xbhh-media")
    # A second file with the same name never replaces the first.
    assert storage.save(name, ContentFile(b"other")) != name
    storage.delete(name)
    assert not storage.exists(name)


def test_public_s3_storage_gives_plain_urls_that_a_cached_page_can_keep(s3):
    storage = PublicS3Storage(bucket_name="xbhh-media", region_name="us-east-1")
    name = storage.save("images/logo.png", ContentFile(b"png"))
    url = storage.url(name)
    assert url.endswith("/images/logo.png") and "xbhh-media" in url
    assert "?" not in url  # no signature, no expiry
    assert storage.url(name) == url


def test_evidence_files_are_only_ever_reached_through_the_permission_checked_view():
    """No template or code asks an evidence file for its URL: downloads go through tipoffs.triage.evidence."""
    offenders = []
    pattern = re.compile(r"\bfile\.url\b|\.file\.url|evidence[\w.]*\.url\b")
    for folder in ("templates", "tipoffs", "common", "education"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".html", ".txt"} and "migrations" not in path.parts:
                for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                    if pattern.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_the_configured_private_storage_refuses_urls():
    with pytest.raises(ValueError, match="no URL"):
        storages["private"].url("evidence/2026/12/abc.jpg")
    with pytest.raises(ValueError, match="no URL"):
        Evidence(file="evidence/2026/12/abc.jpg").file.url  # noqa: B018
