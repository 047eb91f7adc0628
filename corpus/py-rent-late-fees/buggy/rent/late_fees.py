from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from rent.calendar import grace_period_end

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class FeePolicy:
    grace_days: int = 5
    flat_fee: Decimal = Decimal("25.00")
    daily_fee: Decimal = Decimal("2.00")
    cap_share: Decimal = Decimal("0.10")  # of the month's rent, the most a late fee can be
    tolerance: Decimal = Decimal("5.00")  # a shortfall this small is not chased


@dataclass(frozen=True)
class Payment:
    day: date
    amount: Decimal


def _settled_on(amount, payments):
    paid = ZERO
    for payment in sorted(payments, key=lambda p: p.day):
        paid += payment.amount
        if paid >= amount:
            return payment.day
    return None


def late_fee(rent, due_day, payments, as_of, policy=FeePolicy(), holidays=frozenset()):
    """The late fee owed on one month's rent, as it stands on as_of."""
    grace_end = grace_period_end(due_day, policy.grace_days, holidays)
    if as_of <= grace_end:
        return ZERO
    enough = rent - policy.tolerance
    paid_in_grace = sum((p.amount for p in payments if p.day <= grace_end), ZERO)
    if paid_in_grace >= enough:
        return ZERO
    settled = _settled_on(enough, payments)
    last_late_day = min(as_of, settled) if settled else as_of
    days_late = (last_late_day - grace_end).days
    fee = policy.flat_fee + policy.daily_fee * days_late
    cap = (rent * policy.cap_share).quantize(CENT, rounding=ROUND_HALF_UP)
    return min(fee, cap)
