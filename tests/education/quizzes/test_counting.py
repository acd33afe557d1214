"""Counting answers: exact under concurrency, a fixed number of queries, anonymous."""

import threading

import pytest
from django.db import connection, connections

from education.models import QuizOptionCount, QuizQuestionStats
from education.quizzes.quiz import read_answers
from education.quizzes.services import record_answers

from .conftest import QUESTIONS, answers_for, question, right, wrong


@pytest.mark.django_db
def test_a_submission_costs_the_same_queries_for_any_number_of_questions(
    make_quiz, django_assert_max_num_queries
):
    small = make_quiz(questions=QUESTIONS[:1])
    large = make_quiz(questions=[question(f"第 {n} 题") for n in range(10)])
    with django_assert_max_num_queries(10) as first:
        record_answers(small, small.quiz, read_answers(small.quiz, answers_for(small.quiz, right)))
    with django_assert_max_num_queries(len(first.captured_queries)):
        record_answers(large, large.quiz, read_answers(large.quiz, answers_for(large.quiz, wrong)))
    assert QuizQuestionStats.objects.filter(page=large, answered=1, wrong=1).count() == 10


@pytest.mark.django_db
def test_reworded_questions_keep_their_counts_and_show_the_new_words(make_quiz):
    page = make_quiz()
    quiz = page.quiz
    record_answers(page, quiz, read_answers(quiz, answers_for(quiz, right)))
    page.questions[0].value["question"] = "改过的题目"
    page.save_revision().publish()
    page.refresh_from_db()
    quiz = page.quiz
    record_answers(page, quiz, read_answers(quiz, answers_for(quiz, wrong)))
    stats = QuizQuestionStats.objects.get(page=page, question_id=quiz.questions[0].id)
    assert (stats.question, stats.answered, stats.wrong) == ("改过的题目", 2, 1)


@pytest.mark.django_db
def test_counts_go_with_the_page(make_quiz):
    page = make_quiz()
    record_answers(page, page.quiz, read_answers(page.quiz, answers_for(page.quiz, right)))
    page.delete()
    assert not QuizQuestionStats.objects.exists() and not QuizOptionCount.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_answers_are_all_counted(make_quiz):
    """Threads on their own connections answer at once, the first ones racing to create the rows."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL")
    page = make_quiz()
    quiz = page.quiz
    threads_count, rounds = 8, 5
    barrier = threading.Barrier(threads_count)
    errors = []

    def worker(index):
        try:
            barrier.wait()
            for _ in range(rounds):
                choose = right if index % 2 else wrong
                record_answers(page, quiz, read_answers(quiz, answers_for(quiz, choose)))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    total = threads_count * rounds
    for q in quiz.questions:
        stats = QuizQuestionStats.objects.get(page=page, question_id=q.id)
        assert (stats.answered, stats.wrong) == (total, total // 2)
        chosen = dict(QuizOptionCount.objects.filter(question=stats).values_list("option_id", "chosen"))
        assert chosen[right(q).id] == total // 2 and chosen[wrong(q).id] == total // 2
