from intervals import free_slots, merge_intervals, total_length


def test_disjoint_unsorted_are_returned_in_order():
    assert merge_intervals([(10, 12), (1, 2), (5, 6)]) == [(1, 2), (5, 6), (10, 12)]


def test_contained_interval_given_first():
    assert merge_intervals([(3, 4), (1, 10)]) == [(1, 10)]


def test_total_length_of_unsorted():
    assert total_length([(6, 9), (0, 2), (1, 4), (8, 10)]) == 8


def test_free_slots_with_unsorted_meetings():
    busy = [(14, 15), (9, 10), (9.5, 11)]
    assert free_slots(busy, 8, 17) == [(8, 9), (11, 14), (15, 17)]
