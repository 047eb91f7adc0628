from datetime import date
from decimal import Decimal

import pytest

from rent.calendar import due_dates, load_holidays
from rent.late_fees import Payment, late_fee

RENT = Decimal("1200.00")
MARCH = date(2025, 3, 1)  # its grace period ends on Thursday 6 March


def pay(day, amount):
    return Payment(day, Decimal(amount))


def test_rent_paid_within_the_grace_period_has_no_fee():
    assert late_fee(RENT, MARCH, [pay(date(2025, 3, 6), "1200.00")], as_of=date(2025, 3, 31)) == Decimal("0.00")


def test_rent_paid_two_days_late():
    assert late_fee(RENT, MARCH, [pay(date(2025, 3, 8), "1200.00")], as_of=date(2025, 3, 31)) == Decimal("29.00")


def test_unpaid_rent_grows_until_today():
    assert late_fee(RENT, MARCH, [], as_of=date(2025, 3, 20)) == Decimal("53.00")


def test_fee_is_capped_at_a_tenth_of_the_rent():
    assert late_fee(RENT, MARCH, [], as_of=date(2025, 5, 30)) == Decimal("120.00")


def test_small_shortfalls_are_not_chased():
    assert late_fee(RENT, MARCH, [pay(date(2025, 3, 3), "1196.00")], as_of=date(2025, 3, 31)) == Decimal("0.00")
    payments = [pay(date(2025, 3, 3), "1190.00"), pay(date(2025, 3, 10), "10.00")]
    assert late_fee(RENT, MARCH, payments, as_of=date(2025, 3, 31)) == Decimal("33.00")


def test_no_fee_before_the_grace_period_is_over():
    assert late_fee(RENT, MARCH, [], as_of=date(2025, 3, 6)) == Decimal("0.00")


def test_grace_period_ending_on_a_saturday_runs_to_monday():
    september = date(2025, 9, 1)  # 1 + 5 days is Saturday 6 September
    payments = [pay(date(2025, 9, 8), "1200.00")]
    assert late_fee(RENT, september, payments, as_of=date(2025, 9, 30)) == Decimal("0.00")


def test_holidays_file():
    holidays = load_holidays(["# England", "2025-12-25 Christmas Day", "", "2025-12-26 Boxing Day  # substitute"])
    assert holidays == {date(2025, 12, 25), date(2025, 12, 26)}
    with pytest.raises(ValueError, match="line 2"):
        load_holidays(["2025-01-01 New Year", "2025-13-01 Nope"])


def test_due_dates_stay_inside_short_months():
    assert due_dates(date(2025, 12, 31), 3) == [date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 28)]
