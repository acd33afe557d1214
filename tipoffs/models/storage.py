"""Private file storage for evidence: no base URL, so an evidence file can never have a public address.

Which storage holds evidence is ``settings.STORAGES["private"]``: this local ``PrivateStorage`` by default,
``common.storage.PrivateS3Storage`` (a private bucket shared by every app server) with ``MEDIA_STORAGE=s3``.
Neither has a URL; the team downloads evidence only through ``tipoffs.triage.evidence``.
"""

import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils import timezone


class PrivateStorage(FileSystemStorage):
    """Evidence storage under PRIVATE_MEDIA_ROOT (read at use, so it follows settings changes).

    It has no base URL and ``url()`` refuses: an evidence file has no public address.
    """

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Evidence files are private and have no URL.")


def private_storage():
    """The configured private storage (``STORAGES["private"]``); migrations name this function."""
    return storages["private"]


def evidence_path(instance, filename):
    # Random name: the uploaded name is kept in a field, never in the path.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.{extension}"
