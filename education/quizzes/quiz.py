"""A quiz as readers meet it: read from its blocks, answered through a form, marked for the template.

Plain data, no models and no database: the page types (models), their templates and the answer view
(``views``) all use it.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

#: The form field naming the quiz a POST answers (a guide may hold several quiz blocks).
QUIZ_FIELD = "quiz"
ANSWER_PREFIX = "answer-"
#: The quiz id of a quiz page's own questions (a guide's quizzes use their block ids).
PAGE_QUIZ_ID = "page"


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple
    explanation: str

    @property
    def field_name(self):
        return ANSWER_PREFIX + self.id

    @property
    def right_option(self):
        return next((option for option in self.options if option.correct), None)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    intro: str
    questions: tuple

    def question(self, question_id):
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass
class Outcome:
    """One submission of one quiz: the options chosen, the questions left out, and whether it was marked."""

    quiz_id: str
    answers: dict = field(default_factory=dict)  # question id -> option id
    missing: list = field(default_factory=list)  # question ids
    rate_limited: dict | None = None

    @property
    def marked(self):
        return not self.missing and self.rate_limited is None and bool(self.answers)


def _question(question_id, value):
    options = []
    for index, child in enumerate(getattr(value["options"], "bound_blocks", None) or []):
        options.append(
            Option(id=str(child.id or index), text=child.value["text"], correct=bool(child.value["correct"]))
        )
    return Question(
        id=str(question_id), text=value["question"], options=tuple(options), explanation=value["explanation"]
    )


def quiz_from_block(block_id, value):
    """The quiz of a guide's quiz block (``value``), whose stream block id is ``block_id``."""
    children = getattr(value["questions"], "bound_blocks", None) or []
    return Quiz(
        id=str(block_id or ""),
        title=value["title"],
        intro=value.get("intro") or "",
        questions=tuple(_question(child.id or index, child.value) for index, child in enumerate(children)),
    )


def quiz_from_stream(title, intro, stream):
    """The quiz of a quiz page: its stream of question blocks."""
    return Quiz(
        id=PAGE_QUIZ_ID,
        title=title,
        intro=intro,
        questions=tuple(_question(child.id or index, child.value) for index, child in enumerate(stream)),
    )


def read_answers(quiz, data):
    """An Outcome for the POSTed ``data``: only options of this quiz count; anything else is ignored."""
    outcome = Outcome(quiz_id=quiz.id)
    for question in quiz.questions:
        chosen = data.get(question.field_name, "")
        if any(option.id == chosen for option in question.options):
            outcome.answers[question.id] = chosen
        else:
            outcome.missing.append(question.id)
    return outcome


def quiz_context(parent_context, quiz):
    """What templates/quizzes/quiz.html needs: the quiz, its questions with their marks, the form's action."""
    outcome = parent_context.get("quiz_outcome")
    if outcome is not None and outcome.quiz_id != quiz.id:
        outcome = None
    marked = outcome is not None and outcome.marked
    questions = []
    for number, question in enumerate(quiz.questions, start=1):
        chosen = outcome.answers.get(question.id) if outcome else None
        right_option = question.right_option
        questions.append(
            {
                "number": number,
                "question": question,
                "dom_id": f"quiz-{quiz.id}-q{number}",
                "chosen": chosen,
                "marked": marked,
                "right": marked and right_option is not None and chosen == right_option.id,
                "right_option": right_option,
                "missing": outcome is not None and question.id in outcome.missing,
                "options": [
                    {
                        "option": option,
                        "chosen": option.id == chosen,
                        "dom_id": f"quiz-{quiz.id}-q{number}-{n}",
                    }
                    for n, option in enumerate(question.options, start=1)
                ],
            }
        )
    page = parent_context.get("page")
    return {
        "quiz": quiz,
        "quiz_questions": questions,
        "quiz_outcome": outcome,
        "quiz_marked": marked,
        "quiz_score": sum(1 for q in questions if q["right"]) if marked else None,
        "quiz_action": getattr(page, "url", None) or "",
        "quiz_field": QUIZ_FIELD,
        "quiz_total": len(questions),
        "quiz_missing": [q for q in questions if q["missing"]],
        # The honeypot of common.honeypot, with an id of this quiz's own (a guide may hold several).
        "quiz_honeypot": {
            "id_for_label": f"quiz-{quiz.id}-website",
            "label": _("请勿填写此项"),
            "html_name": "website",
        },
        "quiz_answerable": bool(quiz.id) and all(q.right_option for q in quiz.questions),
    }
