from datetime import date

from fines import Loan, borrower_total, days_overdue, fine, fines_by_borrower, may_borrow, overdue_items

TODAY = date(2024, 6, 15)


def loans():
    return [
        Loan("b-1", "book", "ana", date(2024, 5, 1)),                                # due 22 May, out
        Loan("d-1", "dvd", "ana", date(2024, 6, 1), returned_on=date(2024, 6, 12)),  # 4 days late
        Loan("m-1", "magazine", "ben", date(2024, 6, 5)),                            # due 12 June, out
        Loan("d-2", "dvd", "ben", date(2024, 6, 10)),                                # not due yet
        Loan("b-2", "book", "cy", date(2024, 6, 1), returned_on=date(2024, 6, 2)),
    ]


def test_item_still_out_and_not_due_yet():
    assert days_overdue(Loan("d-2", "dvd", "ben", date(2024, 6, 10)), TODAY) == 0


def test_days_overdue_while_out_depend_on_today():
    loan = Loan("b-1", "book", "ana", date(2024, 5, 1))
    assert days_overdue(loan, date(2024, 5, 23)) == 1
    assert days_overdue(loan, TODAY) == 24


def test_fine_for_an_item_still_out():
    assert fine(Loan("m-1", "magazine", "ben", date(2024, 6, 5)), TODAY) == 30
    assert fine(Loan("b-1", "book", "ana", date(2024, 5, 1)), TODAY) == 480


def test_totals_mix_returned_and_open_loans():
    assert borrower_total(loans(), "ana", TODAY) == 880
    assert borrower_total(loans(), "ben", TODAY) == 30
    assert borrower_total(loans(), "cy", TODAY) == 0


def test_overdue_items_are_the_open_late_ones():
    assert overdue_items(loans(), TODAY) == ["b-1", "m-1"]


def test_borrowing_is_blocked_by_open_fines():
    assert not may_borrow(loans(), "ana", TODAY)
    assert may_borrow(loans(), "ben", TODAY)


def test_fines_by_borrower_include_open_loans():
    assert fines_by_borrower(loans(), TODAY) == [("ana", 880), ("ben", 30)]
