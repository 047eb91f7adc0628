from datetime import date

from fines import Loan, borrower_total, days_overdue, fine


def test_book_returned_on_time_has_no_fine():
    loan = Loan("b-1", "book", "ana", date(2024, 5, 1), returned_on=date(2024, 5, 20))
    assert days_overdue(loan, date(2024, 6, 30)) == 0
    assert fine(loan, date(2024, 6, 30)) == 0


def test_late_dvd_returned():
    loan = Loan("d-7", "dvd", "ana", date(2024, 5, 1), returned_on=date(2024, 5, 13))
    assert days_overdue(loan, date(2024, 6, 30)) == 5
    assert fine(loan, date(2024, 6, 30)) == 500


def test_within_grace_days_is_free():
    loan = Loan("m-2", "magazine", "ben", date(2024, 5, 1), returned_on=date(2024, 5, 10))
    assert fine(loan, date(2024, 5, 10)) == 0


def test_fine_is_capped():
    loan = Loan("b-2", "book", "ben", date(2024, 1, 1), returned_on=date(2024, 6, 1))
    assert fine(loan, date(2024, 6, 1)) == 1000


def test_book_still_out_is_fined_up_to_today():
    loan = Loan("b-3", "book", "cy", date(2024, 5, 1))
    assert days_overdue(loan, date(2024, 5, 27)) == 5
    assert borrower_total([loan], "cy", date(2024, 5, 27)) == 100
