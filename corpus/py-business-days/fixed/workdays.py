from datetime import date, timedelta


def parse_day(text):
    """A date from 'YYYY-MM-DD'."""
    year, month, day = (int(part) for part in text.split("-"))
    return date(year, month, day)


def is_working_day(day, holidays=()):
    return day.weekday() < 5 and day not in holidays


def business_days(start, end, holidays=()):
    """Working days from start to end, both included; 0 if end is before start."""
    if end < start:
        return 0
    count = 0
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        if is_working_day(day, holidays):
            count += 1
    return count


def add_business_days(start, days, holidays=()):
    """The date `days` working days after start."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            remaining -= 1
    return current
