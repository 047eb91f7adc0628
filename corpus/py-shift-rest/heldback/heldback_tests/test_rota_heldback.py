from datetime import date, datetime

from rota.rules import overtime_minutes, rest_violations
from rota.shifts import parse_shift


def on(day, start, end, employee="anna"):
    return parse_shift(employee, date(2025, 6, day), start, end)


def test_exactly_eleven_hours_is_enough():
    assert rest_violations([on(2, "08:00", "19:00"), on(3, "06:00", "12:00")]) == []


def test_one_minute_short_is_a_violation():
    assert rest_violations([on(2, "08:00", "19:01"), on(3, "06:00", "12:00")]) == [
        ("anna", datetime(2025, 6, 2, 19, 1), datetime(2025, 6, 3, 6, 0))]


def test_night_shift_followed_by_an_evening_shift():
    assert rest_violations([on(2, "22:00", "06:00"), on(3, "18:00", "23:00")]) == []
    assert rest_violations([on(2, "22:00", "06:00"), on(3, "16:00", "23:00")]) == [
        ("anna", datetime(2025, 6, 3, 6, 0), datetime(2025, 6, 3, 16, 0))]


def test_employees_are_checked_separately_and_in_time_order():
    shifts = [on(3, "09:00", "17:00", "ben"), on(2, "14:00", "23:00", "ben"), on(3, "06:00", "10:00", "cleo"),
              on(2, "06:00", "14:00", "cleo"), on(6, "09:00", "17:00", "anna"), on(2, "09:00", "17:00", "anna")]
    assert rest_violations(shifts) == [("ben", datetime(2025, 6, 2, 23, 0), datetime(2025, 6, 3, 9, 0))]


def test_overtime_after_forty_eight_paid_hours():
    week = [on(day, "07:00", "18:00", "dan") for day in range(2, 7)]
    assert overtime_minutes(week) == {"dan": 5 * (660 - 30) - 48 * 60}
