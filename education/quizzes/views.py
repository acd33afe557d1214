"""Answering a quiz: a POST to the page that holds it, re-rendered with the answers marked.

The page is the same for every reader and kept in the page cache, so the form carries no CSRF token
(``common.pageposts``); the answer is instead refused from other sites, dropped quietly when the honeypot
is filled, and rate-limited per client. Only complete submissions are counted. The answer is never
cached (no-store). With JavaScript (``static/js/quiz.js``) the same POST asks for JSON and gets the
marked quiz as an HTML fragment to put in place of the form.
"""

import logging

from django.http import JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from common.honeypot import HoneypotFormMixin
from common.origin import is_same_site
from common.ratelimit import RateLimit
from common.responses import private_response
from education.quizzes.quiz import QUIZ_FIELD, quiz_context, read_answers
from education.quizzes.services import record_answers

logger = logging.getLogger(__name__)
QUIZ_ANSWERS = RateLimit("quiz")
TEMPLATE = "quizzes/quiz.html"


class QuizHoneypotForm(HoneypotFormMixin):
    pass


def wants_fragment(request):
    return request.headers.get("Accept", "").startswith("application/json")


def answer_quiz(page, request):
    quiz = page.find_quiz(request.POST.get(QUIZ_FIELD, ""))
    if quiz is None:
        # The quiz is gone (edited away since the reader opened the page): show the page as it is now.
        return private_response(request, page.get_template(request), page.get_context(request))
    if not is_same_site(request):
        logger.warning("quiz answer posted from another site; refused")
        return TemplateResponse(request, "403.html", status=403)

    outcome = read_answers(quiz, request.POST)
    status = 200
    if QuizHoneypotForm(request.POST).is_bot:
        logger.warning("quiz honeypot filled; answer not counted")
    elif outcome.marked:
        if QUIZ_ANSWERS.acquire(request):
            record_answers(page, quiz, outcome)
        else:
            outcome.rate_limited = QUIZ_ANSWERS.for_people()
            status = 429

    if wants_fragment(request):
        html = render_to_string(
            TEMPLATE, quiz_context({"page": page, "quiz_outcome": outcome}, quiz), request
        )
        response = JsonResponse({"html": html, "marked": outcome.marked}, status=status)
        response["Cache-Control"] = "no-store"
        return response
    context = page.get_context(request)
    context["quiz_outcome"] = outcome
    return private_response(request, page.get_template(request), context, status)
