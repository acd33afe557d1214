"""The only way to an evidence file: a permission-checked, audited download.

Files live in private storage with no URL. Responses are always attachments with ``nosniff`` so a browser
never renders a PDF or an image as a page (a thumbnail in an ``<img>`` still displays: browsers ignore
Content-Disposition for images embedded in a page).
"""

import io

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from PIL import Image
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.models import Evidence

EVIDENCE_PERMISSION = "tipoffs.view_evidence"
THUMBNAIL_SIZE = (240, 240)


def _private_headers(response):
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _get_evidence(request, pk):
    # Permission before lookup, so a stranger cannot tell which evidence numbers exist.
    if not request.user.has_perm(EVIDENCE_PERMISSION):
        raise PermissionDenied
    # An erased file leaves a tombstone row, with nothing to download.
    return get_object_or_404(Evidence.objects.select_related("tipoff"), pk=pk, erased_at__isnull=True)


def download_evidence(request, pk):
    evidence = _get_evidence(request, pk)
    log(
        instance=evidence.tipoff,
        action=audit.EVIDENCE_DOWNLOAD,
        user=request.user,
        data={"evidence": evidence.pk, "name": evidence.original_name, "sha256": evidence.sha256},
    )
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    return _private_headers(response)


def evidence_thumbnail(request, pk):
    evidence = _get_evidence(request, pk)
    if not evidence.content_type.startswith("image/"):
        return _private_headers(HttpResponse(status=404))
    with evidence.file.open("rb") as stored, Image.open(stored) as image:
        image.thumbnail(THUMBNAIL_SIZE)
        output = io.BytesIO()
        image.convert("RGB").save(output, "JPEG", quality=80)
    response = HttpResponse(output.getvalue(), content_type="image/jpeg")
    response["Content-Disposition"] = f'attachment; filename="thumbnail-{evidence.pk}.jpg"'
    return _private_headers(response)
