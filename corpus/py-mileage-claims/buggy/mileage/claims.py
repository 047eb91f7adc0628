from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mileage.trips import miles

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
ZERO = Decimal("0")


@dataclass(frozen=True)
class Rates:
    full_rate: Decimal = Decimal("0.45")  # per mile, up to the threshold in a tax year
    reduced_rate: Decimal = Decimal("0.25")  # per mile beyond it
    threshold: Decimal = Decimal("10000")


@dataclass(frozen=True)
class ClaimLine:
    day: date
    purpose: str
    miles: Decimal
    amount: Decimal


def tax_year_start(day):
    start = date(day.year, 4, 6)
    return start if day >= start else date(day.year - 1, 4, 6)


def miles_this_tax_year(trips, day):
    """Miles driven on business in day's tax year before day."""
    year = tax_year_start(day)
    return sum((trip.distance for trip in trips if tax_year_start(trip.day) == year and trip.day < day), ZERO)


def claim_lines(trips, history, rates=Rates()):
    """One line a trip; miles past the yearly threshold, counting earlier trips, are paid at the reduced rate."""
    lines = []
    driven = list(history)
    for trip in sorted(trips, key=lambda t: t.day):
        before = miles_this_tax_year(driven, trip.day)
        trip_miles = miles(trip)
        at_full_rate = max(ZERO, min(trip_miles, rates.threshold - before))
        amount = at_full_rate * rates.full_rate + (trip_miles - at_full_rate) * rates.reduced_rate
        shown_miles = trip.distance.quantize(TENTH, rounding=ROUND_HALF_UP)
        lines.append(ClaimLine(trip.day, trip.purpose, shown_miles, amount.quantize(CENT, rounding=ROUND_HALF_UP)))
        driven.append(trip)
    return lines


def claim_summary(lines):
    return {
        "trips": len(lines),
        "miles": sum((line.miles for line in lines), ZERO),
        "amount": sum((line.amount for line in lines), ZERO),
    }
