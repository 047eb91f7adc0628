from sorted_list import contains, count_less_than, insert_sorted


def test_count_less_than_everything():
    assert count_less_than([2, 4, 6, 8], 100) == 4


def test_count_less_than_with_duplicates():
    assert count_less_than([1, 2, 2, 2, 3], 2) == 1


def test_contains_missing_large_value():
    assert not contains([1, 3, 5], 6)


def test_insert_after_single_element():
    assert insert_sorted([10], 20) == [10, 20]


def test_insert_strings_at_end():
    assert insert_sorted(["apple", "kiwi"], "pear") == ["apple", "kiwi", "pear"]
