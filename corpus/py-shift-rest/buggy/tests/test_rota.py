from datetime import date, datetime

import pytest

from rota.rules import overtime_minutes, paid_minutes, rest_violations
from rota.shifts import parse_clock, parse_shift

MONDAY = date(2025, 6, 2)
TUESDAY = date(2025, 6, 3)


def test_night_shift_ends_the_next_day():
    shift = parse_shift("anna", MONDAY, "22:00", "06:00")
    assert shift.end == datetime(2025, 6, 3, 6, 0)
    assert shift.minutes == 480


def test_long_shift_has_an_unpaid_break():
    assert paid_minutes(parse_shift("anna", MONDAY, "09:00", "17:00")) == 450
    assert paid_minutes(parse_shift("anna", MONDAY, "09:00", "13:00")) == 240


def test_late_then_early_is_a_violation():
    shifts = [parse_shift("anna", MONDAY, "14:00", "22:00"), parse_shift("anna", TUESDAY, "06:00", "14:00")]
    assert rest_violations(shifts) == [("anna", datetime(2025, 6, 2, 22, 0), datetime(2025, 6, 3, 6, 0))]


def test_two_day_shifts_leave_enough_rest():
    shifts = [parse_shift("anna", MONDAY, "09:00", "17:00"), parse_shift("anna", TUESDAY, "09:00", "17:00")]
    assert rest_violations(shifts) == []


def test_no_overtime_in_a_normal_week():
    week = [parse_shift("ben", date(2025, 6, day), "08:00", "16:30") for day in range(2, 7)]
    assert overtime_minutes(week) == {}


def test_bad_clock_times_are_refused():
    with pytest.raises(ValueError):
        parse_clock("24:00")
    with pytest.raises(ValueError):
        parse_clock("7.30")
