def insertion_point(items, value):
    """The first index at which `value` can be inserted into the sorted list `items`
    while keeping it sorted (before any equal elements)."""
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insert_sorted(items, value):
    """A new sorted list with `value` added."""
    index = insertion_point(items, value)
    return items[:index] + [value] + items[index:]


def count_less_than(items, value):
    return insertion_point(items, value)


def contains(items, value):
    index = insertion_point(items, value)
    return index < len(items) and items[index] == value
