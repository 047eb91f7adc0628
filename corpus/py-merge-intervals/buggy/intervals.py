def validate(intervals):
    for start, end in intervals:
        if start > end:
            raise ValueError(f"interval ({start}, {end}) ends before it starts")


def merge_intervals(intervals):
    """The union of closed intervals as a list of disjoint intervals in ascending order.
    Intervals that touch, like (1, 2) and (2, 5), are merged."""
    validate(intervals)
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def total_length(intervals):
    return sum(end - start for start, end in merge_intervals(intervals))


def free_slots(busy, day_start, day_end):
    """The gaps between busy intervals within [day_start, day_end]."""
    slots = []
    cursor = day_start
    for start, end in merge_intervals(busy):
        if start > cursor:
            slots.append((cursor, min(start, day_end)))
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots
