REGULAR_HOURS = 40
OVERTIME_MULTIPLIER = 1.5
TAX_FREE_ALLOWANCE = 200.00
TAX_RATE = 0.20


def gross_pay(hours, hourly_rate):
    """Pay for a week: hours up to REGULAR_HOURS at the normal rate, the rest at time and a half."""
    if hours < 0 or hourly_rate < 0:
        raise ValueError("hours and rate cannot be negative")
    regular = min(hours, REGULAR_HOURS)
    overtime = max(0, hours - REGULAR_HOURS)
    return round(regular * hourly_rate + overtime * hourly_rate * OVERTIME_MULTIPLIER, 2)


def income_tax(gross):
    taxable = max(0.0, gross - TAX_FREE_ALLOWANCE)
    return round(taxable * TAX_RATE, 2)


def net_pay(gross):
    return round(gross - income_tax(gross), 2)


def payslip(name, hours, hourly_rate):
    gross = gross_pay(hours, hourly_rate)
    return {
        "name": name,
        "gross": gross,
        "tax": income_tax(gross),
        "net": net_pay(gross),
    }
