from datetime import date
from decimal import Decimal

import pytest

from mileage.claims import claim_lines, claim_summary, tax_year_start
from mileage.trips import Trip, miles, parse_trip


def trip(day, distance, unit="mi", purpose=""):
    return Trip(date.fromisoformat(day), Decimal(distance), unit, purpose)


def test_log_lines_are_parsed():
    assert parse_trip("2025-05-02; 42.5 km; Client visit; Leeds") == trip("2025-05-02", "42.5", "km", "Client visit; Leeds")
    assert parse_trip("2025-05-03; 12") == trip("2025-05-03", "12")
    with pytest.raises(ValueError, match="unknown unit 'ft'"):
        parse_trip("2025-05-04; 300 ft; stairs")


def test_kilometres_are_converted_to_miles():
    assert miles(trip("2025-05-02", "160.9344", "km")) == Decimal("100")


def test_trips_below_the_threshold_are_paid_the_full_rate():
    lines = claim_lines([trip("2025-05-02", "120", purpose="Leeds"), trip("2025-05-01", "30", purpose="Depot")], history=[])
    assert [(line.purpose, line.miles, line.amount) for line in lines] == [
        ("Depot", Decimal("30.0"), Decimal("13.50")),
        ("Leeds", Decimal("120.0"), Decimal("54.00")),
    ]
    assert claim_summary(lines) == {"trips": 2, "miles": Decimal("150.0"), "amount": Decimal("67.50")}


def test_a_trip_across_the_threshold_is_split():
    history = [trip("2025-04-10", "9000"), trip("2025-09-01", "950")]
    [line] = claim_lines([trip("2025-10-01", "200")], history)
    assert line.amount == Decimal("60.00")  # 50 at 0.45, 150 at 0.25


def test_the_threshold_starts_again_on_6_april():
    assert tax_year_start(date(2026, 4, 5)) == date(2025, 4, 6)
    assert tax_year_start(date(2026, 4, 6)) == date(2026, 4, 6)
    history = [trip("2025-05-01", "10500")]
    [line] = claim_lines([trip("2026-04-06", "100")], history)
    assert line.amount == Decimal("45.00")


def test_a_trip_in_kilometres_shows_its_miles_on_the_claim():
    [line] = claim_lines([trip("2025-05-02", "50", "km", "Airport")], history=[])
    assert (line.miles, line.amount) == (Decimal("31.1"), Decimal("13.98"))


def test_kilometres_driven_earlier_count_as_kilometres():
    history = [trip("2025-04-20", "15000", "km")]  # 9320.6 miles
    [line] = claim_lines([trip("2025-11-03", "100")], history)
    assert line.amount == Decimal("45.00")
