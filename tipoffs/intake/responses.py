"""Where the report form sends the reporter next: a redirect for a browser, the address for the upload script.

static/js/tipoff-form.js sends reports with evidence through XMLHttpRequest to show upload
progress. An XMLHttpRequest follows redirects by itself: following one to the thanks page would
show, and so use up, the one-time status key inside a request nobody sees. The script therefore
gets ``{"next": url}`` and takes the browser there itself, once.
"""

from django.http import JsonResponse
from django.shortcuts import redirect


def from_upload_script(request):
    return request.headers.get("X-Requested-With") == "XMLHttpRequest"


def go_to(request, url):
    if not from_upload_script(request):
        return redirect(url)
    response = JsonResponse({"next": url})
    response["Cache-Control"] = "no-store"
    return response
