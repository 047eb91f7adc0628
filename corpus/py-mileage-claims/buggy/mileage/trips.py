from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

KM_PER_MILE = Decimal("1.609344")
UNITS = ("mi", "km")


@dataclass(frozen=True)
class Trip:
    day: date
    distance: Decimal
    unit: str = "mi"
    purpose: str = ""


def miles(trip):
    if trip.unit == "mi":
        return trip.distance
    if trip.unit == "km":
        return trip.distance / KM_PER_MILE
    raise ValueError(f"unknown unit {trip.unit!r}")


def parse_trip(line):
    """A trip from a line of the drivers' log: '2025-05-02; 42.5 km; Client visit, Leeds'."""
    parts = [part.strip() for part in line.split(";", 2)]
    if len(parts) < 2:
        raise ValueError(f"expected 'date; distance unit; purpose', got {line!r}")
    day = date.fromisoformat(parts[0])
    amount, _, unit = parts[1].partition(" ")
    unit = unit.strip() or "mi"
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} in {line!r}")
    try:
        distance = Decimal(amount)
    except InvalidOperation:
        raise ValueError(f"{amount!r} is not a distance") from None
    if distance <= 0:
        raise ValueError(f"a trip must be longer than 0, got {amount}")
    return Trip(day, distance, unit, parts[2] if len(parts) > 2 else "")
