from dataclasses import dataclass
from datetime import datetime, time, timedelta


@dataclass(frozen=True)
class Shift:
    employee: str
    start: datetime
    end: datetime

    @property
    def minutes(self):
        return int((self.end - self.start).total_seconds() // 60)


def parse_clock(text):
    """'07:45' -> time(7, 45); hours 00-23, minutes 00-59."""
    hours, separator, minutes = text.strip().partition(":")
    if not separator or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit():
        raise ValueError(f"not a time of day: {text!r}")
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(f"not a time of day: {text!r}")
    return time(int(hours), int(minutes))


def parse_shift(employee, day, start_text, end_text):
    """A shift on the given date; one that ends at or before its start time ends the next day."""
    start = datetime.combine(day, parse_clock(start_text))
    end = datetime.combine(day, parse_clock(end_text))
    if end <= start:
        end += timedelta(days=1)
    return Shift(employee, start, end)
