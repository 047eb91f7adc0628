import pytest

from gradebook import Gradebook, GradebookError


def course():
    book = Gradebook()
    book.add_category("homework", 0.4, drop_lowest=1)
    book.add_category("exam", 0.6)
    return book


def test_category_percent_adds_points():
    book = course()
    book.record("ana", "exam", 45, 50)
    book.record("ana", "exam", 40, 50)
    assert book.category_percent("ana", "exam") == 85.0


def test_lowest_homework_is_dropped():
    book = course()
    book.record("ana", "homework", 2, 10)
    book.record("ana", "homework", 9, 10)
    book.record("ana", "homework", 7, 10)
    assert book.category_percent("ana", "homework") == 80.0


def test_weighted_final_grade():
    book = course()
    book.record("ana", "homework", 8, 10)
    book.record("ana", "exam", 90, 100)
    assert book.final_percent("ana") == 86.0
    assert book.letter("ana") == "B"


def test_grade_so_far_before_the_exam():
    book = course()
    book.record("ben", "homework", 9, 10)
    book.record("ben", "homework", 7, 10)
    assert book.final_percent("ben") == 90.0
    assert book.letter("ben") == "A"


def test_student_without_scores_has_no_grade():
    assert course().final_percent("nobody") is None


def test_weights_cannot_exceed_one_hundred_percent():
    book = course()
    with pytest.raises(GradebookError):
        book.add_category("quiz", 0.1)
