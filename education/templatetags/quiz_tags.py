"""``{% quiz_form quiz %}``: a quiz page's questions as a form, marked after a POST (education.quizzes)."""

from django import template

from education.quizzes.quiz import quiz_context

register = template.Library()


@register.inclusion_tag("quizzes/quiz.html", takes_context=True)
def quiz_form(context, quiz, heading_level="h2"):
    return {**quiz_context(context, quiz), "heading_level": heading_level}
