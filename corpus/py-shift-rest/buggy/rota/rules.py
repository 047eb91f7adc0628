from rota.shifts import Shift

MIN_REST_MINUTES = 11 * 60 * 60
MAX_WEEKLY_MINUTES = 48 * 60
BREAK_AFTER_MINUTES = 6 * 60
BREAK_MINUTES = 30


def paid_minutes(shift: Shift):
    """Shifts longer than six hours include an unpaid half-hour break."""
    if shift.minutes > BREAK_AFTER_MINUTES:
        return shift.minutes - BREAK_MINUTES
    return shift.minutes


def _by_employee(shifts):
    grouped = {}
    for shift in sorted(shifts, key=lambda s: s.start):
        grouped.setdefault(shift.employee, []).append(shift)
    return grouped


def rest_violations(shifts):
    """(employee, end of one shift, start of the next) wherever the rest between them is too short."""
    violations = []
    for employee, own in _by_employee(shifts).items():
        for previous, following in zip(own, own[1:]):
            rest = int((following.start - previous.end).total_seconds() // 60)
            if rest < MIN_REST_MINUTES:
                violations.append((employee, previous.end, following.start))
    return violations


def overtime_minutes(shifts):
    """Paid minutes above the weekly maximum, per employee; the shifts are one week's."""
    overtime = {}
    for employee, own in _by_employee(shifts).items():
        worked = sum(paid_minutes(shift) for shift in own)
        if worked > MAX_WEEKLY_MINUTES:
            overtime[employee] = worked - MAX_WEEKLY_MINUTES
    return overtime
