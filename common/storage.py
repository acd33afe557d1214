"""S3-compatible storage for several app servers (``MEDIA_STORAGE=s3``; README "Deploy"): public media in one
bucket, private files (tip-off evidence) in another.

Only ``settings.STORAGES`` names these classes, so boto3 is imported only where S3 is configured.

- ``PublicS3Storage``: images and renditions, read by everyone. Plain, unsigned URLs (no query string), so a
  page in the page cache or a CDN never holds a link that expires.
- ``PrivateS3Storage``: evidence. Like the local ``tipoffs.models.storage.PrivateStorage`` it has no URL at
  all: ``url()`` refuses, and it never signs one (no presigned links, whatever its options say). The team
  downloads evidence only through the permission-checked, audited view (``tipoffs.triage.evidence``), which
  reads the object with the app's own credentials. The bucket itself must block all public access.
"""

from storages.backends.s3 import S3Storage


class PublicS3Storage(S3Storage):
    querystring_auth = False
    file_overwrite = False  # Wagtail picks a free name instead of replacing someone else's image


class PrivateS3Storage(S3Storage):
    querystring_auth = False
    file_overwrite = False
    default_acl = None  # objects stay as private as the bucket: never public-read

    def __init__(self, **settings):
        super().__init__(**settings)
        # Whatever the options say: no presigned URLs, no public-read objects.
        self.querystring_auth = False
        self.cloudfront_signer = None
        if self.default_acl not in (None, "private", "bucket-owner-full-control"):
            raise ValueError("Private files cannot have a public ACL.")

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Evidence files are private and have no URL.")
