import pytest

from gradebook import Gradebook


def three_categories():
    book = Gradebook()
    book.add_category("homework", 0.2)
    book.add_category("quiz", 0.3, drop_lowest=1)
    book.add_category("exam", 0.5)
    return book


def test_only_quizzes_so_far():
    book = three_categories()
    book.record("cy", "quiz", 6, 10)
    book.record("cy", "quiz", 7, 10)
    assert book.final_percent("cy") == 70.0
    assert book.letter("cy") == "C"


def test_two_of_three_categories_renormalise():
    book = three_categories()
    book.record("cy", "homework", 10, 10)
    book.record("cy", "exam", 60, 100)
    # (100 * 0.2 + 60 * 0.5) / 0.7
    assert book.final_percent("cy") == pytest.approx(71.43)
    assert book.letter("cy") == "C"


def test_all_categories_present():
    book = three_categories()
    book.record("di", "homework", 5, 10)
    book.record("di", "quiz", 8, 10)
    book.record("di", "quiz", 10, 10)
    book.record("di", "exam", 70, 100)
    assert book.final_percent("di") == 75.0


def test_weights_below_one_hundred_percent_in_total():
    book = Gradebook()
    book.add_category("lab", 0.25)
    book.add_category("project", 0.25)
    book.record("ed", "lab", 18, 20)
    book.record("ed", "project", 35, 50)
    assert book.final_percent("ed") == 80.0
    assert book.letter("ed") == "B"


def test_report_for_several_students():
    book = three_categories()
    book.record("fay", "exam", 95, 100)
    book.record("gus", "homework", 5, 10)
    book.record("gus", "quiz", 4, 10)
    assert book.report() == {"fay": (95.0, "A"), "gus": (44.0, "F")}
