import pytest

from intervals import merge_intervals


def test_sorted_overlapping():
    assert merge_intervals([(1, 3), (2, 4)]) == [(1, 4)]


def test_touching_intervals_merge():
    assert merge_intervals([(1, 2), (2, 5), (7, 9)]) == [(1, 5), (7, 9)]


def test_empty_input():
    assert merge_intervals([]) == []


def test_unsorted_input():
    assert merge_intervals([(5, 8), (1, 3), (2, 6)]) == [(1, 8)]


def test_reversed_interval_is_rejected():
    with pytest.raises(ValueError):
        merge_intervals([(4, 1)])
