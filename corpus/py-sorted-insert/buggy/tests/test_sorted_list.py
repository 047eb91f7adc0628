from sorted_list import contains, count_less_than, insert_sorted


def test_insert_in_the_middle():
    assert insert_sorted([1, 3, 5], 4) == [1, 3, 4, 5]


def test_insert_at_the_front():
    assert insert_sorted([2, 4], 1) == [1, 2, 4]


def test_insert_into_empty_list():
    assert insert_sorted([], 7) == [7]


def test_insert_at_the_end():
    assert insert_sorted([1, 3, 5], 9) == [1, 3, 5, 9]


def test_contains_present_value():
    assert contains([1, 3, 5, 7], 5)
