from datetime import date, timedelta
from decimal import Decimal

from rent.calendar import grace_period_end, load_holidays
from rent.late_fees import FeePolicy, Payment, late_fee

RENT = Decimal("950.00")
ENGLAND = load_holidays([
    "2025-12-25 Christmas Day",
    "2025-12-26 Boxing Day",
    "2026-04-03 Good Friday",
    "2026-04-06 Easter Monday",
    "2027-12-27 Christmas Day (substitute)",
    "2027-12-28 Boxing Day (substitute)",
])


def test_a_bank_holiday_on_a_weekday_moves_the_end_on():
    assert grace_period_end(date(2026, 4, 1), 5, ENGLAND) == date(2026, 4, 7)
    paid_tuesday = [Payment(date(2026, 4, 7), RENT)]
    assert late_fee(RENT, date(2026, 4, 1), paid_tuesday, date(2026, 4, 30), holidays=ENGLAND) == Decimal("0.00")
    paid_wednesday = [Payment(date(2026, 4, 8), RENT)]
    assert late_fee(RENT, date(2026, 4, 1), paid_wednesday, date(2026, 4, 30), holidays=ENGLAND) == Decimal("27.00")


def test_a_weekend_followed_by_holidays_runs_to_the_first_working_day():
    assert grace_period_end(date(2027, 12, 1), 24, ENGLAND) == date(2027, 12, 29)
    assert grace_period_end(date(2025, 12, 20), 5, ENGLAND) == date(2025, 12, 29)


def test_sunday_and_saturday_ends_without_any_holidays():
    assert grace_period_end(date(2025, 7, 1), 5) == date(2025, 7, 7)
    assert grace_period_end(date(2025, 9, 1), 5) == date(2025, 9, 8)
    assert grace_period_end(date(2025, 9, 1), 4) == date(2025, 9, 5)


def test_the_end_is_the_first_working_day_on_or_after_the_plain_end():
    day = date(2025, 1, 1)
    while day < date(2026, 1, 1):
        plain_end = day + timedelta(days=5)
        end = grace_period_end(day, 5, ENGLAND)
        assert end.weekday() < 5 and end not in ENGLAND
        skipped = plain_end
        while skipped < end:
            assert skipped.weekday() >= 5 or skipped in ENGLAND
            skipped += timedelta(days=1)
        day += timedelta(days=1)


def test_days_late_are_counted_from_the_moved_end():
    payments = [Payment(date(2025, 9, 11), RENT)]
    assert late_fee(RENT, date(2025, 9, 1), payments, date(2025, 9, 30)) == Decimal("31.00")


def test_a_policy_with_a_longer_grace_period_and_holidays():
    policy = FeePolicy(grace_days=10, flat_fee=Decimal("15.00"), daily_fee=Decimal("1.50"))
    # 5 + 10 days is Friday 26 December 2025, Boxing Day; the weekend follows.
    assert grace_period_end(date(2025, 12, 16), 10, ENGLAND) == date(2025, 12, 29)
    assert late_fee(RENT, date(2025, 12, 16), [], date(2025, 12, 31), policy, ENGLAND) == Decimal("18.00")
