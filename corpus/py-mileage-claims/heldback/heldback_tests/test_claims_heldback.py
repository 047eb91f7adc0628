from datetime import date
from decimal import Decimal

from mileage.claims import Rates, claim_lines, claim_summary, miles_this_tax_year
from mileage.trips import Trip, parse_trip


def trip(day, distance, unit="mi", purpose=""):
    return Trip(date.fromisoformat(day), Decimal(distance), unit, purpose)


def test_miles_so_far_mix_units_and_stay_inside_the_tax_year():
    driven = [
        trip("2025-04-05", "500"),  # the year before
        trip("2025-04-06", "80.4672", "km"),  # 50 miles
        trip("2025-06-01", "25"),
        trip("2025-07-01", "40"),  # on the day itself: not before it
    ]
    assert miles_this_tax_year(driven, date(2025, 7, 1)) == Decimal("75")


def test_kilometre_trips_in_the_same_claim_count_towards_the_threshold():
    history = [trip("2025-04-06", "9900")]
    lines = claim_lines([trip("2025-05-01", "160.9344", "km", "A"), trip("2025-05-02", "100", purpose="B")], history)
    assert [(line.purpose, line.miles, line.amount) for line in lines] == [
        ("A", Decimal("100.0"), Decimal("45.00")),
        ("B", Decimal("100.0"), Decimal("25.00")),
    ]


def test_a_kilometre_trip_across_the_threshold_is_split_in_miles():
    history = [trip("2025-04-06", "16012.9728", "km")]  # 9950 miles
    [line] = claim_lines([trip("2025-08-01", "160.9344", "km")], history)
    assert (line.miles, line.amount) == (Decimal("100.0"), Decimal("35.00"))


def test_summary_adds_up_the_miles_shown():
    lines = claim_lines([trip("2025-05-02", "10", "km"), trip("2025-05-03", "12.3")], history=[])
    assert [line.miles for line in lines] == [Decimal("6.2"), Decimal("12.3")]
    assert claim_summary(lines) == {"trips": 2, "miles": Decimal("18.5"), "amount": Decimal("8.34")}


def test_a_logged_year_of_mixed_units():
    log = [
        "2025-04-07; 8000 km; Spring tour",
        "2025-06-15; 3000 km; Summer tour",
        "2025-09-01; 2000; Autumn tour",
    ]
    history = [parse_trip(line) for line in log]  # 8835.1 miles
    lines = claim_lines([parse_trip("2026-01-10; 5000 km; Winter tour")], history, Rates())
    # 3106.9 miles: the 1164.9 left of the threshold at 0.45, the rest at 0.25
    assert (lines[0].miles, lines[0].amount) == (Decimal("3106.9"), Decimal("1009.70"))
