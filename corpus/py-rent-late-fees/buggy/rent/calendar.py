import calendar
from datetime import date, timedelta


def load_holidays(lines):
    """Bank holidays from lines of 'YYYY-MM-DD name'; blank lines and # comments are skipped."""
    holidays = set()
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        day = text.split(maxsplit=1)[0]
        try:
            holidays.add(date.fromisoformat(day))
        except ValueError:
            raise ValueError(f"line {number}: {day!r} is not a date") from None
    return frozenset(holidays)


def due_dates(first_due, months):
    """The rent's due day in each of the coming months, on the last day of months that are too short."""
    dates = []
    for offset in range(months):
        year, month = divmod(first_due.month - 1 + offset, 12)
        year += first_due.year
        last_day = calendar.monthrange(year, month + 1)[1]
        dates.append(date(year, month + 1, min(first_due.day, last_day)))
    return dates


def grace_period_end(due_day, grace_days, holidays=frozenset()):
    """The last day rent can arrive without a fee; a period ending on a weekend or bank holiday runs on to the next working day."""
    end = due_day + timedelta(days=grace_days)
    while end.weekday() >= 5 and end in holidays:
        end += timedelta(days=1)
    return end
