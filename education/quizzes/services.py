"""Counting quiz answers: per question (answered, wrong) and per option (chosen), anonymously.

Nothing about the reader is stored, not even a hashed address. Counts are raised in the database with
F() expressions, and missing rows are created with an upsert, so simultaneous answers on several app
servers never lose a count. A submission costs the same few queries however many questions it has.
"""

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from education.models import QuizOptionCount, QuizQuestionStats


def record_answers(page, quiz, outcome):
    """Count one marked submission of ``quiz`` on ``page``."""
    questions = [quiz.question(question_id) for question_id in outcome.answers]
    questions = [question for question in questions if question is not None]
    if not questions:
        return
    now = timezone.now()
    with transaction.atomic():
        QuizQuestionStats.objects.bulk_create(
            [
                QuizQuestionStats(page_id=page.pk, question_id=question.id, question=question.text[:300])
                for question in questions
            ],
            update_conflicts=True,
            unique_fields=["page", "question_id"],
            update_fields=["question"],
        )
        stats = dict(
            QuizQuestionStats.objects.filter(
                page_id=page.pk, question_id__in=[question.id for question in questions]
            ).values_list("question_id", "pk")
        )
        right, wrong = [], []
        for question in questions:
            right_option = question.right_option
            is_right = right_option is not None and outcome.answers[question.id] == right_option.id
            (right if is_right else wrong).append(stats[question.id])
        if right:
            QuizQuestionStats.objects.filter(pk__in=right).update(
                answered=F("answered") + 1, last_answered_at=now
            )
        if wrong:
            QuizQuestionStats.objects.filter(pk__in=wrong).update(
                answered=F("answered") + 1, wrong=F("wrong") + 1, last_answered_at=now
            )
        QuizOptionCount.objects.bulk_create(
            [
                QuizOptionCount(
                    question_id=stats[question.id],
                    option_id=option.id,
                    option=option.text[:200],
                    correct=option.correct,
                )
                for question in questions
                for option in question.options
            ],
            update_conflicts=True,
            unique_fields=["question", "option_id"],
            update_fields=["option", "correct"],
        )
        chosen = Q()
        for question in questions:
            chosen |= Q(question_id=stats[question.id], option_id=outcome.answers[question.id])
        QuizOptionCount.objects.filter(chosen).update(chosen=F("chosen") + 1)
