"""The public end of “对您有帮助吗？”: one POST endpoint for the form at the end of guides and alerts.

The form sits on pages cached for anonymous readers, so it has no CSRF token: this view is CSRF-exempt and
takes only posts sent by our own pages (``common.origin``), drops bots quietly (honeypot) and counts every
saved answer against ``RATE_LIMITS["feedback"]``. It stores nothing about the sender.

Without JavaScript a saved answer redirects to the page at ``#feedback-thanks`` (CSS shows the thank-you;
the cached page is the same for everyone); a mistake (a comment over 500 characters) shows the form again
on a page of its own, with what was typed. With JavaScript (``X-Requested-With: XMLHttpRequest``) the
answer is JSON.
"""

from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from common.origin import is_same_site
from common.ratelimit import RateLimit
from common.responses import private_response

from . import services
from .forms import FeedbackForm

FEEDBACK = RateLimit("feedback")
THANKS_FRAGMENT = "#feedback-thanks"


def _wants_json(request):
    return request.headers.get("X-Requested-With") == "XMLHttpRequest"


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def _done(request, page):
    if _wants_json(request):
        return _no_store(JsonResponse({"ok": True}))
    response = HttpResponseRedirect(page.get_url(request) + THANKS_FRAGMENT)
    response.status_code = 303
    return _no_store(response)


def _problem(request, page, form, status, message):
    if _wants_json(request):
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()} if form else {}
        return _no_store(JsonResponse({"ok": False, "message": message, "errors": errors}, status=status))
    return private_response(
        request,
        "education/feedback_problem.html",
        {"target_page": page, "feedback_form": form, "message": message},
        status=status,
    )


@csrf_exempt
@require_POST
def submit(request):
    if not is_same_site(request):
        return _problem(request, None, None, 403, _("请在本站的页面上提交反馈。"))
    page = services.page_accepting_feedback(request.POST.get("page"))
    if page is None:
        if _wants_json(request):
            return _no_store(JsonResponse({"ok": False}, status=404))
        raise Http404
    form = FeedbackForm(request.POST, auto_id="feedback-%s")
    if form.is_bot:
        return _done(request, page)  # looks like success; nothing is saved or counted
    if not form.is_valid():
        return _problem(request, page, form, 400, _("反馈没有提交成功，请看下面的提示。"))
    if not FEEDBACK.acquire(request):
        limit = FEEDBACK.for_people()
        message = _("您在 %(minutes)d 分钟内已提交了 %(count)d 次反馈，请稍后再试。") % limit
        return _problem(request, page, form, 429, message)
    services.record(page, helpful=form.cleaned_data["helpful"], comment=form.cleaned_data["comment"])
    return _done(request, page)
