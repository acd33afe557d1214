"""The reporter's "my data" download (a route of ``TipOffFormPage``): the reference and status key open a
ZIP of everything they submitted (``tipoffs.privacy.mydata``).

POST only, so the key never appears in a URL, a log or the browser's history; rate-limited per client; a
wrong key and an unknown reference get the same answer after the same work (``verify_status_key``).
Nothing here is cached by a browser or a proxy.
"""

import tempfile

from django.http import FileResponse, HttpResponseNotAllowed
from wagtail.log_actions import log

from common.ratelimit import RateLimit
from common.responses import private_response
from tipoffs import audit
from tipoffs.models import TipOff, verify_status_key
from tipoffs.privacy.forms import MyDataForm
from tipoffs.privacy.mydata import write_archive

DOWNLOADS = RateLimit("my_data")
SPOOL_BYTES = 2 * 1024 * 1024  # larger archives go to a temporary file


def my_data(page, request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    context = page.get_context(request)
    status = 200
    form = MyDataForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not DOWNLOADS.acquire(request):
            context["rate_limited"] = DOWNLOADS.for_people()
            status = 429
        elif form.is_valid():
            # Only what verifying needs: loading (and decrypting) the whole report first would make an
            # existing reference measurably slower to refuse than an unknown one.
            found = (
                TipOff.objects.filter(reference=form.cleaned_data["reference"])
                .only("status_key_hash")
                .first()
            )
            if verify_status_key(found, form.cleaned_data["status_key"]):
                return _download(TipOff.objects.select_related("category").get(pk=found.pk))
            context["not_found"] = True
        else:
            DOWNLOADS.release(request)  # a form with mistakes is not a try
    context["form"] = form
    return private_response(request, "tipoffs/my_data.html", context, status)


def _download(tipoff):
    log(instance=tipoff, action=audit.DATA_DOWNLOAD, data={"evidence_files": tipoff.evidence.count()})
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - FileResponse closes it
    archive = write_archive(tipoff, spool)
    archive.seek(0)
    response = FileResponse(
        archive,
        as_attachment=True,
        filename=f"{tipoff.reference}-my-data.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
